"""Handouts: the HTML parsed for ruby and vocabulary rows, hostile input escaped, and the
seed article rendered by headless Chromium to a PNG that is checked pixel by pixel."""

from __future__ import annotations

import shutil
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zh_learn.cli.app import cli
from zh_learn.render.handout import DEFAULT_MAX_WORDS

DATA = Path(__file__).parent / "data"
LESSON = str(DATA / "lesson1.txt")


class Page(HTMLParser):
    """Collects tags, ruby annotations and the rows of the vocabulary table."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.rt: list[str] = []
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self.in_vocab = False
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.stack.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "table" and ("class", "vocab") in attrs:
            self.in_vocab = True
        if tag == "tr" and self.in_vocab:
            self.rows.append([])
        if tag == "rt":
            self.rt.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.in_vocab = False
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.stack and self.stack[-1] == "rt":
            self.rt[-1] += data
        elif self.in_vocab and self.rows and self.stack and self.stack[-1] in ("td", "th"):
            if data.strip():
                self.rows[-1].append(data.strip())


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def handout(runner, *args: str) -> str:
    result = runner.invoke(cli, ["handout", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ruby_over_every_word_and_vocabulary_rows(runner) -> None:
    page = parse(handout(runner, LESSON, "--level", "1"))
    assert page.tags.count("ruby") > 25
    assert {"běi", "jīng", "chí", "zhī", "yǐ", "héng"} <= set(page.rt)
    rows = [r for r in page.rows if r and r[0].isdigit()]
    words = {r[1]: r for r in rows}
    assert words["旅游"][2:4] == ["lǚ yóu", "trip; journey; tourism; travel"]
    assert "北京" not in words  # HSK 1 is the class level: not marked
    assert "HSK 2 (1)" in {r[0] for r in page.rows if r}
    text = "".join(page.text)
    assert "to give up halfway" in text  # idiom note
    assert "Estimated level" in text and "<svg" in handout(runner, LESSON)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags


def test_pinyin_above_level_and_none(runner) -> None:
    above = parse(handout(runner, LESSON, "--level", "3", "--pinyin", "above"))
    everything = parse(handout(runner, LESSON, "--level", "3"))
    assert 0 < above.tags.count("ruby") < everything.tags.count("ruby")
    assert "chí" in above.rt and "wǒ" not in above.rt
    assert parse(handout(runner, LESSON, "--pinyin", "none")).tags.count("ruby") == 0


def test_hostile_input_appears_as_text(runner, tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(
        '<script>alert("x")</script>学习汉语<b onclick="steal()">很好</b>&amp;\n'
        "他说：<img src=x onerror=alert(1)>“你好”</title><style>*{}</style>\n",
        encoding="utf-8",
    )
    out = tmp_path / "evil.html"
    result = runner.invoke(cli, ["handout", str(evil), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert "script" not in page.tags and "img" not in page.tags and not page.handlers
    head = page.tags[: page.tags.index("body")]
    assert page.tags.count("style") == 1 and head.count("title") == 1
    text = "".join(page.text)
    assert '<script>alert("x")</script>' in text and "onerror=alert(1)" in text
    assert "&amp;" in text
    assert "default-src 'none'" in html


def test_unwritable_output(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["handout", LESSON, "-o", str(tmp_path / "missing" / "a.html")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write") and result.stderr.count("\n") == 1
    result = runner.invoke(cli, ["handout", LESSON, "--pdf"])
    assert result.exit_code == 2 and "--pdf needs -o" in result.stderr


# ----------------------------------------------------------------------------- Chromium

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
     if shutil.which(n)),
    None,
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (apt-get install chromium; "
    "scripts/system-deps.sh does it in CI)",
)


def read_png(path: Path) -> tuple[int, int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG into (width, height, bytes per pixel, pixel rows)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, bytearray()
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ftype == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


@needs_chromium
def test_seed_article_handout_renders_in_chromium(runner, tmp_path: Path) -> None:
    from zh_learn.render.html import print_with_chromium

    sheet = tmp_path / "sheet.html"
    result = runner.invoke(cli, ["handout", "-o", str(sheet), "--level", "4"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    png = print_with_chromium(sheet, tmp_path / "sheet.png", mode="png",
                              window_size=(1240, 1754))
    width, height, bpp, rows = read_png(png)
    assert (width, height) == (1240, 1754)
    dark = red = 0
    columns_with_ink: set[int] = set()
    for y in range(0, height, 2):
        row = rows[y]
        for x in range(0, width, 2):
            r, g, b = row[x * bpp], row[x * bpp + 1], row[x * bpp + 2]
            if r + g + b < 300:
                dark += 1
                columns_with_ink.add(x)
            if r > 150 and g < 100 and b < 100:
                red += 1  # the underlines and numbers of marked words
    sampled = (width // 2) * (height // 2)
    assert 0.01 < dark / sampled < 0.5, "the page is blank or solid"
    assert red > 200, "no marked words drawn"
    # Text fills the middle of the page, leaving margins on both sides.
    assert min(columns_with_ink) > 100 and max(columns_with_ink) < width - 100
    from page_support import cjk_glyphs_drawn  # (it reads PNGs with this module's reader)

    assert cjk_glyphs_drawn(sheet, tmp_path), "Chinese drawn as missing-glyph boxes"


@needs_chromium
def test_pdf_beside_html(runner, tmp_path: Path) -> None:
    out = tmp_path / "lesson.html"
    result = runner.invoke(cli, ["handout", LESSON, "-o", str(out), "--pdf"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/MediaBox [0 0 594.9" in pdf  # A4


# ------------------------------------------------------------------ fixes of issue 15


def test_note_numbers_of_100_and_more_print_whole(runner) -> None:
    import re

    html = handout(runner, "--max-words", "0", "--level", "3")
    numbers = [int(n) for n in re.findall(r'<span class="nn">(\d+)\.</span>', html)]
    assert max(numbers) >= 100
    in_text = {int(n) for n in re.findall(r'<sup class="n" id="t(\d+)">', html)}
    assert set(numbers) <= in_text


def test_max_words_caps_every_section(runner) -> None:
    import re

    def rows(html: str) -> int:
        return len([r for r in parse(html).rows if r and r[0].isdigit()])

    def names(html: str) -> int:
        found = re.search(r'<p class="names">(.*?)</p>', html)
        return 0 if found is None else found.group(1).count('class="zh"')

    everything = handout(runner, "--max-words", "0")
    default = handout(runner)
    assert rows(everything) > 100 and rows(default) == DEFAULT_MAX_WORDS == 15
    assert "(the 15 met most often, of " in default
    assert names(everything) > 5
    top = handout(runner, "--top", "3")
    assert rows(top) == 3 and names(top) == 3 and top.count('<span class="nn">') <= 3


def test_above_level_is_judged_as_in_profile(runner) -> None:
    """很大 and 很多 are not in the HSK list, but made of HSK 1 words: a class at level 1
    knows them, in the handout, the word list and the profile alike."""
    import json

    html = handout(runner, LESSON, "--level", "1")
    words = {r[1] for r in parse(html).rows if r and r[0].isdigit()}
    assert "很大" not in words and "很多" not in words and "旅游" in words
    listed = runner.invoke(cli, ["wordlist", LESSON, "--above", "1", "-f", "json"],
                           catch_exceptions=False).stdout
    entries = {i["simplified"] for lesson in json.loads(listed)["lessons"]
               for g in lesson["groups"] for i in g["items"]}
    assert "很大" not in entries and "旅游" in entries
    assert words - {"第一课"} <= entries
    prof = json.loads(runner.invoke(cli, ["profile", LESSON, "--json"]).stdout)
    assert prof["compound_tokens"] >= 2


def test_wordlist_top_limits_names_too(runner) -> None:
    import json

    out = runner.invoke(cli, ["wordlist", "--top", "5", "-f", "json"],
                        catch_exceptions=False).stdout
    items = [i for lesson in json.loads(out)["lessons"] for g in lesson["groups"]
             for i in g["items"]]
    assert len(items) == 5


def test_traditional_and_zhuyin(runner) -> None:
    trad = handout(runner, LESSON, "--level", "1", "--script", "traditional")
    assert "旅遊" in "".join(parse(trad).text).replace("\n", "") or "遊" in trad
    assert '<html lang="zh-Hant">' in trad
    page = parse(trad)
    assert "遊" in "".join(page.text)
    zhuyin = parse(handout(runner, LESSON, "--style", "zhuyin"))
    assert "ㄌㄩˇ" in zhuyin.rt and "lǚ" not in zhuyin.rt


@needs_chromium
def test_demo_handout_fits_about_four_pages(runner, tmp_path: Path) -> None:
    """The 2,051-character demo article with the default cap prints on 4 A4 pages (it was 16
    before the cap)."""
    import re

    out = tmp_path / "demo.html"
    result = runner.invoke(cli, ["handout", "-o", str(out), "--pdf"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 3 <= pages <= 4


def test_one_rule_for_above_level() -> None:
    from zh_learn.hsk import above_level, judged_level

    assert judged_level("很大", None) == 1  # 很 + 大, both HSK 1
    assert not above_level("很大", None, 1) and not above_level("我家", None, 1)
    assert above_level("旅游", 2, 1) and not above_level("旅游", 2, 2)
    assert above_level("蒿慧杰", None, 6)  # no listed parts: above every level


def test_a_first_line_that_is_text_is_no_title(runner, tmp_path: Path) -> None:
    import re

    untitled = tmp_path / "supermarket.txt"
    untitled.write_text(
        "周末，小李和妈妈一起去超市买东西。超市里人很多。\n回家的路上，他们遇到了王阿姨。\n",
        encoding="utf-8",
    )
    sheet = handout(runner, str(untitled))
    # the heading is the file's name; the first paragraph stays text, not a heading
    assert re.search(r"<h1>supermarket</h1>", sheet)
    assert 'class="title"' not in sheet
    titled = tmp_path / "titled.txt"
    titled.write_text("去超市\n周末，小李和妈妈一起去超市买东西。\n", encoding="utf-8")
    heading = re.search(r'<h1 class="title">(.*?)</h1>', handout(runner, str(titled)), re.S)
    assert heading and "超" in heading.group(1) and "周末" not in heading.group(1)
