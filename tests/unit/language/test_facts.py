"""Table tests for bot.language.facts.extract_facts: several facts per message, negation, typos, offsets."""


import pytest

from bot.language.facts import Fact, extract_facts

S = "sleeping_situation"

CASES = [
    # multi-fact sentences from the brief
    ("ben 19 en slaap op straat in almere met mn hond",
     {"age": 19, S: "street", "municipality": "Almere", "pets": True}),
    ("ik en mijn vriendin slapen in de auto in Zwolle, we hebben 2 kids",
     {"partner": True, S: "car", "municipality": "Zwolle", "children": 2}),
    ("nee wacht, ik ben 42", {"age": 42}),
    ("I'm 23, sleeping at a friend's place in Utrecht",
     {"age": 23, S: "friends_family", "municipality": "Utrecht"}),
    # sleeping situation
    ("ik word uit mijn huis gezet", {S: "eviction"}),
    ("we worden uitgezet volgende week", {S: "eviction"}),
    ("ik kom net uit de gevangenis", {S: "institution"}),
    ("ik kom net uit de kliniek", {S: "institution"}),
    ("ik kom net uit het azc", {S: "institution"}),
    ("ik kom net uit de jeugdzorg", {S: "institution"}),
    ("ik zit in de nachtopvang", {S: "shelter"}),
    ("ik slaap in een kraakpand", {S: "squat"}),
    ("ik woon anti-kraak", {S: "other"}),
    ("ik slaap buiten", {S: "street"}),
    ("slaap onder een brug", {S: "street"}),
    ("sleeping rough", {S: "street"}),
    ("i sleep in my car", {S: "car"}),
    ("ik logeer bij mijn broer", {S: "friends_family"}),
    ("ik sliep bij mn zus maar nu op straat", {S: "street"}),
    ("ik kom uit de bak en slaap nu bij mn moeder", {S: "friends_family"}),
    ("ik slaap niet op straat", {}),
    ("is er een nachtopvang in de buurt?", {}),
    ("de nachtopvang zit vol", {}),
    ("ik sloap op straat", {S: "street"}),  # typo in the verb, the place still counts
    ("ik slaap op straaat", {S: "street"}),
    # income
    ("ik heb bijstand", {"income": "benefits"}),
    ("ik zit in de WW", {"income": "benefits"}),
    ("ik heb een WIA uitkering", {"income": "benefits"}),
    ("ik werk in de bouw", {"income": "work"}),
    ("ik heb een baan", {"income": "work"}),
    ("uitzendwerk", {"income": "work"}),
    ("ik krijg AOW", {"income": "pension"}),
    ("ik heb pensioen", {"income": "pension"}),
    ("geen inkomen", {"income": "none"}),
    ("ik heb geen geld", {"income": "none"}),
    ("geen werk en geen uitkering", {"income": "none"}),
    ("ik werk niet maar heb wel bijstand", {"income": "benefits"}),
    ("I'm on benefits", {"income": "benefits"}),
    ("ik zoek werk", {}),
    # ID
    ("ik heb geen id", {"has_id": False}),
    ("paspoort kwijt", {"has_id": False}),
    ("mijn paspoort is gestolen", {"has_id": False}),
    ("ik heb een id-kaart", {"has_id": True}),
    ("ja ik heb een paspoort", {"has_id": True}),
    ("I lost my passport", {"has_id": False}),
    ("geen idee", {}),
    # children
    ("met mijn dochter", {"children": 1}),
    ("met mijn zoon en dochter", {"children": 2}),
    ("3 kinderen", {"children": 3}),
    ("twee kinderen", {"children": 2}),
    ("geen kinderen", {"children": 0}),
    ("no kids", {"children": 0}),
    ("ik heb een dochter van 5", {"children": 1}),
    ("kinderen: 2", {"children": 2}),
    # pets
    ("met mn hondje", {"pets": True}),
    ("i have a dog", {"pets": True}),
    ("geen huisdieren", {"pets": False}),
    ("geen hond maar wel een kat", {"pets": True}),
    ("zonder mijn hond ga ik nergens heen", {"pets": True, "safe_tonight": False}),
    # partner
    ("met mijn vriendin", {"partner": True}),
    ("niet met partner", {"partner": False}),
    ("ik ben alleenstaand", {"partner": False}),
    ("me and my gf", {"partner": True}),
    ("ik slaap bij een vriend", {S: "friends_family"}),
    ("ik slaap bij mijn vriendin", {S: "friends_family"}),
    # safe tonight
    ("ik kan vannacht nergens heen", {"safe_tonight": False}),
    ("ik heb geen slaapplek vannacht", {"safe_tonight": False}),
    ("vannacht kan ik bij mijn zus slapen", {"safe_tonight": True, S: "friends_family"}),
    ("ik heb voor vannacht een plek", {"safe_tonight": True}),
    ("I have nowhere to sleep tonight", {"safe_tonight": False}),
    ("vannacht slaap ik op straat", {"safe_tonight": False, S: "street"}),
    # ages and bare numbers
    ("19 jaar", {"age": 19}),
    ("negentien jaar oud", {"age": 19}),
    ("I'm 19", {"age": 19}),
    ("age 19", {"age": 19}),
    ("im 31 years old", {"age": 31}),
    ("16 y old kicked out", {"age": 16, S: "eviction"}),
    ("ze behandelen me alsof ik 12 ben", {}),  # a comparison, not an age
    ("19", {"number": 19}),
    ("drieëntwintig", {"number": 23}),
    ("ik ben al 3 jaar dakloos", {}),
    ("ik slaap al 2 weken op straat", {S: "street"}),
    ("ik ben 25 en heb 2 kinderen", {"age": 25, "children": 2}),
    # a number on its own in a list is the age; with a word it is not
    ("Zwolle, 22, op straat", {"municipality": "Zwolle", "age": 22, S: "street"}),
    ("31, slaap in mijn auto", {"age": 31, S: "car"}),
    ("in de opvang in Leeuwarden / 45", {S: "shelter", "municipality": "Leeuwarden", "age": 45}),
    ("sleeping rough in Utrecht, 27", {"municipality": "Utrecht", "age": 27, S: "street"}),
    ("Zwolle, 2 kids", {"municipality": "Zwolle", "children": 2}),
    ("Zwolle, 3 weken", {"municipality": "Zwolle"}),
    ("22,", {"number": 22}),
    ("ja, 16", {"number": 16}),  # no other fact: perhaps a child's age, not the person's
    ("Zwolle, 5", {"municipality": "Zwolle", "number": 5}),
    ("ik slaap bij vrienden, al 30 dagen", {S: "friends_family"}),
    # long mixed sentences
    ("Ik ben 34, heb geen id en slaap in de nachtopvang in Amsterdam met mijn vrouw",
     {"age": 34, "has_id": False, S: "shelter", "municipality": "Amsterdam", "partner": True}),
    ("i'm 40, no pets, no kids, got a job, sleeping in my car in rotterdam",
     {"age": 40, "pets": False, "children": 0, "income": "work", S: "car", "municipality": "Rotterdam"}),
    ("ik heb een uitkering en mn hond is bij me, vannacht nergens om te slapen",
     {"income": "benefits", "pets": True, "safe_tonight": False}),
    ("ik heb een vriend die me helpt", {}),
    ("ik heb geen werk", {}),
    ("ik ben 19 jaar en mijn vriend is 22", {"age": 19, "partner": True}),
    ("ik heb 2 honden en 1 kat", {"pets": True}),
    ("ik heb m'n ID nog", {"has_id": True}),
    ("mijn vrouw en ik slapen bij haar moeder", {"partner": True, S: "friends_family"}),
    ("hoi", {}),
    # "<n> jaar en ..." is an age; with "al" / "sinds" before it, a duration
    ("16 jaar en geen plek", {"age": 16}),
    ("17 jaar en zwanger", {"age": 17}),
    ("al 16 jaar en geen vaste woning", {}),
    # a duration after "is", "doing it", "wait", or a past age, is not the person's age now
    ("i do sex work, been doing it 3 years", {}),
    ("no point applying, the wait is 10 years", {}),
    ("ik was 16 jaar toen ik wegliep", {}),
    ("12 year waiting list for social housing", {}),
    ("heeft het zin als de wachttijd 12 jaar is?", {}),
    ("got out of prison last week, did 2 years", {"sleeping_situation": "institution"}),
    ("the queue was so long i aged 10 years", {}),
    ("7 years on WoningNet and nothing", {}),
    ("een strafblad van 10 jaar terug", {}),
    ("it's been two years and i have a job", {"income": "work"}),
    ("i have 3 kids, 4, 7 and 15 years", {"children": 3, "number": 4}),
    ("I have a 4 year old", {}),
    ("hij zit nu 8 jaar vast", {}),
    ("ik had vroeger een drankprobleem maar ben nu 2 jaar droog", {}),
    ("I am from Ghana, I am living here 6 years", {}),
    ("I am 6 years here", {}),
    ("polish, been here 6 years, worked in the greenhouses till the job went", {"income": "work"}),
    ("ik ben zes en dertig", {"age": 36}),
    ("i am from Aleppo, in Holland 6 years", {}),
    ("ik heb 3 jaar op de wachtlijst gestaan", {}),
    ("been on the waiting list 2 years", {}),
    ("ik ben 26 maar iedereen denkt altijd dat ik 15 ben", {"age": 26}),
    ("im 19 years old here in amsterdam", {"age": 19, "municipality": "Amsterdam"}),
    ("my 17 year old is with me", {}),
    ("ik ben ten dode opgeschreven op die wachtlijst", {}),
    ("mn kinderen zijn bij me, 2 en 5 jaar", {"number": 2}),
    ("amsterdam, 2 kinderen, 34", {"municipality": "Amsterdam", "children": 2, "age": 34}),
    ("met mijn 23 jaar sta ik op straat", {"age": 23, "sleeping_situation": "street"}),
    ("the waiting list? it's like 8 years", {}),
    # "are" asks, unless a subject stands before it
    ("we are staying at a friend's place", {S: "friends_family"}),
    ("are there shelters in utrecht", {"municipality": "Utrecht"}),
    ("he was with me on the street 5 years", {S: "street"}),
    # someone else's age before the noun is not the person's; one's own is
    ("my 16 year old daughter and I are staying at a friend's place", {S: "friends_family"}),
    ("mijn 16-jarige zoon slaapt bij mij", {}),
    ("i am 16 year old boy", {"age": 16}),
    ("ik ben 16 jarige jongen", {"age": 16}),
    ("mijn leeftijd is 16 jaar", {"age": 16}),
    ("leeftijd? 16", {"age": 16}),  # the question repeated, then the answer
    # the ages of several children are theirs, not the person's
    ("ik heb 3 kinderen van 14, 16 en 17 jaar", {"children": 3}),
    ("ik heb 2 kids van 3 en 5 en ik ben 28", {"children": 2, "age": 28}),
    # an age once is no fact; the age now is the age
    ("toen ik 16 was ben ik weggelopen, nu ben ik 25", {"age": 25}),
    ("17 was ik toen ik hier kwam, nu 33", {"age": 33}),
    ("age: 17 when i first came here, 36 now", {"age": 36}),
    ("im 17 on the photo, 30 now", {"age": 30}),
    ("toen ik 15 was sliep ik al buiten", {S: "street"}),
    ("ik ben 16, mijn vriend is nu 19", {"age": 16, "partner": True, "number": 19}),
    ("ik heb er nu 3", {"number": 3}),
    ("hoi, leeftijd is veertien", {"age": 14}),
    ("hoe oud? 16", {"age": 16}),
    ("17 ben ik", {"age": 17}),
    ("kind: ja, 17 jaar, ze woont bij haar oma", {S: "friends_family"}),
    ("meid van mij, 16, slaapt bij mij", {}),
    ("i said 19 but i'm actually 15", {"number": 19, "age": 15}),
    ("my dog is a 3 year old labrador", {"pets": True}),
    ("no kids, i'm a godmother to a 6 year old", {"children": 0}),
    ("", {}),
]


def _as_dict(facts: list[Fact]) -> dict[str, object]:
    """Entity -> value (the first fact of each entity)."""
    found: dict[str, object] = {}
    for fact in facts:
        found.setdefault(fact.entity, fact.value)
    return found


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_facts(text: str, expected: dict[str, object]) -> None:
    """Each message yields exactly the expected entity values."""
    assert _as_dict(extract_facts(text)) == expected


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        ("ben 19 en slaap op straat in almere met mn hond", "age", "19"),
        ("ben 19 en slaap op straat in almere met mn hond", S, "op straat"),
        ("ben 19 en slaap op straat in almere met mn hond", "pets", "hond"),
        ("ik en mijn vriendin slapen in de auto in Zwolle, we hebben 2 kids", "children", "2"),
        ("ik en mijn vriendin slapen in de auto in Zwolle, we hebben 2 kids", "partner", "vriendin"),
        ("Ik ben NEGENTIEN jaar", "age", "NEGENTIEN"),
        ("ik heb geen ID", "has_id", "ID"),
        ("Geen Kinderen", "children", "Kinderen"),
        ("ik zit in de Nachtopvang", S, "Nachtopvang"),
    ],
)
def test_offsets_point_at_the_source_text(text: str, entity: str, span: str) -> None:
    """A fact's start/end cut out the words that produced it, in the original casing."""
    fact = next(fact for fact in extract_facts(text) if fact.entity == entity)
    assert text[fact.start:fact.end] == span == fact.text


def test_facts_are_ordered_and_frozen() -> None:
    """Facts come in text order and cannot be changed."""
    facts = extract_facts("ben 19 en slaap op straat in almere met mn hond")
    assert [fact.start for fact in facts] == sorted(fact.start for fact in facts)
    with pytest.raises(AttributeError):
        facts[0].value = 20  # type: ignore[misc]


def test_table_size() -> None:
    """The table is big enough to mean something."""
    assert len(CASES) >= 60

