"""Evidence: screenshots and PDF receipts on ticket messages, checked by their
content, read for secrets, stored privately and shown only to those allowed.
Plain Python (no Reflex import anywhere in this package).

Receiving a file (any async handler):

    guard = SizeGuard()                         # or: data = await aread_capped(upload_file)
    async for chunk in stream:
        parts.append(guard.feed(chunk))         # EvidenceRefused("too_large") past 10 MB
    checked = await acheck_evidence(name, b"".join(parts))  # type from bytes, re-encoded, OCR-screened
    row = stage_file(session, default_storage(), account.id, checked)   # staged, commits
    # show records.view(row).thumb_url with a remove button -> discard_staged(...)

Sending the message (one transaction: the message and its files, or nothing):

    message = Message(ticket_id=ticket.id, author_id=account.id, body=body)
    session.add(message)
    attach_staged(session, account.id, message, file_ids)   # flushes; raises EvidenceRefused
    session.commit()

Showing a thread: attachments_for_messages(session, [m.id for m in messages])
-> {message_id: [Attachment]}, and view(row) for name, size label, type,
url and thumb_url. Files are served by the routes of `routes.make_files_app`
(mounted through rx.App(api_transformer=...)), which check the signed-in
account with `attachment_for_viewer` and answer 404 to everyone else.

Refusals: EvidenceRefused.reason is the customer-facing sentence, .code the
rule (REASONS keys, "secret", "too_many_staged", "not_staged"). A screenshot
showing a secret raises SecretInScreenshot, whose .screening.preview is a PNG
of the region where it was read.

Blocking work (check_file, screen_image*, check_evidence) is CPU-bound: call
the a* wrappers (asyncio.to_thread) or run them in a thread yourself.
"""

from support_studio.evidence.checking import (
    ACCEPTED_TYPES,
    MAX_FILE_BYTES,
    MAX_FILES_PER_MESSAGE,
    MAX_IMAGE_PIXELS,
    MAX_PDF_PAGES,
    REASONS,
    CheckedFile,
    EvidenceRefused,
    SizeGuard,
    aread_capped,
    check_count,
    check_file,
    check_files,
    detect_type,
    read_capped,
    safe_display_name,
)
from support_studio.evidence.intake import acheck_evidence, check_evidence, name_holds_secret, pages_to_read
from support_studio.evidence.ocr import (
    ImageScreening,
    SecretInScreenshot,
    ascreen_image,
    ascreen_image_detail,
    screen_image,
    screen_image_detail,
)
from support_studio.evidence.records import (
    MAX_STAGED_PER_ACCOUNT,
    NEW_TICKET_PLACE,
    STAGED_LIFETIME,
    AttachmentView,
    attach_staged,
    attachment_counts,
    attachment_for_viewer,
    attachments_for_messages,
    discard_staged,
    remove_stale_staged,
    stage_file,
    staged_files,
    store_message_with_files,
    ticket_place,
    view,
)
from support_studio.evidence.storage import FileStorage, LocalFileStorage, default_storage, new_key

__all__ = [
    "ACCEPTED_TYPES",
    "MAX_FILE_BYTES",
    "MAX_FILES_PER_MESSAGE",
    "MAX_IMAGE_PIXELS",
    "MAX_PDF_PAGES",
    "MAX_STAGED_PER_ACCOUNT",
    "NEW_TICKET_PLACE",
    "REASONS",
    "STAGED_LIFETIME",
    "AttachmentView",
    "CheckedFile",
    "EvidenceRefused",
    "FileStorage",
    "ImageScreening",
    "LocalFileStorage",
    "SecretInScreenshot",
    "SizeGuard",
    "acheck_evidence",
    "aread_capped",
    "ascreen_image",
    "ascreen_image_detail",
    "attach_staged",
    "attachment_counts",
    "attachment_for_viewer",
    "attachments_for_messages",
    "check_count",
    "check_evidence",
    "name_holds_secret",
    "pages_to_read",
    "check_file",
    "check_files",
    "default_storage",
    "detect_type",
    "discard_staged",
    "new_key",
    "read_capped",
    "remove_stale_staged",
    "safe_display_name",
    "screen_image",
    "screen_image_detail",
    "stage_file",
    "staged_files",
    "store_message_with_files",
    "ticket_place",
    "view",
]
