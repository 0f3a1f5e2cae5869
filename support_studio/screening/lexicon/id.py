"""Indonesian."""

PASSWORD = [r"(?:masuk|login|log\s?in)(?:nya)?\s?(?:ke\s?(?:akun|panel)\s?)?(?:pakai|pake|pk|dengan)", r"kata\s?sandi\w*", r"sandi\w*", r"password\w*", r"pass", r"pw", r"paswot", r"pasword\w*", r"pin"]
PASSWORD_WEAK = [r"pass", r"pw", r"pin", r"sandi\w*"]
TWO_FA = [r"verifikasi\s?dua\s?langkah", r"dua\s?langkah", r"2\s?langkah"]
CODE = [r"kode\w*", r"kd", r"otp(?:s|nya|ku|wala|wali)?", r"sms", r"verifikasi", r"angka\w*", r"authenticator",
    r"kadaluarsa", r"expired",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"akun\s?resmi\s?telegram"]
CODE_BLOCK = [r"kode\s?batang", r"barcode", r"kode\s?(?:promo|diskon|voucher|kupon|pesanan|order|transaksi|pembayaran|referal|referral|error|undangan|pos|tracking|resi|bayar|unik)\w*",
              r"voucher\w*", r"kupon\w*", r"error", r"promo\w*", r"resi",
    r"(?:4|empat)\s?(?:digit|angka)\s?terakhir", r"(?:digit|angka)\s?terakhir", r"kode\s?layanan", r"kode\s?servis"]
OWNER = [r"pesanan\w*", r"order\w*", r"nomor\w*", r"no", r"id", r"jumlah", r"harga", r"total", r"saldo",
         r"pembayaran", r"bayar", r"transaksi", r"referensi", r"tiket", r"kartu", r"hp", r"wa", r"telepon",
    r"berakhiran", r"akhiran"]
RANGE = [r"dari", r"ke"]
UNIT = [r"member\w*", r"anggota", r"subscriber\w*", r"pengikut", r"view\w*", r"penonton", r"reaksi", r"like\w*",
        r"hari", r"jam", r"menit", r"ribu", r"rb", r"rp", r"juta", r"orang"]
RECOVERY = [r"(?:kata\s?sandi|password)\s?(?:cadangan|backup)", r"kode\s?(?:cadangan|pemulihan|backup)\w*", r"kunci\s?pemulihan\w*", r"frasa\s?pemulihan\w*",
            r"backup\s?code\w*"]
RECOVERY_CONTEXT = [r"email\s?pemulihan", r"e-?mail\s?cadangan", r"pemulihan", r"reset\w*", r"atur\s?ulang"]
# "tak" before a verb; "predlagayu tak:" (Russian in Latin letters: "so") is none.
NEGATION = [r"gk", r"tidak", r"tak(?=\s(?:bisa|mau|ada|pernah|akan|usah|perlu|boleh|kirim|kasih|tahu|tau|masuk|sampai))", r"gak", r"ga", r"nggak", r"ngga", r"enggak", r"engga", r"jangan", r"bukan",
            r"belum", r"tanpa", r"gamau", r"ogah",
    r"penipu\w*", r"kalau\s?ada\s?yang", r"jika\s?ada\s?yang"]
QUESTION = [r"perlu", r"harus", r"apa", r"apakah", r"gimana", r"bagaimana", r"kenapa", r"aman", r"kah",
            r"butuh"]
OFFER = [r"(?:saya|aku|gue|gw|sy|ak)\s?(?:bisa|akan|mau|siap|nanti)\s?(?:kirim|kasih|berikan|kasi|share|kirimkan|kirimin|kasihkan)\w*",
         r"(?:bisa|nanti)\s?(?:saya|aku|gue)\s?(?:kirim|kasih|berikan|kasi|share)\w*",
         r"(?:saya|aku|gue|gw)\s?(?:kirim|kasih|kirimin|kirimkan|berikan)\w*\s?(?:ke\s)?(?:kamu|anda|kalian|admin|cs)",
    r"(?:saya|aku|gue|gw|sy)\s?(?:kirim|kasih|kirimin|kirimkan|berikan)\w*"]
CREDENTIAL = [r"kata\s?sandi\w*", r"sandi\w*", r"password\w*", r"kode\w*", r"otp", r"akses", r"akun",
              r"data\s?login", r"tdata", r"sesi"]
ROLE = [r"admin\w*", r"pemilik\w*", r"kepemilikan\w*", r"owner\w*", r"akses\w*", r"hak", r"moderator\w*",
        r"botfather", r"pengelola\w*"]
GRANT = [r"(?:udah|sudah|dah)\s?(?:jadi|menjadi)", r"tambah\w*", r"menambahkan", r"jadikan", r"jadiin", r"jadikanmu", r"angkat\w*", r"kasih\w*", r"berikan",
         r"memberikan", r"kasi", r"transfer\w*", r"alihkan", r"mengalihkan", r"serahkan", r"menyerahkan",
         r"pindahkan", r"udah\s?(?:saya|aku)?\s?(?:jadikan|tambahkan)", r"invite",
    r"sekarang",
    r"masukin", r"masukkan", r"memasukkan"]
RECIPIENT = [r"kamu", r"anda", r"kalian", r"kak", r"(?:kakak|bapak|ibu|cs)(?!\s?(?:saya|sy|aku|gue|gw|ku))", r"akun\s?bantuan", r"min", r"support\w*", r"tim", r"mu", r"admin\s?panel"]
GIVEN_ACCOUNT = [r"akun\s?yang\s?(?:di)?(?:kasih|kasi|berikan|kirim)\w*", r"admin\s?kalian"]
LOGIN_INVITE = [r"mau\s?(?:login|masuk)\s?(?:ke\s)?akun\s?(?:saya|aku|gue|gw|ku)", r"(?:masuk|login|log\s?in)\s?(?:ke\s)?akun\s?(?:telegram\s|tele\s|tg\s)?(?:saya|aku|gue|gw|ku)", r"(?:silakan|silahkan)\s?(?:masuk|login)",
    # "bisa login" is "(you) can log in" before where or what for; "sekarang udah bisa login." is mine.
    r"bisa\s?(?:masuk|login)(?=\s?(?:ke|dan|terus|trus|lalu|untuk|buat|aja|saja|pakai|pake|cek|lihat|liat))",
                r"login\s?aja", r"masuk\s?aja", r"(?:masuk|login)\s?sendiri", r"pake\s?akun\s?(?:saya|aku)",
                r"pakai\s?akun\s?(?:saya|aku)",
    r"tolong\s?(?:login|masuk)", r"(?:login|masuk)\s?(?:trus|terus|lalu|dan)\s?(?:cek|lihat|liat)",
    r"(?:pakai|pake|gunakan|gunain|pakailah)\s?(?:aja\s|saja\s)?akun\s?(?:saya|aku|gue|gw|sy|ku)"]
REQUEST = [
    # Formal: "Kami mohon dengan hormat agar Ibu berkenan menyampaikan kode…" (fresh-zzzzy)
    r"(?:kami\s)?mohon\s?(?:dengan\s?hormat\s)?(?:agar|kesediaan|untuk)(?!\s?(?:tidak|jangan))", r"berkenan",
    r"sebut\w*", r"(?:sila\s)?hantar(?:kan)?",  # Malay: "sila hantar kod OTP" (fresh-zzt)
           r"memerlukan", r"tempel\w*", r"akan\s(?:sangat\s)?membantu\s(?:jika|kalau|kalo|bila)", r"diteruskan", r"ditulis(?:kan)?", r"diketik\s?ulang", r"ketik\s?ulang", r"kirim\w*", r"berikan", r"kasih\w*", r"bagikan", r"share", r"sebutkan", r"tuliskan", r"ketik\w*",
           r"masukkan", r"lampirkan", r"upload", r"unggah", r"teruskan", r"forward", r"tambahkan", r"jadikan",
           r"kami\s?(?:perlu|butuh|memerlukan)", r"apa(?!\s?(?:pun|saja|aja))",  # ("apa pun": whatever, fresh-zzzzy)
    r"minta", r"mohon\s?kirim",
    r"info(?:in)?(?!\s?(?:penting\s?|tambahan\s?|lanjut\s?)?:)", r"boleh\s?(?:info|minta|kirim|tau|tahu|kasih)",
    r"tulis",
    r"dikirim\w*", r"dikirimkan", r"diberikan", r"dibagikan",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"diperlukan", r"wajib\s?(?:mengirim|kirim|memberikan)\w*",
    # Formal, in the passive (as fresh-zzzzzi's English and Russian): "mohon kiranya kode tersebut dapat
    # disampaikan", "kami sangat menghargai apabila file .session dapat dilampirkan"
    r"mohon\s?kiranya", r"menghargai\s(?:apabila|jika|bila|seandainya)",
    r"dapat\s(?:disampaikan|dilampirkan|dikirimkan|diberikan|diteruskan|dibagikan)"]
ASK_ACCESS = [r"login-?kan\s?kami", r"(?:boleh|bisa|izinkan)\s?(?:tim\s)?kami\s?(?:login|masuk)\w*",
    # "Mohon bantuannya kak untuk menambahkan akun support kami sebagai admin channel" (fresh-zzc)
    r"menambahkan\s?(?:akun\s)?(?:support\s|cs\s|bot\s)?kami\b.{0,30}?\badmin\w*",
    r"tambah\s?admin\b.{0,30}?\btambahkan\s?@\w+",  # "Administrator → Tambah Admin, terus tambahkan @…" (fresh-zzd)
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"(?:scan|pindai)\b.{0,20}?\bqr", r"tautkan\s?(?:perangkat|device)",
    r"pindahkan\b.{0,50}?\b(?:kami|kita)", r"jadiin\b.{0,40}?\badmin", r"(?:tambahkan|jadikan|angkat)\b.{0,40}?\badmin", r"(?:transfer|alihkan|serahkan)\w*\b.{0,50}?\b(?:kami|kita)",
              r"izinkan\s?kami\s?(?:masuk|login)", r"(?:masuk|login)\s?(?:ke\s)?akun\s?(?:anda|kamu)",
    # From fresh-m: asks in the passive, as policy or informal
    r"(?:kami|saya)\s?(?:(?:bisa|boleh|akan|perlu|mau|harus)\s)?(?:login|masuk)\s?(?:(?:sebentar|dulu|langsung)\s)?ke\s?akun\s?(?:kakak|kamu|anda|agan|mu)"]
ASKED = [r"angka\s?yang\s?(?:barusan|baru\s?saja|tadi)\s?(?:masuk|datang|dikirim|muncul)", r"angka", r"kata\s?sandi\w*", r"sandi\w*", r"password\w*", r"kode\w*", r"otp", r"sms", r"sesi\w*", r"session\w*",
         r"tdata", r"token\w*", r"kode\s?cadangan",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"pesan\s?(?:\w+\s){0,4}?dari\s?(?:akun\s)?(?:resmi|telegram)"]
ASK_BLOCK = [r"halaman\s?login", r"lupa\s?(?:kata\s?sandi|password|sandi)", r"potongan\s?kode", r"(?:nomor|id)\s?(?:pesanan|order|transaksi)", r"pesanan", r"link\w*", r"tautan", r"screenshot\w*",
             r"tangkapan\s?layar", r"bukti\w*", r"jumlah"]
THIRD_PARTY = [r"cs\s?(?:saya|sy|aku|gue|gw|ku)", r"karyawan\w*", r"pegawai\w*", r"magang\w*", r"teman\w*", r"temen\w*", r"adik\w*", r"partner\w*", r"rekan\w*", r"sepupu", r"suami", r"istri", r"pacar\w*", r"sebuah\s?bot", r"bot\s?lain",
    r"(?:staf|staff|anggota\s?tim|asisten)\s?(?:saya|aku|gue|gw|kami|ku)",  # "staf aku @rina_admin": my staff
    # "admin tim sosmed saya @putri_sosmed" (my social-media team, fresh-zzu)
    r"tim\s?(?!support|cs|kalian|anda|admin)(?:[^\W\d_]+\s)?(?:saya|aku|gue|gw|kami|ku)"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"meminta", r"mintanya", r"nyuruh", r"menyuruh", r"disuruh", r"minta\s?(?:saya|aku|gue|gw|kita)", r"nyuruh\s?(?:saya|aku|gue|gw)", r"minta\s?(?:file|kode|otp|password|sandi|akses|folder|data)",
    r"bilang", r"katanya"]
ACCESS_WORD = [r"akses\w*"]
ACCOUNT_WORD = [r"akun\w*", r"channel\w*", r"grup\w*"]
PAYMENT_CODE = [r"kode\s?(?:otorisasi|persetujuan|approval|auth)", r"(?:nomor|no)\.?\s?(?:otorisasi|persetujuan)"]
LOGIN_CONTEXT = [r"masuk"]
SOFTENER = [r"cuma", r"hanya", r"cuman", r"doang", r"sekadar"]
RECEIPT = [r"kartu", r"struk", r"edc", r"pembelian", r"disetujui", r"merchant"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"username\w*", r"pengguna\w*", r"e-?mail\w*", r"nomor\w*", r"hp\w*", r"login"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:bisa|bisakah|boleh|tolong|mau)(?:\s?(?:kalian|kamu|min|kak))?"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("nol", "kosong"), ("satu",), ("dua",), ("tiga",), ("empat",), ("lima",), ("enam",), ("tujuh",), ("delapan",), ("sembilan",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"dibatalkan", r"selesai", r"sebagian", r"tertunda", r"diproses"]
RESENT = [r"eh\s?salah", r"salah", r"yang\s?baru", r"masuk\s?lagi", r"kode\s?baru"]
