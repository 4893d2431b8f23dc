"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

from zh_learn.errors import ZhLearnError
from zh_learn.hsk import DEFAULT_STANDARD, STANDARD_NAMES
from zh_learn.models import Kind

if TYPE_CHECKING:
    from zh_learn.models import VocabItem
    from zh_learn.study.learner import LeftOut, Selection

F = TypeVar("F", bound=Callable[..., Any])

STANDARDS = tuple(STANDARD_NAMES)
KINDS = tuple(kind.value for kind in Kind)
SORTS = ("order", "freq", "level", "count")
SCRIPTS = ("auto", "simplified", "traditional")


def _show_warning(message: Warning | str, *args: Any, **kwargs: Any) -> None:
    from zh_learn.analysis.textio import printable

    click.echo(f"Warning: {printable(str(message))}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one-line click errors (control characters shown as ?);
    library warnings into "Warning: ..." lines on stderr; Ctrl-C into exit 130; a closed
    pipe (`zh-learn vocab | head`) into a quiet exit 0."""
    from zh_learn.errors import ZhLearnWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", ZhLearnWarning)
        warnings.showwarning = _show_warning
        try:
            yield
        except ZhLearnError as e:
            from zh_learn.analysis.textio import printable

            raise click.ClickException(printable(str(e))) from e
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader went away: stop quietly, as Unix tools do. Later writes (Python
            # flushes stdout at exit) go to /dev/null instead of failing.
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)


def handle_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with user_errors():
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def input_options(func: F) -> F:
    """--encoding and --cut-at, for every command that reads texts."""
    func = click.option(
        "--encoding",
        metavar="NAME",
        help="Input encoding (default: detect UTF-8/16, GB18030, Big5).",
    )(func)
    return click.option(
        "--cut-at",
        metavar="TEXT",
        help="Ignore a text from the first line containing TEXT (e.g. a copyright notice).",
    )(func)


def source_argument(func: F) -> F:
    """Optional FILE argument ("-" for stdin; none = the bundled demo article) + --encoding."""
    return click.argument(
        "file", required=False, metavar="[FILE]", type=click.Path(allow_dash=True)
    )(input_options(func))


def standard_option(func: F) -> F:
    return click.option(
        "--standard",
        type=click.Choice(STANDARDS),
        default=DEFAULT_STANDARD,
        show_default=True,
        help="HSK word list: HSK 3.0 2021 standard, 2025 exam syllabus, or HSK 2.0.",
    )(func)


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What --kind, --min-level, --max-level, --top, --skip-known and --include-known (or a
    deck recipe) ask for; ``select`` keeps the matching items and leaves out what the
    learner already has (``zh_learn.study.learner``)."""

    kinds: tuple[str, ...] = ()
    min_level: int | None = None
    max_level: int | None = None
    top: int | None = None
    skip_known: bool = False  # leave out known words even if the profile says not to
    include_known: bool = False  # ignore the profile: keep the level's words and known words
    max_notes: int | None = None

    def select(
        self, items: Iterable[VocabItem], *, kinds: tuple[str, ...] = (), sort: str = "order"
    ) -> Selection:
        """The items that pass and what was left out; ``kinds`` stands in when none were
        asked for."""
        from zh_learn.study.known import known_words
        from zh_learn.study.learner import choose, load_profile

        profile = load_profile()
        use_known = not self.include_known and (self.skip_known or profile.skip_known)
        return choose(
            items,
            kinds=self.kinds or kinds or None,
            min_level=self.min_level,
            max_level=self.max_level,
            top=self.top,
            sort=sort,
            profile=profile,
            known=known_words() if use_known else frozenset(),
            include_known=self.include_known,
            max_notes=self.max_notes,
        )

    def apply(
        self, items: Iterable[VocabItem], *, kinds: tuple[str, ...] = (), sort: str = "order"
    ) -> list[VocabItem]:
        """``select``, reporting on stderr what was left out; returns the items."""
        selection = self.select(items, kinds=kinds, sort=sort)
        report_left_out(selection.left_out)
        return selection.items


def report_left_out(left_out: LeftOut) -> None:
    """Tell the learner (on stderr, so piped output stays clean) what was left out and why."""
    if not left_out:
        return
    lines = left_out.lines()
    click.echo(f"Left out: {lines[0]}", err=True)
    for line in lines[1:]:
        click.echo(f"          {line}", err=True)
    if left_out.at_level or left_out.known:
        click.echo("          (--include-known keeps them)", err=True)


def filter_options(func: F) -> F:
    """--kind, --min-level, --max-level, --top, --skip-known, --include-known, given to the
    command as one ``filters`` argument (an ``ItemFilter``)."""

    @functools.wraps(func)
    def wrapper(
        *args: Any,
        kinds: tuple[str, ...],
        min_level: int | None,
        max_level: int | None,
        top: int | None,
        skip_known: bool,
        include_known: bool,
        **kwargs: Any,
    ) -> Any:
        if skip_known and include_known:
            raise click.UsageError("choose one of --skip-known or --include-known")
        max_notes = kwargs.pop("max_notes", None)
        filters = ItemFilter(kinds, min_level, max_level, top, skip_known, include_known,
                             max_notes)
        return func(*args, filters=filters, **kwargs)

    options = [
        click.option(
            "--kind",
            "kinds",
            multiple=True,
            type=click.Choice(KINDS),
            help="Keep only these kinds (repeatable).",
        ),
        click.option(
            "--min-level", type=click.IntRange(1, 7), help="Lowest HSK level (7 = the 7-9 band)."
        ),
        click.option(
            "--max-level", type=click.IntRange(1, 7), help="Highest HSK level (7 = the 7-9 band)."
        ),
        click.option("--top", type=click.IntRange(min=1), help="Keep only the first N items."),
        click.option(
            "--skip-known",
            is_flag=True,
            help="Leave out your known words (the default unless `config skip-known no`).",
        ),
        click.option(
            "--include-known",
            is_flag=True,
            help="Keep everything: words at or below your level (zh-learn config level) "
            "and words you know.",
        ),
    ]
    decorated: Any = wrapper
    for option in reversed(options):
        decorated = option(decorated)
    return decorated  # type: ignore[no-any-return]


def color_option(func: F) -> F:
    return click.option(
        "--color/--no-color", "color", default=None,
        help="Colour the tones (default: on a terminal, unless NO_COLOR is set).",
    )(func)


def use_color(color: bool | None, stream: Any = None) -> bool:
    """--color/--no-color if given; else colour a terminal unless NO_COLOR or TERM=dumb."""
    import os

    if color is not None:
        return color
    stream = stream or sys.stdout
    return (stream.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def progress_reporter(label: str = "Analysing") -> Callable[[int, int], None]:
    """A callback drawing a progress bar on stderr, shown only for long inputs on a terminal."""
    state: dict[str, Any] = {}

    def report(done: int, total: int) -> None:
        if total < 200_000 or not sys.stderr.isatty():
            return
        bar = state.get("bar")
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
            state["bar"] = bar
            state["done"] = 0
        bar.update(done - state["done"])
        state["done"] = done
        if done >= total:
            bar.__exit__(None, None, None)

    return report
