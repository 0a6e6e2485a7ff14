/** Building regular expressions from word lists. */

/** A regex alternation of plain phrases, longest first so that no phrase loses to its own prefix. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases].sort((a, b) => b.length - a.length).join('|');
}
