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
- The same figures of speech veto the intent model: when it guesses `crisis` but the message holds a
  figure of speech and no signal (`is_figure_of_speech`), the safety net takes its next intent instead.
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
_SHE_HE = r"(?:hij|zij|ze|die|iemand|een \w+|mijn \w+|mn \w+|m'n \w+|me \w+|mijn ex|de \w+)"
_HE_SHE_EN = r"(?:he|she|they|someone|somebody|my \w+|this \w+|a \w+|the \w+|some \w+|these \w+|two \w+|guys|men|people)"

MEDICAL = (
    # bleeding
    r"ik bloed", r"ik bloedt", r"bloed(?:t|de)? (?:heel |erg |zo |echt )?(?:veel|erg|hard|enorm)",
    r"blijf(?:t)? (?:maar )?bloeden", r"stopt niet met bloeden", r"(?:diepe|grote) (?:snee|wond)",
    r"(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) stop (?:the )?bleeding", r"deep (?:cut|wound)",
    r"(?:i'?m|i am|am|is|keeps?|still|started|been) bleeding", r"bleeding (?:a lot|badly|heavily)",
    r"overal bloed", r"blood everywhere", r"(?:heel )?veel bloed(?! (?:geprikt|afgenomen|gegeven|prikken|laten prikken))", r"verlies (?:\w+ )?bloed", r"(?:so much|lots of|a lot of) blood",
    r"steekwond", r"neergestoken", r"ben gestoken", r"stab(?:bed| wound)",
    # overdose, pills
    r"overdos\w*(?! on purpose| expres)", r"overdose[ds]?(?! on purpose)", r"o\.?d\.?'?d", r"\bod\b(?= on)",
    r"(?:te ?veel|een hoop|alle|al (?:mijn|mn|m'n|me|die)|een (?:hele |volle |halve )?(?:handvol|strip|doos|pot|potje|"
    r"fles|flesje|stapel)|heel veel|hele (?:strip|doos|pot|fles)) (?:\w+ ){0,2}"
    r"(?:pillen|pilletjes|medicijnen|medicatie|tabletten|paracetamol|slaappillen|oxazepam|pijnstillers|drugs)"
    r"(?: \w+)? (?:genomen|geslikt|ingenomen|gebruikt|op|leeggegeten|leeg gegeten|opgegeten|weggeslikt)",
    # too much of a drug: "te veel heroine gebruikt", "hij heeft te veel gebruikt", "took too much"
    r"te ?veel (?:\w+ )?(?:gebruikt|gespoten|gesnoven|geslikt|ingenomen)",
    r"(?:took|taken|used|shot up|injected|snorted) (?:way )?too much\b(?! time)",
    r"(?:took|taken|swallowed|had) (?:too many|a lot of|all (?:of )?(?:my|the)|a bunch of|loads of|"
    r"(?:a |the )?(?:whole |full )?(?:box|bottle|strip|pack|packet|handful|pot) of) "
    r"(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)",
    # breathing, heart, consciousness
    r"(?:krijg|kreeg|heb|had) (?:bijna |echt |haast )?geen (?:lucht|adem)",
    r"kan (?:bijna |echt |haast )?(?:niet|nauwelijks|amper) (?:meer )?(?:goed )?ademen",
    r"(?:heel|erg|super|zo) benauwd", r"ademt niet",
    r"ademt (?:heel |erg |zo |super )?(?:raar|vreemd|zwaar|moeilijk|nauwelijks|amper|bijna niet|niet goed|rochelend)",
    r"(?:moeite|problemen) met (?:ademen|ademhalen|de ademhaling)",
    r"(?:trouble|difficulty|struggling|problems?) (?:breathing|to breathe)", r"can (?:barely|hardly) breathe",
    r"short of breath", r"(?:isn'?t|not|is barely|barely) breathing", r"(?:ik|ben aan het) stik(?:ken)?(?! van)",
    r"(?:can'?t|cannot|can not|could not|couldn'?t) breathe?", r"not breathing", r"hard to breathe",
    r"pijn (?:op|in|aan) (?:de|mijn|mn|m'n|me) borst", r"borstpijn", r"hartaanval", r"hartinfarct",
    r"chest pains?", r"pain in (?:my|the) chest", r"heart attack",
    r"(?:going to|gonna|about to|feel like i'?m going to|might) (?:pass out|faint|black out|collapse)",
    r"(?:heb|had|kreeg|krijg|krijgt|heeft) (?:net |weer |nu |zojuist |gisteren )?(?:een )?(?:epileptische |astma ?)?aanval\b",
    r"(?:alles|everything) (?:\w+ )?(?:wordt|werd|gaat|went|goes|going|turned|turning) (?:\w+ )?(?:zwart|black)",
    r"(?:wordt|werd) (?:\w+ )?alles zwart", r"zwart voor (?:mijn|mn|m'n|me|de) ogen",
    r"(?:genomen|ingenomen|geslikt|took|taken|swallowed|mixed) (?:\w+ ){0,2}(?:met|with) (?:\w+ ){0,3}(?:drank|alcohol|booze|wodka|vodka)",
    r"bewusteloos", r"buiten bewustzijn", r"flauw ?gevallen", r"val(?:t)? flauw", r"ga flauwvallen",
    r"reageert niet(?: meer)?", r"reageert nergens (?:meer )?op", r"ligt te schokken", r"foaming at the mouth",
    r"schuim op (?:de|zijn|haar|z'n|zn) mond", r"unconscious", r"passed out", r"(?:not|isn'?t) responding", r"fainted",
    r"(?:wordt|werd|word) (?:maar )?niet (?:meer )?wakker", r"(?:krijg|krijgen) (?:hem|haar|hun|ze|m) niet (?:meer )?wakker",
    r"(?:he|she|they|he'?s|she'?s|they'?re|friend|mate|buddy|partner|boyfriend|girlfriend|husband|wife|someone|"
    r"somebody|man|woman|guy|girl) (?:won'?t|will not|doesn'?t|does not|isn'?t|is not|can'?t|cannot) wak(?:e|ing) (?:him |her |them )?up",
    r"(?:can'?t|cannot) wake (?:him|her|them) up", r"collapsed",
    r"in elkaar (?:gezakt|gestort)", r"beweegt niet(?: meer)?", r"(?:isn'?t|is not|not) moving",
    r"beroerte", r"having a stroke", r"epileptische aanval", r"seizure", r"stuip(?:en)?", r"stuiptrek\w*",
    r"epilep\w* (?:aanval|insult)", r"(?:schokt|schokken|ligt te schokken) (?:helemaal|heel erg|over (?:zijn|haar) hele)",
    r"ambulance", r"bel (?:de )?112", r"(?:call|bel) 911",
    # hypothermia: cold with a clear symptom
    r"voel (?:mijn|mn|m'n|me) (?:handen|voeten|vingers|tenen|benen|armen|gezicht|lichaam)"
    r"(?: en (?:mijn |mn |m'n |me )?\w+)? niet meer",
    r"blauw (?:aangelopen|aanlopen|aan het lopen)", r"blauwe lippen", r"(?:lips|face) (?:are |is )?(?:turning |went |gone )?blue",
    r"turning blue",
    r"(?:fingers|hands|feet|toes|legs|face) (?:are |is |went |have gone |gone |are going |turned )?numb\b",
    r"(?:vingers|handen|voeten|tenen|benen) (?:zijn |worden |gaan )?(?:gevoelloos|verdoofd)\b", r"kan (?:bijna |haast )?niet meer (?:opstaan|bewegen)", r"kan (?:bijna |haast )?niet meer praten van de kou",
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
    r"(?:niet|nooit) meer wakker (?:worden|te worden|word|wordt)", r"klaar met (?:het |mijn |mn |m'n )?leven(?! (?:op|in|als|bij|zonder|met|hier|daar|zo)\b)",
    r"(?:het|alles) hoeft (?:voor mij |van mij )?(?:echt |gewoon )*allemaal (?:echt |gewoon )*niet meer(?! \w)",
    r"levensmoe", r"(?:hoop|hoopte|wou|wens) (?:dat )?ik (?:\w+ ){0,2}(?:doodga|dood ga|sterf|doodgaan|er niet meer ben)",
    r"(?:verdwijnen|disappear) (?:en nooit meer|voor altijd|voorgoed|forever|for good)",
    r"afscheid (?:genomen|nemen|te nemen) van (?:iedereen|de wereld|alles|het leven)",
    r"(?:said|saying|say) goodbye to (?:everyone|everybody|the world|everything|life)",
    r"leven (?:\w+ )?(?:niks|niets) (?:meer )?waard", r"leven hoeft (?:\w+ ){0,2}niet meer",
    r"(?:nooit|niet) meer (?:op ?staan|opstaan)", r"trek het (?:leven )?niet meer",
    r"(?:want|wanting) (?:it all|everything|all of it|the pain|life) to (?:stop|end)",
    r"no point (?:anymore|any more|in anything|in going on|in trying)",
    r"(?:had|have) enough of (?:life|living|being alive|this life)", r"(?:het )?leven (?:\w+ )?zat\b", r"doodsgedachten", r"denk (?:\w+ ){0,2}(?:aan|over) (?:doodgaan|dood gaan|sterven|de dood|zelfdoding)",
    r"(?:me|mij|mezelf|mijzelf) (?:op ?(?:te )?hangen|ophangen|(?:te )?verhangen|(?:te )?verdrinken|"
    r"van het leven (?:te )?beroven|ombrengen|om te brengen)",
    r"(?:pillen|pilletjes|medicijnen|tabletten|slaappillen) (?:\w+ )?(?:opgespaard|gespaard|verzameld|aan het sparen)",
    r"(?:spaar|verzamel) (?:\w+ )?(?:pillen|medicijnen|tabletten|slaappillen)",
    r"(?:heb|kocht|gekocht|koop) (?:een |al een )?touw\b", r"(?:geprobeerd|poging) (?:om )?(?:mezelf|me|mij|er een eind)",
    r"(?:in|aan) (?:mijn|mn|m'n|me) (?:arm|armen|pols|polsen|benen|been|buik) (?:\w+ )?(?:gesneden|snijden|gekrast|krassen|sneed|gesneden)",
    r"(?:snij|snijd|sneed|kras) (?:\w+ )?in (?:mijn|mn|m'n|me) (?:arm|armen|pols|polsen|benen|been)",
    r"polsen (?:door ?snijden|doorgesneden|doorsnijden)",
    r"(?:spring|springen|springt) (?:\w+ ){0,2}(?:van|vanaf|af) (?:de|het|een) (?:brug|dak|flat|balkon|viaduct)",
    r"(?:spring|springen|springt) (?:\w+ ){0,2}(?:voor|onder) (?:de|het|een) (?:trein|metro|tram|auto|vrachtwagen|bus)",
    r"(?:spring|springen|springt) (?:\w+ ){0,2}in (?:de|het|een) (?:water|gracht|rivier|kanaal|zee)",
    r"(?:water|gracht|rivier|kanaal|brug|dak|flat|balkon) (?:\w+ ){0,3}(?:spring|springen|springt)(?! \w+ (?:bed|tent))",
    r"(?:eind|einde|eindje) (?:aan|van) (?:mijn|mn|m'n|me|het) leven", r"(?:eind|einde) aan maken",
    r"er (?:een |een eind |een einde )?(?:eind|einde|eindje) aan(?! (?:de|het|deze|die|dit|mijn|mn|m'n|me|je|jouw|ons|onze|hun|zijn|haar) \w)",
    r"er (?:een )?(?:eind|einde) aan (?:maken|te maken|make)", r"ermee (?:stoppen|kappen) met leven",
    r"mezelf (?:iets|wat|van alles|pijn) (?:aan ?doen|aandoen|doen)", r"mezelf (?:\w+ ){0,2}pijn (?:gedaan|te doen)",
    r"mezelf (?:iets|wat) (?:aangedaan|aan te doen)",
    r"(?:mijn|mn|m'n|me|het) leven (?:\w+ )?(?:beeindigen|beindigen|te beeindigen|beeindigd)", r"mezelf (?:van kant|dood|om het leven)",
    r"mezelf (?:ophangen|ombrengen|verdrinken|doden|doodmaken|te doden|snijden|gesneden|beschadigen)",
    r"(?:snij|snijd|kras) (?:in )?mezelf", r"zelfbeschadiging", r"van kant (?:maken|te maken)",
    r"(?:voor|onder) (?:de|een) trein", r"van (?:een|het|de) (?:brug|dak|flat) (?:springen|af springen|te springen)",
    r"zie het (?:\w+ )?niet (?:meer )?zitten", r"zie geen (?:uitweg|toekomst|zin|reden)",
    r"(?:zie|heb) (?:het|er) (?:\w+ )?geen zin meer in", r"leven (?:heeft|is) (?:\w+ )?(?:geen zin|zinloos)",
    r"heb geen zin meer in (?:het|mijn|mn|m'n) leven", r"niemand (?:zal|gaat) me missen",
    r"(?:iedereen|de wereld) is beter (?:af )?zonder mij", r"afscheidsbrief",
    r"(?:want|wanna|wish|going|gonna|ready|trying) (?:\w+ )?(?:to )?die\b", r"wish i (?:was|were) dead",
    r"better off dead", r"kill(?:ing)? (?:my ?self|me self)",
    r"(?:want|wanna|wish|rather|prefer|like) (?:to )?(?:just )?(?:be|being) dead",
    r"(?:rather|prefer to|hope i|hope to|wish i) (?:would |could |did )?(?:not|don'?t|never|won'?t) wake up",
    r"never wake up again", r"not (?:to )?wake up (?:again|tomorrow|anymore|any more)",
    r"(?:hang|hanging|drown|drowning|poison|poisoning|shoot|shooting|overdose|od) my ?self",
    r"slit (?:my|me) wrists?", r"(?:jump|jumping|throw|throwing) (?:my ?self )?(?:in front of|under|off|from|into) "
    r"(?:a|the) (?:train|bus|truck|car|bridge|roof|building|river|canal|water|tracks)",
    r"(?:saving|saved|stockpiling|collecting|hoarding) (?:up )?(?:my |some |all (?:my|the) )?(?:pills|meds|tablets|medication)",
    r"(?:pills|tablets|meds|rope|gun) to end it", r"(?:going to|gonna|want to|wanna|i'?ll|to) end it (?:all|tonight|today|now)",
    r"overdose on purpose", r"(?:point|reason) (?:of|in|for) (?:living|life|being alive|going on|carrying on)",
    r"(?:care|notice|miss me) if i (?:was |were |am |'?m )?(?:gone|dead|not here|died|disappeared)",
    r"(?:done|finished|tired|sick|through) (?:with|of) (?:this |my )?(?:life|living|being alive)"
    r"(?! (?:on|in|at|like|with|out|rough|here|there|under|from|off)\b)",
    r"(?:tried|attempted) to (?:end|hurt) my ?self", r"end (?:it all|my life|this life|things)",
    r"take my (?:own )?life", r"if i (?:was|were|am) dead", r"better off without me",
    r"(?:goodbye|farewell|suicide) (?:letter|note)", r"(?<![\d] )kms",
    r"(?:bridge|roof|edge|ledge|tracks) (?:[\w']+ ){0,5}(?:jump|jumping)", r"(?:don'?t|do not) want to (?:live|be alive|be here|exist|wake up)",
    r"no (?:reason|point) (?:to|in) (?:live|living|going on)", r"(?:hurt|hurting|harm|harming|cut|cutting) my ?self",
    r"self[- ]?harm\w*", r"jump (?:off|from) (?:a|the) (?:bridge|roof|building)",
    r"i can'?t go on", r"ik kan niet meer verder", r"ik trek het niet meer",
)

SEXUAL_VIOLENCE = (
    r"verkra[cg][th]\w*", r"aangeran[dt]\w*", r"aanranding\w*", r"aanrander",
    r"seksueel (?:\w+ )?(?:misbruikt|misbruik|geweld|mishandeld|aangevallen|lastig ?gevallen|geintimideerd|uitgebuit)",
    r"(?:gedwongen|dwingt|dwong|moest|moet) (?:me |mij )?(?:\w+ )?(?:tot )?(?:seks|sex)",
    r"(?:seks|sex) (?:\w+ )?(?:voor|in ruil voor|als) (?:een |de |het )?(?:slaapplek|bed|plek|onderdak|dak|geld|eten|kamer|huur|drugs)",
    r"ongewenst (?:aangeraakt|betast)", r"betast\w*", r"loverboy\w*", r"pooier\w*", r"pimp\w*",
    r"(?:gedwongen|dwingt|dwong|dwingen) (?:\w+ ){0,2}(?:tot )?(?:prostitutie|tippelen|de prostitutie|sekswerk)",
    r"als ik (?:\w+ ){0,2}(?:seks|sex) (?:met (?:hem|haar|hen|hun|\w+) )?(?:heb|doe|hebben)",
    r"forced (?:into|to do) (?:prostitution|sex work)", r"forced (?:himself|herself|themselves) on me",
    r"made me (?:have sex|do sexual|sleep with|do things)",
    r"(?:moet|moest|moeten|wil dat ik|dwingt|dwong) (?:ik )?(?:\w+ ){0,2}met (?:hem|haar|hen|hun|die \w+|\w+) naar bed",
    r"naar bed (?:gaan |te gaan )?(?:voor|in ruil voor) (?:een |de |het )?(?:slaapplek|bed|plek|onderdak|dak|geld|eten|drugs|kamer)",
    r"(?:zat|zit|zaten|zitten) (?:\w+ ){0,3}aan (?:me|mij|mijn lichaam|mn lichaam|m'n lichaam)(?! (?:te|vast|hoofd|kop)\b)",
    r"aan (?:me|mij) (?:gezeten|zitten)", r"(?:touched|touching|groping|grabbed) me(?! (?:up|on the shoulder))",
    r"rap(?:ed|e|ing)", r"sexual(?:ly)? (?:\w+ )?(?:assault\w*|abuse\w*|harass\w*|violence|attack\w*)",
    r"molest\w*", r"forced (?:me )?(?:to have |into )?(?:sex|sexual)", r"groped",
    r"(?:sex|sexual favou?rs) (?:for|in exchange for|as) (?:a |the |my )?(?:place|bed|room|roof|money|food|rent|drugs|stay)",
    # "met iemand slapen" is sex ("bij iemand slapen" is a place): forced, demanded or as the price of a bed
    r"(?:dwong|dwingt|dwingen|moest|moet|moeten|wil dat ik|wilde dat ik|verwacht dat ik|eist dat ik) (?:\w+ ){0,3}"
    r"met (?:hem|haar|hen|hun|die \w+|\w+) (?:te )?(?:slapen|naar bed)",
    r"(?:wil|wilde|wou|verwacht|verwachtte|eist|eiste|vraagt|vroeg) (?:(?!geen |niet )\w+ ){0,2}(?:seks|sex)\b",
    r"(?:asked (?:me )?for sex|(?:wants?|wanted|expects?|expected|demands?|demanded|makes|made|forced) (?:(?!no |not )\w+ ){0,2}(?:sex|sexual favou?rs)\b)",
    r"(?:wants?|wanted|expects?|expected|asks?|asked|makes|made|forced|told) (?:me )?(?:to )?(?:sleep with|have sex with|go to bed with) "
    r"(?:him|her|them|his \w+)",
    r"sleep with (?:him|her|them) (?:\w+ ){0,3}(?:rent|place|room|bed|stay|money|roof)",
    r"(?:gedrogeerd|drugged|spiked my drink) (?:\w+ ){0,3}(?:misbruikt|aangerand|abused|assaulted|raped|meegenomen)",
    r"(?:stuurt|stuurde|sturen|sends|sending|sent) (?:me|mij) (?:\w+ ){0,3}(?:naar|to) (?:mannen|klanten|men|clients|guys)",
)

VIOLENCE = (
    _SHE_HE + r" (?:slaat|sloeg|schopt|schopte|mishandelt|mishandelde|wurgt|wurgde|bedreigt|bedreigde|"
    r"duwt|duwde|stompt|stompte|stalkt|achtervolgt|stak|steekt|slaan|sloegen|bedreigen|schoppen|trapt|trapte|trappen|"
    r"slaat|knijpt|wurgen) " + _ME,
    _SHE_HE + r" (?:maakt|maken) " + _ME + r" (?:\w+ )?(?:dood|af)\b(?! van)",
    r"(?:heeft|hebben|had|hadden) " + _ME + r" (?:(?!niet |nooit |nog nooit )\w+ ){0,4}(?:geslagen|geschopt|getrapt|"
    r"mishandeld|bedreigd|gewurgd|aangevallen|beroofd|neergeslagen|neergestoken|gestoken|geduwd|opgesloten|"
    r"in elkaar geslagen|in elkaar getrapt|pijn gedaan|iets aangedaan)",
    _ME + r" (?:\w+ )?(?:wil|wilt|willen|gaat|gaan|zal|zullen) (?:vermoorden|doodmaken|dood maken|afmaken|slaan|pakken|"
    r"iets aandoen|neersteken|steken|neerschieten)",
    r"(?:trok|trekt|pakte) (?:\w+ )?(?:een )?(?:mes|pistool|wapen)", r"(?:mes|pistool|wapen) (?:op|tegen) (?:me|mij|mijn|mn)",
    _SHE_HE + r" " + _ME + r" (?:slaat|sloeg|schopt|mishandelt|wurgt|bedreigt|slaan|bedreigen|pijn doet|iets aandoet)",
    r"(?:word|wordt|werd|ben|worden|zijn) (?:(?!eruit |weg |buiten |eraf |niet |nooit |geen )\w+ )?(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|gestalkt|"
    r"achtervolgd|aangevallen|in elkaar geslagen|in elkaar getrapt|misbruikt|beroofd|opgesloten|uitgebuit)",
    r"huiselijk geweld", r"relationeel geweld", r"mishandel\w*", r"bedreig\w*", r"\bgeweld\b",
    r"(?:bang|angst) (?:dat|voor wat) (?:hij|zij|ze|die|mijn \w+|mn \w+|m'n \w+) (?:\w+ ){0,3}(?:vermoord|vermoordt|"
    r"doodmaakt|dood maakt|iets aandoet|wat aandoet|slaat|pijn doet|komt zoeken|vindt|vind|komt halen|terugkomt)",
    r"(?:wil|willen|wilden|wou|gaat|gaan|zal|zullen|dreigt|dreigde) " + _ME + r" (?:\w+ )?(?:vermoorden|dood maken|doodmaken|"
    r"afmaken|slaan|pakken|iets aandoen)",
    r"vermoord(?:t|en)? " + _ME,
    r"op (?:me|mij) (?:in ?geslagen|in ?slaan|in ?slaat|in ?getrapt|in ?trappen|in ?gestoken)",
    r"(?:gedreigd|dreigt|dreigde|dreigen) (?:om )?" + _ME + r" (?:\w+ )?(?:dood te maken|te vermoorden|te slaan|"
    r"af te maken|iets aan te doen|te pakken|neer te steken)",
    r"(?:hij|zij|ze|iemand|die gast|een man|een gast|een vent|er is iemand|er staat iemand) (?:\w+ )?(?:heeft|had|met) "
    r"(?:een )?(?:mes|pistool|wapen|vuurwapen)\b",
    r"(?:he|she|they|someone|somebody|a guy|a man|guy|man) (?:has|had|'s got|got|with|is holding) (?:a )?(?:knife|gun|weapon)",
    r"(?:ben|zijn|zit|zitten|is) (?:(?!niet |geen )\w+ )?in (?:levens)?gevaar",
    r"(?:i'?m|i am|am|we are|we'?re|is|are) (?:(?!not )\w+ )?in danger",
    r"(?:slaat|sloeg|mishandelt|schopt|schopte|slaan) (?:de|mijn|mn|m'n|onze|ons|haar|zijn) (?:kinderen|kids|kind|zoon|dochter|baby)",
    r"(?:dwingt|dwong|dwingen) " + _ME + r" (?:om )?dingen", r"forces me to do things", r"durf niet (?:meer )?(?:naar huis|terug)", r"ben (?:zo )?bang voor (?:hem|haar|mijn|mn|m'n)",
    r"in elkaar geslagen", r"in elkaar (?:getrapt|geschopt|gemept|gebeukt)", r"achter (?:me|mij) aan met (?:een )?(?:mes|pistool|wapen|knuppel)",
    r"(?:dealer|dealers|gast|gasten|man|mannen|jongens|pooier|loverboy|ex) (?:\w+ ){0,2}achter (?:me|mij) aan\b",
    _ME + r" (?:\w+ )?af (?:gaat|wil|zal|komt|gaan|willen) maken",
    r"(?:he'?ll|she'?ll|they'?ll|he'?d|she'?d|they'?d|will|would|gonna|going to) (?:stab|shoot|kill|hurt|beat|cut|strangle) me\b",
    r"(?:scared|afraid|terrified) of (?:him|her|them|my (?:ex|partner|boyfriend|girlfriend|husband|wife|dad|father|mum|mom|"
    r"mother|stepdad|stepfather|brother|pimp|dealer))\b", r"met een mes (?:bedreigd|gestoken|achter)",
    _HE_SHE_EN + r" (?:hits|hit|beats|beat|kicks|kicked|hurts|hurt|threatens|threatened|chokes|choked|"
    r"strangled|attacked|abuses|abused|punches|punched|stalks|slaps|slapped|assaulted|robbed|mugged) me(?! (?:out|off)\b)",
    r"(?:being|been|was|were|got|get|getting|am) (?:(?!not |never )\w+ )?(?:threatened|abused|beaten|hit|attacked|stalked|"
    r"assaulted|mugged|robbed|kicked(?! (?:out|off))|punched|followed|choked|strangled|trafficked|jumped|stabbed)",
    r"(?:is|are|was|were|keeps?|kept|been|keep|he'?s|she'?s|they'?re|someone'?s) (?:\w+ )?(?:threatening|hitting|beating|following|stalking|attacking|"
    r"hurting|harassing|chasing|killing|choking|strangling) (?:me|us)",
    r"(?:pulled|held) (?:out )?(?:a|his|her|their) (?:knife|gun|weapon)", r"(?:knife|gun) (?:on|at|to) (?:me|my)",
    _HE_SHE_EN + r" jumped me",
    r"domestic (?:violence|abuse)", r"abusive (?:\w+)", r"beat me up",
    r"(?:afraid|scared|terrified) (?:that )?(?:he|she|they)(?:'ll| will| is going to| are going to| might)? "
    r"(?:\w+ )?(?:kill|hurt|hit|find)", r"(?:going|wants?|gonna|threatened) to (?:kill|hurt|beat) me",
    r"(?:kill|hurt) me\b(?! (?:for|with))",
    # pursued, locked in, hit in so many words ("dan slaat hij", "laat me niet met rust")
    r"(?:dan|en|toen|soms|vaak) (?:slaat|sloeg|schopt|schopte|trapt|trapte|wurgt|wurgde) (?:hij|zij|ze)\b",
    r"(?:en|toen|daarna|and|then) (?:(?:ook|also|even|he|she|they|hij|zij|ze) )?(?:sloeg|slaat|schopte|schopt|trapte|trapt|wurgde|"
    r"mishandelde|bedreigde|duwde|hit|hits|beat|kicked|punched|slapped|choked|threatened|attacked|pushed|shoved) "
    r"(?:me|mij)\b(?! (?:out|off|eruit)\b)",
    r"laat (?:me|mij) niet (?:met rust|gaan|los|weg|vertrekken|naar buiten)",
    r"(?:houdt|hield|houden|hielden) (?:me|mij) (?:\w+ ){0,2}(?:opgesloten|gevangen)", r"sluit(?:en)? (?:me|mij) (?:\w+ ){0,2}op\b",
    r"(?:heeft|hebben|had|hadden) " + _ME + r" (?:(?!niet |nooit )\w+ ){0,6}(?:geslagen|geschopt|getrapt|gewurgd|misbruikt|"
    r"neergestoken|in elkaar geslagen|in elkaar gemept)",
    r"(?:dealer|dealers|pooier|loverboy|ex|schuldeisers?) (?:\w+ ){0,4}(?:me|mij) (?:\w+ )?(?:komt|komen|zal|gaat|gaan) "
    r"(?:halen|pakken|zoeken|vinden)", r"(?:me|mij) (?:\w+ )?(?:komt|komen) pakken",
    r"(?:gooit|gooide|gooien) (?:\w+ ){0,2}naar (?:me|mij|mijn hoofd|mn hoofd)",
    r"(?:is|was|gets|got|becomes|wordt|werd|kan (?:heel )?) ?(?:\w+ )?(?:violent|gewelddadig)",
    r"(?:threatening|stalking|harassing|beating|choking|strangling|chasing) (?:me|us)\b",
    r"(?:scared|afraid|terrified) (?:that )?(?:my (?:ex|partner|boyfriend|girlfriend|husband|wife|dad|father|stepdad|"
    r"stepfather|pimp|dealer|brother)|he|she|they) (?:will|'ll|is going to|is gonna|might|could) (?:\w+ )?(?:find|kill|hurt|hit|come for)",
    r"(?:throws|threw|throwing) (?:\w+ ){0,2}at me\b",
    r"(?:won'?t|doesn'?t|will not|does not|didn'?t) let me (?:leave|go out|out of|go\b(?! (?:in|inside|into|there|to|with|back|home|first)\b))",
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
    r"would kill for",
    r"(?:it|this|that|cold|heat|waiting|wait|feet|back|legs|knees|head|shoes|boots|stairs|job|work|hunger|noise|bench) "
    r"(?:\w+ )?(?:is|was|are|'s|'re) killing me", r"dying (?:for|of|to)", r"dead tired",
    r"die (?:of|from) (?:boredom|hunger|laughter|laughing|embarrassment|shame)",
    r"(?:phone|battery|batterij|telefoon|mobiel|accu) (?:\w+ ){0,2}(?:dead|dood|leeg)",
    r"(?:dood|rot|kapot|krom|slap) ?gelachen", r"(?:nearly |almost )?died laughing", r"(?:i'?d|would) kill for",
    r"(?:kan|kon|zou) (?:\w+ ){0,3}wel (?:kunnen )?(?:vermoorden|wurgen|afmaken|killen)",
    r"(?:de |het |die |dat |deze |dit )?(?:kou|honger|verveling|stress|wachten|wachtlijst|hitte|regen|herrie|lawaai|gedoe) "
    r"(?:\w+ )?(?:maakt|maken) (?:me|mij) (?:\w+ )?(?:dood|af|gek)",
)


@lru_cache(maxsize=None)
def _compiled_checks() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled alternation per crisis type, in order of urgency."""
    return tuple((name, compile_alternatives(*parts)) for name, parts in CHECKS)


# Words that contain a crisis word but are none ("geweldig" holds "geweld"); blanked like HYPERBOLE.
HARMLESS_WORDS = (r"geweldig\w*",)


@lru_cache(maxsize=None)
def _hyperbole() -> re.Pattern[str]:
    """Compiled figures of speech to blank out before matching."""
    return compile_alternatives(*HYPERBOLE)


@lru_cache(maxsize=None)
def _blanked() -> re.Pattern[str]:
    """Everything blanked before matching: figures of speech and harmless words."""
    return compile_alternatives(*HYPERBOLE, *HARMLESS_WORDS)


def _blank(match: re.Match[str]) -> str:
    """Replace a match with spaces so offsets stay the same."""
    return " " * len(match.group(0))


# "Nobody" directly before a signal negates it too ("er is niemand die me slaat").
_NEGATIONS = NEGATIONS | {"niemand", "nobody", "noone"}


def _has_unnegated_match(pattern: re.Pattern[str], folded: str) -> bool:
    """True when the pattern matches somewhere not directly preceded by a negation."""
    for match in pattern.finditer(folded):
        previous = words_before(folded, match.start(), 1)
        if not previous or previous[0] not in _NEGATIONS:
            return True
    return False


def is_figure_of_speech(text: str) -> bool:
    """True when the message holds a known figure of speech ("ik heb me doodgelachen", "my feet are killing
    me") and no crisis signal: the safety net then vetoes a `crisis` guessed by the intent model."""
    if not text or not text.strip():
        return False
    return bool(_hyperbole().search(fold(text))) and detect_crisis(text) is None


# Practical problems the intent model confuses with a crisis (measured on tests/nlu_dev/crisis.yml): belongings
# stolen, a landlord, eviction, being put out. Like a figure of speech they veto a `crisis` guessed by the
# model only when no crisis signal matches; robbery, threats, being hit still count. Medication is NOT here
# on purpose: "mijn insuline is op en ik word duizelig" is a medical crisis the rules may not know.
ORDINARY_PROBLEMS = (
    # theft of things (robbery of a person, "beroofd" / "mugged", is violence and matched above)
    r"(?:gestolen|gejat|gepikt|ingepikt|gejat|ingebroken|weggenomen|afgepakt|stole|stolen|nicked|pinched|swiped)",
    # a landlord, rent, eviction
    r"(?:huisbaas|verhuurder|woningcorporatie|deurwaarder|huurachterstand|huurcontract|huur|ontruim\w*|uitgezet|"
    r"uit huis gezet|landlord|evict\w*|rent|lease|bailiff)",
    r"(?:eruit|de deur uit|op straat) (?:ge)?(?:gezet|gegooid|geschopt|zetten|gooien)", r"(?:zet|zette|gooit|gooide) (?:me|mij|ons) (?:\w+ )?eruit",
    r"(?:kicked|threw|thrown|throwing|kicking|put) (?:me |us )?out(?! of (?:the|a) (?:car|window))",
)


@lru_cache(maxsize=None)
def _ordinary_problem() -> re.Pattern[str]:
    """Compiled practical problems (theft, landlord and eviction)."""
    return compile_alternatives(*ORDINARY_PROBLEMS)


def is_ordinary_problem(text: str) -> bool:
    """True when the message is about a practical problem (stolen belongings, a landlord or eviction) and holds
    no crisis signal: the safety net then vetoes a `crisis` guessed by the intent model."""
    if not text or not text.strip():
        return False
    return bool(_ordinary_problem().search(fold(text))) and detect_crisis(text) is None


def detect_crisis(text: str) -> Optional[str]:
    """Return "medical", "suicide", "sexual_violence" or "violence" for a crisis signal, else None."""
    if not text or not text.strip():
        return None
    folded = _blanked().sub(_blank, fold(text))
    for name, pattern in _compiled_checks():
        if _has_unnegated_match(pattern, folded):
            return name
    return None
