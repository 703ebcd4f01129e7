#!/usr/bin/env python3
"""Writes time-up.wav, the chime Cabildo plays when the room's timer ends.

Two soft bell tones, a fifth apart and falling (like a venue's "please return to your
seats"), 1.3 seconds, mono 16-bit PCM at 22,050 Hz: about 57 KB. Only the standard
library, and the same bytes on every run, so the committed file can be checked against
this script: `python3 resources/sounds/make-chime.py && git diff --exit-code`.
"""
import math
import os
import struct
import wave

RATE = 22050
LENGTH = 1.3  # seconds
# (start in seconds, frequency in Hz): G5 then C5
TONES = [(0.0, 783.99), (0.28, 523.25)]
# A bell: the fundamental, an octave above and a little above that, each dying away faster.
PARTIALS = [(1.0, 1.0, 3.2), (2.0, 0.35, 5.0), (2.76, 0.12, 7.0)]  # (ratio, level, decay per second)


def sample(t):
    value = 0.0
    for start, frequency in TONES:
        if t < start:
            continue
        local = t - start
        attack = min(1.0, local / 0.006)  # 6 ms, so the start does not click
        for ratio, level, decay in PARTIALS:
            value += attack * level * math.exp(-decay * local) * math.sin(2 * math.pi * frequency * ratio * local)
    fade = min(1.0, (LENGTH - t) / 0.05)  # the last 50 ms go to silence
    return value * fade


def main():
    frames = [sample(i / RATE) for i in range(int(RATE * LENGTH))]
    peak = max(abs(value) for value in frames)
    scale = 0.7 * 32767 / peak  # headroom: a chime, not an alarm
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "time-up.wav")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(value * scale)) for value in frames))


if __name__ == "__main__":
    main()
