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

F = TypeVar("F", bound=Callable[..., Any])

STANDARDS = tuple(STANDARD_NAMES)
KINDS = tuple(kind.value for kind in Kind)
SORTS = ("order", "freq", "level", "count")


def _show_warning(message: Warning | str, *args: Any, **kwargs: Any) -> None:
    from zh_learn.textio import printable

    click.echo(f"Warning: {printable(str(message))}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one-line click errors (control characters shown as ?);
    library warnings into "Warning: ..." lines on stderr; Ctrl-C into exit 130."""
    from zh_learn.errors import ZhLearnWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", ZhLearnWarning)
        warnings.showwarning = _show_warning
        try:
            yield
        except ZhLearnError as e:
            from zh_learn.textio import printable

            raise click.ClickException(printable(str(e))) from e
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


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
    return click.argument("file", required=False, metavar="[FILE]")(input_options(func))


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
    """What --kind, --min-level, --max-level, --top and --skip-known (or a deck recipe) ask
    for; ``apply`` keeps the matching items."""

    kinds: tuple[str, ...] = ()
    min_level: int | None = None
    max_level: int | None = None
    top: int | None = None
    skip_known: bool = False

    def apply(
        self, items: Iterable[VocabItem], *, kinds: tuple[str, ...] = (), sort: str = "order"
    ) -> list[VocabItem]:
        """The items that pass; ``kinds`` stands in when none were asked for."""
        from zh_learn.known import known_words
        from zh_learn.vocabulary import select

        return select(
            items,
            kinds=self.kinds or kinds or None,
            min_level=self.min_level,
            max_level=self.max_level,
            top=self.top,
            sort=sort,
            exclude=known_words() if self.skip_known else frozenset(),
        )


def filter_options(func: F) -> F:
    """--kind, --min-level, --max-level, --top, --skip-known, given to the command as one
    ``filters`` argument (an ``ItemFilter``)."""

    @functools.wraps(func)
    def wrapper(
        *args: Any,
        kinds: tuple[str, ...],
        min_level: int | None,
        max_level: int | None,
        top: int | None,
        skip_known: bool,
        **kwargs: Any,
    ) -> Any:
        filters = ItemFilter(kinds, min_level, max_level, top, skip_known)
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
            "--skip-known", is_flag=True, help="Leave out words in your known-words list."
        ),
    ]
    decorated: Any = wrapper
    for option in reversed(options):
        decorated = option(decorated)
    return decorated  # type: ignore[no-any-return]


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
