"""German (umlauts folded: bestatigung, ubertragen, schlussel)."""

PASSWORD = [r"(?:das|den)\s?ich\s?(?:uberall|ueberall)\s?(?:benutze|nutze|verwende)", r"passwort\w*", r"kennwort\w*", r"password", r"pw", r"pass", r"zugangsdaten", r"cloud-?passwort"]
PASSWORD_WEAK = [r"pw", r"pass"]
TWO_FA = [r"zwei-?faktor\w*", r"2-?faktor\w*", r"zweistufig\w*", r"2fa"]
CODE = [r"codes?", r"sms", r"bestatigungs-?code\w*", r"bestatigung\w*", r"verifizierung\w*", r"ziffern",
        r"authenticator", r"login-?code", r"einmal\w*",
    r"(?:anmelde|bestatigungs|sicherheits|einmal|zugangs|login|verifizierungs|freischalt|sms|authentifizierungs|autorisierungs|best[a]tigungs|pin)-?codes?", r"ablauft", r"lauft\s?ab", r"gultig",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"offiziell\w*\s?telegram-?(?:konto|account|chat|profil)"]
CODE_BLOCK = [r"strichcode\w*", r"barcode\w*", r"(?:gutschein|rabatt|promo|fehler|bestell|sendungs|tracking|empfehlungs|einladungs|zahlungs|post|aktions)-?codes?",
              r"gutschein\w*", r"fehler\w*", r"promo\w*", r"postleitzahl",
    r"letzten\s?(?:4|vier)\s?(?:ziffern|stellen)", r"service-?codes?", r"dienst-?codes?"]
OWNER = [r"bestell\w*", r"auftrag\w*", r"nummer", r"nr", r"id", r"betrag", r"preis", r"zahlung\w*", r"guthaben",
         r"summe", r"transaktion\w*", r"referenz", r"karte", r"telefon", r"tel",
    r"(?:ruck)?erstattung\s?(?:fur|von)", r"endet\s?(?:auf|mit)", r"endend\s?(?:auf|mit)", r"mit\s?endung"]
RANGE = [r"von", r"auf"]
UNIT = [r"mitglieder\w*", r"abonnenten", r"aufrufe", r"views", r"reaktionen", r"likes", r"tage\w*", r"tag",
        r"stunden", r"minuten", r"euro", r"eur", r"dollar", r"k", r"tausend"]
RECOVERY = [r"(?:ersatz|backup|notfall|reserve|sicherungs)-?passwort\w*", r"(?:ersatz|backup|notfall|reserve|sicherungs)-?passworter", r"backup-?codes?", r"wiederherstellungs-?(?:codes?|schlussel\w*)", r"notfall-?codes?",
            r"sicherungs-?codes?", r"wiederherstellungsphrase"]
RECOVERY_CONTEXT = [r"wiederherstellungs-?(?:e-?mail|adresse)", r"zurucksetz\w*", r"wiederherstell\w*"]
NEGATION = [r"nicht", r"nichts", r"nie", r"niemals", r"kein\w*", r"niemand\w*", r"ohne",
    r"betrug\w*", r"betruger\w*", r"falls\s?jemand", r"wenn\s?jemand", r"unnotig", r"weder"]
QUESTION = [r"soll\s?ich", r"muss\s?ich", r"brauchen\s?sie", r"braucht\s?ihr", r"ist\s?es", r"warum", r"wie",
            r"sicher"]
OFFER = [r"schick(?:e)?\s?ich\s?(?:euch|ihnen|dir)", r"ich\s?(?:kann|konnte|werde|wurde)\s?(?:ihnen\s|dir\s|euch\s)?(?:[\w-]+\s){0,2}?(?:schicken|senden|geben|ubermitteln|weiterleiten|mitteilen|sagen)",
         r"ich\s?(?:schicke|sende|gebe)\s?(?:ihnen|dir|euch)", r"ich\s?schick",
    r"ich\s?(?:kann|konnte|werde|wurde)\s?(?:ihnen\s|dir\s|euch\s)?(?:\w+\s){0,6}?(?:schicken|senden|geben|ubermitteln|weiterleiten|mitteilen|sagen)", r"(?:schicke|sende|gebe|leite)\s?ich", r"leite\s?ich\s?(?:\w+\s)?weiter"]
CREDENTIAL = [r"zugriff\w*", r"passwort", r"kennwort", r"codes?", r"sms", r"zugang\w*", r"zugangsdaten", r"login\w*", r"tdata",
              r"session"]
ROLE = [r"owner-?ubertragung", r"eigentumerwechsel", r"miteigentum\w*", r"mitinhaber\w*", r"admin\w*", r"administrator\w*", r"inhaber\w*", r"eigentum\w*", r"besitzer\w*", r"rechte",
        r"zugriff\w*", r"zugang", r"moderator\w*", r"botfather", r"ersteller"]
GRANT = [r"angesto(?:ss|ß)en", r"eingeleitet", r"gestartet", r"holen", r"(?:rein)?packen", r"eintragen", r"hinzugefugt", r"gemacht", r"ernannt", r"ubertragen", r"ubertrage", r"gegeben", r"gebe", r"fuge",
         r"mach", r"mache", r"machen", r"befordert", r"eingeladen", r"ubergeben", r"freigegeben",
    r"eingetragen", r"ist\s?jetzt", r"sind\s?jetzt", r"jetzt",
    r"(?:rein|dazu|herein|hinzu)?geholt", r"aufgenommen", r"gesetzt", r"eingesetzt", r"hinzugenommen"]
RECIPIENT = [r"ihnen", r"sie", r"dir", r"dich", r"euch", r"ihr", r"ihren", r"ihrem", r"ihre", r"dein\w*",
             r"euer\w*", r"eur(?:e|en|em|er|es)", r"support\w*", r"team"]
GIVEN_ACCOUNT = [r"account,?\s?(?:den|dem)\s?(?:er|sie|ihr)\s?mir\s?(?:\w+\s)?(?:gegeben|geschickt|genannt|geschrieben)",
    r"(?:euer|eure|ihr)\s?(?:mitarbeiter\w*|kollege\w*|support-?mitarbeiter\w*|techniker\w*)"]
LOGIN_INVITE = [r"melden\s?sie\s?sich\s?(?:mit\s?meiner\s?(?:telefon)?nummer\s)?an", r"loggen\s?sie\s?sich\s?ein", r"sie\s?loggen\s?sich\s?(?:[^\W\d_]+\s){0,2}(?:bei\s?mir|in\s?mein\w*(?:\s[^\W\d_]+)?)\s?ein", r"(?:ihr|sie)\s?(?:d[uü]rf|k[oö]nn)(?:t|en)\s?(?:euch|sich)\b.{0,30}?\bin\s?mein\w*\b.{0,25}?\beinloggen",
    # "Macht's doch einfach selbst, hier meine Daten": do it yourselves, with my login data (fresh-zzn)
    r"mach(?:t'?s|t\ses|en\ssie\ses)\s?(?:doch\s)?(?:einfach\s)?selbst\b.{0,30}?\b(?:meine|die)\s?(?:zugangs|login)?daten",
    # "loggen Sie sich halt in mein Panel-Konto ein"
    r"loggen\s?sie\s?sich\b.{0,30}?\bin\s?mein\w*\b.{0,25}?\bein(?![^\W_])",
    # "dann seid ihr direkt in meinem Account", a QR code to log in with
    r"(?:seid|sind)\s?(?:ihr|sie)\s?(?:direkt\s)?in\s?meinem\s?(?:account|konto)", r"qr-?code\s?zum\s?(?:einloggen|anmelden)",
    r"(?:loggen|melden)\s?sie\s?sich\s?(?:in|bei|auf)\s?(?:meinem|meinen|mein)", r"(?:konnen|durfen)\s?sie\s?sich\s?(?:einloggen|anmelden)",
                r"(?:log|logg)\s?dich\s?ein", r"in\s?meinen\s?account", r"in\s?mein\s?konto",
    # "meldet euch an" (sign in), not "meldet euch schnell" (get in touch)
    r"loggt\s?euch", r"meldet\s?euch\s?(?:\S+\s){0,5}?an(?![^\W_])", r"logg\s?dich", r"meld\s?dich\s?(?:\S+\s){0,5}?an(?![^\W_])",
    r"(?:meinen|mein)\s?(?:account|konto)\s?(?:benutzen|nutzen|verwenden)",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:reinschauen|reingucken|reinsehen|reinkucken|einloggen|anmelden)\s?(?:musst|wollt|mochtet|konnt)",
    r"sie\s?(?:sich\s)?(?:reinschauen|reingucken|reinsehen|einloggen|anmelden)\s?(?:mussen|wollen|mochten)", r"sich\s?(?:\w+\s){0,2}in\s?mein\w*\s?(?:telegram-?)?(?:account|konto)\s?einloggen",
    # 'use my account', to several of you
    r"nutzt\s?(?:einfach\s)?(?:meinen|mein)\s?(?:account|konto)", r"(?:benutzt|verwendet)\s?(?:einfach\s)?(?:meinen|mein)\s?(?:account|konto)",
    r"(?:konnt|konntet)\s?ihr\s?(?:da\s|dort\s)?reinschauen", r"(?:konnt|konnen)\s?(?:ihr|sie)\s?(?:direkt\s)?mit\s?meinem\s?(?:konto|account)",
    # "nachschauen" is looking something up ("Könnt ihr nachschauen, ob die Zahlung ankam?"),
    # unless they look for themselves: "dann könnt ihr selbst nachschauen".
    r"(?:konnen|konnt)\s?(?:sie|ihr)\s?(?:selbst\s|selber\s)?reinschauen",
    r"(?:konnen|konnt|konntet)\s?(?:sie|ihr)\s?(?:da\s|dort\s)?(?:selbst|selber)\s?nachschauen"]
REQUEST = [
    # Formal, as a bank writes: "Wir bitten Sie …, uns diesen Code … zukommen zu lassen" (fresh-zzzzy)
    r"(?:wir\s)?bitten\s?sie", r"ersuchen", r"zukommen\s?zu\s?lassen", r"anzufugen", r"beizufugen", r"einzusetzen",
    r"lesen\s?sie\s?(?:sie\s|es\s)?(?:mir|uns)\s?(?:bitte\s)?vor", r"(?:es\s)?wurde\suns\s(?:sehr\s)?helfen,?\s(?:wenn|zugriff)", r"ware\s(?:sehr\s)?(?:hilfreich|praktisch),?\swenn", r"wenn\s?sie\s?uns", r"(?:kannst|konntest|kannste)\s?du\s?(?:mir|uns)", r"schreib(?:en\s?sie|t)?\s?(?:mir|uns)\s?(?:\w+\s)?(?:das|den|die|dein\w*|ihr\w*)", r"gib\s?(?:uns|mir)", r"(?:hier\s?)?(?:rein|hinein)kopier\w*", r"einfug\w*", r"lesen\s?sie", r"senden\s?sie", r"schicken\s?sie", r"geben\s?sie", r"teilen\s?sie", r"nennen\s?sie", r"ubermitteln\s?sie",
           r"leiten\s?sie", r"fugen\s?sie", r"machen\s?sie", r"ubertragen\s?sie", r"schick\w*", r"sende",
           r"wir\s?brauchen", r"wir\s?benotigen", r"wie\s?lautet", r"was\s?ist",
    r"benotigen\s?wir", r"brauchen\s?wir", r"benotigen", r"mitteilen", r"nennen", r"ubermitteln",
    # From fresh-m: asks in the passive, as policy or informal
    r"anzugeben", r"zu\s?ubermitteln", r"mitzuteilen", r"zu\s?senden", r"(?:die\s)?angabe\s?(?:ihres|ihrer|des|der)", r"erforderlich",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"benotigt", r"wird\s?benotigt",
    r"hangen\s?sie",
    r"leit(?:e|et)\s?(?:sie|es|ihn|die)?\s?(?:uns|mir)",
    # Infinitives after "bitte" or "Sie müssten" (Spanish "den" used to stand in for them)
    r"hochladen", r"geben", r"ubergeben", r"weiterleiten", r"zusenden", r"einreichen", r"schreiben\s?sie", r"tippen\s?sie", r"kopieren\s?sie",
    # Formal, in the passive (as fresh-zzzzzi's English and Russian): "wir wären Ihnen dankbar, wenn die
    # Backup-Codes angegeben würden", "es wäre freundlich, wenn uns der Code übermittelt werden könnte"
    r"waren?\s(?:ihnen\s|wir\s)?(?:sehr\s|ausserst\s)?(?:dankbar|verbunden|freundlich),?\swenn",
    r"(?:ubermittelt|angegeben|mitgeteilt|zugesandt|zugeschickt|bereitgestellt|weitergeleitet|ubersandt)\s(?:werden|wurden|wurde)"]
ASK_ACCESS = [r"in\s?ihr\w*\b.{0,25}?\b(?:konto|account)\w*\s?einloggen",
    # "Könnten Sie den Inhaber bitten, @tgboost_support … als Administrator hinzuzufügen?" (fresh-zza)
    r"bitten\b.{0,60}?\bals\s?admin\w*\s?hinzu(?:zu)?fug\w*",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"scann\w*\b.{0,20}?\bqr", r"(?:neues\s)?gerat\s?(?:verknupf|verbind|hinzufug)\w*",
    r"sobald\s?sie\b.{0,60}?\badmin\w*", r"(?:kannst|konnt|konnen|konnten|wurden|wurdest|wurdet)\s?(?:du|ihr|sie)\b.{0,60}?\b(?:als|zum)\s?admin\w*", r"sie\s?ubertragen\s?uns", r"dass\s?sie\s?uns\b.{0,60}?\bubertrag\w*", r"mach\w*\b.{0,50}?\b(?:zum|als)\s?admin\w*", r"(?:fugen|machen|ernennen)\s?sie\b.{0,40}?\badmin\w*", r"(?<![^\W_])(?:fug|trag|ernenn)(?:e|t)?\s(?:bitte\s|doch\s|mal\s|jetzt\s){0,2}(?:uns|unser\w*(?:\s\w+)?|@\w+|(?:den\s|das\s)?support\w*(?:[-\s]\w+)?)\s(?:bitte\s)?(?:als|zum)\s?admin\w*", r"ubertragen\s?sie\b.{0,50}?\buns",
              r"(?:lassen|erlauben)\s?sie\s?uns\b.{0,20}?\b(?:einloggen|anmelden)",
    r"(?:durfen|konnen)\s?wir\b.{0,30}?\b(?:einloggen|anmelden)", r"in\s?ihr\w*\s?konto\s?(?:einloggen|anmelden)",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"uns\s?(?:\w+\s){0,4}?(?:zum?|zu|als)\s?(?:admin|administrator|moderator)\w*\s?(?:\w+\s){0,3}?(?:machen|ernennen|hinzufugen|eintragen|befordern|aufnehmen)",
    # "übertragen Sie bitte Ihren Bot via @BotFather an @panel_tech_de" (fresh-zx)
    r"ubertragen\s?sie\b.{0,50}?\b(?:bot|kanal|gruppe)\w*\b.{0,50}?\ban\s?@\w+"]
ASKED = [
    r"welche\s?zahlen", r"zahlen\s?(?:sind\s)?(?:gerade\s)?angekommen",
    # a reset link (a plain link may be asked for)
    r"(?:reset|zurucksetz\w*|wiederherstellungs)-?link\w*",
    r"ziffern", r"passwort", r"kennwort", r"codes?", r"sms", r"session", r"tdata", r"token", r"zugangsdaten",
    r"wiederherstellungs-?(?:schlussel\w*|codes?|phrase)",
    r"(?:anmelde|bestatigungs|sicherheits|einmal|zugangs|login|verifizierungs|freischalt|sms|authentifizierungs|autorisierungs|best[a]tigungs|pin)-?codes?",
    r"link\s?zum\s?zurucksetzen", r"zurucksetzungs-?\s?link",
    r"nachricht\s?von\s?telegram", r"passworts?",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"nachricht\s?(?:\w+\s){0,3}?(?:vom|von)\s?(?:dem\s)?(?:offiziellen\s)?telegram\w*"]
ASK_BLOCK = [r"passwort\s?vergessen", r"bestellnummer", r"bestellung", r"link", r"screenshot", r"beleg", r"transaktions-?id", r"anzahl"]
THIRD_PARTY = [r"praktikant\w*", r"azubi\w*", r"auszubildend\w*", r"freund\w*", r"partner\w*", r"bruder", r"schwester", r"kolleg\w*", r"frau", r"mann", r"cousin\w*", r"einen?\s?bot\w*", r"anderen?\s?bot\w*",
    r"community-?\s?manager\w*", r"social-?\s?media-?\s?manager\w*", r"(?:mein\w*|unser\w*)\s?(?:assistent\w*|mitarbeiter\w*|redakteur\w*|moderator\w*)"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"verlangt\w*", r"erz(?:a|ae)hlt\w*",
    # "Hab in ner Gruppe gelesen, man müsse den Support zum Admin machen" (what was read, fresh-zzzd)
    r"gelesen,?\s?(?:dass\s)?man\s?m(?:u|ue)ss(?:e|en)?", r"fordert\w*", r"bittet", r"fragt\w*", r"meinte", r"sagte", r"schrieb\s?mir", r"hat\s?mir\s?geschrieben", r"wollte\w*", r"will\s?(?:meine|mein|den|die|das)",
    # "@SmmDe_Support_Team will, dass ich ihn zum Admin mache": someone wants me to
    r"(?:will|mochte|wollen|mochten),?\s?dass\s?ich"]
ACCESS_WORD = [r"zugriff\w*", r"zugang\w*"]
ACCOUNT_WORD = [r"konto\w*", r"account\w*", r"kanal\w*", r"gruppe\w*"]
PAYMENT_CODE = [r"(?:autorisierungs|genehmigungs|autorisations)-?(?:codes?|nummer|nr)", r"(?:autorisierung|genehmigung)\.?\s?(?:codes?|nummer|nr)"]
LOGIN_CONTEXT = [r"anmeld\w*", r"einlogg\w*"]
SOFTENER = [r"einfach", r"nur", r"ganz", r"eigentlich", r"halt", r"echt", r"wirklich", r"tatsachlich", r"buchstablich", r"schlicht", r"bloss"]
RECEIPT = [r"karte\w*", r"terminal\w*", r"beleg\w*", r"kassenbon\w*", r"kauf\w*", r"genehmigt", r"handler\w*", r"girocard"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"benutzer\w*", r"nutzername\w*", r"e-?mail\w*", r"nummer\w*", r"telefon\w*", r"login\w*"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:konnt|konntet)\s?ihr", r"(?:konnen|konnten|wurden)\s?sie", r"(?:kannst|konntest)\s?du"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("null",), ("eins", "ein"), ("zwei", "zwo"), ("drei",), ("vier",), ("fünf",), ("sechs",), ("sieben",), ("acht",), ("neun",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["zehn", "elf", "zwölf", "dreizehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "tausend"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"storniert", r"teilweise", r"abgeschlossen", r"ausstehend", r"in\s?bearbeitung"]
RESENT = [r"moment", r"der\s?neue", r"ein\s?neuer", r"noch\s?einer"]
