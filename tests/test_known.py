"""Known words: the library function, imports from Anki/Pleco exports, and the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli
from zh_learn.errors import InputError
from zh_learn.study import known


def test_known_words_empty_without_database(zh_home: Path) -> None:
    assert known.known_words() == set()
    assert not (zh_home / "progress.db").exists()


def test_add_remove_export() -> None:
    assert known.add(["你好", "谢谢"]) == 2
    assert known.add(["你好"]) == 0
    assert known.known_words() == {"你好", "谢谢"}
    assert known.remove(["你好"]) == 1
    assert known.export() == ["谢谢"]


def test_add_refuses_non_chinese() -> None:
    with pytest.raises(InputError, match="not a Chinese word"):
        known.add(["hello"])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("你好\n谢谢\n\n你好\n", ["你好", "谢谢"]),
        ("# a comment\n你好 \n", ["你好"]),
        # Anki "notes in plain text" export: header lines, HTML in fields.
        ("#separator:tab\n#html:true\n<b>银行</b>\tyín háng\tbank\n行走\txíng zǒu\twalk\n",
         ["银行", "行走"]),
        # Anki with a leading non-Han field (guid, note type).
        ("#separator:tab\nabc123\tBasic\t暗访\tto investigate\n", ["暗访"]),
        # Pleco flashcard export: "// category" lines, simplified[traditional].
        ("// HSK 1\n银行[銀行]\tyin2hang2\tbank\n爱\tai4\tlove\n", ["银行", "爱"]),
        # CSV with quotes and a header row.
        ('word,pinyin,meaning\n"预案",yu4an4,"plan, contingency"\n精准,jing1zhun3,precise\n',
         ["预案", "精准"]),
        ("hello\tworld\n", []),
    ],
    ids=["plain", "comments", "anki", "anki-guid", "pleco", "csv", "none"],
)
def test_parse_word_list(text: str, words: list[str]) -> None:
    assert known.parse_word_list(text) == words


def test_import_file_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "pleco.txt"
    path.write_bytes("银行\tyin2hang2\tbank\n精准\tjing1zhun3\tprecise\n".encode("gb18030"))
    assert known.import_file(path) == (2, 2)
    assert known.known_sources() == {"银行": "import", "精准": "import"}


def test_import_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="no Chinese words"):
        known.import_file(path)


def test_known_import_is_light() -> None:
    code = (
        "import sys, zh_learn.study.known; "
        "print(sorted({'jieba','pypinyin','genanki','fsrs','click'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_round_trip(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["known", "add", "你好", "谢谢"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == "Added 2 words (0 already known).\n"
    result = runner.invoke(cli, ["known", "list"], catch_exceptions=False)
    assert result.output == "你好\tmanual\n谢谢\tmanual\n"
    result = runner.invoke(cli, ["known", "export"], catch_exceptions=False)
    assert result.output == "你好\n谢谢\n"
    path = tmp_path / "list.txt"
    path.write_text(result.output + "暗访\n", encoding="utf-8")
    result = runner.invoke(cli, ["known", "import", str(path)], catch_exceptions=False)
    assert result.output == f"Read 3 words from {path}; 1 new.\n"
    result = runner.invoke(cli, ["known", "remove", "你好"], catch_exceptions=False)
    assert result.output == "Removed 1 word.\n"
    result = runner.invoke(cli, ["known", "list", "--source", "import"], catch_exceptions=False)
    assert result.output == "暗访\timport\n"


def test_cli_errors(runner: CliRunner, zh_home: Path) -> None:
    result = runner.invoke(cli, ["known", "add", "hello"])
    assert result.exit_code == 1
    assert "Error: 'hello' is not a Chinese word" in result.stderr
    zh_home.mkdir(parents=True, exist_ok=True)
    (zh_home / "progress.db").write_text("not a database")
    result = runner.invoke(cli, ["known", "list"])
    assert result.exit_code == 1
    assert "is not a zh-learn progress database" in result.stderr
