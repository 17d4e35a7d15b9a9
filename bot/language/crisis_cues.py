"""Crisis signals from cues that occur together, for crises told in the person's own words.

The phrase rules in bot.language.crisis know how a crisis is usually said ("ik ben verkracht", "overdosis").
People at night often say it otherwise: they describe what happens ("mn maat reageert nergens meer op en zn
lippen zijn blauw"), minimise ("hij werd een beetje handtastelijk, nu kan ik mn arm niet bewegen") or ask
("is het normaal dat mijn huisbaas wil dat ik bij hem in bed slaap als ik de huur niet kan betalen"). Two
kinds of cue in one message say more than either alone, and generalise beyond the phrases we thought of:

- medical: red-flag symptoms, as a triage nurse counts them (`RED_FLAGS`): two strong ones, a strong and a
  weak one, or three weak ones. "koorts" alone is flu; "koorts" with "verward" is sepsis or meningitis.
- sexual_violence: a sexual act or exposure together with coercion (`SEXUAL_ACT` and `COERCION`): "moest iets
  terug doen voor het slapen", "woke up with my clothes off and don't remember".
- violence: a violent act with a victim or an injury, control (papers taken, locked in, not allowed out), an
  aggressor at the door now, being chased (`VIOLENCE_PAIRS`).
- suicide: a high place or the tracks with looking down or jumping, a last goodbye with despair, self-harm in
  other words (`SUICIDE_PAIRS`).

Every cue is matched on the same normalised, blanked text as the phrase rules, word-bounded, and a negated cue
("niet verward", "didn't hit me") does not count. Written from the development rounds 4 and 7 in
nlu_data/crisis/round_4.yml and round_7.yml (each written blind to the rules); the fresh blind set tests/nlu_heldout/crisis_fresh.yml
measures how far they carry to messages nobody tuned on (README, "Benchmarks").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

import re

from bot.language.text import compile_alternatives

# Someone in the message: a pronoun, a relative or a stranger ("hij", "mn ex", "my mum's boyfriend", "two men").
PERSON = (
    r"(?:hij|ie|zij|ze|die|iemand|ze met z'?n \w+)",
    r"(?:mijn|mn|m'n|me|zn|z'n|haar|de|die|een) (?:ex|vriend|vriendje|man|vader|pa|stiefvader|"
    r"stiefpa|broer|moeder|ma|partner|huisbaas|baas|pooier|loverboy|dealer|buurman|oom|neef|zwager|vent|gast|gozer|kerel|jongens|mannen|groep)",
    r"(?:he|she|they|someone|somebody|neighbou?r|landlord|pimp|guys|men|man|mannen|jongens|gasten)",
    r"(?:my|her|his|the|a|some|two|three|this|that) (?:ex|boyfriend|husband|partner|dad|father|stepdad|"
    r"brother|mum'?s boyfriend|mom'?s boyfriend|boss|landlord|neighbou?r|pimp|dealer|uncle|cousin|guy|guys|man|men|group|gang)",
)

# A sexual act, exposure or intrusion, in plain or street words.
SEXUAL_ACT = (
    r"seks\w*", r"sex\b", r"sexual\w*", r"neuken", r"geneukt", r"pijpen",
    r"(?:klanten|clients) (?:\w+ )?(?:ontvangen|zien|see|meet)", r"(?:see|meet|ontvang\w*) (?:\w+ )?(?:klanten|clients)",
    r"(?:bij|met) (?:hem|haar|hen|die man|die gast|die vent|zijn vrienden|zn vrienden|z'n vrienden|haar vrienden|mannen|ze) "
    r"(?:\w+ )?(?:in bed|naar bed|in zn bed|in zijn bed|naar boven|mee naar|naar hotels?|naar een hotel|op zn kamer)",
    r"in (?:mijn|mn|m'n|zn|z'n|zijn|zijn) bed", r"in bed (?:slaap|slapen|liggen)",
    r"(?:mee|meegaan|mee gaan) (?:\w+ )?(?:naar boven|naar hotels?)",
    r"met mannen mee", r"mee met mannen",
    r"(?:broek|kleren|onderbroek|slip|rok) (?:\w+ ){0,2}(?:uit|naar beneden|uitgetrokken|omlaag)",
    r"uit(?:ge)?kleed\w*", r"uitkleden", r"kleed (?:me|mij) uit", r"naakt\w*", r"naaktfoto\w*", r"foto'?s van (?:mij|me)\b",
    r"gefilmd",
    r"(?:zat|zit|zitten|zaten|gezeten) (?:\w+ ){0,2}aan (?:me|mij|mn|m'n|mijn)\b", r"aan (?:me|mij) (?:gezeten|zitten|zat)",
    r"aangeraakt", r"betast", r"bevoeld", r"aanraken", r"dingen met (?:me|mij)\b", r"dingen (?:van|bij) (?:me|mij)\b",
    r"met (?:mijn|mn|m'n) lichaam", r"lief (?:voor hem|zijn voor)", r"gezoend", r"(?:op|bij) (?:me|mij) (?:kwam )?(?:liggen|lag)",
    r"(?:kwam|komt|komen|kwamen) (?:\w+ ){0,3}(?:bij me|bij mij|in mn bed|in mijn bed|op mn kamer|op mijn kamer|mn kamer in|"
    r"op de bank liggen)", r"(?:s|'s) nachts bij (?:me|mij)", r"heeft het (?:bij me )?gedaan",
    r"doet het (?:al )?\w* ?bij (?:me|mij)",
    r"(?:kamer|bed|tent|slaapzak) in (?:ge)?(?:komen|kwam|gekomen|gekropen|kruipen|kroop)",
    r"(?:mijn|mn|m'n) (?:foto'?s|fotos|filmpjes?|video'?s)",
    r"(?:filmpje|video|foto'?s|fotos) (?:\w+ )?(?:van|met) (?:mij|me)\b", r"dingen met (?:hem|haar) (?:doe|te doen|doen)",
    r"dat ik het doe",
    r"(?:pijn|sore|hurts) (?:\w+ )?(?:daar beneden|down there)", r"go with (?:his|her|their) (?:friends|mates|men)", r"pay him",
    r"feel dirty", r"voel (?:me|mij) vies",
    r"(?:pushed|threw|duwde|gooide) (?:me|mij) (?:\w+ )?(?:on|onto|op) (?:the|his|het|zn|z'n) bed\w*",
    r"morning after pil\w*", r"soa ?test", r"(?:een )?andere manier (?:\w+ )?betalen", r"betalen op een andere manier",
    r"sleep with (?:him|her|them|me)\b", r"slept with (?:him|her|them)\b", r"(?:into|in) (?:my|his|her) bed",
    r"under (?:the|my) (?:blanket|covers)",
    r"(?:pants|trousers|clothes|underwear|knickers|skirt) (?:\w+ ){0,2}(?:down|off)", r"undress\w*", r"naked", r"nudes?",
    r"pics\b",
    r"(?:photos|pictures|videos?) of me\b", r"filmed me", r"filming me", r"touch(?:ed|es|ing)? me\b", r"grab(?:bed|s|bing)? me\b",
    r"grop\w*", r"jerks? off", r"(?:did|do|doing|does) (?:things|stuff) (?:to|with) me\b",
    r"(?:had|have|has) to do (?:stuff|things)",
    r"be \W?(?:with|available)\b", r"with men\b", r"pay (?:in|with) other ways", r"(?:be )?nice to him", r"his girl",
    r"(?:didn'?t|did not|doesn'?t|won'?t) use (?:anything|a condom|protection)", r"have sex", r"(?:it|this) happened to me",
    # round 7: sleeping with someone for a bed or money, no condom, on top of one, hands on one, "he did it"
    # someone to sleep with, not "waar moet ik heen met slapen"
    r"(?:met|with) (?:\w+ ){1,3}(?:slapen|slaap|sleep)\b", r"met (?:mij|me|haar) (?:\w+ )?slapen",
    r"(?:geen|zonder|no|without) (?:een )?condoo?m",
    r"(?:boven ?op|bovenop) (?:me|mij)\b", r"(?:had|having|has) sex with (?:me|her)",
    r"(?:his|zijn|zn) (?:hands|handen) (?:on|op) (?:me|mij)\b",
    r"(?:he|hij) (?:did|deed) (?:it|het)\b", r"dingen (?:met (?:me|mij) )?gedaan",
)

# Coercion: no consent, no choice, something owed for a bed, asleep or drunk, locked in, threatened.
COERCION = (
    r"(?:ik )?(?:wil|wou|wilde) (?:het |dat )?niet\b", r"(?:ik )?zei (?:nog )?nee", r"nee (?:zei|zeg)", r"stopte niet",
    r"ging (?:\w+ )?te ver",
    r"anders\b", r"moest\b", r"moet ik\b", r"dwingt", r"dwong", r"gedwongen", r"in ruil", r"terug ?doen", r"betalen",
    r"geen keus",
    r"(?:toen|terwijl) ik sliep", r"deed alsof ik sliep", r"dronken", r"stoned", r"gedrogeerd",
    r"(?:weet|wist) (?:\w+ )?niet (?:meer )?wat er",
    r"op slot", r"opgesloten", r"vastgehouden", r"dreig\w*", r"zonder (?:dat ik|mijn|mn) ",
    r"met z'?n (?:drieen|tweeen|vieren)",
    r"(?:i )?(?:didn'?t|did not|don'?t|do not) want", r"said no", r"(?:wouldn'?t|won'?t|didn'?t|did not) stop", r"won'?t take no",
    r"(?:made|makes|make|forces?|forced|forcing|pushing) me\b", r"(?:have|had|has) to\b", r"gotta", r"got to", r"in exchange",
    r"\bowe\b",
    r"earn it", r"or (?:else|i'?m out|i have to|i must|he kicks|she kicks)", r"drunk",
    r"drugged",
    r"(?:don'?t|dont|do not|can'?t) remember", r"locked", r"won'?t let me", r"threaten\w*", r"will post", r"no choice",
    r"(?:without|no) (?:my )?consent",
    r"afraid", r"scared", r"niet (?:wou|wilde|wilden|wil|want)\b",
    r"(?:wil|wilt|willen|wants?) (?:\w+ ){0,2}(?:dingen|things|stuff)\b",
    r"wakker (?:geworden|werd|worden)", r"woke up", r"who would (?:even )?believe",
    r"(?:something|er is iets) (?:happened|gebeurd)",
    r"(?:kamer|slaapplek|plek|bed|huur|room|place|rent|stay) (?:\w+ ){0,4}(?:als ik|if i)\b",
    r"while i (?:was )?(?:sleep\w*|asleep)", r"(?:forces|forced|dwingt|dwong)\b",
    r"(?:moet|moeten) (?:\w+ ){0,3}(?:slapen|naar bed)",
    r"voor geld", r"for money", r"(?:wou|wilde|wil) niet stoppen", r"nooit ja (?:\w+ ){0,2}gezegd",
    r"durf\w* (?:\w+ )?(?:niet|niks)",
    r"(?:wasn'?t|was not|niet) (?:my|mijn) (?:choice|keuze)", r"(?:gelooft|geloven|believes?) (?:me|mij|a|een)\b",
    r"no one believes",
    r"(?:when|while|terwijl|als) i (?:\w+ )?(?:sleep|slaap)", r"held (?:me|her) down", r"hield (?:me|mij|haar) (?:\w+ )?vast",
)

# Sexual violence told in one cue: a euphemism that needs nothing else.
SEXUAL_ALONE = (
    r"(?:deed|doet|deden|doen|did|does|doing|do) (?:rare |vieze |gekke |weird |nasty )?(?:dingen|things|stuff) (?:met|bij|to) (?:me|mij)\b",
    r"(?:zat|zit|zitten|zaten) overal aan", r"aan (?:me|mij) (?:gezeten|zitten|zat)", r"doet het (?:\w+ ){0,3}bij (?:me|mij)\b",
    r"jerks? off",
    r"(?:pulled|trok|trokken|rukte|rukten) (?:\w+ ){0,2}(?:pants|broek|trousers|skirt|rok|kleren|clothes) (?:\w+ )?(?:down|off|uit|naar beneden)",
    r"walk(?:ing|ed|s)? in (?:on me )?(?:when|while) i (?:was )?chang\w*",
    r"(?:dwingt|dwong|forces|forced) (?:me|mij) (?:elke|iedere|every|als|when|s |'s|at)\b",
    r"(?:coming|comes|came|come) into (?:my|the) (?:room|bed|tent) at night", r"under (?:the|my) (?:blanket|covers)",
    # round 7: a child touched
    r"(?:zit|zat|zitten|zaten) (?:\w+ ){0,3}aan (?:mn|mijn|m'n|haar|zijn|zn) (?:\w+ )?(?:zusje|broertje|dochter|zoon|kind|kindje|plassertje|piemel|borsten|kont)",
    r"plassertje", r"touched (?:my|her|his) (?:\w+ )?(?:daughter|son|kid|child|sister|brother)", r"sexual things",
    r"(?:aangeraakt|aanraken|touched|touching) (?:\w+ )?(?:daar beneden|down there)",
)
# Something sexual given for a bed: "iets terug doen voor het slapen", "pay in other ways to keep the room".
FAVOUR = (
    r"(?:iets|wat|dingen) terug ?(?:doen|doet|deed)", r"terugdoen", r"in ruil", r"op een andere manier", r"pay in other ways",
    r"earn it", r"in exchange",
    r"lief (?:voor hem|zijn)", r"nice to him", r"met (?:mijn|mn|m'n) lichaam", r"with my body",
)
SHELTER = (
    r"slapen", r"slaapplek", r"bed", r"kamer", r"huur", r"plek", r"bank", r"couch", r"room", r"rent", r"stay", r"place", r"roof",
    r"crash",
)
# Intimate images spread or threatened.
INTIMATE_IMAGE = (
    r"naakt\w*", r"nudes?",
    r"(?:filmpjes?|video'?s?|fotos|foto'?s|filmed|photos|pictures|videos?) (?:\w+ ){0,3}(?:van|of|met) (?:mij|me)\b",
    r"filmed me", r"(?:mijn|mn|m'n|my) (?:foto'?s|fotos|pics|photos)",
)
SPREAD = (
    r"online", r"insta\w*", r"snapchat", r"(?:gaat|ging|gaan) rond", r"op (?:\w+ )?gezet", r"posted", r"(?:will|gonna) post",
    r"sent", r"sends?", r"sending",
    r"(?:sturen|gestuurd|delen|gedeeld|verspreid\w*)", r"shared", r"going around", r"iedereen (?:\w+ ){0,3}gezien", r"dreig\w*",
    r"threaten\w*",
)
INTRUSION = (
    r"(?:s|'s) nachts (?:\w+ )?(?:bij (?:me|mij) (?:kwam|komt|in bed)|in (?:mn|mijn|m'n) bed|op (?:mn|mijn|m'n) kamer)",
    r"(?:kwam|komt|komen|kwamen) (?:\w+ ){0,3}(?:op de bank liggen|in (?:mn|mijn|m'n) bed|op (?:mn|mijn|m'n) kamer)",
    r"(?:keeps|kept) coming into", r"(?:trying|tries|tried) to get in(?:to)? my (?:tent|room|bed)", r"won'?t take no",
)

# Violence: an act on a person, an injury, control, an aggressor at the door now, being chased.
VIOLENT_ACT = (
    r"sloeg", r"slaat(?! (?:\w+ )?(?:nergens |ergens |wel |niet |helemaal )?op\b)", r"slaan", r"geslagen", r"schopt", r"schopte",
    r"geschopt", r"stompt", r"stompte", r"trapt", r"trapte", r"getrapt",
    r"duwde", r"geduwd", r"beukte", r"ramde", r"gooit stenen", r"gooien stenen",
    r"(?:bij|aan) (?:de|mn|m'n|mijn|zn|je|haar) (?:keel|nek|haren)",
    r"handtastelijk", r"(?:me|mij|haar|hem|ons) pijn doet", r"mishandel\w*",
    r"in elkaar (?:ge)?(?:slaan|slaat|sloeg|geslagen|trappen|getrapt|geschopt|geramd)",
    r"(?:met|hield) (?:een|het|zn) (?:mes|hamer|knuppel|pistool)",
    r"in de fik", r"in brand steken", r"hits?\b(?! (?:me |us )?up| the (?:road|sack|hay|jackpot|bottle|gym|shops|books)| it off)", r"hitting", r"punch\w*",
    r"kick(?:s|ed|ing)?\b(?! (?:me |us )?out)(?! (?:me |us |him |her |them )?off\b)",  # kicked (me) out / off the train: put out
    r"slammed", r"beat(?:s|ing)?\b(?! (?:me |us |him |her |them )?(?:at|in)\b)", r"chok\w*", r"strangl\w*",
    r"(?:got|gets|getting) rough", r"shov(?:e|ed|es|ing)\b", r"(?<!panic )(?<!anxiety )(?<!heart )attack\w*", r"jumped me",
    r"hurt(?:s|ing)? (?:me|her|him|us|my|our)\b", r"knife", r"knifepoint", r"hammer", r"gun\b", r"stones", r"misbruik\w*",
    r"threaten\w* me", r"bedreigd\w*",
    # round 7: kicked, slapped, a bottle or a pistol shown, petrol, something smashed, bones broken
    r"(?:ge)?schopten", r"slaps?", r"slapped", r"smashed",
    r"(?:hit|sloeg|slaat) (?:\w+ ){0,3}(?:in|op) (?:the |my |mn |zn )?(?:face|gezicht|hoofd|head)",
    r"(?:pistool|pistol|gun|mes|knife) (?:\w+ ){0,2}(?:laten zien|liet zien|showed|pulled)", r"(?:petrol|benzine)",
    r"(?:broke|heeft|has) (?:\w+ ){0,3}(?:hand|arm|vingers|fingers|neus|nose|ribs|ribben|kaak|jaw) (?:\w+ )?(?:gebroken|broken)",
    r"broke (?:my|his|her|mn|zn) (?:\w+ )?(?:hand|arm|fingers|nose|ribs|jaw)",
)
INJURY = (
    r"(?:oog|ogen) (?:\w+ ){0,2}dicht", r"blauw oog", r"neus (?:\w+ )?gebroken", r"blauwe plekken",
    r"kan (?:mn|m'n|mijn) \w+ (?:\w+ ){0,2}niet (?:meer )?bewegen",
    r"bloed\w*", r"black eye", r"(?:eye|eyes) (?:\w+ ){0,2}(?:swollen|shut)", r"nose (?:\w+ ){0,2}broken", r"bruis\w*",
    r"can'?t (?:lift|move) (?:my|her|his) \w+", r"blood\w*", r"bleeding",
)
FACE_INJURY = (
    r"(?:oog|ogen) (?:\w+ ){0,2}dicht", r"blauw oog", r"neus (?:\w+ )?gebroken", r"black eye",
    r"(?:eye|eyes) (?:\w+ ){0,2}swollen shut",
    r"nose (?:\w+ ){0,2}broken", r"bruises all over", r"overal blauwe plekken",
    r"blauwe plekken van (?:mn|mijn|m'n|zijn|zn|haar|de)",
    r"bruises from (?:my|his|her|the)",
)
CONTROL = (
    r"paspoort", r"id[- ]?kaart\w*", r"papieren", r"documenten", r"passports?", r"id cards?", r"\bid\b", r"papers",
)
CONTROL_HELD = (
    r"afgepakt", r"ingenomen", r"houdt", r"keeps?", r"took", r"take", r"kept", r"has my",
)
CONTROL_BOUND = (
    r"niet (?:het huis )?uit", r"mogen (?:\w+ )?niet (?:\w+ )?(?:uit|weg)", r"mag (?:\w+ )?niet (?:\w+ )?(?:uit|weg)",
    r"niks betaald",
    r"zonder loon", r"can'?t leave", r"not allowed", r"no pay", r"deport\w*", r"(?:hurt|kill) our", r"if we leave", r"if i leave",
    r"see clients", r"werken",
)
LOCKED = (
    r"(?:deur|door) (?:\w+ ){0,2}(?:op slot|locked)", r"opgesloten", r"locked (?:me|us|her|him)(?: \w+){0,4} in\b",
    r"sloot (?:me|mij|ons) op", r"locked the door",
)
CANNOT_LEAVE = (
    r"kan (?:er )?niet (?:uit|weg|naar buiten)", r"(?:took|afgepakt|pakte|takes) (?:\w+ )?(?:phones?|telefoons?)", r"bang",
    r"afraid", r"scared", r"can'?t (?:get out|leave)", r"won'?t let me", r"im still here", r"i'?m still (?:here|inside)",
)
AGGRESSOR = (
    r"(?:mijn|mn|m'n) (?:ex|pooier|loverboy|dealer|stalker|man|vader|stiefvader)",
    r"(?:my|her) (?:ex|pimp|dealer|stalker|husband|dad|stepdad)",
)
AT_THE_DOOR = (
    r"(?:staat|stond|staan) (?:nu )?(?:\w+ )?(?:beneden|voor de deur|bij de (?:bel|deur)|buiten|voor mn deur|voor m'n deur)",
    r"(?:nieuwe )?adres (?:\w+ ){0,2}gevonden", r"found my (?:new )?address", r"outside (?:my|the) (?:door|window|tent|house)",
    r"(?:hes|he'?s|she'?s) outside", r"kicking the door", r"shouting (?:outside|at the door)", r"bonkt", r"at the door",
)
CHASED = (
    r"achtervolgd", r"(?:rent|rennen|renden|loopt|lopen|liepen|fietst|komt|komen|kwamen) (?:\w+ )?achter (?:me|mij|ons) aan",
    r"(?:being|been|getting|got) chased", r"chasing (?:me|us)",
)
THREAT_NEXT = (
    r"(?:im|i'?m|ik ben) (?:de )?(?:next|volgende)\b(?! (?:in|op|on|aan)\b)",
    r"(?:will|gonna|going to) (?:use it|hurt|kill|beat|do it again)", r"doet het weer", r"hell use it",
    r"(?:maakt|maak) (?:\w+ )?(?:me|mij|je) (?:af|kapot|dood)", r"steekt (?:\w+ ){0,3}in de fik",
    r"(?:haar|hem|me|mij) dood ?maakt", r"(?:morgen|vannacht|straks) dood (?:ben|bent|is)", r"finish (?:me|her|him)\b",
    r"(?:light|steken) (?:it|het)",
    r"(?:come|komen) (?:\w+ ){0,2}(?:to the|naar het) (?:squat|kraakpand|tent)",
    r"(?:zeiden|said) (?:dat )?(?:ze|they) terug ?(?:komen|come)",
)

# Suicide: a high place or the tracks with looking down or jumping; a goodbye with despair; self-harm in other words.
HIGH_PLACE = (
    r"brug", r"dak(?! boven)", r"balkon", r"reling", r"parkeergarage", r"flat", r"spoor", r"rails", r"zee", r"kade",
    r"roof(?! over)", r"rooftop", r"bridge", r"balcony", r"railing", r"tracks", r"parking garage", r"ledge", r"sea", r"the rails",
    r"\w+brug", r"canal", r"gracht", r"haven", r"het water", r"the water", r"train tracks", r"perron", r"platform",
)
LOOKING_DOWN = (
    r"(?:kijk|kijken|staar|staren|kijkend) (?:\w+ ){0,2}naar beneden", r"naar beneden (?:kijken|staren)",
    r"(?<!last )(?<!this )(?<!next )(?<!every )(?<!early )(?<!the )spring\w*(?! (?:\w+ )?(?:in|op) (?:de|het|een) (?:tram|bus|trein|metro|fiets|auto|boot|pont))(?! break)", r"jump\w*",
    r"(?:standing|sta|staan|zit|sitting) (?:\w+ ){0,2}(?:on|op) (?:the |de |het )?(?:\w+ )?(?:\w*brug|bridge|roof|dak|balkon|balcony|ledge|railing|reling)(?: \w+)? (?:rn|right now|nu)\b",
    r"looking down", r"staring down", r"staring at", r"(?:how )?quick it would be", r"letting go", r"(?:sta|staan|zit|zitten|standing|sitting) (?:\w+ ){0,2}op de rand",
    r"(?:ga|gaat) (?:\w+ )?(?:van|af)\b", r"(?:kijk|kijken) hoe diep", r"(?:it'?s|its) (?:really |so |very )?high", r"heel hoog",
    r"(?:de )?moed (?:om te springen|verzamel\w*|bij elkaar)", r"(?:the )?courage",
)
FAREWELL = (
    r"(?:mijn|mn|m'n|haar|zijn|zn|her|his) laatste bericht", r"(?:my )?last message",
    r"(?:won'?t|will not|wont) be a (?:problem|burden)",
    r"(?:niet|nooit) meer terug ?(?:komen|kom)",
    r"(?:heb|hebben) (?:het|ze|dat) (?:toch )?niet meer nodig", r"hoef (?:\w+ )?niet meer", r"vrede mee", r"made up my mind",
    r"(?:ive|i'?ve) sorted it", r"stop ik ermee", r"voorgoed", r"for good",
    r"can have (?:all )?my (?:stuff|things|\w+)", r"(?:mag|mogen) alles hebben", r"(?:my|mn|mijn) (?:stuff|spullen|hond|dog|\w+) "
    r"(?:\w+ ){0,4}(?:gegeven|gebracht|weggegeven|can have)", r"(?:gave|give|given) (?:away )?(?:my|all my) \w+",
    r"(?:after|na) (?:tonight|vannacht|vanavond)",
)
DESPAIR = (
    r"geen zin meer", r"heeft (?:\w+ )?geen zin", r"(?:trek|trekt) (?:het|t) niet(?: meer)?",
    r"(?:zie|zien) het (?:\w+ )?niet meer", r"kan niet meer",
    r"no point", r"what'?s the point", r"whats the point", r"(?:i'?m|im) done", r"nothing left", r"burden",
    r"(?:don'?t|dont) care anymore",
    r"niemand (?:zou|zal) (?:het )?(?:merken|missen)", r"(?:nobody|no one|noone) (?:would|will) (?:notice|miss|care)",
    r"(?:ik )?verdwijn", r"disappear", r"much longer", r"(?:wil|ga|ben|zijn|was|gaan) (?:\w+ )?dood\b",
    r"(?:to|wanna|want to|gonna|going to|i'?ll|i will|i'?d|could|should|let me) die\b", r"ending it", r"end it",
    r"ik (?:denk dat ik|ga) spring\w*", r"(?:heb|hebben) (?:het|t|ze|dat) (?:toch )?niet meer nodig",
    r"niet (?:haar|zijn|jouw|jullie) schuld", r"not (?:her|his|your) fault", r"sorry voor alles", r"sorry for everything",
    r"thanks for trying",
    r"bedankt voor (?:alles|het proberen)", r"(?:don'?t|dont|not) wake up", r"niet meer wakker", r"not coming back",
    r"(?:won'?t|wont) (?:need|be needing) (?:it|them|this|a place)",
    r"dont see the point", r"(?:don'?t|dont) want to get any older",
)
# A plan or the means looked up.
PLAN = (
    r"(?:uitgezocht|opgezocht) hoe", r"(?:have|got|heb|made) (?:a|een) plan", r"(?:ways|how) to (?:do it|die|end it|kill)",
    r"looking up ways",
)
# Suicide told in one cue: self-harm in other words, the means at hand, a goodbye letter, not being there after tonight.
SUICIDE_ALONE = (
    r"(?:brand|brandde|snij|sneed|kras|kraste|krassen|gekrast|gesneden|gebrand|snijd) (?:me|mij|mezelf)\b(?! (?:niet|nooit))",
    r"(?:me|mij|mezelf) (?:\w+ ){0,2}(?:gekrast|gesneden|gebrand|snijden|krassen|branden)\b(?! (?:aan|op) (?:een|de|het|mn|m'n|mijn)\b)",
    r"(?:burn|burning|burned|burnt|cut|cutting|scratch|scratching|hurt|hurting|harm|harming) myself\b(?! (?:on (?:a|the|some)|while|shaving|cooking)\b)",
    r"(?:walk|walking|loop|lopen) (?:\w+ )?(?:into|in) (?:the|de|het) (?:sea|water|zee|gracht|canal|river|rivier)",
    r"geen zin (?:meer )?(?:om|in) (?:te )?leven", r"niemands probleem meer",
    r"(?:point|zin) (?:\w+ ){0,2}(?:of|in|om) (?:waking up|wakker (?:te )?worden)",
    r"(?:need|needing) (?:\w+ ){0,3}(?:much|any) longer",
    r"(?:don'?t|dont) want to get any older", r"(?:took|taken|genomen|geslikt) (?:\w+ ){0,6}(?:on purpose|expres|met opzet)",
    r"(?:burn|burning|cut|cutting|scratch\w*) (?:my|mn|mijn) (?:arms?|wrists?|legs?|skin|polsen?|armen|benen)",
    r"(?:kras\w*|snij\w*|sneed|gesneden) (?:\w+ ){0,2}(?:mn|mijn|m'n) (?:pols|polsen|armen|arm|benen)",
    r"ik hoef (?:het )?niet meer(?=\W*$)",
    r"(?:won'?t|wont|will not) be (?:a|anyone'?s) (?:problem|burden) (?:\w+ ){0,3}(?:much )?longer", r"jump (?:\w+ )?in front of",
    r"spring(?:en)? (?:\w+ )?voor de (?:trein|metro|tram|auto|bus)",
    r"(?:swallow|slik|slikken) (?:\w+ )?(?:everything|alles)", r"took everything i had",
    # round 7: the means bought, saved or ready; a goodbye letter or will; not being there after tonight; someone else
    r"(?:touw|rope|strop|noose) (?:\w+ )?(?:gekocht|bought|klaar|ready)", r"(?:gekocht|bought) (?:\w+ ){0,2}(?:touw|rope)",
    r"(?:pillen|tabletten|slaappillen|pills|sleeping pills|meds) (?:\w+ ){0,4}(?:gespaard|opgespaard|saved|klaar|ready|not to sleep)",
    r"(?:gespaard|opgespaard|saved up|bought a lot of) (?:\w+ ){0,4}(?:pillen|tabletten|pills|sleeping pills)",
    r"alle pillen die ik (?:nog )?heb", r"(?:took|taken|neemt|nam) (?:\w+ )?all (?:her|his|my) (?:meds|pills)", r"all her meds",
    r"slang (?:\w+ ){0,3}uitlaat", r"(?:hose|pipe) (?:\w+ ){0,3}exhaust", r"afscheidsbrie\w*", r"goodbye letters?",
    r"(?:wrote|written|schreef|geschreven) (?:\w+ ){0,2}(?:my|mijn|mn) (?:will|testament)",
    r"(?:ben|zijn) (?:ik|we) er (?:\w+ )?niet meer",
    r"(?:won'?t|wont) be (?:in any|anywhere|here|around) (?:\w+ ){0,2}(?:after|by|tomorrow|anymore)",
    r"not be here anymore", r"op deze wereld", r"(?:het )?zal niet lang meer duren",
    r"besloten dat ik (?:dat|het) niet (?:ga )?meemaken", r"since i decided", r"everything is sorted", r"painless way",
    r"how many \w+ (?:is|are) too many",
    r"how long it takes to (?:freeze|die|drown|bleed)",
    r"zich (?:\w+ ){0,3}(?:ophangen|iets aandoen|iets aan doen|van kant maken|doodmaken)",
    r"(?:hang|kill) (?:himself|herself|themselves)",
    r"(?:posting|talking|praat|praten) (?:\w+ ){0,2}(?:about )?(?:wanting to die|dood willen)",
    r"(?:van|off) de flat af",
    r"(?:jump|springen|spring) (?:\w+ ){0,2}(?:in|into) (?:the|de|het) (?:canal|gracht|water|river|rivier|sea|zee)",
    r"(?:sleeping )?pills (?:would it take|does it take) to",
    r"hoeveel (?:\w+ )?(?:pillen|slaappillen) (?:\w+ ){0,3}(?:dood|niet meer wakker)",
)

# Red-flag symptoms by category; `STRONG` ones say more than the others. `context` is what makes a weak sign
# worse (a fall, a pregnancy, a baby, a diabetic), `substance` a drug or poison taken.
RED_FLAGS = {
    "unresponsive": (
        r"reageert (?:\w+ )?(?:nergens|niet) (?:meer )?(?:op)?",
        r"(?:niet|nauwelijks) (?:meer )?wakker (?:te krijgen|worden|maken)",
        r"zegt (?:al )?(?:\w+ )?niks meer", r"zegt (?:al )?(?:\w+ )?niets meer",
        r"(?:hij|ze|zij|ie|ik) (?:valt|zakt|zak|viel) (?:\w+ )?weg\b", r"ogen draaien weg",
        r"out cold", r"can'?t wake",
        r"(?:he|she|he'?s|she'?s|they'?re|friend|mate|baby) (?:is )?not (?:responding|moving|waking up|breathing)",
        r"(?:he|she) not (?:move|wake)", r"nodding out", r"and not (?:answering|responding|moving)",
        r"(?:barely|half) conscious", r"keep (?:my|his|her) eyes open", r"passing out", r"pass out\b(?! (?:flyers|leaflets))",
        r"faint(?:ed|ing|s)?\b(?! (?:hope|smell|sound|memory|idea))",
        r"flauw ?gevallen", r"flauwvallen", r"val (?:bijna )?flauw",
        r"wegzakken", r"not wake", r"unresponsive", r"niet aanspreekbaar", r"ligt (?:\w+ )?stil", r"beweegt niet",
        r"(?:hij|ze|zij|ie) ligt (?:\w+ )?op de (?:rails|grond|straat|weg|stoep)",
        r"(?:he'?s|she'?s|is) (?:lying )?on the (?:ground|floor|tracks|street)",
        r"rilt niet (?:eens )?meer", r"stopped shivering", r"reageert nauwelijks", r"barely respond\w*", r"won'?t wake",
        r"(?:hij|ze|zij) praat niet(?: meer)?", r"valt (?:steeds|telkens) weg",
        r"ligt (?:\w+ ){0,4}op de (?:grond|rails|straat|weg|stoep)",
        r"(?:ogen|eyes) (?:\w+ )?(?:niet|nie|not) open (?:\w+ )?(?:houden|keep)",
    ),
    "breathing": (
        r"ademt (?:\w+ )?(?:raar|niet|nauwelijks|zwaar|snel|langzaam|heel)", r"ademhaling",
        r"(?:krijgt|krijg|kreeg) (?:\w+ )?geen lucht",
        r"breath(?:e|es|ing)? (?:\w+ ){0,2}(?:fast|slow|small|heavy|weird|funny|strange|shallow)", r"gasping", r"breathes like",
        r"(?:can'?t|cannot|barely) breathe", r"hoest (?:\w+ )?bloed", r"cough(?:s|ing)? (?:\w+ )?(?:blood|black)", r"snurkt raar",
        r"snoring (?:weird|strange|funny)",
    ),
    "colour": (
        r"(?:blauwe|paarse|grijze) lippen", r"lippen (?:\w+ )?(?:blauw|paars|grijs)",
        r"lips (?:\w+ ){0,2}(?:blue|purple|grey|gray)",
        r"(?:is|looks|went|gone|going|turned) (?:all )?(?:blue|grey|gray)",
        r"blauw (?:om|rond) (?:de|zn|z'n|haar|zijn) (?:lippen|mond)",
        r"(?:is|ziet) (?:\w+ )?(?:wit|lijkbleek|bleek)\b", r"(?:is|ziet|wordt|werd|zag) (?:\w+ ){0,2}grijs", r"grauw",
        r"grey and", r"wit als een doek", r"lijkbleek",
        r"zwart geworden", r"paars en koud", r"(?:dik|opgezwollen) en (?:rood|paars)", r"rode (?:streep|lijn)", r"red line",
        r"rood en dik", r"loopt omhoog",
    ),
    "confusion": (
        r"verward", r"warrig", r"praat onzin", r"(?:weet|wist) (?:\w+ )?niet (?:meer )?waar (?:ie|hij|ze|ik)", r"confused",
        r"raaskalt",
        r"(?:forget|forgetting|don'?t know) where i am", r"(?:don'?t|dont) know what day",
        r"zie(?:t)? (?:dingen|beestjes|spinnen)",
        r"seeing (?:things|spiders|bugs)", r"hallucin\w*", r"acting (?:a bit )?(?:off|weird|strange)",
        r"feel(?:ing)? (?:really |so |very )?(?:weird|strange)", r"voel (?:me|mij) (?:heel |zo )?raar",
        r"(?:hij|ze|zij|ie) doet (?:\w+ )?(?:heel |zo |erg )?raar", r"talking nonsense", r"praat (?:\w+ )?raar",
        r"doorgedraaid", r"psychos\w*", r"(?:thinks|denkt) (?:\w+ ){0,3}(?:poison\w*|vergiftig\w*|vliegen|fly)",
        r"slaapt al dagen niet",
    ),
    "seizure": (
        r"stuip\w*", r"toeval", r"(?:epileptische )?aanval", r"schokt", r"schokken", r"convuls\w*",
        r"(?:had|having|has|a) (?:\w+ )?fit\b", r"fits\b", r"seizure\w*", r"trekkingen",
    ),
    "severe_pain": (
        r"(?:zoveel|zo veel|zon|zo'?n|heel erge?|vreselijke|ondraaglijke|hele erge) pijn", r"schreeuwt van (?:de )?pijn",
        r"worst headache",
        r"barstende hoofdpijn", r"pounding headache", r"(?:really |very )?bad headache", r"(?:buik|belly) (?:\w+ ){0,3}keihard",
        r"excruciating", r"severe pain",
        r"thunderclap", r"(?:hele )?erge weeen", r"like never before", r"als nooit tevoren",
        r"screaming (?:from|in|with) pain", r"(?:huge|massive|terrible|extreme|unbearable) pain",
        r"(?:borst|chest) (?:\w+ )?pijn",
        r"pijn (?:op|in) (?:de|zn|mn|z'n|m'n|haar) borst", r"chest (?:is )?being squeezed", r"(?:can'?t|cannot) stand up",
        r"kan niet (?:meer )?rechtop",
    ),
    "stroke": (r"mond hangt (?:\w+ )?scheef", r"(?:rechterkant|linkerkant|one side|left side|right side) (?:\w+ ){0,3}(?:niet meer voelen|numb|voel|feel)",
        r"(?:can'?t|cannot) see (?:out of )?(?:one|1) eye", r"(?:blind|niks zien) (?:in|met|uit) (?:one|een|1) (?:eye|oog)",
        r"face (?:\w+ ){0,2}drooping", r"(?:half|one side of) (?:zn|z'n|zijn|haar|his|her|my|the)? ?(?:gezicht|face)"),
    "danger_now": (
        r"klimt (?:\w+ ){0,3}(?:reling|dak|brug|balkon|railing|roof)", r"running into (?:the )?traffic",
        r"rent (?:\w+ )?de weg op",
        r"vel hangt eraf", r"skin (?:is )?(?:peeling|hanging)",
        r"(?:hele|whole) (?:arm|gezicht|face|body|lichaam) (?:\w+ ){0,2}(?:verbrand|burned|burnt)",
        r"(?:bleekwater|bleach|chloor|gootsteenontstopper|ontstopper|antivries|antifreeze|accuzuur) (?:\w+ ){0,2}(?:gedronken|drank|drunk|geslikt|swallowed|ingenomen)",
        r"(?:drank|drunk|swallowed|gedronken|geslikt) (?:\w+ ){0,3}(?:bleekwater|bleach|chloor|ontstopper|antifreeze)",
        r"(?:\w*batterij\w*|battery|batteries|magneet|magnets?) (?:\w+ ){0,2}(?:ingeslikt|geslikt|swallowed)",
        r"(?:ingeslikt|swallowed) (?:\w+ ){0,3}(?:\w*batterij\w*|battery|magneet|magnet)",
        r"hard as a rock", r"(?:buik|belly) (?:\w+ ){0,3}keihard", r"keiharde buik",
        r"(?:hele|whole|volle) strip (?:\w+ ){0,4}(?:op|genomen|geslikt|ingenomen|took|taken|swallowed)\b",
        r"(?:took|taken|swallowed|genomen|geslikt) (?:\w+ )?(?:a |een )?(?:hele|whole|volle) strip",
        r"(?:barbecue|bbq|kacheltje|gaskachel|heater|generator|aggregaat) (?:\w+ ){0,3}(?:binnen|inside|in de (?:tent|caravan|auto))",
        r"vel laat los", r"vol blaren",
        r"(?:been|arm|leg|bone|bot) (?:\w+ ){0,2}(?:staat )?(?:helemaal )?(?:scheef|looks wrong|sticking out|steekt (?:er )?uit)",
        r"(?:\d|two|three|twee|drie) (?:\w+ )?(?:seizures|aanvallen) (?:in a row|achter elkaar)",
        r"(?:stiff neck|neck is stiff|stijve nek|nek is stijf)",
        r"bloed spuit", r"blood (?:is )?(?:pumping|spurting|gushing)",
    ),
    "neuro": ( r"kan (?:\w+ )?niet (?:meer )?(?:goed )?praten", r"can'?t (?:speak|talk) (?:properly|clearly|anymore)", r"slurr\w*",
        r"can'?t lift (?:his|her|my) arm",
        r"(?:benen|armen) niet (?:meer )?(?:voel|voelt)", r"voelt (?:zn|z'n|zijn|haar) (?:benen|armen) niet", r"pupil\w*",
        r"dubbel zien", r"zie (?:ik )?dubbel",
        r"sterretjes", r"blurry vision", r"wazig zien", r"zie wazig", r"can'?t feel (?:my|his|her) (?:legs|arms)",
        r"(?:speldenknop|pinpoint)",
    ),
    "dehydration": (
        r"plas niet", r"(?:not|haven'?t|hasn'?t) peed", r"(?:kan|kon) (?:\w+ )?niks binnenhouden", r"can'?t keep (?:\w+ )?down",
    ),
    "limp": (r"\bslap\b", r"floppy", r"limp", r"huilt niet (?:eens )?meer", r"(?:baby|kid|child|she|he) (?:\w+ ){0,3}not drinking", r"wil niet drinken"),
    "bleeding_heavy": (
        r"bloed (?:uit|spuit)", r"blood (?:from|coming|everywhere)", r"(?:soaking|doorweekt)", r"spuit eruit", r"much blood",
        r"overgeven met bloed", r"vomiting blood",
        r"bleeding (?:\w+ )?from (?:his|her|my|the) (?:head|ear|ears|mouth|neck)",
    ),
    "fever": (r"koorts\w*", r"fever\w*", r"gloeiend heet", r"burning hot", r"red hot", r"knalrood", r"very hot", r"heel heet"),
    "cold": (r"ijskoud", r"ice cold", r"cold as ice", r"onderkoel\w*"),
    "shaking": (r"shaking", r"trill\w*", r"beven", r"beeft"),
    "vomiting": (r"overgeven", r"geeft over", r"gaf over", r"kotst", r"spuugt", r"kotsen", r"braken", r"spugen", r"vomit\w*", r"throwing up", r"moet (?:\w+ )?kotsen"),
    "dizzy": (r"duizelig", r"dizzy", r"alles draait", r"lightheaded", r"light headed"),
    "sweating": (r"zweet (?:niet meer|heel erg|als een gek)", r"zweterig", r"sweating", r"stopped sweating", r"klam", r"clammy"),
    "swelling": (r"opgezwollen", r"zwelt", r"swelling", r"swollen", r"helemaal dik"),
    "drowsy": (r"slaperig", r"sleepy", r"drowsy", r"suf"),
    "substance": (
        r"na (?:die|zn|z'n|het|een|de) (?:pil|pillen|shot|shotje|spuit)",
        r"after (?:his|her|the|a|my) (?:shot|hit|pill|pills|dose)",
        r"heroin\w*", r"fentanyl", r"ghb", r"methadon\w*", r"bleekwater", r"bleach", r"gas heater", r"kacheltje",
        r"drinking all day",
        r"ate (?:some of )?my pills", r"suiker ?ziek", r"diabet\w*", r"epilep\w*", r"(?:shot|gespoten) (?:heroin\w*|heroine)",
        r"(?:net|just) (?:gespoten|shot up)", r"off the (?:booze|drink|alcohol)", r"(?:wodka|vodka)",
        r"swallowed (?:his|her|the) (?:whole )?bag", r"type 1",
    ),
    "context": (
        r"gevallen", r"fell", r"(?:klap|hit) (?:\w+ )?(?:op|on) (?:\w+ )?(?:hoofd|head)", r"(?:hit|bumped) (?:my|his|her) head",
        r"van de (?:trap|hoogslaper)", r"aangereden", r"hit by", r"gebeten", r"bitten", r"verbrand\w*", r"burns?\b(?!-)",
        r"in elkaar geslagen", r"jumped", r"geschept", r"cut (?:my|his|her) (?:hand|arm|leg|finger)", r"snee",
        r"(?:hij|ze|zij) valt", r"zwanger", r"pregnant", r"miscarr\w*", r"vliezen", r"baby", r"toddler",
    ),
}
STRONG = frozenset({
    "unresponsive", "breathing", "colour", "confusion", "seizure", "severe_pain", "stroke", "danger_now", "neuro", "dehydration", "limp",
    "bleeding_heavy",
})


@dataclass(frozen=True)
class CuePair:
    """A crisis signalled when every group of cues matches somewhere in the message."""

    crisis: str
    groups: tuple[tuple[str, ...], ...]


SEXUAL_PAIRS = (
    CuePair("sexual_violence", (SEXUAL_ALONE,)),
    CuePair("sexual_violence", (SEXUAL_ACT, COERCION)),
    CuePair("sexual_violence", (FAVOUR, SHELTER)),
    CuePair("sexual_violence", (INTIMATE_IMAGE, SPREAD)),
    CuePair("sexual_violence", (INTRUSION, PERSON)),
)
VIOLENCE_PAIRS = (
    CuePair("violence", (VIOLENT_ACT, PERSON)),
    CuePair("violence", (VIOLENT_ACT, INJURY)),
    CuePair("violence", (FACE_INJURY,)),
    CuePair("violence", (CONTROL, CONTROL_HELD, CONTROL_BOUND)),
    CuePair("violence", (LOCKED, CANNOT_LEAVE)),
    CuePair("violence", (AGGRESSOR, AT_THE_DOOR)),
    CuePair("violence", (CHASED,)),
    CuePair("violence", (PERSON, THREAT_NEXT)),
)
SUICIDE_PAIRS = (
    CuePair("suicide", (SUICIDE_ALONE,)),
    CuePair("suicide", (HIGH_PLACE, LOOKING_DOWN)),
    CuePair("suicide", (FAREWELL, DESPAIR)),
    CuePair("suicide", (PLAN, DESPAIR)),
    CuePair("suicide", (PLAN, FAREWELL)),
)
# In order of urgency, as in bot.language.crisis; medical is counted separately (`red_flag_crisis`).
PAIRS = SUICIDE_PAIRS + SEXUAL_PAIRS + VIOLENCE_PAIRS

Matcher = Callable[[re.Pattern[str], str], bool]


@lru_cache(maxsize=None)
def _compiled(group: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation for a group of cues."""
    return compile_alternatives(*group)


def red_flags(folded: str, matches: Matcher) -> set[str]:
    """The red-flag symptom categories a message names."""
    return {name for name, cues in RED_FLAGS.items() if matches(_compiled(cues), folded)}


def red_flag_crisis(folded: str, matches: Matcher) -> bool:
    """True when the symptoms add up to an emergency: two strong, a strong and a weak, or three weak ones."""
    flags = red_flags(folded, matches)
    strong = len(flags & STRONG)
    return strong >= 2 or (strong == 1 and len(flags) >= 2) or len(flags) >= 3


# The cue groups that hint at each type when nothing else names it (`likeliest_type`).
HINTS = {
    "suicide": (SUICIDE_ALONE, HIGH_PLACE, FAREWELL, DESPAIR, PLAN),
    "sexual_violence": (SEXUAL_ALONE, SEXUAL_ACT, FAVOUR, INTIMATE_IMAGE, INTRUSION),
    "violence": (VIOLENT_ACT, FACE_INJURY, CONTROL, LOCKED, AT_THE_DOOR, CHASED, THREAT_NEXT),
}


def likeliest_type(folded: str, matches: Matcher) -> Optional[str]:
    """The crisis type most of the message's cues hint at, for a crisis the intent model found; None if none.

    Each matching hint group counts once, each red-flag category once for medical; ties go to the more urgent type.
    """
    scores = {"medical": len(red_flags(folded, matches))}
    for crisis, groups in HINTS.items():
        scores[crisis] = sum(matches(_compiled(group), folded) for group in groups)
    best = max(scores, key=lambda crisis: scores[crisis])  # dicts keep order: medical, suicide, sexual, violence
    return best if scores[best] > 0 else None


def cue_crisis(folded: str, matches: Matcher) -> Optional[str]:
    """The crisis that cues occurring together signal in normalised, blanked text, or None.

    `matches(pattern, folded)` says whether a cue matches somewhere, not negated (bot.language.crisis).
    """
    if red_flag_crisis(folded, matches):
        return "medical"
    for pair in PAIRS:
        if all(matches(_compiled(group), folded) for group in pair.groups):
            return pair.crisis
    return None
