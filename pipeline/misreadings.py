"""Stage 4b, context checks: candidates that their sentence gives to someone else or reads otherwise.

A time, placing or mark is not the subject's when a rival, team-mate, sister or pacer owns its clause
("; Zumbühl went on to win in 2:25:01"), when it is a margin, a split or a heat's before a final, or a
single event's inside a heptathlon; a place is not where a race was run when it is a nationality or a
person's name; a distance is not the discipline when it is a point on the course. The checks read the
words around a candidate in its sentence (``before``: up to eight words, ``after``: three).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .clauses import PUNCTUATION, RELATIVE_WORDS, Candidate, Sentence, pluperfect_at
from .gazetteer import Gazetteer, spelled
from .normalise.dates import MONTHS
from .normalise.disciplines import DISTANCE, normalise_discipline
from .normalise.placings import cardinal, ordinal

# The months' names in lower case, which open sentences as names do.
MONTH_NAMES = frozenset(month.lower() for month in MONTHS)
# Words that stand for the bio's subject later in a sentence.
SUBJECT_WORDS = frozenset({"she", "he", "her", "him", "they", "them"})
COMBINED_EVENTS = frozenset({"heptathlon", "decathlon", "pentathlon"})
COMBINED_CUES = COMBINED_EVENTS | {"points"}  # a combined event named, or its score
APPROXIMATELY = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just", "approximately"})
AGE_CLASS = re.compile(r"^[mwfv]\d\d$")  # a masters age class: "M50", "W45"
# Words that may follow an epithet standing alone ("won by the Moroccan in 9:39.80"), not a name.
AFTER_EPITHET = frozenset({"in", "with", "at", "on", "for", ",", "(", "who", "after", "ahead"})
# Units of a distance, as words: "2000 m", "30 km".
DISTANCE_UNITS = frozenset({"m", "km", "k", "metres", "meters", "kilometres", "kilometers", "mi", "miles", "mile"})
# Units of points on a road course ("27th at 10 km"), unlike track events ("won at 1500 m").
ROAD_UNITS = frozenset({"km", "k", "kilometres", "kilometers"})
# The last words of a series ranked over a season: "the World Cup", "the Diamond League".
SEASON_LONG = frozenset({"Cup", "Series", "League", "Circuit", "Tour"})
# Rounds between the heats and the final: "semi-final", "repechage".
LATER_ROUNDS = ("semi", "repechage")
# Verbs of a position held during a race, not at its finish: "lying 12th", "lay fifth", "sitting third".
ON_THE_WAY = frozenset({"lying", "lay", "sitting"})
# Verbs of leaving a race's start list: "withdrew", "scratched", "pulled out".
WITHDRAWING = frozenset({"withdrew", "withdraw", "withdrawn", "scratched", "pulled"})
# A year standing alone as a word: "1983".
YEAR_WORD = re.compile(r"^(?:18|19|20)\d\d$")


# Words after a time that make it a gap to someone else, even a clock time, when it stands on its own after a comma,
# bracket, semicolon or dash: "third overall, 1:12 behind the Norwegian winner", "fourth (0:45 adrift)".
GAP_WORDS = frozenset({"behind", "ahead", "adrift", "clear"})  # not "2:21:01 down from the old mark": hers
# Words that make such a time a gap only where the phrase ends with them, or goes on to whom: "23rd, 2:41.0 back,",
# "eighth, 38.2 seconds down on the winner".
CLOSING_GAP_WORDS = frozenset({"back", "down", "off"})
GAP_ENDS = frozenset({",", ".", ";", ")", "on", "of"})
# Words before a ranking list's "rank 12", which is no race's place: "world rank 12"; and the lists' own words after
# it: "rank 3 in the IAAF rankings".
RANKING_WORDS = frozenset({"world", "national", "global", "all-time", "annual"})
RANKING_LISTS = frozenset({"rankings", "ranking", "list"})
# Verbs of a team's result after its noun besides the vocabulary's result verbs: "the team went on to win", "the
# quartet was second".
TEAM_RESULT_VERBS = frozenset({"went", "was", "were", "earned"})
# Words that keep her out of a team, before its word ("left out of the relay", "not selected for the squad").
KEPT_OUT = (("left", "out", "of"), ("omitted", "from"), ("dropped", "from"), ("not", "selected", "for"),
            ("n't", "selected", "for"), ("overlooked", "for"), ("reserve", "for"))
KEPT_OUT_CUES = frozenset({"left", "omitted", "dropped", "selected", "overlooked", "reserve"})  # one of each phrase's words
# Verbs of reaching a round (a heat word or the final), and of running in one: "qualified for the final ... but
# scratched from it" (a DNS), "led until 5 km but withdrew from it" (not a DNS).
REACHED = frozenset({"qualified", "reached", "made", "advanced", "progressed"})
RUNNING = frozenset({"led", "ran", "running", "leading", "lay", "started"})
# A clock time as a word: "4:15.3".
CLOCK = re.compile(r"\d{1,2}:\d{2}")
# Words of a masters championship, where a place in an age group is the place: "World Masters Athletics
# Championships".
MASTERS = frozenset({"masters", "veterans"})
# Words for another competitor, as the owner of a result: "that athlete's disqualification".
RIVALS = frozenset({"athlete", "rival", "winner", "runner", "runner-up", "opponent", "competitor", "leader"})
# A withdrawal before the whole competition began: "scratched from the 100 m freestyle before the meet", "withdrawn
# her 1500 m entry before the Games to save her legs" (not "before the championships ended").
MEET_AHEAD = re.compile(r"\bbefore the (?:meet|meeting|championships|games)(?: (?:began|started|opened))?"
                        r"(?= [,.;)]| to\b|$)")


def meet_ahead(rest: list[str]) -> bool:
    """Whether the words after a withdrawal put it before the competition began, within eight words (see
    :data:`MEET_AHEAD`)."""
    match = MEET_AHEAD.search(" ".join(rest))
    return match is not None and match.start() < len(" ".join(rest[:8]))


# Words of a season's ranking, not of one race: "second in the sprint standings".
STANDINGS = frozenset({"standings", "standing", "rankings", "ranking"})
RANKINGS = STANDINGS - {"standing"}  # after a placing: not "second in the standing long jump"
# Verbs that end a season, and the words for one, before a placing that ranks the season: "ended that winter sixth".
SEASON_ENDING = frozenset({"ended", "finished", "closed", "ending", "finishing", "closing"})
SEASON_WORDS = frozenset({"season", "winter", "summer", "campaign"})


def season_ended(before: list[str]) -> bool:
    """Whether a placing comes right after a season said to end: "She ended the season ninth", "He finished the
    2023–24 season 14th" (not "finished the race fifth")."""
    return before[-1:] != [] and before[-1] in SEASON_WORDS and not SEASON_ENDING.isdisjoint(before[-7:-1])


# Words of a contest lost, before "for the bronze": "losing out for the bronze", "pipped for the silver".
LOSING = frozenset({"losing", "lost", "pipped", "edged", "beaten"})


def placed(words: list[str]) -> bool:
    """Whether the words give a placing: "after finishing fourth in" (not "the first mile", "the first of four laps")."""
    return any(ordinal(word) is not None and previous != "the" for previous, word in zip(["", *words], words))


def lost_to(words: list[str]) -> bool:
    """Whether ``words`` tell a contest lost: a word of :data:`LOSING`, or "touched out" / "out-touched"."""
    plain = [word for word in words if word != "-"]  # "out-touched" comes as "out", "-", "touched"
    return not LOSING.isdisjoint(words) or any(pair in (("touched", "out"), ("out", "touched"))
                                               for pair in zip(plain, plain[1:]))


class ContextChecks:
    """The context rules of :class:`~pipeline.assemble.Assembler`, which sets what they read: the
    vocabulary's word sets, the subject's names, pronouns and nationality, the pronouns that stand for other people,
    and the other people the bio names."""

    words: dict[str, frozenset[str]]
    subject: frozenset[str]
    others_pronouns: frozenset[str]
    demonym: str | None
    others: frozenset[str]
    other_names: frozenset[str]  # every word of the other people's full names but the subject's: "neil", "lelisa"
    gazetteer: Gazetteer
    checks: dict[str, Callable[[Candidate, Sentence, list[str], list[str]], bool]]

    def filter(self, spans: list[Candidate], sentence: Sentence) -> list[Candidate]:
        """Drop candidates that are contained in a longer one of the same label, or read wrongly in context.

        ``spans`` come sorted by (start, -end), so a span lies inside a longer one of its label exactly
        when an earlier, different span of that label reaches as far.
        """
        kept = []
        seen: set[tuple[str, int, int]] = set()
        reach: dict[str, int] = {}
        for span in spans:
            key = (span.label, span.start, span.end)
            if key in seen:
                continue
            seen.add(key)
            inside_longer = reach.get(span.label, -1) >= span.end
            reach[span.label] = max(reach.get(span.label, -1), span.end)
            if inside_longer:
                continue
            inside_event = span.label in ("DATE", "LOCATION", "DISCIPLINE") and reach.get("EVENT", -1) >= span.end
            inside_time = span.label == "LOCATION" and reach.get("TIME", -1) >= span.end  # "Two hours, 22 minutes"
            if inside_event or inside_time or self.misread(span, sentence):
                continue
            kept.append(span)
        return kept

    def misread(self, span: Candidate, sentence: Sentence) -> bool:
        """Context rules: rivals' results, margins, splits and heats are not hers; places that are
        nationalities are not where a race was; split points are not disciplines; ..."""
        before = sentence.words(span.start - 8, span.start)
        after = sentence.words(span.end, span.end + 3)
        if span.label in ("TIME", "PLACING", "RECORD", "STATUS") and (
                self.someone_elses(before) or self.winners(span, sentence)
                or self.with_rival(span, sentence) and not team_placing(span, sentence)  # not "with Spain fourth in
                # the team standings": her team's
                or self.whose(span, sentence) or self.who_clause(span, sentence) or self.himself_a(span, sentence)
                or self.on_a_stage(span, sentence, before, after)
                or self.named_winner(span, sentence) or self.other_subject(span, sentence)
                or self.kept_out(span, sentence) or self.without_her(span, sentence)):
            return True
        check = self.checks.get(span.label)
        return check is not None and check(span, sentence, before, after)

    @staticmethod
    def in_a_list(span: Candidate, sentence: Sentence) -> bool:
        """Whether a rank is a list's: "41st in the world", "3rd in the rankings" (not "at the World Championships")."""
        listed = sentence.words(span.end - 1, span.end + 5)  # from the span's last word
        return not RANKING_LISTS.isdisjoint(listed) or any(
            listed[i:i + 3] == ["in", "the", "world"] and not sentence.is_title(span.end - 1 + i + 2)
            for i in range(len(listed)))

    def misread_placing(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        previous = before[-1] if before else ""
        if span.rule == "placing.medal" and after[:2] in (["going", "to"], ["went", "to"], ["goes", "to"]):
            return True  # "came fifth in the final, the gold going to Kenya's Faith Kipyegon"
        if (previous in ("ranked", "rated") or span.text.lower().startswith(("ranked ", "rated "))) and self.in_a_list(
                span, sentence):
            return True  # "ranked 41st in the world": a list's rank (not "ranked 5th in the 20 km walk", "ranked
            # fifth at the 2019 World Championships")
        rest = sentence.words(span.start + 1, span.end + 6)  # after the ordinal, within the span or not
        if rest[:2] in (["man", "of"], ["woman", "of"]) and not (
                self.words["squad_words"] | self.words["relay_words"]).isdisjoint(rest[2:6]):
            return True  # "as the fifth man of the relay pool": a squad's member, not a place
        if span.rule == "placing.win" and span.text.lower() == "winning" and previous in ("was", "were"):
            return True  # "by fourteen he was winning the school's races", "was winning until the last lap": no race won
        if span.rule.startswith("placing.position") and (previous in RANKING_WORDS or after[:2] in (
                ["in", "the"], ["on", "the"]) and not RANKING_LISTS.isdisjoint(sentence.words(span.end + 2, span.end + 6))):
            return True  # "reached world rank 12", "rank 3 in the IAAF rankings": a ranking list's, not a race's ("rank
            # 12 was obtained", "on rank 9", "rank 12 in the 10,000 m, which lifted her to 30th in the world rankings")
        if span.rule == "placing.medal" and (sentence.is_title(span.end) or (
                previous == "the" and (before[-2:-1] and before[-2] in self.words["medal_missed_before"]
                                       or before[-3:-1] in (["short", "of"], ["shy", "of"])
                                       or before[-2:-1] == ["for"] and lost_to(before[-6:])))):
            return True  # "the Gold Coast", "the Silver Ferns", "8.4 seconds off the bronze", "losing the bronze",
            # "24 points short of the bronze medal", "touched out for the bronze"
        if span.rule in ("placing.medal", "placing.win") and before[-1:] != ["team"] and (
                after[:1] == ["medals"] or (after[1:2] == ["medals"] or after[1:2] in (["marathons"], ["races"])
                                            and sentence.words(span.end + 2, span.end + 3) not in ([","], [":"]))
                and cardinal(after[0]) is not None):  # (not "won two marathons, Boston in 2:20:10 and ...")
            return True  # "won medals at ...", "won two medals", "one of the race's gold medals", "won eleven
            # marathons": no one placing (but "the team bronze medals" are one team's)
        if span.rule == "placing.title" and previous == "to" and span.text.split()[0].lower() in ("defend", "retain") \
                and before[-3:-1] != ["went", "on"]:
            return True  # "was back in Rotterdam to defend her title but could manage only sixth": a purpose
        if span.rule == "placing.win.her_way" and not (
                span.start - 1 > sentence.span.start and sentence.is_title(span.start - 1)
                or not self.words["title_words"].isdisjoint(before[-3:])):
            return True  # "The Ten Mile Run went her way", "the title came her way"; not "Nothing went her way"
        adjective = before[-2:-1] == ["the"] and sentence.is_title(span.start - 1)  # "the Brazilian winner"
        article = 1 if previous == "the" else 2 if adjective else 0
        medallist = span.rule == "placing.medal" and after[:1] in (["medallist"], ["medalist"])
        if (span.text.lower() in ("winner", "runner-up") or medallist) and article and not (
                before[-article - 1:-article] and before[-article - 1] in ("was", "is", "became", "as")):
            return True  # "the winner, X, needed 2:04:48", "the Brazilian winner", "clear of the runner-up", "close
            # to the bronze medallist"; but "she was the winner"
        if span.rule.startswith("placing.ordinal") and (
                after[:1] and after[0] in self.words["not_placing_after"]  # "for the second time"
                or span.text.lower() in ("first", "was first", "were first", "is first") and after[:1]
                and after[0].endswith("ed") and after[0] != "placed"
                # "was first picked as a 200 m runner", "first raced abroad": an adverb
                or span.rule == "placing.ordinal.verb" and sentence.is_title(span.end)  # "came a first World Cup
                # podium": the first of its kind (the verb rule ends at the ordinal)
                or span.rule in ("placing.ordinal.at", "placing.ordinal.for")
                and previous in ("his", "her", "their", "its", "the")):  # "her first in Europe"
            return True
        standing = sentence.words(span.start, span.end + 4)  # "12th overall in the World Cup": a season's
        if "overall" in standing[:-2] and standing[standing.index("overall") + 1:][:2] == ["in", "the"] and any(
                c.label == "EVENT" and c.start == span.start + standing.index("overall") + 3
                and c.text.split()[-1] in SEASON_LONG for c in sentence.candidates):
            return True  # standing in a series, no one race
        standing = sentence.words(span.start, span.end + 7)
        if "overall" in standing and not STANDINGS.isdisjoint(standing) and "team" not in standing:
            return True  # "14th in the overall World Cup standings": a season's standing (not the team's)
        ranked = list(itertools.takewhile(lambda word: word not in PUNCTUATION, sentence.words(span.end, span.end + 5)))
        if not RANKINGS.isdisjoint(ranked) and "team" not in ranked or season_ended(before) and (
                "overall" in ranked or (["in", *ranked] if span.text.lower().endswith(" in") else ranked)[:2] == [
                    "in", "the"] and any(
                    c.label == "EVENT" and span.end < c.start <= span.end + 5 and c.text.split()[-1] in SEASON_LONG
                    for c in sentence.candidates)):
            return True  # "second in the sprint standings", "ended that winter sixth in the overall World Cup" (not
            # "ended his season second in Oita", "ended the season second at the Diamond League meeting": races)
        later = sentence.words(span.end, span.end + 5)
        point = later[1:] if later[:1] == ["at"] else later if span.text.lower().endswith(" at") else []
        if span.rule.startswith("placing.ordinal") and (point[:1] == ["halfway"] or point[1:2] and point[1] in ROAD_UNITS
                                                         and point[0][:1].isdigit()):
            return True  # "she was 27th at 10 km", "lay fifth at halfway": a position on the way, not at the finish
        if span.rule.startswith("placing.ordinal") and not ON_THE_WAY.isdisjoint(
                before[-2:] + span.text.lower().split()[:1]):
            return True  # "passed 10 km in 45:58, lying 12th, before fading to 19th": a position on the way
        if span.rule.startswith("placing.ordinal") and self.at_a_split(span, sentence):
            return True  # "he passed 10 km in 42:05 in 20th place but dropped out": a position on the way
        if span.text.lower().endswith(" in"):  # "second in" her age group
            later = ["in", *later]
        own_class = later[:1] and AGE_CLASS.match(later[0]) or later[:1] == ["in"] and later[1:2] in (
            ["the"], ["her"], ["his"]) and (later[2:3] == ["age"] or bool(later[2:3]) and AGE_CLASS.match(later[2]))
        age_group_only = later[:1] == ["in"] and later[1:2] in (["her"], ["his"], ["their"]) and later[2:3] == [
            "age"] and MASTERS.isdisjoint(sentence.lower) and {"record", "best"}.isdisjoint(later[3:6])
        if own_class and "overall" in sentence.lower or age_group_only:
            return True  # "second in her age group but ninth overall", "15th overall and first M50": the overall
            # placing is her place in the race; "ran the Dublin Marathon and was first in her age group": not a place in
            # the race (at a masters championship it is)
        tie_break = any(pair == ("-", "off") for pair in zip(later[:4], later[1:4]))  # "the swim-off", "a run-off"
        if span.rule == "placing.win" and (not {"medal", "prize", "award"}.isdisjoint(later) or tie_break):
            return True  # "won her first senior medal" (its colour, if told, is the placing); "won the swim-off";
            # "won the fourth-stage prize"
        if span.rule == "placing.ordinal.noun" and after[:1] == ["to"]:
            return True  # "the first woman to break 2:20": a distinction, not a placing
        if span.rule in ("placing.range", "placing.podium") and not self.words["missed_words"].isdisjoint(before[-3:]):
            return True  # "well outside the top twenty", "missed the podium"
        heat_in = (previous == "in" and self.in_a_heat(before[-3:-1], span, sentence) or span.rule == "placing.ordinal.into"
                   and self.in_a_heat(before[-2:], span, sentence)) and self.reached_final(
            sentence.words(span.end, sentence.span.end))  # "came through her heat in fourth ... then reached the final"
        if heat_in or self.in_a_heat(sentence.words(span.end, span.end + 7), span, sentence) or span.rule == "placing.win" and (
                before[-1:] == ["was"] and self.in_a_heat(before[-2:-1], span, sentence)
                or self.in_a_heat(before[-1:], span, sentence)):
            return True  # "won her heat", "second in her semi-final", "his heat was won", "a commanding heat win",
            # when the final is reported
        if not self.words["negation_words"].isdisjoint(before[-4:]):
            return True  # "without ever finishing on the podium", "did not win"
        if self.named_before(span, sentence) and not team_placing(span, sentence):
            return True  # "he ranked 3rd in 2:08:21, while Yuya Yoshida won in 2:07:05", "and the Pole Ewa Kania
            # took silver (2:30:09)"
        if span.rule != "placing.win":
            return False
        if "titles" in sentence.words(span.end, span.end + 4):
            return True  # "won several national titles": a count, no one result
        if span.rule == "placing.win" and sentence.lower[:2] in (["it", "was"], ["this", "was"], ["that", "was"]) \
                and any(ordinal(word) for word in before[-2:]):
            return True  # "It was his second marathon victory": the race told already, counted
        counted = before[-3:]
        if span.text.lower() in ("wins", "victories") and any(
                (1 < (cardinal(word) or 0) < 100 or word in ("more", "several", "many"))
                and self.subject.isdisjoint(counted[index + 1:]) and not {*PUNCTUATION, "-", "–", "—"} & set(
                    counted[index + 1:]) for index, word in enumerate(counted)):
            return True  # "two more World Cup wins": a count of results, not one (but "March 31 - Bett wins")
        told = after[2:] if after[:1] == ["in"] and sentence.is_title(span.end + 1) else after  # "The win in Frankfurt"
        if previous in ("the", "this", "that") and (span.start - 1 == sentence.span.start or before[-2:-1] in (
                [","], ["and"], [";"])) and (told[:1] and told[0] in self.words["consequence_verbs"]
                                             or told[:2] == ["was", "worth"]):
            return True  # "The victory earned her selection for the World Championships", "The win in Frankfurt
            # lifted his prize money", "and the win was worth €30,000": an earlier race's
        if after[:1] in (["time"], ["margin"], ["streak"], ["mark"]):
            return True  # "her winning time of 2:24:12": the result is told elsewhere in the sentence
        margin = after[1:2] and (after[1][0].isdigit() or cardinal(after[1]) is not None)  # "won by 1.4 seconds"
        passive = bool(after) and after[0] == "by" and not (
            margin or self.subject.intersection(after[1:3]) or self.epithet(sentence.words(span.end + 1, span.end + 5)))
        intent = previous == "to" and len(before) > 1 and before[-2] in self.words["intent_words"]
        return passive or intent or previous == "race"

    def in_her_heat(self, span: Candidate, sentence: Sentence, before: list[str]) -> bool:
        """A time or mark run in a heat when the final is reported: "won her heat in 4:09.51 ... seventh
        in the final", "a best of 9:31.20 in her heat", "11.42 (+0.6 m/s) in her heat and 11.38 in the
        semi-finals" (not "4:05.12 after her heat")."""
        if self.words["heat_words"].isdisjoint(sentence.lower) and "qualified" not in sentence.lower:
            return False  # no round before a final told (every word read below is the sentence's)
        end = span.end
        aside = sentence.words(end, end + 6)
        if aside[:1] == ["("] and ")" in aside:  # past a wind reading or a split: "11.42 (+0.6 m/s) in her heat"
            end += aside.index(")") + 1
        following = list(itertools.takewhile(lambda word: word not in PUNCTUATION, sentence.words(end, end + 6)))
        following = following if following[:1] in (["in"], ["of"]) else []
        clause = sentence.clause_so_far(span.start, 14)
        verbs = [index for index, word in enumerate(clause) if word in self.words["result_verbs"]
                 or word in ("qualified", "advanced", "progressed")]
        predicate = clause[verbs[-1]:] if verbs else []  # "won her heat of the 1500 m T11 on 31 August 2021 in",
        # "qualified from her heat in a personal best of"
        if PUNCTUATION.intersection(predicate) or "and" in predicate:  # not "ran 9:31.20 in her heat and was
            predicate = []  # eleventh in the final in"
        qualifying = predicate[:1] == ["qualified"] and "final" in predicate and self.reached_final(
            sentence.lower) and any(c.start >= span.end and c.label in ("PLACING", "TIME") for c in sentence.candidates)
        # "qualified fifth-fastest for the final in 16:02.11 and then finished seventh in it in 16:05.40"
        return qualifying or self.in_a_heat(before[-5:] + following + predicate, span, sentence)

    def misread_time(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        if self.in_her_heat(span, sentence, before) or combined_part(sentence, before):
            return True
        clock = span.rule in ("time.hms", "time.ms", "time.cued_seconds")  # "in 2:27:52 behind X": her time
        standing = before[-1:] in ([","], ["("], [";"], ["–"], ["—"]) or before[-1:] == ["and"] and len(before) > 1 \
            and ordinal(before[-2]) is not None  # "fourth, 1:12 behind", "finished 23rd and 1:41.0 back"
        gap = standing and after[:1] != [] and (after[0] in GAP_WORDS or after[0] in CLOSING_GAP_WORDS and (
            after[1:2] != [] and after[1] in GAP_ENDS or after[1:2] == ["the"] and after[2:3] != [] and after[2] in (
                "pace", "winner", "leader", "lead")))  # "fourth – 1:12 behind the winner", "23rd, 2:41.0 back,",
        # "23rd, 1:41.0 off the pace"
        margin = {word for token, word in zip(range(span.start - len(before[-3:]), span.start), before[-3:])
                  if word in self.words["margin_before"]
                  and not (sentence.is_title(token) and token > sentence.span.start)}  # not "in Split in 2:14:03"
        if margin == {"by"} and self.subject.intersection(before[before.index("by", -3) + 1:]):
            margin = set()  # "was won by Kołodziej in 9:24.50": her time, not a margin
        # a split: "passed 2000 m in 6:13", "went through 30 km in 1:31:40"
        laps = before[-2:-1] in (["lap"], ["laps"])
        way = before[-8 if laps else -6:-2]  # "went through the first mile in 4:31", "through the first of four
        # laps in 7:48"
        if before[-4:-3] == ["and"] and CLOCK.match(before[-5] if len(before) > 4 else ""):  # the next of a list of
            way = sentence.words(span.start - 10, span.start - 5)  # splits: "through 400 m in 4:15.3 and 1000 m in"
        passing = [i for i, word in enumerate(way) if word in self.words["passing_words"]]
        split = bool(passing) and before[-2:-1] and (before[-2] in DISTANCE_UNITS or laps) and self.words[
            "result_verbs"].isdisjoint(way[passing[-1]:]) and not placed(way[passing[-1]:]) or (
            before[-2:-1] and before[-2] in self.words["passing_words"] and before[-1] == "in")  # "(10 km,) which
        # she passed in 36:05"
        segment = bool(after) and after[0] in self.words["segment_after"]  # "her 18:44 swim", "a 44.1 leg"
        segment = segment or before[-2:] in (["leg", "took"], ["leg", "in"], ["split", "of"], ["leg", "of"])  # "her leg
        # took 13:58.6", "the anchor leg in 44.1", "a split of 47.85"
        segment = segment or before[-1:] == ["ran"] and not self.words["multisport_words"].isdisjoint(
            sentence.lower)  # "rode 1:02:31 ... and ran 33:05 to win"
        rivals = before[-1:] == ["("] and sentence.is_title(span.start - 2) and not self.subject.intersection(
            before[-6:]) and not self.words["rival_cues"].isdisjoint(before[-7:-1])
        # "bettered only by the American Kendra Wills (54.40)": the rival's time in brackets after the name
        behind = sentence.tokens.lower[span.start].startswith("+")  # "+2:11.5 behind the winner"
        run = before[-1:] in (["running"], ["ran"], ["clocking"], ["clocked"])  # "running 59.80 behind X": hers
        day_time = before[-1:] == ["at"] and (before[-2:-1] in (["started"], ["starting"], ["start"], ["began"]) or not {
            "morning", "afternoon", "evening", "night"}.isdisjoint(sentence.words(span.end, span.end + 3)))  # "started at
        # 7:00", "at 7:00 in the morning", "at 11:30 that night", "at 11:30 on Friday night"
        qualifying = "qualification" in before or any(  # a sprint's qualifying round: "set the quickest qualifying
            pair in (("quickest", "qualifying"), ("fastest", "qualifying")) for pair in zip(before, before[1:]))  # time"
        return bool(margin) or split or segment or rivals or behind or gap or qualifying or day_time or self.named_before(
            span, sentence) or bool(after and after[0] in self.words["margin_after"] and not clock and not run)

    def misread_record(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        times = [c for c in sentence.candidates if c.label == "TIME"]
        nearest = min(times, key=lambda time: sentence.cost(span, time)) if times else None
        if self.in_her_heat(span, sentence, before) or nearest is not None and self.in_her_heat(
                nearest, sentence, sentence.words(nearest.start - 8, nearest.start)):
            return True  # "ran 1:45.61 in the heats ..., a personal best, but was fifth in his semi-final": the heat's
        # "missing Rosa Mota's national record", "holds the Portuguese record"
        owner = before[-1:] in (["'s"], ["’s"]) and not self.subject.intersection(before[-3:-1])
        attempt = any(pair in (("attempt", "on"), ("attempt", "at"), ("bid", "for")) for pair in zip(before, before[1:]))
        denied = not self.words["negation_words"].isdisjoint(before[-4:])  # "did not count as a personal best"
        # an earlier feat in a relative clause: "went back to the course on which she had taken the national record"
        had = pluperfect_at(before)
        aside = had is not None and not RELATIVE_WORDS.isdisjoint(before[:had])
        later = sentence.words(span.end, span.end + 5)  # "the national record was taken from her by the junior X"
        lost = any(words in (("taken", "from", "her"), ("taken", "from", "him"))
                   for words in zip(later, later[1:], later[2:]))
        earlier = "whose" in before[-3:] and "had" in sentence.words(span.end, span.end + 3)  # "the Berlin Marathon
        # whose course record she had set two years earlier"
        aimed = ("to", "target") in zip(before, before[1:]) or not {"targets", "targeting"}.isdisjoint(before[-5:])
        # "hopes to target the W65 world record" (not "hit her target, a national record")
        return bool(set(before[-5:]) & self.words["missed_words"]) or owner or attempt or denied or aside or lost or aimed \
            or earlier

    def misread_location(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        previous = before[-1] if before else ""
        after_city = span.rule == "country" and previous == "," and sentence.is_title(span.start - 2)
        nationality = span.rule == "country" and (after[:1] in (["'s"], ["’s"]) or (  # "Ethiopia's Dawit Alemu",
            previous == "of" and sentence.is_title(span.start - 2)) or (  # "Dane Whitlock of Jamaica",
            bool(after) and ordinal(after[0]) is not None))  # "Botswana second in 3:02.10": the team
        team = (after[:1] in (["were"], ["took"], ["won"], ["finished"], ["placed"]) or span.rule == "country" and after[
            :1] in (["taking"], ["winning"])) and previous not in (
            "in", "at")  # "and Toyo were third overall", but "her World Championships in Doha were brief"
        discipline = normalise_discipline(span.text) is not None  # "Cross Country", "Marathon"
        # a first name or a surname: "her uncle, Ramón Roca", "Portugal third, Tavares the fourth scorer"
        person = self.subject.intersection(span.text.lower().split()) and previous not in ("in", "at") or (
            sentence.is_title(span.end)) and (
            self.gazetteer.kind(sentence.span.doc[span.end].text) is None)
        # a dateline's capitals name a place the gazetteer knows, or a town too small for it, not "NCAA, June 8"
        dateline = span.rule == "location.dateline" and (len(span.text) > 4 or any(
            self.gazetteer.kind(name) for name in (span.text, spelled(span.text), span.text.title())))
        # A place is one where a race was when a word cues it ("in", "at", "on the Gold Coast", "at the Rabat
        # meeting") or it follows the competition's name, as yearbooks write it ("WC Beijing 2015", "OG London
        # 2012"); not the place a race was moved from ("the Olympic marathon, moved from Tokyo to Sapporo").
        meeting = before[-2:] == ["at", "the"] and after[:1] in (["meeting"], ["meet"], ["race"])
        after_event = sentence.in_name(span.start - 1, ("EVENT",)) and not sentence.in_name(span.start, ("EVENT",))
        cued = dateline or previous in self.words["location_cues"] or before[-2:] == ["on", "the"] or meeting \
            or after_event
        return after_city or nationality or team or discipline or bool(person) or not cued or moved_from(before)

    def misread_discipline(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        """A point or a stretch of the race: "through 25 km", "pacing the first 3000 m"; a ski marathon or a
        marathon swim is not the run; a pace's distance ("1:11.8 per 400m") is no race."""
        if before[-1:] == ["per"]:
            return True
        if span.rule == "discipline.marathon":
            return before[-1:] == ["ski"] or after[:1] in (["swim"], ["swims"], ["swimming"])
        if span.rule == "discipline.mile" and before[-1:] == ["-"]:
            return True  # "a ten-mile race", "the two-mile": not the mile
        if after[:1] in (["later"], ["further"]) and (span.rule == "discipline.distance" or span.rule == "discipline.mile"
                                                     and before[-1:] in (["a"], ["one"], ["half"])):
            return True  # "stepped off the course a mile later": a point of the race (not "won the mile later that day")
        if span.rule not in ("discipline.distance", "discipline.miles_in_words"):
            return False
        if any(word.startswith("ultra") for word in after[:2]):
            return True  # "the 85 km ultramarathon", "a 78 km trail ultramarathon": the ultramarathon's length
        words = before[:-1] if before[-1:] and before[-1] in APPROXIMATELY else before  # "after about 7 km"
        previous = words[-1] if words else ""
        segment = previous in self.words["segment_words"] and words[-2:-1] == ["the"]
        led = words[-2:] in (["led", "for"], ["leading", "for"], ["leads", "for"])  # "after leading for three miles"
        return previous in self.words["split_cues"] or segment or led

    def misread_date(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        """A birth date; a period's start or end ("a cold lingering since January"), but not "did not race
        again until November 2024, when he came 55th"; the date a race was moved from; a delay ("a year later than
        planned")."""
        period = before[-1:] in (["since"], ["until"], ["till"]) and after[:2] != [",", "when"]  # not "until May
        # 2024, when he came 55th"
        moved = moved_from(before)  # "Tokyo (postponed from 2020)"
        # a season word before a noun is no date: "a regular on the autumn circuit", "the summer Olympics"
        modifier = span.rule == "date.same_year" and bool(after) and after[0].isalpha() and after[0] not in STOP_WORDS
        postponed = after[:1] == ["than"] and span.text.lower().split()[-1] in ("later", "earlier")  # "staged a
        # year later than planned": how late, not when (but "more races in 2019 than in any other season")
        return bool(set(before) & self.words["birth_words"]) or period or moved or modifier or postponed or \
            self.life_dates(span, sentence)

    def life_dates(self, span: Candidate, sentence: Sentence) -> bool:
        """Whether a date stands in the bracket after the athlete's name, as a lead gives her life's dates: "Lorcan
        Brophy (9 June 1938 – 21 January 2011) was"."""
        back = sentence.words(span.start - 12, span.start)
        opening = len(back) - 1 - back[::-1].index("(") if "(" in back else -1
        return opening > 0 and ")" not in back[opening:] and back[opening - 1] in self.subject

    def misread_status(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        """DNS only for a race that was run: "withdrew before her heat", not "withdrew from the team" or
        "from the European Championships squad"; no status for a pacemaker's planned stop ("went to Berlin
        as a pacemaker and stepped off at 30 km") or a pacemaker's own ("her pacemaker, the club runner X,
        had stepped off at 15 km"), nor for a withdrawal days ahead ("withdrew ten days before the race")."""
        pacing = self.paced(sentence) or not self.words["pacing_words"].isdisjoint(sentence.clause_so_far(span.start))
        verb = next((i for i, word in enumerate(before) if word in ("was", "were")), None)
        others = verb is not None and not {"runner", "runners", "rivals", "others", *self.words["other_subjects"]}.isdisjoint(
            before[max(0, verb - 4):verb])  # "when the runner-up was disqualified", "two runners ahead of her were"
        field = before[-3:-1] == ["of", "the"] and (before[-1] == "field" or before[-1].endswith("s"))  # "a quarter
        # of the field dropped out", "several of the favourites did not finish"
        following = sentence.words(span.end, span.end + 9)
        planned = any(pair in (("as", "planned"), ("as", "arranged"), ("as", "agreed"))
                      for pair in zip(following, following[1:]))  # "stepping off at 30 km as planned"
        # "scratched from the 400 m hurdles"; a round she had reached: "qualified for the final of the 100 m freestyle
        # but scratched from it" (not "three days before the marathon she withdrew from it")
        told = sentence.words(sentence.span.start, span.start)
        race_named = DISTANCE.search(" ".join(following[:5])) is not None or following[:2] == ["from", "it"] and any(
            c.label == "DISCIPLINE" and c.end <= span.start for c in sentence.candidates) and not (
            self.words["heat_words"] | {"final"}).isdisjoint(told) and not REACHED.isdisjoint(told) and self.words[
            "squad_words"].isdisjoint(told) and RUNNING.isdisjoint(sentence.clause_so_far(span.start))  # (not "led
        # until 5 km but withdrew from it": a DNF)
        withdrawal = span.rule == "status.dns.withdrew" and (  # "withdrew from the European Championships team"
            self.words["race_words"].isdisjoint(following[:5]) and not race_named
            or not self.words["squad_words"].isdisjoint(following))
        # a withdrawal ahead of the race, by a verb of leaving (not "did not start: a fracture was found four days
        # before the race")
        ahead = span.text.lower().split()[0] in WITHDRAWING and self.withdrawn_ahead(span, sentence)
        owner = span.start - 2 if before[-1:] in (["'s"], ["’s"]) else None  # "led to that athlete's disqualification"
        person = owner is not None and before[-2] not in self.subject and (
            before[-2] in RIVALS or sentence.is_title(owner) and self.gazetteer.kind(sentence.span.doc[owner].text) is None)
        others = others or person  # (not "the jury's disqualification", "Jamaica's disqualification": hers)
        return pacing or field or planned or withdrawal or ahead or others or self.named_before(span, sentence)

    @staticmethod
    def withdrawn_ahead(span: Candidate, sentence: Sentence) -> bool:
        """A withdrawal before the race was run: days ahead ("pulled out two days before the heats"), from an
        entry ("had been entered for the Chicago Marathon but pulled out with a strained shoulder"), from a whole
        competition to concentrate on another ("withdrew from the World Championships to concentrate on the
        Commonwealth Games") or before the meet ("scratched from the 100 m freestyle before the meet"); not "pulled
        out at 30 km", nor "scratched from the final to focus on the 400 m" (a race she had reached)."""
        told = sentence.words(sentence.span.start, span.start)
        in_race = not {"at", "after", "during"}.isdisjoint(sentence.words(span.end, span.end + 6))  # "at 30 km"
        entered = not in_race and any(pair in (("was", "entered"), ("been", "entered"), ("were", "entered"))
                                      for pair in zip(told, told[1:]))
        rest = sentence.words(span.end, sentence.span.end)
        whole = any(c.label == "EVENT" and span.end < c.start <= span.end + 3 for c in sentence.candidates) and any(
            pair in (("to", "concentrate"), ("to", "focus")) for pair in zip(rest, rest[1:]))
        return days_ahead(rest[:16]) or entered or whole or meet_ahead(rest)

    def at_a_split(self, span: Candidate, sentence: Sentence) -> bool:
        """Whether a placing comes right after a split, with no break or verb between: "passed 10 km in 42:05 in
        20th place" (not "passed 10 km in 33:00 and was eventually ninth")."""
        way = sentence.clause_so_far(span.start)
        passing = [i for i, word in enumerate(way) if word in self.words["passing_words"]]
        point = way[passing[-1] + 1:passing[-1] + 3] if passing else []
        between = way[passing[-1] + 3:] if passing else []  # "in 42:05 in": the split's time, then the placing
        return len(point) == 2 and point[0][:1].isdigit() and point[1] in ROAD_UNITS and len(between) <= 3 and \
            not {",", "and", "was", "were", ";"}.intersection(between) and \
            self.words["result_verbs"].isdisjoint(way[passing[-1]:])

    def in_a_heat(self, context: list[str], span: Candidate, sentence: Sentence) -> bool:
        """A result in an earlier round than one the sentence reports ("won her heat in 4:09.51 ... seventh in
        the final", "runner-up in her heat (55.31), then did not finish her semi-final"): the last round's
        result is the record. ``context``: the words around the result ``span``; a semi-final counts when it
        is told after the heat."""
        if self.words["heat_words"].isdisjoint(context):
            return False
        semi = any(word.startswith(LATER_ROUNDS) for word in context)
        later = sentence.words(span.end, sentence.span.end)
        repechage = "repechage" in context and not any(word.startswith("semi") for word in context) and \
            self.reached_final([word for word in later if word != "repechage"], "semi")  # "won his repechage race
        # ... and finished seventh in his semi-final" (not "second in his repechage, not enough to reach the semi")
        return self.reached_final(sentence.lower) or not semi and self.reached_final(later, "semi") or repechage

    def reached_final(self, words: list[str], round_: str = "final") -> bool:
        """Whether a final of hers is told: "seventh in the final", not "missing the final by 0.41 seconds",
        "did not reach the final" or "her semi-final"; with ``round_`` "semi", whether a semi-final is."""
        def missed(window: list[str]) -> bool:  # "did not reach the final", not "did not finish her semi-final"
            return not self.words["missed_words"].isdisjoint(window) or not self.words["negation_words"].isdisjoint(
                window) and not {"reach", "make", "qualify", "advance", "progress"}.isdisjoint(window)

        def others_final(index: int) -> bool:  # "while his team-mate Bence Kertész reached the final"
            window = set(words[max(0, index - 5):index]) - {"who", "whom"}
            return not window.isdisjoint(self.others) or not window.isdisjoint(self.words["other_subjects"])

        return any(not missed(words[max(0, index - (4 if round_ == "final" else 5)):index]) and not others_final(index) and (
            word == "final" and words[max(0, index - 2):index] != ["semi", "-"] if round_ == "final"
            else word.startswith(LATER_ROUNDS)) for index, word in enumerate(words))

    def with_rival(self, span: Candidate, sentence: Sentence) -> bool:
        """A result inside "with <Name> ...": "with Kenya's Beatrice Chepngeno second in 2:24:58", "with
        compatriot Sara Hall third"; not "with victory at the Copenhagen Half Marathon in 59:58"."""
        start = max(span.start - 8, sentence.span.start)
        words = sentence.words(start, span.start)
        if "with" not in words:
            return False
        after_with = start + len(words) - words[::-1].index("with")
        first = sentence.words(after_with, after_with + 1)
        described = first == ["the"] and all(sentence.is_title(t) for t in (after_with + 1, after_with + 2)) \
            and {"record", "best"}.isdisjoint(sentence.words(after_with, span.start)) \
            and not sentence.in_name(after_with + 1)
        # "with the Belgian Elke
        # Verstraete second in 7.89", not "with the Olympic Games record of 2:06:32"
        if first in (["a"], ["an"], ["the"], ["her"], ["his"], ["their"]) and not described:
            return False  # "with a South American record of 37.72"
        name = after_with + 1 if first and first[0] in self.words["other_people"] or described else after_with
        named = name < span.start and sentence.is_title(name)
        return named and self.subject.isdisjoint(sentence.words(after_with, span.start))

    def someone_elses(self, before: list[str]) -> bool:
        """Words before a result that give it to someone else: "won by X in" (unless X is the subject), "taken from
        her by X with", "the winner's", "who won", "with his club-mate X second in"."""
        for index, (word, following) in enumerate(zip(before, before[1:])):
            taken_from = word in ("her", "him") and before[index - 1:index] == ["from"]  # "taken from her by X with"
            if (word in self.words["passive_markers"] or taken_from) and following == "by":
                rest = before[index + 2:]
                possessive = rest[:1] in (["her"], ["his"]) and rest[1:2] != [] and rest[1].isalpha() and \
                    rest[1] not in STOP_WORDS  # "won by her training partner Aster Bekele in 31:40"
                return possessive or not (self.subject.intersection(rest[:2]) or self.epithet(rest) or self.own_verb(rest))
        pairs = set(zip(before, before[1:]))
        if pairs & {("race", "won"), ("the", "winner"), ("winner", "'s"), ("winner", "’s")} or "who" in before[-3:]:
            return True
        if "winning" in before and "behind" in before[:before.index("winning")]:
            return True  # "behind a winning time of 52.31"
        if not self.words["other_result_words"].isdisjoint(before[-4:]):
            return True
        others = [i for i, word in enumerate(before) if word in self.words["other_people"] and word != self.demonym]
        return bool(others) and self.subject.isdisjoint(before[others[-1]:]) and not self.own_verb(before[others[-1]:])

    def own_verb(self, words: list[str]) -> bool:
        """Whether the words after another person give the result a verb of the subject's again: "was
        outpaced by her sister over the last five kilometres and finished 12th"."""
        return any(a == "and" and b in self.words["result_verbs"] for a, b in zip(words, words[1:]))

    def on_a_stage(self, span: Candidate, sentence: Sentence, before: list[str], after: list[str]) -> bool:
        """A relay runner's own stage, whose placing and time are not the team's result: "won the seventh and
        final stage, and Hiroshima finished fourth", "was fifth fastest on it", "ran 18:21 on a short stage",
        "covered the 22.4 km fourth stage in 1:04:51" (not "with her on the third leg, finished fifth", "fifth
        in the relay final, 38.95, on the second leg")."""
        if span.label not in ("TIME", "PLACING") or self.words["relay_words"].isdisjoint(sentence.lower):
            return False
        following = sentence.words(span.end, span.end + 5)
        told = following[:next((i for i, word in enumerate(following) if word in PUNCTUATION), len(following))]
        if span.label == "PLACING":  # "won the seventh and final stage", "was fifth fastest on it"
            return "stage" in told or told[:1] in (["fastest"], ["quickest"])
        legs = {"stage", "leg"}  # "ran 18:21 on a short stage", "running the 1600 m leg in 4:31.0"
        return told[:1] == ["on"] and not legs.isdisjoint(told) or before[-1:] == ["in"] and not legs.isdisjoint(
            before[-4:])

    def who_clause(self, span: Candidate, sentence: Sentence) -> bool:
        """A result inside a relative clause about another named athlete, not closed by a comma: "beside his
        training partner Moses Kiptoo, who pulled away after 30 km and finished third in 2:07:31" (not "beat
        Kiptoo, who had won in 2019, and finished third": the comma closes it)."""
        words = sentence.words(span.start - 12, span.start)
        if "who" not in words:
            return False
        at = len(words) - 1 - words[::-1].index("who")
        between, name = words[at + 1:], span.start - len(words) + at - 2
        return at >= 2 and words[at - 1] == "," and sentence.is_title(name) and words[at - 2] not in self.subject \
            and not {",", ";", "("}.intersection(between) and SUBJECT_WORDS.isdisjoint(between) and \
            self.words["relay_words"].isdisjoint(between)  # a team-mate bringing her relay home: hers

    def whose(self, span: Candidate, sentence: Sentence) -> bool:
        """A result in a relative clause about a person: "married to the steeplechaser Daniyar Omarov, whose
        personal best is 8:24.10", "his father, Rui, a former 50 km walker whose best of 3:58:40", "a 50 km walker of
        the 1980s whose best" (not "the short relay, whose 44.05 was a national record", nor the subject described:
        "Omwenga, a former champion whose"); further on only with no punctuation between: "behind Mayu Ogata of
        Japan, whose winning time of 1:37:59 was a new course record"."""
        words = sentence.words(span.start - 10, span.start)
        if "whose" not in words:
            return False
        index = len(words) - 1 - words[::-1].index("whose")
        if len(words) - index > 5 and not (PUNCTUATION.isdisjoint(words[index:]) and {"and", "but"}.isdisjoint(
                words[index:]) and self.subject.isdisjoint(words[index + 1:])):
            return False  # the clause ended: "the Berlin Marathon whose course record she had set ... and won in"
        at = span.start - len(words) + index
        if sentence.in_name(at - 1, ("EVENT",)):
            return False  # a race's: "the Valencia Marathon whose fast course"
        person = at - 2 if sentence.words(at - 1, at) == [","] else at - 1
        described = sentence.words(at - 12, at)  # "married to Dominic Rono, a former steeplechaser whose best of"
        comma = len(described) - described[::-1].index(",") if "," in described else None
        # the person described: "walker", "steeplechaser", "a 50 km walker of the 1980s whose" (not "a race whose")
        phrase = described[comma:] if comma is not None else []
        nouns = [*phrase[-1:], *(phrase[index - 1] for index, word in enumerate(phrase) if word == "of" and index)]
        named = described[max(comma - 5, 0):comma - 1] if comma else []  # "his father Algirdas Žilinskas": kin
        apposition = phrase[:1] in (["a"], ["an"], ["the"]) and bool(named) and (
            named[-1] not in self.subject or not self.words["other_people"].isdisjoint(named)) and any(
                noun in self.words["other_people"] or noun.endswith(("er", "ist")) for noun in nouns)
        return sentence.is_title(person) or (sentence.words(person, person + 1) or [""])[0] in self.words[
            "other_people"] or apposition

    def himself_a(self, span: Candidate, sentence: Sentence) -> bool:
        """A result in an apposition that describes another named person as one of the trade: "the coach Ladislav
        Oravec, himself a steeplechaser of the former Czechoslovak team with a best of 8:41.6", "His first guide was
        Daniel Ruto, a steeplechaser from Iten with a best of 8:31.40"."""
        words = sentence.words(span.start - 14, span.start)
        for index in range(1, len(words) - 2):
            himself = words[index + 1] in ("himself", "herself") and words[index + 2] in ("a", "an")
            best = words[index + 1] in ("a", "an") and "best" in words[-3:] and self.subject.isdisjoint(
                words[index:]) and any(word.endswith(("er", "ist")) or word in self.words["other_people"]
                                       for word in words[index + 2:index + 4])  # a person: "a steeplechaser from"
            if words[index] == "," and (himself or best):
                return words[index - 1] not in self.subject and sentence.is_title(span.start - len(words) + index - 1)
        return False

    def named_winner(self, span: Candidate, sentence: Sentence) -> bool:
        """A result told after another named athlete's win or name: "(Ian Stewart won in a Games record of
        13:22.8)", "went to Kenya's Samuel Tanui in 3:51.38", "China's He Jie taking gold"."""
        start = max(span.start - 8, sentence.span.start)
        words = sentence.words(start, span.start)
        for index, word in enumerate(words):
            token = start + index
            if word in ("won", "wins", "set", "clocked") and index > 0 and token - 1 > sentence.span.start \
                    and sentence.is_title(token - 1) and words[index - 1] not in self.subject \
                    and self.subject.isdisjoint(words[index + 1:]) \
                    and not sentence.in_name(token - 1, ("EVENT",)):  # not "World Cup wins"
                return True  # "Stewart won", "in which Kengo Suzuki set"
            if words[index - 1:index + 1] == ["went", "to"] and sentence.is_title(token + 1) \
                    and self.subject.isdisjoint(words[index + 1:]):  # "went to Kenya's Samuel Tanui in"
                return True
            if word in ("'s", "’s") and 0 < index < len(words) - 1 and sentence.is_title(token + 1) \
                    and self.gazetteer.kind(sentence.span.doc[token - 1].text) == "country" \
                    and (self.subject - SUBJECT_WORDS).isdisjoint(words[index + 1:]):  # "China's He Jie taking gold"
                return True
        return False

    def kept_out(self, span: Candidate, sentence: Sentence, reach: int = 24) -> bool:
        """A team's result told after she was kept out of it, in the same predicate with no subject of hers
        between: "left out of the relay at the World Championships, in which the Swedish team won silver" (not
        "left out of the relay, she won the 10 km", "dropped from second to fifth")."""
        before = sentence.words(span.start - reach, span.start)
        if KEPT_OUT_CUES.isdisjoint(before):
            return False
        teams = self.words["squad_words"] | self.words["relay_words"]
        verbs = self.words["result_verbs"] | TEAM_RESULT_VERBS
        for index in range(len(before)):
            phrase = next((words for words in KEPT_OUT if tuple(before[index:index + len(words)]) == words), None)
            if phrase is None:
                continue
            token = span.start - len(before) + index
            kept_from = list(itertools.takewhile(lambda word: word not in PUNCTUATION, before[index + len(phrase):]))
            # to the phrase's end: "the 34-point 4 x 100 m freestyle relay"
            between = before[index + len(phrase):]
            told = [*between[max((i + 1 for i, word in enumerate(between[:4]) if word in teams), default=0):],
                    *sentence.words(span.start, span.start + 1)]  # after the team she left: "the Swedish team" + "won"
            team_told = any(word in teams and following in verbs for word, following in zip(told, told[1:])) \
                or any(c.label == "LOCATION" and c.rule == "country" and token < c.start < span.start  # "where Norway
                       and not verbs.isdisjoint(sentence.words(c.end, c.end + 1)) for c in sentence.candidates)
            return not teams.isdisjoint(kept_from) and team_told and self.subject.isdisjoint(
                between) and sentence.tokens.predicate_of[token] == sentence.tokens.predicate_of[span.start]  # the
            # team's result told after ("in which the Swedish team won silver"; not "and went on to win the 400 m",
            # "for the team event and instead won the individual race")
        return False

    def without_her(self, span: Candidate, sentence: Sentence) -> bool:
        """A team's result won without her: "Kenya still won the team gold without him", "without her, Austria's
        relay was ninth", "the quartet that won silver did not include her" (not "sixth without her shoe", "without
        her coach, she won the relay")."""
        before, after = sentence.words(span.start - 8, span.start), sentence.words(span.end, span.end + 10)
        before = before[len(before) - before[::-1].index(";"):] if ";" in before else before  # her own clause
        words = [*before, *itertools.takewhile(lambda word: word != ";", after)]
        if "without" not in words and "include" not in words:
            return False
        left_out = any((word, pronoun) in (("without", "her"), ("without", "him"), ("without", "them"), ("include", "her"),
                                           ("include", "him")) and closing in PUNCTUATION  # "did not include her."
                       for word, pronoun, closing in zip(words, words[1:], words[2:]))
        # the team told before the result, with no word for her between, or in it: "Austria's relay was ninth", "the
        # quartet that won silver", "won the team gold" (not "left out of the relay ..., but she won the 400 m", "she
        # won the 60 m, and the relay, ...")
        told = sentence.words(sentence.span.start, span.start)
        teams = self.words["squad_words"] | self.words["relay_words"]
        team = max((i for i, word in enumerate(told) if word in teams), default=None)
        return left_out and (team is not None and self.subject.isdisjoint(told[team:]) or not teams.isdisjoint(
            sentence.words(span.start, span.end + 2)))

    def other_subject(self, span: Candidate, sentence: Sentence) -> bool:
        """A result in a clause whose subject is another athlete: one the bio has named in full ("; Zumbühl
        went on to win"), one described in a relative clause ("; Ashworth, who had led the Britons until 35 km,
        dropped out"), or one of hers: "; her sister won", "her elder sister Tina swam"."""
        words = sentence.clause_so_far(span.start)
        opening = span.start - len(words)
        clause_of = sentence.tokens.clause_of
        if opening > sentence.span.start and clause_of[opening - 1] == clause_of[opening]:
            return False  # the clause opens further back than the words read
        contrast = words[:1] in (["while"], ["whereas"])  # "while Ruiz, in her first global final, was 19th"
        opening += words[:1] in ([";"], [","], ["and"], ["but"]) or contrast
        kin = sentence.words(opening, opening + 3)  # "; her sister won the race in 1:10:05", "her elder sister"
        if kin[:1] in (["her"], ["his"], ["their"]) and not set(kin[1:]).isdisjoint(self.words["other_subjects"]):
            return True
        if kin[:1] and kin[0] in self.others_pronouns and self.subject.isdisjoint(sentence.words(opening, span.start)):
            return True  # "; he won the Xiamen Marathon in 2014" in a bio that calls its subject "she" (not "but he
            # tested positive and she did not start")
        name = opening
        while name < span.start and sentence.is_title(name):
            name += 1
        named = sentence.words(opening, name)
        if not named or named[0] in ("in", "at", "on"):
            return False
        place = any(sentence.in_name(token) for token in range(opening, name))
        country = any(c.label == "LOCATION" and c.rule == "country" and c.start < name and opening < c.end
                      for c in sentence.candidates)  # a team: "; Kenya won the team title" (but "Ruiz" is also a town)
        if place and not contrast or country or not self.subject.isdisjoint(named) or self.epithet(named):
            return False
        between = sentence.words(name, span.start)
        apposition = between[:1] == [","]
        if apposition and "," in between[1:]:  # the words after "Ruiz, in her first global final,": "her" is Ruiz's
            between = between[between.index(",", 1) + 1:]
        if named[-1] in self.others or contrast and apposition:  # "; Zumbühl went on to win", "Rono, then aged 41,
            # was 12th", "while Ruiz, in her first global final, was 19th"
            restarted = any(a == "," and b in ("the", "she", "he") for a, b in zip(between, between[1:]))
            return self.subject.isdisjoint(between) and not restarted and self.words["relay_words"].isdisjoint(
                sentence.lower)  # not "while Hayward Field was rebuilt, the Oregonian was a non-starter" (a clause
            # with its own subject), nor "he ran the third stage; Kyushu Denko finished 12th" (his team)
        return sentence.words(name, name + 2) in ([",", "who"], [",", "whose"])

    def another_named(self, named: list[str], sentence: Sentence, name: int, end: int) -> bool:
        """Whether the title-case words ``named`` (Doc tokens ``name:end``) name a person the bio gives in full who
        is not the subject: "Neil Strachan" (her husband), "Lelisa" (her brother Lelisa Gemechu); not a place, a
        competition, a month, "I", a team in a relay's sentence, nor one running with her ("she and Pienaar")."""
        longer = [word for word in named if len(word) > 2 and word not in MONTH_NAMES]
        return bool(longer) and not self.other_names.isdisjoint(longer) and not (self.subject - SUBJECT_WORDS).issuperset(
            longer) and not any(sentence.in_name(token) for token in range(name, end)) and self.words[
            "relay_words"].isdisjoint(sentence.lower) and not (sentence.words(name - 1, name) == ["and"] and set(
                sentence.words(name - 2, name - 1)) <= SUBJECT_WORDS)

    def named_before(self, span: Candidate, sentence: Sentence) -> bool:
        """Whether a result's verb has another athlete's name for its subject, the name opening a clause or
        following a year: "while Yuya Yoshida won", "; Naoki Koyama won", "In April 1983 Grete Waitz won", "and
        the Pole Ewa Kania took silver" (not "In 2019 Berg won", "At the Rome Marathon she won", "and Kenya
        took the team title")."""
        verb = sentence.words(span.start - 1, span.start)  # "took" before "silver", "ran" before "3:59.4"
        verbs = self.words["finish_verbs"] if span.label == "TIME" else self.words["title_verbs"]
        end = span.start - int(bool(verb) and verb[0] in verbs)
        if sentence.words(end - 3, end) == ["went", "on", "to"]:  # "while the Colombian X went on to win"
            end -= 3
        told = end  # where the name ends when nothing comes between it and the result
        if set(sentence.words(end - 1, end)) & (self.words["result_verbs"] | {"was", "were"}):  # "Callum Strachan ...
            end -= 1  # was 17th", "Neil Strachan finished | ninth in"
        if sentence.words(end - 1, end) == [","]:  # past an apposition: "Lelisa, also in the Ethiopian team, finished"
            aside = sentence.words(end - 10, end - 1)
            end = end - 1 - (aside[::-1].index(",") + 1) if "," in aside else end
        name = end
        while name - 1 >= sentence.span.start and sentence.is_title(name - 1) or sentence.words(name - 1, name) == [
                "of"] and sentence.is_title(name - 2) and sentence.is_title(name):  # "Abdi Wario of Ethiopia won"
            name -= 1
        named = sentence.words(name, end)
        opener = sentence.words(name - 1, name)
        year = bool(opener) and YEAR_WORD.match(opener[0]) is not None  # "In April 1983 Grete Waitz won"
        if self.another_named(named, sentence, name, end):
            return True  # someone the bio named in full: "A month after the wedding Neil Strachan finished ninth",
            # "and two days later Lelisa, also in the Ethiopian team, finished fourth", "while Clare finished third"
        if end != told or not named or not self.subject.isdisjoint(named):
            return False
        if name == sentence.span.start:  # "Agnes did not finish, and Ruth was ninth": another athlete opens it
            return (span.rule == "placing.win" or span.label == "STATUS") and end == span.start and not any(
                sentence.in_name(token) for token in range(name, end)) and not self.epithet(named) and \
                STOP_WORDS.isdisjoint(named)  # not "The win came at ..."
        if opener == ["the"]:  # a rival described: "the Pole Ewa Kania took silver" (not "the Peruvian was sixth",
            # "the Czech Republic took the team title")
            return len(named) >= 3 and not self.epithet(named) and not any(
                sentence.in_name(token) for token in range(name, end))
        return (span.rule == "placing.win" or span.label == "STATUS" or span.label == "TIME" and end < span.start) and (
            year or opener in (
            ["while"], ["whereas"], ["as"], ["when"], [";"], ["and"], ["but"]))

    def winners(self, span: Candidate, sentence: Sentence) -> bool:
        """A result in a clause about the winner, before the subject comes back into it: "; the winner, Roy
        Kettering of Polytechnic Harriers, clocked 4:00.5", "; the Brazilian winner, Ana Cunha, touched in
        1:59:30.8", "; the winner Sergej Popov established the world best", "; Kenyan winner Daniel Kipkorir ran
        2:07:21", "... and winner Jonathan Keter ran 2:07:10" (not "and was winner in Chicago")."""
        if "winner" not in sentence.lower:
            return False
        start = sentence.clause_start(span.start)
        words = sentence.words(start, span.end)  # with "winner" itself
        for index in (i for i, word in enumerate(words) if word == "winner"):
            before = index - 1
            if before >= 0 and words[before] not in (",", "and", ";", "the") and (
                    sentence.is_title(start + before) or words[before] in ("heat", "race", "eventual")):
                before -= 1  # one describing word: "Kenyan winner", "heat winner"
            before -= before >= 0 and words[before] == "the"
            opens = before < 0 and start == sentence.span.start or before >= 0 and words[before] in (
                ",", "and", ";", "where", "while", "whereas")
            if opens and self.subject.isdisjoint(words[index:]):
                return True
        return False

    def epithet(self, words: list[str]) -> bool:
        """Words that open with the subject's nationality standing alone: "the moroccan in ..." (but not
        "the kenyan florence kiplagat")."""
        if not self.demonym or words[:1] != ["the"]:
            return False
        size = len(self.demonym.split())
        following = words[1 + size:2 + size]
        return " ".join(words[1:1 + size]) == self.demonym and (not following or following[0] in AFTER_EPITHET)

    def other_athletes(self, sentences: list[Sentence]) -> frozenset[str]:
        """Surnames of the other people the bio names in full ("a pacemaker for Martina Zumbühl" ->
        "zumbühl"; a relative's first name, "her sister Agnes Bett" -> "agnes"): runs of two or more title-case
        words inside a sentence, not after "the", not in a competition's name nor ending in a country's, none
        but the last of them the subject's."""
        found, every = set(), set()
        for sentence in sentences:
            tokens = range(sentence.span.start + 1, sentence.span.end)
            for is_title, group in itertools.groupby(tokens, key=sentence.tokens.titled.__getitem__):
                run = list(group)
                if not is_title or len(run) < 2:
                    continue
                token, end = run[0], run[-1] + 1
                words = sentence.words(token, end)
                if sentence.words(token - 1, token) != ["the"] and self.subject.isdisjoint(words[:-1]) and all(
                        word.isalpha() for word in words) and not any(
                        sentence.in_name(t, ("EVENT",)) for t in run) and not any(
                        c.rule == "country" and c.start < end <= c.end for c in sentence.candidates):  # "Anna
                    # Zumbühl", "Jakob Strand" (towns' names too), not "Athletics South Africa"
                    found.add(words[-1] if words[-1] not in self.subject else words[0])  # a sister: "Agnes Bett"
                    every.update(words)
        self.other_names = frozenset(every - self.subject - STOP_WORDS)
        return frozenset(found - STOP_WORDS)


def team_placing(span: Candidate, sentence: Sentence) -> bool:
    """A placing of the athlete's team: "the Eritrean team that took the bronze medal", "team silver", "won
    the team title", "Kenya's gold-medal-winning team", "Kenya placed second in the team standings" (not
    "at the World Race Walking Team Championships, finishing ninth", "22nd as the county took the team
    bronze": that is another placing's)."""
    if span.label != "PLACING" or "team" not in sentence.lower:  # (every token read below is the sentence's)
        return False
    near = list(range(max(span.start - 5, sentence.span.start), span.end))
    in_team = span.text.lower().split()[-1] in ("in", "for") or sentence.words(span.end, span.end + 1) in (["in"], ["for"])
    if span.rule in ("placing.medal", "placing.win") or in_team:  # the words after it, up to the phrase's end
        following = itertools.takewhile(lambda word: word not in PUNCTUATION and word != "and",
                                        sentence.words(span.end, span.end + 6))
        near += [span.end + offset for offset, _ in enumerate(following)]
    return any(sentence.tokens.lower[token] == "team" and not sentence.in_name(token, ("EVENT",)) for token in near)


def combined_part(sentence: Sentence, before: list[str]) -> bool:
    """Whether a time is one event's inside the heptathlon or decathlon the sentence tells (by name or by its
    points): "her 800 m of 2:11.20", "her 24.31 in the 200 m"."""
    return not COMBINED_CUES.isdisjoint(sentence.lower) and any(
        word in ("her", "his") and "," not in before[index:] for index, word in enumerate(before[-4:], len(before) - 4))


def moved_from(before: list[str]) -> bool:
    """Whether the words before a date or place say a race was moved from it: "postponed from 2020",
    "moved from Tokyo to Sapporo"."""
    return before[-1:] == ["from"] and before[-2:-1] in (["postponed"], ["delayed"], ["moved"], ["rescheduled"],
                                                        ["back"], ["relocated"], ["switched"], ["transferred"])


def days_ahead(words: list[str]) -> bool:
    """Whether the words say a span of days or more before the race: "ten days before", "a week before the
    marathon", "the day before", "a fortnight before" (not "shortly before the start", "on race morning")."""
    words = list(itertools.takewhile(lambda word: word not in (";", ".", ",", "but", "and"), words))
    return any(unit.rstrip("s") in ("day", "week", "fortnight", "month") and following == "before" and (
        count in ("a", "the") or cardinal(count) is not None) for count, unit, following in zip(words, words[1:], words[2:]))
