// Turns file events into runs: a burst of events makes one run (debounce), runs never overlap,
// and events during a run queue exactly one more run after it, which sees every change.

export class RunQueue {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private queued = false;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly debounceMs: number,
  ) {}

  /** Something changed: run once things are quiet for the debounce time. */
  trigger(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.debounceMs);
  }

  /** Runs now, or right after the run in progress. */
  start(): void {
    if (this.stopped) return;
    if (this.running) {
      this.queued = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.queued) {
        this.queued = false;
        this.start();
      }
    });
  }

  /** No more runs; resolves once the run in progress (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queued = false;
    clearTimeout(this.timer);
    while (this.running) await this.running.catch(() => undefined);
  }
}
