/** The .xlsx reader's core: bytes in, WorkbookSnapshot out, no Node API (runs in the task pane too). */
export { readWorkbookBytes, readWorkbookBytesWith } from './readWorkbookBytes';
export { DEFAULT_LIMITS } from './limits';
export type { ReadLimits } from './limits';
export type { InflatedChunk, InflateStream, StreamInflater } from './streamInflater';
export { useUtf8Decoder } from './utf8';
export type { Utf8Decoder } from './utf8';
