"""Russian in Latin letters (translit)."""

PASSWORD = [r"vezde\s?ispolzuyu(?:\s?odin\s?i\s?tot\s?zhe)?", r"parol\w*", r"parolchik", r"oblachn\w*\s?parol\w*", r"dvuhetapk\w*", r"dvukhetapk\w*"]
PASSWORD_WEAK = [r"dvuhetapk\w*", r"dvukhetapk\w*"]
TWO_FA = [r"dvuhfaktork\w*", r"dvukhfaktork\w*", r"dvuhetapk\w*"]
CODE = [r"kod\w*", r"smsk\w*", r"podtverzhd(?!eno|ena|eny|en(?![^\W_]))\w*", r"odnorazov\w*", r"cifr\w*", r"tsifr\w*",
    r"pokazyva\w*", r"authenticator",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"ofitsial'?n\w*\s?(?:akkaunt\w*|chat\w*|profil\w*)\s?(?:telegram\w*)?"]
CODE_BLOCK = [r"shtrih-?kod\w*", r"zakaz\w*\s?s\s?kodom", r"oshibk\w*:?\s?kod\w*", r"promokod\w*", r"kod\w*\s?oshibk\w*", r"oshibk\w*", r"kod\w*\s?zakaz\w*", r"kupon\w*",
              r"kod\w*\s?skidk\w*",
    r"referal\w*", r"referal'?n\w*",
    r"posledn\w*\s?(?:4|chetyre)\s?(?:cifr|tsifr)\w*", r"kod\w*\s?uslug\w*", r"kod\w*\s?servis\w*"]
OWNER = [r"zakaz\w*", r"tiket\w*", r"nomer\w*", r"summ\w*", r"oplat\w*", r"balans\w*", r"chek\w*", r"start\w*", r"refil+\w*",
    r"(?:zakanchiva|okanchiva)\w*\s?na"]
RANGE = [r"iz", r"do", r"na", r"bylo", r"stalo"]
UNIT = [r"rub\w*", r"podpischik\w*", r"prosmotr\w*", r"reakci\w*", r"uchastnik\w*", r"chelovek", r"dn\w*",
        r"chas\w*", r"minut\w*", r"tys\w*"]
RECOVERY = [r"token\w*\s?sbros\w*", r"(?:zapasn|rezervn)\w*\s?parol\w*", r"vosstanovitel'?n\w*\s?(?:kl[yj]uch|kod)\w*", r"rezervn\w*\s?kod\w*", r"kod\w*\s?vosstanovleni\w*", r"kl[yj]uch\w*\s?vosstanovleni\w*",
            r"bekap\s?kod\w*", r"backup\s?kod\w*", r"zapasn\w*\s?kod\w*"]
RECOVERY_CONTEXT = [r"rezervn\w*\s?pocht\w*", r"rezervn\w*(?=\s[\w.+-]+@)", r"pocht\w*\s?(?:dlya\s)?vosstanovleni\w*", r"sbros\w*",
                    r"vosstanovleni\w*"]
# "Telegram ne bheja" (Hindi: Telegram sent) is no negation.
NEGATION = [r"ne(?!\s(?:bhej|diy|di\b|kiy|kah|likh|maang|mang|bol|dal|daal|jo|jis|ye|yeh|wo|woh|aapko|apko|mujhe|hume|humein))", r"net", r"nikogda", r"nikomu", r"nelzya",
    r"moshennik\w*", r"esli\s?kto", r"ni"]
QUESTION = [r"nado\s?li", r"a\s?nado", r"nuzhno\s?li", r"nuzhen\s?li", r"vam\s?nuzh\w*", r"nuzh\w*", r"mozhno\s?li",
            r"skinut", r"otpravit", r"prislat", r"dat", r"zachem", r"pochemu", r"kak(?!\s?tolko)",  # "kak tolko": as soon as
            r"esli\s?ya"]  # "esli ya dam komu-to stroku sessii, on smozhet…?": asked
OFFER = [r"(?:mogu|gotov\w*)\s?(?:vam\s|tebe\s)?(?:skinut|dat|otpravit|prislat|skazat|pereslat|peredat)\w*",
         r"skinu", r"dam", r"otpravlyu", r"prishlyu", r"pereshlyu", r"skazhu",
    r"(?:mogu|gotov\w*)\s(?:\w+\s){0,2}?(?:skinut|dat|otpravit|prislat|skazat|pereslat|peredat)\w*"]
CREDENTIAL = [r"parol\w*", r"kod\w*", r"smsk\w*", r"login\w*", r"dostup\w*", r"dannye", r"tdat\w*", r"sessi\w*"]
ROLE = [r"admin\w*", r"administrator\w*", r"vladel\w*", r"prava", r"moderator\w*", r"dostup\w*",
    r"vladeni\w*", r"sovladel\w*"]
GRANT = [r"dobav\w*", r"sdela\w*", r"naznach\w*", r"pered(?:a|am|al|ay|av|ayu)\w*", r"dal\w*", r"dam", r"dat",
    r"teper",
    r"postav\w*", r"zakinu\w*", r"pozval\w*", r"naznachil\w*"]
RECIPIENT = [r"vam", r"vas", r"vash\w*", r"tebe", r"tebya", r"podderzhk\w*", r"vy", r"sami"]
GIVEN_ACCOUNT = [r"akkaunt\w*,?\s?(?:kotoryj|kotoryy|kotory|chto)\s?(?:on\s|ona\s|vy\s|oni\s)?(?:mne\s|nam\s)?(?:dal\w*|prislal\w*|skinul\w*|nazval\w*|ukazal\w*)",
    r"(?:tot|to)\s?chto\s?(?:on|ona|vy|oni)\s?(?:mne\s)?(?:dal\w*|skinul\w*|prislal\w*)",
    r"vash\w*\s?(?:sotrudnik\w*|operator\w*|agent\w*|specialist\w*|kolleg\w*)"]
LOGIN_INVITE = [r"(?:mozhete|smozhete)\s?(?:zajti|vojti)", r"zaidete", r"zahodite\s?(?:s|v|na)\s?moe?\w*", r"(?:dam|dadim|otkroyu)\s?(?:vam\s)?dostup\s?(?:k|v)\s?(?:moemu\s|moi\s)?(?:akkaunt|akk|telegu|telegram)\w*", r"udalenn\w*\s?dostup\w*", r"zaydite", r"zaidite", r"zaydi", r"zaidi", r"zaydete", r"voydite", r"voidite",
                r"(?:mozhete|smozhete)\s?(?:sami\s)?(?:zayti|zaiti|zajti|voyti|voiti|vojti)",
    r"(?:vy|vam)\s?(?:sami\s)?(?:zayd\w+|zaid\w+|voyd\w+)",
    r"polzuytes\s?(?:moim\s)?(?:akkauntom|akkom)", r"polzovatsya\s?(?:moim\s)?(?:akkauntom|akkom)",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:vam|vy)\s?(?:nuzhno|nado|ponadobitsya)\s?(?:zayti|zaiti|voyti|voiti|zaglyanut)", r"(?:zahotite|zakhotite)\s?(?:zayti|zaiti|voyti|voiti)", r"za[ij]dite\s?(?:pod|v)\s?mo\w*\s?akkaunt\w*", r"(?:vy\s)?sami\s?za[ij](?:ti|dite)\s?v\s?mo\w*\s?akk\w*",
    # 'j' spellings; 'use my account'; 'I'll let you log in'
    r"zajdite", r"zajdi", r"(?:chtoby|chtob)\s?vy\s?voshli",  # "chtob vy voshli i posmotreli" (fresh-zzzzj; "zashli" may be joining a channel)
    r"ispolzu[ijy]te\s?(?:moj|moi|moy)\s?(?:akkaunt|akk)\w*", r"dam\s?(?:vam\s)?za[ij]ti",
    # "zahodite sami v moy akkaunt" (come into my account yourselves)
    r"za(?:k?h)odite(?:\s?sami)?\s?(?:v|pod)\s?mo\w*\s?akk?(?:aunt)?\w*",
    # "zahodite v akkaunt sami" (the account, with no "my": fresh-zx)
    r"za(?:k?h)odite(?:\s?sami)?\s?v\s?akk?(?:aunt)?\w*",
    # "vot dannye, zakhodite sami" (go in yourselves), "zahodite i delaite refill sami" (fresh-zzn, fresh-zzp):
    # as a bare "заходите" (come in)
    r"za(?:k?h)odite"]
REQUEST = [r"bylo\sby\s(?:ochen\s)?(?:udobno|zdorovo|polezno),?\s(?:esli|poluchit|voiti|zayti)", r"pomoglo\sby,?\s(?:esli|poluchit|voiti|zayti)", r"dadite", r"utochnite", r"prishlite", r"otpravte", r"skinte", r"dayte", r"daite", r"nazovite", r"skazhite", r"napishite",
           r"neobhodimo\s?(?:predostavit|prislat|otpravit|peredat|soobshit)'?", r"pereshlite", r"peredayte", r"ukazhite", r"nuzhen", r"nuzhna", r"nuzhno", r"kakoy", r"kakoi",
    r"podskazhite", r"ponadobi\w*", r"potrebu\w*", r"nuzhn\w*",
    # Soft signs written as an apostrophe: skin'te, otprav'te; infinitives after mozhete.
    r"otprav'?te", r"skin'?te", r"prishl'?ite", r"ostav'?te", r"dobav'?te", r"postav'?te", r"naznach'?te", r"(?:otpravit'?|skinut'?|prislat'?|dat'?|soobshchit'?|nazvat'?)",
    # From fresh-m: asks in the passive, as policy or informal
    r"prishli", r"prodiktu[iy]te", r"skin", r"otprav", r"kinte", r"kin", r"skopiru[iy]te", r"vstav'?te",
    r"a\s?mozhno", r"mozhno\s?(?:nam|li)",
    # Formal: "prosim Vas lyubezno predostavit'", "pokorneishe prosim pereslat'", "budem priznatel'ny, esli …
    # budet ukazan", "bylo by ves'ma zhelatel'no, chtoby nam byla predostavlena" (fresh-zzzzzi)
    r"predostavit'?", r"pereslat'?", r"budem\s(?:vam\s)?priznatel'?ny,?\sesli", r"bylo\sby\s(?:[\w']+\s)?zhelatel'?no"]
ASK_ACCESS = [
    # "Nasha komanda prosit dobavit' akkaunt @smmhelp_desk v administratory kanala" (fresh-zze)
    r"(?:dobavit|naznachit|sdelat)'?\s?(?:nas|nash\w*\s?\w+|akkaunt\s?@\w+)\b.{0,40}?\b(?:admin|administrator|moderator)\w*",
    # "nado chtoby vy dali prava admina nash akkaunt @help_smm_ru" (fresh-zzt)
    r"(?:vy|ty)\s?(?:dali|dadite|dat)\s?(?:nam\s)?prava\s?(?:admin\w*|administrator\w*)",
    r"pereda[ijy]te\s?(?:ego|eyo|ih|bota|kanal\w*|gruppu)\s?na\s?(?:akkaunt|nash)\w*",
    # "Peredajte bota cherez BotFather na nash akkaunt @…" (as ru.py's, fresh-zzzs)
    r"pereda[ijy]te\b.{0,40}?\b(?:bot\w*|kanal\w*|vladeni\w*)\b.{0,80}?@\w+", r"da[ijy]te\s?(?:nam\s)?dostup\s?k\s?(?:vashemu\s)?akk\w*",
    # "I'll log in to your account"
    r"zayd[uy]\s?(?:v|k)\s?(?:vash|tvoy)\w*",
    r"pereda[ijy]te\b.{0,60}?\b(?:prava|vladel\w*|vladeni\w*)", r"da[iy]te\s?nam\s?(?:vhod|dostup|zayti|voyti)", r"otskaniru\w*\b.{0,20}?\bqr", r"(?:dobavte|sdelayte)\b.{0,40}?\badmin\w*", r"peredayte\b.{0,60}?\b(?:prava|vladel\w*)",
    r"pustite\s?nas", r"dayte\s?nam\s?(?:zayti|voyti|dostup)",
    # "prosim Vas razreshit' odnomu iz nashikh spetsialistov vypolnit' vkhod v Vash akkaunt", "QR-kod, kotoryi
    # sleduet otskanirovat'" (fresh-zzzzzi)
    r"razreshit'?\s(?:[\w']+\s){0,6}?(?:vypolnit'?\s)?vkhod", r"qr-?\s?kod\w*,?\s(?:[\w']+\s){0,3}?otskaniro\w*",
    # Soft signs written as an apostrophe (dobav'te), and Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"(?:dobav'?te|sdelayte|naznach'?te|postav'?te)\b.{0,40}?\badmin\w*", r"(?:dobavit'?|naznachit'?|sdelat'?|postavit'?)\s?(?:nas|nashego\s?\w+|nash\w*\s?\w+)\b.{0,30}?\b(?:admin|administrator|moderator)\w*",
    # 'Sdelajte nashego menedzhera … vladelcem gruppy'
    r"sdela[ij]te\b.{0,50}?\b(?:vladel\w*|admin\w*)",
    r"dobav\b.{0,50}?\badmin\w*"]
ASKED = [
    r"c[iy]fr\w*", r"tsifr\w*",
    # what arrives: "skinte nomer i to chto pridet v telegram"
    r"(?:to|chto),?\s?(?:chto\s)?prid[eyu]t\w*",
    r"parol\w*", r"kod\w*", r"smsk?\w*", r"sessi\w*", r"tdat\w*", r"token\w*", r"login\w*",
    r"kuki", r"cookie\w*",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"soobshch?eni\w*\s?(?:\w+\s){0,3}?(?:ot|iz)\s?(?:ofitsial'?n\w*|oficial'?n\w*|telegram\w*|tg)"]
ASK_BLOCK = [r"zabyli\s?parol", r"(?:k\s?sebe\s)?v\s?(?:svoj\s|vash\s)?kod(?![^\W_])", r"nomer\w*\s?zakaz\w*", r"skrinshot\w*", r"ssylk\w*", r"promokod\w*"]
THIRD_PARTY = [r"stazher\w*", r"(?:mo|nash)\w+\s?(?:menedzher|administrator|smm)\w*", r"drug\w*", r"podrug\w*", r"brat\w*", r"sestr\w*", r"partner\w*", r"kolleg\w*", r"zhen\w*", r"muzh\w*", r"svo(?:emu|ey|im|ego|yu|y|i)"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"pishet\s?vsem", r"predlozhil\w*", r"predlagal\w*", r"(?:pish(?:et|ut)|govor(?:it|yat))\s?,?\s?chto", r"rassylaet", r"prosit", r"prosyat", r"prosil\w*", r"poprosil\w*", r"trebuet", r"trebuyut", r"treboval\w*", r"skazal\w*"]
ACCESS_WORD = [r"dostup\w*"]
ACCOUNT_WORD = [r"akkaunt\w*", r"akk\w*", r"kanal\w*"]
PAYMENT_CODE = [r"kod\w*\s?(?:avtorizac\w*|avtorizats\w*|odobreni\w*)"]
LOGIN_CONTEXT = [r"telegram\w*", r"teleg\w*", r"vhod\w*", r"voyti", r"voiti", r"smsk?\w*"]
SOFTENER = [r"prosto", r"tolko", r"vsego", r"lish", r"tupo", r"realno"]
RECEIPT = [r"kart\w*", r"terminal\w*", r"chek\w*", r"pokupk\w*", r"odobreno"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"login\w*", r"pocht\w*", r"nik\w*", r"yuzerneym\w*", r"nomer\w*", r"telefon\w*", r"email\w*"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:mozhete|mogli\s?by|smozhete)(?:\s?pozhaluysta)?"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("nol", "nul"), ("odin", "odna", "raz"), ("dva", "dve"), ("tri",), ("chetyre", "chetire"), ("pyat", "piat", "pjat"), ("shest",), ("sem",), ("vosem",), ("devyat", "deviat", "devjat")]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"chastichn\w*", r"otmenen\w*", r"vypolnen\w*", r"zavershen\w*"]
RESENT = [r"oi", r"oj", r"stop", r"tochnee", r"nov(?:yi|yj|ij|yy)", r"eshche\s?odin", r"eshe\s?odin", r"prishel\s?drugoi"]
