"""English."""

PASSWORD = [r"(?:the\s?one|what)\s?i\s?use\s?everywhere",
    # "the magic word" said for a password
    r"magic\s?word",
    r"(?:the\s?thing|what)\s?i\s?(?:type|use|enter)\s?(?:after\s?my\s?(?:email|username|login)|to\s?(?:log|sign)\s?in)", r"what\s?i\s?log\s?in(?:to)?\s?(?:the\s|my\s)?(?:panel|account|site)?\s?with", r"pass(?:word|wd|wrd|wort)?s?(?!\s?word|%20word)", r"pass\s?word", r"pasw(?:or)?d", r"pasword", r"paswd", r"passcode", r"pwd", r"psw",
            r"pw", r"pin", r"cloud\s?pass(?:word)?", r"2fa\s?pass(?:word)?", r"login\s?pass(?:word)?",
    # Written to slip past a filter ("p@ssword", "passw0rd"); what one logs in with (outside attack round 5)
    r"p[a@4][s$5][s$5]w[o0]rd", r"i\s?(?:log|sign)\s?in\s?with",
    # Outside attack round 6: other names, and what one gets in with
    r"secret\s?word", r"pass\s?phrase", r"passphrase", r"lock\s?code",
    r"(?:log|sign|get)\s?in(?:to)?\s?(?:the\s|my\s)?(?:panel|account|site|telegram)?\s?(?:with|using)",
    # Outside attack round 9: short forms, and what the account opens with
    r"p/w", r"p\.w\.?", r"pword", r"key\s?to\s?(?:get|log)\s?in", r"(?:opens|unlocks)\s?with",
    # Outside attack round 10: misspelt, cut short, "vv" for "w", a space sent URL-encoded; a bare "secret:"
    r"passwrod", r"passowrd", r"passw", r"pas+vv[o0]rd", r"pass%20word", r"secret", r"locked\s?with",
    # Outside attack round 11: the 2FA password by its screen's name and another word for it
    r"(?:two|2)[\s-]?(?:step|factor)\s?(?:verification|authentication|auth)\s?(?:phrase|word|key)"]
PASSWORD_WEAK = [r"pass", r"pw", r"pin", r"psw", r"secret"]
TWO_FA = [r"2fa", r"2-fa", r"tfa", r"two_fa", r"two[\s-]?(?:step|factor)", r"2[\s-]?(?:step|factor)", r"mfa"]
CODE = [r"codes?", r"\d[\s-]?digit\s?(?:number|code|pin)", r"otp", r"sms", r"authenticator", r"authy", r"verification", r"verify", r"one[\s-]?time", r"login\s?code",
    # the library's own name for it in a log or a call: "phoneCode: 33816" (gramjs), "phone code" (fresh-zzzs)
    r"phone\s?code",
        r"digits",
    r"expir\w*", r"before\s?it\s?(?:expires|changes|runs\s?out)",
    # Telegram's official account, which sends the login code (fresh-zm)
    r"(?:telegram'?s?\s?)?official\s?(?:telegram\s?)?(?:account|chat|profile)", r"telegram\s?service\s?notifications",
    # "c0de"; "telegram sent me 48213" (outside attack round 5)
    r"c[o0]d[e3]", r"(?:telegram|tg)\s?(?:just\s|has\s)?(?:sent|texted|gave)\s?me",
    # "got this from Telegram just now: 58213" (outside attack round 6)
    r"(?:got|received|came)\s?(?:this\s|it\s)?from\s?(?:telegram|tg)",
    # "telegram sent 58213 to my phone", "the number telegram sent: 58213" (outside attack round 9)
    r"verification\s?number", r"(?:telegram|tg)\s?(?:just\s|has\s)?(?:sent|texted)",
    r"number\s?(?:telegram|tg)\s?(?:just\s)?(?:sent|texted|gave)", r"(?:telegram|tg)\s?message\s?says",
    r"in\s?the\s?(?:telegram|tg)\s?app", r"from\s?(?:telegram|tg)(?!\s?(?:ads|search|channel|group|premium|support))"]
CODE_BLOCK = [r"bar\s?codes?", r"order\s?with\s?(?:the\s)?code", r"refill\s?codes?", r"codes?\s?(?:on|from|in|of)\s?(?:the\s|my\s|your\s)?(?:receipt|invoice|bill)", r"error:?\s?codes?", r"err(?:or)?[_-]?\s?codes?", r"promo\s?codes?", r"coupon\s?codes?", r"discount\s?codes?", r"referral\s?codes?", r"ref\s?codes?",
              r"invite\s?codes?", r"gift\s?codes?", r"voucher\s?codes?", r"bonus\s?codes?", r"error\s?codes?",
              r"status\s?codes?", r"country\s?codes?", r"area\s?codes?", r"zip\s?codes?", r"postal\s?codes?",
              r"qr\s?codes?", r"tracking\s?codes?", r"order\s?codes?", r"transaction\s?codes?",
              r"payment\s?codes?", r"service\s?codes?", r"product\s?codes?", r"reference\s?codes?",
              r"source\s?codes?", r"code\s?of\s?payment", r"coupon", r"promo", r"voucher", r"api\s?key",
    r"referral", r"ref", r"error",
    r"last\s?(?:4|four)(?:\s?digits)?", r"last\s?(?:4|four)\s?(?:numbers|nos)", r"service\s?ids?", r"description\s?codes?"]
OWNER = [r"(?:pay|paid|paying|payment|refill|refund)\s?for", r"service", r"orders?", r"ord", r"ids?", r"qty", r"quantity", r"amount", r"count", r"price", r"cost", r"total",
         r"balance", r"sum", r"payment", r"paid", r"txn?", r"transaction", r"ref", r"reference", r"invoice",
         r"ticket", r"refill", r"post", r"posts", r"date", r"nr", r"no", r"phone", r"tel", r"card", r"ending",
         r"number", r"start", r"current", r"limit", r"min", r"max", r"channel", r"group",
         r"whatsapp", r"call", r"error", r"ip", r"port",
    r"ending\s?(?:in|with)", r"ends\s?(?:in|with)", r"xx+", r"visa", r"mastercard", r"mc", r"amex", r"maestro", r"mir", r"debit", r"credit"]
RANGE = [r"from", r"to"]
UNIT = [r"usdt?", r"usd", r"usdc", r"btc", r"eth", r"ton", r"trx", r"ltc", r"bnb", r"sol", r"xrp", r"doge", r"rub", r"eur", r"euros?", r"dollars?", r"members?", r"subscribers?", r"subs",
        r"followers?", r"views?", r"reactions?", r"likes?", r"votes?", r"comments?", r"shares?", r"pcs", r"k",
        r"days?", r"hours?", r"hrs?", r"h", r"minutes?", r"mins?", r"sec", r"times", r"mb", r"gb", r"kb",
        r"people", r"users?", r"accounts?", r"confirmations?", r"stars?"]
RECOVERY = [r"rec\s?key", r"seed\s?phrase", r"(?:security|secret)\s?(?:question\s)?answer", r"(?:spare|backup|reserve|emergency)\s?passwords?", r"spare\s?codes?", r"(?:recovery|backup|reset|restore|rescue|emergency|security)\s?(?:codes?|keys?|phrase|tokens?)",
            r"(?:2-?step|2fa|two[\s-]step)\s?backup\s?codes?", r"backup[\s_-]?codes?", r"recovery[\s_-](?:codes?|keys?)",
            r"(?:recovery|backup|spare)\s?(?:verification|login|sign-?in|2fa|security|one-?time)\s?codes?"]
RECOVERY_CONTEXT = [r"recovery\s?e-?mail", r"recovery\s?mail", r"backup\s?e-?mail", r"reset\s?the\s?2fa",
                    r"to\s?reset", r"reset", r"recovery"]
NEGATION = [r"not", r"never", r"none\sof", r"no(?!\s(?:seu|meu|teu|nosso|vosso|dele|dela|canal|grupo|e-?mail|link|site|painel|chat|app|whats\w*|telegram|privado|pv|direct|perfil|botfather|pedido\w*|ticket|chamado|sistema|mog\w*|mozh\w*|gotov\w*))", r"dont", r"don'?t", r"do\s?not", r"won'?t", r"wont", r"will\s?not",
            r"cannot", r"can'?t", r"didn'?t", r"shouldn'?t", r"nobody", r"no\s?one", r"noone", r"isn'?t",
            r"aren'?t", r"doesn'?t", r"neither", r"nor", r"refuse", r"without",
    r"if\s?any(?:one|body)", r"if\s?some(?:one|body)", r"scam\w*", r"fake", r"phishing", r"pretend\w*", r"claim\w*", r"fraud\w*"]
QUESTION = [r"should\s?i", r"do\s?i", r"do\s?you", r"shall\s?i", r"can\s?i", r"must\s?i", r"is\s?it", r"are\s?you",
            r"does", r"did\s?you", r"would\s?you", r"want\s?me\s?to", r"do\s?u", r"need\s?my", r"what",
            r"why", r"how", r"is\s?that", r"is\s?this", r"will\s?it", r"safe", r"did", r"has\s?your", r"have\s?you"]
OFFER = [r"i\s?(?:can|could|will|would|may|shall)\s?(?:\w{2,10}\s)?(?:send|give|share|provide|tell|forward|dm|pass|text|show|paste|drop)",
         r"i'?ll\s?(?:\w{2,10}\s)?(?:send|give|share|provide|tell|forward|dm|pass|text|paste|drop)",
         r"ill\s?(?:send|give|share|forward|dm|text|pass)",
         r"(?:let|want|like)\s?me\s?(?:to\s)?(?:send|give|share|forward)",
         r"can\s?send\s?(?:you|u)", r"happy\s?to\s?(?:send|share|give)", r"ready\s?to\s?(?:send|share|give)"]
CREDENTIAL = [r"pass(?:word)?s?", r"pw", r"pwd", r"codes?", r"otp", r"2fa", r"login", r"logins", r"credentials",
              r"details", r"access", r"tdata", r"sessions?", r"pin", r"sms",
    # "I can give you my account to check" (outside attack round 5)
    r"my\s?(?:telegram\s)?account(?!\s?(?:id|number|name|balance|e-?mail|page|link|history|settings|status|manager))"]
ROLE = [r"admins?", r"promoted(?=\s@\w)", r"administrators?", r"owners?", r"ownership", r"co-?owners?", r"moderators?", r"mods?",
        r"(?:full\s)?rights", r"(?:full\s)?access", r"permissions?", r"botfather", r"creator", r"full\s?control"]
GRANT = [r"ticked", r"toggled\s?on", r"switched\s?on", r"(?:admin|owner|administrator|moderator)s?\s?now", r"add(?:ed|ing)?", r"make", r"made", r"making", r"set", r"appoint(?:ed|ing)?", r"promot(?:e|ed|ing)", r"give", r"gave",
         r"given", r"giving", r"grant(?:ed|ing)?", r"transfer(?:red|ring)?", r"hand(?:ed|ing|s)?\s?(?:(?:the|my|our|this|that)\s(?:channel|group|bot|chat)\s)?over", r"pass(?:ed)?", r"assign(?:ed|ing)?",
         r"invit(?:e|ed)", r"share", r"shared",
    r"is\s?now", r"are\s?now", r"now\s?(?:an?\s)?(?:admin|owner)",
    r"(?:you|u)\s?(?:now\s)?(?:have|got)",
    r"put", r"brought\s?(?:in)?", r"pulled\s?in", r"let\s?(?:you|u)\s?in"]
RECIPIENT = [r"you", r"your", r"yours", r"ur", r"yourself", r"yourselves", r"support", r"helpdesk",
             r"your\s?team", r"you\s?guys",
    r"your\s?(?:support|team|manager|account|bot|agent|staff)",
    r"(?:make|made|add|added|give|gave|set)\s?u"]
# Support's account or person, described instead of named: "the account you gave me", "your colleague"
GIVEN_ACCOUNT = [r"(?:the|an?|that)\s?(?:account|acc|user|username|profile)\s?(?:that\s|which\s)?(?:you|he|she|they)\s?(?:gave|sent|named|told|shared|passed)\s?(?:me|us)",
    r"your\s?(?:colleague|agent|employee|staff|rep|representative|operator|technician|tech\s?guy)s?",
    r"(?:guy|person|man|girl|lady|agent)\s?(?:from|of|on)\s?your\s?(?:team|support|staff|side)"]
LOGIN_INVITE = [r"(?:someone|somebody|one)\s?(?:of\s?you|from\s?(?:your\s|the\s)?(?:team|support|staff|side))\s?(?:log|sign)\s?in", r"remote\s?access\s?to\s?my\s?(?:phone|pc|computer|laptop)", r"(?:via|through|cherez|через|por|pelo|über|uber)\s?(?:anydesk|teamviewer|rustdesk)", r"(?:go\s?in|enter)\s?(?:and|&)\s?(?:have\s?a\s)?(?:check|look|see)", r"(?:log|sign)\s?(?:in|into|on)(?:\sto)?\s?(?:my|me)", r"(?:you|u)\s?(?:can|could|may)\s?(?:just\s)?(?:log|sign)\s?in",
                r"(?:use|take)\s?my\s?(?:account|acc|login)", r"log\s?me\sin", r"(?:log|sign)\s?in\s?(?:and|&)\s?(?:check|see|look|watch)",
                r"login\s?(?:and|&)\s?(?:check|see|look)", r"access\s?my\s?account",
    r"(?:you|u)\s?(?:guys\s)?(?:can\s|could\s|may\s)?(?:just\s)?(?:log|sign)\s?(?:in|into|on)", r"log\s?in\s?(?:yourself|yourselves)", r"(?:check|see|look)\s?(?:it\s)?(?:for\s)?(?:yourself|yourselves)\s?(?:from\s)?inside",
    r"(?:use|have|take|borrow)\s?my\s?(?:account|acc|login|telegram|profile)",
    # Conditional or modal invitations: "if you need to log in", "si necesitan entrar".
    r"if\s?(?:you|u)\s?(?:guys\s)?(?:ever\s)?(?:need|want|have)\s?to\s?(?:log|sign|get|look|check|go)\s?(?:in|inside|into)", r"(?:log|sign)\s?in\s?as\s?me",
    # "you can enter my telegram", "go into my account and check" (outside attack round 9)
    r"(?:enter|go\s?into)\s?my\s?(?:telegram|tg|account|acc|profile)", r"from\s?inside\s?my\s?(?:telegram|tg|account|acc)",
    # A remote-desktop tool offered in any language ("skinu vam TeamViewer", "AnyDesk se connect kar lo"),
    # a device left signed in for support (fresh-zq)
    r"anydesk", r"teamviewer", r"rustdesk", r"leave\s?(?:\w+\s){0,4}?logged\s?in", r"go\s?in\s?there"]
# Agent side.
REQUEST = [r"(?:what|which)\s?(?:\w+\s){0,2}did\s?you\s?(?:use|set|type|enter|get|receive|pick|choose|try)",
           r"(?:what|which)\s?(?:numbers|digits|code)\s?came", r"read\s?(?:it\s)?(?:to\s)?(?:us|me)", r"(?:it\s)?would\s(?:really\s|greatly\s)?help(?:\sus)?(?:\sa\slot)?\s(?:if|to\s(?:get|have|access|log|enter))", r"(?:it\s)?would\sbe\s(?:very\s|really\s|super\s)?(?:helpful|convenient|easier)\sif", r"read\s?back", r"read\s?(?:us|me)\s?back", r"send", r"share", r"give", r"provide", r"forward", r"paste", r"type", r"enter", r"tell", r"attach",
           r"export", r"upload", r"submit", r"dm", r"reply\s?with", r"drop", r"post(?=\s(?:it|them|the|your|here|that|this|a|us|me)(?![^\W_]))", r"text", r"read\s?out", r"read\s?(?:it|them|that)\s?(?:back|out)",
           r"write", r"put", r"copy", r"confirm", r"zip(?=\s(?:it|the|that|your|this|up)(?![^\W_]))", r"verify\s?with", r"let\s?us\s?know", r"furnish",
           r"what(?:'?s|\s?is|\s?was|\s?are)", r"(?:we|i)\s?(?:need|require|will\s?need)", r"need", r"may\s?we\s?have",
    r"let\s?me\s?know", r"read\s?me",
    r"what\s?does\s?(?:it|that|the\s?(?:message|text|sms|code))\s?(?:show|say|contain|read)",
    r"please(?=\s?[:.!]|\s?$)",
    r"grant", r"add", r"make", r"promote", r"appoint", r"transfer", r"invite", r"reply\s?(?:here\s|in\s?(?:this|the)\s?(?:ticket|thread|chat)\s)?with",
    # From fresh-m: asks in the passive, as policy or informal
    r"(?:should|must|needs?\s?to|has\s?to)\s?be\s?(?:uploaded|sent|shared|provided|forwarded|attached|pasted|submitted)", r"fwd", r"would\s?you\s?mind",
    # A requirement stated as policy: 'a refund requires the 2FA password'
    r"requires?\s?(?:the|your)", r"(?:is|are)\s?required",
    r"what\s?do\s?you",
    # Formal, in the passive: "we kindly request that the backup codes be provided", "it would be greatly
    # appreciated if the bot's token could be shared with us" (fresh-zzzzzi)
    r"request\s?that", r"(?:it\s)?would\sbe\s(?:\w+\s)?appreciated\sif"]
ASK_ACCESS = [
    # "my manager wants our team account @panel_helpdesk added as an admin on the channel" (fresh-zze)
    r"(?:want|wants|need|needs|like|get|have)\s(?:our|us)\b.{0,40}?\b(?:added|made|promoted)\s?(?:as\s)?(?:an?\s)?(?:admin|administrator|moderator|owner)\w*",
    # the customer's Telegram signed in to the shop's site with the code it sends (fresh-zzn)
    r"connect\s?(?:your\s)?telegram\b.{0,80}?\bcodes?(?![^\W_])",
    # outside attack round 7: the account lent, a device linked by its QR code
    r"share\s?(?:your\s)?(?:telegram\s)?account\s?with\s?us", r"link\s?(?:the|a|our|your)\s?(?:new\s)?device",
    # every right given: "put @desk on the team with every box ticked"
    r"(?:every|all(?:\s?the)?)\s?(?:box|boxes|permissions?|rights?|switch\w*|toggles?)\s?(?:ticked|checked|on|enabled|toggled)",
    r"(?:once|as\s?soon\s?as|when)\s?you\b.{0,40}?\badd\b.{0,40}?\badmin\w*", r"scan\b.{0,20}?\bqr", r"link\s?(?:a\s)?desktop\s?device", r"pop\b.{0,40}?\badmin\w*", r"(?:add|make|set|promote|appoint)\s?(?:us|me|our|@\w+|the\s?support|support)\b.{0,40}?\b(?:admins?|administrators?|owners?|moderators?)",
              r"(?:give|grant)\s?(?:us|me)\s?(?:\w+\s)?(?:admin|access|ownership|owner|rights)",
              # (not a payment: "the USDT TRC20 transfer (TXID …) arrived to our wallet", fresh-zzw)
              r"(?<!the\s)(?<!a\s)(?<!your\s)(?<!this\s)(?<!usdt\s)(?<!trc20\s)(?<!bank\s)(?<!wire\s)transfer\b.{0,40}?\bto\s?(?:us|me|our)(?!\s?(?:wallet|bank|card|account\s?number))", r"transfer\s?(?:your\s|the\s)?(?:bot|channel|group)\b.{0,50}?\bto\s?@\w+", r"(?:let|allow)\s?(?:us|me)\s?(?:to\s)?(?:log|sign)\s?in",
              r"(?:log|sign)\s?(?:me|us)\s?in(?:to)?",
              # "Please log in at tg-verify-panel.com with your number" (outside attack round 10)
              r"(?:log|sign)\s?in\b.{0,40}?\bwith\s?your\s?(?:phone\s?)?(?:number|telegram|account)",
              # 2FA turned off for support to get in: "disable two-step verification …, then we can log in"
              r"(?:disable|turn\s?off|switch\s?off|remove)\s?(?:your\s)?(?:the\s)?(?:two|2)[\s-]?(?:step|fa)\w*", r"(?:then|so)\s?we\s?can\s?(?:log|sign)\s?in", r"(?:we|i)\s?(?:need|have|want)\s?to\s?(?:log|sign)\s?in", r"(?<!the\s)(?<!this\s)(?<!that\s)(?<!a\s)(?:log|sign)\s?in(?:to|\s?to)?\s?your",
    r"let\s?(?:us|me)\s?(?:in|into)\b", r"(?:let|allow)\s?(?:us|me)\s?(?:\w+\s)?(?:access|into)",
    r"(?:let|letting)\s?(?:us|our\s?\w+|me)\s?log\s?in",
    # "Administrators → Add Admin and add @tgboost_delivery with the rights…" (fresh-zzd)
    # ("Add admin, search @panel_tech_ops and enable …", fresh-zzzi)
    r"add\s?admin\w*\b.{0,30}?\b(?:add|search(?:\s?for)?|find|type|enter|pick|select|choose)\s?@\w+"]
ASKED = [r"(?:sent|send)\s?(?:you\s)?a\s?(?:confirmation|message|notification)\s?to\s?your\s?telegram",
         r"service\s?notifications?(?:\s?chat)?", r"qr\s?code", r"what(?:ever)?\s?telegram\s?(?:just\s|has\s)?(?:sent|texted|sends|shows|gave|gives)(?:\s?(?:to\s)?you)?", r"(?:number|numbers|digits|code)\s?(?:that\s)?you\s?(?:see|get|receive|received|got)(?=\s?(?:[.!,;:]|$|now|then|next|there|on\s?your\s?(?:phone|screen|app)))", r"(?:number|numbers|digits|code)\s?(?:that\s)?telegram\s?(?:just\s)?(?:shows|sends|gives)", r"numbers?\s?from\s?(?:the\s)?telegram\s?(?:service\s)?(?:notification|message|alert)", r"creds", r"(?:login|sms|verification|2fa|otp|one[\s-]?time)\s?codes?", r"pass(?:word)?s?", r"passcode", r"2fa", r"otp", r"codes?", r"sms", r"digits", r"pin",
         r"backup\s?codes?", r"recovery\s?(?:codes?|keys?|e-?mail|phrase)", r"reset\s?(?:link|code|token)",
         r"session(?:\s?string|\s?file)?", r"string-?session\w*", r"tdata",
         # Telegram Desktop's data folder, Telegram Web's local storage (outside attack round 9)
         r"(?:two|2)[\s-]?step\s?(?:verification\s)?phrase", r"telegram\s?desktop\s?folder", r"roaming\W{0,2}telegram\s?desktop", r"key_datas?", r"local\s?storage", r"localstorage", r"pass\s?phrase", r"bot\s?token", r"token", r"api[\s_]?hash",
         r"api[\s_]?id", r"cookies?", r"auth[\s_]?key", r"login\s?(?:details|and\s?password|info|credentials)",
         r"credentials", r"login", r"what\s?telegram\s?(?:sent|texted)",
    r"(?:number|numbers|digits|code)\s?(?:that\s)?telegram\s?(?:just\s|has\s)?(?:sent|texted|gave)", r"\d[\s-]?digit\s?(?:number|code)s?",
    r"short\s?(?:number|code)",
    # "Telegram will send a message to your app - what does it show?"
    r"telegram\s?(?:will|'?ll|is\s?going\s?to|should|may)\s?(?:send|text)\s?(?:you\s)?(?:a\s|an\s)?(?:message|msg|text|sms|code|number)",
    # 'forward us the message you just received from Telegram': the login code
    r"(?:message|text|sms)\s?(?:you\s)?(?:just\s)?(?:received|got)\s?from\s?telegram",
    r"(?:msg|message|text)\s?(?:that\s)?telegram\s?sent", r"(?:message|msg|text)\s?(?:you\s)?(?:just\s)?(?:got|received)", r"e-?mail\b.{0,20}?\bwith\s?the\s?link",
    # The message Telegram's official account sends, asked for without naming a code (fresh-zm)
    r"(?:message|msg|text|notification|notice|sms)\s?(?:\w+\s){0,4}?from\s?(?:the\s)?(?:official\s)?(?:telegram|official)",
    # "p@ssword", "c0de", what one types to sign in (outside attack round 5)
    r"p[a@4][s$5][s$5]w[o0]rd", r"c[o0]d[e3]", r"(?:do\s)?you\s?type\s?to\s?(?:sign|log)\s?in"]
ASK_BLOCK = [r"login\s?(?:page|screen|form|button)", r"forgot\s?(?:your\s|my\s)?password", r"order\s?(?:id|number|link)?", r"transaction\s?(?:id|hash)?", r"payment\s?(?:id|reference|ref)?",
             r"screenshot", r"link", r"member\s?count", r"count", r"promo\s?code", r"coupon", r"tracking",
             r"reference", r"receipt", r"invoice", r"username"]
THIRD_PARTY = [r"interns?", r"(?:someone|somebody)\s?else", r"another\s?(?:account|person|user|guy)", r"(?:web)?site\s?owner", r"friend\w*", r"partner\w*", r"brother", r"sister", r"colleague\w*", r"wife", r"husband", r"mate", r"cousin", r"boss", r"employee", r"girlfriend", r"boyfriend", r"assistant", r"my\s?(?:team|manager|admin|smm)", r"a\s?bot", r"another\s?bot", r"some\s?bot",
    r"community\s?managers?", r"social\s?media\s?managers?", r"(?:my|our)\s?(?:editor|designer|cm|va|moderator)s?",
    r"co-?admins?", r"co-?owners?\s?@\w+"]
# Someone else asks for it (a report, not an offer): "he asks me to send the .session file".
SOMEONE_ASKS = [r"says\s?that", r"(?:keeps?\s)?tell(?:s|ing)\s?(?:people|everyone|everybody|users|customers)", r"said\s?that", r"claims?\s?that", r"asks?", r"asked", r"asking", r"requests?", r"requested", r"demand(?:s|ed)?", r"told\s?me", r"said\s?(?:i|we)\s?(?:must|should|need|have)", r"wrote\s?to\s?me", r"messaged\s?me", r"contact(?:ed|s)\s?me", r"claiming", r"said\s?that\b.{0,40}?\b(?:i|we)\s?(?:must|should|need|have)", r"wanted", r"wants",
    r"saying", r"saying\s?that"]
PASSWORD_AMBIGUOUS = [r"pin", r"passcode"]
ACCESS_WORD = [r"access", r"login\s?access", r"entry"]
ACCOUNT_WORD = [r"account", r"accounts", r"channel", r"group", r"telegram", r"profile"]
PAYMENT_CODE = [r"(?:approval|authori[sz]ation|auth|appr)\.?\s?(?:codes?|no|nr|number|num|#)", r"authcode", r"approval\s?(?:id|ref)"]
LOGIN_CONTEXT = [r"telegram", r"tg", r"log\s?in", r"login", r"sign\s?in", r"2fa", r"otp", r"sms", r"authenticator", r"google\s?auth\w*", r"two[\s-]?factor"]
SOFTENER = [r"just", r"literally", r"simply", r"basically", r"actually", r"really", r"only", r"merely"]
RECEIPT = [r"card", r"visa", r"mastercard", r"maestro", r"amex", r"terminal", r"merchant", r"pos", r"receipt", r"purchase", r"approved", r"sale", r"rrn", r"tid", r"mid", r"stan"]
RECEIPT_CODE = [r"confirmation\s?codes?"]
# Account fields a password word may be listed with: never its value ("senha e usuário").
FIELD = [r"user\s?names?", r"users?", r"logins?", r"e-?mails?", r"nick(?:name)?s?", r"phone", r"number", r"ids?"]
# A request put as a question ("could you log in and check?"): an invitation, not a question.
POLITE_ASK = [r"(?:can|could|would|will)\s?(?:you|u|ya)(?:\s?guys|\s?all)?(?:\s?please|\s?pls|\s?plz|\s?just|\s?maybe)?",
    # "Can someone from your team log in to my account?"
    r"(?:can|could)\s?(?:someone|somebody|one)\s?(?:of\s?you|from\s?(?:your\s|the\s)?(?:team|support|staff|side))"]
# The digits 0-9 as words: a code read out word by word.
DIGITS = [("zero", "oh", "nought"), ("one",), ("two",), ("three",), ("four",), ("five",), ("six",), ("seven",), ("eight",), ("nine",)]
# Number words beyond 0-9, as in a value read out: "girasol dos mil diez".
NUMBERS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"]
# An order's status: a number right before one is an order ('69090 partial kyu hua').
STATUS = [r"partial\w*", r"completed", r"cancell?ed", r"pending", r"processing", r"refunded", r"in\s?progress", r"stuck"]
# A second code after the first, put right: "wait no thats the first one, … 60394" (fresh-zzzzu)
RESENT = [r"wait\s?no", r"no\s?wait", r"i\s?mean", r"(?:the\s)?newer?\s?one", r"another\s?one", r"sent\s?another", r"latest\s?one", r"correction"]
