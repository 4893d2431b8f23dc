"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from zh_learn.errors import ZhLearnError
from zh_learn.hsk import DEFAULT_STANDARD, STANDARD_NAMES
from zh_learn.models import Kind

F = TypeVar("F", bound=Callable[..., Any])

STANDARDS = tuple(STANDARD_NAMES)
KINDS = tuple(kind.value for kind in Kind)
SORTS = ("order", "freq", "level", "count")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one-line click errors; Ctrl-C into exit 130."""
    try:
        yield
    except ZhLearnError as e:
        raise click.ClickException(str(e)) from e
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


def filter_options(func: F) -> F:
    """--kind, --min-level, --max-level, --top, --skip-known."""
    func = click.option(
        "--skip-known", is_flag=True, help="Leave out words in your known-words list."
    )(func)
    func = click.option("--top", type=click.IntRange(min=1), help="Keep only the first N items.")(
        func
    )
    func = click.option(
        "--max-level", type=click.IntRange(1, 7), help="Highest HSK level (7 = the 7-9 band)."
    )(func)
    func = click.option(
        "--min-level", type=click.IntRange(1, 7), help="Lowest HSK level (7 = the 7-9 band)."
    )(func)
    return click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(KINDS),
        help="Keep only these kinds (repeatable).",
    )(func)


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
