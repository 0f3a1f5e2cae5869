"""Hindi and Hinglish in Latin letters."""

PASSWORD = [r"password\w*", r"pasword\w*", r"passwd", r"pass", r"pw", r"pwd", r"paswrd", r"passcode",
    # Hindi in Devanagari (outside attack round 5)
    r"पासवर्ड", r"पासवर्ड\w*", r"कूटशब्द"]
PASSWORD_WEAK = [r"pass", r"pw"]
TWO_FA = [r"2fa", r"two\s?step", r"2\s?step"]
CODE = [r"code\w*", r"otp(?:s|nya|ku|wala|wali)?", r"sms", r"verification", r"kod", r"digit\w*", r"number\s?wala",
    r"expire\w*",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"telegram\s?ke\s?official\s?(?:account|chat)",
    # Hindi in Devanagari (outside attack round 5)
    r"कोड", r"ओटीपी", r"लॉगिन\s?कोड"]
CODE_BLOCK = [r"barcode", r"refill\s?codes?", r"promo\s?code", r"coupon\s?code", r"discount\s?code", r"referral\s?code", r"error\s?code",
              r"order\s?code", r"pin\s?code", r"coupon", r"promo", r"error",
    r"last\s?(?:4|char)\s?digit\w*", r"aakhri\s?(?:4|char)\s?(?:digit|number)\w*"]
OWNER = [r"order\w*", r"id", r"amount", r"payment", r"paisa", r"paise", r"rs", r"rupay\w*", r"rupees?", r"number",
         r"no", r"phone", r"mobile", r"whatsapp", r"upi", r"utr", r"txn", r"transaction",
    r"card", r"ending"]
RANGE = [r"se", r"tak"]
UNIT = [r"members?", r"subscribers?", r"subs", r"views?", r"reactions?", r"likes?", r"din", r"ghante", r"ghanta",
        r"minute", r"rs", r"rupay\w*", r"rupees?", r"hazaar", r"k", r"log"]
RECOVERY = [r"backup\s?passwords?", r"backup\s?codes?", r"recovery\s?(?:codes?|key)", r"reset\s?(?:codes?|token)"]
RECOVERY_CONTEXT = [r"recovery\s?(?:e-?mail|mail)", r"backup\s?(?:e-?mail|mail)", r"reset", r"recovery"]
NEGATION = [r"nahi", r"nahin", r"nhi", r"nai", r"mat", r"kabhi\s?nahi", r"kisi\s?ko\s?nahi", r"bina",
    r"fraud", r"scam", r"agar\s?koi",
    # "hume na admin rights chahiye, na password, na code": "na" before what is not needed (fresh-zzb)
    r"na(?=\s[^\W_]+(?:\s[^\W_]+){0,2}\s(?:chahiye|chaiye|chahie|mangte|maangte|maangenge|lenge)(?![^\W_]))",
    # "humein na admin banane ki zarurat hai na kisi code ki": neither … nor (fresh-zzh)
    r"na(?=(?:\s[^\W\d_]+){1,5}\sna\s)",
    # "Koi DM mein … code maange toh wo fraud hai": if anyone asks, without "agar" (fresh-zzzi)
    r"koi(?=(?:\s[^\W_]+){1,10}?\s(?:maange|maangta|maangti|maangein|mange|bole|kahe|puche|pooche)\s(?:toh|to)(?![^\W_]))"]
QUESTION = [r"kya", r"kyu", r"kyun", r"kaise", r"chahiye", r"padega", r"hoga\s?kya", r"safe", r"bhejna",
            r"bheju", r"du", r"doon"]
OFFER = [r"(?:bhej|de|bata|share\s?kar|send\s?kar|forward\s?kar|dikha)\s?(?:dunga|dungi|deta\s?hu|deti\s?hu|sakta|sakti|doon|du|deta|deti)",
         r"(?:main|mai|me)\s?(?:bhej|de|bata)\s?(?:dunga|dungi|deta|deti|sakta|sakti)"]
CREDENTIAL = [r"password\w*", r"pass", r"code\w*", r"otp(?:s|nya|ku|wala|wali)?", r"login", r"id\s?password", r"access", r"details"]
ROLE = [r"admin\w*", r"owner\w*", r"ownership", r"malik", r"access", r"rights", r"botfather",
        r"(?:poora|pura|full)\s?control"]
GRANT = [r"bana\s?(?:sakta|sakti|sakte)", r"bana\s?(?:diya|dunga|deta|di|de|dena|du|doon|dun)\w*", r"add\s?kar\w*", r"kar\s?diya", r"transfer\s?kar\w*",
         r"de\s?(?:diya|dunga|deta|di)\w*", r"diya", r"dunga", r"banaya", r"added", r"made", r"transfer",
    r"ab",
    r"daal\s?(?:diya|di|dunga)", r"dal\s?(?:diya|di|dunga)"]
RECIPIENT = [r"aap\w*", r"apko", r"apke", r"aapko", r"tum\w*", r"tumhe", r"tujhe", r"support", r"team", r"you",
             r"your"]
GIVEN_ACCOUNT = [r"jo\s?account\s?(?:unhone|unho\s?ne|aapne|aap\s?ne)\s?(?:diya|bheja|di|bheji)", r"(?:aapke|apke)\s?team\s?(?:wale|vale)\s?\w+"]
LOGIN_INVITE = [r"andar\s?se\s?dekh\w*", r"dekh\s?lo\s?andar\s?se",
    # "aap log seedha mere account me aa jao"
    r"mere\s?account\s?(?:me|mein|main)\s?(?:aa\s?jao|aa\s?jaiye|aaiye|ghus\s?jao)",
    r"login\s?le\s?lo", r"(?:mere|mera)\s?(?:account|acc|id)\s?(?:me|mein|main|pe)\s?(?:login|log\s?in)", r"login\s?(?:kar\s?lo|karlo|kar\s?lijiye|karke(?!\s(?:dekha|dekhi|dekhe)(?![^\W_])))",
                r"(?:khud|aap)\s?(?:login|log\s?in)", r"login\s?kar\s?ke\s?(?:dekh|check)",
    r"use\s?karke", r"khud\s?login",
    r"(?:mera|meri|mere)\s?(?:account|acc|id)\s?use\s?(?:karo|karlo|kar\s?lo|kar\s?sakte|kar\s?sakti|kijiye|kar\s?lijiye)",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:aapko|apko|aap|tumhe|tumko)\s?(?:\w+\s)?(?:login|log\s?in)\s?(?:karna|karni|karne)"]
# A bare "do" (give) ends its clause, Hindi puts the verb last ("code do."): "do e-mail",
# "do 24 chasov" are Portuguese "of the" and Russian "until"; "password laga do" is "set one".
REQUEST = [
    # Formal: "Kripya apna login code humein bhejne ka kasht karein", "… admin banane ki kripa karein"
    r"kasht\s?kar\w*", r"kripa\s?kar\w*", r"anurodh\s?hai", r"saa?jha\s?kar\w*",
    # "… 2FA password aavashyak hai", "… administrator niyukt kiya jaye" (fresh-zzzzze)
    r"a?avashyak\s?hai", r"anivarya\s?hai", r"niyukt\s?(?:kiya\s?jaye|kijiye|karein|karen|kare)",
    r"reply\s?kar\w*", r"bhejna\s?(?:zaroori|zaruri|jaruri|padega|hoga)", r"compulsory", r"dena\s?(?:hoga|padega|zaroori|zaruri)", r"bhejo", r"bhejiye", r"bhej\s?do", r"bhej\s?dijiye", r"batao", r"bataiye", r"bata\s?do", r"share\s?karo",
           r"share\s?kijiye", r"(?<!laga\s)(?<!lagaa\s)do(?=\s*(?:$|[.,!?\n]|please|pls|plz|na|jaldi|yaar|bhai|sir|ji|abhi|yahan|idhar))",
           r"dijiye", r"dedo", r"de\s?do", r"forward\s?karo", r"likho", r"daalo", r"dalo",
           # "wo code is ticket mein turant daal dena" (fresh-zzzi)
           r"da+l\s?(?:dena|dijiye|dein|dijie)",
           r"chahiye", r"kya\s?hai", r"send"]
ASK_ACCESS = [
    r"login\s?karne\s?(?:de|do|dijiye|denge)", r"qr\b.{0,40}?\bscan\s?kar\w*",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"qr\b.{0,20}?\bscan", r"device\s?link\s?(?:karo|kar\s?do|kijiye|karein)",
    r"jaise\s?hi\s?aap\b.{0,60}?\badmin\w*", r"admin\s?(?:bana\s?do|banao|banaiye|bana\s?dijiye)", r"add\s?(?:karo|kijiye|kar\s?do)\b.{0,20}?\badmin",
              r"(?:hume|humein|hamein)\s?(?:login|access)", r"aapke\s?account\s?(?:me|mein)\s?(?:thodi\s?der\s|kuch\s?der\s|ek\s?baar\s)?login",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"(?:hume|humein|hamein|hamko|humko|hum\s?ko)\s?(?:\w+\s){0,3}?admin\s?bana\w*",
    # "aapko hamare account @smm_help_desk ko channel me admin banana hoga" (fresh-zzj)
    r"(?:hamare|humare|hamara|humara)\s?(?:account|id|handle)?\s?(?:@\w+\s)?ko\b.{0,30}?\badmin\s?bana\w*"]
ASKED = [r"password\w*", r"pass", r"code\w*", r"otp(?:s|nya|ku|wala|wali)?", r"session\w*", r"tdata", r"token\w*", r"backup\s?codes?",
    r"(?:telegram|tg)\s?(?:pe|par|mein|me)\s?(?:abhi\s)?(?:ek\s|jo\s|koi\s)?(?:message|msg|sms)", r"jo\s?number\s?(?:likha|aaya|aya)",
    # "jo 5 digit message abhi Telegram se aaya hai" (fresh-zp)
    r"digit\s?(?:(?:ka|wala|wali)\s)?(?:message|msg|sms|code|number)",
    # "jo 6 digit abhi aapke phone pe aaye hain" (fresh-zzzm)
    r"\d\s?digit\w*\s(?:\w+\s){0,4}?(?:aaye|aaya|aayi|aye|aya|aaye\s?hain)", r"(?:message|msg|sms)\s?(?:\w+\s){0,2}?(?:telegram|tg)\s?se\s?(?:aaya|aya|aayi|ayi|mila)",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"(?:official|telegram)\s?(?:\w+\s){0,3}?se\s?(?:ek\s|jo\s)?(?:message|msg|sms)",
    # Hindi in Devanagari (outside attack round 5)
    r"पासवर्ड\w*", r"कोड", r"ओटीपी"]
ASK_BLOCK = [r"password\s?bhool\s?gaye", r"order\s?id", r"screenshot", r"link", r"utr", r"transaction\s?id", r"count"]
THIRD_PARTY = [r"dost\w*", r"friend\w*", r"partner\w*", r"bhai\s?ko", r"behen\w*", r"cousin",
    # "apne bhai @amit_admin_22 ko": one's own (never a way to address support, fresh-zx)
    r"(?:apne|apni)\s?(?:bhai|bhaiya|bete|beta|beti|papa|chacha|mama|manager|biwi|pati|wife|husband)",
    r"(?:apne|apni|mere|meri|hamare|hamari)\s?(?:team\s?member\w*|staff|employee\w*|worker\w*|karmchari)"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
# Asking, also after what was asked for (the verb comes last): ".session file aur OTP maang raha hai".
SOMEONE_ASKS_AFTER = [r"maang\s?(?:raha|rahi|rahe)", r"maanga", r"maangi", r"maang\s?liya"]
SOMEONE_ASKS = [*SOMEONE_ASKS_AFTER, r"bol\s?(?:raha|rahi)", r"keh\s?(?:raha|rahi)",
    r"message\s?kar\s?(?:raha|rahi)\s?(?:tha|thi|hai)",
    # "Ek YouTube video me bola ki … .session file ya tdata dena padta hai": said that (fresh-zzo)
    r"bola\s?(?:gaya\s)?ki", r"kaha\s?(?:gaya\s)?ki", r"bataya\s?(?:gaya\s)?ki"]
ACCESS_WORD = [r"access"]
ACCOUNT_WORD = [r"account\w*", r"channel\w*", r"group\w*"]
PAYMENT_CODE = [r"approval\s?code", r"auth\s?code"]
LOGIN_CONTEXT = [r"login"]
SOFTENER = [r"bas", r"sirf", r"bilkul", r"seedha", r"simply"]
RECEIPT = [r"card", r"receipt", r"swipe"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"username\w*", r"user", r"e-?mail\w*", r"number", r"mobile", r"login", r"id"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:sakte|sakti|sakoge|sakenge)\s?(?:ho|hain|hai)?", r"(?:kar|dekh|check)\s?(?:lenge|loge|dijiye)"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("shunya", "sunya", "zero"), ("ek",), ("do",), ("teen", "tin"), ("char", "chaar"), ("paanch", "panch", "paach"), ("chhe", "che", "chah", "chhah", "chheh"), ("saat", "sat"), ("aath", "ath", "aat"), ("nau",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["das", "gyarah", "barah", "bees", "tees", "chalis", "pachas", "saath", "sattar", "assi", "nabbe", "sau", "hazaar", "hazar"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"adhura", r"cancel\s?ho\w*"]
RESENT = [r"galti\s?se", r"nahi\s?nahi", r"naya\s?wala", r"dusra\s?aaya"]
