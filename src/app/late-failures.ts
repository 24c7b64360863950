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

  /** An attempt of this delivery is being handled: what an earlier attempt did no longer counts. */
  started(guid: string): void {
    this.failed.delete(guid);
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
}
