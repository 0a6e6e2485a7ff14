import { compareApiVersions, EXCEL_API_SETS } from './apiSets';
import { FakeUsageError, officeError, propertyNotLoaded } from './errors';
import type { WorkbookModel } from './model';

/**
 * The client side of Office.js as the fake models it: proxies queue commands; nothing reaches the
 * workbook until context.sync(), which runs the queue in order, stops at the first failing
 * command (earlier ones stay applied, as in Excel), checks the 5 MB request/response limits and
 * only then makes loaded values readable.
 */

export interface HostState {
  readonly model: WorkbookModel;
  apiVersion: string;
  payloadLimitBytes: number;
  /** The list separator Worksheet.getRanges splits on (the user's Windows locale). */
  listSeparator: ',' | ';';
  syncCount: number;
  /** Called before each queued command runs; throws to inject a failure. */
  beforeCommand(member: string): void;
}

/** What a sync brings back: loaded values, made visible only if the whole sync succeeds. */
export interface Stage {
  responseBytes: number;
  commits: (() => void)[];
}

interface Command {
  member: string;
  requestBytes: number;
  run(stage: Stage): void;
}

/** Bytes of a value as JSON in UTF-8: what travels between the add-in and Excel. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const supportCache = new Map<string, boolean>();

function isSupported(version: string, hostVersion: string): boolean {
  const key = `${version}|${hostVersion}`;
  let supported = supportCache.get(key);
  if (supported === undefined) supportCache.set(key, (supported = compareApiVersions(version, hostVersion) <= 0));
  return supported;
}

/** Envelope of one command in a request (object path, method name, ids). */
const COMMAND_OVERHEAD_BYTES = 40;

export class FakeRequestContext {
  _queue: Command[] = [];
  _closed = false;
  _workbook: unknown = undefined;

  constructor(
    readonly _host: HostState,
    private readonly _makeWorkbook: (context: FakeRequestContext) => unknown,
  ) {
    return strict(this, 'RequestContext');
  }

  get workbook(): unknown {
    this._requireApi('RequestContext.workbook');
    this._workbook ??= this._makeWorkbook(this);
    return this._workbook;
  }

  /** Real Excel fails on members newer than the host; so does the fake, at the call. */
  _requireApi(member: string): void {
    const version = EXCEL_API_SETS[member];
    if (!version) throw new FakeUsageError(`no requirement set recorded for ${member}`);
    if (!isSupported(version, this._host.apiVersion)) {
      throw officeError(
        'ApiNotFound',
        `The API you are trying to use could not be found. ${member} needs ExcelApi ${version}; this host supports ExcelApi ${this._host.apiVersion}.`,
        member,
      );
    }
  }

  _enqueue(member: string, run: (stage: Stage) => void, requestBytes = 0): void {
    if (this._closed) {
      throw officeError('InvalidRequestContext', 'Cannot use the object across different request contexts.', member);
    }
    this._queue.push({ member, run, requestBytes: requestBytes + COMMAND_OVERHEAD_BYTES });
  }

  get _hasPending(): boolean {
    return this._queue.length > 0;
  }

  async sync(): Promise<void> {
    if (this._closed) throw officeError('InvalidRequestContext', 'The request context is no longer valid.');
    const commands = this._queue;
    this._queue = [];
    // A round trip is asynchronous: nothing loaded is visible until this promise resolves.
    await Promise.resolve();
    this._host.syncCount++;
    const limit = this._host.payloadLimitBytes;
    const requestBytes = commands.reduce((sum, command) => sum + command.requestBytes, 0);
    if (requestBytes > limit) {
      throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    const stage: Stage = { responseBytes: 0, commits: [] };
    for (const command of commands) {
      this._host.beforeCommand(command.member);
      command.run(stage);
    }
    if (stage.responseBytes > limit) {
      throw officeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${stage.responseBytes} bytes).`,
      );
    }
    for (const commit of stage.commits) commit();
  }
}

/**
 * Members the fake does not model throw instead of reading as undefined (or silently accepting
 * a write), so code under test cannot rely on something only the fake "supports".
 */
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'toString',
  'valueOf',
  'inspect',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

export function strict<T extends object>(object: T, className: string): T {
  return new Proxy(object, {
    get(target, property, receiver) {
      // Internal members (leading underscore) are checked first: they are most of the traffic.
      if (typeof property === 'string' && property[0] !== '_' && !(property in target) && !INTROSPECTION.has(property)) {
        throw new FakeUsageError(`${className}.${property} is not implemented by the fake host`);
      }
      return Reflect.get(target, property, receiver);
    },
    set(target, property, value, receiver) {
      if (typeof property === 'string' && property[0] !== '_' && !(property in target)) {
        throw new FakeUsageError(`${className}.${property} is not implemented by the fake host`);
      }
      return Reflect.set(target, property, value, receiver);
    },
  });
}

type LoadSpec = string | string[] | undefined;

function parseLoadSpec(spec: LoadSpec | object): string[][] {
  if (spec === undefined) return [['*']];
  const list = typeof spec === 'string' ? [spec] : Array.isArray(spec) ? spec : undefined;
  if (!list) throw new FakeUsageError('load() accepts a string or an array of strings here');
  return list
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => entry.split('/'));
}

/**
 * A proxy object. `T` is what it stands for in the model; it is resolved when the first command
 * using it runs (so getItem on a missing sheet fails at sync, with ItemNotFound) and then stays
 * bound to that object, as Excel tracks objects by identity.
 */
export abstract class ClientObject<T> {
  _loaded = new Map<string, unknown>();
  _binding: { target: T | null } | undefined = undefined;

  constructor(
    readonly _context: FakeRequestContext,
    readonly _className: string,
    bound?: T,
  ) {
    if (bound !== undefined) this._binding = { target: bound };
    return strict(this, _className);
  }

  /** Finds the model object; null for an *OrNullObject proxy that found nothing. */
  protected abstract _resolve(): T | null;

  /** Throws when the model object was deleted since it was bound. */
  protected _assertAlive(target: T): void {
    void target;
  }

  /** Scalar properties that load() can fetch: name → reader. */
  protected _scalars(): Record<string, (target: T) => unknown> {
    return {};
  }

  /** Navigation properties that load() can walk through ("custom/rule/formula"). */
  protected _navigations(): string[] {
    return [];
  }

  _bind(target: T): void {
    this._binding = { target };
  }

  _target(): T | null {
    this._binding ??= { target: this._resolve() };
    const { target } = this._binding;
    if (target !== null) this._assertAlive(target);
    return target;
  }

  /** The model object for a write or a method: a null object cannot be written to. */
  _live(): T {
    const target = this._target();
    if (target === null) throw officeError('ItemNotFound', `The ${this._className} is a null object.`);
    return target;
  }

  get isNullObject(): boolean {
    if (!this._loaded.has('isNullObject')) throw propertyNotLoaded(this._className, 'isNullObject');
    return this._loaded.get('isNullObject') === true;
  }

  protected _read<V>(property: string): V {
    if (!this._loaded.has(property)) throw propertyNotLoaded(this._className, property);
    return this._loaded.get(property) as V;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this._context._enqueue(`${this._className}.load`, (stage) => {
      for (const path of paths) this._loadPath(path, stage);
    });
    return this;
  }

  _loadPath(path: string[], stage: Stage): void {
    const target = this._target();
    stage.commits.push(() => this._loaded.set('isNullObject', target === null));
    if (target === null) return;
    const [head, ...rest] = path;
    const scalars = this._scalars();
    if (head === '*') {
      for (const name of Object.keys(scalars)) this._loadScalar(name, scalars[name], target, stage);
      return;
    }
    if (rest.length === 0 && head in scalars) {
      this._loadScalar(head, scalars[head], target, stage);
      return;
    }
    if (!this._navigations().includes(head)) {
      throw new FakeUsageError(`${this._className}.${head} cannot be loaded by the fake host`);
    }
    const child = (this as unknown as Record<string, ClientObject<unknown>>)[head];
    child._loadPath(rest.length > 0 ? rest : ['*'], stage);
  }

  private _loadScalar(name: string, reader: (target: T) => unknown, target: T, stage: Stage): void {
    this._context._requireApi(`${this._className}.${name}`);
    const value = reader(target);
    stage.responseBytes += jsonBytes(value);
    stage.commits.push(() => this._loaded.set(name, value));
  }

  /** Queues a property write or a method call; `apply` runs at sync against the model. */
  protected _command(member: string, apply: (target: T) => void, requestBytes = 0): void {
    this._context._requireApi(`${this._className}.${member}`);
    this._context._enqueue(`${this._className}.${member}`, () => apply(this._live()), requestBytes);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection proxy: `items` is available after load() and sync(). */
export abstract class ClientCollection<T, M, Item extends ClientObject<M>> extends ClientObject<T> {
  protected abstract _models(target: T): M[];
  protected abstract _wrap(model: M): Item;

  get items(): Item[] {
    return this._read<Item[]>('items');
  }

  override load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec).map((path) => (path[0] === 'items' ? path.slice(1) : path));
    this._context._enqueue(`${this._className}.load`, (stage) => this._loadItems(paths, stage));
    return this;
  }

  override _loadPath(path: string[], stage: Stage): void {
    this._loadItems([path[0] === 'items' ? path.slice(1) : path], stage);
  }

  private _loadItems(paths: string[][], stage: Stage): void {
    const items = this._models(this._live()).map((model) => this._wrap(model));
    for (const item of items) for (const path of paths) item._loadPath(path.length > 0 ? path : ['*'], stage);
    stage.commits.push(() => this._loaded.set('items', items));
  }
}

/** OfficeExtension.ClientResult: `value` readable after sync. */
export class ClientResult<V> {
  _value: { v: V } | undefined = undefined;

  get value(): V {
    if (!this._value) throw propertyNotLoaded('ClientResult', 'value');
    return this._value.v;
  }
}
