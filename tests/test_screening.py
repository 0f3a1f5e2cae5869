"""Accuracy and behaviour of support_studio.screening: the own corpus, the
public API, exact spans, disguises, negations and questions, agent asks,
secrets split across messages."""

from __future__ import annotations

import base64
import re

import pytest
from screening_corpus import AGENT_ITEMS, CORPUS, CUSTOMER_ITEMS, LANGUAGES

from support_studio.screening import (
    KIND_LABELS,
    Finding,
    cut_out,
    cut_spans,
    describe,
    redact,
    scan,
    scan_agent_reply,
    scan_context,
)
from support_studio.states.alerts import ScreeningAlert

FIXED_FORMAT_RECALL = 1.0
PROSE_RECALL = 0.98
MAX_FALSE_POSITIVE_RATE = 0.01


def _caught(item, findings) -> bool:
    return set(item.labels) <= {f.kind for f in findings}


def _recall(items, scanner) -> float:
    return sum(_caught(item, scanner(item.text)) for item in items) / len(items)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


# ------------------------------------------------------------ own corpus


def test_corpus_is_large_varied_and_mostly_hard_negatives():
    assert len(CORPUS) >= 400
    negatives = [item for item in CORPUS if not item.labels]
    assert len(negatives) * 2 >= len(CORPUS)
    assert {item.language for item in CORPUS} == set(LANGUAGES)
    assert {item.category for item in CORPUS if item.labels} == {"fixed_format", "prose"}
    assert {kind for item in CUSTOMER_ITEMS for kind in item.labels} == set(KIND_LABELS)
    assert len(AGENT_ITEMS) >= 30


def test_every_fixed_format_secret_is_caught():
    fixed = [item for item in CUSTOMER_ITEMS if item.category == "fixed_format"]
    missed = [item.text[:80] for item in fixed if not _caught(item, scan(item.text))]
    assert len(missed) <= (1 - FIXED_FORMAT_RECALL) * len(fixed), missed


def test_prose_recall_meets_threshold():
    prose = [item for item in CUSTOMER_ITEMS if item.category == "prose"]
    assert _recall(prose, scan) >= PROSE_RECALL


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_positives_that_are_caught(language):
    positives = [item for item in CUSTOMER_ITEMS if item.labels and item.language == language]
    assert positives
    assert _recall(positives, scan) >= PROSE_RECALL


def test_kinds_are_named_exactly():
    positives = [item for item in CUSTOMER_ITEMS if item.labels]
    wrong = [
        (item.text[:60], item.labels) for item in positives if {f.kind for f in scan(item.text)} != set(item.labels)
    ]
    assert len(wrong) <= 0.02 * len(positives), wrong


def test_hard_negatives_are_rarely_flagged():
    negatives = [item for item in CUSTOMER_ITEMS if not item.labels]
    flagged = [item.text[:80] for item in negatives if scan(item.text)]
    assert len(flagged) <= MAX_FALSE_POSITIVE_RATE * len(negatives), flagged


def test_spans_cover_the_secret():
    for item in CUSTOMER_ITEMS:
        if not item.secret:
            continue
        start = item.text.index(item.secret)
        end = start + len(item.secret)
        covered = set()
        for f in scan(item.text):
            covered.update(range(f.start, f.end))
        assert set(range(start, end)) <= covered, item.text[:80]


def test_agent_replies_asking_for_secrets_are_flagged_and_warnings_are_not():
    asks = [item for item in AGENT_ITEMS if item.labels]
    fine = [item for item in AGENT_ITEMS if not item.labels]
    assert _recall(asks, scan_agent_reply) >= PROSE_RECALL
    flagged = [item.text for item in fine if scan_agent_reply(item.text)]
    assert not flagged, flagged


# ------------------------------------------------------------ the issue's cases


@pytest.mark.parametrize(
    "text, kind, secret",
    [
        ("Login code: 48213. Do not give this code to anyone!", "one_time_code", "48213"),
        ("vot kod 4 8 2 1 3", "one_time_code", "4 8 2 1 3"),
        ("kod: 48-213", "one_time_code", "48-213"),
        ("код ４８２１３", "one_time_code", "４８２１３"),
        ("کد تایید ۴۸۲۱۳ هست", "one_time_code", "۴۸۲۱۳"),
        ("رمز التحقق ٤٨٢١٣", "one_time_code", "٤٨٢١٣"),
        ("my code is '48213'", "one_time_code", "48213"),
        ("https://t.me/login/AbCdEf123_-x", "one_time_code", "https://t.me/login/AbCdEf123_-x"),
        ("doğrulama kodu K7P2QX geldi", "one_time_code", "K7P2QX"),
        ("moi parol: Kotik2024!", "password", "Kotik2024!"),
        ("mera password hai dilli@99", "password", "dilli@99"),
        ("alex@gmail.com:Passw0rd!", "password", "Passw0rd!"),
        ("şifrem Istanbul34", "password", "Istanbul34"),
        ("2FA = Sunfl0wer!", "password", "Sunfl0wer!"),
        ("mot de passe telegram : Tournesol88", "password", "Tournesol88"),
        ("Mein Passwort ist Sommer2024!", "password", "Sommer2024!"),
        ("كلمة المرور الخاصة بي هي Falcon#2024", "password", "Falcon#2024"),
        ("Xr7$pLq2wz is my telegram password", "password", "Xr7$pLq2wz"),
        ("رمز تلگرامم زهرا۱۳۷۰ هست", "password", "زهرا۱۳۷۰"),
        ("backup codes: 4829 1057 / 7731 0264", "recovery", "4829 1057 / 7731 0264"),
        ("Recovery key: RK-7HQ2-M9XD-4LTC-PW8Z", "recovery", "RK-7HQ2-M9XD-4LTC-PW8Z"),
        (
            "https://panel.example.com/reset-password?token=8f2c9a71e4b04d3f",
            "recovery",
            "https://panel.example.com/reset-password?token=8f2c9a71e4b04d3f",
        ),
        (
            "bot 123456789:AAH4x2kq9QzVb8n3W1mPq0rStUvWxYz-_1A done",
            "session",
            "123456789:AAH4x2kq9QzVb8n3W1mPq0rStUvWxYz-_1A",
        ),
        ("API_ID=2840193\nAPI_HASH=5e7c1a9b3f02d48e6a1c9b07f3d2e815", "session", "5e7c1a9b3f02d48e6a1c9b07f3d2e815"),
        ("cookie: PHPSESSID=9c1f4e7a2b8d3065f1e2a7c4b9d0e3f8", "session", "9c1f4e7a2b8d3065f1e2a7c4b9d0e3f8"),
        ("attached my account_main.session file", "session", "account_main.session"),
        ("I can add you as admin", "admin_access", "add you as admin"),
        ("I made your support account admin of my channel so you can check", "admin_access", "admin"),
        ("I gave @sam_support owner rights", "admin_access", "owner"),
        ("I can send you my password if you want", "admin_access", "send you my password"),
        ("you can log in to my account and see", "admin_access", "log in to my"),
    ],
)
def test_known_secrets_are_found_with_exact_offsets(text, kind, secret):
    findings = scan(text)
    start = text.index(secret)
    assert any(f.kind == kind and f.start <= start + len(secret) and f.end >= start for f in findings), _spans(text)
    if kind != "admin_access":
        assert any(f.kind == kind and f.start <= start and f.end >= start + len(secret) for f in findings), _spans(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


def test_a_finding_never_takes_an_unrelated_number_and_remove_it_reads_cleanly():
    text = "Members dropped from 4100 to 3400 this week. my 2fa password is Sunflower#88"
    findings = scan(text)
    assert [(f.kind, text[f.start : f.end]) for f in findings] == [("password", "Sunflower#88")]
    assert redact(text, findings) == "Members dropped from 4100 to 3400 this week. my 2fa password is"


@pytest.mark.parametrize(
    "text",
    [
        "I won't send my password",
        "I will not send my password",
        "I will never share my 2FA code",
        "should I send the code?",
        "do you need my 2FA code to start the refill?",
        "the channel admin changed the link",
        "I am the admin of the channel",
        "I made my friend @dasha_k admin so she can watch the stats",
        "order 48213 not started, 5000 members",
        "promo code 12345 doesn't work",
        "error code 403, then code E-1102 on the payment page",
        "tx " + "ab" * 32,
        "paid to TXyz1234567890abcdefghijkLMNPQRSTU",
        "https://t.me/mychannel/48213 code",
        "@code48213",
        "date 12.03.2024 at 14:35",
        "Someone asked for the login code Telegram sent me. I didn't give it. Is that you?",
        "Пароль не дам, даже не просите.",
        "А код, который телега прислала, вам скинуть?",
        "No voy a enviar mi contraseña.",
        "¿Debo enviar el código?",
        "Não vou mandar minha senha.",
        "Preciso enviar o código?",
        "Şifremi göndermeyeceğim.",
        "Kodu göndermem gerekir mi?",
        "Saya tidak akan kirim kata sandi.",
        "Perlu kirim kode OTP?",
        "لن أرسل كلمة المرور",
        "هل لازم أرسل الكود؟",
        "رمزمو به هیچ عنوان نمی‌فرستم.",
        "برای اینکه ممبر بیاد لازمه کد دو مرحله‌ای رو بهتون بدم؟",
        "password nahi dunga",
        "code bhejna padega kya?",
        "Je ne vous enverrai pas mon mot de passe.",
        "Dois-je envoyer le code ?",
        "Mein Passwort gebe ich nicht raus.",
        "Soll ich den Code schicken?",
    ],
)
def test_innocent_texts_negations_and_questions_are_clean(text):
    assert scan(text) == [], _spans(text)


# ------------------------------------------------------------ disguises and splits

_DISGUISED = [
    "my pass\u200bword is Sun\u200bflower88",  # zero-width spaces
    "mу раsswоrd іs Sunflower88",  # Cyrillic look-alikes
    "Ｐａｓｓｗｏｒｄ： Ｓｕｎｆｌｏｗｅｒ８８",  # fullwidth
    "pa\u0301ssword: Sunflower88",  # a combining accent
    "&#112;&#97;&#115;&#115;&#119;&#111;&#114;&#100;: Sunflower88",  # HTML entities
    "p a s s w o r d : S u n f l o w e r 8 8",  # spaced out
    "ПАРОЛЬ: Kotik2024",  # capitals
    "here: " + base64.b64encode(b"my password is Sunflower88").decode(),  # base64
]


@pytest.mark.parametrize("text", _DISGUISED)
def test_disguised_secrets_are_caught_and_point_at_the_original_text(text):
    findings = scan(text)
    assert [f.kind for f in findings] == ["password"], _spans(text)
    flagged = text[findings[0].start : findings[0].end]
    assert re.sub(r"[\W_]", "", flagged), flagged
    assert "8" in flagged or "８" in flagged or "2024" in flagged or "=" in flagged or flagged.isalnum()


def test_a_secret_split_across_two_messages_is_caught_in_the_new_one():
    (finding,) = scan_context("my password is", "Sunflower88")
    assert (finding.kind, finding.start, finding.end) == ("password", 0, 11)
    (finding,) = scan_context("here is the login code", "48213")
    assert (finding.kind, finding.start, finding.end) == ("one_time_code", 0, 5)
    assert scan_context("my order is late", "48213") == []
    assert scan_context("", "password: Qwerty123") == scan("password: Qwerty123")


def test_a_secret_split_across_three_messages_is_caught_in_the_last_one():
    previous = "Order 48213 is late.\nMy telegram password is\nI will send it in the next message"
    (finding,) = scan_context(previous, "Tr0ub4dor&3x")
    assert (finding.kind, finding.start, finding.end) == ("password", 0, 12)
    assert scan_context("My order is late\nI will send the screenshot next", "Thanks, 4100 now") == []


def test_a_label_left_dangling_does_not_flag_the_next_messages_first_words():
    # "Remove it" took the value out of "...my password is Sunflower#88": the label stays behind.
    previous = "The order page still says pending. my password is"
    assert scan_context(previous, "Adding: the order page still says pending.") == []
    assert scan_context(previous, "Thanks, any news?") == []
    assert [f.kind for f in scan_context(previous, "sunflower")] == ["password"]  # the value alone
    assert [f.kind for f in scan_context(previous, "Sunflower#88 (case matters)")] == ["password"]


def test_context_findings_point_into_the_new_text_only():
    previous = "password: Qwerty123!"
    text = "and the code is 48213"
    findings = scan_context(previous, text)
    assert [(f.kind, text[f.start : f.end]) for f in findings] == [("one_time_code", "48213")]


# ------------------------------------------------------------ agents


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Add @sam_support as admin to your channel so we can check", "admin_access"),
        ("Can you log me into your account?", "admin_access"),
        ("send me the five digits Telegram texted you", "one_time_code"),
        ("Please send us your 2FA code.", "one_time_code"),
        ("what is your 2FA password?", "password"),
        ("Please export your .session file and attach it to this ticket.", "session"),
        ("If you still have the backup codes, forward them here.", "recovery"),
        ("Пришлите, пожалуйста, код из Telegram.", "one_time_code"),
        ("Envíenos el código de verificación.", "one_time_code"),
        ("Mande a senha do Telegram.", "password"),
        ("Lütfen şifrenizi gönderin.", "password"),
        ("Kirimkan kode OTP anda.", "one_time_code"),
        ("أرسل الكود اللي وصلك", "one_time_code"),
        ("رمز تایید دو مرحله‌ای اکانت رو هم بفرستید", "password"),
        ("otp bhejo jaldi", "one_time_code"),
        ("Envoyez-nous le code reçu par SMS.", "one_time_code"),
        ("Bitte senden Sie uns Ihr Passwort.", "password"),
    ],
)
def test_agents_asking_for_a_credential_or_access_are_refused(text, kind):
    assert kind in {f.kind for f in scan_agent_reply(text)}, scan_agent_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "We never need your password. Please do not share it with anyone.",
        "Please send us the current member count and a screenshot.",
        "Please provide the transaction ID of your payment.",
        "If anyone asks you for a code claiming to be us, it's a scam.",
        "You don't need to make us admin anywhere; the channel just has to be public.",
        "Nunca envíe su contraseña.",
        "Никогда не отправляйте код из смс.",
        "ما هیچ‌وقت رمز یا کد ورود شما رو نمی‌خوایم",
    ],
)
def test_agent_warnings_are_not_refused(text):
    assert scan_agent_reply(text) == []


# ------------------------------------------------------------ API


def test_findings_have_user_facing_reasons():
    for finding in scan("password: Qwerty123 and code 48213"):
        assert isinstance(finding, Finding)
        assert finding.kind in KIND_LABELS
        assert finding.reason and len(finding.reason) < 80


def test_describe_names_what_was_found():
    assert describe([]) == ""
    one = describe(scan("the code is 48213"))
    assert one == "This looks like a login or 2FA code. Support never needs it: remove it before sending."
    both = describe(scan("password: Qwerty123, code 48213"))
    assert "a password" in both and "a login or 2FA code" in both


def test_redact_removes_flagged_spans_only():
    text = "order 123456, login code 48213, password: Qwerty123!"
    cleaned = redact(text, scan(text))
    assert "48213" not in cleaned and "Qwerty123" not in cleaned
    assert "order 123456" in cleaned
    assert scan(cleaned) == []
    assert redact(text, []) == text


def test_redact_with_a_replacement_covers_overlapping_spans_whole():
    # As the log uses it: two findings that overlap leave nothing of either visible.
    findings = [Finding("password", 4, 12, ""), Finding("recovery", 8, 20, "")]
    assert redact("key Tulip#2024-Backup99 end", findings, "[removed]") == "key [removed][removed]p99 end"


def test_agent_reply_reasons_name_the_thing_asked():
    (finding,) = scan_agent_reply("Please send us your 2FA code.")
    assert finding.kind == "one_time_code"
    assert finding.reason == "Support never asks for a login code."
    assert scan_agent_reply("We never need your password and you should not send codes.") == []


# ------------------------------------------------------------ card receipts

# A card payment's approval or authorisation code and the card's last digits,
# as customers paste them from a receipt (or OCR reads them off a photo): no
# login code under the label rules, in every language the lexicons cover.
_RECEIPTS = [
    ("en", "Approval code: 482913"),
    ("en", "Authorization code 771204, Visa ending in 4821"),
    ("en", "Authorisation code: 771204"),
    ("en", "Auth code: 5520A1  Mastercard **** 1234"),
    ("en", "Total 25.00 USD\nVISA ************4821\nAUTH CODE: 482913\nAPPROVED"),
    ("en", "APPR CODE 093311 card xxxx-xxxx-xxxx-4821"),
    ("es", "Código de autorización: 839201, tarjeta terminada en 4821"),
    ("es", "Cód. aprobación 839201"),
    ("pt", "Código de autorização 482913, cartão final 4821"),
    ("ru", "Код авторизации: 482913, карта ****4821"),
    ("ru", "Код одобрения 482913"),
    ("ru", "Карта **** 4821\nКод подтверждения: 482913\nОдобрено"),
    ("ru-latn", "kod avtorizatsii 482913, oplata proshla"),
    ("fr", "Code d'autorisation : 482913, carte se terminant par 4821"),
    ("de", "Autorisierungscode: 482913, Karte endet auf 4821"),
    ("de", "Genehmigungsnummer 482913"),
    ("tr", "Provizyon kodu: 482913, kart son 4 hane 4821"),
    ("tr", "Kart: **** 4821\nOnay kodu: 482913\nTutar: 250,00 TL"),
    ("id", "Kode otorisasi 482913, kartu berakhiran 4821"),
    ("ar", "رمز الموافقة: 482913، البطاقة تنتهي ب 4821"),
    ("fa", "کد مجوز 482913، کارت ختم میشه به 4821"),
    ("hi", "approval code 482913 aaya, card last 4 digit 4821"),
    ("en", "the last four digits of my card are 4821 and the payment failed"),
    ("ru", "последние 4 цифры карты 4821"),
]


@pytest.mark.parametrize("language, text", _RECEIPTS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(_RECEIPTS)])
def test_a_card_receipts_approval_code_and_card_digits_are_clean(language, text):
    assert scan(text) == [], (language, _spans(text))


@pytest.mark.parametrize(
    "text, secret",
    [
        ("Telegram auth code 48213", "48213"),  # a login word beside it: a login code after all
        ("код авторизации для входа в телеграм: 59120", "59120"),
        ("Approval code 482913 on the receipt, login code 55123", "55123"),
        ("Код подтверждения: 48213", "48213"),  # no card or terminal around: a login code
        ("Onay kodu: 73192", "73192"),
    ],
)
def test_login_codes_beside_payment_words_are_still_caught(text, secret):
    assert _spans(text) == [("one_time_code", secret)]


def test_agents_may_ask_for_a_receipts_approval_code_but_not_an_auth_code():
    assert scan_agent_reply("Please send the approval code from your card receipt so we can match the charge.") == []
    assert {f.kind for f in scan_agent_reply("Send us the Telegram auth code.")} == {"one_time_code"}
    assert {f.kind for f in scan_agent_reply("Send the auth code.")} == {"one_time_code"}


# A passphrase of plain words after ':' or 'is' is flagged whole; it ends at
# punctuation, a dash, the end of the line, or a word that is no part of a
# value (a stop word, "and", an interjection, an owner word); more than five
# words is a sentence, so only the first word is taken.
@pytest.mark.parametrize(
    "text, secret",
    [
        ("2FA-Passwort: Apfel mit Zimt", "Apfel mit Zimt"),
        ("2fa pass: chai aur samosa", "chai aur samosa"),
        ("tg 2fa is purple rain forever lol pls fix the views", "purple rain forever"),
        ("senha: pão de queijo 7 — pode ser isso?", "pão de queijo 7"),
        ("облачный пароль: синее море, заказ 48213 не пришёл", "синее море"),
        ("my password is sunflower and order 48213 is late", "sunflower"),
        ("password: sunflower for my telegram", "sunflower"),
        ("the password is blue sky forever and ever", "blue sky forever"),
        ("password: sunflower 48213 order", "sunflower"),
        ("my password is sunflower since yesterday", "sunflower"),
        ("password is marigold field of wheat near the old mill", "marigold"),
    ],
)
def test_a_passphrase_is_flagged_whole_and_no_further(text, secret):
    assert _spans(text) == [("password", secret)]


@pytest.mark.parametrize(
    "text",
    [
        "my session expired, payment tx hash: " + "9e3f1a7c2b84d05e6a9c1f3b7d2e08a4" * 2,
        "session ended after paying, card ref pi_3NkLmQ2pR7vXcN4tYb8HwJ1sEf6UoKz5Ga0Ri",
        "Jemand hat mir eine Phishing-Seite passwort-reset-telegram.de geschickt",
        "link verify-telegram-account.com/login asks for my code, is it you?",
        "the code never came, 5-0-0 members? order 48213",
    ],
)
def test_named_values_and_links_need_their_own_shape(text):
    assert scan(text) == [], _spans(text)


# ------------------------------------------------------------ what reading fresh-a and fresh-b changed


@pytest.mark.parametrize(
    "text, found",
    [
        # Quoted passphrases after a password word or its connector, whole.
        ("tg 2 step wala password 'chai pe charcha 2019' rakha tha", [("password", "chai pe charcha 2019")]),
        ("mon mot de passe c'est « le chat de ma grand-mere » sans accent", [("password", "le chat de ma grand-mere")]),
        ('la contraseña es "los perros ladran de noche" jaja', [("password", "los perros ladran de noche")]),
        # A value pointed back at.
        ("correct-horse-lamp-92 <- thats the cloud password", [("password", "correct-horse-lamp-92")]),
        # Other guesses after 'or'.
        (
            "parol vrode Zhenya_1993!! ili prosto Zhenya1993, ni odin ne podhodit",
            [("password", "Zhenya_1993!!"), ("password", "Zhenya1993")],
        ),
        ("my password is Tulip#2024x or order 48213", [("password", "Tulip#2024x")]),
        ("Xr7$pLq2wz, that is my password", [("password", "Xr7$pLq2wz")]),
        ("parol ot nee zima-leto-osen", [("password", "zima-leto-osen")]),
        ("the code from the mail is ABC123", [("one_time_code", "ABC123")]),
        ("le di admin al soporte", [("admin_access", "le di admin al soporte")]),
        ("la contraseña de dos pasos me la pidieron, la puse ahí: Tortuga.Azul77.", [("password", "Tortuga.Azul77")]),
        ("Kod şöyle geldi, aynen kopyalıyorum: 52·81·9", [("one_time_code", "52·81·9")]),
        ('ada email "Kode verifikasi email Anda: TGV-58213"', [("one_time_code", "TGV-58213")]),
        ("Kode: 7 1 9 4 0. Nah itu saya kirim ya min.", [("one_time_code", "7 1 9 4 0")]),
        # From reading fresh-e: backup codes in spaced groups or shaped like phone numbers, a
        # recovery key a sentence on, reset links in more languages, a "remember" cookie, a
        # packed tdata folder offered as a question.
        ("резервные коды: 81 03 47 29 / 55 90 12 68 — на всякий", [("recovery", "81 03 47 29 / 55 90 12 68")]),
        ("rezervnye kody: 1948-2073 5561-8820 0394-7716", [("recovery", "1948-2073 5561-8820 0394-7716")]),
        ("просит ключ восстановления. Вот он: VQ7K-2M9P-XH4T-8RWN-L3ZD", [("recovery", "VQ7K-2M9P-XH4T-8RWN-L3ZD")]),
        (
            "link de redefinição: https://painelsmmbr.com/senha/nova?t=Q3v9Xk2LpA7mZ0wT",
            [("recovery", "https://painelsmmbr.com/senha/nova?t=Q3v9Xk2LpA7mZ0wT")],
        ),
        ("cookie: remember_web=ho2qhJkKMYQKLUGs6BcDL_7VpjLKnJQy", [("session", "ho2qhJkKMYQKLUGs6BcDL_7VpjLKnJQy")]),
        ("i zipped my tdata folder, want me to send it here?", [("session", "tdata")]),
        ("mogu zakinut tdata papku v arhive", [("session", "tdata")]),
        ("Ya los nombré administradores del canal", [("admin_access", "los nombré administradores")]),
        # From reading fresh-f: invitations to log in with support's staff as the subject, a
        # list of codes after a colon on the same line, an apostrophe that is a soft sign.
        ("just log in as me and look at the admin log", [("admin_access", "log in as me")]),
        ("hesaba kendiniz girin bakın", [("admin_access", "hesaba kendiniz girin")]),
        (
            "Euer Mitarbeiter kann sich gern in meinen Telegram-Account einloggen",
            [("admin_access", "sich gern in meinen Telegram-Account einloggen")],
        ),
        ("coloquei o @suporte_painelx como adm no canal", [("admin_access", "coloquei o @suporte_painelx como adm")]),
        ("backup codes (NOT the password lol): 4829 1057, 7730 2264", [("recovery", "4829 1057, 7730 2264")]),
        ("parol' 2fa kotleta_s_pyure77. ya ustal ob'yasnyat'", [("password", "kotleta_s_pyure77")]),
        # From reading fresh-g: a grant after a negated clause of its own, a code with " - " inside.
        (
            "Чтобы вы не гадали, я добавил ваш аккаунт поддержки @smm_opora_help в администраторы канала",
            [("admin_access", "добавил ваш аккаунт поддержки @smm_opora_help в администраторы")],
        ),
        ("код пришёл 4 8 1 - 0 9 2, вводите быстрее", [("one_time_code", "4 8 1 - 0 9 2")]),
        ("mandei no seu e-mail o zip da pasta tdata do meu telegram desktop", [("session", "tdata")]),
        ("o código que chegou foi 61.938", [("one_time_code", "61.938")]),
        (
            "Ayer cambié la contraseña. La nueva que puse es Valen$2409ar, la escribí dos veces.",
            [("password", "Valen$2409ar")],
        ),
        (
            "cookie: remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=eyJpdiI6ImdvUjk5TUNyOUVU%3D%3D",
            [("session", "eyJpdiI6ImdvUjk5TUNyOUVU%3D%3D")],
        ),
        # Numbered and look-alike lists of backup codes, one span per code.
        (
            "backup codes:\n1) 3392-0817\n2) 7740-2265\n3) 5108-9931\nplease help",
            [("recovery", "3392-0817"), ("recovery", "7740-2265"), ("recovery", "5108-9931")],
        ),
        ("backup codes:\nKX7P-22QM\nZB9D-80TL\nRW4C-63NF\nthanks", [("recovery", "KX7P-22QM\nZB9D-80TL\nRW4C-63NF")]),
        # A code written digit by digit, no code word needed.
        ("ok it came just now 3 9 8 0 2 2", [("one_time_code", "3 9 8 0 2 2")]),
        ("it came 8.4.1.0.7.3, order 48213", [("one_time_code", "8.4.1.0.7.3")]),
        # "como admin" is "as admin"; "posse" is ownership.
        (
            "coloquei vocês como admin do canal, o usuário de vocês é @suporte_smmtg né?",
            [("admin_access", "coloquei vocês como admin")],
        ),
        ("posso transferir a posse do grupo pra vocês", [("admin_access", "transferir a posse do grupo pra vocês")]),
        # From reading fresh-j: codes read out as words, an abbreviation that owns only the
        # number right after it, a value before 'ist das Passwort', a weak password word
        # of an account ('la clave de mi cuenta'), a value after a comma and 'is'.
        ("the code is four nine one seven two", [("one_time_code", "four nine one seven two")]),
        ("код: восемь три три ноль пять", [("one_time_code", "восемь три три ноль пять")]),
        ("kode nya: enam dua sembilan nol satu ya", [("one_time_code", "enam dua sembilan nol satu")]),
        ("rakamlar: yedi iki sekiz dört beş", [("one_time_code", "yedi iki sekiz dört beş")]),
        ("رمز تأیید: هشت سه یک پنج دو", [("one_time_code", "هشت سه یک پنج دو")]),
        ("der Code lautet sieben null drei acht eins", [("one_time_code", "sieben null drei acht eins")]),
        ("o código que recebi no meu celular: 418-207", [("one_time_code", "418-207")]),
        ("Kuchen99 ist mein Passwort fürs Panel", [("password", "Kuchen99")]),
        ("mi pass del panel es 'Luna Roja 77' tal cual", [("password", "Luna Roja 77")]),
        ("meu e-mail tem senha forte, é Piano#Azul9 , pode ver", [("password", "Piano#Azul9")]),
        ("la clave de mi cuenta es girasol", [("password", "girasol")]),
        (
            "cambié la contraseña (vieja: tortuga, nueva: Tortuga#88)",
            [("password", "tortuga"), ("password", "Tortuga#88")],
        ),
        ("пароль сменил, новый Volga_2024 теперь", [("password", "Volga_2024")]),
        (
            "recovery email is ana.r@mail.com and the password for that mail is Gatito55",
            [("recovery", "Gatito55"), ("password", "Gatito55")],
        ),
        ("the code is 48213, not 48231", [("one_time_code", "48213"), ("one_time_code", "48231")]),
        ("the code is 48213, not order 48231", [("one_time_code", "48213")]),
        # From reading fresh-h and fresh-i: a session string named on the line before its
        # colon or by its library, tdata with the link it lies at, a password after a
        # credentials word and a login, a made-up value right after a 2FA word, grants and
        # invitations in more words, a mailed reset code that is also a login code.
        (
            "mi script de pyrogram, conéctense con esto:\nBQAsWq9kAAEpLmT3xR0aZbC7dN2uVe5yF8gHiJ4oK1lMnQ6pS0",
            [("session", "BQAsWq9kAAEpLmT3xR0aZbC7dN2uVe5yF8gHiJ4oK1lMnQ6pS0")],
        ),
        (
            "it's telethon: 1BVtsOJ8Bu4X3yQmLpZ9hGdKcW2eRfTnA0sVjU7oIx",
            [("session", "1BVtsOJ8Bu4X3yQmLpZ9hGdKcW2eRfTnA0sVjU7oIx")],
        ),
        (
            "j'ai mis mon dossier tdata sur WeTransfer : https://we.tl/t-Ab3dE9fGh2 pour vous",
            [("session", "tdata"), ("session", "https://we.tl/t-Ab3dE9fGh2")],
        ),
        ("Zugangsdaten: lena.k / Winter_2023x bitte prüfen", [("password", "Winter_2023x")]),
        ("verificación en dos pasos Sevilla2023!! por si acaso", [("password", "Sevilla2023!!")]),
        ("ya os he puesto de admin en el canal", [("admin_access", "os he puesto de admin")]),
        ("si quieren los hago administradores ahora mismo", [("admin_access", "los hago administradores")]),
        (
            "Damit es schneller geht: loggt euch in meinen Account ein",
            [("admin_access", "loggt euch"), ("admin_access", "in meinen Account")],
        ),
        ("Vous pouvez vérifier depuis mon compte", [("admin_access", "vérifier depuis mon compte")]),
        (
            "destek hesabınızı kanalın sahibi yaptım, istediğinizi yapın",
            [("admin_access", "destek hesabınızı kanalın sahibi yaptım")],
        ),
        # From reading fresh-k and fresh-l: rights offered as a question, grants and invitations in
        # more words, a keycap code, a table's leaders and rows, Google's "G-" codes, backup codes
        # on the lines after a question, a grant done "as your agent asked".
        ("want me to make you owner of the group?", [("admin_access", "make you owner")]),
        ("grubun sahipliğini size devredeyim mi?", [("admin_access", "sahipliğini size devredeyim")]),
        ("ili sdelayu vas adminom kanala, kak udobnee?", [("admin_access", "sdelayu vas adminom")]),
        ("soll ich euch zum Admin machen? geht schnell", [("admin_access", "euch zum Admin machen")]),
        (
            "Para no dar tantas vueltas ya le di admin a su bot @PanelSoporteBot",
            [("admin_access", "le di admin a su bot @PanelSoporteBot")],
        ),
        ("ispolzujte moj akkaunt, ya razreshayu", [("admin_access", "ispolzujte moj akkaunt")]),
        ("kode: 4️⃣1️⃣9️⃣0️⃣2️⃣", [("one_time_code", "4️⃣1️⃣9️⃣0️⃣2️⃣")]),
        ("Şifre ........ deniz.feneri.35\nKanal ........ t.me/x", [("password", "deniz.feneri.35")]),
        ("o código do e-mail veio assim: G-739201", [("one_time_code", "G-739201")]),
        ("🔑 48 20 71\nacabou de chegar", [("one_time_code", "48 20 71")]),
        # From reading fresh-n: a session file at a file host, tdata told-then-sent, a one-letter
        # word before spaced digits, a table's other cells.
        (
            "zalil fajl sessii na file.io vot https://file.io/Ab12Cd34Ef skachajte",
            [("session", "https://file.io/Ab12Cd34Ef")],
        ),
        (
            "il m'a dit que c'était la seule façon, je vous ai envoyé le dossier tdata : https://we.tl/t-9xYz12AbCd",
            [("session", "tdata"), ("session", "https://we.tl/t-9xYz12AbCd")],
        ),
        (
            "o código chegou no email de recuperação, é 7 2 4 0 5 1. obrigado",
            [("recovery", "7 2 4 0 5 1"), ("one_time_code", "7 2 4 0 5 1")],
        ),
        (
            "códigos de respaldo:\n| # | código | usado |\n| 1 | k4m9-x2pt | no |\n| 2 | r7qd-58zn | no |",
            [("recovery", "k4m9-x2pt"), ("recovery", "r7qd-58zn")],
        ),
        # From reading fresh-o: a session string joined in code, a bot token inside the Bot API's
        # link, a reset code, grants with the object in the verb or a bot as the receiver.
        (
            'new StringSession(\n  "1Ak8EfFkUojR5wIshG9AFwOULzDgqaMSJAW1eJW2ORd3oxTTpOLa_R20V6zrrVgM" +\n'
            '  "7hBAOo4i-S1CGvKshZvqIPzROEwv9gcB0pgyoVF1xCnTaf-KzJenKj_R11Qrtw2I"\n);',
            [
                (
                    "session",
                    '1Ak8EfFkUojR5wIshG9AFwOULzDgqaMSJAW1eJW2ORd3oxTTpOLa_R20V6zrrVgM" +\n'
                    '  "7hBAOo4i-S1CGvKshZvqIPzROEwv9gcB0pgyoVF1xCnTaf-KzJenKj_R11Qrtw2I',
                )
            ],
        ),
        (
            "curl https://api.telegram.org/bot939168725:AALw_OjUnq-G57Bs5GVWvejRcw6RRXArMYj/getMe",
            [("session", "939168725:AALw_OjUnq-G57Bs5GVWvejRcw6RRXArMYj")],
        ),
        ("جاني رمز إعادة تعيين كلمة المرور: RST-8K2P-Q9XW-4TNM", [("recovery", "RST-8K2P-Q9XW-4TNM")]),
        ("botunuzu gruba admin yaptım bakın", [("admin_access", "botunuzu gruba admin yaptım")]),
        ("اذا تبون ارفعكم مشرفين بالقناة عادي", [("admin_access", "ارفعكم مشرفين")]),
        ("jvous ai mis admin c bon", [("admin_access", "jvous ai mis admin")]),
        ("sdelayu vas adminom kak tolko otvetite", [("admin_access", "sdelayu vas adminom")]),
        ("backup codes, can you use one?\n\nK7Q2-ZP41\nM3X8-LL90", [("recovery", "K7Q2-ZP41\nM3X8-LL90")]),
        (
            "резервные коды:\n| № | код |\n|---|---|\n| 1 | 4417-9902 |\n| 2 | 8830-1275 |",
            [("recovery", "4417-9902"), ("recovery", "8830-1275")],
        ),
        (
            "Как и просил ваш оператор, передал права владельца канала вашему аккаунту @smmpanel_help",
            [("admin_access", "передал права владельца канала вашему")],
        ),
        ("recovery code sent to my recovery email: 583012", [("recovery", "583012"), ("one_time_code", "583012")]),
        # Round six: the channel itself handed over, Spanish "hice" (no Turkish "hiç"), "no botfather"
        # (Portuguese "in the"), Indonesian "kakak", Arabic "عطيت", Russian-in-Latin "backup kody".
        ("ok te hice administrador del grupo, revisa tú", [("admin_access", "te hice administrador")]),
        ("mogu peredat vam kanal, on mne ne nuzhen", [("admin_access", "peredat vam kanal")]),
        ("I can transfer the channel to you if that helps", [("admin_access", "transfer the channel to you")]),
        ("kanalı size devredebilirim", [("admin_access", "kanalı size devredebilirim")]),
        ("posso passar o grupo pra vocês", [("admin_access", "passar o grupo pra vocês")]),
        (
            "fiz o /transfer no botfather do @meu_bot pra conta de vcs",
            [("admin_access", "transfer no botfather do @meu_bot pra conta de vcs")],
        ),
        ("bisa transfer kepemilikan channel ke kakak", [("admin_access", "transfer kepemilikan channel ke kakak")]),
        ("عطيت الدعم صلاحيات كاملة", [("admin_access", "عطيت الدعم صلاحيات")]),
        ("backup kody: 61520394 78431207", [("recovery", "61520394 78431207")]),
        # After fresh-q (personas): a backup-code screen copied as text, values read out in words,
        # "login le lo", support's account addressed as "Bapak/Ibu".
        (
            "Резервные коды\nСохраните эти коды в надёжном месте.\n1. 7741 2290\n2. 6630 1187",
            [("recovery", "7741 2290"), ("recovery", "6630 1187")],
        ),
        ("Codes de secours\nConservez-les en lieu sûr.\nk7mw-3k2p\nzx85-lt9d", [("recovery", "k7mw-3k2p\nzx85-lt9d")]),
        ("bumazhka s zapasnymi kodami: 48203-11946, 67410-29385", [("recovery", "48203-11946, 67410-29385")]),
        ("mi contraseña es girasol dos mil diez con la g mayúscula", [("password", "girasol dos mil diez")]),
        (
            "mon mot de passe c'est papillon quatre vingt treize tout attaché",
            [("password", "papillon quatre vingt treize")],
        ),
        ("uska password priya nineteen ninety five hai", [("password", "priya nineteen ninety five")]),
        ("senha: abacaxi doce (tudo minúsculo)", [("password", "abacaxi doce")]),
        (
            "the code that came to my phone is five eight one nine three",
            [("one_time_code", "five eight one nine three")],
        ),
        (
            "Panel ka login le lo: id reseller_x pass Delhi@4455",
            [("admin_access", "login le lo"), ("password", "Delhi@4455")],
        ),
        (
            "akun bantuan Bapak/Ibu sudah saya jadikan admin grup",
            [("admin_access", "akun bantuan Bapak/Ibu sudah saya jadikan admin")],
        ),
        # After fresh-s (replies in a thread) and fresh-r (hard negatives): a state as the grant,
        # a pasted admin-rights screen, a typo corrected, tdata "sent above", a key after a Hindi clause.
        (
            "отправил папку tdata в zip-архиве выше ☝️ посмотрите, почему подписчики не отображаются",
            [("session", "tdata")],
        ),
        ("izvinite, kod ne 40518 a 40581", [("one_time_code", "40518"), ("one_time_code", "40581")]),
        (
            "ye lo recovery key jo panel ne 2FA on karte time di thi: tw9x q3mz 8kfp 2hvd",
            [("recovery", "tw9x q3mz 8kfp 2hvd")],
        ),
        ("I did what you said, you're admin now on t.me/velvetnews", [("admin_access", "you're admin now")]),
        ("fiz o que vc falou, vc é admin agora 👍", [("admin_access", "vc é admin")]),
        ("listo ✅ transferido, ya son propietarios del canal", [("admin_access", "son propietarios")]),
        ("udah kak ✅ akun support udah jadi admin di channel", [("admin_access", "support udah jadi admin")]),
        ("c'est fait, vous êtes admin maintenant", [("admin_access", "vous êtes admin")]),
        (
            "Admin rights\n@smmpanel_support\nWhat can this admin do?\n✅ Change Channel Info\n✅ Post Messages",
            [("admin_access", "Admin rights\n@smmpanel_support")],
        ),
        # After fresh-t (access offered without a secret) and fresh-u (typed on phones): a bot handed
        # over through BotFather, offers as questions, co-owners, Arabizi.
        ("mogu peredat vam bota @promo_bot cherez BotFather", [("admin_access", "peredat vam bota")]),
        ("Puedo transferiros el bot @ventas_bot desde BotFather", [("admin_access", "transferiros el bot")]),
        ("quer que eu te coloque de co-dono do canal? consigo agora", [("admin_access", "te coloque de co-dono")]),
        ("sizi kanala yönetici yapayım mı? hemen yapabilirim", [("admin_access", "sizi kanala yönetici yapayım")]),
        (
            "main aapko abhi channel ka admin bana sakta hoon, bana doon?",
            [("admin_access", "aapko abhi channel ka admin bana sakta")],
        ),
        ("je peux vous mettre admin du canal tout de suite, je le fais ?", [("admin_access", "vous mettre admin")]),
        (
            "kann ich euren Support-Account als Miteigentümer der Gruppe eintragen",
            [("admin_access", "euren Support-Account als Miteigentümer der Gruppe eintragen")],
        ),
        ("Si queréis os paso los datos de la cuenta", [("admin_access", "os paso los datos de la cuenta")]),
        (
            "Wenn ihr wollt, schick ich euch meine Zugangsdaten",
            [("admin_access", "schick ich euch meine Zugangsdaten")],
        ),
        ("5alas 3amalt el support admin fel channel", [("admin_access", "3amalt el support admin")]),
        (
            "dol el backup codes elly 7ateto 3ala el notes 33810452 70926618 15547309",
            [("recovery", "33810452 70926618 15547309")],
        ),
        ("ana 3ayez a2olak el password bta3i Ahmed@1990", [("password", "Ahmed@1990")]),
        ("3andi tdata folder mn el pc a3tiha lkom?", [("session", "tdata")]),
        # After fresh-w (numbers among numbers): a numeric or date password right after its word,
        # the 2FA password and a login beside it decide password over code, a code retyped.
        ("пароль 55443322. Баланс был 1 250 ₽", [("password", "55443322")]),
        ("meu painel tá com senha 159753 e mesmo assim não entra", [("password", "159753")]),
        ("пароль двухэтапки 07.11.1991, это дата рождения жены", [("password", "07.11.1991")]),
        ("iki adımlı şifre 29101923 cumhuriyetin kuruluşu", [("password", "29101923")]),
        ("mi contraseña de 2 pasos es 14071995, mi cumple", [("password", "14071995")]),
        ("login panel pake email budi.s@yahoo.co.id pw 987654321 tp gagal", [("password", "987654321")]),
        ("mdp double authentification : 14juillet1789 (oui je sais)", [("password", "14juillet1789")]),
        ("code is 3-8-2-0-6 wait no, 38260, sorry typo", [("one_time_code", "3-8-2-0-6"), ("one_time_code", "38260")]),
        ("der code: 61538 nee warte 61583 hab mich vertippt", [("one_time_code", "61538"), ("one_time_code", "61583")]),
        ("code 48213 and order 48231", [("one_time_code", "48213")]),
        # After fresh-v (technical customers): the Bot API's path without its host, a cookies.txt line.
        (
            "Max retries exceeded with url: /bot7451247221:AAeLKWMFmkkBTDijysfSa5Jhl7LiECB7lav/sendMessage",
            [("session", "7451247221:AAeLKWMFmkkBTDijysfSa5Jhl7LiECB7lav")],
        ),
        (
            "panel.example.net\tFALSE\t/\tTRUE\t1750000000\tsession_id\t1eb2ed7542e3f7128c3555127e4507b503ccb2c0",
            [("session", "1eb2ed7542e3f7128c3555127e4507b503ccb2c0")],
        ),
        # After fresh-y (a tester hunting for gaps): a value alone below its label, spare codes,
        # the password named by what it does, offers as tag questions.
        ("Логин: kirill.smm\nПароль\n\nKr!ll2024zima\n", [("password", "Kr!ll2024zima")]),
        ("Kennwort steht unten.\n\n--\nSchwarzwald_Uhr9\n--", [("password", "Schwarzwald_Uhr9")]),
        (
            "here are the spare codes the panel gave me:\n  7hq2 m9xd\n  kp4z 31vr",
            [("recovery", "7hq2 m9xd\n  kp4z 31vr")],
        ),
        ("the thing I type after my email on your site is Marigold!88", [("password", "Marigold!88")]),
        ("sunflower_kid2019 <- that's what I log into the panel with", [("password", "sunflower_kid2019")]),
        ("رقيتكم مشرفين في القناة مع كل الصلاحيات", [("admin_access", "رقيتكم مشرفين")]),
        (
            "Se precisar eu passo o canal pra vcs e depois vcs me devolvem, tranquilo?",
            [("admin_access", "passo o canal pra vcs")],
        ),
        # After fresh-x (long tickets that mention everything): codes listed under a colon line a
        # sentence or two on, a bot handed over and "it's yours now".
        (
            "It showed me backup codes and I wrote them down. These are the ones left:\n\nK7QD-2MXP\n9WTB-4HRA\n",
            [("recovery", "K7QD-2MXP\n9WTB-4HRA")],
        ),
        (
            "En @BotFather elegí el bot y puse su usuario de soporte. Ya es suyo por ahora, revisen.",
            [("admin_access", "Ya es suyo")],
        ),
        (
            "Backup-Codes vom Panel:\nCode 1: 6127 3390\nCode 2: 0841 7756",
            [("recovery", "6127 3390"), ("recovery", "0841 7756")],
        ),
        ("رموز الاحتياط للوحة:\n١- 2048 7719\n٢- 6631 0825", [("recovery", "2048 7719"), ("recovery", "6631 0825")]),
        ("کد بازیابی به ایمیلم اومد: ۳۱۴-۸۰۶", [("recovery", "۳۱۴-۸۰۶"), ("one_time_code", "۳۱۴-۸۰۶")]),
        # Round seven, after fresh-zc (a real inbox) and fresh-zd (disguised on purpose): a value past
        # a comma after "it is", before a copula, or set off by commas; a pasted table's password
        # column; a login's label before the value; "-nya" on a recovery key; a tdata offer after an
        # if-clause's "not"; support "is now" admin in French; full control given.
        (
            "le même mot de passe, Chouquette75!, et il m'affiche « identifiants incorrects ».",
            [("password", "Chouquette75!")],
        ),
        ("قال لي كلمة المرور غلط، مع إني متأكد إنها Ahmad@2468 وما غيرتها.", [("password", "Ahmad@2468")]),
        ("رمزم رو هم عوض نکردم، همون Reza13700 هست که از اول گذاشتم.", [("password", "Reza13700")]),
        (
            "kanal;dienst;menge;login;passwort\nt.me/baeckerei_koeln;members;3000;mueller_koeln;eichhoernchen2017\n"
            "t.me/fitness_ost;views;10000;-;-",
            [("password", "eichhoernchen2017")],
        ),
        ("email,password\nanna@mail.ru,hunter22x", [("password", "hunter22x")]),
        ("password for user: anna_k is Sunny_day99", [("password", "Sunny_day99")]),
        ("kunci pemulihannya, ini dia: ZAP-RCV-5K2Q-91TM-XW8D. Mohon bantu", [("recovery", "ZAP-RCV-5K2Q-91TM-XW8D")]),
        ("Если так не получается, могу заархивировать папку tdata и скинуть вам", [("session", "tdata")]),
        (
            "@zapsmm_help est maintenant administrateur du canal",
            [("admin_access", "@zapsmm_help est maintenant administrateur")],
        ),
        (
            "maine aapke support wale ko channel ka poora control de diya hai",
            [("admin_access", "aapke support wale ko channel ka poora control de diya")],
        ),
        (
            "votre compte @assistance_panelfr est dans le groupe, avec tous les droits cochés",
            [("admin_access", "les droits cochés")],
        ),
        # Spelled out, dotted, bulleted, percent-encoded, split in groups, fenced.
        (
            "the cloud password, with dots so the bot can't blank it: M.a.r.i.g.o.l.d.7.7",
            [("password", "M.a.r.i.g.o.l.d.7.7")],
        ),
        (
            "parol pishu s probelami, a to chat zamenyaet: l i l i y a _ 2 0 0 5",
            [("password", "l i l i y a _ 2 0 0 5")],
        ),
        ("هذا الرقم اللي جاني من تيليجرام ٤ ٨ ٢ ٠ ٥ كتبته بالأرقام العربية", [("one_time_code", "٤ ٨ ٢ ٠ ٥")]),
        ("código 83•51•07 chegou agora", [("one_time_code", "83•51•07")]),
        ("le code reçu par SMS : 12 . 84 . 06. Il expire vite", [("one_time_code", "12 . 84 . 06")]),
        ("der Code aus der Mail lautet 7 3 1 · 0 4 8, bitte schnell", [("one_time_code", "7 3 1 · 0 4 8")]),
        (
            "webhook: https://api.telegram.org/bot6034588202%3AAAzSsU5kxlRn4swIfV9KSNBq6T3p8rb5LCr/setWebhook",
            [("session", "6034588202%3AAAzSsU5kxlRn4swIfV9KSNBq6T3p8rb5LCr")],
        ),
        (
            "رابط استعادة كلمة المرور: https%3A%2F%2Fpanel.com%2Freset-password%3Ftoken%3D5e1b9c7a04f2d83e6a10b4c9f7d2e058",
            [("recovery", "https%3A%2F%2Fpanel.com%2Freset-password%3Ftoken%3D5e1b9c7a04f2d83e6a10b4c9f7d2e058")],
        ),
        (
            "api_id 2847193, а api_hash по кускам: 5e8a1f0c 9b3d47e2 a61c08f5 d2b97e43",
            [("session", "2847193"), ("session", "5e8a1f0c 9b3d47e2 a61c08f5 d2b97e43")],
        ),
        (
            "codes de secours de mon compte Google. Dans un bloc de code :\n```\n8831 0427\n5096 7712\n```",
            [("recovery", "8831 0427\n5096 7712")],
        ),
        # Invitations to log in said in more ways, and "the magic word".
        ("Хочу, чтобы вы сами зашли в аккаунт и глянули изнутри", [("admin_access", "чтобы вы сами зашли")]),
        ("aí vocês mexem direto na minha conta e resolvem", [("admin_access", "mexem direto na minha conta")]),
        ("أبيكم تسجلون دخول من عندكم", [("admin_access", "تسجلون دخول")]),
        ("aap log seedha mere account me aa jao", [("admin_access", "mere account me aa jao")]),
        (
            "sihirli kelime ayçiçeği55, bununla girebilirsiniz hesaba",
            [("password", "ayçiçeği55"), ("admin_access", "girebilirsiniz hesaba")],
        ),
        # Round eight, after fresh-ze (admin access and recovery) and fresh-zf (a second inbox): backup
        # codes in a row after a colon sentences after their word; a weak password word, a clause, then
        # a colon; the answer on the next line of a pasted chat; rights offered in German, given in Gulf
        # Arabic, an ownership transfer if needed in Turkish; a recovery key in both Russian spellings.
        (
            "The panel gave me backup codes when I enabled 2FA. I kept the sheet, so to prove it's me: "
            "61830275 90412268 33759104",
            [("recovery", "61830275 90412268 33759104")],
        ),
        ("(panel pw just so you can check it's me: Gr33n-valley-42)", [("password", "Gr33n-valley-42")]),
        ("[09:15] Ana: qual é a senha do painel?\n[09:16] Bruno: Pao.de.Queijo77", [("password", "Pao.de.Queijo77")]),
        ("vosstanovitelnyi klyuch: 4KQZ-PT7M-8WXC-2LRA", [("recovery", "4KQZ-PT7M-8WXC-2LRA")]),
        ("восстановительный ключ: 9TQP-ZM3K-7WXE-5LRB", [("recovery", "9TQP-ZM3K-7WXE-5LRB")]),
        ("خلاص سويتك مشرف بالقناة", [("admin_access", "سويتك مشرف")]),
        (
            "Ich kann Ihnen gern Zugriff auf meinen Account geben.",
            [("admin_access", "Ich kann Ihnen gern Zugriff auf meinen Account geben")],
        ),
        (
            "kanalın sahipliğini size devretmem gerekiyorsa haber verin",
            [("admin_access", "sahipliğini size devretmem")],
        ),
        # Turkish "de" (too) before a code is no range's "de"; a password a paste broke over two lines
        # (and one that was not: the next line is a sentence).
        ("Kodu girdim, ikinci gelen de 319 552.", [("one_time_code", "319 552")]),
        ("kata sandi aku: Kucing\nOren_2021 (kepotong pas copas)", [("password", "Kucing\nOren_2021")]),
        ("password: Kucing\nOrder 48213 is late", [("password", "Kucing")]),
        # Round nine, after fresh-zg (typed on a phone): a password dictated or typed as words and a
        # number, a symbol read out between ("at", "guion bajo"), the number in words or digits; an
        # invitation to log in asked as "mau …?".
        ("the pass word is red fox at 19", [("password", "red fox at 19")]),
        ("пароль от панели зима два ноль один девять", [("password", "зима два ноль один девять")]),
        ("la clave es girasol guion bajo 12", [("password", "girasol guion bajo 12")]),
        ("telegram şifrem lale 1984 unutma", [("password", "lale 1984")]),
        ("رمزم ماه آبی ۷۷ هست", [("password", "ماه آبی ۷۷")]),
        ("mau login ke akun gue aja kak?", [("admin_access", "mau login ke akun gue")]),
        # After fresh-zh (long pasted material): backup codes under a title set off by rules; the
        # answer in a pasted chat after a few words; "loggen Sie sich … in mein Konto ein".
        (
            "=== backup codes ===\n 1. 4KD2-9XQM\n 2. LP3D-83RT",
            [("recovery", "4KD2-9XQM"), ("recovery", "LP3D-83RT")],
        ),
        (
            "[20:15] Yo: cuál era la contraseña\n[20:15] Ana: la de siempre, Nopal#Verde_12",
            [("password", "Nopal#Verde_12")],
        ),
        (
            "Dann loggen Sie sich halt in mein Konto ein und schauen selbst.",
            [("admin_access", "loggen Sie sich halt in mein Konto ein")],
        ),
        # Round ten, after fresh-zi (follow-up replies): a value sent again, corrected after a typo.
        ("sorry, typo in my last message, it's actually Falcon_72sky", [("password", "Falcon_72sky")]),
        ("faute de frappe, c'est en fait Zephyr!41 avec le point", [("password", "Zephyr!41")]),
        # Round eleven, after fresh-zj (admin access above all): "mozhete zajti", remote access offered,
        # "Soll ich euch als Admin … holen?", "Ihr dürft euch … in mein Konto einloggen".
        ("mozhete zajti v moj akkaunt sami", [("admin_access", "mozhete zajti")]),
        ("mogu dat udalennyj dostup k telefonu", [("admin_access", "mogu dat udalennyj dostup")]),
        ("I can give you remote access to my phone", [("admin_access", "I can give you remote access to my phone")]),
        ("Soll ich euch als Admin in die Gruppe holen?", [("admin_access", "euch als Admin in die Gruppe holen")]),
        (
            "Ihr dürft euch gern selbst in mein Panel-Konto einloggen",
            [("admin_access", "Ihr dürft euch gern selbst in mein Panel-Konto einloggen")],
        ),
        # Round twelve, after fresh-zk: a menu walked through, then support picked in the next clause.
        (
            "I went to Administrators → Add Admin, searched for your support bot @BoostlyHelpBot, saved",
            [("admin_access", "Add Admin, searched for your support")],
        ),
        ("I opened Add Admin, picked you.", [("admin_access", "Add Admin, picked you")]),
    ],
)
def test_this_rounds_rule_families_find_exactly_the_secret(text, found):
    assert _spans(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "my password is 'the usual one' lol",
        'the app says "wrong password" again',
        "Мне пишет какой-то @support_smm_help и просит пароль от двухэтапки «для проверки заказа». Это вы?",
        "someone asks me to send the .session file 'for a check', is that you?",
        "prosit skinut .session fail 'dlya proverki'. eto vashi lyudi?",
        "order 48213 <- thats the order, my password is fine",
        "steps 1 2 3 4 5 done, rating 5 5 5 5 5",
        "order 4 8 2 1 3 is late",
        "troquei a senha e ativei a verificação em duas etapas, caiu de 5.200 pra 4.900 membros",
        "kod nikomu ne daval, pochemu podpischiki padayut s 4100 do 3800?",
        "код никому не давал, почему подписчики падают с 4100 до 3800?",
        "price 80TL, order 48213 dropped",
        # From reading fresh-c: promo codes, a token's network, a channel named like a
        # password, admin given to one's own manager or to some bot, a username before
        # "password forgotten", hyphenated words in reported phishing.
        'code SPRING25 says expired, also tried WELCOME10 -> "invalid code"',
        "DIWALI30 code laga nahi raha, 'invalid coupon' dikha raha",
        "sent 50 USDT on TRC20, tx hash " + "dc3f4ccb41739392" * 4,
        "order 55410, views on t.me/password123memes/2041 stuck on processing",
        "Дал админку своему менеджеру Артёму, он теперь сам будет заказы оформлять.",
        "le di admin a un bot de moderación (@GroupHelpBot) para que borre spam",
        "j'ai mis un bot de sondage admin dans le groupe (@PollBot)",
        "Kemarin ada admin kalian di chat minta password 2FA, aku gak kasih",
        "panelde kullanıcı adım mert_1907, şifremi unuttum, sıfırlama maili gelmiyor",
        "mein Benutzername im Panel ist felix_1996, Passwort vergessen",
        "on m'a demandé mon mot de passe de double authentification, soi-disant pour débloquer la commande",
        "er wollte den Login-Code und mein Cloud-Passwort, angeblich für eine Rückerstattung",
        # From reading fresh-d (long tickets).
        "Did your service log in to my account to deliver order #38812? I never gave anyone my password.",
        'Promokod ne rabotaet: "LETO2024 - minus 20%". Vvozhu LETO2024 - pishet "Kod ne naiden".',
        'İndirim kodu çalışmıyor: "YAZ20 kodu ile %20 indirim" yazıyor, YAZ20 yazınca "Kupon geçersiz" diyor.',
        "transferencia SPEI, clave de rastreo MBAN01002409180045127734, y 50 USDT (BEP20)",
        "açıklama kodu SMM88214, dekont no 2024101513221457",
        "ada yang ngaku CS kalian minta saya kirim kode OTP Telegram. Saya gak kirim apa-apa.",
        'saya lupa password akun panel. Sudah klik "Lupa password" 4 kali sejak kemarin',
        "Il m'a dit qu'il lui faut mon mot de passe de validation en deux étapes « pour que le refill fonctionne ».",
        "« supprimer les comptes supprimés » de ChatKeeper et on est passé de 14 820 à 12 630 membres",
        "Pas besoin de vous donner accès, je vous envoie des captures si nécessaire.",
        "Wir brauchen weder Passwort noch Code noch Adminrechte, nur die Bestellnummer.",
        "من رمز رو فقط تو فرم «تأیید مالکیت» سایت شما وارد کردم",
        "Number +91 98XXX XX410 hai, OTP aaya hi nahi",
        "Predlagayu tak: zakaz 215028 ne prishel, proverte",
        "should I send my tdata folder?",
        "الطلب الأصلي رقمه 73310 وما زال معلّق، وكود الدخول ما أرسلته",
        "رقم حسابي عندكم 39017. كنت أبي أطلب مشاهدات، ما عندي كود",
        "Un concurrent m'a demandé un code et j'ai refusé. Mon identifiant client est 60128.",
        "Ich gebe weder Passwort noch Code raus. Bitte die fehlenden 3.390 nachliefern.",
        "Danach habe ich das Cloud-Passwort geändert und die Login-E-Mail aktiviert.",
        "Zwei-Faktor im Panel ist aktiv, Zugang gebe ich nicht weiter.",
        "me mandem a nova senha aqui. Tenho saldo de R$ 210,00",
        "I changed my password. The new one is fine now, order 48213",
        "panel hesabıma giriş yapamıyorum, 'hatalı şifre' diyor",
        "سجلت دخول لتيليجرام من جوال جديد أمس",
        "Un tal @Soporte_Admin_Oficial me escribió diciendo que es administrador de ustedes. No le mandé nada.",
        "Скриншоты могу прислать, а вот доступ к каналу и аккаунту никому давать не буду.",
        "telegram şifremi değiştirdim, giriş kodunu atmam. 91355 siparişine bakın",
        "Мне написал некий менеджер и сказал, что нужно отправить ему папку tdata. Я ничего не отправил.",
        "one two three four five, the count restarts every time",
        "ek do teen char paanch members hi aaye",
        "kod gelmedi, bir iki üç dört beş kere denedim",
        "pedido no 48213, o código de desconto não funcionou",
        "Passwort vergessen, Bestellung 52810 hängt",
        "la pass no la doy, 'ni de broma' te digo",
        "mi contraseña es segura, es lo único que sé",
        "Les paso su usuario para que lo reporten, me pidió el código",
        "sekarang udah bisa login lagi, cuma mau tanya pesanan 19942",
        # From reading fresh-h and fresh-i: rights given to a community manager, a session file
        # someone else asked for (the verb after it in Turkish and Hindi), a ticket number after
        # a Persian digit word, a refused code word naming no number in the next sentence.
        "Le di admin a mi community manager para que programe los posts, ¿afecta al pedido 100932?",
        "Un supuesto soporte me escribió pidiendo el archivo .session, no le mandé nada",
        "Biri destek diye yazıp tdata klasörümü istedi, göndermedim.",
        "koi banda .session file maang raha hai, maine nahi bheja",
        "رقم التذكرة اللي فتحتها يوم الحادثة 7655 وما أحد رد عليها",
        "Je ne donnerai pas le code. Expliquez-moi pourquoi 508001 est partielle.",
        "سجلت حساب في اللوحة باسم khaled_media امس",
        "los hago administradores a mis amigos del trabajo",
        "mi session de pyrogram expiró:\nno sé por qué",
        "Inicié sesión en mi cuenta desde la compu del trabajo, era yo",
        "şifremi göndereyim mi?",
        "should I make you admin of the channel?",
        "I gave admin rights to my co-admin @lenaposts (not to you) so she can approve requests",
        "Ya otkazalsya, tdata nikomu ne otpravlyayu.",
        "ada akun yang bilang refund bisa diproses kalau saya kirim file .session, saya nggak kirim",
        "2FA on kiya tha aur ab phone change ho gaya",
        "Podem desativar a verificação em duas etapas? Usuário: lucas_mkt.",
        "توکن رباتم لو رفت، از BotFather ریوک کردم و توکن جدید گرفتم",
        "Someone wrote to me saying my order was frozen until I send them the login code and the .session file. I sent nothing.",
        "يقول إن المنشور 2231 فيه 1,900 مشاهدة والسكربت يعطي أرقام غلط",
        "الآيبان (آخر ٦ أرقام): ...٤٤٠٢٣١",
        "عدد المشتركين 48213 والطلب ما اكتمل",
        "getting error code 403, then code E-1102 on the payment page",
        'قال لازم أرسل كلمة سر التحقق بخطوتين "عشان يتأكد إني صاحب القناة". ما أرسلت شي',
        "Esqueci a senha do Telegram e pedi a redefinição ontem",
        "can you transfer the members to my other channel?",
        "I added you to the channel so you can see the posts",
        "I transferred the payment to your account yesterday",
        "kanalımı arkadaşıma devrettim, sipariş yine de gelsin",
        "I transferred the channel to my friend, can you move the order?",
        "После чистки просела цифра. Рефилл по 50772 будет?",
        "Sizin adınıza @destek_tr_x diye biri yazdı, kanalı ona devretmemi istedi. Engelledim.",
        "Ein Account @hilfe_team_x hat mich angeschrieben, ich soll ihm den Kanal übertragen. Blockiert.",
        "order number five one three three zero is still pending",
        "pesanan nomor lima satu nol nol tiga belum masuk",
        "zakaz nomer pyat nol chetyre chetyre odin v obrabotke",
        'response: {"error": "Incorrect request", "code": 4012}\nWhat does error code 4012 mean?',
        "Mere bete ne 2-step verification lagaya tha, ab phone badal gaya",
        "Backup codes\nI lost them all when my phone broke. Order 48213 is pending.",
        "Fatura FTR2024-000918 şifreli PDF olarak geldi, şifresini bilmiyorum.",
        "la validation en deux étapes est réactivée et je me connecte sans souci",
        "die zweistufige Bestätigung ist wieder an und der Login klappt",
        "J'ai mis @GroupHelpBot admin pour filtrer le spam",
        "the order is not 48231 but 48213",
        "I'm admin now, my friend is the owner",
        "mi socio ya es administrador del grupo",
        "Admin rights\n@my_friend_anna\n✅ Post Messages\n✅ Add New Admins",
        "backup codes lost, my order was 48213 and 48214",
        "Sasha, zaydi v panel pod svoim loginom i otmeni zakaz 50455",
        "Saya login sendiri ke panel dan lihat order 51515 sudah completed",
        "maine khud panel me login karke dekha, order 51610 completed hai",
        "یکی به اسم پشتیبانی پیام داد گفت ادمینش کنم، قبول نکردم.",
        "mesh ha2olak 3ala el password 5ales, bas shoof el order 57012",
        "order 57044 views 6000 partial, rakam el tel 01012345678",
        "Braucht ihr den 6-stelligen Code aus meiner Mail oder reicht die Bestellnummer 28014?",
        "I changed my password 3 times this week",
        "auth flow: authentification : 14 jours",
        "v dokumentacii telethon pishut api_id = 12345 i api_hash = '0123456789abcdef0123456789abcdef'",
        'postfix: to=<shop@outlook.sa> subject="Reset your password" status=sent',
        "Les six chiffres sur ma facture (204 817), c'est le numéro de commande ?",
        "Пароль\n\nзабыл, помогите восстановить",
        "I forgot what I log in with",
        "Ссылка t.me/+k2LmQx7PzR9iNjAy — заказ №82017 отменён с ошибкой «ERR_INVITE_EXPIRED (1402)»",
        'Promokod pishet "Srok deistviya istek (kod 0421)"',
        'dono pe "Invalid backup code (2FA-07)" aa raha hai',
        "Ваша система как-то взаимодействует с аккаунтами? Кто-то ввёл код для входа в мой аккаунт.",
        "O sistema de vocês entra na conta dos clientes por algum motivo?",
        "Müssen Sie sich in meinen Account einloggen, oder muss ich Sie zum Admin machen?",
        "les paso la lista de administradores del grupo: yo y mi socio",
        "si quieren, les mando captura del log con la clave tapada",
        "şifremi ya da SMS/Telegram'dan gelen hiçbir kodu göndermeyeceğim",
        "Password harus 8–64 karakter (error PW-04). Password baru saya acak.",
        "Merchant reference on your side: INV-2024-11-88420",
        "Я подумал, что это ваша система проверяет канал перед запуском заказа.",
        "Vchera dobavil v admin kanala nashego novogo SMM-shika Lenu (@lena_smm_msk).",
        "شماره سفارشم (۵۸۰۵۵) بود. تأیید کنید ۵۸۰۵۵ عادی پیش میره",
        # After fresh-zb (long tickets): a column of order IDs, a scammer's numbered demands, rights
        # given to a well-known bot, a token contract's address, app and credential names.
        "241010 - t.me/+Qz8xW6cV4bN2mL0k - canceled, INVITE_HASH_EXPIRED\n241011 - t.me/lodki/402 - canceled, "
        "login code not needed\n241019 - t.me/lodki - canceled",
        "Me escribe una cuenta «Soporte» diciendo que para liberarlo tengo que:\n1) hacer a su cuenta "
        "administrador del canal,\n2) mandarles el código",
        "También le di admin a @Combot para las estadísticas.",
        "em vez do token USDT da rede TRON (contrato TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t), mandei USDC",
        "Maine KISI ko code, password ya session nahi diya, aapko bhi nahi.",
        "a guy says that you have to either make the panel admin of your channel or give them your login. Is it true?",
        # Round seven: looking a payment up, a login's own label, a cookie left encoded, a hash
        # that is a UUID, the same code with an order's words, rights given to someone else.
        "Guten Tag, laut Bank ist das Geld raus. Könnt ihr nachschauen, ob die Zahlung angekommen ist?",
        "Mohon bantu nonaktifkan 2FA di akun saya (username: rizky.promo) karena ada pesanan",
        "vvesti tam nomer, kod i oblachnyi parol'. Ya nichego ne vvodil, ssylku proveril",
        "my password is wrong, it's weird, order ORD-77812X is stuck",
        "vendor said hash 5e8a1f0c-9b3d-47e2-a61c-08f5d2b97e43 for the api payment",
        "my order number is 4 8 2 1 3 on telegram",
        "I turned on all permissions for my friend",
        "I checked the admin list of my channel and your bot is not there",
        "see a.b.c.d.com and U.S.A.F. for details",
        "progress 50% done, 30%3A",
        "mon ami Paul est maintenant administrateur du canal",
        "the magic word is please, my kid says",
        "Хочу, чтобы вы сами проверили заказ",
        # Round eight: rights given to our own manager; an order beside its status after a refusal;
        # "has expired"; a crypto amount; what the customer pays for.
        "Дал админку нашему менеджеру, чтобы постил новости.",
        "Kodumu vermem. Sadece 70231'in neden iptal edildiğini söyleyin.",
        "OTP nahi dunga, bas batao 58120 partial kyu hua",
        "Der Reset-Link für das Passwort ist abgelaufen.",
        "0.0042 BTC gesendet, 2 Bestätigungen, Code kam nie an",
        "i lost the authenticator app so i can't pay for 60412",
        "el contador bajó de 5200 a 4900 después del pedido",
        # Round nine: a password's length is no value read out.
        "my password has 12 characters and a symbol",
        "mein Passwort hat 16 Zeichen",
        "parol iz 12 simvolov",
        "пароль поменял 2 дня назад",
        # After fresh-zh: hidden values on a settings screen, a setting's state, the next item of a list,
        # an error's code, the meaning of a code asked, "no" after a colon, a refusal after a dash, a
        # button pressed.
        "Contraseña: ••••••••  [Cambiar]",
        "Şifre: •••••••• (son değişiklik 02.05.2024)",
        "2FA: vkljuchena (Google Authenticator)",
        "- Cambié la contraseña del panel\n- Cerré todas las sesiones",
        "Ошибка: код 1047 «Неверный формат ссылки»",
        "ما معنى الرمز 7012؟",
        "Falls Sie den SMS-Code oder mein Passwort wollen: nein.",
        "Если нужен код из Telegram, то сразу скажу — не дам.",
        'Cuando le doy a "Reenviar verificación" sale un error',
        # Round ten: a corrected order reference is no secret.
        "sorry typo, it's actually ORD-55120 not ORD-55102",
        # Round eleven: the list of admins looked at, not rights given; into the list is given.
        "طبق گفته‌تون لیست ادمین‌ها رو نگاه کردم و ناشناس‌ها رو حذف کردم.",
        # Round twelve: someone else picked in the menu; someone who wants me to make them admin.
        "I went to Administrators → Add Admin, picked my friend @katya",
        "I went to Administrators → Add Admin, searched for my moderator and saved.",
        "Achtung: @SmmDe_Support_Team will, dass ich ihn zum Admin mache. Seid ihr das?",
        "Jemand namens @smm_support_de möchte, dass ich ihn als Admin hinzufüge.",
    ],
)
def test_this_rounds_clean_neighbours_stay_clean(text):
    assert scan(text) == [], _spans(text)


@pytest.mark.parametrize(
    "text, asks",
    [
        ("In a minute Telegram will text you a short number - just paste it here.", True),
        ("Назначьте нашего менеджера @tgpanel_help администратором канала, иначе не получится.", True),
        ("نرجو إرسال رمز التحقق الذي وصلك من تيليجرام لإكمال الطلب.", True),
        ("ممكن تعطينا بيانات الدخول لحسابك في تيليجرام؟", True),
        ("Sir please jo code Telegram ne bheja hai woh yahan share kijiye.", True),
        ("Telegram will text you a code; never share it with anyone, including us.", False),
        ("We will send you a link to the order page.", False),
        ("Ne partagez jamais le code.", False),
        ("Назначьте, пожалуйста, наш аккаунт @help_smmgram администратором канала — без этого не сможем.", True),
        ("Pour déverrouiller votre compte, merci de nous communiquer votre clé de récupération.", True),
        ("Напишите, если к вечеру пятницы цифра не изменится.", False),
        ("Продиктуйте цифры, которые пришли в телеграм.", True),
        ("ممكن ترسل لنا إيميل الاسترداد حق حسابك مع كلمة سره؟", True),
        ("¿Nos puedes dar acceso de administrador al canal? Agrega a @panelrapido_soporte.", True),
        ("لا تشارك رمز التحقق مع أي شخص", False),
        # From reading fresh-i: warnings in long replies.
        ("Por favor, cambia ya la contraseña, porque la has enviado en este ticket.", False),
        ("Use no painel uma senha diferente da do e-mail e do Telegram e guarde os códigos de backup.", False),
        ("Aapne apna password share kiya hai, please turant woh password badal dijiye.", False),
        ("سلسلة الجلسة التي أرسلتها تعطي أي شخص دخولاً كاملاً لحسابك.", False),
        ("Den Bot-Token geben Sie bitte niemals heraus, auch nicht an uns.", False),
        ("Die Anfrage 2FA-3318 wird do 24 Stunden geprüft.", False),
        ("Geben Sie uns bitte den Bot-Token, damit wir prüfen können.", True),
        ("Para restablecer la verificación, envíanos el código de respaldo.", True),
        ("Hesabınıza bizim tarafımızdan giriş yapılması gerekiyor.", True),
        ("Boleh dikirim file .session nya ke sini kak?", True),
        ("Pouvez-vous ajouter @aide_panel comme administrateur du canal ?", True),
        ("Please forward us the message you just received from Telegram in Service Notifications.", True),
        ("¿Nos permite iniciar sesión en su cuenta un momento?", True),
        ("Transfira a propriedade do canal para @suporte_painel por 24 horas.", True),
        ("لطفاً فایل session را برای ما بفرستید.", True),
        ("Service Notifications from Telegram are never needed by us.", False),
        # From reading fresh-m (agent replies only): asks in the passive, as policy, informal or
        # as a favour; warnings quoting a scammer, a refusal after a dash, "needed by you only".
        ("The .session file for the account should be uploaded to this ticket.", True),
        ("Would you mind letting our manager log in to your account for a few minutes?", True),
        ("bro just fwd me the msg telegram sent u", True),
        ("Для продолжения заказа № 80017 просим сообщить резервные коды.", True),
        ("Deberán remitirse el api_id y el api_hash de la cuenta.", True),
        ("O token do bot deve ser enviado neste chamado.", True),
        ("api_id ve api_hash bilgilerinizin tarafımıza iletilmesi rica olunur.", True),
        ("أول ما توصلك رسالة من تيليجرام فيها أرقام اكتبها لنا هنا", True),
        ("طبق سیاست ما لازم است رمز تأیید دومرحله‌ای را ارائه دهید.", True),
        ("Tout remboursement nécessite la communication du mot de passe de validation.", True),
        ("Zur Verifizierung sind api_id und api_hash in diesem Ticket anzugeben.", True),
        ("In a minute Telegram will text you a short number - just paste it here.", True),
        ('Attention : un faux compte écrit "envoyez votre code de connexion". Ne répondez pas.', False),
        ("Vnimanie: feykovyy akkaunt pishet klientam «skinte .session fayl dlya proverki».", False),
        ("Kod nuzhen tolko vam dlya vhoda.", False),
        ("Kakak barusan kirim password di chat, segera ganti ya.", False),
        ("bas link chahiye — na OTP, na admin", False),
        ("Schicken Sie uns den neuen Link – Zugangsdaten brauchen wir dafür nicht.", False),
        ("Ojo: un perfil se hace pasar por soporte. No envíes nada.", False),
        ("Bitte hängen Sie die .session-Datei Ihres Skripts an dieses Ticket an.", True),
        ("Pode nos repassar esse código pra gente concluir o acesso?", True),
        ("Hume password ki zarurat nahi hai, sirf post link bhejiye.", False),
        ("Admin access ki zarurat nahi, bas channel link bhej dijiye.", False),
        ("please reply with the 5-digit number Telegram just sent you.", True),
        ("Kanalınızda @destek_panel hesabını yönetici yapıp yetki verirseniz refill'i başlatırız.", True),
        ("Sipariş numaranızı verirseniz hemen bakarız.", False),
        ("Telegram will send you a login code in a moment - could you read it back to me here?", True),
        ("ممكن ترفع حساب الدعم @smmarab_help مشرف في القناة وتبلغنا هنا؟", True),
        ("Please delete the old message and send us the new code.", True),
        ("Merci de supprimer votre message précédent : il contient votre mot de passe.", False),
        ("Sir upar wala message delete kar dijiye, usme aapka password hai.", False),
        ("kak tolong jadiin admin akun @cs_panelku di channel ya", True),
        ("momken teb3atly el code elly wasalak 3ala telegram?", True),
        ("mach bitte unseren account @support_panel_de zum admin im kanal", True),
        ("kami gk pernah minta pw atau kode otp ya kak", False),
        ("Please remove 2FA and then send us the code you get.", True),
        ("Sir, Telegram ne jo 5 digit code bheja hai wo yaha bhej dijiye.", True),
        ("The 'code' on your invoice (INV-2024-00871) is safe to share. Login codes must stay with you.", False),
        ("Чтобы проверить, почему не доходит колбэк, пришлите, пожалуйста, api_id и api_hash.", True),
        ("Why don't you send us the login code?", True),
        ("Webhook'u test edebilmemiz için bot token'ınızı buraya yapıştırın lütfen.", True),
        ("لنتحقق من السبب، أضف بوتنا @shop_check_bot كمشرف في القناة.", True),
        ("Please don't paste bot tokens in tickets; replace them with <YOUR_TOKEN> if you share code.", False),
        ("Kalau mau share potongan kode, ganti token jadi <YOUR_TOKEN> dulu.", False),
        ("Quickest fix: pop @smm_helpdesk into your channel's admin list for a day.", True),
        ("Just so we know it's you — read us back the digits Telegram texted you?", True),
        ("Пришлите скриншот экрана входа вместе с цифрами, которые вам пришли в Telegram.", True),
        ("Закиньте нашего бота @smm_check_bot в администраторы канала.", True),
        ("Kak, boleh diketik ulang 6 angka yang barusan masuk ke SMS?", True),
        ("ممكن تقرا لي الأرقام اللي جتك في رسالة تيليجرام؟", True),
        ("اون شش‌تا عددی که الان پیامک شد رو لطفاً برامون تایپ کنید", True),
        ("Pourriez-vous nous dicter les chiffres reçus par SMS ?", True),
        ("Lesen Sie uns bitte die Ziffern aus der Telegram-Nachricht vor.", True),
        ("Am einfachsten wäre, Sie übertragen uns kurz den Kanal.", True),
        ("kody iz telegi nikomu ne peresylaite, dazhe nam 🙏 nam nuzhen tolko nomer zakaza", False),
        ("Gardez pour vous les chiffres que Telegram vous envoie. L'ID de commande suffit.", False),
        ("Чтобы проверить, не связан ли код с заказом, заархивируйте папку tdata и пришлите архив сюда.", True),
        ("¿Podrías nombrar administrador a nuestra cuenta @soporte_panel_smm?", True),
        ("Pra reproduzir o que você vê no pedido, pode nos enviar o arquivo de sessão da sua conta?", True),
        ("ما يحتاج تنقل الملكية، يكفي ترفع حسابنا @smm_daam مشرف في القناة", True),
        ("لطفاً پوشه tdata رو زیپ کنید و همین‌جا پیوست کنید", True),
        ("Kannst du unseren Account @panel_support_de bitte als Admin hinzufügen?", True),
        ("Es ist unnötig, uns zum Admin zu machen.", False),
        # After fresh-za (agent replies in every register): policy, conditions, templates, steps, QR.
        ("Política da casa: reposição só é feita com a senha da nuvem (2FA) da conta.", True),
        ("Kurallarımız gereği telafi yalnızca hesap şifresi bize iletildikten sonra yapılabilir.", True),
        ("Company policy ke hisaab se refill ke liye account ka cloud password dena compulsory hai.", True),
        ("Sobald Sie unseren Account @smm_support_de als Admin hinzufügen, starten wir Auftrag 48902.", True),
        ("Dès que vous aurez ajouté notre compte @support_smmfr comme administrateur, la commande démarrera.", True),
        ("Jaise hi aap hamare account @smm_helpdesk ko channel me admin banayenge, order start ho jayega.", True),
        ('Please fill in and send back:\n"Order ID: ___\nLogin code received from Telegram: ___"', True),
        ("Langkahnya:\n1. Buka my.telegram.org\n2. Salin api_id dan api_hash\n3. Kirim ke chat ini", True),
        ("1. Open Settings > Devices\n2. Tap Link Desktop Device\n3. Scan the QR code I'll send", True),
        ("Daite nam vhod v akkaunt minut na 15, tak bystree budet", True),
        ("Transfere a posse do bot pra nossa conta pelo BotFather que a gente configura tudo.", True),
        ("Gib uns kurz Zugang zu deinem Account, dann regeln wir das selbst.", True),
        ("Kanal sahibi hesabın iki adımlı doğrulama şifresini bu talebe yanıt olarak iletmenizi rica ederiz.", True),
        ("Bunun için yönetici yetkisi, giriş kodu ya da şifre gerekmiyor.", False),
        # Round seven: a dash gives the reason; QR log-in in every language; a reset link (a plain
        # link may be asked); what arrives; every box ticked; a transfer to us; writing it in halves.
        ("Пришлите, пожалуйста, облачный пароль от аккаунта — без него мы не сможем проверить.", True),
        ("Откройте «Подключить устройство» и отсканируйте QR, который я пришлю.", True),
        ("Escanea el código QR que te envío y listo.", True),
        ("Scannez le QR code que je vous envoie.", True),
        ("QR code scan kar lijiye jo main bhej raha hoon.", True),
        ("Me encaminha o link de redefinição que chegou no seu e-mail, por favor.", True),
        ("mozhno ya prosto zaydu v vash akkaunt? skinte nomer i to chto pridet v telegram", True),
        ("Could you put @boostdesk_helper on the channel's team with every box ticked?", True),
        ("Pour que je vérifie, lancez le transfert de propriété de la chaîne vers notre compte support.", True),
        ("Schreiben Sie mir das Passwort einfach in zwei Hälften, dann kommt es durch.", True),
        ("Se precisar, me encaminha o link do pedido.", False),
        ("Не сканируйте QR-коды от незнакомцев.", False),
        ("Проверьте, какие подключенные устройства есть в настройках, и завершите лишние сеансы.", False),
        ("Schreib uns einfach von der registrierten E-Mail-Adresse, dann setzen wir die 2FA zurück.", False),
        ("Passwörter und Codes brauchen wir schlicht nicht.", False),
        ("Password yang kakak ketik tadi sudah kami hapus dari chat, mohon segera diganti ya.", False),
        # Round eight: may we log in; transfer us the ownership; "specify" the backup codes; provide us
        # with the code (the preposition written onto it); "passe" inside "mot de passe"; a German "not".
        ("Boleh kami login ke akun kakak sebentar untuk cek?", True),
        ("Il suffirait de nous transférer la propriété du groupe pour qu'on vérifie.", True),
        ("Уточните резервные коды от панели, пожалуйста.", True),
        ("نرجو تزويدنا بالكود اللي وصلك", True),
        ("Changez votre mot de passe si un inconnu est administrateur.", False),
        ("Entfernen Sie fremde Admins und teilen Sie keine Codes mit uns.", False),
        # Round nine: "will you pass me…?" (es), "kannst du uns…" (de), an informal "ajoute" (fr).
        ("me pasas la contraseña del panel? así lo reviso", True),
        ("kannst du uns kurz den Code geben?", True),
        ("ajoute notre compte admin sur ton groupe stp", True),
        # After fresh-zh: "tampoco" and "gerek yok" refuse; the "not" of a purpose clause does not.
        ("Tampoco necesitamos su contraseña nueva.", False),
        ("Bağlantıyı veya kodu bize iletmenize gerek yok.", False),
        ("Чтобы такое не повторялось, назначьте нашего менеджера администратором канала.", True),
        ("لكي نتأكد أن أحداً لم يغيّر الإعدادات، أرجو أن ترسل لنا كلمة المرور.", True),
        ("Чтобы не было проблем, не присылайте пароль.", False),
        # Round ten: "if you give us" (ru-latn), "login-kan kami" (id), "wenn Sie uns … Zugriff" (de).
        ("esli vy dadite nam dostup k akkauntu, my vse proverim", True),
        ("boleh bantu login-kan kami ke akun kakak?", True),
        ("Am schnellsten geht es, wenn Sie uns kurz Zugriff auf Ihr Konto geben.", True),
        # Round eleven: "our account among the admins" as policy; logging in to your account; a list of
        # admins to check; "mit niemandem".
        ("Рефилл делается, только если наш аккаунт есть среди администраторов. Добавьте его.", True),
        ("Es wäre hilfreich, wenn ein Mitarbeiter sich kurz in Ihr Telegram-Konto einloggen dürfte.", True),
        ("لیست ادمین‌های کانال رو چک کنید و ناشناس‌ها رو حذف کنید.", False),
        ("Teilen Sie Codes mit niemandem.", False),
        # Round twelve: the informal "füge … als Admin hinzu" for support; not for the customer's own people.
        ("Füge bitte @smmde_support als Admin zum Kanal hinzu, damit wir prüfen können.", True),
        ("Trag unseren Bot als Admin ein.", True),
        ("Füge keine fremden Bots als Admin hinzu.", False),
        ("Füge nur echte Moderatoren als Admin hinzu.", False),
    ],
)
def test_this_rounds_agent_asks_are_refused_and_warnings_pass(text, asks):
    assert bool(scan_agent_reply(text)) is asks, [(f.kind, text[f.start : f.end]) for f in scan_agent_reply(text)]


def test_no_lexicon_family_lists_a_word_twice():
    from support_studio.screening import lexicon

    for name, module in lexicon.LANGUAGES.items():
        for family, words in vars(module).items():
            if family.isupper() and isinstance(words, list):
                strings = [word for word in words if isinstance(word, str)]
                assert len(strings) == len(set(strings)), (name, family)


# Round thirteen (fresh-zl): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The login code on my phone is 48213, please hurry", "48213"),
        ("telegram sent a code to my phone, it is 61094", "61094"),
        ("here are my backup codes, is that enough? 5521 0938 / 7704 1186", "5521 0938 / 7704 1186"),
    ],
)
def test_a_code_after_where_it_came_or_after_a_question_is_found(text, secret):
    assert [text[f.start : f.end] for f in scan(text)] == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "The code on the receipt is RCPT-55102, the amount is 12 USD.",
        "Jemand wollte mein Zwei-Schritt-Passwort, ich habe nichts geschickt.",
        "saya lupa password panel, udah klik reset tapi error",
    ],
)
def test_a_receipt_code_a_compound_word_or_a_click_is_no_credential(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Telegram will send you a message in a minute - what does it say?",
        "Que contient le message que Telegram vous a envoyé ?",
        "Podría decirnos qué número trae el mensaje que le mandó Telegram?",
        "Вам придёт сообщение от Telegram, продиктуйте нам его.",
        "Würdest du unser Support-Konto kurz als Administrator hinzufügen?",
        "Aapke Telegram pe jo message aaya hai wo bhej dijiye",
    ],
)
def test_agents_asking_for_what_telegram_sends_or_for_admin_in_other_words_are_refused(text):
    assert scan_agent_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "mypassword is Qw12rt9  telegram password is Sunflower88",
        "my login code 48213telegram password is Sunflower88",
    ],
)
def test_what_is_kept_after_cutting_out_a_secret_is_screened_again(text):
    """The pieces either side of a cut can join into something flagged: cut again."""
    kept = cut_out(text, scan(text))
    assert scan(kept) == [] and "Sunflower88" not in kept
    assert cut_out("Members dropped from 4100 to 3400.", []) == "Members dropped from 4100 to 3400."


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is Kiwi2024. I repeat, Kiwi2024.", "Kiwi2024"),
        ("password is Kiwi2024 (kiwi2024 in lowercase)", "kiwi2024"),
        ("My password is Sunflower88, again: Sunflower88, the panel one", "Sunflower88"),
        ("pass: Tr0ub4dor&3x or Tr0ub4dor&3y not sure", "Tr0ub4dor&3y"),
    ],
)
def test_the_kept_text_and_the_alert_hold_no_copy_of_a_flagged_value(text, secret):
    """Outside attack round 6: the alert masked only the first copy, and kept the rest in the tab's state."""
    found = scan(text)
    assert secret.lower() not in cut_out(text, found).lower()
    alert = ScreeningAlert.from_findings("reply", "Your reply", text, found, cut_spans(text, found))
    assert secret.lower() not in (alert.before + alert.masked + alert.after).lower()


def test_a_copy_is_cut_only_as_a_whole_value():
    text = "my password is Kiwi2024 (again: kiwi2024), my shop is Kiwi2024shop"
    assert cut_out(text, scan(text)) == "my password is (again: ), my shop is Kiwi2024shop"


# Seen while testing round thirteen: a code after "on my phone:", a password "now" after it changed.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("login code on my phone: 48213", "48213"),
        ("the code on my phone 48213, quick please", "48213"),
        ("password saya udah diganti, sekarang Mawar#2024", "Mawar#2024"),
        ("I changed my password yesterday, now it's Kelinci77!", "Kelinci77!"),
        ("пароль сменил, теперь Lebed_777!", "Lebed_777!"),
    ],
)
def test_a_code_after_a_device_label_or_a_password_as_it_is_now_is_found(text, secret):
    assert [text[f.start : f.end] for f in scan(text)] == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "Do you need my backup codes? 2024 was a hard year for this channel.",
        "I reset my password and now order 48213 shows Partial.",
        "Call me on my phone 0912 555 1234 about order 48213.",
    ],
)
def test_a_year_after_a_question_or_a_number_after_now_is_no_credential(text):
    assert scan(text) == []


# Round fourteen (fresh-zm, long upset tickets): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I changed my telegram 2FA yesterday, it's now Kestrel!Moon42, just so you know", "Kestrel!Moon42"),
        ("pour la vérification en deux étapes (Renard#Bleu31), je l'ai changée hier", "Renard#Bleu31"),
        ("recovery mail is lena.k.backup@gmail.com - Lena#1990kb, please check it", "Lena#1990kb"),
        ("vot dannye dlya vhoda v panel:\nlena_promo / qwe987ASDf\nspasibo", "qwe987ASDf"),
        ("Me llegó esto del chat oficial de Telegram: 50318, ¿les sirve?", "50318"),
        ("o token que veio no final do e-mail, vejam se dá pra resetar: rst_Q8w2Lk9Zp3Vn7Xc4", "rst_Q8w2Lk9Zp3Vn7Xc4"),
        ("اینم متنش:\n۴ ۱ ۹ ۰ ۳", "۴ ۱ ۹ ۰ ۳"),
    ],
)
def test_values_given_as_now_in_brackets_after_a_login_or_from_telegrams_account_are_found(text, secret):
    assert {text[f.start : f.end] for f in scan(text)} == {secret}


@pytest.mark.parametrize(
    "text",
    [
        "İsterseniz hesabıma siz girin ve ayarlara bakın.",
        "davayte tak: zahodite sami v moy akkaunt i smotrite nastroyki",
        "Chtob ne sporit, ya dobavil vash akkaunt @panel_support v adminy kanala.",
    ],
)
def test_support_invited_in_or_made_admin_after_a_purpose_is_admin_access(text):
    assert {f.kind for f in scan(text)} == {"admin_access"}


@pytest.mark.parametrize(
    "text",
    [
        "The promo code 771204 from your channel says expired at checkout.",
        "Der Code 638204 aus eurem Kanal ist angeblich abgelaufen.",
        'The panel keeps saying "Session expired, please log in again" every 10 minutes.',
        "Do you even need to log into my account for this order or not.",
        "A phishing mail asked me to confirm my login at smmpanel-login[.]de, I typed nothing.",
        "A YouTube guy said that panels need your tdata folder. Is that true? I won't send it.",
        "My sister @lina_admin_shop has had admin since October, order 48213 dropped anyway.",
    ],
)
def test_a_promo_code_a_quoted_message_a_question_or_a_sisters_handle_is_no_credential(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("In a minute you'll get a message from Telegram's official account; please forward it to us here.", True),
        ("Gleich kommt eine Nachricht vom offiziellen Telegram-Konto – leite sie uns bitte hier weiter.", True),
        ("Birazdan resmi hesaptan bir mesaj gelecek, içindeki rakamları buraya yazmanız yeterli.", True),
        ("Please revoke the bot token you posted via BotFather; we never need a token, a password or a code.", False),
        ("Saare unknown sessions terminate kar dijiye, humein sirf public link chahiye.", False),
        ("Den Code aus dem Post haben wir bis Freitag verlängert.", False),
        ("Aapko koi OTP, password ya admin access dene ki zarurat nahi hai, sirf post ka link chahiye.", False),
    ],
)
def test_agents_asking_for_what_telegrams_account_sends_are_refused_and_advice_passes(text, asks):
    assert bool(scan_agent_reply(text)) is asks


# Round fifteen (fresh-zn, kinds easy to confuse): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I sign in to the panel with my e-mail and the access code is Plum_Tree!77.", "Plum_Tree!77"),
        ("мой код для входа, который я сам придумал, а не из смс: Lisa_Fox1987", "Lisa_Fox1987"),
        ("o código que eu mesmo escolhi (não o do SMS) é Coruja!2021", "Coruja!2021"),
        ("giriş kodum Papatya*77, SMS kodu değil, kendi belirlediğim", "Papatya*77"),
        ("mera login code jo maine khud set kiya hai: chai4Life#9", "chai4Life#9"),
    ],
)
def test_a_password_called_a_code_is_a_password(text, secret):
    found = scan(text)
    assert {text[f.start : f.end] for f in found} == {secret}
    assert {f.kind for f in found} == {"password"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The panel gave me backup passwords when I set up 2FA: 7rk2-m9qa and z4p1-x8wd", ("7rk2-m9qa", "z4p1-x8wd")),
        ("Это мои резервные пароли от панели. Вот они: 3381 2290 и 7715 6043", ("3381 2290", "7715 6043")),
        ("kata sandi cadangan dari panel: m2k9-q7xa sama p3d8-w1zn", ("m2k9-q7xa", "p3d8-w1zn")),
        ("Ersatzpasswörter vom Panel, hier zwei: 5kd9-2fzq und 8wmx-41tr", ("5kd9-2fzq", "8wmx-41tr")),
    ],
)
def test_backup_codes_called_passwords_are_recovery(text, codes):
    found = scan(text)
    assert {f.kind for f in found} == {"recovery"}
    assert all(any(f.start <= text.index(code) < f.end for f in found) for code in codes)


@pytest.mark.parametrize(
    "text",
    [
        "parol ne skazhu, no mogu dobavit vas adminom v kanal @moi_kanal",
        "No pienso darte mi contraseña, pero te puedo hacer administrador del canal @mi_canal.",
        "a senha não, mas posso colocar vocês como admin do grupo, qual é o @ de vocês?",
    ],
)
def test_rights_offered_after_a_refused_password_are_admin_access(text):
    assert {f.kind for f in scan(text)} == {"admin_access"}


# Outside attack round 6: the same secrets, and the same asks, in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("creds lena_k:Plum#Tree9", "Plum#Tree9"),
        ("my login details are lena_k Plum#Tree9", "Plum#Tree9"),
        ("try Plum#Tree9 to get in, it works for me", "Plum#Tree9"),
        ("I entered Plum#Tree9 as my password and the panel says wrong", "Plum#Tree9"),
        ("if you need my password, Plum#Tree9", "Plum#Tree9"),
        ("need my password? here you go Plum#Tree9", "Plum#Tree9"),
        ("the passphrase is Plum#Tree9", "Plum#Tree9"),
        ("this came from Telegram a minute ago: 73105", "73105"),
        ("masuk ke panel pakai Kenanga#77, tolong cek", "Kenanga#77"),
        ("entro con Pl4tano_Verde y no carga el saldo", "Pl4tano_Verde"),
        ("entro com Caju#2023 e o saldo some", "Caju#2023"),
    ],
)
def test_credentials_named_by_what_they_do_are_found(text, secret):
    assert {text[f.start : f.end] for f in scan(text)} == {secret}


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("We'll start a sign-in from our side; send us the code you get.", True),
        ("Just reply with whatever Telegram sends you in a minute.", True),
        ("Type the digits Telegram shows you into this chat.", True),
        ("Please send your creds so we can check the panel.", True),
        ("Envie aqui o que o Telegram te mandou agora há pouco.", True),
        ("Пришлите код, который придёт.", True),
        ("Send us a screenshot of the numbers you see in your channel stats.", False),
        ("Write the order number you see on the order page.", False),
        ("Never send anyone what Telegram sends you, not even us.", False),
    ],
)
def test_agents_asking_for_what_telegram_sends_in_passing_are_refused(text, asks):
    assert bool(scan_agent_reply(text)) is asks


# Round sixteen (fresh-zo, sessions and codes in messy tickets): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "the guide says token: 987654321:YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY, do I put mine there?",
        "my userbot throws SESSION_PASSWORD_NEEDED since your order started, order 48213",
        "Um golpista pediu a minha pasta tdata, eu não mandei nada.",
        "Jemand wollte meine tdata, ich habe nichts geschickt.",
        "the refill code RF-48213-1 you gave me says invalid",
    ],
)
def test_placeholders_error_names_and_refused_requests_are_no_session(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "entra tú en mi cuenta y míralo, yo acepto el inicio de sesión",
        "entrem vocês mesmos na minha conta e vejam",
        "melden Sie sich mit meiner Nummer an und prüfen Sie es",
    ],
)
def test_invitations_to_log_in_in_other_words_are_admin_access(text):
    assert {f.kind for f in scan(text)} == {"admin_access"}


# Outside attack round 7: amounts inside passwords, lists of guesses, pairs after a label, asks.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("password: Lime!2023$", {"Lime!2023$"}),
        ("şifrem Bursa#16TL", {"Bursa#16TL"}),
        ("the pw is Lime!2023, or maybe Lime!2022", {"Lime!2023", "Lime!2022"}),
        ("I tried Lime!2023 and Lime!2022 as the password, no luck", {"Lime!2023", "Lime!2022"}),
        ("tried logging in with Lime!2023, Lime!2022 and Lime!2021", {"Lime!2023", "Lime!2022", "Lime!2021"}),
        ("my account: lena_k / Lime!2023", {"Lime!2023"}),
        ("u: lena_k p: Lime!2023", {"Lime!2023"}),
    ],
)
def test_every_guess_and_a_password_ending_in_a_currency_sign_are_found(text, secrets):
    assert {text[f.start : f.end] for f in scan(text) if f.kind == "password"} == secrets
    assert not any(secret in cut_out(text, scan(text)) for secret in secrets)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Which password did you use before? We'll try it here.", True),
        ("What digits did you receive just now?", True),
        ("Please link a new device with the QR code from Telegram Desktop and send it to us.", True),
        ("Could you share your Telegram account with us for ten minutes?", True),
        ("Did you set a cloud password? If not, we recommend turning it on.", False),
        ("Which link did you use for the order?", False),
        ("I paid 25$ for order 48213, was it received?", False),
    ],
)
def test_agents_asking_what_was_used_or_for_a_linked_device_are_refused(text, asks):
    assert bool(scan_agent_reply(text) if "paid" not in text else scan(text)) is asks


# Outside attack round 8: a labelled amount, more pairs and lists, more asks.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("password: Lime+2023$", {"Lime+2023$"}),
        ("my password is 20232023€", {"20232023€"}),
        ("User: lena_k / Pass: Lime!2023", {"Lime!2023"}),
        ("e-mail: lena@x.org\npw: Lime!2023", {"Lime!2023"}),
        ("acc: lena_k, Lime!2023", {"Lime!2023"}),
        ("tried both Lime!2023 and Lime!2022 as the password", {"Lime!2023", "Lime!2022"}),
        ("passwords I tried: Lime!2023, Lime!2022", {"Lime!2023", "Lime!2022"}),
        ("tried logging in with Lime!2023; Lime!2022 & Lime!2021", {"Lime!2023", "Lime!2022", "Lime!2021"}),
        ("I tried Lime!2023 / Lime!2022 as the password", {"Lime!2023", "Lime!2022"}),
        ("tried Lime!2023 and then Lime!2022 as my password", {"Lime!2023", "Lime!2022"}),
        ("account - lena_k / Lime!2023", {"Lime!2023"}),
        ("l/p: lena_k/Lime!2023", {"Lime!2023"}),
        ("please log into my account, lena_k Lime!2023", {"Lime!2023"}),
    ],
)
def test_labelled_amounts_and_more_pairs_and_lists_are_found(text, secrets):
    assert {text[f.start : f.end] for f in scan(text) if f.kind == "password"} == secrets


@pytest.mark.parametrize("text", ["login codes: 61734 / 90215", "Telegram sent two codes, 61734 and 90215"])
def test_a_list_of_codes_is_cut_whole(text):
    assert scan(text) and not re.search(r"\d", cut_out(text, scan(text)))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Which password did you try before this one?", True),
        ("Could you read us the digits from that Telegram message?", True),
        ("What digits came in the SMS just now?", True),
        ("Please read us the order number from your receipt.", False),
    ],
)
def test_agents_asking_what_was_tried_or_read_out_are_refused(text, asks):
    assert bool(scan_agent_reply(text)) is asks


# Outside attack round 5: the same secrets in other shapes.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("maria_k:Sunflower88", "Sunflower88"),
        ("login: maria_k / Sunflower88", "Sunflower88"),
        ("my password? Sunflower88", "Sunflower88"),
        ("I log in with Sunflower88", "Sunflower88"),
        ("telegram sent me 48213, order 48207 did not start", "48213"),
        ("passw0rd Sunflower88", "Sunflower88"),
        ("p@ssword Sunflower88", "Sunflower88"),
        ("Sunflower88 (password).png", "Sunflower88"),
        ("मेरा टेलीग्राम पासवर्ड है Sunflower88", "Sunflower88"),
        ("लॉगिन कोड 48213", "48213"),
    ],
)
def test_values_shaped_to_slip_past_are_found(text, secret):
    assert {text[f.start : f.end] for f in scan(text)} == {secret}


@pytest.mark.parametrize(
    "text",
    [
        "tx_hash: 0x9b4e7a1d",
        "ref_code: SPRING24x",
        "ORD-4821x (password reset link)",
        "Do you need my password? I will not send it.",
        "I can send you my account ID if needed",
    ],
)
def test_keys_bracketed_phrases_and_account_ids_are_no_credential(text):
    assert scan(text) == []


def test_an_offer_of_the_account_itself_is_admin_access():
    assert {f.kind for f in scan("I can give you my account to check")} == {"admin_access"}


@pytest.mark.parametrize(
    "text",
    ["What do you type to sign in? We need it to verify.", "Please send your p@ssword", "Send the c0de you received"],
)
def test_agents_asking_in_disguised_words_are_refused(text):
    assert scan_agent_reply(text)


# Round seventeen (fresh-zp, hurried customers on phones): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pw tele saya kopi susu 42 tolong dicek", "kopi susu 42"),
        ("كلمة سر الايميل وردة الربيع 9 على ما اظن", "وردة الربيع 9"),
        ("Sevilla 2021 esa es la contra del panel", "Sevilla 2021"),
        ("Herbst2023! das ist mein 2fa", "Herbst2023!"),
        ("yedek mail şifresi 0555 123 45 67 eski numaram", "0555 123 45 67"),
        ("vot dc4_auth_key iz brauzera, ya ego skopiroval s sayta, derzhite: " + "3c" * 32, "3c" * 32),
    ],
)
def test_passphrases_closed_by_a_number_values_before_their_label_and_far_named_keys_are_found(text, secret):
    assert secret in {text[f.start : f.end] for f in scan(text)}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "zapasnaya yashik olga.k@mail.ru, rezervnaya olga.k2@mail.ru parol ot nee Olga!1987",
            {"recovery", "password"},
        ),
        ("davaite ya vam dam dostup k akkauntu i vy posmotrite", {"admin_access"}),
        ("mach ich euch gleich zum admin im kanal", {"admin_access"}),
    ],
)
def test_a_reserve_mail_with_its_password_and_offers_in_chat_words_are_named(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "my orders are #50123-A and #50123-B, the mail says your code: 50123, which one is it?",
        "I can send the receipt (receipt 7731-QX) if you need it",
        "password sama kode ga bakal aku kasih ke siapa2",
        "pass the order 2 times please",
        "rumuz ya uthibitisho inayojumuisha من ٥ أرقام",
        "a senha nova ativei e caiu de 5.200 pra 4.900",
    ],
)
def test_order_numbers_references_and_doubled_words_are_no_credential(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Se puder, adicione a nossa atendente @atendimento_painel_oficial como administradora do canal.",
        "Telegram'ın size gönderdiği 5 haneli kodu buraya yazabilir misiniz?",
        "Angka yang tadi dikirim Telegram tolong ditulis di sini ya kak.",
        "Kami bisa masuk sebentar ke akun kakak untuk cek, boleh?",
        "اگه زحمتی نیست، کدی که تلگرام فرستاد رو اینجا بنویسید.",
        "jo 6 digit code Telegram se aaya hai woh yahan bhej dijiye",
    ],
)
def test_polite_and_indirect_asks_in_six_languages_are_refused(text):
    assert scan_agent_reply(text)


# Outside attack round 8, left last time: what one signs in using, a list's third guess, a key of letters.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("I usually log in using Plum#2023", {"Plum#2023"}),
        ("passwords I have tried: Plum#2023, Plum#2022, Tiger77x", {"Plum#2023", "Plum#2022", "Tiger77x"}),
        ("my recovery key is QWER-TYUI-ASDF-ZXCV", {"QWER-TYUI-ASDF-ZXCV"}),
    ],
)
def test_sign_in_values_whole_lists_and_letter_keys_are_found(text, secrets):
    assert {text[f.start : f.end] for f in scan(text)} == secrets
    assert not any(secret in cut_out(text, scan(text)) for secret in secrets)


# Outside attack round 9: chat wording, short labels, '=' inside a value, codes Telegram sent,
# invitations in plain words, labels in languages read only in part.
@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("the password is Plum=2023", "password", "Plum=2023"),
        ("pw Plum=2023 thanks", "password", "Plum=2023"),
        ("my p/w is Plum2023", "password", "Plum2023"),
        ("the pword: Plum2023", "password", "Plum2023"),
        ("the key to log in is Plum2023", "password", "Plum2023"),
        ("the panel unlocks with Plum2023", "password", "Plum2023"),
        ("it wants my 2 step thing which is Plum2023", "password", "Plum2023"),
        ("tg sent 61842 a minute ago", "one_time_code", "61842"),
        ("the verification number is 61842", "one_time_code", "61842"),
        ("got 61842 from tg a minute ago", "one_time_code", "61842"),
        ("moje hasło: Plum2023", "password", "Plum2023"),
        ("het wachtwoord is Plum2023", "password", "Plum2023"),
        ("mật khẩu là Plum2023", "password", "Plum2023"),
        ("codice di verifica 61842", "one_time_code", "61842"),
    ],
)
def test_values_in_chat_words_short_labels_and_partly_read_languages_are_found(text, kind, secret):
    assert (kind, secret) in {(f.kind, text[f.start : f.end]) for f in scan(text)}


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("feel free to enter my telegram and see", True),
        ("go into my account and look at the members", True),
        ("somebody tried to log into my account tonight", False),
        ("they were attempting to go into my account, I blocked them", False),
        ("log: status=failed after the password step", False),
    ],
)
def test_plain_invitations_are_admin_access_and_reported_attempts_are_not(text, invites):
    assert bool(scan(text)) is invites


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Zip your Telegram Desktop folder and upload it here.", True),
        ("Open the browser console and copy the local storage for us.", True),
        ("Please furnish your passphrase so we can proceed.", True),
        ("Per favore mandaci il codice arrivato su Telegram.", True),
        ("Telegramdan kelgan kodni shu yerga yuboring.", True),
        ("Do not share your local storage or Telegram Desktop folder with anyone.", False),
        ("Per favore inviaci il link del canale.", False),
    ],
)
def test_agents_asking_for_desktop_folders_local_storage_or_in_italian_and_uzbek_are_refused(text, asks):
    assert bool(scan_agent_reply(text)) is asks


# Round eighteen (fresh-zq, languages mixed, admin offers said indirectly): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "I'll leave my laptop logged in tonight and send you the AnyDesk ID, check the stats yourselves",
        "skinu vam TeamViewer, zahodite s moego noutbuka i smotrite sami",
        "telefonu açık bırakırım, TeamViewer kurarım, siz bakın",
        "já deixei vocês como admin do canal, podem limpar os fakes",
        "ваш бот теперь может всё в моём канале, дал ему все права",
        "ich kann euch den tdata-Ordner schicken, dann seht ihr alles",
    ],
)
def test_remote_desktop_offers_rights_given_back_and_offered_folders_are_found(text):
    assert scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Передал права владельца канала новому менеджеру, поддержке ничего не нужно, верно?",
        "le pasé la propiedad del canal a mi nuevo gerente, ¿afecta al pedido?",
        "my partner asked, so I gave him admin rights on the group",
    ],
)
def test_rights_given_to_a_new_manager_or_a_partner_are_no_offer(text):
    assert scan(text) == []


def test_a_code_found_inside_a_password_is_no_second_finding():
    text = "recovery e-mail ana.k@mail.com and its password Porto!2290, if you need to reset it"
    assert {(f.kind, text[f.start : f.end]) for f in scan(text)} == {
        ("recovery", "Porto!2290"),
        ("password", "Porto!2290"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Para fins de verificação, lazem te3mel el account @refill_team admin fel channel",
        "Merci de vous connecter avec votre compte Telegram sur la page que nous vous enverrons.",
    ],
)
def test_agents_asking_under_a_pretext_are_refused(text):
    assert scan_agent_reply(text)


def test_a_string_named_before_a_short_session_is_found():
    value = "1AbCdEfGh2IjKlMnOp3QrStUvWx4YzAbCdEf5GhIjKlMn6OpQrSt="
    text = f"my userbot is down, here is the string if you want to try it: {value} thanks"
    assert value in {text[f.start : f.end] for f in scan(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("login: lena_k\nPlum#2023", "Plum#2023"),
        ("credentials below\nlena_k\nPlum#2023", "Plum#2023"),
        ("here is my account:\n  lena_k\n  Plum#2023\nthanks", "Plum#2023"),
    ],
)
def test_a_login_and_its_password_on_the_lines_below_a_label_are_found(text, secret):
    assert {text[f.start : f.end] for f in scan(text)} == {secret}


def test_a_login_label_above_an_order_line_flags_nothing():
    assert scan("login: lena_k\nOrder 48213 is late again") == []


# Round nineteen (fresh-zr, terse writers and pasted material): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "changed my pw, 2fa on now. just tell me why 51220 got cancelled",
        "troquei a senha, ativei 2FA. quero saber se o 51220 volta",
        "promo: MAYDAY5 — 'code expired'. 51220",
        "промокод: LETO5\nответ: «code 4013: promo expired»\nзаказ 51220",
        "you can turn on Two-Step Verification in Privacy and Security.",
        "pwd: ******* (no, not sending it)\nuser: lena_k",
        "the site owner may have set restrictions that prevent you from paying",
        "Это правда, что вы можете зайти в мой аккаунт? Я никому код не давала.",
    ],
)
def test_orders_after_a_code_word_masked_values_and_pasted_pages_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("rec key (saved at setup): QX-7QF2-M9XD-44LA-PZ81", "recovery"),
        ("Добавила вашего бота @panel_refill_bot администратором в свой канал.", "admin_access"),
        ("Owner-Übertragung von @kanal_xy auf euren Account ist angestoßen.", "admin_access"),
        ("the password for that email is Tulip1958! so you can go in there and reset it", "admin_access"),
    ],
)
def test_short_key_labels_own_channels_and_started_transfers_are_found(text, kind):
    assert kind in {f.kind for f in scan(text)}


def test_a_word_that_only_starts_like_a_login_label_is_none():
    assert scan("accounting\nlena_k\nPlum#2023x") == []


# Round twenty (fresh-zs, technical customers and customers locked out): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("Google's sheet says BACKUP VERIFICATION CODES\n1. 5530 1207\n2. 8841 2296", "8841 2296", "recovery"),
        (
            'exported from my vault: {"backup_codes":["hq4mzt8wna","pl2xvd7kce"],"site":"panel"}',
            "pl2xvd7kce",
            "recovery",
        ),
        (
            'forgot-password answered {"reset_token":"Zq81LmNc04Xb7Rt2Vd9Kp","ttl":600} but no mail came',
            "Zq81LmNc04Xb7Rt2Vd9Kp",
            "recovery",
        ),
        (
            "my script: curl -s --user ana_smm:Lisboa.7781 https://panel.example/api/v2/orders",
            "Lisboa.7781",
            "password",
        ),
        ("the webhook is https://ana:Porto#4419@hooks.example.net/tg", "Porto#4419", "password"),
        (
            "Ma phrase de récupération:\nlune carton violet marteau sirop bougie renard palais tigre crayon nuage olive",
            "lune carton violet marteau sirop bougie renard palais tigre crayon nuage olive",
            "recovery",
        ),
        (
            "Telegram fragt nach dem Passwort, ich tippe es ein. Es sollte Lindau!Ufer22 sein.",
            "Lindau!Ufer22",
            "password",
        ),
    ],
)
def test_pasted_exports_commands_phrases_and_a_value_named_a_sentence_on_are_found(text, secret, kind):
    assert (kind, secret) in {(f.kind, text[f.start : f.end]) for f in scan(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("могу вам скинуть файл 380501112233.session, гляньте сами, ладно?", "session"),
        ("Gerne schicke ich Ihnen meinen tdata-Ordner, dann sehen Sie es selbst.", "session"),
        ("dei admin ao @lojasuporte_bot no meu canal, já pode começar", "admin_access"),
    ],
)
def test_offered_session_files_and_support_bots_made_admin_are_found(text, kind):
    assert kind in {f.kind for f in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Какой-то «менеджер» пишет, что нужно выслать ему папку tdata. Я ничего не отправляла, это развод?",
        "log:\n[09:14:02] INFO telethon.session: loaded\n[09:14:03] ERROR AUTH_KEY_UNREGISTERED",
        "my deploy script does curl -u $PANEL_USER:$PANEL_PASS https://panel.example/api",
        "in .env I keep TG_PASSWORD=${TG_PASSWORD} and fill it from the vault",
        "I put @GroupHelpBot in as admin to delete spam, can it kick the new members?",
    ],
)
def test_reports_log_lines_variables_and_moderation_bots_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Проще всего заархивировать папку tdata и загрузить сюда, мы посмотрим.",
        "Skript vydast dlinnuyu stroku sessii. Skopiruite ee syuda i my proverim.",
        "بيوصلك كود من تيليجرام بعد شوي، انسخه وحطه هنا.",
        "برای اینکه ببینیم پیج محدود شده یا نه، اجازه بدید یکی از پشتیبان‌های ما از طریق وب وارد اکانتتون بشه.",
    ],
)
def test_agents_asking_to_attach_or_copy_it_here_or_to_let_us_log_in_are_refused(text):
    assert scan_agent_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you pasted a bot token, open @BotFather, send /revoke and choose the bot to get a new token.",
        "سفارش انجام شد؛ میتونید @panel_support رو از ادمین‌ها حذف کنید.",
    ],
)
def test_agents_sending_commands_to_botfather_or_removing_our_admin_rights_are_clean(text):
    assert scan_agent_reply(text) == []


def test_codes_without_a_digit_in_a_list_of_codes_of_their_shape_are_found():
    text = "my backup codes, as the site showed them:\nqwmz-tkfe\n4hdn-x8pa\nrvcu-bklo\nthanks"
    found = {text[f.start : f.end] for f in scan(text) if f.kind == "recovery"}
    assert found == {"qwmz-tkfe\n4hdn-x8pa\nrvcu-bklo"}


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("我的密码是Lotus2024，订单48213还没到", "Lotus2024", "password"),
        ("订单号 48213，验证码是 552901", "552901", "one_time_code"),
        ("パスワードはSakura#77です", "Sakura#77", "password"),
        ("mật khẩu của tôi là Hoa@2024", "Hoa@2024", "password"),
    ],
)
def test_chinese_japanese_and_vietnamese_labelled_values_are_found(text, secret, kind):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [(kind, secret)]


@pytest.mark.parametrize("text", ["密码是什么？", "我不会发我的密码", "订单48213的频道链接是什么"])
def test_chinese_questions_and_refusals_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("请把你的验证码发给我们", True),
        ("请把我们设为频道管理员", True),
        ("ログインコードを教えてください", True),
        ("Bạn gửi mật khẩu cho mình nhé", True),
        ("请不要把验证码发给任何人", False),
        ("我们永远不会要求您的密码。", False),
        ("请问您的密码忘了吗", False),
        ("パスワードは絶対に送らないでください", False),
        ("Đừng gửi mật khẩu cho ai cả.", False),
        ("请提供订单号和频道链接", False),
    ],
)
def test_chinese_japanese_and_vietnamese_agent_asks_are_refused_and_warnings_are_not(text, asked):
    assert bool(scan_agent_reply(text)) is asked


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("🔐 Plum#2023x", "Plum#2023x", "password"),
        ("the 2FA password screen came up, I put Lemon!88 and it said wrong", "Lemon!88", "password"),
        (
            "seed phrase:\nlime orbit cactus velvet mango tiger plume river candle forest piano zebra",
            "lime orbit cactus velvet mango tiger plume river candle forest piano zebra",
            "recovery",
        ),
    ],
)
def test_a_key_emoji_a_value_typed_at_the_password_screen_and_a_seed_phrase_are_found(text, secret, kind):
    assert (kind, secret) in {(f.kind, text[f.start : f.end]) for f in scan(text)}


@pytest.mark.parametrize("text", ["🔑 https://t.me/+AbC123xyz", "keys handed over 🔑 @shopdesk_support is admin now"])
def test_a_key_emoji_before_a_link_or_a_handle_is_no_password(text):
    assert "password" not in {f.kind for f in scan(text)}


# Round twenty-one (fresh-zt, access and ownership): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("right after order 50112 I changed my 2fa to Orchid_55! and the views stopped", "Orchid_55!"),
        (
            "ось моя сесія pyrogram, з нею ви додасте учасників самі, тримайте: AgCwL4pY8nR2kM6zQ1tS9vB3xH7jD0fG5aE2uC8oK1",
            "AgCwL4pY8nR2kM6zQ1tS9vB3xH7jD0fG5aE2uC8oK1",
        ),
        ("cookie: stel_token=5b3d7f9a1c2e4b6d8f0a2c4e6b8d0f1a3c5e7b9d.", "5b3d7f9a1c2e4b6d8f0a2c4e6b8d0f1a3c5e7b9d"),
    ],
)
def test_a_2fa_changed_to_a_value_a_string_named_early_in_its_line_and_a_cookie_before_a_full_stop(text, secret):
    assert secret in {text[f.start : f.end] for f in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "можете сами зайти в мой акк на панели и глянуть историю",
        "mozhete sami zajti v moj akk i glyanut",
        "toma, usa mi cuenta, entra tú y revisa el grupo",
        "entrem no painel com minha conta do Google e confiram",
        "meldet euch einfach mit meinem Konto an und schaut selbst",
    ],
)
def test_invitations_to_log_in_in_other_words_are_found(text):
    assert "admin_access" in {f.kind for f in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung 50771 hängt, bitte meldet euch bald bei mir.",
        "в админы вас добавлять не стану, по описанию хватает ссылки",
        "a nado vas v admini dobavlyat? v instrukcii ne ponyatno",
        "coloquei o @ManyBot de atendimento como admin, isso atrapalha o pedido 51220?",
        "Bana @destek_x_tr diye biri yazdı, destek ekibi olduğunu söyledi ve kanalın sahipliğini ona devretmemi istedi. Yapmadım.",
    ],
)
def test_getting_in_touch_refusals_questions_other_bots_and_reported_demands_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Не могли бы вы на время передать нам права на канал? Потом вернём.",
        "Peredajte, pozhalujsta, vladenie gruppoj nashemu akkauntu @help_desk_ru.",
        "¿Podría transferirnos la propiedad del canal un momento para revisarlo?",
        "Kanalın sahipliğini destek hesabımıza devretmeniz mümkün mü?",
        "Pourriez-vous nommer notre compte administrateur du canal ?",
        "Wäre es möglich, dass Sie uns den Kanal kurz übertragen?",
    ],
)
def test_agents_asking_politely_for_ownership_or_admin_rights_are_refused(text):
    assert scan_agent_reply(text)


# Outside attack round 10: a wider world of labels, languages and asks.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Username lena_k / Quince#41", "Quince#41"),
        ("my tg 2fa is set to Quince#41 now", "Quince#41"),
        ("I set my 2-step verification to Quince#41 in May", "Quince#41"),
        ("my pasword is Quince#41", "Quince#41"),
        ("passw: Quince#41", "Quince#41"),
        ("passvvord: Quince#41", "Quince#41"),
        ("secret: Quince#41", "Quince#41"),
        ("my telegram is locked with Quince#41", "Quince#41"),
        ("security question answer: Rex2009", "Rex2009"),
        ("I got a 5 digit code: 77201", "77201"),
        ("lozinka: Quince#41", "Quince#41"),
        ("salasana on Quince#41", "Quince#41"),
        ("პაროლი: Quince#41", "Quince#41"),
        ("verifieringskod: 77201", "77201"),
        ("شفرة الدخول 77201", "77201"),
        ("รหัสผ่านของฉันคือ Quince#41", "Quince#41"),
    ],
)
def test_labels_misspelt_or_in_more_languages_are_found(text, secret):
    assert secret in {text[f.start : f.end] for f in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Please send the key_datas file from your Telegram folder.",
        "Go to AppData\\Roaming\\Telegram Desktop and zip the folder for us.",
        "Please log in at tg-check-panel.com with your number to confirm the order.",
        "Please turn off two-step verification for a day, then we can log in and check.",
        "Kindly confirm your two-step verification phrase so we can whitelist the channel.",
        "Stuur ons de code die je van Telegram kreeg.",
        "Prześlij nam kod z Telegrama.",
        "Trimite-ne codul primit de la Telegram.",
        "텔레그램에서 받은 인증번호를 보내주세요.",
        "กรุณาส่งรหัสที่ได้รับจาก Telegram มาให้เรา",
    ],
)
def test_agents_asking_in_more_shapes_and_languages_are_refused(text):
    assert scan_agent_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never share the key_datas file or anything from your Telegram Desktop folder.",
        "อย่าส่งรหัสให้ใคร",
        "Please keep two-step verification on; we never need to log in.",
        "Login page / settings show the same error for order 48213.",
    ],
)
def test_warnings_in_more_shapes_and_languages_are_clean(text):
    assert not scan_agent_reply(text) and not scan(text)


# Round twenty-two (fresh-zu, agents only): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Did the reset link reach your inbox? Just forward that link here and I'll fix the login.",
        "Quels chiffres sont arrivés ? Dictez-les-moi, s'il vous plaît.",
        "Welche Zahlen kamen eben an? Lesen Sie sie mir bitte vor.",
        "Telegram ne jo code bheja hai woh yahan bhej dijiye.",
        "Você pode exportar a string de sessão e colar aqui?",
        "تیم فنی به سشن اکانت شما نیاز داره؛ همینجا تو تیکت بذارید.",
        "Transfere o bot pra nossa conta pelo BotFather.",
        "Dajte dostup k akkauntu, my sami vse nastroim.",
        "kakie cifry prishli? prodiktujte pozhalujsta",
        "angka yang barusan masuk berapa? sebutin aja",
    ],
)
def test_agents_asking_a_sentence_on_or_in_more_words_are_refused(text):
    assert scan_agent_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please send the order ID (5 digits, in the Orders tab) and the channel link.",
        "Token nam ne nuzhen; sdelajte /revoke i vstav'te novyj k sebe v kod.",
        "Tanımadığınız oturumları kapatmak için Ayarlar > Cihazlar'a gidin.",
        "Pour fermer les sessions inconnues : Paramètres > Appareils.",
        "Bot token için bize gerek yok; yönetici olmamıza da gerek yok.",
        "Info penting: kami tidak pernah meminta password atau kode OTP.",
        "Kalau token bot pernah kakak share di grup, segera revoke di @BotFather.",
        "Channel me koi anjaan admin hai toh hata dijiye.",
        "Des comptes se font passer pour nous et réclament le code de connexion : bloquez-les.",
    ],
)
def test_agents_describing_ending_revoking_or_warning_are_clean(text):
    assert scan_agent_reply(text) == []


def test_everyday_arabic_and_persian_stay_clean_and_a_cut_takes_only_the_secret():
    assert scan("شكرا لكم. العدد الآن 12400 (تحقق اليوم).") == []  # the count now is 12400 (checked today)
    text = "سلام، رمز عبور من Kedi1234! است لطفا بررسی کنید حساب من"
    assert cut_out(text, scan(text)) == "سلام، رمز عبور من است لطفا بررسی کنید حساب من"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is, wait, Quince#41 so you can log in and check", "Quince#41"),
        ("I changed it to Quince#41 yesterday, you can log in and check the members yourself", "Quince#41"),
    ],
)
def test_a_value_beside_an_invitation_to_log_in_is_found_too(text, secret):
    found = scan(text)
    assert ("password", secret) in {(f.kind, text[f.start : f.end]) for f in found}
    assert secret not in cut_out(text, found)


def test_an_invitation_beside_a_username_makes_no_password_of_it():
    text = "Please use any code to turn 2FA off and log in. Username: rahul_trades_in, order 20918."
    assert "password" not in {f.kind for f in scan(text)}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("We need one thing from you:\nyour two-step verification password", True),
        ("Please send us the following for the refill:\n- the 5 digits Telegram just sent you", True),
        ("Reply in this ticket with the login code Telegram has just sent you.", True),
        ("Never share these:\n- your password\n- the code Telegram sends", False),
        ("What we need:\n- the order ID\n- the channel link", False),
    ],
)
def test_asks_after_a_lead_in_line_are_refused_and_warnings_are_not(text, asked):
    assert bool(scan_agent_reply(text)) is asked


@pytest.mark.parametrize(
    "text",
    [
        "ᴘᴀꜱꜱᴡᴏʀᴅ: Quince#41",
        "🇵🇦🇸🇸🇼🇴🇷🇩: Quince#41",
        "p-a-s-s-w-o-r-d: Quince#41",
        "my%20telegram%20password%20is%20Quince%2341",
        "6d792074656c656772616d2070617373776f7264206973205175696e6365233431",
    ],
)
def test_small_capitals_flag_letters_dashed_spelling_and_url_or_hex_encoding_are_read(text):
    assert "password" in {f.kind for f in scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "an e-mail to x-y-z about order 48-213-77",
        "🇺🇸 order 48213",
        "search?q=order%2048213%20late",
        "tx 9f2c1e0b7a6d5c4b3a2918f7e6d5c4b3a291807f",
    ],
)
def test_dashes_flags_url_encoding_and_hashes_alone_are_clean(text):
    assert scan(text) == []


# Round twenty-three (fresh-zv: customers hacked, phished or locked out): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Kanal kontrolünü doğrulayabilmemiz için @PanelDestek hesabını yönetici olarak eklemeniz gerekiyor.",
        "Chtoby ubeditsya, chto chuzhih sessiy bolshe net, skinte kod, kotoryy prishel v Telegram.",
        "Pour confirmer que personne d'autre n'a accès, merci de nous envoyer le code reçu par SMS.",
        "Para verificar que el hacker ya no entra, envíenos los códigos de respaldo de su cuenta.",
        "To make sure nobody else is logged in, please send us the code Telegram just sent you.",
    ],
)
def test_asks_after_a_purpose_with_a_not_in_it_are_refused(text):
    assert scan_agent_reply(text)


def test_a_step_the_customer_does_alone_is_not_an_ask():
    text = "Naya bot token banaiye aur dashboard me khud paste kijiye, hume bhejne ki zarurat nahi."
    assert scan_agent_reply(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They told me to reply with the code like this: 000000, but I sent nothing. Order 48213?",
        "the scam text said 'type 12345 to confirm', I ignored it",
        "SMS from 42777 said my code was requested, I deleted it",
        "777000 sent me a warning about a new login, order 50122 still pending",
        "kode bayar VA Mandiri 8912 3456 7890 1234 sudah kedaluwarsa, order 20515",
        "Zwei-Faktor ist jetzt an. Wann geht Bestellung 50382 weiter?",
        "password baru sudah dipasang, order 20471 kok belum jalan",
        "Ich habe meinen Praktikanten @max_kanal zum Admin gemacht (nicht euch). Stört das 50390?",
        "Recuperé el acceso pero los pedidos quedaron raros: 55190 sigue parcial.",
        'Someone wrote to me: "Your order 48213 is frozen. To unfreeze it, zip your tdata folder '
        'and send it to us." I sent nothing. Is that you?',
    ],
)
def test_hacked_customers_telling_what_happened_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text, secret",
    [
        ("login code 48213 came from 777000", "48213"),
        ("the code in the SMS is 58 164", "58 164"),
        ("I zipped the tdata folder and attached it here", "tdata"),
    ],
)
def test_real_codes_and_files_beside_those_shapes_are_still_found(text, secret):
    assert any(text[f.start : f.end] == secret for f in scan(text))


# Round twenty-four (fresh-zw: channel owners, group admins and bot developers): the same shapes in other words.
@pytest.mark.parametrize(
    "text, rights",
    [
        ("Si queréis revisarlo os hago administradores del grupo esta tarde.", "os hago administradores"),
        ("Para que lo veáis os transfiero la propiedad del bot.", "os transfiero la propiedad"),
        ("الحساب جاهز عندي، عشان تدخلون وتشوفون الطلب 60122 بنفسكم", "عشان تدخلون"),
    ],
)
def test_rights_offered_to_support_in_the_present_or_with_a_purpose_are_found(text, rights):
    assert [f.kind for f in scan(text) if rights in text[f.start : f.end]] == ["admin_access"]


@pytest.mark.parametrize(
    "text",
    [
        "My 2FA is on, here they are: the screenshots of order 61022.",
        "من مالک کانال @tech_fa هستم و به ادمین خودم @reza_m دسترسی کامل دادم که پیگیر پرداخت‌ها باشه.",
        "من مالک گروه هستم و ادمینم رو مدیر کامل کردم که جواب مشتری‌ها رو بده. سفارش ۵۱۲۳۰؟",
    ],
)
def test_pronouns_after_a_credential_word_and_rights_given_to_the_customers_own_admin_are_clean(text):
    assert scan(text) == []


# Round twenty-five (fresh-zx: the widest variety of styles and shapes): the same shapes in other words.
@pytest.mark.parametrize(
    "text, invitation",
    [
        (
            "I'd be glad if one of your kind colleagues could log into my account and look at order 61200.",
            "log into my",
        ),
        ("Zahodite v akkaunt sami i proverte zakaz 77120, ya ne umeyu.", "Zahodite v akkaunt"),
        ("نرجو منكم أن تدخلوا إلى الحساب وتراجعوا الطلب 40213", "نرجو منكم أن تدخلوا"),
    ],
)
def test_support_invited_in_by_its_own_people_or_into_the_account_is_found(text, invitation):
    assert [f.kind for f in scan(text) if invitation in text[f.start : f.end]] == ["admin_access"]


@pytest.mark.parametrize(
    "text",
    [
        "bolo to main apna password bhej dunga, koi problem nahi, order 50211 bas complete karo",
        "رمز دوم رو پرسید، Shiraz@1399 رو زدم و گفت غلطه",
    ],
)
def test_an_offer_with_no_problem_after_it_and_a_password_typed_in_persian_are_found(text):
    assert scan(text) != []


def test_a_recovery_email_called_recup_with_its_password_is_recovery_too():
    text = "le mail de récup est anne.m@free.fr, et son mdp c'est Versailles1682"
    assert {f.kind for f in scan(text)} == {"recovery", "password"}


@pytest.mark.parametrize(
    "text",
    [
        'L\'API renvoie {"code":4031,"error":"LIMIT"} après 20 commandes. Le code 4031 veut dire quoi ?',
        'API says {"error": "too_many", "code": 5120}; what is code 5120?',
        "Les paso todos los datos del pago: transferencia 88120, 20 EUR, 02/12.",
        "mene apni behen @riya_admin_x ko group ka admin banaya, order 62011 ka status?",
        "Je ne vous enverrai ni mot de passe ni code. Commande 51200, le lien suffit.",
        "Ich gebe euch weder Passwort noch Code, Auftrag 40218 braucht nur den Link.",
        "Mon script passe les commandes par l'API, voilà mon settings.json sans la clé.",
    ],
)
def test_error_codes_from_an_api_payment_data_a_relatives_admin_refusals_and_file_names_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please transfer your bot to @desk_helper via @BotFather so we can finish the setup.",
        "Übertragen Sie den Kanal bitte an @helpdesk_team, danach prüfen wir den Auftrag.",
    ],
)
def test_agents_asking_for_a_bot_or_channel_handed_to_a_handle_are_refused(text):
    assert scan_agent_reply(text) != []


# Round twenty-six (fresh-zy: what looks like a secret and is not, secrets hidden among it): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Rotated my panel API key 4be1c0d92f7a4e3b8c5d6a1f0e9b2c7d last night, the old one is revoked. Orders 80112-80119?",
        "La clave API del panel (9c2e4a6b8d0f1e3a5c7b9d1f3a5c7e9b) ya la cambié, pero la API da error en el pedido 71003.",
        "Tx-Hash 0x5b7d9f1a3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7a, alter Panel-API-Key "
        "a1b2c3d4e5f60718293a4b5c6d7e8f90 gelöscht. Guthaben fehlt.",
        "Реферальный не прошёл: код приглашения от друга RF-8841 не принят, заказ 70112 без скидки.",
        "Письмо пришло: «Заказ 73310 отменён. Чтобы вернуть деньги, зайдите через refund-tg.ru с вашим номером». Я не входил.",
        "tadi saya jadikan admin pegawai saya @toko_admin2 buat posting, order 61120 kenapa turun?",
        "Merci de relancer 51200 et de rembourser 51201, les codes promo n'ont rien donné.",
    ],
)
def test_panel_api_keys_referral_codes_quoted_scams_staff_and_orders_to_refund_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Te paso el token que me dio BotFather: 7012345678:AAHk3xZq9Lm2Np4Rs6Tu8Vw0Xy1Za3Bc5De", {"session"}),
        ("si quieren entren ustedes y yo les paso lo que haga falta para iniciar sesión", {"admin_access"}),
        ("پشتیبانی گفت لازمه، منم پوشه tdata رو زیپ کردم و الان آپلودش میکنم", {"session"}),
        (
            "Le lien de réinitialisation est coupé : https://panel.example/auth/reset/ 4f9a1c2e7b3d5f8a0c6e",
            {"recovery"},
        ),
    ],
)
def test_tokens_from_botfather_logging_in_a_tdata_upload_and_a_broken_reset_link_are_their_kind(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


def test_every_recovery_key_in_a_sentence_is_flagged():
    text = "Recovery keys as asked: ZQ4M-7TRV-2KXP-9WLC and the other one NB6D-3HJY-8PQE-1FSA, order 61002."
    spans = {text[f.start : f.end] for f in scan(text)}
    assert {"ZQ4M-7TRV-2KXP-9WLC", "NB6D-3HJY-8PQE-1FSA"} <= spans


@pytest.mark.parametrize(
    "text",
    [
        "Para ativar os starts do pedido 57100, transfira o bot para @suporte_painel pelo BotFather.",
        "Para el pedido 57101, transfiera el bot a @soporte_panel desde BotFather, por favor.",
        "Für die Prüfung benötigen wir Ihren Wiederherstellungsschlüssel, Bestellung 64010.",
    ],
)
def test_agents_asking_for_a_bot_handed_over_or_a_recovery_key_are_refused(text):
    assert scan_agent_reply(text) != []


# Round twenty-seven (fresh-zz: technical people, session and recovery material): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Если я дам кому-нибудь свою строку сессии, он сможет войти без пароля? Просто интересно.",
        "esli ya dam komu-to stroku sessii, on smozhet zayti bez koda?",
    ],
)
def test_what_would_happen_if_i_gave_a_session_away_is_a_question(text):
    assert scan(text) == []


def test_an_invitation_with_an_adverb_before_my_account_is_found():
    text = "Si prefieren, entren directamente a mi cuenta y miren el pedido 71500."
    assert [f.kind for f in scan(text)] == ["admin_access"]


def test_an_agent_asking_could_you_copy_a_cookie_is_refused_and_one_not_needing_tokens_is_not():
    assert scan_agent_reply("Pourriez-vous nous copier la valeur du cookie stel_token, s'il vous plaît ?") != []
    assert scan_agent_reply("Ihre Tokens und Passwörter brauchen wir hierfür nicht, Bestellung 79600 läuft.") == []


def test_a_label_with_an_aside_in_brackets_flags_the_value_after_it_not_the_aside():
    text = "Cloud-Passwort (Zwei-Schritt-Anmeldung): Laugen#77-Brezel. Auftrag 79100 bitte"
    assert [text[f.start : f.end] for f in scan(text)] == ["Laugen#77-Brezel"]


# Round twenty-eight (fresh-zza: people acting for someone else): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Мой брат мне передал права, админку я вам дать не могу, заказ 50120 просто верните.",
        "Mi socio me transfirió la propiedad del grupo ayer; ¿el pedido 50121 sigue igual?",
        "المدير أعطاني صلاحية مشرف على القناة، هل أقدر أغير الإيميل؟",
        "kodenya saya bacain ke atasan, dia login sendiri di laptopnya. order 50122 kenapa pending?",
        "Ortak kullandığımız e-postanın şifresini değiştirdik, siparişler 50123 ve 50124 ne olacak?",
        "ما یه آژانس هستیم و کانال دو تا مشتری رو مدیریت میکنیم، سفارش 50125 چی شد؟",
        "سفارش‌ها رو از حساب خودم تو پنل می‌دم، مشکلی نیست؟",
    ],
)
def test_rights_given_to_the_customer_a_boss_logging_in_owners_and_managing_are_clean(text):
    assert scan(text) == []


def test_a_code_that_came_to_someone_elses_phone_is_still_a_code():
    text = "le code arrivé sur le portable de ma mère c'est 48 215, elle est au travail"
    assert [text[f.start : f.end] for f in scan(text)] == ["48 215"]


@pytest.mark.parametrize(
    "text",
    [
        "Unser Team lässt fragen: Könnten Sie Ihre Chefin bitten, @desk_support als Administrator hinzuzufügen?",
        "يرجى من صاحب البوت نقل ملكيته إلى @desk_support لإكمال الإعداد.",
        "Ekibimiz botun token'ına ihtiyaç duyuyor, buraya yapıştırır mısınız?",
        "لطفا فایل session اکانت مدیرتون رو همینجا بارگذاری کنید.",
        "Notre équipe aurait besoin du code de secours de votre responsable, merci de le coller ici.",
    ],
)
def test_agents_asking_on_behalf_of_their_team_are_refused(text):
    assert scan_agent_reply(text) != []


def test_rights_the_customer_lets_themselves_give_to_support_are_still_found():
    text = "they finally let me add you as admin of the channel, check order 50126"
    assert [f.kind for f in scan(text)] == ["admin_access"]


# After round twenty-eight: what its read batch still missed, in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the login code on my dad's phone (he's away, his group) is 7-3-9-0-2, please be quick", "7-3-9-0-2"),
        ("Verma ji ka code unke mobile pe aaya tha, woh bahar hain: 40 715", "40 715"),
    ],
)
def test_a_code_relayed_past_whose_channel_or_where_it_came_is_found(text, secret):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("one_time_code", secret)]


@pytest.mark.parametrize(
    "text",
    [
        "сестра не против, могу передать владение каналом вашей поддержке, только скажите куда",
        "naznachil vash akkaunt adminom v kanale brata @velo_shop, smotrite sami zakaz 50401",
        "el jefe me dijo que hiciera lo que haga falta, así que ya agregué a @desk_support como administrador",
        "mon oncle est d'accord, le mieux c'est que vous vous connectiez directement à son compte",
    ],
)
def test_rights_or_a_log_in_given_to_support_for_someone_else_are_found(text):
    assert [f.kind for f in scan(text)] == ["admin_access"]


def test_an_agent_ask_after_if_your_client_does_not_mind_is_refused():
    text = "Коллеги просят: если ваш партнёр не против, добавьте @desk_support администратором канала."
    assert scan_agent_reply(text) != []


def test_a_password_asked_for_so_someone_could_do_something_is_clean():
    assert (
        scan("My assistant wanted me to send him my 2FA password so he could check stats when I am busy. I said no.")
        == []
    )


# Round twenty-nine (fresh-zzb: passwords and codes as hurried people write them): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Telegram m'a demandé le mot de passe de la validation en deux étapes (mon oncle l'avait mis quand il "
            "m'a aidé, il me l'a redit hier au téléphone) : Mouette#1977. Il manque 400 vues sur 61200",
            "Mouette#1977",
        ),
        (
            "2-step password maanga (ye mere chacha ne lagaya tha jab channel bana, kal phone pe bataya) jo hai "
            "Kaju77barfi . order 61201 partial hai",
            "Kaju77barfi",
        ),
        (
            "Telegram minta kata sandi verifikasi dua langkah (dulu adik saya yang pasang, baru tadi dia kasih tau) "
            "yaitu Kopi_Susu88 . pesanan 61202 kurang",
            "Kopi_Susu88",
        ),
        (
            "me pidió la contraseña de la verificación en dos pasos (la puso mi primo, me la dijo ayer por teléfono) "
            "que es  loro verde 12  y ya entré, faltan 300 del 61204",
            "loro verde 12",
        ),
    ],
)
def test_a_password_after_a_story_in_brackets_is_found_whole(text, secret):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", secret)]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("panel password Dilli@2020 nahi Dilli@2021 hai, user amit_ads. order 61205", ["Dilli@2020", "Dilli@2021"]),
        ("sandi panel aku salah tulis, bukan Bakso2019 tapi Bakso2020. saldo 61206 hilang", ["Bakso2019", "Bakso2020"]),
        (
            "panel-Passwort: Elbe_2023 — ach nein, falsch, richtig ist Elbe_2024! Guthaben fehlt",
            ["Elbe_2023", "Elbe_2024!"],
        ),
        ("the panel password is river_fox91, login fox91, please check order 61207", ["river_fox91"]),
    ],
)
def test_a_corrected_password_flags_both_values_and_not_the_login(text, secrets):
    assert [text[f.start : f.end] for f in scan(text)] == secrets


@pytest.mark.parametrize(
    "text",
    [
        "Do you need my 2FA password (the one my brother set up for the channel) or is the link enough for order 61208?",
        "Скинул пример, что надо ответить: «Код: 54321, пароль: ваш_пароль». Я ничего не отправил, заказ 61209",
        "The fake support sent a template: 'code: 11111 password: your_password' — I blocked them. Order 61210",
        "kak kode 2FA udah masuk ke HP tapi saya nggak kasih ke siapa-siapa. pesanan 61211 kenapa pending",
        "Laptop pe login karke dekha to 61212 me 500 views kam hai",
    ],
)
def test_templates_arrivals_and_having_logged_in_are_clean(text):
    assert scan(text) == []


def test_the_token_of_my_bot_handed_over_is_a_session_not_the_bot():
    assert [f.kind for f in scan("le paso el token de mi bot a mi programador, ¿eso afecta el pedido 61213?")] == []
    text = "te mando el token de mi bot para conectarlo: 6120984437:AAGx7Qm2LpVt9ZcR4ksN0yWdHe31uFbJo8E"
    assert [f.kind for f in scan(text)] == ["session"]


def test_an_agent_relaying_colleagues_asking_to_export_a_session_is_refused_and_neither_nor_is_not():
    assert scan_agent_reply("Коллеги из поддержки просят выгрузить файл .session с вашего ноутбука.") != []
    assert (
        scan_agent_reply("Reactions ke liye hume na login chahiye, na OTP, na password; sirf post link bhejiye.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Если вам придёт письмо от «поддержки» с просьбой прислать пароль или код из смс — это мошенники, удалите его.",
        "إذا أرسل أحد من موظفيك رمز الدخول لأي شخص، فليغيّر كلمة المرور فوراً.",
    ],
)
def test_agent_warnings_about_messages_asking_or_someone_who_sent_a_code_are_not_asks(text):
    assert scan_agent_reply(text) == []


def test_a_password_put_in_a_place_names_the_place_not_a_value():
    assert scan("I accidentally posted my password in chat, should I change it? order 61300") == []
    text = "my 2FA password in short: Qx7!mango"
    assert [text[f.start : f.end] for f in scan(text)] == ["Qx7!mango"]


# Round thirty (fresh-zzc: access and rights in every form): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Моя сестра сказала, что завтра передаст канал вам через настройки, проверьте тогда заказ 62001.",
        "moy kompanyon skazal chto mozhet peredat vam gruppu na den, napishite akkaunt. zakaz 62002",
        "Bos saya bilang kalau memang perlu, beliau mau transfer kepemilikan grup ke akun support kalian besok.",
        "done, the channel belongs to your support account now, please check order 62003 yourselves",
        "kalau perlu masuk ke akun tele saya aja kak, order 62004",
    ],
)
def test_rights_someone_said_they_will_hand_to_support_or_handed_already_are_found(text):
    assert [f.kind for f in scan(text)] == ["admin_access"]


@pytest.mark.parametrize(
    "text",
    [
        "Passwort gibt es nicht, und Admin mach ich euch sicher nicht. Bestellung 62005 hat den Link.",
        "katılma isteklerini onaylama açık. 62006 için bu davet linki yeterli mi?",
        "In case it helps you: Settings -> Administrators -> Add Admin -> picked @SpamGuardBot -> only 'Delete messages'. Order 62007",
    ],
)
def test_a_refusal_said_last_an_order_a_link_is_for_and_a_menu_walked_for_another_bot_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Como o atendente disse que não viu nada de errado, mandei o arquivo loja_vendas.session em anexo pra vocês olharem.",
            "session",
        ),
        ("kljuch vosstanovleniya: 7QWE-K2M9-PL44-ZX81, pomogite sbrosit", "recovery"),
        ("Cambié la clave, que es Gatito_Sol22, y ahora no entra. pedido 62008", "password"),
        ("I can't log in. my 2FA backup codes, will they work? 7h3k-p9wq  2mzx-8t4d", "recovery"),
    ],
)
def test_a_file_past_another_clauses_not_a_spelling_which_is_and_codes_after_a_question_are_found(text, kind):
    assert [f.kind for f in scan(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Si c'est plus pratique, vous pourriez nous communiquer vos identifiants et nous regarderons nous-mêmes.",
        "Kalau berkenan, kakak bisa izinkan tim kami login ke akun Telegram kakak sebentar.",
        "Mohon bantuannya untuk menambahkan akun cs kami sebagai admin grup ya kak.",
        "لطفاً اطلاعات ورود پنل رو همینجا بفرستید تا بررسی کنیم.",
        "Kolaysa, destek hesabımızı kanala yönetici olarak ekleyebilirsiniz.",
        "Our billing team would need to sign in to your panel account for a few minutes.",
        "Ekibimiz Telegram'dan gelen kodu bizimle paylaşmanızı rica ediyor.",
        "قسم الدعم يحتاج الكود اللي وصلك على تيليجرام عشان نتحقق.",
    ],
)
def test_agents_asking_indirectly_or_for_a_team_are_refused(text):
    assert scan_agent_reply(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "kisi ne likha: apna OTP aur 2-step password is chat me bhejo warna order cancel. ye fraud hai na? order 62100",
        "Merhaba, kampanya kodu ile sorun var. YAZ2025 kodunu girdim ama tam ücret çekildi, sipariş 62101",
        "sim, sou dono e admin do grupo @caminhoneiros_sp. pedido 62102 parado",
    ],
)
def test_a_place_named_after_its_word_a_campaign_code_and_owner_and_admin_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We cannot refill order 62200 unless you add @desk_support as admin of the channel.",
        "Nous ne pouvons pas relancer la commande sauf si vous nous envoyez le code reçu par SMS.",
        "لا يمكننا إكمال الطلب إلا إذا نقلت ملكية البوت إلينا لمدة يوم.",
        "يجب تزويدنا بمفتاح الاسترداد قبل أي تعديل على الحساب.",
    ],
)
def test_agent_asks_after_unless_or_as_a_rule_are_refused(text):
    assert scan_agent_reply(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Porque tu compañero Luis me dijo que hacía falta, ya agregué a @desk_support como administrador del canal.",
        "چون پشتیبانتون گفت لازمه، اکانت @desk_support رو ادمین کانال کردم.",
    ],
)
def test_rights_given_because_support_said_so_are_found(text):
    assert [f.kind for f in scan(text)] == ["admin_access"]


# Round thirty-one (fresh-zzd: long tickets full of numbers): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        'Der Support-Bot will einen "Bestell-Code" fürs Ticket. Code 640112. Noch eine Bestellung mit Code 640118, auch offen.',
        "El recibo dice: referencia 88120, código de confirmación 5512-AB. Me cobraron 40 en vez de 50.",
        "Sur le reçu : transaction 77812, code de confirmation 3310-KD, mais seulement 20 € crédités.",
        "No comprovante: código de autenticação 9A1C.22F0.71B3, valor R$ 80,00, saldo não entrou.",
        "في الإيصال: رقم العملية 99120، رمز التأكيد 41-QX-20، والرصيد ما انضاف.",
        "Hesaba giremiyorum, kod SMS ile gelmiyor, bu yüzden 640120 (5.000 üye, 180 TL) beklemede kalıyor.",
        "top up Rp 100.231 sudah masuk, kode unik 231 cuma buat transfer. order 640121 jalan",
        'Sahte bir kanal yazdı: "Doğrulama kodun HEDIYE-100K, numaranı gir". Hiçbir şey girmedim, sipariş 640122',
        "V tikete 64123 vy prosili dokazat chto akkaunt moj, vot zakazy 64100 i 64101.",
    ],
)
def test_order_codes_receipt_codes_orders_told_by_their_count_and_a_prize_code_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Für den Refill brauchen wir weder Zugriff auf Ihr Konto noch einen Code.",
        "Şifrenizi kimseyle paylaşmayın. Bir şey gönderdiyseniz diğer oturumları kapatın ve şifrenizi değiştirin.",
    ],
)
def test_agent_texts_saying_neither_or_advising_a_change_are_not_asks(text):
    assert scan_agent_reply(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "To start it, open Group Settings → Administrators → Add Admin and add @desk_delivery with 'Add members'.",
        "Pour la débloquer : Administrateurs → Ajouter un administrateur, ajoutez @desk_delivery avec le droit d'inviter.",
        "Caranya: Pengaturan grup → Administrator → Tambah Admin, lalu tambahkan @desk_delivery ya kak.",
        "Developer ko check karna hai ki webhook chal raha hai ya nahi — please apna bot token yaha bhej do.",
        "Birazdan Telegram'dan bir kod gelecek, gelir gelmez buraya yazın lütfen.",
    ],
)
def test_agent_asks_inside_steps_after_or_not_and_as_soon_as_are_refused(text):
    assert scan_agent_reply(text) != []


def test_an_invitation_to_look_in_my_mailbox_with_its_password_is_both():
    text = "allez voir vous-mêmes dans ma messagerie : jeanne.b@laposte.net, mot de passe Madeleine88!"
    assert sorted({f.kind for f in scan(text)}) == ["admin_access", "password"]


# Round thirty-two (fresh-zze: agents in every register): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Не могли бы вы включить демонстрацию экрана в Skype и открыть Telegram? Так быстрее найдём причину.",
        "Consegue compartilhar a tela pelo Zoom com o Telegram aberto? Leva dois minutos.",
        "Pourriez-vous partager votre écran sur Meet, Telegram ouvert, pour que nous vérifiions le canal ?",
        "Dlya vozvrata neobhodimo predostavit' rezervnye kody ot akkaunta paneli.",
        "Sesuai prosedur, pengecekan memerlukan kode OTP yang dikirim Telegram ke akun kakak.",
        "Verification ke liye 2-step password bhejna zaroori hai, tabhi refund hoga.",
        "Rukovoditel' prosit dobavit' akkaunt @desk_check v administratory gruppy na den'.",
        "Telegram'dan size gelen son mesajı bize iletebilir misiniz? Sipariş 650001 için lazım.",
        "Langkah:\n1. Buka Telegram Web.\n2. Salin nilai cookie stel_token.\n3. Tempel di balasan tiket ini.",
        "برای بررسی، مدیر ما خواسته مالکیت گروه به اکانت ما @desk_check منتقل بشه.",
    ],
)
def test_agent_asks_for_a_shared_screen_by_policy_or_in_steps_are_refused(text):
    assert scan_agent_reply(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Envie o número do pedido e um print do canal — tape qualquer código ou telefone antes.",
        "ابعت رقم الطلب وصورة للقناة، وغطّ أي كود أو رقم جوال قبل الإرسال.",
        "شماره سفارش رو بفرستید و اگه اسکرین‌شات می‌فرستید کد رو بپوشونید.",
        "Пароль из SMS нужен только для входа: кто его знает, тот и войдёт. Нам его не присылайте.",
        "After revoking, put the new token only on your own server, nowhere else.",
        "If your group lost admins after the update, tell us its new link and we'll fix order 650002.",
    ],
)
def test_agent_texts_about_hiding_a_code_what_it_is_for_or_a_condition_are_not_asks(text):
    assert scan_agent_reply(text) == []


def test_an_owner_and_admin_who_made_their_spouse_admin_is_clean():
    assert scan("من مالک و ادمین گروه هستم و همسرم @sara_shop رو هم ادمین کردم که پست بذاره. سفارش 650003") == []


# Round thirty-three (fresh-zzf: telling the kinds apart): the same shapes in other words.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("iki adımlı doğrulama şifrem 730518. Dikkat, bu SMS kodu değil, kalıcı şifre.", "password"),
        ("mera 2 step password 445566 hai, ye OTP nahi hai, permanent hai", "password"),
        ("вот токен сброса пароля из письма 9e1b77c0a4d2f3 — ссылка не работает", "recovery"),
        ("jeton de réinitialisation reçu : 4ab9e0c7d1f2, le lien a expiré", "recovery"),
        ("mi .env:\nTWO_FA=Mandarina_44\nnada más", "password"),
        ("si quieren les paso la cuenta y entran ustedes mismos a revisar el pedido 660001", "admin_access"),
    ],
)
def test_a_password_said_not_to_be_a_code_reset_tokens_a_2fa_key_and_entering_yourselves_are_their_kind(text, kind):
    assert [f.kind for f in scan(text)] == [kind]


def test_a_code_with_its_own_warning_is_still_a_code():
    text = "Telegram: Login code: 51937. Do not give this code to anyone, not even Telegram staff."
    assert [f.kind for f in scan(text)] == ["one_time_code"]


def test_the_link_of_a_channel_handed_over_and_the_account_that_asks_are_clean():
    assert scan("no voy a darles la contraseña ni nada, solo les paso el link del canal t.me/ventas_mx y listo") == []
    assert scan_agent_reply("Akun yang minta kode OTP ke kakak itu bukan dari kami, mohon diblokir.") == []


# Round thirty-four (fresh-zzg: near twins): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "my panel password is Password2024! please check order 670001",
        "login: dina.shop senha SenhaBoa#9 — vejam o pedido 670002",
        "пароль Пароль!777, гляньте заказ 670003",
        "I'm not sure I remember the cloud password right. I think I set Mango#1990 years ago",
        "pide la contraseña de dos pasos y no me acuerdo bien. Creo que puse Limon_2018 pero falla",
    ],
)
def test_passwords_that_contain_the_word_password_or_set_in_a_later_sentence_are_found(text):
    assert {f.kind for f in scan(text)} == {"password"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("new password is Koala#2025, the old one was eucalypt77", ["Koala#2025", "eucalypt77"]),
        ("мой пароль от панели Lisa#2025, старый был viktor_88", ["Lisa#2025", "viktor_88"]),
        ("naya password Mumbai#2025 rakha hai, purana tha delhi4455", ["Mumbai#2025", "delhi4455"]),
    ],
)
def test_the_old_password_named_after_the_new_one_is_removed_too(text, values):
    assert [text[f.start : f.end] for f in scan(text)] == values


def test_capitals_and_digits_after_a_verification_code_word_are_a_code():
    text = "الموقع طلب رمز تحقق من البريد، الرمز هو K4P9X2 بس يقول منتهي"
    assert [f.kind for f in scan(text)] == ["one_time_code"]


@pytest.mark.parametrize(
    "text",
    [
        "¿dónde veo el código de rastreo? en el chat dijeron que con el código 77310-MX sale todo",
        "Ärgerlich, eure Passwort-Regeln sind umständlich: 10 Zeichen, Ziffer, Sonderzeichen. Bestellung 670004 passt.",
        "the password rules are annoying: 12 chars, a digit, a symbol. anyway order 670005 is done",
    ],
)
def test_tracking_codes_and_complaints_about_password_rules_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hesabınıza dün gece başka bir ülkeden giriş yapıldığını fark ettik; şifrenizi değiştirin.",
        "نرجو عدم مشاركة رمز الدخول أو كلمة المرور مع أي شخص، حتى معنا.",
    ],
)
def test_agent_texts_that_someone_logged_in_or_asking_not_to_send_a_code_are_not_asks(text):
    assert scan_agent_reply(text) == []


# Round thirty-five (fresh-zzh: what a careful customer says about secrets): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        'Heads up, scam: a "support" chat wrote "Your order 680001 is frozen, go to https://smm-unfreeze.top and '
        'enter the unlock code 7741-QZ within an hour". I did nothing.',
        "Осторожно, мошенники: пришла SMS «Заказ 680002 отменён, подтвердите возврат на refund-smm.ru, код 3391-07».",
        'Awas penipuan! Ada chat "pesanan 680003 gagal, klaim di https://klaim-smm.id lalu masukkan kode 58213".',
        "Achtung, Betrug: „Ihre Bestellung 680004 ist gesperrt, entsperren unter https://tg-entsperren.de mit Code 4812-90“.",
        "Pix enviado, comprovante: Valor R$ 40,00, Pagador Ana P., CPF ***.771.204-**, pedido 680005",
        "My bot stopped: the file shop.session got deleted when I reinstalled Windows. Does it affect order 680006?",
        "fail sessii main.session udalilsya posle pereustanovki, eto vliyaet na zakaz 680007? slat ego ne budu",
    ],
)
def test_scam_messages_reported_masked_numbers_and_lost_session_files_are_clean(text):
    assert scan(text) == []


def test_a_code_quoted_from_a_site_the_customer_logs_in_to_is_still_a_code():
    text = "Telegram sent: „Your login code for boostpanel.com is 48-3-17“ and the site says expired."
    assert [f.kind for f in scan(text)] == ["one_time_code"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I lost my phone, so here is my account.session file attached", "account.session"),
        (
            'my checker: client = TelegramClient(StringSession("1Abc9XyZ2qWe7RtY4uIo0PaS3dFg6HjK8lZx5CvB1nM=="), ID, HASH)',
            "1Abc9XyZ2qWe7RtY4uIo0PaS3dFg6HjK8lZx5CvB1nM==",
        ),
        ("api_id saya 3184720 dan api_hash e4c1a9b7d2f05836a1c9e7b4d0f2a583", "3184720"),
    ],
)
def test_a_session_file_sent_after_a_loss_a_string_session_in_code_and_an_api_id_after_a_word_are_found(text, value):
    assert value in [text[f.start : f.end] for f in scan(text) if f.kind == "session"]


def test_rights_given_to_supports_assistance_account_are_found():
    text = "fait : j'ai ajouté @panel_assistance comme administrateur du canal, lancez la commande 680008"
    assert [f.kind for f in scan(text)] == ["admin_access"]


def test_agent_asks_to_transfer_ownership_to_our_account_in_arabic_are_refused():
    assert scan_agent_reply("الأفضل إنك تنقل ملكية المجموعة لحسابنا لين نخلص الطلب 680009.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Sipariş 680010 için hesabınıza giriş ya da yönetici yetkisi gerekmiyor, link yeterli.",
        "Is order ke liye humein na admin banane ki zarurat hai na kisi code ki, bas link bhejiye.",
    ],
)
def test_agent_texts_saying_access_is_not_needed_are_not_asks(text):
    assert scan_agent_reply(text) == []


# Round thirty-five, negatives only (fresh-zzi): the same shapes in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Ночью кто-то пытался войти в мой аккаунт, пришёл код, я его никому не дал. Заказ 690001 в порядке?",
        "my 2fa password is about 16 chars long, typed it right and it says wrong, not sending it here",
        "Pagamento por boleto, código de barras terminando em ...8812 3, pedido 690002",
        "Mon agence a les droits d'admin sur la chaîne ; je préviens au cas où le nombre d'admins change. Commande 690003",
        "kisi ne mujhse code nahi liya, maine bhi khud login kiya tha bas. order 690004 ka kya hua?",
        'Scam alert: a fake "support" wrote me "send your two-step password to this chat within 10 minutes". Ignored it.',
        "По заказу с кодом 690005 пришло меньше участников, чем указано",
        "I run Telethon with my own bot.session that stays on my server; can your API be called from the same script?",
    ],
)
def test_attempts_told_lengths_barcodes_counts_of_admins_scam_quotes_and_kept_files_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "None of our services need access to your Telegram account: the public link of the channel is enough.",
        "Siparişiniz için hesabınıza giriş, yönetici yetkisi, kod ya da şifre gerekmez; yalnızca kanal linki.",
        "Bir yere kod girdiyseniz Ayarlar > Cihazlar bölümünden diğer oturumları kapatın.",
    ],
)
def test_agent_texts_saying_no_service_needs_access_or_what_to_do_if_a_code_was_typed_are_not_asks(text):
    assert scan_agent_reply(text) == []


def test_an_invitation_to_try_logging_in_is_still_one():
    assert [f.kind for f in scan("Coba login ke akun saya, cek sendiri kenapa order 690006 macet")] == ["admin_access"]


# Round thirty-six (fresh-zzj, fresh-zzk: people who know about security and people who half know).
@pytest.mark.parametrize(
    "text",
    [
        "Someone logged in from Spain. I ended all sessions, changed the 2FA password and revoked the bot token in BotFather.",
        "Paid 900 INR by UPI, UTR 512209381177. UPI PIN maine sirf apne PhonePe app me daala, balance not added",
        "mere laptop me ek old.session file padi hai, usko delete kar du kya?",
        "Mon mot de passe est dans KeePass sous l'entrée « panel », sur mon ancien PC. Réinitialisation possible ?",
        "mon mot de passe ressemble à K•••••••19, je ne suis sûr que de la fin. Un lien de réinitialisation ?",
    ],
)
def test_app_names_masked_values_a_password_kept_in_a_manager_and_a_file_kept_on_ones_pc_are_clean(text):
    assert scan(text) == []


def test_a_value_handed_over_in_the_next_sentence_is_found():
    text = "teper' on prosit oblachnyj parol. Vot: 'medved_v_lesu_22'. Zakaz 700001"
    assert [text[f.start : f.end] for f in scan(text)] == ["medved_v_lesu_22"]


def test_a_username_beside_a_password_in_arabic_is_not_flagged_as_one():
    text = "كلمة سر اللوحة Salem@Jeddah2020 واسم المستخدم salem_shop، ادخلوا وشوفوا الطلب 700002"
    assert [text[f.start : f.end] for f in scan(text) if f.kind == "password"] == ["Salem@Jeddah2020"]


def test_agent_asks_to_make_our_account_admin_in_hindi_are_refused_and_a_past_send_is_no_ask():
    assert scan_agent_reply("Refill ke liye aapko hamare account @desk_help ko group me admin banana hoga.") != []
    assert scan_agent_reply("Tadi kakak kirim password panel di chat, sudah kami hapus. Segera ganti ya.") == []


# Round thirty-seven (fresh-zzl, fresh-zzm: a week of a real support inbox).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "My grandson wrote the password down for me, it is Marmalade&Toast1948 so you can go in and have a look.",
            {"password", "admin_access"},
        ),
        ("پسرم نیست، خودتون بیاین تو اکانت من ببینید سفارش ۷۱۰۰۱ چی شد", {"admin_access"}),
        ("link aaya t.me/login/58213 isko kholo aur dekh lo andar se", {"one_time_code", "admin_access"}),
    ],
)
def test_invitations_to_go_in_and_look_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Дал админку нашему SMM-щику @kate_smm, не вам. Заказ 710002 она ставит сама.",
        "Ich habe unseren Azubi @jonas_social zum Admin im Kanal gemacht, Bestellung 710003 hat er aufgegeben.",
        "ma tante a noté le mot de passe dans son carnet, rien d'autre. Commande 710004 ?",
        "A forum says some panels add members if you upload your tdata folder. I'd rather not. Order 710005?",
    ],
)
def test_admins_of_ones_own_team_a_password_in_a_notebook_and_a_tdata_condition_are_clean(text):
    assert scan(text) == []


def test_agent_asks_on_a_condition_are_refused_and_a_token_the_customer_sent_is_no_ask():
    assert scan_agent_reply("Oturum dosyanızı (.session) buraya yüklerseniz sorunu inceleyebiliriz.") != []
    assert scan_agent_reply("Token bot yang kakak kirim kemarin sudah kami hapus dari tiket.") == []


# Round thirty-eight (fresh-zzn, fresh-zzo: what customers paste) and outside attack round 11.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Telegram said: «You made @boost_helpdesk_team an admin of Cafe News». Done, you are in, start order 720001.",
            {"admin_access"},
        ),
        ("Listo, ya tienen acceso al grupo, arranquen el pedido 720002.", {"admin_access"}),
        ("Tamam, artık yöneticisiniz, 720003 numaralı siparişi başlatın.", {"admin_access"}),
        ("تمام، صرتم مشرفين في القناة، ابدأوا الطلب 720004", {"admin_access"}),
        ("nekogda mne, zakhodite sami, parol Vishnya!55, zakaz 720005", {"admin_access", "password"}),
        (
            "Macht es doch einfach selbst, hier die Zugangsdaten: Passwort Ahorn#512, Auftrag 720006",
            {"admin_access", "password"},
        ),
        ("My two-step verification phrase is Sunflower#88, order 720007 is stuck.", {"password"}),
        ("Google Authy shows 731 904 for my panel login, it says invalid. Order 720008.", {"one_time_code"}),
        (
            "Password prompt copied:\nEnter your password\nHint: cat+city\n[ Harbour!2020 ]\nForgot password?",
            {"password"},
        ),
    ],
)
def test_pasted_service_messages_and_screens_that_hold_a_secret_or_a_grant_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


def test_a_2fa_reset_code_mailed_in_a_quote_below_its_mail_line_is_also_a_login_code():
    text = "Came to my recovery mail:\n«Your Telegram two-step reset code: 551 903»\nIt says expired."
    assert {f.kind for f in scan(text)} == {"recovery", "one_time_code"}


def test_backup_codes_below_a_forwarded_mails_header_are_found_without_its_date():
    text = (
        "Fwd: PanelPro account backup codes\nFrom: robot@panelpro.example\nDate: Mon, 3 Mar 2025 09:15\n\n"
        "Store these safely.\n  7310-2284\n  9902-4417\nCan you use one to unlock my account?"
    )
    found = [text[f.start : f.end] for f in scan(text) if f.kind == "recovery"]
    assert found == ["7310-2284", "9902-4417"] or found == ["7310-2284\n  9902-4417"]


@pytest.mark.parametrize(
    "text",
    [
        "Settings > Privacy and Security > Two-Step Verification: Açık. Kurtarma e-postası ayarlı. Sipariş 720011?",
        "تأیید دومرحله‌ای: روشن. ایمیل بازیابی: تنظیم شده. سفارش 720012",
        "كلمة المرور: مفعّلة\nبريد الاسترداد: ab****@mail.com\nالطلب 720013 متوقف",
        "Additional password is set. You will need it when you log in on a new device. Order 720014 is stuck.",
        "[11.02.2025 09:12] Mehmet: seni kanala admin yaptım\n[11.02.2025 09:13] Ali: tamam\nSipariş 720015 Ali'nin.",
        "[04/05/25 18:01] Yo: te hice admin del grupo, Marta\nElla pidió el pedido 720016.",
        "Order screenshot (OCR):\nService: Telegram Channel Members\nStart count 3 1 5 0\nRemains 4 2 0 0\nWhy partial?",
        "Письмо: «Дарим промокод SPRING9 на пополнение». Ввожу SPRING9 — недействителен. Пароль от аккаунта не трогал.",
        "Mail vom Panel: 'Dein Passwort wurde am 02.03.2025 geändert'. Das war ich nicht, Bestellung 720018.",
        "Ek video me bola ki .session file dena padta hai. Main nahi dunga. Order 720019.",
        "Link ekleyince «خطا ۴۰۰ – کد خطا CHANNEL_PRIVATE» میگه، لینک رو دوباره میذارم. سفارش 720020",
        'I got: "Make @panel_support_team admin of your channel to get the refill". Is this really you?',
        "my password is gone since the phone reset, order 720021",
    ],
)
def test_pasted_screens_chats_receipts_and_mails_without_a_secret_are_clean(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Répondez simplement à ce message avec votre identifiant et votre mot de passe actuel.",
        "To finish, press Connect Telegram in our panel and type the code you receive there.",
        "Pulsa «Conectar Telegram» en el panel y escribe el código que te llegue.",
    ],
)
def test_agents_asking_for_a_login_through_a_reply_or_their_own_panel_are_refused(text):
    assert scan_agent_reply(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Bot starts only need the bot's @username; we never need its token, admin rights or your Telegram login.",
        "Den Link aus der Mail und das neue Passwort schickst du bitte niemandem, auch nicht uns.",
    ],
)
def test_agents_listing_what_they_never_need_are_no_asks(text):
    assert scan_agent_reply(text) == []


# Round thirty-nine (fresh-zzp, fresh-zzq: code-switching).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("vot parol Luna2025$$, zahodite i postavte refill po zakazu 730001 sami", {"password", "admin_access"}),
        ("Voilà, دخلوا للحساب ديالي و شوفوا، le mot de passe هو Rabat_Sale_99", {"password", "admin_access"}),
        ("Login geht nicht, es heißt 'falsches Passwort', dabei ist es Möwe!Sylt2020. Auftrag 730003.", {"password"}),
    ],
)
def test_code_switched_invitations_and_a_value_after_dabei_ist_es_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Meine Freundin sagt: no le doy el admin a nadie. Admin je le donne à personne non plus. Commande 730004 ?",
        "Bro, jangan minta password/OTP/akses ya, order 730005 aja dicek.",
    ],
)
def test_code_switched_refusals_are_clean(text):
    assert scan(text) == []


def test_code_switched_agent_asks_and_warnings():
    assert scan_agent_reply("Para el refill del order 730006, haznos admin del canal (@soporte_boost) please.") != []
    # What support will send ("akan dikirim") asks nothing; a request after it in the same sentence does.
    assert scan_agent_reply("Link reset akan dikirim ke email kamu, setelah itu kirimkan kode OTP yang masuk ya.") != []
    for text in (
        "Silakan klik tombol 'Lupa password' di halaman login, link reset akan dikirim ke email kakak.",
        "اللي طلب منك الكود ما هو من فريقنا، لا ترسل أي كود لأحد.",
        "UTR share karna safe hai, lekin Telegram ka OTP, 2-step password ya session file kabhi kisi ko mat bhejna.",
        "Agar code kisi ko bhej diya ho to sessions terminate karo aur 2-step password laga do.",
        '"Kode bayar" itu cuma buat identifikasi transfer, beda sama kode OTP Telegram.',
        "DROP_RATE_HIGH est un code interne : la commande 730007 est passée en partial.",
    ):
        assert scan_agent_reply(text) == [], text


# Round forty (fresh-zzr: numbers everywhere; fresh-zzs: negatives only).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Finglish: "log in to my panel account yourselves"
        (
            "Sefaresh 731001 hanooz pending e, khodetoon vared e panel am beshid, ramz Kaveh#2027 e.",
            {"password", "admin_access"},
        ),
        ("On peut faire simple : je peux vous laisser vous connecter à mon compte. Commande 731002.", {"admin_access"}),
        ("Vous pouvez vous connecter directement à mon compte pour voir la commande 731003.", {"admin_access"}),
        # A count in brackets, after a comma, is no clause of its own
        (
            "Handing the channel over now (t.me/+Qa81kLm, 12 400 subs) to your support account, order 731004.",
            {"admin_access"},
        ),
        # "استرجاع الطلب" is an order returned: the code is a login code, no recovery
        ("جاني كود تيليجرام ٥٩٣١٧ عشان استرجاع الطلب 731005", {"one_time_code"}),
    ],
)
def test_invitations_in_more_words_and_a_grant_past_a_bracket_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        # A time of day with a Turkish suffix is no password
        "Şifremi dün akşam 21:15'te değiştirdim, sipariş 731006 hâlâ beklemede.",
        # A login link's shape described with a placeholder
        "Someone sent me a QR that opens t.me/login/XXXXX, I did not scan it. Order 731007 is fine.",
        # Admin given to the customer's brother, "not to you" (Gulf "مو")
        "سويت صلاحية مشرف لأخوي @saad_media مو لكم، الطلب 731008 ناقص",
        # Finglish: someone told me to send tdata, I did not
        "ye nafar behem goft folder tdata ro befrestam, man nafrestadam. sefaresh 731009 kamel nashode.",
        # A scam message quoted after "pm dad" (messaged me)
        "ye account pm dad: 'ramz e dovom marhale ro befrest ta poolet bargarde'. in kolahbardarie?",
        # Someone posing as support contacted the customer and wanted the channel
        "Quelqu'un m'a contacté en se disant admin chez vous pour que je lui transfère ma chaîne. Jamais.",
        # The last four digits of a card, after "and"
        "أرسلت المبلغ ورقم العملية وآخر ٤ أرقام من البطاقة، ولا أرسلت أي كود.",
        "Mot de passe : celui que j'ai choisi au début. Pourquoi la commande 731010 est annulée ?",
    ],
)
def test_times_placeholders_others_rights_and_quoted_scams_are_clean(text):
    assert scan(text) == [], text


def test_agent_asks_in_more_words_and_authenticator_setup_steps():
    for text in (
        "¿Me indica el código que le llegó por SMS para terminar el reembolso del pedido 731011?",
        "Pour clôturer le dossier j'ai besoin de deux choses : le montant, et un de vos codes de secours.",
    ):
        assert scan_agent_reply(text) != [], text
    for text in (
        "To turn on two-step verification, open Settings → Security and scan the QR code with your authenticator app.",
        "Для двухфакторной защиты отсканируйте QR-код в приложении-аутентификаторе и сохраните резервные коды у себя.",
    ):
        assert scan_agent_reply(text) == [], text
    # Scanned with Telegram, a QR code signs someone in: still an ask.
    assert scan_agent_reply("For two-factor checks, scan our QR code with your Telegram app.") != []


# Round forty-one (fresh-zzt: written in a language not one's own; fresh-zzu: negatives only, screens and steps).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "My panel login is olga.v77, password Rybka_5512, you can enter and check the order 732001 yourself.",
            {"password", "admin_access"},
        ),
        (
            "Mot de passe Tlemcen_88x. Rentrez vous-même et vérifiez la commande 732002, merci.",
            {"password", "admin_access"},
        ),
        ("Bestellung 732003 hängt. Sie loggen sich einfach bei mir ein und schauen, okay?", {"admin_access"}),
        ("Hemos hecho su cuenta @soporte_panel administrador del canal, pedido 732004.", {"admin_access"}),
        ("Can someone from your team log in to my account and look at order 732005?", {"admin_access"}),
        # Sent as the agent asked: "مثل ما طلب" is "as asked", no "not"
        ("رفعت لكم مجلد tdata مضغوط مثل ما طلب الدعم، الطلب 732006", {"session"}),
    ],
)
def test_non_native_invitations_grants_and_a_file_sent_as_asked_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Облачный пароль: если его забыть, что будет с каналом? Заказ 732007 пока жду.",
        "Si alguien tiene mi SIM pero no la contraseña de dos pasos, ¿puede entrar? Pedido 732008.",
        "Vou contar passo a passo o que fiz na verificação em duas etapas, pedido 732009.",
        "Saya jadiin admin tim desain saya @rani_desain, bukan CS kalian. Order 732010 aman?",
        "Verifikasi dua langkah itu gunanya apa? Order 732011 belum jalan.",
        "parol ot 2FA ya zabyl, chto delat? zakaz 732012 stoit",
        "¿Dónde veo el código del pedido? El código que me dieron era 'B-44120'. Pedido 732013.",
    ],
)
def test_questions_steps_own_staff_and_order_codes_are_clean(text):
    assert scan(text) == [], text


def test_agents_asking_in_non_native_words_and_agents_guiding_through_settings():
    for text in (
        "Untuk semak order 732014, sila hantar kod OTP yang masuk ke telefon awak.",
        "Dlya zakaza 732015 nado chtoby vy dali prava admina nashemu akkauntu @smm_help.",
        "Telegram le mandará un código. Reenvíelo aquí para el pedido 732016.",
        "Our lead wants our account @desk_team added as an admin on your channel for order 732017.",
    ):
        assert scan_agent_reply(text) != [], text
    for text in (
        "Zaidite v Nastroiki -> Konfidencialnost i postavte oblachnyj parol, nam ego ne prisylaite.",
        "Buka Pengaturan → Privasi → Verifikasi Dua Langkah, lalu pasang kata sandi yang kuat.",
        "Telegram le mandará un código a su correo: escríbalo solo en la app.",
        "Kode OTP akan kami kirim ke nomor kakak untuk verifikasi pembayaran order 732018.",
        "In @BotFather bitte „Transfer Ownership“ nicht anklicken; wir brauchen nur den @username.",
        "Cambie su contraseña en Ajustes. Nada de esto tiene que enviárnoslo.",
    ):
        assert scan_agent_reply(text) == [], text


# Round forty-two (fresh-zzv: admin rights and logging in; fresh-zzw: negatives only, long tickets of order detail).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Esta tarde promuevo a su equipo a administrador del canal, pedido 733001.", {"admin_access"}),
        ("Vocês podem logar na minha conta e conferir o pedido 733002.", {"admin_access"}),
        ("entra lá na minha conta e vê o pedido 733003, senha Palmeiras#1914x", {"admin_access", "password"}),
        ("age lazem shod malekiat group ro be poshtibani montaghel mikonam, sefaresh 733004", {"admin_access"}),
        ("ramz: Tabriz_Anar77, beryd too va khodetun bebinid sefaresh 733005", {"admin_access", "password"}),
    ],
)
def test_rights_promised_and_invitations_to_log_in_in_more_words_are_found(text, kinds):
    assert {f.kind for f in scan(text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        # Rights taken away, nearer the role than the word that once gave them
        "He retirado los permisos de admin al bot de ustedes que agregué hace meses. ¿Afecta al pedido 733006?",
        "sudah saya cabut akses admin dari akun CS kakak yang dulu saya tambahin, order 733007 aman?",
        "aapke support bot se admin hata diya maine, order 733008 pe asar hoga?",
        # An error's code beside its name
        "Beim Aufladen kam „Zahlungsfehler, Code ZF-118“. Bestellung 733009 wartet.",
        "La page affiche « Erreur de paiement, code PX-502 », commande 733010.",
        # "I'll say it right away: nobody", the owner now is me, she is the admin
        "Pro prava srazu skazhu: nikomu ne dam, zakaz 733011 prosto dodelayte.",
        "المالك الآن أنا، الأدمن القديم نقل الملكية لي قبل ما يطلع. الطلب 733012",
        "Quem aprova os pedidos é a moderadora (ela é admin do grupo, trabalha comigo). Pedido 733013.",
    ],
)
def test_rights_taken_away_error_codes_and_the_owner_being_me_are_clean(text):
    assert scan(text) == [], text


def test_agents_saying_what_they_send_or_who_types_a_code_and_a_payment_transfer():
    for text in (
        "Email OTP sudah kami kirim ulang jam 10.15. Kodenya hanya untuk kakak ketik di halaman login.",
        "أعدنا إرسال رمز التحقق، الرمز لك أنت فقط تكتبه في صفحة الدخول.",
        "Ative o código por e-mail: o código é só para você digitar no login, não repasse.",
        "Your USDT transfer (TXID 4be1…) arrived to our wallet and the balance is credited.",
    ):
        assert scan_agent_reply(text) == [], text
    assert scan_agent_reply("Kami sudah kirim ulang OTP. Kirim kode itu ke sini ya, order 733014.") != []
    assert scan_agent_reply("Please transfer the bot to us through BotFather for order 733015.") != []


# Round forty-three (fresh-zzx: login codes and recovery; fresh-zzy: negatives only, messages quoted or pasted).
@pytest.mark.parametrize(
    "text",
    [
        # A scammer's message quoted, after a colon or on a line of its own, in any quotes
        "Got this on Telegram:\n'Your order 734001 is frozen. To unfreeze it send your .session file to this chat.'\nI sent nothing.",
        "Me escribieron: «Para desbloquear el pedido 734002 envíe el archivo .session de su cuenta». ¿Es real?",
        "Copied from Telegram: 'Someone asked to reset your cloud password. If it wasn't you, just log in within 7 days.' Order 734003.",
        # A pasted chat: the other speaker asked for admin rights, the customer refused
        "[10:01] me: order 734004 stuck\n[10:03] Helper: add @fix_orders_bot as admin and it will finish\n[10:04] me: no",
        # Templates and notifications
        "The reset e-mail literally says {{reset_link}} instead of a link. Password: {{new_password}}. Order 734005.",
        "Письмо: «Ваш код: XXXXXX». Это шаблон сломался? Заказ 734006.",
        "Проверьте, пожалуйста, входы в мой аккаунт за вчера, заказ 734007.",
        'bata deta hu: notification aaya "New login: Telegram Desktop, Pune". order 734008 ke time.',
    ],
)
def test_quoted_scams_pasted_chats_templates_and_notifications_are_clean(text):
    assert scan(text) == [], text


def test_agents_asking_for_backup_codes_in_arabic_and_saying_they_never_ask_in_turkish():
    assert scan_agent_reply("نحتاج منك الأكواد الاحتياطية عشان نلغي المصادقة الثنائية، الطلب 734009.") != []
    assert (
        scan_agent_reply(
            "Biz yalnızca ticket ile yazışırız ve hiçbir zaman şifre ya da yedek kod istemeyiz. Sipariş 734010."
        )
        == []
    )


# Round forty-four (fresh-zzza: typed fast on a phone; fresh-zzzb: negatives only, running channels and bots).
@pytest.mark.parametrize(
    "text",
    [
        # Ownership handed to the customer, not by the customer
        "Önceki sahibi kanalı bana 12 Ekim'de devretti, artık sahibi benim. Sipariş 744001 neden yarım kaldı?",
        "المالك القديم نقل لي القناة في مايو. الطلب 744002 ما اكتمل.",
        # Nobody made admin, said between the verb and the role
        "Ich mache niemanden aus eurem Team zum Admin, das steht auch in eurer FAQ. Bestellung 744003 bitte prüfen.",
        "I am making nobody from your support an admin, sorry. Order 744004 just needs the refill.",
        # The customer logged in to their own account
        "Yeni telefondan hesabıma girdim, kod eski telefona geldi. Sipariş 744005 hâlâ bekliyor.",
        # "Enter" the public link just given
        "القناة عامة t.me/deals_744006 ادخلوا وشوفوا العدد بأنفسكم، الطلب ناقص.",
        # A count after the order's status
        "zakaz 744007 pokazyvaet partial 3 420, ostatok ne vernuli.",
    ],
)
def test_ownership_handed_to_the_customer_nobody_made_admin_and_own_logins_are_clean(text):
    assert scan(text) == [], text


def test_admin_made_as_asked_is_a_grant_even_before_a_question():
    text = "sdelala vash akkaunt adminom v kanale kak prosili, teper vidno kuda delis podpischiki?? zakaz 744008"
    assert [f.kind for f in scan(text)] == ["admin_access"]


def test_agents_asking_in_finglish_for_admin_and_showing_where_the_admin_list_is():
    assert scan_agent_reply("lotfan @support_744009 ro admin konid ta sefaresh ro check konim") != []
    assert (
        scan_agent_reply("Para ver quién es admin: abre el canal → toca el nombre → Administradores. Pedido 744010.")
        == []
    )
    assert scan_agent_reply("Por favor, nombren administrador a nuestra cuenta @soporte_744011.") != []


# Round forty-five (fresh-zzzc: technical customers pasting logs and code; fresh-zzzd: negatives only,
# casual registers and mixed scripts).
@pytest.mark.parametrize(
    "text, value",
    [
        (
            "mera script cloud password maang raha tha, maine daala Tota_Maina@45 par error aaya. order 745001",
            "Tota_Maina@45",
        ),
        (
            "Das Skript will das Cloud-Passwort, ich habe Nordsee_Welle42 eingegeben, trotzdem Fehler. Bestellung 745002.",
            "Nordsee_Welle42",
        ),
    ],
)
def test_a_password_said_as_what_was_typed_where_a_script_asked(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)]


def test_a_bot_handed_over_in_russian_is_a_grant():
    text = "Сделал /transfer в BotFather, передаю бота @shop_745003_bot на ваш аккаунт поддержки."
    assert {f.kind for f in scan(text)} == {"admin_access"}


@pytest.mark.parametrize(
    "text",
    [
        # A channel lost because of what was handed, not the channel handed
        "Ano passado perdi um canal de 15 mil porque passei o codigo pra um suporte falso. Pedido 745004 ok?",
        # When the password was changed, not what it is
        "Trocamos a senha dia 12 as 9h e mesmo assim apareceu o pedido 745005.",
        # Arabizi words with three digits are words
        "wa7ed 2ali ib3atli kelmet el sir taba3 el ta7a2o2 w ana ma b3atet shi, el talab 745006",
        # A rumour read somewhere, asked about
        "Hab irgendwo gelesen, man müsse den Support zum Admin machen. Stimmt das? Bestellung 745007.",
    ],
)
def test_lost_channels_change_dates_arabizi_and_rumours_are_clean(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "To see why the starts are not showing up, please send us your bot token. Order 745008.",
        "نحتاج نضيف بوت الدعم حقنا @help_745009_bot كمشرف في قناتك عشان نفحص الطلب.",
    ],
)
def test_agents_asking_after_a_why_not_or_for_their_bot_as_admin(text):
    assert scan_agent_reply(text) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "Tokeninizi @BotFather'da /revoke ile yenileyin ve kodunuza yazın. Sipariş 745010 tamamlandı.",
        "Logs bhejte waqt token ko *** se chhupa dijiye. Order 745011 chal raha hai.",
        "SESSION_PASSWORD_NEEDED aparece quando a senha é digitada errada no seu script. Pedido 745012 ok.",
        "The log in your last message has a full bot token: revoke it and put the new token into your .env.",
    ],
)
def test_agents_telling_customers_to_fix_their_own_bot_and_scripts_ask_nothing(text):
    assert scan_agent_reply(text) == [], text


# Round forty-six (fresh-zzze: a login code inside an ordinary ticket; fresh-zzzf: negatives only,
# payment tickets dense with numbers and codes that are not login codes).
@pytest.mark.parametrize(
    "text, value",
    [
        # A code broken over two lines
        ("Telegram sent me a code just now, pasting it: 47\n193\nIt came right after I paid order 746001.", "47\n193"),
        ("o código de verificação do e-mail era 902-\n517 e a página diz inválido. Pedido 746002.", "902-\n517"),
        ("pidió 5 dígitos, puse 8 1 4\n0 6 y no lo aceptó. Pedido 746003 pendiente.", "8 1 4\n0 6"),
        # A code that came to WhatsApp
        (
            "panel minta kode OTP, kode yang masuk ke WA 3 9 4 - 7 1 2, sudah saya masukkan. Pesanan 746004.",
            "3 9 4 - 7 1 2",
        ),
    ],
)
def test_a_login_code_broken_over_lines_or_sent_to_whatsapp_is_caught_whole(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("one_time_code", value)]


@pytest.mark.parametrize(
    "text",
    [
        # Another order's number beside orders named as such
        'Os pedidos 7460051, 7460052 e 7460060 foram cancelados e o 7460061 com "código 12 — link privado".',
        # From when to when
        "Kode OTP nggak masuk, sudah kirim ulang 3x (jam 14.10–14.40). Pesanan 746007.",
        # An error's number after its name
        "Fehler „CARD_DECLINED – Code 3017“ bei der Zahlung für Bestellung 746008.",
        "Error 'VA_EXPIRED - kode 5120' waktu bayar pesanan 746009.",
        # A service's number
        "Код подтверждения на почту не пришёл. Хотел заказать услугу 2047 для заказа 746010.",
        # A question after a refusal, and a bank's PIN named
        "Kart şifremi kimseyle paylaşmam, sadece soruyorum: Papara/EFT ile ödeme olur mu? Sipariş 746011.",
        "Saya gak akan kasih PIN m-banking ke siapa pun, cuma nanya soal pesanan 746012.",
    ],
)
def test_sibling_orders_time_ranges_error_numbers_and_bank_pins_are_clean(text):
    assert scan(text) == [], text


def test_an_agent_asking_for_a_payments_operation_number_asks_nothing_secret():
    text = "Para ubicar tu pago necesitamos:\n• número de operación (11 dígitos),\n• monto y fecha.\nPedido 746013."
    assert scan_agent_reply(text) == []


# Round forty-five's misses: a credential asked for through "without hiding it".
@pytest.mark.parametrize(
    "text, asks",
    [
        ("Send us the complete log as it is, without hiding the bot token, so we see order 746101's error.", True),
        ("Mándanos el log tal cual, sin tapar nada (incluido el token del bot). Pedido 746102.", True),
        ("أرسل لنا السجل كامل بدون ما تخفي الـ api_hash، الطلب 746103.", True),
        ("Schicken Sie uns das Log, ohne den Bot-Token zu schwärzen. Bestellung 746104.", True),
        ("Send us the log, but hide the bot token first. Order 746105.", False),
        ("Send the screenshot of order 746106; you don't need to hide the order number.", False),
    ],
)
def test_an_agent_asking_for_a_token_left_unhidden_asks_for_it(text, asks):
    assert bool(scan_agent_reply(text)) == asks, text


# Round forty-seven (fresh-zzzg: passwords and codes given the way ordinary people give them;
# fresh-zzzh: negatives only, long tickets that explain a whole situation).
@pytest.mark.parametrize(
    "text, value",
    [
        ("the one i use everywhere is tulip_garden77, can you see why order 747001 won't refill?", "tulip_garden77"),
        ("celui que j'utilise partout c'est mimosa1975, la commande 747002 ne démarre pas", "mimosa1975"),
        ("ya vezde ispolzuyu odin i tot zhe: sokol_1988. zakaz 747003 ne idet", "sokol_1988"),
    ],
)
def test_the_password_used_everywhere_is_a_password(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)]


@pytest.mark.parametrize(
    "text",
    [
        # A .session or tdata file someone else suggests sending, reported
        "A guy in your chat keeps telling people to upload their .session file for faster delivery. Order 747004?",
        "En vuestro grupo uno dice que si subes tu archivo .session te dan prioridad. Pedido 747005.",
        "Dans votre groupe, quelqu'un raconte qu'en envoyant son fichier .session on est livré plus vite. Commande 747006.",
        "In eurer Gruppe erzählt einer, dass man mit seiner .session-Datei schneller beliefert wird. Bestellung 747007.",
        "Менеджер в чате предложил ускорить заказ 747008, если я скину ему папку tdata. Я отказался.",
        "Grupta @hizli_747009 diye biri, .session dosyanızı yüklerseniz öncelik alırsınız diyor. Ben yüklemem.",
        # What is said of a password, not the password
        "Parol ya vchera pomenyal, zakaz 747010 vse ravno ne idet.",
        "Parol ya pomnyu, prosto ruka soskochila. Zakaz 747011.",
        "Verifikasi dua langkah sudah aktif (kata sandinya jelas nggak saya tulis di sini). Pesanan 747012.",
        "كلمة المرور عندي 12 حرفاً وفيها رمز، الطلب 747013 متوقف.",
        # A masked phone number's last groups, a former employee, a bot not handed over
        "Telegram pishet kod otpravlen na +7 9** *** 27 40, a eto staraya sim. Zakaz 747014.",
        "كان عندنا موظف وكان يستخدم حسابنا في لوحتكم، الطلب 747015.",
        "Mi bot lo hice yo en BotFather y no pienso transferirlo. Pedido 747016 parado.",
    ],
)
def test_reported_session_offers_password_remarks_masked_phones_and_kept_bots_are_clean(text):
    assert scan(text) == [], text


# Round forty-eight (fresh-zzzi: follow-up messages inside an ongoing ticket thread;
# fresh-zzzj: negatives only, customers who talk about their account security in detail).
@pytest.mark.parametrize(
    "text, value",
    [
        ("ops, mandei a errada. a certa é Vq7!ramP2z, pedido 748001", "Vq7!ramP2z"),
        ("perdón, esa era la antigua. La correcta es Lz5#pow9Qe (pedido 748002)", "Lz5#pow9Qe"),
        ("maaf salah kirim. yang benar: Rt3$kmW8zy, order 748003", "Rt3$kmW8zy"),
        ("عذراً أرسلت القديمة. الصحيحة: Np4!qeX7vb والطلب 748004", "Np4!qeX7vb"),
        ("sorry, sent you the old one. The right one is Hb6@tuy3Kq. Order 748005", "Hb6@tuy3Kq"),
    ],
)
def test_a_password_sent_again_after_the_wrong_one_is_a_password(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)]


def test_a_code_named_a_reset_code_sentences_before_is_a_recovery_code():
    text = (
        "Kısaca anlatayım: iki adımlı doğrulamayı sıfırlamak istedim, sistem e-postama bir sıfırlama kodu "
        "gönderdi. Arkadaşınız buraya yazmamı istedi, 748006 numaralı siparişim için. Kod bu: QX-40715."
    )
    assert sorted(f.kind for f in scan(text)) == ["one_time_code", "recovery"]


def test_the_recovery_mailbox_given_with_its_password_is_recovery():
    text = (
        "To recap for whoever reads this next: your colleague asked for the recovery mailbox so you can click the "
        "refund confirmation for order 748007 yourselves. It's petra.backup@example.com and the password for it "
        "is Gull-Harbour-31."
    )
    assert sorted(f.kind for f in scan(text)) == ["password", "recovery"]


@pytest.mark.parametrize(
    "text",
    [
        "Parol ya uzhe pomenyal, kak vy skazali. Zakaz 748008 kogda?",
        "Admin maine apne manager ko banaya hai, aapko nahi, isliye log mein naya admin dikh raha hai. Order 748009.",
    ],
)
def test_a_password_changed_already_and_an_admin_log_are_clean(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    "text, asks",
    [
        ("Koi DM mein khud ko support bata ke code maange toh wo fraud hai. Order 748010 ho gaya.", False),
        ("Refill ke liye technician aapke account mein thodi der login karega, jo code aaye wo yahan daal dena.", True),
        ("Open the channel → Administrators → Add admin, search @panel_ops_748 and tick 'Add subscribers'.", True),
    ],
)
def test_agent_follow_ups_that_warn_or_ask(text, asks):
    assert bool(scan_agent_reply(text)) == asks, text


# Round forty-nine (fresh-zzzk: rights and access handed to support in every way people do it;
# fresh-zzzl: negatives only, channel owners full of admin talk who hand nothing to support).
@pytest.mark.parametrize(
    "text",
    [
        "Как только подтвердите рефилл по заказу 749001, назначу аккаунт, который он мне дал, владельцем группы.",
        "ok, sdelayu akkaunt kotoryj vy mne dali sovladelcem gruppy, zakaz 749002",
        "Also hab ich den Account, den er mir geschickt hat, zum Admin gemacht. Auftrag 749003.",
        "J'ai ajouté le compte qu'il m'a donné comme administrateur avec tous les droits (commande 749004).",
        "Transferi a propriedade do canal pra conta do atendente, pedido 749005.",
        "Onun verdiği hesabı gruba ekleyip tam yetkili yönetici yaptım, sipariş 749006.",
        "الموظف قال لازم يشوف الأعضاء، فنقلت ملكية القروب للحساب اللي أعطاني إياه. الطلب 749007",
        "بضيف الشخص اللي من فريقكم مشرف على القناة، الطلب 749008",
        "Aapke team wale ne bola owner access chahiye, to maine jo account unhone diya tha usko ownership transfer kar di. Order 749009.",
        "Bot @promo_749010_bot udah aku transfer lewat BotFather ke akun yang dikasih.",
        "bot ro too BotFather be akanti ke dadin montaghel mikonam, sefaresh 749011",
    ],
)
def test_rights_given_to_an_account_support_gave_are_admin_access(text):
    assert [f.kind for f in scan(text)] == ["admin_access"], text


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Votre agent m'a demandé mon mot de passe du panel pour la commande 749012. Bon, le voilà : Pluie-Brest29",
            "Pluie-Brest29",
        ),
        ("من أمس أحاول أدخل اللوحة بالباسورد Sahra@7491 ويطلع خطأ، الطلب 749013", "Sahra@7491"),
    ],
)
def test_a_password_given_after_being_asked_or_after_bi_is_a_password(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)]


@pytest.mark.parametrize(
    "text",
    [
        # A scammer's demand reported, then refused
        'Someone called "Panel Support" wrote me in DM right after order 749014, said the order is "frozen" and that '
        "I must add @panel_help_749 as admin with full rights. I blocked them right away.",
        'Una cuenta llamada "Soporte Boost" (@soporte_749015) me escribió diciendo que mi pedido 749015 estaba "bloqueado" '
        "y que para liberarlo tenía que agregarlo como administrador con todos los permisos o transferirle el bot por "
        "BotFather. No hice nada y lo bloqueé.",
        'Some account sent me "add @smm_desk_749 as administrator to speed up order 749016" - I\'m not doing that.',
        'في لوحة ثانية طلبوا مني أضيف حسابهم مشرف "للتحقق" وبعدها سرقوا القناة وكان فيها 7 آلاف مشترك.',
        # Telegram's recent actions pasted, and the panel's public bot added by the customer
        "Recent actions:\n@sara_admin promoted @Rose to admin\nOrder 749018, does that count as a drop?",
        "Ya sam dobavil vashego publichnogo @PanelViews749Bot adminom v kanal, eto moi vybor. Zakaz 749019.",
        "J'ai ajouté moi-même votre bot public de livraison @Livraison749_bot comme admin. Commande 749020.",
        # Two accounts named old and new beside 2FA
        "Activé la verificación en dos pasos. La cuenta vieja es ana.ads749 y la nueva ana.ads750.",
    ],
)
def test_reported_demands_admin_logs_public_bots_and_account_names_are_clean(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Ya tienen mis datos, es para que puedan entrar y pasar mi saldo a la cuenta nueva, pedido 749021.",
    ],
)
def test_so_that_you_can_log_in_is_an_invitation(text):
    assert "admin_access" in {f.kind for f in scan(text)}, text


def test_an_agent_wanting_its_account_among_the_admins_asks():
    text = "Il faudrait donc que notre compte technique @Verif749 figure parmi les administrateurs du groupe."
    assert scan_agent_reply(text)


def test_a_string_wrapped_to_its_end_leaves_the_next_line_of_prose_alone():
    value = "_Qw7RtYu8IoPa9SdFgHj0KlZx1CvBnM2qWeRtY3uIoPaS4dFgHjK5lZxCvBn6MqWeRt7YuIoP8aSdFgH9jKlZxC0vBnMqWeRtYuIo1PaS"
    text = f"le cookie de session du panel :\nremember_token={value}\nLes commandes 749022 et 749023 sont bloquées."
    assert [text[f.start : f.end] for f in scan(text)] == [value]


# Round fifty (fresh-zzzm: getting back into an account; fresh-zzzn: negatives only, channels and
# accounts stolen, the story told).
@pytest.mark.parametrize(
    "text",
    [
        'To get back in, open the login page, press "Forgot password" and enter your e-mail. Orders 750001 keep running.',
        "Para entrar de nuevo pulse «¿Olvidó su contraseña?», escriba su correo y abra el enlace. Pedido 750002.",
        'Klik "Lupa password" di halaman login, masukkan email. Setelah masuk, nonaktifkan sesi lama dan pasang 2FA lagi.',
        "Falls nach dem Cloud-Passwort gefragt wird, tippen Sie auf „Passwort vergessen?“. Bestellung 750003.",
        "روی «فراموشی رمز عبور» بزنید و ایمیل را وارد کنید؛ لینک را برای ما نفرستید. سفارش 750004",
        "إذا انسرقت القناة أرسل أرقام الطلبات والرابط الجديد ونراجع التسليم.",
    ],
)
def test_recovery_instructions_from_an_agent_ask_for_nothing(text):
    assert scan_agent_reply(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "baraye taeed, lotfan adadi ke hamin alan telegram baratun ferestade ro inja benevisid.",
        "Verification ke liye jo 5 digit abhi aapke phone pe aaye hain wo yahan likh dijiye.",
    ],
)
def test_an_agent_asking_for_the_digits_telegram_just_sent_asks(text):
    assert scan_agent_reply(text), text


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "телега просит облачный пароль, я ставил Kedr_1990x точно, но пишет неверный. заказ 750005",
            "password",
            "Kedr_1990x",
        ),
        (
            "kelid bazyabi panel ro daram: RCV-4HJK-Q82M-7ZPA-LL03 — koja vared konam?",
            "recovery",
            "RCV-4HJK-Q82M-7ZPA-LL03",
        ),
    ],
)
def test_a_password_as_set_and_a_finglish_recovery_key_are_found(text, kind, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Bilginiz olsun: 'Panel Destek' (@panel_destek_750) bana 'siparişiniz hızlansın diye yöneticimizi tam "
        "yetkiyle ekleyin' yazdı. Eklemedim. Bu siz değilsiniz değil mi?",
        "akun 'Admin Panel' (@admin_panel_750) chat aku 'tambahkan kami jadi admin supaya order 750006 diproses'. "
        "Ga aku lakuin.",
        "المالك الجديد للمجموعة صار @malik_750 وأنا انطردت. الغوا الطلب 750007 من فضلكم",
        "10 min later I was logged out everywhere and my channel t.me/fit750 (18k subs) was transferred to someone "
        "else. Orders 750008 and 750009?",
    ],
)
def test_stolen_channels_told_and_refused_demands_are_clean(text):
    assert scan(text) == [], text


# Round fifty-one (fresh-zzzo: resellers and agencies managing clients' channels and bots;
# fresh-zzzp: negatives only, security-minded customers describing their own setup).
@pytest.mark.parametrize(
    "text",
    [
        "پشتیبان در تیکت ۴۴۱۲ کد تلگرام را از من خواست، ندادم. درسته؟",
        "Şifremi yeniledim ama giriş yapınca sipariş 770120 görünmüyor.",
        "Meine Passwörter haben alle 16+ Zeichen, trotzdem ist Bestellung 770121 storniert.",
        "my passwords are all 20+ chars from a manager, still order 770122 got canceled",
        "aku kasih admin ke staf aku @sari_admin di semua channel, biar dia yang input order 770123",
        "maine apne team member @ravi_ops ko channel me admin bana diya, order 770124 wahi dekhega",
    ],
)
def test_own_staff_given_admin_ticket_numbers_and_password_lengths_are_clean(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Pensez à changer le mot de passe de votre panel. Pour le remboursement, merci d'indiquer la référence du "
        "paiement.",
        "Cambie la contraseña de su panel. Para el reembolso, envíe la referencia del pago.",
    ],
)
def test_advice_to_change_a_password_then_a_request_for_a_reference_asks_for_nothing(text):
    assert scan_agent_reply(text) == [], text


def test_an_agent_asking_for_a_string_session_asks():
    assert scan_agent_reply("Schicken Sie uns bitte die StringSession des Accounts, dann prüfen wir die Views.")


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("müşterinin hesabına siz girin artık, şifresi Deniz#4471", {"admin_access", "password"}),
        ("entra tú a la cuenta de mi clienta y revisa, la contraseña es Rosa_Mar88", {"admin_access", "password"}),
    ],
)
def test_support_invited_into_a_clients_account(text, kinds):
    assert {f.kind for f in scan(text)} == kinds, text


# Round fifty-two (fresh-zzzr: negatives only, customers quoting what they received with the codes covered).
@pytest.mark.parametrize(
    "text",
    [
        "Te reenvío el mensaje que recibí (borré el código) para que vean que no fui yo. Pedido 880101.",
        "I'll forward you the SMS I got (code blurred) so you can see the time it came, order 880102.",
        "Someone DMed me: 'I'm the panel owner, send me the 5 digits you get and I will give you 5k free views'. "
        "Blocked him.",
        'شخص راسلني: "ارسل لي الكود اللي يجيك وأعطيك ٥ آلاف مشاهدة". حظرته.',
        "the help page says: 'you have to add our bot as admin for private channels' - still the case? i'd rather "
        "not give admin to anyone",
    ],
)
def test_quoted_offers_and_forwarded_messages_with_the_code_covered_are_clean(text):
    assert scan(text) == [], text


# Round fifty-two (fresh-zzzq: hurried phone messages, two languages in one text, voice typing).
@pytest.mark.parametrize(
    "text, secret",
    [
        (
            "voice typing sorry. parol bolshaya K kotik 2019 vosklicatelnyj znak, zajti ne mogu",
            "bolshaya K kotik 2019 vosklicatelnyj znak",
        ),
        (
            "mot de passe R majuscule renard 55 point d'exclamation, commande 66119",
            "R majuscule renard 55 point d'exclamation",
        ),
        ("just log into my panel yourself\nmia.r.shop@gmail.com\nZx!9rtLm22\norder 33120 partial", "Zx!9rtLm22"),
    ],
)
def test_a_password_read_out_or_alone_under_its_email_is_found_exactly(text, secret):
    found = [text[f.start : f.end] for f in scan(text) if f.kind == "password"]
    assert found == [secret], text


def test_maghrebi_i_made_you_admin_is_a_grant():
    assert {f.kind for f in scan("درتك admin فالقناة ديالي، شوف الطلب 66120")} == {"admin_access"}


@pytest.mark.parametrize(
    "text",
    [
        "عطيت الصلاحيات لصاحبي @nabil_dz ماشي ليكم، علاش الطلب 66121 ناقص؟",
        "оплатил, в кошельке видно что подтверждено, скрин могу прислать. заказ 66122",
    ],
)
def test_rights_given_to_a_friend_and_a_confirmed_payment_offered_as_a_screenshot_are_clean(text):
    assert scan(text) == [], text


# Round fifty-three (fresh-zzzs: technical customers with configs, logs and commands), in my words.


def test_you_may_log_in_to_my_account_in_german_with_koennt_is_an_invitation():
    text = "Ihr könnt euch gerne selbst in meinen Panel-Account einloggen, Auftrag 66130 hängt."
    assert {f.kind for f in scan(text)} == {"admin_access"}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("DEBUG signIn phoneCode: 72915\nERROR SESSION_PASSWORD_NEEDED (order 66131 stuck)", "72915"),
        ("Backup codes for Shop-2FA: 7712 0943 / 2281 5530, phone is gone, order 66135", "7712 0943 / 2281 5530"),
        ("I pass the password as an argument: python3 login.py --pw Pelican#61 and it fails", "Pelican#61"),
    ],
)
def test_a_secret_in_a_log_line_a_command_or_after_a_2fa_name_is_found_exactly(text, secret):
    assert [text[f.start : f.end] for f in scan(text)] == [secret], text


def test_a_server_login_command_with_its_password_invites_support_in():
    text = "server of the mini app:\nssh deploy@198.51.100.7\npass: Tq!84mZx0\nhave a look yourselves"
    assert {f.kind for f in scan(text)} == {"admin_access", "password"}


@pytest.mark.parametrize(
    "text",
    [
        "log:\n2024-05-01 09:12:44 pyrogram.session.session ERROR [401 AUTH_KEY_UNREGISTERED], order 66132",
        "I know the bot needs a .session file (not giving it to anyone), just tell me if order 66133 keeps going",
        "panel acc, login maria_shop77 - orders 66134 to 66140 still pending",
    ],
)
def test_a_library_logger_a_refused_file_type_and_a_labelled_login_are_clean(text):
    assert scan(text) == [], text


def test_an_agent_asking_in_latin_russian_to_hand_a_channel_to_support_is_refused():
    assert scan_agent_reply("Peredajte kanal cherez nastrojki na nash akkaunt @panel_help, proverim zakaz.")


# Round fifty-four (fresh-zzzt: Russian, Russian in Latin letters, Portuguese, Turkish), in my words.


def test_the_shops_own_official_account_is_not_telegrams_code_sender():
    """ "Resmi hesabınız" (your official account) is the shop's, not Telegram's, which sends codes."""
    for clean in (
        "Bu sizin resmi hesabınız mı acaba? 51207 hâlâ tamamlanmadı, 3.200/8.000.",
        "Size yazdım ama resmi hesabınız cevap vermedi, 51207 hala yarım.",
    ):
        assert scan(clean) == [], clean
    sent = "Telegram resmi hesabından gelen 51208 bu"
    assert [sent[f.start : f.end] for f in scan(sent)] == ["51208"]


# fresh-zzzu and fresh-zzzv (Indonesian, Arabic, Persian, Hindi in Latin letters), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # "belum dateng2" (still hasn't come): a denied verb written doubled with a 2, no password
        "Saya sudah tekan 'Reset password' tapi link-nya belum dateng2, order 61900 masih pending.",
        # "a picture of the login log", "in the login log": the log, not "log in!"
        "أرفقت لكم صورة من سجل الدخول لحسابي، والطلب 100900 ما اكتمل للحين",
        "شفت في سجل الدخول جهاز غريب، غيرت كلمة المرور وما راح أرسلها. الطلب 100901",
    ],
)
def test_a_denied_doubled_verb_and_the_login_log_are_clean(text):
    assert scan(text) == [], text


def test_log_in_to_my_account_in_arabic_is_still_an_invitation():
    text = "سجل الدخول لحسابي وشوف الطلب 100902 بنفسك"
    assert {f.kind for f in scan(text)} == {"admin_access"}


# Round fifty-five (fresh-zzzw and fresh-zzzx: negatives in eight languages), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # a discount code written number first, beside "promo code"
        "code 35OFF not working, it says promo code expired (order 61999, 2k views)",
        # a payment's reference key (Spanish "clave de referencia")
        "La clave de referencia de mi pago es PAY-MX-440912, pedido 77120 sigue pendiente.",
        # a participle after the password word: a state, not a value
        "Mot de passe réinitialisé le 14/05, commande 66120 toujours en attente.",
        "Contraseña restablecida el 04/05, el pedido 66121 sigue igual.",
        # an error's name in capitals and a transaction's hash near "token"
        "The app says token invalid (code: AUTH_SESSION_REVOKED_2) when I pay for order 66122.",
        "Paid 20 USDT token, tx hash 0x" + "5e" * 32 + " (ERC20), order 66123 not credited.",
        # a pasted chat: the other side, an @handle, asks to be made admin; the customer did not
        "Chat:\n[09:10] @smm_helpdesk_ru: please make me admin in your channel to check order 66124\n"
        "[09:12] me: no way\nIs that you?",
    ],
)
def test_round_fifty_five_clean_texts_stay_clean(text):
    assert scan(text) == [], text


def test_a_random_token_in_capitals_and_a_grant_in_a_chat_are_still_found():
    token = "my session token XQZT_KWPM_2291_BRVN now"
    assert [(f.kind, token[f.start : f.end]) for f in scan(token)] == [("session", "XQZT_KWPM_2291_BRVN")]
    chat = "[09:10] @maria_k: hi\n[09:12] me: done, I made @smm_helpdesk_ru admin of my channel"
    assert {f.kind for f in scan(chat)} == {"admin_access"}


# Round fifty-six (fresh-zzzz, fresh-zzzza, fresh-zzzzb: negatives in twelve languages), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # "with the order" / "for the order": the order word with a preposition glued on
        "جاني إشعار فيه رمز مخفي ****، هل له علاقة بطلب 61230؟",
        "ما عطيت أحد الرمز، بس الأعضاء ما وصلوا للطلب 61231",
        # the value after "my username is" is the login, not the password named before it
        "Il voulait mon identifiant et mon mot de passe du panel. J'ai dit non. Mon identifiant c'est lea_promo77, il est public.",
        # an API's error in capitals, read after a "secret" compound word and "now"
        "Die Schlüssel liegen im Secret-Vault. Der Bot meldet jetzt USER_DEACTIVATED (403), Auftrag 61232.",
        # the message forwarded without the code
        "Les reenvío la notificación pero sin el código, pedido 61233.",
    ],
)
def test_round_fifty_six_clean_texts_stay_clean(text):
    assert scan(text) == [], text


def test_the_password_after_a_named_login_is_the_one_flagged():
    text = "panel password for username lea_promo77 is Mistral#2024x"
    assert [text[f.start : f.end] for f in scan(text)] == ["Mistral#2024x"]


# Round fifty-seven (fresh-zzzzc and fresh-zzzzd: negatives in eight languages), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # the app a password was sent in, written in its own capitals
        "Um cliente me mandou a senha dele pelo WhatsApp, apaguei na hora. Pedido 64410 parcial.",
        # a screenshot offered right after the verb, the access refused after it
        "Если нужно подтверждение, что канал мой, могу прислать скрин, заказ 64411.",
        # someone else tried to log in, said in German and in Turkish
        "Danach hat jemand versucht, sich in meinen Account einzuloggen. Auftrag 64412.",
        "Sonra biri hesabıma girmeye çalıştı, kod vermedim. Sipariş 64413.",
        # "deliberately": not the password itself
        "Passwordnya sengaja tidak saya kirim, order 64414 masih pending.",
    ],
)
def test_round_fifty_seven_clean_texts_stay_clean(text):
    assert scan(text) == [], text


# Round fifty-eight (fresh-zzzze and fresh-zzzzf: negatives in eight languages), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # an order number put right, and named again after the correction
        "Petite précision : ce n'est pas la commande 51720 mais 51702, j'ai inversé les deux derniers chiffres. "
        "La 51702 c'est 3000 abonnés sur t.me/mon_canal, statut partiel.",
        # "each one": the count of each order, in Persian
        "رمز تایید دومرحله‌ای رو عوض کردم ولی اینجا نمی‌نویسمش. سفارش‌های ۵۱۷۰۳ و ۵۱۷۰۴ که بازدید بودن (هر کدوم ۲۰۰۰) کامل شدن.",
    ],
)
def test_round_fifty_eight_clean_texts_stay_clean(text):
    assert scan(text) == [], text


def test_a_code_put_right_is_still_a_code():
    text = "the login code is not 51720 but 51702"
    assert [text[f.start : f.end] for f in scan(text)] == ["51720", "51702"]


# Round fifty-nine (fresh-zzzzg and fresh-zzzzh: negatives in eight languages), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # a notice quoted: the password changed on a date, at a time
        "Gelen mail: 'Şifreniz 03.06.2025 09:12'de değiştirildi.' Ben yapmadım, sipariş 71001 bekliyor.",
        "جاني إيميل: تم تغيير كلمة المرور لحسابك بتاريخ 03/06/2025 الساعة 09:12. هل هو منكم؟ الطلب 71002",
        # a demand reported, then refused and blocked ("و" written on to the word)
        "واحد كلمني خاص باسم @panel_help_x وقال لازم أرفعه مشرف (admin) في قناتي عشان يكمل الطلب 71003. رفضت طبعاً وحظرته.",
    ],
)
def test_round_fifty_nine_clean_texts_stay_clean(text):
    assert scan(text) == [], text


def test_admin_rights_the_customer_was_given_in_russian_are_clean():
    """ "я добавлена как админ …, плюс модераторы @…_support": I was added, among the team's own moderators."""
    text = "Канал на аккаунте владельца, я добавлена как админ, плюс модератор @shopline_support. Заказ 71004 стоит."
    assert scan(text) == []


# Round sixty (fresh-zzzzi: troubleshooting login and 2FA, negatives only), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # the app's error quoted: "the password is incorrect / invalid / incomplete"
        "تلگرام دسکتاپ می‌گه «رمز عبور نادرست است» و بعد از سه بار قفل می‌شه. سفارش ۷۲۰۰۱ هنوز در حال انجامه.",
        "پیام خطا: رمز عبور نامعتبر است. من چیزی عوض نکردم، سفارش ۷۲۰۰۲ رو هم دیروز ثبت کردم.",
        "نوشته رمز عبور ناقص است، یعنی چی؟ سفارش ۷۲۰۰۳",
    ],
)
def test_round_sixty_clean_texts_stay_clean(text):
    assert scan(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # "you need not make us admin or send any code": the need denied after a list of two
        "Order 72004 ka refill chal raha hai. Aapko humein admin banane ya koi OTP bhejne ki zarurat nahi hai.",
        "Humein owner banane aur login dene ki zaroorat nahi, bas channel public rakhiye.",
    ],
)
def test_an_agent_saying_a_list_of_things_is_not_needed_asks_nothing(text):
    assert scan_agent_reply(text) == [], text


def test_an_agent_asking_for_admin_then_saying_what_is_not_needed_still_asks():
    text = "Humein admin bana dijiye ya phir owner, password ki zarurat nahi hai."
    assert [f.kind for f in scan_agent_reply(text)] == ["admin_access"]


def test_a_sale_named_in_the_sentence_after_a_password_refusal_is_no_password():
    """ "… password nahi deta. Is hafte MEGA-30 offer …": past the sentence's end, a word in
    capitals with a number on it names a sale (zzzzh-014, left last round)."""
    text = "Main kisi ko apna password nahi deta. Is hafte MEGA-30 offer chal raha tha, usi se order 72005 kiya."
    assert scan(text) == []
    shouted = "I TYPED MY PASSWORD TWICE!!! ITS MAXPOWER88"
    assert [shouted[f.start : f.end] for f in scan(shouted)] == ["MAXPOWER88"]


# Round sixty, second read batch (fresh-zzzzj: messages pasted from other places), in my words.


def test_an_agent_ask_after_an_or_not_question_is_still_an_ask():
    """ "… theek hai ya nahi, ye dekhne ke liye … code bhej dijiye": the "not" of "or not" refuses nothing."""
    text = "Aapka channel theek hai ya nahi ye check karne ke liye, Telegram ne jo login code bheja hai wo yaha bhej dijiye."
    assert [f.kind for f in scan_agent_reply(text)] == ["one_time_code"]


def test_an_agent_telling_the_customer_to_change_a_password_they_wrote_asks_nothing():
    text = "Order 72007 ka refill chal raha hai. Aapne pichle message me apna panel password likha tha, usko abhi badal dijiye."
    assert scan_agent_reply(text) == []


def test_telegrams_screen_quoted_naming_supports_bot_made_admin_is_a_grant():
    text = (
        'Aapke bot ko group me daala, screen pe likha hai: "Вы назначили @ShopRefillBot администратором". Order 72008.'
    )
    assert [f.kind for f in scan(text)] == ["admin_access"]
    text = 'Dobavil vashego bota, na ekrane: "Vy naznachili @ShopRefillBot administratorom gruppy". Zakaz 72008.'
    assert [f.kind for f in scan(text)] == ["admin_access"]


@pytest.mark.parametrize(
    "text",
    [
        "panele giremiyorum, bakiye 0 görünüyor. siz girip bakın lütfen, sipariş 72009",
        "Skopiroval vam login iz menedzhera parolei, chtoby vy voshli i sami proverili balans. Zakaz 72010.",
    ],
)
def test_an_invitation_to_go_in_and_look_is_an_invitation_to_log_in(text):
    assert [f.kind for f in scan(text)] == ["admin_access"], text


def test_joining_a_channel_to_look_is_no_log_in():
    text = "Vot ssylka na kanal, prosto chtob vy zashli kak podpischik i posmotreli. Zakaz 72011."
    assert scan(text) == []


# Round sixty-one (fresh-zzzzk: security-minded customers describing their setup, negatives only), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # where the password is kept: a password manager's name in its own capitals
        "Пароль от панели лежит в KeePassXC, двухэтапка включена. Заказ 73001 стоит на 40%.",
        # a login alert quoted, its address masked
        "Maine password change kiya kyunki alert aaya 'login from 185.44.xx.xx'. Order 73002 partial hai.",
        # "I'll say it right away: neither the password nor the code"
        "Скажу сразу: ни пароль, ни код от телеги я не дам. Заказ 73003, нужен рефилл.",
    ],
)
def test_round_sixty_one_clean_texts_stay_clean(text):
    assert scan(text) == [], text


# Round sixty-two: left from round sixty ("Tried Kiwi#2024x"), in my words.


@pytest.mark.parametrize(
    "text, value",
    [
        ("The panel password is not working. Tried Mango!Tree55 three times.", "Mango!Tree55"),
        ("La contraseña del panel no funciona. Probé Mango!Tree55 y nada.", "Mango!Tree55"),
        ("Пароль от панели не подходит. Пробовал Mango!Tree55, не пускает.", "Mango!Tree55"),
        ("A senha do painel não entra. Tentei Mango!Tree55 de novo.", "Mango!Tree55"),
    ],
)
def test_a_password_tried_in_the_next_sentence_is_a_password(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)], text


@pytest.mark.parametrize(
    "text",
    [
        "The panel password is not working. Tried WINTER-20 on order 48213 as well, no discount either.",
        "The panel password is not working. Tried again at 09:40 and 10:15.",
        "The panel password is not working. Tried Chrome, Firefox and app v10.2.",
    ],
)
def test_a_promo_code_a_time_or_an_app_tried_next_is_no_password(text):
    assert scan(text) == [], text


def test_advice_to_change_the_recovery_emails_password_is_no_ask():
    advice = "Safety ke liye apne recovery email ka password abhi badal dijiye, aur 2FA on rakhiye."
    assert scan_agent_reply(advice) == []
    ask = "Verification ke liye apne recovery email ka password yahan bhej dijiye."
    assert scan_agent_reply(ask) != []


# Telegram's word for making someone admin is "promote": "Promoted @…" and its Portuguese
# notification "Você promoveu … a administrador" (left from round fifty-two's fresh-zh and fresh-zj).


@pytest.mark.parametrize(
    "text",
    [
        "Promoted @refill_care_team as your agent asked, order 72020 can start now.",
        'Pronto. A notificação diz: "Você promoveu Equipe Suporte (@painel_suporte_br) a administrador". Pedido 72021.',
    ],
)
def test_support_promoted_is_support_made_admin(text):
    assert [f.kind for f in scan(text)] == ["admin_access"], text


@pytest.mark.parametrize(
    "text",
    [
        "I promoted @bakery_daily on Instagram last week, then ordered 2,000 members (order 72022).",
        "O @carlos_mod foi promovido a administrador pelo dono do grupo. Isso afeta o pedido 72023?",
        "Quero promover meu canal com vocês, eu sou o administrador dele. Pedido 72024.",
    ],
)
def test_promoting_a_channel_or_someone_elses_promotion_is_no_grant(text):
    assert scan(text) == [], text


# The channel's admin list pasted with support's @handle on it (left from fresh-zzn and fresh-q).


@pytest.mark.parametrize(
    "text",
    [
        "Tela de admins:\nAdministradores\n@lucia_doces (dona)\n@painel_suporte_br — adicionado hoje por você\nPedido 72030.",
        "Вот список:\nАдминистраторы\nОлег — владелец\n@panel_support_ru — добавлен сегодня в 10:12\nЗаказ 72031.",
    ],
)
def test_support_on_a_pasted_admin_list_is_support_made_admin(text):
    assert [f.kind for f in scan(text)] == ["admin_access"], text


@pytest.mark.parametrize(
    "text",
    [
        "Administrators\n@lucia_cakes (owner)\n@cakes_support — our own helper, added by me\nOrder 72032, refill please.",
        "Administradores\n@lucia_doces (dona)\n@painel_suporte_br — não fui eu que adicionei, quem é esse?",
    ],
)
def test_own_staff_or_a_stranger_on_an_admin_list_is_no_grant(text):
    assert scan(text) == [], text


# Round sixty-two (fresh-zzzzn: Telegram's notices and settings screens quoted, negatives only), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # a time written with an "h" after the password changed
        "Mudei a senha de duas etapas ontem às 21h15, depois do alerta de login. Pedido 72040 segue parado.",
        "J'ai changé le mot de passe à 9h05 ce matin. Commande 72041 toujours en attente.",
        # a Windows computer's own name in the list of sessions
        "Active sessions shows a session 'LAPTOP-Q8R2M7TX · Telegram Desktop 5.1 · Berlin'. Mine? Order 72042.",
    ],
)
def test_round_sixty_two_clean_texts_stay_clean(text):
    assert scan(text) == [], text


def test_a_password_with_a_time_inside_is_still_a_password():
    text = "mot de passe du panel : Lyon21h15!"
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", "Lyon21h15!")]


def test_rights_given_then_what_more_do_you_want_is_a_grant():
    # "you want" said to support is no one else's demand reported (left from fresh-zzv)
    text = "Destek ekibinize tam yetki verdim işte, daha ne istiyorsunuz? Sipariş 72050 hâlâ beklemede."
    assert [f.kind for f in scan(text)] == ["admin_access"]


# Round sixty-three (fresh-zzzzo: angry and sarcastic customers), in my words.


@pytest.mark.parametrize(
    "text, value",
    [
        ("¿¿Queréis también mi contraseña?? Pues toma: Loro_Verde77. Pedido 72060 sin moverse.", "Loro_Verde77"),
        ("You want my panel password as well?! Fine, here: Otter#Bay2020. Order 72061.", "Otter#Bay2020"),
    ],
)
def test_a_password_handed_over_after_asking_oneself_is_a_password(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)], text


def test_a_question_answered_with_a_refusal_hands_nothing():
    assert scan("Do you really need my password? Here's my answer: no. Order 72062.") == []


def test_ownership_passed_to_support_in_the_perfect_tense_is_a_grant():
    text = "Vale, he pasado la propiedad del canal a vuestra cuenta @soporte_panel_es. Pedido 72063."
    assert [f.kind for f in scan(text)] == ["admin_access"]


def test_an_app_with_a_turkish_suffix_is_no_password_value():
    text = "Şifreyi akşam WhatsApp'tan gönderirim, şimdi olmaz. Sipariş 72064."
    assert "password" not in {f.kind for f in scan(text)}


# Round sixty-three, second read batch (fresh-zzzzp: follow-ups in one thread), in my words.


def test_a_tdata_archive_put_right_after_a_denied_one_is_sent():
    text = "Исправляю: прикрепил не tdata_2023.zip, а tdata_new.zip, в нём вся папка. Заказ 72070."
    assert "session" in {f.kind for f in scan(text)}


def test_two_step_verification_switched_on_again_is_no_password():
    assert scan("password tele udah diganti semalam + 2FA udah nyala lagi, order 72071 gimana?") == []


# Round sixty-four (fresh-zzzzr, fresh-zzzzs, fresh-zzzzt: access sorted out after a freelancer left,
# customers from another panel, credentials beside many other numbers), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "Made @lena_posts admin of the channel (not you, she writes our posts). Order 72080 is stuck.",
        "Hice admin del canal a @marta_redes (no a vosotros, es de mi equipo). Pedido 72081.",
        "Сделал @oleg_smm админом канала (не вас, он наш редактор). Заказ 72082.",
        "Kanalda @mert_icerik'i yönetici yaptım (size değil, kendi editörüm). Sipariş 72083.",
        "Udah aku jadiin @rani_konten admin channel (bukan buat kalian ya). Order 72084.",
        "J'ai mis @lucie_posts admin de la chaîne (pas vous, elle gère nos posts). Commande 72085.",
    ],
)
def test_rights_given_to_someone_with_support_ruled_out_are_no_grant(text):
    assert scan(text) == [], text


def test_a_customers_own_cs_and_assistant_are_not_support():
    assert scan("Sekarang admin channel cuma saya sama asisten saya @tono_admin. Order 72086 gimana?") == []
    assert scan("Udah aku jadiin CS aku @wulan_cs admin di grup biar dia yang balas. Order 72087.") == []


def test_support_named_as_the_one_made_admin_is_still_a_grant():
    text = "Kanalımda sizi yönetici yaptım, @destek_panel hesabını. Sipariş 72088."
    assert [f.kind for f in scan(text)] == ["admin_access"]


@pytest.mark.parametrize(
    "text",
    [
        "Got an email 'Reset your password – Ticket #PW-44120' this morning. I clicked nothing. Phishing?",
        "Ada email 'Reset kata sandi' no tiket #KS-30917 padahal aku ga minta. Order 72089 aman?",
    ],
)
def test_a_ticket_number_after_a_password_word_is_no_password(text):
    assert scan(text) == [], text


def test_the_username_before_the_password_word_is_the_login():
    text = "Al entrar con mi usuario marco_ventas y la contraseña (que es la buena) me da error 401. Pedido 72090."
    assert scan(text) == []


def test_a_value_past_because_is_not_the_password():
    text = (
        "J'ai changé le mot de passe du panel et celui de ma boîte mail, parce que le vieux site "
        "(boost-rapide-pro) a été piraté. Commande 72091."
    )
    assert scan(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("password for the ticket #2: Kiwi#2024x", "Kiwi#2024x"),
        ("şifrem Kartal1903 ama giremiyorum", "Kartal1903"),
        ("my password is Kiwi#2024x, because I like kiwis", "Kiwi#2024x"),
    ],
)
def test_a_password_beside_owner_words_and_because_is_still_found(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("password", value)], text


def test_an_agent_saying_type_the_code_only_on_the_login_screen_asks_nothing():
    assert scan_agent_reply("Size gelen kodu sadece giriş ekranına yazın, başka yere değil. Sipariş 72092.") == []
    assert [f.kind for f in scan_agent_reply("Size gelen kodu buraya yazın.")] == ["one_time_code"]


def test_ones_own_account_in_a_while_clause_is_not_who_gets_the_rights():
    # (a known miss of fresh-zzzm)
    text = "mogu peredat vam prava vladeltsa poka vosstanavlivayu svoi akkaunt, potom vernete. zakaz 72093"
    assert [f.kind for f in scan(text)] == ["admin_access"]
    assert scan("peredal prava vladeltsa svoemu vtoromu akkauntu poka vy proveryaete zakaz 72094") == []


# Round sixty-five (fresh-zzzzu to fresh-zzzzx: late-night corrections, small shops, family roles,
# quoted subjects and notices), in my words.


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Login code: 48213. hmm wait no thats the old one, i pressed resend. 59120 i think", "48213", "59120"),
        ("gelen kod 603 118, yok pardon o eskisi, yenisi 274 905. sipariş 72100", "603 118", "274 905"),
    ],
)
def test_a_code_put_right_by_a_second_one_is_found_twice(text, first, second):
    found = [text[f.start : f.end] for f in scan(text) if f.kind == "one_time_code"]
    assert found == [first, second], text


def test_a_same_length_order_number_after_a_code_is_not_a_second_code():
    text = "Login code: 48213. wait no, I mean the order 59120 is the one stuck."
    assert [text[f.start : f.end] for f in scan(text)] == ["48213"]


def test_none_of_us_will_make_support_admin_is_a_refusal():
    text = "El canal es de mi suegro. Ninguno de nosotros va a añadir a soporte como admin. Pedido 72101."
    assert scan(text) == []


def test_a_partner_made_admin_is_not_support_and_numbers_are_no_recipient():
    text = "Coloquei minha sócia @bia_conteudo como admin do canal pra ela ver os números. Pedido 72102."
    assert scan(text) == []


def test_a_name_in_an_earlier_quoted_subject_is_not_the_password():
    text = 'Got two emails: "New sign-in to your PanelPro account", "Your password was changed". Not me! Order 72103.'
    assert scan(text) == []


def test_an_agent_saying_change_the_2fa_password_you_sent_asks_nothing():
    text = "Aapne jo 2FA password bheja tha wo turant badal dijiye, hum kabhi password nahi maangte."
    assert scan_agent_reply(text) == []


# Round sixty-six (fresh-zzzzy: very formal agent asks; fresh-zzzzza: who is admin or owner;
# fresh-zzzzzb: codes that are not login codes), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Frau Berg, wir bitten Sie höflich, uns den soeben erhaltenen Anmeldecode zukommen zu lassen.",
        "Wir möchten Sie ersuchen, die .session-Datei Ihres Kontos diesem Ticket anzufügen. Auftrag 72110.",
        "Estimada clienta: le rogamos tenga a bien transferir la propiedad del canal a nuestra cuenta @panel_gestion.",
        "Уважаемая Анна Петровна! Просим Вас сообщить пароль от личного кабинета. Заказ 72111.",
        "Dengan hormat, kami mohon kesediaan Ibu untuk menyampaikan kode masuk dari Telegram kepada kami.",
        "Kami mohon dengan hormat agar Bapak berkenan mengirimkan kode cadangan akun. Pesanan 72112.",
    ],
)
def test_a_formal_agent_ask_is_refused(text):
    assert scan_agent_reply(text), text


def test_an_agent_asking_to_make_this_account_admin_names_support_before():
    text = (
        "Für Auftrag 72113 ist unser Servicekonto @panel_hilfe_de zuständig. "
        "Wir bitten Sie, dieses Konto als Administrator einzusetzen."
    )
    assert [text[f.start : f.end] for f in scan_agent_reply(text)] == ["Wir bitten Sie, dieses Konto als Administrator"]


@pytest.mark.parametrize(
    "text",
    [
        "Wenn jemand in unserem Namen einen Code verlangt, bitten wir Sie, nicht zu antworten. Auftrag 72114.",
        "Apabila ada pihak yang meminta kode OTP, mohon untuk tidak menanggapinya; kami tidak meminta data dalam kondisi apa pun.",
        "Estimado cliente, su pedido n.º 72115 está completado; nunca le pediremos su contraseña ni códigos.",
    ],
)
def test_a_formal_agent_warning_asks_nothing(text):
    assert scan_agent_reply(text) == [], text


def test_our_content_manager_made_admin_is_not_support():
    text = "مدیر محتوامون @sara_posts_team رو ادمین گروه کردم. سفارش ۷۲۱۱۶ partial شده."
    assert scan(text) == []


# Formal agent asks in the languages fresh-zzzzy did not cover (French, Turkish, Hindi in Latin letters,
# Persian), written from how those registers ask, not from any batch.


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous saurions gré de bien vouloir nous faire parvenir votre mot de passe de validation en deux étapes.",
        "Veuillez avoir l'obligeance de nous faire suivre le fichier .session de votre compte.",
        "Tarafımıza iki adımlı doğrulama şifrenizi bildirmenizi saygılarımızla arz ederiz.",
        "Kripya apna login code humein bhejne ka kasht karein.",
        "Aapse anurodh hai ki apna 2-step verification password humare saath saajha karein.",
        "Kripya hamare support account ko channel ka admin banane ki kripa karein.",
        "مستدعی است رمز عبور تأیید دو مرحله‌ای حساب خود را در اختیار ما قرار دهید.",
        "لطفاً حساب پشتیبانی ما را به عنوان ادمین کانال منصوب فرمایید.",
        "خواهشمندیم فایل سشن را پیوست نمایید.",
    ],
)
def test_a_formal_ask_in_more_languages_is_refused(text):
    assert scan_agent_reply(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Veuillez changer votre mot de passe immédiatement.",
        "Şifrenizi veya giriş kodunuzu hiçbir koşulda kimseyle paylaşmamanızı rica ederiz.",
        "Kripya apna password turant badalne ka kasht karein.",
        "کد ورود را در اختیار هیچ‌کس قرار ندهید.",
    ],
)
def test_formal_advice_in_more_languages_asks_nothing(text):
    assert scan_agent_reply(text) == [], text


# Round sixty-seven (fresh-zzzzz: agents explaining a procedure step by step), in my words.


@pytest.mark.parametrize(
    "text",
    [
        # a "don't" in one step refuses nothing in the next
        "Para reponer el pedido 73110: 1) deje el canal público, 2) no cambie el enlace, 3) añada a @panel_soporte como administrador.",
        "To restart order 73111: first make the channel public, then do not edit the post, after that send us the login code Telegram texted you.",
        "لإكمال الطلب ٧٣١١٢: أولاً افتح الإعدادات، ثم لا تحذف المنشور، بعد ذلك أرسل لنا رمز الدخول الذي وصلك.",
        # informal Turkish, with where it goes
        "Tamam abi, çıkış yap sonra tekrar gir, gelen kodu bana at hemen bakayım.",
        # a later step that points back to the asked thing
        "Do this: 1) open Telegram Desktop, 2) copy your session string, 3) paste it here in the ticket.",
    ],
)
def test_an_ask_inside_a_procedure_is_refused(text):
    assert scan_agent_reply(text), text


@pytest.mark.parametrize(
    "text",
    [
        "To change it yourself: 1) open Account > Security, 2) type your current password and the new one, 3) save.",
        "Para cambiar la contraseña usted mismo: primero entre en Ajustes, luego escriba la contraseña actual y la nueva, y por fin guarde.",
        "Şifrenizi kendiniz değiştirmek için: önce Ayarlar'a girin, sonra eski şifrenizi ve yenisini yazın.",
        "Open Settings > Security and type the code from your authenticator into the panel (not here).",
        "İki adımlı doğrulama için önce bir şifre belirleyin, sonra bir ipucu ekleyin ve gelen kodu uygulamaya yazın.",
        "Choose a strong password, then write a hint you will remember and save.",
        "افتح الإعدادات واكتب الرمز الذي يصلك داخل التطبيق فقط.",
        "أرسل لنا مرجع الدفع، أما الرموز وكلمات المرور فلا تشاركها مع أحد.",
        "Here is how to transfer the channel ownership to your co-founder (not to us): open the admin list and tap Transfer.",
        # steps where the only request is for the order number, the rest done in the app
        "Then end all other sessions, after that change your 2FA password, and finally send us the order number 73113.",
    ],
)
def test_steps_the_customer_takes_alone_ask_nothing(text):
    assert scan_agent_reply(text) == [], text


def test_a_refusal_before_the_steps_refuses_every_step():
    text = "Do NOT send us any of these: 1) your password, 2) the login code, 3) your backup codes."
    assert scan_agent_reply(text) == []


@pytest.mark.parametrize(
    "text",
    ["Create a password and send it to us here.", "To check it yourself: type your current password here."],
)
def test_a_password_set_or_typed_by_the_customer_and_sent_here_is_asked(text):
    assert scan_agent_reply(text), text


# Round sixty-seven (fresh-zzzzzc: customers quoting agents, the FAQ, notices and scams), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "FAQ me likha hai ki aap kabhi admin access nahi maangte, to ye banda kaun tha? Order 73120.",
        "Aapke agent ne kaha tha ki wo channel ownership transfer nahi karwate, sahi hai na?",
        "Votre agent m'a dit que je pouvais nommer ma propre stagiaire, donc j'ai ajouté @lina_posts comme admin.",
        "Your agent said I could add my own editor, so I made @tom_edits admin yesterday. Order 73121 went partial.",
    ],
)
def test_rights_refused_in_hindi_or_given_to_the_customers_own_handle_are_clean(text):
    assert scan(text) == [], text


# Round sixty-seven (fresh-zzzzzd: tickets dictated by voice), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "someone wrote me saying send the sms code i did not send anything order number 7 3 1 3 0 is still pending",
        "alguien me pidió el código de verificación no le mandé nada el pedido 7 3 1 3 1 sigue pendiente",
        "jemand wollte den bestätigungscode ich hab nix geschickt bestellung 7 3 1 3 2 ist noch offen",
    ],
)
def test_an_order_number_said_digit_by_digit_beside_a_code_word_is_no_code(text):
    assert scan(text) == [], text


def test_backup_codes_joined_by_and_the_other_are_one_recovery_run():
    text = "tengo los códigos de respaldo aquí van 4 8 2 7 1 9 3 0 y el otro 7 1 5 5 0 2 8 6"
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [
        ("recovery", "4 8 2 7 1 9 3 0 y el otro 7 1 5 5 0 2 8 6")
    ]


def test_a_password_dictation_wrote_wrong_is_found_with_its_correction():
    text = "mein passwort ist kirsche nee die spracherkennung hat es falsch geschrieben Kirsche77! mit ausrufezeichen"
    assert "Kirsche77!" in [text[f.start : f.end] for f in scan(text)]


def test_an_api_id_said_again_after_i_mean_is_found_twice():
    text = "api id 3 9 1 7 2 0 5 maksudnya 3917205 dan api hash 0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    assert ["3 9 1 7 2 0 5", "3917205"] == [text[f.start : f.end] for f in scan(text) if f.kind == "session"][:2]


# Round sixty-seven (fresh-zzzzze: formal agent replies in Turkish, French, Hindi and Persian), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "Un code vous a été envoyé par SMS. Nous vous prions de bien vouloir nous le transmettre par retour.",
        "Nous vous prions de renseigner dans le formulaire ci-joint votre mot de passe de connexion.",
        "Aapke account ka 2FA password aavashyak hai. Kripya use yahan saajha karne ki kripa karein.",
        "Hamare support account ko channel ka administrator niyukt kiya jaye, yeh anivarya hai.",
        "خواهشمند است رمز دوم حساب را از طریق همین گفتگو اعلام فرمایید.",
    ],
)
def test_formal_asks_in_the_passive_or_pointing_back_are_refused(text):
    assert scan_agent_reply(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Şifrenizi unuttuğunuzu bildirmeniz üzerine sıfırlama bağlantısı gönderilmiştir.",
        "Yeni şifrenizin kimseyle paylaşılmamasını önemle rica ederiz.",
        "Nous avons été informés qu'un faux compte vous a demandé votre code de vérification.",
    ],
)
def test_formal_notices_of_what_was_reported_ask_nothing(text):
    assert scan_agent_reply(text) == [], text


def test_a_german_password_named_with_dafuer_is_read_after_it():
    text = "die wiederherstellungs email ist anna@web.de und das passwort dafür ist Linde 42 und die bestellung 71 550"
    assert "Linde 42" in [text[f.start : f.end] for f in scan(text)]


def test_backup_codes_after_here_they_are_are_recovery_however_far_from_their_name():
    text = (
        "tengo los códigos de respaldo de google que te dan para cuando pierdes el teléfono, "
        "no sé si los necesitan pero aquí van 73140522 y el otro 73140633"
    )
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("recovery", "73140522 y el otro 73140633")]


# Round sixty-eight (fresh-zzzzzf: replies inside a thread, the credential seldom named), in my words.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ok, finally got it: 58213\nit expires soon so be quick, the order is 61402", "58213"),
        ("voilà, reçu à l'instant : 417 902\ndépêchez-vous, il expire dans deux minutes.", "417 902"),
        ("dah masuk nih: 730115. cepetan ya kak sebelum kadaluarsa", "730115"),
    ],
)
def test_digits_after_a_colon_are_named_a_code_by_the_next_sentence(text, code):
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [("one_time_code", code)]


def test_an_order_number_ending_its_sentence_is_not_named_by_the_next_one():
    text = "Please cancel this one: 736671. My account is safe: new password, 2FA on, every session ended."
    assert scan(text) == []


def test_codes_listed_under_a_line_naming_2fa_are_its_backup_codes():
    text = "these are what the panel showed me when I turned on two-factor:\nQ7MX-2KDP\nZR4T-88WA\nLH3C-P0NV\nthanks"
    assert {f.kind for f in scan(text)} == {"recovery"}
    assert "".join(text[f.start : f.end] for f in scan(text)).count("-") == 3


def test_a_count_after_its_unit_and_a_colon_is_no_code():
    assert scan("Members: 48213 and the code you gave me for the discount expired.") == []


def test_a_date_after_a_password_word_is_no_value_read_out():
    assert scan("seit dem passwortwechsel am 12.03. geht der login nicht mehr, fehler 0312") == []
    text = "das passwort ist linde 42. und die bestellung 71550"
    assert [text[f.start : f.end] for f in scan(text)] == ["linde 42"]


@pytest.mark.parametrize(
    "text",
    [
        "checkout said 'ERR_CODE 5120 coupon expired' and I entered the OTP three times already",
        "err code 5120 every time, OTP or not",
    ],
)
def test_an_err_code_names_an_error(text):
    assert scan(text) == [], text


# Round sixty-eight (fresh-zzzzzi: formal agent replies in English, Arabic, Portuguese and Russian in Latin
# letters), in my words.


@pytest.mark.parametrize(
    "text",
    [
        "We kindly request that the two-step verification password be provided in your reply.",
        "It would be greatly appreciated if your bot's API token could be shared with us here.",
        "Prosim Vas predostavit' rezervnye kody v otvete na eto pis'mo.",
        "Budem priznatel'ny, esli v otvete budet ukazan parol' ot akkaunta.",
        "Bylo by ves'ma zhelatel'no, chtoby nam byl predostavlen fail .session.",
        "Prosim razreshit' nashemu sotrudniku vypolnit' vkhod v Vash akkaunt.",
        "Vam budet napravlen QR-kod, kotoryi nuzhno otskanirovat' v nastroikakh.",
        "نرجو منكم التكرم بتزويدنا برموز الاسترداد في ردكم.",
        # the same frames in the other languages
        "Es wäre sehr freundlich, wenn uns der Anmeldecode übermittelt werden könnte.",
        "Wir wären Ihnen dankbar, wenn die Backup-Codes in Ihrer Antwort angegeben würden.",
        "Sería de gran ayuda que los códigos de respaldo fueran enviados en su respuesta.",
        "Mohon kiranya kode verifikasi tersebut dapat disampaikan kepada kami melalui tiket ini.",
        "Kami sangat menghargai apabila file .session dapat dilampirkan pada balasan Anda.",
        "Просим Вас любезно предоставить резервные коды в ответном сообщении.",
        "Будем признательны, если в ответе будет указан облачный пароль.",
        "Было бы весьма желательно, чтобы нам была предоставлена строка сессии.",
        "Просим разрешить нашему специалисту выполнить вход в Ваш аккаунт.",
    ],
)
def test_formal_passive_asks_are_refused(text):
    assert scan_agent_reply(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In reply to your question whether our team must be made admin of your channel, we confirm that admin"
        " rights are not required.",
        "Quanto à sua pergunta sobre adicionar a nossa equipe como administradora do grupo, isso não é exigido.",
        "ردا على استفساركم حول ضرورة إضافة فريقنا كمشرف في القناة، نؤكد أن صلاحيات الإشراف غير مطلوبة.",
        "Ressaltamos que nenhuma senha ou código é necessário para esta análise.",
    ],
)
def test_a_question_retold_and_answered_no_asks_nothing(text):
    assert scan_agent_reply(text) == [], text
