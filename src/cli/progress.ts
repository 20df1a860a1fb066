/** A one-line progress counter on stderr; silent when stderr is not a terminal (CI, pipes). */
export class Progress {
  private count = 0;
  private last = 0;
  private readonly enabled: boolean;

  constructor(private readonly label: string, enabled = process.stderr.isTTY === true) {
    this.enabled = enabled;
  }

  tick(note = ''): void {
    this.count++;
    const t = Date.now();
    if (!this.enabled || t - this.last < 100) return;
    this.last = t;
    process.stderr.write(`\r${this.label}: ${this.count} ${note.slice(0, 60).padEnd(60)}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write(`\r${' '.repeat(this.label.length + 72)}\r`);
  }
}
