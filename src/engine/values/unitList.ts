/**
 * A unit directory written one name a line, as typed in the pane or read from a --units file:
 * names trimmed and in NFC (so they show as the user wrote them), blank lines and repeats dropped.
 */
export function parseUnitList(text: string): string[] {
  const names = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '');
  return [...new Set(names)];
}
