import type { Lang } from '../engine';

/**
 * notice.html: the dialog in which a ribbon command that failed says why (src/commands/notice.ts
 * opens it). Only this page's words live here, so the dialog loads no engine code.
 */
export const NOTICE_TEXT: Record<Lang, { title: string; close: string }> = {
  vi: { title: 'Phụ lục chưa thực hiện được lệnh', close: 'Đóng' },
  en: { title: 'Phụ lục could not finish the command', close: 'Close' },
};

export function readNotice(search: string): { lang: Lang; message: string } {
  const params = new URLSearchParams(search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
  return { lang, message: params.get('message') ?? '' };
}

/** Fills the page; `close` runs when the person presses the button. */
export function renderNotice(doc: Document, search: string, close: () => void): void {
  const { lang, message } = readNotice(search);
  const text = NOTICE_TEXT[lang];
  doc.documentElement.lang = lang;
  doc.title = text.title;
  const heading = doc.createElement('h1');
  heading.textContent = text.title;
  // textContent, never innerHTML: the message comes from the address bar.
  const body = doc.createElement('p');
  body.textContent = message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = text.close;
  button.addEventListener('click', close);
  // Not replaceChildren: Excel 2019 shows add-ins in Edge Legacy, which does not have it.
  doc.body.textContent = '';
  for (const element of [heading, body, button]) doc.body.appendChild(element);
  button.focus();
}

renderNotice(document, window.location.search, () => {
  // messageParent exists once Office.js has initialised this dialog; before that the dialog's own
  // close box still works.
  Office.onReady(() => Office.context.ui.messageParent('close'));
});
