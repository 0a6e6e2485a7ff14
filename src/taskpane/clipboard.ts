/**
 * Puts text on the clipboard. Office webviews often refuse navigator.clipboard, so a hidden
 * textarea with execCommand('copy') is tried next. Resolves false when neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}

/**
 * A hidden textarea, selected, and execCommand('copy'): what every webview can do, Internet
 * Explorer 11 included (the light pane copies this way; IE may ask once to allow clipboard access).
 */
export function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.opacity = '0';
  document.body.appendChild(area);
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    // removeChild, not Element.remove: IE11 lacks the latter.
    document.body.removeChild(area);
    previous?.focus();
  }
}

/**
 * Puts HTML on the clipboard beside plain text, so Word pastes tables with their borders and an
 * application without HTML gets the text. ClipboardItem where the webview has it; otherwise (older
 * webviews, or a refused write) a one-off copy event handler sets both formats during
 * execCommand('copy'). Resolves false when neither worked.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no ClipboardItem');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return copyWithEvent(html, text);
  }
}

function copyWithEvent(html: string, text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    // A selection makes every webview fire the copy event; the handler replaces what it would copy,
    // and a webview without clipboardData still copies the selected plain text.
    return copyWithTextarea(text);
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
