"""Tests for support_studio.telegram: every form a customer pastes into the
order-target field, and a specific reason for everything that is not a target."""

import pytest

from support_studio.telegram import (
    EMPTY_REASON,
    MAX_INPUT_LENGTH,
    TARGET_KIND_LABELS,
    TelegramTarget,
    parse_target,
)

# (pasted text, expected kind, expected canonical link)
ACCEPTED = [
    # Usernames in every spelling of the host and scheme.
    ("https://t.me/durov", "username", "https://t.me/durov"),
    ("http://t.me/durov", "username", "https://t.me/durov"),
    ("t.me/durov", "username", "https://t.me/durov"),
    ("www.t.me/durov", "username", "https://t.me/durov"),
    ("https://www.t.me/durov", "username", "https://t.me/durov"),
    ("https://telegram.me/durov", "username", "https://t.me/durov"),
    ("telegram.dog/durov", "username", "https://t.me/durov"),
    ("https://www.telegram.me/durov", "username", "https://t.me/durov"),
    ("//t.me/durov", "username", "https://t.me/durov"),
    ("@durov", "username", "https://t.me/durov"),
    ("durov", "username", "https://t.me/durov"),
    ("durov.t.me", "username", "https://t.me/durov"),
    ("https://durov.t.me/", "username", "https://t.me/durov"),
    # Case: scheme and host are case-insensitive, usernames are lowercased.
    ("HTTPS://T.ME/Durov", "username", "https://t.me/durov"),
    ("Https://Telegram.Dog/DUROV", "username", "https://t.me/durov"),
    ("@DuRoV", "username", "https://t.me/durov"),
    # Stray spaces, invisible marks, trailing slashes, queries and fragments.
    ("   https://t.me/durov   ", "username", "https://t.me/durov"),
    ("\thttps://t.me/durov\n", "username", "https://t.me/durov"),
    ("https:// t.me / durov", "username", "https://t.me/durov"),
    ("@ durov", "username", "https://t.me/durov"),
    ("\u200ehttps://t.me/durov\u200f", "username", "https://t.me/durov"),
    ("\ufeff@durov", "username", "https://t.me/durov"),
    ("https://t.me/durov/", "username", "https://t.me/durov"),
    ("https://t.me/durov///", "username", "https://t.me/durov"),
    ("https://t.me/durov#about", "username", "https://t.me/durov"),
    ("https://t.me/durov?", "username", "https://t.me/durov"),
    # Bot links: the start parameter is dropped.
    ("https://t.me/name_bot?start=ref123", "username", "https://t.me/name_bot"),
    ("t.me/Name_Bot/?start=x#y", "username", "https://t.me/name_bot"),
    # Web preview links.
    ("https://t.me/s/durov", "username", "https://t.me/durov"),
    ("T.ME/S/Durov/", "username", "https://t.me/durov"),
    ("https://t.me/s/durov/123", "public_post", "https://t.me/durov/123"),
    # Username rules at their edges.
    ("@abcde", "username", "https://t.me/abcde"),
    ("@" + "a" * 32, "username", "https://t.me/" + "a" * 32),
    ("@a_b_c_1", "username", "https://t.me/a_b_c_1"),
    # Public posts and topic posts.
    ("https://t.me/durov/123", "public_post", "https://t.me/durov/123"),
    ("t.me/durov/123?single", "public_post", "https://t.me/durov/123"),
    ("t.me/durov/123?comment=1", "public_post", "https://t.me/durov/123"),
    ("https://t.me/durov/123/", "public_post", "https://t.me/durov/123"),
    ("https://t.me/durov/0123", "public_post", "https://t.me/durov/123"),
    ("t.me/durov/9223372036854775807", "public_post", "https://t.me/durov/9223372036854775807"),
    ("durov.t.me/123", "public_post", "https://t.me/durov/123"),
    ("https://t.me/SomeGroup/5/123", "public_post", "https://t.me/somegroup/5/123"),
    # Private channel posts (ids as given, leading zeros dropped by int()).
    ("https://t.me/c/1234567890/15", "private_post", "https://t.me/c/1234567890/15"),
    ("t.me/C/1234567890/15/", "private_post", "https://t.me/c/1234567890/15"),
    ("t.me/c/1234567890/15?thread=3", "private_post", "https://t.me/c/1234567890/15"),
    ("t.me/c/001234/0015", "private_post", "https://t.me/c/1234/15"),
    ("https://t.me/c/1234567890/5/15", "private_post", "https://t.me/c/1234567890/5/15"),
    # Invite links keep the hash's case; joinchat and tg://join normalise to t.me/+.
    ("https://t.me/+AbCdEf123_-x", "invite", "https://t.me/+AbCdEf123_-x"),
    ("t.me/+AbCdEf123/", "invite", "https://t.me/+AbCdEf123"),
    ("https://t.me/joinchat/AAAAAEk-5Ab", "invite", "https://t.me/+AAAAAEk-5Ab"),
    ("TELEGRAM.ME/JOINCHAT/AbC", "invite", "https://t.me/+AbC"),
    ("t.me/+12ab34", "invite", "https://t.me/+12ab34"),
    # tg: app links.
    ("tg://resolve?domain=durov", "username", "https://t.me/durov"),
    ("tg:resolve?domain=Durov", "username", "https://t.me/durov"),
    ("TG://RESOLVE?DOMAIN=durov", "username", "https://t.me/durov"),
    ("tg://resolve?domain=name_bot&start=abc", "username", "https://t.me/name_bot"),
    ("tg://resolve?domain=durov&post=123", "public_post", "https://t.me/durov/123"),
    ("tg://resolve?domain=durov&post=123&thread=5", "public_post", "https://t.me/durov/5/123"),
    ("tg://resolve?domain=durov&topic=5&post=123", "public_post", "https://t.me/durov/5/123"),
    # A topic without a post is the topic's own link, t.me/name/<topic>.
    ("tg://resolve?domain=durov&thread=5", "public_post", "https://t.me/durov/5"),
    ("tg://join?invite=AbCdEf", "invite", "https://t.me/+AbCdEf"),
    ("tg://privatepost?channel=1234567890&post=15", "private_post", "https://t.me/c/1234567890/15"),
    (
        "tg://privatepost?channel=1234567890&post=15&thread=3",
        "private_post",
        "https://t.me/c/1234567890/3/15",
    ),
]


@pytest.mark.parametrize("text, kind, canonical", ACCEPTED)
def test_accepted_forms_normalise(text, kind, canonical):
    target = parse_target(text)
    assert (target.kind, target.canonical) == (kind, canonical)


# (pasted text, the fields it must parse to) for each kind of target.
FIELDS = [
    ("@DuRoV", TelegramTarget("username", "https://t.me/durov", username="durov")),
    (
        "t.me/Durov/123",
        TelegramTarget("public_post", "https://t.me/durov/123", username="durov", post_id=123),
    ),
    (
        "t.me/group_chat/5/123",
        TelegramTarget(
            "public_post",
            "https://t.me/group_chat/5/123",
            username="group_chat",
            post_id=123,
            topic_id=5,
        ),
    ),
    (
        "t.me/c/0042/7",
        TelegramTarget("private_post", "https://t.me/c/42/7", channel_id=42, post_id=7),
    ),
    (
        "t.me/c/42/3/7",
        TelegramTarget("private_post", "https://t.me/c/42/3/7", channel_id=42, post_id=7, topic_id=3),
    ),
    ("t.me/joinchat/AbC", TelegramTarget("invite", "https://t.me/+AbC", invite_hash="AbC")),
]


@pytest.mark.parametrize("text, expected", FIELDS)
def test_targets_carry_their_parts(text, expected):
    assert parse_target(text) == expected


# (pasted text, a word the reason must contain, so it is the specific reason)
REJECTED = [
    # Nothing pasted.
    ("", "Paste"),
    ("   \t\n ", "Paste"),
    ("\u200b", "Paste"),
    # Other websites and tricks that make a link look like t.me.
    ("https://evil.com/t.me/name", "evil.com"),
    ("t.me.evil.com/durov", "t.me.evil.com"),
    ("https://telegram.org", "another website"),
    ("example.com", "another website"),
    ("https://t.me@evil.com/x", "@"),
    ("https://user:pw@t.me/name", "@"),
    ("t.me:8080/name", "port"),
    ("https://t.me:443/durov", "port"),
    # Only http(s) and tg: schemes.
    ("ftp://t.me/x", "ftp"),
    ("javascript:alert(1)", "javascript"),
    ("mailto:durov@t.me", "mailto"),
    # Not a link at all.
    ("https://", "does not look"),
    ("durov/123", "does not look"),
    ("t.me", "Add the channel"),
    ("https://t.me/", "Add the channel"),
    ("t.me/s/", "Add the channel"),
    ("my channel is t.me/durov", "spaces"),
    ("t.me/du\x00rov", "hidden"),
    # Phone-number links.
    ("t.me/+15551234567", "Phone"),
    ("https://t.me/+1-555-123-4567", "Phone"),
    ("tg://resolve?phone=15551234567", "Phone"),
    ("tg://resolve?domain=durov&phone=1555", "Phone"),
    # Login, sticker and other Telegram feature links.
    ("https://t.me/login/123456", "Login"),
    ("t.me/login", "Login"),
    ("tg://login?token=abc", "Login"),
    ("login.t.me", "Login"),
    ("https://t.me/addstickers/SomePack", "Sticker"),
    ("t.me/addemoji/SomePack", "emoji"),
    ("tg://addstickers?set=SomePack", "Sticker"),
    ("https://t.me/boost/durov", "Boost"),
    ("https://t.me/share/url?url=https://example.com", "t.me/share"),
    ("t.me/proxy?server=1.2.3.4&port=443&secret=x", "t.me/proxy"),
    ("t.me/socks?server=1.2.3.4&port=1080", "t.me/socks"),
    ("t.me/setlanguage/en", "t.me/setlanguage"),
    ("t.me/addtheme/night", "t.me/addtheme"),
    ("t.me/bg/abc", "t.me/bg"),
    ("t.me/invoice/abc", "t.me/invoice"),
    ("t.me/addlist/abc", "t.me/addlist"),
    ("tg://msg_url?url=x", "tg://msg_url"),
    ("tg://user?id=123", "tg://user"),
    ("tg://resolve?domain=share", "t.me/share"),
    # Missing or malformed IDs in private post links.
    ("t.me/c/", "channel ID"),
    ("t.me/c/1234567890", "post number"),
    ("t.me/c/1234567890/", "post number"),
    ("t.me/c/abc/15", "only numbers"),
    ("t.me/c/123/abc", "only numbers"),
    ("t.me/c/123/0", "only numbers"),
    ("t.me/c/1/2/3/4", "only numbers"),
    ("t.me/c/-100123/5", "only numbers"),
    ("t.me/c/99999999999999999999/5", "too large"),  # past 64-bit IDs
    ("t.me/c/" + "9" * 2000 + "/1", "too large"),
    ("t.me/c/\u0661\u0662\u0663/5", "only numbers"),  # Arabic-Indic digits int() would accept
    ("tg://privatepost?channel=1", "post number"),
    ("tg://privatepost?post=5", "channel ID"),
    ("tg://privatepost?channel=x&post=5", "only numbers"),
    # Missing or malformed invite codes.
    ("t.me/+", "invite code"),
    ("t.me/joinchat/", "invite code"),
    ("t.me/joinchat", "invite code"),
    ("tg://join", "invite code"),
    ("tg://join?invite=", "invite code"),
    ("t.me/+AbC/extra", "not valid"),
    ("t.me/+Ab$C", "not valid"),
    ("tg://resolve", "domain="),
    ("tg://resolve?domain=", "domain="),
    # Malformed post links.
    ("t.me/durov/abc", "post number"),
    ("t.me/durov/0", "post number"),
    ("t.me/durov/1/2/3", "post number"),
    ("t.me/durov/9223372036854775808", "too large"),
    ("tg://resolve?domain=durov&post=x", "post number"),
    ("tg://resolve?domain=durov&post=", "post number"),
    # Usernames that break Telegram's rules.
    ("@abc", "too short"),
    ("t.me/abcd", "too short"),
    ("@" + "a" * 33, "too long"),
    ("@1durov", "start with a letter"),
    ("@_durov", "start with a letter"),
    ("@durov_", "end with _"),
    ("@du__rov", "two _"),
    ("@du-rov", '"-"'),
    ("@durov.channel", '"."'),
    ("t.me/d\u00farov", '"\u00fa"'),
    ("\u0434\u0443\u0440\u043e\u0432", "English letters"),  # Cyrillic "durov"
    ("t.me/%64urov", '"%"'),
    ("@", "Add the channel"),
]


@pytest.mark.parametrize("text, reason_word", REJECTED)
def test_rejections_say_why(text, reason_word):
    with pytest.raises(ValueError) as raised:
        parse_target(text)
    assert reason_word in str(raised.value)


def test_reason_texts_from_the_issue():
    # The exact wording support agreed on for the most common mistakes.
    expected = {
        "": EMPTY_REASON,
        "@abc": 'Usernames are 5-32 characters long; "abc" is too short.',
        "https://evil.com/t.me/name": "This is a link to another website (evil.com), not Telegram.",
        "t.me/login/abc": ("Login links are never needed: support does not need access to your account."),
        "t.me/addemoji/x": "Sticker and emoji pack links are not order targets.",
        "t.me/+15551234567": "Phone-number links are not order targets.",
        "t.me:8080/name": "Links with a port number are not Telegram links.",
        "t.me/c/123": "Add the post number: private channel links look like t.me/c/1234567890/15.",
    }
    for text, reason in expected.items():
        with pytest.raises(ValueError) as raised:
            parse_target(text)
        assert str(raised.value) == reason


def test_input_length_is_capped():
    # Padding with spaces keeps the link valid, so only the cap can reject it.
    at_cap = "t.me/durov".ljust(MAX_INPUT_LENGTH)
    assert parse_target(at_cap).canonical == "https://t.me/durov"
    with pytest.raises(ValueError, match="2,048"):
        parse_target(at_cap + " ")


def test_long_names_are_shortened_in_reasons():
    # A reason quoting a 2,000-character paste would swamp the form.
    with pytest.raises(ValueError) as raised:
        parse_target("@" + "a" * 2000)
    assert len(str(raised.value)) < 120


ODD_INPUTS = [
    "\U0001f600",
    "t.me/\U0001f600",
    "\u05e2\u05e8\u05d5\u05e5 \u05d8\u05dc\u05d2\u05e8\u05dd",  # Hebrew (RTL) text
    "\u202et.me/durov",  # right-to-left override
    "\x00",
    "t.me/durov\x00",
    "a" * 10_000,
    "t.me/" + "1" * 2000,
    "%",
    "%%%%",
    "t.me/%2Bhash",
    "https://t.me/%40durov",
    "https://xn--d1acufc.xn--p1ai/durov",
    "https://\u0442.me/durov",  # Cyrillic "т" look-alike host
    "https://t\u3002me/durov",  # ideographic full stop
    "http://[::1]/durov",
    "https://t.me/c//",
    "tg:",
    "tg://",
    "tg://resolve?&&&==",
    "tg://privatepost?channel=&post=",
    "?",
    "#",
    "/",
    ":",
    "@@",
    "+",
    ".",
    "..",
    "http:",
    "https:///",
    "I\u0307",  # lowercases to two code points
    "\ud800",  # lone surrogate
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_inputs_raise_only_value_error(text):
    # Whatever is pasted, the form gets either a target or a reason, never a crash.
    try:
        target = parse_target(text)
    except ValueError as error:
        assert str(error)
    else:
        assert target.kind in TARGET_KIND_LABELS
        assert target.canonical.startswith("https://t.me/")


def test_kind_labels_cover_every_kind():
    assert set(TARGET_KIND_LABELS) == {"username", "public_post", "private_post", "invite"}
