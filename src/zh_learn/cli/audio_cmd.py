"""``zh-learn say``: a word's or short phrase's audio, played or written to a file."""

from __future__ import annotations

from pathlib import Path

import click

from zh_learn.cli._common import handle_errors

FORMATS = (".mp3", ".wav")


@click.command()
@click.argument("text")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the audio to FILE (.mp3 or .wav) instead of playing it.",
)
@handle_errors
def say(text: str, output: Path | None) -> None:
    """Say TEXT, a word or short phrase, with zh-learn's human recordings.

    A word recorded whole is said by that recording when its reading matches; anything else
    is joined from syllable recordings, read in context with tone sandhi.

    \b
      zh-learn say 如履薄冰 -o rulvbobing.mp3
      zh-learn say 你好           # plays it (mpv, ffplay, afplay, paplay, aplay or ZH_LEARN_PLAYER)
    """
    if output is not None and output.suffix.lower() not in FORMATS:
        raise click.BadParameter(
            f"{output.name}: give a file ending in .mp3 or .wav", param_hint="'-o'"
        )
    from zh_learn.audio import codec, sources
    from zh_learn.pinyin.syllables import to_marks

    plans = [p for p in sources.phrase(text) if p is not None]
    pcm = sources.say(text)
    how = (
        "a recording of the word"
        if len(plans) == 1 and plans[0].source == sources.WORD
        else "joined syllable recordings"
    )
    pinyin = " / ".join(to_marks(p.syllables) for p in plans)
    summary = f"{text.strip()}  {pinyin}  ({how}, {codec.seconds(pcm):.1f} s)"
    if output is not None:
        from zh_learn.fileio import write_atomic

        if len(plans) == 1 and plans[0].source == sources.WORD and output.suffix.lower() == ".mp3":
            data = sources.mp3(plans[0])
        else:
            data = codec.to_wav(pcm) if output.suffix.lower() == ".wav" else codec.encode_mp3(pcm)
        write_atomic(output, data)
        click.echo(f"{output}: {summary}")
        return
    from zh_learn.audio.player import find_player, no_player_message

    player = find_player()
    click.echo(summary)
    if player is None:
        reason = no_player_message().split(";")[0]
        raise click.ClickException(f"{reason}; write a file with -o FILE.mp3")
    if not player.play(pcm, text.strip()):
        raise click.ClickException(f"the audio player failed: {' '.join(player.command)}")
