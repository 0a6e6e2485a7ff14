import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { officeTheme } from './theme';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  // The provider paints the theme's background over the whole pane: no white frame around it.
  document.body.style.margin = '0';
  createRoot(container).render(
    <FluentProvider theme={officeTheme()} style={{ minHeight: '100vh' }}>
      <App />
    </FluentProvider>,
  );
});
