"""How well screenshots are read for secrets: support_studio.evidence.screen_image
on a labelled set of phone-style screenshots rendered here with Pillow.

Run from the project root:

    python benchmarks/evidence_ocr.py                # the whole set (~200 images, a few minutes)
    python benchmarks/evidence_ocr.py --quick        # one theme/font per template and language
    python benchmarks/evidence_ocr.py --save DIR     # also write every image (and misses) to DIR

Credential screenshots (should be flagged): Telegram's "Login code" service
message, the SMS with the code and login link, a two-step verification password
with its recovery e-mail, backup codes, a session string, a bot token, a password
typed into the 2FA screen. Ordinary ticket screenshots (should pass): a channel's
member count, a panel's order page and order list, a payment receipt, a post
with its views, a chat message to support, and the Support Standards' own
"Do not send" list. Every text is written here, in English, Russian, Spanish,
Portuguese, Turkish and Indonesian; each image gets a theme (light, dark), a UI
font (DejaVu Sans, Noto Sans, Liberation Sans), a screen density (1x desktop
crop to 3x phone) and a format (PNG or a messenger's JPEG), cycled so every
combination shows up. Prints caught %, false alarms %, and time per image
(p50/p95), overall and per language and template. Needs Debian's fonts-dejavu-core,
fonts-noto-core and fonts-liberation2 (scripts/setup.sh installs them).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import string
import sys
import textwrap
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from support_studio.evidence import screen_image_detail  # noqa: E402

FONT_DIRS = ("/usr/share/fonts/truetype",)
UI_FONTS = {
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "Noto Sans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf"),
    "Liberation Sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
}
MONO_FONTS = ("dejavu/DejaVuSansMono.ttf", "liberation2/LiberationMono-Regular.ttf")
LANGS = ("en", "ru", "es", "pt", "tr", "id")


# ------------------------------------------------------------------ texts
# {code} {pw} {email} {codes} {session} {token} {order} {count} ... are filled per image.

SECRET_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    # template -> language -> (screen title, body)
    "tg_login": {
        "en": ("Telegram", "Login code: {code}. Do not give this code to anyone, even if they say they are from Telegram!\n\nThis code can be used to log in to your Telegram account. We never ask it for anything else.\n\nIf you didn't request this code by trying to log in on another device, simply ignore this message."),
        "ru": ("Telegram", "Код для входа в Telegram: {code}. Не давайте код никому, даже если его требуют от имени Telegram!\n\nЭтот код используется для входа в Ваш аккаунт в Telegram. Он никогда не нужен для чего-либо ещё.\n\nЕсли Вы не запрашивали код для входа, проигнорируйте это сообщение."),
        "es": ("Telegram", "Código de inicio de sesión: {code}. ¡No des este código a nadie, aunque digan ser de Telegram!\n\nEste código sirve para iniciar sesión en tu cuenta de Telegram. Nunca lo pedimos para nada más.\n\nSi no pediste este código, ignora este mensaje."),
        "pt": ("Telegram", "Código de login: {code}. Não dê este código a ninguém, mesmo que digam ser do Telegram!\n\nEste código serve para entrar na sua conta do Telegram. Nunca pedimos ele para mais nada.\n\nSe você não pediu este código, ignore esta mensagem."),
        "tr": ("Telegram", "Giriş kodu: {code}. Telegram'dan olduklarını söyleseler bile bu kodu kimseye vermeyin!\n\nBu kod, Telegram hesabınıza giriş yapmak için kullanılır. Başka hiçbir şey için istemeyiz.\n\nBu kodu siz istemediyseniz bu mesajı yok sayın."),
        "id": ("Telegram", "Kode masuk: {code}. Jangan berikan kode ini kepada siapa pun, meskipun mereka mengaku dari Telegram!\n\nKode ini dipakai untuk masuk ke akun Telegram Anda. Kami tidak pernah memintanya untuk hal lain.\n\nJika Anda tidak meminta kode ini, abaikan pesan ini."),
    },
    "sms_code": {
        "en": ("Telegram", "Telegram code: {code}\n\nYou can also tap on this link to log in:\nhttps://t.me/login/{code}"),
        "ru": ("Telegram", "Код Telegram: {code}\n\nТакже можно войти по ссылке:\nhttps://t.me/login/{code}"),
        "es": ("Telegram", "Código de Telegram: {code}\n\nTambién puedes tocar este enlace para iniciar sesión:\nhttps://t.me/login/{code}"),
        "pt": ("Telegram", "Código do Telegram: {code}\n\nVocê também pode tocar neste link para entrar:\nhttps://t.me/login/{code}"),
        "tr": ("Telegram", "Telegram kodu: {code}\n\nGiriş yapmak için bu bağlantıya da dokunabilirsiniz:\nhttps://t.me/login/{code}"),
        "id": ("Telegram", "Kode Telegram: {code}\n\nAnda juga dapat mengetuk tautan ini untuk masuk:\nhttps://t.me/login/{code}"),
    },
    "twofa_note": {
        "en": ("Saved Messages", "Telegram two-step verification\nPassword: {pw}\nHint: first dog\nRecovery email: {email}"),
        "ru": ("Избранное", "Двухэтапная аутентификация Telegram\nПароль: {pw}\nПодсказка: первая собака\nПочта для восстановления: {email}"),
        "es": ("Mensajes guardados", "Verificación en dos pasos de Telegram\nContraseña: {pw}\nPista: primer perro\nCorreo de recuperación: {email}"),
        "pt": ("Mensagens Salvas", "Verificação em duas etapas do Telegram\nSenha: {pw}\nDica: primeiro cachorro\nE-mail de recuperação: {email}"),
        "tr": ("Kayıtlı Mesajlar", "Telegram iki adımlı doğrulama\nŞifre: {pw}\nİpucu: ilk köpek\nKurtarma e-postası: {email}"),
        "id": ("Pesan Tersimpan", "Verifikasi dua langkah Telegram\nKata sandi: {pw}\nPetunjuk: anjing pertama\nEmail pemulihan: {email}"),
    },
    "twofa_screen": {
        "en": ("Two-Step Verification", "Your cloud password\n\nPassword: {pw}\n\nYou will need this password when you log in on a new device."),
        "ru": ("Облачный пароль", "Ваш облачный пароль\n\nПароль: {pw}\n\nЭтот пароль понадобится при входе на новом устройстве."),
        "es": ("Verificación en dos pasos", "Tu contraseña en la nube\n\nContraseña: {pw}\n\nNecesitarás esta contraseña al iniciar sesión en un dispositivo nuevo."),
        "pt": ("Verificação em Duas Etapas", "Sua senha na nuvem\n\nSenha: {pw}\n\nVocê vai precisar desta senha ao entrar em um novo aparelho."),
        "tr": ("İki Adımlı Doğrulama", "Bulut şifreniz\n\nŞifre: {pw}\n\nYeni bir cihazda giriş yaparken bu şifreye ihtiyacınız olacak."),
        "id": ("Verifikasi Dua Langkah", "Kata sandi cloud Anda\n\nKata sandi: {pw}\n\nAnda memerlukan kata sandi ini saat masuk di perangkat baru."),
    },
    "backup_codes": {
        "en": ("Security", "Backup codes\nEach code can be used once. Keep them somewhere safe.\n\n{codes}"),
        "ru": ("Безопасность", "Резервные коды\nКаждый код можно использовать один раз. Храните их в надёжном месте.\n\n{codes}"),
        "es": ("Seguridad", "Códigos de respaldo\nCada código se puede usar una vez. Guárdalos en un lugar seguro.\n\n{codes}"),
        "pt": ("Segurança", "Códigos de backup\nCada código pode ser usado uma vez. Guarde-os em um lugar seguro.\n\n{codes}"),
        "tr": ("Güvenlik", "Yedek kodlar\nHer kod bir kez kullanılabilir. Güvenli bir yerde saklayın.\n\n{codes}"),
        "id": ("Keamanan", "Kode cadangan\nSetiap kode hanya bisa dipakai sekali. Simpan di tempat aman.\n\n{codes}"),
    },
    "session_string": {
        "en": ("Notes", "String session for my account:\n{session}"),
        "ru": ("Заметки", "Строка сессии моего аккаунта:\n{session}"),
        "es": ("Notas", "Sesión de texto de mi cuenta:\n{session}"),
        "pt": ("Notas", "Sessão em texto da minha conta:\n{session}"),
        "tr": ("Notlar", "Hesabımın oturum dizesi:\n{session}"),
        "id": ("Catatan", "String sesi akun saya:\n{session}"),
    },
    "bot_token": {
        "en": ("BotFather", "Done! Congratulations on your new bot. You will find it at t.me/{bot}.\n\nUse this token to access the HTTP API:\n{token}\nKeep your token secure and store it safely, it can be used by anyone to control your bot."),
        "ru": ("Избранное", "Токен моего бота t.me/{bot}:\n{token}"),
        "es": ("Mensajes guardados", "Token de mi bot t.me/{bot}:\n{token}"),
        "pt": ("Mensagens Salvas", "Token do meu bot t.me/{bot}:\n{token}"),
        "tr": ("Kayıtlı Mesajlar", "Botumun jetonu t.me/{bot}:\n{token}"),
        "id": ("Pesan Tersimpan", "Token bot saya t.me/{bot}:\n{token}"),
    },
}

ORDINARY_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "channel_info": {
        "en": ("Channel info", "{channel}\n{count} subscribers\n\nt.me/{slug}\nLink\n\nDaily crypto news and market notes. Ads: @{admin}\nDescription\n\nNotifications: On\n\nPhotos 312   Videos 48   Links 96"),
        "ru": ("Информация", "{channel}\n{count} подписчиков\n\nt.me/{slug}\nСсылка\n\nЕжедневные новости крипты и рынка. Реклама: @{admin}\nОписание\n\nУведомления: Вкл.\n\nФото 312   Видео 48   Ссылки 96"),
        "es": ("Info. del canal", "{channel}\n{count} suscriptores\n\nt.me/{slug}\nEnlace\n\nNoticias diarias de cripto y del mercado. Publicidad: @{admin}\nDescripción\n\nNotificaciones: Activadas\n\nFotos 312   Videos 48   Enlaces 96"),
        "pt": ("Info do canal", "{channel}\n{count} inscritos\n\nt.me/{slug}\nLink\n\nNotícias diárias de cripto e mercado. Anúncios: @{admin}\nDescrição\n\nNotificações: Ativadas\n\nFotos 312   Vídeos 48   Links 96"),
        "tr": ("Kanal bilgisi", "{channel}\n{count} abone\n\nt.me/{slug}\nBağlantı\n\nGünlük kripto ve piyasa haberleri. Reklam: @{admin}\nAçıklama\n\nBildirimler: Açık\n\nFotoğraflar 312   Videolar 48   Bağlantılar 96"),
        "id": ("Info saluran", "{channel}\n{count} pelanggan\n\nt.me/{slug}\nTautan\n\nBerita kripto dan pasar setiap hari. Iklan: @{admin}\nDeskripsi\n\nNotifikasi: Aktif\n\nFoto 312   Video 48   Tautan 96"),
    },
    "order_page": {
        "en": ("Order #{order}", "Service: Telegram Members [Refill 30 days]\nLink: https://t.me/{slug}\nStart count: {start}\nQuantity: {qty}\nRemains: {remains}\nCharge: ${charge}\nStatus: In progress\nCreated: 2026-11-12 14:32"),
        "ru": ("Заказ #{order}", "Услуга: Подписчики Telegram [Докрутка 30 дней]\nСсылка: https://t.me/{slug}\nНачальное количество: {start}\nКоличество: {qty}\nОсталось: {remains}\nСтоимость: ${charge}\nСтатус: Выполняется\nСоздан: 2026-11-12 14:32"),
        "es": ("Pedido #{order}", "Servicio: Miembros de Telegram [Reposición 30 días]\nEnlace: https://t.me/{slug}\nConteo inicial: {start}\nCantidad: {qty}\nRestantes: {remains}\nCargo: ${charge}\nEstado: En progreso\nCreado: 2026-11-12 14:32"),
        "pt": ("Pedido #{order}", "Serviço: Membros do Telegram [Reposição 30 dias]\nLink: https://t.me/{slug}\nContagem inicial: {start}\nQuantidade: {qty}\nRestante: {remains}\nCobrança: ${charge}\nStatus: Em andamento\nCriado: 2026-11-12 14:32"),
        "tr": ("Sipariş #{order}", "Hizmet: Telegram Üye [30 gün telafi]\nBağlantı: https://t.me/{slug}\nBaşlangıç sayısı: {start}\nMiktar: {qty}\nKalan: {remains}\nÜcret: ${charge}\nDurum: İşleniyor\nOluşturuldu: 2026-11-12 14:32"),
        "id": ("Pesanan #{order}", "Layanan: Anggota Telegram [Isi ulang 30 hari]\nTautan: https://t.me/{slug}\nJumlah awal: {start}\nJumlah: {qty}\nSisa: {remains}\nBiaya: ${charge}\nStatus: Sedang diproses\nDibuat: 2026-11-12 14:32"),
    },
    "orders_list": {
        "en": ("My orders", "#{order}  Telegram Members  In progress\nt.me/{slug}  Start {start}  Remains {remains}\n\n#{order2}  Post Views  Completed\nt.me/{slug}/184  Start 0  Remains 0\n\n#{order3}  Reactions  Partial\nt.me/{slug}/181  Start 12  Remains 350"),
        "ru": ("Мои заказы", "#{order}  Подписчики Telegram  Выполняется\nt.me/{slug}  Начало {start}  Осталось {remains}\n\n#{order2}  Просмотры постов  Выполнен\nt.me/{slug}/184  Начало 0  Осталось 0\n\n#{order3}  Реакции  Частично\nt.me/{slug}/181  Начало 12  Осталось 350"),
        "es": ("Mis pedidos", "#{order}  Miembros de Telegram  En progreso\nt.me/{slug}  Inicio {start}  Restantes {remains}\n\n#{order2}  Vistas de publicación  Completado\nt.me/{slug}/184  Inicio 0  Restantes 0\n\n#{order3}  Reacciones  Parcial\nt.me/{slug}/181  Inicio 12  Restantes 350"),
        "pt": ("Meus pedidos", "#{order}  Membros do Telegram  Em andamento\nt.me/{slug}  Início {start}  Restante {remains}\n\n#{order2}  Visualizações  Concluído\nt.me/{slug}/184  Início 0  Restante 0\n\n#{order3}  Reações  Parcial\nt.me/{slug}/181  Início 12  Restante 350"),
        "tr": ("Siparişlerim", "#{order}  Telegram Üye  İşleniyor\nt.me/{slug}  Başlangıç {start}  Kalan {remains}\n\n#{order2}  Gönderi Görüntüleme  Tamamlandı\nt.me/{slug}/184  Başlangıç 0  Kalan 0\n\n#{order3}  Tepkiler  Kısmi\nt.me/{slug}/181  Başlangıç 12  Kalan 350"),
        "id": ("Pesanan saya", "#{order}  Anggota Telegram  Sedang diproses\nt.me/{slug}  Awal {start}  Sisa {remains}\n\n#{order2}  Tayangan Post  Selesai\nt.me/{slug}/184  Awal 0  Sisa 0\n\n#{order3}  Reaksi  Sebagian\nt.me/{slug}/181  Awal 12  Sisa 350"),
    },
    "payment_receipt": {
        "en": ("Receipt", "Payment successful\n\nAmount: ${amount}\nMethod: Visa •••• {last4}\nTransaction ID: {txn}\nReference: INV-2026-11-{ref}\nDate: 12 Nov 2026, 14:32\nStatus: Completed\n\nBalance top-up, SMM panel"),
        "ru": ("Чек", "Оплата прошла успешно\n\nСумма: {amount} $\nСпособ: Visa •••• {last4}\nID транзакции: {txn}\nНомер счёта: INV-2026-11-{ref}\nДата: 12 ноя 2026, 14:32\nСтатус: Выполнен\n\nПополнение баланса, SMM панель"),
        "es": ("Recibo", "Pago realizado\n\nImporte: ${amount}\nMétodo: Visa •••• {last4}\nID de transacción: {txn}\nReferencia: INV-2026-11-{ref}\nFecha: 12 nov 2026, 14:32\nEstado: Completado\n\nRecarga de saldo, panel SMM"),
        "pt": ("Comprovante", "Pagamento aprovado\n\nValor: R$ {amount}\nMétodo: Pix\nID da transação: {txn}\nReferência: INV-2026-11-{ref}\nData: 12 nov 2026, 14:32\nStatus: Concluído\n\nRecarga de saldo, painel SMM"),
        "tr": ("Dekont", "Ödeme başarılı\n\nTutar: {amount} TL\nYöntem: Visa •••• {last4}\nİşlem No: {txn}\nReferans: INV-2026-11-{ref}\nTarih: 12 Kas 2026, 14:32\nDurum: Tamamlandı\n\nBakiye yükleme, SMM paneli"),
        "id": ("Bukti bayar", "Pembayaran berhasil\n\nJumlah: Rp {amount}.000\nMetode: QRIS\nID transaksi: {txn}\nReferensi: INV-2026-11-{ref}\nTanggal: 12 Nov 2026, 14:32\nStatus: Selesai\n\nIsi saldo, panel SMM"),
    },
    "post_views": {
        "en": ("{channel}", "Giveaway! Subscribe and win 3 months of Premium. Results on Friday at 18:00.\n\n{views}K views   edited 14:32\n\n312 reactions   96 comments"),
        "ru": ("{channel}", "Розыгрыш! Подпишитесь и выиграйте 3 месяца Premium. Итоги в пятницу в 18:00.\n\n{views}K просмотров   изм. 14:32\n\n312 реакций   96 комментариев"),
        "es": ("{channel}", "¡Sorteo! Suscríbete y gana 3 meses de Premium. Resultados el viernes a las 18:00.\n\n{views}K vistas   editado 14:32\n\n312 reacciones   96 comentarios"),
        "pt": ("{channel}", "Sorteio! Inscreva-se e ganhe 3 meses de Premium. Resultado na sexta às 18:00.\n\n{views}K visualizações   editado 14:32\n\n312 reações   96 comentários"),
        "tr": ("{channel}", "Çekiliş! Abone ol, 3 ay Premium kazan. Sonuçlar cuma 18:00'de.\n\n{views}B görüntülenme   düzenlendi 14:32\n\n312 tepki   96 yorum"),
        "id": ("{channel}", "Giveaway! Langganan dan menangkan Premium 3 bulan. Hasil diumumkan Jumat pukul 18:00.\n\n{views}K tayangan   diedit 14:32\n\n312 reaksi   96 komentar"),
    },
    "support_chat": {
        "en": ("Support", "Hi, my order #{order} stopped at {remains} remains. The start count was {start} and the channel now shows {count} subscribers. Link: https://t.me/{slug}. Can you check the refill please?"),
        "ru": ("Поддержка", "Здравствуйте, заказ #{order} остановился, осталось {remains}. Начальное количество было {start}, сейчас в канале {count} подписчиков. Ссылка: https://t.me/{slug}. Проверьте, пожалуйста, докрутку."),
        "es": ("Soporte", "Hola, mi pedido #{order} se detuvo con {remains} restantes. El conteo inicial era {start} y ahora el canal tiene {count} suscriptores. Enlace: https://t.me/{slug}. ¿Pueden revisar la reposición?"),
        "pt": ("Suporte", "Olá, meu pedido #{order} parou com {remains} restantes. A contagem inicial era {start} e agora o canal tem {count} inscritos. Link: https://t.me/{slug}. Podem verificar a reposição?"),
        "tr": ("Destek", "Merhaba, #{order} numaralı siparişim {remains} kalanla durdu. Başlangıç sayısı {start} idi, kanal şimdi {count} abone gösteriyor. Bağlantı: https://t.me/{slug}. Telafiyi kontrol eder misiniz?"),
        "id": ("Dukungan", "Halo, pesanan #{order} saya berhenti dengan sisa {remains}. Jumlah awal {start} dan sekarang saluran menunjukkan {count} pelanggan. Tautan: https://t.me/{slug}. Bisa dicek isi ulangnya?"),
    },
    "standards": {  # the site is in English: the customer screenshots its "Do not send" list
        "en": ("Support Standards", "Do Not Send\nTelegram password\nNever send your Telegram password, session access, or private login credentials.\n2FA or OTP codes\nDo not send login approval codes, SMS codes, or two-factor authentication codes.\nRecovery details\nDo not share recovery keys, backup codes, reset links, or private email access.\nAdmin access\nDo not provide private ownership access to channels, groups, bots, or accounts."),
    },
}

# Harder ordinary screenshots, reported on their own: a card receipt's approval
# code (not a secret, but worded like one), the login screen before any code
# arrived, and a promo code.
HARD_ORDINARY_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "card_receipt": {
        "en": ("Receipt", "Card payment approved\nAmount: ${amount}\nCard: Visa •••• {last4}\nApproval code: {approval}\nTerminal: SMM-PANEL-01\nDate: 12 Nov 2026, 14:32"),
        "ru": ("Чек", "Оплата картой одобрена\nСумма: {amount} $\nКарта: Visa •••• {last4}\nКод авторизации: {approval}\nТерминал: SMM-PANEL-01\nДата: 12 ноя 2026, 14:32"),
        "es": ("Recibo", "Pago con tarjeta aprobado\nImporte: ${amount}\nTarjeta: Visa •••• {last4}\nCódigo de autorización: {approval}\nTerminal: SMM-PANEL-01\nFecha: 12 nov 2026, 14:32"),
        "pt": ("Comprovante", "Pagamento no cartão aprovado\nValor: R$ {amount}\nCartão: Visa •••• {last4}\nCódigo de autorização: {approval}\nTerminal: SMM-PANEL-01\nData: 12 nov 2026, 14:32"),
        "tr": ("Dekont", "Kartla ödeme onaylandı\nTutar: {amount} TL\nKart: Visa •••• {last4}\nOnay kodu: {approval}\nTerminal: SMM-PANEL-01\nTarih: 12 Kas 2026, 14:32"),
        "id": ("Bukti bayar", "Pembayaran kartu disetujui\nJumlah: Rp {amount}.000\nKartu: Visa •••• {last4}\nKode otorisasi: {approval}\nTerminal: SMM-PANEL-01\nTanggal: 12 Nov 2026, 14:32"),
    },
    "login_screen": {
        "en": ("Telegram", "Enter code\nWe've sent the code to the Telegram app on your other device.\n\nCode\n\nDidn't get the code?"),
        "ru": ("Telegram", "Введите код\nМы отправили код в приложение Telegram на другом Вашем устройстве.\n\nКод\n\nНе пришёл код?"),
        "es": ("Telegram", "Introduce el código\nEnviamos el código a la app de Telegram en tu otro dispositivo.\n\nCódigo\n\n¿No recibiste el código?"),
        "pt": ("Telegram", "Digite o código\nEnviamos o código para o app do Telegram no seu outro aparelho.\n\nCódigo\n\nNão recebeu o código?"),
        "tr": ("Telegram", "Kodu girin\nKodu diğer cihazınızdaki Telegram uygulamasına gönderdik.\n\nKod\n\nKod gelmedi mi?"),
        "id": ("Telegram", "Masukkan kode\nKami telah mengirim kode ke aplikasi Telegram di perangkat Anda yang lain.\n\nKode\n\nTidak menerima kode?"),
    },
    "promo_code": {
        "en": ("Top up balance", "Amount: ${amount}\nPromo code: SMM{promo}\nDiscount: 10%\nYou pay: ${amount}\nPay with card"),
        "ru": ("Пополнить баланс", "Сумма: {amount} $\nПромокод: SMM{promo}\nСкидка: 10%\nК оплате: {amount} $\nОплатить картой"),
        "es": ("Recargar saldo", "Importe: ${amount}\nCódigo promocional: SMM{promo}\nDescuento: 10%\nPagas: ${amount}\nPagar con tarjeta"),
        "pt": ("Adicionar saldo", "Valor: R$ {amount}\nCupom: SMM{promo}\nDesconto: 10%\nVocê paga: R$ {amount}\nPagar com cartão"),
        "tr": ("Bakiye yükle", "Tutar: {amount} TL\nPromosyon kodu: SMM{promo}\nİndirim: %10\nÖdenecek: {amount} TL\nKartla öde"),
        "id": ("Isi saldo", "Jumlah: Rp {amount}.000\nKode promo: SMM{promo}\nDiskon: 10%\nAnda bayar: Rp {amount}.000\nBayar dengan kartu"),
    },
}

CHANNELS = ("Crypto Signals", "Daily Memes", "Noticias Hoy", "Новости Крипты", "Kripto Haber", "Info Loker")
SLUGS = ("cryptosignals_daily", "memes_hub", "noticiashoy", "crypto_news_ru", "kriptohaber", "infoloker_id")
WORDS = ("Sunflower", "Maple", "Tiger", "Ocean", "Rocket", "Violet", "Kartal", "Pelangi", "Solnce")
B64URL = string.ascii_letters + string.digits + "-_"


def _fill(rng: random.Random, text: str) -> str:
    code = "".join(rng.choice(string.digits) for _ in range(5))
    pw = rng.choice(WORDS) + rng.choice("#!$%@") + str(rng.randint(1990, 2030))
    if rng.random() < 0.5:
        pw = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(9)) + rng.choice("#!$")
    email = rng.choice(("maria.k", "arif.dev", "lucas88", "owner.backup")) + "@gmail.com"
    codes = "\n".join(
        "  ".join(f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for _ in range(2)) for _ in range(3)
    )
    session = "1" + "".join(rng.choice(B64URL) for _ in range(351)) + "="
    token = f"{rng.randint(6000000000, 7999999999)}:AA" + "".join(rng.choice(B64URL) for _ in range(33))
    index = rng.randrange(len(CHANNELS))
    start = rng.randint(200, 40000)
    qty = rng.choice((1000, 2000, 5000, 10000))
    values = dict(
        code=code, pw=pw, email=email, codes=codes, session=session, token=token,
        bot=rng.choice(("shopper", "alerts", "helper")) + "_bot",
        channel=CHANNELS[index], slug=SLUGS[index], admin=SLUGS[index][:8] + "_ads",
        count=f"{rng.randint(1000, 99999):,}", order=rng.randint(40000, 49999),
        order2=rng.randint(40000, 49999), order3=rng.randint(40000, 49999),
        start=f"{start:,}", qty=f"{qty:,}", remains=f"{rng.randint(0, qty):,}",
        charge=f"{rng.randint(1, 40)}.{rng.randint(0, 99):02d}", amount=f"{rng.randint(5, 200)}.00",
        last4=rng.randint(1000, 9999), txn=rng.randint(10**9, 10**10 - 1), ref=f"{rng.randint(1, 999):04d}",
        views=f"{rng.randint(10, 99)}.{rng.randint(0, 9)}",
        approval=f"{rng.randint(0, 999999):06d}", promo=rng.randint(10, 99),
    )
    return text.format(**values)


# ---------------------------------------------------------------- drawing

@dataclass(frozen=True)
class Style:
    theme: str  # light or dark
    font: str
    density: float  # 1.0: a desktop crop; 2.0-3.0: phones
    jpeg: bool
    full_screen: bool

    def label(self) -> str:
        return f"{self.theme}/{self.font}/{self.density}x/{'jpeg' if self.jpeg else 'png'}"


THEMES = {
    "light": dict(bg=(223, 231, 213), bar=(81, 125, 162), bar_text=(255, 255, 255), card=(255, 255, 255),
                  text=(0, 0, 0), muted=(112, 117, 121), accent=(56, 132, 200), mine=(239, 253, 222)),
    "dark": dict(bg=(14, 22, 33), bar=(23, 33, 43), bar_text=(255, 255, 255), card=(24, 37, 51),
                 text=(245, 245, 245), muted=(125, 139, 153), accent=(106, 178, 242), mine=(43, 82, 120)),
}
CHAT_TEMPLATES = {"tg_login", "sms_code", "twofa_note", "session_string", "bot_token", "post_views", "support_chat"}


def _font(path: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(Path(FONT_DIRS[0]) / path), max(8, round(size)))


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
            continue
        words, current = paragraph.split(" "), ""
        for word in words:
            trial = f"{current} {word}" if current else word
            if draw.textlength(trial, font=font) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        # a word longer than the width (session strings, tokens) is broken by characters
        while draw.textlength(current, font=font) > width:
            cut = len(current)
            while cut > 1 and draw.textlength(current[:cut], font=font) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
        lines.append(current)
    return lines


def render(template: str, title: str, body: str, style: Style) -> bytes:
    colors = THEMES[style.theme]
    d = style.density
    width = {1.0: 560, 2.0: 720, 2.625: 1080, 3.0: 1170}[d]
    regular, bold = UI_FONTS[style.font]
    body_font = _font(regular, 16 * d)
    small = _font(regular, 13 * d)
    title_font = _font(bold, 18 * d)
    mono = template in ("session_string",)
    if mono:
        body_font = _font(MONO_FONTS[int(d * 10) % 2], 14 * d)
    scratch = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    chat = template in CHAT_TEMPLATES
    inner = int(width - (110 if chat else 48) * d)
    lines = _wrap(scratch, body, body_font, inner - int(24 * d))
    line_h = int(body_font.size * 1.35)
    content_h = len(lines) * line_h + int(60 * d)
    status_h, bar_h, input_h = int(24 * d), int(56 * d), int(52 * d)
    height = status_h + bar_h + content_h + int(80 * d) + input_h
    if style.full_screen:
        height = max(height, int(width * 2.1))
    img = Image.new("RGB", (width, height), colors["bg"] if chat else colors["card"])
    draw = ImageDraw.Draw(img)
    # status bar and app bar
    draw.rectangle((0, 0, width, status_h + bar_h), fill=colors["bar"])
    draw.text((int(16 * d), int(4 * d)), "14:32", font=small, fill=colors["bar_text"])
    draw.text((width - int(60 * d), int(4 * d)), "87%", font=small, fill=colors["bar_text"])
    draw.text((int(16 * d), status_h + int(14 * d)), "<", font=title_font, fill=colors["bar_text"])
    cx = int(64 * d)
    if chat:
        r = int(18 * d)
        draw.ellipse((cx - r // 2, status_h + int(10 * d), cx - r // 2 + 2 * r, status_h + int(10 * d) + 2 * r),
                     fill=colors["accent"])
        cx += int(48 * d)
    draw.text((cx, status_h + int(10 * d)), title, font=title_font, fill=colors["bar_text"])
    subtitle = {"tg_login": "service notifications", "sms_code": "SMS", "support_chat": "online"}.get(
        template, "bot" if title == "BotFather" else "")
    if chat and subtitle:
        draw.text((cx, status_h + int(32 * d)), subtitle, font=small, fill=colors["bar_text"])
    top = status_h + bar_h + int(40 * d)
    left = int(12 * d) if chat else int(24 * d)
    if chat:
        mine = template in ("support_chat", "twofa_note", "session_string") or (
            template == "bot_token" and title != "BotFather")
        box_left = width - inner - left if mine else left
        draw.rounded_rectangle((box_left, top, box_left + inner, top + content_h), radius=int(14 * d),
                               fill=colors["mine"] if mine else colors["card"])
        text_left = box_left + int(12 * d)
    else:
        text_left = left
    y = top + int(12 * d)
    for line in lines:
        draw.text((text_left, y), line, font=body_font, fill=colors["text"])
        y += line_h
    draw.text((text_left + inner - int(70 * d), top + content_h - int(20 * d)), "14:32",
              font=small, fill=colors["muted"])
    # input bar
    draw.rectangle((0, height - input_h, width, height), fill=colors["card"] if chat else colors["bg"])
    footer = "Message" if chat else "Home      Orders      Support"
    draw.text((int(20 * d), height - input_h + int(16 * d)), footer, font=body_font, fill=colors["muted"])
    out = io.BytesIO()
    if style.jpeg:
        img.save(out, "JPEG", quality=82)
    else:
        img.save(out, "PNG")
    return out.getvalue()


# ------------------------------------------------------------------ the set

@dataclass(frozen=True)
class Sample:
    name: str
    secret: bool
    hard: bool
    language: str
    template: str
    style: Style
    data: bytes


def styles(quick: bool) -> list[Style]:
    fonts = list(UI_FONTS)
    densities = (1.0, 2.0, 2.625, 3.0)
    combos = []
    for i in range(24):
        combos.append(Style(
            theme=("light", "dark")[i % 2],
            font=fonts[(i // 2) % 3],
            density=densities[(i // 6) % 4 if not quick else (i // 2) % 4],
            jpeg=i % 5 == 4,
            full_screen=i % 3 == 0,
        ))
    return combos


def build_set(quick: bool = False, seed: int = 12) -> list[Sample]:
    rng = random.Random(seed)
    combos = styles(quick)
    per_item = 1 if quick else 2
    samples, index = [], 0
    groups = ((True, False, SECRET_TEXTS), (False, False, ORDINARY_TEXTS), (False, True, HARD_ORDINARY_TEXTS))
    for secret, hard, texts in groups:
        for template, by_language in texts.items():
            for language, (title, body) in by_language.items():
                for _ in range(per_item if template != "standards" else per_item * 3):
                    style = combos[index % len(combos)]
                    index += 1
                    filled_title, filled_body = _fill(rng, title), _fill(rng, body)
                    data = render(template, filled_title, filled_body, style)
                    kind = "secret" if secret else "hard" if hard else "ordinary"
                    name = f"{kind}-{template}-{language}-{index:03d}"
                    samples.append(Sample(name, secret, hard, language, template, style, data))
    return samples


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one image per template and language")
    parser.add_argument("--save", type=Path, help="write the images to this folder")
    parser.add_argument("--verbose", action="store_true", help="print every miss and false alarm with its OCR text")
    parser.add_argument("--seed", type=int, default=12, help="other codes, passwords, tokens and counts")
    args = parser.parse_args()
    samples = build_set(quick=args.quick, seed=args.seed)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    times: list[float] = []
    by_group: dict[tuple[str, str], list[bool]] = defaultdict(list)
    caught = alarms = positives = negatives = hard_alarms = hard = 0
    misses: list[str] = []
    screen_image_detail(samples[0].data)  # warm the page cache for the language models
    for sample in samples:
        started = time.perf_counter()
        result = screen_image_detail(sample.data)
        times.append(time.perf_counter() - started)
        correct = result.flagged == sample.secret
        if sample.secret:
            positives += 1
            caught += result.flagged
        elif sample.hard:
            hard += 1
            hard_alarms += result.flagged
        else:
            negatives += 1
            alarms += result.flagged
        by_group[("template", sample.template)].append(correct)
        if not sample.hard:  # the main set only
            by_group[("language", sample.language)].append(correct)
            by_group[("style", sample.style.theme)].append(correct)
            by_group[("style", f"{sample.style.density}x")].append(correct)
            by_group[("style", sample.style.font)].append(correct)
        if not correct:
            what = "MISSED" if sample.secret else "FALSE ALARM"
            misses.append(f"  {what:11} {sample.name} ({sample.style.label()})")
            if args.verbose:
                misses.append(textwrap.indent(result.text.strip()[:600], "      | "))
                if result.findings:
                    misses.append(f"      -> {[(f.kind, result.text[f.start:f.end]) for f in result.findings]}")
        if args.save:
            (args.save / f"{sample.name}.{'jpg' if sample.style.jpeg else 'png'}").write_bytes(sample.data)
            if result.preview:
                (args.save / f"{sample.name}.preview.png").write_bytes(result.preview)
    print(f"Screenshots: {positives} with a credential, {negatives} ordinary, {hard} harder ordinary "
          f"({len(samples)} in all)")
    print(f"caught:       {caught}/{positives} = {100 * caught / positives:.1f}%   (aim >= 90%)")
    print(f"false alarms: {alarms}/{negatives} = {100 * alarms / negatives:.1f}%   (aim <= 2%)")
    print(f"harder ordinary (approval codes, code entry screen, promo codes), flagged: "
          f"{hard_alarms}/{hard} = {100 * hard_alarms / hard:.1f}%")
    print(f"time/image:   p50 {statistics.median(times):.2f} s   p95 {percentile(times, 0.95):.2f} s   "
          f"max {max(times):.2f} s   (aim <= 1.5 s)")
    print("\ncorrect by group:")
    for (kind, key), results in sorted(by_group.items()):
        print(f"  {kind:9} {key:18} {sum(results):3}/{len(results):<3} {100 * sum(results) / len(results):5.1f}%")
    slowest = sorted(zip(times, samples, strict=True), key=lambda pair: -pair[0])[:5]
    print("\nslowest: " + ", ".join(f"{sample.name} ({sample.style.label()}) {t:.2f} s" for t, sample in slowest))
    if misses:
        print("\nwrong:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
