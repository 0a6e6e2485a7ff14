import { WRITE_BYTES_PER_SYNC } from './payload';

/**
 * Keeps a write under Excel on the web's 5 MB request limit. Commands are queued as usual; before
 * a large one the caller reserves its estimated size, and only when the queue would overflow is
 * it flushed with an extra sync. Ordinary plans never reach the budget, so they cost no extra
 * round trip; a plan listing tens of thousands of findings costs one more per ~4 MB.
 */
export class RequestBatcher {
  private queuedBytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes: number = WRITE_BYTES_PER_SYNC,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.queuedBytes > 0 && this.queuedBytes + bytes > this.budgetBytes) {
      await this.context.sync();
      this.queuedBytes = 0;
    }
    this.queuedBytes += bytes;
  }
}

/** Rough request size of a command without a large argument (method name, object path…). */
export const COMMAND_BYTES = 200;
