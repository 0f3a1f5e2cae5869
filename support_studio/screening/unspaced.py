"""Chinese, Japanese and Thai, written without spaces: the word-edge rules cannot read
them, so these patterns match their words anywhere (outside attacks rounds 9 and 10). Only a
labelled value is read ("密码是Sunflower88", "验证码：48213", "パスワードはSakura2024"), and an
agent's request for a credential or for admin rights in the same sentence without a
"never" or "don't" ("请把验证码发给我们" is asked; "请不要把验证码发给任何人" is not).

The views given are normalise()'s lower view: NFKC has already made full-width colons and
letters plain."""

from __future__ import annotations

import re

_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")

# (The lower view has dropped Thai vowel and tone marks, as every combining mark: "รหัสผ่าน" is "รหสผาน".)
_PASSWORD = r"(?:登录密码|登錄密碼|密码|密碼|口令|パスワード|暗証番号|รหสผาน)"
_CODE = (
    r"(?:验证码|驗證碼|校验码|校驗碼|登录码|登錄碼|登入碼|认证码|認證碼|动态码|動態碼"
    r"|認証コード|確認コード|ログインコード|認証番号|確認番号|コード|รหสยนยน|รหส\s?otp|รหส)"
)
_RECOVERY = r"(?:备用码|備用碼|恢复码|恢復碼|救援码|バックアップコード|リカバリーコード|リカバリーキー)"
_SESSION = r"(?:会话|會話|セッション|session|tdata)"
_ADMIN = r"(?:管理员|管理員|管理者|所有权|所有權|群主|频道主|オーナー)"
# What joins a label to its value: "是", "为", "は", ":", "=", Thai "(ของฉัน)คือ" ((mine) is).
_JOIN = r"[ \t]?(?:(?:ของฉน|ของผม)?คอ|是|为|為|は|:|=)?[ \t]?(?:是|为|為)?[ \t]?"
# A value is written in Latin letters, digits and symbols, up to the next CJK char or space.
_VALUE = r"([!-~]{4,64}?)(?=[\s\u0e00-\u0e7f\u3000-\u30ff\u4e00-\u9fff,]|です|$)"

VALUES = (
    ("password", re.compile(_PASSWORD + _JOIN + _VALUE)),
    ("recovery", re.compile(_RECOVERY + _JOIN + _VALUE)),
    ("one_time_code", re.compile(_CODE + _JOIN + r"(\d{4,8}|\d{3}[ -]\d{3})(?!\d)")),
)
_ASKED = (
    ("password", re.compile(_PASSWORD)),
    ("one_time_code", re.compile(_CODE)),
    ("recovery", re.compile(_RECOVERY)),
    ("session", re.compile(_SESSION)),
    ("admin_access", re.compile(_ADMIN)),
)
_REQUEST = re.compile(
    r"请(?!问)|請(?!問)|麻烦|麻煩|发给|發給|发送|發送|发一下|發一下|告诉|告訴|提供|给我们|給我們|设为|設為|设置为|設置為"
    r"|ください|下さい|送って|教えて|入力して|追加して|กรณาสง|สงมา|สงให|บอก"
)
_NEGATION = re.compile(
    r"不要|不用|别|別|勿|不会|不會|绝不|絕不|从不|從不|永远不|永遠不|不需要|决不|決して|しないで|しません|ないで|不要求"
    r"|อยา|ไมตอง|หาม"
)
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def value_spans(lower: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each value given after a Chinese or Japanese label."""
    if not _SCRIPT.search(lower):
        return []
    found = []
    for kind, pattern in VALUES:
        for m in pattern.finditer(lower):
            value = m.group(1)
            if kind != "password" or not value.isalpha():  # a password has a digit or a symbol
                found.append((kind, m.start(1), m.end(1)))
    return found


def asks(lower: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each sentence that asks for a credential or for admin rights."""
    if not _SCRIPT.search(lower):
        return []
    found = []
    for sentence in _SENTENCE.finditer(lower):
        start, end = sentence.span()
        if _REQUEST.search(lower, start, end) is None or _NEGATION.search(lower, start, end) is not None:
            continue
        for kind, pattern in _ASKED:
            asked = pattern.search(lower, start, end)
            if asked is not None:
                found.append((kind, start, end))
                break
    return found
