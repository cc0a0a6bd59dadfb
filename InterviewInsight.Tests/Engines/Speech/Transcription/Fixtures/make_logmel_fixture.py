#!/usr/bin/python3
"""Independent reference for WhisperLogMel / SlaneyMelFilterBank (numpy + stdlib only).

Implements the Whisper front end from its published description (openai/whisper audio.py + librosa's Slaney mel
filters) without sharing code with the C# version, runs it on the first 2 s of a real clip and writes a small JSON
fixture with selected frames (all 80 bins), the filterbank row sums and a few full filter rows.

Usage (Debian python3-numpy): /usr/bin/python3 make_logmel_fixture.py ../../../../../../../shared/testdata/audio/B_jfk.wav logmel_fixture.json
"""
import json
import sys
import wave

import numpy as np

SR, N_FFT, HOP, N_MELS, N_SAMPLES = 16000, 400, 160, 80, 480000
CLIP_SECONDS = 2.0
FRAMES = [0, 10, 25, 37, 100, 150, 199, 200, 201, 1000, 2999]
FILTER_ROWS = [0, 1, 10, 40, 79]


def read_pcm16_mono(path):
    with wave.open(path, "rb") as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2 and w.getframerate() == SR
        raw = w.readframes(w.getnframes())
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


def hz_to_mel(f):
    f = np.asarray(f, dtype=np.float64)
    f_sp, min_log_hz = 200.0 / 3, 1000.0
    min_log_mel, logstep = min_log_hz / f_sp, np.log(6.4) / 27.0
    return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-12) / min_log_hz) / logstep, f / f_sp)


def mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    f_sp, min_log_hz = 200.0 / 3, 1000.0
    min_log_mel, logstep = min_log_hz / f_sp, np.log(6.4) / 27.0
    return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), f_sp * m)


def mel_filters():
    fft_freqs = np.linspace(0, SR / 2, 1 + N_FFT // 2)
    mel_f = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SR / 2), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:N_MELS + 2] - mel_f[:N_MELS]))[:, None]
    return weights


def log_mel(audio):
    audio = np.pad(audio[:N_SAMPLES], (0, max(0, N_SAMPLES - len(audio))))
    padded = np.pad(audio, (N_FFT // 2, N_FFT // 2), mode="reflect")
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)  # periodic Hann
    n_frames = 1 + (len(padded) - N_FFT) // HOP
    frames = np.stack([padded[t * HOP:t * HOP + N_FFT] * window for t in range(n_frames)])
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2  # [frames, 201]
    power = power[:-1]  # drop the last frame -> 3000
    mel = mel_filters() @ power.T  # [80, 3000]
    log_spec = np.log10(np.maximum(mel, 1e-10))
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    return (log_spec + 4.0) / 4.0


def main():
    source, out = sys.argv[1], sys.argv[2]
    audio = read_pcm16_mono(source)[: int(CLIP_SECONDS * SR)]
    features = log_mel(audio)
    filters = mel_filters()
    fixture = {
        "description": "numpy reference for the Whisper log-mel front end; regenerate with make_logmel_fixture.py",
        "source": "audio/B_jfk.wav",
        "clipSamples": len(audio),
        "shape": list(features.shape),
        "globalMax": round(float(features.max()), 6),
        "frames": {str(t): [round(float(v), 6) for v in features[:, t]] for t in FRAMES},
        "filterRowSums": [round(float(v), 9) for v in filters.sum(axis=1)],
        "filterRows": {str(m): [round(float(v), 9) for v in filters[m]] for m in FILTER_ROWS},
    }
    with open(out, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))


if __name__ == "__main__":
    main()
