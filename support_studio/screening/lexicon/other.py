"""Languages the screening does not read in full: only the words for a password and a
login code (so a value labelled with one is caught), and an Italian, Uzbek or Vietnamese
agent's request verb (outside attack round 9). Scripts written without spaces (Chinese,
Japanese) have no word edges to match: screening/cjk.py reads them."""

PASSWORD = [
    r"has[lł]o", r"has[lł]a", r"heslo", r"wachtwoord", r"l[oö]senord", r"jelsz[oó]", r"adgangskode", r"passord",
    r"m[aạậ]t\s?kh[aẩ]u", r"kata\s?laluan", r"nenosiri", r"[şs]ifr[əe]m?", r"парольім", r"құпия\s?сөз",
    r"비밀번호", r"암호", r"รหัสผ่าน", r"סיסמ[הא]", r"κωδικ[οό]ς\s?πρ[οό]σβασης", r"κωδικ[οό]ς", r"পাসওয়ার্ড", r"پاس\s?ورڈ",
]
PASSWORD_WEAK = [r"κωδικ[οό]ς"]  # also any code
CODE = [
    r"codice\s?di\s?(?:verifica|accesso|conferma)", r"kod\s?weryfikacyjny", r"verificatiecode", r"inlogcode",
    r"m[aã]\s?x[aá]c\s?(?:nh[aậ]n|th[uự]c)", r"m[aã]\s?otp", r"인증\s?번호", r"인증\s?코드", r"รหัสยืนยัน",
]
REQUEST = [r"invia(?:ci|mi|teci|te)?", r"manda(?:ci|mi|teci)", r"scrivi(?:ci|mi)?", r"yuboring", r"jo'?nating",
           r"g[uử]i", r"cung\s?c[aấ]p"]
ASKED = [r"codice", r"kodni", r"m[aậ]t\s?kh[aẩ]u", r"m[aã]\s?(?:x[aá]c\s?(?:nh[aậ]n|th[uự]c)|otp|sms|telegram|đ[aă]ng\s?nh[aậ]p)"]
NEGATION = [r"đ[uừ]ng", r"kh[oô]ng", r"ch[uư]a"]  # Vietnamese: don't, not, not yet
