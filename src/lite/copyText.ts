/**
 * Copies text in Internet Explorer 11, which has no navigator.clipboard: a hidden textarea,
 * selected, and execCommand('copy') (IE may ask the person once to allow clipboard access).
 * Not taskpane/clipboard.ts: that one calls Element.remove, which IE11 lacks.
 */
export function copyText(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.body.removeChild(area);
  }
}
