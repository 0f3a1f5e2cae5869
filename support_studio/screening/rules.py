"""The customer rules: what counts as a password, a login code, a recovery
detail, a session secret or an offer of access, on a normalised text.

Every rule works on the views of normalise.Normalised (offsets in the view)
and returns Hit objects; api.py maps them back to the original text.
Every pattern here is linear (no nested unbounded repeats), so adversarial
text stays fast.
"""

from __future__ import annotations

import bisect
import collections
import functools
import re
from dataclasses import dataclass, field

from support_studio.screening import masks, unspaced
from support_studio.screening.lexicon import (
    AnchorScanner,
    alternation,
    digit_words,
    folded,
    fullmatch_set,
    number_words,
    trie_source,
    word_pattern,
)
from support_studio.screening.normalise import Normalised, fold_variants

REASONS = {
    "password": "Looks like a password.",
    "one_time_code": "Looks like a login or 2FA code.",
    "recovery": "Looks like a recovery detail (backup code, recovery key or reset link).",
    "session": "Looks like a session string, token or login cookie.",
    "admin_access": "Looks like an offer of admin, owner or account access.",
}


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int  # in the normalised views
    end: int
    reason: str
    also: tuple[str, ...] = ()  # further kinds the same span carries


# ------------------------------------------------------------ word families

PASSWORD_WORD = word_pattern("PASSWORD")
WEAK_PASSWORD = fullmatch_set("PASSWORD_WEAK")
AMBIGUOUS_PASSWORD = fullmatch_set("PASSWORD_AMBIGUOUS")
CODE_WORD = word_pattern("CODE", "TWO_FA")
TWO_FA_WORD = fullmatch_set("TWO_FA")
_PASSWORD_OR_TWO_FA = word_pattern("PASSWORD", "TWO_FA")
CODE_BLOCK = word_pattern("CODE_BLOCK")
OWNER_WORD = word_pattern("OWNER")
RANGE_WORD = word_pattern("RANGE")
UNIT_WORD = word_pattern("UNIT")
RECOVERY_CONTEXT = word_pattern("RECOVERY_CONTEXT", "RECOVERY")
NEGATION = word_pattern("NEGATION")
QUESTION = word_pattern("QUESTION")
OFFER = word_pattern("OFFER")
CREDENTIAL = word_pattern("CREDENTIAL", "PASSWORD", "CODE", "TWO_FA")
ROLE = word_pattern("ROLE")
GRANT = word_pattern("GRANT")
RECIPIENT = word_pattern("RECIPIENT")
GIVEN_ACCOUNT = word_pattern("GIVEN_ACCOUNT")
LOGIN_INVITE = word_pattern("LOGIN_INVITE")
THIRD_PARTY = word_pattern("THIRD_PARTY")
POLITE_ASK = word_pattern("POLITE_ASK")
SOFTENER = fullmatch_set("SOFTENER")
LOGIN_CONTEXT = word_pattern("LOGIN_CONTEXT")
# Another credential or account field after a password word is listed with it
# or describes it, never its value: "senha e código", "password ya email",
# "pass = username?", "la contraseña de ese correo es ...".
NOT_A_VALUE = re.compile(
    "(?:" + "|".join(f.pattern for f in (fullmatch_set("FIELD"), fullmatch_set("CODE"), fullmatch_set("TWO_FA"))) + ")"
)
# Russian has no present-tense "is": "пароль просто капуста" is "the password is just kapusta".
_COPULA_SOFTENERS = frozenset(form for word in ("просто", "prosto") for form in fold_variants(word))
# ...but "пароль просто сбросился" (just got reset): a Russian verb form is no value.
_RU_VERB = folded(
    "|".join(
        ending + "$"
        for ending in "ся сь sya s' л ла ло ли ет ит ут ют ат ят ть ти la lo li et it ut yut at yat t' ti".split()
    )
)
# A copula after the value, where the language puts it last: "password barfi hai", "رمزم سیب هست".
POST_COPULA = frozenset(
    form for word in "hai hain he h hei hey tha thi است هست هستش ast hast".split() for form in fold_variants(word)
)
_HANDLE = re.compile(r"@\w{3,32}")
# Languages that put the negation after the verb: "gebe ich nicht", "je ne le donne pas".
_NEGATION_AFTER = re.compile(
    r"(?<![^\W_])(?:nicht|nie|niemals|niemand\w*|keine?n?|pas|jamais|personne|nadie|ninguem|never|not"
    r"|mat|(?<!dikkat\s)(?<!problem\s)(?<!tension\s)(?<!baat\s)(?:nahi|nahin|nhi)|na(?=\s(?:kar|ki|de|di|bhej|bata|bol|likh))"
    r"|weder|gerekmez|gerekmiyor|gerek\s?yok)(?![^\W_])"
)
# ("koi dikkat nahi": no problem, fresh-zx; "schicke euch weder Passwort noch Code": neither, fresh-zx)
# Hindi puts the negation after the verb: "share na karein", "bhejo mat", "share nahi karna"
# ("na" only before a verb: "bhej do na" is "just send it"); so does a German imperative
# ("teilen Sie keine Codes"), and Turkish says "no need" after it ("iletmenize gerek yok").
VERB_NEGATION_AFTER = re.compile(
    r"\s(?:mat(?!\s?khau)|nahi|nahin|nhi|na\s(?:kar|ki|de|di|bhej|bata|bol|likh)\w*|keine?[nms]?|nicht|niemals|nie|gerek\s?yok|gerekmez|gerekmiyor|yok)(?![^\W_])"
)
# A refusal sits right before its verb ("no les di admin", "I will never add you"); further back, "sin
# tanto ida y vuelta ya le di admin" (without all the back and forth) is no refusal.
_GRANT_NEGATION_REACH = 20
# None of us, the clause's subject, however far before the verb: "Ninguno de nosotros va a añadir a soporte
# como admin" (fresh-zzzzw).
_NONE_OF_US = folded(
    r"(?<![^\W_])(?:nadie|ninguno|ninguna|nenhum|nenhuma|none|nobody|no\s?one|никто|nikto|personne|keiner|niemand)"
    r"\s(?:de|of|из|iz|d'entre|von)\s(?:nosotros|nosotras|nos|us|нас|nas|nous|uns)(?![^\W_])"
)


def listed_role(ctx: Context, role: re.Match[str]) -> bool:
    """The role word names a list's entries or counts them: "list of admins", "لیست ادمین‌ها",
    "список админов", "le nombre d'admins"; not someone put on the list ("حطيت حسابكم … في
    قائمة المشرفين": into the list of admins)."""
    listed = ctx.find(_LIST_WORD, max(0, role.start() - 12), role.start())
    return listed is not None and not _INTO.search(ctx.lower, max(0, listed.start() - 20), listed.start())


_LIST_WORD = folded(
    r"(?<![^\W_])(?:lista|list|список|spisok|liste|daftar|listesi|لیست|قائمة|قائمه)(?![^\W_])"
    # their number: "au cas où le nombre d'admins change" (fresh-zzi)
    r"|(?<![^\W_])(?:nombre\sd'|nombre\sde\s|number\sof\s|count\sof\s|cantidad\sde\s|numero\sde\s|anzahl\sder\s"
    r"|количеств\w*\s|kolichestv\w*\s|jumlah\s|تعداد\s|عدد\s)"
    # looked through: "سويت زي ما قلتوا وراجعت المشرفين" (I did as you said and checked the admins)
    r"|(?<![^\W_])(?:و?راجعت|و?فحصت|و?شيكت|checked|reviewed|проверил\w*|proveril\w*|revise|verifiquei|verifie)\s(?:the\s)?"
)
_ARTICLE_PRONOUNS = frozenset(("le", "les"))
# Support named only to be ruled out: "hice admin a @ana (no a vosotros, es de mi equipo)", "(not you)",
# "(не вас)", "(pas vous)", "(bukan buat kalian ya)", "(size değil, kendi ekibimden)" (fresh-zzzzt).
_NOT_BEFORE = folded(
    r"(?<![^\W_])(?:not|no\s(?:a|al|para)|não|nao|pas|nicht|не|ne|bukan|nahi|nahin|نه|لا|ليس)"
    r"\s(?:(?:to|for|à|a|para|pra|buat|untuk|ke|kepada|an|für|для|ko)\s)?$"
)
_NOT_AFTER = re.compile(r"\s?degil(?![^\W_])")


def _denied_recipient(lower: str, recipient: re.Match[str]) -> bool:
    """The recipient word is support ruled out ("not you"), not support given anything."""
    return (
        _NOT_BEFORE.search(lower, max(0, recipient.start() - 16), recipient.start()) is not None
        or _NOT_AFTER.match(lower, recipient.end()) is not None
    )


_WEAK_RECIPIENTS = frozenset("le les los te su sus lhe ta ton ihr ihre ihren ihrem sie u mu min kak".split())
SUPPORT_HANDLE = re.compile(
    r"@\w*(?:support|suport|supp|help|care|team|service|manager|desk|admin|staff|agent|destek|soporte|suporte"
    r"|podderzh|poshtiban|dukungan|hilfe|ayuda|ajuda|yardim|bantuan|aide|assist|atendimento|pomosh|pomoshch|modir"
    r"|daem|da3m)\w*(?<!bot)(?!\w)"  # (Arabic "دعم", support: "@smm_daem")
    # A bot is support's only by name ("@painelsuporte_bot"), not by a helper word ("@GroupHelpBot")
    r"|@\w*(?:support|suport|soporte|suporte|podderzh|poshtiban|destek|dukungan)\w*(?!\w)"
    r"|@\w+_?cs(?!\w)"  # "@SMMKilatCS": customer service
)

# Apps and bots named beside a password word ("révoqué le token dans BotFather", "UPI … PhonePe"):
# never its value, however made up they look.
# (an app written in its own capitals, "WhatsApp", is no made-up value: "mandou a senha … no WhatsApp", fresh-zzzzc)
APP_NAMES = frozenset(
    "botfather phonepe paytm gpay keepass keepassxc keepassdx bitwarden lastpass 1password nordpass dashlane enpass authy"
    " whatsapp telegram instagram gmail viber".split()
)
# A Turkish case suffix after a name: "WhatsApp'tan", "Telegram'dan", "Gmail'e".
_SUFFIX = re.compile(r"['’][^\W\d_]{1,5}$")
# Words that are never a password value, in any language (lower case).
STOP_VALUES = APP_NAMES | frozenset(
    """
    maanga manga maangi mangi maange diya diye daala dala daal
    aktiv aktiviert deaktiviert eingeschaltet activa activo activado activada ativa ativo ativado ativada
    active activee desactive aktif nyala menyala
    is was not no never wrong incorrect invalid correct right changed change reset forgot forgotten lost gone
    stolen hacked leaked same different weak strong secure safe required needed necessary asked requested
    private secret too very also still already expired ok okay fine working work works set enabled disabled
    on off turned active and or but if please pls plz because so then when where why how what which who
    that this it they them these those there here a an the with without only just even yet again now later field box manager
    protected hidden length rules requirements updated update mandatory option settings setting screen page
    link email e-mail mail hint recovery protection code codes account login option? same? none nothing
    something anything everything one mine yours his hers their our my your for from to of in at by
    неверный неправильный не нет тот такой же старый новый простой сложный забыл сменил поменял
    incorrecta incorreta errada errado equivocada olvide esqueci mudei cambie yanlis hatali unuttum
    degistirdim salah lupa ganti ghalat galat bhool eshtebah ghalate faramoosh incorrect oublie falsch
    masuk keluar jelas pomnyu помню vchera вчера segodnya сегодня uzhe уже
    pomenyal pomenyala smenil smenila поменяла сменила
    vergessen geandert perdu perdue vole volee pirate piratee change changee
    modifie modifiee reinitialise reinitialisee bloque bloquee supprime supprimee renouvele renouvelee
    modificada modificado restablecida restablecido bloqueada bloqueado actualizada actualizado
    redefinida redefinido atualizada atualizado zuruckgesetzt gesperrt aktualisiert
    perdida perdido robada robado hackeada hackeado cambiada cambiado trocada alterada roubada
    verloren geklaut gestohlen gehackt потерян потеряла потерял украли украден взломан взломали изменен сброшен
    poteryal ukrali vzlomali kayip calindi degisti hilang dicuri diretas diganti berubah
    numbers digits letters symbols characters chars lowercase uppercase simple easy short long basic obvious
    common random complicated complex guessable ready known needed sahi theek thik galti purana mushkil
    lamba chhota aasan asaan wahi vahi alag zaroori jaruri zaruri kaunsa badla badal yaad pata
    doch halt eben schon session sessions token otp signal nonaktif sengaja بتاريخ لحسابك acak reactivee reactive reactivated reactivado reactivada reativado reativada wieder aus
    kiya kiye tha thi hua hui karna lagaya lagayi lagaye lagaa laga lagwaya rakha rakhi banaya
    цифры буквы символы простой простая слабый слабая короткий короткая длинный длинная легкий легкая
    сложный сложная старый старая обычный обычная одинаковый правильный тот-же
    too very weird strange odd good bad normal fine trop tres bizarre zu sehr seltsam komisch muy demasiado raro
    annoying stupid ridiculous absurd painful frustrating penible chiant relou ridicule absurde nervig lastig
    umstandlich molesto engorroso fastidioso ridiculo absurdo chato irritante sacma ribet repot bakwas bekar
    muito estranho cok garip sangat terlalu aneh bahut kafi ajeeb слишком очень странный slishkom ochen strannyy
    خیلی جدا عجیب كتير جدا غريب لطفا لطفاً خواهشا خواهشاً من فضلك رجاء
    could would should can will may might must shall does did do
    being getting probably definitely maybe perhaps sensitive case-sensitive unknown missing empty blank broken
    valid bloqueado bloqueada olvidado olvidada cambiado cambiada bloque bloquee oublie faux fausse gesperrt
    falsch korrekt ungultig kilitli yanlis dogru terkunci diblokir benar заблокирован забыт забыл неверен
    zablokirovan zabyt
    jetzt nun ahora agora maintenant sekarang simdi теперь сейчас teper seychas
    dipasang terpasang diubah diatur dibuat dipakai
    abgelaufen abgelaufene zuruckgesetzt erneuert verschwunden expirado expirada caducado caducada expiree
    gecersiz kadaluarsa kedaluwarsa просрочен просрочена истек истекла
    izmenen izmenjon изменен изменён vkljuchena vklyuchena vkljuchen vklyuchen otkljuchena otklyuchena включена
    выключена отключена включен desactivada desactivado activee desactivee etkin kapali فعال غیرفعال مفعل معطل
    acik روشن خاموش مفعلة مفعله معطلة معطله wurde wird encendido encendida apagado apagada ligado ligada desligado desligada вкл выкл включено выключено
    nein nao não hayir hayır tidak nahin non نه
    tsifry cifry bukvy prostoy slabyy korotkiy dlinnyy legkiy slozhnyy staryy
    numeros letras simbolos simple facil corta corto larga largo debil sencilla sencillo comun
    click clicked klik diklik clique cliquei clic tikladim udah sudah
    simples fraca fraco curta curto longa longo comum
    segura seguro fuerte forte solide sur sure securise securisee nadezhnyy nadezhnaya slozhnaya
    надежный надежная aman guvenli mazboot mazbut strong-hai
    chiffres lettres symboles facile court courte longue faible simple celui celle choisi choisie allez-y vas-y
    zahlen buchstaben ziffern zeichen kurz lang schwach leicht simpel einfach sicher unsicher richtig
    rakam rakamlar harf harfler basit kolay kisa uzun zayif guclu ayni eski
    angka huruf simpel mudah pendek panjang lemah gampang kuat sama
    اشتباه نادرست نامعتبر ناقص درست غلط عوض قوی ضعیف ساده همون همین یکی لازم ضروری کوتاه بلند آسان آسون تکراری قدیمی
    ro befrest befrestid befrestin bede bedid bedin
    если esli когда kogda zabyl zabyla zabyli
    fungsinya gunanya artinya maksudnya caranya apa gimana bagaimana
    سهل بسيط بسيطة ضعيف ضعيفة قصير طويل قوي صحيح خطأ خطا غلط نفس قديم عشان علشان لكي كي حتى
    """.split()
)
# Indonesian doubles a word with a "2": "ke siapa2" is "to anyone" (fresh-zp), no made-up value.
_DOUBLED_WORDS = frozenset(
    """siapa2 apa2 orang2 kapan2 mana2 hati2 baik2 cepat2 lama2 kira2 sama2 teman2 masing2 tiba2 benar2
    bener2 pelan2 jangan2 macam2 barang2""".split()
)
# Words spelled with a hyphen, not made up: "O e-mail de recuperação é …" (fresh-zzj).
_HYPHEN_WORDS = frozenset("e-mail e-mails e-posta e-postam e-postama e-postayi".split())
_NOT_MADE_UP = _DOUBLED_WORDS | _HYPHEN_WORDS
CONNECTORS = frozenset(
    """
    is are was es era e eh est ist ist: hai h he hain ye yeh howa hwa huwa hoa ine in ast adalah yaitu
    nya это eto vot вот aqui aca here it's its this seria sera é be: = : - -> => — – hast hast:
    dah hai: هست هستش اینه اینه: است ه ـه ist: lautet هو هي هى c'est ceci voici voila yani olan
    şu su budur sudah udah aja ya foi fica ficou son sont lautet: ahi ini itu dans
    """.split()
)
FILLERS = frozenset(
    """
    my mine the your for of from to on in at account acc telegram tg tele telega telegi panel smm site website
    painel gmail email mail e-mail inbox cloud 2fa 2-step two-step login log old new current actual real
    also too again now here still then just simply only main primary second my: mi mis de del da do la el
    thing which
    meu minha o a ese esa este esta correo cuenta conta hesap hesabimin hesabim benim akun saya aku gue gw dari untuk mera meri mere
    mujhe aaya aayi aya aai gaya ka ki ke ko wala wali man manam panelim telegramim yeni eski nuevo nueva novo nova baru naya nayi
    ot paneli akkaunta pochty telegi nee nego neyo его её него неё bu benim mail vom zum beim im konto kontos compte account
    jadid mon ma mes du des le les pour mein meine meinem fur das der die von de da do la el al di ki ka ke dafur hierfur
    et and y e und ve dan aur va و حقت حق حقه حقي تبعي بتاعي في البانل اللوحة حسابي ده دي sy ku nya
    мой моя мои мое моего от для телеги телеграм телеграма телеграмма аккаунта аккаунт акка почты почта
    панели панель новый старый облачный облачного двухэтапки сейчас тоже
    من هم جدیدم جدید تلگرامم تلگرام پنلم پنل اکانتم اکانت جیمیلم ایمیلم حسابم حساب قبلی الان دوم
    الجديد القديم حسابي الحساب تبع بتاع تاعي الخاص
    """.split()
)
OWNER_BEFORE = frozenset(
    """my mera meri mere benim mi meu minha moi мой моя мой: mon mein meine man the is es e hai
    это eto vot вот من هم است هست هذا هذه هو هي c'est ist est es era é this that ye yeh bu şu itu ini""".split()
)
STOP_VALUES, CONNECTORS, FILLERS, OWNER_BEFORE = (
    frozenset(form for word in words for form in fold_variants(word))
    for words in (STOP_VALUES, CONNECTORS, FILLERS, OWNER_BEFORE)
)
_TOKEN = re.compile(r"\S{1,120}")
_QUOTES = "\"'`«»“”‘’()[]{}<>*"
_SENTENCE_END = re.compile(r"[!?\n;¿¡]|\.(?=\s|$)")  # "¿" and "¡" start the next sentence
_SENTENCE_REACH = 240
_NEGATION_LOOKAHEAD = 24
_FIND_MARGIN = 24  # chars read past a search's end, for the lookaheads at a word's end
_LONG_TEXT = 12_000  # longer texts search the context words in one pass
# Shorter ones too, for a pattern once its windows add up to this many times the text
# (a window's cost counted up to the cap: the longest a sentence's window gets).
_ONE_PASS_AFTER = 2
_WINDOW_COST_CAP = 2 * (_SENTENCE_REACH + _FIND_MARGIN)
# Digits with separators as codes are written: "48213", "482 13", "4-8-2-1-3", "52·81·9", "12 . 84 . 06".
# A number of 4-10 digits, alone or in groups; not one joined to letters by a hyphen ("receipt
# 2291-KX", "PAY-7781": a reference, fresh-zp).
_DIGIT_GROUP = re.compile(
    r"\d(?<![\w#№$€£₽₹+@/:]\d)(?<![^\W\d_]-\d)(?:(?:[ .·-]| [-.·] )?\d){3,9}(?![\w%$€£₽₹])(?![.,:/·-]?\d)(?!-[^\W\d_])"
)
# A short code broken over two lines: "ich kopier ihn mal rein: 19\n462", "718-\n224", "3 0 6\n2 8" (fresh-zzze).
_LINE_SPLIT_CODE = re.compile(r"(?<![\w.,#/-])\d(?: ?\d){0,2}-?\n[ \t]*\d(?: ?\d){0,2}(?![\w.,%]| \d)")
_THOUSANDS = re.compile(r"\d[.,]\d{3}")  # "die fehlenden 3.390": a count ("61.938" may be a code)
# An alphanumeric e-mail or app code right after a code word: K7P2QX, 7HQ2M9.
_ALNUM_CANDIDATE = re.compile(r"[A-Z0-9](?<![\w-][A-Z0-9])[A-Z0-9]{1,9}(?:-[A-Z0-9]{2,6})?(?![\w-])")
_ALNUM_REACH = 60
_LETTER_CODE = re.compile(r"(?<![\w-])[A-Z]-\d{5,8}(?![\w-])")
_SEPARATORS = re.compile(r"[ .·-]")
_OWNER_REACH_WORDS = 3
_ERROR_WORDS = r"error|err|erro|erreur|fehler|hata\w*|ошибк\w*|oshibk\w*|kesalahan|galat|خطا\w*|خطأ"
# A command line's flag ("--2fa", "-p") or script ("autoreg.py"), and a program that runs one.
_COMMAND_WORD = re.compile(r"--[a-z0-9][\w-]*|-[a-z]|[\w-]+\.(?:py|js|mjs|ts|php|sh|rb|pl)")
_PROGRAM = re.compile(r"python3?|node|php|bash|sh|ruby|perl|npx|bun|deno")
_SCRIPT_NEXT = re.compile(r"[ \t]+[\w./-]+\.(?:py|js|mjs|ts|php|sh|rb|pl)(?![\w.])")


def _in_command(ctx: Context, word: str, end: int) -> bool:
    """The word (lower-cased, ending at end) is a command line's program, script or flag: "пароль
    двухфакторки аргументом: python autoreg.py +7916… --2fa Mishka!4471"; the value is the flag's
    argument (fresh-zzzs)."""
    return bool(_COMMAND_WORD.fullmatch(word) or (_PROGRAM.fullmatch(word) and _SCRIPT_NEXT.match(ctx.cased, end)))


_ERROR_SIGN = folded(_ERROR_WORDS + r"|err_|invalid|failed|flood_wait")
_ERROR_BEFORE = folded(rf"(?<![^\W_])(?:{_ERROR_WORDS})[\s:#(]*$")
_PAREN_OPEN = re.compile(r"\((?:[^\W\d_]+\.?\s?){0,2}$")
_QUOTE_CHARS = '"«“„'
_WORD_BEFORE = re.compile(r"([^\W\d_]+):? $")
_TIME_UNIT = folded(
    r"min|sec|seg|sek|hour|hora|heure|stund|saat|jam|ghant|day|dia|jour|tag|gun|hari|din|час|мин|сек|дн|ساع|دقيق|ثاني|يوم|ساعت|دقیقه|روز"
)
# A word with a number on it is a promo code, not a generated one: SPRING25, WELCOME10, LETO2024.
_PROMO_SHAPE = re.compile(r"[A-Z]{4,}\d{1,4}K?|\d{1,4}[A-Z]{4,}")  # ("BRINDE-100K": a prize's name, fresh-zzd)
_SHORT_PROMO_SHAPE = re.compile(r"[A-Z]{3}\d{1,4}|\d{1,4}[A-Z]{3}")  # "YAZ20", "55OFF"
_UPPER_ALNUM_NEAR = re.compile(r"[A-Z0-9]*[A-Z][A-Z0-9]*-?\d|[A-Z0-9]*\d[A-Z0-9]*-?[A-Z]")


_TWO_DIGITS = re.compile(r"\d\d")
_ARABIZI_CANDIDATE = re.compile(r"(?<![\w-])[a-z]*[235679][a-z]*(?![\w-])")


@functools.lru_cache(maxsize=8192)
def _arabizi(word: str) -> bool:
    """An Arabizi word: lower-case letters with one or two of the digits that stand for
    Arabic letters (2 3 5 6 7 9), not side by side, and two vowels: "7ateto", "3ala", "b2a";
    three in a longer word: "ta7a2o2" (تحقق, fresh-zzzd)."""
    digits = sum(ch.isdigit() for ch in word)
    return (
        (1 <= digits <= 2 or (digits == 3 and len(word) - digits >= 4))
        and len(word) - digits >= 2
        and sum(ch in "aeiou" for ch in word) >= 2
        and word.isalnum()
        and word == word.lower()
        and not _TWO_DIGITS.search(word)
        and all(ch in "235679" for ch in word if ch.isdigit())
    )


# The words every rule starts from, the phrases where "code" is someone else's
# ("promo code", "код ошибки", "approval code") and the words that own a number
# ("order 48213"): all found in one pass, looked up by position.
ANCHORS = AnchorScanner(
    (
        "PASSWORD",
        "TWO_FA",
        "CODE",
        "RECOVERY",
        "ROLE",
        "LOGIN_INVITE",
        "OFFER",
        "CODE_BLOCK",
        "PAYMENT_CODE",
        "RECEIPT_CODE",
        "OWNER",
        "DIGIT_WORD",
    )
)
RECEIPT = word_pattern("RECEIPT")
RESENT = word_pattern("RESENT")


# A token up to a space or a mark that may glue a label to its value ("password:Qwerty1").
_GLUED_TOKEN = re.compile(r"[^\s:=,;/()]*")


@dataclass
class Context:
    """One text being scanned, with what several rules share."""

    norm: Normalised
    _safe: masks.SafeSpans | None = None
    _ends: list[int] | None = None
    _line_starts: list[int] | None = None
    _anchors: dict[str, list[re.Match[str]]] | None = None
    _long: list[tuple[int, int]] | None = None
    _all: dict | None = None
    searched: dict[int, int] = field(default_factory=dict)  # chars searched in windows, by pattern
    tokens: dict = field(default_factory=dict)  # _token_info by token span
    run_tokens: dict = field(default_factory=dict)  # _run_token by position
    named: dict[str, bool] | None = None  # _named_elsewhere by value
    owned_stems: set[str] | None = None  # _sibling_of_an_owned_number: owned numbers but their last 2 digits
    id_columns: collections.Counter | None = None  # lengths of the numbers that start lines
    number_starts: dict[str, list[int]] = field(default_factory=dict)  # where each number stands
    listed: dict[int, re.Match[str] | None] = field(default_factory=dict)  # agent._listed_request by step start
    _arabizi: bool | None = None
    recovery: masks.SafeSpans = field(default_factory=lambda: masks.SafeSpans([]))  # recovery_hits' spans
    _blocks: list[tuple[int, int]] | None = None
    _block_starts: list[int] | None = None
    _owner_starts: list[int] | None = None
    anchor_starts: dict[str, list[int]] = field(default_factory=dict)  # where each family's matches start
    _block_named: set[str] | None = None
    _other_speakers: list[int] | None = None  # starts of pasted chat lines said by someone else
    _sentences: dict[int, tuple[int, int]] = field(default_factory=dict)  # sentence() by position
    lower: str = field(init=False)
    cased: str = field(init=False)

    def __post_init__(self) -> None:
        # Plain fields, not properties: the rules read them hundreds of thousands of times in a long text.
        self.lower, self.cased = self.norm.lower, self.norm.cased

    def said_by_another(self, pos: int) -> bool:
        """pos is on a line of a pasted conversation said by someone other than the customer: the
        text has chat lines of theirs ("me:", "أنا:") and pos's line opens with another speaker
        ("[14:20] Panel Manager: … add @refill_manager_bot as admin", "فهد: … يبغاني أرفعه مشرف", fresh-zzy)."""
        if self._other_speakers is None:
            lines = [(m.start(), _CHAT_SPEAKER.match(self.lower, m.start())) for m in _LINE_START.finditer(self.lower)]
            speakers = [(start, said.group(1)) for start, said in lines if said is not None]
            mine = any(speaker in _ME_SPEAKERS for _, speaker in speakers)
            self._other_speakers = [start for start, speaker in speakers if mine and speaker not in _ME_SPEAKERS]
        if not self._other_speakers:
            return False
        line_start = self.line_start(pos)
        index = bisect.bisect_left(self._other_speakers, line_start)
        return index < len(self._other_speakers) and self._other_speakers[index] == line_start

    def block_named(self, value: str) -> bool:
        """The value stands right after a promo, error or order code's name somewhere in the
        text ("Дарим промокод MART8 … Ввожу MART8": the promo code typed, fresh-zzo)."""
        if self._block_named is None:
            self._block_named = {
                token.group().rstrip(".,;:!?)»\"'")
                for b in self.anchors("CODE_BLOCK")
                if (token := _TOKEN.match(self.lower, _skip_marks(self.lower, b.end()))) is not None
            }
        return value in self._block_named

    def code_blocks(self) -> list[tuple[int, int]]:
        """Sorted spans where "code" is a promo, error or order code, or a card
        payment's approval code: "Approval code: 482913" on a receipt ("Onay
        kodu" only beside a card or a terminal word); "Telegram auth code"
        stays a login code."""
        if self._blocks is None:
            lower = self.lower
            blocks = [(b.start(), b.end()) for b in self.anchors("CODE_BLOCK")]
            receipt = [
                b
                for b in self.anchors("RECEIPT_CODE")
                if self.find(RECEIPT, max(0, b.start() - 200), min(len(lower), b.end() + 200)) is not None
            ]
            for b in self.anchors("PAYMENT_CODE") + receipt:
                clause_start, clause_end = _clause(self, b.start())
                if self.find(LOGIN_CONTEXT, max(clause_start, b.start() - 60), min(clause_end, b.end() + 60)) is None:
                    blocks.append((b.start(), b.end()))
            self._blocks = sorted(blocks)
        return self._blocks

    def in_block(self, start: int, end: int) -> bool:
        blocks = self.code_blocks()
        if self._block_starts is None:
            self._block_starts = [s for s, _ in blocks]
        # Blocks are short (a few words): the ones that can hold [start, end) begin just before it.
        index = bisect.bisect_right(self._block_starts, start)
        return any(s <= start and end <= e for s, e in blocks[max(0, index - 8) : index])

    def anchors(self, family: str) -> list[re.Match[str]]:
        """The family's matches at word starts (lexicon.word_pattern(family).finditer)."""
        if self._anchors is None:
            self._anchors = ANCHORS.scan(self.lower)
            self._anchors["PASSWORD"] = [m for m in self._anchors["PASSWORD"] if not self._made_up_word(m)]
        return self._anchors[family]

    def _made_up_word(self, m: re.Match[str]) -> bool:
        token = _GLUED_TOKEN.match(self.cased, m.start())
        return token.end() > m.end() and _run_on_value(token.group())

    def next_anchor(self, family: str, pos: int) -> int:
        """The index of the family's first match that starts after pos."""
        starts = self.anchor_starts.get(family)
        if starts is None:
            starts = self.anchor_starts[family] = [m.start() for m in self.anchors(family)]
        return bisect.bisect_right(starts, pos)

    def next_start(self, family: str, pos: int) -> int:
        """Where the family's first match after pos starts (the text's end if none)."""
        index, matches = self.next_anchor(family, pos), self.anchors(family)
        return matches[index].start() if index < len(matches) else len(self.lower)

    def in_anchor(self, family: str, pos: int) -> bool:
        """pos lies inside one of the family's matches (they do not overlap)."""
        index = self.next_anchor(family, pos) - 1
        return index >= 0 and pos < self.anchors(family)[index].end()

    def _windowed(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """Search [lo, hi) itself, or (False) look it up in one pass over the whole
        text: for a long text, and for a pattern whose windows searched so far add
        up to the text's length ("give admin " 500 times: a window per role word)."""
        if len(self.lower) > _LONG_TEXT:
            return False
        if self._all is not None and id(pattern) in self._all:
            return False
        searched = self.searched.get(id(pattern), 0) + min(hi - lo, _WINDOW_COST_CAP)
        self.searched[id(pattern)] = searched
        return searched <= _ONE_PASS_AFTER * len(self.lower)

    def find(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """The first match of pattern in lower that lies in [lo, hi). The search
        runs a little past hi so that a word's end is read in the whole text
        ("Not" is not a word of "Service Notifications"); on long texts, or after
        many searches, from one pass over the whole text (see _windowed)."""
        if self._windowed(pattern, lo, hi):
            end = min(len(self.lower), hi + _FIND_MARGIN)
            m = pattern.search(self.lower, max(0, lo), end)
            while m is not None and m.start() < hi:
                if m.end() <= hi:
                    return m
                m = pattern.search(self.lower, m.end(), end)  # it ran past hi: the next one
            return None
        starts, matches = self._one_pass(pattern)
        for index in range(bisect.bisect_left(starts, max(0, lo)), bisect.bisect_left(starts, hi)):
            if matches[index].end() <= hi:
                return matches[index]
        return None

    def _one_pass(self, pattern: re.Pattern[str]) -> tuple[list[int], list[re.Match[str]]]:
        """pattern's matches over the whole text, and where they start (found once per pattern)."""
        if self._all is None:
            self._all = {}
        cached = self._all.get(id(pattern))
        if cached is None:
            matches = list(pattern.finditer(self.lower))
            cached = self._all[id(pattern)] = ([m.start() for m in matches], matches)
        return cached

    def owners(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The owner words ("order", "заказ", "ID") that lie in [lo, hi), from
        the anchor pass (the matches of OWNER_WORD.finditer over the whole text)."""
        if self._owner_starts is None:
            self._owner_starts = [m.start() for m in self.anchors("OWNER")]
        matches = self.anchors("OWNER")
        out = []
        for index in range(bisect.bisect_left(self._owner_starts, max(0, lo)), len(matches)):
            m = matches[index]
            if m.start() >= hi:
                break
            if m.end() <= hi:
                out.append(m)
        return out

    def find_all(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """pattern.finditer(lower, lo, hi), the same way."""
        lo = max(0, lo)
        if self._windowed(pattern, lo, hi):
            return list(pattern.finditer(self.lower, lo, hi))
        starts, matches = self._one_pass(pattern)
        # Only the matches that start in [lo, hi) are looked at (not a copy of all the rest).
        return [m for m in matches[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)] if m.end() <= hi]

    def long_tokens(self, size: int) -> list[tuple[int, int]]:
        """Spans of the whitespace-separated tokens of `size` chars or more
        (found from str.split: most texts have none past 25 chars)."""
        if self._long is None:
            spans, cursor = [], 0
            for token in self.cased.split():
                if len(token) >= 25:
                    at = self.cased.find(token, cursor)
                    spans.append((at, at + len(token)))
                    cursor = at + len(token)
            self._long = spans
        return [(s, e) for s, e in self._long if e - s >= size]

    def finditer_long(self, pattern: re.Pattern[str], text: str, size: int) -> list[re.Match[str]]:
        """pattern.finditer(text) for matches that lie in tokens of `size` chars or more."""
        return [m for s, e in self.long_tokens(size) for m in pattern.finditer(text, s, e)]

    @property
    def arabizi(self) -> bool:
        """Arabic written in Latin letters with digits for some ("7ateto 3ala", "5ales"): two
        such words or more, and a word of that shape is a word, not a code or a password."""
        if self._arabizi is None:
            self._arabizi = sum(map(_arabizi, _ARABIZI_CANDIDATE.findall(self.lower))) >= 2
        return self._arabizi

    @property
    def safe(self) -> masks.SafeSpans:
        if self._safe is None:
            self._safe = masks.SafeSpans(masks.safe_spans(self.cased, self.lower))
        return self._safe

    def line_start(self, pos: int) -> int:
        """Where pos's line starts (a lookup: on one 100 KB line, searching back costs the line)."""
        if self._line_starts is None:
            self._line_starts = [m.start() for m in _LINE_START.finditer(self.lower)]
        return self._line_starts[bisect.bisect_right(self._line_starts, pos) - 1]

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around pos, at most _SENTENCE_REACH chars either side
        (so that a text with no full stop costs no more than one with them)."""
        found = self._sentences.get(pos)
        if found is not None:
            return found  # (rules ask again and again about the same words)
        if self._ends is None:
            self._ends = [m.start() if m.group() in "¿¡" else m.end() for m in _SENTENCE_END.finditer(self.lower)]
        index = bisect.bisect_right(self._ends, pos)
        start = self._ends[index - 1] if index else 0
        end = self._ends[index] if index < len(self._ends) else len(self.lower)
        found = self._sentences[pos] = max(start, pos - _SENTENCE_REACH), min(end, pos + _SENTENCE_REACH)
        return found

    def negated_before(self, pos: int, reach: int = 60) -> bool:
        start, _ = self.sentence(pos)
        return self.negation_in(max(start, pos - reach), pos)

    def negation_in(self, lo: int, pos: int) -> bool:
        """A negation starting in [lo, pos). The search runs on past pos so that a
        negation's lookahead sees the words after it: "no seu" is "in your", "he
        puesto" is "I have put" (not Russian "не")."""
        end = min(len(self.lower), pos + _NEGATION_LOOKAHEAD)
        m = self.find(NEGATION, lo, end)
        while (
            m is not None
            and m.start() < pos
            and (
                _negation_look_alike(self, m)
                or _in_if_clause(self, m, pos)
                or _in_purpose_clause(self, m, pos)
                or _or_not_before(self, m, pos)
            )
        ):
            m = self.find(NEGATION, m.end(), end)
        return m is not None and m.start() < pos

    def is_question(self, pos: int) -> bool:
        _, end = self.sentence(pos)
        return self.lower[end - 1 : end] == "?"


# Words that read as a negation and are not one in their place: Arabic "أول ما" (as soon as),
# Persian "ما" (we, our: "سیاست ما"), Indonesian "bisa ga …?" (can you or not?).
_NOT_NEGATING_BEFORE = folded(r"(?:اول|أول|بعد|لما|كل)\s$|(?:bisa|boleh|mau|jadi)\s$")
# A Persian sentence: letters no Arabic word has (پ چ ژ گ) or Persian-only little words.
_PERSIAN = re.compile(r"[\u067e\u0686\u0698\u06af]|(?<![^\W_])(?:را|است|هست|می|نمی|های|رو|برای|بشه|میشه)(?![^\W_])")


_WHAT_IS = re.compile(r"\s?(?:هي|هو|هى)(?![^\W_])")
_VIETNAMESE_PASSWORD = re.compile(r"\s?khau(?![^\W_])")
_NOT_WORDS = frozenset((*fold_variants("не"), "ne"))
_COULD_YOU = folded(r"\s(?:могли|могла|смогли|смогла|mogli|mogla|smogli)\s?(?:бы|б|by|b)(?![^\W_])")


def _negation_look_alike(ctx: Context, m: re.Match[str]) -> bool:
    if m.group() == "mat":  # Hindi "mat" (don't), not Vietnamese "mật khẩu" (password)
        return _VIETNAMESE_PASSWORD.match(ctx.lower, m.end()) is not None
    if m.group() in _NOT_WORDS:
        # "Не могли бы вы передать нам права?": asked politely, nothing refused; Romanian "Trimite-ne" (send us)
        # and Hindi "Telegram ne … bheja" (Telegram sent)
        return (
            _COULD_YOU.match(ctx.lower, m.end()) is not None
            or ctx.lower[m.start() - 1 : m.start()] == "-"
            or ctx.lower[max(0, m.start() - 9) : m.start()] == "telegram "
        )
    if m.group() not in ("ما", "ga", "gak", "nggak", "ngga", "enggak"):
        return False
    if _NOT_NEGATING_BEFORE.search(ctx.lower, max(0, m.start() - 8), m.start()) or _WHAT_IS.match(ctx.lower, m.end()):
        return True  # (and "ما هي الأرقام…": what are the digits…)
    start, end = ctx.sentence(m.start())
    return m.group() == "ما" and _PERSIAN.search(ctx.lower, start, end) is not None


# "Если так не получается, могу скинуть tdata": the "not" of an if-clause that has ended (a
# comma) before the word refuses nothing in the clause after it.
# "If" in each language.
_IF = r"(?:если|esli|if|wenn|falls|si|se|eger|kalau|jika|kalo|agar|اگر|اگه|إذا|اذا|لو)"
_IF_WORD = folded(_IF + r"\s")


_IF_YOU = folded(r"(?<![^\W_])" + _IF + r"\s(?:you|u|vous|tu|usted|ustedes|voce|vc|du|sie|aap|kamu|anda|kakak)\s")
_IF_YOU_REACH = 40


def _in_if_clause(ctx: Context, m: re.Match[str], pos: int) -> bool:
    if ctx.lower.find(",", m.end(), pos) < 0:
        return False
    sentence_start, _ = ctx.sentence(m.start())
    # (a colon opens one too: "просят: если ваш клиент не возражает, передайте…", fresh-zza)
    clause_start = max(ctx.lower.rfind(mark, sentence_start, m.start()) for mark in ",:") + 1 or sentence_start
    return _IF_WORD.match(ctx.lower[clause_start : m.start()].lstrip()) is not None


# "Chtob ne muchitsya ya dobavil vash akkaunt… v adminy": the "not" of a purpose ("so as not
# to") negates the purpose only, not the verb after it.
_PURPOSE_NOT = folded(
    r"(?<![^\W_])(?:чтобы|чтоб|chtoby|chtob|para|pour|afin\s?de|so\s?as|in\s?order|um|damit|agar|taki|supaya|biar|لكي|لئلا)\s$"
)


def _in_purpose_clause(ctx: Context, m: re.Match[str], pos: int) -> bool:
    if _PURPOSE_NOT.search(ctx.lower, max(0, m.start() - 12), m.start()) is None:
        return False
    # The purpose ends where the main clause starts: the verb negated is not past its end.
    return ctx.find(_CLAUSE_SUBJECT, m.end(), pos) is not None


# The subject that opens the main clause after a purpose: "…, ya dobavil", "…, je vous ai".
_CLAUSE_SUBJECT = folded(r"(?<![^\W_])(?:ya|я|i|je|j'|ich|yo|eu|ben|saya|aku|main|من|انا|أنا)(?![^\W_])")


def _last(items):
    """The last item of an iterable (a match iterator too), or None."""
    tail = collections.deque(items, maxlen=1)
    return tail[0] if tail else None


def _clean(token: str, offset: int) -> tuple[str, int, int]:
    """The value without the quotes or brackets around it; a trailing '*' stays
    unless one opened the value too ("Galata1453*" is the password, "*Galata1453*" is bold)."""
    left = len(token) - len(token.lstrip(_QUOTES))
    trailing = _QUOTES + ".,;:" if token[left - 1 : left] == "*" else _QUOTES.replace("*", "") + ".,;:"
    core = token[left:].rstrip(trailing)
    return core, offset + left, offset + left + len(core)


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_INNER_SYMBOL = re.compile(r"[!@#$%^&*_+=~.\-?/\\|]")
_CASE_CHANGE = re.compile(r"[a-zа-я][A-ZА-Я]")
# Two words joined are a compound ("Login-Code", "soi-disant"); three are a passphrase ("zima-leto-osen").
_HYPHENATED_WORDS = re.compile(r"[^\W\d_]+[-'’][^\W\d_]{2,}")  # (and "m-banking", fresh-zzzf)


def _is_strong(value: str) -> bool:
    """Looks made up: letters with digits or symbols inside, or a case change."""
    if len(value) < 5 or not _LETTER.search(value):
        return False
    if _DIGIT.search(value):
        return True
    core = value.rstrip("!?.")  # "TWICE!!!" is shouting, "Qwerty!" a password
    if _HYPHENATED_WORDS.fullmatch(core):
        return _CASE_CHANGE.search(value) is not None
    if _INNER_SYMBOL.search(core, 1, len(core) - 1) or core[-1:] in ("@", "#", "$", "%", "^", "&", "*"):
        return True
    return _CASE_CHANGE.search(value) is not None


def _run_on_value(word: str) -> bool:
    """A password word run on into a made-up value is the value ("my password is
    Password123!", "senha SenhaForte#7"), not a password word (fresh-zzg); a name
    joined by '_' is a field's ("password_reset_token")."""
    return "_" not in word and _is_strong(word)


# A file's name is no made-up value: "Voilà mon config.ini" (fresh-zx).
_FILE_NAME = re.compile(
    r"[\w-]+\.(?:ini|txt|json|py|js|env|cfg|conf|ya?ml|log|csv|zip|rar|7z|png|jpe?g|gif|webp|pdf|docx?|xlsx?|html?|php|sh|exe|apk|mp4)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _value_shape(value: str) -> str:
    if not value:
        return "none"
    if value.isdigit():
        return "digits"
    if _FILE_NAME.fullmatch(value):
        return "other"
    if _is_strong(value) and value.lower() not in _NOT_MADE_UP:
        return "strong"
    if value.replace("-", "").replace("'", "").isalpha():
        return "word"
    return "other"


# ------------------------------------------------------------ passwords

_LEADER = re.compile(r"(?:\.{3,}|…+|_{3,})")
# A number right after a password word is its value when it is long or a date: "senha 159753".
_BARE_DIGITS = 6
_PHONE_LIKE = re.compile(r"(?=(?:\d[ .-]?){8})\d{2,4}(?:[ .-]\d{2,4}){2,5}(?![\w.,-]?\d)")
_DATE_VALUE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})")
_EXPLICIT_MARKS = (":", "=", "-", "–", "—", "->", "=>", ":=", "::")


_REDUPLICATED = re.compile(r"[a-z]{3,}2")


def _denied_before(ctx: Context, lo: int, pos: int) -> bool:
    """The word right before pos (after lo) is a negation ("email reset gak masuk2")."""
    head = ctx.lower[lo:pos].rstrip()
    return ctx.negation_in(lo + max(head.rfind(" "), head.rfind("\n"), head.rfind("\t")) + 1, pos)


def _value_after(
    ctx: Context,
    pos: int,
    keyword: str,
    reach: int = 8,
    explicit: bool = False,
    numbered_phrases: bool = True,
    family: str = "PASSWORD",
) -> tuple[int, int, str, bool] | None:
    """The password value after a keyword: (start, end, shape, explicit).

    explicit: a connector (':' '=' 'is' 'hai' 'هست'...) or a quote came
    first. Plain words between the keyword and a made-up looking value are
    skipped ("رمز جدیدم Parsa@1377 هست"); a plain word is only taken as
    the value right after an explicit connector."""
    lower, cased = ctx.lower, ctx.cased
    line_end = lower.find("\n", pos, pos + 120)  # (bounded: a long line is read once, not per word)
    line_end = len(lower) if line_end < 0 else line_end
    rest = lower[pos:line_end].strip(" :=-–—>\t\"'«»").split() if line_end - pos < 80 else ["-"]
    if all(word.strip(".,:") in CONNECTORS or word.strip(".,:") in FILLERS for word in rest) and not _next_item(
        lower, pos, line_end
    ):
        # "Password:\nQwerty1", "my password is" + (next message) "Sunflower88"
        next_end = lower.find("\n", line_end + 1)
        line_end = len(lower) if next_end < 0 else next_end
    skipped = 0
    ended = False
    copula = False
    connected = False  # the token before was a connector or a mark
    and_verb = crossed = login_next = login_word = place = False
    # Up to the next password word (or the next word of the keyword's own `family`), which reads
    # what follows it itself ("2 step is " 10,000 times read each window once, not twelve times).
    next_word = ctx.next_start("PASSWORD", pos)
    if family != "PASSWORD":
        next_word = min(next_word, ctx.next_start(family, pos))
    for m in _TOKEN.finditer(cased, pos, min(line_end, pos + 120)):
        if m.start() >= next_word:
            return None
        after_login_word, login_word = login_word, False
        if m.group()[:1] in _CLOSING_QUOTE and (skipped == 0 or connected) and not ended:
            phrase = _quoted_phrase(ctx, m.start(), line_end)
            if phrase is not None:
                return phrase[0], phrase[1], "word", True
        kind, marks_explicit, value, vstart, vend, shape, quoted, flags = _cached_token_info(ctx, m)
        if kind == "value" and ctx.in_anchor("TWO_FA", vstart):
            kind = "filler"  # "contraseña de 2 pasos es …", "password 2 langkah tele saya …"
        explicit = explicit or marks_explicit
        connected = kind in ("connector", "mark")
        if kind == "mark" or kind == "quote":
            if kind == "mark" and skipped < 1 and m.group()[:1] in ":=":
                skipped = 0  # "mot de passe du compte : ...": a label, then its value
            continue
        if kind == "assigned":  # 'key=value': the value right after the label, else a log's field
            return (vstart, vend, shape, True) if skipped < 1 else None
        if kind == "stop":
            return None  # a full stop or a comma ends the search
        if kind == "connector":
            if m.group().endswith(","):
                return None  # "matiin 2FA nya ya, username aku …": the comma closes the clause
            # "… mot de passe du panel. Mon identifiant c'est karim_m24": what a login word is, is the login
            login_next = login_next or after_login_word
            crossed = crossed or ended or "." in flags  # "…me mandem a nova senha aqui. Tenho saldo…"
            # "troquei a senha e ativei…": an unaccented Portuguese "e" is "and" before a verb.
            and_verb = ctx.norm.original_of(*m.span()).lower() == "e"
            # "my password in chat", "mot de passe … est dans KeePass": where it is, not what it is
            # ("dans son carnet": the French "son" is "his", not the Spanish "are", fresh-zzm)
            place = m.group().lower() in ("in", "dans") or (place and m.group().lower() == "son")
            explicit, ended = True, False
            if skipped < 1:  # "the password of my telegram is ...": only fillers came before
                skipped = 0
            continue
        if ended:
            return None
        if kind == "keyword":
            return None  # "пароль: пароль: Qwerty1": the value is the next keyword's
        if kind == "softener":  # "is literally just sunflower", "ist einfach nur ..."
            copula = copula or (skipped == 0 and value in _COPULA_SOFTENERS)
            continue
        if kind == "filler" and m.group().endswith("?"):
            return None  # "…da minha conta? Usuário: lucasprado_mkt": the question ended the sentence
        if kind == "filler" and _LOGIN_FIELD.fullmatch(m.group().lower().strip(_QUOTES + ":")):
            if ":" in flags:
                login_next = True  # "2FA di akun saya (username: rizky.promo)": a login's label, the login follows
                continue
            login_word = True
        if (login_next or after_login_word) and kind == "value":  # ("username maria_k88 is …": the login)
            login_next = False
            skipped += 1
            continue
        if kind == "filler":
            # "lupa password akun panel. Sudah klik …": past the sentence's end only a made-up
            # looking value is taken ("…пароль Telegram». Я ввёл Pelmen1_Vkusnye88").
            crossed = crossed or "." in flags
            explicit = explicit or ":" in flags
            skipped += 0.25
            if ":" in flags and skipped < 1:
                skipped = 0  # "пароль от телеги: ...", "contraseña de mi cuenta: ...": a label, then its value
            if skipped > reach:
                return None
            continue
        if kind == "empty":
            continue
        if kind == "money":
            # "password: Kiwi+2024$", "my password is 19941994$": right after the label it is the
            # value (outside attack round 8); further on, an amount ("…, I paid 25$").
            return (vstart, vend, "strong", True) if (explicit or connected) and skipped < 1 else None
        if kind == "masked":
            return None
        if (
            kind == "value"
            and value.isalpha()
            and OWNER_WORD.fullmatch(value.lower())
            and _OWNED_NUMBER.match(cased, vend)
        ):
            # "Restablece tu contraseña – Ticket #RS-55102", "kata sandi' no tiket #RP-66210": a ticket's
            # (an order's) number follows its word, and is no password (fresh-zzzzt)
            return None
        if shape == "strong":
            if crossed and not connected and _PROMO_SHAPE.fullmatch(value.replace("-", "")):
                # "… password ya OTP hum kabhi nahi maangte. Is mahine SALE-50 campaign …": past the
                # sentence's end, a word in capitals with a number on it names a sale (zzzzh-014)
                return None
            if not explicit and _REDUPLICATED.fullmatch(value) and _denied_before(ctx, pos, m.start()):
                # "…tapi email reset gak masuk2" (isn't arriving): a denied verb written doubled
                # with a 2, as Indonesian does ("masuk-masuk"), not a value
                return None
            return vstart, vend, shape, explicit or quoted
        if crossed:
            skipped += 1
            if skipped > reach:
                return None
            ended = "." in flags  # another sentence ends: again only a connector may follow
            continue
        if and_verb and (_PT_VERB.search(value.lower()) or value.lower() in _PT_AND_WORDS):
            return None
        if (place or _PLACE_AFTER.match(lower, vend)) and shape == "word":
            return None
        if (explicit or quoted) and skipped == 0 and shape == "word" and not quoted and not flags and vend == m.end():
            # A phrase of plain words; after ':' it may start with a short word ("senha: pão
            # de queijo 7") when three words or more follow ("hai jo sab jagah…" is a clause).
            plausible = _plausible(value, shape)
            if plausible or (_short_first_word(value) and (":" in cased[pos:vstart] or "=" in cased[pos:vstart])):
                phrase_end = _passphrase_end(ctx, vend, line_end)
                if plausible or len(cased[vstart:phrase_end].split()) >= 3:
                    return vstart, phrase_end, shape, True
        if (explicit or quoted) and skipped == 0 and _plausible(value, shape):
            return vstart, vend, shape, True
        if (
            copula
            and skipped == 0
            and shape == "word"
            and _plausible(value, shape)
            and not _RU_VERB.search(value.lower())
            and ":" not in flags
            and "?" not in cased[vend : m.end()]
        ):
            return vstart, vend, shape, True
        if (
            skipped < 1
            and (shape == "digits" and len(value) >= _BARE_DIGITS or _DATE_VALUE.fullmatch(value))
            and "?" not in cased[vend : m.end()]
        ):
            return vstart, vend, shape, True  # "пароль 55443322", "senha 159753", "пароль двухэтапки 07.11.1991"
        if (
            numbered_phrases
            and skipped < 1
            and shape == "word"
            and not flags
            and vend == m.end()
            and _plausible(value, shape)
            and (phrase := _numbered_phrase(ctx, vstart, vend, line_end)) is not None
        ):
            return vstart, phrase, "strong", True
        if skipped < 1 and shape == "digits" and (run := _PHONE_LIKE.match(cased, vstart)) is not None:
            return vstart, run.end(), shape, True  # "şifresi 0532 418 77 90": an old phone number (fresh-zp)
        if skipped < 1 and not flags and shape in ("word", "other", "digits") and _plausible(value, shape):
            # "password priya nineteen ninety five hai": a number read out belongs to the value
            value_end = _passphrase_end(ctx, vend, line_end) if _next_word(ctx.lower, vend) in NUMBER_WORDS else vend
            if _word_at(cased, max(m.end(), value_end)) in POST_COPULA:
                return vstart, value_end, shape, True
        if ":" in flags:  # "для почты:" "للإيميل:" a label, the value follows
            explicit = True
            continue
        if "?" in flags:
            return None
        if "." in flags:  # "...TWICE!!! ITS MAXPOWER88": only a connector may follow
            ended = True
        skipped += 1
        if skipped > reach:
            return None
    return None


_CLOSING_NUMBER = re.compile(r" \d{1,4}(?![^\W_]|[.,:/-]\d)")
_PHRASE_CLOSED = re.compile(r"[ \t]*(?:$|\n|[.,;!?)](?!\d))")


def _numbered_phrase(ctx: Context, start: int, end: int, line_end: int) -> int | None:
    """Where a passphrase right after a password label ends, when it is two plain words or
    more closed by a number, and the number ends the sentence or a chat word follows it:
    "pw tele aku bunga mawar 88 tolong cek", "كلمة سر الايميل نجمة الصباح 7 اظن" (fresh-zp);
    not "… baru masuk 210", "… caiu de 5.200", "رمز التحقق المكون من ٥ أرقام"."""
    lower = ctx.lower
    phrase_end = _passphrase_end(ctx, end, line_end)
    number = _CLOSING_NUMBER.match(lower, phrase_end)  # where a word after the number ended the phrase
    phrase_end = number.end() if number is not None else phrase_end
    words = lower[start:phrase_end].split()
    if phrase_end <= end or not words[-1].isdigit():
        return None
    if sum(word not in FILLERS for word in words[:-1]) < 2 or ctx.find(OWNER_WORD, start, phrase_end) is not None:
        return None  # "pass the order 2 times": an order, a count
    # "… 7 اظن", "… 9 على ما اظن", "… 88 tolong cek": a chat word within three words
    following = _PHRASE_WORD.findall(lower, phrase_end, phrase_end + 40)[:3]
    if _PHRASE_CLOSED.match(lower, phrase_end) is None and not any(word in _INTERJECTIONS for word in following):
        return None
    return phrase_end


# Portuguese verbs after "e" (and): "troquei", "pedi", "recebi" (-er/-ir verbs end in -i for "I").
_PT_VERB = re.compile(r"(?:ei|ou|iu|amos|emos|imos|aram|eram|iram|ando|endo|indo|\w{2,}[^aeiou\W]i)$")
# "…password is chat me bhejo" (send it in the chat): Hindi puts "in" after the place (fresh-zh)
_PLACE_AFTER = re.compile(r"\s(?:me|mein|pe|par)\s(?:bhej|daal|dal|likh|paste)")
_PT_AND_WORDS = frozenset("depois agora ainda tambem ja entao mesmo nao o a os as".split())
_CLOSING_QUOTE = {'"': '"', "'": "'", "«": "»", "“": "”", "‘": "’", "`": "`", "„": "“"}
_QUOTED_WORDS = 6
_PURPOSE_WORDS = frozenset(
    form
    for word in """for to so pour afin para um zu damit для чтобы dlya chtoby برای için icin untuk biar supaya liye لـ
    عشان علشان لكي كي حتى تا""".split()
    for form in fold_variants(word)
)


def _quoted_phrase(ctx: Context, quote: int, line_end: int) -> tuple[int, int] | None:
    """A passphrase of two words or more in quotes right after a password word
    or its connector: 'password 'chai pe charcha 2019' rakha tha', « le chat de
    ma grand-mere », "los perros ladran de noche": the words inside, whole.
    Not a question, a negation or a password word quoted from a message, and
    at least two words that could be part of a value."""
    cased, lower = ctx.cased, ctx.lower
    if quote and cased[quote - 1].isalnum():
        return None  # "parol' 2fa …": an apostrophe (a soft sign), not a quote
    close = cased.find(_CLOSING_QUOTE[cased[quote]], quote + 1, min(line_end, quote + 80))
    if close < 0 or ". " in cased[quote:close]:
        return None
    inside = cased[quote + 1 : close]
    start = quote + 1 + len(inside) - len(inside.lstrip())
    end = close - (len(inside) - len(inside.rstrip()))
    words = lower[start:end].split()
    if not 2 <= len(words) <= _QUOTED_WORDS or "?" in lower[start:end]:
        return None
    if words[0] in _PURPOSE_WORDS or any(
        NEGATION.fullmatch(word) or PASSWORD_WORD.fullmatch(word.strip(".,:;!")) for word in words
    ):
        return None  # « pour que le refill fonctionne »: why it was asked for
    if sum(_plausible(word, _value_shape(word)) and word not in CONNECTORS for word in words) < 2:
        return None  # "is 'the usual one'" describes the password
    return start, end


_PHRASE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\d{1,4}")
NUMBER_WORDS = number_words()
_PHRASE_WORDS = 4  # extra words a passphrase may have; more is a sentence, not a password
# Chat fillers and time words that start a new thought after a value: "… dishwasher
# lol pls fix it", "… sunflower since yesterday".
_INTERJECTIONS = frozenset(
    form
    for word in """lol lmao haha hahaha xd xD btw thx thanks ok okay pls plz please
    хаха спасибо пожалуйста плиз ок kk jaja gracias porfa obrigado valeu kkk tesekkurler lutfen makasih tolong
    wkwk shukriya merci danke bitte
    since yesterday today tonight tomorrow ago вчера сегодня завтра недавно vchera segodnya desde ayer hoy
    ontem hoje amanha dun bugun yarin kemarin tadi besok kal aaj abhi depuis hier aujourd'hui demain
    seit gestern heute morgen دیروز امروز فردا امس اليوم بكرة
    think guess maybe probably kayaknya sepertinya mungkin shayad shaayad اظن أظن اعتقد أعتقد يمكن شاید""".split()
    for form in fold_variants(word)
)


def _passphrase_end(ctx: Context, end: int, line_end: int) -> int:
    """Where a plain-word value after ':' or 'is' ends when it is a phrase:
    "2FA: kopi susu gula aren", "senha: Cafe Com Leite 2 — …", "is purple
    monkey dishwasher lol …". Words run on, single-spaced, until punctuation,
    a dash, the end of the line or a word that is no part of a value (a stop
    word, a connector, a keyword, an interjection); fillers inside stay
    ("dilli ki sardi") but not at the end. A number of up to four digits
    only as the last word. More than four extra words: a sentence, so the
    value stays one word."""
    cased, lower = ctx.cased, ctx.lower
    last = end  # end of the phrase so far, past its last non-filler word
    pos, words, numbers = end, 0, 0
    while pos < line_end and cased[pos] == " " and words <= _PHRASE_WORDS:
        m = _PHRASE_WORD.match(cased, pos + 1)
        if m is None or m.end() > line_end:
            break
        after = cased[m.end() : m.end() + 1]
        if after not in ("", " ", "\n", ".", ",", ";", "!", "?", ")", ":"):
            break
        low = lower[m.start() : m.end()]
        symbol = _READ_OUT_SYMBOL.match(lower, m.start())
        number = _READ_OUT_NUMBER.match(lower, symbol.end()) if symbol is not None else None
        if number is not None:
            return number.end()  # "blue tiger at 77": a symbol read out, then the number that ends it
        # A number read out is part of the value ("girasol dos mil diez", "priya nineteen ninety
        # five") and ends it ("papillon quatre vingt treize tout attaché"); a lone number word is
        # a word like any other ("sunflower on the fridge", "abacaxi doce").
        if low in NUMBER_WORDS and (numbers or _next_word(lower, m.end()) in NUMBER_WORDS):
            numbers += 1
        elif numbers >= 2:
            break
        elif low.isdigit():
            following = _next_word(lower, m.end())
            if not (
                after in ("", "\n", ".", ",", ";", "!", "?")
                or lower.startswith((" -", " –", " —"), m.end())
                or m.end() == line_end
                # "lapin bleu 2019 voilà", "blauer hund 45 aber …": a word that is no part of it follows
                # ("toby tobias 88 y ahí vi…": an "and" after the number opens what comes next, fresh-zzb)
                or (
                    following
                    and (
                        following in _BUT
                        or following in _AND
                        or _no_part_of_a_value(ctx, following, m.end() + 1, m.end() + 1)
                    )
                )
            ):
                break
        elif _no_part_of_a_value(ctx, low, m.start(), m.end()):
            break
        words += 1
        if low not in FILLERS:
            last = m.end()
        pos = m.end()
        if after not in (" ",) or low.isdigit():
            break  # punctuation, the end of the line or a number closes the phrase
    if words > _PHRASE_WORDS:
        return end
    return last


# "But" in each language: it opens a clause, it is no part of a value.
_BUT = frozenset(
    form
    for word in "but aber pero mais ama fakat tapi namun lekin magar но однако odnako no ale lakin لكن ولكن اما ولی mas porem".split()
    for form in fold_variants(word)
)


_AND = frozenset(form for word in "and y e et und ve dan aur и و".split() for form in fold_variants(word))
_BUT_WORD = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(_BUT, key=len, reverse=True)) + r")(?![^\W_])")


def _no_part_of_a_value(ctx: Context, low: str, start: int, end: int) -> bool:
    """A stop word, a connector, a keyword, an interjection, an owner or a unit."""
    return _word_of_no_value(low) or masks.covered(ctx.safe, start, end) is not None


@functools.lru_cache(maxsize=8192)
def _word_of_no_value(low: str) -> bool:
    return (
        low in STOP_VALUES
        or low in CONNECTORS
        or low in _INTERJECTIONS
        or NEGATION.fullmatch(low) is not None
        or SOFTENER.fullmatch(low) is not None
        or PASSWORD_WORD.fullmatch(low) is not None
        or NOT_A_VALUE.fullmatch(low) is not None
        or low in POST_COPULA
        or OWNER_WORD.fullmatch(low) is not None
        or UNIT_WORD.fullmatch(low) is not None
    )


# A symbol read out between a password's words and its number: "blue tiger at 77".
_READ_OUT_SYMBOL = folded(
    r"(?:at|underscore|dash|hash|dot|guion\s?bajo|guion|punto|arroba|ponto|traco|nokta|tire|alt\s?tire|titik"
    r"|garis\s?bawah|tiret|arobase|unterstrich|punkt|bindestrich|собака|точка|тире|подчеркивание|sobaka|tochka)\s"
)
_READ_OUT_WORDS = 3
_DAY_WORD = folded(r"dia|day|jour|tag|tarih|tanggal|tgl|tarikh|день|den|روز|يوم")
# What a password's length is counted in: "has 12 characters", "iz 16 simvolov", "عندي ١٢ حرف".
_LENGTH_WORD = folded(
    r"characters?|chars?|caract[eè]res?|caracteres?|zeichen|stellen|символ\w*|simvol\w*|знак\w*|znak\w*"
    r"|karakter\w*|hane|huruf|حرف|حرفا|أحرف|احرف|حروف|کاراکتر|رقم|ارقام|أرقام|rakam\w*|haneli|digits?|d[ií]gitos?"
    r"|chiffres?|ziffern|цифр\w*|cifr\w*|tsifr\w*|letters?|letras?|lettres?|buchstaben|букв\w*|bukv\w*"
    r"|akshar|angka|words?|palabras?|palavras?|mots?|w[oö]rter|слов\w*|slov\w*|kelime\w*|kata"
)
_READ_OUT_NUMBER = re.compile(r"\d{1,4}(?![^\W_])")
_DATE_GOES_ON = re.compile(r"[./-]\d")


def _read_out(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A password typed or dictated as a word or three and a number, with no colon:
    "pass word is blue tiger at 77", "mariposa guion bajo 45", "пароль от телеги лето два
    ноль два четыре", "şifrem papatya 1907", "رمزم گل سرخ ۵۵ هست". The number ends the value
    and is no count ("at least 8 characters", "changed 2 days ago")."""
    lower = ctx.lower
    _, sentence_end = ctx.sentence(pos)
    stop = min(sentence_end, pos + 80)
    first, words, skipped, at = -1, 0, 0, pos
    while True:
        at = _skip_blank(lower, at)
        symbol = _READ_OUT_SYMBOL.match(lower, at) if words else None
        if symbol is not None and lower[symbol.end() : symbol.end() + 1].isdigit():
            at = symbol.end()
        m = _PHRASE_WORD.match(lower, at)
        if m is None or m.end() > stop:
            return None
        low = m.group()
        if low.isdigit() or (low in NUMBER_WORDS and _next_word(lower, m.end()) in NUMBER_WORDS):
            break
        if words == 0 and (low in CONNECTORS or low in FILLERS) and skipped < 4:
            skipped, at = skipped + 1, m.end()
            continue
        if words == _READ_OUT_WORDS or len(low) < 2 or _no_part_of_a_value(ctx, low, m.start(), m.end()):
            return None
        first, words, at, last_word = m.start() if words == 0 else first, words + 1, m.end(), low
        if lower[at : at + 1] != " ":
            return None  # punctuation closed the phrase before any number
    if words == 0:
        return None
    if low.isdigit():
        end = m.end()
        if not 2 <= len(low) <= 4 or lower[end : end + 1].isalnum() or _DATE_GOES_ON.match(lower, end):
            return None  # (nor a date's day: "nach dem passwortwechsel am 07.05.", fresh-zzzzzg)
        if _DAY_WORD.fullmatch(last_word) and int(low) <= 31:
            return None  # "trocamos a senha dia 10 as 14h": when, not what (fresh-zzzd)
    else:
        end = m.end()
        while _next_word(lower, end) in NUMBER_WORDS:
            end = _PHRASE_WORD.match(lower, end + 1).end()
    following = _PHRASE_WORD.match(lower, _skip_blank(lower, end))
    if following is not None and (UNIT_WORD.fullmatch(following.group()) or _LENGTH_WORD.fullmatch(following.group())):
        return None  # "at least 8 characters", "hat 13 Zeichen": a count
    return first, end


def _next_word(lower: str, pos: int) -> str:
    m = _PHRASE_WORD.match(lower, _skip_blank(lower, pos)) if lower[pos : pos + 1] == " " else None
    return m.group() if m else ""


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _cached_token_info(ctx: Context, m: re.Match[str]) -> tuple:
    """_token_info, worked out once per token span (several keywords read the same tokens)."""
    info = ctx.tokens.get(m.span())
    if info is None:
        info = ctx.tokens[m.span()] = _token_info(ctx, m)
    return info


def _word_at(cased: str, pos: int) -> str:
    """The next token from pos, lower-cased, without quotes or punctuation ('' at the end)."""
    following = _TOKEN.match(cased, _skip_blank(cased, pos))
    return following.group().lower().strip(_QUOTES + ".,;!?") if following else ""


def _token_info(ctx: Context, m: re.Match[str]) -> tuple:
    """What a token after a password word is, whatever came before it:
    (kind, explicit, value, start, end, shape, quoted, flags)."""
    token = m.group()
    reading = _short_token_reading(token) if len(token) <= _CACHED_TOKEN else _token_reading(token)
    kind, explicit, value, vstart, vend, shape, quoted, flags = reading
    at = m.start()
    start, vstart, vend = at + len(token) - len(token.lstrip(":=")) if explicit else at, at + vstart, at + vend
    if kind != "value":
        return kind, explicit, value, vstart, vend, shape, quoted, flags
    if _in_command(ctx, shape, m.end()):
        return "filler", explicit, "", start, start, "", False, flags
    if not value:
        return "empty", explicit, "", start, start, "", False, flags
    if _arabizi(value) and ctx.arabizi:
        return "filler", explicit, "", start, start, "", False, flags  # "el password bta3i …" (mine)
    covered = masks.covered(ctx.safe, vstart, vend)
    if covered == "number" and (
        _CLOCK.fullmatch(value) or (_DATE_VALUE.fullmatch(value) and _CLOCK_NEXT.match(ctx.cased, vend))
    ):
        # "şifremi bugün 09:30'da değiştirdim" (fresh-zzs), "şifresi 21.04.2025 16:38'de değiştirildi" (fresh-zzzzg)
        return "stop", explicit, "", start, start, "", False, flags
    if covered == "money":  # an amount, unless it is the value a label gives (_value_after)
        return "money", explicit, value, vstart, vend, "other", quoted, flags
    if covered in ("link", "email", "handle", "device") or _MASKED_VALUE.fullmatch(value):
        return "masked", explicit, value, vstart, vend, "", quoted, flags  # (or hidden: "Şifre: ••••••••")
    return "value", explicit, value, vstart, vend, _value_shape(value), quoted, flags


def _token_reading(token: str) -> tuple:
    """What the token is by itself, as _token_info's tuple with offsets from the token's start.
    A "value" is one only if where it stands agrees: its shape field holds the bare token, for
    _token_info to finish."""
    start = 0
    explicit = False
    if token[0] in ":=" and len(token) > 1 and token.lstrip(":=") and token[1] not in ":=":
        explicit = True
        token, start = token.lstrip(":="), len(token) - len(token.lstrip(":="))
    bare = token.strip(_QUOTES + ".,;!?").lower()
    flags = (
        (":" if token.endswith(":") else "")
        + ("?" if token.rstrip().endswith(("?", ",")) else "")
        + ("." if token.endswith((".", "!")) else "")
    )
    if token in _EXPLICIT_MARKS or token.rstrip(":") in _EXPLICIT_MARKS or _LEADER.fullmatch(token):
        return "mark", True, "", start, start, "", False, flags  # "Şifre ........ kartal.yuvasi.34": a table's leader
    if not bare:
        # "parol'." (a soft sign, then the full stop) ends the sentence like "." does.
        quote = token[:1] in _QUOTES and not any(ch in ".,;!?" for ch in token)
        return ("quote" if quote else "stop"), explicit, "", start, start, "", False, flags
    if bare in _BECAUSE_TOKENS:
        return "stop", explicit, "", start, start, "", False, flags  # "…, parce que l'ancien site (smm-fast-pro)"
    if bare in CONNECTORS or bare.rstrip(":=") in CONNECTORS:
        return "connector", explicit, "", start, start, "", False, flags
    if SOFTENER.fullmatch(bare):
        return "softener", explicit, bare, start, start, "", False, flags
    if bare.rstrip(":") in FILLERS:
        return "filler", explicit, "", start, start, "", False, flags
    if PASSWORD_WORD.fullmatch(bare.rstrip(":")) and not _run_on_value(token.strip(_QUOTES + ".,;:")):
        return "keyword", explicit, "", start, start, "", False, flags
    if token.endswith("):") and not any(ch.isdigit() for ch in token):
        # "Cloud-Passwort (Zwei-Schritt-Bestätigung): Brezel#2FA-1860": a label's aside, its value follows (fresh-zz)
        return "filler", explicit, "", start, start, "", False, flags
    if _ERROR_SIGN.fullmatch(bare.strip("()")):
        return "stop", explicit, "", start, start, "", False, flags  # "(error PW-04)": an error's code follows
    if _WORD_OR_WORD.fullmatch(bare):
        return "filler", explicit, "", start, start, "", False, flags  # "SMS/Telegram'dan": two names
    assigned = _ASSIGNED.fullmatch(bare)
    if assigned is not None and assigned.group(1) in _LOG_KEYS:
        return "stop", explicit, "", start, start, "", False, flags  # a log's field: 'status=sent'
    if assigned is not None and not PASSWORD_WORD.fullmatch(assigned.group(1)):
        # a log's field ('status=sent'), but right after a password label the value ("my password is Kiwi=2024")
        value, vstart, vend = _clean(token, start)
        return "assigned", explicit, value, vstart, vend, "strong", False, flags
    elided = _ELISION.sub("", bare.rstrip(":"), count=1)
    if elided != bare.rstrip(":") and (elided in STOP_VALUES or NOT_A_VALUE.fullmatch(elided)):
        return "filler", explicit, "", start, start, "", False, flags  # "sur l'e-mail de récupération"
    parts = bare.rstrip(":").split("-")
    if (
        len(parts) > 1
        and all(p.isalpha() for p in parts)
        and any(NOT_A_VALUE.fullmatch(p) or PASSWORD_WORD.fullmatch(p) for p in parts)
    ):
        return "filler", explicit, "", start, start, "", False, flags  # "Login-E-Mail", "Session-Datei"
    if NOT_A_VALUE.fullmatch(bare.rstrip(":")) and not any(ch.isdigit() for ch in bare):
        # "senha e código", "Passwort (zweistufige Bestätigung) lautet ...": passed over like a filler
        return "filler", explicit, "", start, start, "", False, flags
    value, vstart, vend = _clean(token, start)
    return "value", explicit, value, vstart, vend, bare, token[:1] in "\"'«“‘`", flags


# An owner's number right after its word: " #RS-55102", " № 7781", ": 48209".
_OWNED_NUMBER = re.compile(r"[ \t]*[#№:.-]*[ \t]*#?[A-Za-z]{0,4}-?\d")
# "Because" opens a clause of its own: a value past it is not the password word's (fresh-zzzzs).
# (tokens as written, where _BECAUSE reads the lower view)
_BECAUSE_TOKENS = frozenset(
    "because porque parce weil çünkü cunku karena soalnya kyunki kyonki потому potomu چون زیرا لأن لان".split()
)


# A long ticket repeats its words: their readings are kept, up to a size (a 100 KB token is not).
_short_token_reading = functools.lru_cache(maxsize=8192)(_token_reading)
_CACHED_TOKEN = 64


# A line that opens with a list's number or bullet.
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*·])\s")


def _next_item(lower: str, pos: int, line_end: int) -> bool:
    """pos is in an item of a list and the next line is the next item, not the value
    of this one: "- Cambié la contraseña…\n- Cerré…"."""
    line_break = lower.rfind("\n", max(0, pos - 200), pos)
    return (
        (line_break >= 0 or pos < 200)
        and _LIST_LINE.match(lower, line_break + 1) is not None
        and _LIST_LINE.match(lower, line_end + 1) is not None
    )


_MASKED_VALUE = re.compile(r"[*•·●∙⋅○◦▪■◆★#]{3,}")


_LOG_ID = re.compile(r"\w\[")
# A time of day, never a password: "09:30", "09:30'da", "9:30pm".
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:['’][^\W\d_]{1,4}|\s?[ap]m)?", re.IGNORECASE)
# A time after a date, maybe after a word for "at": "21.04.2025 16:38", "14/05/2025 الساعة 22:47".
_CLOCK_NEXT = re.compile(r"[ \t,]{1,3}(?:\S{1,8}[ \t])?\d{1,2}:\d{2}")
_WORD_OR_WORD = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}(?:['’][^\W\d_]+)?")
_ASSIGNED = re.compile(r"([a-z_]{2,})=\S+")
_LOG_KEYS = frozenset("status code error err result reason user user_id id type level msg message state".split())
_ELISION = re.compile(r"(?:l|d|j|n|m|t|s|c|qu)['’]")
# "correct-horse-lamp-92 <- thats the cloud password": a pointer back at the value.
_BEFORE_SKIP = OWNER_BEFORE | FILLERS | CONNECTORS | {"<-", "<--", "←", "<<", "thats", "that's", "that’s"}


# A state, not a value: "my password is blocked / saved in chrome / probably wrong".
_STATE_WORD = re.compile(r"[a-z]{3,}ed|[a-z]+(?:ably|ibly|ally|ously|ently|antly|ately|ively|ssly)")


def _plausible(value: str, shape: str) -> bool:
    """A plain word or number that may be a password right after 'is' or ':'."""
    low = value.lower()
    if shape == "digits":
        return 4 <= len(value) <= 16
    return (
        len(value) >= 4
        and low not in STOP_VALUES
        and low not in FILLERS
        and not NEGATION.fullmatch(low)
        and not (shape == "word" and _STATE_WORD.fullmatch(low))
    )


def _short_first_word(value: str) -> bool:
    low = value.lower()
    return (
        2 <= len(low) <= 3
        and low not in STOP_VALUES
        and low not in FILLERS
        and low not in CONNECTORS
        and not NEGATION.fullmatch(low)
        and not SOFTENER.fullmatch(low)
    )


_BRACKETED_LABEL = re.compile(r"[^\s()\[\]]{2,30}[)\]]")


def _value_before(ctx: Context, pos: int, pointed_only: bool = False) -> tuple[int, int] | None:
    """'Xr7$pLq2wz is my password', 'golab-sorkh-77 پسوردمه'; with `pointed_only`, only a
    value a connector points back to ("Sommer2024! das ist mein 2fa")."""
    lower, cased = ctx.lower, ctx.cased
    line_start = lower.rfind("\n", max(0, pos - 80), pos) + 1
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(cased, max(line_start, pos - 80), pos)][-6:]
    if tokens and tokens[-1][1] == pos and cased[pos - 1] == "-":
        return None  # "Zwei-Schritt-Passwort": the start of one compound word, not a value
    pointed = False  # "Xr7$pLq2wz, that is my password": a connector points back over the comma
    crossed = False  # '"… to your BoostGram account", "Your password was changed"': a clause ended (fresh-zzzzx)
    while tokens and (word := cased[tokens[-1][0] : tokens[-1][1]].lower().strip(_QUOTES + ",")) in _BEFORE_SKIP:
        pointed = pointed or word in CONNECTORS or word in ("<-", "<--", "←")
        crossed = crossed or cased[tokens[-1][0] : tokens[-1][1]].rstrip(_QUOTES).endswith((",", ";", "."))
        tokens.pop()
    if crossed and not pointed:
        return None
    # "Sunflower88 (password)": the value labelled in brackets right after it.
    if tokens and cased[tokens[-1][0] : tokens[-1][1]] in ("(", "[") and tokens[-1][1] == pos:
        label = _BRACKETED_LABEL.match(cased, pos)
        if label is None:
            return None  # "ORD-4821x (password reset link)": a phrase in brackets, no label
        pointed = True
        tokens.pop()
    if not tokens or (pointed_only and not pointed):
        return None
    token = cased[tokens[-1][0] : tokens[-1][1]]
    if token.endswith((",", ";", ".")) and not pointed:
        # "kullanıcı adım mert_1907, şifremi unuttum": the value is the clause before's;
        # "…an meine Wiederherstellungs-E-Mail. Die Zugangsdaten": the sentence before's.
        return None
    value, start, end = _clean(token, tokens[-1][0])
    if pointed and len(tokens) >= 2 and value.isdigit() and len(value) <= 4:
        # "Valencia 2019 esa es la contra": a capitalised word and a number that open the sentence
        # (fresh-zp), not "Pedido 2019"
        word, word_start, _ = _clean(cased[tokens[-2][0] : tokens[-2][1]], tokens[-2][0])
        if (
            word.istitle()
            and word.isalpha()
            and len(word) >= 3
            and not OWNER_WORD.fullmatch(word.lower())
            and ctx.sentence(word_start)[0] >= (tokens[-3][1] if len(tokens) > 2 else 0)
            and word.lower() not in STOP_VALUES | FILLERS | CONNECTORS
        ):
            value, start = cased[word_start:end], word_start
    if _value_shape(value) != "strong" or masks.covered(ctx.safe, start, end) or _ATTRIBUTE.search(value):
        return None  # (a log's 'subject="Telegram password reset"' names no value)
    if not pointed and _TURKISH_OWNER.fullmatch(value):
        return None  # "e-postanın şifresini değiştirdik": whose password it is (fresh-zza)
    if len(tokens) >= 2 and _LOGIN_FIELD.fullmatch(lower, tokens[-2][0], tokens[-2][1]):
        return None  # "al meter mi usuario ana_promos y la contraseña": the login, named as such (fresh-zzzzt)
    # Without a connector, one digit inside a word is how Arabic and Persian are
    # written in Latin letters (ab3atlak, 7esabi), not a password.
    if (
        not pointed
        and sum(ch.isdigit() for ch in value) < 2
        and value.isalnum()
        and not any(a.islower() and b.isupper() for a, b in zip(value, value[1:], strict=False))
    ):
        return None
    return start, end


_TURKISH_OWNER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+(?:n[ıiuü]n|[ıiuü]n)")
_SEPARATOR_LINE = re.compile(r"[ \t]*[-=_*~.]{2,}[ \t]*")
_BELOW_LINES = 3


# A pasted chat's "[10:43, 15/03/2024] Rafael: " or "Rafael: " before what was said.
_CHAT_ANSWER_WORDS = 5
# A pasted chat line's speaker, after an optional time in brackets: "[14:20] panel manager: …".
# (a speaker named by a name, or by an @handle: "[19:31] @panel_hilfe_team: …", fresh-zzzx)
_CHAT_SPEAKER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]?)?(@\w{3,32}|[^\W\d_][\w.'-]{0,20}(?: [^\W\d_][\w.'-]{0,20})?):[ \t]"
)
_LINE_START = re.compile(r"^", re.MULTILINE)
_ME_SPEAKERS = frozenset(
    form for word in "me i я yo eu ben aku saya أنا انا من moi ich main mai".split() for form in fold_variants(word)
)


def _value_below(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A made-up looking value alone on a line below its label (or below a question
    for it, as the answer in a pasted chat), past blank lines and separators:
    "Пароль\n\nKr!ll2024zima", "Kennwort steht unten …\n--\nSchwarzwald_Uhr9\n--",
    "Juliana: qual a senha do telegram?\nRafael: BrigadeiroDoce22"."""
    cased = ctx.cased
    line_end = cased.find("\n", pos, pos + 81)  # (bounded: a long line is read once, not per word)
    if line_end < 0:
        return None
    for _ in range(_BELOW_LINES):
        start = line_end + 1
        line_end = cased.find("\n", start)
        line_end = len(cased) if line_end < 0 else line_end
        line = cased[start:line_end]
        if not line.strip() or _SEPARATOR_LINE.fullmatch(line):
            continue
        said = _CHAT_SPEAKER.match(line)
        if said is not None:
            start, line = start + said.end(), line[said.end() :]
            # the answer may open with a few words: "Rodrigo: la de siempre, Tacos#Pastor_77"
            words = line.rstrip().rsplit(" ", 1)
            if len(words) == 2 and len(line.split()) <= _CHAT_ANSWER_WORDS:
                start, line = start + len(words[0]) + 1, words[1]
        if len(line.split()) != 1:
            return None
        value, vstart, vend = _clean(line.strip(), start + len(line) - len(line.lstrip()))
        if _value_shape(value) == "strong" and not masks.covered(ctx.safe, vstart, vend):
            return vstart, vend
        return None
    return None


_CELL_DELIMITERS = ";|\t,"
_TABLE_ROWS = 20
_EMPTY_CELLS = frozenset({"", "-", "--", "—", "n/a", "na", "none", "***", "...", "…", "?", "x"})


def _table_cells(ctx: Context, keyword: re.Match[str]) -> list[tuple[int, int]]:
    """A table pasted as text (CSV, TSV, pipes) whose header has a password column:
    the cells under it, row by row ("kanal;dienst;menge;login;passwort" then
    "t.me/baeckerei;members;3000;mueller_koeln;eichhoernchen2017")."""
    lower = ctx.lower
    line_start = ctx.line_start(keyword.start())
    line_end = lower.find("\n", keyword.end())
    if line_end < 0:
        return []
    header = lower[line_start:line_end]
    delimiter = max(_CELL_DELIMITERS, key=header.count)
    cells = header.split(delimiter)
    if len(cells) < 2 or any(len(cell.strip()) > 30 for cell in cells):
        return []
    column = next((i for i, cell in enumerate(cells) if PASSWORD_WORD.fullmatch(cell.strip())), None)
    if column is None:
        return []
    found = []
    row_start = line_end + 1
    for _ in range(_TABLE_ROWS):
        row_end = lower.find("\n", row_start)
        row_end = len(lower) if row_end < 0 else row_end
        row = ctx.cased[row_start:row_end]
        if row.count(delimiter) != len(cells) - 1:
            break
        row_cells = row.split(delimiter)
        cell_start = row_start + sum(len(cell) + 1 for cell in row_cells[:column])
        cell = row_cells[column]
        value, vstart, vend = _clean(cell.strip(), cell_start + len(cell) - len(cell.lstrip()))
        # A link in the row's first cell runs on through the delimiters: only the cell's own
        # kind counts (an address, a handle, an amount, or a link of its own).
        if (
            value.lower() not in _EMPTY_CELLS
            and _plausible(value, _value_shape(value))
            and masks.covered(ctx.safe, vstart, vend) not in ("email", "handle", "money")
            and "/" not in value
        ):
            found.append((vstart, vend))
        row_start = row_end + 1
        if row_start >= len(lower):
            break
    return found


# Past a comma, a made-up looking value is still the password word's: right after "it is"
# ("…كلمة المرور غلط، مع إني متأكد إنها Ahmad@2468"), right before a copula where the language
# puts it last ("رمزم رو عوض نکردم، همون Reza13700 هست"), or set off by commas right after the
# word ("le même mot de passe, Chouquette75!, et il m'affiche…").
_IT_IS = frozenset(
    form
    # "…asks me a cloud password, I put Kiwi2024 but it says wrong": what was typed there; "dabei ist es …"
    for word in (
        "إنها انها إنه انه هي هو همون همان c'est it's its это eto ist es put typed entered tried"
        # "…password maang raha hai, maine daala Chai_Samosa@77" (I put, fresh-zzzc)
        " daala dala daali dali puse ingrese escribi coloquei digitei tape ввел ввела vvel vvela"
    ).split()
    for form in fold_variants(word)
)
# Persian marks what was typed as the object: "رمز دو مرحله‌ای خواست، Tehran#1402 رو زدم" (fresh-zx);
# German and Turkish put the verb after it: "ich hab Schwarzwald_Uhr88 eingegeben" (fresh-zzzc).
_TYPED_OBJECT = frozenset(
    form
    for word in ("رو", "را", "eingegeben", "eingetippt", "getippt", "yazdim", "girdim")
    for form in fold_variants(word)
)
_LATER_REACH = 100
# How a sentence after the password word's opens when it gives the value: it only names it ("Es
# müsste Bremen#Hafen1899 sein"), says what was set or typed ("…помню его правильно. Вроде ставил
# Kotik!2019", fresh-zzg) or hands it over ("…prosit oblachnyj parol. Vot: 'mishka_kosolapy_15'", fresh-zzj).
_NEXT_SENTENCE_LEAD = folded(
    r"(?:es\s?(?:musste|sollte|ist|war)|it\s?(?:should|must|might)\s?be|it\s?(?:is|was)|it'?s|c'?est|ce\s?doit\s?etre"
    r"|deberia\s?ser|deveria\s?ser|это|eto|должен\s?быть|dolzhen\s?byt)\s(?:(?:probably|wohl|eigentlich|vielleicht|maybe)\s)?"
    r"|(?:vot|вот|here\sit\sis|here|aqui|voila|hier|iste|ini)\s?:\s"
    r"|(?:вроде|кажется)\sставил[аи]?\s|(?:по)?ставил[аи]?\s|(?:vrode|kazhetsya)\sstavil[ai]?\s|(?:po)?stavil[ai]?\s"
    r"|вв[её]л[аи]?\s|вводил[аи]?\s|vvel[ai]?\s|vvodil[ai]?\s"
    r"|i\s(?:think\s(?:i\s)?)?(?:set|put|typed|entered|used)\s|(?:creo\sque\s)?(?:puse|escribi)\s"
    r"|(?:acho\sque\s)?(?:coloquei|botei|digitei)\s|j'?ai\s(?:mis|tape|entre)\s|(?:saya|aku)\s(?:pasang|pakai|ketik)\s"
    # what was tried at the screen: "my password is not working. Tried Kiwi#2024x"
    r"|(?:i\s)?tried\s|(?:ya\s)?probe\s|(?:я\s)?пробовал[аи]?\s|(?:ya\s)?proboval[ai]?\s|(?:eu\s)?tentei\s|j'?ai\sessaye\s"
)


# What a made-up looking value has (a digit, a symbol, a case change): a window with none holds none.
_STRONG_HINT = re.compile(r"[\d!@#$%^&*_+=~]|[a-z][A-Z]")


def _value_later(ctx: Context, pos: int) -> tuple[int, int] | None:
    cased = ctx.cased
    if ctx.is_question(pos):
        return _handed_after_question(ctx, pos)
    if not _STRONG_HINT.search(cased, pos, pos + _LATER_REACH):
        return None
    reach = pos + _LATER_REACH
    line_end = cased.find("\n", pos, reach)
    # Up to the next password word, which reads what follows it itself ("رمز @" 20,000 times
    # read each window once, not once per word before it).
    next_word = ctx.next_start("PASSWORD", pos)
    previous = None
    for m in _TOKEN.finditer(cased, pos, reach if line_end < 0 else line_end):
        if m.start() >= next_word:
            return None
        if previous is not None and previous.group()[-1:] in ".?":
            # The sentence ended ("!" may end a password), unless the next one only names it:
            # "…ob ich es richtig eingebe. Es müsste Bremen#Hafen1899 sein".
            lead = _NEXT_SENTENCE_LEAD.match(ctx.lower, m.start()) if previous.group()[-1:] == "." else None
            return _made_up_value_at(ctx, lead.end()) if lead is not None else None
        kind, _, _, vstart, vend, shape, _, _ = _cached_token_info(ctx, m)
        if kind == "value" and shape == "strong":
            before = previous.group().lower().strip(_QUOTES + ".,;:!?") if previous else ""
            after = _word_at(cased, m.end())
            set_off = previous is not None and previous.group() == "," and previous.start() == pos
            if (
                before in _IT_IS
                or after in POST_COPULA
                or after in _TYPED_OBJECT
                or (set_off and m.group()[-1:] in ",.;")
            ):
                return vstart, vend
        previous = m
    return None


# "Here, take it", answering one's own question: "¿¿También queréis mi contraseña?? pues TOMA, Gatito_Feliz2023"
# (fresh-zzzzo), "Want my password too?! FINE, here: …".
_HANDED = folded(
    r"(?:(?:pues|so|ok|okay|bueno|well|then|tamam|oke|chalo|ну|nu|ладно|ladno)[,!]?\s)?(?:fine[,!]?\s)?"
    r"(?:toma|tomad|ahi\s?(?:va|la\s?tienes|la\s?teneis)|aqui\s?(?:la\s?)?(?:tienes|teneis)|here(?:\s?you\s?go|\s?it\s?is)?"
    r"|there\s?you\s?go|take\s?it|fine|ta\s?aqui|tenez|tiens|voila|hier|bitte\s?schon|al|alin|buyrun|на|держите|держи"
    r"|вот|derzhite|derzhi|vot|nih|ye\s?lo)[,:!.]+\s"  # (a mark after it: "al final" is no "take it")
)


_MARKS_AND_BLANKS = re.compile(r"[?!.\s]*")  # ("??", "?!" end one question)


def _handed_after_question(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A made-up value handed over right after the question that names it."""
    _, sentence_end = ctx.sentence(pos)
    lead = _HANDED.match(ctx.lower, _MARKS_AND_BLANKS.match(ctx.lower, sentence_end).end())
    return _made_up_value_at(ctx, lead.end()) if lead is not None else None


def _made_up_value_at(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The token at pos, if it is a made-up looking value and no promo code ("… didn't work. Tried SALE-50")."""
    token = _TOKEN.match(ctx.cased, pos)
    if token is None:
        return None
    kind, _, value, vstart, vend, shape, _, _ = _cached_token_info(ctx, token)
    promo = _PROMO_SHAPE.fullmatch(value.replace("-", ""))
    return (vstart, vend) if kind == "value" and shape == "strong" and not promo else None


_ATTRIBUTE = re.compile(r"\w=[\"']")
_OF_AN_ACCOUNT = folded(
    r"\s(?:de|del|da|do|of|for|von|vom|du|de\sla)\s(?:(?:mi|mis|ese|esa|este|esta|la|el|my|the|this|that|meu|minha"
    r"|o|a|mon|ma|mein|meinem|meiner|dem|der)\s)?(?:correo|cuenta|telegram|panel|email|e-mail|gmail|mail|conta|painel"
    r"|account|compte|konto)"
)


_IDENTIFIER = re.compile(r"[A-Z0-9_]+")


def _error_name(ctx: Context, m: re.Match[str]) -> bool:
    """The word inside an error's name ("SESSION_PASSWORD_NEEDED"), not a setting given a
    value ("TG_PASSWORD=…", "DB_PASSWORD: …")."""
    cased = ctx.cased
    if "_" not in cased[max(0, m.start() - 1) : m.end() + 1]:
        return False
    start = m.start()
    while start and _IDENTIFIER.fullmatch(cased[start - 1]):
        start -= 1
    name = _IDENTIFIER.match(cased, start)
    if name is None or name.end() < m.end() or not any(ch.isalpha() for ch in name.group()):
        return False
    return cased[name.end() : name.end() + 2].strip()[:1] not in ("=", ":")


def _skip_marks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " :=-\t":
        pos += 1
    return pos


_IN_BEFORE = re.compile(r"(?<![^\W_])in\s$")


_XS = re.compile(r"[xхX]{4,}")
# An address with its last groups hidden: "new login from 103.211.xx.xx" (fresh-zzzzk)
_MASKED_ADDRESS = re.compile(r"(?:\d{1,3}\.){1,3}(?:[xX*]{1,3}\.){0,2}[xX*]{1,3}")
_VARIABLE = re.compile(r"\$\{?[A-Z_][A-Z0-9_]*[A-Z_]\}?(?![\w-])|%[A-Z_][A-Z0-9_]*%")  # not "$TULIP2024"


_LENGTH_COUNT = re.compile(r"(?<!\S)\d{1,2}$")
_LENGTH_AFTER = folded(
    r"\+?\s?(?:chars?|characters?|letters|digits|символ\w*|знак\w*|simvol\w*|caracteres|caract[eè]res|zeichen|stellen"
    r"|karakter\w*|huruf|digit|حرف|حروف|کاراکتر|رقم|akshar)(?![^\W_])"
)
# A code's shape: capitals and digits, both ("7F3K9Q").
_CAPS_CODE = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{5,10}")


def password_hits(ctx: Context) -> list[Hit]:
    hits = []
    lower = ctx.lower
    lines = "\n" in lower  # (asked once: on a 100 KB line, asking per word reads the line per word)
    for m in ctx.anchors("PASSWORD"):
        if masks.covered(ctx.safe, m.start(), m.end()) in ("link", "email") or _error_name(ctx, m):
            continue
        if lower[m.start() - 1 : m.start()] in ("$", "%", "{"):
            continue  # "curl -u $USER:$PASS", "${PASSWORD}": a variable's name, filled in elsewhere
        keyword = m.group()
        if ctx.in_block(m.start(), m.end()):
            continue  # "رمز الخصم" (discount code), "رمز الموافقة" (approval code), "clave de rastreo"
        # "clave" may be a key or a tracking code, but not "la clave de ese correo".
        weak = WEAK_PASSWORD.fullmatch(keyword) is not None and not _OF_AN_ACCOUNT.match(lower, m.end())
        if weak and ctx.norm.original_of(m.start(), m.end()).lower().endswith(("é", "ée", "és", "ées")):
            continue  # "on est passé de 14 820 à 12 630": passed, not a password
        if _MASKED_VALUE.match(lower, _skip_marks(lower, m.end())):
            continue  # "pw: ******** (not pasting it obv)\nlogin: …": given masked, nothing to look for (fresh-zr)
        # "kata sandinya sunflower": -nya marks what follows as the value.
        after = _value_after(ctx, m.end(), keyword, explicit=keyword.endswith("nya"))
        kind = "password"
        if after is not None and ctx.recovery.covered(after[0], after[0] + 1):
            continue
        if after is not None and (
            _VARIABLE.match(ctx.cased, after[0])
            or ctx.cased[max(0, after[0] - 1) : after[0]] == "{"
            or _XS.fullmatch(ctx.cased, after[0], after[1])
            or _MASKED_ADDRESS.fullmatch(ctx.cased, after[0], after[1])
        ):
            # "PASSWORD=${PASSWORD}", "pass: %PASSWORD%", "{{reset_url}}": filled in elsewhere;
            # "رمزك هو: XXXXXX": a template's stand-in (fresh-zzy); a masked address
            continue
        if lines:
            hits += [_password_hit(ctx, "password", s, e, m.start()) for s, e in _table_cells(ctx, m)]
        if after is not None:
            start, end, shape, _ = after
            worded = _WORDED_CODE.match(lower, start)  # "رمز تأیید: هشت سه یک پنج دو": digits as words
            if worded is not None:
                end, shape = max(end, worded.end()), "digits"
            if shape == "other" and _SEPARATORS.sub("", lower[start:end]).isdigit():
                shape = "digits"  # "913-447": digits in groups
            if (
                shape == "strong"
                and AMBIGUOUS_PASSWORD.fullmatch(keyword)
                and _CAPS_CODE.fullmatch(ctx.cased, start, end)
            ):
                # "رمز تحقق من الإيميل، الرمز هو 7F3K9Q": capitals and digits after a code word are a code (fresh-zzg)
                sentence_start, _ = ctx.sentence(m.start())
                if ctx.find(CODE_WORD, max(0, sentence_start - 60), start) is not None:
                    shape = "digits"
            if shape == "digits":
                # (a phone number's groups may add up to more than a code's: "ist 0176 4432 9981")
                for group in (_DIGIT_GROUP.match(lower, start), _PHONE_LIKE.match(lower, start)):
                    if group is not None:
                        end = max(end, group.end())
                sentence_start, sentence_end = ctx.sentence(m.start())
                code_word = ctx.find(CODE_WORD, max(0, sentence_start - 60), m.start())
                if (
                    weak
                    or AMBIGUOUS_PASSWORD.fullmatch(keyword)
                    # "iki adımlı şifre 29101923" is the 2FA password, not a code
                    or (code_word is not None and not _two_fa_of(ctx, code_word, m))
                ) and not (
                    # a login beside it: "email budi.s@yahoo.co.id pw 987654321", "یوزر پنل: … رمز: 13571357"
                    ctx.find(_LOGIN_FIELD, sentence_start, sentence_end)
                    or any(
                        kind in ("email", "handle") for _, _, kind in ctx.safe.starting(sentence_start, sentence_end)
                    )
                    # "…şifrem 551903. Dikkat, bu SMS kodu değil, kalıcı şifre": said not to be a code (fresh-zzf)
                    or _not_a_code(ctx, end)
                ):
                    kind = "one_time_code"
            elif shape != "strong":
                if (
                    weak
                    or ctx.negated_before(m.start())
                    or _asked_about(ctx, m.start(), end)
                    or _reported(ctx, m.start())
                ):
                    # "просит пароль от двухэтапки «для проверки заказа»": someone else asks; but a made-up
                    # value after a colon further on is one ("panel pw in case you need it …: Tr0ut-lake-88"),
                    # and so are the answer on the next line of a pasted chat and a value read out
                    # ("la clave es mariposa guion bajo 45").
                    later = _value_after_colon(ctx, m.end()) or _value_below(ctx, m.end()) or _read_out(ctx, m.end())
                    if later is None:
                        continue
                    start, end = later
        else:
            before = (
                _value_before(ctx, m.start())
                or _value_after_colon(ctx, m.end())
                or _value_past_aside(ctx, m, keyword)
                or _not_this_but_that_value(ctx, m.end())
                # "Payment missing (no password needed)\nCARD-9D2M44LB": none named, so none below
                or (None if ctx.negated_before(m.start(), 12) else _value_below(ctx, m.end()))
                or (None if weak else _value_later(ctx, m.end()) or _read_out(ctx, m.end()))
            )
            if before is None:
                continue
            start, end = before
        pair = _ID_THEN_SECRET.match(ctx.cased, end)
        if pair is not None and _value_shape(_clean(pair.group(1), pair.start(1))[0]) == "strong":
            continue  # "Zugangsdaten: lena.k / Winter_2023x": the login, then its password
        if _SUFFIX.sub("", lower[start:end]) in APP_NAMES or _MASKED_VALUE.search(lower, start, end):
            # "… dans BotFather", "şifreyi WhatsApp'tan atarım" (a Turkish suffix after the name, fresh-zzzzo);
            # "un truc du genre M•••••••24": shown masked (fresh-zzk)
            continue
        # A scammer's template or message quoted: «Код: 12345, пароль: ваш_пароль» (fresh-zzb); with no link
        # to a site, a value that is not one made-up token ('"…your two-step verification password to this
        # chat within 15 minutes"', fresh-zzi).
        made_up = _value_shape(ctx.cased[start:end]) == "strong" and " " not in ctx.cased[start:end]
        if _NAMED_PLACEHOLDER.fullmatch(lower, start, end) or _in_scam_message(ctx, start, linked=made_up):
            continue
        if _LENGTH_COUNT.search(lower, start, end) and _LENGTH_AFTER.match(lower, end):
            continue  # "my panel password is like 20 chars with symbols": its length told (fresh-zzi)
        if ctx.block_named(lower[start:end]) or lower[start] == "/":
            continue  # (or the list goes on: "jangan minta password/OTP/akses", fresh-zzq)
        if ctx.find(_HINT, m.end(), start) is not None:
            # "Enter your password\nHint: dogname+year\n[ Biscuit2017! ]": the hint is no secret; a
            # made-up value right after it may be the password (fresh-zzn)
            later = _value_after(ctx, end, keyword)
            if later is None or later[2] != "strong":
                continue
            start, end = later[0], later[1]
        hits.append(_password_hit(ctx, kind, start, end, m.start()))
        if kind == "password":
            hits += [
                _password_hit(ctx, kind, s, e, m.start())
                for s, e in dict.fromkeys(_alternatives(ctx, start, end) + _retyped_values(ctx, start, end))
            ]
    hits += _new_one_hits(ctx)
    hits += _answered_hits(ctx)
    # "2FA = Sunfl0wer!": a 2FA word with ':' or '=' and a non-numeric value, or a made-up
    # looking one right after it ("verificación en dos pasos Madrid2024!!").
    for m in ctx.anchors("TWO_FA"):
        after = _value_after(ctx, m.end(), m.group(), reach=1, numbered_phrases=False, family="TWO_FA")
        if after is None:  # "my tg 2fa is set to Mango#77": a few words on, after what it was set to
            after = _value_after(ctx, m.end(), m.group(), reach=4, numbered_phrases=False, family="TWO_FA")
            if after is not None and not _SET_TO.fullmatch(ctx.lower[m.end() : after[0]].strip()):
                after = None
        between = ctx.lower[m.end() : after[0]].strip() if after is not None else ""
        if after is not None and (
            (
                after[3]
                and (
                    after[2] == "strong"
                    or after[2] in ("other", "word")
                    and not _reported(ctx, m.start())
                    # "enable Two-Step Verification in Privacy and Security": a place, not a value
                    and not _IN_BEFORE.search(ctx.lower, m.end(), after[0])
                )
            )
            # right after it, or in parentheses after it ("vérification en deux étapes (Chaton!Gris58)"),
            # or what it was changed to ("I changed my telegram 2fa to hunter_Q77!")
            or (after[2] == "strong" and (after[0] - m.end() <= 1 or between == "(" or _set_to(ctx, m, between)))
        ):
            hits.append(_password_hit(ctx, "password", after[0], after[1], m.start()))
        elif (before := _value_before(ctx, m.start(), pointed_only=True)) is not None:
            hits.append(_password_hit(ctx, "password", before[0], before[1], m.start()))
    return hits


_CHANGED = folded(r"(?<![^\W_])(?:changed|set|updated|switched|reset)(?![^\W_])")
# Between a 2FA word and its value: "(verification) (is) (now) (set) to"
_SET_TO = re.compile(r"(?:[^\W\d_]+\s)?(?:(?:is|was)\s)?(?:now\s)?(?:(?:set|changed|switched|updated)\s)?to")


def _set_to(ctx: Context, word: re.Match[str], between: str) -> bool:
    """What the 2FA was set or changed to: "I changed my telegram 2fa to hunter_Q77!",
    "I set my 2-step verification to Mango#77", "my tg 2fa is set to Mango#77"."""
    if not _SET_TO.fullmatch(between):
        return False
    sentence_start, _ = ctx.sentence(word.start())
    return _CHANGED.search(between) is not None or (
        ctx.find(_CHANGED, max(sentence_start, word.start() - 40), word.start()) is not None
    )


# A login named beside a password word: the number after it is the account's password (not
# "login" or "e-mail", which name a login code or where a code was sent as often; an address is a login).
_LOGIN_FIELD = folded(
    r"(?<![^\W_])(?:username|user|usuario|utilisateur|identifiant|nutzer|benutzer\w*|kullanici\w*"
    r"|юзер\w*|یوزر\w*|نام\s?کاربری|و?اسم\s?المستخدم|يوزر\w*)(?![^\W_])"  # ("واسم المستخدم": and the username)
)


def _two_fa_of(ctx: Context, code_word: re.Match[str], keyword: re.Match[str]) -> bool:
    """The code word is a 2FA word naming the password right after it: "iki adımlı şifre"."""
    return bool(TWO_FA_WORD.fullmatch(code_word.group())) and 0 <= keyword.start() - code_word.end() <= 3


# Starts with the words themselves so that re skips ahead to them; word ends are checked after.
_NEW_ONE = folded(
    r"nueva|nuevo|new\s?one|new\s?password|новый|новая|novyy|novaya|nova|novo|neue|neues|neu"
    r"|nouveau|nouvelle|yeni\w*|baru|nayi|naya|جدید\w*|الجديد\w*"
    r"|old|alt|alte|altes|vieja|viejo|antigua|antiguo|antiga|antigo|ancien|ancienne|старый|старая|staryy|staraya"
    r"|eski|lama|purana|purani|قدیمی|القديم\w*"
    # "password saya udah diganti, sekarang Mawar#2024": what it is now
    r"|now|sekarang|skrg|сейчас|теперь|seychas|sejchas|teper|ahora|agora|şimdi|artık|abhi|maintenant|jetzt"
    r"|الآن|الان|حالا|اکنون"
)
_NEW_ONE_REACH = 300
_NEW_ONE_LONGEST = 20  # chars of the longest word of _NEW_ONE


_ACCOUNTS = r"(?:account|cuenta|conta|compte|konto|akkaunt|аккаунт|hesap|akun|حساب|اکانت)"
_OLD_NEW = r"(?:old|new|vieja|nueva|antigua|velha|nova|antiga|ancien|nouveau|alte|neue|staryy|novyy|старый|новый|eski|yeni|lama|baru)"
_OLD_NEW_ACCOUNT = folded(rf"(?<![^\W_])(?:{_ACCOUNTS}\s{_OLD_NEW}|{_OLD_NEW}\s{_ACCOUNTS})(?![^\W_])")


def _new_one_hits(ctx: Context) -> list[Hit]:
    """ "…cambié la contraseña… La nueva que puse es Valen$2409ar": the new one
    (or the old one), named a sentence or two after the password word, with a
    made-up looking value after 'is' or ':' or right after the word; a plain
    word only right after a label's colon ("Passwort geändert (alt: alterhund, neu: NeuerHund!24)")."""
    hits = []
    lower = ctx.lower
    # Looked for only within reach after a password word (the words are short and common).
    windows: list[list[int]] = []
    # (after a 2FA word too: "I changed the telegram 2FA, it's now Wint3r!Falcon88")
    for word in sorted(ctx.anchors("PASSWORD") + ctx.anchors("TWO_FA"), key=lambda w: w.start()):
        lo, hi = word.end(), min(len(lower), word.start() + _NEW_ONE_REACH + _NEW_ONE_LONGEST)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for m in (m for lo, hi in windows for m in _NEW_ONE.finditer(lower, lo, hi)):
        before, after = lower[m.start() - 1 : m.start()], lower[m.end() : m.end() + 1]
        if before.isalnum() or before == "_" or after.isalnum() or after == "_":
            continue
        if not ctx.find(_PASSWORD_OR_TWO_FA, max(0, m.start() - _NEW_ONE_REACH), m.start()):
            continue
        if ctx.find(_OLD_NEW_ACCOUNT, ctx.sentence(m.start())[0], m.end()):
            continue  # "La cuenta vieja es miguel.ads y la nueva miguel.ads2": the accounts' names (fresh-zzzk)
        found = _value_after(ctx, m.end(), m.group(), reach=3)
        if found is None or masks.covered(ctx.safe, found[0], found[1]):
            continue
        if _CONSTANT_NAME.fullmatch(ctx.cased, found[0], found[1]):
            continue  # "… Secret-Store … Bei getParticipants kommt jetzt CHANNEL_PRIVATE (400)": an API's error
        next_to = found[0] - m.end() <= 2
        labelled = next_to and lower[m.end() : m.end() + 2].strip() in (":", "=")
        # "старый был Zaq12wsx!, новый Lebed_777": right after the word, no 'is' needed.
        if (found[2] == "strong" and (found[3] or next_to)) or (labelled and found[2] == "word"):
            hits.append(Hit("password", found[0], found[1], REASONS["password"]))
    return hits


_QUESTION_MARK_THEN = re.compile(
    r"[ \t]?([?,])[ \t]{1,2}(?:(?:here\s(?:it\s)?is|here\syou\sgo|it'?s|it\sis)[:,]?[ \t]{1,2})?(\S{6,64})",
    re.IGNORECASE,
)
_NEED_BEFORE = re.compile(r"(?<![^\W_])need(?:ed|s)?(?![^\W_])")


def _answered_hits(ctx: Context) -> list[Hit]:
    """ "my password? Sunflower88", "you need my password? it's Kiwi2024", "in case you
    need my password, Kiwi2024": the question asked and answered at once, with a made-up
    looking value right after the question mark (after a comma, when the need was said)."""
    hits = []
    for m in ctx.anchors("PASSWORD"):
        answer = _QUESTION_MARK_THEN.match(ctx.cased, m.end())
        if answer is None or (
            answer.group(1) == "," and not _NEED_BEFORE.search(ctx.lower, max(0, m.start() - 25), m.start())
        ):
            continue
        value = _made_up_value(ctx, _TOKEN.match(ctx.cased, answer.start(2), answer.end(2)))
        if value is not None:
            hits.append(Hit("password", *value, REASONS["password"]))
    return hits


def _alternatives(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Other guesses given after a password value: "Zhenya_1993!! ili prosto
    Zhenya1993", "Tulip#2024 or maybe tulip2024": after 'or' (and up to two
    softeners such as 'just', 'maybe'), a value that looks made up or shares
    five letters running with the first one."""
    cased = ctx.cased
    first = cased[start:end].lower()
    found = []
    while cased[end : end + 1] != "\n":
        tokens = list(_TOKEN.finditer(cased, _skip_blank(cased, end), min(len(cased), end + 60)))[:4]
        comma = bool(tokens) and tokens[0].group() == ","
        if comma:  # "Kiwi2024, maybe Kiwi2025", "…, or maybe …"
            tokens = tokens[1:]
        if not tokens:
            break
        set_then_comma = _SET_THEN_COMMA.match(ctx.lower, end)
        lead = set_then_comma and _OLD_ONE_WAS.match(ctx.lower, set_then_comma.end())
        if lead:  # "Naya password Gupshup@2025 rakha hai, purana tha raju12345" (fresh-zzg)
            token = _TOKEN.match(cased, lead.end())
            value, vstart, vend = _clean(token.group(), token.start()) if token else ("", 0, 0)
            if _value_shape(value) != "strong" or masks.covered(ctx.safe, vstart, vend):
                break
            found.append((vstart, vend))
            end = vend
            continue
        joined = tokens[0].group().lower().strip(",")
        if joined not in _JOIN_WORDS and joined not in _MAYBE:
            # "the passwords I tried: Kiwi2024, Kiwi2025": a list of the same value's variants, and
            # once it is a list, any made-up looking item ("…, Kiwi2025, Mango77", outside attack round 8)
            value, vstart, vend = _clean(tokens[0].group(), tokens[0].start())
            if (
                comma
                and value
                and (_shares_run(first, value.lower(), 5) or (found and _value_shape(value) == "strong"))
                and not masks.covered(ctx.safe, vstart, vend)
            ):
                found.append((vstart, vend))
                end = vend
                continue
            break
        index = 1
        while index < min(3, len(tokens)) and (
            SOFTENER.fullmatch(tokens[index].group().lower()) or tokens[index].group().lower() in _MAYBE
        ):
            index += 1
        if index >= len(tokens):
            break
        value, vstart, vend = _clean(tokens[index].group(), tokens[index].start())
        if not value or masks.covered(ctx.safe, vstart, vend):
            break
        if not (_value_shape(value) == "strong" or _shares_run(first, value.lower(), 5)):
            break
        found.append((vstart, vend))
        end = vend
    return found


# The old value named after the new one: "… rakha hai, purana tha …", ", the old one was …".
_SET_THEN_COMMA = re.compile(r"(?:\s(?:rakha|rakhi|kiya|hai|he|h))*\s?,\s")
_OLD_ONE_WAS = folded(
    r"(?:purana|pichla|pehle\swala)\s(?:(?:wala|vala)\s)?(?:tha|thi|hai)\s|(?:the\s)?old\s(?:one\s)?(?:was|is)\s"
    r"|(?:старый|прежний)\s(?:был\s)?|(?:staryj|staryy|staryi|prezhnij)\s(?:byl\s)?|(?:el\s)?(?:anterior|viejo)\s(?:era|es)\s"
    r"|(?:o\s)?(?:antigo|anterior)\s(?:era|e)\s|l'ancien\s(?:etait\s)?|(?:der\s|das\s)?alte\s(?:war|ist)\s|eskisi\s"
    r"|(?:yang\s)?lama(?:nya)?\s|قبلی\s|القديم(?:ة)?\s"
)
_MAYBE = frozenset(
    form
    for word in "maybe perhaps probably mozhet vrode может вроде quizas talvez peut-etre vielleicht belki mungkin shayad".split()
    for form in fold_variants(word)
)


_RETYPED_REACH = 60
_LOGIN_LABEL = folded(r"(?<![^\W_])(?:login|логин|e-?mail|почта|akun|hesap|كاربر|ایمیل)\s?[:=]?\s?$")
# A value that only names itself: "your_password", "ваш_пароль", "<tu-contraseña>".
_NAMED_PLACEHOLDER = folded(
    r"[<\[{]?(?:your|my|ваш|мой|vash|tu|su|votre|ton|seu|sua|dein|ihr|sizin|anda)[_-]?"
    r"(?:password|pass|pwd|пароль|parol|contrasena|clave|senha|mot[_-]de[_-]passe|passwort|sifre|sandi)[>\]}]?"
)


def _retyped_values(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The value typed again, corrected, a few words on: "Rahul@123 nahi Rahul@1234 hai", "vesna2023!!
    — ой нет, не тот, правильный vesna2024!!" (fresh-zzb): a made-up looking word on the same line that
    shares five letters running with the first. "Remove it" must take the right one too."""
    cased = ctx.cased
    first = cased[start:end].lower()
    spelled = _SEPARATORS.sub("", first)  # "p-a-p-i-l-l-o-n-5-6 , donc papillon56": spelled out, then whole
    line_end = cased.find("\n", end, end + _RETYPED_REACH)
    found = []
    for token in _TOKEN.finditer(cased, end, line_end if line_end >= 0 else min(len(cased), end + _RETYPED_REACH)):
        value, vstart, vend = _clean(token.group().rstrip(".,;"), token.start())
        if (
            value.lower() != first
            and _value_shape(value) == "strong"
            # (as long, give or take two: "Kiwi2024 … my shop Kiwi2024shop" names something else)
            and min(abs(len(value) - len(first)), abs(len(value) - len(spelled))) <= 2
            and (_shares_run(first, value.lower(), 5) or _shares_run(spelled, value.lower(), 5))
            and not masks.covered(ctx.safe, vstart, vend)
            # "qwerty_vasya88 login vasya88": the login, named as one
            and ctx.find(_LOGIN_FIELD, max(end, vstart - 12), vstart) is None
            and _LOGIN_LABEL.search(ctx.lower, max(end, vstart - 12), vstart) is None
        ):
            found.append((vstart, vend))
    return found


# "bukan Mawar2022 tp Mawar2023", "nicht Schwarzwald88 sondern Schwarzwald89": not this, but that.
_NOT_BUT_WORDS = folded(
    r"(?<![^\W_])(?:not|no|ne|не|nicht|pas|degil|bukan|nahi|نه|لا)\s(\S{4,40}?),?\s"
    r"(?:a|а|but|sino|mas|mais|sondern|ama|tapi|tp|balki|بل|بلکه)\s"
)


def _not_this_but_that_value(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The first of two values in "not X but Y" in the password word's sentence; the second
    is found as X typed again."""
    _, sentence_end = ctx.sentence(pos)
    m = ctx.find(_NOT_BUT_WORDS, pos, min(sentence_end, pos + _LATE_COLON_REACH))
    if m is None:
        return None
    value, vstart, vend = _clean(ctx.cased[m.start(1) : m.end(1)], m.start(1))
    if _value_shape(value) != "strong" or masks.covered(ctx.safe, vstart, vend):
        return None
    return (vstart, vend) if _retyped_values(ctx, vstart, vend) else None


def _shares_run(a: str, b: str, size: int) -> bool:
    return any(b[i : i + size] in a for i in range(len(b) - size + 1))


_LATE_COLON_REACH = 100
# ", é Caju🥭2023": a comma and 'is' open a value as a colon does.
# (", que es Perrito_Luna07": "which is" too, fresh-zzc)
_LATE_COPULA = folded(
    r",\s?(?:(?:que|which|qui|yang|jo)\s)?(?:is|it's|it\sis|es|e|ist|est|c'est|hai|adalah|это|eto|است|هست|هو|هي)\s"
)


def _value_after_colon(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A made-up looking value after a colon (or a comma and 'is') further on in
    the password word's sentence: "…la contraseña de la verificación en dos
    pasos…, la puse ahí: Tortuga.Azul77", "2-step password chahiye, to le lo:
    Chhotu@9871", "minha senha tem emoji mesmo, é Caju🥭2023". Not after a label
    of its own ("error:", "order:", "e-mail:") or another password word."""
    lower, cased = ctx.lower, ctx.cased
    _, sentence_end = ctx.sentence(pos)
    reach = min(sentence_end, pos + _LATE_COLON_REACH)
    label_end = lower.find(":", pos, reach)  # the mark's start; the value comes after it
    value_from = label_end + 1
    copula = _LATE_COPULA.search(lower, pos, reach)
    if copula is not None and (label_end < 0 or copula.start() < label_end):
        label_end, value_from = copula.start(), copula.end()
    token = _TOKEN.match(cased, _skip_blank(cased, value_from)) if label_end >= 0 else None
    if token is None:
        return None
    value, start, end = _clean(token.group(), token.start())
    if _value_shape(value) != "strong" or masks.covered(ctx.safe, start, end) or _in_command(ctx, value.lower(), end):
        return None
    label = _last(_TOKEN.finditer(lower, max(pos, label_end - 30), label_end))
    word = label.group().strip(_QUOTES + ".,") if label else ""
    if (
        OWNER_WORD.fullmatch(word)
        or NOT_A_VALUE.fullmatch(word)
        or _ASKING_LABEL.fullmatch(word)  # "…paylaşmam, sadece soruyorum: havale/EFT ile…" (fresh-zzzf)
        or ctx.in_block(label_end - len(word), label_end)
        or ctx.find(PASSWORD_WORD, pos, label_end)
    ):
        return None
    return start, end


_ASKING_LABEL = folded(
    r"soruyorum|sorum|nanya|tanya|asking|question|pregunta|pregunto|pergunta|pergunto|frage|вопрос|vopros|sawal|سوال|سؤال"
)


_ASIDE_REACH = 48  # from the password word to the "(" of a story told in brackets
_ASIDE_LENGTH = 400
_RELATIVE = folded(
    r"\s?(?:que|qui|which|that|jo|yang|die|der|das|که|اللي|التي|الذي|который|которая|kotoryy|kotoraya)(?![^\W_])"
)


def _value_past_aside(ctx: Context, word: re.Match[str], keyword: str) -> tuple[int, int] | None:
    """The value after a story in brackets: "le mot de passe de la validation en deux étapes (c'est
    mon beau-père qui l'avait mis …, il a fini par me le dicter) : papillon56" (fresh-zzb)."""
    lower = ctx.lower
    opened = lower.find("(", word.end(), word.end() + _ASIDE_REACH)
    if opened < 0 or any(ch in lower[word.end() : opened] for ch in ".!?\n"):
        return None
    closed = lower.find(")", opened, opened + _ASIDE_LENGTH)
    if closed < 0 or "(" in lower[opened + 1 : closed] or "\n" in lower[opened:closed]:
        return None
    # ("…) que es toby tobias 88", "…) jo hai DL3C7788sunita": the aside's "which is")
    relative = _RELATIVE.match(lower, closed + 1)
    after = _value_after(ctx, relative.end() if relative else closed + 1, keyword, reach=2)
    if (
        after is None
        or _asked_about(ctx, word.start(), after[1])
        or not (after[2] == "strong" or after[3] and not ctx.negated_before(word.start()))
    ):
        return None
    return after[0], after[1]


_NOT_A_CODE_REACH = 80


def _not_a_code(ctx: Context, pos: int) -> bool:
    """A code word denied just after a value: "bu SMS kodu değil", "OTP nahi hai", "ojo que no es
    el código de SMS"."""
    if not ctx._one_pass(_NOT_A_CODE_MARK)[0]:
        return False  # (no denial anywhere in the text: 100 KB of "48-213 رمز" asks once, not per number)
    for word in ctx.find_all(CODE_WORD, pos, min(len(ctx.lower), pos + _NOT_A_CODE_REACH)):
        # (not "Do not give this code to anyone": a code's own warning)
        if _NOT_A_BEFORE.search(ctx.lower, max(pos, word.start() - 16), word.start()) or _NOT_AFTER.match(
            ctx.lower, word.end()
        ):
            return True
    return False


_CODE_DENIED = r"not|no\s?es|nao\s?e|n'est\s?pas|ist\s?kein|это\s?не|eto\s?ne"
_CODE_DENIED_AFTER = r"degil|nahi|nahin|nhi"
_NOT_AFTER = folded(rf"\s(?:{_CODE_DENIED_AFTER})(?![^\W_])")
_NOT_A_BEFORE = folded(
    rf"(?<![^\W_])(?:{_CODE_DENIED})\s(?:(?:a|an|the|el|la|un|une|o|um|uma)\s)?"
    r"(?:sms\s|otp\s)?$"
)
_NOT_A_CODE_MARK = folded(rf"(?<![^\W_])(?:{_CODE_DENIED}|{_CODE_DENIED_AFTER})(?![^\W_])")


def _asked_about(ctx: Context, keyword_start: int, value_end: int) -> bool:
    """The value is in a question ("is the password ok?"), not a statement
    followed by a question of its own ("the password is "Gartenzwerg", is
    that too weak?"): the sentence ends in '?' with no comma or dash after the value."""
    _, sentence_end = ctx.sentence(keyword_start)
    if ctx.lower[sentence_end - 1 : sentence_end] != "?":
        return False
    return _CLAUSE_BREAK.search(ctx.lower, value_end, sentence_end) is None


_CLAUSE_BREAK = re.compile(r",|\s[-–—]\s")  # "senha: X — pode ser isso?": the question is a clause of its own


def _broken_by_paste(ctx: Context, start: int, end: int) -> int:
    """Where a password ends that a paste broke over two lines: a plain word, then a
    made-up looking one alone at the start of the next line ("kata sandi: Kucing\nOren_2021
    (ada enter nya…)"); "Kucing\nOrder 48213 is late", a table's next row and a value
    that is made up already ("Wolke7-Sonne!\n…") stay as they are."""
    cased = ctx.cased
    if cased[end : end + 1] != "\n" or _value_shape(cased[start:end]) == "strong":
        return end
    token = _TOKEN.match(cased, end + 1)
    if token is None or any(ch in token.group() for ch in _CELL_DELIMITERS) or masks.covered(ctx.safe, *token.span()):
        return end
    value, _, value_end = _clean(token.group(), token.start())
    rest = cased[token.end() : token.end() + 2]
    if _value_shape(value) == "strong" and (rest[:1] in ("", "\n") or rest in (" (", " -")):
        return value_end
    return end


def _password_hit(ctx: Context, kind: str, start: int, end: int, keyword_start: int) -> Hit:
    if kind == "password":
        end = _broken_by_paste(ctx, start, end)
    if kind == "one_time_code":
        return Hit(kind, start, end, REASONS[kind], _reset_code(ctx, keyword_start))
    if kind == "password":
        sentence_start, _ = ctx.sentence(keyword_start)
        context = ctx.find(RECOVERY_CONTEXT, max(0, min(sentence_start, keyword_start - 200)), keyword_start)
        if (
            context is not None
            and "mail" in ctx.lower[context.start() : keyword_start]
            or (context is not None and _mentions_email(ctx, context.start(), keyword_start))
        ):
            return Hit("recovery", start, end, "Looks like the password of a recovery e-mail.", ("password",))
    return Hit(kind, start, end, REASONS[kind])


def _reset_code(ctx: Context, position: int) -> tuple[str, ...]:
    """("recovery",) for a code that resets an account: a reset or a recovery e-mail named in its
    sentence, or the code named a reset code a few sentences before ("… kurtarma e-postama bir
    sıfırlama kodu gönderdi. … Kod bu: RST-58204", fresh-zzzi)."""
    sentence_start, sentence_end = ctx.sentence(position)
    reset = ctx.find(RECOVERY_CONTEXT, sentence_start - 40, min(len(ctx.lower), sentence_end + 1))
    if reset is None:
        reset = ctx.find(_RESET_CODE_NAMED, position - _RESET_CODE_REACH, position)
    return ("recovery",) if reset is not None else ()


_RESET_CODE_NAMED = word_pattern("RECOVERY")
_RESET_CODE_REACH = 250


def _mentions_email(ctx: Context, start: int, end: int) -> bool:
    return any(kind == "email" and s < end and e > start for s, e, kind in ctx.safe)


# ------------------------------------------------------------ login codes


def _code_words(ctx: Context) -> list[re.Match[str]]:
    lower = ctx.lower
    words = sorted(ctx.anchors("CODE") + ctx.anchors("TWO_FA"), key=lambda m: m.start())
    if not words:
        return []
    kept = []
    all_blocks = ctx.code_blocks()
    block_starts = [b[0] for b in all_blocks]
    for m in words:
        if kept and m.start() < kept[-1].end():
            continue
        blocks = all_blocks[
            bisect.bisect_left(block_starts, m.start() - 40) : bisect.bisect_left(block_starts, m.end() + 40)
        ]
        if any(
            s <= m.start()
            and m.end() <= e
            or 0 <= m.start() - e <= 12
            and not any(ch.isdigit() for ch in lower[e : m.start()])
            or 0 <= s - m.end() <= 3
            for s, e in blocks
        ):
            continue
        kept.append(m)
    return kept


# A key emoji before the digits: "🔑 72 05 93" is how a code is pasted from a phone's notification.
_KEYED_CODE = re.compile(r"[\U0001f511\U0001f510\U0001f5dd]\ufe0f?[ \t]{0,2}(\d(?:[ .-]?\d){3,9})(?!\d)")


def code_hits(ctx: Context) -> list[Hit]:
    lower = ctx.lower
    if not _DIGIT.search(lower):
        return []
    keyed = [Hit("one_time_code", *m.span(1), REASONS["one_time_code"]) for m in _KEYED_CODE.finditer(lower)]
    code_words = _code_words(ctx)
    if not code_words:
        return keyed
    word_ends = [m.end() for m in code_words]
    word_starts = [m.start() for m in code_words]
    hits = []
    candidates = list(_DIGIT_GROUP.finditer(lower))
    if "\n" in lower:
        candidates += [m for m in _LINE_SPLIT_CODE.finditer(lower) if 5 <= sum(map(str.isdigit, m.group())) <= 6]
    # Letters and digits in capitals near a code word: "doğrulama kodu K7P2QX",
    # "le code reçu par mail c'est 4F7-K2Q"; judged by the same context as numbers.
    cased = ctx.cased
    last = 0
    for word in code_words:
        lo, hi = max(last, word.start() - _RIGHT), min(len(cased), word.end() + _ALNUM_REACH)
        last = max(last, hi)
        if lo >= hi or not _UPPER_ALNUM_NEAR.search(cased, lo, hi):
            continue
        candidates += _LETTER_CODE.finditer(cased, lo, hi)  # "G-482913", as Google writes its codes
        for value in _ALNUM_CANDIDATE.finditer(cased, lo, hi):
            plain = value.group().replace("-", "")
            if (
                4 <= len(plain) <= 10
                and sum(ch.isdigit() for ch in plain) >= 2
                and sum(ch.isalpha() for ch in plain) >= 2
                and plain.upper() == plain
                and not _PROMO_SHAPE.fullmatch(plain)
                and "XX" not in plain  # "+91 98XXX XX410": a masked phone number
                # ("YAZ20" beside "indirim kodu", "55OFF" beside "promo code")
                and not (ctx.code_blocks() and _SHORT_PROMO_SHAPE.fullmatch(plain))
            ):
                candidates.append(value)
    candidates.sort(key=lambda c: c.start())
    # A ticket that names order or tracking codes ("код заказа", "código de pedido", "código de
    # seguimiento") calls its orders' codes "code" (fresh-zzd, fresh-zzg).
    order_codes = any(_ORDER_NAMED.search(lower, s, e) for s, e in ctx.code_blocks())
    for cand in candidates:
        # Only numbers with a code word in reach (checked first: it is cheap).
        near = bisect.bisect_left(word_ends, cand.start() - _LEFT)
        if near == len(word_ends) or word_starts[near] >= cand.end() + _RIGHT:
            continue
        digits = sum(ch.isdigit() for ch in cand.group())
        if _THOUSANDS.fullmatch(cand.group()):
            continue
        plain = "".join(_SEPARATORS.sub("", cand.group()).split())
        if not 4 <= len(plain) <= 10:
            continue  # "8.4.1.0.7.3" is six digits, whatever the separator
        if _example_code(plain) or _SENDER_BEFORE.search(lower, max(0, cand.start() - 8), cand.start()):
            continue
        if _in_long_spaced_number(lower, cand.start(), cand.end()) or _in_masked_number(
            lower, cand.start(), cand.end()
        ):
            continue
        if digits == len(plain) and not 4 <= digits <= 8:
            continue
        if masks.covered(ctx.safe, cand.start(), cand.end()):
            continue
        if ctx.recovery.covered(cand.start(), cand.end()):
            continue
        if _in_id_column(ctx, cand.start(), cand.end()):
            continue  # "241010 - t.me/… - canceled\n241011 - t.me/… - canceled": a column of order IDs
        if _LOG_ID.match(lower, max(0, cand.start() - 2)) or (
            lower[cand.end() : cand.end() + 1] == ":" and not cand.group().isdigit()
        ):
            continue  # a log line's process ID ("postfix/local[2231]") or queue ID ("4F1A2C:")
        if _in_number_list(lower, cand.start(), cand.end()) and not _CODES_LISTED.search(
            lower, max(0, cand.start() - _CODES_LISTED_REACH), cand.start()
        ):
            continue
        verdict = _number_context(ctx, cand.start(), cand.end(), word_starts, word_ends)
        if verdict != "code" or _named_elsewhere(ctx, cand.group()) or _sibling_of_an_owned_number(ctx, plain):
            continue
        if _TIME_RANGE.fullmatch(cand.group()):
            continue  # "kirim ulang 4x (jam 13.05–13.30)": from when to when (fresh-zzze)
        if _year_after_question(ctx, cand, word_starts):
            continue
        sentence_start, sentence_end = ctx.sentence(cand.start())
        if ctx.find(_SHOPS_CHANNEL, sentence_start, sentence_end) is not None:
            continue  # "code 918273 that your channel posted says expired": a promo code
        if ctx.find(PASSWORD_WORD, max(0, cand.start() - 60), cand.start()) and _not_a_code(ctx, cand.end()):
            continue  # "2 step verification password 998877 hai, … OTP nahi hai": a password said not to be a code
        if not cand.group().isdigit() and _ERROR_SIGN.search(
            lower, max(sentence_start, cand.start() - 40), cand.start()
        ):
            continue  # "Zahlungsfehler, Code SU-403", "Erreur de paiement, code PP-210": an error's code (fresh-zzw)
        if _ERROR_NAME_BEFORE.search(ctx.cased, max(sentence_start, cand.start() - 40), cand.start()):
            continue  # "Fehler „PAYMENT_FAILED – Code 2004“", "QRIS_EXPIRED - kode 4031": the error's number (fresh-zzzf)
        if order_codes and ctx.find(LOGIN_CONTEXT, sentence_start, sentence_end) is None:
            continue  # 'the bot asks for the "order code". Code 731904.': in such a ticket a code is an order's
        if _in_scam_message(ctx, cand.start()):
            continue
        hits.append(
            Hit("one_time_code", cand.start(), cand.end(), REASONS["one_time_code"], _reset_code(ctx, cand.start()))
        )
    return keyed + hits + _corrected_codes(ctx, hits) + _not_this_but_that(ctx, code_words)


def _example_code(plain: str) -> bool:
    """A scam message's or a guide's example, not a code Telegram sends: "reply like this: 12345",
    "000000"; or who sends the codes ("777000'den gelen mesaj", "sms ot 42777")."""
    return plain.isdigit() and (
        len(set(plain)) == 1 or plain in "0123456789" or plain in "9876543210" or plain in _CODE_SENDERS
    )


_CODE_SENDERS = frozenset(("777000", "42777"))  # Telegram's service account, its SMS sender


# "sms ot 42777", "a message from 42777": who sent the code, not the code.
_SENDER_BEFORE = folded(r"(?<![^\W_])(?:from|ot|от|von|dari|desde|از)\s$")


def _in_masked_number(lower: str, start: int, end: int) -> bool:
    """The shown part of a number masked in groups in the same word: "CPF ***.482.117-**" (fresh-zzh),
    not a bold "**48213**"."""
    if lower.find("**", max(0, start - _MASKED_REACH), end + _MASKED_REACH) < 0:
        return False  # (the cheap test first: most numbers have no stars near)
    if _MASKED_BEFORE.search(lower, max(0, start - _MASKED_REACH), start):
        return True  # "kod otpravlen na +7 9** *** 08 61": a phone number's last groups (fresh-zzzg)
    word_start = max(lower.rfind(" ", 0, start), lower.rfind("\n", 0, start)) + 1
    word_end = min((i for i in (lower.find(" ", end), lower.find("\n", end)) if i >= 0), default=len(lower))
    return _MASKED_GROUP.search(lower, word_start, word_end) is not None


_MASKED_GROUP = re.compile(r"\*{2,}[.-]\d|\d[.-]\*{2,}")
_MASKED_BEFORE = re.compile(r"\d\*{2,}[ *]*[ ]$")
_MASKED_REACH = 24


def _in_long_spaced_number(lower: str, start: int, end: int) -> bool:
    """Part of a card or account number written in groups ("virtual account BCA 8808 1234 5678 9012")."""
    lo, hi = start, end
    while lo > 1 and lower[lo - 1] == " " and lower[lo - 2].isdigit():
        lo -= 2
        while lo > 0 and lower[lo - 1].isdigit():
            lo -= 1
    while hi + 1 < len(lower) and lower[hi] == " " and lower[hi + 1].isdigit():
        hi += 2
        while hi < len(lower) and lower[hi].isdigit():
            hi += 1
    return (lo, hi) != (start, end) and sum(ch.isdigit() for ch in lower[lo:hi]) > 10


# "kod ne 40518 a 40581", "the code is not 48231 but 48213": a typo corrected, both are the code.
_NOT_BUT = folded(
    r"(?:is\s|es\s|e\s|est\s|ist\s)?(?:not|no|ne|не|nicht|pas|degil|bukan|nahi|نه|لا)\s(?:es\s|e\s)?(\d[\d .-]{3,11}\d)"
    r"\s?,?\s(?:a|а|but|sino|mas|mais|sondern|ama|tapi|balki|بل|بلکه)\s(\d[\d .-]{3,11}\d)(?!\d)"
)
_NOT_BUT_REACH = 12


def _not_this_but_that(ctx: Context, code_words: list[re.Match[str]]) -> list[Hit]:
    found = []
    for word in code_words:
        m = _NOT_BUT.search(ctx.lower, word.end(), word.end() + _NOT_BUT_REACH + 40)
        if m is not None and m.start() - word.end() <= _NOT_BUT_REACH:
            found += [Hit("one_time_code", *m.span(group), REASONS["one_time_code"]) for group in (1, 2)]
    return found


_LINE_START_NUMBER = re.compile(r"(?m)^[ \t]*#?(\d{4,10})(?![\d\w])")


def _in_id_column(ctx: Context, start: int, end: int) -> bool:
    """The number starts its line and at least two other lines start with a number as long."""
    if ctx.id_columns is None:
        ctx.id_columns = collections.Counter(len(m.group(1)) for m in _LINE_START_NUMBER.finditer(ctx.lower))
    if ctx.id_columns[end - start] < 3:
        return False  # (first: finding the line's start is a search back to the text's start on one long line)
    line_start = ctx.line_start(start)
    return ctx.lower[line_start:start].strip(" \t#") == ""


# "Your", said to the shop or to support.
_YOUR = r"your|su|tu|vuestro|seu|vosso|votre|vos|eure[mnrs]?|ihre[mnrs]?|вашего|вашем|ваш|vashego|vashem"
# The shop's own channel or post, where promo codes are published: "the code 557201 from your channel".
_SHOPS_CHANNEL = folded(
    rf"(?<![^\W_])(?:{_YOUR})"
    r"\s?(?:own\s|telegram\s)?(?:channel|canal|chaine|kanal|канал\w*|kanal\w*|post|пост\w*)(?![^\W_])"
    r"|canal\s?de\s?voces|kanaliniz\w*|(?:channel|kanal)\s?(?:kalian|anda|kakak|lo|lu)(?![^\W_])"
    r"|(?:aapke|aapka|apke|tumhare)\s?(?:channel|post)|(?:ب|في\s?)?قناتكم|کانال\w*تون|کانال\s?شما"
)
_COUNT_IN_BRACKETS = re.compile(r" ?\((?:\d[\d.,]*\s?(?:k\s?)?)?")
_ORDER_NAMED = folded(
    r"order|заказ|zakaz|pedido|commande|bestell|siparis|سفارش|طلب|pesanan"
    r"|track|seguimiento|rastre|suivi|sendung|takip|отслеживан|otslezhivan"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_NEXT = re.compile(r" [^\W\d_]")


def _year_after_question(ctx: Context, cand: re.Match[str], word_starts: list[int]) -> bool:
    """ "Do you need my backup codes? 2024 was a hard year.": a year opening the
    sentence after a question about codes is not the code asked about."""
    if not (_YEAR.fullmatch(cand.group()) and _WORD_NEXT.match(ctx.lower, cand.end())):
        return False
    before = bisect.bisect_left(word_starts, cand.start()) - 1
    if before < 0:
        return False
    _, question_end = ctx.sentence(word_starts[before])
    return question_end <= cand.start() and ctx.is_question(word_starts[before])


def _named_elsewhere(ctx: Context, value: str) -> bool:
    """The same number is called an error, promo or order code, or an order's
    number, elsewhere in the text: '{"error": …, "code": 4012}' and then "what does
    error code 4012 mean?"."""
    lower = ctx.lower
    if ctx.named is None:
        ctx.named = {m.group(1) or m.group(2): True for m in _JSON_ERROR_CODE.finditer(lower)}
    named = ctx.named.get(value)
    if named is None and ctx.block_named(value):
        named = ctx.named[value] = True
    if named is None:
        if len(ctx.named) > _NAMED_SEARCHES and not ctx.number_starts:
            # Many numbers asked about (100 KB of "code N"): index them all once.
            for m in _DIGIT_GROUP.finditer(lower):
                ctx.number_starts.setdefault(m.group(), []).append(m.start())
        if ctx.number_starts:
            starts = ctx.number_starts.get(value, ())
        else:
            starts = [m.start() for m in re.finditer(re.escape(value), lower)]
        named = ctx.named[value] = any(
            _owned_at(ctx, at) or _numbered_after_owner(ctx, at) or _put_right_after_owned(ctx, at) for at in starts
        )
    return named


# An API's error answer: '{"error":"E_ORDER_LIMIT","code":1021}' (either key first, fresh-zx).
_JSON_ERROR_CODE = re.compile(
    r'(?:"(?:error|err|errors)"\s?:[^{}]{0,120}?"(?:error_?)?code"\s?:\s?"?(\d{3,8})'
    r'|"(?:error_?)?code"\s?:\s?"?(\d{3,8})"?\s?,[^{}]{0,120}?"(?:error|err|errors)"\s?:)'
)


def _sibling_of_an_owned_number(ctx: Context, plain: str) -> bool:
    """A long number that differs from an owned one only in its last two digits is owned too: "Os
    pedidos 4410021, 4410022 e 4410030 … e o 4410031 com "código 12"" (fresh-zzze)."""
    if len(plain) < _SIBLING_DIGITS or not plain.isdigit():
        return False
    if ctx.owned_stems is None:
        ctx.owned_stems = {
            m.group()[:-2]
            for m in _DIGIT_GROUP.finditer(ctx.lower)
            if len(m.group()) >= _SIBLING_DIGITS and m.group().isdigit() and _owned_at(ctx, m.start())
        }
    return plain[:-2] in ctx.owned_stems


_SIBLING_DIGITS = 6
# "ce n'est pas la commande 48213 mais 48231", "not order 48213 but 48231": the number put right is the order's too
_BUT_BEFORE = folded(
    r"(?<![^\W_])(?:but|mais|sino|pero|mas|aber|sondern|а|a|ama|tapi|melainkan|balki|بل|بلکه|ولی)\s"
    r"(?:(?:la|le|el|the|o|die|der|das)\s)?$"
)
_NUMBER_BEFORE = re.compile(r"(\d[\d.,]*)[ \t]?[,;]?[ \t]?$")


def _put_right_after_owned(ctx: Context, start: int) -> bool:
    """The number at `start` follows "but" after an owned number: it corrects that number."""
    but = _BUT_BEFORE.search(ctx.lower, max(0, start - 16), start)
    before = _NUMBER_BEFORE.search(ctx.lower, max(0, but.start() - 24), but.start()) if but is not None else None
    return before is not None and _owned_at(ctx, before.start(1))


_TIME_RANGE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\s?[-–—]\s?(?:[01]?\d|2[0-3])[.:][0-5]\d")
# An error's name, then its number: "PAYMENT_FAILED – Code 2004", "QRIS_EXPIRED - kode 4031".
_ERROR_NAME_BEFORE = re.compile(
    r"[A-Z]{2,}(?:_[A-Z0-9]+)+\s?[-–—:]\s?(?i:code(?:\sd'erreur)?|kode|kod|c[oó]digo|код)?\s?:?\s?$"
)


def _numbered_after_owner(ctx: Context, at: int) -> bool:
    """A '#' number an owner word names shortly before: "my order numbers are #48213-A" (fresh-zp)."""
    return ctx.lower[at - 1 : at] == "#" and bool(ctx.owners(max(0, at - 40), at))


_NAMED_SEARCHES = 20


def _owned_at(ctx: Context, at: int, gap: str = " :#№.-()") -> bool:
    """An owner word right before the number at `at`, only `gap` chars between ("شماره سفارشم (۵۸۰۵۵)")."""
    owner = _last(ctx.owners(at - 30, at))
    return (
        owner is not None
        and ctx.lower[owner.end() : at].strip(gap) == ""
        and not (_DEVICE.fullmatch(owner.group()) and _a_place(ctx, owner))
    )


# "کد ۴ ۹ ۲ ۰ ۶ هست نه ۴۹۶۰۲", "the code is 48213, not 48231": the number corrected away
# is a code too (one typo off the real one).
_NOT_THIS = folded(
    r"\s?,?\s?(?:(?:is|هست|است)\s)?(?:not|no|не|ne|nicht|pas|نه|degil|nahi|bukan|لا)\s(\d[\d .-]{3,11}\d)(?!\d)"
)


def _corrected_codes(ctx: Context, hits: list[Hit]) -> list[Hit]:
    found = []
    for hit in hits:
        m = _NOT_THIS.match(ctx.lower, hit.end)
        if m is not None and 4 <= sum(ch.isdigit() for ch in m.group(1)) <= 8:
            found.append(Hit("one_time_code", m.start(1), m.end(1), REASONS["one_time_code"]))
    return found


# "code is 3-8-2-0-6 wait no, 38260", "kode 39401 eh salah, 39410 yg bener": a code typed
# again, corrected, a few words on; the same digits, or all but two in place.
_DIGITS_IN_GROUPS = r"\d(?:[ .-]?\d){3,7}"  # "48213", "418 207", "4-8-2-1-3"
_RETYPED = re.compile(r"[^\n\d]{1,40}?(?<![\w-])(" + _DIGITS_IN_GROUPS + r")(?![\w-])")


def _retyped_codes(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """(an api_id too: "api id 2 8 1 5 0 4 7 eh maksudnya 2815047", fresh-zzzzzd)"""
    found = []
    codes = {(hit.start, hit.end) for hit in hits if hit.kind in _RETYPED_KINDS}
    for hit in hits:
        if hit.kind not in _RETYPED_KINDS or not _DIGITS_ONLY.fullmatch(ctx.lower, hit.start, hit.end):
            continue
        m = _RETYPED.match(ctx.lower, hit.end)
        if m is None or m.span(1) in codes or _owned_at(ctx, m.start(1), gap=" :#№.-"):
            continue  # found already, or "code 48213 and order 48231": the order's
        first = [ch for ch in ctx.lower[hit.start : hit.end] if ch.isdigit()]
        again = [ch for ch in m.group(1) if ch.isdigit()]
        if len(first) == len(again) and (
            sorted(first) == sorted(again) or sum(a != b for a, b in zip(first, again, strict=True)) <= 2
        ):
            found.append(Hit(hit.kind, m.start(1), m.end(1), hit.reason))
    return found


_RETYPED_KINDS = frozenset(("one_time_code", "session"))
_DIGITS_ONLY = re.compile(_DIGITS_IN_GROUPS)


# "Login code: 51827 … wait no thats the first one, it sent another one … 60394", "gelen kod 418 207 yok
# pardon …, yenisi 736 915": after the first code and a word that puts it right, the next number of as
# many digits is the code sent again (fresh-zzzzu).
_RESENT_REACH = 200  # from the first code to the word that puts it right
_RESENT_VALUE_REACH = 80  # from that word to the number
_DIGIT_RUN = re.compile(r"(?<![\w-])" + _DIGITS_IN_GROUPS + r"(?![\w-])")


def _resent_codes(ctx: Context, hits: list[Hit]) -> list[Hit]:
    found = []
    codes = {(hit.start, hit.end) for hit in hits if "one_time_code" in (hit.kind, *hit.also)}
    for hit in hits:
        if "one_time_code" not in (hit.kind, *hit.also):
            continue
        marker = ctx.find(RESENT, hit.end, hit.end + _RESENT_REACH)
        if marker is None:
            continue
        digits = sum(ch.isdigit() for ch in ctx.lower[hit.start : hit.end])
        for m in _DIGIT_RUN.finditer(ctx.lower, marker.end(), marker.end() + _RESENT_VALUE_REACH):
            if (
                m.span() in codes
                or sum(ch.isdigit() for ch in m.group()) != digits
                or masks.covered(ctx.safe, m.start(), m.end())
                or _owned_at(ctx, m.start())
                or ctx.in_block(m.start(), m.end())
            ):
                continue
            found.append(Hit(hit.kind, m.start(), m.end(), hit.reason, hit.also))  # (a 2FA-reset code again)
            codes.add(m.span())
            break
    return found


# What joins the items of a list: "orders 55019 and 55020", "a token, a password or a code".
LIST_JOINS = r",|/|and|или|и|i|y|e|ve|dan|aur|et|und|و|o|or|ou|oder|veya|atau|ya"
_LIST_JOIN = folded(rf"\s?(?:&|{LIST_JOINS})\s?")
_NUMBER_NEAR = re.compile(r"\d{4,}")


# A list of numbers is of codes when the plural says so just before it: "login codes: 58213 /
# 77412", "I got two codes, 58213 and 77412" (outside attack round 8).
_CODES_LISTED = folded(r"(?<![^\W_])(?:codes|codigos|коды|kody|kodlar|otps)(?![^\W_])[^.\n]{0,24}$")
_CODES_LISTED_REACH = 40


def _in_number_list(lower: str, start: int, end: int) -> bool:
    """'orders 55019 and 55020', '48811, 48812': one of several numbers."""
    for m in _NUMBER_NEAR.finditer(lower, max(0, start - 12), start):
        if _LIST_JOIN.fullmatch(lower, m.end(), start):
            return True
    after = _NUMBER_NEAR.search(lower, end, end + 12)
    return after is not None and _LIST_JOIN.fullmatch(lower, end, after.start()) is not None


_LEFT, _RIGHT = 90, 40
_SENTENCE_TAIL = re.compile(r"[ \t\n.!]*")
# Abbreviations ("no 48213", "nr. 48213") own only the number right after them:
# "chegou no meu e-mail: 602-913" ("no" is "in the").
_NEXT_TO_ONLY = frozenset({"no", "nr", "n°"})


# "the code on my phone is 48213": a place the code came to, not the number's owner.
_PLACE_BEFORE = folded(
    r"(?<![^\W_])(?:on|to|in|into|onto|at|via|en|no|na|в|на|auf|im|am|sur|dans|ke|di)\s"
    r"(?:(?:my|the|your|his|her|their|our|mi|meu|minha|mein\w*|mon|ma|son|sa|le|la|el|dem|den|saya|мо\w+|том)\s)?"
    # whose it is on the way: "the code that came to Maria's phone", "reçu sur le tel de…" (fresh-zza)
    r"(?:[^\W\d_]+'s\s)?$"
)

# Hindi puts the place after: "unke phone pe aaya tha: 61 803" (came on his phone, fresh-zza).
_CAME_ON_AFTER = re.compile(r"\s(?:pe|par|pr|me|mein)\s(?:aa?y[ae]|aa?(?:y)?i|aata|aati|mila|mile)(?![^\W_])")

# Owner words that are also where a code arrives ("the login code on my phone: 48213").
_DEVICE = folded(
    r"phone|tel|mobile|whatsapp|wa|telefon\w*|telefono|telephone|telefone|telepon|hp|телефон\w*|тел|هاتف|الهاتف|موبايل|الموبايل|موبایل\w*"
)  # ("kode yang masuk ke WA 6 1 8 - 0 3 2": where it came, fresh-zzze)


def _a_place(ctx: Context, owner: re.Match[str]) -> bool:
    """The owner word says where something came ("on my phone"), not whose the number is."""
    return (
        _PLACE_BEFORE.search(ctx.lower, max(0, owner.start() - 28), owner.start()) is not None
        or _CAME_ON_AFTER.match(ctx.lower, owner.end()) is not None
    )


def _owners_at_reach(ctx: Context, lo: int, hi: int) -> list[re.Match[str]]:
    """The owner words in [lo, hi) that own a number a few words on."""
    return [owner for owner in ctx.owners(lo, hi) if owner.group() not in _NEXT_TO_ONLY and not _a_place(ctx, owner)]


# Digits written one by one with separators: nobody counts "5-0-0 members".
# Digits one by one: "4 8 2 1 3", "4-8-2-1-3", keycaps "3️⃣8️⃣2️⃣0️⃣7️⃣".
_DIGIT_BY_DIGIT = re.compile(r"\d(?:(?:[ .-]|\ufe0f?\u20e3)\d){3,}\ufe0f?\u20e3?")


def _error_in_parentheses(ctx: Context, start: int, end: int) -> bool:
    """A number in parentheses (with at most a code word) after an error's
    name or inside a quoted message: an error's code, not a login code."""
    lower = ctx.lower
    opened = _PAREN_OPEN.search(lower, max(0, start - 16), start)
    if opened is None or lower[end : end + 2].strip()[:1] != ")":
        return False
    sentence_start, _ = ctx.sentence(start)
    before = lower[max(sentence_start, opened.start() - 100) : opened.start()]
    quoted = sum(before.count(q) for q in _QUOTE_CHARS) % 2 == 1 or "«" in before
    return quoted or _ERROR_SIGN.search(before) is not None


# What asks about an order, not a code: why, a status, a cancel or refund.
_ORDER_CUE = folded(
    r"(?<![^\W_])(?:why|kenapa|knp|pochemu|почему|neden|niye|kyu|kyon|kyun|چرا|ليش|لماذا|سبب|pourquoi|warum"
    r"|por\s?qu[eé]|cancel\w*|refund\w*|refill\w*|partial|pending|stuck|status|отмен\w*|otmen\w*|cancelad\w*"
    # "Merci de relancer 62500 et rembourser 62502" (fresh-zy)
    r"|relanc\w*|rembours\w*|reembols\w*|estorn\w*|erstatt\w*|возврат\w*|vozvrat\w*|iade"
    r"|volta|dokrut\w*|докрут\w*|إلغاء|الغاء|کنسل|iptal|batal|dibatalkan|annul\w*|storn\w*|vopros\s?po|вопрос\s?по)(?![^\W_])"
)


_QUOTE_OPEN = re.compile(r"[\"«“„]|(?<!\w)'")
_QUOTE_CLOSE = {'"': '"', "«": "»", "“": "”", "„": "“”", "'": "'"}


def _in_quotes(lower: str, pos: int, reach: int = 60) -> bool:
    """Inside a quoted message on its line: "'código expirado'", "« code expiré »"."""
    line_start = lower.rfind("\n", max(0, pos - reach), pos) + 1
    opened = _last(_QUOTE_OPEN.finditer(lower, max(line_start, pos - reach), pos))
    if opened is None:
        return False
    line_end = lower.find("\n", pos)
    stop = min(pos + reach, len(lower) if line_end < 0 else line_end)
    return any(ch in _QUOTE_CLOSE[opened.group()] for ch in lower[pos:stop])


def _owned_or_counted(ctx: Context, start: int, end: int, word_starts: list[int], word_ends: list[int]) -> bool:
    """The number is told apart by its own words: a unit after it, an owner or a status before it,
    an error's brackets."""
    lower = ctx.lower
    # A unit right after ("500 members") or an owner right before ("order 48213") decides.
    unit = UNIT_WORD.match(lower, end + (lower[end : end + 1] == " "))
    if (
        unit is not None
        and unit.start() - end <= 2
        and not (  # (the view joins "4 2 7 1 9": the original tells)
            _DIGIT_BY_DIGIT.fullmatch(lower, start, end) or _DIGIT_BY_DIGIT.fullmatch(ctx.norm.original_of(start, end))
        )
    ):
        return True  # "500 members"; but "3-8-1-0-5 min" is a code and a word ("min", bro)
    if _OWNER_AFTER.match(lower, end):
        return True  # "91355 siparişine bakın": Turkish puts the owner after the number
    counted = _COUNT_IN_BRACKETS.match(lower, end)
    if counted is not None and UNIT_WORD.match(lower, counted.end()):
        return True  # "518900 (10.000 üye, 360 TL) beklemede": an order, told by what it counts (fresh-zzd)
    if _STATUS_AFTER.match(lower, end) and not CODE_WORD.search(lower, max(0, start - 20), start):
        return True  # (but "the code is 482913, pending" names it a code)
    if _STATUS_BEFORE.search(lower, max(0, start - 24), start):
        return True  # "zakaz … pokazyvaet partial 2 150": what the order has, after its status (fresh-zzzb)
    if _error_in_parentheses(ctx, start, end):
        return True  # 'ERR_INVITE_EXPIRED (1402)', '"Srok deistviya istek (kod 0421)"'
    if lower[end : end + 2] == ": " and _LETTER.match(lower, end + 2) and ctx.code_blocks():
        return True  # beside a promo code, «code 4012: promo not applicable» is the answer's error code
    counted = _WORD_BEFORE.search(lower, max(0, start - 30), start)
    if (
        counted is not None
        and UNIT_WORD.fullmatch(counted.group(1))
        and not _TIME_UNIT.match(counted.group(1))
        and not CODE_WORD.fullmatch(counted.group(1))
    ):
        return True  # "views 6000 partial", a count written after its unit (not "expires in minutes 48213")
    owner = _last(ctx.owners(start - 30, start))
    if (
        owner is not None
        and start - owner.end() <= 3
        and lower[owner.end() : start].strip(" :#№.-") == ""
        and not _a_place(ctx, owner)
    ):
        return True
    owner = _last(_owners_at_reach(ctx, start - 30, start))
    inside = bisect.bisect_right(word_starts, owner.start()) - 1 if owner is not None else -1
    if owner is not None and not (inside >= 0 and word_ends[inside] >= owner.end()):  # "código de inicio de sesión"
        between = lower[owner.end() : start]
        if (
            len(between.split()) <= _OWNER_REACH_WORDS
            and not any(ch in between for ch in ",.;!?)\n")
            and not CODE_WORD.search(between)
        ):
            return True  # "رقم حسابي عندكم 39017", "identifiant client est 60128"
    return False


def _number_context(ctx: Context, start: int, end: int, word_starts: list[int], word_ends: list[int]) -> str | None:
    """'code' when the nearest deciding word around the number is a code word."""
    lower = ctx.lower
    sentence_start, sentence_end = ctx.sentence(start)
    left_lo = max(0, start - _LEFT)
    # Digits given after a colon, ending their sentence, may be named by the next one: "came in:
    # 71940\nif it expires …", "ok here:\n48 19 63\n\nthat's what telegram just sent me" (not an
    # order's: "cancel this one: 736671. Account safe: new password, 2FA on").
    if (
        _SENTENCE_TAIL.fullmatch(lower, end, sentence_end)
        and lower[max(0, start - 8) : start].rstrip().endswith(":")
        and not any(ch.isalpha() for ch in lower[start:end])
        and ctx.find(_ORDER_CUE, sentence_start, sentence_end) is None
    ):
        sentence_end = len(lower)
    right_hi = min(len(lower), end + _RIGHT, sentence_end)
    if _owned_or_counted(ctx, start, end, word_starts, word_ends):
        return "block"
    near = ctx.find(RANGE_WORD, max(0, start - 6), start)
    if (
        near is not None
        and lower[near.end() : start].strip() == ""
        and (near.group() != "de" or _RANGE_END.match(lower, end))
    ):
        return "block"  # "de" opens a range only with its end ("de 5.200 pra 4.900"); Turkish "de" is "too"
    # "с 4100 до 3800", "de 5.200 pra 4.900": the first number of a range.
    to = RANGE_WORD.match(lower, end + 1) if lower[end : end + 1] == " " else None
    if (
        to is not None
        and _DIGIT.match(lower, _skip_blank(lower, to.end()))
        and to.end() < len(lower)
        and lower[to.end()] == " "
    ):
        return "block"
    if start > 0 and lower[max(0, start - 2) : start].strip()[-1:] in ("#", "№"):  # "#48213", "№ 48213"
        return "block"
    # The value of a promo, error or approval code: "Promo code SPOOKY30", "approval code: 482913".
    for block_start, block_end in ctx.code_blocks():
        if block_start >= start:
            break
        if 0 <= start - block_end <= 8:
            gap = lower[block_end:start].strip(" :#№.-=\"'«»")
            if not gap or gap in CONNECTORS:
                return "block"
    # Nearest code word on the left (may be in the previous sentence) or on the right.
    index = bisect.bisect_right(word_ends, start) - 1
    left_word = index if index >= 0 and word_ends[index] >= left_lo else None
    right_index = bisect.bisect_left(word_starts, end)
    right_word = right_index if right_index < len(word_starts) and word_starts[right_index] < right_hi else None
    if left_word is None and right_word is None:
        return None
    left_distance = start - word_ends[left_word] if left_word is not None else 10**6
    right_distance = word_starts[right_word] - end if right_word is not None else 10**6
    if left_distance <= right_distance:
        between = lower[word_ends[left_word] : start]
        # Another number or an owner word between the code word and this number
        # ("code 500, order 48213") makes it someone else's.
        if _DIGIT_GROUP.search(between) or re.search(r"\d{2,}", between):
            return None
        closer = _last(_owners_at_reach(ctx, word_ends[left_word], start))
        if (
            closer is not None
            and not CODE_WORD.match(lower, closer.start())
            and not _in_aside(lower, word_ends[left_word], closer.start(), start)
        ):
            return "block"
        if lower.count("\n", word_ends[left_word], start) > 1:
            return None
        # "Je ne vous donnerai ni mon mot de passe ni le code. … pourquoi 508001 est partielle":
        # a code word refused in its own sentence names no number in the next one.
        if word_ends[left_word] <= ctx.sentence(start)[0] and ctx.negated_before(word_starts[left_word]):
            return None
        # "pw udh ganti, 2fa udh on. … kenapa 49250 di-refund", "cupom: VOLTA10 — 'código expirado'. 49075":
        # nor one asked about as an order, nor one after a promo code's error (fresh-zr)
        if word_ends[left_word] <= ctx.sentence(start)[0] and (
            ctx.find(_ORDER_CUE, *ctx.sentence(start)) is not None
            or (ctx.code_blocks() and _in_quotes(lower, word_starts[left_word]))
        ):
            return None
        return "code"
    between = lower[end : word_starts[right_word]]
    if re.search(r"\d{2,}", between):
        return None
    closer = next(iter(_owners_at_reach(ctx, end, word_starts[right_word])), None)
    if closer is not None and not CODE_WORD.match(lower, closer.start()):
        return "block"
    return "code"


def _in_aside(lower: str, lo: int, at: int, hi: int) -> bool:
    """True when `at` sits in brackets opened after lo and closed before hi: "the code that came to
    Maria's phone (she's my boss, her channel) is 6-1-8-4-9" names whose channel, not whose number."""
    opened = lower.rfind("(", lo, at)
    return opened >= 0 and lower.find(")", opened, at) < 0 and lower.find(")", at, hi) >= 0


# ------------------------------------------------------------ recovery

_RECOVERY_VALUE = re.compile(r"[A-Za-z0-9]{2,}(?:-[A-Za-z0-9]{2,}){0,7}")
_PAIR = re.compile(r"\d{4}[ ]\d{4}(?!\d)")
# A backup code written in spaced groups: "81 03 47 29", "482 917 306".
_SPACED_CODE = re.compile(r"\d{2,4}(?: \d{2,4}){2,4}(?![\d\w])")
_HYPHENED_CODE = re.compile(r"[A-Za-z0-9]{4,5}(?:-[A-Za-z0-9]{4,5}){1,7}")
_HYPHENED_CODES = re.compile(rf"{_HYPHENED_CODE.pattern}[ ,/]+{_HYPHENED_CODE.pattern}")
# A recovery key: groups of four or five capitals and digits ("VQ7K-2M9P-XH4T-8RWN-L3ZD").
# (a short first group too: "RK-7QF2-M9XD-44LA-PZ81", fresh-zr)
_RECOVERY_KEY = re.compile(r"(?<![\w-])[A-Z0-9]{2,5}(?:-[A-Z0-9]{4,5}){3,7}(?![\w-])")
_RECOVERY_KEY_REACH = 250
_KEY_RIGHT_AFTER = 8
_RESET_LINK = re.compile(
    r"reset|recover|passw|token=|magic|verify|confirm|/auth|restore|sifre|parol|senha|redefin|mot-de-passe"
    r"|reinitiali|contrasena|restablec|recupera|passwort|zuruck|sbros|vosstanov|lupa|sandi|sifirla"
)
_LINK_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]{0,9}://)?(?:www\.)?[^/?#\s]*")
# A token in a link's path or query: letters and digits mixed, 8+ chars ("reset/8f3KQ2x9...").
_LINK_TOKEN = re.compile(r"[a-z0-9_-]*(?:[a-z][a-z0-9_-]*\d|\d[a-z0-9_-]*[a-z])[a-z0-9_-]*")

_QUERY_VALUE = re.compile(r"=[a-z0-9_-]{6,}")
_SPLIT_TOKEN = re.compile(r"[ \t]*\n?[ \t]*([a-z0-9_-]{16,})(?![\w-])")


def _reset_path(link: str) -> str | None:
    """The link past its host, when a reset word is there (not in the host: "telegram-login-verify.de"
    and "smm-panel-verify.ru/login" are phishing sites reported, not secrets)."""
    host = _LINK_HOST.match(link)
    if host and _TELEGRAM_HOST.search(host.group()):
        return None  # "t.me/password123memes/2041": a channel's name (t.me/login/… is a login link)
    rest = link[host.end() :] if host else link
    return rest if _RESET_LINK.search(rest) else None


def _reset_link(link: str) -> bool:
    """A reset or magic-login link that carries its token: a reset path (_reset_path) with a
    letter-and-digit token of 8+ chars, or a query value of 6+, after the host."""
    rest = _reset_path(link)
    if rest is None:
        return False
    return any(len(m.group()) >= 8 for m in _LINK_TOKEN.finditer(rest)) or _QUERY_VALUE.search(rest) is not None


_TELEGRAM_HOST = re.compile(r"(?:^|[/.])(?:t\.me|telegram\.me|telegram\.dog)$")
_TOKEN_WORD = re.compile(r"token|токен|tokin|توکن|توكن|jeton")
_TOKEN_NEAR_VALUE = re.compile(r"[A-Za-z0-9_\-]{16,200}")
# A constant's or an error's name: words in capitals (each with a vowel) joined by "_", a number
# at the end ("PAYGATE_TIMEOUT_07", "CHANNEL_PRIVATE"; not "AAHD_KQZP_XJWM_2291").
_CAPS_WORD = r"(?=[A-Z]{2})[A-Z]*[AEIOUY][A-Z]*"
_CONSTANT_NAME = re.compile(rf"{_CAPS_WORD}(?:_{_CAPS_WORD})+(?:_\d{{1,4}})?")
# A transaction's hash, or a constant's name.
_NOT_A_TOKEN = re.compile(rf"0x[0-9a-fA-F]{{64}}|{_CONSTANT_NAME.pattern}")
_MAIL_WORD = folded(r"mail|почт|pocht|پست|ایمیل|ايميل|بريد|correo|posta|surel|pis'?m|письм|email|e-mail|courriel")


_FENCE_REACH = 200
_BACKUP_CODES_REASON = "Looks like backup or recovery codes."
_LISTED_CODES = 3
_LEAD_IN_REACH = 24


def recovery_hits(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    lower, cased = ctx.lower, ctx.cased
    for m in ctx.anchors("RECOVERY"):
        if ctx.is_question(m.start()) and "?" in lower[m.end() : m.end() + 3]:
            continue
        stop = min(len(lower), m.end() + 400)
        run = _json_list(cased, m.end()) or _recovery_run(ctx, m.end(), stop)
        if run is None:
            # "...so here are all of them:\nk7mq-2vhx\n9dtr-p4ze": a list after a colon
            # that ends the anchor's sentence, however many words came before it.
            _, sentence_end = ctx.sentence(m.start())
            colon = lower.find(":", m.end(), min(stop, sentence_end + 1))
            if colon < 0:
                # "…«запасные пароли» и велела сохранить. Вот два: 4829 1173 и …": a short lead-in, a sentence on
                colon = lower.find(":", sentence_end, min(stop, sentence_end + _LEAD_IN_REACH))
            after = _skip_blank(cased, colon + 1)
            # ...or on the same line when it starts with a code's shape ("…lol): 4829 1057, 7730 2264").
            # (Not when only blanks lie before the colon: the first search started there already.)
            if (
                colon >= 0
                and _skip_space(cased, colon + 1) != _skip_space(cased, m.end())
                and (
                    lower[colon + 1 : colon + 3].lstrip(" ")[:1] == "\n"
                    or _PAIR.match(cased, after)
                    or _SPACED_CODE.match(cased, after)
                    or _HYPHENED_CODE.match(cased, after)
                )
            ):
                run = _recovery_run(ctx, colon + 1, stop)
            # "…saved these backup codes, maybe you can use one?\n\n9F2K-LM7Q\nZX41-88PA": the
            # lines right after the anchor's sentence, when they start with a code's shape.
            # Or the next sentence on the same line, when it opens with codes in groups:
            # "…will that prove it's mine? 4417 2093 / 8856 1120".
            line = _WHITESPACE.match(cased, sentence_end).end()
            if run is None and (
                ("\n" in lower[sentence_end:line] and _HYPHENED_CODE.match(cased, line))
                or _HYPHENED_CODES.match(cased, line)  # "…can you reset it with them? 8h2k-q9wm  3zpx-7t4d" (fresh-zzc)
                or _PAIR.match(cased, line)
                or _SPACED_CODE.match(cased, line)
            ):
                run = _recovery_run(ctx, line, stop)
        if run is None:
            _, sentence_end = ctx.sentence(m.start())
            here = _HERE_THEY_ARE.search(lower, m.end(), min(stop, sentence_end))
            if here is not None:
                run = _recovery_run(ctx, here.end(), stop)
        if run is None and _heading(lower, m):
            run = _listed_after_heading(ctx, m.end(), stop)
        if run is None:
            # "…codes de secours… Je les mets dans un bloc de code :\n```\n8831 0427\n…": a fenced block
            fence = lower.find("```", m.end(), min(stop, m.end() + _FENCE_REACH))
            line = lower.find("\n", fence) if fence >= 0 else -1
            if line >= 0:
                run = _recovery_run(ctx, line + 1, stop)
        if run is None:
            run = _listed_after_colon_line(ctx, m.end(), stop)
        if run is None:
            # "…просит ключ восстановления. Вот он, …: VQ7K-2M9P-XH4T-8RWN-L3ZD": a key's shape, a sentence on
            key = next(
                (
                    k
                    for k in _RECOVERY_KEY.finditer(cased, m.end(), min(len(cased), m.end() + _RECOVERY_KEY_REACH))
                    if (any(ch.isdigit() for ch in k.group()) and any(ch.isalpha() for ch in k.group()))
                    # right after its name, letters alone: "my recovery key is ABCD-EFGH-IJKL-MNOP" (round 8)
                    or k.start() - m.end() <= _KEY_RIGHT_AFTER
                ),
                None,
            )
            run = [key.span()] if key is not None else None
        if run is None and _PHRASE_NAME.search(m.group()):
            run = _word_phrase(cased, m.end())
        if run and _RECOVERY_KEY.fullmatch(cased, *run[-1]):
            # The keys after the last one in its sentence: "QW7R-PL2K-9MXT-4ZDA und der zweite HB3N-…" (fresh-zy)
            _, sentence_end = ctx.sentence(run[-1][0])
            run = [*run, *(k.span() for k in _RECOVERY_KEY.finditer(cased, run[-1][1], sentence_end))]
        # "کد بازیابی که به ایمیل بازیابی اومده: ۷۲۹۰۴۱": one number mailed to reset 2FA is also a login code
        # (the mail named in its sentence or the one before: "وصلني على بريد الاسترداد:\n«رمز إعادة تعيين…»").
        sentence_start, sentence_end = ctx.sentence(m.start())
        mailed = (
            run is not None
            and len(run) == 1
            and _SEPARATORS.sub("", lower[run[0][0] : run[0][1]]).isdigit()
            and 4 <= len(_SEPARATORS.sub("", lower[run[0][0] : run[0][1]])) <= 8
            and _MAIL_WORD.search(lower, ctx.sentence(max(0, sentence_start - 1))[0], sentence_end) is not None
        )
        for start, end in run or ():
            if not _in_scam_message(ctx, start):
                hits.append(Hit("recovery", start, end, _BACKUP_CODES_REASON, ("one_time_code",) * mailed))
    # 2FA gives one login code or one password: three or more codes listed under a line that names it are
    # its backup codes, however they are called ("ceux que le panel m'a donnés quand j'ai activé la double
    # authentification :\n8KQ2-7MXD\nP4ZT-91WE\nR6HV-3NCA", fresh-zzzzzf).
    for m in ctx.anchors("TWO_FA"):
        run = _listed_after_colon_line(ctx, m.end(), min(len(lower), m.end() + _FENCE_REACH))
        if (
            run is not None
            and sum(len(_HYPHENED_CODE.findall(cased, start, end)) for start, end in run) >= _LISTED_CODES
            and not any(h.start < run[-1][1] and run[0][0] < h.end for h in hits)
        ):
            hits.extend(
                Hit("recovery", start, end, _BACKUP_CODES_REASON)
                for start, end in run
                if not _in_scam_message(ctx, start)
            )
    for s, e, kind in ctx.safe:
        if kind != "link":
            continue
        link = lower[s:e]
        if ("/login/" in link and not _placeholder(link.rsplit("/login/", 1)[1].strip("/"))) or link.startswith(
            "tg://login"
        ):
            # (not "t.me/login/XXXX", a link's shape described: fresh-zzs)
            hits.append(Hit("one_time_code", s, e, "Looks like a Telegram login link."))
        elif _reset_link(link):
            hits.append(Hit("recovery", s, e, "Looks like a password-reset or login link."))
        elif link.endswith(("/", "=")) and _reset_path(link) is not None:
            # "…/auth/reset/ b1e7f04c9a2d…": a reset link broken over two lines, its token after the break
            token = _SPLIT_TOKEN.match(lower, e)
            if token is not None and _LINK_TOKEN.fullmatch(token.group(1)):
                hits.append(Hit("recovery", s, token.end(), "Looks like a password-reset or login link."))
    for m in _TOKEN_WORD.finditer(lower):
        _, sentence_end = ctx.sentence(m.start())
        value = next(
            (
                v
                for v in _TOKEN_NEAR_VALUE.finditer(cased, m.end(), max(m.end() + 60, min(sentence_end, m.end() + 160)))
                if any(ch.isdigit() for ch in v.group())
                and any(ch.isalpha() for ch in v.group())
                # further on, only after a colon: "o token que aparece no fim do e-mail, …: rst_8Kq2…"
                and (v.start() <= m.end() + 60 or cased[v.start() - 2 : v.start()].strip() == ":")
            ),
            None,
        )
        if value is None or _in_link(ctx, value.start()):
            continue
        value = _TOKEN_NEAR_VALUE.match(cased, value.start())  # the whole value, past the window
        if _WALLET.fullmatch(value.group()) or _NOT_A_TOKEN.fullmatch(value.group()):
            # "token USDT da rede TRON (contrato TR7NHqje…)": a contract's address; "Token-Betrag 15 USDT,
            # Hash 0x9c4e…": a transaction's hash; "session token expired (key: PAYGATE_TIMEOUT_07)": a name
            continue
        if _BOT_TOKEN.match(cased, max(0, value.start() - 11)) or ":" in cased[value.start() - 1 : value.start()]:
            continue
        around = lower[max(0, m.start() - 250) : value.end() + 100]
        if RECOVERY_CONTEXT.search(around) or _MAIL_WORD.search(around):
            hits.append(Hit("recovery", value.start(), value.end(), "Looks like a password-reset token."))
        else:
            hits.append(Hit("session", value.start(), value.end(), "Looks like an access token."))
    # Searched by the code rules for every number: sorted, with a binary search (a scan was quadratic).
    ctx.recovery = masks.SafeSpans(sorted((h.start, h.end, "recovery") for h in hits))
    return hits


def _heading(lower: str, m: re.Match[str]) -> bool:
    """The anchor is a line of its own: a screen's title ("Резервные коды\n"), in a
    title set off by rules ("=== smm panel backup codes (generated 2024-01-07) ===\n"), or
    ending a forwarded mail's subject ("Fwd: Your BoostLine account - backup codes\n")."""
    line_start = lower.rfind("\n", 0, m.start()) + 1
    line_end = lower.find("\n", m.end())
    if line_end >= 0 and _RULED_TITLE.fullmatch(lower, line_start, line_end):
        return True
    return (
        line_end >= 0
        and lower[m.end() : line_end].strip(" :") == ""
        and (not lower[line_start : m.start()].strip() or _SUBJECT_LINE.match(lower, line_start) is not None)
    )


_SUBJECT_LINE = folded(r"[ \t]*(?:fwd?|re|subject|тема|asunto|assunto|betreff|objet|konu|subjek|perihal|موضوع)\s?:")
_RULED_TITLE = re.compile(r"[ \t]*([=#*~_-])\1{2,}[^\n]{1,80}?([=#*~_-])\2{2,}[ \t]*")


_CODE_LINE = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[).:][ \t]*|[-•*·][ \t]*)?(?:\d{4}[ ]\d{4}(?!\d)|[A-Za-z0-9]{4,5}(?:-[A-Za-z0-9]{4,5}){1,7})"
)
_HEADING_LINES = 6


def _listed_after_heading(ctx: Context, pos: int, stop: int) -> list[tuple[int, int]] | None:
    """A screen copied as text: its title, a line or two of advice, then the
    list of codes ("Codes de secours\nConservez-les…\nq7mw-3k2p\nzx84-lt9d")."""
    for _ in range(_HEADING_LINES):
        pos = ctx.cased.find("\n", pos, stop) + 1
        if pos <= 0:
            return None
        if _CODE_LINE.match(ctx.cased, pos):
            return _recovery_run(ctx, pos, stop)
    return None


def _listed_after_colon_line(ctx: Context, pos: int, stop: int) -> list[tuple[int, int]] | None:
    """The codes listed under a line that ends with ':' a sentence or two after
    the recovery word ("…it showed me backup codes … These are the remaining
    ones I have:\n\nK7QD-2MXP\n9WTB-4HRA"), or three or more in a row after a
    colon ("…I'll paste the unused ones: 73920184 55018327 90213746")."""
    colon = ctx.cased.find(":\n", pos, stop)
    if colon >= 0:
        line = _WHITESPACE.match(ctx.cased, colon + 1).end()
        if _CODE_LINE.match(ctx.cased, line):
            return _recovery_run(ctx, line, stop)
    in_a_row = _CODES_IN_A_ROW.search(ctx.cased, pos, stop)
    return _recovery_run(ctx, in_a_row.end(), stop) if in_a_row else None


_CODE_SHAPE = r"(?:\d{6,10}|[A-Za-z0-9]{4,5}-[A-Za-z0-9]{4,5})"
_CODES_IN_A_ROW = re.compile(rf":[ \t]*(?=(?:{_CODE_SHAPE}[ \t]*[,;]?[ \t]+){{2}}{_CODE_SHAPE}(?![\w-]))")


# A JSON list right after the key: '"backup_codes":["kzwvciepe6","wpwmqambpr"]' (an export).
_JSON_LIST = re.compile(r"[\"']?\s?:\s?\[\s?((?:[\"'][^\"'\n]{4,64}[\"']\s?,?\s?){1,30})\]")
_JSON_ITEM = re.compile(r"[\"']([^\"'\n]{4,64})[\"']")


# A recovery phrase of words on a line of its own: "phrase de récupération :\n\norage velours …".
_PHRASE_NAME = re.compile(r"phrase|frase|фраз|frasa|ifade")
_WORD_PHRASE = re.compile(r"[^\W\d_]{3,12}(?:[ \t,]{1,3}[^\W\d_]{3,12}){11,23}[ \t.]*(?:\n|$)")
_PHRASE_REACH = 60


def _word_phrase(cased: str, pos: int) -> list[tuple[int, int]] | None:
    line = cased.find("\n", pos, pos + _PHRASE_REACH)
    colon = cased.find(":", pos, pos + _PHRASE_REACH)
    for start in (line + 1 if line >= 0 else -1, colon + 1 if colon >= 0 else -1):
        if start > 0:
            start = _WHITESPACE.match(cased, start).end()
            words = _WORD_PHRASE.match(cased, start)
            if words is not None:
                return [(start, start + len(words.group().rstrip(" \t.\n")))]
    return None


def _json_list(cased: str, pos: int) -> list[tuple[int, int]] | None:
    listed = _JSON_LIST.match(cased, pos)
    if listed is None:
        return None
    return [item.span(1) for item in _JSON_ITEM.finditer(cased, listed.start(1), listed.end(1))]


def _recovery_run(ctx: Context, pos: int, stop: int) -> list[tuple[int, int]] | None:
    """The run of code-shaped values after a recovery word: '5821-0937 و
    6640-1258 و 9013-7742', 'k7mq-2vhx\n9dtr-p4ze' (words joined by 'and'
    inside); a numbered list is one span per item, its numbers left out."""
    cased = ctx.cased
    run_start = run_end = -1
    spans: list[tuple[int, int]] = []
    skipped = 0
    shape = ""  # the first code's shape: a code of letters alone with that shape is one too
    lettered: tuple[int, str] | None = None  # the word just before the first code, and its shape
    while pos < stop:
        read = ctx.run_tokens.get(pos)
        if read is None:
            read = ctx.run_tokens[pos] = _run_token(ctx, pos)
        if read is None:
            break
        token, value, vstart, vend, is_value, marker, date_field = read
        if run_start < 0 and not spans and date_field:
            # "Fwd: … backup codes\nFrom: …\nDate: Tue, 4 Jun 2024 18:02\n\n…": a mail's date line (fresh-zzn)
            line_end = cased.find("\n", token.end(), stop)
            pos, skipped = (stop if line_end < 0 else line_end), skipped + 1
            continue
        # "tjlh-ijxw\n2ozi-kwcb\n…", "vgd7qjbd   qgamc17h\ngkc4yqos   heidmewg": codes without a
        # digit, in a list of codes of their shape.
        is_value = is_value or (shape != "" and _code_shape(value) == shape and _RECOVERY_VALUE.fullmatch(value))
        if is_value:
            if run_start < 0:
                shape = shape or _code_shape(value)
                run_start = vstart
                if not spans and lettered is not None and lettered[1] == shape:
                    run_start = lettered[0]
            run_end = vend
        elif marker and (run_start >= 0 or spans or skipped < _LIST_LEAD):
            # "1) 3392-0817\n2) 7740-2265": a numbered or bulleted list of codes
            if run_start >= 0:
                spans.append((run_start, run_end))
                run_start = run_end = -1
            elif not spans:
                skipped += 1
        elif run_start >= 0 or spans:  # after a list's marker, only a value goes on
            line_start = ctx.line_start(token.start())
            if cased[line_start : line_start + 8].lstrip()[:1] == "|":
                pass  # another cell of a table's row ("| 1 | k4m9-x2pt | no |")
            elif CODE_WORD.fullmatch(value.lower()) and _LIST_MARKER.fullmatch(
                (_TOKEN.match(cased, _skip_space(cased, token.end())) or token).group()
            ):
                pass  # "Code 1: 6127 3390\nCode 2: 0841 7756": a marker with its word
            elif run_start < 0 or value.lower() not in _JOIN_WORDS or token.group()[-1:] in ".,;":
                break
        else:
            skipped += 1
            lettered = (
                (vstart, _code_shape(value)) if len(value) >= 6 and _LINE_BREAK_AFTER.match(cased, vend) else None
            )
            # "| № | код |": a table's header, not an owner
            # An owner with its number: "... for order 48213", "заказ номер 48213" (not Hindi
            # "2FA on karte time", German "Karte" being a card's).
            owner = (
                OWNER_WORD.fullmatch(value.lower())
                and ctx.norm.original_of(vstart, vend) not in ("№", "#")
                and _OWNED_NEXT.match(cased, token.end())
            )
            if skipped > 14 or token.group().endswith("?") or owner:
                break  # the number is the owner's
            if token.group()[-1:] in ".!" and cased[token.end() : token.end() + 1] != "\n":
                break  # the sentence ended ("I lost them all. My orders: 48213")
        pos = token.end()
    if run_start >= 0:
        spans.append((run_start, run_end))
    return spans or None


# "códigos de respaldo … no sé si los necesitan pero aquí van 48271930 y el otro 71550286": "here they
# are" leads to the codes, however many words came between (fresh-zzzzzd).
_HERE_THEY_ARE = folded(
    r"(?<![^\W_])(?:here\s(?:they\s)?(?:are|go)|aqui\s(?:van|estan|los\stienes|los\stienen)|aqui\svao|aqui\sestao"
    r"|вот\sони|vot\soni|voici|les\svoici|iste\s(?:kodlar|onlar)|ini\s(?:dia|kodenya)|berikut(?:nya)?|hier\ssind\s(?:sie|die))"
    r"\s?:?\s"
)
_SHAPE_CHAR = re.compile(r"[^\W_]")
_LINE_BREAK_AFTER = re.compile(r"[ \t]*\n|[ \t]{2}")


def _code_shape(value: str) -> str:
    """'2ozi-kwcb' and 'tjlh-ijxw' are both 'xxxx-xxxx'."""
    return _SHAPE_CHAR.sub("x", value)


def _run_token(ctx: Context, pos: int) -> tuple[re.Match[str], str, int, int, bool, bool, bool] | None:
    """The token at pos in a run after a recovery word, cleaned; whether it is a code's
    value, a list's marker or a table's bar, and a mail's date label. The runs of
    neighbouring recovery words read the same tokens: Context.run_tokens keeps them."""
    cased = ctx.cased
    pair = _PAIR.match(cased, _skip_space(cased, pos)) or _SPACED_CODE.match(cased, _skip_space(cased, pos))
    token = pair or _TOKEN.match(cased, _skip_space(cased, pos))
    if token is None:
        return None
    value, vstart, vend = _clean(token.group(), token.start())
    if value[:1] == "\u0648" and value[1:2].isdigit():  # Arabic "و" (and) written on the next code
        value, vstart = value[1:], vstart + 1
    is_value = bool(pair) or (
        _RECOVERY_VALUE.fullmatch(value) is not None
        and not (_arabizi(value) and ctx.arabizi)
        # "(err 2FA-07)", 'Invalid backup code (2FA-07)': an error's code
        and not _ERROR_BEFORE.search(ctx.lower, max(0, vstart - 16), vstart)
        and not _error_in_parentheses(ctx, vstart, vend)
        and any(ch.isdigit() for ch in value)
        and len(value) >= 4
        # "Backup-Codes fürs Panel-2FA: 8841 2209 / …": the 2FA named, not a code (fresh-zzzs)
        and ctx.next_start("TWO_FA", vstart) >= vend
        # "0394-7716 9127-4408" looks like a phone number; a code's shape says otherwise
        and bool(_HYPHENED_CODE.fullmatch(value) or not masks.covered(ctx.safe, vstart, vend))
    )
    marker = bool(_LIST_MARKER.fullmatch(token.group()) or _table_cell(cased, token))
    date_field = token.group()[-1:] == ":" and _DATE_FIELD.fullmatch(token.group().lower()) is not None
    return token, value, vstart, vend, is_value, marker, date_field


_LIST_LEAD = 3  # list markers before the first code
# A password's hint, shown by the screen that asks for it: its value is no secret.
_HINT = folded(
    r"(?<![^\W_])(?:hint|pista|dica|indice|hinweis|ipucu|petunjuk|подсказк\w*|podskazk\w*|تلميح|راهنما|sanket)(?![^\W_])"
)
_DATE_FIELD = folded(r"date:|sent:|дата:|fecha:|data:|datum:|tarih:|tanggal:|تاريخ:|تاریخ:|gesendet:|enviado:|envoye:")
_OWNED_NEXT = re.compile(r"[\s:#№.-]{0,3}(?:\S*\d|\w+[\s:#№.-]{1,3}\d)")
_WHITESPACE = re.compile(r"\s*")
_TABLE_CHARS = frozenset("|-:")
_TABLE_ROW_NUMBER = re.compile(r"\d{1,2}[ \t]*\|")


def _table_cell(cased: str, token: re.Match[str]) -> bool:
    """A table's bars and row numbers: "| 1 | 4417-9902 |\n| 2 | 8830-1275 |"."""
    first = token.group()[0]
    if first in "|-:":
        return set(token.group()) <= _TABLE_CHARS
    return first.isdigit() and _TABLE_ROW_NUMBER.match(cased, token.start()) is not None


_LIST_MARKER = re.compile(r"\(?\d{1,2}[).:-]|#\d{1,2}|[-•*·–—]")
# (with "the other": "4 8 2 7 1 9 3 0 y el otro 7 1 5 5 0 2 8 6", fresh-zzzzzd)
_JOIN_WORDS = frozenset(
    form
    for word in """and or и или i ili y o e ou ve veya dan sama serta atau aur ya et und oder و یا او the el la
    other another otro otra outro outra другой второй drugoy vtoroy digeri lain l'autre autre andere anderen
    dusra doosra دیگری دیگه الآخر الثاني""".split()
    for form in fold_variants(word)
)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r,;/|:-•*>":
        pos += 1
    return pos


# ------------------------------------------------------------ sessions

_BASE64_RUN = re.compile(r"[A-Za-z0-9_\-+/]{40,}={0,2}")
# Between the lines of a wrapped string: a quote-prefix ("> "), or a string joined in code
# ('"1Ak8…" +\n  "7hBA…"').
_LINE_GAP = re.compile(r"[\"']?[ \t]*\+?[ \t>]*\r?\n[ \t>]*[\"']?")
_BOT_TOKEN = re.compile(r"\d(?<![\w:]\d)\d{7,9}:[A-Za-z0-9_-]{33,36}(?![\w-])")
_BOT_API_TOKEN = re.compile(r"/(?:file/)?bot(\d{8,10}:[A-Za-z0-9_-]{33,36})(?![\w-])")
# Telegram's API, not any "API key": a panel's own key of 32 hex digits is no api_hash (fresh-zy).
_API_CONTEXT = re.compile(
    r"api[\s_-]?(?:id|hash)|apiid|apihash|api\s?хеш|api\s?хэш|telegramclient|my\.telegram\.org|app[\s_-]?(?:hash|id)|pyrogram"
    r"|telethon|gramjs|tg[\s_-]?api|telegram[\s_-]?api"
)
_WALLET = re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}")
_SEQUENCES = "0123456789abcdef" * 4 + "1234567890" * 4


def _placeholder(value: str) -> bool:
    """A documentation example, not a key: '0123456789abcdef0123456789abcdef', 'xxxx…'."""
    return value.lower() in _SEQUENCES or len(set(value.lower())) <= 2


_HEX32 = re.compile(r"[0-9a-f](?<![0-9a-z][0-9a-f])([0-9a-f]{31})(?![0-9a-z])")
# An api_hash cut into equal groups to get past a filter, named just before:
# "api_hash …: 5e8a1f0c 9b3d47e2 a61c08f5 d2b97e43", "TG_API_HASH=9c0f3ea7-1b62d845-…" (not a UUID's 8-4-4-4-12).
_HASH_GROUPS = re.compile(
    r"(?<![0-9a-z])(?:[0-9a-f]{8}(?:[ .:-][0-9a-f]{8}){3}|[0-9a-f]{4}(?:[ .:-][0-9a-f]{4}){7}"
    r"|[0-9a-f]{16}[ .:-][0-9a-f]{16})(?![0-9a-z])"
)
_API_ID = re.compile(
    # (one short word may come between: "api_id حقي 2950117", "api_id is 2950117", fresh-zzh)
    r"(?:api[\s_-]?id|app[\s_-]?id)[\"']?(?:\s[^\W\d_]{1,8})?\s?[:=]?\s?[\"']?(\d{5,10})(?!\d)"
    r"|telegramclient\([^,()]{1,40},\s?(\d{5,10})\s?,"
)
_HEX_KEY = re.compile(r"[0-9a-f]{128,}")
_COOKIE_HINT = re.compile(r"sess|sid|auth|cookie|jwt|bearer|remember|_token|token_")
_COOKIE = re.compile(
    r"""(?<![\w-])(?:[\w.-]{0,20}(?:sess|sid(?!e)|auth(?!entif|entic|oriz|oris)|cookie|jwt|bearer|remember)[\w.-]{0,60}|\w+_token|token_\w+)
  ["']?(?:\s?[=:]\s?|\s)["']?
  (?:bearer\s)?(?=[A-Za-z0-9%._\-/+]{0,600}\d)([A-Za-z0-9%._\-/+]{12,600}={0,2})(?![\w%./+=-])""",
    re.VERBOSE,
)
_RESET_NAME = re.compile(r"reset|recover")
_SESSION_FILE = re.compile(r"[\w+.-]{1,80}\.session(?![\w-])|(?<![\w.])\.session\b")
_SESSION_FILE_REACH = 80  # a match starts at most this far before a ".session" it holds
_LIBRARY_MODULE = re.compile(r"(?:^|\.)(?:pyrogram|telethon|gramjs|tdlib)(?:\.\w+)*\.session$")


def _session_files(lower: str) -> list[re.Match[str]]:
    """_SESSION_FILE.finditer(lower), tried only within reach of each ".session"
    (the pattern tried at every word char costs 0.6 ms on a 5,000-char text).
    Every match holds a ".session" and starts at most 80 chars before it, so
    the first place that matches in that reach is the one finditer finds. A
    ".session" followed by a word char ends no match ("my.sessionmy.session…"),
    and a match that runs on to a later one starts within that one's reach."""
    found: list[re.Match[str]] = []
    last = 0
    at = lower.find(".session")
    while at >= 0:
        after = lower[at + 8 : at + 9]
        if at >= last and not (after.isalnum() or after == "_"):
            for start in range(max(last, at - _SESSION_FILE_REACH), at + 1):
                m = _SESSION_FILE.match(lower, start)
                if m is not None:
                    found.append(m)
                    last = m.end()
                    break
        at = lower.find(".session", at + 1)
    return found


_TDATA = re.compile(
    r"t(?<![^\W_]t)data(?![^\W_])|т(?<![^\W_]т)д[aа]т\w*|[tт](?<![^\W_][tт])д[aа]т\w*"
    r"|ت(?<![^\W_]ت)ی\s?دیتا"
)
_REFUSED_AFTER_REACH = 40


def _file_refused_after(ctx: Context, m: re.Match[str]) -> bool:
    """A file type refused right after it, in its clause: "tdata nikomu ne otpravlyayu", "el archivo
    .session que falta (no lo voy a compartir)" (fresh-zzzs); not "…tdata в zip-архиве выше ☝️
    посмотрите, почему подписчики не отображаются", another clause's "not"."""
    return ctx.negation_in(m.end(), min(_clause(ctx, m.start())[1], m.end() + _REFUSED_AFTER_REACH))


_PACKED = folded(r"zip|rar|7z|архив|arhiv|arşiv|arsiv|زیپ|زيب|فشرده|مضغوط|komprim|compress|paket")
_TDATA_SENT = folded(
    r"""\.(?:zip|rar|7z)\b|zip|rar|attach|upload|send|sent|here|give|share|drive|file|archive
  |скин|закин|отправ|пришл|архив|прикреп|загруз|skin|zakin|otprav|kirim|lampir|gonder|ekle|yolla|envi|mand|adjunt|anex|arquivo
  |archivo|bhej|ab3at|a3ti|ارسل|ابعت|أرسل|رفعت|زیپ|آپلود|فرستاد|میفرست|گذاشتم|joint|envoy|angeh|schick|hochgeladen
  |wetransfer|we\.tl|dropbox|mega\.nz|ai\s?mis""",
    re.VERBOSE,
)


# A session or auth-key word and, a few words on in the same line, its value:
# "pyrogram session string ye rahi: AgAD…", "dc4_auth_key nikala: 9e3f…"
# (shorter than a whole session string, named by the words before it).
_SESSION_NAME = folded(
    r"session|сесси|sessi|سشن|جلسه|جلسة|sesi|oturum|sesion|sessao|(?:dc\d[_ ]?)?auth[_ ]?key|telethon|pyrogram|gramjs"
    # "aquí el string por si lo quieren probar: 1BJWap…" (fresh-zq)
    r"|string"
    # Telegram Web keeps each key's salt beside it ("dc1_server_salt : fcfa…"): part of the session
    r"|dc\d[_ ]?server[_ ]?salt"
)
_NAMED_REACH = 60
_WEB_KEY_NAME = re.compile(r"dc\d[_ ]?(?:auth[_ ]?key|server[_ ]?salt)")
_WEB_KEY_REACH = 200
_NAMED_LINE_BEFORE = 160
_HEX_RUN = re.compile(r"[0-9a-f]{32,}")


def _named_session_values(ctx: Context) -> list[tuple[int, int]]:
    cased, lower = ctx.cased, ctx.lower
    found = []
    for start, end in ctx.long_tokens(32):
        line_start = lower.rfind("\n", max(0, start - _NAMED_REACH), start) + 1
        reach_start = max(line_start, start - _NAMED_REACH)
        if line_start and not lower[line_start:start].strip() and lower[: line_start - 1].rstrip().endswith(":"):
            # "…vot session string ot etogo akkaunta, podklyuchites:\nBAAs…": named on the line before.
            reach_start = max(0, line_start - 1 - _NAMED_LINE_BEFORE)
        elif lower[max(line_start, start - 2) : start].strip() == ":":
            # "hier meine Pyrogram Session, damit könnt ihr … holen: AgBv…": named earlier in its line.
            reach_start = max(line_start, start - _NAMED_LINE_BEFORE)
        name = (
            _last(_SESSION_NAME.finditer(lower, reach_start, start))
            # A Telegram Web key's own name reaches further in its line: "dc2_auth_key değerini
            # kopyaladım, …, buyrun: 8a1f…" (fresh-zp)
            or _last(_WEB_KEY_NAME.finditer(lower, max(line_start, start - _WEB_KEY_REACH), start))
            # or stands in the token itself: 'TelegramClient(StringSession("1BJWap…="), …)' (fresh-zzh)
            or _SESSION_NAME.search(lower, start, end)
        )
        if name is None:
            continue
        value_start = max(start, name.end())
        if "auth" in name.group() or "salt" in name.group():  # hex (a transaction hash near "session" is not one)
            m = _HEX_RUN.search(lower, value_start, end)
        else:
            m = _BASE64_RUN.search(cased, value_start, end)
            if m is not None and (
                not (
                    any(c.isupper() for c in m.group())
                    and any(c.islower() for c in m.group())
                    and any(c.isdigit() for c in m.group())
                )
                or masks.covered(ctx.safe, m.start(), m.end())
            ):  # a wallet, a card reference
                m = None
        if m is not None and not _in_link(ctx, m.start()):
            found.append((m.start(), m.end()))
    return found


_URL_PADDING = re.compile(r"(?:%3[dD]){0,2}")


def session_hits(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    cased, lower = ctx.cased, ctx.lower
    for start, end in _session_blobs(cased, ctx) if ctx.long_tokens(40) else ():
        end = _URL_PADDING.match(cased, end).end()  # "…MFZ6%3D": its padding, URL-encoded
        hits.append(Hit("session", start, end, "Looks like a Telegram session string."))
    for start, end in _named_session_values(ctx) if ctx.long_tokens(32) else ():
        hits.append(Hit("session", start, end, "Looks like a Telegram session string or auth key."))
    if ":" in cased:
        for m in ctx.finditer_long(_BOT_TOKEN, cased, 44):
            if len(set(m.group().split(":", 1)[1])) > 2:  # "123456789:XXXX…": a placeholder in a guide
                hits.append(Hit("session", m.start(), m.end(), "Looks like a Telegram bot token."))
        # "curl https://api.telegram.org/bot939168725:AALw…/getMe": the token inside the Bot API's
        # link, or its path alone in a traceback ("url: /bot7451247221:AAe…/sendMessage")
        for m in _BOT_API_TOKEN.finditer(cased):
            hits.append(Hit("session", m.start(1), m.end(1), "Looks like a Telegram bot token."))
    if _API_CONTEXT.search(lower):
        hashes = [
            m
            for m in ctx.finditer_long(_HEX32, lower, 32)
            if not _in_link(ctx, m.start()) and not _placeholder(m.group())
        ]
        if "hash" in lower:
            hashes += [
                m
                for m in _HASH_GROUPS.finditer(lower)
                if "hash" in lower[max(0, m.start() - 60) : m.start()] and sum(ch.isalpha() for ch in m.group()) >= 4
            ]
        for m in hashes:
            hits.append(Hit("session", m.start(), m.end(), "Looks like a Telegram api_hash."))
        if hashes:
            for m in _API_ID.finditer(lower):
                group = 1 if m.group(1) else 2
                hits.append(Hit("session", m.start(group), m.end(group), "Looks like a Telegram api_id."))
    if _COOKIE_HINT.search(lower):
        for m in _cookies(lower):
            value = cased[m.start(1) : m.end(1)].removesuffix(".")  # "…stel_token=8a2f…1a3." ends a sentence
            if (
                sum(ch.isdigit() for ch in value) >= 2
                and sum(ch.isalpha() for ch in value) >= 2
                and not _in_link(ctx, m.start(1))
                and not _BOT_TOKEN.search(cased, m.start(1) - 11, m.end(1))
                # "a Windows session 'DESKTOP-7HQ2K1 · Telegram Desktop'": the computer's name (fresh-zzzzn)
                and masks.covered(ctx.safe, m.start(1), m.end(1)) != "device"
            ):
                end = m.start(1) + len(value)
                if _RESET_NAME.search(lower, m.start(), m.start(1)):  # '"reset_token":"kefy…"'
                    hits.append(Hit("recovery", m.start(1), end, "Looks like a password-reset token."))
                else:
                    hits.append(Hit("session", m.start(1), end, "Looks like a login cookie or auth key."))
    for m in ctx.finditer_long(_HEX_KEY, lower, 128):
        hits.append(Hit("session", m.start(), m.end(), "Looks like a Telegram auth key."))
    if ".session" in lower:
        for m in _session_files(lower):
            if _LIBRARY_MODULE.search(m.group()):
                continue  # "pyrogram.session: Session started", "pyrogram.session.session ERROR": a log line names the library's module
            # "Soll ich Ihnen die .session-Datei schicken?": offered as a question, still offered.
            asked = ctx.is_question(m.start()) and not _offered_as_question(ctx, m.start())
            # A scammer's long sentence: "…saying that my order was frozen until I send them the
            # login code and the .session file" (a named file is a mention, not a grant: a longer reach).
            # (a "not" in a clause of its own says nothing of the file: "Como vocês falaram que não acharam
            # problema, mandei em anexo o arquivo conta.session", fresh-zzc)
            clause_start, clause_end = _clause(ctx, m.start())
            negated = ctx.negation_in(max(clause_start, m.start() - 60), m.start())
            # "У меня удалился файл .session": a file lost, in its clause, is not handed over
            # (unless it is sent all the same).
            lo, hi = max(clause_start, m.start() - _LOST_REACH), min(clause_end, m.end() + _LOST_REACH)
            lost_or_kept = ctx.find(_FILE_LOST_OR_KEPT, lo, hi) is not None and not _not_denied(
                ctx, _I_SENT, clause_start, clause_end
            )
            if (
                not negated
                and not asked
                and not lost_or_kept
                # (the file type, as tdata: a named file's clause may say "no" of something else, "usem ele… no Telethon")
                and not (m.group().startswith(".") and _file_refused_after(ctx, m))
                and not _reported(ctx, m.start(), _FILE_REPORT_REACH)
                # what a scammer's message asked, quoted: «… envie o arquivo .session da sua conta …» (fresh-zzy)
                and not _in_quoted_message(ctx, m.start())
            ):
                hits.append(Hit("session", m.start(), m.end(), "Looks like a Telegram .session file."))
    if "tdata" in lower or "тдaт" in lower or "тдат" in lower or "tдaт" in lower or "دیتا" in lower:
        for m in _TDATA.finditer(lower):
            sentence_start, sentence_end = ctx.sentence(m.start())
            sentence = lower[sentence_start:sentence_end]
            if (
                _not_denied(ctx, _TDATA_SENT, sentence_start, sentence_end)
                # "i zipped my whole tdata folder, want me to send it here?": packed, it is offered
                and (not ctx.is_question(m.start()) or _PACKED.search(sentence) or _offered_as_question(ctx, m.start()))
                # (unless it puts right what was denied: "архив не tdata_old.rar, а tdata.zip", fresh-zzzzp)
                and not (
                    ctx.negated_before(m.start(), 80)
                    and not _BUT_BEFORE.search(lower, max(0, m.start() - 16), m.start())
                )
                and not _file_refused_after(ctx, m)
                # "il m'a dit que…, je vous ai envoyé le dossier tdata": told, and sent (not "eu não mandei")
                and (not _reported(ctx, m.start()) or _not_denied(ctx, _I_SENT, sentence_start, sentence_end))
                and not _in_quoted_message(ctx, m.start())
                # "some panels add members if you upload your tdata folder": what others do, on a condition
                and _IF_YOU.search(lower, max(sentence_start, m.start() - _IF_YOU_REACH), m.start()) is None
            ):
                hits.append(Hit("session", m.start(), m.end(), "Looks like Telegram tdata (a full session)."))
                # "…le dossier tdata complet sur WeTransfer : https://we.tl/t-Kx7b…": where it lies.
                hits += [
                    Hit("session", s, e, "Looks like a link to Telegram tdata (a full session).")
                    for s, e in _links_in(ctx, m.end(), sentence_end)
                ]
    if "/" in lower:
        hits += _session_file_links(ctx)
    return hits


_I_SENT = folded(
    r"(?<![^\W_])(?:je\s?vous\s?ai\s?(?:envoye|mis|transmis)|i\s?(?:have\s|just\s)?(?:sent|uploaded|attached)"
    r"|(?:te|les|se\s?los)\s?(?:mande|envie)|mandei|enviei|gonderdim|yolladim|(?:saya|aku)\s?(?:sudah\s|udah\s)?(?:kirim|upload)"
    r"|(?:ya\s)?(?:otpravil|skinul|zalil)|(?:я\s)?(?:отправил|скинул|залил)|angehangt|hochgeladen|geschickt"
    # "…گفت…، منم پوشه tdata رو زیپ کردم، همین الان آپلودش میکنم" (I zipped it, I upload it now: fresh-zy)
    r"|زیپ\s?کردم|آپلود\w*\s?(?:کردم|میکنم)|فرستادم|ارسال\s?کردم|أرسلت|ارسلت|رفعت)(?![^\W_])"
)
_DENIED_REACH = 14


# A file deleted or lost: "удалился файл .session", "fail anon.session udalilsya", "se me borró";
# or kept on one's own machine: "mon_compte.session qui reste sur mon VPS" (fresh-zzi).
_LOST_REACH = 30
_FILE_LOST_OR_KEPT = folded(
    r"(?<![^\W_])(?:reste\ssur\smon|stays\son\smy|kept\son\smy|lives\son\smy|bleibt\sauf\smeinem|queda\sen\smi"
    r"|(?:mere|mera)\s(?:pc|laptop|computer|server)\s(?:me|mein|pe)|on\smy\s(?:pc|laptop|computer)"
    r"|fica\sno\smeu|остается\sна\sмоем|ostaetsya\sna\smoem|deleted|lost|gone|corrupted|удалил\w*|удален\w*|удалён\w*|пропал\w*|потерял\w*|слетел\w*"
    r"|udalil\w*|udalen\w*|propal\w*|poteryal\w*|sletel\w*|borr[oó]|perd[ií]|se\sme\sborr[oó]|apagou|apaguei|perdi"
    r"|sumiu|silindi|sildim|kayboldu|kaybettim|hilang|terhapus|kehapus|ke-hapus|supprim[ée]\w*|perdu\w*|gel[öo]scht"
    r"|verloren|حذف\w*|انحذف|ضاع\w*|پاک\s?شد\w*|گم\s?شد\w*|delete\s?ho|gum\s?ho|ud\s?gay\w*|uda\s?di\w*)"
)


def _not_denied(ctx: Context, verb: re.Pattern[str], lo: int, hi: int) -> bool:
    """`verb` (sent, zipped, uploaded) said in [lo, hi), and not denied right before it
    ("eu não mandei", "habe nichts geschickt")."""
    return any(
        not ctx.negation_in(max(lo, said.start() - _DENIED_REACH), said.start()) for said in ctx.find_all(verb, lo, hi)
    )


# File hosts a session file or tdata folder is shared through: the link is the secret.
_FILE_HOST = re.compile(
    r"(?:file\.io|we\.tl|wetransfer\.com|dropbox\.com|mega\.nz|drive\.google\.com|disk\.yandex\.\w+|gofile\.io"
    r"|transfer\.sh|mediafire\.com|pixeldrain\.com)/"
)


def _links_in(ctx: Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """The links that start in [lo, hi)."""
    return [(s, e) for s, e, kind in ctx.safe.starting(lo, hi) if kind == "link"]


_FILE_LINK_REACH = 300
_SESSION_FILE_WORD = folded(r"\.session|session|сесси|sessii|sessi|tdata|тдат|сессии")


def _session_file_links(ctx: Context) -> list[Hit]:
    """ "zalil fajl sessii na file.io vot https://file.io/210hO…": a file host's link
    near a session file's or tdata's name."""
    hits = []
    for s, e in _links_in(ctx, 0, len(ctx.lower)):
        if not _FILE_HOST.search(ctx.lower, s, e):
            continue
        # Named in its paragraph, a few sentences before at most: "…kirim folder tdata … Sudah saya
        # zip dan upload ke Mega ya, ini linknya:\nhttps://mega.nz/…".
        _, sentence_end = ctx.sentence(s)
        paragraph = ctx.lower.rfind("\n\n", 0, s) + 1
        if ctx.find(_SESSION_FILE_WORD, max(paragraph, s - _FILE_LINK_REACH), sentence_end) and not ctx.negated_before(
            s, 80
        ):
            hits.append(Hit("session", s, e, "Looks like a link to a Telegram session file."))
    return hits


_SHORT_LAST_LINE = re.compile(r"[ \t>]*\r?\n[ \t>]*([A-Za-z0-9_\-+/]{1,39}={0,2})(?![\w+/=-])")
_LINE_ENDS = re.compile(r"[ \t\"'`]*(?:\r?\n|$)")


SOMEONE_ASKS = word_pattern("SOMEONE_ASKS")
SOMEONE_ASKS_AFTER = word_pattern("SOMEONE_ASKS_AFTER")


def _reported(ctx: Context, pos: int, reach: int = 120) -> bool:
    """Someone else asks for it in the sentence: "he asks me to send the
    .session file", "tdata klasörümü ve SMS kodunu istedi" (the verb last):
    a report, not an offer."""
    sentence_start, sentence_end = ctx.sentence(pos)
    before = ctx.find(SOMEONE_ASKS, max(sentence_start, pos - reach), pos)
    # "Как и просил ваш оператор, передал права…", "as your agent asked, I added…": done as asked;
    # "me dijo que hiciera lo necesario, así que ya agregué…": done because of it (fresh-zza).
    if (
        before is not None
        and not _AS_ASKED.search(ctx.lower, max(0, before.start() - 12), before.start())
        and ctx.find(_SO_I_DID, before.end(), pos) is None
        # "Karena manajer kalian … bilang perlu akses penuh, saya sudah alihkan…": done because of it
        # (a "because" that opens the sentence; "je vous le mets ici parce qu'on m'a dit…" gives the reason after)
        and ctx.find(_BECAUSE, sentence_start, min(before.start(), sentence_start + _BECAUSE_REACH)) is None
    ):
        return True
    after = ctx.find(SOMEONE_ASKS_AFTER, pos, min(sentence_end, pos + _ASKED_AFTER_REACH))
    # "أرسلت لكم ملف tdata.zip … مثل ما طلب الموظف": sent as asked, after it too (fresh-zzt)
    return after is not None and not _AS_ASKED_WORD.search(ctx.lower, max(0, after.start() - 12), after.start())


_ASKED_AFTER_REACH = 50
# What someone said they will do, not what they asked for: "он сказал, что сегодня передаст его вам через
# BotFather", "on skazal chto mozhet peredat vam bota" (fresh-zzc): a grant relayed for its owner.
_SAID = folded(
    r"(?:сказал\w*|skazal\w*|said(?:\s?that)?|says\s?that|گفت(?:\s?(?:اگه|اگر|که))?|گفته(?:\s?بود)?|me\s?dijo|me\s?disse"
    r"|m'a\s?dit|sagte|meinte|soyledi\w*|bilang|katanya)"
)
_HANDS_OVER = folded(
    r"(?<![^\W_])(?:передаст|peredast|mozhet\s?peredat|может\s?передать|منتقل\s?می\s?کن\w*|(?:will|can)\s?(?:transfer|hand)"
    r"|(?:va\s?a|puede)\s?transferir|(?:vai|pode)\s?transferir|(?:mau|akan|bisa)\s?(?:transfer|serahkan|alihkan)"
    r"|devredecek\w*|devredebilir\w*)(?![^\W_])"
)


def _said_will_hand_over(ctx: Context, pos: int) -> bool:
    """The report before pos is of what someone said, and what they said they will do is hand over."""
    sentence_start, _ = ctx.sentence(pos)
    said = ctx.find(SOMEONE_ASKS, max(sentence_start, pos - 120), pos)
    return (
        said is not None
        and _SAID.fullmatch(said.group()) is not None
        and ctx.find(_HANDS_OVER, said.end(), pos + 80) is not None
    )


_FILE_REPORT_REACH = 200
_SO_I_DID = folded(
    r"(?<![^\W_])(?:asi\s?que|por\s?eso|por\s?isso|entao|поэтому|так\s?что|poetomu|tak\s?chto|donc|deshalb|daher"
    r"|jadi|makanya|isliye|is\s?liye|bu\s?yuzden|o\s?yuzden|لذلك|لهذا|برای\s?همین)(?![^\W_])|,\s?so\si(?![^\W_])"
    # "…ne bola ki … chahiye, to maine …", "…قال لازم …، فنقلت …": so I did (fresh-zzzk)
    r"|,\s?(?:to|toh)\s(?:maine|mene|hamne|humne)(?![^\W_])|(?<![^\W_])ف(?=(?:نقلت|حولت|ضفت|اضفت|أضفت|سويت|عطيت|اعطيت|أعطيت|خليت|رفعت)(?![^\W_]))"
)
_BECAUSE = folded(
    r"(?<![^\W_])(?:because|karena|krn|потому\s?что|так\s?как|poskolku|porque|parce\s?qu|weil|cunku|چون|طبق|لأن|لان|kyunki)(?![^\W_])"
)
_BECAUSE_REACH = 12
# (Arabic "مثل ما طلب الموظف", "زي ما", "كما": as the employee asked, fresh-zzt)
_AS_ASKED = folded(
    r"(?:как\s?и|как|kak\s?i|kak|as|like|wie|comme|como|seperti|gibi|مثل\s?ما|زي\s?ما|كما|متل\s?ما)\s?(?:\w+\s){0,2}$"
)
# ...as a whole word, after what was sent: not the "as" of "klasörümü istedi" (asked for my folder)
_AS_ASKED_WORD = re.compile(r"(?<![^\W_])(?:" + _AS_ASKED.pattern + ")")


def _last_line(cased: str, end: int) -> int:
    """A wrapped string's last line is shorter than the others: the whole line, or a piece no
    word ("…FU= gracias"), not the first word of prose ("…ByLW\nLes commandes concernées", fresh-zzzk)."""
    m = _SHORT_LAST_LINE.match(cased, end)
    if m is None:
        return end
    piece = m.group(1)
    plain_word = piece.isalpha() and piece[1:].islower()
    return m.end(1) if not plain_word or _LINE_ENDS.match(cased, m.end(1)) else end


def _cookies(lower: str) -> list[re.Match[str]]:
    """_COOKIE.finditer(lower), tried only where a cookie name can be: the
    start of the [\\w.-] run around each 'sess', 'sid', 'auth'... found fast."""
    found: list[re.Match[str]] = []
    last = 0
    for key in _COOKIE_HINT.finditer(lower):
        start = key.start()
        while start > max(0, key.start() - 20) and (lower[start - 1].isalnum() or lower[start - 1] in "_.-"):
            start -= 1
        if start < last:
            continue
        m = _COOKIE.match(lower, start)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def _in_link(ctx: Context, pos: int) -> bool:
    return any(kind in ("link", "email") and s <= pos < e for s, e, kind in ctx.safe)


def _session_blobs(cased: str, ctx: Context | None = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    group_start = group_end = -1
    runs = _BASE64_RUN.finditer(cased) if ctx is None else ctx.finditer_long(_BASE64_RUN, cased, 40)
    for run in runs:
        if group_start >= 0 and _LINE_GAP.fullmatch(cased, group_end, run.start()):
            group_end = run.end()
            continue
        if group_start >= 0:
            spans.append((group_start, _last_line(cased, group_end)))
        group_start, group_end = run.start(), run.end()
    if group_start >= 0:
        spans.append((group_start, _last_line(cased, group_end)))
    found = []
    for start, end in spans:
        blob = cased[start:end]
        length = sum(ch not in " \t\r\n>" for ch in blob)
        if (
            length >= 100
            and any(c.isupper() for c in blob)
            and any(c.islower() for c in blob)
            and any(c.isdigit() for c in blob)
            and "/" not in blob.strip("/")[:8]
            and not blob.lower().startswith(("http", "www"))
        ):
            found.append((start, end))
    return found


# ------------------------------------------------------------ offers of access

_OFFER_REASON = "Looks like an offer to send a password or code."
_SCREENSHOT = folded(
    r"(?<![^\W_])(?:captur\w*|screenshot\w*|screen|скрин\w*|skrin\w*|print|ekran\s?goruntu\w*|tangkapan\s?layar"
    r"|اسکرین\w*|اسكرين\w*|لقطة|bildschirmfoto\w*)(?![^\W_])"
)
# The code covered in what is forwarded: "Les reenvío lo que me llegó (tapé el código)" (fresh-zzzr).
_CODE_HIDDEN = folded(
    r"(?<![^\W_])(?:tap[eé]|tapad[oa]|ocult[eé]|ocultad[oa]|escond[ií]|borr[eé]|tach[eé]|tampei|tampad[oa]|ocultei"
    r"|apaguei|covered|hid|hidden|blurred|redacted|masked|starred|crossed\s?out|cach[eé]|masqu[eé]|flout[eé]|barr[eé]"
    r"|geschw[aä]rzt|verdeckt|unkenntlich|замазал\w*|скрыл\w*|zamazal\w*|skryl\w*|gizledim"
    r"|sansurledim|karaladim|disensor|ditutupi|diblur|(?:saya|aku|sy)\s?tutupi|chh?upa\s?(?:diya|di|dia)"
    r"|blur\s?kar\s?(?:diya|di)|پوشاندم|پوشوندم|سانسور\s?کردم|غطيت|خبيت|أخفيت|اخفيت)(?![^\W_])"
)
_CODE_HIDDEN_REACH = 20
_SCREENSHOT_REACH = 12  # the offered thing right after the verb
_WITHOUT_BEFORE = folded(
    r"(?<![^\W_])(?:sin|without|w/o|ohne|sans|sem|tanpa|без|bez|bina|بدون)"
    r"\s(?:(?:el|la|los|las|the|le|les|o|a|os|as|den|die|das|mein\w*|my|mi|mis|mon|ma|mes|meu|minha)\s)?$"
)
_PREFER_BEFORE = folded(r"ترجیح\s$")
_TRANSFER = folded(
    r"transf\w*|/transfer|ownership|منتقل|انتقال|نقل|حول|devr\w*|aktar\w*|перед(?:а|ам|ал|ай|ав|аю)\w*|peredal\w*|peredam"
    r"|pindah\w*|alihkan|ubertrag\w*|owner\w*|vladel\w*|владел\w*|montaghel\w*"
)
# A token named before BotFather: the token is what is handed, BotFather made it (fresh-zy).
_TOKEN_NAMED = folded(r"(?<![^\W_])(?:token|токен)")
# Handing a channel, group or bot over (not adding someone to it), and what is handed over.
_HANDOVER = folded(
    r"(?<![^\W_])(?:transf\w*|/transfer|devr\w*|aktar\w*|перед(?:а|ам|ал|ай|ав|аю)\w*|pered(?:a|am|al|ay|av|ayu)\w*|pindah\w*|alihkan|ubertrag\w*|ced[eiao]\w*"
    r"|pass(?:e|o|ar|ei|ed|ing)?|pas[eo]|pasar|hand(?:ed|ing|s)?\s?(?:(?:the|my|our|this|that)\s(?:channel|group|bot|chat)\s)?over|نقل\w*|انقل\w*|أنقل\w*|حول\w*|احول\w*|أحول\w*)(?![^\W_])"
)
_CHANNEL = folded(
    r"(?<![^\W_])(?:channel|group|bot|bota|бот(?:а|ов)?|kanal(?:i|imi)?|grub(?:u|umu)|canal|grupo|grup|gruppe|chaine|groupe|канал|групп\w*|gruppu|قنا\w*|قروب\w*"
    r"|جروب\w*|کانال|گروه)(?![^\W_])"
)
# A friend named as whose channel it is, not who gets the rights: "adminom v kanal druga" (fresh-zza).
# ("в канал", "в канале": the channel is where; "права канала новому менеджеру" gives them to him)
_WHOSE_CHANNEL = folded(r"(?<![^\W_])(?:во?|v)\s(?:канале?|kanale?|групп[уе]|grupp[ue])\s(?:мо\w+\s|mo\w+\s)?$")
_LINK_OF = folded(r"(?<![^\W_])(?:link|enlace|url|lien|ссылк\w*|ssylk\w*|لینک|رابط|tautan)\s(?:\w+\s)?$")
_INTO = folded(
    r"(?<![^\W_])(?:to|into|in|al|a|en|no|na|pra|pro|para|в|во|на|ke|di|dans|sur|zu|auf|ins|في|فى|در|به|توی)\s(?:[^\W_]+\s){0,2}$"
)
# "les paso todo lo que necesiten para iniciar sesión": what logging in takes, no session file (fresh-zy)
_LOGGING_IN_BEFORE = folded(r"(?:iniciar|inicio\sde|iniciando)\s$")
_SESSION_CREDENTIAL = folded(r"tdata|тдат|session|сесси|sessi|سشن|sesi|oturum|token|токен")


# Whether someone could get in, asked: "if someone knows my number…, can they log in?"
# Someone, anyone: the customer's "if someone asks…", the agent's "if anyone sent you…".
SOMEONE = (
    r"(?:someone|somebody|anyone|anybody|alguien|alguem|quelqu'un|jemand|кто-?то|kto-?to|birisi|biri|seseorang"
    r"|ada\s?yang|koi|کسی|أحد|احد|حد)"
)
_IF_SOMEONE = folded(r"(?<![^\W_])" + _IF + r"\s(?:[^\W\d_]+\s)?" + SOMEONE + r"(?![^\W_])")


def _clause(ctx: Context, pos: int) -> tuple[int, int]:
    """From the comma before pos to the comma after it, in its sentence. A comma inside
    brackets of data that do not hold pos ends no clause: "transferring ownership of my
    group (t.me/+…, 3 412 members) to your support acc" (fresh-zzr); one in brackets of
    words does: "es admin del canal (lo puse yo, no a vosotros)"."""
    sentence_start, sentence_end = ctx.sentence(pos)
    lower = ctx.lower
    before = lower.rfind(",", sentence_start, pos)
    after = lower.find(",", pos, sentence_end)
    if lower.find("(", sentence_start, sentence_end) >= 0:
        while before >= 0 and _bracketed(lower, before, sentence_start, pos):
            before = lower.rfind(",", sentence_start, before)
        while after >= 0 and _bracketed(lower, after, pos, sentence_end):
            after = lower.find(",", after + 1, sentence_end)
    return (before + 1 if before >= 0 else sentence_start), (after if after >= 0 else sentence_end)


def _bracketed(lower: str, at: int, start: int, end: int) -> bool:
    """at is inside brackets that open and close within [start, end) and hold a number."""
    opened = lower.rfind("(", start, at)
    if opened < 0 or lower.rfind(")", opened, at) >= 0:
        return False
    closed = lower.find(")", at, end)
    return closed >= 0 and lower.find("(", at, closed) < 0 and _DIGIT.search(lower, opened, closed) is not None


def _question(ctx: Context, pos: int, end: int | None = None, role: re.Match[str] | None = None) -> bool:
    """In a question that is asked, not offered: "should I send you the code?"
    (a question word up to the end of the anchor's clause). A question word
    after the anchor `end` that only says what to look at is the verb's
    object, not a question: "log in and check why order … is partial?".
    Before a `role` word, "como"/"comme" is "as": "coloquei vocês como admin
    do canal, … né?" is a statement."""
    sentence_start, sentence_end = ctx.sentence(pos)
    if ctx.lower[sentence_end - 1 : sentence_end] != "?":
        return False
    _, clause_end = _clause(ctx, pos)
    if role is not None:
        # "senha eu não passo…, mas posso colocar vocês como admin…, qual @ eu adiciono?": a "but"
        # opens the offer; question words before it belong to what it turned from.
        sentence_start = max(
            (b.start() for b in _BUT_WORD.finditer(ctx.lower, sentence_start, pos)), default=sentence_start
        )
        return any(
            not (q.group() in _AS_WORDS and ctx.lower[q.end() : role.start()].strip() == "")
            # "sdelal vash akk adminom v gruppe kak prosili": as asked (fresh-zzza)
            and ctx.find(SOMEONE_ASKS, q.end(), q.end() + _AS_ASKED_REACH) is None
            for q in ctx.find_all(QUESTION, sentence_start, clause_end)
        )
    if end is None:
        return ctx.find(QUESTION, sentence_start, clause_end) is not None
    return any(
        q.start() < end or not _EMBEDDED_WH.fullmatch(q.group())
        for q in ctx.find_all(QUESTION, sentence_start, clause_end)
    )


_AS_WORDS = frozenset(("como", "comme", "as"))
_AS_ASKED_REACH = 14
# Rights offered as a question are offered: "want me to make you owner?", "soll ich dich zum
# owner machen?", "quer que eu te passe a posse?", "owner bana du kya?" ("should I…?" asks).
_OFFER_QUESTION = folded(
    r"want\s?me\s?to|shall\s?i|soll\s?ich|sollen\s?wir|quer(?:es|em)?\s?que\s?eu|quieres\s?que|quieren\s?que|quiere\s?que"
    r"|voulez-vous\s?que\s?je|tu\s?veux\s?que\s?je|хотите,?\s?(?:я|чтобы\s?я)|hotite,?\s?(?:ya|chtoby\s?ya)"
    r"|ister\s?misiniz|mau\s?(?:aku|saya|sy)\s|bana\s?(?:du|doon|dun)\s?kya|kar\s?(?:du|doon|dun)\s?kya"
    r"|میخواید|میخواین|می\s?خوای[دن]|تبغى|تبي\s?(?:ا|أ)"
    # "…devredeyim mi?" (shall I hand it over?); "…, kak udobnee?" (whichever suits you?)
    r"|\w+[ae]yim\s?mi|kak\s?(?:vam\s)?udobnee|как\s?(?:вам\s)?удобнее"
    # "…, bana doon?", "…, je le fais ?", "tdata … a3tiha lkom?", ".session file hai, bhej du?"
    r"|bana\s?(?:du|doon|dun)|bhej\s?(?:du|doon|dun)|je\s?le\s?fais|a3ti(?:ha|h|hom)?\s?(?:lkom|lik|lak)"
    # a statement with a tag: "Sie loggen sich einfach bei mir ein und schauen, okay?"
    r"|,\s?(?:okay|ok|ja|oder|right|vale|d'accord|tamam|ne)\s?\?"
    # "¿Y si mejor les paso la propiedad…?", "…e depois vcs me devolvem, tranquilo?" (agreed?)
    r"|y\s?si\s?(?:mejor\s)?(?:les|te|os)\s?(?:paso|doy|hago|pongo)|(?:tranquilo|beleza|combinado|d'accord|tamam|ладно|باشه)\s?\?"
    # "mogu skinut vam fail 7965….session …, posmotrite sami, ok?": I can send it, asked as a question
    r"|(?:могу|mogu)\s?(?:вам\s|vam\s)?(?:скинуть|отправить|прислать|skinut|otpravit|prislat)"
)


def _offered_as_question(ctx: Context, pos: int) -> bool:
    return ctx.find(_OFFER_QUESTION, *ctx.sentence(pos)) is not None


# Question words that, after a verb, say what to look at ("check why", "посмотреть, почему").
_EMBEDDED_WH = folded(
    r"""why|what|how|where|when|which|por\s?que|porque|que|como|cuando|donde|почему|зачем|что|как|где
  |когда|pochemu|zachem|chto|kak|gde|neden|niye|nasil|ne|kenapa|mengapa|apa|bagaimana|gimana|kyu|kyun|kaise|kya|kab
  |ليش|لماذا|ليه|شو|ايش|كيف|چرا|چی|چطور|چطوری|کی|pourquoi|comment|quoi|quand|warum|was|wie|wieso|weshalb|wann""",
    re.VERBOSE,
)


def _polite_request(ctx: Context, m: re.Match[str]) -> bool:
    """A request put as a question: "could you log in and check?", "pouvez-vous
    vous connecter ?", "girip bakabilir misiniz?"; not when another question
    word comes before the anchor ("how can you log in to my account?")."""
    clause_start, clause_end = _clause(ctx, m.start())
    polite = ctx.find(POLITE_ASK, clause_start, clause_end)
    if polite is None:
        return False
    sentence_start, _ = ctx.sentence(m.start())
    return all(
        polite.start() <= q.start() < polite.end() or q.start() >= m.start()
        for q in ctx.find_all(QUESTION, sentence_start, m.start())
    )


def _other_handle(lower: str, start: int, end: int) -> bool:
    """A @username in the clause that is not support's (a friend, a bot), nor the
    channel's own name ("administrador del canal @recetas_faciles")."""
    return any(
        not SUPPORT_HANDLE.fullmatch(h.group())
        and (not h.group().endswith("bot") or h.group()[1:] in _KNOWN_BOTS)
        and not _CHANNEL_NAMED.search(lower, max(start, h.start() - 12), h.start())
        for h in _HANDLE.finditer(lower, start, end)
    )


_CHANNEL_NAMED = re.compile(_CHANNEL.pattern + r"\s?$")


_LIST_REPORT_REACH = 400


def _listed_demand(ctx: Context, pos: int) -> bool:
    """A numbered item of what someone else demands: "…diciendo que para liberarlo tengo
    que:\n1) hacer a su cuenta administrador del canal" (the report is before the list)."""
    line_start = ctx.line_start(pos)
    return bool(LIST_ITEM.match(ctx.lower, line_start)) and (
        ctx.find(SOMEONE_ASKS, max(0, pos - _LIST_REPORT_REACH), line_start) is not None
    )


# A numbered list's item at a line's start: "1. …", "2) …".
LIST_ITEM = re.compile(r"[ \t]*\d{1,2}[.)]\s")
# Group-management bots everyone adds as admin: "le di admin a @Combot" gives support nothing.
_KNOWN_BOTS = frozenset(
    "combot grouphelpbot missrose_bot shieldy_bot controllerbot groupbutler_bot rose_bot protectronbot manybot"
    " livegrambot livegram_bot".split()
)
# A known bot described by a support word: "pro @ManyBot de atendimento" (its customer service)
_KNOWN_BOT_OF = re.compile(r"@(\w+)\s(?:de|do|da|du|for|of|для|icin)\s$")


# The panel's public bot, added by the customer for a service ("dobavil vashego publichnogo
# @PanelViewsDeliveryBot adminom", "@PainelEntregaBot (o bot público de entregas de vocês)", fresh-zzzl):
# a tool every customer adds, no person's access.
_PUBLIC_BOT = folded(
    r"(?<![^\W_])(?:(?:bot|ربات|бот)\s(?:public|publico|publica|عمومی|публичн\w*|publichn\w*|umum|publik|offentlich\w*)"
    r"|(?:public|publichn\w*|публичн\w*|offentlich\w*|publik)\s@\w*bot)(?![^\W_])"
)


# A line of Telegram's "Recent actions" pasted: "@sara_admin promoted @Rose to admin", "@claire_admin a
# promu @Shieldy_bot administrateur" (fresh-zzzl): one handle granted another, the customer granted nothing.
_LOG_LINE = re.compile(r"[ \t]*@\w+[ \t]+(?:[^\W_]+[ \t]+){0,2}?@\w+")


_LOG_LINE_REACH = 200  # such a line is short: no search past it (a 100 KB line has no start near pos)


def _admin_log_line(lower: str, pos: int) -> bool:
    line_start = lower.rfind("\n", max(0, pos - _LOG_LINE_REACH), pos) + 1
    if line_start == 0 and pos > _LOG_LINE_REACH:
        return False
    return _LOG_LINE.match(lower, line_start, min(len(lower), pos + _LOG_LINE_REACH)) is not None


def _known_bot_of(lower: str, pos: int) -> bool:
    described = _KNOWN_BOT_OF.search(lower, max(0, pos - 40), pos)
    return described is not None and described.group(1) in _KNOWN_BOTS


def _negated(ctx: Context, pos: int, reach: int = 30) -> bool:
    """A negation shortly before, in the same clause: "Damit wir nicht ewig
    diskutieren: loggt euch ein", "Si no me creéis, entrad en mi Telegram" invite."""
    clause_start, _ = _clause(ctx, pos)
    lo = max(clause_start, pos - reach)
    lo = ctx.lower.rfind(":", lo, pos) + 1 or lo
    return ctx.negation_in(lo, pos)


_NOUN_LOGIN_BEFORE = folded(r"(?:для|нужен|нужна|нужно|был|была)\s$")
# Hindi and Indonesian say who logged in before the verb: "maine khud panel me login karke dekha",
# "Saya login sendiri ke panel" (I did, myself); Arabic after "I tried", "I can".
_SELF_BEFORE = folded(
    r"(?<![^\W_])(?:maine|saya|sy|aku|gue|gw)\s(?:[^\W_]+\s){0,3}$"
    # "لما حاولت أدخل على حسابي" (when I tried to get into my account): "أدخل" is "I enter" here
    r"|(?<![^\W_])(?:حاولت|أحاول|احاول|بحاول|قدرت|أقدر|اقدر)\s$"
)
# Into one's own account: "Sasha, zaydi v panel pod svoim loginom" (a message to a colleague).
_OWN_LOGIN = folded(
    r"\s(?:[^\W_]+\s){0,3}?(?:pod\s?svoim|под\s?своим|with\s?your\s?own|con\s?tu\s?propi[ao]"
    r"|com\s?(?:sua|seu)\s?propri[ao]|mit\s?deinem\s?eigenen|avec\s?ton\s?propre|apne\s?(?:account|login|id))"
)
# The end of a range after its first number: "de 5.200 pra 4.900".
_RANGE_END = re.compile(r"\s?(?:a|à|pra|para|hasta|ate|até|au|-|–|→)\s?\d")
# ("82800 için bu link yeterli mi?": what the order is for, fresh-zzc)
_OWNER_AFTER = re.compile(r" (?:siparis\w*|numarali|nolu|no'?lu|icin)(?![^\W_])")
# An order's status right after the number, a word apart at most (a Turkish case ending may
# sit on the number): "69090 partial kyu hua", "65140'ın neden iptal olduğunu".
_STATUS_BEFORE = re.compile(r"(?<![^\W_])" + alternation("STATUS") + r":?\s$")
_STATUS_AFTER = re.compile(r"(?:'\w{1,4})?(?:\s[^\W\d_]+)?\s" + alternation("STATUS") + r"(?![^\W_])")
# Turkish "cannot": yap-a-mıyor-um, gir-e-me-dim, gir-e-mez, gir-e-mem (the view folds ı to i).
_TR_CANNOT = re.compile(r"\s?\w*?(?:[ae]m[iı]yor|[ae]m[ae]d[iı]|[ae]m[ae]z|[ae]mem)\w*")


def _refused_after(ctx: Context, pos: int) -> bool:
    """What was asked at pos is refused: the sentence after says no ("J'ai refusé", "I didn't", "I
    blocked them"), or its own end does after a quote ('sent me "add @x as admin" - I'm not doing that')."""
    sentence_end = ctx.sentence(pos)[1]
    quote_end = max(ctx.lower.rfind('"', pos, sentence_end), ctx.lower.rfind("”", pos, sentence_end))
    if quote_end >= 0 and ctx.negation_in(quote_end, sentence_end):
        return True
    if sentence_end >= len(ctx.lower):
        return False
    next_start, next_end = ctx.sentence(min(len(ctx.lower) - 1, sentence_end + 1))
    opening = min(next_end, next_start + _REFUSAL_OPENING)
    return ctx.negation_in(next_start, opening) or ctx.find(_BLOCKED, next_start, opening) is not None


_REFUSAL_OPENING = 24  # "J'ai refusé et …": the no comes first in the sentence
_BLOCKED = folded(
    # ("رفضت طبعاً وحظرته": I refused, of course, and blocked him; "و" is "and", written on to the word)
    r"(?<![^\W_])(?:blocked|bloque\w*|engelle\w*|و?حظرت\w*|رفضت\w*|blockiert|заблокировал\w*|zablokiroval\w*|diblokir|blokir\w*"
    r"|block\s?kar\s?(?:diya|di)|بلاک\s?کردم)(?![^\W_])"
)
# Someone wrote to the customer: what the sentence says next is what they wrote or wanted.
_CONTACTED_ME = folded(
    r"(?<![^\W_])(?:wrote\s?(?:to\s)?me|sent\s?me(?=\s?[\"“«„'])|messaged\s?me|dm'?e?d\s?me|texted\s?me|me\s?escribi\w*|me\s?mand\w*\s?(?:un\s)?mensaje"
    r"|me\s?mandou\s?mensagem|me\s?chamou|bana\s?yazd\w*|bana\s?(?=['\"‘“«])|(?:chat|dm)\s?(?:aku|saya)(?=\s?['\"‘“«])|bana\s?mesaj\s?at\w*|راسلني|كلمني|ne\s?dm\s?kiya|ne\s?message\s?kiya"
    r"|hat\s?mir\s?(?:[^\W_]+\s){0,6}?geschrieben|m'a\s?(?:ecrit|contacte)|написал\w*\s?мне|napisal\w*\s?mne"
    r"|menghubungi\s?saya|chat\s?saya|بهم\s?پیام\s?داد)(?![^\W_])"
)


_QUOTE_MARK = re.compile("[«“\"„']")
_SINGLE_QUOTE_OPENS = re.compile(r"(?:^[ \t]*|:[ \t]?)'")
_LONE_SINGLE_QUOTE = re.compile(r"'(?<![^\W_]')|'(?![^\W_])")


def _told(ctx: Context, pos: int) -> bool:
    """pos is in quotes, or in a message the customer quotes: what someone wrote, not the customer's offer."""
    return _quoted(ctx, pos) or _in_quoted_message(ctx, pos)


def _in_quoted_message(ctx: Context, pos: int) -> bool:
    """Inside a message quoted on its line, opened at least a few words before: «Ваш заказ
    заблокирован. Для разблокировки заархивируйте папку tdata и пришлите нам» is what a scammer
    wrote (not 'the "tdata" folder', a name in quotes)."""
    return _quoted_message_start(ctx, pos) >= 0


def _quoted_message_start(ctx: Context, pos: int) -> int:
    """Where the message quoted around pos opens (see _in_quoted_message), or -1."""
    lo = max(0, pos - _QUOTED_MESSAGE_REACH)
    lo = ctx.cased.rfind("\n", lo, pos) + 1 or lo  # (the line's start, or the reach's)
    before = ctx.cased[lo:pos]
    if _QUOTE_MARK.search(before) is None:
        return -1
    low = before.rfind("„")  # German „…“: open while no closing mark follows it
    low = low if low >= 0 and "“" not in before[low:] and '"' not in before[low:] else -1
    # A single quote opens a message only at the line's start or after a colon ("Prishlo v telegu …:\n'Vash
    # zakaz …'", fresh-zzy); elsewhere it is an apostrophe ("l'admin", "don't").
    single = max((m.end() - 1 for m in _SINGLE_QUOTE_OPENS.finditer(before)), default=-1)
    # (an apostrophe inside a word opens and closes nothing: "DMed me: 'I'm the panel owner, send…")
    single = single if single >= 0 and len(_LONE_SINGLE_QUOTE.findall(before, single)) % 2 == 1 else -1
    opened = max(before.rfind("«"), before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1, low, single)
    is_open = (
        before.count("«") > before.count("»")
        or before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or low >= 0
        or single >= 0
    )
    return lo + opened if opened >= 0 and len(before) - opened > _QUOTED_NAME and is_open else -1


def _in_scam_message(ctx: Context, pos: int, linked: bool = True) -> bool:
    """Inside a quoted message that sends its reader to a site that is not Telegram's (`linked`), in
    a ticket that says it is a scam: «…перейдите https://t-me-security.ru/unlock и введите код
    подтверждения 5521-AX» is reported, and its code the scammer's (fresh-zzh); not „Ihr
    Bestätigungscode für tgboostpanel.com lautet 48-3-17", quoted to be used."""
    start = _quoted_message_start(ctx, pos)
    return (
        start >= 0
        and (not linked or any(not _TELEGRAM_SITE.match(ctx.lower, s) for s, _ in _links_in(ctx, start, pos)))
        and (_SCAM_REPORT.search(ctx.lower, 0, start) or _SCAM_REPORT.search(ctx.lower, pos)) is not None
    )


_TELEGRAM_SITE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.(?:org|me)|telegra\.ph|web\.telegram\.org)(?![\w.-])"
)
# A ticket's words for a scam or a warning, in the twelve languages.
_SCAM_REPORT = folded(
    r"scam|phishing|fraud|fake|suspicious|beware|careful|warn|alert|мошенн|развод|фишинг|предупре|подозрит|фейк|осторожн"
    r"|moshenn|razvod|fishing|predupre|podozrit|feik|fejk|ostorozhn|estafa|fraude|falso|sospech|cuidado|reportar|golpe"
    r"|suspeit|alerta|se\spassando|dolandir|sahte|supheli|dikkat|uyari|oltalama|penipu|palsu|curiga|hati-hati|hati2"
    r"|waspada|lapor|احتيال|نصاب|مزيف|تنبيه|تحذير|مشبوه|انتبه|کلاهبردار|جعلی|فیشینگ|مشکوک|هشدار|dhokha|savdhan|farzi"
    r"|nakli|arnaque|escroc|hameconnage|faux|suspect|mefi|signale|betrug|gefalscht|verdachtig|achtung|warnung|vorsicht"
)


_QUOTED_MESSAGE_REACH = 400
_QUOTED_NAME = 20  # chars a quote opened before may hold and still only name the thing


def _quoted(ctx: Context, pos: int) -> bool:
    """Inside quotes in its sentence: a form's or a button's name ("«تأیید مالکیت»",
    "the "Transfer ownership" button"), not something done."""
    lower = ctx.lower
    sentence_start, _ = ctx.sentence(pos)
    if lower.count('"', sentence_start, pos) % 2 == 1:
        return True
    # A message quoted whole, over sentences of its own: «Vash zakaz 73310 otmenen. Chtoby vernut'
    # 820 rub, voidite cherez …» (fresh-zy); read on its line, in a bounded window.
    line_start = max(ctx.line_start(pos), pos - _QUOTE_REACH)
    line_end = lower.find("\n", pos, pos + _QUOTE_REACH)
    line_end = min(len(lower), pos + _QUOTE_REACH) if line_end < 0 else line_end
    return lower.count('"', line_start, pos) % 2 == 1 and '"' in lower[pos:line_end]


_QUOTE_REACH = 300


# A line of a pasted chat: "[03.06.2024 18:40] Dima: …", "03/06/2024, 18:40 - Dima: …".
_CHAT_EXPORT_LINE = re.compile(
    r"[ \t]*\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?\s?(?:-\s)?[^\W\d_][^:\n]{0,30}:\s"
)


def _in_chat_export(ctx: Context, pos: int) -> bool:
    """On a line of a pasted chat between other people ("[02/06/24 10:12] Yo: te hice admin del canal,
    Lucas", fresh-zzn): its "you" is the one chatted with, unless support's @handle is on the line."""
    line_start = ctx.line_start(pos)
    line = _CHAT_EXPORT_LINE.match(ctx.lower, line_start)
    if line is None or line.end() > pos:
        return False
    line_end = ctx.lower.find("\n", pos)
    return ctx.find(SUPPORT_HANDLE, line_start, len(ctx.lower) if line_end < 0 else line_end) is None


# Support's bot, named as theirs: "Dobavil vashego bota v gruppu, vot tekst s ekrana: «Vy naznachili
# @PanelRefillBot administratorom…»" (fresh-zzzzj).
_SUPPORTS_BOT = folded(
    rf"(?<![^\W_])(?:(?:{_YOUR}|вашему|vashemu|vash)\s(?:own\s)?"
    r"(?:bot|bota|бота|бот)|(?:bot|ربات)\s(?:kalian|anda|kakak|de\svoces|شما)|(?:aapke|apke|aapka)\sbot|بوتكم|رباتتون)(?![^\W_])"
)


def _quoted_grant_to_support(ctx: Context, pos: int) -> bool:
    """A quote that is Telegram's own message of what the customer did, naming support's @handle or bot
    («قمت بتعيين @SMMDa3m_Support مشرفاً», "has been transferred to @BoostFranceSupport", fresh-zzn);
    not a message reported as a scam, nor one asked about ("… admin to get free members". Is this you?)."""
    sentence_start, sentence_end = ctx.sentence(pos)
    if (
        ctx.find(SUPPORT_HANDLE, sentence_start, sentence_end) is None
        and ctx.find(_SUPPORTS_BOT, sentence_start, sentence_end) is None
    ) or _in_scam_message(ctx, pos, linked=False):
        return False
    next_end = ctx.sentence(sentence_end)[1] if sentence_end < len(ctx.lower) else sentence_end
    return "?" not in ctx.lower[pos:next_end]


# (or after a colon: "Pro dostup srazu skazhu: nikomu … ne dam", fresh-zzw; "Скажу сразу: ни пароль, ни
# код … я не дам", a word between, fresh-zzzzk)
_DASHED_NO = re.compile(r"(?:\s[^\W\d_]+)?\s?[—–:-]\s?" + alternation("NEGATION") + r"(?![^\W_])")
_PRESSED = re.compile(r"\s(?:a|al)\s?[\"«“']")


_OR_NOT_WORDS = (
    r"(?<![^\W_])(?:or\s?not|или\s?нет|ili\s?net|o\s?no|ou\s?nao|oder\s?nicht|ou\s?pas|ou\s?non"
    r"|atau\s?(?:tidak|nggak|gak|ga|enggak|ngga|nggak)|ya\s?nahi|یا\s?نه|ولا\s?لا|أم\s?لا|ام\s?لا|mi\s?degil\s?mi)"
)
# A question written without its mark: "… لازمه وارد اکانت من بشید یا نه." (… or not).
_OR_NOT = folded(_OR_NOT_WORDS + r"\s?[.!]?\s?$")
# "برای بررسی اینکه اکانت محدودیت داره یا نه، اجازه بدید…" (to see whether it is limited or not,
# let us…): the "not" of "or not" that ends a clause before pos refuses nothing after it.
# (or a dash: "… sahi handle kar raha hai ya nahi — please … bhej do", fresh-zzd)
_OR_NOT_CLAUSE = folded(_OR_NOT_WORDS + r"\s?(?:[,;:]|-\s)")


def _or_not_before(ctx: Context, m: re.Match[str], pos: int) -> bool:
    found = _OR_NOT_CLAUSE.search(ctx.lower, max(0, m.start() - 8), pos)
    return found is not None and found.start() <= m.start() < found.end()


_IS_IT_TRUE = folded(
    r"(?<![^\W_])(?:is\s?it\s?true|really|eto\s?pravda|pravda|правда|это\s?правда|neuzheli|неужели|es\s?verdad"
    r"|[eé]\s?verdade|c'?est\s?vrai|stimmt\s?es|ist\s?es\s?wahr|dogru\s?mu|benarkah|apa\s?benar|kya\s?sach)(?![^\W_])"
)
# Done already ("aapne password share kiya hai": you shared it; "khud login kiya": I logged in): a report.
DONE_AFTER = folded(
    r"\s?(?:kiya|kiye|kar\s?diya|kar\s?chuke|diya\s?hai|diye\s?hai"
    # "Password yang kakak ketik tadi sudah kami hapus": typed a moment ago
    r"|tadi|barusan)(?![^\W_])"
)
_ATTEMPTED_BEFORE = folded(
    r"(?:tried|trying|tries|attempted|attempting|wanted)\s(?:to\s)?$|(?:пытал\w*|пытает\w*|pytal\w*|pytaet\w*)\s$"
    # "кто-то пытался зайти в мой аккаунт" (fresh-zzi)
    r"|(?:intent[oó]|intentaron|intentaba|tentou|tentaram|tentando|mencoba|essay[ée]\sde|tent[ée]\sde)\s$"
    # "hat er versucht, sich in meinen Account einzuloggen" (fresh-zzzzd)
    r"|versucht\w*,?\s(?:sich\s|mich\s)?$"
)
# Turkish says the attempt after the verb: "hesabıma girmeye çalışıyormuş" (he was trying to get in, fresh-zzzzd).
_ATTEMPTED_AFTER = folded(r"\s(?:çalış\w*|deni\w*)")


# Support's own people: "one of your esteemed colleagues could log into my account" (fresh-zx).
_YOURS_BEFORE = folded(
    r"(?<![^\W_])(?:your|vashi?\w*|ваш\w*|tus?|sus?|vuestr\w*|seus?|suas?|votre|vos|ihre?\w*|eure?\w*|anda|kalian)\s(?:\w+\s)?$"
)


def _someone_elses(ctx: Context, start: int, end: int) -> bool:
    """A third party named in [start, end), not one of support's own."""
    return any(
        not _YOURS_BEFORE.search(ctx.lower, max(0, t.start() - 24), t.start())
        for t in ctx.find_all(THIRD_PARTY, start, end)
    )


_ORDERS_GIVEN = folded(r"سفارش")
# Rights taken away, nearer the role than any grant: "Le quité los permisos de admin", "sudah saya cabut akses
# admin dari bot kakak", "aapke bot se admin hata diya" (fresh-zzv).
_REMOVED = folded(
    r"(?<![^\W_])(?:removed|revoked|took\s?away|taken\s?away|quit[eé]|quitado|quitamos|retir[eé]|retirado|retirei"
    r"|removi|tirei|cabut\w*|hapus\w*|copot\w*|hata\s?(?:diya|diye|di|dia)|nikal\s?(?:diya|di)|entfernt|entzogen"
    r"|kaldirdim|aldim|снял\w*|забрал\w*|удалил\w*|убрал\w*|snyal\w*|zabral\w*|udalil\w*|ubral\w*|حذفت|شلت|سحبت"
    r"|نزعت|برداشتم|حذف\s?کردم|retire|enleve|supprime)(?![^\W_])"
)
_THEY_LOG_IN = folded(
    r"(?<![^\W_])(?:dia|beliau|he|she|он|она|on|ona|و?كان|و?كانت)\s$"
)  # ("وكان يستخدم حسابنا", fresh-zzzh)
_WHEN_BEFORE = folded(r"(?<![^\W_])(?:when|whenever|every\s?time|each\s?time|next\s?time)\s$")
_MY_AFTER = re.compile(r"\s(?:[^\W_]+\s){0,2}?my(?![^\W_])")  # "when you log in to my account" still invites
_TO_ME_BEFORE = folded(r"(?<![^\W_])(?<!let\s)(?<!lets\s)(?<!help\s)me\s$")  # not "let me add you as admin"
_GIVEN_ME = folded(
    r"(?<![^\W_])(?:(?:أ|ا)?عطاني|منحني|خلاني|عينني|جعلني"
    # "هو نقل الملكية لي" (he transferred the ownership to me, fresh-zzw)
    r"|(?:نقل|حول)\s?(?:ال)?ملكي[ةه]\s?(?:لي|إلي|الي)"
    # "المالك القديم نقل لي القناة", "Eski sahip kanalı bana … devretti": the old owner handed it to me (fresh-zzzb)
    r"|(?:نقل|حول)\s?(?:لي|إلي|الي)|bana\s(?:\S+\s){0,3}?devret(?:ti|mis)\w*"
    # "я добавлена как админ с правом публикации": I was added (fresh-zzzzh)
    r"|я\s(?:добавлен\w*|назначен\w*)|ya\s(?:dobavlen\w*|naznachen\w*))(?![^\W_])"
)
_MANAGING = folded(r"مدیریت\s?(?:می\s?)?(?:کن|کرد)")
# "الرابط عام t.me/saudi_deals_now ادخلوا وشوفوا": the bare "enter" goes into the link just given (fresh-zzza)
_ENTER_BARE = folded(r"ادخلوا")
_LINK_JUST_BEFORE = re.compile(r"(?:t\.me|telegram\.me|https?:)/\S*\s{1,3}$")


def access_hits(ctx: Context) -> list[Hit]:
    lower = ctx.lower
    hits: list[Hit] = []
    for m in ctx.anchors("LOGIN_INVITE"):
        clause_start, _ = _clause(ctx, m.start())
        if _someone_elses(ctx, clause_start, m.start()):  # "my friend can use my account"
            continue
        if _TR_CANNOT.match(lower, m.end()) or _TR_CANNOT.fullmatch(m.group().split()[-1]):
            continue  # "panel hesabıma giriş yapamıyorum": I cannot log in
        if ctx.norm.original_of(m.start(), m.end()).split()[0].lower().endswith("é"):
            continue  # "Inicié sesión en mi cuenta", "entré a mi cuenta": I logged in (the view drops the accent)
        if _ENTER_BARE.fullmatch(m.group()) and _LINK_JUST_BEFORE.search(lower, max(0, m.start() - 80), m.start()):
            continue
        if _THEY_LOG_IN.search(lower, max(0, m.start() - 8), m.start()):
            continue  # "dia login sendiri di HP barunya": the boss logs in, no one is invited (fresh-zza)
        if _WHEN_BEFORE.search(lower, max(0, m.start() - 12), m.start()) and not _MY_AFTER.match(lower, m.end()):
            continue  # "You will need it when you log in on a new device": Telegram's screen, pasted (fresh-zzo)
        if _SELF_BEFORE.search(lower, clause_start, m.start()) or _OWN_LOGIN.match(lower, m.end()):
            continue  # "maine khud … login karke dekha" (I logged in), "zaydi … pod svoim loginom" (your own)
        if DONE_AFTER.match(lower, m.end()):
            continue  # "na hi khud login kiya": done, not offered (fresh-zzi)
        if _told(ctx, m.start()):
            continue  # 'muncul "Sesi Anda telah berakhir, silakan login kembali"': the panel's message
        # "O sistema de vocês entra na conta dos clientes?", "Müssen Sie sich … einloggen?": asked
        asked = (
            _question(ctx, m.start(), m.end())
            or (ctx.is_question(m.start()) and not _offered_as_question(ctx, m.start()))
            or _OR_NOT.search(lower, m.end(), ctx.sentence(m.start())[1]) is not None
        )
        if _ATTEMPTED_BEFORE.search(lower, max(0, m.start() - 16), m.start()) or _ATTEMPTED_AFTER.match(lower, m.end()):
            continue  # "someone tried to log into my account": a report of an attempt, no invitation
        if _NOUN_LOGIN_BEFORE.search(lower, max(0, m.start() - 10), m.start()):
            continue  # "код для входа в мой аккаунт", "нужен вход в мой аккаунт": the login named, not offered
        if asked and ctx.find(_IS_IT_TRUE, ctx.sentence(m.start())[0], m.start()) is not None:
            continue  # "Eto pravda vy mozhete zayti v moy akkaunt?": a real question (fresh-zr)
        if asked and ctx.find(_IF_SOMEONE, max(0, ctx.sentence(m.start())[0] - 120), m.start()) is not None:
            continue  # "Si alguien sabe mi número pero no la contraseña, ¿puede entrar igual?" (fresh-zzu)
        if (not asked or _polite_request(ctx, m)) and not _negated(ctx, m.start(), 25):
            hits.append(Hit("admin_access", m.start(), m.end(), _INVITE_REASON))
    for m in ctx.anchors("OFFER"):
        sentence_start, sentence_end = ctx.sentence(m.start())
        clause_start, _ = _clause(ctx, m.start())
        if (
            _question(ctx, m.start())
            or _reported(ctx, m.end())  # "minta saya kirim kode": asked me to send
            # a scammer's offer quoted: 'DM: "… kirimin kode 5 digit …, nanti aku kasih 10rb member"' (fresh-zzzr)
            or _told(ctx, m.start())
            or _negated(ctx, m.start())
            or ctx.find(NEGATION, m.start(), m.end())
            or ctx.find(_NEGATION_AFTER, m.end(), m.end() + 25)
            or VERB_NEGATION_AFTER.match(lower, m.end())
            or _DASHED_NO.match(lower, m.end())  # "то сразу скажу — не дам": said, and refused
            or _PRESSED.match(lower, m.end())  # "le doy a «Reenviar verificación»": a button pressed
            # "سفارش‌ها رو از حساب خودم تو پنل می‌دم": orders placed ("given"), nothing handed (fresh-zza)
            or _ORDERS_GIVEN.search(lower, max(clause_start, m.start() - 50), m.start())
        ):
            continue
        cred = ctx.find(CREDENTIAL, max(sentence_start, m.start() - 50), min(sentence_end, m.end() + 50))
        if cred is not None and cred.start() > m.end() and "," in lower[m.end() : cred.start()]:
            cred_clause_start, cred_clause_end = _clause(ctx, cred.start())
            if ctx.find(NEGATION, cred_clause_start, cred_clause_end):
                cred = None  # "Скриншоты могу прислать, а вот доступ … никому давать не буду"
        if cred is not None and cred.start() < clause_start and _negated(ctx, cred.start()):
            # "Pas besoin de vous donner accès, je vous envoie des captures": the access was declined
            # in a clause of its own; "zip folder tdata…, mau aku kirim" offers the folder.
            cred = ctx.find(CREDENTIAL, clause_start, min(sentence_end, m.end() + 50))
        if cred is None or masks.covered(ctx.safe, cred.start(), cred.end()) or ctx.in_block(cred.start(), cred.end()):
            continue  # (nor an error or promo code: «خطا ۴۰۰ – کد خطا INVITE_HASH_EXPIRED», fresh-zzo)
        if cred.start() > m.end() and _told(ctx, cred.start()):
            continue  # 'bata deta hu: Telegram notification "New login: …"': a message told (fresh-zzy)
        if ctx.find(_SCREENSHOT, m.end(), cred.start() if cred.start() > m.end() else m.end() + _SCREENSHOT_REACH):
            # "les mando captura del log con la clave tapada"; "подтверждение, что каналы мои, могу прислать
            # скриншот" (fresh-zzzzc): a screenshot is offered
            continue
        if ctx.find(_CODE_HIDDEN, max(0, cred.start() - _CODE_HIDDEN_REACH), cred.end() + _CODE_HIDDEN_REACH):
            continue  # "(tapé el código)", "(code blurred)": what is forwarded has it covered
        if cred.start() > m.end() and _WITHOUT_BEFORE.search(lower, max(0, cred.start() - 16), cred.start()):
            continue  # "Les reenvío el mensaje pero sin el código": forwarded without it (fresh-zzzza)
        if _PREFER_BEFORE.search(lower, max(0, m.start() - 8), m.start()):
            continue  # "ترجیح میدم" (I'd rather): no giving
        start, end = min(m.start(), cred.start()), max(m.end(), cred.end())
        if _SESSION_CREDENTIAL.search(cred.group()) and not _LOGGING_IN_BEFORE.search(
            lower, max(0, cred.start() - 12), cred.start()
        ):
            hits.append(Hit("session", start, end, "Looks like an offer to send Telegram session files."))
        else:
            hits.append(Hit("admin_access", start, end, _OFFER_REASON))
    done: set[int] = set()
    # The channel itself handed over is ownership: "mogu peredat vam kanal", "passo o canal pra vocês".
    # Not a channel things go into: "transfer the members to my other channel".
    handed = sorted(
        {
            c.start(): c
            for verb in ctx.find_all(_HANDOVER, 0, len(lower))
            for c in ctx.find_all(_CHANNEL, *_clause(ctx, verb.start()))
            if not _INTO.search(lower, max(0, c.start() - 40), c.start())
            # (nor the channel's link: "les paso el link del canal", fresh-zzf)
            and not _LINK_OF.search(lower, max(0, c.start() - 20), c.start())
            # (nor a channel lost because of what was handed: "perdi um canal … porque passei o codigo", fresh-zzzd)
            and ctx.find(_BECAUSE, min(c.end(), verb.end()), max(c.start(), verb.start())) is None
        }.values(),
        key=lambda c: c.start(),
    )
    for m in sorted([*ctx.anchors("ROLE"), *handed], key=lambda m: m.start()):
        clause_start, clause_end = _clause(ctx, m.start())
        if (
            clause_start in done
            or masks.covered(ctx.safe, m.start(), m.end()) == "handle"  # "@Soporte_Admin_Oficial"
            or (_question(ctx, m.start(), role=m) and not _offered_as_question(ctx, m.start()))
            # (a quoted demand refused: "bana '… yöneticimizi tam yetkiyle ekleyin' yazdı. Eklemedim.", fresh-zzzn)
            # (a message quoted on its line too: "your FAQ: 'you must add our bot as admin.' still true?")
            or (
                _told(ctx, m.start())
                and (not _quoted_grant_to_support(ctx, m.start()) or _refused_after(ctx, m.start()))
            )
            or _in_chat_export(ctx, m.start())
            or ctx.said_by_another(m.start())
            or (_reported(ctx, m.start()) and not _said_will_hand_over(ctx, m.start()))
            or _listed_demand(ctx, m.start())
            or _MANAGING.match(lower, m.start())  # "کانال مشتری رو مدیریت میکنیم": we manage it (fresh-zza)
        ):
            continue
        # Support's account described in the sentence: "назначу аккаунт, который он мне дал, владельцем
        # группы", "hab ich den Account, den er mir geschickt hat, zum Admin gemacht" (fresh-zzzk); its
        # commas split the grant from the role, and its own verb ("дал", "donné") grants nothing.
        sentence = ctx.sentence(m.start())
        givens = ctx.find_all(GIVEN_ACCOUNT, *sentence)
        given = min(givens, key=lambda g: abs(g.start() - m.start()), default=None)
        # The grant nearest the role: "Para no dar tantas vueltas ya le di admin" grants with "le di".
        grant = _nearest_grant(ctx, m, clause_start, clause_end, givens)
        if grant is None and given is not None:
            grant = _nearest_grant(ctx, m, *sentence, givens)
        removal = min(
            ctx.find_all(_REMOVED, clause_start, clause_end), key=lambda g: abs(g.start() - m.start()), default=None
        )
        if removal is not None and (grant is None or abs(removal.start() - m.start()) < abs(grant.start() - m.start())):
            continue  # "Le quité los permisos de admin al bot de su panel que había agregado": taken away (fresh-zzv)
        if (
            grant is not None
            and (
                _reported(ctx, grant.start()) or ctx.find(_CONTACTED_ME, ctx.sentence(grant.start())[0], grant.start())
            )
            and _refused_after(ctx, grant.start())
        ):
            # "… il fallait (…) lui transférer la propriété du bot via BotFather (…). J'ai refusé"; "@x me
            # escribió diciendo que … tenía que agregarlo como administrador … No hice nada" (fresh-zzzk)
            continue
        if (grant is not None and _TO_ME_BEFORE.search(lower, max(0, grant.start() - 4), grant.start())) or (
            _given_to_me(ctx, clause_start, clause_end, givens)
        ):
            continue  # "él me transfirió la propiedad", "المدير أعطاني صلاحية مشرف": given to the customer (fresh-zza)
        if (m.group() == "botfather" or m in handed) and _TOKEN_NAMED.search(
            lower, max(clause_start, m.start() - 40), m.start()
        ):
            # "le paso el token de BotFather" (fresh-zy), "les paso el token de mi bot" (fresh-zzb): the
            # token is what is handed; BotFather made it, the bot keeps its owner
            continue
        if m.group() == "botfather":
            transfer = ctx.find(_TRANSFER, clause_start, clause_end) or ctx.find(_HANDOVER, clause_start, clause_end)
            if transfer is None or ctx.negation_in(max(clause_start, transfer.start() - 20), transfer.start()):
                # "از BotFather ریوک کردم" (I revoked it in BotFather): BotFather only grants a transfer, and
                # "lo hice yo en BotFather y no pienso transferirlo" refuses it (fresh-zzzh)
                continue
        if listed_role(ctx, m) or (
            grant is not None
            and any(
                not _INTO.search(lower, max(0, w.start() - 20), w.start())
                for w in ctx.find_all(_LIST_WORD, grant.end(), m.start())
            )
        ):
            continue  # "les paso la lista de administradores", "لیست ادمین‌ها رو نگاه کردم": the list, not the rights
        if m in handed and (grant is None or not _HANDOVER.fullmatch(grant.group())):
            continue  # "I added you to the channel" gives no rights
        if (
            grant is None
            or ctx.negation_in(max(clause_start, grant.start() - _GRANT_NEGATION_REACH), grant.start())
            or ctx.find(NEGATION, grant.end(), m.start())  # "ich mache niemanden vom Support zum Admin" (fresh-zzzb)
            or _negated(ctx, m.start(), 20)
            or ctx.find(NEGATION, grant.start(), grant.end())
            or _WONT_AFTER.match(lower, max(m.end(), grant.end()))  # "добавлять вас в админы не буду"
            or ctx.find(_NONE_OF_US, clause_start, grant.start()) is not None
        ):
            continue
        # "le"/"les" receive only as a pronoun right before the verb ("je les ai mis admin"), not
        # as an article ("mis @GroupHelpBot admin pour filtrer le spam").
        recipients = [
            r
            for r in ctx.find_all(RECIPIENT, clause_start, clause_end)
            if (r.group() not in _ARTICLE_PRONOUNS or (r.end() <= grant.end() and grant.start() - r.end() <= 8))
            # "maybe it helps you figure it out: opened the channel -> … -> Add Admin": the colon ends
            # what was said to support before the steps (fresh-zzc)
            and ": " not in lower[r.end() : min(m.start(), grant.start())]
        ]
        denied = [r for r in recipients if _denied_recipient(lower, r)]
        if denied and all(r in denied or r.group() in _WEAK_RECIPIENTS for r in recipients):
            continue  # "hice admin a @ana (no a vosotros)": support ruled out, whoever else is named
        recipient = (
            next((r for r in recipients if r.group() not in _WEAK_RECIPIENTS), None)
            or ctx.find(SUPPORT_HANDLE, clause_start, clause_end)
            or next(iter(recipients), None)
            # "los agregué como administradores …, al usuario que me pasaron, @soporte_panel_ana"
            # (a channel is handed to the one its clause names: "@x wrote to me, I should hand him the channel")
            or (None if m in handed else ctx.find(SUPPORT_HANDLE, *sentence))
            or given
        )
        if recipient is None and m not in handed:
            recipient, clause_end = _picked_next(ctx, m, clause_end)
        if recipient is None and ctx.find(_BACK_PRONOUN, clause_start, clause_end) is not None:
            # "ваш бот теперь может всё в моей группе, дал ему все права": "him" is support's one named
            # before (fresh-zq), not "your order" or "your service"
            recipient = ctx.find(_YOUR_ONE, sentence[0], clause_start)
        # "ya gotov peredat vam prava … poka vosstanavlivayu svoi akkaunt": what follows "while" is a
        # clause of its own, and whose account it names no one the rights go to (zzzm-046)
        while_word = ctx.find(_WHILE, max(grant.end(), m.end()), clause_end)
        third_party = next(
            (
                t
                for t in _outside(
                    ctx.find_all(THIRD_PARTY, clause_start, while_word.start() if while_word else clause_end), givens
                )  # "ekibinizdeki arkadaşa"
                if masks.covered(ctx.safe, t.start(), t.end()) != "handle"
                and not _WHOSE_CHANNEL.search(lower, max(0, t.start() - 16), t.start())
            ),
            None,
        )  # a friend's word inside support's @handle ("@support_panel_amir") is no friend
        if (
            recipient is None
            or third_party is not None
            or (recipient.group() in _WEAK_RECIPIENTS and _other_handle(lower, clause_start, clause_end))
            # "Votre agent m'avait dit que je pouvais…, donc j'ai ajouté @lea_moderation comme admin": the
            # clause names whom it added; support's one, told of in another clause, is not it (fresh-zzzzzc)
            or (
                recipient is given
                and not clause_start <= given.start() < clause_end
                and _other_handle(lower, clause_start, clause_end)
            )
            # "adik saya @nisa_admin_olshop, udah saya kasih admin": the handle a sister's, named as hers
            or (
                recipient.group().startswith("@")
                and ctx.find(THIRD_PARTY, max(0, recipient.start() - 20), recipient.start()) is not None
            )
            or _known_bot_of(lower, recipient.start())
            or ctx.find(_PUBLIC_BOT, clause_start, clause_end) is not None
            or _admin_log_line(lower, grant.start())
        ):
            continue
        done.add(clause_start)
        # (support's account described sentences away is not marked with the grant)
        marked = (
            (m, grant)
            if recipient is given and not clause_start <= given.start() < clause_end
            else (m, grant, recipient)
        )
        start, end = min(x.start() for x in marked), max(x.end() for x in marked)
        # "transferring ownership of my group (t.me/+…, 3 412 members) to your support": the grant is
        # marked, not the group's link and count in brackets ("Remove it" would take them too)
        aside = lower.find("(", max(m.end(), grant.end()), end)
        if aside >= 0 and _bracketed(lower, aside + 1, aside, end):
            end = len(lower[:aside].rstrip())
        hits.append(Hit("admin_access", start, end, _RIGHTS_REASON))
    botfather = lower.find("botfather")
    for m in _YOURS_NOW.finditer(lower):
        if (ctx.find(_CHANNEL, max(0, m.start() - _YOURS_REACH), m.start()) or 0 <= botfather < m.start()) and not (
            ctx.is_question(m.start()) or ctx.negated_before(m.start(), 20)
        ):
            hits.append(Hit("admin_access", m.start(), m.end(), _RIGHTS_REASON))
    return hits + _rights_screens(ctx) + _admin_lists(ctx)


def _outside(matches: list[re.Match[str]], givens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches not inside a description of support's account (its own verb: "дал", "أعطاني")."""
    if not givens:
        return matches
    return [m for m in matches if not any(g.start() <= m.start() < g.end() for g in givens)]


def _nearest_grant(
    ctx: Context, role: re.Match[str], start: int, end: int, givens: list[re.Match[str]]
) -> re.Match[str] | None:
    grants = _outside(ctx.find_all(GRANT, start, end), givens)
    return min(grants, key=lambda g: abs(g.start() - role.start()), default=None)


def _given_to_me(ctx: Context, start: int, end: int, givens: list[re.Match[str]]) -> bool:
    if not givens:
        return ctx.find(_GIVEN_ME, start, end) is not None
    return bool(_outside(ctx.find_all(_GIVEN_ME, start, end), givens))


# "добавлять вас в админы не буду", "админку я вам дать не могу" (fresh-zza)
_WONT_AFTER = folded(
    r"\s(?:не|ne)\s?(?:буду|стану|собираюсь|хочу|могу|budu|stanu|sobirayus|hochu|mogu)(?![^\W_])"
    # "Admin mach ich euch auch nicht" (fresh-zzc): German puts the "not" last
    r"|\s(?:ich\s|wir\s)?(?:euch\s|ihnen\s|dir\s|dich\s|sie\s)?(?:auch\s|doch\s|sicher\s)?(?:nicht|nie|niemals)(?![^\W_])"
    # "Admin je le donne à personne" (to nobody, fresh-zzq)
    r"|\sa\s?personne(?![^\W_])"
    # Hindi puts the "not" before its verb: "aap kabhi ownership transfer nahi maangte" (fresh-zzzzzc)
    r"|\s(?:nahi|nahin|nhi)\s[^\W\d_]+"
)
# A channel or bot handed over, said as whose it is now: "Ya es suyo por ahora", "теперь он ваш".
_YOURS_NOW = folded(
    r"it'?s\s?(?:all\s)?yours\s?now|it\s?is\s?yours\s?now|belongs\s?to\s?(?:you|your\s(?:\w+\s){0,2}?\w+)\s?now"
    r"|you(?:'?re|\s?are)\s?(?:now\s)?the\s?(?:new\s)?owner|(?:ya|ahora)\s?es\s?(?:suyo|tuyo|de\s?ustedes)"
    r"|(?:agora|ja)\s?e\s?(?:seu|de\s?voces|de\s?vcs)|(?:il|elle)\s?est\s?a\s?vous|gehort\s?(?:jetzt|nun)\s?(?:euch|ihnen|dir)"
    r"|теперь\s?(?:он\s|она\s)?(?:ваш|твой)\w*|teper\s?(?:on\s|ona\s)?(?:vash|tvoy)\w*|artik\s?(?:sizin|senin)"
    r"|sekarang\s?(?:punya|milik)\s?(?:kakak|kalian|anda)|صار\s?(?:لكم|لك|حقكم)|ab\s?(?:aapka|aapki|tumhara)\s?(?:hai|hua)"
)
_YOURS_REACH = 300


# A menu walked through, then who was picked in it: "Administrators → Add Admin, searched for
# your support bot @BoostlyHelpBot": the role ends its clause, the pick opens the next one.
_PICKED = folded(
    r"[ \t]?(?:and\s)?(?:then\s)?(?:searched(?:\s?for)?|picked|selected|chose|found|typed(?:\s?in)?|busque|seleccione|elegi"
    r"|procurei|selecionei|escolhi|cherche|selectionne|choisi|gesucht|ausgewahlt|gewahlt|нашел|нашла|выбрал\w*"
    r"|nashel|nashla|vybral\w*|aradim|sectim|buldum|cari|pilih|بحثت|اخترت|سرچ\s?کردم|انتخاب\s?کردم|search\s?kiya"
    r"|select\s?kiya)(?![^\W_])"
)


def _picked_next(ctx: Context, role: re.Match[str], clause_end: int) -> tuple[re.Match[str] | None, int]:
    """Support picked in the clause after a menu's role ("…Add Admin, searched for your
    support bot"): that recipient and the clause's end; else (None, clause_end)."""
    if ctx.lower[role.end() : clause_end].strip() or not _PICKED.match(ctx.lower, clause_end + 1):
        return None, clause_end
    _, next_end = _clause(ctx, clause_end + 1)
    if ctx.find(THIRD_PARTY, clause_end, next_end):
        return None, clause_end
    found = ctx.find(SUPPORT_HANDLE, clause_end, next_end) or next(
        (r for r in ctx.find_all(RECIPIENT, clause_end, next_end) if r.group() not in _WEAK_RECIPIENTS), None
    )
    return (found, next_end) if found is not None else (None, clause_end)


_RIGHTS_REASON = "Looks like admin or owner rights given to support."
_WHILE = folded(
    r"(?<![^\W_])(?:while|whilst|poka|пока|mientras|enquanto|pendant\sque|wahrend|selama|sementara|jab\stak)(?![^\W_])"
)
_BACK_PRONOUN = folded(r"(?<![^\W_])(?:ему|ей|им|emu|yemu|him|her|them)(?![^\W_])")
_YOUR_ONE = folded(
    r"(?<![^\W_])(?:ваш\w*|твой|твоего|your|vash\w*)\s(?:бот\w*|bot\w*|сотрудник\w*|агент\w*|менеджер\w*|человек\w*"
    r"|support|agent|guy|person|team|manager|sotrudnik\w*|chelovek\w*)"
)
_TICKED = re.compile(r"^[ \t]*(?:✅|☑️?|✔️?|\[x\])", re.MULTILINE)
_TICKED_REACH = 400


def _rights_screens(ctx: Context) -> list[Hit]:
    """A pasted admin-rights screen: its title ("Admin rights", "صلاحيات المشرف"),
    support's @handle alone on the next line, then rights ticked ("✅ Post Messages")."""
    lower = ctx.lower
    if "\n" not in lower:
        return []
    hits = []
    roles = ctx.anchors("ROLE")
    role_starts = [r.start() for r in roles]
    for handle in SUPPORT_HANDLE.finditer(lower):
        line_start = ctx.line_start(handle.start())
        line_end = lower.find("\n", handle.end())
        if line_start == 0 or line_end < 0 or lower[line_start:line_end].strip() != handle.group():
            continue
        index = bisect.bisect_left(role_starts, ctx.line_start(line_start - 1))
        title = roles[index] if index < len(roles) and role_starts[index] < line_start else None
        if title is not None and len(_TICKED.findall(lower, line_end, line_end + _TICKED_REACH)) >= 2:
            hits.append(Hit("admin_access", title.start(), handle.end(), _RIGHTS_REASON))
    return hits


# The channel's list of admins pasted, support's @handle opening a line of it with what it is: "Администраторы\n
# Анна К. — владелец\n@smmtop_support — добавлен(а) сегодня", "Administradores\n@ana (proprietária)\n
# @suporte_smm — adicionado agora por você" (fresh-zzn, fresh-q).
_LISTED_AS = re.compile(r"[ \t]*(?:[—–-]|\()")
_OWN_STAFF = folded(
    r"(?<![^\W_])(?:our|my|own|nuestr[oa]s?|mis?|nosso|nossa|meu|minha|наш\w*|мо[йяеи]\w*|сво\w*|nash\w*|moy\w*|moi"
    r"|kami|saya|benim|bizim|unser\w*|mein\w*|notre|mon|ma|mes|nos|hamara|hamari|mera|meri|ما|من)(?![^\W_])"
)
_LIST_TITLE_LINES = 4


def _admin_lists(ctx: Context) -> list[Hit]:
    lower = ctx.lower
    if "\n" not in lower:
        return []
    hits = []
    for title in ctx.anchors("ROLE"):
        if lower[ctx.line_start(title.start()) : title.start()].strip():
            continue
        title_end = lower.find("\n", title.end(), title.end() + _TITLE_REST_CHARS)
        if title_end < 0 or not _TITLE_REST.fullmatch(lower, title.end(), title_end):
            continue
        pos = title_end + 1
        for _ in range(_LIST_TITLE_LINES):
            line_end = lower.find("\n", pos)
            line_end = len(lower) if line_end < 0 else line_end
            handle = SUPPORT_HANDLE.match(lower, _skip_space(lower, pos))
            if handle is not None and handle.end() <= line_end:
                line = lower[pos:line_end]
                if (
                    _LISTED_AS.match(lower, handle.end())
                    and "?" not in line
                    and not ctx.negation_in(pos, line_end)
                    # ("@shop_support — our own support girl": the customer's own staff)
                    and ctx.find(THIRD_PARTY, pos, line_end) is None
                    and ctx.find(_OWN_STAFF, handle.end(), line_end) is None
                ):
                    hits.append(Hit("admin_access", title.start(), line_end, _RIGHTS_REASON))
                break
            pos = line_end + 1
            if pos >= len(lower):
                break
    return hits


# After a list's title on its line: nothing, or what the list is of ("Administradores — Canal "Motos"").
_TITLE_REST = re.compile(r"[ \t]*(?:[—–:-][^\n]{0,60})?")
_TITLE_REST_CHARS = 80  # (a newline is looked for that far only: a 100 KB line is not read per role word)


_ID_THEN_SECRET = re.compile(r"[ \t]{0,2}[:|/][ \t]{0,2}(\S{6,64})")
_SECRET = re.compile(r"(\S{6,64})")
# After an e-mail address, a spaced dash too: "The recovery email is m.harlow@gmail.com - Harlow#1987mh";
# or the address ends its line and the next line is the password alone ("…urself\ndan@…\nQw!rty2024dan", fresh-zzzq).
_EMAIL_THEN_SECRET = re.compile(
    r"(?:[ \t]{0,2}[:|/]|[ \t]{1,2}[-–—])[ \t]{0,2}(\S{6,64})|[ \t]*\r?\n[ \t]*(\S{6,64})[ \t]*(?=\r?\n|$)"
)


# "zugangsdaten: mueller.shop / Berlin_1989x", "vot moi dannye dlya vhoda v panel:\nvadim_promo /
# zxc123qweVV": a login after a credentials word (and up to three words, a colon, a line break),
# then its password.
# "login: maria_k / Sunflower88", "Username maria88 / Mango#77" (outside attack round 10)
_LABEL_THEN_LOGIN = re.compile(r"(?:[ \t][^\W_]+){0,3}[ \t]?[:=]?[ \t]?\n?[ \t]?\S{2,64}?(?=[ \t]{0,2}[/|])")
_CREDENTIALS = (
    r"login\s?(?:details|data|info)|access\s?(?:details|data)|credentials|creds|данные\s?для\s?входа"
    # "my account: maria88 / Kiwi2024", "access: …", "please log in as me, maria88 Kiwi2024" (outside attack round 7)
    r"|account\s?(?::|-)|account\s?is|acc(?:\s?(?::|-))?|access\s?(?::|-)|log\s?in(?:to)?\s?(?:as\s?me|my\s?account)"
    r"|dannye\s?dlya\s?vhoda|datos\s?de\s?acceso|credenciales|dados\s?de\s?acesso|giris\s?bilgiler\w*"
    r"|data\s?login|info\s?login|بيانات\s?(?:ال)?دخول|اطلاعات\s?ورود|identifiants|zugangsdaten|login\s?ke\s?details"
)
_CREDENTIALS_LABEL = folded(
    rf"(?<![^\W_])(?:{_CREDENTIALS}"
    # "login: maria_k / Sunflower88"
    r"|login|username|user\s?name|логин|usuario|kullanici\s?adi|benutzername|identifiant)(?![^\W_])"
)
# "creds maria88:Kiwi2024", "my credentials are maria88 Kiwi2024": a credentials word, then a
# login and a password with no mark between them (a plain login word is too common for this).
_CREDENTIALS_WORD = folded(rf"(?<![^\W_])(?:{_CREDENTIALS})(?![^\W_])")
_CREDENTIALS_THEN_PAIR = re.compile(
    r"(?:[ \t]+(?:are|is|sind|son|sao|sont|with|:))?[ \t]*[:,]?[ \t]*\n?[ \t]*"
    # (not a label and its login: "panel: tgboost acc, user dmitri_dev", fresh-zzzs)
    r"(?!(?i:user|username|login|e-?mail|usuario|логин|benutzername|identifiant)[ \t:])[\w.@+-]{3,32}"
    r"(?:[ \t]*[:|/,][ \t]*|[ \t]+)(?=\S{6,64})"
)
_PASS_LETTER_LABEL = re.compile(r"(?<![^\W_])p(?:w|wd|ass|assword)?[ \t]?[:\-]", re.IGNORECASE)
# "u: maria88 p: Kiwi2024", "U: maria88 / P: Kiwi2024", "email: …\np: …": a login and a
# password, each after its label.
_USER_THEN_PASS = re.compile(
    r"(?<![^\W_])(?:u|user|username|login|l|e-?mail|mail)[ \t]?[:\-][ \t]?\S{2,64}[ \t]*(?:[/|,;][ \t]*)?\r?\n?[ \t]*"
    r"(?:p|pw|pwd|pass|password)[ \t]?[:\-][ \t]?(\S{4,64})"
    # "l/p: maria88/Kiwi2024"
    r"|(?<![^\W_])(?:l|login|u|user)[ \t]?/[ \t]?(?:p|pw|pass)[ \t]?:[ \t]?[^\s/]{2,64}[ \t]?/[ \t]?(\S{4,64})",
    re.IGNORECASE,
)
# A setting's or a record's name, not a login: "api_hash:", "tx_hash:", "ref_code:", "order_id:".
_KEY_NAME = re.compile(
    r"(?:^|[_.])(?:api|hash|id|token|key|code|ref|order|tx|txn|status|session|secret|auth|cookie|bot|promo|coupon"
    r"|sig|date|time|amount|price|qty|count|link|url|chat|channel|dc\d?|phone|user_?id)(?=$|[_.\d])",
    re.IGNORECASE,
)
# A line that is only a login and its password: "maria_k:Sunflower88" (the login a username's
# shape: a dot, an underscore or a digit in it, and no _KEY_NAME).
_PAIR_LINE = re.compile(r"(?m)^[ \t]*([A-Za-z][\w.]{2,31})[ \t]?[:|][ \t]?(\S{6,64})[ \t]*$")


_AFTER_LOGIN = "Looks like a password after a login."


def identifier_password_hits(ctx: Context) -> list[Hit]:
    """'me@mail.com:Qwerty123', '@user / Qwerty123', 'zugangsdaten: mueller.shop /
    Berlin_1989x': a password after a login."""
    hits = []
    logins = [(end, kind) for _, end, kind in ctx.safe if kind in ("email", "handle")]
    labels = list(_CREDENTIALS_LABEL.finditer(ctx.lower))
    for m in [*ctx.anchors("PASSWORD"), *labels]:
        label = _LABEL_THEN_LOGIN.match(ctx.cased, m.end())
        if label is not None:
            logins.append((label.end(), "label"))
    for m in labels:  # (the credentials words are among the labels: read in the same pass)
        pair = _CREDENTIALS_WORD.fullmatch(m.group()) and _CREDENTIALS_THEN_PAIR.match(ctx.cased, m.end())
        if pair:
            logins.append((pair.end(), "credentials"))
    logins += [
        (pair.end(1), "pair")
        for pair in _PAIR_LINE.finditer(ctx.cased)
        if any(ch in "_." or ch.isdigit() for ch in pair.group(1)) and not _KEY_NAME.search(pair.group(1))
    ]
    if _PASS_LETTER_LABEL.search(ctx.cased):  # (a quick look first: the full pattern tries at every "u" and "l")
        logins += [
            (m.start(1) if m.group(1) else m.start(2), "credentials") for m in _USER_THEN_PASS.finditer(ctx.cased)
        ]
    for end, kind in logins:
        after = {"email": _EMAIL_THEN_SECRET, "credentials": _SECRET}.get(kind, _ID_THEN_SECRET)
        m = after.match(ctx.cased, end)
        if m is None:
            continue
        value, vstart, vend = _clean(m.group(m.lastindex), m.start(m.lastindex))  # (an e-mail's has two forms)
        if _value_shape(value) == "strong" and not masks.covered(ctx.safe, vstart, vend):
            hit = _password_hit(ctx, "password", vstart, vend, vstart)  # a recovery e-mail's is recovery too
            hits.append(hit if hit.kind == "recovery" else Hit("password", vstart, vend, _AFTER_LOGIN))
    return hits


_SPELLED_VIEW = re.compile(r"(?<![\w.-])\d(?:[.-]?\d){4,7}(?![.-]?\d)(?![^\W\d_])")
_SPELLED = re.compile(r"\d(?:[ .-]\d){4,7}")


def _counted(digits: list[int]) -> bool:
    """A count or a repeat, not a code: "one two three four five", "do do do do do"."""
    steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
    return steps <= {1} or steps <= {-1} or steps == {0}


def spelled_code_hits(ctx: Context) -> list[Hit]:
    """A number written digit by digit, "3 9 8 0 2 2", "4-8-2-1-3": how a code
    read off a phone is pasted, with or without a code word; counts, order IDs
    and prices are never written so. Not a run like "1 2 3 4 5", nor one an
    owner word or a unit claims ("order 4 8 2 1 3", "5 0 0 0 0 members"). The
    view has joined spaced digits already; the original tells how they were written."""
    lower = ctx.lower
    hits = []
    for m in _SPELLED_VIEW.finditer(lower):
        start, end = m.span()
        if not _SPELLED.fullmatch(ctx.norm.original_of(start, end)):
            continue
        if _counted([int(ch) for ch in m.group() if ch.isdigit()]):
            continue
        if masks.covered(ctx.safe, start, end) or ctx.recovery.covered(start, end):
            continue
        if UNIT_WORD.match(lower, end + (lower[end : end + 1] == " ")) or _last(ctx.owners(start - 30, start)):
            continue
        hits.append(Hit("one_time_code", start, end, REASONS["one_time_code"]))
    return hits


DIGIT_WORDS = digit_words()
_DIGIT_WORD = "(?:" + trie_source(set(DIGIT_WORDS)) + r")(?![^\W_])"
_WORDED_CODE = re.compile(rf"(?<![^\W_]){_DIGIT_WORD}(?:[\s,.-]{{1,3}}{_DIGIT_WORD}){{4,11}}")
_WORD_GAP = re.compile(r"[\s,.-]{1,3}")
_WORDED_MIN = 5


def worded_code_hits(ctx: Context) -> list[Hit]:
    """A code read out word by word so that no digits show: "семь четыре ноль
    два шесть", "cinq un huit zéro trois", "char saat do nau ek". Five or
    more digit words in a row; prose never strings five of them together."""
    hits = []
    runs: list[list[re.Match[str]]] = []
    for word in ctx.anchors("DIGIT_WORD"):  # found in the one pass of the anchors
        if runs and _WORD_GAP.fullmatch(ctx.lower, runs[-1][-1].end(), word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in runs:
        if len(run) < _WORDED_MIN or _counted([DIGIT_WORDS[word.group()] for word in run]):
            continue
        # "order number five one three three zero" (voice typing): an order's ID, unless a code
        # word is near ("order 4821, code cinq un…", "the code that came to my phone is five…").
        start = run[0].start()
        owner = _last(ctx.owners(start - 30, start))
        if owner is not None and not any(start - 40 <= c.start() < start for c in ctx.anchors("CODE")):
            continue
        hits.append(Hit("one_time_code", start, run[-1].end(), REASONS["one_time_code"]))
    return hits


# A value spelled out to get past a filter ("M.a.r.i.g.o.l.d.7.7", "l i l i y a _ 2 0 0 5",
# "٤ ٨ ٢ ٠ ٥"), which the normaliser joined: a made-up looking one a few sentences after a
# password word is the password; digits after a code word or Telegram are the code.
_SPELLED_REACH = {"password": 300, "one_time_code": 150}


def _spelled_out(ctx: Context, start: int, end: int) -> bool:
    a, b = ctx.norm.span(start, end)
    return b - a >= 2 * (end - start) - 1


_MESSENGER = folded(r"telegram\w*|tg|телеграм\w*|телег\w*|teleg\w*|تيليجرام|تلغرام|تليجرام|تلجرام|تلگرام\w*")


def spelled_value_hits(ctx: Context) -> list[Hit]:
    if len(ctx.cased) >= len(ctx.norm.original):
        return []  # nothing was joined
    hits = []
    code_words = None
    for m in _TOKEN.finditer(ctx.cased):
        value, start, end = _clean(m.group(), m.start())
        if len(value) < 4 or not _spelled_out(ctx, start, end) or masks.covered(ctx.safe, start, end):
            continue
        shape = _value_shape(value)
        if shape == "strong":
            keyword = ctx.find(PASSWORD_WORD, max(0, start - _SPELLED_REACH["password"]), start)
            if keyword is not None and not ctx.is_question(start):
                hits.append(_password_hit(ctx, "password", start, end, keyword.start()))
        elif shape == "digits" and len(value) <= 10:
            if code_words is None:
                code_words = _code_words(ctx)
                word_starts, word_ends = [w.start() for w in code_words], [w.end() for w in code_words]
            if _owned_or_counted(ctx, start, end, word_starts, word_ends):
                continue  # "заказ номер 4 8 8 1 2", "bestellung 4 4 7 1 9": an order's number, said digit by digit
            lo = max(0, start - _SPELLED_REACH["one_time_code"])
            # The messenger's name on another line is no login: "37 — Telegram Post Views [Instant]\n
            # Status Partial   Remains 1 1 2 0", an order table read off a screenshot (fresh-zzo).
            line_start = ctx.line_start(start)
            if ctx.find(CODE_WORD, lo, start) or any(
                w.start() >= line_start or not _MESSENGER.fullmatch(w.group())
                for w in ctx.find_all(LOGIN_CONTEXT, lo, start)
            ):
                hits.append(Hit("one_time_code", start, end, REASONS["one_time_code"]))
    return hits


# A password read out for voice typing, a capital named as a word beside its letter: "parol bolshaya M
# makaron 2023 vosklicatelnyj znak", "mot de passe S majuscule tournesol 88" (fresh-zzzq).
_DICTATED_CAPITAL = folded(
    r"(?<![^\W_])(?:capital|upper\s?case|uppercase|big|mayuscula|maiuscul[oa]|majuscule|grosse[sn]?|großes?|kapital"
    r"|buyuk|huruf\s?besar|bada|badi|большая|большой|заглавная|заглавной|bolshaya|bolshoy|bolshoj|zaglavnaya"
    r"|حرف\s?كبير|بزرگ)\s[^\W\d_](?![^\W_])"
    r"|(?<![^\W_])[^\W\d_]\s(?:capital|majuscule|mayuscula|maiuscul[oa]|buyuk|besar|bada|kapital)(?![^\W_])"
)
_DICTATED_REACH = 14  # password word to the letter read out ("is", "такой:"); further, it notes a value said already
_DICTATED_LONGEST = 90
_DICTATION_END = re.compile(r"[.,;!?]\s|\n|$")


def dictated_password_hits(ctx: Context) -> list[Hit]:
    hits = []
    for m in _DICTATED_CAPITAL.finditer(ctx.lower):
        sentence_start, sentence_end = ctx.sentence(m.start())
        keyword = _last(ctx.find_all(PASSWORD_WORD, max(sentence_start, m.start() - _DICTATED_REACH), m.start()))
        if keyword is None or ctx.is_question(m.start()) or _negated(ctx, keyword.start()):
            continue
        # (`$` matches at the window's end: a stop is always found)
        end = _DICTATION_END.search(ctx.lower, m.end(), min(sentence_end, m.end() + _DICTATED_LONGEST)).start()
        while ctx.lower[end - 1] in " \t.,;!?":  # read-out words end it, never a mark
            end -= 1
        hits.append(_password_hit(ctx, "password", m.start(), end, keyword.start()))
    return hits


# A value sent again, corrected: "sorry typo in my last msg, it's actually Kestrel_88wind",
# "faute de frappe…, c'est en fait Mistral!92"; the wrong or old one sent first: "mandei a errada
# kkk. a certa é …", "itu password lama. yang bener: …" (fresh-zzzi). Made-up looking values only.
_TYPO = folded(
    r"(?<![^\W_])(?:typo|faute\s?de\s?frappe|опечатк\w*|opechatk\w*|tippfehler|vertippt|errei\s?(?:a\s)?digita\w*"
    r"|error\s?de\s?(?:tipeo|dedo)|yanl[ıi][sş]\s?yazd[ıi]m|salah\s?ketik|typo\s?ho\s?gaya|اشتباه\s?تایپی|خطأ\s?مطبعي"
    r"|wrong\s?one|old\s?one|a\s?errada|o\s?errado|a\s?antiga|me\s?equivoqu[eé]|la\s?vieja|la\s?antigua|salah\s?kirim"
    r"|(?:password|sandi)\s?lama|yang\s?lama|الغلط|القديمة|القديم|اشتباه\s?فرستادم|قدیمیه|yanl[ıi][sş]\s?g[öo]nderdim|eskisi"
    r"|pas\s?la\s?bonne|pas\s?le\s?bon|l'ancien\w*|das\s?alte|die\s?alte|falsche[ns]?|не\s?тот|старый|ne\s?tot"
    r"|staryy|galat\s?bhej\w*|purana\s?wala)(?![^\W_])"
)
# Written wrong, the right value right after: "das spracherkennungs ding hat das wieder falsch
# geschrieben Sonnenblume84!" (fresh-zzzzzd); not "the old one" ("yang lama 7a1e…" names the old value).
_MISWRITTEN = folded(
    r"(?<![^\W_])(?:typo|falsch\s?geschrieben|wrote\s?it\s?wrong|(?:spelled|written)\s?wrong|mal\s?escrit[oa]|escribio\s?mal"
    r"|escreveu\s?errado|неправильно\s?написал\w*|nepravilno\s?napisal\w*|yanl[ıi][sş]\s?yazd[ıi]|salah\s?(?:tulis|ketik))(?![^\W_])"
)
_ACTUALLY = folded(
    r"(?<![^\W_])(?:it'?s\s?actually|it\s?is\s?actually|the\s?right\s?one\s?is|correct\s?one\s?is|c'?est\s?en\s?fait"
    r"|en\s?realidad\s?es|na\s?samom\s?dele|на\s?самом\s?деле|eigentlich\s?(?:ist\s?es|lautet\s?es)|sebenarnya"
    r"|aslında|asal\s?me|na\s?verdade\s?(?:é|e)|the\s?right\s?one|the\s?correct\s?one|(?:a|o)\s?cert[ao]\s?(?:é|e)?"
    r"|(?:a|o)\s?corret[ao]\s?(?:é|e)?|(?:la|el)\s?correct[ao]\s?(?:es)?|(?:la|el)\s?buen[ao]\s?(?:es)?"
    r"|(?:yang|yg)\s?(?:bener|benar|betul)(?:\s?(?:nih|ini|adalah))?|الصحيحة|الصحيح|الصح|درستش(?:\s?اینه)?"
    r"|do[gğ]rusu|do[gğ]ru\s?olan|(?:la|le)\s?bon(?:ne)?\s?(?:c'est|est)?|das\s?richtige\s?(?:ist|lautet)?"
    r"|richtig\s?ist|правильный|вот\s?правильный|pravilnyy|pravilnyj|sahi\s?(?:wala|vala)(?:\s?ye\s?hai)?)\s?:?\s"
)
_TYPO_REACH = 160


# The password asked for before, then given: "Votre agent m'a demandé mon mot de passe … Bon, le voilà :
# Soleil-Marseille13" (fresh-zzzk). Made-up looking values only, a password word shortly before.
_HERE_IT_IS = folded(
    r"(?<![^\W_])(?:here\s?it\s?is|here\s?you\s?go|le\s?voila|la\s?voila|voila|aqui\s?esta|aqui\s?lo\s?tienen|aqui\s?vai"
    r"|вот\s?он|вот\s?она|vot\s?on|vot\s?ona|iste|ini\s?dia|ini\s?ya|ها\s?هو|ها\s?هي|اینه|ye\s?raha"
    r"|yeh\s?raha|hier\s?ist\s?es|hier\s?bitte)\s?:\s"
)
_HERE_IT_IS_REACH = 250
# ...or as what was set: "телега просит облачный пароль, я ставил Sosnovka_1987" (fresh-zzzm)
_I_SET = folded(
    r"(?<![^\W_])(?:я\s?(?:по)?ставил\w*|ya\s?(?:po)?stavil\w*|i\s?(?:had\s)?set\s?it\s?(?:to|as)|yo\s?puse|eu\s?coloquei"
    r"|ben\s?koydum)\s"
)
_I_SET_REACH = 60


def corrected_value_hits(ctx: Context) -> list[Hit]:
    starts = (
        [
            actually.end()
            for typo in _TYPO.finditer(ctx.lower)
            if (actually := _ACTUALLY.search(ctx.lower, typo.end(), typo.end() + _TYPO_REACH)) is not None
        ]
        + [
            _skip_blank(ctx.lower, typo.end())
            for typo in _MISWRITTEN.finditer(ctx.lower)
            if ctx.lower[typo.end() : typo.end() + 1] == " "
        ]
        + [
            here.end()
            for pattern, reach in ((_HERE_IT_IS, _HERE_IT_IS_REACH), (_I_SET, _I_SET_REACH))
            for here in pattern.finditer(ctx.lower)
            if ctx.find(PASSWORD_WORD, max(0, here.start() - reach), here.start()) is not None
        ]
    )
    hits = []
    for start in starts:
        token = _TOKEN.match(ctx.cased, start)
        value = _made_up_value(ctx, token) if token is not None else None
        if value is not None:
            hits.append(Hit("password", *value, REASONS["password"]))
    return hits


# A value one logs in with, named by what it does: "use Kiwi2024 to log in", "I typed
# Kiwi2024 as the password and it still fails" (outside attack round 6).
# Several at once too: "I tried Kiwi2024 and Kiwi2025 as password", "tried logging in with
# Kiwi2024, Kiwi2025 and Kiwi2026" (outside attack round 7).
_TRIED_VALUES = r"\S{4,63}[^\s,;/](?:(?:[,;]\s|\s/\s|,?\s(?:and|or|&)(?:\s(?:then|also))?\s)\S{4,63}[^\s,;/]){0,7}"
_USED_TO_LOG_IN = folded(
    r"(?<![^\W_])(?:(?:use|used|using|try|tried|typed|type|enter|entered|put|wrote)\s(?:both\s)?("
    + _TRIED_VALUES
    + r")\s"
    r"(?:to\s(?:log|sign|get)\s?in|as\s(?:the\s|my\s)?pass(?:word)?)"
    r"|(?:logging|logged|signing|signed)\s?in\s?with\s(" + _TRIED_VALUES + r"))(?![^\W_])"
)


def used_to_log_in_hits(ctx: Context) -> list[Hit]:
    hits = []
    for m in _USED_TO_LOG_IN.finditer(ctx.lower):
        values = m.span(1) if m.group(1) is not None else m.span(2)
        for token in _TOKEN.finditer(ctx.cased, *values):
            value = _made_up_value(ctx, token)
            if value is not None:
                hits.append(Hit("password", *value, REASONS["password"]))
    return hits


def _made_up_value(ctx: Context, token: re.Match[str]) -> tuple[int, int] | None:
    """The token's value without its quotes when it looks made up, and is no part of
    a link or an address and no order's or payment's reference."""
    value, start, end = _clean(token.group(), token.start())
    if _value_shape(value) == "strong" and not masks.covered(ctx.safe, start, end) and not _REFERENCE.match(value):
        return start, end
    return None


# A password called a code: "el código de acceso es Sol3dad#Azul", "код от двухэтапной проверки —
# тот, который я сам придумывал, не из смс — Kotik_2009". An access code, or a code the sentence
# says was made up by its owner or is not the texted one, with a made-up looking value in that sentence.
_ACCESS_CODE = folded(
    r"access\s?code|c[oó]digo\s?de\s?(?:acceso|acesso)|zugangscode|code\s?d'?\s?acces|kode\s?akses|erisim\s?kodu"
    r"|код\w*\s?доступа|kod\w*\s?dostupa|کد\s?دسترسی"
)
# The texted word first, then what denies it around it: one pass over the text finds few
# places, where a pattern led by "no"/"ne" would try at each of them (a third of a millisecond).
_TEXTED_WORD = folded(r"(?<![^\W_])(?:sms|смс|پیامک|texted)(?![^\W_])")
_NOT_BEFORE_TEXTED = folded(r"(?<![^\W_])(?:not|no|nao|pas|nicht|bukan|ne|не|نه)\s(?:\w+\s){0,4}?$")
_NOT_AFTER_TEXTED = folded(r"\s?(?:kodu\s)?degil|\s?wala\s?nahi")
_NOT_TEXTED_REACH = 48
_MADE_UP_BY_OWNER = folded(
    r"(?:set|made|chose|created|picked)\s(?:it\s|up\s)?myself|сам\w*\s(?:\w+\s)?(?:придум|постав|задав|созда)\w*"
    r"|(?:yo|eu)\s(?:mismo|mesmo)|kendi\s(?:koydugum|belirledigim|olusturdugum)|buat\ssendiri"
    r"|خودم\s(?:گذاشتم|ساختم|انتخاب)|khud\s(?:set|banaya|rakha)"
)
_CODE_VALUE_REACH = 200


def code_named_password_hits(ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    lower = ctx.lower
    anchors = sorted([*ctx.anchors("CODE"), *_ACCESS_CODE.finditer(lower)], key=lambda m: m.start())
    if not anchors:
        return hits
    # Where the text says so, found once: a sentence asks whether one lies inside it.
    marks = sorted(
        [
            *(
                texted.start()
                for texted in _TEXTED_WORD.finditer(lower)
                if _NOT_BEFORE_TEXTED.search(lower, max(0, texted.start() - _NOT_TEXTED_REACH), texted.start())
                or _NOT_AFTER_TEXTED.match(lower, texted.end())
            ),
            *(found.start() for found in _MADE_UP_BY_OWNER.finditer(lower)),
        ]
    )
    done = read_to = -1
    for m in anchors:
        if m.start() < done:
            continue
        sentence_start, sentence_end = ctx.sentence(m.start())
        at = bisect.bisect_left(marks, sentence_start)
        marked = at < len(marks) and marks[at] < sentence_end
        if not (marked or _ACCESS_CODE.match(lower, m.start())):
            continue
        # A value starts in the sentence; it may hold what ends one ("Kx!9mwq_2210"). Each token
        # is read once: one a code word before this one already read was no value.
        start_at = max(m.end(), read_to)
        for token in _TOKEN.finditer(ctx.cased, start_at, max(start_at, min(len(lower), m.end() + _CODE_VALUE_REACH))):
            if token.start() >= sentence_end:
                break
            read_to = token.end()
            value = _made_up_value(ctx, token)
            if value is not None and not ctx.cased[slice(*value)].isupper():  # "İNDİRİM25": a promo code
                hits.append(Hit("password", *value, REASONS["password"]))
                done = sentence_end
                break
    return hits


# An order's or a payment's reference, not a secret: "ORD-77812", "TX-88213-AQ".
_REFERENCE = re.compile(r"(?:ord|order|inv|tx|txn|ref|pay|pyt)[-_#]?\d", re.IGNORECASE)


# A login's label, then the login and a made-up looking value alone on the lines below it:
# "login: maria88\nKiwi2024", "credentials below\nmaria88\nKiwi2024" (outside attack round 9).
_STACK_LABEL = folded(
    r"(?:(?:my\s)?(?:login|username|user|acc|account|creds|credentials|логин|usuario|akun)(?:\s(?:below|details|is|here))?"
    r"|here\s(?:is|are)\s(?:my\s)?(?:account|acc|login|creds|credentials))(?![^\W_])"
)
_NON_EMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")


def stacked_login_hits(ctx: Context) -> list[Hit]:
    lower, cased = ctx.lower, ctx.cased
    if "\n" not in lower:
        return []
    lines = [m.span() for m in _NON_EMPTY_LINE.finditer(cased)]
    hits = []
    for at, (start, end) in enumerate(lines[:-1]):
        indent = len(lower[start:end]) - len(lower[start:end].lstrip())
        label = _STACK_LABEL.match(lower, start + indent, end)
        if label is None:
            continue
        login = lower[label.end() : end].strip(" :=-\t").split()
        if len(login) > 1:
            continue  # a sentence, not a label
        below = lines[at + 1 : at + 3] if not login else lines[at + 1 : at + 2]
        if len(below) < (1 if login else 2) or (not login and len(cased[slice(*below[0])].split()) != 1):
            continue
        value_start, value_end = below[-1]
        token = cased[value_start:value_end].strip()
        if len(token.split()) != 1:
            continue
        value, vstart, vend = _clean(token, value_start + cased[value_start:value_end].index(token))
        if _value_shape(value) == "strong" and not masks.covered(ctx.safe, vstart, vend):
            hits.append(_password_hit(ctx, "password", vstart, vend, start))
    return hits


# A password pasted with a command or in an address, "curl -u mehmet_smm:Mhmt.4455 https://…",
# "https://mehmet:Mhmt.4455@panel.example/api" (fresh-zs), or after a key's emoji, "🔑 Kiwi2024"
# (not "the keys to the channel 🔑 @boostdesk_support is in the admin list").
_KEY_EMOJI = re.compile(r"[\U0001f511\U0001f510\U0001f5dd][ \t]?[:=-]?[ \t]?([^\s@]\S{3,63})")
_USER_FLAG = re.compile(r"(?<!\S)(?:-u|--user)[\s=]?[\"']?[^\s:\"']{1,64}:([^\s\"']{4,128})")
_URL_LOGIN = re.compile(r"://[^\s/:@]{1,64}:([^\s/@]{4,128})@[\w-]")


def pasted_login_hits(ctx: Context) -> list[Hit]:
    cased = ctx.cased
    found = [*_USER_FLAG.finditer(cased)] if "-u" in cased else []
    if "\U0001f511" in cased or "\U0001f510" in cased or "\U0001f5dd" in cased:
        found += _KEY_EMOJI.finditer(cased)
    if "://" in cased and "@" in cased:
        found += _URL_LOGIN.finditer(cased)
    return [
        _password_hit(ctx, "password", m.start(1), m.end(1), m.start())
        for m in found
        if _value_shape(m.group(1)) == "strong"
        and not _VARIABLE.fullmatch(m.group(1))
        and (m.re is _URL_LOGIN or masks.covered(ctx.safe, m.start(1), m.end(1)) != "link")
    ]


def unspaced_hits(ctx: Context) -> list[Hit]:
    return [Hit(kind, start, end, REASONS[kind]) for kind, start, end in unspaced.value_spans(ctx.lower)]


RULES = (
    unspaced_hits,
    session_hits,
    pasted_login_hits,
    recovery_hits,
    password_hits,
    corrected_value_hits,
    used_to_log_in_hits,
    code_named_password_hits,
    identifier_password_hits,
    stacked_login_hits,
    code_hits,
    spelled_code_hits,
    worded_code_hits,
    spelled_value_hits,
    dictated_password_hits,
    access_hits,
)


_VALUE_KINDS = ("password", "one_time_code", "recovery", "session")
_OFFER_REACH = 300


_INVITE_REASON = "Looks like an invitation to log in to the account."
_INVITE_VALUE_REACH = 120
_SSH_LOGIN = re.compile(r"(?<![\w-])ssh(?:[ \t]+-\S+(?:[ \t]+\d+)?)*[ \t]+[\w.-]+@[\w.-]+")
_SSH_PASSWORD_REACH = 160


def _ssh_with_password(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """A server's login command with its password just after it invites support in: "box is a
    hetzner vps:\n\nssh root@203.0.113.47\npassword: Dk#91vPq!mz" (fresh-zzzs)."""
    if "ssh" not in ctx.lower:
        return []
    passwords = [h.start for h in hits if h.kind == "password"]
    return [
        Hit("admin_access", m.start(), m.start() + 3, _INVITE_REASON)  # (the command's word: the host is no secret)
        for m in _SSH_LOGIN.finditer(ctx.lower)
        if any(m.end() <= start <= m.end() + _SSH_PASSWORD_REACH for start in passwords)
    ]


def _invited_with(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """An invitation to log in makes a made-up looking value beside it, after a password word
    or "changed it to", what one logs in with: "my password is, wait, Mango#77 so you can log
    in and check", "I changed it to Mango#77 yesterday, you can log in" (outside attack round
    10: "Remove it" took the invitation and left the password)."""
    # Each token is read once, however many invitations reach it (a merged window each).
    windows: list[list[int]] = []
    for invite in sorted((h for h in hits if h.reason == _INVITE_REASON), key=lambda h: h.start):
        lo, hi = max(0, invite.start - _INVITE_VALUE_REACH), min(len(ctx.cased), invite.end + 40)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    if not windows:
        return []
    taken = masks.SafeSpans(sorted((h.start, h.end, h.kind) for h in hits))
    found = []
    for token in (t for lo, hi in windows for t in _TOKEN.finditer(ctx.cased, lo, hi)):
        value, vstart, vend = _clean(token.group(), token.start())
        if (
            _value_shape(value) == "strong"
            and any(ch.isalpha() for ch in value)
            and any(not ch.isalpha() for ch in value)
            and not _COUNTED.fullmatch(value)  # "10bin", "5k": a count
            and masks.covered(ctx.safe, vstart, vend) is None
            and taken.covered(vstart, vend) is None
            and not _LOGIN_FIELD.search(ctx.lower, max(0, vstart - 15), vstart)  # "Username: rahul_trades_in"
            and (
                ctx.find(_PASSWORD_OR_TWO_FA, max(0, vstart - 80), vstart) is not None
                or _CHANGED_IT.search(ctx.lower, max(0, vstart - 20), vstart) is not None
            )
        ):
            found.append(Hit("password", vstart, vend, REASONS["password"]))
    return found


_COUNTED = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]{1,4}")
_CHANGED_IT = folded(r"(?:changed|set|reset|made)\s(?:it|mine)\s(?:to|as)\s$")


def customer_hits(norm: Normalised) -> list[Hit]:
    ctx = Context(norm)
    hits: list[Hit] = []
    for rule in RULES:
        hits += rule(ctx)
    hits += _retyped_codes(ctx, hits)
    hits += _resent_codes(ctx, hits)
    hits += _invited_with(ctx, hits)
    hits += _ssh_with_password(ctx, hits)
    # "te paso el código 10786", "…: 7 1 9 4 0. Nah itu saya kirim": an offer with the
    # value given beside it (in a long ticket, a few lines away) is the value.
    values = [h for h in hits if h.kind in _VALUE_KINDS]
    return [
        h
        for h in hits
        if not (
            h.reason == _OFFER_REASON and any(h.start - _OFFER_REACH <= v.start <= h.end + _OFFER_REACH for v in values)
        )
    ]
