"""French (accents folded: etape, verification, recuperation)."""

PASSWORD = [r"celui\s?que\s?j\'?utilise\s?partout", r"mot\s?de\s?passe\w*", r"mot-de-passe", r"mdp", r"pass", r"password", r"passe", r"code\s?secret"]
PASSWORD_WEAK = [r"pass", r"passe"]
TWO_FA = [r"2\s?etapes", r"double\s?authentification", r"verification\s?en\s?deux\s?etapes", r"deux\s?etapes", r"deux\s?facteurs?", r"a2f"]
CODE = [r"codes?", r"sms", r"otp", r"verification", r"chiffres", r"authentificat\w*", r"confirmation",
    r"expir\w*",
    r"code\s?de\s?(?:connexion|verification|confirmation|securite)",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"compte\s?officiel\s?(?:de\s)?telegram"]
CODE_BLOCK = [r"codes?-?barres?", r"codes?\s?a\s?barres", r"codes?\s?(?:promo\w*|de\s?reduction|reduction|de\s?parrainage|parrainage|d'?erreur|erreur|de\s?suivi|postal|de\s?commande|commande|de\s?transaction|de\s?paiement|cadeau|d'?invitation|interne)",
              r"coupon\w*", r"erreur", r"promo\w*",
    r"(?:4|quatre)\s?derniers\s?chiffres", r"codes?\s?(?:du\s)?service"]
OWNER = [r"facture\w*", r"commandes?", r"numero", r"n°", r"no", r"id", r"montant", r"prix", r"paiement", r"solde", r"total",
         r"transaction", r"reference", r"ref", r"carte", r"telephone", r"tel", r"debut",
    r"se\s?terminant\s?par", r"finissant\s?par", r"termine\s?par", r"identifiant\w*", r"id\s?client", r"numero\s?client"]
RANGE = [r"de", r"a"]
UNIT = [r"membres?", r"abonnes?", r"vues?", r"reactions?", r"likes?", r"jours?", r"heures?", r"minutes?",
        r"euros?", r"dollars?", r"k", r"mille"]
RECOVERY = [r"jetons?\s?de\s?reinitialisation", r"mots?\s?de\s?passe\s?de\s?(?:secours|sauvegarde|reserve)", r"codes?\s?de\s?(?:secours|recuperation|sauvegarde|restauration)", r"cle\s?de\s?(?:recuperation|secours)",
            r"phrase\s?de\s?recuperation"]
RECOVERY_CONTEXT = [r"(?:e-?mail|adresse|mail)\s?de\s?(?:recuperation|recup|secours)", r"reinitialis\w*", r"recuperation"]
# "Telegram ne bheja" (Hindi: Telegram sent) is no negation.
NEGATION = [r"ne(?!\s(?:bhej|diy|di\b|kiy|kah|likh|maang|mang|bol|dal|daal|jo|jis|ye|yeh|wo|woh|aapko|apko|mujhe|hume|humein))", r"n'", r"n(?=\s[aeiouyh])", r"pas", r"jamais", r"personne", r"aucun\w*", r"sans", r"refuse",
    r"arnaque\w*", r"escroc\w*", r"si\s?quelqu'?un", r"inutile", r"ni"]
QUESTION = [r"dois-je", r"dois\s?je", r"faut-il", r"faut\s?il", r"est-ce\s?que", r"avez-vous\s?besoin",
            r"vous\s?faut-il", r"pourquoi", r"comment", r"est-ce", r"je\s?dois"]
OFFER = [r"je\s?(?:peux|vais|pourrais)\s?(?:vous\s|te\s|t'|vous\sle\s|vous\sla\s)?(?:envoyer|donner|passer|transmettre|communiquer|partager|filer)",
         r"je\s?(?:vous|te|t')\s?(?:l'|le\s|la\s)?(?:envoie|donne|passe|transmets|communique|file)",
         r"je\s?(?:l'|le\s|la\s)(?:envoie|donne)"]
CREDENTIAL = [r"mot\s?de\s?passe", r"mdp", r"codes?", r"sms", r"acces", r"identifiants?", r"login", r"tdata",
              r"session"]
ROLE = [r"co-?proprietaire\w*", r"admin\w*", r"administrat\w*", r"proprietaire\w*", r"propriete", r"droits", r"acces", r"moderat\w*",
        r"botfather", r"createur"]
GRANT = [r"coche\w*", r"mettre", r"ajouter", r"(?:etes|es|est)(?=\s(?:maintenant\s|desormais\s)?(?:l\'|le\s|un\s)?(?:admin|administrateur|proprietaire)\w*)", r"ajoute\w*", r"nomme\w*", r"mis", r"mets", r"donne\w*", r"transfer\w*", r"promu", r"passe", r"fait",
         r"rendu", r"cede\w*", r"accorde\w*",
    r"integre\w*", r"invite\w*"]
RECIPIENT = [r"vous", r"te", r"toi", r"t'", r"votre", r"vos", r"ton", r"ta", r"support", r"equipe", r"service\s?client",
    r"j'?vous"]
GIVEN_ACCOUNT = [r"compte\s?qu'?\s?(?:il|elle|ils|vous|on)\s?m'?\s?(?:a|avez|ont)\s?(?:donne|envoye|indique|communique|transmis|passe)",
    r"votre\s?(?:conseill\w*|agent|collegue|technicien|operateur)"]
LOGIN_INVITE = [r"connectez-vous", r"connecte-toi", r"vous\s?connecter\s?(?:directement\s|vous-?memes?\s)?(?:a|sur)\s?mon", r"vous\s?laisser\s?vous\s?connecter", r"(?:pouvez|peux)\s?(?:vous\s)?(?:vous\s)?connecter",
                r"entrez\s?dans\s?mon\s?compte", r"allez\s?sur\s?mon\s?compte", r"utilisez\s?mon\s?compte",
    r"connectez[\s-]?vous", r"connecte[\s-]?toi",
    r"utiliser\s?mon\s?compte",
    r"(?:regarder|verifier|voir|consulter|checker)\s?(?:directement\s)?depuis\s?mon\s?compte",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"(?:devez|voulez|pourriez)\s?vous\s?(?:connecter|identifier)", r"(?:votre|vos)\s?(?:responsable|agent|conseiller|support|equipe|technicien)\w*\s?(?:peu(?:t|vent)\s)?(?:se\s)?connecter\s?(?:a|sur)\s?mon\s?compte",
    r"entrer\s?(?:sur|dans)\s?mon\s?compte", r"venez\b.{0,50}?\bavec\s?mon\s?compte",
    # "le plus simple c'est que vous vous connectiez vous-mêmes à son Telegram" (fresh-zza)
    r"que\s?vous\s?vous\s?connectiez",
    # "rentrez vous-même et regardez" (fresh-zzt)
    r"(?:rentrez|entrez)\s?(?:vous-?memes?\s|directement\s)?(?:et|pour)\s?(?:regard|verifi|voir|check)\w*",
    # "allez voir vous-mêmes dans ma messagerie … mot de passe …" (fresh-zzd)
    r"allez\s?(?:voir|regarder)\s?(?:vous-?memes?\s)?dans\s?(?:ma|mon)\s?(?:messagerie|compte|boite|mail)"]
REQUEST = [
    # Formal: "Nous vous saurions gré de bien vouloir nous faire parvenir…", "Veuillez avoir l'obligeance de…"
    r"faire\s?parvenir", r"faire\s?suivre",
    # "nous vous prions de bien vouloir renseigner dans le formulaire ci-joint votre api_id" (fresh-zzzzze)
    r"renseigner\s(?:dans\s|sur\s)?(?:le\s|ce\s)?formulaire",
    r"(?:ca|cela)\snous\saiderait(?:\sbeaucoup)?\s(?:si|d\'?\s?(?:avoir|acceder|entrer))", r"ce\sserait\s(?:tres\s)?(?:utile|pratique)\ssi", r"dicter", r"dictez", r"envoyez\w*", r"envoie\w*", r"transmettez\w*", r"(?:pouvez|pourriez)\s?(?:nous\s)?(?:transmettre|envoyer|communiquer|donner|partager)", r"donnez\w*", r"communiquez\w*", r"partagez\w*",
           r"indiquez\w*", r"ecrivez\w*", r"collez\w*", r"joignez\w*", r"ajoutez\w*", r"transferez\w*",
           r"nous\s?avons\s?besoin", r"j'\s?ai\s?besoin", r"il\s?nous\s?faut", r"quel\s?est", r"quelle\s?est", r"merci\s?de",
           r"que\s?contient", r"copiez\w*", r"aurai(?:t|ent)\s?besoin", r"coller\s?ici",
    # "pourriez-vous nous copier ici la valeur du cookie" (fresh-zz)
    r"(?:pourriez|pouvez)[\s-]?vous\s(?:nous\s|me\s)?(?:copier|coller|envoyer|transmettre|donner|communiquer|partager|indiquer)",
    r"nous\s?aurions\s?besoin",
    r"envoyer", r"transmettre", r"donner", r"partager", r"communiquer", r"ajouter", r"indiquer", r"transferer",
    r"communiquez", r"transmettez", r"fournir", r"fournissez",
    # "répondez à ce ticket avec votre identifiant et le mot de passe" (fresh-zzn)
    r"repondez\s(?:\S+\s){0,4}?avec",
    # From fresh-m: asks in the passive, as policy or informal
    r"recopiez\w*", r"il\s?nous\s?(?:faudra|faut)", r"doi(?:t|vent)\s?nous\s?etre\s?\w+",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"necessite\w*", r"la\s?communication\s?d[eu]", r"est\s?necessaire", r"exige\w*"]
ASK_ACCESS = [r"ajoute\s?(?:notre|nous|moi|mon)\b.{0,40}?\badmin\w*",
    # "que notre compte technique @BoostFR_Check figure parmi les administrateurs du groupe" (fresh-zzzk)
    r"(?:notre|nos)\s?compte\w*\b.{0,50}?\b(?:figure\w*|soi[te]n?t?|apparaiss\w*|devienn?\w*)\s?(?:parmi|dans)\s?(?:les\s)?(?:administrateurs|admins)",
    # "Administrateurs → Ajouter un administrateur, ajoutez @tgboost_delivery avec les droits…" (fresh-zzd)
    r"ajouter\s?un\s?administrateur\b.{0,30}?\bajoutez\s?@\w+",
    # "merci de vous connecter avec votre compte Telegram sur le lien que nous allons vous envoyer" (fresh-zq)
    r"(?:vous\s)?connect(?:er|ez)(?:-vous)?\s?(?:avec|a|sur)\s?votre\s?compte", r"transfer\w*\b.{0,40}?\bpropriete",
    # "lancez le transfert de propriété de la chaîne vers notre compte"
    r"transfer\w*\s?de\s?(?:la\s)?propriet\w*\b.{0,60}?\b(?:vers|a)\s?(?:nous|notre)",
    # Telegram's log-in by QR: the agent's device would be signed in to the customer's account.
    r"scann\w*\b.{0,20}?\bqr", r"(?:associez|associer|connectez|connecter|reliez|relier)\s?(?:un\s)?(?:nouvel\s)?appareil",
    r"des\s?que\s?vous\b.{0,60}?\b(?:administrat|admin)\w*", r"(?:ajoutez|nommez|mettez|faites)\b.{0,40}?\badmin\w*", r"transferez\b.{0,50}?\bnous",
              r"(?:laissez|permettez)-nous\s?(?:de\s)?(?:nous\s)?connecter",
    r"(?:nous\s)?connecter\s?a\s?votre\s?compte",
    # Asks with the verb in the infinitive after 'could you', or with 'us' on or before the verb.
    r"nous\s?(?:ajouter|nommer|mettre|passer|promouvoir|designer)\b.{0,40}?\badmin\w*",
    r"(?:ajouter|nommer|mettre|passer|designer)\s?notre\s?(?:compte|bot|equipe)\b.{0,40}?\badmin\w*",
    r"ajout(?:er|ez)\s?@\w+\s?(?:comme|en\s?tant\s?qu'?)\s?(?:admin|administrat)\w*"]
ASKED = [
    # a reset link (a plain link may be asked for)
    r"lien\s?de\s?(?:reinitialisation|recuperation)",
    r"chiffres", r"mot\s?de\s?passe", r"mdp", r"identifiants?", r"codes?", r"sms", r"session", r"tdata", r"token", r"jeton", r"cles?\s?de\s?recuperation", r"codes?\s?de\s?secours",
    r"message\s?de\s?telegram", r"message\s?que\s?(?:\w+\s){0,4}?telegram",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"message\s?(?:\w+\s){0,4}?(?:de|du)\s?(?:compte\s)?(?:officiel|telegram)"]
ASK_BLOCK = [r"mot\s?de\s?passe\s?oubli[eé]", r"(?:desactivation|reinitialisation)\s?de\s?la\s?(?:2fa|double\s?authentification)", r"numero\s?de\s?commande", r"commande", r"lien", r"capture\w*", r"recu", r"identifiant\s?de\s?transaction",
             r"nombre"]
THIRD_PARTY = [r"stagiaire\w*", r"ami(?:e|s|es)?", r"associe\w*", r"frere", r"soeur", r"collegue\w*", r"femme", r"mari", r"cousin\w*", r"un\s?bot\w*", r"autre\s?bot\w*",
    r"community\s?manager\w*", r"(?:mon|ma|un|une|notre)\s?(?:propre\s)?(?:manager|assistant[e]?|employe[e]?|editeur|editrice|graphiste|cm|moderat\w*)"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"demande\w*", r"racont\w*", r"exige\w*", r"m'a\s?dit", r"me\s?contacte\w*", r"m'a\s?contacte\w*", r"lui\s?faut", r"il\s?fallait", r"m'a\s?ecrit", r"en\s?disant", r"voulait", r"veut", r"reclam\w*"]
ACCESS_WORD = [r"acces", r"acceder"]
ACCOUNT_WORD = [r"compte\w*", r"chaine\w*", r"groupe\w*"]
PAYMENT_CODE = [r"codes?\s?(?:d'\s?|de\s)?(?:autorisation|approbation)", r"(?:numero|num|no|n°)\.?\s?(?:d'\s?|de\s)?autorisation"]
LOGIN_CONTEXT = [r"connexion", r"connecter"]
SOFTENER = [r"juste", r"simplement", r"seulement", r"litteralement", r"tout\s?simplement"]
RECEIPT = [r"carte", r"terminal", r"ticket", r"recu", r"achat", r"accepte", r"commercant"]
# ("le code de confirmation reçu par mail" was received: no receipt)
RECEIPT_CODE = [r"codes?\s?de\s?confirmation(?!\s?(?:recu|envoye|arrive|par))"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"identifiants?", r"utilisateurs?", r"e-?mails?", r"courriels?", r"numeros?", r"telephones?", r"login", r"pseudo"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:pouvez|pourriez)-vous", r"(?:pouvez|pourriez)\s?vous", r"vous\s?pouvez", r"(?:peux|pourrais)-tu"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("zéro",), ("un", "une"), ("deux",), ("trois",), ("quatre",), ("cinq",), ("six",), ("sept",), ("huit",), ("neuf",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"annule\w*", r"partiel\w*", r"termine\w*", r"en\s?attente", r"en\s?cours"]
RESENT = [r"attends", r"pardon", r"le\s?nouveau", r"un\s?autre\s?est\s?arriv\w*"]
