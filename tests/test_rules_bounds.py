# ruff: noqa: E501  (rule tables: one expected attribution per line, as in tests/test_rules.py)
"""Rule tables for where a content ends (issue 19, content boundaries, quotekit/bounds.py): the clause whose
subject the parser split off as the cue's object or hung on the cue before it, the infinitive of "called for X to act", a conjunct hung
above the content, the phrase of the occasion of a saying, and the words inside a content the parser hung
elsewhere. Rows as in ``tests/test_rules.py``: ``(kind,
cue, content, speaker name, mention, role, affiliation, speaker kind, rule)``. Each fixture is our own
sentence with the models' own parse (the misparses these rules mend), none corrected by hand."""

from __future__ import annotations

import pytest
from test_rules import Case, Row, check, extract_fixture, summary

from quotekit import Extractor
from quotekit.parse import parse_conllu

# fmt: off
#: With ``attributions="all"``.
BOUND_ROWS: dict[str, Case] = {
    # a finite verb with no subject right after the object: the object is its subject, split off by the
    # parser ("would think" hung on the main clause)
    "bound_object_clause_misparsed": ("The nurse resigned because she feared her manager would think she lied on the form.", [
        ("indirect", "feared", "her manager would think she lied on the form", None, "she", None, None, "person", "belief"),
    ]),
    # "said that, for X, Y": a phrase fronted in the reported clause is in it (parsed right: "that" and the
    # phrase on the clause's head) ...
    "that_fronted_phrase": ("Ruiz said that for workers under the age of 20, “the real jobless rate is 51 percent.”", [
        ("mixed", "said", "that for workers under the age of 20, “the real jobless rate is 51 percent.”", "Ruiz", "Ruiz", None, None, "person", "subject"),
    ]),
    # ... and with "that" and the phrase hung on the cue: the complementizer right after the cue opens the clause
    "that_fronted_phrase_misparsed": ("Ruiz said that for workers under the age of 20, “the real jobless rate is 51 percent.”", [
        ("mixed", "said", "that for workers under the age of 20, “the real jobless rate is 51 percent.”", "Ruiz", "Ruiz", None, None, "person", "subject"),
    ]),
    # a gerund right after the object, hung on the cue (advcl), past an adverb: a small clause
    "bound_object_small_clause": ("The audit showed the ministry slightly overspending its budget. The survey showed most farmers backing the tax.", [
        ("indirect", "showed", "the ministry slightly overspending its budget", None, "The audit", None, None, "document", "evidence"),
        ("indirect", "showed", "most farmers backing the tax", None, "The survey", None, None, "document", "evidence"),
    ]),
    # "called for X to act": the infinitive hung on the cue (advcl) after the phrase of "for"
    "bound_call_for_infinitive": ("The opposition called for the minister to resign.", [
        ("indirect", "called", "the minister to resign", None, "The opposition", None, None, "unknown", "subject"),
    ]),
    # an embedded question coordinated with the topic, hung on the cue (conj); a verb phrase coordinated
    # with the cue itself is the source's second act, not more content
    "bound_stranded_conjunct": ("The professor talked about the budget and how the university would cut costs. The union criticized the plan and called for a strike.", [
        ("indirect", "talked", "the budget and how the university would cut costs", None, "The professor", "professor", None, "person", "np-content"),
        ("indirect", "criticized", "the plan", None, "The union", None, None, "organization", "subject"),
        ("indirect", "called", "a strike", None, "The union", None, None, "organization", "shared-subject"),
    ]),
    # no conjunct after a gerund cue's content ("trying" parallels "pledging"), none past a dash that opens
    # the writer's comment
    "bound_stranded_conjunct_negative": ("The mayor has sought to win back voters by pledging new parks and trying to reach young families. The firm reported holding shares in companies like Nordbank, Delta Air and the parent company of a Swiss chocolate maker — all firms that its founder had attacked.", [
        ("indirect", "has sought", "to win back voters by pledging new parks and trying to reach young families", None, "The mayor", "mayor", None, "person", "stance"),
        ("indirect", "pledging", "new parks", None, "The mayor", "mayor", None, "person", "participle"),
        ("indirect", "reported", "holding shares in companies like Nordbank, Delta Air and the parent company of a Swiss chocolate maker", None, "The firm", None, None, "organization", "subject"),
    ]),
    # a verb phrase coordinated with the cue ends a content read off the words after it: the source's second
    # act; a clause after a comma too; not a conjunct with its own subject and no comma (a coordinated
    # subject the parser split: "she and her deputy had met")
    "bound_cue_conjunct": ("The mayor has not endorsed her or conceded the race. The council praised it, and the governor signed the bill a week later. Union leaders have criticized him and demanded a new vote. The minister said she and her deputy had met the bankers.", [
        ("indirect", "has not endorsed", "her", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "conceded", "the race", None, "The mayor", "mayor", None, "person", "shared-subject"),
        ("indirect", "praised", "it", None, "The council", None, None, "organization", "subject"),
        ("indirect", "have criticized", "him", None, "Union leaders", "leader", "Union", "group", "subject"),
        ("indirect", "demanded", "a new vote", None, "Union leaders", "leader", "Union", "group", "shared-subject"),
        ("indirect", "said", "she and her deputy had met the bankers", None, "The minister", "minister", None, "person", "subject"),
    ]),
    # a verb phrase in the present (or with a modal) after a content in the present, hung on a cue in the
    # past, is the content's; one in the past is the source's second act
    "bound_present_conjunct": ("The mayor said the plan is dead and left the room. The agency said the dam could fail and will be closed next week.", [
        ("indirect", "said", "the plan is dead", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "said", "the dam could fail and will be closed next week", None, "The agency", None, None, "organization", "subject"),
    ]),
    # a verb phrase in the past hung on a content in the present, after a cue in the past, is the source's
    # second act; not where it may share the content's auxiliary ("has sold ... and moved")
    "bound_past_conjunct": ("The mayor said the plan is dead and left the room. The minister said she earns little from the post and sold her house last year. The ambassador said she has sold the villa and moved to Lyon.", [
        ("indirect", "said", "the plan is dead", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "said", "she earns little from the post", None, "The minister", "minister", None, "person", "subject"),
        ("indirect", "said", "she has sold the villa and moved to Lyon", None, "The ambassador", "ambassador", None, "person", "subject"),
    ]),
    # a finite clause with its own subject, joined by "and"/"but" with no comma right after a clause content
    # and hung on the cue, is the second conjunct of the reported clause; not one that reports on its own
    "bound_clause_conjunct": ("The minister said the port is safe and the ferries will run on Monday. The agency said the dam could fail and other engineers have said it is sound.", [
        ("indirect", "said", "the port is safe and the ferries will run on Monday", None, "The minister", "minister", None, "person", "subject"),
        ("indirect", "said", "the dam could fail", None, "The agency", None, None, "organization", "subject"),
        ("indirect", "have said", "it is sound", None, "other engineers", "engineer", None, "group", "subject"),
    ]),
    # not a clause whose subject may be the source ("he"), nor one after a comma (the writer's own clause)
    "bound_clause_conjunct_negative": ("The mayor said on Monday that the plan was dead and he walked out of the hall. The governor told reporters that the vote was fair, and the crowd cheered him.", [
        ("indirect", "said", "that the plan was dead", None, "The mayor", "mayor", None, "person", "subject"),
        ("indirect", "told", "that the vote was fair", None, "The governor", "governor", None, "person", "subject"),
    ]),
    # a participle of saying after a comma at the end of a content is the source's second act (its speaker
    # the cue's subject); a participle of another verb may have the content's subject and stays
    "bound_source_participle": ("The senator said the new tax was unfair, calling it a heavy burden. The ministry said the bridge would reopen in May, allowing trucks to cross the river again.", [
        ("indirect", "said", "the new tax was unfair", None, "The senator", "senator", None, "person", "subject"),
        ("indirect", "calling", "it a heavy burden", None, "The senator", "senator", None, "person", "participle"),
        ("indirect", "said", "the bridge would reopen in May, allowing trucks to cross the river again", None, "The ministry", None, None, "organization", "subject"),
    ]),
    # a verb phrase of saying in the cue's tense, hung on the content's head, is the source's second saying
    # (its speaker the cue's subject); one of thinking may share the content's subject and stays
    "bound_reporting_conjunct": ("The senator said the deal was dead and warned that the talks would end. The pollster said young voters disliked the mayor and thought he was arrogant.", [
        ("indirect", "said", "the deal was dead", None, "The senator", "senator", None, "person", "subject"),
        ("indirect", "warned", "that the talks would end", None, "The senator", "senator", None, "person", "shared-subject"),
        ("indirect", "said", "young voters disliked the mayor and thought he was arrogant", None, "The pollster", "pollster", None, "person", "subject"),
    ]),
    # words inside a content's stretch that the parser hung elsewhere (a second complement of the cue, a
    # parataxis) belong to it
    "bound_inner_gap": ("On television, Okafor has argued that the governor's use of a private jet at the ministry did not show good judgment.", [
        ("indirect", "has argued", "that the governor's use of a private jet at the ministry did not show good judgment", "Okafor", "Okafor", None, None, "person", "subject"),
    ]),
    "bound_inner_gap_belief": ("The mayor believes his efforts to clean the river will be the main legacy of his term.", [
        ("indirect", "believes", "his efforts to clean the river will be the main legacy of his term", None, "The mayor", "mayor", None, "person", "belief"),
    ]),
    # a gerund clause right before a subjectless complement, hung on the cue (advcl), is its subject
    "bound_split_subject": ("The ministers have also acknowledged that reforming the pension system in the northern provinces will take time. The governor insisted that lifting the curfew was not a response to the protests.", [
        ("indirect", "have also acknowledged", "that reforming the pension system in the northern provinces will take time", None, "The ministers", "minister", None, "group", "subject"),
        ("indirect", "insisted", "that lifting the curfew was not a response to the protests", None, "The governor", "governor", None, "person", "subject"),
    ]),
    # the phrase of the occasion of a saying ends a noun-phrase content
    # a content ends before a reduced clause of saying that tells when the source spoke (it has its own
    # attribution, without a source); a reduced clause of another verb stays ("when finished")
    "bound_reduced_saying": ("The minister said talks would resume when asked about the strike. The mayor said the bridge would open when finished.", [
        ("indirect", "said", "talks would resume", None, "The minister", "minister", None, "person", "subject"),
        ("indirect", "asked", "the strike", None, None, None, None, None, None),
        ("indirect", "said", "the bridge would open when finished", None, "The mayor", "mayor", None, "person", "subject"),
    ]),
    # a cue that opens an adjunct before its main clause ("When asked", "Asked", no subject of its own)
    # reports nothing of that clause, however the parser hung it; a comment clause ("as the minister
    # announced", its comma right after the cue) reports the clause around it
    "bound_fronted_adjunct": ("When asked which quality mattered most in a candidate, only a quarter of the voters named honesty. Asked which county was his favorite, the senator smiled. The new bridge, as the minister announced, will open in May.", [
        ("indirect", "asked", "which quality mattered most in a candidate", None, None, None, None, None, None),
        ("indirect", "Asked", "which county was his favorite", None, None, None, None, None, None),
        ("indirect", "announced", "The new bridge will open in May", None, "the minister", "minister", None, "person", "subject"),
    ]),
    # ... also when the models hung a word of its question on it as a subject ("looks/NNS" the passive
    # subject of "Asked"): nothing stands before a fronted participle, so it opens an adjunct, and the
    # main clause's verb frames the quotation
    "bound_fronted_adjunct_subject_after": ("Asked what a long-term commitment looks like, Devine replied: “We are a long way off from that.”\n", [
        ("indirect", "Asked", "what a long-term commitment looks like", None, None, None, None, None, None),
        ("direct", "replied", "We are a long way off from that.", "Devine", "Devine", None, None, "person", "subject"),
    ]),
    # a second object of the cue right after the first, opened by "and", is the first's conjunct (the
    # models split "Medicare and Social Security cuts"); a coordination parsed right stays as it is
    "bound_second_object": ("The senator supported Medicare and Social Security cuts. The union opposed the plan and the new tax.", [
        ("indirect", "supported", "Medicare and Social Security cuts", None, "The senator", "senator", None, "person", "stance"),
        ("indirect", "opposed", "the plan and the new tax", None, "The union", None, None, "organization", "subject"),
    ]),
    # a clause with its own subject after a semicolon, or after a comma and "while", is the writer's next
    # statement (here another attribution), not more of what was said
    "bound_next_statement": ("Twenty percent of the voters said they would back the mayor, while most of the others said they were unsure. The minister said the port was safe; the unions disagreed.", [
        ("indirect", "said", "they would back the mayor", None, "Twenty percent of the voters", None, None, "group", "subject"),
        ("indirect", "said", "they were unsure", None, "most of the others", None, None, "group", "quantifier"),
        ("indirect", "said", "the port was safe", None, "The minister", "minister", None, "person", "subject"),
    ]),
    # a noun-phrase object right before the complement clause of a cue that takes no addressee is the front
    # of the clause's subject ("process" the object of "said", "convention" the subject of "messy"); the
    # addressee of "told" is not
    "bound_object_subject_front": ("Ms. Vale said the process of crafting the platform and holding the convention could be “messy.” Olsen told reporters the port was safe.", [
        ("mixed", "said", "the process of crafting the platform and holding the convention could be “messy.”", "Vale", "Ms. Vale", None, None, "person", "subject"),
        ("indirect", "told", "the port was safe", "Olsen", "Olsen", None, None, "person", "subject"),
    ]),
    # a cue inside a non-restrictive relative clause reports up to the clause's end: the verb of the main
    # clause after its comma is not what was declared (the models hung it on the cue)
    "bound_relative_clause_end": ("The minister, who declared a state of emergency in the north with little warning, will visit the region on Friday.", [
        ("indirect", "declared", "a state of emergency in the north with little warning", None, "who", "minister", None, "person", "subject"),
    ]),
    # a restrictive relative clause ends there too, where the verb of the clause around it follows its comma
    # (parse corrected by hand: "lawyer" an apposition of "Mendez")
    "bound_restrictive_relative_end": ("Mendez, a lawyer who advised the mayor on the budget, said the plan was sound.", [
        ("indirect", "advised", "the mayor on the budget", "Mendez", "who", "lawyer", None, "person", "subject"),
        ("indirect", "said", "the plan was sound", "Mendez", "Mendez", "lawyer", None, "person", "subject"),
    ]),
    "bound_venue": ("The ministry announced the arrest of a suspect in a statement. The ambassador praised the agreement at a press conference in Nairobi.", [
        ("indirect", "announced", "the arrest of a suspect", None, "The ministry", None, None, "organization", "subject"),
        ("indirect", "praised", "the agreement", None, "The ambassador", "ambassador", None, "person", "subject"),
    ]),
}

#: What the default mode (reported speech) finds in the same fixtures: the speech cues' contents mend the same
#: way; belief and evidence are not reported speech, nor is a topic of "talk".
SPEECH_ROWS: dict[str, list[Row]] = {
    "bound_object_clause_misparsed": [],
    "bound_object_small_clause": [],
    "bound_call_for_infinitive": BOUND_ROWS["bound_call_for_infinitive"][1],
    "bound_stranded_conjunct": BOUND_ROWS["bound_stranded_conjunct"][1][1:],
    "bound_venue": BOUND_ROWS["bound_venue"][1],
    "bound_reduced_saying": BOUND_ROWS["bound_reduced_saying"][1],
    "bound_fronted_adjunct": BOUND_ROWS["bound_fronted_adjunct"][1],
    "bound_fronted_adjunct_subject_after": BOUND_ROWS["bound_fronted_adjunct_subject_after"][1],
    "bound_second_object": BOUND_ROWS["bound_second_object"][1][1:],
    "bound_next_statement": BOUND_ROWS["bound_next_statement"][1],
    "bound_object_subject_front": BOUND_ROWS["bound_object_subject_front"][1],
    "bound_inner_gap": BOUND_ROWS["bound_inner_gap"][1],
    "bound_inner_gap_belief": [],
    "bound_split_subject": BOUND_ROWS["bound_split_subject"][1],
    "bound_stranded_conjunct_negative": BOUND_ROWS["bound_stranded_conjunct_negative"][1][1:],
    "bound_cue_conjunct": BOUND_ROWS["bound_cue_conjunct"][1],
    "bound_present_conjunct": BOUND_ROWS["bound_present_conjunct"][1],
    "bound_past_conjunct": BOUND_ROWS["bound_past_conjunct"][1],
    "bound_clause_conjunct": BOUND_ROWS["bound_clause_conjunct"][1],
    "bound_clause_conjunct_negative": BOUND_ROWS["bound_clause_conjunct_negative"][1],
    "bound_source_participle": BOUND_ROWS["bound_source_participle"][1],
    "bound_reporting_conjunct": BOUND_ROWS["bound_reporting_conjunct"][1],
    "bound_relative_clause_end": BOUND_ROWS["bound_relative_clause_end"][1],
    "bound_restrictive_relative_end": BOUND_ROWS["bound_restrictive_relative_end"][1],
}
# fmt: on

#: Every fixture name this module tables (``tests/test_rules.py`` counts them too).
FIXTURES = frozenset(BOUND_ROWS)


@pytest.mark.parametrize("name", sorted(BOUND_ROWS))
def test_content_bounds(name: str) -> None:
    """With ``attributions="all"``, each boundary rule gives exactly its rows."""
    check(name, BOUND_ROWS[name], attributions="all")


@pytest.mark.parametrize("name", sorted(SPEECH_ROWS))
def test_content_bounds_in_the_default_mode(name: str) -> None:
    """The default mode mends the same boundaries of its own cues' contents."""
    assert [summary(q) for q in extract_fixture(name)] == SPEECH_ROWS[name]


#: "Hale said on Monday that taxes rose." as the models parse it at times: the phrase of time an agent
#: (``obl:agent``) of "said" read as a participle, the reported clause an adverbial one; (form, lemma, upos,
#: xpos, head, relation) per word.
AGENT_BRIDGE = [
    ("Hale", "Hale", "PROPN", "NNP", 2, "nsubj"),
    ("said", "say", "VERB", "VBN", 0, "root"),
    ("on", "on", "ADP", "IN", 4, "case"),
    ("Monday", "Monday", "PROPN", "NNP", 2, "obl:agent"),
    ("that", "that", "SCONJ", "IN", 7, "mark"),
    ("taxes", "tax", "NOUN", "NNS", 7, "nsubj"),
    ("rose", "rise", "VERB", "VBD", 2, "advcl"),
    (".", ".", "PUNCT", ".", 2, "punct"),
]


@pytest.mark.parametrize("attributions", ["speech", "all"])
def test_clause_after_a_phrase_read_as_an_agent(attributions: str) -> None:
    """A phrase between the cue and its clause bridges to the clause whatever oblique the parser made of it,
    an agent too: the content is the clause, not nothing (or a quotation inside it alone)."""
    text = "Hale said on Monday that taxes rose."
    conllu = "\n".join(
        f"{i}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_"
        for i, (form, lemma, upos, xpos, head, rel) in enumerate(AGENT_BRIDGE, start=1)
    )
    quotes = Extractor(attributions=attributions).extract_parse(parse_conllu(conllu, text))
    assert [(q.cue.span.text if q.cue else None, q.text) for q in quotes] == [("said", "that taxes rose")]
