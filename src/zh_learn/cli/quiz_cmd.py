"""``zh-learn quiz``, ``review`` and ``stats``: terminal practice with spaced repetition."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import IO, Any

import click

from zh_learn.cli._common import (
    ItemFilter,
    filter_options,
    handle_errors,
    progress_reporter,
    source_argument,
    standard_option,
)

MODES = ("mixed", "meaning", "hanzi", "pinyin", "tones", "cloze", "idiom", "listening")


def _modes(values: tuple[str, ...]) -> tuple[str, ...]:
    from zh_learn.study.quiz.questions import SKILLS

    if not values or "mixed" in values:
        return SKILLS + tuple(v for v in values if v == "listening")
    return tuple(dict.fromkeys(values))


def session_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option(
        "--audio", is_flag=True,
        help="Play each answer's word (human recordings; mpv, ffplay, afplay, paplay, aplay "
        "or ZH_LEARN_PLAYER).",
    )(func)
    func = click.option(
        "--grade", "self_grade", is_flag=True,
        help="Grade your own recall after each right answer (default: rated from answer time).",
    )(func)
    func = click.option(
        "--json", "as_json", is_flag=True,
        help="Print the summary as JSON on stdout (the quiz itself goes to stderr).",
    )(func)
    func = click.option(
        "--seed", type=int, help="Seed the question order and choices (reproducible quiz)."
    )(func)
    return click.option(
        "--mode", "modes", multiple=True, type=click.Choice(MODES),
        help="Question kinds (repeatable; default: mixed, which leaves out listening).",
    )(func)


def _load_readline() -> bool:
    """Line editing (arrows, Home/End, Ctrl-A/E/U, history) for input(), where the platform
    has readline; without it, input() still reads plain lines."""
    try:
        import readline  # noqa: F401  (importing it is what turns editing on)
    except ImportError:
        return False
    return True


class _Terminal:
    """Line I/O for the session: a terminal, or one answer per line from a pipe."""

    def __init__(self, as_json: bool) -> None:
        self.out: IO[str] = sys.stderr if as_json else sys.stdout
        self.interactive = sys.stdin.isatty()
        self.readline = self.interactive and _load_readline()
        # A line that is not valid UTF-8 is still an answer (graded, saved), never a crash.
        reconfigure = getattr(sys.stdin, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
        self.color = (
            self.out.isatty()
            and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb"
        )

    def say(self, line: str) -> None:
        click.echo(line, file=self.out, color=self.color)

    def ask(self, prompt: str) -> str | None:
        if self.interactive:
            try:
                if self.readline and self.out is sys.stdout:
                    # input() draws the prompt itself, so readline can redraw the line.
                    return input(prompt)
                self.out.write(prompt)
                self.out.flush()
                return input()
            except EOFError:
                self.out.write("\n")
                return None
        self.out.write(prompt)
        self.out.flush()
        line = sys.stdin.readline()
        if not line:
            self.out.write("\n")
            return None
        self.out.write(line if line.endswith("\n") else line + "\n")
        return line.rstrip("\r\n")


def _sound(audio: bool, modes: tuple[str, ...], as_json: bool) -> tuple[Any, tuple[str, ...]]:
    """The word player for the session (None: no sound) and the modes left: with no audio
    player, listening questions cannot be asked, and one line says so."""
    if not audio and "listening" not in modes:
        return None, modes
    from zh_learn.audio.player import find_player, no_player_message

    player = find_player()
    if player is None:
        click.echo(no_player_message(), err=True)
        left = tuple(m for m in modes if m != "listening")
        if not left:
            raise click.ClickException("listening questions need an audio player")
        return None, left

    def play(word: Any) -> None:
        from zh_learn.audio import sources

        got = sources.plan(word.word, word.syllables)
        if got is not None:
            player.play(sources.pcm(got), word.word)

    return play, modes


def _run(
    questions: list[Any], store: Any, as_json: bool, self_grade: bool, seed: int | None,
    play: Callable[[Any], None] | None = None, play_answers: bool = False,
) -> None:
    import random

    from zh_learn.study.quiz.notes import idiom_notes
    from zh_learn.study.quiz.session import Session

    term = _Terminal(as_json)
    session = Session(store, ask=term.ask, say=term.say,
                      style=click.style if term.color else None, grade=self_grade,
                      idiom_notes=idiom_notes, rng=random.Random(seed),
                      play=play, play_answers=play_answers)
    summary = session.run(questions, offer_retry=term.interactive and not as_json)
    if as_json:
        click.echo(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    if summary.stopped == "interrupted":
        sys.exit(130)


@click.command()
@source_argument
@standard_option
@filter_options
@click.option(
    "--count", "-n", type=click.IntRange(min=1), default=10, show_default=True,
    help="Number of questions.",
)
@session_options
@handle_errors
def quiz(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    filters: ItemFilter,
    count: int,
    modes: tuple[str, ...],
    seed: int | None,
    as_json: bool,
    self_grade: bool,
    audio: bool,
) -> None:
    """Practise the vocabulary of FILE in the terminal (default: the bundled article).

    Questions ask a word's meaning, the word for a meaning, its pinyin or tones, a sentence
    of the text with the word blanked, or an idiom with characters missing. Cards that are
    due come first, then new words. Every answer is saved at once and scheduled with FSRS;
    `zh-learn review` brings the cards back when they are due. `--mode listening` plays
    the word and asks its pinyin or meaning; `--audio` plays each answer's word.

    Type ? for help and q to quit. When stdin is not a terminal, answers are read one per
    line (scripting). Exit status 130 after Ctrl-C (answers are still saved).
    """
    import hashlib
    import random

    from zh_learn.analysis.pipeline import analyze, load_source
    from zh_learn.analysis.vocabulary import select
    from zh_learn.study.quiz.questions import plan, study_word
    from zh_learn.study.store import Store

    play, skills = _sound(audio, _modes(modes), as_json)
    source = load_source(file, encoding, cut_at)
    vocab = analyze(source, standard=standard, progress=progress_reporter()).vocabulary
    title = vocab.title or source.title
    # Opened first: a damaged progress database is one error, before anything else reads it.
    store = Store()
    with store:
        chosen = filters.apply(vocab.items)
        if not chosen:
            raise click.ClickException(
                "no words left to practise; loosen --kind/--min-level/--max-level, or keep "
                "the words you know with --include-known"
            )
        pool = [study_word(i, title) for i in select(vocab.items, kinds=filters.kinds or None)]
        words = [study_word(i, title) for i in chosen]
        text_hash = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        store.save_text(
            text_hash, title, source.name, {w.store_key: w for w in pool + words}.values()
        )
        cards = store.cards(w.store_key for w in words)
        rng = random.Random(seed)
        questions = plan(
            words, cards, modes=skills, count=count, now=time.time(), rng=rng,
            pool=_with_more_idioms(pool, random.Random(seed)),
        )
        if not questions:
            raise click.ClickException(
                f"no {'/'.join(modes)} questions can be made from these words; try another --mode"
            )
        _run(questions, store, as_json, self_grade, seed, play, audio)


@click.command()
@click.option(
    "--count", "-n", type=click.IntRange(min=1), help="Ask at most N cards (default: all due)."
)
@session_options
@handle_errors
def review(
    count: int | None, modes: tuple[str, ...], seed: int | None, as_json: bool,
    self_grade: bool, audio: bool,
) -> None:
    """Review the cards that are due, from every text you have studied.

    Nothing is re-analysed: questions are built from what the progress database keeps
    about each word. Most overdue cards come first.
    """
    import random

    from zh_learn.study.quiz.questions import for_cards
    from zh_learn.study.srs import due_in, iso_time
    from zh_learn.study.store import Store

    with Store() as store:
        now = time.time()
        skills = _modes(modes)
        if not modes and any(c.skill == "listening" for c in store.due_cards(now)):
            skills += ("listening",)  # listening cards come back due: ask them when there is sound
        play, skills = _sound(audio, skills, as_json)
        wanted = set(skills)
        due = [c for c in store.due_cards(now) if c.skill in wanted]
        if not due:
            stats = store.stats(now)
            message = "Nothing is due."
            if stats["next_due"]:
                message += f" Next review {due_in(stats['next_due'] - now)}."
            elif not stats["cards"]:
                message += " Start with `zh-learn quiz` (bundled article) or `zh-learn quiz FILE`."
            if as_json:
                click.echo(json.dumps({"asked": 0, "due": 0,
                                       "next_due": iso_time(stats["next_due"])}))
            click.echo(message, err=as_json)
            return
        rng = random.Random(seed)
        words = store.words()
        extra = _with_more_idioms(list(words.values()), random.Random(seed))[len(words):]
        questions = for_cards(due, words, rng, extra=extra)
        if count is not None:
            questions = questions[:count]
        if not questions:
            raise click.ClickException(
                f"{len(due)} cards are due but none can be asked (their words are missing)"
            )
        _run(questions, store, as_json, self_grade, seed, play, audio)


def _with_more_idioms(pool: list[Any], rng: Any) -> list[Any]:
    """The pool, plus other idioms as wrong choices when the text has few of its own."""
    from zh_learn.study.quiz.idiom_pool import ENOUGH, extra_idioms

    idioms = [w for w in pool if w.kind == "idiom"]
    if not idioms or len(idioms) >= ENOUGH:  # no idiom to ask, or enough of them
        return pool
    return pool + extra_idioms(rng, 2 * ENOUGH, {w.word for w in pool})


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@handle_errors
def stats(as_json: bool) -> None:
    """Show study progress: cards due (now, today and each of the next 7 days), reviews and
    accuracy per skill, words known. --json gives times as ISO 8601 dates."""
    from zh_learn.render.terminal import stats_lines
    from zh_learn.study.srs import due_in, iso_time, progress_report

    now = time.time()
    data = progress_report(now)
    if as_json:
        data["next_due"] = iso_time(data["next_due"])
        data["now"] = iso_time(now)
        data["forecast"] = [{"date": day, "due": n} for day, n in data["forecast"]]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    due = due_in(data["next_due"] - now) if data["next_due"] else ""
    for line in stats_lines(data, data["forecast"], due):
        click.echo(line)
