/**
 * Inflation done elsewhere than in the reader's thread (Node's zlib on libuv's thread pool): the
 * compressed bytes go in, inflated chunks come out asynchronously, so the reader scans one chunk
 * while the next one inflates. The core knows only this interface; src/xlsx/zlibInflater.ts is
 * Node's, and without one (the task pane) every part is inflated in place with fflate.
 */

export interface InflatedChunk {
  bytes: Uint8Array;
  /** Compressed bytes the inflater had consumed when this chunk came out. */
  consumed: number;
}

/** One raw-deflate stream being inflated. */
export interface InflateStream {
  /** The next chunk, in order; undefined once the deflate stream has ended. Rejects on data that is not deflate. */
  next(): Promise<InflatedChunk | undefined>;
  /** Stops inflating and frees the stream (a limit was reached, or the chunk could not be read). */
  cancel(): void;
}

export interface StreamInflater {
  /** Parts compressed to fewer bytes are inflated in place: handing them over costs more than it saves. */
  readonly minCompressedBytes: number;
  /** Starts inflating `compressed`, a whole raw-deflate stream; memory stays bounded until chunks are taken. */
  open(compressed: Uint8Array): InflateStream;
}
