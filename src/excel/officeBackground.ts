/**
 * The body background colour of Office's theme ("#RRGGBB"), or undefined where the host has no
 * theme (Excel 2016, a browser preview) or refuses to say.
 */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
