/**
 * The task pane for Internet Explorer 11 (the `nomodule` script of taskpane.html; webpack's legacy
 * compilation): modern webviews run the React pane instead and never load this.
 */
import { mountLitePane } from './litePane';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) mountLitePane(root);
});
