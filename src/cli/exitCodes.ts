/**
 * Exit codes of `phuluc` (also in the help text and the README). A file of its own, so that
 * main.ts answers help and argument errors without loading commands.ts and ExcelJS.
 */
export const EXIT_OK = 0;
/** The check ran and found findings of severity error: the file needs fixing, phuluc worked. */
export const EXIT_FINDINGS = 1;
/** A file could not be read or written, or the arguments are wrong. */
export const EXIT_FAILURE = 2;
