"""Writing sheets and exercise sheets: what they hold, their options, and the pages drawn by
headless Chromium (non-blank, A4, real Chinese glyphs)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from page_support import A4_PX, cjk_glyphs_drawn, screenshot
from test_handout import needs_chromium
from zh_learn.cli.app import cli

DATA = Path(__file__).parent / "data"
LESSON = str(DATA / "lesson1.txt")


class Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.classes: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.classes += (dict(attrs).get("class") or "").split()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Texts:
    page = Texts()
    page.feed(html)
    return page


def sheet(runner, command: str, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, [command, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def row_chars(html: str) -> list[str]:
    return re.findall(r'<span class="ws-char zh">(.)</span>', html)


def test_worksheet_rows(runner) -> None:
    html = sheet(runner, "worksheet", LESSON, "--level", "1")
    chars = row_chars(html)
    # characters above HSK 1 from the lesson's words, in order; names (王小明) are not words
    assert chars[:4] == ["旅", "游", "胜", "古"]  # 名 is an HSK 1 character
    assert "王" not in chars and "我" not in chars  # 我 is HSK 1
    page = parse(html)
    assert page.classes.count("ws-row") == len(chars)
    assert html.count('class="grid"') == 10 * len(chars)  # 3 tracing + 7 empty squares
    assert html.count("to trace") == 3 * len(chars)
    assert "script" not in page.tags and "default-src 'none'" in html
    text = "".join(page.text)
    assert "lǚ" in text and "trip" not in text.split("旅")[0]


def test_worksheet_known_max_and_traditional(runner, tmp_path: Path) -> None:
    known = tmp_path / "known.txt"
    known.write_text("旅行\n", encoding="utf-8")
    chars = row_chars(sheet(runner, "worksheet", LESSON, "--level", "1", "--known", str(known)))
    assert "旅" not in chars and "游" in chars
    assert len(row_chars(sheet(runner, "worksheet", LESSON, "--level", "1",
                               "--max-chars", "3"))) == 3
    trad = sheet(runner, "worksheet", LESSON, "--level", "1", "--script", "traditional")
    assert "遊" in row_chars(trad) and "游" not in row_chars(trad)
    assert "ㄌㄩˇ" in sheet(runner, "worksheet", LESSON, "--level", "1", "--style", "zhuyin")
    none = sheet(runner, "worksheet", LESSON, "--level", "7")
    assert "No new characters" in none


def test_exercises_same_seed_same_sheet(runner) -> None:
    one = sheet(runner, "exercises", "--seed", "3")
    assert one == sheet(runner, "exercises", "--seed", "3")
    assert one != sheet(runner, "exercises", "--seed", "4")
    assert sheet(runner, "exercises") == sheet(runner, "exercises")  # seed from the text
    page = parse(one)
    text = "".join(page.text)
    for title in ("Fill in the blanks", "Match the words", "Add the tone marks",
                  "Idioms from the text", "Answer key"):
        assert title in text
    assert page.classes.count("answers") == 1
    assert one.index('class="answers"') > one.index("Idioms from the text")
    # every blanked word is in the bank and in the key
    bank = re.search(r'<div class="bank zh">(.*?)</div>', one)
    assert bank is not None
    words = re.findall(r"<span>(.*?)</span>", bank.group(1))
    assert len(words) == 8
    key = one[one.index('class="answers"'):]
    for word in words:
        assert word in key


def test_tone_exercise_strips_marks() -> None:
    from zh_learn.render.exercises import strip_tones

    assert strip_tones("lǚ yóu") == "lü you"
    assert strip_tones("Běi jīng") == "Bei jing"


def test_pdf_needs_output(runner) -> None:
    for command in ("worksheet", "exercises"):
        result = runner.invoke(cli, [command, LESSON, "--pdf"])
        assert result.exit_code == 2 and "--pdf needs -o" in result.stderr


@needs_chromium
def test_worksheet_renders_in_chromium(runner, tmp_path: Path) -> None:
    out = tmp_path / "sheet.html"
    runner.invoke(cli, ["worksheet", "-o", str(out), "--max-chars", "6"],
                  catch_exceptions=False)
    shot = screenshot(out, tmp_path / "sheet.png")
    assert (shot.width, shot.height) == A4_PX
    assert shot.dark > 0.002 and 0.02 < shot.inked < 0.6
    grid = red = 0
    for y in range(0, shot.height, 3):
        row = shot.rows[y]
        for x in range(0, shot.width, 3):
            r, g, b = (row[x * shot.bpp + k] for k in range(3))
            if r > 200 and 150 < g < 200 and 140 < b < 190:
                grid += 1  # the pink 田字格 lines
            if r > 150 and g < 90 and b < 80:
                red += 1  # new strokes in the sequences, radicals
    assert grid > 300 and red > 100
    assert cjk_glyphs_drawn(out, tmp_path)


@needs_chromium
def test_exercises_render_in_chromium_with_key_on_last_page(runner, tmp_path: Path) -> None:
    out = tmp_path / "ex.html"
    result = runner.invoke(cli, ["exercises", "-o", str(out), "--seed", "1", "--pdf"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    shot = screenshot(out, tmp_path / "ex.png")
    assert (shot.width, shot.height) == A4_PX and 0.01 < shot.dark < 0.5
    assert cjk_glyphs_drawn(out, tmp_path)
    pdf = out.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/MediaBox [0 0 594.9" in pdf
    # The key starts a page: the sheet without it has one page fewer.
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 2


def test_traditional_text_keeps_its_spelling(runner, tmp_path: Path) -> None:
    text = tmp_path / "trad.txt"
    text.write_text("第一課 去北京\n他下個星期去北京旅遊。北京很大，名勝古蹟很多。\n"
                    "老師說，學習漢語要持之以恆，不能半途而廢。\n", encoding="utf-8")
    chars = row_chars(sheet(runner, "worksheet", str(text), "--level", "1"))
    assert {"遊", "勝", "蹟"} <= set(chars)  # the text's 古蹟, not CC-CEDICT's 古跡
    simplified = row_chars(sheet(runner, "worksheet", str(text), "--level", "1",
                                 "--script", "simplified"))
    assert {"游", "胜", "迹"} <= set(simplified)
    exercises = sheet(runner, "exercises", str(text), "--level", "1", "--count", "3")
    assert "持之以恆" in exercises and "學習漢語要" in exercises
