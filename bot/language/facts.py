"""Facts about the person in one message: "ben 19 en slaap op straat in almere met mn hond" -> four facts.

`extract_facts` is the only entry point; `WoonplekEntityExtractor` turns its facts into Rasa entities.
Every fact carries the span of the text that produced it. All patterns run on `fold(text)` (lower case,
no accents, same offsets), so they are written in lower case without accents.

Per entity (values as in docs/architecture.md):
- municipality: every match of `find_municipalities`, kept as is.
- age / children / number: every number from `find_numbers`, classified by its neighbours: next to a
  child word -> children; after "ben", "I'm", "age" or before "jaar (oud)", "years old" -> age; a child's
  own age ("dochter van 5") or a number with a unit ("3 dagen", "al 2 jaar dakloos", "50 euro") -> nothing;
  otherwise a bare `number` (0-120) for the dialogue to interpret. Child words without a number count
  singular mentions ("met mijn zoon en dochter" -> 2); a negated child word ("geen kinderen") -> 0.
- sleeping_situation: one value; a current place (street, car, squat, shelter, friends_family, other)
  beats a path into homelessness (institution, eviction); among current places the last one mentioned
  wins ("sliep bij mn zus, nu op straat" -> street).
- pets, partner, has_id, safe_tonight: one bool each; a positive mention beats a negated one
  ("geen hond maar wel een kat" -> True).
- income: the first non-negated mention; "geen werk en geen uitkering" -> none.
Negation: a negation word up to three words earlier in the same clause ("geen", "niet", "no", "without";
"en", "maar", "and", "but" close the clause). Wishes and questions ("ik wil naar de opvang", "is er een
nachtopvang") are not facts about where someone sleeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from bot.language.text import fold, is_negated, words_before

# --------------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Fact:
    """One fact about the person, with the span of text it came from."""

    entity: str
    value: object
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Hit:
    """A pattern match before it becomes a fact."""

    value: object
    start: int
    end: int
    negated: bool = False


Rule = tuple[object, str]

# ------------------------------------------------------------------------------------------ vocabulary

_POSS = r"(?:mijn|mn|m'n|me|m|my|onze|ons|our)"
_CHILD_SINGULAR = (
    r"(?:kind|kindje|kid|kiddo|child|dochter|dochtertje|zoon|zoontje|son|daughter|baby|baby'tje|babytje)"
)
_CHILD_PLURAL = (
    r"(?:kinderen|kinders|kindjes|kinderjes|kids|children|koters|kleintjes|dochters|zonen|zoons|sons"
    r"|daughters|babies|baby's)"
)
_CHILD_ANY = r"(?:" + _CHILD_PLURAL + "|" + _CHILD_SINGULAR + r")"
_CHILD_ADJ = r"(?:kleine|jonge|eigen|minderjarige|little|young|small|own|lieve)"
_TONIGHT = r"(?:vannacht|vanavond|vandaag|tonight|this evening|today)"
_UNITS = (
    r"(?:dagen|dag|dgn|weken|week|wk|maanden|maand|mnd|nachten|nacht|uur|uren|u|minuten|min|sec|euro|eur"
    r"|keer|x|jaren|km|kilometer|procent|%|e|ste|de|days?|weeks?|months?|nights?|hours?|hrs?|minutes?"
    r"|mins?|euros?|times|st|nd|rd|th|pm|am|cm|kg|kilo)"
)

SLEEPING_RULES: tuple[Rule, ...] = (
    ("street", r"op (?:de |het )?stra+t"),
    ("street", r"(?:slaap|slapen|sliep|sliepen|slaapt|geslapen|overnacht\w*) (?:\w+ ){0,2}buiten"),
    ("street", r"buiten (?:slapen|geslapen|overnachten|pitten|maffen)"),
    ("street", r"(?:onder (?:een|de) brug|in (?:het|een|de) (?:park|bos|bosjes|portiek|fietsenstalling"
               r"|parkeergarage|trappenhuis|station)|op (?:een|het) (?:bankje|station)|in (?:een|mijn|mn"
               r"|m'n) (?:tent|tentje|slaapzak)|tentje)"),
    ("street", r"(?:on|in) the streets?|sleeping rough|rough sleep\w*|sleep\w* (?:\w+ )?outside"
               r"|under (?:a|the) bridge|in (?:a|the) (?:park|tent|doorway|station|car park)|homeless on the street"),
    ("shelter", r"(?:nacht|daklozen|crisis|nood|winter|vrouwen|jongeren|gezins|maatschappelijke )?opvang"
                r"|passantenverblijf|sleep[- ]?in|leger des heils|koudweerregeling|kouderegeling"),
    ("shelter", r"(?:night |homeless |women'?s )?shelter|salvation army"),
    ("friends_family", r"bij (?:een |mijn |mn |m'n |me |de |het |haar |zijn |hun |mijn beste |een goede |wat )?(?:vrienden|vriend"
                       r"|vriendin|vriendinnen|vriendje|maat|maatje|maten|kennis|kennissen|familie|familieleden"
                       r"|ouders|moeder|mama|mam|ma|vader|papa|pap|pa|zus|zusje|zussen|broer|broertje|broers"
                       r"|oma|opa|tante|oom|neef|nicht|schoonouders|schoonmoeder|ex|collega|buren|buurvrouw"
                       r"|buurman|iemand|mensen|hem|haar)"),
    ("friends_family", r"logeer\w*|logeren|bankslap\w*|couch ?surf\w*|sofa ?surf\w*|op (?:de|een|iemands) bank"
                       r"|at (?:a |my |the |some )?(?:friend|friends|mate|mates|family|parents|mum|mom|mother"
                       r"|dad|father|sister|brother|aunt|uncle|cousin|grandma|grandmother|nan|gran|girlfriend"
                       r"|boyfriend|ex)(?:'s|s'|s)?(?: (?:place|house|flat|home))?"
                       r"|(?:staying|stay|sleeping|sleep|living|live|crashing) (?:\w+ )?(?:with|at) (?:a |my |some )?"
                       r"(?:friend|friends|mates?|family|relatives|parents|mum|mom|mother|dad|father|sister"
                       r"|brother|aunt|uncle|cousin|grandma|people)"),
    ("car", r"in (?:de|mijn|mn|m'n|me|een|onze|ons|het|m) (?:\w+ )?(?:auto|autootje|wagen|busje|bestelbus"
            r"|camper|campertje|bestelauto)"),
    ("car", r"(?:in (?:the|my|a|our) (?:\w+ )?(?:car|van|campervan|camper)|car)(?! park)(?= |$|\W)"),
    ("car", r"(?:slaap|slapen|sliep|woon|wonen) (?:\w+ )?in (?:auto|busje|camper)"),
    ("squat", r"(?<!anti-)(?<!anti )(?:kraakpand\w*|gekraakt\w*|kraken|kraak|squat|squats|squatting|squatted)"),
    ("other", r"anti-? ?kraak\w*|hotel|hostel|b&b|bnb|airbnb|caravan|stacaravan|woonwagen|chalet|vakantiepark"
              r"|camping|woonboot|onderhuur|tiny house|boat|houseboat"),
    ("institution", r"(?:uit|in|van) (?:de |het |een |mijn |mn )?(?:gevangenis|bajes|bak|nor|pi|p\.i\.|"
                    r"penitentiaire inrichting|huis van bewaring|hvb|detentie|jeugdgevangenis|jji|kliniek"
                    r"|afkickkliniek|verslavingskliniek|ziekenhuis|psychiatrie|ggz|ggz-instelling|instelling"
                    r"|jeugdinstelling|azc|tbs|tbs-kliniek|jeugdzorg|pleeggezin|gezinshuis|opname|detox|rehab"
                    r"|beschermd wonen|begeleid wonen)"),
    ("institution", r"gevangenis|bajes|detentie|azc|jeugdzorg|afkickkliniek|verslavingskliniek|pleeggezin"
                    r"|vrijgelaten|(?:prison|jail|gaol|juvie|rehab|psych ward|foster care|care home|hospital"
                    r"|asylum cent(?:re|er))"),
    ("eviction", r"(?:uit|from|out of) (?:mijn|mn|m'n|me|ons|onze|het|de|my|our|the) (?:\w+ )?(?:huis|woning"
                 r"|huurhuis|kamer|appartement|flat|home|house|apartment|place)(?: \w+){0,2} (?:gezet|gegooid"
                 r"|getrapt|geschopt|gezet worden|kicked|thrown|evicted)"),
    ("eviction", r"(?:huis|woning|kamer|flat) uit ?(?:gezet|gegooid)|(?:huis)?uit ?zetting|ontruim\w*"
                 r"|uitgezet|uit ?gezet worden|(?:word|wordt|worden|werd|ben|zijn) (?:\w+ )?(?:eruit|uit ?gezet)"
                 r"|eruit (?:gezet|gegooid|geschopt|getrapt)|op straat gezet|huur (?:is |wordt )?opgezegd"
                 r"|deurwaarder|huis kwijt|woning kwijt|(?:moet|moeten) (?:\w+ )?(?:huis|woning) uit"
                 r"|evict\w*|(?:kicked|thrown|chucked) (?:me )?out|lost? my (?:home|house|flat|apartment)"),
)

PET_NOUNS = (
    r"hond|honden|hondje|hondjes|hont|pup|puppy|puppies|kat|katten|katje|kater|poes|poesje|poezen|kitten"
    r"|konijn|konijnen|huisdier|huisdieren|beestje|beestjes|fret|cavia|dog|dogs|doggy|doggo|cat|cats|kitty"
    r"|pet|pets|rabbit|hamster"
)
PARTNER_ALWAYS = (
    r"partner|gf|bf|girlfriend|boyfriend|wife|husband|echtgenote|echtgenoot|verloofde|fiance|fiancee|hubby"
    r"|vriendinnetje|vriendje"
)
PARTNER_WITH_POSS = r"vriendin|vriend|vrouw|man|lief|liefje|schat|vrouwtje"
PARTNER_FALSE = (
    r"alleenstaand\w*|single|vrijgezel|(?:ben|zit|sta) (?:\w+ )?(?:alleen|in mijn eentje|in mn eentje"
    r"|in m'n eentje)|(?:i'?m|i am|im) (?:\w+ )?(?:alone|on my own|by myself)|(?:net |zijn |we zijn )?"
    r"(?:gescheiden|uit elkaar)|divorced|separated|broke up|uit elkaar gegaan"
)
PARTNER_TRUE = r"getrouwd|married|samenwonend|samenwonen"

INCOME_RULES: tuple[Rule, ...] = (
    ("benefits", r"bijstand\w*|uitkering\w*|ww|w\.w\.|wia|wajong|wao|wga|ziektewet|participatiewet|uwv|anw"
                 r"|ioaw|toeslag(?:en)?|benefits?|welfare|universal credit|dole|jobseekers?(?:'s)? allowance"
                 r"|disability (?:benefit|allowance|pension)|social assistance"),
    ("work", r"ik werk|werk (?:parttime|fulltime|part-time|full-time|als|bij|in|op|via|zwart|nog|wel|ook|soms)"
             r"|(?:heb|have|got|has) (?:een |a |wel |nog |ook |nu |now |weer |again )?(?:baan|baantje|bijbaan|job|werk|vast contract|contract)"
             r"|baan|baantje|bijbaan|werk|job|uitzend\w*|zzp\w*|loon|salaris|oproepkracht|nuluren\w*|0-uren\w*|flexwerk"
             r"|i work|working|employed|salary|wages?|payslip|loonstrook|verdien\w*"),
    ("pension", r"aow|pensioen\w*|pension|retired|gepensioneerd"),
    ("none", r"geen (?:\w+ )?(?:inkomen|inkomsten|geld|cent|rooie cent|euro)|(?:no|zero|without (?:any )?) "
             r"(?:income|money|cash)|(?:haven'?t|don'?t have|do not have) (?:any )?(?:income|money)|nul inkomen"
             r"|zonder inkomen|blut|platzak|broke|niks aan inkomen|geen inkomen"),
    ("other", r"studiefinanciering|stufi|studielening|duo|alimentatie|student (?:loan|finance)|spaargeld|savings"
              r"|straatkrant|zakgeld|pocket money"),
)

ID_NOUNS = (
    r"id-kaartje|id-kaart|idkaart|id kaart|id card|id|i\.d\.|identiteitskaart|identiteitsbewijs|legitimatie"
    r"|identificatie|paspoort|rijbewijs|verblijfsvergunning|verblijfspas|vreemdelingendocument|passport"
    r"|id card|identity card|(?:driver'?s|driving) licen[cs]e|residence permit"
)
ID_LOST_AFTER = r"(?: \w+){0,3} (?:kwijt\w*|verloren|gestolen|verlopen|ingenomen|afgepakt|weg|lost|stolen|expired|missing|taken|gone)"
ID_LOST_BEFORE = r"(?:lost|verloor|verloren|stole|stolen|kwijtgeraakt|kwijt) (?:\w+ ){0,2}$"
ID_HAVE_BEFORE = r"(?:heb|hebben|have|got|has|bezit|met|with|wel|yes|ja|geldig|valid)(?: [\w']+){0,2} ?$"
ID_HAVE_AFTER = r" (?:heb ik|hebben we|is geldig|is valid|i have|bij me|with me)"

SAFE_FALSE = (
    r"(?:kan|weet|heb|ga|moet|have|can) (?:\w+ ){0,3}nergens (?:\w+ ){0,2}(?:heen|naartoe|naar toe|terecht"
    r"|slapen|blijven|te slapen)",
    r"nergens (?:om )?(?:te )?(?:slapen|heen|naartoe|terecht|to sleep|to go|to stay)",
    r"geen (?:\w+ )?(?:slaapplek|slaapplaats|plek om te slapen|plaats om te slapen|bed|onderdak|dak boven"
    r" (?:mijn|mn|m'n|me|ons) hoofd)",
    r"weet (?:\w+ ){0,3}niet waar (?:ik|we) (?:\w+ ){0,3}(?:slapen|heen|blijven|naartoe|terecht)",
    _TONIGHT + r" (?:\w+ ){0,3}op (?:de )?straat",
    r"(?:niet|not|nie) (?:meer )?veilig|onveilig|unsafe",
    r"nowhere (?:\w+ )?(?:to )?(?:go|sleep|stay)",
    r"no (?:\w+ )?(?:place|where|bed|roof|home) (?:to sleep|to stay|to go|for tonight|tonight)",
    r"(?:don'?t|do not|dont) (?:\w+ ){0,2}know where (?:to|i'?ll|i will|i can|i'?m going to|we) (?:\w+ )?"
    r"(?:sleep|go|stay)",
    r"(?:on the street|outside|in (?:the|my) car) " + _TONIGHT,
)
SAFE_TRUE = (
    r"(?:heb|have|got|hebben) (?:\w+ ){0,2}(?:plek|plaats|slaapplek|slaapplaats|bed|place|spot|room|onderdak)"
    r"(?: \w+){0,3} (?:voor|for) " + _TONIGHT,
    r"(?:voor|for) " + _TONIGHT + r" (?:\w+ ){0,3}(?:plek|plaats|slaapplek|bed|place|spot|room|onderdak"
    r"|geregeld|sorted|covered)",
    r"(?:ben|zit|i'?m|i am|im|am) (?:\w+ )?(?:vannacht |tonight )?(?:veilig|safe)",
    _TONIGHT + r" (?:is |zit )?(?:\w+ )?(?:geregeld|gered|sorted|covered)",
    r"(?:heb|have) (?:nog |wel |for now )?(?:een )?(?:slaapplek|onderdak|a place to (?:sleep|stay))",
)
TONIGHT_RESIDENT = ("friends_family", "shelter", "other")
HYPOTHETICAL = frozenset(
    {"wil", "wou", "zou", "zoek", "zoeken", "zocht", "want", "wanna", "looking", "need", "nodig", "waar",
     "where", "welke", "which", "hoe", "how", "is", "are", "any", "zoekt", "searching"}
)
# "is" and "are" ask ("are there shelters") unless a subject stands before them ("we are staying", "she is at").
STATEMENT_VERBS = frozenset({"is", "are"})
SUBJECTS = frozenset({"we", "they", "i", "she", "he", "kids", "children", "wij", "ze", "zij", "hij"})
PATHS = frozenset({"institution", "eviction"})

# --------------------------------------------------------------------------------------------- helpers


def _bounded(pattern: str) -> str:
    """Wrap a pattern in word bounds."""
    return r"(?<![\w'])(?:" + pattern + r")(?![\w])"


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    """Compile a word-bounded pattern once, on first use."""
    return re.compile(_bounded(pattern))


@lru_cache(maxsize=None)
def _compiled_raw(pattern: str) -> re.Pattern[str]:
    """Compile an anchored context pattern (no added bounds) once, on first use."""
    return re.compile(pattern)


def _hits(folded: str, rules: Iterable[Rule]) -> list[_Hit]:
    """All matches of value rules, each marked negated or not."""
    found = []
    for value, pattern in rules:
        for match in _compiled(pattern).finditer(folded):
            found.append(_Hit(value, match.start(), match.end(), is_negated(folded, match.start())))
    return sorted(found, key=lambda hit: (hit.start, -hit.end))


def _drop_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (they are sorted by start, longest first)."""
    kept: list[_Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _is_hypothetical(folded: str, start: int) -> bool:
    """True for wishes and questions ("ik wil naar de opvang", "is er een nachtopvang"), not statements
    ("we are staying at a friend's place")."""
    words = words_before(folded, start, 5)
    return any(
        word in HYPOTHETICAL and not (word in STATEMENT_VERBS and words[i + 1:i + 2] and words[i + 1] in SUBJECTS)
        for i, word in enumerate(words[:4])
    )


def _fact(entity: str, value: object, text: str, start: int, end: int) -> Fact:
    """Build a fact whose text is the original span."""
    return Fact(entity, value, start, end, text[start:end])


def _first_positive(hits: list[_Hit]) -> Optional[_Hit]:
    """The first non-negated hit, else the first hit."""
    for hit in hits:
        if not hit.negated:
            return hit
    return hits[0] if hits else None


# --------------------------------------------------------------------------------------- municipality


def _municipality_facts(text: str) -> list[Fact]:
    """Municipality facts straight from `find_municipalities`."""
    from bot.language.municipalities import find_municipalities

    return [
        Fact("municipality", match.value, match.start, match.end, text[match.start:match.end])
        for match in find_municipalities(text)
    ]


# -------------------------------------------------------------------------------------------- numbers

_CHILD_AFTER = r"^ ?(?:" + _CHILD_ADJ + r" )?" + _CHILD_ANY + r"(?![\w])"
_CHILD_BEFORE = r"(?:kinderen|kids|children|kinder|kind)(?: ?: ?| )$"
_CHILD_OWN_AGE = (
    r"(?:" + _CHILD_ANY + r"|hond\w*|kat\w*|poes\w*|dog|cat|broer\w*|zus\w*|sister|brother|moeder|vader"
    r"|mother|father|vriend\w*|vrouw|man|partner|gf|bf|girlfriend|boyfriend|wife|husband)"
    r"(?: (?:is|was|van|of|aged|die|who is|zijn))?(?: (?:pas|nog|net|bijna))?(?: \d+ ?(?:en|and|,)| \w+ (?:en|and))* ?$"
    r"|(?:kinderen|kids|children|kindjes|kinders)\b[^.?!]{0,25}[,:] (?:\d+ ?(?:en|and|,) ?)+$"
    r"|(?:kind|kid|child) ?: ?(?:ja|yes|yep|1|een|één|one),? $"
    r"|(?:meid|meisje|jongen|zoon|dochter|kind|girl|boy|son|daughter) (?:van (?:mij|ons)|of mine),? $"
)
_AGE_BEFORE = (
    r"(?:(?<![\w'])(?:ben|bn|bent|kben|ik b|word|wordt|werd|i'?m|im|i am|am|age|aged|leeftijd|age is|my age is"
    r"|mijn leeftijd is|leeftijd is|ik|hoe oud|how old)(?: ?[:?] ?| )(?:nu |net |bijna |pas |al |nog |now |just |almost |only |turning "
    r"|actually |really |eigenlijk |echt |gewoon |maar )?)$"
)
_AGE_AFTER = r"^ ?(?:jaar|jr|jaartjes|jaar oud|years?(?: old)?|yrs?(?: old)?|y/?o|yo|y\.o\.?|y old|j oud|jarig|ben ik(?! \w*kwijt))(?![\w])"
# An age the person had once: "toen ik 16 was", "17 was ik toen", "17 when i first", "i'm 17 on the photo".
_PAST_AGE_BEFORE = r"(?<![\w'])(?:toen ik|toen ik nog|when i was|at the age of|op (?:mijn|mn|m'n) leeftijd van) $"
_PAST_AGE_AFTER = (r"^ ?(?:jaar |jaar oud |years old |years )?(?:was ik|was i|toen|when|back then|destijds|at the time"
                   r"|on (?:the|that|my) (?:photo|picture|pic|id)|op (?:de|die|mijn|mn) (?:foto|pasfoto))\b")
# The age now, next to an age once: "nu 31", "nu ben ik 24", "34 now", "i'm 32 now".
_NOW_AGE_BEFORE = r"(?:nu|inmiddels|intussen|now|today|nu ben ik|now i'?m|and now i'?m|i'?m now|ben nu|ben ik nu) $"
_NOW_AGE_AFTER = r"^ ?(?:now|nu|inmiddels)\b"
_THIS_COUNTRY = r"(?:holland|nederland|the netherlands|netherlands|nl|europe|europa|this country|dit land)"
_DURATION_AFTER = (
    r"^ ?(?:jaar|jaren|jr|years?|yrs?) (?:(?!en |and )\w+ )?(?:dakloos|op straat|geleden|lang|al|zonder|homeless|ago"
    r"|on the|on|in|bij|sinds|daar|hier|gewoond|gezeten|getrouwd|samen|weg|niet|geen|for|wachtlijst|wachttijd|waiting|wait"
    r"|celstraf|cel|straf|sentence|prison|jail|clean|sober|terug|back|vast|droog|nuchter|dry)"
    r"|^ ?(?:years?|yrs?) (?:here|there|in " + _THIS_COUNTRY + r")\b"
    r"|^ ?(?:jaar|jaren|years?|yrs?) (?:op|on) (?:de|the) (?:wachtlijst|waiting ?list)\b"
)
# Someone else's age before the noun: "my 16 year old daughter", "mijn 16-jarige zoon", "a 14 year old dog".
_OTHER_AGE_AFTER = (
    r"^ ?-? ?(?:year|yr)s?[- ]old (?:\w+ )?(?:" + _CHILD_ANY + r"|dog|cat|puppy|kitten|sister|brother|son|nephew|niece|cousin|girl|boy"
    r"|labrador|lab|staffie|pitbull|husky|terrier|chihuahua|poodle|boxer|bulldog|shepherd|collie|beagle|rabbit)(?![\w])"
    r"|^ ?-? ?jarige (?:\w+ )?(?:" + _CHILD_ANY + r"|hond|kat|zus|zusje|broer|broertje|neef|nicht|meisje|jongen)(?![\w])"
)
# A duration, or someone else's age: "al 3 jaar", "the wait is 10 years", "been doing it 3 years", "hij is 20 jaar".
_DURATION_BEFORE = (
    r"(?:al|sinds|since|for|voor|over|na|ruim|binnen|within|after|in|afgelopen|laatste|last|past|(?<!leeftijd )(?<!age )is|was|duurt"
    r"|duurde|takes|take|took|doing it|doing this|done it|wachten|wait|waiting|wachttijd|wachttijd is|wachttijd van|wachtlijst van|waiting time"
    r"|waiting time is|wait time|wait time is|op straat|on the street|on the streets|rough|buiten"
    r"|outside|dakloos|homeless|getrouwd|married|samen|together|clean|sober|with me|bij me|bij mij|did|served|uitgezeten"
    r"|i aged|we aged|i'?ve aged|ive aged|been|geweest|(?:it'?s|its|is|was) (?:like|about|around|ongeveer|zo'?n|bijna|wel)"
    r"|(?:living|lived|live|staying|stayed|been|woon|wonen|woonde|verblijf) (?:here|there|hier|daar|in \w+)(?: (?:for|already|al|nu|now|since))?"
    r"|in " + _THIS_COUNTRY + r"|waiting list|wachtlijst) $"
)
_UNIT_AFTER = r"^ ?(?:" + _UNITS + "|" + PET_NOUNS + r")(?![\w])"
# Someone else's age with no noun after it: "my 17 year old is with me", "I have a 4 year old" (not "met mijn 23 jaar").
_OTHER_OWNER_BEFORE = r"(?:(?:my|our|his|her) |(?:have|has|with|heb|hebben|heeft|to|of|van) (?:a|an|een) )$"
_YEAR_OLD_AFTER = r"^ ?-? ?(?:(?:year|yr)s?[- ]old|jarige)(?![\w])"
# "a curfew like i'm 12", "alsof ik 12 ben": a comparison, not the person's age.
_SIMILE_BEFORE = (r"(?:(?:like|as if|alsof|net als) (?:i'?m|im|i am|i was|ik ben|ik|ik \w+)"
                  r"|(?:denkt|denken|dacht|dachten|thinks|think|thought) (?:\w+ ){0,3}(?:dat ik|i'?m|i am)) $")
_MONEY_BEFORE = r"(?:€|eur|euro|\$|£|nummer|nr\.?|number|no\.|om|at|tel\.?|postcode) ?$"
_ARTICLE_WORDS = frozenset({"een", "'n", "a", "an"})


def _number_facts(text: str, folded: str, taken: list[tuple[int, int]]) -> list[Fact]:
    """Classify every number as children, age, number, or nothing."""
    from bot.language.numbers import find_numbers

    facts = []
    whole = folded.strip(" .!?")
    for value, start, end in find_numbers(text):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if folded[start:end].strip() in _ARTICLE_WORDS and folded[start:end].strip() != whole:
            continue
        entity = _classify_number(folded, value, start, end)
        if entity is not None:
            facts.append(_fact(entity, value, text, start, end))
    return facts


def _classify_number(folded: str, value: int, start: int, end: int) -> Optional[str]:
    """Decide what a number at [start, end) is about from its neighbours."""
    before = folded[max(0, start - 40):start]
    after = folded[end:end + 40]
    if _compiled_raw(_CHILD_AFTER).search(after) or _compiled_raw(_CHILD_BEFORE).search(before):
        return "children" if 0 <= value <= 30 else None
    if _compiled_raw(_CHILD_OWN_AGE).search(before) or _compiled_raw(_SIMILE_BEFORE).search(before):
        return None
    if _compiled_raw(_OTHER_AGE_AFTER).search(after) and not _compiled_raw(_AGE_BEFORE).search(before):
        return None
    if _compiled_raw(_OTHER_OWNER_BEFORE).search(before) and _compiled_raw(_YEAR_OLD_AFTER).search(after):
        return None
    if _compiled_raw(_DURATION_AFTER).search(after):
        return None
    age_after = _compiled_raw(_AGE_AFTER).search(after)
    if age_after and _compiled_raw(_DURATION_BEFORE).search(before):
        return None
    if _compiled_raw(_UNIT_AFTER).search(after) and not age_after:
        return None
    if _compiled_raw(_MONEY_BEFORE).search(before):
        return None
    if _compiled_raw(_PAST_AGE_BEFORE).search(before) or _compiled_raw(_PAST_AGE_AFTER).search(after):
        return PAST_AGE if 0 < value <= 120 else None
    if MIN_LISTED_AGE <= value <= 120 and (
        _compiled_raw(_NOW_AGE_BEFORE).search(before) or _compiled_raw(_NOW_AGE_AFTER).search(after)
    ):
        return "age" if _compiled_raw(_AGE_BEFORE).search(before) else NOW_AGE
    if age_after or _compiled_raw(_AGE_BEFORE).search(before):
        return "age" if 0 < value <= 120 else None
    if MIN_LISTED_AGE <= value <= MAX_LISTED_AGE and _listed_alone(folded, start, end):
        return LISTED_AGE
    return "number" if 0 <= value <= 120 else None


# A number on its own between commas, next to other facts ("Zwolle, 22, op straat") is how people
# write their age in a list; children and durations come with a word ("2 kids", "3 weken").
MIN_LISTED_AGE, MAX_LISTED_AGE = 14, 99
LISTED_AGE = "listed_age"  # an age only when the list also holds another fact about the person
PAST_AGE = "past_age"  # an age the person had once; never a fact itself
NOW_AGE = "now_age"  # "nu 31" without an age word before it: the age next to an age once, else a number
_LIST_SEPARATORS = ",;/|\n"


def _listed_alone(folded: str, start: int, end: int) -> bool:
    """True when the number is a whole item of a list with other items: separators on both sides."""
    before, after = folded[:start], folded[end:]
    item_start = max(before.rfind(sep) for sep in _LIST_SEPARATORS)
    next_seps = [after.find(sep) for sep in _LIST_SEPARATORS if after.find(sep) >= 0]
    item_end = min(next_seps) if next_seps else len(after)
    alone = not before[item_start + 1:].strip(" .!?-") and not after[:item_end].strip(" .!?-")
    in_a_list = item_start >= 0 or bool(next_seps)
    return alone and in_a_list and bool(folded[:start].strip(" ,;/|") or folded[end:].strip(" ,;/|.!?"))


# ------------------------------------------------------------------------------------------- children


def _children_word_facts(text: str, folded: str) -> list[Fact]:
    """Children from words: "geen kinderen" -> 0, "met mijn zoon en dochter" -> 2."""
    mentions = list(_compiled(_CHILD_ANY).finditer(folded))
    if not mentions:
        return []
    for match in mentions:
        if is_negated(folded, match.start()):
            return [_fact("children", 0, text, match.start(), match.end())]
    singles = [m for m in mentions if _is_counted_child(folded, m)]
    if not singles:
        return []
    return [_fact("children", len(singles), text, singles[0].start(), singles[-1].end())]


def _is_counted_child(folded: str, match: re.Match[str]) -> bool:
    """A singular child word with a determiner before it ("mijn dochter", "een zoon", "en dochter")."""
    if not _compiled(_CHILD_SINGULAR).fullmatch(match.group(0)):
        return False
    previous = words_before(folded, match.start(), 2)
    if not previous:
        return False
    determiners = {"mijn", "mn", "m'n", "me", "my", "een", "a", "onze", "ons", "our", "1", "en", "and", "with"}
    if previous[0] in determiners:
        return True
    return previous[0] in {"kleine", "little", "jonge", "baby", "lieve"} and len(previous) > 1 and previous[1] in determiners


# --------------------------------------------------------------------------------- sleeping situation


def _sleeping_hits(folded: str) -> list[_Hit]:
    """Sleeping-situation mentions that state a fact (not negated, not a wish or question)."""
    hits = _drop_overlaps(_hits(folded, SLEEPING_RULES))
    return [hit for hit in hits if not hit.negated and not _is_hypothetical(folded, hit.start)
            and not _shelter_refused(folded, hit)]


def _shelter_refused(folded: str, hit: _Hit) -> bool:
    """True for "de nachtopvang zit vol" / "the shelter was full": not where the person sleeps."""
    if hit.value != "shelter":
        return False
    return bool(re.match(r" (?:\w+ )?(?:is|was|zit|zat|zijn|waren|are|were) (?:\w+ )?(?:vol|full|dicht|closed)",
                         folded[hit.end:hit.end + 40]))


def _pick_sleeping(hits: list[_Hit]) -> Optional[_Hit]:
    """A current place beats a path into homelessness; among places the last mentioned wins."""
    places = [hit for hit in hits if hit.value not in PATHS]
    if places:
        return places[-1]
    return hits[-1] if hits else None


# -------------------------------------------------------------------------------------- bool entities


def _pet_fact(text: str, folded: str) -> list[Fact]:
    """Pets: "met mn hond" -> True, "geen huisdieren" -> False, "geen hond maar wel een kat" -> True."""
    hits = []
    for match in _compiled(PET_NOUNS).finditer(folded):
        if _compiled_raw(r"^ (?:is|was) (?:\w+ )?(?:dood|overleden|weg|gestorven|dead)|^ died").match(
                folded[match.end():match.end() + 30]):
            continue
        if folded[max(0, match.start() - 4):match.start()] == "hot ":
            continue
        previous = words_before(folded, match.start(), 1)
        owned = bool(previous) and previous[0] in {"mijn", "mn", "m'n", "me", "my", "onze", "ons", "our"}
        hits.append(_Hit(True, match.start(), match.end(), not owned and is_negated(folded, match.start())))
    return _bool_fact("pets", text, hits)


def _partner_fact(text: str, folded: str) -> list[Fact]:
    """Partner: "met mijn vriendin" -> True, "geen partner" / "alleenstaand" -> False."""
    hits = [_Hit(False, m.start(), m.end()) for m in _compiled(PARTNER_FALSE).finditer(folded)]
    hits += [_Hit(True, m.start(), m.end(), is_negated(folded, m.start()))
             for m in _compiled(PARTNER_TRUE).finditer(folded)]
    for match in _compiled(PARTNER_ALWAYS + "|" + PARTNER_WITH_POSS).finditer(folded):
        previous = words_before(folded, match.start(), 3)
        if _after_at(previous):
            continue
        needs_owner = _compiled(PARTNER_WITH_POSS).fullmatch(match.group(0)) is not None
        owned = bool(previous) and previous[0] in {"mijn", "mn", "m'n", "me", "my", "onze", "our"}
        if needs_owner and not owned:
            continue
        hits.append(_Hit(True, match.start(), match.end(), is_negated(folded, match.start())))
    return _bool_fact("partner", text, sorted(hits, key=lambda hit: hit.start))


def _after_at(previous: list[str]) -> bool:
    """True for "bij mijn vriendin" / "at my girlfriend's": a place to stay, not a partner with them."""
    if previous and previous[0] in {"bij", "at"}:
        return True
    return len(previous) > 1 and previous[0] in {"mijn", "mn", "m'n", "me", "my", "een", "a"} and previous[1] in {"bij", "at"}


def _id_fact(text: str, folded: str) -> list[Fact]:
    """ID: "ik heb een id-kaart" -> True, "geen id" / "paspoort kwijt" -> False."""
    hits = []
    for match in _compiled(ID_NOUNS).finditer(folded):
        if match.group(0) == "id" and _compiled_raw(r"^'|^ (?:like|love|rather|be|have|go|need|want)\b").match(
                folded[match.end():match.end() + 8]):
            continue
        before = folded[max(0, match.start() - 40):match.start()]
        after = folded[match.end():match.end() + 40]
        if is_negated(folded, match.start()) or _compiled_raw(ID_LOST_BEFORE).search(before) or \
                _compiled_raw("^" + ID_LOST_AFTER).match(after):
            hits.append(_Hit(False, match.start(), match.end()))
        elif _compiled_raw(ID_HAVE_BEFORE).search(before) or _compiled_raw("^" + ID_HAVE_AFTER).match(after):
            hits.append(_Hit(True, match.start(), match.end()))
    for match in _compiled(r"geen papieren|no papers|undocumented|ongedocumenteerd").finditer(folded):
        hits.append(_Hit(False, match.start(), match.end()))
    return _bool_fact("has_id", text, sorted(hits, key=lambda hit: hit.start))


def _bool_fact(entity: str, text: str, hits: list[_Hit]) -> list[Fact]:
    """One bool fact: a positive hit beats a negated one; a negated True hit means False."""
    chosen = _first_positive(hits)
    if chosen is None:
        return []
    value = bool(chosen.value) and not chosen.negated
    return [_fact(entity, value, text, chosen.start, chosen.end)]


# -------------------------------------------------------------------------------------------- income


def _income_fact(text: str, folded: str) -> list[Fact]:
    """Income: the first stated source; "geen werk en geen uitkering" -> none."""
    hits = _drop_overlaps(_hits(folded, INCOME_RULES))
    hits = [_Hit(h.value, h.start, h.end, h.negated or _negated_after(folded, h)) for h in hits]
    hits = [h for h in hits if not (h.value == "work" and _is_hypothetical(folded, h.start))]
    for hit in hits:
        if not hit.negated:
            return [_fact("income", hit.value, text, hit.start, hit.end)]
    negated_sources = {hit.value for hit in hits if hit.value in {"work", "benefits"}}
    if negated_sources == {"work", "benefits"}:
        return [_fact("income", "none", text, hits[0].start, hits[-1].end)]
    return []


def _negated_after(folded: str, hit: _Hit) -> bool:
    """True for a verb negated after it: "ik werk niet", "I work no more"."""
    return bool(re.match(r" (?:niet|nie|not|no longer|geen|meer niet)\b", folded[hit.end:hit.end + 15]))


# --------------------------------------------------------------------------------------- safe tonight


def _safe_tonight_fact(text: str, folded: str, sleeping: list[_Hit]) -> list[Fact]:
    """Safe tonight: "kan vannacht nergens heen" -> False, "vannacht kan ik bij mijn zus slapen" -> True."""
    for pattern in SAFE_FALSE:
        match = _compiled(pattern).search(folded)
        if match and not is_negated(folded, match.start()):
            return [_fact("safe_tonight", False, text, match.start(), match.end())]
    for pattern in SAFE_TRUE:
        match = _compiled(pattern).search(folded)
        if match and not is_negated(folded, match.start()):
            return [_fact("safe_tonight", True, text, match.start(), match.end())]
    tonight = _compiled(_TONIGHT).search(folded)
    if tonight:
        for hit in sleeping:
            if hit.value in TONIGHT_RESIDENT:
                start, end = min(tonight.start(), hit.start), max(tonight.end(), hit.end)
                return [_fact("safe_tonight", True, text, start, end)]
    return []


# ----------------------------------------------------------------------------------------------- main


def extract_facts(text: str) -> list[Fact]:
    """All facts about the person in one message, ordered by where they start."""
    if not text or not text.strip():
        return []
    folded = fold(text)
    facts = _municipality_facts(text)
    taken = [(fact.start, fact.end) for fact in facts]
    facts += _number_facts(text, folded, taken)
    if not any(fact.entity == "children" for fact in facts):
        facts += _children_word_facts(text, folded)
    sleeping_hits = _sleeping_hits(folded)
    chosen = _pick_sleeping(sleeping_hits)
    if chosen is not None:
        facts.append(_fact("sleeping_situation", chosen.value, text, chosen.start, chosen.end))
    extractors: tuple[Callable[[str, str], list[Fact]], ...] = (_pet_fact, _partner_fact, _income_fact, _id_fact)
    for extractor in extractors:
        facts += extractor(text, folded)
    facts += _safe_tonight_fact(text, folded, sleeping_hits)
    facts = _resolve_listed_ages(_resolve_ages_now_and_then(facts))
    return _without_nested_municipalities(sorted(facts, key=lambda fact: (fact.start, fact.end)))


def _resolve_ages_now_and_then(facts: list[Fact]) -> list[Fact]:
    """An age once ("toen ik 16 was") is no fact; next to one, an age now ("nu 31") is the age, else a number.

    ("ben nu 31", with an age word, is an age already.)
    """
    now_entity = "age" if any(f.entity == PAST_AGE for f in facts) else "number"
    return [Fact(now_entity, f.value, f.start, f.end, f.text) if f.entity == NOW_AGE else f
            for f in facts if f.entity != PAST_AGE]


def _resolve_listed_ages(facts: list[Fact]) -> list[Fact]:
    """A lone listed number is the age next to a place, a sleeping place or another fact; else a number.

    ("Zwolle, 22" is an age; "ja, 16" while children are asked about is not.)
    """
    others = {fact.entity for fact in facts} - {LISTED_AGE, "number", "children"}
    entity = "age" if others else "number"
    return [Fact(entity, f.value, f.start, f.end, f.text) if f.entity == LISTED_AGE else f for f in facts]


def _without_nested_municipalities(facts: list[Fact]) -> list[Fact]:
    """Drop a municipality found inside another fact's words ("uit de bak" is no place)."""
    others = [fact for fact in facts if fact.entity != "municipality"]
    return [
        fact for fact in facts
        if fact.entity != "municipality"
        or not any(o.start <= fact.start and fact.end <= o.end and (o.end - o.start) > (fact.end - fact.start)
                   for o in others)
    ]
