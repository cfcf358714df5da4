// Call progress tones made with Web Audio, so they play with no audio files: ringback while the
// far end rings (425 Hz, 1 s on 4 s off, the ITU/European cadence), busy (425 Hz, 0.5 s on/off,
// three times), an incoming ring, and a short click per keypad press.
export class Tones {
  private ctx: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  ringback(): void {
    this.repeat(() => this.beep(425, 1.0), 5000);
  }

  ring(): void {
    this.repeat(() => {
      this.beep(480, 0.4);
      this.beep(620, 0.4, 0.5);
    }, 3000);
  }

  busy(): void {
    this.stop();
    for (let i = 0; i < 3; i++) this.beep(425, 0.5, i);
  }

  key(): void {
    this.beep(1209, 0.08);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private repeat(play: () => void, everyMs: number): void {
    this.stop();
    play();
    this.timer = setInterval(play, everyMs);
  }

  private beep(hz: number, seconds: number, delay = 0): void {
    try {
      this.ctx ??= new AudioContext();
      const t = this.ctx.currentTime + delay;
      const osc = this.ctx.createOscillator();
      const gain = this.ctx.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.08;
      osc.connect(gain).connect(this.ctx.destination);
      osc.start(t);
      osc.stop(t + seconds);
    } catch {
      // No audio output (a locked-down machine): the call bar still shows the state in words.
    }
  }
}
