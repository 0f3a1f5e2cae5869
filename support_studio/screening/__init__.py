"""Credential screening for support tickets: finds passwords, login codes,
recovery details, session secrets and offers of account access in chat text
so they can be stopped before they leave the browser, and agent replies that
ask for them. Plain Python, no Reflex import.

Package layout:
  normalise  NFKC/NFKD, confusables skeleton, invisible and combining marks,
             digit scripts, HTML entities, spaced-out letters; offsets kept
  masks      links, e-mails, usernames, hashes, wallets, dates, phones, amounts
  lexicon    per-language word lists (en ru ru-latn es pt tr id ar fa hi fr de; other:
             the password and code words of languages read only in part)
  unspaced   Chinese, Japanese and Thai, written without spaces: matched without word edges
  rules      the customer rules (passwords, codes, recovery, sessions, access)
  agent      the agent guard (asking for a credential or for access)
  api        scan, scan_context, scan_agent_reply, describe, redact, cut_out, cut_spans, kept_after, readable
"""

from support_studio.screening.api import (
    KIND_LABELS,
    Finding,
    cut_out,
    cut_spans,
    describe,
    kept_after,
    readable,
    redact,
    scan,
    scan_agent_reply,
    scan_context,
)

__all__ = [
    "KIND_LABELS",
    "Finding",
    "cut_out",
    "cut_spans",
    "describe",
    "kept_after",
    "readable",
    "redact",
    "scan",
    "scan_agent_reply",
    "scan_context",
]
