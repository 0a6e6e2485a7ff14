/** The package-patching .xlsx writer: bytes in, bytes out, no Node API. */
export { patchWorkbook } from './patchWorkbook';
export { newWorkbook } from './newWorkbook';
export { ZipFormatError } from './zipArchive';
export { packageExtension } from './packageKind';
