"""The English profile: reporting cues, role nouns, titles, demonyms, pronouns and dependency labels.

Sources: reporting verbs follow the lists of Krestel, Bergler & Witte (2008, "Minding the Source:
Automatic Tagging of Reported Speech in Newspaper Articles"), Pareti (2015, PARC 3.0 attribution cues) and
the verbs annotated as cues in PolNeAR (Newell et al. 2018), split into speech and cognition as in
Pareti's source/cue typology. Role nouns and titles follow common newswire style (AP Stylebook titles).
Demonyms: ISO 3166 country names with their standard English adjectives.

Callers can extend the cue lexicon with ``Extractor(extra_cues={"lemma": "speech"})``. :data:`ENGLISH` is
the :class:`~quotekit.lang.Language` record of all of it, with the US news conventions
(:data:`US_NEWS`) apart from the linguistics.

>>> ENGLISH.code, ENGLISH.conventions.campaign
('en', 'campaign')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import cast

import regex

from quotekit.lang.profile import Language, NewsConventions
from quotekit.model import CueClass

__all__ = [
    "ABSOLUTE_OPENERS",
    "ADDRESSEE_VERBS",
    "ADJECTIVE_CUES",
    "ADVERBS_NOT_SPEAKERS",
    "AGENT_RELS",
    "APPEARANCE_VERBS",
    "AS_CONNECTIVES",
    "BECOMING_VERBS",
    "CHAMBERS",
    "CHAMBER_MEMBERS",
    "CHAMBER_OFFICES",
    "CLAUSE_COORDINATORS",
    "CLAUSE_OPENING_PREPOSITIONS",
    "CLAUSE_RELS",
    "CLOSING_QUOTES",
    "COGNITION_VERBS",
    "COMPARISON_WORDS",
    "CONTENT_COORDINATORS",
    "COPULA_RELS",
    "CORE_ARGUMENT_RELS",
    "DEMONYMS",
    "DIRECTIVE_VERBS",
    "DISCOURSE_MARKERS",
    "DOCUMENT_NOUNS",
    "DOCUMENT_VERB_FORMS",
    "EMBEDDED_CUE_RELS",
    "ENGLISH",
    "EVIDENCE_VERBS",
    "FEMALE_GIVEN_NAMES",
    "FINITE_VERB_TAGS",
    "FIRST_PERSON",
    "FLOATING_QUANTIFIERS",
    "FORMER_WORDS",
    "FRAME_CLAUSE_RELS",
    "FRAME_OBJECT_RELS",
    "FRAME_PREPOSITIONS",
    "FRAME_SPEAKER_START_UPOS",
    "FRAME_SUBJECT_UPOS",
    "GENDERED_WORDS",
    "GIVEN_NAMES",
    "GROUP_SELECTORS",
    "HEARSAY_ADVERBS",
    "HYPHENS",
    "HYPOTHETICAL_WORDS",
    "INFINITIVE_MARKS",
    "INSTITUTION_NOUNS",
    "IRREGULAR_FORMS",
    "IRREGULAR_PREFIXES",
    "ISSUING_PHRASAL_VERBS",
    "ISSUING_VERBS",
    "LABEL_RUBRICS",
    "LEGISLATOR_ROLES",
    "LIGHT_VERBS",
    "MAKE_PREDICATES",
    "MALE_GIVEN_NAMES",
    "MENTION_EXCLUDED_RELS",
    "NAMING_CUES",
    "NEGATIONS",
    "NOMINAL_CUES",
    "NOMINAL_CUE_PREPOSITIONS",
    "NOMINAL_SOURCE_PREPOSITIONS",
    "NOMINAL_SUBJECT_RELS",
    "NONFINITE_CUES",
    "NON_ROLE_PERSON_NOUNS",
    "NOT_SOURCE_SUBJECTS",
    "NOUN_CLAUSE_RELS",
    "NOUN_COMPLEMENT_MARKS",
    "NOUN_CUES",
    "NOUN_ONLY_FORMS",
    "NOUN_VERB_HOMOGRAPHS",
    "OBJECT_CUES",
    "OCCUPATION_NOUNS",
    "OFFICE_HELD_VERBS",
    "OFFICE_LEFT_VERBS",
    "OFFICE_VERBS",
    "OPENING_QUOTES",
    "OPTIONAL_ADDRESSEE_CUES",
    "ORGANIZATION_NAME_ENDS",
    "PARTICIPLE_TAGS",
    "PARTICLE_VERBS",
    "PARTITIVE_WORDS",
    "PARTY_ADJECTIVES",
    "PARTY_LETTERS",
    "PARTY_MEMBERS",
    "PARTY_WORDS",
    "PASSIVE_SUBJECT_RELS",
    "PEOPLE_POINTERS",
    "PERSON_NOUNS",
    "PERSON_POSSESSIVES",
    "POLL_NOUNS",
    "POLL_PREPOSITIONS",
    "POSSESSIVE_MARKS",
    "POSSESSIVE_TAGS",
    "PREPOSITIONS_NOT_SPEAKERS",
    "PRONOMINAL_COORDINATORS",
    "PRONOUNS",
    "PRONOUN_TAGS",
    "QUANTIFYING_ADJECTIVES",
    "QUANTITY_NOUNS",
    "QUESTION_CUES",
    "QUESTION_OPENERS",
    "RAISING_RELS",
    "RAISING_VERBS",
    "RECORD_NOUNS",
    "REDUCED_CLAUSE_MARKS",
    "REGARD_CLASSES",
    "REGARD_VERBS",
    "RELATIVE_PRONOUNS",
    "RETAGGED_VERBS",
    "ROLE_MODIFIERS_DROPPED",
    "ROLE_NOUNS",
    "SINGULAR_QUANTIFIERS",
    "SOURCE_PHRASES",
    "SPEECH_VERBS",
    "STAFF_ROLES",
    "STANCE_VERBS",
    "SUBJECT_RELS",
    "SUBORDINATE_CLAUSE_RELS",
    "TENURE_NOUNS",
    "TIME_NOUNS",
    "TIME_UNITS",
    "TITLES",
    "TITLE_ROLES",
    "UNAMBIGUOUS_APPEARANCE_FORMS",
    "UNAMBIGUOUS_SPEECH_FORMS",
    "US_CABINET_DEPARTMENTS",
    "US_NEWS",
    "VENUE_NOUNS",
    "VENUE_PREPOSITIONS",
    "VERB_GROUP_RELS",
    "VOLITION_VERBS",
    "WEEKDAYS",
    "WH_OPENERS",
    "WIDE_COGNITION_VERBS",
    "WIDE_NONFINITE_CUES",
    "WIDE_OBJECT_CUES",
    "WIDE_PREPOSITION_CUES",
    "WIDE_SPEECH_VERBS",
    "cue_lexicon",
    "verb_forms",
]

#: Verbs of saying: their subject is a speaker and their complement (or an adjacent quote) is what was said.
SPEECH_VERBS = frozenset(
    """
    say tell add claim explain insist warn note write ask argue announce state declare report reply respond
    answer assert acknowledge admit concede confirm deny emphasize emphasise stress suggest propose recommend
    urge predict promise pledge vow threaten complain comment remark mention observe recall reiterate repeat
    testify tweet post quip joke shout yell scream whisper mutter exclaim boast brag contend maintain allege
    charge disclose reveal indicate hint caution advise inform assure counter retort continue conclude
    speculate estimate demand concur agree object protest lament affirm attest proclaim tout cite quote
    recount describe point email text blog grumble scoff muse sigh snap guarantee
    swear vouch stipulate specify clarify elaborate underscore highlight forecast signal
    accuse encourage implore plead criticize condemn praise call dub label question blast echo liken endorse
    chant exhort
    discuss defend oppose dismiss denounce slam mock
    decry assail bemoan lambaste laud commend chide rebuke scold chastise berate castigate excoriate
    rebut refute dispute reaffirm reference invoke retweet remind reassure interject opine posit confide
    divulge grouse gripe moan whine carp order thank rule downplay rebuff congratulate herald articulate
    bark growl snarl hiss bellow holler thunder gush rave rant stammer mumble murmur groan wail
    sob cry
    """.split()
)

#: The written forms of the verb by which a text says what it says, after its quotation: "“...,” the
#: statement read", "“...,” reads the sign" (a verb of saying only with a document as subject, so no cue
#: of its own; quotekit.parse.framing and the parse plan read it in a quotation's frame).
DOCUMENT_VERB_FORMS = frozenset({"read", "reads"})

#: Cues whose addressee may go unsaid ("“Why?” she asked", "“Careful,” he warned"): right after a quotation's
#: closing mark they invert with their speaker ("“Why?” asked the boy"; Quirk et al. 1985, §14.25), while
#: "tell", "inform", "assure" and "remind" always name the addressee after them (quotekit.speakers).
OPTIONAL_ADDRESSEE_CUES = frozenset({"ask", "warn"})

#: Written forms of verbs of saying that are never nouns or adjectives ("says", "wrote", "insists"): a
#: tagger's noun or preposition there is a misreading (quotekit.parse.retag).
UNAMBIGUOUS_SPEECH_FORMS = frozenset(
    """
    says adds argues insists explains tells writes asserts contends admits acknowledges concedes declares
    denies warns announces confirms reiterates suggests predicts maintains complains responds retorts
    testifies emphasizes recounts observes informs said told wrote
    """.split()
)

#: Written forms of verbs of appearance that are never nouns ("appears", "seemed"; the nouns are
#: "appearance", "semblance"): a tagger's noun there ("Enthusiasm for Kim appears/NNS to have faded") is a
#: misreading too (quotekit.parse.retag).
UNAMBIGUOUS_APPEARANCE_FORMS = frozenset({"appears", "seems", "appeared", "seemed"})

#: Verbs that take the person addressed as an object before what they report ("told [reporters] the plan
#: failed", "assured [voters] taxes would fall"): a noun phrase right after any other cue, before a clause,
#: is that clause's subject, which the parser split off (quotekit.content).
ADDRESSEE_VERBS = frozenset(
    "tell ask inform assure remind warn promise convince persuade notify advise teach show".split()
)
#: Directives whose addressee, as their object, does what their "to" infinitive says ("ordered the agency to
#: release the records", "urged voters to stay home"): that infinitive is their complement, never an adverbial
#: clause of purpose, however the parser hangs it (object control, Huddleston & Pullum 2002, ch. 14, §5;
#: directives, Searle 1976).
DIRECTIVE_VERBS = frozenset("tell ask urge order advise encourage implore warn remind instruct".split())

#: Cues that report a question: their interrogative clause ("asked if the vote was fair", "wondered whether
#: it would pass") is what was asked, however the parser hangs it (Huddleston & Pullum 2002, ch. 11, §5).
QUESTION_CUES = frozenset({"ask", "wonder", "inquire"})
#: Cues that report by naming: "called the plan a disaster", "called for an inquiry", "dubbed him a liar"
#: (verbs of naming as speech acts, Levin 1993, §29.3).
NAMING_CUES = frozenset({"call", "dub", "label"})

#: Cue lemmas whose noun (the same written form) reports when it takes a complement clause: "the claim that
#: the vote was rigged", "a report that the firm paid no tax" (PARC 3.0 nominal cues, Pareti 2015).
NOUN_CUES = frozenset("claim report charge promise pledge vow warn estimate demand".split())
#: Relations by which a noun cue governs its complement clause (UD: acl; parsers also give acl:relcl, ccomp,
#: appos).
NOUN_CLAUSE_RELS = frozenset({"acl", "acl:relcl", "ccomp", "appos"})

#: Relations of a word heading a subordinate clause or phrase (UD v2: complements, adverbial and relative
#: clauses, clauses and participles modifying a noun, and a cue parsed as a nominal dependent), not a
#: coordinated (conj) or loosely joined (parataxis) one: a cue heading one inside another cue's content is
#: part of what the outer source reports ("He said [CNN had tweeted that ...]"); on PolNeAR train, leaving
#: them out removes 613 predictions for 120 fewer content matches (quotekit.embedded).
EMBEDDED_CUE_RELS = frozenset(
    {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "amod", "obl", "nmod", "obj", "compound", "case"}
)

#: Speech verbs whose object noun phrase names what was said: "announced the arrest", "cited the report",
#: "denied any involvement" (PARC 3.0 noun-phrase content, Pareti 2015).
OBJECT_CUES = frozenset(
    """
    announce cite propose note mention acknowledge deny promise pledge demand claim reveal disclose confirm
    report recommend predict describe criticize condemn praise admit concede offer discuss question blast
    echo endorse defend oppose dismiss denounce slam mock
    decry assail bemoan lambaste laud commend chide rebuke scold chastise berate castigate excoriate
    rebut refute dispute reaffirm reference invoke retweet order thank downplay rebuff congratulate herald
    articulate
    """.split()
)

#: Speech verbs whose content may be an infinitive or gerund clause, with the addressee before it: "vowed
#: to repeal the law", "told aides to wait", "admitted using a private server", "accused him of lying"
#: (directives and commissives, Searle 1976; PARC 3.0 annotates their complements as content, Pareti 2015).
NONFINITE_CUES = frozenset(
    """
    promise vow pledge agree threaten urge tell ask propose offer demand warn advise recommend suggest admit
    deny swear claim encourage accuse implore plead want hope expect decide wish order
    """.split()
)

#: Verbs of thinking or knowing: attributions of belief, kept apart so callers can choose
#: (``Extractor(cue_classes=("speech", "cognition"))``).
COGNITION_VERBS = frozenset(
    """
    believe think feel know hope expect fear worry doubt suspect assume reckon guess understand realize
    realise consider suppose imagine wonder figure learn find decide want wish
    """.split()
)

#: Multi-word cues that are not verbs: "according to X, ...".
SOURCE_PHRASES = ("according to",)

#: Subordinators that open a reduced clause, a participle without subject or auxiliary: "when asked about
#: the plan", "if elected", "once confirmed" (Huddleston & Pullum 2002, ch. 14, §9: verbless and non-finite
#: adjuncts with a subordinator). The understood subject of a passive one is the one acted on.
REDUCED_CLAUSE_MARKS = frozenset(
    "when whenever if once after before while until unless though although".split()
)

#: Fixed phrases in which a cue form reports nothing (discourse markers and idioms, lower case, word by
#: word as the tokenizer splits them): "That said, the bill failed." (Quirk et al. 1985, §8.134-8.137,
#: conjuncts and disjuncts; Cambridge Grammar of English §3.2, discourse markers).
DISCOURSE_MARKERS: tuple[tuple[str, ...], ...] = (
    ("that", "said", ","),
    ("having", "said", "that"),
    ("that", "being", "said"),
    ("needless", "to", "say"),
    ("suffice", "it", "to", "say"),
    ("that", "is", "to", "say"),
    ("so", "to", "say"),
    ("so", "to", "speak"),
    ("truth", "be", "told"),
    ("all", "told", ","),
    ("to", "say", "nothing", "of"),
    ("goes", "without", "saying"),
    ("so", "-", "called"),
    ("it", "is", "safe", "to", "say"),
)

#: Reporting verbs that need a particle to report ("pointed out that ..."), or, in the wider notion, the
#: preposition they select (:data:`WIDE_PREPOSITION_CUES`: "pointed to the polls").
PARTICLE_VERBS = {"point": "out"}


def cue_lexicon(extra: Mapping[str, str] | None = None) -> Mapping[str, CueClass]:
    """The lemma -> class map of reporting verbs, with the caller's additions.

    >>> cue_lexicon()["say"], cue_lexicon()["believe"]
    ('speech', 'cognition')
    """
    table: dict[str, CueClass] = dict.fromkeys(COGNITION_VERBS, "cognition")
    table.update(dict.fromkeys(SPEECH_VERBS, "speech"))
    table.update(
        {lemma: cast("CueClass", cls) for lemma, cls in (extra or {}).items()}
    )  # quotekit.options checks
    return MappingProxyType(table)


#: Irregular past forms of English verbs that report or that prefixed reporting verbs build on (the regular
#: ones follow from :func:`verb_forms`' rules). Source: the irregular verb list of the Cambridge Grammar of
#: English (Carter & McCarthy 2006, appendix).
IRREGULAR_FORMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "swear": ("swore", "sworn"),
        "think": ("thought",), "feel": ("felt",), "know": ("knew", "known"), "find": ("found",),
        "understand": ("understood",), "learn": ("learnt",), "forecast": ("forecast",),
        "speak": ("spoke", "spoken"), "hear": ("heard",), "teach": ("taught",), "mean": ("meant",),
        "see": ("saw", "seen"), "bid": ("bade", "bidden"), "hold": ("held",), "tweet": (),
        "read": ("read",), "bet": ("bet",), "broadcast": ("broadcast",), "cast": ("cast",),
        "give": ("gave", "given"), "sing": ("sang", "sung"), "take": ("took", "taken"),
    }
)  # fmt: skip
#: Prefixes that make a verb of an irregular one and keep its forms: foretell/foretold, retell, misspeak,
#: forswear, overhear, underwrite, foresee, gainsay/gainsaid, withhold.
IRREGULAR_PREFIXES = ("fore", "re", "mis", "over", "under", "with", "gain", "be", "out", "for", "up")

_VOWELS = frozenset("aeiou")


def _irregular(word: str) -> tuple[str, ...]:
    """The irregular forms of ``word``, or of the irregular verb it is made of with a prefix."""
    if word in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[word]
    for prefix in IRREGULAR_PREFIXES:
        base = word[len(prefix) :]
        if word.startswith(prefix) and base in IRREGULAR_FORMS:
            return tuple(prefix + form for form in IRREGULAR_FORMS[base])
    return ()


def verb_forms(lemma: str) -> frozenset[str]:
    """Every written form a verb may take (lower case): a generous superset built by the regular rules of
    English inflection (-s/-es/-ies, -ed/-d/-ied, -ing with e-dropping, consonant doubling) plus
    :data:`IRREGULAR_FORMS`, also after a prefix of :data:`IRREGULAR_PREFIXES`. Used to find cues by their
    form (a weak lemmatizer's "conced" for "conceded") and the sentences that may hold one before tagging.

    >>> {"say", "says", "said", "saying"} <= verb_forms("say")
    True
    >>> forms = verb_forms("admit") | verb_forms("testify") | verb_forms("note")
    >>> {"admitted", "admitting", "testifies", "testified", "noting"} <= forms
    True
    >>> {"foretold", "foretells"} <= verb_forms("foretell") and "gainsaid" in verb_forms("gainsay")
    True
    """
    word = lemma.lower()
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", *_irregular(word)}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return frozenset(forms)


#: Nouns that name a role a speaker holds ("an FSA spokesman", "the foreign minister").
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister president secretary chairman chairwoman chairperson chair
    director chief head leader official officer commander general senator representative governor mayor
    ambassador envoy diplomat analyst expert professor researcher lawyer attorney prosecutor judge adviser
    advisor aide strategist pollster candidate nominee founder ceo executive manager deputy correspondent
    reporter editor columnist economist scientist doctor physician speaker premier king queen prince emir
    sheikh cleric imam bishop pope commissioner inspector sheriff detective colonel major captain lieutenant
    sergeant admiral activist organizer member lawmaker legislator congressman congresswoman councilman
    councilwoman councillor councilor delegate negotiator mediator coordinator administrator superintendent
    principal treasurer comptroller auditor chancellor vice-president president-elect surrogate consultant
    operative staffer campaigner co-founder owner partner publisher anchor host commentator pundit
    historian author writer lecturer scholar investigator agent trooper soldier fighter militant rebel
    commander-in-chief chieftain monarch dictator ruler governor-general attorney-general secretary-general
    moderator narrator developer lobbyist regulator banker investor engineer nurse surgeon psychologist
    psychiatrist pharmacist demographer statistician epidemiologist meteorologist forecaster
    planner accountant architect contractor entrepreneur businessman businesswoman trader broker pastor
    priest rabbi coach trustee regent dean provost fellow clerk magistrate justice ombudsman
    fundraiser counsel solicitor barrister
    alderman alderwoman whip host journalist novelist poet artist firefighter volunteer
    comedian singer musician filmmaker playwright front-runner frontrunner
    """.split()
)

#: Quotation marks as words of a parse, around a title ("“Night Desk” host") or a quotation; straight
#: quotes open and close alike.
OPENING_QUOTES = frozenset({"\u201c", '"', "''", "``"})
CLOSING_QUOTES = frozenset({"\u201d", '"', "''"})

#: Hyphens that join the parts of a compound the tokenizer splits ("front-runner" -> "front", "-",
#: "runner"; UD English splits hyphenated compounds).
HYPHENS = frozenset({"-", "\u2010", "\u2011"})

#: US cabinet departments as news names them before "Secretary" ("Labor Secretary Tom Perez" is the
#: Secretary of the Labor Department; AP style writes the department's short name before the title).
US_CABINET_DEPARTMENTS = frozenset(
    """
    agriculture commerce defense education energy health interior justice labor transportation
    treasury
    """.split()
)

#: Honorifics and abbreviated titles written before a name ("Sen. Ted Cruz").
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. sens. rep rep. reps. gov gov. gen gen. col col. lt lt. sgt sgt.
    capt capt. adm adm. prof prof. rev rev. pres pres. sec sec. amb amb. del. atty. supt. sir lord lady dame
    """.split()
)

#: Abbreviated titles that are roles, written out (an abbreviation is a spelling of the word, not another
#: role: "Sen." and "Senator" are one office): "Sen. Ann Kim" -> "Senator".
TITLE_ROLES: Mapping[str, str] = MappingProxyType(
    {
        "sen.": "Senator",
        "sens.": "Senator",
        "rep.": "Representative",
        "reps.": "Representative",
        "gov.": "Governor",
        "del.": "Delegate",
        "gen.": "General",
        "adm.": "Admiral",
        "col.": "Colonel",
        "lt.": "Lieutenant",
        "sgt.": "Sergeant",
        "capt.": "Captain",
        "amb.": "Ambassador",
        "prof.": "Professor",
        "rev.": "Reverend",
        "atty.": "Attorney",
        "supt.": "Superintendent",
    }
)

#: Last words of an organization's name that no person's name ends in: legal forms of companies and the
#: heads of institutional names ("Paulson Partners", "Harbor Capital Management", "Ridge Trade Council"),
#: so that an organization the NER model calls a person is still an organization.
ORGANIZATION_NAME_ENDS = frozenset(
    """
    inc corp co llc llp ltd plc gmbh partners holdings associates group capital management fund funds
    foundation institute institution university college council committee association union commission
    agency company corporation bank party
    """.split()
)

#: Words that open a relative clause about a person or thing (Huddleston & Pullum 2002, ch. 12).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})

#: Given names borne almost only by men or only by women in English-language news (common US and UK given
#: names, as in the birth-name tables of the US Social Security Administration and the UK Office for
#: National Statistics, and common given names of Spanish, French, German, Italian, Russian, Arabic, Indian
#: and Japanese usage), with every name of mixed use left out: Jordan, Taylor, Leslie, Jean, Kim, Lee ...).
#: A person whose first name is here agrees with "he" or "she" when the article states nothing closer (an
#: honorific, a gendered role, a pronoun in the name's own sentence): coreference systems use such lists
#: for the same reason (Bergsma and Lin 2006).
MALE_GIVEN_NAMES = frozenset(
    """
    aaron adam adrian alan albert alexander alfred andrew angelo anthony antonio arthur barack barry ben
    benjamin bernard bernie bill billy bob bobby brad bradley brandon brett brian bruce bryan carl carlos
    charles charlie christopher chuck clarence colin craig dan daniel darren dave david dennis derek dick don
    donald doug douglas duncan dwight earl ed eddie edward elijah eric ernest eugene frank franklin fred
    frederick gary gavin george gerald gordon graham greg gregory harold harry harvey henry howard hugh ian
    isaac jack jacob jake james jason jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny
    jon jonathan joseph josh joshua juan justin keith ken kenneth kevin larry lawrence leo leonard lewis
    louis luis luke malcolm marco mark martin matt matthew michael miguel mike mitch mitchell nathan neil
    nicholas nick nigel noah oliver oscar patrick paul pedro peter phil philip ralph randy ray raymond
    richard rick rob robert roberto roger ron ronald roy russell ryan samuel scott sean sergei seth
    simon stanley stephen steve steven stuart ted thomas tim timothy todd tom tony travis victor
    vincent walter warren wayne william willie vladimir yusuf zachary
    marty mohammed muhammad ahmed hassan hussein omar ibrahim mustafa abdullah jose francisco javier manuel
    jorge fernando alejandro diego pablo rafael ricardo sergio pierre jacques francois hans klaus jurgen
    wolfgang dieter helmut friedrich karl heinz giuseppe giovanni luigi matteo dmitry igor ivan alexei
    nikolai yuri boris mikhail viktor andrei rahul sanjay amit vijay narendra arvind hiroshi takeshi kenji
    """.split()
)
FEMALE_GIVEN_NAMES = frozenset(
    """
    abigail alice alicia alison amanda amber amy ana andrea angela ann anna anne annie barbara becky betty
    beverly brenda bridget carla carol caroline carolyn catherine cathy cheryl christina christine cindy
    claire claudia colleen cynthia debbie deborah debra denise diana diane donna doris dorothy elaine
    eleanor elena elizabeth ellen emily emma erica erin eva evelyn fiona florence frances gail gillian
    gloria grace hannah heather helen hillary holly irene jane janet janice jennifer jessica jill joan joanna
    joyce judith judy julia julie karen katherine kathleen kathryn kathy katie laura lauren linda
    lisa lois lori louise lucy margaret maria marie marilyn martha mary megan melania melanie melissa
    michelle monica nancy natalie nicole nina olivia pamela patricia paula peggy rachel rebecca rita
    rosa rose ruth sally samantha sandra sara sarah sharon shirley sophia stephanie susan suzanne teresa
    theresa tina valerie vanessa victoria virginia wendy yvonne
    fatima aisha leila carmen isabel lucia sofia marta ines francoise sabine ursula giulia francesca olga
    natalia tatiana svetlana irina priya sunita indira
    """.split()
)
#: Given names of either gender: a capitalised word right after one is a surname, whatever its word class
#: ("Theresa May", "Lawrence Summers").
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES

#: Words that state a person's gender: honorifics and gendered role nouns (for pronoun agreement).
GENDERED_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "mr": "Masc",
        "mr.": "Masc",
        "sir": "Masc",
        "lord": "Masc",
        "king": "Masc",
        "prince": "Masc",
        "spokesman": "Masc",
        "chairman": "Masc",
        "congressman": "Masc",
        "councilman": "Masc",
        "mrs": "Fem",
        "mrs.": "Fem",
        "ms": "Fem",
        "ms.": "Fem",
        "miss": "Fem",
        "lady": "Fem",
        "dame": "Fem",
        "queen": "Fem",
        "spokeswoman": "Fem",
        "chairwoman": "Fem",
        "congresswoman": "Fem",
        "councilwoman": "Fem",
    }
)

#: Relations of a definite role description that re-mentions a person named before (UD arguments and
#: nominal modifiers: "the nominee said", "praised the nominee", "a rival of the nominee", "the nominee's
#: plan"); a predicate ("Kim is the nominee") and an apposition ("Kim, the nominee") state a role otherwise.
DESCRIBED_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss"})

#: Prepositions that make a role phrase a predicate of another noun ("appointed him as the envoy",
#: "with Kim as the nominee"): a secondary predication, not a re-mention of someone named before.
PREDICATIVE_CASES = frozenset({"as"})

#: Modifiers of a role that make its holder hypothetical ("the next president", "the eventual nominee"):
#: no one named yet, so no re-mention of a person named before.
HYPOTHETICAL_ROLE_MODIFIERS = frozenset({"next", "future", "eventual", "prospective"})

#: Nouns of people that make a singular common-noun speaker a person ("a source said").
PERSON_NOUNS = frozenset(
    """
    source man woman witness resident voter supporter critic friend neighbor neighbour father mother son
    daughter wife husband brother sister relative person citizen student teacher worker employee
    """.split()
)

#: Nouns of a person that name no position (kinship, generic people: a relation to another person or
#: to the event, not an office held): "Ivy
#: Roe, his eldest daughter," has no role.
NON_ROLE_PERSON_NOUNS = (PERSON_NOUNS - {"teacher", "student", "worker", "employee"}) | {
    "backer",
    "participant",
}

#: Nouns of time: a phrase headed by one ("last week", "on Monday") can be no speaker (reported speech
#: needs an agent, an animate or institutional source: Pareti 2015, PARC 3.0 source annotation).
TIME_NOUNS = frozenset(
    """
    second minute hour day night morning afternoon evening week weekend month year decade century today
    tonight yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december spring summer autumn fall winter
    """.split()
)

#: Units of time whose plural opens a time phrase ("Minutes later, she ...", "Hours after the vote"): no
#: name, however the tagger reads its capital.
TIME_UNITS = frozenset("second minute hour day week month year decade".split())

#: Rubrics and kickers a news desk opens a headline or paragraph with, and form fields: "Breaking:",
#: "Correction:", "Editor's Note:", "Wow:", "Name:". A label made of one names no speaker, however the
#: tagger reads its title case (quotekit.marks.label_can_speak; AP and newsroom style guides' standing heads).
LABEL_RUBRICS = frozenset(
    """
    breaking exclusive update updated developing live correction corrections clarification note notice
    editor editors watch look listen video photos photo gallery wow boom bombshell revealed leaked analysis
    opinion commentary review contributing name age city job pay related email
    """.split()
)

#: The days of the week: of the time words, never a surname after a given name ("Morning Joe Monday").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: Quantifiers that may float after the noun phrase they quantify ("the ministers all urged", "they both
#: said"): never a speaker themselves (Quirk et al. 1985 §6.49, floating quantifiers).
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
#: Nouns of a share of a group, heading a partitive speaker: "[a majority] of delegates", "85 [percent] of
#: voters", "[half] of the board" (Huddleston & Pullum 2002, §5.9.2); the speaker is that group.
QUANTITY_NOUNS = frozenset(
    {
        "%",
        "percent",
        "majority",
        "minority",
        "plurality",
        "half",
        "third",
        "quarter",
        "share",
        "fraction",
        "handful",
        "dozen",
        "dozens",
        "number",
    }
)
#: Adjectives that head a subject as quantifiers of people: "Most said ...", "Many wrote ...".
QUANTIFYING_ADJECTIVES = frozenset({"most", "many", "several", "few", "fewer", "numerous"})
#: Adjectives that say how many or which members of a group speak, never part of their role: "several
#: mayors", "other officials", "various aides" (quotekit.roles; role "mayor", not "several mayor").
GROUP_SELECTORS = QUANTIFYING_ADJECTIVES | frozenset({"other", "various", "multiple", "certain", "some"})
#: Quantifiers that stand for one person when they head a subject: "Another said ...", "Each spoke".
SINGULAR_QUANTIFIERS = frozenset({"one", "another", "each", "either", "neither"})
#: A pointer that heads a phrase of people when a clause modifies it: "those surveyed", "those who voted".
PEOPLE_POINTERS = frozenset({"those"})
#: Coordinators the tagger gives a noun phrase's head of their own: "Both have promised", "Neither would
#: say" (fused-head noun phrases, Huddleston & Pullum 2002, §5.9).
PRONOMINAL_COORDINATORS = frozenset({"both", "either", "neither"})
#: Pronouns whose tags never vary, with their UPOS, Penn tag and UD features, which a weak tagger reads as
#: nouns, adjectives, verbs or determiners ("Cruz himself/VB said", "Ruiz, whose/DT campaign said"): the
#: reflexives and the possessive relative (quotekit.parse.retag.misread_pronouns).
PRONOUN_TAGS: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "myself": ("PRON", "PRP", "Case=Acc|Number=Sing|Person=1|PronType=Prs|Reflex=Yes"),
        "yourself": ("PRON", "PRP", "Case=Acc|Number=Sing|Person=2|PronType=Prs|Reflex=Yes"),
        "himself": ("PRON", "PRP", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
        "herself": ("PRON", "PRP", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
        "itself": ("PRON", "PRP", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
        "ourselves": ("PRON", "PRP", "Case=Acc|Number=Plur|Person=1|PronType=Prs|Reflex=Yes"),
        "yourselves": ("PRON", "PRP", "Case=Acc|Number=Plur|Person=2|PronType=Prs|Reflex=Yes"),
        "themselves": ("PRON", "PRP", "Case=Acc|Number=Plur|Person=3|PronType=Prs|Reflex=Yes"),
        "whose": ("PRON", "WP$", "Poss=Yes|PronType=Rel"),
    }
)
#: The prepositions that open an absolute clause with a subject of its own: "[with] 30 percent of voters
#: saying ...", "[without] anyone noticing" (Quirk et al. 1985, §15.58).
ABSOLUTE_OPENERS = frozenset({"with", "without"})
#: Adverbs of time and degree that a tagger may call nouns or adjectives ("Roe later said", "when first
#: asked"): never a speaker themselves.
ADVERBS_NOT_SPEAKERS = frozenset(
    """
    later earlier further also again then now too instead meanwhile still first always sometimes often never
    once recently repeatedly previously already usually frequently ever online publicly privately nor
    """.split()
)

#: Prepositions that are never nouns, which a tagger may read as one inside a misread phrase ("an air
#: campaign against/NN IS militants"): never the head of a speaker's mention.
PREPOSITIONS_NOT_SPEAKERS = frozenset(
    """
    about against among amongst at behind beneath beside besides between beyond by despite during for from
    into of onto toward towards upon via with within without
    """.split()
)

#: Country and bloc adjectives mapped to the affiliation they name (party adjectives are a convention of
#: US news: :data:`PARTY_ADJECTIVES`).
DEMONYMS: Mapping[str, str] = MappingProxyType(
    {
        "afghan": "Afghanistan",
        "albanian": "Albania",
        "algerian": "Algeria",
        "american": "United States",
        "argentine": "Argentina",
        "argentinian": "Argentina",
        "armenian": "Armenia",
        "australian": "Australia",
        "austrian": "Austria",
        "azerbaijani": "Azerbaijan",
        "bahraini": "Bahrain",
        "bangladeshi": "Bangladesh",
        "belarusian": "Belarus",
        "belgian": "Belgium",
        "bolivian": "Bolivia",
        "bosnian": "Bosnia",
        "brazilian": "Brazil",
        "british": "Britain",
        "bulgarian": "Bulgaria",
        "burmese": "Myanmar",
        "cambodian": "Cambodia",
        "cameroonian": "Cameroon",
        "canadian": "Canada",
        "chilean": "Chile",
        "chinese": "China",
        "colombian": "Colombia",
        "congolese": "Congo",
        "croatian": "Croatia",
        "cuban": "Cuba",
        "cypriot": "Cyprus",
        "czech": "Czech Republic",
        "danish": "Denmark",
        "dutch": "Netherlands",
        "ecuadorian": "Ecuador",
        "egyptian": "Egypt",
        "emirati": "United Arab Emirates",
        "english": "England",
        "eritrean": "Eritrea",
        "estonian": "Estonia",
        "ethiopian": "Ethiopia",
        "european": "European Union",
        "filipino": "Philippines",
        "finnish": "Finland",
        "french": "France",
        "georgian": "Georgia",
        "german": "Germany",
        "ghanaian": "Ghana",
        "greek": "Greece",
        "guatemalan": "Guatemala",
        "haitian": "Haiti",
        "honduran": "Honduras",
        "hungarian": "Hungary",
        "icelandic": "Iceland",
        "indian": "India",
        "indonesian": "Indonesia",
        "iranian": "Iran",
        "iraqi": "Iraq",
        "irish": "Ireland",
        "israeli": "Israel",
        "italian": "Italy",
        "jamaican": "Jamaica",
        "japanese": "Japan",
        "jordanian": "Jordan",
        "kazakh": "Kazakhstan",
        "kenyan": "Kenya",
        "korean": "Korea",
        "kosovar": "Kosovo",
        "kuwaiti": "Kuwait",
        "kyrgyz": "Kyrgyzstan",
        "latvian": "Latvia",
        "lebanese": "Lebanon",
        "libyan": "Libya",
        "lithuanian": "Lithuania",
        "macedonian": "North Macedonia",
        "malaysian": "Malaysia",
        "malian": "Mali",
        "maltese": "Malta",
        "mexican": "Mexico",
        "moldovan": "Moldova",
        "mongolian": "Mongolia",
        "moroccan": "Morocco",
        "nepali": "Nepal",
        "nicaraguan": "Nicaragua",
        "nigerian": "Nigeria",
        "norwegian": "Norway",
        "omani": "Oman",
        "pakistani": "Pakistan",
        "palestinian": "Palestine",
        "panamanian": "Panama",
        "paraguayan": "Paraguay",
        "peruvian": "Peru",
        "polish": "Poland",
        "portuguese": "Portugal",
        "qatari": "Qatar",
        "romanian": "Romania",
        "russian": "Russia",
        "rwandan": "Rwanda",
        "saudi": "Saudi Arabia",
        "scottish": "Scotland",
        "senegalese": "Senegal",
        "serbian": "Serbia",
        "singaporean": "Singapore",
        "slovak": "Slovakia",
        "slovenian": "Slovenia",
        "somali": "Somalia",
        "spanish": "Spain",
        "sri lankan": "Sri Lanka",
        "sudanese": "Sudan",
        "swedish": "Sweden",
        "swiss": "Switzerland",
        "syrian": "Syria",
        "taiwanese": "Taiwan",
        "tajik": "Tajikistan",
        "tanzanian": "Tanzania",
        "thai": "Thailand",
        "tunisian": "Tunisia",
        "turkish": "Turkey",
        "turkmen": "Turkmenistan",
        "ugandan": "Uganda",
        "ukrainian": "Ukraine",
        "uruguayan": "Uruguay",
        "uzbek": "Uzbekistan",
        "venezuelan": "Venezuela",
        "vietnamese": "Vietnam",
        "welsh": "Wales",
        "yemeni": "Yemen",
        "zambian": "Zambia",
        "zimbabwean": "Zimbabwe",
    }
)

#: US party words as a news text writes them (an affiliation keeps the article's own word, for the
#: party and its members are written alike): "Republican presidential nominee", "Ann Kim, Democrat of
#: Ohio", "senior Republicans".
PARTY_WORDS = frozenset(
    {"democrat", "democrats", "democratic", "republican", "republicans", "gop", "independent"}
)
#: A member of a US party named by the party's noun alone: "one Democrat", "a veteran Republican" (a person
#: with the party as affiliation, no name).
PARTY_MEMBERS = frozenset({"democrat", "republican"})
#: The party letter of a US legislator's party-and-state tag, "(D-Calif.)", "(R-Texas)" (AP style).
PARTY_LETTERS: Mapping[str, str] = MappingProxyType(
    {"D": "Democratic", "R": "Republican", "I": "Independent"}
)
#: US party adjectives before a role, mapped to the party as news writes it ("Democratic strategist" ->
#: "Democratic", "GOP leaders" -> "Republican"): a convention of US news, not a country's demonym.
PARTY_ADJECTIVES: Mapping[str, str] = MappingProxyType(
    {"democratic": "Democratic", "republican": "Republican", "gop": "Republican"}
)
#: The chambers of the US Congress as a title before a name writes them ("Senate Majority Leader", "House
#: Speaker", "Democratic Senatorial Campaign Committee Chairman"), capitalised as AP style writes a
#: chamber: word -> chamber.
CHAMBERS: Mapping[str, str] = MappingProxyType({"Senate": "Senate", "Senatorial": "Senate", "House": "House"})
#: The role of a sitting member of each chamber: whatever office a member holds in it, US news and the
#: speaker sets name the member's role by the chamber ("Senate Majority Leader Ann Kim" -> "Senator").
CHAMBER_MEMBERS: Mapping[str, str] = MappingProxyType({"Senate": "Senator", "House": "Representative"})
#: Offices that only a member of the chamber holds: its leaders, whips, speaker, the chairs and ranking
#: members of its committees (not "president", which states give their senate's head, nor staff or
#: candidates: "Senate candidate", "Senate spokesman").
CHAMBER_OFFICES = frozenset("leader whip speaker chairman chairwoman chair member".split())
#: Roles of a member of a legislature (the primary role of a sitting member of Congress, SPEAKERS.md §3.3):
#: their party, if stated, is their affiliation, else the state they represent (§3.4 rule 2).
LEGISLATOR_ROLES = frozenset({"senator", "representative", "congressman", "congresswoman"})
#: Modifiers that say a role is no longer held ("former secretary of state", "ex-minister", "the then
#: mayor", "the late senator"): the one list of quotekit, for roles and for choosing a current role.
FORMER_WORDS = frozenset({"former", "ex", "then", "onetime", "erstwhile", "late"})
#: Temporal and evaluative modifiers that are not part of a role: they say how long or how well the role is
#: held, not which role it is ("the top spokeswoman" -> "spokeswoman"); a word of :data:`FORMER_WORDS` is
#: dropped too, but marks the role as no longer held.
ROLE_MODIFIERS_DROPPED = FORMER_WORDS | frozenset(
    """
    then- top senior longtime long-time leading retired self-proclaimed influential popular
    veteran current outgoing incoming acting
    """.split()
)
#: Nouns of the time a person holds a role, before "as ROLE": "a second term as mayor", "his tenure as
#: ambassador", "her years as chief executive" (the role is its holder's: the possessor or the clause's
#: subject).
TENURE_NOUNS = frozenset(
    {"term", "tenure", "stint", "career", "job", "days", "years", "time", "post", "stretch"}
)
#: Prepositions that also open a clause with its subject right after them ("As the chief executive, Ann
#: Roe, put it, ..."): read as the preposition of a noun, they may open its clause instead (quotekit.parse
#: repairs never take such a noun for a prepositional phrase).
CLAUSE_OPENING_PREPOSITIONS = frozenset({"as"})
#: Words right before "as" that make it a connective, not the start of a role: "officials such as the mayor",
#: "unions as well as the mayor" (a list or an addition; the models do not always parse them as fixed words).
AS_CONNECTIVES = frozenset({"such", "well"})
#: Modifiers that make "NOUN as X" a comparison, not a tenure: "at the same time as the mayor".
COMPARISON_WORDS = frozenset({"same"})
#: Tenure nouns that name an occupation by themselves, so that any noun after "as" is one: "his career as a
#: bus driver", "her job as a nurse" (after "term as" only a role noun is: "a term as mayor").
OCCUPATION_NOUNS = frozenset({"career", "job"})
#: Verbs that state the role of their subject (or of their object: "named her as envoy") in an "as" phrase:
#: "served as ambassador", "worked as a nurse", "was elected as mayor", "retired as chief executive".
OFFICE_VERBS = frozenset(
    """
    serve work remain continue stay return retire resign quit elect reelect re-elect appoint name
    nominate confirm install swear hire promote
    """.split()
)
#: Of :data:`OFFICE_VERBS` and the verbs governing a tenure noun, those that end the role: "retired as
#: chief executive", "resigned as minister", "retired from his career as a nurse" (a former role).
OFFICE_LEFT_VERBS = frozenset({"retire", "resign", "quit", "leave"})
#: Subordinators and modals that make a clause hypothetical, so that it states no role held: "if the governor
#: appoints him as senator", "she would serve as envoy", "unless he is elected as mayor".
HYPOTHETICAL_WORDS = frozenset({"if", "unless", "whether", "would", "could", "might", "may", "should"})
#: Words that deny what a clause predicates: "Roe is not the nominee", "Kim never served as mayor".
NEGATIONS = frozenset({"not", "n't", "never"})
#: Of :data:`OFFICE_VERBS`, those whose simple past says the role was held then, not now: "Costa served as
#: ambassador" (a former role; "has served as" is a current one).
OFFICE_HELD_VERBS = frozenset({"serve", "work"})
#: Roles of a candidate's staff: "a Lopez aide", "Roe's campaign manager" work for that person's campaign.
STAFF_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson aide adviser advisor strategist manager chairman chairwoman staffer
    surrogate pollster operative consultant director
    """.split()
)

#: Nouns of documents and recordings, which speak for whoever issued them (a text has no voice of its own): "a
#: Treasury report", "the memo", "a poll by the Harbor Institute", "the ad". Their source has no name or role;
#: the issuer is the affiliation. Data and results are records of the same kind ("according to early
#: results", "the data show").
DOCUMENT_NOUNS = frozenset(
    """
    report memo memorandum poll survey study letter ad advertisement commercial video clip complaint
    analysis statement filing editorial document email e-mail lawsuit audit brief transcript tweet release
    article
    data result record tally census forecast
    """.split()
)

#: Verbs by which a source puts out a document that then speaks for it: "The campaign [released] a
#: statement saying ...", "she [sent] an email saying ..." (the issuer is the source; one who receives,
#: cites or reads a document is not: "The mayor received a letter saying ...").
ISSUING_VERBS = frozenset(
    """
    issue release send post publish distribute circulate write pen draft tweet email air run unveil place
    """.split()
)
#: Verbs with a particle by which a source puts out a document: "His office [put out] a statement saying".
ISSUING_PHRASAL_VERBS = frozenset({("put", "out"), ("send", "out"), ("give", "out")})

#: Personal pronouns that can stand for a speaker: pronoun -> (number, gender); "" = unspecified.
PRONOUNS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "he": ("Sing", "Masc"),
        "him": ("Sing", "Masc"),
        "she": ("Sing", "Fem"),
        "her": ("Sing", "Fem"),
        "it": ("Sing", "Neut"),
        "they": ("Plur", ""),
        "them": ("Plur", ""),
    }
)

#: Possessive pronouns of a person: "her campaign" is the campaign of the woman "her" stands for.
PERSON_POSSESSIVES: Mapping[str, str] = MappingProxyType({"his": "Masc", "her": "Fem"})

#: First- and second-person pronouns: inside a quote they are the quoted speaker, never a cue's source.
FIRST_PERSON = frozenset("i me we us you".split())

# Universal Dependencies relations used by the rules (https://universaldependencies.org/u/dep/).
SUBJECT_RELS = frozenset({"nsubj", "csubj"})
#: Nominal subjects, whatever their subtype (``nsubj:pass``, ``nsubj:outer``): the part before the colon.
NOMINAL_SUBJECT_RELS = frozenset({"nsubj"})
PASSIVE_SUBJECT_RELS = frozenset({"nsubj:pass", "csubj:pass"})
#: Subjects that name no source: an expletive, a pointer to what follows or a relative pronoun of a
#: thing ("There was one answer:", "Here is the text:", "This is what it says:", "It was simple:"), the
#: clause before a colon (:mod:`quotekit.colons`). Quirk et al. 1985 §2.59 (existential), §6.45 (cataphoric).
NOT_SOURCE_SUBJECTS = frozenset({"there", "here", "this", "that", "these", "those", "it", "which", "what"})
#: Relations of a subordinate clause (UD): its subject is not the subject of the sentence's main clause
#: ("Roe listed the rules [the board] had adopted:" speaks of Roe, not the board; :mod:`quotekit.colons`).
SUBORDINATE_CLAUSE_RELS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"})
#: Core arguments of a predicate (subjects and objects): a noun in one is no apposition of a name.
CORE_ARGUMENT_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "csubj"})
AGENT_RELS = frozenset({"obl:agent"})
#: A passive auxiliary or an infinitive complement: with a passive subject and no agent, "is said to be".
RAISING_RELS = frozenset({"aux:pass", "xcomp"})
#: Dependents that make up a cue's verb group: auxiliaries and a verb particle ("has said", "pointed out").
VERB_GROUP_RELS = frozenset({"aux", "compound:prt"})
#: The copula: a nominal or adjectival predicate with one heads a clause ("the plan is dead").
COPULA_RELS = frozenset({"cop"})
CLAUSE_RELS = frozenset({"ccomp", "parataxis"})
#: Relations of what a verb reports of its own: a verb with one frames no quotation before it ("“Hard
#: times,” Roe unveiled [a plan]"; "“Yes,” Roe tried [to leave]") (:mod:`quotekit.frames`).
FRAME_OBJECT_RELS = frozenset({"obj", "iobj", "ccomp", "xcomp", "csubj"})
#: Relations of a clause a verb reports of its own: an inverted frame verb has none ("“...,” fumed Ana
#: Duarte", whose speaker the parser often makes an object, :mod:`quotekit.frames`).
FRAME_CLAUSE_RELS = frozenset({"ccomp", "xcomp", "csubj"})
#: Parts of speech that start the speaker's noun phrase after an inverted frame verb ("fumed [Ana] Duarte",
#: "pressed [the] minister").
FRAME_SPEAKER_START_UPOS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})
#: Penn Treebank tags of a finite verb (past, present, modal): one right after an inverted cue's noun phrase
#: ("…, said the bank would raise rates") makes the noun phrase that verb's subject, not a speaker; a short
#: quotation with none is a term or title, not a statement ("“Keep the Park” rallies"; PolNeAR train: 2
#: of 31 such uncued quotations of one to three words without final punctuation annotated).
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: The possessive clitic as tokenized: "Lee's", "Lee’s" (the apostrophe as typed or curled).
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Penn tags of possessives: the clitic ("CNN['s]"), possessive pronouns ("his", "whose").
POSSESSIVE_TAGS = frozenset({"POS", "PRP$", "WP$"})
#: Penn Treebank tags of participles, which premodify nouns like adjectives ("retired/VBN general",
#: "acting/VBG director"; Quirk et al. 1985 §7.15-7.16).
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
#: The preposition of a partitive noun phrase, whose first word is its head: "[one] of two engineers".
PARTITIVE_WORDS = frozenset({"of"})
#: The marker of an infinitive clause: "flew to Oslo [to] discuss the treaty" (an infinitive of purpose).
INFINITIVE_MARKS = frozenset({"to"})
#: Parts of speech of the words of a speaker's noun phrase between a quotation and its frame verb, with
#: an adverb or auxiliary before the verb: "“...,” the former minister [later] fumed", "Roe, 82, [has] said".
FRAME_SUBJECT_UPOS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADV", "AUX", "PART", "PUNCT"})
#: Children left out of a speaker mention ("Issam al-Reis, an FSA spokesman, ...": the apposition).
MENTION_EXCLUDED_RELS = frozenset(
    {
        "appos",
        "acl",
        "acl:relcl",
        "parataxis",
        "punct",
        "advcl",
        "dep",
        "cc",
        "conj",
        "discourse",
        "list",
        "case",
    }
)

# === The wider notion of attribution (issue 19): Extractor(attributions="all") =========================
# Sources: the attribution relations of PARC 3.0 (Pareti 2015: cues of speech, of belief and of evidence,
# nominal cues, noun-phrase contents) and of PolNeAR (Newell, Margolin & Ruths 2018, which adds intentions
# and stances); the verb classes follow Levin (1993: §29.2 "appear" verbs, §31.2 admire verbs) and the
# nouns' complements the Cambridge Grammar of the English Language (Huddleston & Pullum 2002, ch. 8, §3.3:
# nouns that take "that" clauses; ch. 7: prepositions licensed by a noun). Used only by quotekit.wide.

#: Verbs of evidence: what a document, poll, study or data shows ("the poll shows the race tightening", "the
#: study found that ..."; "find" is a verb of cognition in the default lexicon, of evidence in the wider one).
#: Not "prove" or "demonstrate": a third or less of what they found was annotated on PolNeAR train.
EVIDENCE_VERBS = frozenset("show find illustrate imply appear seem".split())
#: Nouns of records of findings, whose verb of evidence reports its noun-phrase object ("A survey by the
#: bank found Kim with a lead", "One paper found gains in math", "The data found no link"): documents, polls,
#: studies and data (Pareti 2015: sources of evidence in PARC 3.0). Not people or bodies: "The police found
#: the car" reports nothing.
RECORD_NOUNS = DOCUMENT_NOUNS | frozenset(
    """
    research data paper review records record figures numbers results polling evidence investigation
    inquiry probe census tally count experiment test model forecast
    """.split()
)
#: Verbs of appearance that raise the subject of their content ("The plan appears to work"): the content is
#: the subject with the infinitive, and the attribution has no source of its own (Levin 1993, §31.4 and
#: raising verbs, Huddleston & Pullum 2002, ch. 14).
APPEARANCE_VERBS = frozenset({"appear", "seem"})
#: Adjectives that "make" turns into a verb of saying, with the subject of "make" the source: "Emanuel made
#: clear that he would stay", "She made it plain that ..." (complex-transitive "make", Huddleston & Pullum
#: 2002, ch. 4, §5).
MAKE_PREDICATES = frozenset({"clear", "plain"})
#: Verbs of being and becoming whose predicative complement says something of their subject ("remained
#: skeptical of", "grew frustrated with"; Huddleston & Pullum 2002, ch. 4, §5: complex-intransitive verbs).
BECOMING_VERBS = frozenset("become remain stay grow seem appear feel look sound get turn prove".split())
#: Verbs of expectation, belief and report whose passive raises the subject of an infinitive: "the minister
#: is expected to resign", "the firm is believed to owe millions", "he is said to be furious" (Huddleston &
#: Pullum 2002, ch. 14, §4: raising with passive verbs; Postal 1974). A cue of the wider notion only
#: (:mod:`quotekit.raising`), with no source.
#: Adverbs of hearsay, which attribute their clause to reports nobody is named for: "The FBI is reportedly
#: preparing an interview" (reportative evidentials, Aikhenvald 2004, ch. 2). A cue of the wider notion only
#: (:mod:`quotekit.hearsay`), with no source. Not "allegedly", "supposedly", "purportedly", which doubt a
#: claim more than they report one: PolNeAR train annotates 1 of 12 "allegedly" and none of 9 "supposedly"
#: (14 of 29 "reportedly", most of the rest inside another attribution's content).
HEARSAY_ADVERBS = frozenset({"reportedly", "reputedly"})
#: Adjectives of belief and of stance that a predicate makes a cue of the wider notion, with the
#: complements each selects: "that" (a content clause: "She is confident that the bill will pass"), "to"
#: (an infinitive: "He is eager to run"), or a preposition, whose phrase is the content ("critical of the
#: plan", "opposed to the tax"). Adjectives licensing content clauses, infinitives and prepositional
#: complements (Huddleston & Pullum 2002, ch. 7, §13 and ch. 11, §7; Levin 1993 lists the verbs they
#: derive from); not "clear", "likely" or "sure to", which say how certain something is, not what someone
#: thinks ("likely" PolNeAR annotates as raising), nor "determined to" (none of 4 annotated on PolNeAR
#: train). "Unclear" reports a clause of evidence ("It is unclear whether the deal will pass": with an
#: expletive "it" nobody is named); "clear" only after "make" (:data:`MAKE_PREDICATES`), whose subject says
#: it: PolNeAR train annotates 11 of 27 "it is clear that" and 8 of 15 "it is unclear whether".
ADJECTIVE_CUES: Mapping[str, tuple[CueClass, frozenset[str]]] = MappingProxyType(
    {
        adjective: (cast("CueClass", cls), frozenset(complements.split()))
        for cls, table in (
            (
                "cognition",
                {
                    "confident": "that about in", "aware": "that of", "unaware": "that of",
                    "convinced": "that of", "sure": "that of about", "certain": "that of about",
                    "hopeful": "that about of", "optimistic": "that about", "pessimistic": "that about",
                    "skeptical": "that of about", "sceptical": "that of about", "doubtful": "that about of",
                    "worried": "that about by over", "concerned": "that about by over",
                    "afraid": "that of", "fearful": "that of",
                },
            ),
            (
                "evidence",  # "It is unclear whether ...": nobody named
                {"unclear": "that whether if about"},
            ),
            (
                "stance",
                {
                    "eager": "to for", "willing": "to", "unwilling": "to", "reluctant": "to",
                    "keen": "to on", "critical": "of", "supportive": "of", "opposed": "to",
                    "proud": "of that to", "angry": "about at with over that",
                    "furious": "about at with over that", "frustrated": "with by about over that",
                    "disappointed": "in with by that", "upset": "about with over that", "wary": "of about",
                    "open": "to", "enthusiastic": "about", "adamant": "that about",
                },
            ),
        )
        for adjective, complements in table.items()
    }
)  # fmt: skip
#: Verbs of belief and report whose passive raises its infinitive's subject ("The minister is expected to
#: resign"). Not "suppose": "is supposed to" is a modal of obligation ("firms are supposed to report ...").
RAISING_VERBS = frozenset(
    "expect believe think say report know consider understand allege estimate predict fear".split()
)
#: Verbs of stance and intention, which PolNeAR annotates as attributions: "the senator plans to run",
#: "voters refused to back him", "the union supports the bill".
STANCE_VERBS = frozenset(
    """
    plan intend seek refuse decline aim support back favor favour reject attack blame welcome applaud
    champion embrace vote push advocate campaign focus balk side
    """.split()
)
#: Verbs of regard and characterization, whose object (or passive subject) with an "as" predicative is an
#: attribution: "voters see the treaty as a threat", "she described the plan as reckless", "the case was
#: viewed as a test" (Levin 1993, §29.2 "characterize" verbs; Huddleston & Pullum 2002, ch. 4, §5.3:
#: complex-transitive verbs with an "as" complement).
REGARD_VERBS = frozenset(
    """
    see view regard consider describe characterize characterise portray depict cast paint brand hail
    dismiss cite label identify
    """.split()
)
#: The verbs of regard that no other lexicon has, with their class: beliefs ("see"), acts of speech
#: ("portray", "brand"). A cue only by its "as" predicative ("I saw the film" is none).
REGARD_CLASSES: Mapping[str, CueClass] = MappingProxyType(
    {
        **dict.fromkeys("see".split(), "cognition"),
        **dict.fromkeys(
            "characterize characterise portray depict cast paint brand hail identify".split(), "speech"
        ),
    }
)
#: Verbs of liking whose "to" infinitive is what the subject wants, an attribution of stance: "the minister
#: would like to visit Kyiv", "she loves to campaign" (Levin 1993, §31.2 "admire" verbs with an infinitive;
#: PolNeAR annotates the infinitive). "try", "need", "work", "attempt" to: a third or less annotated on train.
VOLITION_VERBS = frozenset({"like", "love", "hate"})
#: Verbs of speech that report only by a noun phrase or a topic ("talked about the plan", "referred to
#: the memo", "offered no details", "voiced support"), and verbs of making a text public ("published the
#: report", "unveiled its plan", "outlined the proposal", "detailed the costs"; Levin 1993, §37.7 "say"
#: verbs and §26.4 "create" verbs of texts): cues of the wider notion only. Not "release": half of its
#: objects on PolNeAR train are no content (prisoners, figures, footage); not "issue", a light verb whose
#: noun is the cue ("issued a call for a strike", :data:`LIGHT_VERBS`).
WIDE_SPEECH_VERBS = frozenset(
    "talk speak refer allude offer express voice rail publish unveil outline detail".split()
)
#: Verbs of belief or regard that the cognition class lacks: "investors view it as a vote of confidence".
WIDE_COGNITION_VERBS = frozenset("view regard prefer remember recognize recognise".split())
#: Verbs whose noun-phrase object is the content in the wider notion, besides OBJECT_CUES ("she
#: explained the plan", "the union supports the bill", "polls show Trump ahead", "he wants a wall").
#: Not "suggest", "indicate" or "underscore": PolNeAR annotates a third or less of their objects (train).
WIDE_OBJECT_CUES = frozenset(
    """
    explain emphasize emphasise stress highlight tout reveal show illustrate reject support back favor
    favour welcome applaud champion embrace attack blame
    express voice offer want prefer fear expect remember recognize recognise view regard know
    publish unveil outline detail
    """.split()
)
#: Verbs with an infinitive content in the wider notion, besides NONFINITE_CUES: "plans to run", "refused
#: to comment", "seeks to win".
WIDE_NONFINITE_CUES = frozenset("plan intend seek refuse decline aim prefer".split())
#: Verbs whose third-person form the tagger may read as a plural noun right after its subject ("A new poll
#: shows/NNS Kim ahead", "The ministry says/NNS it ..."): every verb a cue lexicon holds, in either notion.
#: quotekit.parse.retag tags such a form as the verb it is before the dependency parse.
RETAGGED_VERBS = (
    SPEECH_VERBS
    | COGNITION_VERBS
    | NONFINITE_CUES
    | EVIDENCE_VERBS
    | STANCE_VERBS
    | WIDE_SPEECH_VERBS
    | WIDE_COGNITION_VERBS
    | WIDE_OBJECT_CUES
    | WIDE_NONFINITE_CUES
)
#: Those of :data:`RETAGGED_VERBS` whose plural is a common noun of news as well ("news reports", "his
#: claims", "the early states", "phone calls", "policy points"): after a common noun such a form heads a
#: compound noun, and before "that" it is more often a noun with its clause ("claims that he lied") than a
#: verb (the noun-verb homographs of news English; Huddleston & Pullum 2002, ch. 19, §2: conversion).
NOUN_VERB_HOMOGRAPHS = frozenset(
    """
    claim report state note call vote charge plan point attack remark view question detail fear advocate
    demand offer estimate support hope worry push hint praise favor favour email comment promise pledge vow
    answer reply doubt wish boast concern tweet post figure record text blog quote object protest back
    counter guess outline voice joke whisper sigh snap guarantee caution suspect welcome aim focus
    campaign champion chant dispute reference rebuke retweet gripe moan whine order thank rule bark growl
    snarl hiss bellow thunder gush rave rant mumble murmur groan wail sob cry side talk
    """.split()
)
#: Those of :data:`NOUN_VERB_HOMOGRAPHS` whose plural is so common a noun of news that a form tagged as a
#: noun is read as the verb only before "that" and a clause's subject ("The mayor states/NNS that the bridge
#: ..."), never elsewhere ("the early states", "the dozen states that held primaries", "battleground states
#: where ..."); the verb keeps its own tag when the tagger gives it one ("The report states that ...").
NOUN_ONLY_FORMS = frozenset({"state", "rule"})
#: Words that open a complement of a noun-phrase content which the parser hung on the cue (advcl): "rejected
#: the notion [that ...]", "the party's efforts [to ban ...]", "blamed the debt [for keeping rates low]",
#: "the excitement [of photographing concerts]" (Huddleston & Pullum 2002, ch. 7, §4: complements a noun
#: selects; ch. 14: gerund-participial complements of prepositions). Not the subordinators of adverbial
#: clauses ("because", "while", "after") nor "by" of means ("by cutting taxes").
NOUN_COMPLEMENT_MARKS = frozenset({"that", "to", "of", "for", "about", "against", "on", "over", "with"})
#: Nouns of the occasion or medium of a saying: "said in an interview", "praised him at a rally", "talked
#: about trade during the debate", "confirmed the meeting on the condition of anonymity". A phrase of one
#: after a noun-phrase content tells where or how the saying happened, not what was said (a circumstance of
#: the saying, Halliday & Matthiessen 2014, ch. 5; PolNeAR ends the content before it).
VENUE_NOUNS = frozenset(
    """
    interview statement conference briefing rally speech debate tweet post op-ed column email e-mail letter
    appearance event hearing meeting forum show program programme broadcast podcast remarks address
    testimony session stage trail stump anonymity
    """.split()
)
#: Prepositions that place a saying in its occasion: "in an interview", "at a rally", "during the debate",
#: "on the campaign trail", "via a tweet".
VENUE_PREPOSITIONS = frozenset({"in", "at", "during", "on", "through", "via"})
#: Coordinators that join a second conjunct to a content: "talked about trade [and how to fix it]".
CONTENT_COORDINATORS = frozenset({"and", "or"})
#: Coordinators that join a second clause to a reported clause: "said the port is safe [and] the ferries will
#: run", "said the talks were over [but] a deal was near".
CLAUSE_COORDINATORS = frozenset({"and", "but"})
#: Words that open an embedded question, a clause that can be coordinated with a noun phrase: "talked about
#: immigration and [how] it changes the country" (Huddleston & Pullum 2002, ch. 11, §5).
WH_OPENERS = frozenset({"how", "what", "why", "whether", "who", "where", "when", "which"})
#: Words that open an embedded question, "if" too: the question a fronted "Asked" puts ("Asked whether
#: ...", "Asked if ..."; quotekit.parse.repair).
QUESTION_OPENERS = WH_OPENERS | frozenset({"if"})
#: Cues whose content follows one preposition of their own ("referred to the memo", "voted for him",
#: "talked about the plan", "responded to the audit", "agreed with the council", "railed against the tax",
#: "called on the agency to act", "hinted at a run", "alluded to the scandal", "balked at the cost", "sided
#: with the union", "objected to the plan"): verb -> prepositions (prepositional verbs, Huddleston &
#: Pullum 2002, ch. 4, §6; PolNeAR annotates the phrase as the content; "respond" has 0.51 of its 57 right
#: on train).
WIDE_PREPOSITION_CUES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "talk": frozenset({"about", "of"}),
        "speak": frozenset({"about", "of", "on"}),
        "refer": frozenset({"to"}),
        "vote": frozenset({"for", "against"}),
        "push": frozenset({"for"}),
        "advocate": frozenset({"for"}),
        "campaign": frozenset({"for", "against"}),
        "focus": frozenset({"on"}),
        "respond": frozenset({"to"}),
        "agree": frozenset({"with"}),
        "rail": frozenset({"against"}),
        "call": frozenset({"on"}),
        "point": frozenset({"to"}),
        "hint": frozenset({"at"}),
        "allude": frozenset({"to"}),
        "balk": frozenset({"at"}),
        "side": frozenset({"with", "against"}),
        "object": frozenset({"to"}),
        "ask": frozenset({"for"}),
        "argue": frozenset({"for", "against"}),
    }
)

#: Nouns that are cues with a complement ("his claim that taxes would fall", "criticism of the plan",
#: "her plan to run"): noun -> class. Every one takes a "that" clause or an infinitive; the prepositions
#: each takes are in :data:`NOMINAL_CUE_PREPOSITIONS`.
NOMINAL_CUES: Mapping[str, CueClass] = MappingProxyType(
    {
        **dict.fromkeys(
            """
            claim statement report warning conclusion criticism denial assertion suggestion allegation
            accusation argument announcement promise pledge vow charge demand insistence admission
            acknowledgment acknowledgement comment remark complaint call threat prediction recommendation
            proposal question
            """.split(),
            "speech",
        ),
        **dict.fromkeys(
            "belief view fear hope concern worry doubt assessment opinion idea notion expectation".split(),
            "cognition",
        ),
        **dict.fromkeys("finding evidence sign indication".split(), "evidence"),
        **dict.fromkeys(
            "plan decision refusal support opposition endorsement attack praise rejection intention".split(),
            "stance",
        ),
    }
)
#: The prepositions that open a nominal cue's content: "criticism of X", "concerns about X", "support
#: for X", "opposition to X", "attacks on X" (Huddleston & Pullum 2002, ch. 7, §4: prepositions a noun
#: selects).
NOMINAL_CUE_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "criticism": frozenset({"of"}),
        "denial": frozenset({"of"}),
        "endorsement": frozenset({"of"}),
        "rejection": frozenset({"of"}),
        "assessment": frozenset({"of"}),
        "acknowledgment": frozenset({"of"}),
        "acknowledgement": frozenset({"of"}),
        "praise": frozenset({"of", "for"}),
        "support": frozenset({"for", "of"}),
        "call": frozenset({"for"}),
        "demand": frozenset({"for"}),
        "opposition": frozenset({"to"}),
        "attack": frozenset({"on"}),
        "view": frozenset({"on", "of"}),
        "concern": frozenset({"about", "over"}),
        "worry": frozenset({"about", "over"}),
        "doubt": frozenset({"about"}),
        "question": frozenset({"about"}),
        "complaint": frozenset({"about"}),
        "comment": frozenset({"about", "on"}),
        "remark": frozenset({"about"}),
        "warning": frozenset({"about", "of"}),
        "fear": frozenset({"of"}),
    }
)
#: Light verbs whose subject is the source of the nominal cue they take as object ("Trump voiced support
#: for the bill", "she raised concerns about", "he made the claim that"): the noun carries the meaning,
#: the verb the person (light-verb constructions, Huddleston & Pullum 2002, ch. 4, §7).
LIGHT_VERBS = frozenset(
    """
    make express voice raise issue offer repeat renew reiterate share register lodge file have give
    deliver mount launch level cite air send
    """.split()
)
#: Prepositions whose phrase after a nominal cue is its source ("a statement by the ministry", "criticism
#: from Democrats", "concern among economists"): the agent of a nominalization (Huddleston & Pullum 2002,
#: ch. 5, §16.4); not "of", which opens the content of most cues ("criticism of the plan").
NOMINAL_SOURCE_PREPOSITIONS = frozenset({"by", "from", "among"})
#: Prepositions of a phrase that tells how the clause's subject acts, whose nominal cue is the subject's:
#: "the committee raised funds in support of the mayor", "she roused the crowd with criticism of the plan"
#: (adjuncts of manner, Huddleston & Pullum 2002, ch. 8, §7).
FRAME_PREPOSITIONS = frozenset({"in", "with"})
#: Nouns of measured opinion whose "in" phrase attributes the clause it modifies to them: "In a Gallup
#: poll, 60 percent backed the plan", "The mayor trails in the polls" (PARC 3.0 and PolNeAR annotate the
#: preposition as the cue and the poll as the source; about 35 attributions on PolNeAR train).
POLL_NOUNS = frozenset({"poll", "survey"})
#: The preposition that opens such a phrase.
POLL_PREPOSITIONS = frozenset({"in"})


# === Profiles of speakers (issue 18) =====================================================================
#: Common nouns of institutions: a phrase headed by one is an organization speaking, not a person ("the
#: company said", "the police said", "the ministry said"): collective and institutional nouns
#: (Huddleston & Pullum 2002, ch. 5, §5: collective nouns).
INSTITUTION_NOUNS = frozenset(
    """
    company firm corporation bank agency ministry department government administration police army military
    court council committee commission board union party campaign authority office embassy university
    college school hospital newspaper network station institute foundation organization organisation
    """.split()
)

#: US campaign and party conventions of news (each field documents why it holds).
US_NEWS = NewsConventions(
    campaign="campaign",
    campaign_positions=frozenset({"chairman", "chairwoman", "chair", "manager"}),
    staff_roles=STAFF_ROLES,
    party_words=PARTY_WORDS,
    party_letters=PARTY_LETTERS,
    party_adjectives=PARTY_ADJECTIVES,
    party_tag=regex.compile(r"\(([DRI])(?:-\s?[\p{Lu}][\p{L}. ]*)?\)"),
    chambers=CHAMBERS,
    chamber_members=CHAMBER_MEMBERS,
    chamber_offices=CHAMBER_OFFICES,
    legislator_roles=LEGISLATOR_ROLES,
)

#: The English profile: every word list, label set and convention the rules read.
ENGLISH = Language(
    code="en",
    words=MappingProxyType(
        {name: globals()[name] for name in __all__ if name.isupper() and name not in {"ENGLISH", "US_NEWS"}}
    ),
    verb_forms=verb_forms,
    conventions=US_NEWS,
)
