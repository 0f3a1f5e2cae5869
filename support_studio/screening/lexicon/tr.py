"""Turkish (accents folded: sifre, dogrulama, gonder)."""

# "şifreli PDF" (password-protected), "şifresiz" (without one) are no password's name.
PASSWORD = [r"her\s?yerde\s?kullandigim",
    # "the magic word" said for a password
    r"sihirli\s?kelime\w*",
    r"sifre(?!li(?![^\W_])|siz)\w*", r"parola\w*", r"password", r"pass"]
PASSWORD_WEAK = [r"pass"]
TWO_FA = [r"iki\s?adimli\w*", r"iki\s?asamali\w*", r"2\s?adimli\w*"]
CODE = [r"kod\w*", r"sms\w*", r"dogrulama\w*", r"onay\w*", r"otp", r"rakam\w*", r"authenticator",
    r"suresi\w*",
    # Telegram's official account, which sends the login code (fresh-zm); not "resmi hesabınız"
    # (your official account: the shop's, fresh-zzzt)
    r"resmi\s?(?:telegram\s?)?hesab(?!iniz)\w*"]
CODE_BLOCK = [r"barkod\w*", r"gecersiz\s?kod\w*", r"indirim\s?kod\w*", r"kampanya\s?kod\w*", r"promosyon\s?kod\w*", r"kupon\w*", r"hata\s?kod\w*", r"hata\w*",
              r"siparis\s?kod\w*", r"takip\s?kod\w*", r"referans\s?kod\w*", r"davet\s?kod\w*", r"posta\s?kod\w*",
              r"odeme\s?kod\w*", r"promo\w*",
    r"son\s?(?:4|dort)\s?(?:hane\w*|rakam\w*)", r"servis\w*\s?kod\w*", r"aciklama\s?kod\w*", r"hizmet\s?kod\w*"]
OWNER = [r"siparis\w*", r"numara\w*", r"no", r"tutar\w*", r"odeme\w*", r"fiyat\w*", r"bakiye\w*", r"referans\w*",
         r"islem\w*", r"kart\w*", r"telefon\w*", r"tel", r"baslangic\w*", r"id",
    r"ile\s?biten", r"biten"]
UNIT = [r"uye\w*", r"takipci\w*", r"abone\w*", r"goruntulenme\w*", r"izlenme\w*", r"tepki\w*", r"begeni\w*",
        r"adet", r"gun\w*", r"saat\w*", r"dakika\w*", r"tl", r"lira", r"bin"]
RECOVERY = [r"yedek\s?sifre\w*", r"yedek\s?kod\w*", r"kurtarma\s?kod\w*", r"kurtarma\s?anahtar\w*", r"yedekleme\s?kod\w*",
            r"sifirlama\s?kod\w*", r"kurtarma\s?ifade\w*"]
RECOVERY_CONTEXT = [r"kurtarma\s?e-?posta\w*", r"kurtarma\s?mail\w*", r"yedek\s?e-?posta\w*", r"sifirla\w*",
                    r"kurtarma\w*"]
# "-mez" (gelmez, vermez), not a French imperative before its object ("Nommez notre compte…").
NEGATION = [
    # "paylaşmamanızı rica ederiz": that you do not share
    r"\w+m[ae]m[ae]niz\w*",
    # ... and that it is not done: "şifrenizin hiç kimseyle paylaşılmamasını rica ederiz" (fresh-zzzzze)
    r"\w+m[ae]m[ae]s[iı]\w*",
    r"asla", r"\w+m[ae]di(?:m|k)",  # "Eklemedim" (I did not add, fresh-zzzn)
    r"degil\w*", r"hic(?!e|iste|imos|ier)\w*", r"yok", r"kimseye", r"\w+mem(?!\s?gerek)", r"\w+mam(?<!tamam)(?!\s?gerek)", r"\w+meyecegim",
            r"\w+mayacagim", r"\w+miyorum", r"(?<!gelir\s)(?<!olur\s)(?<!girer\s)(?<!gorur\s)\w+mez(?!\s(?:notre|votre|nous|vous|le|la|les|l'|du|des|mon|ma|mes|ce|cette|ces|ici|s'il))", r"\w+maz", r"\w+meyin", r"\w+mayin",
    r"dolandirici\w*", r"sahte", r"biri\s?(?:isterse|sorarsa)"]
QUESTION = [r"gerek(?!miyor|mez|memek|iyorsa)\w*", r"lazim\s?mi", r"mi", r"mu", r"misiniz", r"musunuz", r"guvenli", r"neden", r"nasil",
            r"gondereyim\s?mi", r"vereyim\s?mi"]
OFFER = [r"gonderebilirim", r"verebilirim", r"atabilirim", r"atarim", r"gonderirim", r"veririm",
         r"paylasabilirim", r"iletebilirim", r"soyleyebilirim", r"atayim", r"gondereyim", r"vereyim", r"ileteyim",
         r"yollarim", r"yollayabilirim", r"soylerim"]
CREDENTIAL = [r"sifre\w*", r"parola\w*", r"kod\w*", r"sms\w*", r"erisim\w*", r"giris\s?bilgi\w*",
              r"tdata", r"oturum\w*"]
ROLE = [r"admin\w*", r"yonetici\w*", r"sahip\w*", r"sahib\w*", r"sahiplig\w*", r"yetki\w*", r"erisim\w*", r"moderator\w*",
        r"botfather", r"kurucu\w*"]
GRANT = [r"yapayim", r"ekleyeyim", r"vereyim", r"ekle\w*", r"yaptim", r"yaparim", r"yapabilirim", r"yaptik", r"atadim", r"atarim", r"devret\w*",
         r"devred\w*", r"verdim", r"veririm", r"verebilirim", r"aktar\w*", r"transfer\w*", r"tanimla\w*",
    r"artik", r"devredeyim",
    r"dahil\s?ettim"]
RECIPIENT = [r"size", r"sizi", r"sana", r"seni", r"siz", r"sizin", r"senin", r"destek\w*", r"hesabiniz\w*",
             r"ekibiniz\w*", r"yetkiliniz\w*", r"temsilci\w*niz\w*", r"calisaniniz\w*",
    r"botunuz\w*", r"(?:yonetici|admin|sahibi|moderator)\w*?(?:siniz|sunuz)"]
GIVEN_ACCOUNT = [r"verdi[gğ]i\s?hesab\w*", r"verdi[gğ]iniz\s?hesab\w*", r"ekibinizdeki\s?\w+", r"temsilciniz\w*"]
LOGIN_INVITE = [
    # "bununla girebilirsiniz hesaba" (the verb first)
    r"girebilirsiniz\s?hesab\w*",
    r"girin\s?bak\w*", r"hesaba\s?girin", r"hesabima\s?(?:siz\s|kendiniz\s)?(?:girin|girebilirsiniz|girip|gir(?!d)|giris)\w*", r"giris\s?yap(?:in(?!c)|abilirsiniz|ip)\w*",
                r"hesaba\s?girip", r"hesabina\s?(?:siz\s|kendiniz\s)?(?:girin|girebilirsiniz|girip)\w*", r"kendiniz\s?girip", r"kendiniz\s?bakin", r"siz\s?girip\s?bak\w*",  # "siz girip bakın" (you go in and look, fresh-zzzzj)
    r"hesabimi\s?kullan\w*",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"gir(?:mek|meniz|mem)\w*\s?(?:isterseniz|gerekirse|gerekiyorsa|lazimsa)", r"(?:hesab\w*\s)?kendiniz\s?girin"]
REQUEST = [
    # Formal: "… şifrenizi bildirmenizi saygılarımızla arz ederiz"
    r"bildirmeniz\w*(?!\s(?:uzerine|nedeniyle|sonrasinda|sonrasi|dolayisiyla))", r"arz\s?ederiz", r"talep\s?ediyoruz", r"talep\s?ederiz",
    r"ihtiyac\s?duy\w*", r"rica\s?eder\w*", r"rica\s?ediyor\w*", r"paylasmaniz\w*", r"iletebilir\w*", r"iletmeniz\w*", r"yalnizca", r"zorunlu\w*", r"yapistir\w*", r"gonderin\w*", r"gonder", r"iletin\w*", r"yazin\w*", r"paylasin\w*", r"verin\w*", r"atin\w*",
           r"soyleyin\w*", r"ekleyin\w*", r"yukleyin\w*", r"yapin\w*", r"iletir\s?misiniz", r"(?:ilet|gonder|yaz|paylas)[ae]bilir\w*", r"gonderir\s?misiniz",
           r"ihtiyacimiz\s?var", r"gerekiyor", r"nedir",
    r"\w+\s?m[iu]s[iu]n(?:[iu]z)?", r"gerek(?!miyor|mez|memek)\w*", r"lazim",
    # A condition is an ask: "… yetkisi verirseniz refill'i başlatırız" (if you give … we start).
    r"(?:verir|yapar|ekler|atar|gonderir|iletir|paylasir|devreder|aktarir|yukler)s[ae]n[iı]z",
    # From fresh-m: asks in the passive, as policy or informal
    r"yazarsan\w*", r"iletilmesi", r"gonderilmesi", r"paylasilmasi", r"rica\s?olunur",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"gerekmektedir", r"gereklidir",
    r"(?:yazman|gondermen|iletmen)[iı]z\s?yeterli",
    # Informal, with where it goes: "o kodu buraya yaz" (write that code here, fresh-zzzzz)
    r"(?:buraya|bana|bize)\s?(?:yaz|at|gonder|ilet)(?![^\W_])"]
ASK_ACCESS = [r"yonetici\s?olarak\s?ekle(?:diginizde|rseniz|yin|yebilirsiniz)", r"qr\b.{0,20}?\bokut\w*", r"(?:admin|yonetici)\w*\b.{0,40}?\b(?:ekleyin|yapin|atayin)\b", r"admin\s?(?:olarak\s)?(?:ekleyin|yapin)",
              r"(?:devredin|aktarin)\b", r"hesabiniza\s?giris", r"hesabiniza\s?girmemiz",
    # "…devretmeniz mümkün mü?": asked as whether it is possible for you to
    r"(?:devretmeniz|aktarmaniz)\w*", r"(?:admin|yonetici)\s?(?:olarak\s)?(?:eklemeniz|yapmaniz|atamaniz)\w*",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"bizi\b.{0,40}?\b(?:admin|yonetici)\w*\s?(?:olarak\s)?(?:ekle|yap|ata)\w*",
    r"hesabiniza\b.{0,40}?\bgiris\s?yap(?!ild)\w*"]  # (not "giriş yapıldığını": that someone logged in)
ASKED = [r"(?:size\s)?gelen\s?(?:son\s)?mesaj\w*", r"telegram\'?(?:in|ın)?\s?(?:size\s)?(?:gonderdi|yolladi)\w*", r"sifre\w*", r"parola\w*", r"kod\w*", r"sms\w*", r"oturum\w*", r"tdata", r"token\w*", r"yedek\s?kod\w*",
         r"admin\w*", r"yonetici\w*",
    r"kurtarma\s?anahtar\w*", r"rakam\w*", r"haneli",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"(?:resmi\s?hesap\w*|telegram\w*)\s?(?:\w+\s){0,4}?(?:mesaj\w*|bildirim\w*)"]
ASK_BLOCK = [r"[sş]ifremi\s?unuttum", r"siparis\s?(?:numara\w*|no)",
    # "yenisini alın ve kodunuza yazın": into your (program's) code, not your code written here (fresh-zzzc)
    r"kod(?:unuza|una|lariniza)", r"ekran\s?goruntu\w*", r"link\w*", r"baglanti\w*", r"dekont\w*",
             r"islem\s?(?:numara\w*|no|id)"]
THIRD_PARTY = [r"stajyer\w*", r"arkadas\w*", r"ortag\w*", r"kardes\w*", r"esim\w*", r"kuzen\w*", r"calisan\w*", r"bir\s?bot\w*", r"baska\s?bir\s?bot\w*"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
# Not "istediğiniz", "istiyorsanız", "istiyorsunuz" (what you want, if you want; you want, said to support).
SOMEONE_ASKS = [r"istiyor(?!san|sun)\w*", r"diyor\w*", r"diye\s?biri", r"istedi(?!g)\w*", r"istemis\w*", r"talep\s?ed\w*", r"soyledi(?!g)\w*"]
# The same, after what was asked for: Turkish puts the verb last.
SOMEONE_ASKS_AFTER = SOMEONE_ASKS
ACCESS_WORD = [r"erisim\w*"]
ACCOUNT_WORD = [r"hesab\w*", r"hesap\w*", r"kanal\w*", r"grub\w*"]
PAYMENT_CODE = [r"provizyon\s?(?:kod\w*|no|numara\w*)", r"otorizasyon\s?(?:kod\w*|no|numara\w*)"]
LOGIN_CONTEXT = [r"giris", r"oturum"]
SOFTENER = [r"sadece", r"yalnizca", r"basitce", r"resmen", r"direkt"]
RECEIPT = [r"kart\w*", r"slip\w*", r"satis\w*", r"tutar\w*", r"provizyon\w*", r"onaylandi", r"isyeri\w*", r"terminal\w*", r"fis\w*"]
RECEIPT_CODE = [r"onay\s?kod\w*", r"onay\s?no"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"kullanici\w*", r"e-?posta\w*", r"mail\w*", r"telefon\w*", r"numara\w*", r"login"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"\w+(?:abilir|ebilir)\s?mi(?:siniz|sin)", r"\w+(?:ar|er|ır|ir|ur|ür)\s?mi(?:siniz|sin)"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("sıfır",), ("bir",), ("iki",), ("üç",), ("dört",), ("beş",), ("altı",), ("yedi",), ("sekiz",), ("dokuz",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz", "bin"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"iptal", r"tamamland\w*", r"kismi\w*", r"beklemede", r"islemde", r"iade\w*"]
RESENT = [r"yok\s?pardon", r"pardon", r"yenisi", r"yeni\s?gelen", r"son\s?gelen", r"bir\s?tane\s?daha"]
