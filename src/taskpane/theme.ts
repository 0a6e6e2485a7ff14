import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { officeBodyBackground } from '../excel';

/**
 * Relative luminance (WCAG) of "#RRGGBB" below 0.179 — the point where white text contrasts more
 * than black — is a dark background. Anything unreadable counts as light.
 */
export function isDarkBackground(color: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [value >> 16, value >> 8, value].map((channel) => {
    const s = (channel & 0xff) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.179;
}

/** The Fluent theme matching Office's own (light unless Office reports a dark body background). */
export function officeTheme(): Theme {
  const background = officeBodyBackground();
  return background && isDarkBackground(background) ? webDarkTheme : webLightTheme;
}
