"""How people write of self-harm and of harming others or safety systems: the patterns the
safety check reads, on folded text (lower case, no accents), in English, Spanish, French,
German and Portuguese."""

from __future__ import annotations

import re


def _any(*patterns: str) -> str:
    return "(?:" + "|".join(patterns) + ")"


ME = r"(?:my ?self|myslef|meself)"
WANT = _any(
    r"want(?:ed|s)?(?: to)?",
    r"wanna",
    r"going to",
    r"gonna",
    r"plan(?:ning)? (?:to|on)",
    r"thinking (?:about|of)",
    r"think about",
    r"feel like",
    r"ready to",
    r"urge to",
    r"might",
)
SELF_HARM = re.compile(
    _any(
        # English: killing oneself, dying, not living, ending it, methods
        rf"\b(?:kill(?:ing)?|kil|off(?:ing)?|hang(?:ing)?|shoot(?:ing)?) {ME}",
        rf"\b{WANT} (?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) {ME}",
        rf"\bi(?:m| am|ve been| have been| keep| started)? (?:self ?harm\w*|cutting {ME})",
        r"\bkms\b",
        rf"\b{WANT} (?:to )?(?:overdose|od)\b",
        r"\b(?:suicid\w*|sucid\w*|suicd\w*|suiside\w*)\b"
        r"(?! (?:prevention|hotline|awareness|crisis|research|lifeline|counsel\w*))",
        rf"\b{WANT} (?:to )?(?:die|be dead)\b(?! (?:out|off|down|of (?:boredom|laughter|stress)))",
        r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life)\b",
        rf"\b{WANT} (?:to )?end(?:ing)? (?:it|everything)\b(?! (?:with|at|early|on))",
        r"\b(?:dont|do not|no longer|never) (?:want|wanna|wish) (?:to )?"
        r"(?:live|be alive|exist|be here|wake up)\b(?! (?:in|with|near|abroad|there))",
        r"\bwish (?:i|id) (?:was|were|could be|had been) dead\b",
        r"\bwish i (?:was|were|had) never (?:been )?born\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\b(?:no|any) (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)\b",
        r"\bwhats the point (?:of|in) (?:living|life|going on|being alive)\b",
        r"\b(?:cant|cannot|can not) go on (?:living|anymore|like this any ?more)\b",
        r"\b(?:not|isnt|is not|aint) worth living\b",
        r"\b(?:want|wish|hope|pray)\w* (?:\w+ ){0,6}(?:never|not) (?:to )?wake up\b",
        r"\b(?:pills?|overdose)\b.{0,40}\b(?:die|dead|wake up|end it)\b",
        r"\b(?:jump|jumping) (?:off|from) (?:a|the) (?:bridge|building|roof)\b",
        r"\b(?:slit|cut) my wrists?\b",
        # Spanish
        r"\b(?:matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo))\b",
        r"\bme quiero (?:morir|matar)\b",
        r"\b(?:quiero|quisiera|deseo|ganas de) (?:morir(?:me)?|desaparecer para siempre)\b",
        r"\bno quiero (?:seguir )?vivir\b",
        r"\bhacerme dano\b",
        # French
        r"\b(?:me suicider|mettre fin a (?:mes jours|ma vie))\b",
        r"\b(?:veux|vais|envie de|pense a|voudrais|aller) me tuer\b",
        r"\b(?:veux|voudrais|envie de|vais) mourir\b",
        r"\b(?:envie d ?|veux |vais |pense a |voudrais )en finir\b",
        r"\b(?:plus|pas) envie de vivre\b",
        r"\bne (?:veux|voudrais) plus vivre\b",
        r"\bme faire du mal\b",
        # German
        r"\b(?:mich (?:selbst )?(?:umbringen|umzubringen|toten|verletzen|ritzen)|"
        r"mir das leben (?:nehmen|zu nehmen))\b",
        r"\b(?:will|mochte|moechte|wollen) (?:nicht mehr leben|sterben)\b",
        r"\bnicht mehr leben (?:will|mochte|moechte)\b",
        r"\b(?:selbstmord\w*|suizid\w*|lebensmude)\b",
        # Portuguese
        r"\b(?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|"
        r"acabar com (?:a )?minha vida)\b",
        r"\b(?:quero|vou|penso em|vontade de) (?:morrer|sumir para sempre)\b",
        r"\bnao quero mais viver\b",
        r"\bme machucar\b",
    )
)

# Harm to others, to safety systems or to an employer's systems.
NEGATED = re.compile(
    r"\b(?:dont|do not|never|not|avoid|prevent\w*|stop\w*|without)\W+(?:\w+\W+){0,2}$"
)
SAFETY_DEVICE = _any(
    r"interlocks?",
    r"light ?curtains?",
    r"machine guard\w*",
    r"safety (?:guard|switch|sensor|system|device|feature|mechanism|circuit|relay|lock|"
    r"interlock|valve|mat|scanner|stop)\w*",
    r"e-? ?stops?",
    r"emergency stops?",
    r"lock ?out",
    r"tag ?out",
    r"gas detectors?",
    r"fire alarms?",
    r"sprinklers?",
    # Spanish, French, German, Portuguese
    r"enclavamientos?",
    r"sistemas? de seguridad",
    r"paro de emergencia",
    r"securites?",
    r"verrouillage\w*",
    r"arret d ?urgence",
    r"sicherheits\w+",
    r"schutzeinrichtung\w*",
    r"verriegelung\w*",
    r"not-? ?aus",
    r"lichtschranke\w*|lichtgitter",
    r"intertravamentos?",
    r"(?:sistemas?|travas?|sensor(?:es)?) de seguranca",
    r"parada de emergencia",
    r"cortinas? de luz",
)
DEFEAT = _any(
    r"by-? ?pass\w*",
    r"disabl\w+",
    r"defeat\w*",
    r"overrid\w+",
    r"jumper\w*(?: out)?",
    r"jump(?:ing)? out",
    r"get(?:ting)? around",
    r"circumvent\w*",
    r"tamper\w*",
    r"trick\w*",
    r"fool\w*",
    r"cheat\w*",
    r"tap(?:e|ing) (?:down|over)",
    r"zip ?tie",
    r"(?:turn|switch)(?:ing)? off",
    r"desactivar|anular|puentear|burlar|saltarse",
    r"desactiver|contourner|shunter|neutraliser|bypasser",
    r"uberbrucken|umgehen|deaktivieren|abschalten|ausschalten|manipulieren|austricksen",
    r"desativar|contornar|desligar|jumpear",
)
TECH = _any(
    r"plcs?|scada|systems?|network|accounts?|e-?mails?|servers?|computers?|payroll|database"
)
DETERMINER = _any(
    r"my|the|our|his|her|their|someones?|somebodys?|a|an|this|that|into",
    r"mi|el|la|los|las|le|les|mon|ma|mes|o|os|a|as|do|da|die|den|das|meine\w*",
)
OTHERS = _any(
    r"(?:his|her|their|someones|somebodys|other peoples)",
    r"(?:my |the |our |a )?(?:boss|manager|supervisor|co-?worker|colleague|employer|company)s?",
)
SYSTEM = _any(
    r"plcs?",
    r"sps",
    r"scada",
    r"systems?",
    r"sistemas?",
    r"systemes?",
    r"network",
    r"netzwerk",
    r"reseau",
    r"red de",
    r"rede",
    r"accounts?",
    r"cuenta",
    r"compte",
    r"konto",
    r"conta",
    r"e-?mails?",
    r"correo",
    r"servers?|servidor|serveur",
    r"computers?|ordinateur|computadora",
    r"payroll",
    r"database",
    r"employer\w*|company\w*|empresa|entreprise|firma|arbeitgeber\w*|empregador",
    r"boss\w*|jefe|patron|chef|chefe",
    r"co-?workers?\w*|colleagues?\w*|companero|collegue|kollege\w*|colega",
)
PERSON = _any(
    r"(?:my|the|our|that|this) (?:ex-? ?)?(?:boss|manager|supervisor|foreman|co-?worker|"
    r"colleague|employer|team ?lead|shift lead|lead)\w*",
    r"(?:him|her|them|everyone|people) at work",
    r"(?:a |mi |al |la )?(?:jefe|supervisor|encargado|companero)",
    r"(?:mon |ma )(?:patron|chef|collegue|superviseur|contremaitre)",
    r"(?:meinen|meine|meinem) (?:chef\w*|vorgesetzten|kollegen|kollegin)",
    r"(?:o )?meu (?:chefe|supervisor|colega|gerente)",
)
VIOLENCE = _any(
    r"kill",
    r"murder",
    r"stab",
    r"shoot",
    r"hurt",
    r"harm",
    r"beat up",
    r"punch",
    r"poison",
    r"attack",
    r"assault",
    r"strangle",
    r"run over",
    r"get back at",
    r"take revenge on|revenge on",
    r"matar a|hacerle dano a|envenenar a|vengarme de",
    r"tuer|faire du mal a|empoisonner|me venger de",
    r"umbringen|toten|verletzen|schlagen|vergiften|rachen",
    r"matar|machucar|envenenar|me vingar d[eo]",
)
EVADE = _any(
    r"without (?:getting|being) (?:caught|seen|noticed)",
    r"without (?:anyone|anybody|him|her|them) (?:knowing|noticing|finding out)",
    r"look like an accident",
    r"on purpose",
    r"deliberately|intentionally",
    r"sin que me (?:pillen|descubran|vean)|sin ser descubierto",
    r"sans (?:me faire|etre|se faire) (?:prendre|attraper|choper|vu|pris)",
    r"ohne erwischt zu werden|ohne dass es (?:jemand|einer) merkt",
    r"sem (?:ser pego|ninguem (?:saber|perceber))",
)
DAMAGE = _any(
    r"damag\w*",
    r"break|broke",
    r"destroy\w*",
    r"wreck\w*",
    r"jam\w*",
    r"mess(?:ing)? up",
    r"screw(?:ing)? up",
    r"steal\w*|stole|swipe|pocket|walk off with",
    r"falsif\w*|fak\w+|forg\w+",
    r"put something in",
    r"poison\w*",
)
HARM = re.compile(
    _any(
        r"(?<!self )(?<!self-)(?<!self)\bsabot\w*",
        rf"\b{DEFEAT}\b.{{0,40}}\b{SAFETY_DEVICE}\b",
        rf"\b{SAFETY_DEVICE}\b.{{0,40}}\b{DEFEAT}\b",
        rf"(?<!ethical )(?<!white hat )(?<!life )(?<!growth )\b(?:hack\w*|pirat\w*|invadir)\b"
        rf" (?:in ?to |{DETERMINER} ).{{0,40}}\b{SYSTEM}\b",
        rf"\b(?:get|break|log)(?:ting)? into {OTHERS} (?:\w+ ){{0,2}}{TECH}\b",
        r"\binstall\w* (?:a |some )?(?:keylogger|malware|ransomware|virus|backdoor|spyware)",
        rf"\b{VIOLENCE}\b (?:\w+ ){{0,2}}{PERSON}\b(?! feelings)",
        rf"\b{PERSON}\b (?:\w+ ){{0,2}}{VIOLENCE}\b",
        rf"\b{DAMAGE}\b.{{0,60}}\b{EVADE}\b",
        rf"\b{EVADE}\b.{{0,60}}\b{DAMAGE}\b",
        r"\bmake it look like an accident\b",
        r"\b(?:falsif\w*|fake|forge) (?:\w+ ){0,4}(?:records?|logs?|reports?|inspections?|"
        r"certificates?|certifications?)\b",
        r"\b(?:put|slip) (?:something|stuff|\w+) in (?:my |his |her |their |the )?"
        r"(?:\w+ ){0,2}(?:drink|coffee|food|lunch)\b",
        r"\b(?:bring|take) (?:a )?(?:gun|knife|weapon|bomb)s? (?:to|into) (?:work|the plant)\b",
        r"\b(?:make|build) (?:a )?bomb\b",
        r"\b(?:burn down|set fire to) (?:the|my|our) \w+",
    )
)
