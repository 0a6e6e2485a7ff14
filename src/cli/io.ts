/** Where the command line writes: stdout for results, stderr for messages. Tests may capture both. */
export interface Io {
  /** Text, or bytes already UTF-8 (`--json`, written in pieces). */
  out(chunk: string | Uint8Array): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (chunk) => {
    process.stdout.write(chunk);
  },
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
