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
    this.show(`${this.count} ${note}`);
  }

  /** Replace the line with `note` (a count, a done/total, a phase); at most every 100 ms unless `now`. */
  show(note: string, now = false): void {
    const t = Date.now();
    if (!this.enabled || (!now && t - this.last < 100)) return;
    this.last = t;
    process.stderr.write(`\r${this.label}: ${note.slice(0, 70).padEnd(70)}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write(`\r${' '.repeat(this.label.length + 72)}\r`);
  }
}
