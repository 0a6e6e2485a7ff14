/**
 * `office-addin-manifest validate` needs a web service, so the manifest is checked here instead:
 * well-formed, elements in the schema's order, every resid resolves, https everywhere, Office's
 * string limits, icons present at the declared sizes, the ribbon's functions exist — and the
 * webpack build copies it with the production URL.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_TEXT = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

// Limits from the manifest reference (learn.microsoft.com/javascript/api/manifest): DisplayName and
// ShortString values 125 characters, Description and LongString values 250, resource ids and
// resid 32, Group and Control ids 125, URLs 2048.
const LIMITS = { short: 125, long: 250, resid: 32, controlId: 125, url: 2048 };

interface WebpackModule {
  (env?: Record<string, unknown>, argv?: Record<string, unknown>): Promise<WebpackConfig>;
  DEV_URL: string;
  DEFAULT_PROD_URL: string;
  OFFICE_JS_CDN: string;
  substituteManifestUrls(xml: string, baseUrl: string, devUrl?: string): string;
  normalizeBaseUrl(url: string): string;
}
interface CopyPattern {
  from: string;
  to: string;
  transform?: { transformer: (content: Buffer, absoluteFrom: string) => Buffer | string };
}
interface WebpackConfig {
  mode: string;
  devServer?: unknown;
  plugins: Array<{ constructor: { name: string }; patterns?: CopyPattern[]; userOptions?: Record<string, unknown> }>;
}

const webpackConfig = require('../webpack.config.js') as WebpackModule;

function parse(xml: string) {
  return new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`manifest.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const doc = parse(MANIFEST_TEXT);
const root = doc.documentElement as Element;

function children(element: Element): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as Element);
  }
  return result;
}

function child(element: Element, name: string): Element {
  const found = children(element).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`<${element.localName}> should have one <${name}>, has ${found.length}`);
  return found[0];
}

/** Descendants by local name, whatever their prefix (bt:Image is an "Image"). */
function all(element: Element, name: string, ns = '*'): Element[] {
  const list = element.getElementsByTagNameNS(ns, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as Element);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, 'type');
}

/** The children appear only in this order (each optional unless the test says otherwise). */
function expectOrder(element: Element, sequence: string[]) {
  let last = -1;
  for (const c of children(element)) {
    const index = sequence.indexOf(c.localName ?? '');
    if (index < 0) throw new Error(`<${c.localName}> is not a valid child of <${element.localName}>`);
    if (index < last) {
      throw new Error(`<${c.localName}> is out of order in <${element.localName}>: expected ${sequence.join(', ')}`);
    }
    last = index;
  }
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file the dev server serves at a manifest URL. */
function sourceOf(url: string): string {
  const relative = url.slice(webpackConfig.DEV_URL.length);
  const pages: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'commands.html': 'src/commands/commands.html',
  };
  return path.join(ROOT, pages[relative] ?? relative);
}

/** Every URL in the manifest with where it is. */
function manifestUrls(document: ReturnType<typeof parse>): Array<{ where: string; url: string }> {
  const result: Array<{ where: string; url: string }> = [];
  const urlElements = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url', 'AppDomain'];
  for (const name of urlElements) {
    for (const element of all(document.documentElement as Element, name)) {
      if (element.localName === 'Image' && element.namespaceURI !== NS.bt) continue;
      if (element.hasAttribute('resid')) continue; // a reference, checked by the resid test
      const value = element.getAttribute('DefaultValue') ?? element.textContent ?? '';
      result.push({ where: name, url: value.trim() });
      for (const override of children(element).filter((c) => c.localName === 'Override')) {
        result.push({ where: `${name}/Override`, url: override.getAttribute('Value') ?? '' });
      }
    }
  }
  return result;
}

describe('manifest.xml', () => {
  test('is well-formed XML with a TaskPaneApp root', () => {
    expect(() => parse(MANIFEST_TEXT)).not.toThrow();
    expect(() => parse(MANIFEST_TEXT.replace('</Hosts>', ''))).toThrow();
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe('TaskPaneApp');
  });

  test('OfficeApp children follow the schema order and the required ones are there', () => {
    expectOrder(root, [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
    ]);
    for (const name of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions']) {
      expect(() => child(root, name)).not.toThrow();
    }
    for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl']) {
      expectOrder(child(root, name), ['Override']);
    }
    expectOrder(child(root, 'Requirements'), ['Sets', 'Methods']);
    expectOrder(child(root, 'DefaultSettings'), ['SourceLocation', 'RequestedWidth', 'RequestedHeight']);
  });

  test('VersionOverrides children follow the schema order', () => {
    const overrides = child(root, 'VersionOverrides');
    expect(overrides.namespaceURI).toBe(NS.ov);
    expect(xsiType(overrides)).toBe('VersionOverridesV1_0');
    expectOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins']);
    for (const host of children(child(overrides, 'Hosts'))) {
      expect(host.localName).toBe('Host');
      expectOrder(host, ['AllFormFactors', 'DesktopFormFactor']);
    }
    for (const form of all(overrides, 'DesktopFormFactor')) {
      expectOrder(form, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
      expect(all(form, 'ExtensionPoint').length).toBeGreaterThan(0);
    }
    for (const getStarted of all(overrides, 'GetStarted')) expectOrder(getStarted, ['Title', 'Description', 'LearnMoreUrl']);
    for (const point of all(overrides, 'ExtensionPoint')) expectOrder(point, ['OfficeTab', 'CustomTab', 'OfficeMenu']);
    for (const tab of all(overrides, 'OfficeTab')) expectOrder(tab, ['Group']);
    for (const group of all(overrides, 'Group')) {
      expectOrder(group, ['Label', 'Icon', 'Control']);
      child(group, 'Label');
      child(group, 'Icon');
    }
    for (const control of all(overrides, 'Control')) {
      expect(xsiType(control)).toBe('Button');
      expectOrder(control, ['Label', 'Supertip', 'Icon', 'Action']);
      for (const name of ['Label', 'Supertip', 'Icon', 'Action']) child(control, name);
      expectOrder(child(control, 'Supertip'), ['Title', 'Description']);
    }
    for (const action of all(overrides, 'Action')) {
      const type = xsiType(action);
      if (type === 'ShowTaskpane') {
        expectOrder(action, ['TaskpaneId', 'SourceLocation', 'Title']);
        child(action, 'SourceLocation');
      } else {
        expect(type).toBe('ExecuteFunction');
        expectOrder(action, ['FunctionName']);
      }
    }
    const resources = child(overrides, 'Resources');
    expectOrder(resources, ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
    for (const list of children(resources)) {
      for (const item of children(list)) {
        expect(item.localName).toBe(list.localName === 'Images' ? 'Image' : list.localName === 'Urls' ? 'Url' : 'String');
        expectOrder(item, ['Override']);
      }
    }
  });

  test('Id is a GUID, Version has up to four numbers, locale is vi-VN with en-US overrides', () => {
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version').textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(child(root, 'DefaultLocale').textContent).toBe('vi-VN');
    expect(child(root, 'DisplayName').getAttribute('DefaultValue')).toBe('Phụ lục');
    for (const name of ['DisplayName', 'Description']) {
      const locales = all(child(root, name), 'Override').map((o) => o.getAttribute('Locale'));
      expect(locales).toContain('en-US');
    }
  });

  test('the add-in is a Workbook task pane that may write, needing only ExcelApi 1.1', () => {
    expect(all(child(root, 'Hosts'), 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
    const sets = all(child(root, 'Requirements'), 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    const overrides = child(root, 'VersionOverrides');
    expect(all(child(overrides, 'Hosts'), 'Host').map(xsiType)).toEqual(['Workbook']);
  });

  test('the ribbon group sits on the Home tab and opens the pane, checks and summarises', () => {
    const tabs = all(root, 'OfficeTab');
    expect(tabs.map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    const points = all(root, 'ExtensionPoint').map(xsiType);
    expect(points).toEqual(['PrimaryCommandSurface']);
    const actions = all(root, 'Action').map((a) => [xsiType(a), all(a, 'FunctionName')[0]?.textContent ?? null]);
    expect(actions).toEqual([
      ['ShowTaskpane', null],
      ['ExecuteFunction', 'checkWorkbook'],
      ['ExecuteFunction', 'summarizeWorkbook'],
    ]);
  });

  test('every ExecuteFunction name is registered in src/commands/commands.ts', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const names = all(root, 'FunctionName').map((f) => (f.textContent ?? '').trim());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(source).toMatch(new RegExp(`\\b${name}\\s*:`));
    }
    expect(source).toMatch(/Office\.actions\.associate\(/);
    expect(all(root, 'FunctionFile')).toHaveLength(1);
  });

  test('every resid resolves to a resource of the right kind, ids are unique and short', () => {
    const resources = child(child(root, 'VersionOverrides'), 'Resources');
    const ids = new Map<string, string>();
    for (const list of children(resources)) {
      for (const item of children(list)) {
        const id = item.getAttribute('id') ?? '';
        expect(id.length).toBeGreaterThan(0);
        expect(id.length).toBeLessThanOrEqual(LIMITS.resid);
        expect(ids.has(id)).toBe(false);
        ids.set(id, list.localName ?? '');
      }
    }
    const references = all(root, '*').filter((e) => e.hasAttribute('resid'));
    expect(references.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const element of references) {
      const resid = element.getAttribute('resid') ?? '';
      expect(resid.length).toBeLessThanOrEqual(LIMITS.resid);
      const parentName = (element.parentNode as Element | null)?.localName;
      const expected =
        element.localName === 'Image'
          ? 'Images'
          : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(element.localName ?? '')
            ? 'Urls'
            : element.localName === 'Description' && parentName !== 'VersionOverrides'
              ? 'LongStrings'
              : ['Label', 'Title'].includes(element.localName ?? '')
                ? 'ShortStrings'
                : 'LongStrings';
      if (ids.get(resid) !== expected) {
        throw new Error(`<${element.localName} resid="${resid}"> should name one of <${expected}>, found ${ids.get(resid) ?? 'nothing'}`);
      }
      used.add(resid);
    }
    expect([...ids.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('strings and ids are within Office limits', () => {
    const check = (what: string, value: string | null, max: number) => {
      expect(value).not.toBeNull();
      if ((value ?? '').length === 0 || (value ?? '').length > max) {
        throw new Error(`${what} must have 1–${max} characters: "${value}" has ${(value ?? '').length}`);
      }
    };
    check('ProviderName', child(root, 'ProviderName').textContent, LIMITS.short);
    const localized: Array<[string, number]> = [['DisplayName', LIMITS.short], ['Description', LIMITS.long]];
    for (const [name, max] of localized) {
      const element = child(root, name);
      check(name, element.getAttribute('DefaultValue'), max);
      for (const o of all(element, 'Override')) check(`${name} ${o.getAttribute('Locale')}`, o.getAttribute('Value'), max);
    }
    const resources = child(child(root, 'VersionOverrides'), 'Resources');
    const lists: Array<[string, number]> = [['ShortStrings', LIMITS.short], ['LongStrings', LIMITS.long]];
    for (const [list, max] of lists) {
      for (const s of children(child(resources, list))) {
        check(`${list} ${s.getAttribute('id')}`, s.getAttribute('DefaultValue'), max);
        for (const o of all(s, 'Override')) check(`${list} ${s.getAttribute('id')} ${o.getAttribute('Locale')}`, o.getAttribute('Value'), max);
      }
    }
    for (const name of ['Group', 'Control']) {
      const ids = all(root, name).map((e) => e.getAttribute('id') ?? '');
      for (const id of ids) check(`${name} id`, id, LIMITS.controlId);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const t of all(root, 'TaskpaneId')) check('TaskpaneId', t.textContent, LIMITS.short);
  });

  test('every URL is https on the dev server (so the build can substitute it) and within 2048 characters', () => {
    const urls = manifestUrls(doc);
    expect(urls.length).toBeGreaterThan(10);
    for (const { where, url } of urls) {
      expect(`${where} ${url}`).toMatch(new RegExp(`^${where} https://`));
      expect(url.length).toBeLessThanOrEqual(LIMITS.url);
      expect(`${where} ${url.startsWith(webpackConfig.DEV_URL)}`).toBe(`${where} true`);
    }
  });

  test('every URL points at a file in the repository', () => {
    for (const { url } of manifestUrls(doc)) {
      const file = sourceOf(url);
      if (!fs.existsSync(file)) throw new Error(`${url}: ${path.relative(ROOT, file)} does not exist`);
    }
  });

  test('icons exist at the sizes declared (16, 32, 64, 80) and are PNGs of that size', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    const expectSize = (url: string, size: number) => {
      expect(url).toMatch(/\.png$/);
      expect({ url, ...pngSize(sourceOf(url)) }).toEqual({ url, width: size, height: size });
    };
    expectSize(child(root, 'IconUrl').getAttribute('DefaultValue') ?? '', 32);
    expectSize(child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64);
    const images = new Map(all(root, 'Image', NS.bt).filter((i) => i.hasAttribute('id')).map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue') ?? '']));
    for (const icon of all(root, 'Icon')) {
      const sizes = all(icon, 'Image', NS.bt).map((image) => {
        const size = Number(image.getAttribute('size'));
        expectSize(images.get(image.getAttribute('resid')) ?? '', size);
        return size;
      });
      // Office needs 16, 32 and 80 for every ribbon icon.
      expect(sizes).toEqual([16, 32, 80]);
    }
  });
});

describe('webpack copies the manifest with the production URL', () => {
  async function manifestPattern(env: Record<string, unknown>, mode = 'production') {
    const config = await webpackConfig(env, { mode });
    const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin' || Array.isArray(p.patterns));
    const pattern = copy?.patterns?.find((p) => p.from === 'manifest.xml');
    if (!pattern?.transform) throw new Error('no manifest.xml copy pattern with a transform');
    return { config, copy, transform: pattern.transform.transformer };
  }

  test('the substitution replaces every dev URL and nothing else', () => {
    const base = 'https://intranet.example.gov.vn/phuluc/';
    const out = webpackConfig.substituteManifestUrls(MANIFEST_TEXT, base);
    expect(out).not.toContain(webpackConfig.DEV_URL);
    expect(out.split(base).join(webpackConfig.DEV_URL)).toBe(MANIFEST_TEXT);
    const urls = manifestUrls(parse(out));
    for (const { url } of urls) expect(url.startsWith(base)).toBe(true);
  });

  test('--env url=… is normalised to an https folder URL; anything else is refused', () => {
    expect(webpackConfig.normalizeBaseUrl('https://intranet.example.gov.vn/phuluc')).toBe('https://intranet.example.gov.vn/phuluc/');
    expect(webpackConfig.normalizeBaseUrl('https://Host.example.vn')).toBe('https://host.example.vn/');
    expect(() => webpackConfig.normalizeBaseUrl('http://host.example.vn/')).toThrow(/https/);
    expect(() => webpackConfig.normalizeBaseUrl('host.example.vn')).toThrow(/not a URL/);
    expect(() => webpackConfig.normalizeBaseUrl('https://host.example.vn/?a=1')).toThrow();
  });

  test('a production build writes the URL given with --env url', async () => {
    const { transform } = await manifestPattern({ url: 'https://intranet.example.gov.vn/phuluc' });
    const out = transform(Buffer.from(MANIFEST_TEXT, 'utf8'), path.join(ROOT, 'manifest.xml')).toString();
    expect(out).not.toContain(webpackConfig.DEV_URL);
    expect(out).toContain('<SourceLocation DefaultValue="https://intranet.example.gov.vn/phuluc/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://intranet.example.gov.vn/phuluc/commands.html"');
    expect(() => parse(out)).not.toThrow();
  });

  test('a production build without --env url uses the default production URL; a development build keeps localhost', async () => {
    const production = await manifestPattern({});
    const prodOut = production.transform(Buffer.from(MANIFEST_TEXT), 'manifest.xml').toString();
    expect(prodOut).toContain(`${webpackConfig.DEFAULT_PROD_URL}taskpane.html`);
    expect(prodOut).not.toContain(webpackConfig.DEV_URL);
    const development = await manifestPattern({}, 'development');
    expect(development.transform(Buffer.from(MANIFEST_TEXT), 'manifest.xml').toString()).toBe(MANIFEST_TEXT);
  });

  test('Office.js comes from the CDN unless --env officejs=local, which copies @microsoft/office-js', async () => {
    const officeJsOf = (config: WebpackConfig) =>
      config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions?.officeJs);
    const cdn = await manifestPattern({});
    expect(officeJsOf(cdn.config)).toEqual([webpackConfig.OFFICE_JS_CDN, webpackConfig.OFFICE_JS_CDN]);
    expect(cdn.copy?.patterns?.some((p) => p.to === 'office-js')).toBe(false);
    const local = await manifestPattern({ officejs: 'local' });
    expect(officeJsOf(local.config)).toEqual(['office-js/office.js', 'office-js/office.js']);
    const officeJs = local.copy?.patterns?.find((p) => p.to === 'office-js');
    expect(officeJs && fs.existsSync(path.join(officeJs.from, 'office.js'))).toBe(true);
    await expect(webpackConfig({ officejs: 'intranet' }, { mode: 'production' })).rejects.toThrow(/officejs/);
  });

  test('each page gets only its own entry', async () => {
    const { config } = await manifestPattern({});
    const pages = config.plugins
      .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
      .map((p) => [p.userOptions?.filename, p.userOptions?.chunks]);
    expect(pages).toEqual([
      ['taskpane.html', ['taskpane']],
      ['commands.html', ['commands']],
    ]);
    expect(config.devServer).toBeUndefined();
  });
});
