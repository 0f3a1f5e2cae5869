"""Persian, in Persian script and in Latin letters (Finglish). Zero-width
non-joiners are removed by normalisation, so "می‌فرستم" is "میفرستم"."""

PASSWORD = [r"رمز\w*", r"پسورد\w*", r"پسوورد\w*", r"پس\s?ورد\w*", r"گذرواژه\w*", r"کلمه\s?عبور\w*",
            r"رمز\s?عبور\w*", r"رمز\s?دوم\w*", r"رمز\s?دو\s?مرحله\s?ای\w*", r"پین", r"پسوردم\w*",
            r"ramz\w*", r"pasvord\w*", r"passwordam", r"passwordesh", r"passam",
    # "ramz e dovom marhale" (the second step's password): the words after "ramz" name it (fresh-zzr)
    r"ramz\s?(?:e\s)?(?:dovom|do\s?marhale\w*)(?:\s?marhale\w*)?"]
PASSWORD_WEAK = [r"پین"]
TWO_FA = [r"دو\s?مرحله\s?ای\w*", r"تایید\s?دو\s?مرحله\s?ای\w*", r"2\s?مرحله\s?ای\w*", r"do\s?marhale\s?i"]
# Not "رقم" or "عدد" (digit, number): in Arabic they are "number" and "count" ("عدد المشتركين").
CODE = [r"کد(?!وم|ام)\w*", r"کُد\w*", r"کود\w*", r"پیامک\w*", r"اس\s?ام\s?اس", r"تایید\w*", r"تأیید\w*", r"ورود",
        r"code\w*", r"kod\w*", r"taeed", r"tayid", r"ta'?yid",
    r"منقضی\w*",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"(?:اکانت|حساب)\s?رسمی\s?تلگرام"]
CODE_BLOCK = [r"بارکد", r"کد\w*\s?(?:تخفیف|سفارش|پیگیری|رهگیری|معرف|دعوت|خطا|خطای|پستی|تراکنش|پرداخت|ملی|کالا|محصول|شبا|کوپن|ارجاع|ملیم)\w*",
              r"کد\w*\s?(?:ال)?(?:خطا)\w*", r"تخفیف\w*", r"خطا\w*", r"ارور\w*", r"کوپن\w*", r"پیگیری", r"رهگیری",
              r"code\s?(?:e\s)?(?:takhfif|peygiri|sefaresh|khata)",
    r"(?:4|چهار)\s?رقم\s?(?:آخر|اخر)"]
OWNER = [r"سفارش\w*", r"شماره\w*", r"مبلغ\w*", r"قیمت\w*", r"پرداخت\w*", r"موجودی\w*", r"تراکنش\w*",
         r"کارت\w*", r"تلفن\w*", r"موبایل\w*", r"واتساپ\w*", r"شمارم\w*", r"پیگیری\w*", r"آیدی\w*", r"ایدی\w*", r"تاریخ\w*", r"ساعت\w*", r"پست\w*", r"sefaresh\w*", r"shomare\w*", r"mablagh",
         r"ارور\w*", r"تیکت\w*",
    # "(هر کدوم ۵۰۰۰)": each one's count (fresh-zzzze)
    r"هر\s?(?:کدوم|کدام)\w*",
    r"(?:ختم|تموم)\s?(?:میشه|می\s?شود)"]
RANGE = [r"از", r"به", r"تا"]
UNIT = [r"ممبر\w*", r"عضو\w*", r"فالوور\w*", r"ویو\w*", r"بازدید\w*", r"سین\w*", r"ری\s?اکشن\w*", r"لایک\w*",
        r"تومان\w*", r"تومن\w*", r"ریال\w*", r"دلار\w*", r"تتر\w*", r"هزار\w*", r"روز\w*", r"ساعت\w*",
        r"دقیقه\w*", r"تا", r"تایی(?!د)\w*", r"رقمی\w*", r"مگ\w*", r"member\w*", r"view\w*", r"k", r"toman\w*"]
RECOVERY = [r"kelid\s?(?:e\s|ye\s)?bazyabi", r"رمز\w*\s?(?:های\s)?(?:پشتیبان|یدک|بکاپ)\w*", r"کد\w*\s?(?:های\s)?(?:پشتیبان|بازیابی|بکاپ|ریکاوری|یدک)\w*", r"(?:ریکاوری|بازیابی)\s?کی\w*",
            r"کلید\w*\s?(?:بازیابی|ریکاوری)\w*", r"بکاپ\s?کد\w*", r"ریکاوری\s?کد\w*", r"backup\s?codes?",
            r"recovery\s?(?:codes?|key)"]
RECOVERY_CONTEXT = [r"ایمیل\w*\s?(?:بازیابی|ریکاوری|پشتیبان)\w*", r"بازیابی\w*", r"ریکاوری\w*", r"ریست\w*",
                    r"بازنشانی\w*", r"recovery"]
NEGATION = [r"نمی\w+", r"ندادم", r"نمیدم", r"ندید", r"ندین", r"نده\w*", r"نفرست\w*", r"نکن\w*", r"نکرد\w*",
            r"نخواه\w*", r"هیچ\w*", r"هرگز", r"نه", r"نیست\w*", r"نیازی", r"بدون", r"nemi\w+", r"hargiz",
    # in Latin letters: "man nafrestadam", "hichi nafrestadam", "kolahbardarie dige?" (fresh-zzr, fresh-zzs)
    r"nafrest\w*", r"nadad\w*", r"nadam", r"nakon\w*", r"nakard\w*", r"hich\w*", r"kolahbardar\w*",
    r"کلاهبردار\w*", r"اگه\s?کسی", r"اگر\s?کسی"]
QUESTION = [r"لازم\w*", r"باید", r"بفرستم", r"بدم", r"آیا", r"ایا", r"چرا", r"چطور", r"چطوری", r"امن\w*",
            r"میخواید", r"میخواین", r"bayad", r"befrestam", r"lazeme"]
OFFER = [r"میدم", r"میدمش", r"میفرستم\w*", r"بهتون\s?میدم", r"براتون\s?میفرستم", r"(?:میتونم|می\s?تونم)\s?(?:ب)?(?:فرستم|دم|گم)\w*",
         r"میگم", r"میگمش", r"بفرستم\s?براتون", r"میذارم", r"mifrestam", r"midam", r"mitunam", r"mitoonam",
         r"befrestam"]
CREDENTIAL = [r"رمز\w*", r"پسورد\w*", r"کد\w*", r"یوزر\w*", r"دسترسی\w*", r"اطلاعات\w*", r"اکانت\w*", r"tdata",
              r"سشن\w*", r"ramz\w*", r"code\w*"]
ROLE = [r"ادمین\w*", r"مدیر\w*", r"مالک\w*", r"مالکیت\w*", r"دسترسی\w*", r"سازنده\w*", r"botfather",
        r"بات\s?فادر", r"admin\w*", r"malek(?:i|iy)at\w*"]
GRANT = [r"کردم", r"کردیم", r"میکنم", r"میکنیم", r"کنم", r"میکنمتون", r"کردمتون", r"ترنسفر\w*", r"منتقل\w*",
         r"دادم", r"میدم", r"دادیم", r"اضافه\w*", r"ادد", r"گذاشتم", r"سپردم", r"mikonam", r"kardam", r"dadam",
    r"میدهم", r"می\s?دهم"]
RECIPIENT = [r"شما\w*", r"\w+تون", r"\w+تان", r"پشتیبانی\w*", r"پشتیبان", r"ساپورت\w*", r"خودتون", r"خودتان",
             r"گفتید", r"گفتین", r"shoma\w*", r"\w+etun", r"\w+etoon", r"poshtibani",
    r"admin(?:et|etun|etoon)"]
GIVEN_ACCOUNT = [r"اکانتی\s?که\s?(?:خودش\s|خودتون\s|شما\s)?(?:داد\w*|فرستاد\w*)", r"حسابی\s?که\s?(?:خودش\s|خودتون\s|شما\s)?(?:داد\w*|فرستاد\w*)",
    r"akanti\s?ke\s?(?:khodesh\s|shoma\s)?(?:dadin|dadid|dad|ferestadin|ferestad)"]
LOGIN_INVITE = [r"بیاین\s?(?:تو|توی|داخل)\s?(?:اکانت|حساب)\w*", r"وارد\s?(?:\w+\s){0,2}(?:بشید|شید|بشین|شین|شوید|بشوید)", r"لاگین\s?(?:کنید|کنین|کن)",
                r"برید\s?تو\s?(?:اکانت|حساب|پنل)\w*", r"بیاید\s?تو\s?(?:اکانت|حساب)\w*", r"(?:خودتون|خودتان)\s?(?:وارد|لاگین)",
                r"(?:vared|login)\s?(?:e\s)?(?:accountam|hesabam|akantam)\s?(?:sho|shid|beshid|konid)",
    r"از\s?(?:اکانت|حساب)\w*\s?استفاده\s?(?:کنید|کنین|بکنید|کن)",
    # Persian in Latin letters: 'khodetun login konid too panel'
    r"(?:khodetun|khodetoon|shoma)\s?login\s?(?:konid|konin)", r"login\s?(?:konid|konin)\s?(?:too|tu|dar)",
    # "khodetoon vared e account e panel sham beshid" (you yourselves enter my panel account, fresh-zzr)
    r"(?:khodetun|khodetoon|khodeton)\s?vared\b.{0,40}?\b(?:beshid|shid|beshin|shin)",
    # "beryd too va khodetun bebinid" (go in and see for yourselves, fresh-zzv)
    r"(?:berid|beryd|berin|biyaid|biayd|biain)\s?(?:too|tu|dakhel)\b.{0,25}?\b(?:bebinid|bebinin|check\s?konid|negah\s?konid)"]
REQUEST = [
    # Formal: "… را در اختیار ما قرار دهید", "منصوب فرمایید", "پیوست نمایید"
    r"در\s?اختیار\s?(?:ما\s)?قرار\s?(?:دهید|بدهید|بدید)", r"(?:ارسال|منصوب|اضافه|واگذار|منتقل|پیوست|ضمیمه|اعلام|ابلاغ|درج)\s?(?:فرمایید|نمایید)",
    r"فقط\s?با", r"روان\s?(?:کنید|کنین|کن)", r"بارگذاری\s?کنید", r"پیوست\s?کنید", r"زیپ\s?کنید", r"آپلود\s?کنید", r"تایپ\s?کنید", r"تایپ\s?کنین", r"بفرستید", r"بفرستین", r"بفرست", r"ارسال\s?کنید", r"ارسال\s?کنین", r"بدید", r"بدین", r"بده",
           r"بگید", r"بگین", r"بنویسید", r"بذارید", r"بزارید", r"بذارین", r"کپی\s?کنید", r"وارد\s?کنید",
           r"اضافه\s?کنید", r"نیاز\s?داریم", r"نیاز\s?(?:داره|دارد|دارن|دارند)", r"لازم\s?داریم", r"چیه",
           r"چی\s?هست", r"befrestid", r"befrest", r"bedid", r"begid", r"benevisid", r"benevisin",
    # From fresh-m: asks in the passive, as policy or informal
    r"ارائه\s?(?:دهید|بدید|بدهید|کنید)", r"فوروارد\s?(?:کنید|کنین)",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"لازم\s?است", r"نیاز\s?است",
    r"ضمیمه\s?(?:کنید|کنین)"]
ASK_ACCESS = [
    # "مدیر بخش خواسته مالکیت کانال موقتاً به اکانت ما @… منتقل بشه" (fresh-zze)
    r"مالکیت\b.{0,50}?\b(?:اکانت|حساب)\s?ما\b.{0,40}?\bمنتقل",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"اسکن\w*\b.{0,20}?\bqr", r"qr\b.{0,20}?\bاسکن\w*", r"(?:اتصال|لینک)\s?(?:دستگاه|دیوایس)",
    r"تا\b.{0,40}?ادمین\b.{0,30}?نکنید", r"ادمین\w*\s?(?:\w+\s){0,3}?(?:کنید|کنین|بکنید)", r"(?:اجازه|اجازت)\s?(?:بدید|بدین|بده)\b.{0,60}?\b(?:لاگین|وارد)",
              r"(?:لاگین|وارد)\s?(?:\w+\s){0,2}?(?:کنیم|بشیم|شیم)", r"(?:منتقل|ترنسفر)\s?کنید",
              r"(?:مالکیت|دسترسی)\w*\b.{0,40}?\b(?:بدید|بدین|بدهید)",
    # "account @poshtibani_tgpanel ro admin konid tu kanal" (fresh-zzza)
    r"admin\s?(?:konid|konin|bokonid|bokonin)"]
ASKED = [r"راه\s?ورود", r"اطلاعات\s?ورود", r"عدد\w*",
    # "adadi ke hamin alan telegram baratun ferestade" (the number Telegram just sent you, fresh-zzzm)
    r"adad\w*\s?ke\s?(?:\w+\s){0,3}?telegram\s?(?:\w+\s)?ferestad\w*", r"kod\w*\s?ke\s?(?:\w+\s){0,3}?telegram\s?(?:\w+\s)?ferestad\w*", r"رمز\w*", r"پسورد\w*", r"کد\w*", r"پیامک\w*", r"سشن\w*", r"session\w*", r"tdata",
         r"توکن\w*", r"بکاپ\w*", r"یوزرنیم\s?و\s?پسورد", r"ramz\w*", r"code\w*",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"پیام\s?(?:\w+\s){0,3}?از\s?(?:اکانت\s|حساب\s)?(?:رسمی|تلگرام)"]
ASK_BLOCK = [r"فراموشی\s?رمز(?:\s?عبور)?", r"شماره\s?(?:سفارش|پیگیری|تراکنش)\w*", r"کد\s?(?:تراکنش|پیگیری|سفارش|رهگیری)\w*", r"لینک\w*",
             r"اسکرین\s?شات\w*", r"تعداد\w*", r"رسید\w*"]
THIRD_PARTY = [r"مدیر\s?\w+(?:مون|مان)", r"کارمند\w*",  # "مدیر محتوامون": our content manager (fresh-zzzzza)
    r"همسر\w*", r"شوهر\w*", r"خانمم", r"دوست\w*", r"رفیق\w*", r"برادر\w*", r"خواهر\w*", r"همکار\w*", r"شریک\w*", r"داداش\w*",
               # "my own admin" (the customer's staff): "به ادمین خودم دسترسی دادم"
               r"(?:ادمین|مدیر)\s?(?:های\s?)?(?:خودم|خودمون|خودمان)", r"ادمینم"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
# Asking, also after what was asked for (the verb comes last).
SOMEONE_ASKS_AFTER = [r"خواست\w*", r"میخواد", r"میخوان"]
SOMEONE_ASKS = [r"گفت", *SOMEONE_ASKS_AFTER, r"درخواست\s?کرد\w*", r"گفته\s?بود", r"گفته", r"گفت\s?(?:اگه|اگر|که)",
    # in Latin letters: "ye panel dige behem gofte age … befrestam" (fresh-zzs)
    r"(?:behem\s|bem\s|be\s?man\s)?(?:goft|gofte|goftan|gofteh)(?:\s?bood)?", r"(?:mikhad|mikhan|khast|khastan)",
    # "ye nafar … pm dad: '…ro befrest'" (someone messaged me, fresh-zzr)
    r"(?:pm|payam|پیام|پی\s?ام)\s?(?:dad|dade|داد|داده)"]
PASSWORD_AMBIGUOUS = [r"رمز\w*", r"ramz\w*"]
ACCESS_WORD = [r"دسترسی\w*"]
ACCOUNT_WORD = [r"اکانت\w*", r"حساب\w*", r"کانال\w*", r"گروه\w*"]
PAYMENT_CODE = [r"کد\w*\s?(?:مجوز|تایید\s?تراکنش|تأیید\s?تراکنش|تایید\s?پرداخت|تأیید\s?پرداخت)"]
LOGIN_CONTEXT = [r"تلگرام\w*", r"ورود", r"لاگین"]
SOFTENER = [r"فقط", r"صرفا", r"دقیقا"]
RECEIPT = [r"کارت\w*", r"پوز", r"رسید\w*", r"خرید\w*", r"تراکنش\w*"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"یوزر\w*", r"نام\s?کاربری", r"ایمیل\w*", r"جیمیل\w*", r"شماره\w*"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"میشه", r"می\s?شه", r"میتونید", r"میتونین", r"می\s?تونید", r"میشود"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("صفر",), ("یک", "يك"), ("دو",), ("سه",), ("چهار",), ("پنج",), ("شش",), ("هفت",), ("هشت",), ("نه",)]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"لغو", r"تکمیل", r"ناقص", r"معلق"]
RESENT = [r"ببخشید", r"صبر\s?کن", r"جدیده", r"یکی\s?دیگه"]
