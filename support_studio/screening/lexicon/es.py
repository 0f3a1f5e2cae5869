"""Spanish."""

# "la clave API del panel": an API key, not a password (fresh-zy)
PASSWORD = [r"el\s?que\s?uso\s?(?:en\s?todos?\s?lados|para\s?todo)", r"(?:entro|ingreso|inicio\s?sesion)\s?con", r"contrasena\w*", r"clave\w*(?!\s?(?:de\s?(?:la\s)?)?api)", r"password", r"pass", r"clave\s?de\s?acceso", r"contra"]
PASSWORD_WEAK = [r"clave", r"contra", r"pass"]
TWO_FA = [r"2\s?pasos", r"verificacion\s?en\s?dos\s?pasos", r"dos\s?pasos", r"doble\s?(?:factor|autenticacion)"]
CODE = [r"codigos?", r"cod", r"sms", r"verificacion", r"digitos", r"numeros", r"autenticador",
    r"expir\w*", r"caduc\w*", r"vence",
    r"codigo\s?de\s?(?:inicio\s?de\s?sesion|acceso|login|verificacion|confirmacion|seguridad)", r"inicio\s?de\s?sesion",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"(?:chat|cuenta|perfil)\s?oficial\s?de\s?telegram"]
CODE_BLOCK = [r"codigos?\s?de\s?barras", r"pedido\s?con\s?(?:el\s)?codigo", r"codigos?\s?(?:de\s|del\s|de\sla\s)?(?:promo\w*|descuento|pedido|rastreo|seguimiento|transaccion|pago|referencia|referido|cupon|error|invitacion|postal|regalo)",
              r"codigos?\s?promocional\w*", r"cupon\w*", r"error", r"promo\w*",
    r"ultimos\s?(?:4|cuatro)\s?(?:digitos|numeros)", r"codigos?\s?(?:del?\s)?servicio", r"clave\s?de\s?(?:rastreo|seguimiento|referencia|pago|transaccion|pedido)", r"clave\s?interbancaria"]
OWNER = [r"pedidos?", r"orden\w*", r"numero", r"pago", r"precio", r"cantidad", r"total", r"saldo", r"monto",
         r"importe", r"referencia", r"transaccion", r"tarjeta", r"telefono", r"tel", r"inicio",
    r"terminad[ao]\s?en", r"termina\s?en", r"acabad[ao]\s?en"]
RANGE = [r"de", r"a"]
UNIT = [r"miembros", r"seguidores", r"suscriptores", r"vistas", r"visualizaciones", r"reacciones", r"likes",
        r"dias", r"horas", r"minutos", r"pesos", r"euros", r"dolares", r"usd", r"mil"]
RECOVERY = [r"contrasenas?\s?de\s?(?:respaldo|emergencia|reserva|repuesto)", r"codigos?\s?de\s?(?:respaldo|recuperacion|seguridad|emergencia|backup|restablecimiento)",
            r"clave\s?de\s?recuperacion", r"llave\s?de\s?recuperacion", r"frase\s?de\s?recuperacion",
            r"codigos?\s?backup"]
RECOVERY_CONTEXT = [r"correo\s?de\s?recuperacion", r"email\s?de\s?recuperacion", r"restablec\w*", r"recuperacion",
                    r"resetear", r"reset\w*"]
# "mandei no seu e-mail" (Portuguese: in your e-mail) is no negation.
NEGATION = [r"tampoco", r"no(?!\s(?:seu|meu|teu|nosso|vosso|dele|dela|canal|grupo|e-?mail|link|site|painel|chat|app|whats\w*|telegram|privado|pv|direct|perfil|botfather|pedido\w*|ticket|chamado|sistema|mog\w*|mozh\w*|gotov\w*))", r"nunca", r"jamas", r"nadie", r"ni", r"sin",
    r"nada", r"si\s?alguien", r"estafa\w*", r"estafador\w*", r"fraude\w*"]
QUESTION = [r"debo", r"tengo\s?que", r"hace\s?falta", r"necesitan", r"necesitas", r"es\s?seguro", r"por\s?que",
            r"como", r"que", r"les\s?(?:mando|envio|paso)", r"te\s?(?:mando|envio|paso)", r"se\s?lo"]
OFFER = [r"os\s?(?:lo\s|la\s|los\s|las\s)?(?:doy|envio|mando|paso|comparto|reenvio)", r"(?:te|le|les|se)\s?(?:lo\s|la\s)?(?:puedo|podria|voy\sa)\s?(?:dar|enviar|mandar|pasar|compartir)",
         r"(?:puedo|podria|voy\sa)\s?(?:darte|enviarte|mandarte|pasarte|darle|enviarle|mandarle|pasarle|dar|enviar|mandar|pasar|compartir)\w*",
         r"(?:te|le|les)\s?(?:lo\s|la\s)?(?:doy|envio|mando|paso|comparto|reenvio)",
         r"se\s?(?:lo|la)\s?(?:doy|envio|mando|paso)",
    r"(?:yo\s)?(?:mando|envio|doy)(?=\s?(?:la|el|mi|mis|los|las)\s)",
    # 'les dejo los datos de la cuenta': I leave you the account's details
    r"(?:les|te|le)\s?dejo"]
# Data only of an account or a log-in: "les dejo todos los datos" of a payment is none (fresh-zx).
CREDENTIAL = [r"contrasena\w*", r"clave\w*", r"codigos?", r"sms", r"acceso", r"datos\s?de\s?(?:acceso|ingreso|inicio|login|(?:mi\s|la\s)?cuenta)", r"sesion",
              r"tdata"]
ROLE = [r"admin\w*", r"administrador\w*", r"dueno\w*", r"propietari\w*", r"propiedad", r"permisos",
        r"acceso", r"moderador\w*", r"botfather", r"creador", r"adm"]
GRANT = [r"(?:son|eres|sois)(?=\s(?:ya\s)?(?:los\s|el\s|la\s)?(?:nuevos?\s)?(?:admin|administrador|propietari|duen)\w*)", r"tiene[ns]?(?=\s(?:ya\s)?acceso)", r"agreg\w*", r"anad\w*", r"hice", r"hago", r"hacer", r"promuev\w*", r"he\s?hecho", r"hemos\s?hecho", r"puse", r"pongo", r"poner", r"puest[oa]s?", r"nombr\w*",
         r"transfer\w*", r"(?:le|les|te|os|ya)\s?di", r"di(?=\s(?:el\s|los\s)?(?:admin|acceso|permis|propiedad|rol))", r"doy", r"dar", r"pase", r"paso", r"pasar", r"(?:he|hemos)\s?pasado", r"ceder", r"cedo", r"cedi",
         r"otorg\w*", r"asign\w*", r"converti",
    r"transfier\w*",
    r"meti\w*", r"incorpore"]
# A verb with "you" on its end ("añadiros", "darte", "mandarles"), not a noun spelt the same way
# ("números", "compañeros", "suerte", fresh-zzzzx).
RECIPIENT = [r"(?!(?:numer|compan|primer|extranjer|suert|muert|fuert|apart)\w)(?:\w{2,}|d|v)(?:ar|er|ir)(?:os|te|les)(?![^\W_])", r"tienen(?=\s(?:ya\s)?acceso)", r"(?:son|eres|sois)(?=\s(?:ya\s)?(?:los\s|el\s|la\s)?(?:nuevos?\s)?(?:admin|administrador|propietari|duen)\w*)", r"te", r"ti", r"le", r"les", r"os(?=\s(?:he|hemos|hice|hicimos|puse|pusimos|di|dimos|nombr|agreg|anad|hago|transfiero|pongo|cedo))",
    # The clitic before the verb: "los hago administradores" (I make you admins).
    r"(?:los|las)(?=\s(?:hago|hice|pongo|puse|nombro|nombre|agrego|agregue|dejo|deje|he\s))", r"usted\w*", r"ustedes", r"vosotros", r"tu", r"su", r"sus",
             r"soporte", r"equipo", r"los(?=\s(?:nombr|agregu|hice|puse|deje|converti))"]
GIVEN_ACCOUNT = [r"cuenta\s?que\s?(?:el\s|ella\s|ustedes\s|vosotros\s)?(?:me|nos)\s?(?:paso|pasaron|dio|dieron|indico|indicaron|mando|mandaron|envio|enviaron)",
    r"(?:usuario|perfil)\s?que\s?(?:me|nos)\s?(?:paso|pasaron|dio|dieron|indico|indicaron|mando|mandaron|envio|enviaron)",
    r"(?:chico|chica|persona|agente|asesor\w*|operador\w*)\s?de\s?(?:su|tu|vuestro)\s?(?:equipo|soporte|atencion)",
    r"(?:su|vuestro|tu)\s?(?:agente|asesor\w*|operador\w*|companer\w*|emplead\w*)"]
LOGIN_INVITE = [r"entran\s?ustedes\s?mism[oa]s",  # "les paso la cuenta y entran ustedes mismos" (fresh-zzf)
    r"entra\s?(?:tu\s|usted\s)?(?:directamente\s)?(?:a|en)\s?mi\s?cuenta",
    # "entra tú a la cuenta de la clienta", "entra a la cuenta de mi cliente": someone's account, support to go in
    r"entra\s?(?:tu|usted)\s(?:a|en)\s?(?:la|su)\s?cuenta", r"entra\s?(?:a|en)\s?la\s?cuenta\s?(?:de|del)\s",
    # "si quieren entren directamente a mi cuenta" (fresh-zz)
    r"entr[ae]n\s?(?:ustedes\s)?(?:directamente\s)(?:a|en)\s?mi\s?cuenta", r"metanse", r"entren\s?y\s?(?:vean|revisen|miren|chequen)", r"entr[ae]n?\s?(?:a|en)\s?mi\s?cuenta", r"entrad\s?(?:a|en)\s?mi", r"(?:pueden?|podes|podeis|puedan|podais)\s?entrar",
                r"inici[ae]n?\s?sesion\s?(?:en\s)?(?:mi|con\s?mi)", r"entren\s?ustedes", r"ingres[ae]n?\s?(?:a|en)\s?mi\s?cuenta",
                r"usen\s?mi\s?cuenta", r"entra\s?y\s?(?:revisa|mira)",
    r"(?:ustedes|uds)\s?(?:entran|inician|ingresan|revisan)",
    r"(?:usar|usen|usa|use|utilizar|utilicen|utiliza)\s?mi\s?cuenta", r"entra\s?(?:tu|usted)\s?y\s?(?:revisa|mira)",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:necesitan|necesitas|quieren|quieres|tienen\s?que|tienes\s?que|podrian|podria|podrias|puedes)\s?(?:entrar|ingresar|acceder)", r"entr[ae]n?\s?(?:tu|usted|ustedes)\s?(?:mism[oa]s?\s)?(?:a|en)\s?mi\s?cuenta",
    r"entran?\s?(?:directo\s|directamente\s)?a\s?mi\s?cuenta"]
# Requests, not the past: "la has enviado" (you sent it), "mandaste", "passaram".
REQUEST = [
    # Formal: "le rogamos tenga a bien transferir…" (fresh-zzzzy)
    r"(?:le\s|les\s)?rogamos", r"tenga\s?a\s?bien", r"tengan\s?a\s?bien",
    r"dime\w*", r"peg[ae](?:lo|la|los|las)?", r"respond[ae]\w*\s?con", r"nos\sayudaria(?:\smucho)?\s(?:si|poder|tener|entrar|acceder)", r"seria\s(?:muy\s)?(?:util|comodo|conveniente)\ssi", r"me\s?(?:das|da|pasas|pasa|mandas|manda|envias|envia|dices|dice|indicas|indica|confirmas|confirma)(?![^\W_])", r"indiqu(?:e|eme|enos)", r"envi[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"reenvi[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"mand[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"pas[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b|r\s?por\s)\w*", r"comparta\w*", r"comparte\w*", r"dame",
           r"danos", r"proporcion\w*", r"indiqu\w*", r"dig[ae]\w*", r"reenvi\w*", r"escrib\w*", r"adjunt\w*",
           r"necesitamos", r"necesito", r"cual\s?es",
    r"den(?=\s(?:el|la|los|las|su|sus|me|nos|tu|tus)\s)", r"denme", r"denos", r"enviar\w*", r"mandar\w*", r"pasar(?!\s?por\s)\w*", r"compartir\w*", r"agregar\w*", r"anadir\w*", r"transferir\w*", r"decir\w*",
    r"necesit\w*", r"facilit\w*", r"indicar\w*", r"informar\w*", r"proporcionar\w*", r"requerimos", r"requerir\w*",
    # From fresh-m: asks in the passive, as policy or informal
    r"deber[aá]n?\s?(?:remitirse|enviarse|enviar|remitir|compartirse)", r"remit\w*",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"requiere\w*", r"es\s?necesari[oa]", r"se\s?necesita",
    # Formal, in the passive (as fresh-zzzzzi's English and Russian): "sería de gran ayuda que los códigos
    # fueran enviados"
    r"seria\s(?:de\s)?(?:gran\s|mucha\s)?(?:ayuda|utilidad|util)\sque",
    r"(?:fueran|fuera|sean|sea)\s(?:enviad|remitid|facilitad|proporcionad|compartid|indicad|adjuntad)\w*"]
ASK_ACCESS = [
    # the customer's Telegram signed in to the shop's panel with the code it sends: 'botón "Conectar
    # Telegram") con tu número y el código que te llegue' (fresh-zzn)
    r"conect(?:ar|a|e)\s?(?:tu\s|su\s)?telegram\b.{0,80}?\bcodigo",
    # "haznos admin del canal", "háganos administradores" (make us admin, fresh-zzp)
    r"h(?:az|aga|agan)nos\s?(?:\w+\s)?(?:admin|administrador)\w*",
    # "transfiera el bot a @soporte_panel por BotFather" (as fresh-zy asked it in Portuguese)
    r"transfier[ae]\w*\s?(?:el\s|la\s)?(?:su\s|tu\s)?(?:bot|canal|grupo|propiedad)\b.{0,50}?\ba\s?@\w+",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"escane\w*\b.{0,20}?\bqr", r"(?:vincula|vincule|vincular)\s?(?:un\s)?(?:nuevo\s)?dispositivo",
    r"(?:podrias|podria|puedes|pueden|podrian)\s?(?:nombrar|agregar|anadir|poner|hacer)\b.{0,30}?\b(?:admin|administrador)\w*", r"(?:agregue|agrega|anada|anade|haga|hagan|pongan?|(?<!el\s)(?<!tu\s)(?<!su\s)(?<!del\s)nombren?)\w*\b.{0,40}?\b(?:admin\w*|administrador\w*)",
              r"transfier\w*\b.{0,50}?\b(?:nosotros|nuestra|nuestro)", r"(?:nos\s?transfi?er\w*|transfi?er\w*nos)\b.{0,50}?\b(?:propiedad|admin\w*)", r"(?:dejenos|permitanos|dejanos)\s?(?:entrar|acceder|iniciar)", r"entrar\s?(?:a|en)\s?su\s?cuenta", r"(?:poder|podamos|podriamos)\s?entrar\s?(?:un\s?momento\s)?(?:a|en)\s?(?:su|tu)\s?cuenta",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"(?:agregar|anadir|hacer|poner|nombrar|designar|ascender|promover)(?:nos|me)\b.{0,40}?\b(?:admin\w*|administrador\w*|moderador\w*)", r"nos\s?(?:\w+\s)?(?:nombr|design|ascend|promov)\w*\b.{0,40}?\b(?:admin|administrador|moderador)\w*", r"(?:dar|den|da|dame|danos)(?:nos)?\s?acceso\s?(?:de\s)?(?:administrador|admin)\w*", r"agreg\w*\s?a\s?@\w+",
    r"(?:nos\s?permite|nos\s?permites|permitanos|dejenos|nos\s?deja)\s?(?:iniciar\s?sesion|entrar|acceder|ingresar)",
    r"nos\s?dejas?\s?(?:entrar|acceder|iniciar)"]
ASKED = [r"numero\s?(?:que\s)?te\s?(?:llego|ha\s?llegado)", r"digito\s?por\s?digito", r"(?:el\s)?numero\s?que\s?(?:vea|ves|veas|aparezca|aparece)(?=\s?(?:[.!,;:]|$))", r"lo\s?que\s?telegram\s?(?:te\s|le\s)?(?:acaba\s?de\s?)?(?:enviar|mandar|envio|mando)",
    # a reset link (a plain link may be asked for)
    r"enlace\s?de\s?(?:restablec\w*|recupera\w*|reseteo)",
    r"contrasena\w*", r"clave\w*", r"codigos?", r"sms", r"digitos", r"sesion", r"tdata", r"token",
         r"codigos?\s?de\s?respaldo", r"usuario\s?y\s?contrasena",
    r"mensaje\s?de\s?telegram", r"mensaje\s?que\s?(?:\w+\s){0,4}?telegram",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"(?:mensaje|aviso|notificacion|sms)\s?(?:\w+\s){0,5}?(?:de|desde|del)\s?(?:el\s|la\s)?(?:chat\s|cuenta\s|perfil\s)?(?:oficial|telegram)", r"numeros\s?que\s?(?:aparecen|salen|te\s?lleguen|llegaron|recibiste|recibas)"]
ASK_BLOCK = [r"olvid[oó]\s?(?:su\s|tu\s)?contrase[nñ]a", r"olvidaste\s?(?:tu\s)?contrase[nñ]a", r"numero\s?de\s?pedido", r"pedido", r"enlace", r"captura\w*", r"comprobante", r"id\s?de\s?transaccion",
             # "número de operación (11 dígitos)" (a payment's, fresh-zzzf)
             r"numero\s?de\s?(?:operacion|transaccion|referencia)",
             r"cantidad", r"codigo\s?promocional"]
THIRD_PARTY = [r"becari[oa]\w*", r"pasante\w*", r"(?:mi|nuestro|nuestra)\s?(?:nuev[oa]\s)?(?:manager|gerente|encargad[oa]|community\s?manager)", r"socio\w*", r"amig[oa]\w*", r"herman[oa]\w*", r"companer[oa]\w*", r"pareja", r"novi[oa]", r"primo", r"colega\w*", r"espos[oa]", r"un\s?bot\w*", r"otro\s?bot\w*",
    r"community\s?manager\w*", r"(?:mi|mis|un|una|nuestr[oa])\s?(?:manager|asistente|emplead[oa]|editor[a]?|disenador[a]?|gerente|cm|moderador[a]?)\w*"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"pide", r"dice(?:n)?\s?que", r"piden", r"pidio", r"pidieron", r"pedia\w*", r"solicita\w*", r"me\s?dijo", r"me\s?pidio", r"me\s?escribio", r"diciendo", r"pidiendo", r"queria", r"quiere"]
ACCESS_WORD = [r"acceso", r"acceder"]
ACCOUNT_WORD = [r"cuenta\w*", r"canal\w*", r"grupo\w*", r"telegram"]
PAYMENT_CODE = [r"codigos?\s?de\s?(?:autorizacion|aprobacion)", r"cod\.?\s?(?:de\s)?(?:autorizacion|aprobacion|aut|autoriz)\.?", r"(?:numero|num|no)\.?\s?de\s?(?:autorizacion|aprobacion)"]
LOGIN_CONTEXT = [r"inicio\s?de\s?sesion", r"iniciar\s?sesion", r"sesion"]
SOFTENER = [r"solo", r"solamente", r"simplemente", r"literalmente", r"basicamente", r"nomas", r"nada\s?mas", r"sencillamente"]
RECEIPT = [r"tarjeta\w*", r"terminal\w*", r"recibo\w*", r"comprobante\w*", r"compra\w*", r"aprobad\w*", r"comercio"]
RECEIPT_CODE = [r"codigos?\s?de\s?confirmacion"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"usuarios?", r"correos?", r"e-?mails?", r"telefonos?", r"numeros?", r"login", r"nick"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:pueden|puede|puedes|podrian|podria|podrias|podes|podeis)(?:\s?por\s?favor)?"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("cero",), ("uno", "un"), ("dos",), ("tres",), ("cuatro",), ("cinco",), ("seis",), ("siete",), ("ocho",), ("nueve",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "ciento", "mil"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"parcial\w*", r"cancelad\w*", r"completad\w*", r"pendiente", r"en\s?proceso"]
RESENT = [r"espera", r"perdon", r"mejor\s?dicho", r"el\s?nuevo", r"lleg[oó]\s?otro"]
