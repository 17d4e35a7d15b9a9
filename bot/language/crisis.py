"""Crisis signals in a message: the safety net under the NLU model. Recall matters more than precision.

All patterns run on folded text (lower case, accents stripped: "suïcide" -> "suicide") and are
word-bounded. A match directly preceded by a negation ("geen pijn op de borst", "not suicidal")
does not count. `CHECKS` below is the one place that lists the order and every pattern group.

Order (most urgent first, the first type that matches wins):
1. medical: life in danger right now (112): bleeding, overdose, too many pills, no air, chest pain,
   unconscious, hypothermia (cold *with* numbness, shivering uncontrollably, "onderkoeld").
2. suicide: wanting to die, ending one's life, self-harm (113).
3. sexual_violence: rape, sexual assault or abuse, sex forced in exchange for a place (CSG 0800-0188).
4. violence: being hit, threatened, stalked, domestic violence, afraid of being killed (Veilig Thuis / 112).

Decisions, documented:
- Hyperbole is NOT crisis: "doodmoe", "doodop", "ik schrok me dood", "dodelijk saai", "ik ga dood van
  de honger / kou / verveling", "ik vries dood", "dead tired", "I could kill for a coffee",
  "killing time", "the cold is killing me", "my phone is dead". Hunger and cold alone are not crisis;
  cold becomes medical only with a clear symptom ("voel mijn handen niet meer", "onderkoeld",
  "can't feel my feet", "blijf maar rillen").
- "ik ga dood" on its own (not "van ...") is treated as medical: someone says they are dying now.
- "ik bloed" / "bleeding" is medical; a cut alone ("ik heb een snee in mijn hand") is not, unless it
  keeps bleeding or is deep. Cutting *oneself* ("mezelf snijden", "cut myself") is self-harm: suicide.
- "misbruikt" without "seksueel" is violence (Veilig Thuis covers all abuse); "seksueel misbruikt" is
  sexual_violence. Being stabbed is medical (bleeding first), being hit or threatened is violence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from bot.language.text import NEGATIONS, compile_alternatives, fold, words_before

_ME = r"(?:me|mij|mn|m'n|mijn)"
_MY = r"(?:mijn|mn|m'n|me|mn)"
_SHE_HE = r"(?:hij|zij|ze|die|mijn \w+|mn \w+|m'n \w+|me \w+|mijn ex|de \w+)"
_HE_SHE_EN = r"(?:he|she|they|someone|somebody|my \w+|this \w+|a \w+|the \w+|people)"

MEDICAL = (
    # bleeding
    r"ik bloed", r"ik bloedt", r"bloed(?:t|de)? (?:heel |erg |zo |echt )?(?:veel|erg|hard|enorm)",
    r"blijf(?:t)? (?:maar )?bloeden", r"stopt niet met bloeden", r"(?:diepe|grote) (?:snee|wond)",
    r"(?:i'?m|i am|am|is|keeps?|still|started) bleeding", r"bleeding (?:a lot|badly|heavily)",
    r"steekwond", r"neergestoken", r"ben gestoken", r"stab(?:bed| wound)",
    # overdose, pills
    r"overdos\w*", r"overdose[ds]?", r"o\.?d\.?'?d", r"\bod\b(?= on)",
    r"(?:te ?veel|een hoop|alle|een handvol|een strip|een doos|heel veel) (?:\w+ )?"
    r"(?:pillen|pilletjes|medicijnen|medicatie|tabletten|paracetamol|slaappillen|oxazepam|drugs)"
    r"(?: \w+)? (?:genomen|geslikt|ingenomen|gebruikt|op)",
    r"(?:took|taken|swallowed|had) (?:too many|a lot of|all (?:my|the)|a bunch of|loads of) "
    r"(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)",
    # breathing, heart, consciousness
    r"(?:krijg|kreeg|heb|had) (?:bijna |echt |haast )?geen (?:lucht|adem)",
    r"kan (?:bijna |echt |haast )?(?:niet|nauwelijks|amper) (?:meer )?(?:goed )?ademen",
    r"(?:heel|erg|super|zo) benauwd", r"ademt niet", r"(?:ik|ben aan het) stik(?:ken)?(?! van)",
    r"(?:can'?t|cannot|can not|could not|couldn'?t) breathe?", r"not breathing", r"hard to breathe",
    r"pijn (?:op|in|aan) (?:de|mijn|mn|m'n|me) borst", r"borstpijn", r"hartaanval", r"hartinfarct",
    r"chest pains?", r"pain in (?:my|the) chest", r"heart attack",
    r"bewusteloos", r"buiten bewustzijn", r"flauw ?gevallen", r"val(?:t)? flauw", r"ga flauwvallen",
    r"reageert niet(?: meer)?", r"unconscious", r"passed out", r"(?:not|isn'?t) responding", r"fainted",
    r"beroerte", r"having a stroke", r"epileptische aanval", r"seizure", r"stuip(?:en)?",
    r"ambulance", r"bel (?:de )?112", r"(?:call|bel) 911",
    # hypothermia: cold with a clear symptom
    r"voel (?:mijn|mn|m'n|me) (?:handen|voeten|vingers|tenen|benen|armen|gezicht|lichaam) niet meer",
    r"(?:can'?t|cannot|can not) feel (?:my )?(?:hands|feet|fingers|toes|legs|arms|face|body)",
    r"onderkoel(?:d|ing)", r"hypotherm\w*", r"bevriezing", r"frostbite",
    r"(?:blijf|kan niet stoppen met|stop niet met) (?:maar )?(?:rillen|trillen)",
    r"(?:can'?t|cannot) stop shivering",
    # dying right now
    r"ik ga dood(?! van)(?! aan de)", r"ik ga (?:bijna )?dood(?=\W*$)", r"i'?m dying(?! (?:for|of|to))",
    # broken bones, poisoning
    r"(?:been|arm|enkel|pols|rib) (?:is )?gebroken", r"gebroken (?:been|arm|enkel|pols|rib)",
    r"broken (?:leg|arm|ankle|wrist|rib)", r"vergiftig(?:d|ing)", r"poisoned",
)

SUICIDE = (
    r"zel?f?mo+r[dt]\w*", r"zelfdoding", r"suicid\w*", r"suic?ied\w*", r"sui?cide\w*", r"suiside\w*",
    r"(?:wil|wilt|wou|wouw|zou willen|wil gewoon|wil echt|wil liever|wil het liefst) (?:\w+ )?"
    r"(?:dood|sterven|doodgaan|dood gaan|er niet meer zijn|niet meer leven|niet meer verder)",
    r"(?:wil|hoef) (?:\w+ )?niet meer (?:leven|verder|bestaan|wakker worden|hier zijn)",
    r"(?:wil|wilt|hoef) er (?:\w+ )?niet meer (?:zijn|wezen)",
    r"(?:niet|nooit) meer wakker (?:worden|te worden)",
    r"(?:eind|einde|eindje) (?:aan|van) (?:mijn|mn|m'n|me|het) leven", r"(?:eind|einde) aan maken",
    r"er (?:een )?(?:eind|einde) aan (?:maken|te maken|make)", r"ermee (?:stoppen|kappen) met leven",
    r"mezelf (?:iets|wat|van alles|pijn) (?:aan ?doen|aandoen|doen)", r"mezelf (?:van kant|dood|om het leven)",
    r"mezelf (?:ophangen|ombrengen|verdrinken|doden|doodmaken|te doden|snijden|gesneden|beschadigen)",
    r"(?:snij|snijd|kras) (?:in )?mezelf", r"zelfbeschadiging", r"van kant (?:maken|te maken)",
    r"(?:voor|onder) (?:de|een) trein", r"van (?:een|het|de) (?:brug|dak|flat) (?:springen|af springen|te springen)",
    r"zie het (?:\w+ )?niet (?:meer )?zitten", r"zie geen (?:uitweg|toekomst|zin|reden)",
    r"(?:zie|heb) (?:het|er) (?:\w+ )?geen zin meer in", r"leven (?:heeft|is) (?:\w+ )?(?:geen zin|zinloos)",
    r"heb geen zin meer in (?:het|mijn|mn|m'n) leven", r"niemand (?:zal|gaat) me missen",
    r"(?:iedereen|de wereld) is beter (?:af )?zonder mij", r"afscheidsbrief",
    r"(?:want|wanna|wish|going|gonna|ready|trying) (?:\w+ )?(?:to )?die\b", r"wish i (?:was|were) dead",
    r"better off dead", r"kill(?:ing)? (?:my ?self|me self)", r"end (?:it all|my life|this life|things)",
    r"take my (?:own )?life", r"(?:don'?t|do not) want to (?:live|be alive|be here|exist|wake up)",
    r"no (?:reason|point) (?:to|in) (?:live|living|going on)", r"(?:hurt|hurting|harm|harming|cut|cutting) my ?self",
    r"self[- ]?harm\w*", r"jump (?:off|from) (?:a|the) (?:bridge|roof|building)",
    r"i can'?t go on", r"ik kan niet meer verder", r"ik trek het niet meer",
)

SEXUAL_VIOLENCE = (
    r"verkra[cg][th]\w*", r"aangeran[dt]\w*", r"aanranding\w*", r"aanrander",
    r"seksueel (?:\w+ )?(?:misbruikt|misbruik|geweld|mishandeld|aangevallen|lastig ?gevallen|geintimideerd|uitgebuit)",
    r"(?:gedwongen|dwingt|dwong|moest|moet) (?:me |mij )?(?:\w+ )?(?:tot )?(?:seks|sex)",
    r"(?:seks|sex) (?:\w+ )?(?:voor|in ruil voor) (?:een )?(?:slaapplek|bed|plek|onderdak|dak|geld|eten)",
    r"ongewenst (?:aangeraakt|betast)", r"betast",
    r"rap(?:ed|e|ing)", r"sexual(?:ly)? (?:\w+ )?(?:assault\w*|abuse\w*|harass\w*|violence|attack\w*)",
    r"molest\w*", r"forced (?:me )?(?:to have |into )?(?:sex|sexual)", r"groped",
    r"(?:sex|sexual favou?rs) (?:for|in exchange for) (?:a )?(?:place|bed|room|roof|money|food)",
)

VIOLENCE = (
    _SHE_HE + r" (?:slaat|sloeg|schopt|schopte|mishandelt|mishandelde|wurgt|wurgde|bedreigt|bedreigde|"
    r"duwt|duwde|stompt|stompte|stalkt|achtervolgt|stak|steekt|slaan|sloegen|bedreigen|schoppen) " + _ME,
    _SHE_HE + r" " + _ME + r" (?:slaat|sloeg|schopt|mishandelt|wurgt|bedreigt|slaan|bedreigen|pijn doet|iets aandoet)",
    r"(?:word|wordt|werd|ben|worden|zijn) (?:\w+ )?(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|gestalkt|"
    r"achtervolgd|aangevallen|in elkaar geslagen|in elkaar getrapt|misbruikt|beroofd|opgesloten|uitgebuit)",
    r"huiselijk geweld", r"relationeel geweld", r"mishandel\w*", r"bedreig\w*", r"\bgeweld\b",
    r"(?:bang|angst) (?:dat|voor wat) (?:hij|zij|ze|die) (?:\w+ ){0,3}(?:vermoord|vermoordt|doodmaakt|dood maakt|"
    r"iets aandoet|wat aandoet|slaat|pijn doet)",
    r"(?:wil|gaat|gaan|zal|zullen|dreigt|dreigde) " + _ME + r" (?:\w+ )?(?:vermoorden|dood maken|doodmaken|"
    r"afmaken|slaan|pakken|iets aandoen)",
    r"vermoord(?:t|en)? " + _ME, r"durf niet (?:meer )?(?:naar huis|terug)", r"ben (?:zo )?bang voor (?:hem|haar|mijn|mn|m'n)",
    r"in elkaar geslagen", r"met een mes (?:bedreigd|gestoken|achter)",
    _HE_SHE_EN + r" (?:hits|hit|beats|beat|kicks|kicked|hurts|hurt|threatens|threatened|chokes|choked|"
    r"strangled|attacked|abuses|abused|punches|punched|stalks|slaps|slapped) me",
    r"(?:being|been|was|were|got|get|getting|am) (?:\w+ )?(?:threatened|abused|beaten|hit|attacked|stalked|"
    r"assaulted|mugged|robbed|kicked|punched|followed|choked|strangled|trafficked)",
    r"domestic (?:violence|abuse)", r"abusive (?:\w+)", r"beat me up",
    r"(?:afraid|scared|terrified) (?:that )?(?:he|she|they)(?:'ll| will| is going to| are going to| might)? "
    r"(?:\w+ )?(?:kill|hurt|hit|find)", r"(?:going|wants?|gonna|threatened) to (?:kill|hurt|beat) me",
    r"(?:kill|hurt) me\b(?! (?:for|with))",
)

CHECKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("medical", MEDICAL),
    ("suicide", SUICIDE),
    ("sexual_violence", SEXUAL_VIOLENCE),
    ("violence", VIOLENCE),
)

# Phrases that look like crisis words but are figures of speech; removed before matching.
HYPERBOLE = (
    r"(?:ga|gaan|ging|gingen|gaat) (?:bijna |echt |zowat |haast )?dood van (?:de |het )?\w+",
    r"(?:vries|bevries|verveel|schaam|schrik|schrok|lach|lachte|werk) (?:me |mij |hier |echt )*dood",
    r"dodelijk (?:saai|vermoeid|moe)", r"(?:kill|killing|killed) (?:time|it)\b", r"could kill for",
    r"would kill for", r"(?:is|was|are) killing me", r"dying (?:for|of|to)", r"dead tired",
    r"die (?:of|from) (?:boredom|hunger|laughter|laughing|embarrassment|shame)",
    r"(?:phone|battery|batterij|telefoon|mobiel|accu) (?:\w+ ){0,2}(?:dead|dood|leeg)",
    r"geweldig\w*",
)


@lru_cache(maxsize=None)
def _compiled_checks() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled alternation per crisis type, in order of urgency."""
    return tuple((name, compile_alternatives(*parts)) for name, parts in CHECKS)


@lru_cache(maxsize=None)
def _hyperbole() -> re.Pattern[str]:
    """Compiled figures of speech to blank out before matching."""
    return compile_alternatives(*HYPERBOLE)


def _blank(match: re.Match[str]) -> str:
    """Replace a match with spaces so offsets stay the same."""
    return " " * len(match.group(0))


def _has_unnegated_match(pattern: re.Pattern[str], folded: str) -> bool:
    """True when the pattern matches somewhere not directly preceded by a negation."""
    for match in pattern.finditer(folded):
        previous = words_before(folded, match.start(), 1)
        if not previous or previous[0] not in NEGATIONS:
            return True
    return False


def detect_crisis(text: str) -> Optional[str]:
    """Return "medical", "suicide", "sexual_violence" or "violence" for a crisis signal, else None."""
    if not text or not text.strip():
        return None
    folded = _hyperbole().sub(_blank, fold(text))
    for name, pattern in _compiled_checks():
        if _has_unnegated_match(pattern, folded):
            return name
    return None
