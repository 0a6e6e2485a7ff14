/**
 * Loads a page of a fake-host build (webpack `--env officejs=fake`) into its own jsdom window,
 * as a given browser would run it: the fake Excel host where Office.js goes, then either the
 * page's module scripts (what Edge Legacy, Safari and Chromium run) or its nomodule scripts (what
 * Internet Explorer 11 runs), after removing the built-ins that browser lacks (not Symbol: this
 * engine's own built-ins are keyed by real symbols, which core-js's Symbol cannot stand beside). Each window has its
 * own built-ins, so removing them here never touches the test's own.
 */
import fs from 'fs';
import path from 'path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { InstalledFakeExcel } from '../fake-excel/install';

/** Built-ins Edge Legacy (EdgeHTML 18) does not have: ES2019 and later, and a few web APIs. */
export const EDGE_18_MISSING = [
  'Object.fromEntries', 'Object.hasOwn', 'Object.groupBy',
  'Array.prototype.flat', 'Array.prototype.flatMap', 'Array.prototype.at', 'Array.prototype.findLast',
  'Array.prototype.findLastIndex', 'Array.prototype.toSorted', 'Array.prototype.toReversed',
  'String.prototype.matchAll', 'String.prototype.replaceAll', 'String.prototype.trimStart',
  'String.prototype.trimEnd', 'String.prototype.at', 'Promise.allSettled', 'Promise.any',
  'structuredClone', 'queueMicrotask', 'Element.prototype.replaceChildren',
];

/** What Internet Explorer 11 lacks on top of that: most of ES2015+, and String.prototype.normalize. */
export const IE_11_MISSING = [
  ...EDGE_18_MISSING,
  'Object.assign', 'Object.values', 'Object.entries', 'Object.getOwnPropertyDescriptors',
  'Array.from', 'Array.of', 'Array.prototype.find', 'Array.prototype.findIndex', 'Array.prototype.includes',
  'Array.prototype.fill', 'Array.prototype.entries', 'Array.prototype.keys', 'Array.prototype.values',
  'String.prototype.includes', 'String.prototype.startsWith', 'String.prototype.endsWith',
  'String.prototype.padStart', 'String.prototype.padEnd', 'String.prototype.repeat',
  'String.prototype.normalize', 'String.prototype.codePointAt', 'String.fromCodePoint',
  'Number.isInteger', 'Number.isFinite', 'Number.isNaN', 'Number.parseFloat', 'Math.trunc', 'Math.sign',
  'Promise', 'URL', 'URLSearchParams', 'Element.prototype.remove', 'Element.prototype.append',
];

export type Browser = 'modern' | 'legacy';

export interface LoadedPage {
  window: JSDOM['window'];
  fake: InstalledFakeExcel;
  /** Uncaught errors and console.error calls of the page. */
  problems: string[];
}

/** The page's scripts: Office.js's stand-in, those IE11 runs (not type=module), those modern browsers run. */
export function pageScripts(html: string): { officeJs: string; classic: string[]; modules: string[] } {
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  const src = (attributes: string) => /\bsrc=["']?([^"' >]+)/.exec(attributes)?.[1];
  const officeJs = src(tags[0]) ?? '';
  const rest = tags.slice(1);
  const isModule = (attributes: string) => /\btype=["']?module\b/.test(attributes);
  return {
    officeJs,
    classic: rest.filter((a) => !isModule(a)).map((a) => src(a) ?? '(inline)'),
    modules: rest.filter(isModule).map((a) => src(a) ?? '(inline)'),
  };
}

function removeBuiltIns(window: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const parts = name.split('.');
    const property = parts.pop() as string;
    let owner: Record<string, unknown> | undefined = window;
    for (const part of parts) owner = owner?.[part] as Record<string, unknown> | undefined;
    if (owner && property in owner) delete owner[property];
  }
}

export function loadBuiltPage(dir: string, page: string, browser: Browser, query = ''): LoadedPage {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const problems: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => problems.push(`${error.message} ${(error as { detail?: unknown }).detail ?? ''}`));
  virtualConsole.on('error', (...args: unknown[]) => problems.push(args.map(String).join(' ')));
  // Scripts are run below, one by one, not by jsdom: it would run both kinds.
  const dom = new JSDOM(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''), {
    url: `http://localhost/${page}${query}`,
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole,
  });
  const window = dom.window as unknown as JSDOM['window'] & Record<string, unknown>;
  const run = (file: string) => window.eval(fs.readFileSync(path.join(dir, file), 'utf8'));
  const scripts = pageScripts(html);
  run(scripts.officeJs);
  const fake = window.__phulucFake as InstalledFakeExcel;
  removeBuiltIns(window, browser === 'modern' ? EDGE_18_MISSING : IE_11_MISSING);
  for (const file of browser === 'modern' ? scripts.modules : scripts.classic) run(file);
  return { window, fake, problems };
}

/** Lets the page's pending work (promises, zero-delay timers) run; no waiting on the clock. */
export async function settle(window: JSDOM['window'], rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
}
