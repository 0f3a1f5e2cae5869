"""Languages the screening does not read in full: only the words for a password and a
login code (so a value labelled with one is caught), and an Italian, Uzbek or Vietnamese
agent's request verb (outside attack round 9). Scripts written without spaces (Chinese,
Japanese) have no word edges to match: screening/unspaced.py reads them."""

PASSWORD = [
    r"has[lł]o", r"has[lł]a", r"heslo", r"wachtwoord", r"l[oö]senord", r"jelsz[oó]", r"adgangskode", r"passord",
    r"m[aạậ]t\s?kh[aẩ]u", r"kata\s?laluan", r"nenosiri", r"[şs]ifr[əe]m?", r"парольім", r"құпия\s?сөз",
    r"비밀번호", r"암호", r"รหัสผ่าน", r"סיסמ[הא]", r"κωδικ[οό]ς\s?πρ[οό]σβασης", r"κωδικ[οό]ς", r"পাসওয়ার্ড", r"پاس\s?ورڈ",
    # Outside attack round 10: Croatian to Somali
    r"lozink[aeiu]", r"лозинк\w*", r"gesl[oa]", r"slaptažod\w*", r"salasana\w*", r"fjalëkalim\w*", r"parolă", r"parool\w*",
    r"сырсөз", r"нууц\s?үг", r"პაროლ\w*", r"գաղտնաբառ\w*", r"የይለፍ\s?ቃል", r"கடவுச்சொல்", r"පාස්වර්ඩ්", r"මුරපදය",
    r"စကားဝှက်", r"ពាក្យសម្ងាត់", r"ਪਾਸਵਰਡ", r"પાસવર્ડ", r"पासवर्ड", r"kalmadda\s?sirta(?:\s?ah)?",
]
PASSWORD_WEAK = [r"κωδικ[οό]ς"]  # also any code
CODE = [
    r"codice\s?di\s?(?:verifica|accesso|conferma)", r"kod\s?weryfikacyjny", r"verificatiecode", r"inlogcode",
    r"m[aã]\s?x[aá]c\s?(?:nh[aậ]n|th[uự]c)", r"m[aã]\s?otp", r"인증\s?번호", r"인증\s?코드", r"รหัสยืนยัน",
    r"cod(?:ul)?\s?de\s?verificare", r"vahvistuskood\w*", r"engangskode\w*", r"verifieringskod\w*", r"verifikationskod\w*",
    r"bekræftelseskode\w*", r"bekreftelseskode\w*", r"קוד\s?(?:אימות|כניסה)", r"verifikacijsk\w*\s?kod\w*", r"kod\s?za\s?potvrdu",
    r"patvirtinimo\s?kod\w*", r"kinnituskood\w*", r"ověřovací\s?kód", r"overovací\s?kód", r"код\s?за\s?(?:потврда|потвърждение)",
    r"код\s?підтвердження", r"tasdiqlash\s?kodi", r"ኮድ",
]
REQUEST = [r"invia(?:ci|mi|teci|te)?", r"manda(?:ci|mi|teci)", r"scrivi(?:ci|mi)?", r"yuboring", r"jo'?nating",
           r"g[uử]i", r"cung\s?c[aấ]p",
           # Outside attack round 10: Dutch, Polish, Ukrainian, Uzbek, Korean, Amharic, Romanian, Serbian and Croatian
           r"stuur\w*", r"verstuur\w*", r"prześlij\w*", r"wyślij\w*", r"podaj\w*", r"пришліть", r"надішліть", r"напишіть",
           r"yozing", r"bering", r"보내\s?주세요", r"알려\s?주세요", r"ይላኩ\w*", r"trimite\w*", r"pošalji\w*", r"пошаљи\w*"]
ASKED = [r"codice", r"kodni", r"codul", r"인증\s?번호\w*", r"인증\s?코드\w*", r"비밀번호\w*", r"ኮድ", r"m[aậ]t\s?kh[aẩ]u", r"m[aã]\s?(?:x[aá]c\s?(?:nh[aậ]n|th[uự]c)|otp|sms|telegram|đ[aă]ng\s?nh[aậ]p)"]
NEGATION = [r"đ[uừ]ng", r"kh[oô]ng", r"ch[uư]a"]  # Vietnamese: don't, not, not yet
