/** Where the command line writes: stdout for results, stderr for messages. Tests may capture both. */
export interface Io {
  /** Text, or bytes already UTF-8 (`--json`, written in pieces). */
  out(chunk: string | Uint8Array): void;
  /**
   * True when everything given to `out` is written out, nothing queued: the memory of a chunk
   * may then be filled again. Without it, nothing given is ever reused.
   */
  outFlushed?(): boolean;
  err(text: string): void;
}

export const processIo: Io = {
  out: (chunk) => {
    process.stdout.write(chunk);
  },
  // Writes to a file, and to a pipe on Linux, complete within write(); a stream that queued a chunk keeps it counted here.
  outFlushed: () => process.stdout.writableLength === 0,
  err: (text) => {
    process.stderr.write(text);
  },
};

/** A failure already worded for the user (one line); the command exits with code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Stack traces only when PHULUC_DEBUG=1. */
export function debugEnabled(): boolean {
  return process.env.PHULUC_DEBUG === '1';
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.name;
  return String(e);
}
