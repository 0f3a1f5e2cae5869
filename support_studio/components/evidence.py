"""Attaching evidence to a message (dropzone, picker and paste, with progress,
thumbnails and the refusal), and showing a message's files."""

from typing import Any

import reflex as rx
from reflex.vars import ArrayVar, ObjectVar

from support_studio.evidence.checking import MAX_FILE_BYTES, MAX_FILES_PER_MESSAGE
from support_studio.states.auth import READ_TOKEN_SCRIPT
from support_studio.states.evidence import FileView

ACCEPTED = {
    "image/png": [".png"],
    "image/jpeg": [".jpg", ".jpeg"],
    "image/webp": [".webp"],
    "image/heic": [".heic", ".heif"],
    "application/pdf": [".pdf"],
}


def file_card(file: FileView, *actions: rx.Component) -> rx.Component:
    """A file as a thumbnail (images) or a document icon, opening full size on click."""
    preview = rx.cond(
        file.thumb_url != "",
        rx.image(
            src=file.thumb_url, alt=file.name, width="96px", height="72px", object_fit="cover", border_radius="6px"
        ),
        rx.center(rx.icon("file-text", size=28, aria_hidden="true"), width="96px", height="72px"),
    )
    return rx.card(
        rx.vstack(
            rx.link(preview, href=file.url, is_external=True, aria_label=f"Open {file.name}"),
            rx.text(file.name, size="1", weight="medium", max_width="120px", truncate=True, title=file.name),
            rx.text(file.type_label, " · ", file.size_label, size="1", color_scheme="gray"),
            *actions,
            spacing="1",
            align="center",
        ),
        size="1",
        class_name="attachment",
    )


def attachments(files) -> rx.Component:
    return rx.cond(
        files.length() > 0,
        rx.flex(rx.foreach(files, file_card), spacing="2", wrap="wrap", class_name="attachments"),
    )


def _names_and_reasons(rejected) -> ArrayVar:
    """What the browser refused, as "name|code,code" per file, worked out in the
    browser: the rejections hold the File objects, which Socket.IO would send whole
    (a refused 11 MB photo went to the server and its size closed the connection)."""

    def one(record) -> str:
        record = record.to(ObjectVar, dict[str, dict[str, Any]])
        errors = record["errors"].to(ArrayVar, list[dict[str, Any]])
        return f"{record['file'].to(ObjectVar, dict[str, Any])['name']}|{errors.map(lambda error: error['code']).join(',')}"

    return rejected.to(ArrayVar).map(one)


def evidence_picker(state, zone_id: str) -> rx.Component:
    """`state` mixes in EvidenceComposer. Pasting files into the composer this
    picker sits in attaches them too (assets/evidence_paste.js)."""
    zone = rx.upload(
        rx.hstack(
            rx.icon("paperclip", size=16, aria_hidden="true", flex_shrink="0", margin_top="0.2em"),
            # The sentence, the button and what fits each on a line of their own, read from the left:
            # run together, the text wrapped around the button on a phone (UX audit 11, F12).
            rx.vstack(
                rx.text("Attach screenshots or receipts: drop them here, paste them, or", size="1"),
                # A real button is what Tab reaches (the zone's own focus came with no role a screen
                # reader could name): its click reaches the zone, which opens the file chooser.
                rx.button("choose files", size="1", variant="soft", type="button"),
                rx.text(
                    f"PNG, JPEG, WebP, HEIC or PDF; up to {MAX_FILES_PER_MESSAGE}, {MAX_FILE_BYTES // 1_000_000} MB each",
                    size="1",
                    color_scheme="gray",
                ),
                spacing="1",
                align="start",
                text_align="left",
            ),
            align="start",
            spacing="2",
        ),
        id=zone_id,
        accept=ACCEPTED,
        max_files=MAX_FILES_PER_MESSAGE,
        max_size=MAX_FILE_BYTES,
        on_drop=state.attach_files(
            rx.upload_files_chunk(upload_id=zone_id, on_upload_progress=state.upload_progress),
            rx.Var(READ_TOKEN_SCRIPT).to(str),
        ),
        on_drop_rejected=lambda rejected: state.files_rejected(_names_and_reasons(rejected)),
        no_keyboard=True,
        data_evidence_zone="",
        border=f"1px dashed {rx.color('gray', 7)}",
        border_radius="var(--radius-3)",
        padding="0.6em 0.8em",
        width="100%",
        cursor="pointer",
    )
    # The dropzone's own file input (rx.upload makes it, out of the Tab order) is the button's work:
    # a screen reader meets the button only.
    zone.children[0].children[0].custom_attrs["aria-hidden"] = "true"
    return rx.vstack(
        zone,
        rx.cond(
            state.uploading, rx.progress(value=state.upload_percent, max=100, aria_label="Uploading and checking files")
        ),
        rx.cond(
            state.evidence_error != "",
            rx.callout.root(
                rx.callout.icon(rx.icon("shield-x", aria_hidden="true")),
                rx.vstack(
                    rx.text(state.evidence_error, size="2", weight="medium"),
                    rx.cond(
                        state.evidence_preview != "",
                        rx.image(
                            src=state.evidence_preview,
                            alt="Where it was found (blacked out)",
                            max_width="100%",
                            border_radius="6px",
                        ),
                    ),
                    spacing="2",
                ),
                color_scheme="red",
                role="alert",
                class_name="evidence-refused",
                width="100%",
            ),
        ),
        rx.cond(
            state.staged.length() > 0,
            rx.flex(
                rx.foreach(
                    state.staged,
                    # Alike in shape to the studio's order picker only: a staged file's card with its own Remove.
                    lambda file: file_card(
                        file,
                        rx.button(
                            "Remove",
                            size="1",
                            variant="soft",
                            color_scheme="gray",
                            on_click=state.remove_staged(file.file_id),
                            aria_label=f"Remove {file.name}",
                        ),
                    ),
                ),
                spacing="2",
                wrap="wrap",
                id=f"{zone_id}-files",
            ),
        ),
        # Files added or removed are said, politely: the cards alone change without a word.
        rx.el.span(
            rx.cond(
                state.staged.length() == 1,
                "1 file attached.",
                # (the last one removed is said too)
                rx.cond(state.staged.length() > 1, f"{state.staged.length()} files attached.", "No files attached."),
            ),
            class_name="sr-only",
            role="status",
        ),
        spacing="2",
        width="100%",
    )
