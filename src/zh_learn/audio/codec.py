"""Decode, shape and encode speech clips: mono 16-bit PCM at 16 kHz in numpy arrays.

Decoding is miniaudio's (mp3, flac, vorbis, wav), encoding LAME's through ``lameenc``: both
install from PyPI wheels with no system library. Everything here is deterministic, so the
same input always gives the same bytes (deck media are named by a hash of their content).
"""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from typing import Any

import numpy as np

RATE = 16_000
#: Bit rate of the generated (joined) clips; see README "Audio" for the sizes chosen.
JOINED_KBPS = 24
_FRAME = RATE // 100  # 10 ms analysis frames

Pcm = Any  # a 1-D numpy int16 array (numpy's typing of dtypes adds nothing here)


def decode(data: bytes) -> Pcm:
    """Any mp3/flac/vorbis/wav bytes -> mono int16 PCM at ``RATE``."""
    import miniaudio

    try:
        sound = miniaudio.decode(
            data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=RATE
        )
    except miniaudio.DecodeError as exc:
        raise ValueError(f"cannot decode audio: {exc}") from exc
    return np.frombuffer(sound.samples, dtype=np.int16).copy()


def encode_mp3(pcm: Pcm, kbps: int = JOINED_KBPS, quality: int = 7) -> bytes:
    """Mono MP3 at ``RATE``. ``quality`` is LAME's (2 = best, 7 = fast): the shipped files
    use 2; clips made at run time use 7, three times as fast, the same size."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(RATE)
    encoder.set_out_sample_rate(RATE)
    encoder.set_bit_rate(kbps)
    encoder.set_quality(quality)
    data = np.ascontiguousarray(pcm, dtype=np.int16).tobytes()
    return bytes(encoder.encode(data)) + bytes(encoder.flush())


def to_wav(pcm: Pcm) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.ascontiguousarray(pcm, dtype=np.int16).tobytes())
    return out.getvalue()


def seconds(pcm: Pcm) -> float:
    return len(pcm) / RATE


def frame_levels(pcm: Pcm) -> Any:
    """RMS level of each 10 ms frame, in dB relative to full scale."""
    n = len(pcm) // _FRAME
    if n == 0:
        return np.zeros(0)
    frames = pcm[: n * _FRAME].astype(np.float64).reshape(n, _FRAME)
    rms = np.sqrt((frames**2).mean(axis=1)) + 1e-9
    return 20 * np.log10(rms / 32768)


def voiced_span(pcm: Pcm, floor_db: float = 35.0) -> tuple[int, int]:
    """Sample range from the first to the last frame within ``floor_db`` of the loudest."""
    levels = frame_levels(pcm)
    if not len(levels):
        return 0, 0
    loud = np.nonzero(levels > levels.max() - floor_db)[0]
    return int(loud[0]) * _FRAME, (int(loud[-1]) + 1) * _FRAME


def trim(pcm: Pcm, lead_ms: int = 0, tail_ms: int = 0, floor_db: float = 35.0) -> Pcm:
    """Cut leading and trailing silence, keeping ``lead_ms``/``tail_ms`` around the sound."""
    start, end = voiced_span(pcm, floor_db)
    start = max(0, start - lead_ms * RATE // 1000)
    end = min(len(pcm), end + tail_ms * RATE // 1000)
    return pcm[start:end]


def main_sound(pcm: Pcm, floor_db: float = 35.0, max_gap_ms: int = 80) -> Pcm:
    """The stretch of sound around the loudest frame, leaving out a click or breath that a
    silence longer than ``max_gap_ms`` separates from it."""
    levels = frame_levels(pcm)
    if not len(levels):
        return pcm
    loud = levels > levels.max() - floor_db
    peak = int(np.argmax(levels))
    gap = max(1, max_gap_ms * RATE // 1000 // _FRAME)
    start = end = peak
    quiet = 0
    for i in range(peak + 1, len(loud)):
        quiet = 0 if loud[i] else quiet + 1
        if quiet > gap:
            break
        if loud[i]:
            end = i
    quiet = 0
    for i in range(peak - 1, -1, -1):
        quiet = 0 if loud[i] else quiet + 1
        if quiet > gap:
            break
        if loud[i]:
            start = i
    return pcm[start * _FRAME : (end + 1) * _FRAME]


def normalize(pcm: Pcm, target_db: float = -18.0, peak: float = 0.89) -> Pcm:
    """Scale so the voiced frames' RMS is ``target_db``, never clipping above ``peak``."""
    if not len(pcm):
        return pcm
    x = pcm.astype(np.float64)
    levels = frame_levels(pcm)
    voiced = levels[levels > levels.max() - 20] if len(levels) else levels
    rms_db = float(10 * np.log10(np.mean(10 ** (voiced / 10)))) if len(voiced) else -90.0
    gain = 10 ** ((target_db - rms_db) / 20)
    top = float(np.abs(x).max()) or 1.0
    gain = min(gain, peak * 32767 / top)
    return np.clip(np.round(x * gain), -32768, 32767).astype(np.int16)


def fade(pcm: Pcm, in_ms: int = 5, out_ms: int = 15) -> Pcm:
    x = pcm.astype(np.float64)
    a, b = min(len(x), in_ms * RATE // 1000), min(len(x), out_ms * RATE // 1000)
    if a:
        x[:a] *= np.linspace(0.0, 1.0, a)
    if b:
        x[len(x) - b :] *= np.linspace(1.0, 0.0, b)
    return x.astype(np.int16)


def stretch(pcm: Pcm, factor: float, window_ms: int = 30) -> Pcm:
    """Change duration by ``factor`` keeping the pitch (WSOLA: windowed overlap-add, each
    segment placed where its waveform best continues the previous one)."""
    if abs(factor - 1.0) < 0.02 or len(pcm) < 4 * window_ms * RATE // 1000:
        return pcm
    x = pcm.astype(np.float64)
    win = window_ms * RATE // 1000
    hop = win // 2
    tol = hop // 2
    window = np.hanning(win)
    out_len = int(len(x) * factor)
    out = np.zeros(out_len + win)
    norm = np.zeros(out_len + win)
    prev = 0  # input position of the previous segment
    for pos in range(0, out_len - win, hop):
        centre = int(pos / factor)
        if pos == 0:
            best = 0
        else:
            want = x[prev + hop : prev + hop + win]  # natural continuation of the last one
            lo, hi = max(0, centre - tol), min(len(x) - win, centre + tol)
            if hi <= lo or len(want) < win:
                best = min(max(0, centre), len(x) - win)
            else:
                seg = x[lo : hi + win]
                corr = np.correlate(seg, want, mode="valid")
                best = lo + int(np.argmax(corr))
        out[pos : pos + win] += x[best : best + win] * window
        norm[pos : pos + win] += window
        prev = best
    norm[norm < 1e-3] = 1.0
    return np.clip(out[:out_len] / norm[:out_len], -32768, 32767).astype(np.int16)


def join(clips: Sequence[Pcm], overlap_ms: int = 12, gaps_ms: Sequence[int] = ()) -> Pcm:
    """Concatenate clips, cross-fading ``overlap_ms`` at each seam; ``gaps_ms[i]`` adds a
    pause after clip i (between words of a phrase)."""
    overlap = overlap_ms * RATE // 1000
    out = np.zeros(0)
    for i, clip in enumerate(clips):
        c = clip.astype(np.float64)
        n = min(overlap, len(out), len(c))
        if n:
            ramp = np.linspace(0.0, 1.0, n)
            c = c.copy()
            c[:n] = out[len(out) - n :] * (1 - ramp) + c[:n] * ramp
            out = out[: len(out) - n]
        out = np.concatenate([out, c])
        gap = gaps_ms[i] if i < len(gaps_ms) else 0
        if gap and i < len(clips) - 1:
            out = np.concatenate([out, np.zeros(gap * RATE // 1000)])
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)


def longest_inner_silence(pcm: Pcm, floor_db: float = 40.0) -> float:
    """Seconds of the longest run of quiet frames between the first and last sound."""
    levels = frame_levels(pcm)
    if not len(levels):
        return 0.0
    loud = levels > levels.max() - floor_db
    idx = np.nonzero(loud)[0]
    longest = run = 0
    for flag in loud[idx[0] : idx[-1] + 1]:
        run = 0 if flag else run + 1
        longest = max(longest, run)
    return longest * _FRAME / RATE
