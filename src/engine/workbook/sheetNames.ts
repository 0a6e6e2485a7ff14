/** Worksheet names as Excel compares and accepts them. */

/**
 * Excel treats "Tổng hợp", "TỔNG HỢP" and "tổng hợp" as the same sheet: it ignores case one
 * character at a time, so a character whose capital is two letters keeps its own ("ß" is not "SS",
 * which `toUpperCase` would make it). Composed and decomposed accents (NFC, NFD — both occur in
 * Vietnamese text) count as the same name: when in doubt, calling two names the same only makes a
 * writer refuse or pick another name, while calling them different makes Excel refuse the write.
 */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

function sheetNameKey(name: string): string {
  let key = '';
  for (const char of name.normalize('NFC')) {
    const upper = char.toUpperCase();
    key += upper.length === char.length ? upper : char;
  }
  return key;
}

/** Why Excel would refuse this name, or undefined when it is valid. */
export function invalidSheetNameReason(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return 'must be 1 to 31 characters long';
  if (/[[\]:*?/\\]/.test(name)) return 'must not contain [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'must not begin or end with an apostrophe';
  if (sameSheetName(name, 'History')) return '"History" is reserved by Excel';
  return undefined;
}
