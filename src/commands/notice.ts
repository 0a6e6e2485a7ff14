import type { Lang } from '../engine';
import type { NoticeKind } from './noticePage';

/** The dialog page (webpack builds it next to commands.html). */
export const NOTICE_PAGE = 'notice.html';
/** Office does not promise to open longer dialog addresses. */
export const MAX_NOTICE_URL = 2048;

/** The dialog's address, next to the page the command runs in, carrying the text to show. */
export function noticeUrl(pageUrl: string, message: string, lang: Lang, kind: NoticeKind): string {
  const make = (text: string) => {
    const url = new URL(NOTICE_PAGE, pageUrl);
    url.search = new URLSearchParams({ lang, kind, message: text }).toString();
    return url.href;
  };
  let text = message;
  let href = make(text);
  while (href.length > MAX_NOTICE_URL && text.length > 0) {
    text = `${text.slice(0, Math.max(0, text.length - 20)).trimEnd()}…`;
    if (text === '…') text = '';
    href = make(text);
  }
  return href;
}

/**
 * Shows `message` in a small dialog titled after `kind`, and resolves as soon as the dialog is
 * open — or at once where no dialog can be shown (no DialogApi 1.1, another dialog already open),
 * the console then being the only trace. It does not wait for the person: Office times out a
 * function command that has not called event.completed() (OfficeDev/office-js#5559), and in Excel
 * on Windows and on the web completing the command leaves its dialog open (office-js#428; Office
 * on Mac has closed it, the message then being in the console). The dialog's button closes it
 * while this runtime lives; its own close box always does.
 */
export function showNotice(message: string, lang: Lang, kind: NoticeKind, pageUrl: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context?.requirements?.isSetSupported('DialogApi', '1.1')) {
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(
      noticeUrl(pageUrl, message, lang, kind),
      // In Excel on the web an iframe dialog is not stopped by pop-up blockers; desktop ignores it.
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        // The page's button sends a message; the dialog's own close box needs nothing from here.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        resolve();
      },
    );
  });
}
