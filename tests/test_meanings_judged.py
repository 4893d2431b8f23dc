"""Regression over the hand-judged texts of benchmarks/meanings.py (tests/data/meanings):
the first glosses judged to fit stay, no gloss shows its item's characters, readings hold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "meanings.py"
#: The in-repo texts and the least share of items with fitting first glosses: two points under
#: the share when judged, as a change of segmentation moves a few items.
FLOORS = {
    "everyday": 0.93,
    "hongloumeng-3": 0.86,
    "wikipedia-cpp": 0.82,
    "wikipedia-cpp-2": 0.78,
}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("meanings_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_judged_text(name: str) -> None:
    bench = _benchmark()
    judged = bench.judgements()
    text = bench.text_of(name)
    score = bench.score_text(name, text, judged)
    total = score.verdicts["ok"] + score.verdicts["poor"] + score.verdicts["wrong"]
    # a change of segmentation brings new items to judge: a few are let through
    assert len(score.unjudged) <= 0.1 * total, score.unjudged
    assert not score.own_chars, score.own_chars
    assert score.verdicts["ok"] / total >= FLOORS[name], score.changed
    assert score.readings_right / score.occurrences >= 0.985, score.wrong_readings


#: The sampled texts (110 items each judged, in judged-2.tsv): two points under the share
#: judged to fit after the rules of that stop (guoke was judged only after them; the
#: chapter-6, -26 and -48 passages of 红楼梦, 背影, 荷塘月色, 最后一次讲演, 大自然的语言, the
#: letter 通信, the prose poem 秋夜, the animal sketch 兔和猫, the short stories 鸭的喜剧 and
#: 头发的故事 and the MSR sentences before the rules of theirs).
SAMPLED_FLOORS = {
    "wikimedia-license-news": 0.93,
    "yingxiong-lieshi-baohufa": 0.93,
    "tengye-xiansheng": 0.89,
    "hangzhou-wiki": 0.84,
    "kongyiji": 0.88,
    "guoke": 0.86,
    "hongloumeng-6": 0.80,
    "msr-2000": 0.84,
    "hongloumeng-26": 0.75,
    "msr-1000": 0.93,
    "hongloumeng-48": 0.81,
    "msr-500": 0.95,
    "beiying": 0.90,
    "msr-1500": 0.92,
    "hetang-yuese": 0.90,
    "msr-2500": 0.92,
    "zuihou-jiangyan": 0.95,
    "msr-250": 0.97,
    "daziran-de-yuyan": 0.96,
    "msr-1750": 0.97,
    "tongxin": 0.88,
    "msr-750": 0.98,
    "qiuye": 0.95,
    "msr-1250": 0.97,
    "tu-he-mao": 0.92,
    "msr-2250": 0.96,
    "ya-de-xiju": 0.93,
    "msr-2375": 0.98,
    "toufa-de-gushi": 0.95,
    "msr-1625": 0.96,
}


@pytest.mark.parametrize("name", sorted(SAMPLED_FLOORS))
def test_sampled_text(name: str) -> None:
    bench = _benchmark()
    text = bench.text_of(name)
    if text is None:
        pytest.skip("the MSR test gold is read in place from ../shared")
    score = bench.score_text(name, text, bench.judgements())
    total = score.verdicts["ok"] + score.verdicts["poor"] + score.verdicts["wrong"]
    assert total >= 100  # the sample is still found among the items
    assert not score.own_chars, score.own_chars
    assert score.verdicts["ok"] / total >= SAMPLED_FLOORS[name], score.changed
    assert score.readings_right / score.occurrences >= 0.985, score.wrong_readings
