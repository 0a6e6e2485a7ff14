/** Making cell text safe and short for a terminal. */

/** Control characters (incl. ESC, so no terminal escape sequences) and bidi overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: line breaks shown as ⏎, control characters as �. */
export function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ').replace(UNSAFE, '�');
}

/** Safe multi-line text: keeps line breaks, neutralises other control characters. */
export function safeText(s: string): string {
  return s.replace(/\r\n|\r/g, '\n').replace(/\t/g, ' ').replace(UNSAFE, '�');
}

/** At most `max` characters (code points), the last one … when the text is cut. */
export function truncate(s: string, max = 80): string {
  if (s.length <= max) return s;
  let count = 0;
  let cut = 0;
  for (let i = 0; i < s.length; ) {
    if (count === max - 1) cut = i;
    i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    count++;
    if (count > max) return `${s.slice(0, cut)}…`;
  }
  return s;
}
