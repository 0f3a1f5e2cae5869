"""Labelled ticket texts for measuring support_studio.screening.

Every secret is fake, generated in its real format by code with a fixed seed,
so the corpus is the same on every run. Each item says which kinds of finding
it must raise (none for negatives), its language, and its category:
  fixed_format  the secret has a machine format (session string, bot token,
                api_hash, cookie, login link, forwarded Telegram login message)
  prose         the secret is recognisable only from the words around it
  negative      an ordinary ticket that must raise nothing (hard negatives:
                order IDs, counts, prices, hashes, wallets, links, innocent words)
Agent replies (source == "agent") are labelled for scan_agent_reply.
"""

from __future__ import annotations

import base64
import random
import string
import struct
from dataclasses import dataclass

SEED = 20240611
LANGUAGES = ("en", "ru", "es", "pt", "tr", "id", "ar", "fa", "hi", "fr", "de")


@dataclass(frozen=True)
class CorpusItem:
    text: str
    labels: tuple[str, ...]
    language: str
    category: str  # fixed_format | prose | negative
    secret: str | None = None  # exact secret substring, for span checks
    source: str = "customer"  # customer | agent


# ------------------------------------------------------------ fake secrets

class FakeSecrets:
    """Secrets in their real formats from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _bytes(self, n: int) -> bytes:
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def telethon_session(self) -> str:
        # Telethon StringSession: "1" + urlsafe b64 of dc_id, IPv4, port, auth key.
        packed = struct.pack(">B4sH256s", self.rng.randint(1, 5), self._bytes(4), 443, self._bytes(256))
        return "1" + base64.urlsafe_b64encode(packed).decode()

    def pyrogram_session(self) -> str:
        # Pyrogram: dc_id, api_id, test_mode, auth key, user_id, is_bot, no padding.
        packed = struct.pack(">BI?256sQ?", self.rng.randint(1, 5), self.rng.randint(10**5, 10**8),
                             False, self._bytes(256), self.rng.randint(10**8, 10**10), False)
        return base64.urlsafe_b64encode(packed).decode().rstrip("=")

    def gramjs_session(self) -> str:
        # GramJS: "1" + standard b64 of dc_id, address length, address, port, auth key.
        address = ".".join(str(self.rng.randint(1, 254)) for _ in range(4)).encode()
        packed = (struct.pack(">BH", self.rng.randint(1, 5), len(address)) + address
                  + struct.pack(">H", 443) + self._bytes(256))
        return "1" + base64.b64encode(packed).decode()

    def bot_token(self) -> str:
        alphabet = string.ascii_letters + string.digits + "_-"
        return f"{self.rng.randint(10**8, 10**10 - 1)}:AA" + "".join(self.rng.choice(alphabet) for _ in range(33))

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def api_id(self) -> str:
        return str(self.rng.randint(10**5, 10**8))

    def login_token(self) -> str:
        return base64.urlsafe_b64encode(self._bytes(24)).decode().rstrip("=")

    def code(self, digits: int = 5) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(digits))

    def password(self) -> str:
        word = self.rng.choice(["Sunshine", "dragon", "Moskva", "Istanbul", "jakarta", "Tehran", "Qwerty",
                                "Barcelona", "Lisboa", "Cairo", "Delhi", "monkey", "Kotik", "Aslan"])
        return word + self.code(self.rng.randint(2, 4)) + self.rng.choice(["", "!", "@", "#", "$", "_"])

    def plain_password(self) -> str:
        return self.rng.choice(["sunflower", "bluesky", "mamamia", "qwertyuiop", "letmein", "solnyshko",
                                "galatasaray", "cintaku", "iloveyou", "dilwale", "khoshgel"])

    def recovery_code(self) -> str:
        alphabet = string.ascii_uppercase + string.digits
        return "-".join("".join(self.rng.choice(alphabet) for _ in range(4)) for _ in range(3))

    def order_id(self) -> str:
        return str(self.rng.randint(10**5, 10**8))

    def tron(self) -> str:
        base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return "T" + "".join(self.rng.choice(base58) for _ in range(33))

    def eth(self) -> str:
        return "0x" + self.hex(40)

    def btc(self) -> str:
        return "bc1q" + "".join(self.rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))

    def card_ref(self) -> str:
        return "pi_" + "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(24))


def _spaced(code: str) -> str:
    return " ".join(code)


def _dashed(code: str) -> str:
    return code[:2] + "-" + code[2:]


def _fullwidth(code: str) -> str:
    return "".join(chr(ord(d) + 0xFEE0) for d in code)


def _wrap(blob: str, width: int) -> str:
    return "\n".join(blob[i:i + width] for i in range(0, len(blob), width))


# ------------------------------------------------------- positive templates
# {s} is replaced by the secret; a template yields one item per fill.

_SERVICE_MESSAGES = [
    ("en", "Login code: {s}. Do not give this code to anyone, even if they say they are from Telegram!\n\n"
           "This code can be used to log in to your Telegram account. We never ask it for anything else."),
    ("en", "Telegram:\nLogin code: {s}. Do not give this code to anyone, even if they say they are from Telegram!"),
    ("ru", "Код для входа в Telegram: {s}. Не давайте код никому, даже если его требуют от имени Telegram!"),
    ("es", "Código de inicio de sesión: {s}. No des este código a nadie, ¡aunque digan ser de Telegram!"),
    ("pt", "Código de login: {s}. Não dê este código a ninguém, mesmo que digam ser do Telegram!"),
    ("tr", "Giriş kodu: {s}. Telegram'dan olduklarını söyleseler bile bu kodu kimseye vermeyin!"),
    ("id", "Kode masuk: {s}. Jangan berikan kode ini kepada siapa pun, meskipun mereka mengaku dari Telegram!"),
    ("fa", "Forwarded from Telegram\nLogin code: {s}. Do not give this code to anyone"),
    ("hi", "ye msg aaya hai: Login code: {s}. Do not give this code to anyone, even if they say they are from Telegram!"),
    ("ar", "el message dah: Login code: {s}. Do not give this code to anyone"),
]

_SESSION_TEMPLATES = [
    ("en", "hi, my order is stuck. here is my session string so you can check: {s}"),
    ("en", "{s}"),
    ("en", "StringSession:\n{s}\nplease fix the views"),
    ("ru", "вот моя сессия {s} проверьте пожалуйста"),
    ("ru", "vot session: {s}"),
    ("es", "aquí está mi sesión de telethon {s} gracias"),
    ("pt", "segue a session do pyrogram: {s}"),
    ("tr", "session string burada {s} siparişim başlamadı"),
    ("id", "ini string session aku {s} tolong cek ya"),
    ("ar", "ahlan, dah el session: {s}"),
    ("fa", "salam, session string ine: {s}"),
    ("hi", "bhai ye mera session hai {s} order check karo"),
]

_BOT_TOKEN_TEMPLATES = [
    ("en", "my bot token is {s} , the bot stopped getting members"),
    ("en", "BOT_TOKEN={s}"),
    ("ru", "токен бота: {s}"),
    ("es", "el token de mi bot: {s}"),
    ("pt", "token do bot {s}"),
    ("tr", "bot tokenim {s} yardım edin"),
    ("id", "token botnya {s}"),
    ("hi", "bot token ye hai {s}"),
    ("ar", "el token beta3 el bot {s}"),
    ("fa", "token bot: {s}"),
]

_API_TEMPLATES = [
    ("en", "api_id: {id}\napi_hash: {s}"),
    ("en", "my app: api id {id}, api hash {s} from my.telegram.org"),
    ("ru", "api_id {id} api_hash {s} вот данные приложения"),
    ("es", "mis datos api_id={id} api_hash={s}"),
    ("tr", "api_id {id} ve api_hash {s}"),
    ("id", "api_id: {id} api_hash: {s}"),
    ("hi", "api_id {id} aur api_hash {s} hai"),
]

_COOKIE_TEMPLATES = [
    ("en", "cookies from web.telegram: stel_ssid={s}"),
    ("en", "Cookie: stel_token={s}; stel_ssid={s2}"),
    ("ru", "вот куки stel_token={s}"),
    ("pt", "meu cookie sessionid={s}"),
    ("es", "cookie de la sesión: stel_ssid={s}"),
    ("tr", "cerez: stel_token={s}"),
    ("id", "cookie nya stel_ssid={s}"),
]

_LOGIN_LINK_TEMPLATES = [
    ("en", "got this link, is it for you? https://t.me/login/{s}"),
    ("en", "tg://login?token={s}"),
    ("ru", "мне пришла ссылка t.me/login/{s} это от вас?"),
    ("es", "me llegó este enlace https://t.me/login/{s}"),
    ("pt", "o link de login: tg://login?token={s}"),
    ("tr", "giriş linki t.me/login/{s}"),
    ("id", "ini link loginnya tg://login?token={s}"),
    ("hi", "ye link aaya https://t.me/login/{s}"),
    ("ar", "el link howa t.me/login/{s}"),
    ("fa", "link login ine tg://login?token={s}"),
]

_CODE_TEMPLATES = [
    ("en", "the code is {s}", _spaced), ("en", "my login code {s}, please hurry", None),
    ("en", "Telegram sent me code {s} what do i do with it", None),
    ("en", "2fa code: {s}", None), ("en", "here the otp \"{s}\"", None),
    ("en", "verification code {s} order still not started", _dashed),
    ("en", "code {s}", _fullwidth), ("en", "sms came: {s}", None),
    ("ru", "vot kod {s}", None), ("ru", "kod {s} prishel", _spaced), ("ru", "код {s}", None),
    ("ru", "вот код: {s} зайдите и проверьте", None), ("ru", "kod iz sms {s}", _dashed),
    ("ru", "мой код {s}", _fullwidth),
    ("es", "el código es {s}", None), ("es", "te paso el codigo {s}", _spaced),
    ("es", "codigo de verificacion: {s}", None), ("es", "me llegó el código {s} por sms", None),
    ("pt", "o código é {s}", None), ("pt", "codigo {s}", _dashed), ("pt", "segue o código de verificação {s}", None),
    ("tr", "kod {s}", None), ("tr", "doğrulama kodu {s}", _spaced), ("tr", "giris kodum: {s}", None),
    ("tr", "sms kodu {s} geldi", None),
    ("id", "kodenya {s}", None), ("id", "kode otp {s}", _spaced), ("id", "ini kode verifikasi aku {s}", None),
    ("id", "kode {s} udah masuk", _dashed),
    ("ar", "el code howa {s}", None), ("ar", "el code {s}", _spaced), ("ar", "code el sms {s}", None),
    ("fa", "code ine {s}", None), ("fa", "code tayid {s}", None), ("fa", "codesh {s}", _spaced),
    ("fa", "in code {s} omad", None),
    ("hi", "code ye hai {s}", None), ("hi", "otp hai {s}", None), ("hi", "mera code {s} hai", _spaced),
    ("hi", "bhai otp {s} aaya", _dashed),
]

_PASSWORD_TEMPLATES = [
    ("en", "my telegram password is {s}"), ("en", "password: {s}"), ("en", "2FA password {s}"),
    ("en", "login: mike_88 password: {s}"), ("en", "cloud pass - {s}"),
    ("en", "the panel password is '{s}' if you need it"), ("en", "pwd: {s}"),
    ("en", "my pasword is {s} pls check"),
    ("ru", "moi parol: {s}"), ("ru", "пароль {s}"), ("ru", "мой пароль от телеги: {s}"),
    ("ru", "parol ot akkaunta {s}"), ("ru", "облачный пароль - {s}"),
    ("es", "mi contraseña es {s}"), ("es", "contrasena: {s}"), ("es", "la clave es {s}"),
    ("pt", "minha senha é {s}"), ("pt", "senha: {s}"), ("pt", "a senha do painel {s}"),
    ("tr", "şifrem {s}"), ("tr", "sifre: {s}"), ("tr", "telegram şifresi {s}"),
    ("id", "kata sandi saya {s}"), ("id", "password nya {s}"), ("id", "sandi: {s}"),
    ("ar", "el password howa {s}"), ("ar", "kalimat el sir {s}"), ("ar", "el basword {s}"),
    ("fa", "ramz {s}"), ("fa", "ramzam ine {s}"), ("fa", "password ine {s}"),
    ("hi", "mera password hai {s}"), ("hi", "password ye hai {s}"), ("hi", "{s} mera password hai"),
]

_PLAIN_PASSWORD_TEMPLATES = [
    ("en", "my password is {s}"), ("ru", "parol: {s}"), ("es", "mi contraseña es {s}"),
    ("pt", "senha: {s}"), ("tr", "şifrem: {s}"), ("id", "kata sandinya {s}"),
    ("hi", "password hai {s}"), ("ar", "el password howa {s}"), ("fa", "ramz ine {s}"),
]

_IDENTIFIER_PASSWORD_TEMPLATES = [
    ("en", "my account: alex.smm@gmail.com:{s}"), ("en", "email and pass: boss_panel@yahoo.com / {s}"),
    ("ru", "почта ivan2001@mail.ru | {s}"), ("es", "cuenta: carlos.v@hotmail.com / {s}"),
    ("tr", "hesap: mehmet34@gmail.com:{s}"), ("id", "akun @budi_store / {s}"),
]

_RECOVERY_TEMPLATES = [
    ("en", "recovery code: {s}"), ("en", "here are my backup codes {s} {s2}"),
    ("ru", "код восстановления {s}"), ("ru", "kod vosstanovleniya: {s}"),
    ("es", "código de recuperación {s}"), ("pt", "código de recuperação: {s}"),
    ("tr", "kurtarma kodu {s}"), ("id", "kode pemulihan {s}"), ("hi", "recovery code ye hai {s}"),
    ("ar", "el recovery code howa {s}"), ("fa", "recovery code ine {s}"),
]

_RECOVERY_EMAIL_TEMPLATES = [
    ("en", "recovery email is kate.m@gmail.com and its password is {s}"),
    ("ru", "почта для восстановления nikita@yandex.ru пароль {s}"),
    ("es", "correo de recuperación pedro@gmail.com contraseña: {s}"),
    ("pt", "email de recuperação ana@gmail.com senha {s}"),
    ("id", "email pemulihan rina@gmail.com password {s}"),
]

_RESET_LINK_TEMPLATES = [
    ("en", "here is the reset link https://accounts.example.com/password/reset?token={s}"),
    ("ru", "ссылка для сброса https://panel.example.ru/reset-password/{s}"),
    ("tr", "şifre sıfırlama linki https://smmpanel.example.com/recover?token={s}"),
]

_OFFER_TEMPLATES = [
    ("en", "I can add you as admin to check the channel"), ("en", "I'll make you admin, just fix it"),
    ("en", "you can log in to my account and see yourself"), ("en", "I can send you the code if you want"),
    ("en", "I will give you my password, just restore my subscribers"),
    ("en", "I can transfer ownership to you for a day"), ("en", "please log into my account and check the views"),
    ("en", "I can give you full access to my account"),
    ("ru", "могу дать вам админку на канал"), ("ru", "dobavlyu vas adminom, proverte"),
    ("ru", "могу скинуть пароль если надо"), ("ru", "зайдите в мой аккаунт и посмотрите"),
    ("ru", "mogu skinut kod"),
    ("es", "te hago admin del canal"), ("es", "puedo enviarte la contraseña"), ("es", "entra a mi cuenta y revisa"),
    ("pt", "posso te adicionar como admin"), ("pt", "posso te passar a senha"), ("pt", "entra na minha conta e vê"),
    ("tr", "sizi admin yapabilirim"), ("tr", "şifreyi gönderebilirim"), ("tr", "hesabıma girin bakın"),
    ("id", "saya jadikan kamu admin"), ("id", "saya bisa kirim kode nya"), ("id", "masuk ke akun saya aja"),
    ("hi", "aapko admin bana deta hu"), ("hi", "password bhej deta hu"), ("hi", "mere account me login kar lo"),
    ("ar", "a3melak admin fel channel"), ("ar", "mumkin ab3atlak el password"), ("ar", "odkhol 3ala hesabi"),
    ("fa", "adminet mikonam"), ("fa", "ramz ro mifrestam"), ("fa", "vared accountam shid"),
]

# ------------------------------------------------------- negative templates
# Placeholders: {order} {qty} {price} {tx} {tron} {eth} {btc} {ref} {date} {code_word_innocent}

_NEGATIVE_TEMPLATES = [
    ("en", "order {order} not started after 2 days"), ("en", "orders {order}, {order2}, {order3} all stuck"),
    ("en", "I ordered {qty} members, start count 1200, current count 1450"),
    ("en", "paid {price} USDT, tx hash {tx}"), ("en", "payment sent to {tron}, please add balance"),
    ("en", "sent 25 USDT from {eth}"), ("en", "btc payment from {btc} still pending"),
    ("en", "my channel https://t.me/cryptonews_daily lost 3000 subs"), ("en", "@mychannel_news views dropped"),
    ("en", "promo code WELCOME10 doesn't work"), ("en", "promo code 12345 invalid"),
    ("en", "I won't send my password, don't ask"), ("en", "should I send the code?"),
    ("en", "the channel admin changed the link, order {order}"), ("en", "do you need my 2FA? I don't want to give it"),
    ("en", "I forgot my password for the panel, how to reset it?"), ("en", "my password is not working on the panel"),
    ("en", "card payment ref {ref} failed"), ("en", "Order #{order} partial, refund 4.50$"),
    ("en", "I need 10000 views on https://t.me/mychannel/{order}"), ("en", "date {date}, order {order}"),
    ("en", "the code you sent me doesn't work, it's a promo?"), ("en", "I got an SMS from telegram, is that normal?"),
    ("en", "never share your code they said, ok I won't"), ("en", "my order id is {order}, quantity {qty}"),
    ("en", "refill for order {order} please, dropped 540 members"), ("en", "I am the admin of the channel @{user}"),
    ("en", "price was $12.50 per 1000, order {order}"), ("en", "transaction id {order} via payeer"),
    ("en", "I'll send you the screenshot of the order"), ("en", "I can send you the link to the post"),
    ("en", "support asked for code? scam? I did not send anything"), ("en", "pass the order to a faster server please"),
    ("en", "invoice {order}, amount {price} USD"), ("en", "the 2FA is on, is that a problem for the order?"),
    ("ru", "заказ {order} не начался"), ("ru", "zakaz {order} ne zapustilsya uzhe 3 dnya"),
    ("ru", "оплатил {price} руб, номер платежа {order}"), ("ru", "пароль не скину, не просите"),
    ("ru", "kod nado otpravlyat? ya ne hochu"), ("ru", "промокод SALE20 не работает"),
    ("ru", "админ канала поменял ссылку"), ("ru", "просмотры {qty}, старт {order}"),
    ("ru", "мой канал t.me/moy_kanal_ru, заказ {order}"), ("ru", "oplatil na {tron}"),
    ("ru", "я забыл пароль от панели"), ("ru", "nuzhno li davat kod iz sms?"),
    ("es", "pedido {order} no empezó"), ("es", "pagué {price} USDT, hash {tx}"),
    ("es", "no voy a enviar mi contraseña"), ("es", "¿debo enviar el código?"),
    ("es", "el código promocional PROMO50 no sirve"), ("es", "el admin del canal cambió el enlace"),
    ("es", "pedí {qty} miembros y llegaron 800"), ("es", "mi canal @{user} perdió seguidores"),
    ("pt", "pedido {order} parado"), ("pt", "paguei {price} reais, id da transação {order}"),
    ("pt", "não vou mandar minha senha"), ("pt", "preciso enviar o código?"),
    ("pt", "o admin do canal mudou o link"), ("pt", "pedi {qty} membros no canal t.me/canal_br"),
    ("pt", "código de desconto BRASIL10 inválido"), ("pt", "esqueci a senha do painel"),
    ("tr", "sipariş {order} başlamadı"), ("tr", "şifremi göndermeyeceğim"), ("tr", "kodu göndermem gerekir mi?"),
    ("tr", "indirim kodu 2024 çalışmıyor"), ("tr", "{qty} üye siparişi verdim, {price} TL ödedim"),
    ("tr", "kanal admini linki değiştirdi"), ("tr", "ödeme {tron} adresine yapıldı"),
    ("id", "pesanan {order} belum jalan"), ("id", "saya tidak akan kirim kata sandi"),
    ("id", "kode promo HEMAT5 tidak bisa"), ("id", "perlu kirim kode otp?"),
    ("id", "sudah bayar {price} ribu, id transaksi {order}"), ("id", "admin channel ganti link"),
    ("id", "beli {qty} member buat @{user}"),
    ("ar", "el order {order} ma bada2sh"), ("ar", "msh hab3at el password"), ("ar", "lazem ab3at el code?"),
    ("ar", "dafa3t {price} USDT, el hash {tx}"), ("ar", "el admin beta3 el channel ghayar el link"),
    ("fa", "sefaresh {order} shoru nashode"), ("fa", "ramz ro nemifrestam"), ("fa", "bayad code ro befrestam?"),
    ("fa", "{qty} member kharidam vali {qty2} omad"), ("fa", "pardakht kardam be {tron}"),
    ("hi", "order {order} start nahi hua"), ("hi", "password nahi dunga"), ("hi", "code bhejna padega kya?"),
    ("hi", "maine {qty} views order kiye the, {price} rs pay kiya"), ("hi", "channel ka admin ne link badal diya"),
    ("hi", "payment id {order} hai, check karo"),
]

# Code words, password words and admin words next to ordinary numbers and links.
_CONTEXT_NEGATIVE_TEMPLATES = [
    ("en", "the code didn't come, my order is {order}"), ("en", "login problem, order {order} stuck"),
    ("en", "2FA is enabled on my account, order {order} still pending"),
    ("en", "I entered the promo code and paid {price} USDT for {qty} views"),
    ("en", "Hi! 👋 order {order} 🙏 {qty} reactions ❤️ not delivered"),
    ("en", "error code 500 when I open order {order}"), ("en", "qr code payment {price} USD, ref {order}"),
    ("en", "I changed my password yesterday, is order {order} affected?"),
    ("en", "the admin of @{user} is me, order {order}"), ("en", "Telegram asks me for a code, is that you?"),
    ("en", "start count: {qty}\ncurrent count: {qty2}\norder id: {order}"),
    ("en", "tx {tx}\namount {price} USDT\nwallet {tron}"),
    ("en", "my password manager says the panel site is unsafe"), ("en", "where do I enter the promo code?"),
    ("en", "the reset link for my panel account expired, order {order}"),
    ("en", "post https://t.me/{user}/{order} needs 2000 views"),
    ("en", "order {order} | {qty} members | started {date}"), ("en", "I will not give you admin rights"),
    ("en", "can I add you as admin? is that required?"), ("en", "recovery of dropped members for order {order}"),
    ("en", "I paid at 14:35, order {order}, code of payment {ref}"),
    ("ru", "код не пришел, заказ {order}"), ("ru", "sms ne prihodit, zakaz {order}"),
    ("ru", "админ канала @{user} это я, заказ {order}"), ("ru", "оплата {price} руб, {date}, чек {order}"),
    ("ru", "двухфакторка включена, это мешает заказу {order}?"), ("ru", "пароль я вам не дам"),
    ("ru", "заказ {order}: {qty} просмотров, старт {qty2}"), ("ru", "nikogda ne dam parol, zakaz {order}"),
    ("es", "no me llegó el código, pedido {order}"), ("es", "pedido {order}, {qty} vistas, {date}"),
    ("es", "el código promocional no sirve, pagué {price} USDT"), ("es", "nunca daré mi clave"),
    ("pt", "não recebi o código, pedido {order}"), ("pt", "pedido {order} com {qty} visualizações"),
    ("pt", "a senha do painel eu troquei, pedido {order}"), ("pt", "paguei {price} USDT para {tron}"),
    ("tr", "kod gelmedi, sipariş {order}"), ("tr", "sipariş {order}: {qty} görüntüleme, {date}"),
    ("tr", "şifremi unuttum, sipariş {order} ne oldu?"), ("tr", "kanal yöneticisi benim, sipariş {order}"),
    ("id", "kode tidak masuk, pesanan {order}"), ("id", "pesanan {order} jumlah {qty} anggota"),
    ("id", "kata sandi saya lupa, bisa reset?"), ("id", "bayar {price} USDT ke {tron}"),
    ("ar", "el code magash, el order {order}"), ("ar", "el order {order} {qty} views"),
    ("ar", "ana el admin beta3 el channel @{user}"), ("ar", "dafa3t {price} dollar, hash {tx}"),
    ("fa", "code nayomad, sefaresh {order}"), ("fa", "sefaresh {order} {qty} view"),
    ("fa", "ramz yadam rafte, che konam?"), ("fa", "admin e channel @{user} manam"),
    ("hi", "code nahi aaya, order {order}"), ("hi", "order {order} me {qty} members chahiye the"),
    ("hi", "password bhool gaya, reset kaise kare?"), ("hi", "maine {tron} pe {price} USDT bheja"),
    ("hi", "mera channel https://t.me/{user} hai, admin main hu"),
]

_AGENT_ASKS = [
    ("en", "Please send us your 2FA code so we can verify the account.", "one_time_code"),
    ("en", "Share the login code you received and we will fix it.", "one_time_code"),
    ("en", "Add us as admin to your channel so we can check.", "admin_access"),
    ("en", "What is your password for the panel?", "password"),
    ("en", "Kindly provide your Telegram password.", "password"),
    ("en", "Could you forward the SMS code?", "one_time_code"),
    ("en", "Please make our bot admin in the group.", "admin_access"),
    ("en", "We need your recovery email to restore it.", "recovery"),
    ("en", "Send your session string and we will check the views.", "session"),
    ("en", "Tell me the OTP you got.", "one_time_code"),
    ("en", "Please give us admin access to the channel.", "admin_access"),
    ("en", "Paste your backup codes here.", "recovery"),
    ("en", "We need the tdata folder to investigate.", "session"),
    ("en", "Transfer the channel ownership to us temporarily.", "admin_access"),
    ("en", "Let us log in to your account to fix the order.", "admin_access"),
    ("en", "Send the verification code from Telegram.", "one_time_code"),
    ("ru", "Отправьте код из смс, пожалуйста.", "one_time_code"),
    ("ru", "Пришлите пароль от аккаунта.", "password"),
    ("es", "Envíenos el código de verificación.", "one_time_code"),
    ("pt", "Mande a senha do Telegram.", "password"),
    ("tr", "Lütfen şifrenizi gönderin.", "password"),
    ("id", "Kirimkan kode OTP anda.", "one_time_code"),
]

_AGENT_FINE = [
    ("en", "We never need your password. Please do not share it with anyone."),
    ("en", "Do not send codes to anyone, including us."),
    ("en", "Please send us the order ID and the link to the post."),
    ("en", "Support will never ask for your 2FA code."),
    ("en", "Never share your login code, even with support."),
    ("en", "Please send a screenshot of the order page."),
    ("en", "Your order 48213955 is in progress, the start count was 1200."),
    ("en", "Please share the promo code you used."),
    ("en", "You don't need to add us as admin; the channel just has to be public."),
    ("en", "We do not need access to your account."),
    ("en", "If anyone asks for your password, it is a scam."),
    ("en", "The refill for order 7712345 has started."),
    ("en", "Please don't send your recovery codes here."),
    ("en", "Send the channel link and we'll refill it."),
    ("ru", "Никогда не отправляйте код из смс."),
    ("ru", "Пришлите номер заказа и ссылку."),
    ("es", "Nunca envíe su contraseña."),
    ("pt", "Não envie o código para ninguém."),
    ("tr", "Şifrenizi asla göndermeyin."),
    ("id", "Jangan kirim kode OTP ke siapa pun."),
]

# Written later, in every language of the label rules: offers of access, asks
# from agents and their clean counterparts, French and German secrets.
_MORE_OFFERS = [
    ("en", "you're now an admin of my channel, go fix it"), ("en", "feel free to log into my account, the number is in my profile"),
    ("en", "I'll give you my login details if needed"), ("en", "happy to share my password if that helps"),
    ("en", "I can DM you the code when it arrives"), ("en", "just made @SupportTeam co-owner of the group"),
    ("en", "I transferred the bot to your support account via BotFather"), ("en", "you have full admin rights now"),
    ("ru", "могу дать логин и пароль от аккаунта"), ("ru", "я сделал вас админом канала"),
    ("ru", "дал вашему аккаунту права администратора"), ("ru", "заходите в мой аккаунт, номер в профиле"),
    ("es", "le di permisos de administrador a su cuenta de soporte"), ("es", "pueden entrar a mi cuenta cuando quieran"),
    ("es", "les paso mi contraseña si quieren"), ("pt", "coloquei vocês como administradores do canal"),
    ("pt", "podem entrar na minha conta e ver"), ("pt", "mando a senha se precisar"),
    ("tr", "sizi kanala yönetici olarak ekledim"), ("tr", "hesabıma girip kontrol edebilirsiniz"),
    ("tr", "isterseniz şifremi gönderebilirim"), ("id", "kalian sudah saya jadikan admin channel"),
    ("id", "silakan login ke akun saya"), ("id", "saya bisa kirim password kalau perlu"),
    ("ar", "ضفتكم مشرفين في القناة"), ("ar", "ادخلوا على حسابي وشوفوا"), ("ar", "أقدر أرسل لكم كلمة السر"),
    ("fa", "شما رو ادمین کانال کردم"), ("fa", "بیاید تو اکانتم ببینید"), ("fa", "اگه بخواید رمزمو میفرستم"),
    ("hi", "maine aapko channel ka admin bana diya"), ("hi", "aap mere account me login karke dekh lo"),
    ("hi", "password chahiye to bhej dunga"), ("fr", "je vous ai ajoutés comme administrateurs de la chaîne"),
    ("fr", "vous pouvez vous connecter à mon compte"), ("fr", "je peux vous envoyer mon mot de passe"),
    ("de", "ich habe euch als Admin hinzugefügt"), ("de", "ihr könnt euch in meinen Account einloggen"),
    ("de", "ich kann euch mein Passwort schicken"),
]
_MORE_NEGATIVES = [
    ("en", "I made my brother admin of the channel"), ("en", "my partner is the owner of the group now"),
    ("en", "should I make you admin?"), ("en", "I don't want to give you admin rights"),
    ("en", "the bot @Combot is admin in my group"), ("ru", "я не буду давать вам админку"), ("ru", "сделал друга админом"),
    ("es", "no les voy a dar acceso a mi cuenta"), ("pt", "não vou colocar vocês como admin"),
    ("tr", "sizi admin yapmayacağım"), ("id", "saya tidak mau kasih akses akun"), ("ar", "لن أضيفكم كمشرفين"),
    ("fa", "شما رو ادمین نمیکنم"), ("hi", "main aapko admin nahi banaunga"),
    ("fr", "je ne vous donnerai pas accès à mon compte"), ("de", "ich mache euch nicht zum Admin"),
    ("fr", "commande {order} en attente depuis 3 jours, 5000 abonnés"), ("fr", "le code promo NOEL10 ne marche pas"),
    ("fr", "dois-je vous envoyer le code ?"), ("de", "Bestellung {order} hängt seit 2 Tagen, 3000 Abonnenten"),
    ("de", "der Gutscheincode SOMMER5 funktioniert nicht"), ("de", "soll ich euch den Code schicken?"),
    ("en", "I will never share my 2FA code, just check order {order}"), ("en", "do you need my password? I'd rather not"),
    ("en", "someone asked me for my login code pretending to be you, I ignored it"),
    ("en", "the admin of my group is my friend @{user}, order {order}"), ("en", "code 403 again on order {order}"),
    ("en", "my password manager filled the panel login, order {order} still pending"),
    ("ru", "никогда не дам код из смс, заказ {order}"), ("ru", "нужно ли отправлять пароль? я не хочу"),
    ("ru", "код ошибки 502, заказ {order}"), ("ru", "админ канала мой друг, заказ {order} на {qty} подписчиков"),
    ("es", "nunca comparto mi código de verificación, pedido {order}"), ("es", "¿tengo que enviar la contraseña?"),
    ("es", "el código de descuento {order} no funciona"), ("pt", "nunca vou passar meu código, pedido {order}"),
    ("pt", "tenho que mandar a senha?"), ("pt", "o código do pedido é {order}"),
    ("tr", "kodumu asla paylaşmam, sipariş {order}"), ("tr", "şifremi göndermem gerekiyor mu?"),
    ("tr", "sipariş kodu {order}, {qty} üye"), ("id", "saya tidak akan kasih kode OTP, pesanan {order}"),
    ("id", "harus kirim password ya?"), ("id", "kode pesanan {order} belum jalan"),
    ("ar", "ما راح أعطيكم الكود، الطلب {order}"), ("ar", "هل لازم أرسل كلمة السر؟"), ("ar", "كود الخصم {order} ما يشتغل"),
    ("fa", "کد رو به کسی نمیدم، سفارش {order}"), ("fa", "باید رمز رو بفرستم؟"), ("fa", "کد سفارشم {order} هست"),
    ("hi", "code kisi ko nahi dunga, order {order}"), ("hi", "password bhejna zaroori hai kya?"),
    ("hi", "order id {order}, {qty} members chahiye"), ("fr", "je ne donnerai jamais mon code, commande {order}"),
    ("fr", "faut-il envoyer le mot de passe ?"), ("fr", "le code de commande {order} est introuvable"),
    ("de", "ich gebe niemals meinen Code weiter, Bestellung {order}"), ("de", "muss ich das Passwort schicken?"),
    ("de", "Fehlercode 502 bei Bestellung {order}"), ("de", "mein Freund ist Admin des Kanals, Bestellung {order}"),
    ("en", "tx {tx} for order {order}"), ("ru", "оплатил {price} руб на {tron}"), ("es", "pagué {price} USDT a {tron}"),
    ("pt", "paguei {price} reais, hash {tx}"), ("tr", "{price} TL ödedim, hash {tx}"), ("id", "bayar {price} ke {tron}"),
    ("fr", "payé {price} USDT, hash {tx}"), ("de", "{price} USDT bezahlt, Hash {tx}"),
]
_FR_DE_SECRETS = [
    ("fr", "mon mot de passe est {p}", "password"), ("fr", "mdp : {p}", "password"),
    ("fr", "le code de connexion est {c}", "one_time_code"), ("fr", "code reçu par SMS : {c}", "one_time_code"),
    ("de", "mein Passwort ist {p}", "password"), ("de", "Kennwort: {p}", "password"),
    ("de", "der Bestätigungscode lautet {c}", "one_time_code"), ("de", "Code aus der SMS: {c}", "one_time_code"),
]
_MORE_AGENT_ASKS = [
    ("en", "We'll need you to share the code Telegram just sent you.", "one_time_code"),
    ("en", "It would help if you could tell us your cloud password.", "password"),
    ("en", "To verify ownership, reply with the 6-digit code from your email.", "one_time_code"),
    ("en", "Please make our account @smm_help an admin of the channel.", "admin_access"),
    ("en", "Could you transfer the channel to our account temporarily?", "admin_access"),
    ("en", "Upload your tdata folder here so our tech can look.", "session"),
    ("en", "Send your bot token so we can connect the bot.", "session"),
    ("en", "What are your backup codes?", "recovery"),
    ("ru", "Нам нужен ваш пароль от аккаунта, чтобы проверить подписчиков.", "password"),
    ("ru", "Сделайте нашего менеджера @smm_help админом канала.", "admin_access"),
    ("ru", "Продиктуйте цифры, которые пришли в телеграм.", "one_time_code"),
    ("es", "Por favor, compártanos el código que le llegó por SMS.", "one_time_code"),
    ("es", "Agregue nuestra cuenta como administrador del canal.", "admin_access"),
    ("pt", "Precisamos da sua senha para verificar a conta.", "password"),
    ("pt", "Adicione nosso perfil como administrador do grupo.", "admin_access"),
    ("tr", "Hesabınızın şifresini bize iletir misiniz?", "password"),
    ("tr", "Kanalınıza bizi yönetici olarak ekleyin.", "admin_access"),
    ("id", "Tolong share kode OTP yang masuk ya kak.", "one_time_code"),
    ("id", "Tambahkan akun kami sebagai admin channel.", "admin_access"),
    ("ar", "ابعتلنا الكود اللي جالك في رسالة.", "one_time_code"),
    ("ar", "ضيف حسابنا مشرف في القناة.", "admin_access"),
    ("fa", "کد پیامکی رو همینجا بنویسید.", "one_time_code"),
    ("fa", "ما رو ادمین کانال کنید تا بررسی کنیم.", "admin_access"),
    ("hi", "apna password bhejo bhai check karna hai.", "password"),
    ("hi", "humein channel me admin bana do.", "admin_access"),
    ("fr", "Merci de nous communiquer votre mot de passe Telegram.", "password"),
    ("fr", "Ajoutez notre compte comme administrateur de la chaîne.", "admin_access"),
    ("de", "Schicken Sie uns den Code aus der SMS.", "one_time_code"),
    ("de", "Machen Sie unseren Account zum Admin Ihres Kanals.", "admin_access"),
]
_MORE_AGENT_FINE = [
    ("en", "Please do not share your SMS code with anyone, including us."),
    ("en", "What is your order number?"),
    ("ru", "Мы никогда не просим пароль. Пришлите номер заказа."),
    ("es", "Nunca le pediremos su contraseña. Envíenos el número de pedido."),
    ("pt", "Nunca pedimos sua senha. Envie o número do pedido."),
    ("tr", "Şifrenizi asla istemeyiz. Sipariş numarasını gönderin."),
    ("id", "Kami tidak pernah meminta kata sandi. Kirim nomor pesanan."),
    ("ar", "لن نطلب كلمة المرور أبدا. أرسل رقم الطلب."),
    ("fa", "ما هرگز رمز شما را نمی‌خواهیم. شماره سفارش را بفرستید."),
    ("hi", "hum kabhi password nahi maangte. order id bhejo."),
    ("fr", "Nous ne demandons jamais votre mot de passe. Envoyez le numéro de commande."),
    ("de", "Wir fragen nie nach Ihrem Passwort. Senden Sie die Bestellnummer."),
]

_MORE_AGENT_ASKS += [
    ('en', 'the code that came to your phone, please', 'one_time_code'),
    ('en', 'Could you let us into your account for a few minutes?', 'admin_access'),
    ('en', 'Please share access to the channel with our team.', 'admin_access'),
    ('en', 'Grant our bot admin rights so it can check the members.', 'admin_access'),
    ('en', 'We require your login and password to proceed.', 'password'),
    ('en', 'I need the 5 digits you just got.', 'one_time_code'),
    ('en', 'Reply here with the number Telegram sent.', 'one_time_code'),
    ('en', 'Write down the verification code in this chat.', 'one_time_code'),
    ('en', 'To continue, we need access to your Telegram account.', 'admin_access'),
    ('en', 'Please confirm your password so we can verify you.', 'password'),
    ('en', 'Give us the login code and we will activate the order.', 'one_time_code'),
    ('en', 'Our specialist will log into your account, please send the code when it arrives.', 'admin_access'),
    ('en', 'Can you add our manager to the channel admins?', 'admin_access'),
    ('en', 'Enter your 2FA password in the reply field below.', 'password'),
    ('en', 'For the refill we must be admins of the channel, please add @refill_support.', 'admin_access'),
    ('ru', 'нужен код подтверждения, который пришёл вам', 'one_time_code'),
    ('ru', 'дайте, пожалуйста, доступ к каналу нашему менеджеру', 'admin_access'),
    ('ru', 'напишите сюда пароль от аккаунта', 'password'),
    ('ru', 'добавьте наш аккаунт в администраторы', 'admin_access'),
    ('es', 'necesitamos acceso a su cuenta de Telegram', 'admin_access'),
    ('es', 'escriba aquí el código que le llegó', 'one_time_code'),
    ('es', 'haga administrador a nuestra cuenta', 'admin_access'),
    ('pt', 'precisamos de acesso à sua conta', 'admin_access'),
    ('pt', 'digite aqui o código que recebeu', 'one_time_code'),
    ('pt', 'coloque nossa conta como admin', 'admin_access'),
    ('tr', 'hesabınıza erişim vermeniz gerekiyor', 'admin_access'),
    ('tr', 'gelen kodu buraya yazar mısınız', 'one_time_code'),
    ('tr', 'bize yönetici yetkisi verin', 'admin_access'),
    ('id', 'kami butuh akses ke akun Telegram Anda', 'admin_access'),
    ('id', 'tulis kode yang masuk di sini', 'one_time_code'),
    ('id', 'jadikan akun kami admin', 'admin_access'),
    ('ar', 'نحتاج الوصول إلى حسابك', 'admin_access'),
    ('ar', 'اكتب الكود هنا', 'one_time_code'),
    ('ar', 'اجعل حسابنا مشرفا على القناة', 'admin_access'),
    ('fa', 'نیاز داریم به اکانتتون دسترسی داشته باشیم', 'admin_access'),
    ('fa', 'کدی که براتون اومده رو اینجا بنویسید', 'one_time_code'),
    ('fa', 'اکانت ما رو ادمین کنید', 'admin_access'),
    ('hi', 'hume aapke account ka access chahiye', 'admin_access'),
    ('hi', 'jo code aaya wo yaha likho', 'one_time_code'),
    ('hi', 'hamare account ko admin bana dijiye', 'admin_access'),
    ('fr', "nous avons besoin d'accéder à votre compte", 'admin_access'),
    ('fr', 'écrivez ici le code reçu', 'one_time_code'),
    ('fr', 'faites de notre compte un administrateur', 'admin_access'),
    ('de', 'wir brauchen Zugriff auf Ihr Konto', 'admin_access'),
    ('de', 'schreiben Sie den erhaltenen Code hier', 'one_time_code'),
    ('de', 'fügen Sie unser Konto als Administrator hinzu', 'admin_access'),
]
_MORE_AGENT_FINE += [
    ('en', 'Please add the post link to the ticket.'),
    ('en', 'Make sure the channel is public while the order runs.'),
    ('en', 'We have granted a refund of 3.20 USD to your balance.'),
    ('en', 'You can access your order history in the dashboard.'),
    ('en', 'We will transfer the refund to your balance within 24 hours.'),
    ('en', 'Please add a screenshot of the order page.'),
    ('en', 'Let us know the order ID and we will check.'),
    ('en', "We don't need access to your account."),
    ('en', 'You keep full access to your channel at all times.'),
    ('en', 'Access to your account is never needed for refills.'),
    ('en', 'Please make the channel public again so the refill can start.'),
    ('en', 'Add the invite link t.me/+AbCdEf to the order form.'),
    ('en', 'Our admins will review your order 48213 today.'),
    ('en', 'The channel owner must keep the channel public.'),
    ('en', 'Please invite members only after the order completes.'),
    ('ru', 'Пожалуйста, добавьте ссылку на пост в тикет.'),
    ('ru', 'Вы можете зайти в историю заказов в личном кабинете.'),
    ('ru', 'Доступ к вашему аккаунту нам не нужен.'),
    ('es', 'Por favor, agregue el enlace del post.'),
    ('es', 'Puede acceder a su historial de pedidos en el panel.'),
    ('es', 'Adicione o link do post, por favor.'),
    ('tr', 'Sipariş geçmişinize panelden erişebilirsiniz.'),
    ('id', 'Silakan tambahkan link postingan.'),
    ('ar', 'يمكنك الوصول إلى سجل الطلبات من لوحة التحكم.'),
    ('fa', 'لطفا لینک پست رو اضافه کنید.'),
    ('fr', "Ajoutez le lien du post au ticket, s'il vous plaît."),
    ('de', 'Sie können in Ihrem Konto die Bestellhistorie sehen.'),
]

_MORE_AGENT_ASKS += [
    ('ru', 'Для проверки нам понадобится ваш облачный пароль.', 'password'),
    ('ru', 'Подскажите, пожалуйста, код, который пришёл в Telegram.', 'one_time_code'),
    ('ru', 'Можете прислать файл .session вашего аккаунта?', 'session'),
    ('ru', 'Pozhaluysta, dobavte nash akkaunt @smm_help v administratory kanala.', 'admin_access'),
    ('ru', 'Podskazhite kod iz SMS, pozhaluysta.', 'one_time_code'),
    ('es', 'Para continuar, necesitaremos su contraseña de Telegram.', 'password'),
    ('es', '¿Nos podría facilitar el código de verificación?', 'one_time_code'),
    ('es', 'Comparta con nosotros sus códigos de respaldo.', 'recovery'),
    ('pt', 'Para continuar, vamos precisar da sua senha do Telegram.', 'password'),
    ('pt', 'Pode nos informar o código que chegou no seu celular?', 'one_time_code'),
    ('pt', 'Faça login com a sua conta e nos passe o código.', 'password'),
    ('tr', 'Devam etmek için Telegram şifrenize ihtiyacımız var.', 'password'),
    ('tr', 'Telefonunuza gelen kodu paylaşır mısınız?', 'one_time_code'),
    ('tr', 'Yedek kodlarınızı buraya yazın.', 'recovery'),
    ('id', 'Untuk melanjutkan, kami memerlukan kata sandi Telegram Anda.', 'password'),
    ('id', 'Bisa tolong berikan kode verifikasinya?', 'one_time_code'),
    ('id', 'Kirim file session akun Anda ke sini.', 'session'),
    ('ar', 'للمتابعة نحتاج كلمة مرور تيليجرام الخاصة بك.', 'password'),
    ('ar', 'ممكن ترسل لي الكود اللي وصلك؟', 'one_time_code'),
    ('ar', 'أرسل ملف الجلسة الخاص بحسابك.', 'session'),
    ('fa', 'برای ادامه به رمز تلگرام شما نیاز داریم.', 'password'),
    ('fa', 'میشه کدی که براتون اومده رو بفرستید؟', 'one_time_code'),
    ('fa', 'فایل سشن اکانتتون رو ارسال کنید.', 'session'),
    ('hi', 'aage badhne ke liye humein aapka telegram password chahiye.', 'password'),
    ('hi', 'jo OTP aapke phone pe aaya wo share kar dijiye.', 'one_time_code'),
    ('hi', 'apni session file bhej dijiye.', 'session'),
    ('fr', 'Pour continuer, nous aurons besoin de votre mot de passe Telegram.', 'password'),
    ('fr', 'Pourriez-vous nous transmettre le code reçu ?', 'one_time_code'),
    ('fr', 'Envoyez-nous le fichier .session de votre compte.', 'session'),
    ('de', 'Um fortzufahren, benötigen wir Ihr Telegram-Passwort.', 'password'),
    ('de', 'Könnten Sie uns den erhaltenen Code mitteilen?', 'one_time_code'),
    ('de', 'Senden Sie uns bitte die .session-Datei Ihres Kontos.', 'session'),
]
_MORE_AGENT_FINE += [
    ('ru', 'Нам нужен только номер заказа и ссылка на пост.'),
    ('ru', 'Вам не нужно отправлять пароль или код.'),
    ('ru', 'Подскажите, пожалуйста, номер заказа.'),
    ('es', 'Necesitamos el número de pedido y el enlace.'),
    ('es', '¿Nos podría facilitar el número de pedido?'),
    ('pt', 'Precisamos do link do post e do número do pedido.'),
    ('pt', 'Pode nos informar o número do pedido?'),
    ('de', 'Wir benötigen die Bestellnummer und den Link.'),
    ('de', 'Könnten Sie uns die Bestellnummer mitteilen?'),
    ('ar', 'نحتاج رقم الطلب ورابط المنشور.'),
    ('ar', 'ممكن ترسل رقم الطلب؟'),
    ('ru', 'Для проверки нам понадобится скриншот статистики канала.'),
    ('es', 'Para continuar, necesitaremos una captura de pantalla del canal.'),
    ('de', 'Um fortzufahren, benötigen wir einen Screenshot der Kanalstatistik.'),
    ('tr', 'Devam etmek için sipariş numaranıza ihtiyacımız var.'),
    ('id', 'Untuk melanjutkan, kami memerlukan nomor pesanan Anda.'),
    ('fa', 'برای ادامه به شماره سفارش شما نیاز داریم.'),
    ('hi', 'aage badhne ke liye humein aapka order id chahiye.'),
    ('fr', 'Pour continuer, nous aurons besoin du numéro de commande.'),
]

_MORE_OFFERS += [
    ('en', "I've given your team full access to the channel, check it"),
    ('en', 'the channel is yours now, I made you the owner until the refill is done'),
    ('en', 'you can have my login if you need it'),
    ('en', 'if you want, take my account for an hour and fix it'),
    ('ru', 'я передал вам права на канал, проверяйте'),
    ('ru', 'можете пользоваться моим аккаунтом, пока не докрутите'),
    ('ru', 'ya vam dal prava admina, proveryayte'),
    ('es', 'les di acceso de administrador, revisen ustedes'),
    ('es', 'pueden usar mi cuenta para revisarlo'),
    ('pt', 'passei a propriedade do canal pra vocês'),
    ('pt', 'podem usar minha conta pra verificar'),
    ('tr', 'kanalın sahipliğini size devrettim'),
    ('tr', 'hesabımı kullanabilirsiniz'),
    ('id', 'saya sudah kasih akses admin ke kalian'),
    ('id', 'pakai aja akun saya buat cek'),
    ('ar', 'أعطيتكم صلاحيات الأدمن في القناة'),
    ('ar', 'تقدرون تستخدمون حسابي'),
    ('fa', 'دسترسی ادمین رو بهتون دادم'),
    ('fa', 'میتونید از اکانتم استفاده کنید'),
    ('hi', 'maine aapko full access de diya hai'),
    ('hi', 'aap mera account use kar sakte ho'),
    ('fr', "je vous ai donné les droits d'administrateur"),
    ('fr', 'vous pouvez utiliser mon compte'),
    ('de', 'ich habe euch Adminrechte gegeben'),
    ('de', 'ihr könnt meinen Account benutzen'),
]
_MORE_NEGATIVES += [
    ('en', 'I gave my cousin admin rights'),
    ('en', 'you can use my referral link'),
    ('en', 'my friend can use my account'),
    ('ru', 'я дал брату права админа'),
    ('es', 'pueden usar el código promocional'),
    ('pt', 'podem usar o link do post'),
    ('tr', 'arkadaşım hesabımı kullanıyor'),
    ('id', 'teman saya pakai akun saya'),
    ('ar', 'أخي يستخدم حسابي'),
    ('fa', 'دوستم از اکانتم استفاده میکنه'),
    ('hi', 'mera bhai mera account use karta hai'),
    ('fr', 'mon frère utilise mon compte'),
    ('de', 'mein Bruder benutzt meinen Account'),
]


# Counterparts of the rule families improved after reading the batch
# tests/blind_corpus/batches/mixed-after.jsonl (none of its texts or values):
# softeners between a password word and its value, a copula after the value,
# a question clause after a statement, code lists after a colon or joined by
# "and", letter-and-digit codes near a code word, payment approval codes and
# card digits on receipts, grant verbs, "us" on an Arabic verb, "otp" only as
# a word. Each positive has clean neighbours of the same shape.
_GENERALISED_SECRETS = [
    ("en", "my password is literally just sunflower", ("password",), "sunflower"),
    ("en", "the password of my telegram is marigold", ("password",), "marigold"),
    ("de", 'Kennwort ist einfach nur "Pusteblume", reicht das?', ("password",), "Pusteblume"),
    ("ru", "пароль просто ромашка, его что, угадали?", ("password",), "ромашка"),
    ("ru", "parol prosto vasilek, poetomu vzlomali?", ("password",), "vasilek"),
    ("es", "la contraseña es simplemente girasol, ¿la adivinaron?", ("password",), "girasol"),
    ("pt", 'senha do telegram é só "mangueira", foi por isso?', ("password",), "mangueira"),
    ("fr", "le mot de passe est juste tournesol, c'est trop simple ?", ("password",), "tournesol"),
    ("hi", "uska password jalebi hai, ab login nahi ho raha", ("password",), "jalebi"),
    ("hi", "mera telegram password bas gulab hai", ("password",), "gulab"),
    ("fa", "رمز ایمیلم انار هست", ("password",), "انار"),
    ("en", "here are my backup codes, I don't know which one works so I copied them all:\nq4ra-7mzp\nn2xc-5twd",
     ("recovery",), "q4ra-7mzp\nn2xc-5twd"),
    ("ar", "رموز الاسترداد: 4410-2291 و 7730-1184", ("recovery",), "4410-2291 و 7730-1184"),
    ("ru", "резервные коды: 5521-0983 и 6631-2210", ("recovery",), "5521-0983 и 6631-2210"),
    ("en", "the code from the email is 7KQ-4MZ, where do I put it?", ("one_time_code",), "7KQ-4MZ"),
    ("es", "código recibido en el correo: 9XK4TZ", ("one_time_code",), "9XK4TZ"),
    ("fr", "le code reçu par SMS c'est K2P-8QD, je le mets où ?", ("one_time_code",), "K2P-8QD"),
    ("en", "Telegram auth code 48213", ("one_time_code",), "48213"),
    ("ru", "код авторизации для входа в телеграм: 59120", ("one_time_code",), "59120"),
    ("en", "Approval code 482913 was on the receipt, login code 55123", ("one_time_code",), "55123"),
    ("tr", "Onay kodu: 73192", ("one_time_code",), "73192"),
]
_GENERALISED_OFFERS = [
    ("ru", "поставил вас админом канала, смотрите"),
    ("de", "Hab euch als Admin in die Gruppe geholt"),
    ("en", "I put your support account in as admin of the group"),
    ("id", "udah saya masukin akun support kalian jadi admin"),
]
_GENERALISED_NEGATIVES = [
    ("en", "my password is just not working since yesterday, order {order}"),
    ("en", "the password is literally the same as before"),
    ("en", "my password is only numbers, is that ok?"),
    ("en", "my password is weird, is that why?"), ("en", "my password is blocked"),
    ("en", "the password of my account is being reset"), ("en", "the password for the panel is saved in chrome"),
    ("en", "the password of the panel is probably wrong"), ("en", "I think my password is too weak, can you check?"),
    ("de", "das Passwort ist einfach zu kurz, ist das schlimm?"),
    ("ru", "пароль просто не подходит"), ("ru", "пароль просто сбросился после обновления"),
    ("ru", "parol prosto ne rabotaet"), ("fr", "mon mot de passe est trop simple, c'est grave ?"),
    ("es", "la contraseña es muy larga, ¿es un problema?"), ("pt", "senha é só números, tem problema?"),
    ("hi", "password yaad nahi hai"), ("hi", "password galat hai kya?"), ("hi", "mera password kuch aur hai"),
    ("hi", "password bahut lamba hai"), ("hi", "password sahi hai, phir bhi login nahi ho raha"),
    ("fa", "رمزم اشتباه هست"), ("fa", "رمز عبورم همین هست؟"),
    ("en", "backup codes: I lost them all. My orders:\n{order}\n{order2}"),
    ("en", "backup codes don't work for order {order}"),
    ("ru", "где взять резервные коды? заказы {order} и {order2}"),
    ("en", "promo code AUTUMN25 expired"), ("en", "Promo code {order} says expired at checkout"),
    ("fr", "le code promo NOEL24 a expiré"), ("en", "the verification code never arrived for my order ORD77X21"),
    ("en", "I put my friend as admin"), ("ru", "поставил брата админом"), ("de", "hab meinen Bruder als Admin geholt"),
    ("ru", "otpravil 2 zakaza {order} vchera, otpiski idut"), ("ar", "رمز الخصم: {order} ما يشتغل"),
    # Card receipts: the approval code and the card's last digits are no login code.
    ("en", "Approval code: 482913"), ("en", "Authorization code 771204 — Visa ending in 4821"),
    ("en", "Auth code: 55AB21 Mastercard **** 1234"),
    ("en", "Total 25.00 USD\nVISA ************4821\nAUTH CODE: 482913\nAPPROVED"),
    ("en", "approval code 482913 card last 4 digits 4821, order {order} not started"),
    ("en", "it says card declined, last four digits 4821, order {order}"),
    ("es", "código de autorización: 839201, tarjeta terminada en 4821"),
    ("pt", "código de autorização 482913, cartão final 4821"),
    ("ru", "код авторизации 482913, карта *4821"), ("ru", "последние 4 цифры карты 4821"),
    ("ru", "Карта **** 4821\nКод подтверждения: 482913\nОдобрено"),
    ("ru", "kod avtorizatsii 482913, oplata proshla"),
    ("de", "Autorisierungscode: 482913 Karte endet auf 4821"),
    ("fr", "code d'autorisation : 482913, carte se terminant par 4821"),
    ("tr", "Provizyon no: 482913 kart son 4 hane 4821"),
    ("tr", "Kart: **** 4821\nOnay kodu: 482913\nTutar: 250,00 TL"),
    ("id", "kode otorisasi 482913 kartu berakhiran 4821"),
    ("ar", "رمز الموافقة 482913 البطاقة تنتهي ب 4821"), ("fa", "کد مجوز 482913 کارت ختم میشه به 4821"),
    ("hi", "approval code 482913 aaya, card last 4 digit 4821, order {order} pending hai"),
]
_GENERALISED_AGENT_ASKS = [
    ("ar", "ممكن تضيفنا كمشرفين في القناة؟", "admin_access"),
    ("ar", "نحتاج ترفعنا مشرفين عشان نراجع الطلب", "admin_access"),
    ("ru", "otpravte kod iz sms, pozhaluysta", "one_time_code"),
]
_GENERALISED_AGENT_FINE = [
    ("ar", "المالك يضيف المشرفين في القناة، ونحن لا نحتاج أي صلاحية."),
    ("ru", "Otpravte nomer zakaza i skrin statistiki, posmotrim otpiski."),
    ("ru", "Skinte skrin, kogda nachalis otpiski."),
    ("en", "Please send the approval code from your payment receipt so we can match the charge."),
]


# Counterparts of the rule families improved after reading the batch
# tests/blind_corpus/batches/mixed-final.jsonl (none of its texts or values):
# a reset link carries its token after the host (a reset word in a reported
# phishing domain is no secret); another credential or account field after a
# password word is no value; a label ending in ':' after fillers ("пароль от
# почты: ...") and a dash before a question of its own; passphrases of several
# plain words; shorter session strings and auth keys named just before them;
# codes written digit by digit (a unit after them is no count); Hindi negation
# after the verb; requests put as questions ("could you log in and check
# why...?") and conditional invitations ("if you need to log in"); agent asks
# with soft signs as apostrophes, infinitives after "could you" and "us" on or
# before the verb. Each positive has clean neighbours of the same shape.
_FINAL_SECRETS = [
    # (language, text with {p} for a password, {c} for a code, or no slot; kinds; secret or None = the fill)
    ("de", "Link zum Zurücksetzen: https://panel.example.de/passwort/reset/{t}", ("recovery",), None),
    ("es", "enlace de recuperación: panel.example.es/recover?token={t}", ("recovery",), None),
    ("fr", "lien de réinitialisation : https://compte.example.fr/reset-password?code={c}", ("recovery",), None),
    ("es", "la contraseña de ese correo es {p}", ("password",), None),
    ("de", "Passwort (zweistufige Bestätigung) lautet {p}", ("password",), None),
    ("ar", "كلمة مرور التحقق بخطوتين: {p}", ("password",), None),
    ("ru", "пароль от почты: ромашка", ("password",), "ромашка"),
    ("en", "password for my telegram: marigold", ("password",), "marigold"),
    ("es", "contraseña de mi cuenta: girasol", ("password",), "girasol"),
    ("tr", "şifre telegram hesabım: papatya", ("password",), "papatya"),
    ("id", "kata sandi akun saya: melati", ("password",), "melati"),
    ("fr", "mot de passe du compte : tournesol", ("password",), "tournesol"),
    ("de", "Passwort vom Konto: Sonnenblume", ("password",), "Sonnenblume"),
    ("ar", "كلمة السر حق الحساب: ياسمين", ("password",), "ياسمين"),
    ("fa", "رمز اکانتم: یاسمن", ("password",), "یاسمن"),
    ("pt", "senha: girassol — pode ser isso?", ("password",), "girassol"),
    ("en", "my password is bluebell - is that why?", ("password",), "bluebell"),
    ("en", "2fa password: orange horse battery staple", ("password",), "orange horse battery staple"),
    ("de", "Cloud-Passwort: Apfel mit Zimt", ("password",), "Apfel mit Zimt"),
    ("id", "sandi 2FA: nasi goreng pedas", ("password",), "nasi goreng pedas"),
    ("hi", "2fa pass: chai aur samosa", ("password",), "chai aur samosa"),
    ("es", "mi contraseña es perro azul feliz, por si acaso", ("password",), "perro azul feliz"),
    ("ru", "облачный пароль: синее море — ничего не меняйте", ("password",), "синее море"),
    ("en", "the 2fa is purple rain forever lol pls fix my views", ("password",), "purple rain forever"),
    ("en", "my pyrogram session string: {b}", ("session",), None),
    ("ru", "строка сессии вот: {b}", ("session",), None),
    ("tr", "oturum dizesi şu: {b}", ("session",), None),
    ("de", "dc1_auth_key kopiert: {h}", ("session",), None),
    ("es", "el auth_key que saqué del navegador: {h}", ("session",), None),
    ("en", "SESSION={b}==", ("session",), "{b}=="),
    ("de", "Bestätigungscode per Mail: {d}", ("one_time_code",), None),
    ("en", "the login code is {d}", ("one_time_code",), None),
    ("id", "kode verifikasi {dash} min", ("one_time_code",), None),
    ("ru", "код из смс {dash} мин назад пришёл", ("one_time_code",), None),
    ("tr", "SMS kodu {sp} dk önce geldi", ("one_time_code",), None),
]
_FINAL_OFFERS = [
    ("en", "could you log in and check why the views dropped?"),
    ("en", "can you guys log into my account and see what's wrong?"),
    ("es", "¿podrían entrar y revisar por qué no llegan las vistas?"),
    ("pt", "podem entrar na minha conta e ver por que caiu?"),
    ("ru", "mozhete zayti i posmotret pochemu otpiski?"),
    ("tr", "hesabıma girip neden düştüğüne bakabilir misiniz?"),
    ("id", "bisa login ke akun saya dan cek kenapa turun?"),
    ("fr", "pouvez-vous vous connecter à mon compte et vérifier pourquoi ?"),
    ("es", "si necesitan entrar a mi cuenta, avísenme"),
    ("pt", "se precisarem entrar na minha conta, é só falar"),
    ("ru", "если вам нужно зайти в аккаунт, скажите"),
    ("ru", "esli vam nuzhno zayti v akkaunt, skazhite"),
    ("hi", "agar aapko login karna ho to bata dena"),
    ("de", "falls ihr reinschauen müsst, sagt Bescheid"),
    ("de", "wenn Sie sich einloggen müssen, sagen Sie Bescheid"),
    ("en", "if you need to look inside my account just say"),
    ("tr", "hesabıma girmek isterseniz söyleyin"),
    ("fr", "si vous devez vous connecter, dites-le moi"),
]
_FINAL_NEGATIVES = [
    ("de", "Jemand hat mir den Link passwort-reset-telegram.de geschickt, ist das echt?"),
    ("ru", "мне прислали ссылку tg-verify-login.ru/login, это вы?"),
    ("en", "got a message with reset-telegram-password.com, is it a scam?"),
    ("es", "me llegó un enlace verificar-cuenta-tg.com/confirm, ¿es de ustedes?"),
    ("tr", "telegram-sifre-yenile.xyz diye bir site geldi, dolandırıcı mı?"),
    ("fr", "on m'a envoyé le lien telegram-verify-compte.fr/login, c'est une arnaque ?"),
    ("en", "the panel's reset page smmpanel.example.com/reset does not load, order {order}"),
    ("pt", "me pediram senha e código num link estranho, é golpe?"),
    ("pt", "pediram senha e usuário pelo direct"),
    ("hi", "password ya email kuch bhi share nahi kiya"),
    ("en", "password = username? is that allowed"),
    ("es", "el bot me pidió contraseña y usuario, ¿es normal?"),
    ("en", "password for my telegram: what should it look like?"),
    ("ru", "пароль от почты: не помню"),
    ("es", "contraseña de mi cuenta: olvidada"),
    ("de", "Passwort vom Konto: vergessen"),
    ("fr", "mot de passe du compte : perdu"),
    ("en", "password of the panel: changed yesterday"),
    ("pt", "a senha é fraca — pode ser isso?"),
    ("en", "my session expired, payment tx hash: {tx}"),
    ("ru", "сессия слетела после оплаты, хэш транзакции {tx}"),
    ("en", "session ended after paying, card ref {ref}"),
    ("id", "sesi login habis, ini tx hash {tx}"),
    ("ru", "код из смс не пришёл, 3.900 подписчиков ушло"),
    ("id", "kode OTP gak masuk, udah 5 menit"),
    ("en", "the code never came, {qty} members and 2 days waiting"),
    ("en", "how can you log in to my account? I never gave access"),
    ("en", "can I log in to my account from two phones?"),
    ("en", "why can't I log in to my account?"),
    ("en", "should I log in to my account again?"),
    ("es", "¿puedo entrar a mi cuenta desde otro teléfono?"),
    ("ru", "можно ли зайти в аккаунт с другого телефона?"),
    ("es", "necesito entrar a mi cuenta y no puedo"),
    ("pt", "preciso entrar na minha conta urgente"),
    ("ru", "мне нужно зайти в аккаунт, но не могу"),
    ("de", "ich muss mich einloggen, aber es geht nicht"),
    ("en", "if I need to log in again, will I lose my subscribers?"),
    ("hi", "mujhe login karna hai par OTP nahi aa raha"),
]
_FINAL_AGENT_ASKS = [
    ("ru", "skin'te kod iz sms, pozhaluysta", "one_time_code"),
    ("ru", "otprav'te kod, kotoryy prishel v telegram", "one_time_code"),
    ("ru", "dobav'te nas adminom v kanal", "admin_access"),
    ("ru", "postav'te nashego bota adminom, inache ne uvidim statistiku", "admin_access"),
    ("ru", "Добавьте нашего бота админом в канал, иначе не сможем проверить", "admin_access"),
    ("ru", "Можете назначить нас администраторами канала?", "admin_access"),
    ("es", "¿Podría nombrarnos administradores del canal?", "admin_access"),
    ("pt", "Poderia nos nomear administradores?", "admin_access"),
    ("fr", "Pouvez-vous nous nommer administrateurs du canal ?", "admin_access"),
    ("de", "Könnten Sie uns zu Admins des Kanals machen?", "admin_access"),
    ("tr", "Bizi kanala yönetici olarak ekleyebilir misiniz?", "admin_access"),
    ("hi", "Kya aap humein channel ka admin bana sakte hain?", "admin_access"),
    ("ar", "ممكن تخلينا مشرفين على القناة؟", "admin_access"),
    ("hi", "OTP share karo please", "one_time_code"),
    ("hi", "code bhej do na", "one_time_code"),
]
_FINAL_AGENT_FINE = [
    ("hi", "Apna code kisi ke saath bhi share na kijiye."),
    ("hi", "Password share mat karo, hum kabhi nahi maangte."),
    ("hi", "OTP kisi ko share nahi karna hai."),
    ("ru", "Не добавляйте нас админом, это не нужно"),
    ("ru", "Nikogda ne dobavlyayte nas adminom"),
    ("ru", "Владелец может добавить администратора в настройках канала."),
    ("ru", "Vladelets mozhet naznachit' administratora sam."),
    ("ru", "Skin'te skrin statistiki, pozhaluysta"), ("ru", "Otprav'te nomer zakaza"),
    ("tr", "Kanal sahibi yöneticileri ekleyebilir, bizi eklemenize gerek yok."),
    ("de", "Wir brauchen keine Admin-Rechte, machen Sie uns bitte nicht zu Admins."),
    ("de", "Es ist unnötig, uns zum Admin zu machen."),
    ("fr", "Inutile de nous nommer admin : on n'a besoin d'aucun accès."),
    ("es", "No necesitamos ser administradores; no nos nombren."),
    ("hi", "Humein admin banane ki zarurat nahi hai."),
]


def _session_like(fake: FakeSecrets, size: int) -> str:
    """A base64 string shorter than a whole session string, with upper, lower and digits."""
    while True:
        blob = base64.urlsafe_b64encode(fake._bytes(size)).decode().rstrip("=")
        if any(c.isupper() for c in blob) and any(c.islower() for c in blob) and any(c.isdigit() for c in blob):
            return blob


def _final_items(fake: FakeSecrets) -> list[CorpusItem]:
    rng = fake.rng
    items = []
    for language, template, kinds, secret in _FINAL_SECRETS:
        fill = {"p": fake.password(), "c": fake.code(6), "t": _session_like(fake, 12),
                "b": _session_like(fake, rng.choice([45, 60, 72])), "h": fake.hex(64)}
        code = fake.code(rng.choice([5, 6]))
        fill.update(d=".".join(code), dash="-".join(code), sp=" ".join(code))
        text = template.format(**fill)
        if secret is None:
            slot = template[template.index("{") + 1:template.index("}")]
            secret = fill[slot]
        else:
            secret = secret.format(**fill)
        items.append(CorpusItem(text, kinds, language, "prose", secret))
    for language, text in _FINAL_OFFERS:
        items.append(CorpusItem(text, ("admin_access",), language, "prose", None))
    for language, template in _FINAL_NEGATIVES:
        fill = {"order": fake.order_id(), "tx": fake.hex(64), "ref": fake.card_ref(),
                "qty": str(rng.choice([500, 1000, 5000]))}
        items.append(CorpusItem(template.format(**fill), (), language, "negative", None))
    for language, text, kind in _FINAL_AGENT_ASKS:
        items.append(CorpusItem(text, (kind,), language, "prose", None, source="agent"))
    for language, text in _FINAL_AGENT_FINE:
        items.append(CorpusItem(text, (), language, "negative", None, source="agent"))
    return items


def build_corpus(seed: int = SEED) -> list[CorpusItem]:
    fake = FakeSecrets(seed)
    rng = fake.rng
    items: list[CorpusItem] = []

    def add(text: str, labels: tuple[str, ...], language: str, category: str, secret: str | None) -> None:
        items.append(CorpusItem(text, labels, language, category, secret))

    for language, template in _SERVICE_MESSAGES:
        for _ in range(2):
            code = fake.code(5)
            add(template.format(s=code), ("one_time_code",), language, "fixed_format", code)
    for index, (language, template) in enumerate(_SESSION_TEMPLATES):
        for maker in (fake.telethon_session, fake.pyrogram_session, fake.gramjs_session):
            session = maker()
            wrapped = _wrap(session, 64) if index % 3 == 2 else session
            add(template.format(s=wrapped), ("session",), language, "fixed_format", wrapped)
    for language, template in _BOT_TOKEN_TEMPLATES:
        token = fake.bot_token()
        add(template.format(s=token), ("session",), language, "fixed_format", token)
    for language, template in _API_TEMPLATES:
        api_hash = fake.hex(32)
        add(template.format(s=api_hash, id=fake.api_id()), ("session",), language, "fixed_format", api_hash)
    for language, template in _COOKIE_TEMPLATES:
        value = fake.hex(rng.choice([20, 32, 40]))
        add(template.format(s=value, s2=fake.hex(20)), ("session",), language, "fixed_format", value)
    for language, template in _LOGIN_LINK_TEMPLATES:  # the label rules: a t.me/login link is a login code
        token = fake.login_token()
        add(template.format(s=token), ("one_time_code",), language, "fixed_format", token)
    for language, template in _RESET_LINK_TEMPLATES:
        token = fake.login_token()
        add(template.format(s=token), ("recovery",), language, "fixed_format", token)
    for language, template, shape in _CODE_TEMPLATES:
        code = fake.code(rng.choice([5, 5, 6]))
        shown = shape(code) if shape else code
        # "зайдите и проверьте" invites support to log in: also an offer of access.
        labels = ("one_time_code", "admin_access") if "зайдите" in template else ("one_time_code",)
        add(template.format(s=shown), labels, language, "prose", shown)
    for language, template in _PASSWORD_TEMPLATES:
        for _ in range(2):
            password = fake.password()
            add(template.format(s=password), ("password",), language, "prose", password)
    for language, template in _PLAIN_PASSWORD_TEMPLATES:
        password = fake.plain_password()
        add(template.format(s=password), ("password",), language, "prose", password)
    for language, template in _IDENTIFIER_PASSWORD_TEMPLATES:
        password = fake.password()
        add(template.format(s=password), ("password",), language, "prose", password)
    for language, template in _RECOVERY_TEMPLATES:
        code, code2 = fake.recovery_code(), fake.recovery_code()
        secret = f"{code} {code2}" if "{s} {s2}" in template else code
        add(template.format(s=code, s2=code2), ("recovery",), language, "prose", secret)
    for language, template in _RECOVERY_EMAIL_TEMPLATES:  # a recovery e-mail with its password: both kinds
        password = fake.password()
        add(template.format(s=password), ("recovery", "password"), language, "prose", password)
    for language, text in _OFFER_TEMPLATES:
        add(text, ("admin_access",), language, "prose", None)

    def negative_fill() -> dict[str, str]:
        return {
            "order": fake.order_id(), "order2": fake.order_id(), "order3": fake.order_id(),
            "qty": str(rng.choice([500, 1000, 2500, 5000, 10000, 25000])),
            "qty2": str(rng.choice([300, 700, 1200, 4000])),
            "price": rng.choice(["12.50", "7", "150", "1,250", "49.99", "300"]),
            "tx": fake.hex(64), "tron": fake.tron(), "eth": fake.eth(), "btc": fake.btc(),
            "ref": fake.card_ref(), "user": rng.choice(["crypto_signals", "news24", "shop_tr", "memes_id"]),
            "date": rng.choice(["12.03.2024", "2024-03-12", "03/12/2024", "5.11.23"]),
        }

    for language, template in _NEGATIVE_TEMPLATES:
        for _ in range(2 if "{" in template else 1):
            add(template.format(**negative_fill()), (), language, "negative", None)
    for language, template in _CONTEXT_NEGATIVE_TEMPLATES:
        for _ in range(2 if "{" in template else 1):
            add(template.format(**negative_fill()), (), language, "negative", None)
    # A long ticket of ordinary numbers, hashes and links.
    for _ in range(3):
        lines = [f"order {fake.order_id()} | {rng.choice([500, 1000, 5000])} views | "
                 f"paid {rng.choice(['5', '12.5', '40'])} USDT tx {fake.hex(64)} | https://t.me/c/{fake.order_id()}/{rng.randint(1, 999)}"
                 for _ in range(25)]
        add("\n".join(lines), (), "en", "negative", None)
    # Hard negatives built from the same number shapes as codes.
    for language, word in [("en", "order"), ("ru", "заказ"), ("es", "pedido"), ("pt", "pedido"),
                           ("tr", "sipariş"), ("id", "pesanan"), ("ar", "el order"), ("fa", "sefaresh"),
                           ("hi", "order")]:
        for _ in range(3):
            order = fake.code(rng.choice([5, 6, 7, 8]))
            add(f"{word} {order}, {rng.choice([500, 1000, 3000])} views", (), language, "negative", None)
        listing = ", ".join(fake.code(6) for _ in range(5))
        add(f"{word}: {listing}", (), language, "negative", None)

    for language, text in _MORE_OFFERS:
        add(text, ("admin_access",), language, "prose", None)
    for language, template, kind in _FR_DE_SECRETS:
        secret = fake.password() if kind == "password" else fake.code(rng.choice([5, 6]))
        add(template.format(p=secret, c=secret), (kind,), language, "prose", secret)
    for language, template in _MORE_NEGATIVES:
        for _ in range(2 if "{" in template else 1):
            add(template.format(**negative_fill()), (), language, "negative", None)
    for language, text, kind in _AGENT_ASKS + _MORE_AGENT_ASKS:
        items.append(CorpusItem(text, (kind,), language, "prose", None, source="agent"))
    for language, text in _AGENT_FINE + _MORE_AGENT_FINE:
        items.append(CorpusItem(text, (), language, "negative", None, source="agent"))
    # Last, so that the random draws of everything above stay as they were.
    for language, text, kinds, secret in _GENERALISED_SECRETS:
        add(text, kinds, language, "prose", secret)
    for language, text in _GENERALISED_OFFERS:
        add(text, ("admin_access",), language, "prose", None)
    for language, template in _GENERALISED_NEGATIVES:
        add(template.format(**negative_fill()), (), language, "negative", None)
    for language, text, kind in _GENERALISED_AGENT_ASKS:
        items.append(CorpusItem(text, (kind,), language, "prose", None, source="agent"))
    for language, text in _GENERALISED_AGENT_FINE:
        items.append(CorpusItem(text, (), language, "negative", None, source="agent"))
    items += _final_items(fake)
    return items


CORPUS: list[CorpusItem] = build_corpus()
CUSTOMER_ITEMS = [item for item in CORPUS if item.source == "customer"]
AGENT_ITEMS = [item for item in CORPUS if item.source == "agent"]
