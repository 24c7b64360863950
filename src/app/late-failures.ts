/**
 * Deliveries the App answered 202 ("still processing", after ~9 s) whose handlers then failed. GitHub
 * recorded them as delivered, so nothing in its listing says they need sending again; the server notes
 * them here and the redelivery job (redeliver.ts) treats their 202 attempts as failures. Only this process
 * knows: a late failure on another replica, or before a restart, is not redelivered.
 */
export class LateFailures {
  /** guid (X-GitHub-Delivery) → when its handlers failed; the oldest are forgotten first. */
  private readonly failed = new Map<string, number>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Deliveries whose handlers are running in this process now, by guid (attempts at once counted). */
  private readonly running = new Map<string, number>();

  /** An attempt of this delivery is being handled: what an earlier attempt did no longer counts. */
  started(guid: string): void {
    this.failed.delete(guid);
    this.running.set(guid, (this.running.get(guid) ?? 0) + 1);
  }

  /** The handlers of an attempt `started` ended, however. */
  finished(guid: string): void {
    const n = this.running.get(guid) ?? 0;
    if (n <= 1) this.running.delete(guid);
    else this.running.set(guid, n - 1);
  }

  handling(guid: string): boolean {
    return this.running.has(guid);
  }

  failedAfterAnswer(guid: string, at: number = Date.now()): void {
    this.failed.delete(guid);
    this.failed.set(guid, at);
    if (this.failed.size > this.maxEntries) {
      const oldest = this.failed.keys().next().value;
      if (oldest !== undefined) this.failed.delete(oldest);
    }
  }

  has(guid: string): boolean {
    return this.failed.has(guid);
  }
}

/** What the redelivery job reads of it. */
export interface LateFailureLookup {
  has(guid: string): boolean;
  /** Being handled in this process now: not abandoned, however long it takes. */
  handling?(guid: string): boolean;
}
