/**
 * The reader's StreamInflater in Node: zlib inflates a large part on libuv's thread pool while the
 * main thread scans the chunk before. Native inflation also costs a fraction of fflate's (on the
 * bench's 50,000-row sheet, ~300 ms of the read go to fflate).
 */
import zlib from 'node:zlib';
import type { InflatedChunk, InflateStream, StreamInflater } from './read/index';

/** Below this (compressed), fflate in place is as quick as a trip to another thread and back. */
const MIN_COMPRESSED_BYTES = 256 * 1024;
/** Inflated bytes per chunk: few enough round trips, and a chunk the scanner holds easily. */
const CHUNK_BYTES = 256 * 1024;
/** Chunks inflated ahead of the scanner before zlib waits: memory stays bounded on any part. */
const AHEAD = 4;

export const zlibInflater: StreamInflater = {
  minCompressedBytes: MIN_COMPRESSED_BYTES,
  open: (compressed) => new ZlibStream(compressed),
};

class ZlibStream implements InflateStream {
  private readonly zlib = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
  private readonly ready: InflatedChunk[] = [];
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(compressed: Uint8Array) {
    this.zlib.on('data', (bytes: Buffer) => {
      // bytesWritten is the input consumed up to this chunk: zlib counts it before handing the chunk out.
      this.ready.push({ bytes, consumed: this.zlib.bytesWritten });
      if (this.ready.length >= AHEAD) this.zlib.pause();
      this.wakeUp();
    });
    this.zlib.on('end', () => {
      this.ended = true;
      this.wakeUp();
    });
    this.zlib.on('error', (e: Error) => {
      this.failure = e;
      this.wakeUp();
    });
    this.zlib.end(compressed);
  }

  async next(): Promise<InflatedChunk | undefined> {
    for (;;) {
      const chunk = this.ready.shift();
      if (chunk) {
        if (this.zlib.isPaused()) this.zlib.resume();
        return chunk;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  cancel(): void {
    this.zlib.destroy();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
