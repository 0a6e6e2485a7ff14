/**
 * `office-addin-manifest validate` needs a web service, so the manifest is checked here instead:
 * well-formed, elements in the schema's order, every resid resolves, https everywhere, Office's
 * string limits, icons present at the declared sizes, the ribbon's functions exist — and the
 * webpack build copies it with the production URL.
 *
 * The schema checks live in one function, `manifestProblems`, which is run on the real manifest
 * (no problems) and on broken copies of it (each one reported): a check that cannot fail would
 * pass the broken copies too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

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
  (env?: Record<string, unknown>, argv?: Record<string, unknown>): Promise<WebpackConfig[]>;
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
  entry: Record<string, string>;
  devServer?: unknown;
  plugins: Array<{ constructor: { name: string }; patterns?: CopyPattern[]; userOptions?: Record<string, unknown> }>;
}

const webpackConfig = require('../webpack.config.js') as WebpackModule;

function parse(xml: string): Document {
  return new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`manifest.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

function children(element: Element): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) result.push(node as Element);
  }
  return result;
}

/** Descendants by local name, whatever their prefix (bt:Image is an "Image"). */
function all(element: Element, name: string, ns = '*'): Element[] {
  const list = element.getElementsByTagNameNS(ns, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as Element);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, 'type');
}

function pngSize(file: string): { width: number; height: number } | null {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file served at `url` when the manifest's URLs start with `baseUrl`. */
function sourceOf(url: string, baseUrl: string): string | null {
  if (!url.startsWith(baseUrl)) return null;
  const relative = url.slice(baseUrl.length);
  const pages: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'commands.html': 'src/commands/commands.html',
  };
  return path.join(ROOT, pages[relative] ?? relative);
}

/** Every URL in the manifest with where it is (resid references excluded: they are not URLs). */
function manifestUrls(root: Element): Array<{ where: string; url: string }> {
  const result: Array<{ where: string; url: string }> = [];
  const urlElements = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url', 'AppDomain'];
  for (const name of urlElements) {
    for (const element of all(root, name)) {
      if (element.localName === 'Image' && element.namespaceURI !== NS.bt) continue;
      if (element.hasAttribute('resid')) continue;
      const value = element.getAttribute('DefaultValue') ?? element.textContent ?? '';
      result.push({ where: name, url: value.trim() });
      for (const override of children(element).filter((c) => c.localName === 'Override')) {
        result.push({ where: `${name}/Override`, url: override.getAttribute('Value') ?? '' });
      }
    }
  }
  return result;
}

/**
 * What the TaskPaneApp schema and Office's limits would reject in `xml`, one line per problem;
 * empty when the manifest is fine. `baseUrl` is where every URL must point (the dev server in the
 * repository, the production URL in a build) and maps URLs back to repository files.
 */
function manifestProblems(xml: string, baseUrl = webpackConfig.DEV_URL): string[] {
  const problems: string[] = [];
  let root: Element;
  try {
    root = parse(xml).documentElement as Element;
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`];
  }

  /** The children appear only in this order; `required` ones exactly once. */
  const order = (element: Element, sequence: string[], required: string[] = []) => {
    let last = -1;
    for (const c of children(element)) {
      const index = sequence.indexOf(c.localName ?? '');
      if (index < 0) {
        problems.push(`<${c.localName}> is not a valid child of <${element.localName}>`);
      } else if (index < last) {
        problems.push(`<${c.localName}> is out of order in <${element.localName}>: expected ${sequence.join(', ')}`);
      } else {
        last = index;
      }
    }
    for (const name of required) {
      const count = children(element).filter((c) => c.localName === name).length;
      if (count !== 1) problems.push(`<${element.localName}> should have one <${name}>, has ${count}`);
    }
  };
  const one = (element: Element, name: string): Element | undefined =>
    children(element).find((c) => c.localName === name);
  const length = (what: string, value: string | null, max: number) => {
    const text = value ?? '';
    if (text.length === 0 || text.length > max) problems.push(`${what} must have 1–${max} characters, has ${text.length}`);
  };

  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app || xsiType(root) !== 'TaskPaneApp') {
    problems.push('the root must be <OfficeApp xsi:type="TaskPaneApp"> in the appforoffice/1.1 namespace');
  }
  order(
    root,
    [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
    ],
    ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
  );
  for (const name of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl']) {
    const element = one(root, name);
    if (element) order(element, ['Override']);
  }
  const requirements = one(root, 'Requirements');
  if (requirements) order(requirements, ['Sets', 'Methods']);
  const settings = one(root, 'DefaultSettings');
  if (settings) order(settings, ['SourceLocation', 'RequestedWidth', 'RequestedHeight'], ['SourceLocation']);

  // VersionOverrides: the ribbon.
  const overrides = one(root, 'VersionOverrides');
  const resourceKinds = new Map<string, string>();
  if (overrides) {
    if (overrides.namespaceURI !== NS.ov || xsiType(overrides) !== 'VersionOverridesV1_0') {
      problems.push('<VersionOverrides> must be VersionOverridesV1_0 in the taskpaneappversionoverrides namespace');
    }
    order(overrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'], ['Hosts', 'Resources']);
    for (const host of children(one(overrides, 'Hosts') ?? overrides).filter((c) => c.localName === 'Host')) {
      order(host, ['AllFormFactors', 'DesktopFormFactor']);
    }
    for (const form of all(overrides, 'DesktopFormFactor')) {
      order(form, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], all(form, 'FunctionName').length > 0 ? ['FunctionFile'] : []);
      if (all(form, 'ExtensionPoint').length === 0) problems.push('<DesktopFormFactor> has no <ExtensionPoint>');
    }
    for (const getStarted of all(overrides, 'GetStarted')) order(getStarted, ['Title', 'Description', 'LearnMoreUrl'], ['Title', 'Description']);
    for (const point of all(overrides, 'ExtensionPoint')) order(point, ['OfficeTab', 'CustomTab', 'OfficeMenu']);
    for (const tab of all(overrides, 'OfficeTab')) order(tab, ['Group']);
    for (const group of all(overrides, 'Group')) order(group, ['Label', 'Icon', 'Control'], ['Label', 'Icon']);
    for (const control of all(overrides, 'Control')) {
      if (xsiType(control) !== 'Button') problems.push(`<Control id="${control.getAttribute('id')}"> must be a Button`);
      order(control, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
      const supertip = one(control, 'Supertip');
      if (supertip) order(supertip, ['Title', 'Description'], ['Title', 'Description']);
    }
    for (const action of all(overrides, 'Action')) {
      const type = xsiType(action);
      if (type === 'ShowTaskpane') order(action, ['TaskpaneId', 'SourceLocation', 'Title'], ['SourceLocation']);
      else if (type === 'ExecuteFunction') order(action, ['FunctionName'], ['FunctionName']);
      else problems.push(`<Action xsi:type="${type}"> is neither ShowTaskpane nor ExecuteFunction`);
    }
    const resources = one(overrides, 'Resources');
    if (resources) {
      order(resources, ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
      const itemName: Record<string, string> = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };
      for (const list of children(resources)) {
        for (const item of children(list)) {
          if (item.localName !== itemName[list.localName ?? '']) problems.push(`<${item.localName}> in <${list.localName}>`);
          order(item, ['Override']);
          const id = item.getAttribute('id') ?? '';
          length(`resource id "${id}"`, id, LIMITS.resid);
          if (resourceKinds.has(id)) problems.push(`resource id "${id}" is defined twice`);
          resourceKinds.set(id, list.localName ?? '');
        }
      }
      const limits: Array<[string, number]> = [['ShortStrings', LIMITS.short], ['LongStrings', LIMITS.long]];
      for (const [list, max] of limits) {
        for (const s of all(resources, list).flatMap(children)) {
          length(`${list} ${s.getAttribute('id')}`, s.getAttribute('DefaultValue'), max);
          for (const o of all(s, 'Override')) length(`${list} ${s.getAttribute('id')} ${o.getAttribute('Locale')}`, o.getAttribute('Value'), max);
        }
      }
    }
  }

  // Every resid names a resource of the kind its element expects; every resource is used.
  const used = new Set<string>();
  for (const element of all(root, '*').filter((e) => e.hasAttribute('resid'))) {
    const resid = element.getAttribute('resid') ?? '';
    const name = element.localName ?? '';
    const expected =
      name === 'Image'
        ? 'Images'
        : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(name)
          ? 'Urls'
          : ['Label', 'Title'].includes(name)
            ? 'ShortStrings'
            : 'LongStrings';
    if (resid.length > LIMITS.resid) problems.push(`resid "${resid}" is longer than ${LIMITS.resid} characters`);
    if (resourceKinds.get(resid) !== expected) {
      problems.push(`<${name} resid="${resid}"> should name one of <${expected}>, found ${resourceKinds.get(resid) ?? 'nothing'}`);
    }
    used.add(resid);
  }
  for (const id of resourceKinds.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // Office's string limits outside the resources.
  length('ProviderName', one(root, 'ProviderName')?.textContent ?? null, LIMITS.short);
  const localized: Array<[string, number]> = [['DisplayName', LIMITS.short], ['Description', LIMITS.long]];
  for (const [name, max] of localized) {
    const element = one(root, name);
    if (!element) continue;
    length(name, element.getAttribute('DefaultValue'), max);
    for (const o of all(element, 'Override')) length(`${name} ${o.getAttribute('Locale')}`, o.getAttribute('Value'), max);
  }
  for (const name of ['Group', 'Control']) {
    const ids = all(root, name).map((e) => e.getAttribute('id') ?? '');
    for (const id of ids) length(`${name} id "${id}"`, id, LIMITS.controlId);
    if (new Set(ids).size !== ids.length) problems.push(`${name} ids are not unique`);
  }
  for (const t of all(root, 'TaskpaneId')) length('TaskpaneId', t.textContent, LIMITS.short);

  // URLs: https, on `baseUrl` (so the build can substitute them), served from a repository file.
  for (const { where, url } of manifestUrls(root)) {
    if (!url.startsWith('https://')) problems.push(`${where} ${url} is not https`);
    if (url.length > LIMITS.url) problems.push(`${where} URL is longer than ${LIMITS.url} characters`);
    const file = sourceOf(url, baseUrl);
    if (!file) problems.push(`${where} ${url} is not under ${baseUrl}`);
    else if (!fs.existsSync(file)) problems.push(`${where} ${url}: ${path.relative(ROOT, file)} does not exist`);
  }

  // Icons: PNGs of the size each place declares; every ribbon icon at 16, 32 and 80.
  const iconSize = (where: string, url: string, size: number) => {
    const file = sourceOf(url, baseUrl);
    if (!file || !fs.existsSync(file)) return; // reported with the URLs
    const actual = pngSize(file);
    if (!actual) problems.push(`${where} ${url} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${where} ${url} is ${actual.width}×${actual.height}, should be ${size}×${size}`);
    }
  };
  const fixedIcons: Array<[string, number]> = [['IconUrl', 32], ['HighResolutionIconUrl', 64]];
  for (const [name, size] of fixedIcons) {
    const element = one(root, name);
    if (element) iconSize(name, element.getAttribute('DefaultValue') ?? '', size);
  }
  const imageUrls = new Map(
    all(root, 'Image', NS.bt).filter((i) => i.hasAttribute('id')).map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue') ?? '']),
  );
  for (const icon of all(root, 'Icon')) {
    const images = all(icon, 'Image', NS.bt);
    const sizes = images.map((image) => Number(image.getAttribute('size')));
    if (sizes.join() !== '16,32,80') problems.push(`a ribbon <Icon> has sizes ${sizes.join(', ')}; Office needs 16, 32, 80`);
    for (const image of images) {
      const url = imageUrls.get(image.getAttribute('resid'));
      if (url) iconSize(`Image ${image.getAttribute('resid')}`, url, Number(image.getAttribute('size')));
    }
  }
  return problems;
}

/** The manifest with `from` replaced by `to` once; a mutation that matches nothing is a broken test. */
function mutate(from: string | RegExp, to: string, xml = MANIFEST_TEXT): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${from}`);
  return out;
}

const doc = parse(MANIFEST_TEXT);
const root = doc.documentElement as Element;

describe('manifest.xml', () => {
  test('passes every schema, resid, length, URL and icon check', () => {
    expect(manifestProblems(MANIFEST_TEXT)).toEqual([]);
  });

  const long = (n: number) => 'x'.repeat(n);
  test.each<[string, string, RegExp]>([
    ['a missing end tag', mutate('</Hosts>', ''), /not well-formed/],
    ['a root that is not a TaskPaneApp', mutate('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'), /TaskPaneApp/],
    ['Permissions before DefaultSettings', mutate(/(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\s*(<Permissions>.*<\/Permissions>)/, '$2$1'), /<DefaultSettings> is out of order in <OfficeApp>/],
    ['a missing Id', mutate(/<Id>.*<\/Id>/, ''), /<OfficeApp> should have one <Id>, has 0/],
    ['an unknown element', mutate('<Permissions>', '<Permission>x</Permission><Permissions>'), /<Permission> is not a valid child of <OfficeApp>/],
    ['Resources before Hosts in VersionOverrides', mutate(/(<Hosts>\s*<Host xsi:type="Workbook">[\s\S]*<\/Hosts>)\s*(<Resources>[\s\S]*<\/Resources>)/, '$2$1'), /<Hosts> is out of order in <VersionOverrides>/],
    ['FunctionFile after ExtensionPoint', mutate(/(<FunctionFile resid="Commands.Url"\/>)\s*(<ExtensionPoint[\s\S]*<\/ExtensionPoint>)/, '$2$1'), /<FunctionFile> is out of order in <DesktopFormFactor>/],
    ['Supertip before Label in a button', mutate(/(<Label resid="Check.Label"\/>)\s*(<Supertip>[\s\S]*?<\/Supertip>)/, '$2$1'), /<Label> is out of order in <Control>/],
    ['a button without an Action', mutate(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkWorkbook<\/FunctionName>\s*<\/Action>/, ''), /<Control> should have one <Action>, has 0/],
    ['LongStrings before ShortStrings', mutate(/(<bt:ShortStrings>[\s\S]*<\/bt:ShortStrings>)\s*(<bt:LongStrings>[\s\S]*<\/bt:LongStrings>)/, '$2$1'), /<ShortStrings> is out of order in <Resources>/],
    ['a resid naming nothing', mutate('<Label resid="Check.Label"/>', '<Label resid="Check.Labl"/>'), /<Label resid="Check.Labl"> should name one of <ShortStrings>, found nothing/],
    ['a label naming a long string', mutate('<Label resid="Check.Label"/>', '<Label resid="Check.Tooltip"/>'), /should name one of <ShortStrings>, found LongStrings/],
    ['an image naming a URL', mutate('<bt:Image size="16" resid="Icon.16"/>', '<bt:Image size="16" resid="Taskpane.Url"/>'), /<Image resid="Taskpane.Url"> should name one of <Images>/],
    ['a resource id over 32 characters', mutate(/"Summarize\.Tooltip"/g, `"${long(33)}"`), /resource id "x{33}" must have 1–32 characters/],
    ['a resource defined twice', mutate('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'), /"Commands.Url" is defined twice/],
    ['a resource nobody uses', mutate('</bt:Urls>', '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>'), /"Spare.Url" is never used/],
    ['a 126-character short string', mutate('DefaultValue="Tổng hợp"', `DefaultValue="${long(126)}"`), /ShortStrings Summarize.Label must have 1–125 characters, has 126/],
    ['a 251-character English long string', mutate(/(<bt:String id="Check.Tooltip"[\s\S]*?Locale="en-US" Value=")[^"]*"/, `$1${long(251)}"`), /LongStrings Check.Tooltip en-US must have 1–250 characters, has 251/],
    ['an empty short string', mutate('DefaultValue="Kiểm tra"', 'DefaultValue=""'), /ShortStrings Check.Label must have 1–125 characters, has 0/],
    ['a 126-character display name', mutate('<DisplayName DefaultValue="Phụ lục">', `<DisplayName DefaultValue="${long(126)}">`), /DisplayName must have 1–125 characters, has 126/],
    ['a 251-character description', mutate(/<Description DefaultValue="[^"]*">/, `<Description DefaultValue="${long(251)}">`), /^Description must have 1–250 characters, has 251/],
    ['two buttons with one id', mutate('id="PhuLuc.Summarize"', 'id="PhuLuc.Check"'), /Control ids are not unique/],
    ['an http URL', mutate('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), /Url http:\/\/localhost:3000\/commands.html is not https/],
    ['a URL off the dev server', mutate('https://localhost:3000/assets/support.html"/>\n  <Hosts>', 'https://example.com/support.html"/>\n  <Hosts>'), /SupportUrl https:\/\/example.com\/support.html is not under https:\/\/localhost:3000\//],
    ['a page that does not exist', mutate('localhost:3000/taskpane.html"/>\n      </bt:Urls>', 'localhost:3000/pane.html"/>\n      </bt:Urls>'), /pane.html does not exist/],
    ['a 16-pixel slot given the 32-pixel icon', mutate('assets/icon-16.png', 'assets/icon-32.png'), /Image Icon.16 .*icon-32.png is 32×32, should be 16×16/],
    ['a high-resolution icon of 32 pixels', mutate('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>'), /HighResolutionIconUrl .* is 32×32, should be 64×64/],
    ['an icon that is not a PNG', mutate('assets/check-80.png', 'assets/support.html'), /support.html is not a PNG/],
    ['a ribbon icon without its 80-pixel image', mutate(/\s*<bt:Image size="80" resid="SummaryIcon.80"\/>/, ''), /sizes 16, 32; Office needs 16, 32, 80/],
  ])('reports %s', (_what, broken, expected) => {
    expect(manifestProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  test('Id is a GUID, Version has up to four numbers, locale is vi-VN with en-US overrides', () => {
    expect(all(root, 'Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(all(root, 'Version')[0].textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(all(root, 'DefaultLocale')[0].textContent).toBe('vi-VN');
    expect(all(root, 'DisplayName')[0].getAttribute('DefaultValue')).toBe('Phụ lục');
    for (const element of [all(root, 'DisplayName')[0], children(root).find((c) => c.localName === 'Description') as Element]) {
      expect(all(element, 'Override').map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
    // Every ribbon string has its English too.
    for (const s of all(root, 'String', NS.bt)) {
      expect([s.getAttribute('id'), all(s, 'Override').map((o) => o.getAttribute('Locale'))]).toEqual([s.getAttribute('id'), ['en-US']]);
    }
  });

  test('the add-in is a Workbook task pane that may write, needing only ExcelApi 1.1', () => {
    expect(all(all(root, 'Hosts')[0], 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all(root, 'Permissions')[0].textContent).toBe('ReadWriteDocument');
    const sets = all(all(root, 'Requirements')[0], 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    expect(all(all(root, 'VersionOverrides')[0], 'Host').map(xsiType)).toEqual(['Workbook']);
  });

  test('the ribbon group sits on the Home tab and opens the pane, checks and summarises', () => {
    expect(all(root, 'OfficeTab').map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    expect(all(root, 'ExtensionPoint').map(xsiType)).toEqual(['PrimaryCommandSurface']);
    const actions = all(root, 'Action').map((a) => [xsiType(a), all(a, 'FunctionName')[0]?.textContent ?? null]);
    expect(actions).toEqual([
      ['ShowTaskpane', null],
      ['ExecuteFunction', 'checkWorkbook'],
      ['ExecuteFunction', 'summarizeWorkbook'],
    ]);
    const functionFile = all(root, 'FunctionFile')[0].getAttribute('resid');
    const url = all(root, 'Url', NS.bt).find((u) => u.getAttribute('id') === functionFile);
    expect(url?.getAttribute('DefaultValue')).toBe(`${webpackConfig.DEV_URL}commands.html`);
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
  });

  test('the add-in icons are PNGs of 16, 32, 64 and 80 pixels', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe('webpack copies the manifest with the production URL', () => {
  async function manifestPattern(env: Record<string, unknown>, mode = 'production') {
    const [config] = await webpackConfig(env, { mode });
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
    expect(manifestProblems(out, base)).toEqual([]);
    expect(manifestProblems(MANIFEST_TEXT, base)).toEqual(expect.arrayContaining([expect.stringMatching(/is not under https:\/\/intranet/)]));
  });

  test('--env url=… is normalised to an https folder URL; anything else is refused', () => {
    expect(webpackConfig.normalizeBaseUrl('https://intranet.example.gov.vn/phuluc')).toBe('https://intranet.example.gov.vn/phuluc/');
    expect(webpackConfig.normalizeBaseUrl('https://Host.example.vn')).toBe('https://host.example.vn/');
    expect(() => webpackConfig.normalizeBaseUrl('http://host.example.vn/')).toThrow(/https/);
    expect(() => webpackConfig.normalizeBaseUrl('host.example.vn')).toThrow(/not a URL/);
    expect(() => webpackConfig.normalizeBaseUrl('https://host.example.vn/?a=1')).toThrow();
  });

  test('a production build writes the URL given with --env url, and nothing about localhost', async () => {
    const { transform } = await manifestPattern({ url: 'https://intranet.example.gov.vn/phuluc' });
    const out = transform(Buffer.from(MANIFEST_TEXT, 'utf8'), path.join(ROOT, 'manifest.xml')).toString();
    // The checked-in manifest's comment says its URLs are the dev server's: not true of the copy.
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://intranet.example.gov.vn/phuluc/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://intranet.example.gov.vn/phuluc/commands.html"');
    expect(manifestProblems(out, 'https://intranet.example.gov.vn/phuluc/')).toEqual([]);
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
    expect(new Set(officeJsOf(cdn.config))).toEqual(new Set([webpackConfig.OFFICE_JS_CDN]));
    expect(cdn.copy?.patterns?.some((p) => p.to === 'office-js')).toBe(false);
    const local = await manifestPattern({ officejs: 'local' });
    expect(new Set(officeJsOf(local.config))).toEqual(new Set(['office-js/office.js']));
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
      ['notice.html', ['notice']],
    ]);
    expect(Object.keys(config.entry)).toEqual(['taskpane', 'commands', 'notice']);
    expect(config.devServer).toBeUndefined();
  });
});
