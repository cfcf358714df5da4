// A sine tone as a WAV file for Chromium's fake microphone
// (`--use-file-for-fake-audio-capture=<path>`, which loops the file): 16-bit PCM, mono, 48 kHz.
// A steady tone gives the far end a non-zero audio level to measure.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type ToneOptions = {
  /** Hz; default 440. */
  frequency?: number;
  /** Seconds; default 2 (Chromium loops it, so short is fine). */
  durationSec?: number;
  /** 0..1 of full scale; default 0.5. */
  amplitude?: number;
};

const SAMPLE_RATE = 48_000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

/** The WAV file's bytes. */
export function toneWav({
  frequency = 440,
  durationSec = 2,
  amplitude = 0.5,
}: ToneOptions = {}): Buffer {
  const samples = Math.round(SAMPLE_RATE * durationSec);
  const dataBytes = samples * BYTES_PER_SAMPLE;
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(HEADER_BYTES - 8 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * BYTES_PER_SAMPLE, 28); // byte rate
  wav.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  const peak = Math.round(Math.min(1, Math.max(0, amplitude)) * 32_767);
  for (let i = 0; i < samples; i++) {
    const value = Math.round(peak * Math.sin((2 * Math.PI * frequency * i) / SAMPLE_RATE));
    wav.writeInt16LE(value, HEADER_BYTES + i * BYTES_PER_SAMPLE);
  }
  return wav;
}

/**
 * Writes the tone to `path` and returns it. Written aside and renamed, so a browser started by
 * another worker never reads a half-written file.
 */
export function writeToneWav(path: string, opts: ToneOptions = {}): string {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, toneWav(opts));
  renameSync(partial, path);
  return path;
}
