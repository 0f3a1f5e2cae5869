"""The agent guard: an agent's reply that asks the customer for a credential
or for access (make support admin, log in to the account, the code Telegram
sent, a session file, the password, backup codes...) is refused; a reply
that warns against sharing them is not."""

from __future__ import annotations

import bisect
import functools
import re

from support_studio.screening import unspaced
from support_studio.screening.lexicon import AnchorScanner, folded, fullmatch_set, word_pattern
from support_studio.screening.normalise import Normalised, fold_variants
from support_studio.screening.rules import (
    _BUT_WORD,
    _IF_WORD,
    _NEGATION_AFTER,
    _OR_NOT_WORDS,
    DONE_AFTER,
    LIST_ITEM,
    LIST_JOINS,
    LOGIN_CONTEXT,
    NEGATION,
    RECEIPT,
    SOMEONE,
    SUPPORT_HANDLE,
    TWO_FA_WORD,
    VERB_NEGATION_AFTER,
    Context,
    Hit,
    _clause,
    _last,
    _skip_blank,
    listed_role,
)

ASKED_FOR = {
    "password": "Support never asks for a password.",
    "one_time_code": "Support never asks for a login code.",
    "recovery": "Support never asks for recovery details.",
    "session": "Support never asks for session strings or tokens.",
    "admin_access": "Support never asks for admin or account access.",
}

REQUEST = word_pattern("REQUEST")
AGENT_ANCHORS = AnchorScanner(("ASK_ACCESS", "ASKED", "ASK_BLOCK", "ROLE", "CODE_BLOCK", "ACCESS_WORD", "PAYMENT_CODE"))
ACCOUNT_WORD = word_pattern("ACCOUNT_WORD")
ASK_ACCESS = word_pattern("ASK_ACCESS")
ASKED = word_pattern("ASKED", "ROLE")
ASK_BLOCK = word_pattern("ASK_BLOCK", "CODE_BLOCK")
_PASSWORDS = fullmatch_set("PASSWORD")
_RECOVERY = folded(
    r"backup|recovery|reset|резервн|восстанов|rezervn|vosstan|پشتیبان|بکاپ|بازیابی|ریکاوری"
    r"|respaldo|recupera|yedek|kurtarma|cadangan|pemulihan|احتياط|استرداد|secours|wiederherstell"
)
_SESSIONS = folded(
    r"session|сесси|sessi|سشن|جلس|tdata|тдат|token|токен|توکن|توكن|cookie|куки|api|auth|oturum|sesi"
    r"|desktop\s?folder|local\s?storage|localstorage"
)
_ROLES = fullmatch_set("ROLE")
_DESCRIBED = re.compile(r"\s?\(\s?\d*\s?")  # between what may be asked and its description
_ENDED = folded(
    r"(?<![^\W_])(?:terminate\w*|end\s?(?:all\s)?(?:other\s)?sessions|log\s?out|kapat\w*|sonlandir\w*|fermer|mettre\s?fin"
    r"|beenden|abmelden|завершит\w*|zavershit\w*|akhiri|keluar|nonaktifkan|encerrar|cerrar|terminar|پایان|انهاء|إنهاء)(?![^\W_])"
)
# Hidden from a screenshot before it is sent: "esconde qualquer código", "غطّ أي كود", "کد … رو بپوشونید".
_HIDDEN = folded(
    r"(?<![^\W_])(?:esconde|esconda|oculta|oculte|tapa|tape|cubre|cubra|hide|hidden|cover|blur|masquez|cachez|verdecken"
    r"|schwarzen|بپوشون\w*|بپوشان\w*|و?غطي?|sembunyikan|tutupi|gizleyin|gizle|скройте|закройте|замажьте"
    r"|skroyte|zakroyte|zamazhte|chh?upa\s?(?:dijiye|dijie|do|dein|den|ke|kar)|chh?upaiye|chh?upao)(?![^\W_])"
)
_HIDDEN_REACH = 30
_CREDENTIALS = folded(r"login|логин|credential|بيانات|معلومات")  # "login details", "بيانات الدخول"
_CODES = folded(r"code|codigo|kod|код|کد|كود|otp|sms|digit|цифр|chiffres|ziffern")
US = re.compile(
    "(?<![^\\W_])(?:"
    + "|".join(
        form
        for word in r"""us me our ours we нас нам наш\w* nas nam nash\w* ما مارو مارا nos nosotros nuestr\w* nossa
    nosso nossos bize biz bizim hesabimiz\w* kami kita hume humein hamein hamara hamare hamari لنا لينا حسابنا إلينا
    الينا notre nous uns unser\w*""".split()
        for form in fold_variants(word)
    )
    + ")(?![^\\W_])"
)


@functools.lru_cache(maxsize=4096)
def _kind_of(word: str) -> str:
    if _RECOVERY.search(word):
        return "recovery"
    if _SESSIONS.search(word):
        return "session"
    if _ROLES.fullmatch(word):
        return "admin_access"
    if _CODES.search(word):
        return "one_time_code"
    if _PASSWORDS.fullmatch(word) or any(part in word for part in ("pass", "парол", "رمز", "sign in", "log in")):
        return "password"
    if _CREDENTIALS.match(word):
        return "password"
    return "one_time_code"


# Advice about a credential, not a request for it: "use a different password",
# "woh password badal dijiye" (change that password), "password turant badal dijiye" (at once),
# "recovery email ka password badal dijiye" (change the recovery e-mail's password), "2FA password turant
# badal dijiye" (the 2FA's password, fresh-zzzzv).
_ADVICE_AFTER = folded(
    r"\s?(?:(?:ka|ki|ke)\s[^\W\d_]+\s)?(?:password\s)?(?:(?:turant|foran|jaldi|abhi|immediately|sofort|srochno|segera|hemen)\s)?(?:diferente|different|distinta|differente|anders|другой|другую|farkli|berbeda|alag|متفاوت|مختلف\w*"
    r"|badal\w*|change|cambia\w*|ändern|andern|degistir\w*"
    # "saare unknown sessions terminate kar dijiye": end them; "2-step password laga do": set one (fresh-zzp);
    # "2FA on rakhiye": keep it on
    r"|(?:terminate|revoke|end|band|khatam|завершите|zavershite|sonlandir\w*|cierra\w*|encerre\w*|fermez|beende\w*"
    r"|laga\s?(?:do|lo|dijiye|lijiye)|set\s?kar\w*|on\s?(?:kar|rakh)\w*)"
    r"(?![^\W_]))"
)
# "Bitte widerrufe den Bot-Token, den du gepostet hast": revoke, end or change it.
_ADVICE_BEFORE = folded(
    r"(?:revoke|terminate|change|widerruf\w*|beende\w*|andere|ändere|отзовите|otzovite|смените|smenite"
    r"|revoca\w*|revogue\w*|revoquez|changez|iptal\s?edin|degistirin|cabut|ganti|badal\w*|لغو\s?کنید|ألغ\w*)"
    r"\s(?:(?:the|your|den|die|das|deinen?|ihren?|el|la|o|a|le|les|votre|ваш\w*|vash\w*)\s)?$"
)
# The request's own verb is the advice, on the credential named before: "… password likha tha, use turant
# badal dijiye" (change it at once, fresh-zzzzj).
# (or "aapne jo … bheja tha wo turant badal dijiye": the one you sent, change it, fresh-zzzzv)
_ADVICE_VERB_BEFORE = folded(r"(?<![^\W_])(?:use|usko|ise|isko|unhe|unko|wo|woh|vo)\s(?:[^\W_]+\s)?badal\s(?:kar\s)?$")
_NEVER = folded(
    r"(?<![^\W_])(?:never|nie|niemals|niemandem|niemanden|jamais|nunca|jamas|jamás|asla|никогда|nikogda|هرگز|ابدا|أبدا|abadan"
    r"|kabhi\s?nahi|kabhi\s?mat|sama\s?sekali|jangan\s?pernah|hicbir\s?zaman|hic\s?bir\s?zaman)(?![^\W_])"
)
_DASH = re.compile(r"\s[-–—]\s")
_FORGOT_BEFORE = folded(
    r"(?<![^\W_])(?:forgot(?:ten)?|lupa|esqueci|esqueceu|olvide|olvidaste|oublie|vergessen|unuttum|забыли|zabyli)"
    r"\s?(?:your\s|the\s|my\s|a\s|o\s|la\s|le\s)?$"
)
# What support sends: Indonesian "akan dikirim" (will be sent), "akan kami kirim", "sudah kami kirim
# ulang" (we will send, we resent), Arabic "أعدنا إرساله" ("link reset akan dikirim ke email", "Kode
# OTP akan kami hantar", fresh-zzt, fresh-zzw).
_SENT_BY_US = folded(
    r"(?<![^\W_])(?:(?:akan|bakal)\s(?:kami\s|kita\s)?|(?:kami|kita)\s(?:sudah\s|udah\s|telah\s|akan\s|baru\s)?"
    r"|(?:أعدنا|اعدنا|نعيد|سنعيد)\s)$"
)
_WILL_BE = folded(r"(?:akan|bakal)\s")
# Only for the customer to type: "Kodenya hanya untuk kakak ketik di halaman login", "o código é só para
# você digitar no login", "الرمز لك أنتِ فقط تكتبينه" (fresh-zzw).
_ONLY = r"(?:hanya|cuma|only|just|so|solo|solamente|somente|только|tolko|sadece|nur|seulement|uniquement)"
_ONLY_YOURS_BEFORE = folded(
    r"(?<![^\W_])" + _ONLY + r"\s"
    r"(?:untuk|buat|for|para|pra|для|dlya|pour|fur|icin)\s(?:kakak|kak|kamu|anda|you|voce|vc|usted|ti|vas|вас|vous"
    r"|sie|dich|siz|sen)\s$|لك\s(?:ان\w*\s)?فقط\s$"
)


def _sent_by_us(ctx: Context, request: re.Match[str]) -> bool:
    we = _SENT_BY_US.search(ctx.lower, max(0, request.start() - 16), request.start())
    return we is not None and (not _WILL_BE.fullmatch(we.group()) or request.group().startswith("di"))


_UNLIKE_BEFORE = folded(
    r"(?<![^\W_])(?:beda\s?(?:sama|dengan|dari)|berbeda\s?(?:dengan|dari)|different\s?from|unlike|not\s?the\s?same\s?as"
    r"|distinto\s?(?:de|del)|diferente\s?(?:de|del|do|da)|anders\s?als|different\s?de)\s(?:[^\W_]+\s)?$"
)
_WHAT_IS = folded(r"ما\s?(?:هو|هي)")
_FROM_AFTER = folded(r"\s?(?:من|منا|تبعنا)(?![^\W_])")
_NOT_NEEDED_AFTER = folded(
    r"\s(?:[^\W_]+\s)?(?:schlicht|einfach|wirklich|gar|uberhaupt|absolut|echt|dafur|dazu|hierfur|hier|also)\s(?:nicht|nie|keine\w*)(?![^\W_])"
)
# "…hesabınıza giriş veya yönetici yetkisi gerekmiyor": not needed, said last in a verb-final clause (fresh-zzh),
# or after a list ("hesabınıza giriş, yönetici yetkisi, kod ya da şifre gerekmez", fresh-zzi; "humein admin
# banane ya koi code bhejne ki zaroorat nahi hai", fresh-zzzzh).
_NOT_NEEDED_LAST = folded(r"(?<![^\W_])(?:gerekmiyor|gerekmez|gerekli\s?degil|gerek\s?yok)(?![^\W_])")
_LISTED_THEN_NOT_NEEDED = folded(
    r"(?:(?:\s?,|\s(?:ya\sda|veya|ve|ile))\s[^\W\d_]+(?:\s[^\W\d_]+)?)+\s(?:gerekmiyor|gerekmez|gerekli\sdegil|gerek\syok)(?![^\W_])"
    r"|(?:\s(?:ya|aur|ya\sphir)\s[^\W\d_]+(?:\s[^\W\d_]+){0,2})+\s(?:ki|ka|ke)\s(?:koi\s)?(?:zaroorat|zarurat|jarurat)\s(?:nahi|nahin|nhi)(?![^\W_])"
)
# What was done, if it was ("Bir yere kod girdiyseniz …": if you entered a code somewhere): a condition, no ask.
_IF_DONE_AFTER = folded(r"\s(?:[^\W\d_]+\s)?[^\W\d_]+[dt][iıuü]ys[ae]n[iı]z(?![^\W_])")
# Past or done before the request: "Kakak barusan kirim password" (you just sent), "Vous venez d'écrire".
_DONE_BEFORE = folded(
    r"(?:barusan|tadi|sudah|udah|telah|baru\s?saja|venez\s?d'?|venez\s?de|safe\s?to|ok(?:ay)?\s?to|fine\s?to)\s?$"
    # with the one addressed between: "tadi kakak kirim password panel di tiket" (fresh-zzj)
    r"|(?:barusan|tadi|sudah|udah|telah)\s(?:kakak|kak|anda|kamu|agan|gan|bapak|ibu|bu|pak)\s$"
    # or in a clause that says it was: "Token bot yang kakak kirim sudah kami hapus" (fresh-zzl)
    r"|(?<![^\W_])yang\s(?:kakak|kak|anda|kamu)\s$"
)
# Needed by the customer only: "Kod nuzhen tolko vam dlya vhoda".
_FOR_YOU_AFTER = folded(r"\s?(?:tolko|только)\s?(?:vam|вам|tebe|тебе)|\s?only\s?(?:by\s|for\s)?you")
# What it is for, or where it goes, not who should have it: "Код из Telegram нужен только для входа",
# "put the new token only in your own server config" (fresh-zze)
_ONLY_FOR_AFTER = folded(
    r"\s?(?:\w+\s)?(?:только|tolko)\s?(?:для|dlya)\s?(?:входа|vhoda)|\s?only\s?(?:in|on|into|to)\s?your\s?own(?![^\W_])"
    # "اكتبه داخل التطبيق فقط", "escríbalo solo en la app": typed into the app, nowhere else (fresh-zzu)
    # ("واكتب الرمز الذي يصلك داخل التطبيق فقط": the code that reaches you, fresh-zzzzz)
    r"|(?:\s[^\W\d_]+){0,3}?\s?(?:داخل|في)\s?(?:ال)?تطبيق\s?فقط|\s?" + _ONLY + r"\s?(?:en|no|in|dans|di)"
    r"\s?(?:la\s|the\s|der\s|l'|o\s)?(?:app|aplicacion|aplicativo|application|aplikasi|uygulama\w*)(?![^\W_])"
)
# The same, said before a verb that comes last: "Gelen kodu … sadece giriş ekranına yazın" (type it only
# on the login screen, fresh-zzzzt).
_ONLY_INTO_BEFORE = folded(r"(?<![^\W_])" + _ONLY + r"\s(?:giris\s?ekran\w*|uygulama\w*|telegram\w*)\s$")
# Steps the customer is told to take by themselves ("Pra trocar a senha do painel você mesmo faz assim:
# … digita a senha atual e a nova", "Panel şifrenizi kendiniz sıfırlamak için: …", "لتغيير كلمة مرور
# لوحة التحكم بنفسك: …"), with nothing sent to support or here after the request (fresh-zzzzz).
# (Second person only: "selbst", "khud", "sendiri" may be support's own.)
_YOURSELF = folded(
    r"(?<![^\W_])(?:yourself|yourselves|(?:voce|vc|usted|tu)\s?mism[oa]s?|(?:voce|vc)\s?mesm[oa]|vous-?meme|toi-?meme"
    r"|kendiniz|بنفسك|بنفسكم|خودتان|خودتون|خودت)(?![^\W_])"
)
_STEPS_OPEN = re.compile(r":\s")
# Support ruled out as who gets the rights: "(not to us)", "(no a nosotros)", "(bize değil)", "(не нам)".
_NOT_US = folded(
    r"(?<![^\W_])(?:not|no|nao|pas|nicht|не|ne|bukan|nahi|نه|لا|ليس)\s(?:(?:to|for|a|para|pra|buat|untuk|ke|kepada|an|fur|для|ko)\s)?"
    r"(?:us|nosotros|nos|nous|uns|нам|nam|kami|hume|humein|لنا|ما)(?![^\W_])|(?<![^\W_])bize\sdegil(?![^\W_])"
)
_NOT_US_REACH = 60
_HERE = folded(
    r"(?<![^\W_])(?:here|aqui|aca|ici|hier|buraya|burada|сюда|suda|disini|di\ssini|ke\ssini|yahan|yaha|هنا|اینجا)(?![^\W_])"
)
# Where a typed value goes, said after it: "type the 6-digit code from the app into the panel (not here!)",
# "gelen kodu uygulamaya yazın" (type the code into the app).
_INTO_THE_APP_AFTER = folded(
    r"\s(?:[^\W_]+(?:-[^\W_]+)?\s){0,6}?into\s(?:the|your)\s(?:panel|app|telegram|login|website|site|form)(?![^\W_])"
    r"|\s(?:[^\W_]+\s){0,2}?(?:uygulamaya|telegram'a|giris\s?ekranina)(?![^\W_])"
)
_NOT_HERE = folded(
    r"(?<![^\W_])(?:not\shere|no\saqui|nao\saqui|pas\sici|nicht\shier|buraya\sdegil|bukan\sdi\ssini|ليس\sهنا|مش\sهنا"
    r"|не\sсюда|ne\ssyuda|yahan\snahi|اینجا\sنه)(?![^\W_])"
)
_YOURSELF_BEFORE = folded(r"(?<![^\W_])(?:khud|сами|sami|خودتان|خودتون|بنفسك)\s(?:[^\W\d_]+\s)?$")


def _self_service(
    ctx: Context, request: re.Match[str], asked: re.Match[str], sentence_start: int, sentence_end: int
) -> bool:
    """Done by the customer in the app, nothing sent to support: steps they take by themselves,
    a value typed into the panel or the app ("not here"), a password set ("önce bir şifre belirleyin")."""
    after = max(request.end(), asked.end())
    if ctx.find(_NOT_HERE, after, min(sentence_end, after + 80)) is not None:
        return True
    yourself = ctx.find(_YOURSELF, sentence_start, request.start())
    if not (
        # (the steps opened after it: "… você mesmo faz assim: primeiro …")
        (yourself is not None and _STEPS_OPEN.search(ctx.lower, yourself.end(), request.start()) is not None)
        or _INTO_THE_APP_AFTER.match(ctx.lower, asked.end()) is not None
        or _set_beside(ctx, asked)
    ):
        return False
    # unless it is sent on: "… and send it to us", "… password yahan share kar do"
    sent_from = min(request.start(), asked.start())
    return ctx.find(US, sent_from, sentence_end) is None and ctx.find(_HERE, sent_from, sentence_end) is None


def _set_beside(ctx: Context, asked: re.Match[str]) -> bool:
    """A set verb on the asked word: "şifre belirleyin", "choose a strong password", "اختر كلمة مرور"."""
    if _kind_of(asked.group()) != "password":
        return False
    lower = ctx.lower
    following = _NEXT_WORD.match(lower, asked.end())
    if following is not None and _SET.fullmatch(following.group(1)):
        return True
    before = _SET_BEFORE.search(lower, max(0, asked.start() - 30), asked.start())
    return before is not None


_NEXT_WORD = re.compile(r"\s([^\W\d_]+)")


def _done_by_the_customer(ctx: Context, request: re.Match[str]) -> bool:
    """ "…panel ki API settings me khud daal dijiye — humein bhejne ki zaroorat nahi hai": done by
    the customer ("yourself"), and sending it to support denied later in the sentence."""
    if _YOURSELF_BEFORE.search(ctx.lower, max(0, request.start() - 16), request.start()) is None:
        return False
    return ctx.negation_in(request.end(), ctx.sentence(request.start())[1])


# What a scammer wrote, quoted to warn about it: «أرسل الكود …», "skinte .session fayl".
_QUOTE = re.compile(r'"[^"\n]{3,200}"|«[^»\n]{3,200}»|“[^”\n]{3,200}”|„[^“”\n]{3,200}[“”]')


# Asked to delete a message that holds a credential: "Merci de supprimer…", "… delete kar dijiye".
_DELETE = folded(
    r"delete|remove|dismiss\w*|hata\s?(?:do|dijiye|dein|de)|supprim\w*|effac\w*|borr[ae]\w*|elimin\w*|apag\w*|exclu[ai]\w*|удали\w*|udali\w*"
    r"|silin\w*|silme\w*|hapus\w*|حذف|احذف\w*|امسح\w*|پاک|losch\w*|entfern\w*"
)


# "Чтобы проверить, почему не доходит колбэк, пришлите api_id": the "not" of a why-question
# the agent is looking into refuses nothing.
_WHY_NOT = folded(
    r"(?:почему|зачем|pochemu|why|por\s?que|pourquoi|warum|kenapa|neden|kyu|kyun|چرا|ليش|لماذا)\s(?:[^\W_]+\s){0,4}?"
    r"(?:не|ne|not|don'?t|doesn'?t|no|pas|nicht|tidak|nahi|لا|ما)(?![^\W_])"
    # "…откуда пришёл код и не связан ли он с заказом": whether or not, asked
    r"|(?:не|ne)\s[^\W_]+\s(?:ли|li)(?![^\W_])"
    # "account me koi issue hai ya nahi ye confirm karne ke liye …": "or not", asked (fresh-zzzzj)
    r"|" + _OR_NOT_WORDS + r"(?![^\W_])"
)
_JUST = folded(
    r"(?<![^\W_])(?:just|only|simply|solo|solamente|so|apenas|seulement|juste|nur|einfach|только|просто|tolko|prosto"
    r"|sadece|yeter|cukup|hanya|saja|bas|sirf|kafi|يكفي|بس|فقط|کافیه)(?![^\W_])"
)
# A sentence that shows how to hide a value ("replace them with <YOUR_TOKEN>") asks for none.
_PLACEHOLDER = re.compile(r"<[A-Z_]{3,}>|\bYOUR_[A-Z_]+|\{\{?[a-z_]+\}\}?|\*{3,}")  # (or "with ***")


# What Telegram's own account sends, announced in one sentence and asked for in the next:
# "a message from Telegram's official account arrives in a minute; screenshot it for us".
_FROM_TELEGRAM = folded(
    r"telegram|телеграм|تلگرام|تيليجرام|تلغرام|تليجرام|تيليغرام"
    r"|official|oficial|officiel|offiziell|resmi|رسمی|الرسمي|ofitsial|официальн"
)


# "…он выводит строку (string session). Скопируйте её сюда": the next sentence asks for "it".
# ("Dictez-les-moi", "forward that link here")
# "it" joined to the verb: "Reenvíelo aquí", "envíenoslo", "mándamelo".
_ENCLITIC_IT = re.compile(r"[^\W\d_]{3,}(?:lo|la|los|las)$")
_IT_AFTER = folded(
    r"(?:[\s-]?(?:it|them|that(?:\s(?:link|code|file|string|message|key|token|folder|one))?|ee|eyo|ego|ih|её|ее|его|их"
    r"|onu|onlari|es|sie)|-?(?:lo|la|los|las|les|le)"
    # after a space, before a noun, "la"/"le"/"los" are articles: "merci d'indiquer la référence du virement"
    r"|\s(?:lo|la|los|las|les|le)(?!\s[^\W\d_]{3}))(?![^\W_])"
)


# "it" before the verb: "Nous vous remercions de bien vouloir nous le transmettre", "Kripya use yahan
# saajha karne ki kripa karein" (fresh-zzzzze)
_IT_BEFORE = folded(
    r"(?<![^\W_])(?:nous|me|m'|nos)\s?(?:le|la|les|l'|lo|los|las)\s?$"
    r"|(?<![^\W_])(?:use|ise|usko|isko|unhe|inhe)\s(?:[^\W\d_]+\s)?$"
)


def _asked_in_the_next_sentence(ctx: Context, asked: re.Match[str], sentence_end: int) -> re.Match[str] | None:
    """A request in the next sentence for what this one names: a message from Telegram,
    or anything the request points back to ("copy it here")."""
    if sentence_end >= len(ctx.lower):
        return None
    _, next_end = ctx.sentence(sentence_end)
    request = _request(ctx, sentence_end, next_end)
    if request is None:
        return None
    # "Welche Zahlen sind gerade angekommen? Lesen Sie sie mir bitte vor": asked, then to be said
    if _FROM_TELEGRAM.search(asked.group()) or ctx.is_question(asked.start()):
        return request
    # "Wir brauchen es nicht": pointed back to, and not needed.
    pointed_back = _points_back(ctx, request) and not ctx.negation_in(sentence_end, _clause(ctx, request.start())[1])
    return request if pointed_back else None


def _points_back(ctx: Context, request: re.Match[str]) -> bool:
    """The request names what it asks for as "it": "copy it here", "reenvíelo", "nous le transmettre"."""
    return (
        _IT_AFTER.match(ctx.lower, request.end()) is not None
        or _ENCLITIC_IT.search(request.group()) is not None
        or _IT_BEFORE.search(ctx.lower, max(0, request.start() - 24), request.start()) is not None
    )


def _asked_after_a_lead_in(ctx: Context, sentence_start: int) -> re.Match[str] | None:
    """A request ending in a colon, the asked thing on the line after: "We need one thing
    from you:\nyour two-step verification password", "Please send us the following…:\n- the 5
    digits Telegram just sent you" (outside attack round 10)."""
    lead = _LEAD_IN_END.search(ctx.lower, max(0, sentence_start - 12), sentence_start)
    if lead is None:
        return None
    lead_start, _ = ctx.sentence(max(0, lead.start() - 1))
    if ctx.negation_in(lead_start, lead.start()):
        return None  # "Never share these:\n- your password"
    return _request(ctx, lead_start, lead.start())


# A line ending in a colon, then (a list marker and) the sentence
_LEAD_IN_END = re.compile(r":[ \t]*\n[\s\-•*]*$")


# A template to fill in: "Login code received from Telegram: ___", "Код подтверждения из Telegram: …".
_BLANK = re.compile(r"[^\n:]{0,30}:[ \t]?(?:_{2,}|…|\.{3})")


def _listed_request(ctx: Context, m: re.Match[str]) -> re.Match[str] | None:
    """A list of steps that ends in sending: "3. Salin api_id dan api_hash\n4. Kirim ke chat ini"
    (the request is a later step of the same numbered list)."""
    lower = ctx.lower
    line_start = lower.rfind("\n", 0, m.start()) + 1
    if not LIST_ITEM.match(lower, line_start):
        return None
    # Each later step is read once, however many asked words the list has (Context.listed keeps
    # the answer for every step start).
    walked: list[int] = []
    pos, found = lower.find("\n", m.end()), None
    while pos >= 0 and LIST_ITEM.match(lower, pos + 1):
        if pos + 1 in ctx.listed:
            found = ctx.listed[pos + 1]
            break
        walked.append(pos + 1)
        end = lower.find("\n", pos + 1)
        end = len(lower) if end < 0 else end
        found = _request(ctx, pos + 1, end)
        if found is not None:
            break
        pos = lower.find("\n", pos + 1)
    for start in walked:
        ctx.listed[start] = found
    return found


# "niemals einen Token, ein Passwort oder einen Code": one item of a list after its negation ("the
# token, admin rights or your Telegram login": up to two words before the next item).
_LIST_GAP = folded(rf"\s?(?:{LIST_JOINS}|ili|یا|أو)\s?(?:[^\W_]+(?:-[^\W_]+)?\s){{0,2}}")


_LIST_ITEMS = 4  # the longest list of asked words read as one


def _list_start(ctx: Context, asked: list[re.Match[str]], index: int) -> int:
    """Where the list of asked words that ends with asked[index] starts (its own start when alone)."""
    start = asked[index].start()
    for before in reversed(asked[max(0, index - _LIST_ITEMS) : index]):
        if before.end() > start or not _LIST_GAP.fullmatch(ctx.lower, before.end(), start):
            break
        start = before.start()
    return start


def _list_refused(ctx: Context, asked: list[re.Match[str]], index: int, sentence_start: int) -> bool:
    """A negation before the list asked[index] ends: "niemals einen Token, ein Passwort oder einen Code"."""
    start = _list_start(ctx, asked, index)
    return start < asked[index].start() and _refused_before(ctx, max(sentence_start, start - 30), start)


def _list_last(ctx: Context, asked: list[re.Match[str]], index: int) -> re.Match[str]:
    """The last item of the list of asked words that starts with asked[index] ("OTP, password ya
    admin access dene ki zarurat nahi hai": the list's own clause is the last item's)."""
    last = asked[index]
    for after in asked[index + 1 : index + 1 + _LIST_ITEMS]:
        if after.start() < last.end() or not _LIST_GAP.fullmatch(ctx.lower, last.end(), after.start()):
            break
        last = after
    return last


# "لن نتمكن من التعويض إلا إذا نقلت ملكية القناة إلينا": "we can't … unless you …" asks for what follows (fresh-zu)
_UNLESS = folded(
    r"(?<![^\W_])(?:unless|except\s?if|(?:ا|إ)لا\s?(?:ا|إ)ذا|sauf\s?si|a\s?menos\s?que|salvo\s?que|es\s?sei\s?denn"
    r"|если\s?только|esli\s?tolko|kecuali|جز\s?اینکه|مگر\s?اینکه)(?![^\W_])"
)


def _past_unless(ctx: Context, lo: int, pos: int) -> int:
    """Where a refusal before pos may start: past the last "unless" in [lo, pos)."""
    unless = _last(ctx.find_all(_UNLESS, lo, pos))
    return unless.end() if unless is not None else lo


# A procedure's steps: "1) …, 2) …", "first …, then …, finally …" (a step word after a comma or a
# colon). A "not" in one step belongs to that step: "2) sipariş linkini değiştirmeyin, 3) destek
# hesabımızı kanala yönetici olarak ekleyin", "ثم لا تغيّر رابط القناة، بعد ذلك أرسل لنا …" (fresh-zzzzz).
_STEP = folded(
    r"(?<![\w.,])(?:\d{1,2}|[١-٩]|[۱-۹])[).](?=\s)"
    r"|[,;:،؛\n]\s?(?:(?:and|e|y|et|und|ve|dan|и|i)\s)?(?:then|next|after\sthat|afterwards|finally|lastly|first(?:ly)?|primeiro|depois|em\sseguida"
    r"|por\sfim|por\sultimo|finalmente|primero|luego|despues|a\scontinuacion|d'abord|ensuite|puis|enfin"
    r"|zuerst|dann|danach|anschliessend|schliesslich|ilk\sonce|once|sonra|daha\ssonra|ardindan|en\sson|son\solarak"
    r"|pertama|lalu|kemudian|setelah\situ|terakhir|сначала|потом|затем|после\sэтого|наконец|snachala|potom|zatem"
    r"|posle\setogo|nakonets|pehle|phir|fir|uske\sbaad|اولا|ثم|بعد\sذلك|بعدها|وبعدها|واخيرا|اخيرا|سپس|بعدش|در\sآخر)"
    r"(?![^\W_])"
)


def _step_request(ctx: Context, asked: re.Match[str], sentence_start: int, sentence_end: int) -> re.Match[str] | None:
    """The request for `asked` in its sentence; in a sentence of steps, a request in the asked
    word's own step, in the lead-in before the first step ("Send us: 1) …"), or in a later step
    that points back to it ("copy the code, then paste it here"). "Then end all other sessions,
    after that change your 2FA password, finally send us the order number" asks for the number."""
    steps = [step.start() for step in ctx.find_all(_STEP, sentence_start, sentence_end)]
    if len(steps) < 2:
        return _request(ctx, sentence_start, sentence_end, asked)
    index = bisect.bisect_right(steps, asked.start()) - 1
    step_end = steps[index + 1] if index + 1 < len(steps) else sentence_end
    own = _request(ctx, steps[index] if index >= 0 else sentence_start, step_end, asked)
    if own is not None or index < 0:
        return own
    lead_in = _request(ctx, sentence_start, steps[0], asked)
    if lead_in is not None:
        return lead_in
    return next(
        (
            r
            for r in ctx.find_all(REQUEST, step_end, sentence_end)
            if _points_back(ctx, r) and _request(ctx, r.start(), r.end())
        ),
        None,
    )


def _step_start(ctx: Context, lo: int, pos: int) -> int:
    """Where pos's step starts (lo at the earliest), when its sentence lists steps and nothing
    before the first is refused ("Do NOT send: 1) your password, 2) your code" refuses every step)."""
    sentence_start, _ = ctx.sentence(max(lo, pos - 1))
    steps = ctx.find_all(_STEP, sentence_start, pos)
    if len(steps) < 2 or ctx.negation_in(sentence_start, steps[0].start()):
        return lo
    return max(lo, steps[-1].start())


def _refused_before(ctx: Context, lo: int, pos: int) -> bool:
    if not ctx.negation_in(lo, pos):
        return False
    lo = _step_start(ctx, lo, pos)
    if not ctx.negation_in(lo, pos):
        return False
    # "Чтобы такое не повторялось, назначьте…", "لكي نتأكد أن المسوّق لم يغيّر…، أرجو أن ترسل": the
    # "not" of a purpose clause before the request refuses nothing.
    purpose = ctx.find(_PURPOSE, ctx.sentence(lo)[0], pos)
    if purpose is not None:
        purpose_end = _clause(ctx, purpose.start())[1]
        # "Chtoby my mogli proverit, chto hakker bolshe ne v akkaunte, nam nuzhno…": what is to be
        # checked ("that …") is still the purpose.
        while purpose_end < pos and _THAT.match(ctx.lower, purpose_end + 1):
            purpose_end = _clause(ctx, purpose_end + 1)[1]
        if purpose_end < pos and not ctx.negation_in(purpose_end, pos) and not ctx.negation_in(lo, purpose.start()):
            return False
    # "Sahte üyeleri temizleyebilmemiz için … eklemeniz gerekiyor": a Turkish purpose ends in "için".
    purposes = ctx.find_all(_FOR_THE_PURPOSE, lo, pos)
    if purposes and not ctx.negation_in(purposes[-1].end(), pos):
        return False
    # (from the sentence's start: "To see why the bot starts are not registering, please send…"
    # looked at from 30 characters before "send" still has its "why", fresh-zzzc)
    why = ctx.find(_WHY_NOT, min(lo, ctx.sentence(lo)[0]), pos)
    return why is None or ctx.negation_in(lo, why.start()) or ctx.negation_in(max(lo, why.end()), pos)


_PURPOSE = folded(
    r"(?<![^\W_])(?:чтобы|чтоб|chtoby|chtob|لكي|لكى|كي|so\s?that|para\s?que|pour\s?que|afin\s?que|damit|agar|taki"
    r"|supaya|برای\s?اینکه|تا"
    # "Pour vérifier que…", "para confirmar que…", "to make sure that…": an infinitive of purpose.
    r"|(?:pour|afin\sde)\s(?:nous\s|vous\s|s.)?[^\W\d_]+(?:er|ir)|para\s(?:nos\s)?[^\W\d_]+(?:ar|er|ir)(?:nos)?"
    r"|to\s(?:verify|confirm|make\ssure|ensure|check|secure))(?![^\W_])"
)
_THAT = folded(r"\s?(?:что|chto|que|that|dass|ob|ki|bahwa|أن|که)(?![^\W_])")
_FOR_THE_PURPOSE = folded(r"(?<![^\W_])icin(?![^\W_])")


def _negated_in_own_clause(ctx: Context, m: re.Match[str], request: re.Match[str]) -> bool:
    """The request is in another clause, and the asked word's own clause says no after it:
    "… password ki zarurat nahi hai, sirf link bhejiye", "kody iz telegi nikomu ne peresylaite, … nam nuzhen …"."""
    clause_start, clause_end = _clause(ctx, m.start())
    # "Пришлите облачный пароль — без него мы не сможем проверить": past a dash, why it is needed.
    dash = _DASH.search(ctx.lower, m.end(), clause_end)
    clause_end = dash.start() if dash else clause_end
    return not clause_start <= request.start() < clause_end and (
        ctx.find(_NEGATION_AFTER, m.end(), clause_end) is not None or ctx.negation_in(m.end(), clause_end)
    )


def _dashed_refusal(ctx: Context, request: re.Match[str], asked: re.Match[str], sentence_end: int) -> bool:
    """A dash between the request and the credential, and a refusal after it: "bas link
    chahiye — na OTP, na admin", "Schicken Sie den Link – Zugangsdaten brauchen wir nicht";
    "a short number - just paste it here" still asks."""
    dash = _DASH.search(ctx.lower, min(request.end(), asked.end()), max(request.start(), asked.start()))
    return dash is not None and (
        ctx.find(NEGATION, dash.end(), sentence_end) is not None
        or ctx.find(_NEGATION_AFTER, dash.end(), sentence_end) is not None
        or ctx.find(_NEITHER, dash.end(), sentence_end) is not None
    )


_NEITHER = folded(r"(?<![^\W_])(?:na|ni|weder|neither|nor)(?=\s)")
# Between the need and what is named, only the words that open a "neither … nor" ("Dafür brauchen wir
# weder Zugang … noch einen Code", fresh-zzd): a lone "na" there is "on" ("na paru minut").
_NEITHER_BEFORE = folded(r"(?<![^\W_])(?:weder|neither)(?![^\W_])")


def _quoted_together(quotes: list[tuple[int, int]], request: re.Match[str], asked: re.Match[str]) -> bool:
    return any(s < request.start() and request.end() < e and s < asked.start() and asked.end() < e for s, e in quotes)


_TO_YOU = re.compile(r"\s(?:you|u|ya)(?![^\W_])")
# Sent by Telegram, not asked of the customer: "angka yang barusan dikirim Telegram" (fresh-zp).
_BY_TELEGRAM = re.compile(r"\s(?:oleh\s)?telegram(?![^\W_])")


def _request(ctx: Context, start: int, end: int, asked: re.Match[str] | None = None) -> re.Match[str] | None:
    """The first request word in [start, end) that asks the customer, outside
    the `asked` words ("passe" in "mot de passe" asks nothing): "send you" or
    "text you" is something sent to them ("Telegram will text you a code",
    "les chiffres que Telegram vous envoie"), not asked of them."""
    return next(
        (
            r
            for r in ctx.find_all(REQUEST, start, end)
            if not (asked is not None and asked.start() <= r.start() and r.end() <= asked.end())
            and not _TO_YOU.match(ctx.lower, r.end())
            and not _BY_TELEGRAM.match(ctx.lower, r.end())
            and not _TO_YOU_BEFORE.search(ctx.lower, max(0, r.start() - 16), r.start())
            and not _COMMAND.match(ctx.lower, r.end())
            and not _INTO_YOURS_AFTER.match(ctx.lower, r.end())
            and not _INTO_YOURS_BEFORE.search(ctx.lower, max(0, r.start() - 24), r.start())
            and not _IMPERSONATING.search(ctx.lower, max(0, r.start() - 10), r.start())
            and not _A_MESSAGE_ASKING.search(ctx.lower, max(0, r.start() - 14), r.start())
            and not _sent_by_us(ctx, r)
            and not _ONLY_YOURS_BEFORE.search(ctx.lower, max(0, r.start() - 30), r.start())
            # (2FA too: "pasang 2FA lagi", set it up again, fresh-zzzm)
            and not (
                asked is not None
                and _SET.fullmatch(r.group())
                and (_kind_of(asked.group()) == "password" or TWO_FA_WORD.fullmatch(asked.group()))
            )
            and not _PRESS_ON.match(ctx.lower, r.end())
            and not (ctx.lower[r.start() - 1 : r.start()] in _OPENING_QUOTES and _LABEL_END.match(ctx.lower, r.end()))
            and not _in_condition(ctx, r)
            # a French participle: "nous avons été informés", "le code envoyé" (fresh-zzzzze); not a
            # passive that asks ("la clé … doit nous être communiquée")
            and not (
                " " not in r.group()
                and ctx.norm.original_of(r.start(), r.end()).lower().endswith(("é", "és", "ée", "ées"))
                and _PASSIVE_BEFORE.search(ctx.lower, max(0, r.start() - 24), r.start()) is None
            )
        ),
        None,
    )


_PASSIVE_BEFORE = folded(r"(?<![^\W_])(?:etre|soit|soient|sera|seront)\s(?:[^\W_]+\s)?$")
# A button pressed, its name in quotes: "tippen Sie auf „Passwort vergessen?“" (fresh-zzzm).
_PRESS_ON = folded(r"\s(?:sie\s)?(?:auf|on|en|em|sur|به|على)\s?[\"'«„“‘‹`]")
# "сообщение … с просьбой прислать код или пароль — это мошенники": what a message asked, described (fresh-zza)
# ("akun yang minta kode OTP itu bukan dari kami": the account that asks, fresh-zzf)
_A_MESSAGE_ASKING = folded(r"(?<![^\W_])(?:с\s?просьбой|s\s?prosboy|mit\s?der\s?bitte,?|yang)\s$")
# "put the new token into your .env": it goes into the customer's own file (fresh-zzzc)
_INTO_YOURS_AFTER = folded(
    r"\s(?:[^\W_]+\s){0,3}?(?:into|in)\s(?:your|the)\s(?:own\s)?\.?(?:env|config\w*|code|script|bot|file|app)(?![^\W_])"
)
# ...said before the verb: "yenisini alın ve kodunuza yazın" (into your code)
_INTO_YOURS_BEFORE = folded(r"(?<![^\W_])(?:kodunuza|kodunuzun\s?icine|scriptinize|dosyaniza)\s$")
# "open @BotFather, send /revoke and pick your bot": a command sent to a bot, not to support.
_COMMAND = re.compile(r"\s/[a-z]")
# "…des comptes qui se font passer pour nous": impersonating, not passing anything on; the "passe"
# of "mot de passe"
_IMPERSONATING = folded(r"(?:se\s?(?:font|fait|faire)|mot\s?de)\s$")
# "Kalau token bot pernah kakak share di grup, segera revoke…", "Agar bot token kahin share ho gaya hai toh…":
# what the customer may have done already, in an if-clause (not "wenn Sie uns … übertragen": asked on a condition)
_DONE_ALREADY = folded(
    r"(?<![^\W_])(?:pernah|sudah|udah|ho\s?gaya|ho\s?chuka|have|has|had|already|ever|bereits|schon|deja|уже|uzhe"
    r"|zaten|daha\s?once|قبلا|قبلاً|سابقا)(?![^\W_])"
)


def _in_condition(ctx: Context, request: re.Match[str]) -> bool:
    clause_start, clause_end = _clause(ctx, request.start())
    while clause_start < request.start() and not ctx.lower[clause_start].isalnum():
        clause_start += 1
    return _IF_WORD.match(ctx.lower, clause_start) is not None and (
        ctx.find(_DONE_ALREADY, clause_start, clause_end) is not None
        # "إذا أرسل أحد من عائلتك … رمزاً، فليغيّر…": if someone else sent it (fresh-zza)
        or ctx.find(_SOMEONE, clause_start, request.start()) is not None
        or ctx.find(_SOMEONE, request.end(), min(clause_end, request.end() + 12)) is not None
    )


_SOMEONE = folded(r"(?<![^\W_])" + SOMEONE + r"(?![^\W_])")


_TO_YOU_BEFORE = folded(
    r"(?:telegram|qui|que)\s(?:vous|te|t'|vos)\s?$"
    # Telegram sends it: "Telegram le mandará un código a ese correo" (fresh-zzu)
    r"|(?<![^\W_])telegram\s(?:le|les|lhe|lhes|os|te|you|will|вам|vam)\s$"
)


def _conditioned_role(ctx: Context, role: re.Match[str]) -> bool:
    clause_start, clause_end = _clause(ctx, role.start())
    return (
        _IF_WORD.match(ctx.lower, _skip_blank(ctx.lower, clause_start)) is not None
        and ctx.find(US, clause_start, clause_end) is None
    )


# A screen shared with Telegram open, or a remote-access app: the account seen or driven by support (fresh-zze).
_SCREEN_SHARED = folded(
    r"(?<![^\W_])(?:(?:share|sharing)\s?(?:your\s|the\s)?screen|screen\s?shar\w*|демонстраци\w*\s?экрана|demonstraci\w*\s?ekrana"
    r"|compartilh\w*\s?(?:a\s|sua\s)?tela|compart\w*\s?(?:la\s|su\s)?pantalla|partag\w*\s?(?:votre\s|ton\s|l')?ecran"
    r"|bildschirm\s?(?:zu\s)?teilen|bildschirmfreigabe|ekran\w*\s?paylas\w*|share\s?screen|berbagi\s?layar"
    r"|اشتراک\s?(?:گذاری\s)?صفحه|مشاركة\s?(?:ال)?شاشة|anydesk|teamviewer|rustdesk)(?![^\W_])"
)


# A button's or a menu's name in quotes: '„Transfer Ownership“ bitte nicht benutzen' (fresh-zzu).
_OPENING_QUOTES = frozenset("\"'«„“‘‹`")
_LABEL_END = re.compile(r"[^\n\"'«»„“”‘’‹›`]{0,30}[\"'»“”’›`]")
# A password set, not sent: "postavte parol", "pasang kata sandi", "رمز … بذارید" (fresh-zzu).
_SET = folded(
    r"postav\w*|поставьте|установите|ustanovite|pasang\w*|atur|set|establec\w*|configur\w*|defin[ai]\w*"
    r"|ayarla\w*|olustur\w*|belirle\w*|بذار\w*|بزار\w*|بگذار\w*|تعيين|عين|einrichten|festlegen|setzen|mettez|choisissez"
    r"|laga\w*|rakh\w*"
)
# ... said before the password word: "choose a strong password", "crie uma senha nova", "اختر كلمة مرور قوية"
_SET_BEFORE = folded(
    r"(?<![^\W_])(?:set|choose|create|pick|crie|cria|escolha|elige|elija|crea|cree|choisissez|creez|wahlen\ssie|erstellen\ssie"
    r"|buat|pilih|придумайте|pridumayte|создайте|sozdayte|اختر|انشئ|أنشئ)"
    r"\s(?:(?:a|an|new|strong|uma|um|una|un|une|nova|novo|nueva|nuevo|nouveau|ein|eine|neues|bir|yeni|новый|novyy)\s){0,2}$"
)


# An authenticator app's QR code, scanned to set up two-step verification: "scannez le QR code avec
# votre application" after "Pour activer la double authentification" (fresh-zzs). Scanned with
# Telegram, a QR code signs someone in.
_AUTHENTICATOR_APP = folded(
    r"(?<![^\W_])(?:\w*authenticator|аутентификатор\w*|приложени\w*-аутентификатор\w*|autentifikator\w*)(?![^\W_])"
)
_TWO_STEP = word_pattern("TWO_FA")
_TELEGRAM = folded(r"(?<![^\W_])(?:telegram\w*|телеграм\w*|tg)(?![^\W_])")


def _authenticator_qr(ctx: Context, m: re.Match[str], sentence_start: int, sentence_end: int) -> bool:
    return (
        "qr" in m.group()
        and (
            ctx.find(_AUTHENTICATOR_APP, sentence_start, sentence_end) is not None
            or ctx.find(_TWO_STEP, sentence_start, sentence_end) is not None
        )
        and ctx.find(_TELEGRAM, sentence_start, sentence_end) is None
    )


# The customer's own question, answered: "In reply to your question whether our team must be made admin of the
# channel, we confirm that no admin rights are needed" (fresh-zzzzzi, in Arabic, Portuguese and Russian).
_YOUR_QUESTION = folded(
    r"(?<![^\W_])(?:your\s(?:question|enquiry|inquiry)|sua\s(?:pergunta|duvida)|su\s(?:pregunta|consulta)"
    r"|votre\s(?:question|interrogation)|ihre\s(?:frage|anfrage)|vash\w*\svopros\w*|ваш\w*\sвопрос\w*"
    r"|pertanyaan\s(?:anda|kakak|bapak|ibu)|sorunuz\w*|استفسارك\w*|سؤالك\w*|سوال\s?شما|aapk[ae]\ssawal)(?![^\W_])"
)


# Arabic "غير مطلوبة" (not required): "غير" is no negation of its own ("غيّرت", I changed).
_NOT_REQUIRED = folded(r"(?<![^\W_])غير\s(?:مطلوب\w*|ضروري\w*|لازم\w*)")


def _answered_question(ctx: Context, sentence_start: int, sentence_end: int, start: int, end: int) -> bool:
    """The ask is the customer's question retold, and the sentence answers no."""
    return ctx.find(_YOUR_QUESTION, sentence_start, start) is not None and (
        ctx.negation_in(end, sentence_end) or ctx.find(_NOT_REQUIRED, end, sentence_end) is not None
    )


def agent_hits(norm: Normalised) -> list[Hit]:
    ctx = Context(norm)
    lower = ctx.lower
    hits: list[Hit] = []
    anchors = AGENT_ANCHORS.scan(lower)
    for m in [*anchors["ASK_ACCESS"], *ctx.find_all(_SCREEN_SHARED, 0, len(lower))]:
        if listed_role(ctx, m):
            continue  # "لیست ادمین‌های کانال رو چک کنید": check the list of admins
        sentence_start, sentence_end = ctx.sentence(m.start())
        # A negation after the ask counts in its own clause only: "add our bot as admin,
        # otherwise we can't check" is still an ask.
        _, clause_end = _clause(ctx, m.end() - 1)
        dash = _DASH.search(lower, m.end(), clause_end)  # "… администратором канала — без этого не сможем"
        clause_end = dash.start() if dash else clause_end
        # "ما يحتاج تنقل الملكية، يكفي ترفع حسابنا مشرف": "no need for that, just this" asks for this
        ask_clause_start, _ = _clause(ctx, m.start())
        refused_from = ask_clause_start if ctx.find(_JUST, ask_clause_start, m.start()) else sentence_start
        refused_from = _past_unless(ctx, refused_from, m.start())
        if (
            not _refused_before(ctx, refused_from, m.end())
            and ctx.find(NEGATION, m.end(), min(clause_end, m.end() + 25)) is None
            and ctx.find(_NOT_NEEDED_LAST, m.end(), clause_end) is None
            and _LISTED_THEN_NOT_NEEDED.match(lower, m.end()) is None
            and ctx.find(_DELETE, m.start(), m.end()) is None  # "رو از ادمین‌ها حذف کنید": remove from the admins
            # "transfer channel ownership to your new partner (not to us, …)" (fresh-zzzzz)
            and ctx.find(_NOT_US, m.end(), min(sentence_end, m.end() + _NOT_US_REACH)) is None
            and not _authenticator_qr(ctx, m, sentence_start, sentence_end)
            and not _answered_question(ctx, sentence_start, sentence_end, m.start(), m.end())
        ):
            hits.append(Hit("admin_access", m.start(), m.end(), ASKED_FOR["admin_access"]))
    for m in anchors["ACCESS_WORD"]:  # "we need access to your account"
        sentence_start, sentence_end = ctx.sentence(m.start())
        request = _request(ctx, sentence_start, sentence_end)
        account = ctx.find(ACCOUNT_WORD, sentence_start, sentence_end)
        if (
            request is None
            or account is None
            or ctx.negation_in(sentence_start, m.start())
            or ctx.find(NEGATION, m.end(), min(sentence_end, m.end() + 15)) is not None
            or ctx.negation_in(max(sentence_start, request.start() - 15), request.start())
            or _negated_in_own_clause(ctx, m, request)
            or _answered_question(ctx, sentence_start, sentence_end, min(request.start(), m.start()), m.end())
        ):
            continue
        start = min(request.start(), m.start(), account.start())
        end = max(request.end(), m.end(), account.end())
        hits.append(Hit("admin_access", start, end, ASKED_FOR["admin_access"]))
    # "the approval code on your card receipt" may be asked for; "the Telegram auth code"
    # or a bare "auth code" not: a payment code only with a receipt or card word beside it.
    payment = [
        b
        for b in anchors["PAYMENT_CODE"]
        if ctx.find(LOGIN_CONTEXT, *_clause(ctx, b.start())) is None
        and ctx.find(RECEIPT, *ctx.sentence(b.start())) is not None
    ]
    blocks = sorted((b.start(), b.end()) for b in anchors["ASK_BLOCK"] + anchors["CODE_BLOCK"] + payment)
    block_starts = [b[0] for b in blocks]
    asked = sorted(anchors["ASKED"] + anchors["ROLE"], key=lambda m: (m.start(), -m.end()))
    quotes = [q.span() for q in _QUOTE.finditer(ctx.cased)]
    last_end = 0
    for at, m in enumerate(asked):
        if m.start() < last_end:
            continue
        last_end = m.end()
        index = bisect.bisect_right(block_starts, m.start())
        # inside what may be asked, or what describes it: "the order ID (5 digits, shown in the Orders tab)"
        if any(
            s <= m.start() and (m.end() <= e or _DESCRIBED.fullmatch(lower, e, m.start()) is not None)
            for s, e in blocks[max(0, index - 3) : index]
        ):
            continue
        if _SESSIONS.search(m.group()) and ctx.find(_ENDED, max(0, m.start() - 30), m.end() + 30) is not None:
            continue  # "Tanımadığınız oturumları kapatmak için…", "Mettre fin aux autres sessions": ended, not asked
        if ctx.find(_HIDDEN, max(0, m.start() - _HIDDEN_REACH), m.end() + _HIDDEN_REACH) is not None:
            continue  # "… um print do canal — esconde qualquer código antes", "کد … رو بپوشونید": to be hidden (fresh-zze)
        sentence_start, sentence_end = ctx.sentence(m.start())
        request = (
            _step_request(ctx, m, sentence_start, sentence_end)
            or _BLANK.match(lower, m.end())
            or _listed_request(ctx, m)
            or _asked_in_the_next_sentence(ctx, m, sentence_end)
            or _asked_after_a_lead_in(ctx, sentence_start)
        )
        if request is None:
            continue
        first = min(request.start(), m.start())
        if (
            _refused_before(ctx, _past_unless(ctx, sentence_start, first), first)
            or _PLACEHOLDER.search(ctx.cased, sentence_start, sentence_end)
            or _refused_before(ctx, max(sentence_start, request.start() - 30), request.start())
            or _refused_before(ctx, max(sentence_start, m.start() - 30), m.start())
            or ctx.find(_NEGATION_AFTER, m.end(), min(sentence_end, m.end() + 15)) is not None
            # "Passwörter und Codes brauchen wir schlicht nicht": the need denied after its verb
            or _NOT_NEEDED_AFTER.match(lower, request.end()) is not None
            or (request.end() <= m.start() and ctx.find(_NEITHER_BEFORE, request.end(), m.start()) is not None)
            or VERB_NEGATION_AFTER.match(lower, request.end()) is not None
            # "Hume … password ki zarurat nahi hai, sirf channel link bhejiye": the request is for
            # something else, in another clause; the asked word's own clause says it is not needed.
            or _negated_in_own_clause(ctx, m, request)
            or _negated_in_own_clause(ctx, _list_last(ctx, asked, at), request)
            # "Merci de supprimer votre message : il contient votre mot de passe": asked to delete it
            or ctx.find(_DELETE, max(sentence_start, request.start() - 12), request.end() + 16) is not None
            # "Den Bot-Token geben Sie bitte niemals heraus": never, after the request in its clause.
            or ctx.find(_NEVER, request.end(), min(_clause(ctx, request.start())[1], request.end() + 40)) is not None
            # "Biz yalnızca … ticket sistemi ile iletişim kurarız ve hiçbir zaman şifre … istemeyiz" (fresh-zzy)
            or (request.end() <= m.start() and ctx.find(_NEVER, request.end(), m.start()) is not None)
            or DONE_AFTER.match(lower, request.end()) is not None
            or _DONE_BEFORE.search(lower, max(0, request.start() - 18), request.start()) is not None
            or _FOR_YOU_AFTER.match(lower, request.end()) is not None
            or _ONLY_FOR_AFTER.match(lower, max(m.end(), request.end())) is not None
            or _ONLY_INTO_BEFORE.search(lower, max(0, request.start() - 32), request.start()) is not None
            or _done_by_the_customer(ctx, request)
            or _self_service(ctx, request, m, sentence_start, sentence_end)
            or _ADVICE_AFTER.match(lower, m.end()) is not None
            or _IF_DONE_AFTER.match(lower, m.end()) is not None
            or _ADVICE_BEFORE.search(lower, max(0, m.start() - 24), m.start()) is not None
            or _ADVICE_VERB_BEFORE.search(lower, max(0, request.start() - 24), request.start()) is not None
            # set apart from what is asked: "… cuma buat identifikasi transfer, beda sama kode OTP" (fresh-zzq)
            or _UNLIKE_BEFORE.search(lower, max(0, m.start() - 20), m.start()) is not None
            # a button named: "pakai tombol 'Lupa password'" (Forgot password, fresh-zzp)
            or _FORGOT_BEFORE.search(lower, max(0, m.start() - 14), m.start()) is not None
            # Arabic "ما هو" is "what is", and "is not" before "from": "اللي طلب منك الكود ما هو من فريقنا"
            or (_WHAT_IS.fullmatch(request.group()) is not None and _FROM_AFTER.match(lower, request.end()) is not None)
            or _list_refused(ctx, asked, at, sentence_start)
            # "UTR share karna safe hai, lekin Telegram ka OTP … kabhi kisi ko mat bhejna": the request is
            # for what comes before "but"; what follows it is refused later in the sentence (fresh-zzq)
            or (
                request.end() <= m.start()
                and ctx.find(_BUT_WORD, request.end(), m.start()) is not None
                and ctx.negation_in(m.end(), sentence_end)
            )
            or _dashed_refusal(ctx, request, m, sentence_end)
            or _quoted_together(quotes, request, m)
            or _answered_question(ctx, sentence_start, sentence_end, first, max(m.end(), request.end()))
        ):
            continue
        word = m.group()
        if _ROLES.fullmatch(word) and (
            listed_role(ctx, m)
            # "If the channel lost admins or got renamed, tell us the new @username": the condition (fresh-zze),
            # unless the condition is support's rights ("wenn Sie uns die Inhaberschaft … übertragen")
            or _conditioned_role(ctx, m)
            or ctx.find(_NOT_US, m.end(), min(sentence_end, m.end() + _NOT_US_REACH)) is not None
            or not (
                ctx.find(US, sentence_start, sentence_end)
                or ctx.find(SUPPORT_HANDLE, sentence_start, sentence_end)
                or _ours_named_before(ctx, sentence_start, sentence_end)
            )
        ):
            continue
        kind = _kind_of(word)
        hits.append(Hit(kind, min(request.start(), m.start()), max(request.end(), m.end()), ASKED_FOR[kind]))
    hits += _shown_unhidden(ctx, asked)
    hits += [Hit(kind, start, end, ASKED_FOR[kind]) for kind, start, end in unspaced.asks(lower)]
    return hits


# "… unser Servicekonto @panel_support_care … Wir bitten Sie, dieses Konto als Administrator einzusetzen":
# "this account" is support's, named in the sentence before (fresh-zzzzy).
_THIS_ACCOUNT = folded(
    r"(?<![^\W_])(?:dieses\s?konto|diesen\s?account|this\s?account|esta\s?cuenta|essa\s?conta|esta\s?conta"
    r"|этот\s?аккаунт|этому\s?аккаунту|akun\s?(?:ini|tersebut)|bu\s?hesab\w*|ce\s?compte|این\s?اکانت|هذا\s?الحساب)(?![^\W_])"
)


def _ours_named_before(ctx: Context, sentence_start: int, sentence_end: int) -> bool:
    """The sentence names "this account", and the one before names support's (ours, or support's @handle)."""
    if ctx.find(_THIS_ACCOUNT, sentence_start, sentence_end) is None or sentence_start == 0:
        return False
    before_start, _ = ctx.sentence(max(0, sentence_start - 2))
    return bool(ctx.find(US, before_start, sentence_start) or ctx.find(SUPPORT_HANDLE, before_start, sentence_start))


# Asked to send it *without* hiding it: "send us the full log without hiding the bot token", "sin
# recortar ni tapar nada (incluida la URL con el token)", "بدون ما تخفي التوكن" (fresh-zzzc). The
# "not" is the hiding's, so the refusals above have passed over the request.
_UNHIDDEN = folded(
    r"(?<![^\W_])(?:without|w/o|sin|sem|sans|ohne|بدون|بلا|tanpa|bina|без|bez|don'?t|do\snot|no|nao|ne|pas|nicht|لا|jangan|mat|не)"
    r"\s(?:ma\s|ما\s)?(?:[^\W\d_][\w-]*\s){0,3}?"
    r"(?:hid(?:e|ing)|redact\w*|mask\w*|cover\w*|blur\w*|crop\w*|cut\w*|tap(?:ar|es|e)|ocult\w*|escond\w*|recort\w*"
    r"|masqu\w*|cach\w*|flout\w*|schw(?:a|ae)rz\w*|verdeck\w*|versteck\w*|unkenntlich|تخفي\w*|إخفاء|اخفاء|تغطي\w*"
    r"|sembunyi\w*|menyembunyikan|sensor\w*|tutup\w*|chh?upa\w*|скрыва\w*|скрыв\w*|замазыва\w*|skryva\w*|zamazyva\w*"
    r"|gizle\w*|kapatma\w*|بپوشون\w*|پنهان)(?![^\W_])"
)
_UNHIDDEN_REACH = 60


def _shown_unhidden(ctx: Context, asked: list[re.Match[str]]) -> list[Hit]:
    """A request in the sentence, and a credential named near "without hiding": asked for whole."""
    hits = []
    asked_starts = [m.start() for m in asked]
    for unhidden in ctx.find_all(_UNHIDDEN, 0, len(ctx.lower)):
        sentence_start, sentence_end = ctx.sentence(unhidden.start())
        reach = min(sentence_end, unhidden.end() + _UNHIDDEN_REACH)
        first = bisect.bisect_left(asked_starts, unhidden.start())
        named = next(
            (
                m
                for m in asked[first : bisect.bisect_left(asked_starts, reach)]
                if _kind_of(m.group()) != "admin_access"
            ),
            None,
        )
        if named is None or ctx.is_question(unhidden.start()):
            continue
        request = _request(ctx, sentence_start, sentence_end)
        if request is None:
            continue
        kind = _kind_of(named.group())
        start, end = min(request.start(), unhidden.start()), max(request.end(), named.end())
        hits.append(Hit(kind, start, end, ASKED_FOR[kind]))
    return hits
