"""``zh-learn pinyin``: annotation output, input kinds, and the fix commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli


def test_annotates_literal_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "行长来了。"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == "行长来了。\n行长(háng zhǎng) 来(lái) 了(le)\n"


def test_a_whole_sentence_reads_zhong_de_and_shao_in_context(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "服务中的问题你少管。"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.splitlines()[1] == (
        "服务(fú wù) 中(zhōng) 的(de) 问题(wèn tí) 你(nǐ) 少(shǎo) 管(guǎn)"
    )


def test_the_words_shown_are_the_units_vocab_lists(runner: CliRunner) -> None:
    # the reader's own cut would show 一生 "lifetime" + 病 and 小 + 王; the learner units
    # keep the idiom and the name whole, and each line keeps its own words
    text = "小王一生病就请假。\n\n他的话真是切中肯綮。"
    result = runner.invoke(cli, ["pinyin", text], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "小王一生病就请假。"
    assert lines[1] == "小王(xiǎo wáng) 一(yī) 生病(shēng bìng) 就(jiù) 请假(qǐng jià)"
    assert lines[2] == ""
    assert lines[3] == "他的话真是切中肯綮。"
    assert "切中肯綮(qiè zhòng kěn qìng)" in lines[4]


def test_traditional_text_keeps_its_characters(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "我們一起學習漢語。"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.splitlines()[1] == (
        "我們(wǒ men) 一起(yī qǐ) 學習(xué xí) 漢語(hàn yǔ)"
    )


def test_styles_and_sandhi(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "不是", "--style", "numbers", "--sandhi"])
    assert result.exit_code == 0
    assert result.output.splitlines()[1] == "不是(bu2 shi4)"


def test_reads_file_and_stdin(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes("你好\n\n银行\n".encode("gb18030"))
    result = runner.invoke(cli, ["pinyin", str(path)], catch_exceptions=False)
    assert result.output == "你好\n你好(nǐ hǎo)\n\n银行\n银行(yín háng)\n"
    result = runner.invoke(cli, ["pinyin", "-"], input="重庆\n", catch_exceptions=False)
    assert result.output == "重庆\n重庆(chóng qìng)\n"


def test_fix_list_unfix(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "--fix", "行长=hang2 zhang3"], catch_exceptions=False)
    assert result.exit_code == 0
    result = runner.invoke(cli, ["pinyin", "--fix", "银行=yin2 xing2"], catch_exceptions=False)
    assert runner.invoke(cli, ["pinyin", "--fixes"]).output == (
        "行长\thang2 zhang3\n银行\tyin2 xing2\n"
    )
    assert runner.invoke(cli, ["pinyin", "银行"]).output.splitlines()[1] == "银行(yín xíng)"
    result = runner.invoke(cli, ["pinyin", "--unfix", "银行"], catch_exceptions=False)
    assert result.exit_code == 0
    assert runner.invoke(cli, ["pinyin", "--fixes"]).output == "行长\thang2 zhang3\n"


def test_bad_fix_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "--fix", "行长=hang2"])
    assert result.exit_code == 2
    assert "2 character(s) but 1 syllable(s)" in result.stderr
    assert runner.invoke(cli, ["pinyin", "--unfix", "没有"]).exit_code == 2
    assert runner.invoke(cli, ["pinyin"]).exit_code == 2


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys, zh_learn.cli.pinyin_cmd, zh_learn.pinyin.reader; "
        "print(sorted({'jieba','pypinyin','g2pM','numpy'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_long_text_is_annotated_block_by_block_line_for_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zh_learn.analysis import annotated

    text = "今天天气很好。\n\n我们去公园散步。\r\n他说：“好啊！”\n"
    whole = list(annotated.annotated_lines(text))
    monkeypatch.setattr(annotated, "BLOCK_CHARS", 5)  # a block per line or two
    assert list(annotated.annotated_lines(text)) == whole
    assert len(whole) == len(text.splitlines())
    assert whole[1] == []
    assert ("散步", ("san4", "bu4")) in whole[2]
