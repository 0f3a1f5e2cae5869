"""Credential screening for support tickets: finds passwords, login codes,
recovery details, session strings and offers of account access in chat text
so they can be stopped before they leave the browser. Plain Python, no Reflex
import.

How it works: the text is folded to a same-length form (fullwidth and
Arabic/Persian/Devanagari digits to ASCII, accents dropped, invisible marks to
spaces), so every offset found on the folded text is an offset in the original.
Format rules (session strings, bot tokens, login links, cookies) run first;
then links, e-mails, @usernames, wallet addresses, transaction hashes, dates
and times are masked with same-length placeholders, and the keyword rules for
codes, passwords, recovery details and offers run on the masked text.
Every pattern is linear: bounded repeats, anchored starts, no nested
unbounded quantifiers.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

KIND_LABELS: dict[str, str] = {
    "password": "a password",
    "one_time_code": "a login or 2FA code",
    "recovery": "a recovery detail",
    "session": "a session string or token",
    "admin_access": "an offer of admin or account access",
}

# When two findings overlap, the more specific kind names the span.
_KIND_PRIORITY = ("session", "recovery", "password", "one_time_code", "admin_access")

_ASKED_FOR = {
    "password": "Support never asks for a password.",
    "one_time_code": "Support never asks for a login code.",
    "recovery": "Support never asks for recovery details.",
    "session": "Support never asks for session strings or tokens.",
    "admin_access": "Support never asks for admin or account access.",
}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    reason: str


# ---------------------------------------------------------------- folding

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # fullwidth ASCII
        table[code] = chr(code - 0xFEE0)
    for zero in (0x0660, 0x06F0, 0x0966):  # Arabic-Indic, Persian, Devanagari digits
        for offset in range(10):
            table[zero + offset] = str(offset)
    for code in range(0x00C0, 0x0180):  # Latin accents: contraseña -> contrasena
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    table[0x0131] = "i"  # Turkish dotless i
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, 0xFEFF,
                 0xFE0F, 0x20E3, 0x00A0, 0x2007, 0x202F, 0x3000):
        table[code] = " "  # invisible marks, keycaps and odd spaces split nothing
    for code in (*range(0x2010, 0x2016), 0x2212):
        table[code] = "-"
    table.update({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x00AB: '"', 0x00BB: '"'})
    return table


_FOLD_TABLE = _build_fold_table()
_MASK_CHAR = "\u2591"  # not a word char, digit or base64 char


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD_TABLE)) + "]")


def _fold(text: str) -> str:
    # Substituting only the foldable characters beats str.translate on mostly-plain text.
    return _FOLDABLE.sub(lambda m: _FOLD_TABLE[ord(m.group())], text)


def _lower(text: str) -> str:
    """Lower case of the same length (str.lower can grow a few rare letters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _c(pattern: str) -> re.Pattern[str]:
    """Keyword patterns are written in lower case and run on lower-cased text:
    IGNORECASE makes Python's re several times slower on Unicode text."""
    return re.compile(pattern, re.VERBOSE)


# ------------------------------------------------------- format-only rules

_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9_\-+/=])[A-Za-z0-9_\-+/]{20,}={0,2}")
_SESSION_MIN_CHARS = 200  # real Telethon/Pyrogram/GramJS strings are ~350
_WRAPPED_LINE_MIN_CHARS = 40  # each wrapped line except the last
_LINE_BREAK_GAP = re.compile(r"[ \t>]*\r?\n[ \t>]*")

_BOT_TOKEN = re.compile(r"(?<![\w:])\d{8,10}:[A-Za-z0-9_-]{35}(?![\w-])")
_LOGIN_LINK = _c(r"""
    (?:https?://)?(?:t|telegram)\.me/login/[\w-]+
  | tg://login\?[^\s"'<>]+
""")
_ANY_LINK = _c(r"""(?:https?://|tg://|www\.)[^\s"'<>]+
  | (?<![\w.@-])(?:[\w-]{1,63}\.){1,4}(?:com|me|org|net|io|ru|ly|gg|app|xyz|dog|co|uk|in|tr|id|ir|br|es|ua)/[^\s"'<>]*""")
_RESET_LINK_HINT = _c(r"reset|recover|passw|token=|magic|/login\b|login\?|auth\?|verify|confirm")
_AUTH_COOKIE = _c(r"""\b(?:stel_[a-z_]{2,20}|sessionid|session_id|phpsessid|auth_token|remember_token
  |laravel_session|connect\.sid|sid|ssid|_session)\s?[=:]\s?"?[A-Za-z0-9%._\-]{12,200}""")
_API_HASH = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])")
_API_CONTEXT = _c(r"\bapi[\s_-]?(?:id|hash)\b|\bapp[\s_-]?hash\b|my\.telegram\.org")
_API_ID_VALUE = _c(r"\bapi[\s_-]?id\s?[:=]?\s?(\d{5,10})\b")
_TDATA = _c(r"\btdata\b|\bтдат[аыу]\b")
_TDATA_OFFER = _c(r"""\.(?:zip|rar|7z)\b|send|attach|here|upload|give|share|folder|archive|drive|file
  |скин|отправ|пришл|архив|папк|skin|otprav|kirim|gonder|dosya|envi|mand|arquivo|archivo|pasta|carpeta
  |bhej|ab3at|befrest|ersal""")


def _session_blobs(masked: str) -> list[tuple[int, int]]:
    """Long base64 runs, joined across line breaks when wrapped."""
    spans: list[tuple[int, int]] = []
    group_start = group_end = -1
    last_line_len = 0
    for run in _BASE64_RUN.finditer(masked):
        gap = masked[group_end:run.start()] if group_start >= 0 else ""
        if (group_start >= 0 and last_line_len >= _WRAPPED_LINE_MIN_CHARS
                and _LINE_BREAK_GAP.fullmatch(gap)):
            group_end = run.end()
        else:
            if group_start >= 0:
                spans.append((group_start, group_end))
            group_start, group_end = run.start(), run.end()
        last_line_len = run.end() - run.start()
    if group_start >= 0:
        spans.append((group_start, group_end))
    return [(s, e) for s, e in spans if _looks_like_key_material(masked, s, e)]


def _looks_like_key_material(text: str, start: int, end: int) -> bool:
    blob = text[start:end]
    length = sum(ch not in " \t\r\n>" for ch in blob)
    return (length >= _SESSION_MIN_CHARS and any(c.isupper() for c in blob)
            and any(c.islower() for c in blob) and any(c.isdigit() for c in blob))


def _format_findings(folded: str, lower: str, masked: str, masked_lower: str) -> list[Finding]:
    found: list[Finding] = []
    for start, end in _session_blobs(masked):
        found.append(Finding("session", start, end, "Looks like a Telegram session string."))
    for m in _BOT_TOKEN.finditer(folded):
        found.append(Finding("session", m.start(), m.end(), "Looks like a Telegram bot token."))
    for m in _AUTH_COOKIE.finditer(lower):
        found.append(Finding("session", m.start(), m.end(), "Looks like a login cookie."))
    for m in _LOGIN_LINK.finditer(lower):
        found.append(Finding("recovery", m.start(), m.end(), "Looks like a Telegram login link."))
    for m in _ANY_LINK.finditer(lower):
        if _RESET_LINK_HINT.search(m.group()) and not _LOGIN_LINK.match(m.group()):
            found.append(Finding("recovery", m.start(), m.end(),
                                 "Looks like a password-reset or login link."))
    if _API_CONTEXT.search(lower):
        for m in _API_HASH.finditer(masked):
            found.append(Finding("session", m.start(), m.end(), "Looks like a Telegram api_hash."))
        if _API_HASH.search(masked):
            for m in _API_ID_VALUE.finditer(masked_lower):
                found.append(Finding("session", m.start(1), m.end(1), "Looks like a Telegram api_id."))
    for m in _TDATA.finditer(masked_lower):
        sentence = _sentence_around(masked_lower, m.start(), m.end())
        if (_TDATA_OFFER.search(sentence) and "?" not in sentence
                and not _NEGATION.search(masked_lower, _sentence_start(masked_lower, m.start()), m.start())):
            found.append(Finding("session", m.start(), m.end(),
                                 "Looks like an offer of Telegram tdata (a full session)."))
    return found


# ------------------------------------------------------------------ masks

_SAFE_TOKENS = _c(r"""
    (?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}   # e-mail
  | (?<![\w@])@[A-Za-z0-9_]{3,32}\b                                 # @username
  | (?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])           # tx hash
  | (?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])                # ETH address
  | (?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])        # TRON address
  | (?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,71}(?![0-9A-Za-z])       # BTC bech32
  | (?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z_\-+/=])  # BTC legacy
  | (?<![\w])(?:pi|ch|py|re|txn|cs|in|po|pm)_[A-Za-z0-9]{10,40}\b   # card provider refs
  | (?<![\d./-])(?:\d{4}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])
      |(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:\d{4}|\d{2})
      |(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d{4})(?![\d]|[./-]\d)  # date
  | (?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])                     # time
""")


def _safe_spans(folded: str, lower: str) -> list[tuple[int, int, bool]]:
    """Spans of links and safe tokens; the flag marks e-mails and @usernames."""
    spans = [(m.start(), m.end(), False) for m in _ANY_LINK.finditer(lower)]
    spans += [(m.start(), m.end(), "@" in m.group()) for m in _SAFE_TOKENS.finditer(folded)]
    return sorted(spans)


def _apply_mask(text: str, spans: list[tuple[int, int, bool]]) -> str:
    """Same-length copy with the spans blanked, so offsets stay valid."""
    if not spans:
        return text
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = _MASK_CHAR * (end - start)
    return "".join(chars)


# ---------------------------------------------------------- keyword rules

def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, lo, hi):
        pass
    return last



_NEGATION = _c(r"""\b(?:not|never|no|dont|don't|do\s+not|wont|won't|will\s+not|cannot|can't|cant
  |didn't|didnt|shouldn't|nobody|не|нет|никогда|ne|nikogda|nunca|nao|jamais|asla|degil|hicbir|asla
  |tidak|gak|nggak|ngga|enggak|jangan|bukan|nahi|nahin|nhi|mat|kabhi|mesh|msh|mish|mush|abadan
  |nemi\w*|hargiz|na\s+mikonam)\b""")
_QUESTION_FRAME = _c(r"""\b(?:should\s+i|do\s+i|do\s+you|shall\s+i|can\s+i|must\s+i|is\s+it|are\s+you
  |nado\s+li|nuzhno\s+li|надо\s+ли|нужно\s+ли|debo|devo|preciso|gerek|perlu|harus|chahiye|lazem|lazim|bayad)\b""")
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 120


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _sentence_around(text: str, start: int, end: int) -> str:
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return text[_sentence_start(text, start):stop.end() if stop else end + _SENTENCE_REACH]


def _is_innocent_mention(text: str, start: int, end: int) -> bool:
    """Negated ("I won't send ...") or asked ("should I add you as admin?")."""
    if _NEGATION.search(text, _sentence_start(text, start), start):
        return True
    sentence = _sentence_around(text, start, end)
    return sentence.rstrip().endswith("?") and bool(_QUESTION_FRAME.search(sentence))


# Words near a number. Phrases that merely contain "code" (promo code, kupon
# kodu, código de pedido) are listed as blockers so they win over "code".
_NUMBER_CONTEXT = _c(r"""
  (?P<block>\b(?:promo|coupon|discount|referral|ref|invite|gift|voucher|bonus|error|status|country
      |area|zip|postal|qr|tracking|order|transaction|payment|service|product|reference|indirim|kupon
      |hata|siparis|takip|referans|promocional)\s?-?(?:codes?|kodu?|kode|код|c[oó]digos?)\b
    | \b(?:c[oó]digos?|kode)\s+(?:de\s+)?(?:promo\w*|descuento|desconto|pedido|rastreo|rastreio
      |transacci[oó]n|transac[aã]o|pago|pagamento|referencia|voucher|pesanan|transaksi|referensi|kupon)\b
    | \bпромокод\w*|\bpromokod\w*
    | \b(?:orders?|ord|id|ids|qty|quantity|amount|count|price|cost|total|balance|sum|payment|paid|txn|tx
      |transaction|ref|reference|invoice|ticket|refill|post|date|number|nr|phone|tel|card|zakaz\w*|заказ\w*
      |номер|pedidos?|orden|pago|precio|cantidad|pagamento|valor|quantidade|siparis\w*|tutar|odeme|pesanan
      |jumlah|harga|pembayaran|bayar|talab|sefaresh|tedad|gheymat|hesab|wallet|hash|start|current|shuru
      |limit|min|max)\b
    | \bno\.
    | [#№$€£₽₹]
  )
  | (?P<unit>\b(?:usdt?|rub|руб\w*|rs|inr|tl|lira|rp|rupiah|reais|pesos|eur|euro|dollars?|members?
      |subscribers?|subs|followers?|views?|reactions?|likes?|votes?|comments?|shares?|pcs|k|days?|hours?
      |hrs?|minutes?|mins?|sec|podpis\w*|подпис\w*|prosmotr\w*|просмотр\w*|реакци\w*|miembros|seguidores
      |vistas|visualiza\w*|membros|inscritos|uye|takipci|goruntuleme|izlenme|adet|anggota|penonton|paise
      |rupay\w*|dias|gun|hari|din|roz|rooz|ribu|rb|member|view)\b
    | [$€£₽₹%]
  )
  | (?P<code>\b(?:codes?|kod|kodu|kodum|kodunu|koda|kode|kodenya|kodnya|код\w*|c[oó]digos?|cod|codice
      |code(?:sh|esh|am|et)|otp|sms|smska|смс|2fa|2-fa|tfa|two[\s-]factor|2[\s-]step|authenticator|verification|verify|verifikasi
      |dogrulama|verificaci[oó]n|verifica[cç][aã]o|pin|one[\s-]time|одноразов\w*|подтвержд\w*
      |podtverzhd\w*|tayid|taeed|ta'?yid)\b)
""")
_CODE_CANDIDATE = re.compile(
    r"(?<![\w#№$€£₽₹+])(?<!\d[.,:/ -])\d(?:[ -]{0,2}\d){3,7}(?![\w%$€£₽₹])(?![.,:/ -]{0,2}\d)")
_LEFT_REACH, _RIGHT_REACH = 45, 30
_ADJACENT = 3  # "code: 48213", "500 members"


def _nearest_context(masked: str, start: int, end: int) -> str | None:
    """Whether the words around a number make it a code: 'code', 'block' or None.

    A unit right after the number ("500 members") blocks; a word right before
    it ("code: 48213", "order 48213") decides; otherwise the nearest word
    decides, blockers winning ties."""
    left = _last_match(_NUMBER_CONTEXT, masked, max(0, start - _LEFT_REACH), start)
    right = _NUMBER_CONTEXT.search(masked, end, end + _RIGHT_REACH)
    right_distance = right.start() - end if right else None
    if right is not None and right.lastgroup == "unit" and right_distance <= _ADJACENT:
        return "block"
    left_kind = None if left is None else ("block" if left.lastgroup == "unit" else left.lastgroup)
    left_distance = None if left is None else start - left.end()
    if left is not None and left_distance <= _ADJACENT:
        return left_kind
    right_kind = None if right is None else ("block" if right.lastgroup == "unit" else right.lastgroup)
    if left is None:
        return right_kind
    if right is None or left_distance < right_distance:
        return left_kind
    if right_distance < left_distance:
        return right_kind
    return "block" if "block" in (left_kind, right_kind) else left_kind


_CODE_WORD = _c(r"""\b(?:codes?|kod\w*|kode\w*|код\w*|c[oó]dig\w*|cod|codice|code\w*|otp|sms|smska|смс|2fa|2-fa|tfa
  |two[\s-]factor|2[\s-]step|authenticator|verif\w*|dogrulama|pin|one[\s-]time|одноразов\w*|подтвержд\w*
  |podtverzhd\w*|tayid|taeed|ta'?yid)\b""")  # cheap pre-check: a superset of the "code" words above


def _code_findings(masked: str) -> list[Finding]:
    code_word_ends = [m.end() for m in _CODE_WORD.finditer(masked)]
    if not code_word_ends:
        return []
    found = []
    for m in _CODE_CANDIDATE.finditer(masked):
        nearest = bisect.bisect_left(code_word_ends, m.start() - _LEFT_REACH)
        if nearest == len(code_word_ends) or code_word_ends[nearest] > m.end() + _RIGHT_REACH + 40:
            continue  # no code word anywhere near this number
        if _nearest_context(masked, m.start(), m.end()) == "code":
            found.append(Finding("one_time_code", m.start(), m.end(),
                                 "Looks like a login or 2FA code."))
    return found


# Secret-bearing keywords; a value must follow (or precede) them.
_PASSWORD_WORD = _c(r"""\b(?:pa?s{1,2}w(?:or|ro|r)?d[sz]?|passwort|passcode|pwd|psw|parol[ь']?|пароль|парол[ьяюе]
  |contrasena|clave|senha|sifre(?:m|si|mi|yi|niz)?|kata\s?sandi(?:nya)?|sandi(?:nya)?|ramz(?:am|e|esh)?
  |kalim[ae]t\s(?:el\s|al\s)?s[ie]r+|kelmet\s(?:el\s)?s[ie]r+|kalmet\s(?:el\s)?s[ie]r+|baswor[dt]|paswor[dt]
  |pass|pw)\b""")
_WEAK_PASSWORD_WORDS = frozenset({"pass", "pw", "clave"})  # need ":" "=" or "is"
_RECOVERY_WORD = _c(r"""\b(?:recovery|backup|reset|restore)\s(?:codes?|keys?|phrase|e-?mail|mail)\b
  |\b(?:kod\w*|код\w*|c[oó]digos?|kode)\s(?:de\s)?(?:vosstanovleni\w*|восстановлени\w*|recupera\w*
      |pemulihan|cadangan|backup)\b
  |\b(?:kurtarma|yedek)\s(?:kodu|kodlari|kodlar|e-?postasi)\b
  |\b(?:e-?mail|correo|pochta|почта)\s(?:de\s|dlya\s|для\s)?(?:recupera\w*|vosstanovleni\w*|восстановлени\w*|pemulihan)\b
  |\bбэкап[\s-]код\w*""")
_RECOVERY_CONTEXT = _c(r"recover|recupera|vosstanov|восстанов|kurtarma|pemulihan|backup|bazyabi")

_CONNECTORS = frozenset("""is es e eh est hai h he hain ye yeh howa hwa huwa hoa ine in ast adalah
    nya это eto vot вот aqui aca here it's its this sera será seria é era was : = - -> => — – is: to""".split())
_FILLERS = frozenset("""my mine the your for of from to on in at account acc telegram tg telega telegi
    телеги телеграм телеграма телеграмма аккаунта аккаунт акка akkaunta akkaunt akka ot от мой моя мои
    moi moy moj mi mis de del da do la el meu minha a o cuenta conta hesap hesabimin hesabim benim akun
    saya aku gue gw dari untuk mera meri mere mujhe ka ki ke ko wala wali man manam e-man -e panel smm
    site website painel gmail email mail e-mail inbox cloud 2fa 2-step two-step login log old new current
    yeni eski nuevo nueva novo nova novyi novyy новый baru naya nayi jadid""".split())
_STOP_VALUES = frozenset("""is was not no never wrong incorrect invalid correct right changed change
    reset forgot forgotten lost stolen hacked leaked same different weak strong secure safe required
    needed necessary asked requested private secret too very also still already expired ok okay fine
    working work works set enabled disabled on off turned active and or but if please pls plz
    because so then when where why how what which who that this it there here a an the with without
    only just even yet again now later never neverny nepravilny неверный неправильный incorrecta
    incorreta errada errado equivocada yanlis hatali salah galat ghalat eshtebah ghalate doesn't
    doesnt isn't isnt wasn't hasn't won't will would should could can cannot i you we they he she me
    us them him her protected hidden field box manager reset-link recovery protection length rules
    requirements expire updated update required? mandatory needed? asks asked wont dont""".split())
_VALUE_TOKEN = re.compile(r"\S{1,80}")
_STRONG_VALUE = re.compile(r"(?=\S*\d)(?=\S*[A-Za-zА-Яа-я])|[^\w\s'\".,!?:;()\[\]{}-]|[a-zа-я][A-ZА-Я]")
_QUOTE_CHARS = "\"'`*«»()[]{}<>"


def _clean_value(token: str, offset: int) -> tuple[str, int, int]:
    """Strip quotes and trailing punctuation; returns value and its span."""
    left = len(token) - len(token.lstrip(_QUOTE_CHARS))
    core = token[left:].rstrip(_QUOTE_CHARS + ".,;")
    return core, offset + left, offset + left + len(core)


def _is_placeholder(value: str) -> bool:
    return _MASK_CHAR in value or set(value.lower()) <= set("*x•.#?-_")


def _value_after(masked: str, keyword_end: int, reach: int = 60) -> tuple[int, int, bool] | None:
    """First non-filler token after a keyword; returns (start, end, explicit) or None.

    explicit is True when a connector such as ':' '=' 'is' 'hai' came first."""
    explicit = False
    for m in _VALUE_TOKEN.finditer(masked, keyword_end, keyword_end + reach):
        token = m.group()
        if token[0] in ":=" and len(token) > 1 and token[1] not in ":=":  # "password:abc"
            explicit = True
            token, start = token.lstrip(":="), m.start() + len(token) - len(token.lstrip(":="))
        else:
            start = m.start()
        bare = token.strip(_QUOTE_CHARS + ".,;!").lower()
        if bare in _CONNECTORS or bare.rstrip(":=") in _CONNECTORS or not bare.strip(":=-–—>"):
            explicit = explicit or bool(bare) or token.endswith((":", "="))
            continue
        if bare.rstrip(":") in _FILLERS:
            explicit = explicit or token.endswith(":")
            continue
        value, vstart, vend = _clean_value(token, start)
        if token.rstrip().endswith("?") or not value:
            return None
        return vstart, vend, explicit
    return None


def _is_password_like(value: str, explicit: bool, weak_keyword: bool) -> bool:
    if len(value) < 4 or _is_placeholder(value) or value.lower() in _STOP_VALUES:
        return False
    strong = bool(_STRONG_VALUE.search(value))
    if weak_keyword or value.isdigit():
        return explicit
    return strong or explicit


_PAIR_SECOND_VALUE = re.compile(r"[ \t]{0,2}[/|:][ \t]{0,2}(\S{4,64})")


def _extend_pair(masked: str, end: int) -> int:
    """'login / Qwerty1': a value followed by a separator and a second value."""
    m = _PAIR_SECOND_VALUE.match(masked, end)
    return m.end(1) if m and not _is_placeholder(m.group(1)) else end


def _password_findings(masked: str, masked_lower: str) -> list[Finding]:
    found = []
    for m in _PASSWORD_WORD.finditer(masked_lower):
        after = _value_after(masked, m.end())
        keyword = m.group().lower()
        weak = keyword in _WEAK_PASSWORD_WORDS
        explicit = after is not None and (after[2] or keyword.endswith("nya"))
        if after and _is_password_like(masked[after[0]:after[1]], explicit, weak):
            start, end = after[0], _extend_pair(masked, after[1])
        else:
            before = _value_before(masked, m.start())
            if before is None:
                continue
            start, end = before
        if _RECOVERY_CONTEXT.search(masked_lower, max(0, m.start() - 80), m.start()):
            found.append(Finding("recovery", start, end, "Looks like a recovery e-mail password."))
        else:
            found.append(Finding("password", start, end, "Looks like a password."))
    return found


_BEFORE_CONNECTORS = frozenset("is es e hai".split())
_BEFORE_OWNERS = frozenset("my mera meri benim mi meu minha moi мой man the".split())


def _value_before(masked: str, keyword_start: int) -> tuple[int, int] | None:
    """'Qwerty123 mera password hai': a strong token just before the keyword."""
    window_start = max(0, keyword_start - 90)
    tokens = [(m.start(), m.end()) for m in _VALUE_TOKEN.finditer(masked, window_start, keyword_start)][-3:]
    while tokens and masked[tokens[-1][0]:tokens[-1][1]].lower() in _BEFORE_OWNERS:
        tokens.pop()
    while tokens and masked[tokens[-1][0]:tokens[-1][1]].lower() in _BEFORE_CONNECTORS:
        tokens.pop()
    if not tokens:
        return None
    value, start, end = _clean_value(masked[tokens[-1][0]:tokens[-1][1]], tokens[-1][0])
    if len(value) < 6 or _is_placeholder(value) or value.isdigit() or not _STRONG_VALUE.search(value):
        return None
    return start, end


_RECOVERY_VALUE = re.compile(r"[A-Za-z0-9]{2,}(?:-[A-Za-z0-9]{2,}){0,7}")


def _recovery_findings(masked: str, masked_lower: str) -> list[Finding]:
    found = []
    for m in _RECOVERY_WORD.finditer(masked_lower):
        start = end = -1
        pos = m.end()
        while True:
            after = _value_after(masked, pos, reach=40)
            if after is None:
                break
            value = masked[after[0]:after[1]]
            if not (_RECOVERY_VALUE.fullmatch(value) and any(ch.isdigit() for ch in value)
                    and len(value) >= 4):
                break
            start = after[0] if start < 0 else start
            end = pos = after[1]
        if start >= 0:
            found.append(Finding("recovery", start, end, "Looks like a recovery or backup code."))
    return found


_ID_THEN_SECRET = re.compile(r"[ \t]{0,2}[:|/][ \t]{0,2}(\S{6,64})")


def _identifier_password_findings(masked: str, spans: list[tuple[int, int, bool]]) -> list[Finding]:
    """'me@mail.com:Qwerty123' or '@user / Qwerty123': a password after an identifier."""
    found = []
    for _, end, is_identifier in spans:
        if not is_identifier:
            continue
        m = _ID_THEN_SECRET.match(masked, end)
        if m is None:
            continue
        value, start, stop = _clean_value(m.group(1), m.start(1))
        if (len(value) >= 6 and not _is_placeholder(value) and not value.isdigit()
                and _STRONG_VALUE.search(value)):
            found.append(Finding("password", start, stop, "Looks like a password after a login."))
    return found


# Offers: someone says they will send a secret or hand over access.
_OFFER_TARGET = _c(r"""\b(?:pa?s{1,2}w(?:or|ro|r)?d|parol\w*|пароль|пароля|contrasena|clave|senha|sifre\w*
  |kata\s?sandi|sandi|ramz|codes?|kod\w*|код\w*|c[oó]digo|otp|sms|2fa|login|logins|credentials|details
  |access|dostup|доступ|acesso|acceso|akses|erisim|tdata|session)\b""")
_SEND_OFFER = _c(r"""
    \b(?:i|we)\s(?:can(?!['’]t|not)|could|will|would|am\sready\sto|'m\sready\sto|'ll|m\sready\sto)
        \s(?:\w{2,12}\s)?(?:send|give|share|provide|tell|forward|dm|pass|text|show)\b
  | \bi['’]?ll\s(?:send|give|share|provide|tell|forward|dm|pass|text)\b
  | \b(?:mogu|могу|gotov|готов)\s(?:vam\s|вам\s|tebe\s|тебе\s)?(?:skinut|dat|otpravit|prislat|skazat|скинуть|дать|отправить|прислать|сказать)\w*
  | \b(?:skinu|dam|otpravlyu|prishlyu|скину|дам|отправлю|пришлю|скажу)\b
  | \b(?:te|le|les)\s(?:puedo|podria|voy\sa)\s(?:dar|enviar|mandar|pasar)
  | \b(?:puedo|podria|voy\sa)\s(?:darte|enviarte|mandarte|pasarte|dar|enviar|mandar|pasar)\b
  | \b(?:te|le)\s(?:doy|envio|mando|paso)\b
  | \b(?:posso|vou)\s(?:te\s|lhe\s)?(?:passar|mandar|enviar|dar)\b
  | \b(?:te|lhe)\s(?:passo|mando|envio|dou)\b
  | \b(?:gonderebilirim|verebilirim|atabilirim|atarim|gonderirim|veririm|paylasabilirim|atayim|gondereyim|vereyim)\b
  | \b(?:saya|aku|gue|gw)\s(?:bisa|akan|mau|siap)\s(?:kirim|kasih|berikan|kasi|share|kirimkan|kirimin)\w*
  | \b(?:de|bhej|send\skar|share\skar|bata)\s?(?:sakta|sakti|deta|deti|dunga|dungi|doon|dun|du)\b
  | \b(?:mumkin|momken|mmkn|ha|h)\s?(?:ab3at|ab3atlak|ab3tlk|a3tik|a3teek|adilak|arsel|ersal)\w*
  | \b(?:mitunam|mitoonam|mifrestam|midam|befrestam)\b
""")
_ACCESS_OFFER = _c(r"""
    \b(?:add|make|set|appoint|promote|invite)\s(?:you|u|ya|ur\steam|your\s(?:team|support|manager|bot|account)|the\ssupport|support)
        \s(?:as\s)?(?:an?\s)?(?:admin|administrator|owner|co-?owner|moderator)\b
  | \b(?:give|grant|provide)\s(?:you|u|support|your\steam)\s(?:full\s)?(?:admin|owner|ownership|full)\b
  | \b(?:give|grant|provide)\s(?:you\s)?(?:full\s)?access\sto\smy\b
  | \btransfer\s(?:the\s)?(?:channel\s|group\s)?(?:ownership|owner\srights|the\schannel|the\sgroup|channel|group)\s(?:to\syou|to\ssupport|to\syour)\b
  | \b(?:you|u|support|your\steam)\s(?:can|may|could|are\sfree\sto|should)\s(?:just\s)?(?:log|sign)\s?in(?:to)?\s(?:to\s)?my\b
  | \b(?:please|pls|plz|just|feel\sfree\sto|go\sahead\sand)\s(?:log|sign)\s?in(?:to)?\s(?:to\s)?my\b
  | \b(?:take|use)\smy\s(?:account|acc|login)\b
  | \b(?:dobavlyu|добавлю|sdelayu|сделаю|naznachu|назначу)\s(?:vas|тебя|вас|tebya)\s(?:adminom|админом|vladeltsem|владельцем)
  | \b(?:mogu|могу)\s(?:dat|дать)\s(?:vam\s|вам\s)?(?:adminku|админку|prava|права|dostup|доступ)
  | \b(?:peredam|передам)\s(?:vam\s|вам\s)?(?:prava|права|kanal|канал)
  | \b(?:zaydite|zaidite|zaydi|зайдите|зайди|voydite|войдите)\s(?:v|в|na|на)\s(?:moi|moy|мой|мою)\s(?:akkaunt|аккаунт|akk|акк)
  | \b(?:te|los|les)\s(?:hago|pongo|agrego|anado)\s(?:como\s)?(?:admin|administrador|dueno|propietario)
  | \b(?:puedo|podemos)\s(?:agregarte|anadirte|hacerte|ponerte|darte)\s(?:como\s)?(?:admin|administrador|acceso)
  | \bentr[ae]n?\s(?:a|en)\smi\scuenta\b
  | \btransferir(?:te|le)?\sla\spropiedad\b
  | \b(?:posso\s)?(?:te\s)?(?:adicionar|colocar|tornar|fazer)\s(?:voce\s)?(?:como\s)?(?:admin|administrador|dono)\b
  | \b(?:entra|entre|acesse|acessa)\s(?:na|em)\sminha\sconta\b
  | \btransferir\sa\spropriedade\b
  | \b(?:sizi|seni)\s(?:admin|yonetici)\s(?:yapabilirim|yaparim|ekleyebilirim|ekleyeyim|olarak\sekle\w*)
  | \bhesabima\s(?:girin|girebilirsiniz|giris\syap\w*|gir)\b
  | \bsahipligi(?:ni)?\sdevred\w*
  | \b(?:jadikan|jadiin|tambahkan|tambahin|angkat)\s(?:kamu|anda|kalian)\s(?:sebagai\s|jadi\s)?admin\b
  | \b(?:masuk|login)\s(?:ke\s)?akun\s(?:saya|aku|gue)\b
  | \b(?:aapko|apko|tumko|tumhe|aap\sko)\s(?:admin|owner)\s(?:bana|add\skar)\w*
  | \bmere\s(?:account|acc)\s(?:me|mein|main)\s(?:login|log\sin)\s(?:kar|karo|kar\slo|kar\slijiye)\b
  | \b(?:a3melak|a3mlak|hakhalik|ha5alik|akhalik|a5alik|adifak|azeedak|hadifak)\s(?:admin|mashrif|moshrif)\b
  | \b(?:odkhol|od5ol|ud5ul|udkhul)\s(?:3ala|ala|le)\s(?:hesabi|7esabi|accounti|account)\b
  | \b(?:shoma\sro|shomaro|toro|to\sro)\sadmin\s(?:mikonam|konam)\b
  | \badmin(?:et|etun|etoon)\smikonam\b
  | \b(?:vared|login)\s(?:e\s)?(?:accountam|hesabam)\s(?:sho|shid|beshid)\b
""")
_OFFER_REACH = 40


def _offer_findings(masked: str) -> list[Finding]:
    found = []
    for m in _ACCESS_OFFER.finditer(masked):
        if not _is_innocent_mention(masked, m.start(), m.end()):
            found.append(Finding("admin_access", m.start(), m.end(),
                                 "Looks like an offer of admin or account access."))
    for m in _SEND_OFFER.finditer(masked):
        target = (_OFFER_TARGET.search(masked, m.end(), m.end() + _OFFER_REACH)
                  or _last_match(_OFFER_TARGET, masked, max(0, m.start() - _OFFER_REACH), m.start()))
        if target is None or _is_innocent_mention(masked, m.start(), m.end()):
            continue
        start, end = min(m.start(), target.start()), max(m.end(), target.end())
        found.append(Finding("admin_access", start, end,
                             "Looks like an offer to send a password or code."))
    return found


# ----------------------------------------------------------------- public

def _merge(findings: list[Finding]) -> list[Finding]:
    """Drop findings overlapped by a higher-priority one; keep the rest in order."""
    ranked = sorted(findings, key=lambda f: (_KIND_PRIORITY.index(f.kind), f.start))
    kept: list[Finding] = []  # non-overlapping, sorted by start
    kept_starts: list[int] = []
    for finding in ranked:
        index = bisect.bisect_left(kept_starts, finding.end)
        if index and kept[index - 1].end > finding.start:
            continue
        kept.insert(index, finding)
        kept_starts.insert(index, finding.start)
    return kept


def scan(text: str) -> list[Finding]:
    """Credentials in a customer's ticket text, as spans of the original text."""
    if not isinstance(text, str) or not text.strip():
        return []
    folded = _fold(text)
    lower = _lower(folded)
    spans = _safe_spans(folded, lower)
    masked, masked_lower = _apply_mask(folded, spans), _apply_mask(lower, spans)
    findings = _format_findings(folded, lower, masked, masked_lower)
    findings += _code_findings(masked_lower)
    findings += _password_findings(masked, masked_lower)
    findings += _recovery_findings(masked, masked_lower)
    findings += _identifier_password_findings(masked, spans)
    findings += _offer_findings(masked_lower)
    return _merge(findings)


# Agent replies: asking for a secret is flagged, warning against it is not.
_REQUEST = _c(r"""
    \b(?:send|share|give|provide|tell|forward|paste|type|write|dm|post|reply\swith|submit|drop)\b
  | \b(?:what(?:'s|s|\sis|\swas|\sare)|(?:we|i)\s(?:need|require|will\sneed)|need)\s(?:your|the|us\sthe)\b
  | \b(?:otpravte|отправьте|пришлите|prishlite|skinte|скиньте|скажите|skazhite|nazovite|назовите|envie|envia
      |envienos|mande|manda|pasanos|diganos|kirim|kirimkan|berikan|ab3atli)\w*
""")
# Turkish, Hindi and Persian put the verb last: "sifrenizi gonderin".
_REQUEST_VERB_LAST = _c(r"\b(?:gonderin|gonder|iletin|yazin|bhejiye|bhejo|batao|bataiye|befrestid|befrest|bedid)\w*")
_REQUESTED_THING = _c(r"""
    (?P<block>\b(?:promo|coupon|order|transaction|payment|tracking|referral|discount)\s?(?:codes?|id)\b
      |\border\b|\blink\b|\bscreenshot\b)
  | (?P<recovery>\b(?:recovery|backup|reset)\s?(?:codes?|keys?|e-?mail|link|phrase)\b|\brecovery\b)
  | (?P<session>\b(?:session|tdata|bot\stoken|token|cookies?|api[\s_]hash|string\ssession)\b)
  | (?P<password>\b(?:(?:2fa|cloud|two[\s-]step)\s)?(?:pa?s{1,2}w(?:or|ro|r)?d|passcode|parol\w*|пароль|пароля|contrasena|clave|senha
      |sifre\w*|kata\s?sandi|ramz|credentials|login\sdetails|login\sand\spassword)\b)
  | (?P<one_time_code>\b(?:codes?|otp|2fa|sms|kod\w*|код\w*|c[oó]digo|kode\w*)\b)
  | (?P<admin_access>\b(?:admin|administrator|owner|ownership|access\sto\syour|account\saccess)\b)
""")
_ASK_ADMIN = _c(r"""
    \b(?:add|make|set|promote|appoint)\s(?:us|me|our\s(?:team|bot|account|manager|support)|support|the\ssupport|@?\w{0,32}bot)
        \s(?:as\s)?(?:an?\s)?(?:admin|administrator|owner|moderator)\b
  | \btransfer\s(?:the\s)?(?:channel\s|group\s)?(?:ownership|channel|group)\sto\s(?:us|me|our)\b
  | \b(?:give|grant)\s(?:us|me)\s(?:full\s)?(?:admin|access|owner|ownership)\b
  | \b(?:let\sus|allow\sus\sto|we\s(?:need|have)\sto)\s(?:log|sign)\s?in(?:to)?\s(?:to\s)?your\b
""")
_REQUEST_REACH = 45


def _add_request(masked: str, verb: re.Match[str], thing: re.Match[str] | None,
                 findings: list[Finding]) -> None:
    if thing is None or thing.lastgroup == "block":
        return
    if _NEGATION.search(masked, _sentence_start(masked, verb.start()), verb.start()):
        return
    start, end = min(verb.start(), thing.start()), max(verb.end(), thing.end())
    findings.append(Finding(thing.lastgroup, start, end, _ASKED_FOR[thing.lastgroup]))


def scan_agent_reply(text: str) -> list[Finding]:
    """Places where a support agent asks the customer for a credential."""
    if not isinstance(text, str) or not text.strip():
        return []
    folded = _fold(text)
    lower = _lower(folded)
    masked = _apply_mask(lower, _safe_spans(folded, lower))
    findings = []
    for m in _ASK_ADMIN.finditer(masked):
        if not _NEGATION.search(masked, _sentence_start(masked, m.start()), m.start()):
            findings.append(Finding("admin_access", m.start(), m.end(), _ASKED_FOR["admin_access"]))
    for m in _REQUEST.finditer(masked):
        stop = _SENTENCE_END.search(masked, m.end(), m.end() + _REQUEST_REACH)
        thing = _REQUESTED_THING.search(masked, m.end(), stop.start() if stop else m.end() + _REQUEST_REACH)
        _add_request(masked, m, thing, findings)
    for m in _REQUEST_VERB_LAST.finditer(masked):
        thing = _last_match(_REQUESTED_THING, masked, _sentence_start(masked, m.start()), m.start())
        _add_request(masked, m, thing, findings)
    return _merge(findings)


def describe(findings: list[Finding]) -> str:
    """One user-facing sentence naming what was found, or '' if nothing."""
    kinds = list(dict.fromkeys(f.kind for f in findings))
    if not kinds:
        return ""
    labels = [KIND_LABELS[k] for k in kinds]
    named = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    if len(findings) == 1:
        return f"This looks like {named}. Support never needs it: remove it before sending."
    return f"This looks like {named}. Support never needs these: remove them before sending."


def redact(text: str, findings: list[Finding]) -> str:
    """The text with every flagged span removed."""
    pieces, cursor = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        start = max(finding.start, cursor)
        pieces.append(text[cursor:start])
        cursor = max(cursor, finding.end)
    pieces.append(text[cursor:])
    return "".join(pieces)
