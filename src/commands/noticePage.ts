import type { Lang } from '../engine';

/**
 * notice.html: the dialog in which a ribbon command says why it failed, or what the person must
 * know about what it did (src/commands/notice.ts opens it). Only this page's words live here, so
 * the dialog loads no engine code.
 */
export type NoticeKind = 'failed' | 'done';

export const NOTICE_TEXT: Record<Lang, { title: Record<NoticeKind, string>; close: string }> = {
  vi: {
    title: { failed: 'Phụ lục chưa thực hiện được lệnh', done: 'Phụ lục đã thực hiện lệnh, xin lưu ý' },
    close: 'Đóng',
  },
  en: {
    title: { failed: 'Phụ lục could not finish the command', done: 'Phụ lục finished the command — please note' },
    close: 'Close',
  },
};

/** Anything but an explicit note reads as a failure: a page opened without it has nothing to report as done. */
export function readNotice(search: string): { lang: Lang; kind: NoticeKind; message: string } {
  const params = new URLSearchParams(search);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const kind: NoticeKind = params.get('kind') === 'done' ? 'done' : 'failed';
  return { lang, kind, message: params.get('message') ?? '' };
}

/** Fills the page; `close` runs when the person presses the button. */
export function renderNotice(doc: Document, search: string, close: () => void): void {
  const { lang, kind, message } = readNotice(search);
  const text = NOTICE_TEXT[lang];
  doc.documentElement.lang = lang;
  doc.title = text.title[kind];
  const heading = doc.createElement('h1');
  heading.textContent = text.title[kind];
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
