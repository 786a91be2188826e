# ruff: noqa: E501  (rule tables: one row per line, as in tests/test_rules.py)
"""Verbs the tagger read as plural nouns (or, in the plural present, as nouns or prepositions), tagged as
verbs before the parse (quotekit.parse.retag): a table
of our own sentences as (word, tag) pairs, as a tagger gives them, negatives included; and the same
sentences on the real models, where the parse that follows reads the clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotekit import Extractor
from quotekit.parse.openers import misread_gerunds, misread_that
from quotekit.parse.retag import (
    misread_base_forms,
    misread_complementizers,
    misread_fronted_forms,
    misread_participles,
    misread_pasts_after_comma,
    misread_pronouns,
    misread_speech_forms,
    misread_verbs,
)


def tagged(line: str) -> list[tuple[str, str]]:
    """ "A/DT poll/NN shows/NNS ..." as (word, tag) pairs."""
    return [(token.rpartition("/")[0], token.rpartition("/")[2]) for token in line.split()]


# fmt: off
#: Tagged sentence -> the words retagged as verbs, and the "that" retagged as their complementizer.
RETAG_ROWS: dict[str, tuple[str, list[str], list[str]]] = {
    # after a singular noun, before a name, a pronoun, "that", a determiner
    "poll_name": ("A/DT poll/NN shows/NNS Kim/NNP with/IN a/DT lead/NN ./.", ["shows"], []),
    "ministry_pronoun": ("The/DT ministry/NN says/NNS it/PRP will/MD appeal/VB ./.", ["says"], []),
    "study_that": ("A/DT recent/JJ study/NN shows/NNS that/WDT prices/NNS rose/VBD ./.", ["shows"], ["that"]),
    # a homograph of reporting after a name, before "that": a verb; another homograph there stays a noun
    "name_reports_that": ("The/DT Washington/NNP Post/NNP reports/NNS that/IN the/DT agency/NN lied/VBD ./.", ["reports"], []),
    "name_emails_that": ("Clinton/NNP emails/NNS that/WDT were/VBD marked/VBN ./.", [], []),
    # a homograph after a name, before a gerund: a verb ("supports raising")
    "name_homograph_gerund": ("Ms./NNP Kim/NNP supports/NNS raising/VBG taxes/NNS ./.", ["supports"], []),
    "audit_determiner": ("The/DT audit/NN suggests/NNS the/DT agency/NN lost/VBD track/NN ./.", ["suggests"], []),
    # after a name or a gerund; before an adjective ("most")
    "name_subject": ("Halvorsen/NNP believes/NNS most/JJS farmers/NNS agree/VBP ./.", ["believes"], []),
    "gerund_subject": ("Exit/NNP polling/VBG shows/NNS she/PRP won/VBD ./.", ["shows"], []),
    # after a plural noun that ends the subject's phrase, or a number that heads it
    "plural_phrase_end": ("An/DT average/NN of/IN polls/NNS shows/NNS Kim/NNP ahead/RB ./.", ["shows"], []),
    "number_subject": ("One/CD says/NNS the/DT vote/NN was/VBD rigged/VBN ./.", ["says"], []),
    # "that" before a verb is a relative pronoun, left as tagged
    "that_relative": ("The/DT report/NN finds/NNS that/WDT is/VBZ wrong/JJ ./.", ["finds"], []),
    # a headline in title case: the capitalized verb, tagged as a name or noun
    "headline": ("New/NNP Poll/NNP Shows/NNS Wide/NNP Gap/NNP Between/NNP Candidates/NNPS", ["Shows"], []),
    "headline_name": ("Mayor/NNP Halvorsen/NNP Says/NNP She/PRP Will/MD Not/RB Run/VB", ["Says"], []),
    # a one-word subject after an article (which the tagger may call an adjective: "ad/JJ"), then a
    # quotation, right after the verb or after a colon: a homograph too
    "quotation_after": ("The/DT ad/JJ says/NNS “/`` Tom/NNP will/MD fight/VB ./. ”/''", ["says"], []),
    "quotation_after_colon": ("The/DT ad/NN claims/NNS :/: “/`` Tom/NNP is/VBZ the/DT one/NN ./. ”/''", ["claims"], []),
    "quotation_after_possessive": ("Her/PRP$ many/JJ claims/NNS “/`` were/VBD baseless/JJ ./. ”/''", [], []),
    # negatives: a noun after a determiner, adjective or possessive ...
    "after_determiner": ("His/PRP$ plans/NNS worried/VBD the/DT board/NN ./.", [], []),
    "after_adjective": ("The/DT new/JJ shows/NNS drew/VBD crowds/NNS ./.", [], []),
    # ... before a verb, a preposition, an adverb or punctuation ...
    "before_verb": ("TV/NN shows/NNS air/VBP late/RB ./.", [], []),
    "before_preposition": ("Floor/NN shows/NNS than/IN ever/RB ./.", [], []),
    "before_adverb": ("TV/NN shows/NNS never/RB die/VBP ./.", [], []),
    # ... a form whose plural is a common noun too ("news reports", "phone calls") ...
    "homograph": ("The/DT news/NN reports/NNS that/WDT question/VBP his/PRP$ past/NN ./.", [], []),
    "homograph_after_name": ("Clinton/NNP emails/NNS that/WDT Trump/NNP sought/VBD ./.", [], []),
    # ... unless right after a name or pronoun that no modifier precedes, before its object
    "homograph_after_bare_name": ("Biden/NNP calls/NNS Trump/NNP a/DT risk/NN ./.", ["calls"], []),
    # ... or before the preposition the verb selects ("talks about", "points to"); "peace talks about" after
    # a common noun stays a noun
    "homograph_before_selected_preposition": ("Perez/NNP talks/NNS about/IN growing/VBG up/RP ./.", ["talks"], []),
    "homograph_preposition_after_noun": ("Peace/NN talks/NNS about/IN Syria/NNP stalled/VBD ./.", [], []),
    "homograph_other_preposition": ("Perez/NNP talks/NNS in/IN Ohio/NNP ./.", [], []),
    "homograph_name_in_phrase": ("The/DT Paris/NNP attacks/NNS Clinton/NNP aides/NNS cited/VBD ./.", [], []),
    "homograph_before_verb": ("Paris/NNP attacks/NNS test/VBP Clinton/NNP ./.", [], []),
    "homograph_never": ("Rust/NNP Belt/NNP states/NNS Indiana/NNP and/CC Ohio/NNP voted/VBD ./.", [], []),
    # ... a capitalized word outside a headline (a name's: "the United States"), a word that is no cue verb
    "capital": ("The/DT United/NNP States/NNPS Congress/NNP met/VBD ./.", [], []),
    "no_cue_verb": ("The/DT farm/NN grows/NNS wheat/NN ./.", [], []),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(RETAG_ROWS))
def test_misread_verbs(name: str) -> None:
    line, verbs, complementizers = RETAG_ROWS[name]
    words = tagged(line)
    found = misread_verbs(words)
    assert [words[k][0] for k in found] == verbs
    assert [words[k][0] for k in misread_complementizers(words, found)] == complementizers


# fmt: off
#: Tagged sentence -> the past participles retagged as verbs in the past.
PARTICIPLE_ROWS: dict[str, tuple[str, list[str]]] = {
    "subject_object": ("Most/JJS young/JJ voters/NNS backed/VBN Kim/NNP in/IN the/DT runoff/NN ./.", ["backed"]),
    "before_that": ("The/DT front-runner/NN complained/VBN that/IN the/DT vote/NN was/VBD rigged/VBN ./.", ["complained"]),
    "before_adjective_noun": ("Among/IN other/JJ issues/NNS ,/, Mercury/NNP opposed/VBN congressional/JJ efforts/NNS ./.", ["opposed"]),
    # negatives: a participle after an auxiliary, before a time word (also after an adjective: "last
    # week"), of a verb whose passive takes a noun complement, before a preposition (a reduced relative:
    # "the plan backed by ...")
    "after_auxiliary": ("Voters/NNS have/VBP long/RB backed/VBN Kim/NNP ./.", []),
    "before_time": ("The/DT report/NN released/VBN Tuesday/NNP showed/VBD gains/NNS ./.", []),
    "before_time_adjective": ("The/DT report/NN released/VBN last/JJ week/NN showed/VBD gains/NNS ./.", []),
    "naming_passive": ("A/DT host/NN considered/VBN one/CD of/IN the/DT best/JJS spoke/VBD ./.", []),
    "reduced_relative": ("The/DT plan/NN backed/VBN by/IN Kim/NNP failed/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the base forms retagged as verbs in the plural present.
BASE_FORM_ROWS: dict[str, tuple[str, list[str]]] = {
    "preposition_after_noun": ("Cologne/NNP police/NN say/IN they/PRP have/VBP not/RB found/VBN him/PRP ./.", ["say"]),
    "noun_after_quantity": ("A/DT mere/JJ 9/CD percent/NN say/NN they/PRP only/RB buy/VBP local/JJ ./.", ["say"]),
    "before_that": ("Two/CD studies/NNS suggest/NN that/IN prices/NNS rose/VBD ./.", ["suggest"]),
    # negatives: a noun after an adjective or an article ("the final say", "an hourlong show that"), a
    # form that is a common noun too ("One label Rubio resists"), a verb already tagged as one
    "after_adjective": ("They/PRP want/VBP the/DT final/JJ say/NN on/IN it/PRP ./.", []),
    "after_article": ("They/PRP taped/VBD an/DT hourlong/NN show/NN that/WDT aired/VBD ./.", []),
    "noun_base": ("One/CD label/NN Rubio/NNP resists/VBZ is/VBZ liberal/JJ ./.", []),
    "already_verb": ("Police/NNS say/VBP they/PRP found/VBD him/PRP ./.", []),
    # a homograph's base form after a plural noun, before a determiner, name or gerund: a verb; before a
    # common noun or a preposition it stays a noun ("support staff", "voters' support for")
    "homograph_determiner": ("Most/JJS voters/NNS support/NN the/DT plan/NN ./.", ["support"]),
    "homograph_gerund": ("Two/CD thirds/NNS support/NN reducing/VBG sentences/NNS ./.", ["support"]),
    "homograph_noun_after": ("Union/NN members/NNS support/NN staff/NN ./.", []),
    "homograph_preposition": ("The/DT voters/NNS support/NN for/IN Kim/NNP grew/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the forms of verbs of saying or appearance that are never nouns, retagged as verbs.
SPEECH_FORM_ROWS: dict[str, tuple[str, list[str]]] = {
    "frame_after_quote": ("“/`` It/PRP failed/VBD ,/, ”/'' Cronin/NNP wrote/NN ./.", ["wrote"]),
    "before_comma": ("Rubio/NNP says/NNS ,/, win/VB or/CC lose/VB ,/, he/PRP stays/VBZ ./.", ["says"]),
    "after_conjunction": ("He/PRP left/VBD and/CC says/NNS he/PRP will/MD return/VB ./.", ["says"]),
    # ... and of verbs of appearance ("appears", "seemed"; the nouns are "appearance", "semblance")
    "appearance_before_infinitive": ("Enthusiasm/NNP for/IN Kim/NNP appears/NNS to/TO have/VB faded/VBN ./.", ["appears"]),
    "appearance_past": ("The/DT plan/NN seemed/JJ to/TO work/VB ./.", ["seemed"]),
    # negatives: a relative clause before its verb ("Everything Trump says is a lie"), a headline in title
    # case, a verb tagged as one
    "relative_clause": ("Everything/NN Trump/NNP says/NNS is/VBZ a/DT lie/NN ./.", []),
    "headline": ("Mayor/NNP Kim/NNP Says/NNS She/PRP Will/MD Run/VB Again/RB", []),
    "already_verb": ("Kim/NNP says/VBZ she/PRP won/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> a form of saying that opens its sentence before its speaker and quotation.
FRONTED_FORM_ROWS: dict[str, tuple[str, list[str]]] = {
    "colon": ("Said/NNP Ellis/NNP :/: “/`` No/UH ./.", ["Said"]),
    "comma_and_article": ("Added/VBN the/DT mayor/NN ,/, “/`` We/PRP will/MD win/VB ./.", ["Added"]),
    # negatives: no quotation after the comma, a name that opens its sentence ("Said Ellis went home"),
    # a form in lower case, a word that is no form of saying
    "no_quotation": ("Said/NNP Ellis/NNP ,/, the/DT mayor/NN ,/, left/VBD ./.", []),
    "name_as_subject": ("Said/NNP Ellis/NNP went/VBD home/NN ./.", []),
    "lower_case": ("said/VBD Ellis/NNP :/: “/`` No/UH ./.", []),
    "other_verb": ("Left/VBN Ellis/NNP :/: “/`` No/UH ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the reflexive pronouns the tagger read as anything but a pronoun.
REFLEXIVE_ROWS: dict[str, tuple[str, list[str]]] = {
    "intensifier_as_verb": ("Cruz/NNP himself/VB said/VBD it/PRP ./.", ["himself"]),
    "object_as_noun": ("She/PRP calls/VBZ herself/NN a/DT moderate/NN ./.", ["herself"]),
    "plural_as_adjective": ("They/PRP asked/VBD themselves/JJ why/WRB ./.", ["themselves"]),
    # negatives: a reflexive tagged as one, a word that only ends like one
    "already_pronoun": ("Cruz/NNP himself/PRP said/VBD it/PRP ./.", []),
    "not_reflexive": ("The/DT shelf/NN fell/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the "whose" the tagger read as anything but the possessive relative pronoun.
POSSESSIVE_RELATIVE_ROWS: dict[str, tuple[str, list[str]]] = {
    "relative_as_determiner": ("Ruiz/NNP ,/, whose/DT campaign/NN ended/VBD ,/, said/VBD no/UH ./.", ["whose"]),
    "question_as_noun": ("Whose/NN plan/NN is/VBZ it/PRP ?/.", ["Whose"]),
    # negatives: tagged as one already, a word that only looks like it
    "already_relative": ("Ruiz/NNP ,/, whose/WP$ campaign/NN ended/VBD ./.", []),
    "other_word": ("The/DT whole/JJ plan/NN failed/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the present participles of cue verbs the tagger read as nouns.
GERUND_ROWS: dict[str, tuple[str, list[str]]] = {
    "after_comma_before_pronoun": ("Kim/NNP left/VBD ,/, saying/NN he/PRP was/VBD tired/JJ ./.", ["saying"]),
    "after_by": ("He/PRP replied/VBD by/IN saying/NN he/PRP is/VBZ ready/JJ ./.", ["saying"]),
    "after_noun_before_name": ("She/PRP sent/VBD a/DT release/NN saying/NN Kim/NNP owes/VBZ money/NN ./.", ["saying"]),
    "before_quotation": ("He/PRP spoke/VBD ,/, adding/NN “/`` We/PRP won/VBD ./.", ["adding"]),
    "before_comma": ("Kim/NNP said/VBD ,/, adding/NN ,/, “/`` We/PRP won/VBD ./.", ["adding"]),
    "before_subject_and_verb": ("They/PRP left/VBD ,/, saying/NN patrols/NNS were/VBD thin/JJ ./.", ["saying"]),
    "before_that_clause": ("He/PRP wrote/VBD ,/, arguing/NN that/IN the/DT law/NN failed/VBD ./.", ["arguing"]),
    "homograph_before_name": ("A/DT group/NN backing/NN Kim/NNP spent/VBD more/JJR ./.", ["backing"]),
    # negatives: a determiner, possessive, adjective or hyphen before it (a noun), a noun after it, a
    # relative "that" after it, a homograph before a comma, a form in capitals, a form tagged as a verb
    "old_saying": ("As/IN an/DT old/JJ saying/NN goes/VBZ ,/, time/NN heals/VBZ ./.", []),
    "possessive": ("His/PRP$ calling/NN is/VBZ clear/JJ ./.", []),
    "compound_noun": ("They/PRP saw/VBD warning/NN signs/NNS everywhere/RB ./.", []),
    "hyphenated": ("They/PRP built/VBD early/JJ -/HYPH warning/NN systems/NNS ./.", []),
    "relative_that": ("It/PRP was/VBD a/DT moment/NN :/: voting/NN that/WDT will/MD start/VB ./.", []),
    "homograph_before_comma": ("In/IN his/PRP$ ruling/NN ,/, Judge/NNP Reeves/NNP wrote/VBD ./.", []),
    "noun_ruling_comma": ("The/DT court/NN issued/VBD its/PRP$ ruling/NN ,/, and/CC left/VBD ./.", []),
    "capitalized": ("Saying/NN it/PRP was/VBD late/JJ ,/, Kim/NNP left/VBD ./.", []),
    "already_verb": ("Kim/NNP left/VBD ,/, saying/VBG he/PRP was/VBD tired/JJ ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the main verb in the past read as a participle after the comma that closes an apposition.
PAST_AFTER_COMMA_ROWS: dict[str, tuple[str, list[str]]] = {
    "after_apposition": ("Roe/NNP ,/, a/DT former/JJ aide/NN ,/, criticized/VBN Kim/NNP 's/POS plan/NN ./.", ["criticized"]),
    "after_adjunct": ("Cruz/NNP ,/, with/IN unconcealed/JJ delight/NN ,/, chided/VBN Trump/NNP ./.", ["chided"]),
    "before_that": ("Kander/NNP ,/, the/DT secretary/NN ,/, noted/VBN that/IN costs/NNS rose/VBD ./.", ["noted"]),
    # negatives: a finite verb before it (it modifies), a time word after it, an auxiliary before it, a
    # verb whose passive takes a noun, no object after it
    "finite_verb_before": ("Kim/NNP said/VBD the/DT plan/NN ,/, backed/VBN Monday/NNP ,/, failed/VBD ./.", []),
    "time_after": ("The/DT plan/NN ,/, released/VBN Tuesday/NNP ,/, failed/VBD ./.", []),
    "auxiliary": ("It/PRP was/VBD ,/, criticized/VBN Kim/NNP ./.", []),
    "naming_passive": ("A/DT group/NN ,/, called/VBN Vox/NNP ,/, formed/VBD ./.", []),
    "no_object": ("The/DT plan/NN ,/, approved/VBN by/IN the/DT board/NN ,/, failed/VBD ./.", []),
}
# fmt: on


# fmt: off
#: Tagged sentence -> the "that" after a verb of saying or belief read as a pronoun where it opens a clause.
THAT_ROWS: dict[str, tuple[str, list[str]]] = {
    "before_pronoun": ("Kim/NNP argued/VBD that/DT she/PRP won/VBD ./.", ["that"]),
    "before_name": ("Polls/NNS suggest/VBP that/WDT Kim/NNP leads/VBZ ./.", ["that"]),
    "before_number": ("He/PRP said/VBD that/DT 40/CD people/NNS died/VBD ./.", ["that"]),
    "before_subordinator": ("Critics/NNS argued/VBD that/DT if/IN the/DT tax/NN passed/VBD ,/, prices/NNS would/MD rise/VB ./.", ["that"]),
    "before_fronted_phrase": ("Rubio/NNP said/VBD that/DT over/IN five/CD days/NNS ,/, he/PRP raised/VBD more/JJR ./.", ["that"]),
    # negatives: a pronoun before a preposition with no clause after it, before a verb (its subject),
    # before a noun (a determiner), after a verb that reports no clause, tagged as a complementizer already
    "pronoun_then_phrase": ("Kim/NNP said/VBD that/DT in/IN May/NNP ./.", []),
    "pronoun_subject": ("He/PRP said/VBD that/DT was/VBD wrong/JJ ./.", []),
    "determiner": ("She/PRP argued/VBD that/DT point/NN again/RB ./.", []),
    "other_verb": ("They/PRP sold/VBD that/DT to/IN Kim/NNP ,/, who/WP left/VBD ./.", []),
    "already_complementizer": ("Kim/NNP argued/VBD that/IN she/PRP won/VBD ./.", []),
}
# fmt: on


#: Each mend of one kind of misread word, with its table.
MENDS: dict[str, tuple[Callable[[list[tuple[str, str]]], list[int]], dict[str, tuple[str, list[str]]]]] = {
    "participles": (misread_participles, PARTICIPLE_ROWS),
    "base_forms": (misread_base_forms, BASE_FORM_ROWS),
    "speech_forms": (misread_speech_forms, SPEECH_FORM_ROWS),
    "fronted_forms": (misread_fronted_forms, FRONTED_FORM_ROWS),
    "reflexives": (misread_pronouns, REFLEXIVE_ROWS),
    "possessive_relatives": (misread_pronouns, POSSESSIVE_RELATIVE_ROWS),
    "gerunds": (misread_gerunds, GERUND_ROWS),
    "pasts_after_comma": (misread_pasts_after_comma, PAST_AFTER_COMMA_ROWS),
    "that": (misread_that, THAT_ROWS),
}


@pytest.mark.parametrize(
    ("mend", "name"), [(mend, name) for mend, (_, rows) in MENDS.items() for name in sorted(rows)]
)
def test_misread_words(mend: str, name: str) -> None:
    """Each row's tagged sentence gives exactly the words the row names to retag."""
    finder, rows = MENDS[mend]
    line, expected = rows[name]
    words = tagged(line)
    assert [words[k][0] for k in finder(words)] == expected


#: An attribution's (content, cue, rule, speaker mention).
Found = tuple[str, str, str | None, str | None]

# fmt: off
#: Sentences whose verb the offline tagger reads as a plural noun, end to end on the real models, in the
#: wider notion (verbs of evidence) and in the default one (verbs of saying).
MODEL_ROWS: dict[str, tuple[str, str, Found]] = {
    "poll_name": ("all", "A poll shows Kim with a lead of nine points.", ("Kim with a lead of nine points", "shows", "evidence", "A poll")),
    "study_that": ("all", "A recent study shows that prices rose in every region.", ("that prices rose in every region", "shows", "evidence", "A recent study")),
    "headline_title_case": ("speech", "Mayor Halvorsen Says She Will Not Run Again", ("She Will Not Run Again", "Says", "subject", "Mayor Halvorsen")),
    "headline_evidence": ("all", "New Poll Shows Wide Gap Between Candidates", ("Wide Gap Between Candidates", "Shows", "evidence", "New Poll")),
    "past_read_as_participle": ("all", "Most young voters backed Kim in the runoff.", ("Kim in the runoff", "backed", "stance", "Most young voters")),
    "headline_label": ("speech", "The Latest: Kim urges voters to stay calm.", ("voters to stay calm", "urges", "subject", "Kim")),
    # the tagger calls "ad" an adjective, so the subject is found as a fused head (rule "quantifier")
    "plural_present_read_as_preposition": ("speech", "Cologne police say they have not yet found the driver.", ("they have not yet found the driver", "say", "subject", "Cologne police")),
    "plural_present_after_quantity": ("speech", "A mere 9 percent say they only buy local goods.", ("they only buy local goods", "say", "subject", "A mere 9 percent")),
    "past_frame_after_quotation": ("speech", "“The plan will fail,” Cronin wrote.", ("The plan will fail,", "wrote", "subject", "Cronin")),
    "possessive_relative": ("speech", "Ana Ruiz, whose campaign had ended in May, said the plan was dead.", ("the plan was dead", "said", "subject", "Ana Ruiz")),
    "appearance_read_as_noun": ("all", "Enthusiasm for Kim appears to have faded in the towns.", ("Enthusiasm for Kim to have faded in the towns", "appears", "appearance", None)),
    "reflexive_intensifier": ("speech", "Cruz himself said Tuesday that the plan would fail.", ("that the plan would fail", "said", "subject", "Cruz")),
    "fronted_verb_colon": ("speech", "The vote failed. Said Ellis: “We will try again next year.”", ("We will try again next year.", "Said", "subject", "Ellis")),
    "fronted_verb_comma": ("speech", "The report was late. Said Comey, “The thought that an error was made is painful to us.”", ("The thought that an error was made is painful to us.", "Said", "subject", "Comey")),
    "participle_after_by": ("speech", "The governor picked up from his wife by saying he is ready to work for the state.", ("he is ready to work for the state", "saying", "participle", "The governor")),
    "participle_before_quotation": ("speech", "Ms. Reyes claimed victory in a post, saying: “We just won the county! Thanks to everyone who voted.”", ("We just won the county! Thanks to everyone who voted.", "saying", "participle", "Ms. Reyes")),
    "that_before_fronted_phrase": ("speech", "Rubio said that over the last five days, his campaign had raised more money.", ("that over the last five days, his campaign had raised more money", "said", "subject", "Rubio")),
    "that_before_subordinator": ("speech", "Critics argued that if the tax passed, prices would rise.", ("that if the tax passed, prices would rise", "argued", "subject", "Critics")),
    "past_after_apposition": ("speech", "Ann Kim, a former aide to the mayor, described Lee's plan as reckless.", ("Lee's plan as reckless", "described", "subject", "Ann Kim")),
    "past_before_adjective_noun": ("speech", "The group also paid $2 million to Mercury to lobby Congress. Among other issues, Mercury opposed congressional efforts on trade.", ("congressional efforts on trade", "opposed", "subject", "Mercury")),
    "homograph_before_preposition": ("all", "Francis points to structural inequities in the global order.", ("structural inequities in the global order", "points", "np-content", "Francis")),
    "quotation_after": ("speech", "The ad says “Tom will fight for the farms and the schools.”", ("Tom will fight for the farms and the schools.", "says", "quantifier", "The ad")),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(MODEL_ROWS))
def test_retagged_verbs_on_the_models(extractors: dict[str, Extractor], name: str) -> None:
    """The models' tags mended before the parse: the clause after the verb is its content."""
    attributions, text, expected = MODEL_ROWS[name]
    (quote,) = extractors[attributions].extract(text)
    mention = quote.speaker.mention if quote.speaker and quote.speaker.mention else None
    cue = quote.cue.span.text if quote.cue else ""
    assert (quote.text, cue, quote.rule, mention.text if mention else None) == expected
