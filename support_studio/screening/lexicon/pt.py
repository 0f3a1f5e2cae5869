"""Portuguese."""

PASSWORD = [r"a\s?que\s?uso\s?(?:em|pra|para)\s?tudo", r"(?:entro|logo|fa[cç]o\s?login)\s?com", r"senha\w*", r"password", r"pass", r"palavra[\s-]?passe"]
PASSWORD_WEAK = [r"pass"]
TWO_FA = [r"2\s?etapas", r"verificacao\s?em\s?duas\s?etapas", r"duas\s?etapas", r"dois\s?fator(?:es)?", r"dupla\s?autenticacao"]
CODE = [r"codigos?", r"cod", r"sms", r"verificacao", r"digitos", r"numeros", r"autenticador",
    r"expir\w*", r"venc\w*",
    r"codigo\s?de\s?(?:login|acesso|verificacao|confirmacao|seguranca)",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"(?:chat|conta|perfil)\s?oficial\s?do\s?telegram"]
CODE_BLOCK = [r"codigos?\s?de\s?barras", r"pedido\s?com\s?(?:o\s)?codigo", r"codigos?\s?(?:de\s|do\s|da\s)?(?:promo\w*|desconto|pedido|rastreio|rastreamento|transacao|pagamento|referencia|indicacao|cupom|erro|convite|postal|presente)",
              r"codigos?\s?promocional\w*", r"cupom", r"cupons", r"erro", r"promo\w*", r"cep",
    r"ultimos\s?(?:4|quatro)\s?(?:digitos|numeros)", r"codigos?\s?(?:do\s)?servico"]
OWNER = [r"pedidos?", r"ordem", r"numero", r"pagamento", r"preco", r"valor", r"quantidade", r"total", r"saldo",
         r"referencia", r"transacao", r"cartao", r"telefone", r"tel", r"pix", r"inicio",
    r"final", r"terminad[ao]\s?em", r"termina\s?em"]
RANGE = [r"de", r"para", r"pra", r"a"]
UNIT = [r"membros", r"seguidores", r"inscritos", r"visualizacoes", r"views", r"reacoes", r"curtidas", r"dias",
        r"horas", r"minutos", r"reais", r"r\$", r"mil"]
RECOVERY = [r"senhas?\s?(?:de\s?)?(?:reserva|backup|emergencia)", r"codigos?\s?de\s?(?:backup|recuperacao|seguranca|emergencia|reserva)", r"chave\s?de\s?recuperacao",
            r"frase\s?de\s?recuperacao", r"codigos?\s?reserva"]
RECOVERY_CONTEXT = [r"e-?mail\s?de\s?recuperacao", r"recuperacao", r"redefini\w*", r"reset\w*", r"resetar"]
NEGATION = [r"tampouco", r"nao", r"nunca", r"jamais", r"ninguem", r"nem", r"sem", r"nenhum\w*",
    r"se\s?alguem", r"golpe\w*", r"golpista\w*", r"fraude\w*"]
QUESTION = [r"devo", r"preciso", r"precisa", r"precisam", r"tenho\s?que", r"e\s?seguro", r"por\s?que", r"como",
            r"mando", r"envio", r"passo"]
OFFER = [r"(?:posso|vou|podia|poderia)\s?(?:te\s|lhe\s|lhes\s)?(?:passar|mandar|enviar|dar|compartilhar)\w*",
         r"(?:te|lhe|lhes)\s?(?:passo|mando|envio|dou)", r"passo\s?(?:pra|para)\s?(?:voce|voces|vcs|vc)",
         r"mando\s?(?:pra|para)\s?(?:voce|voces|vcs|vc)",
    # (not "passo a passo", step by step: fresh-zzu)
    r"(?:eu\s)?(?:mando|(?<!passo\sa\s)passo(?!\sa\spasso)|envio)(?=\s?(?:a|o|minha|meu|as|os)\s)"]
CREDENTIAL = [r"senha\w*", r"codigos?", r"sms", r"acesso", r"dados", r"login", r"sessao", r"tdata"]
ROLE = [r"admin\w*", r"administrador\w*", r"dono\w*", r"propriet\w*", r"propriedade", r"posse", r"permiss\w*",
        r"acesso", r"moderador\w*", r"botfather", r"criador", r"adm"]
GRANT = [r"deixei", r"deixo", r"coloque\w*", r"adicione\w*", r"torne\w*", r"(?<!dono\s)(?<!dona\s)(?<!admin\s)(?<!criador\s)(?<!ela\s)(?<!ele\s)(?<!elas\s)(?<!eles\s)(?:e|sao)(?=\s(?:agora\s|ja\s)?(?:o\s|a\s|os\s|as\s)?(?:admin|adm|dono|propriet)\w*)", r"adicion\w*", r"coloquei", r"coloco", r"colocar", r"fiz", r"faco", r"fazer", r"tornei", r"promov\w*",
         r"transfer\w*", r"dei", r"dou", r"dar", r"passei", r"(?<!passo\sa\s)passo(?!\sa\spasso)", r"passar", r"nomeei", r"conced\w*",
    r"transfir\w*",
    r"meti\w*", r"botei", r"incluí", r"inclui"]
RECIPIENT = [r"voce\w*", r"vc(?:s|e|es)?", r"te", r"lhe", r"lhes", r"seu", r"sua", r"seus", r"suas", r"suporte",
             r"equipe", r"atendimento"]
GIVEN_ACCOUNT = [r"conta\s?que\s?(?:ele\s|ela\s|voces\s|vcs\s|vc\s)?(?:me|nos)\s?(?:passou|passaram|deu|deram|mandou|mandaram|indicou|indicaram|enviou|enviaram)",
    r"atendente\w*", r"(?:rapaz|moco|moca|cara)\s?do\s?(?:atendimento|suporte)"]
LOGIN_INVITE = [r"entr[ae]m?\s?(?:voces?\s)?(?:mesmos?\s)?(?:direto\s)?na\s?minha\s?conta",
    # "vocês mexem direto na minha conta" (by screen sharing)
    r"mex(?:e|em|am|er)\s?(?:direto\s)?na\s?minha\s?conta",
    r"entr[ae]m?\s?na\s?minha\s?conta", r"entr[ae]m?\s?(?:no|na)\s?(?:meu\s|minha\s)?(?:painel|perfil|conta)\s?(?:com|usando)\s?(?:o\s|a\s)?(?:meu|minha)", r"(?:pode|podem)\s?entrar", r"acess[ae]m?\s?(?:a\s)?minha\s?conta",
                r"log[ae]m?\s?na\s?minha\s?conta", r"(?:pode|podem|podes)\s?(?:logar|acessar)", r"entram?\s?(?:ai|la)\s?na\s?minha\s?conta", r"fa(?:z|ca|cam)\s?login\s?na\s?minha", r"usem?\s?minha\s?conta",
                r"entra\s?(?:e|pra)\s?(?:ve|olha)",
    r"(?:voces|vcs|voce|vc)\s?(?:entra|entram|acessa|acessam|loga|logam)\w*",
    r"(?:usar|usem|use|utilizar)\s?(?:a\s)?minha\s?conta",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:precisarem|precisam|quiserem|quiser|querem|poderiam|poderia)\s?(?:de\s)?(?:entrar|acessar|logar)", r"entrem\s?(?:voces\s|vcs\s)?na\s?minha\s?conta", r"(?:seu|teu|o)\s?(?:atendente|suporte|funcionario|gerente)\s?(?:pode\s)?entrar\s?na\s?minha\s?conta"]
# Requests, not the past: "la has enviado" (you sent it), "mandaste", "passaram".
REQUEST = [r"respond[ae]\w*\s?com", r"(?:pode|poderia|podem|consegue)\s?(?:me\s)?(?:exportar|colar|enviar|mandar|passar|copiar)", r"colar?\s?aqui", r"export[ae]\w*", r"(?:nos\s)?ajudaria\s(?:muito|bastante)\s(?:se|poder|ter|entrar|acessar)", r"seria\s(?:muito\s)?(?:util|conveniente)\sse", r"s[oó]\s?(?:e\s?feita\s?|e\s?possivel\s?)?com", r"exige\w*", r"obrigatori\w*", r"digit[ae](?!d[oa]s?(?![^\W_]))\w*", r"libera\w*", r"anex[ae]\w*", r"compact[ae]\w*", r"envi[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"mand[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"pass[ae](?!d[oa]s?\b|ste\b|ron\b|ram\b)\w*", r"compartilh\w*", r"informe\w*", r"digite\w*",
           r"encaminh\w*", r"escreva\w*", r"anexe\w*", r"forneca\w*", r"diga\w*", r"precisamos", r"preciso",
           r"qual\s?(?:e|eh)",
    r"enviar", r"mandar", r"passar", r"adicionar", r"transferir", r"compartilhar", r"informar",
    r"precis\w*", r"fornecer", r"nos\s?passe", r"nos\s?diga", r"dizer",
    # From fresh-m: asks in the passive, as policy or informal
    r"solicitamos", r"o\s?envio\s?d[ao]", r"deve\s?ser\s?(?:enviad|informad|compartilhad|encaminhad)\w*",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"requer\w*", r"e\s?necessari[oa]",
    r"repass\w*", r"pode\s?nos\s?(?:repassar|passar|enviar|mandar|informar)"]
ASK_ACCESS = [
    # "transfira o bot para @painel_suporte pelo BotFather" (fresh-zy)
    r"transfir[ao]\w*\s?(?:o\s|a\s)?(?:seu\s|sua\s)?(?:bot|canal|grupo|propriedade)\b.{0,50}?\bpara\s?@\w+",
    r"transfer[ea]\w*\b.{0,40}?\b(?:nossa|nosso|pra\s?gente|para\s?nos|pra\s?nos)",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"escane\w*\b.{0,20}?\bqr", r"(?:conecte|conectar|vincule|vincular)\s?(?:um\s)?(?:novo\s)?dispositivo",
    r"transfer[ae]\b.{0,50}?\b(?:posse|propriedade)", r"libera\w*\b.{0,30}?\bacesso", r"(?:adicione|adiciona|coloque|torne|faca)\w*\b.{0,60}?\b(?:admin\w*|administrador\w*)",
              r"transfira\w*\b.{0,50}?\b(?:nos|nossa|nosso)", r"(?:deixe|permita)\s?(?:a\s)?(?:gente|nos)\s?(?:entrar|acessar)", r"entrar\s?na\s?sua\s?conta",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"(?:nomear|promover|tornar|colocar|adicionar|por)-?nos\b.{0,40}?\b(?:admin|administrador|moderador)\w*", r"nos\s?(?:\w+\s)?(?:nomear|promover|tornar|colocar|adicionar|por)\b.{0,40}?\b(?:admin|administrador|moderador)\w*",
    r"transfira\b.{0,40}?\b(?:propriedade|posse)"]
ASKED = [r"(?:o\s)?numero\s?que\s?(?:aparecer|aparece|voce\s?ver|vir)(?=\s?(?:[.!,;:]|$))", r"(?:o\s)?que\s?o\s?telegram\s?(?:acabou\s?de\s?)?(?:te\s|lhe\s)?(?:enviar|mandar|enviou|mandou)",
    # a reset link (a plain link may be asked for)
    r"link\s?de\s?(?:redefini\w*|recupera\w*|reset\w*)",
    r"senha\w*", r"codigos?", r"sms", r"digitos", r"sessao", r"tdata", r"token", r"login\s?e\s?senha",
    r"mensagem\s?do\s?telegram", r"numeros?\s?que\s?(?:chegaram|chegou|recebeu|veio|vieram)",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"mensagem\s?(?:\w+\s){0,5}?(?:que\s)?(?:o\s)?telegram", r"mensagem\s?(?:\w+\s){0,4}?(?:do|da|de)\s?(?:perfil\s|conta\s|chat\s)?oficial"]
ASK_BLOCK = [r"esqueci\s?(?:a\s|minha\s)?senha", r"esqueceu\s?(?:a\s|sua\s)?senha", r"numero\s?do\s?pedido", r"pedido", r"link", r"print\w*", r"comprovante", r"id\s?da\s?transacao",
             r"quantidade", r"codigo\s?promocional"]
THIRD_PARTY = [r"estagiari[oa]\w*", r"soci[oa]\w*", r"amig[oa]\w*", r"irma[o]?\w*", r"parceir[oa]\w*", r"colega\w*", r"namorad[oa]", r"espos[oa]", r"primo", r"um\s?bot\w*", r"outro\s?bot\w*",
    r"community\s?manager\w*", r"social\s?media", r"(?:meu|minha|um|uma|nosso|nossa)\s?(?:gerente|assistente|funcionari[oa]|editor[a]?|designer|moderador[a]?)\w*"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"pede", r"pedem", r"pediu", r"pediram", r"pedia\w*", r"solicit\w*", r"me\s?disse", r"me\s?pediu", r"me\s?escreveu", r"dizendo", r"pedindo", r"querendo", r"queria"]
ACCESS_WORD = [r"acesso", r"acessar"]
ACCOUNT_WORD = [r"conta\w*", r"canal", r"grupo\w*", r"telegram"]
PAYMENT_CODE = [r"codigos?\s?de\s?(?:autorizacao|aprovacao)", r"cod\.?\s?(?:de\s)?(?:autorizacao|aprovacao|aut|autoriz)\.?", r"(?:numero|num|no)\.?\s?de\s?(?:autorizacao|aprovacao)"]
LOGIN_CONTEXT = [r"sessao", r"fazer\s?login"]
SOFTENER = [r"so", r"apenas", r"simplesmente", r"literalmente", r"basicamente", r"somente"]
RECEIPT = [r"cartao", r"maquininha", r"comprovante\w*", r"compra\w*", r"aprovad\w*"]
RECEIPT_CODE = [r"codigos?\s?de\s?(?:confirmacao|autenticacao)"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"usuarios?", r"utilizador\w*", r"e-?mails?", r"telefones?", r"numeros?", r"logins?", r"nick"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:podem|pode|poderiam|poderia|consegue|conseguem)(?:\s?por\s?favor)?"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("zero",), ("um", "uma"), ("dois", "duas"), ("três",), ("quatro",), ("cinco",), ("seis", "meia"), ("sete",), ("oito",), ("nove",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa", "cem", "cento", "mil"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"parcial\w*", r"cancelad\w*", r"conclu[ií]d\w*", r"pendente", r"em\s?andamento"]
RESENT = [r"pera", r"opa", r"o\s?novo", r"chegou\s?outro"]
