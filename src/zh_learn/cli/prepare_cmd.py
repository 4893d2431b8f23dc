"""``zh-learn prepare``: compile every dictionary cache now, so the first analysis is quick."""

from __future__ import annotations

import click

from zh_learn.cli._common import handle_errors


@click.command()
@handle_errors
def prepare() -> None:
    """Compile zh-learn's dictionaries into the cache now (20-60 s, once per install).

    \b
      zh-learn prepare

    Without it the first analysis compiles them itself. `make` runs it at install; run it
    after `pip install zh-learn` or an upgrade. Caches of older versions are removed.
    """
    from zh_learn.analysis.prepare import STEPS, Step, prepare

    def progress(i: int, step: Step) -> None:
        click.echo(f"[{i + 1}/{len(STEPS)}] {step.label}", err=True)

    done, freed = prepare(progress)
    total = sum(p.seconds for p in done)
    size = sum(p.size for p in done) / 1e6
    click.echo(f"compiled caches ready in {done[0].path.parent} ({size:.0f} MB, {total:.1f} s)")
    if freed:
        click.echo(f"removed caches of older versions: {freed / 1e6:.0f} MB freed")
