"""``zh-learn config``: the learner profile (your HSK level; whether known words are left out)."""

from __future__ import annotations

import click

from zh_learn.cli._common import handle_errors


@click.command()
@click.argument("name", required=False, metavar="[NAME]")
@click.argument("value", required=False, metavar="[VALUE]")
@click.option("--unset", is_flag=True, help="Reset NAME to its default.")
@handle_errors
def config(name: str | None, value: str | None, unset: bool) -> None:
    """Show or change your learner profile.

    \b
      zh-learn config                  # show every setting
      zh-learn config level 3          # you have finished HSK 3
      zh-learn config level --unset    # no level: keep every level
      zh-learn config skip-known no    # keep known words unless --skip-known

    Decks, quizzes and `vocab` leave out words at or below your level and words you know
    (zh-learn known), and say how many they left out; --include-known keeps everything.
    The profile is kept with your progress, in the user data dir.
    """
    from zh_learn.study.learner import SETTINGS, load_profile, set_setting

    if name is None:
        if unset or value is not None:
            raise click.UsageError("give a setting NAME")
        shown = load_profile().show()
        for key, meaning in SETTINGS.items():
            click.echo(f"{key:<11} {shown[key] or '(not set)':<10} {meaning}")
        return
    if name not in SETTINGS:
        raise click.BadParameter(f"{name!r}; choose one of {', '.join(SETTINGS)}",
                                 param_hint="NAME")
    if unset and value is not None:
        raise click.UsageError("give a VALUE or --unset, not both")
    if value is None and not unset:
        click.echo(load_profile().show()[name] or "(not set)")
        return
    profile = set_setting(name, value)
    click.echo(f"{name} = {profile.show()[name] or '(not set)'}")
