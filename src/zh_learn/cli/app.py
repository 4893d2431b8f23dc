"""Command-line entry point. Commands live in ``zh_learn.cli.app`` and load lazily, so
``zh-learn --help`` never imports jieba, pypinyin or genanki."""

from __future__ import annotations

import importlib
from typing import Any

import click

from zh_learn import __version__

#: command name -> "module:attribute" of its click command.
COMMANDS: dict[str, str] = {
    "vocab": "zh_learn.cli.vocab:vocab",
    "pinyin": "zh_learn.cli.pinyin_cmd:pinyin",
    "anki": "zh_learn.cli.anki_cmd:anki",
    "build": "zh_learn.cli.anki_cmd:build",
    "quiz": "zh_learn.cli.quiz_cmd:quiz",
    "review": "zh_learn.cli.quiz_cmd:review",
    "stats": "zh_learn.cli.quiz_cmd:stats",
    "known": "zh_learn.cli.known_cmd:known",
    "config": "zh_learn.cli.config_cmd:config",
    "wordlist": "zh_learn.cli.teacher_cmd:wordlist",
    "profile": "zh_learn.cli.teacher_cmd:profile",
    "handout": "zh_learn.cli.teacher_cmd:handout",
    "char": "zh_learn.cli.char_cmd:char",
    "worksheet": "zh_learn.cli.char_cmd:worksheet",
    "exercises": "zh_learn.cli.char_cmd:exercises",
    "say": "zh_learn.cli.audio_cmd:say",
    "prepare": "zh_learn.cli.prepare_cmd:prepare",
}

#: One-line help shown by ``zh-learn --help`` without importing the command modules.
SHORT_HELP: dict[str, str] = {
    "vocab": "List the vocabulary and idioms of a text.",
    "pinyin": "Print a text with pinyin, or fix a reading.",
    "anki": "Export a text's vocabulary as an Anki deck (.apkg).",
    "build": "Build the Anki decks described by recipes in decks/.",
    "quiz": "Practise a text's vocabulary in the terminal.",
    "review": "Review the cards that are due, from every text.",
    "stats": "Show study progress: due cards, accuracy, known words.",
    "known": "Manage the list of words you already know.",
    "config": "Show or set your learner profile (your HSK level).",
    "wordlist": "Write a graded word list for one or more texts.",
    "profile": "Show how hard a text is: words and coverage by HSK level.",
    "handout": "Write a printable HTML reading sheet with pinyin and notes.",
    "char": "Show characters: readings, parts, origin, strokes, stroke order.",
    "worksheet": "Write a printable writing sheet for a text's new characters.",
    "exercises": "Write an exercise sheet from a text, with an answer key.",
    "say": "Say a word or phrase (human recordings), or write it to an .mp3.",
    "prepare": "Compile the dictionary caches now (make does it at install).",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # A shell cannot pass a NUL byte, but a caller of main() can; os calls would raise.
        if any("\x00" in arg for arg in args):
            raise click.UsageError("an argument holds a NUL character", ctx)
        return super().parse_args(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zh-learn")
def cli() -> None:
    """Turn real Chinese text into study material.

    Run a command with no file to use the bundled demo article (a 2021 news report from
    Zhumadian). Data lives in the user data dir; set ZH_LEARN_HOME to move it.
    """


def main(**kwargs: Any) -> None:
    cli(prog_name="zh-learn", **kwargs)
