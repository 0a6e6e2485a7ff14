/** Worksheet names as Excel compares and accepts them. */

/** Excel treats "Tổng hợp" and "TỔNG HỢP" as the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Why Excel would refuse this name, or undefined when it is valid. */
export function invalidSheetNameReason(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return 'must be 1 to 31 characters long';
  if (/[[\]:*?/\\]/.test(name)) return 'must not contain [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'must not begin or end with an apostrophe';
  if (sameSheetName(name, 'History')) return '"History" is reserved by Excel';
  return undefined;
}
