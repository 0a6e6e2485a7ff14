import { compareApiVersions } from './apiSets';
import { strict } from './requestContext';

/**
 * The slice of the Office Common API the add-in uses: requirement-set checks, document settings
 * (stored with the workbook, saved by saveAsync) and Office.onReady.
 */

export interface SettingsStore {
  /** What is saved in the workbook file. */
  saved: Record<string, unknown>;
  /** Set by a test to make the next saveAsync fail. */
  failNextSave: boolean;
}

interface AsyncResult {
  status: 'succeeded' | 'failed';
  value: undefined;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback = (result: AsyncResult) => void;

const clone = <V>(value: V): V => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** Office.context.document.settings: an in-memory copy, written to the file by saveAsync. */
export class FakeSettings {
  private pending: Record<string, unknown>;

  constructor(private readonly store: SettingsStore) {
    this.pending = clone(store.saved);
  }

  get(name: string): unknown {
    return name in this.pending ? clone(this.pending[name]) : null;
  }

  set(name: string, value: unknown): void {
    // Settings are serialised as JSON in the document.
    this.pending[name] = clone(value);
  }

  remove(name: string): void {
    delete this.pending[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: Callback): void {
    const done = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as Callback | undefined;
    const asyncContext = (optionsOrCallback as { asyncContext?: unknown } | undefined)?.asyncContext;
    void Promise.resolve().then(() => {
      if (this.store.failNextSave) {
        this.store.failNextSave = false;
        done?.({
          status: 'failed',
          value: undefined,
          error: { name: 'Save Settings Error', message: 'Cannot save settings.', code: 5001 },
          asyncContext,
        });
        return;
      }
      this.store.saved = clone(this.pending);
      done?.({ status: 'succeeded', value: undefined, asyncContext });
    });
  }
}

export interface OfficeNamespaceState {
  apiVersion: string;
  settings: FakeSettings;
}

export function makeOfficeNamespace(state: () => OfficeNamespaceState): Record<string, unknown> {
  const info = { host: 'Excel', platform: 'PC' };
  return strict({
    context: strict({
      get requirements() {
        return {
          isSetSupported(name: string, minVersion?: string | number): boolean {
            if (name !== 'ExcelApi') return false;
            const wanted = minVersion === undefined ? '1.1' : String(minVersion);
            return compareApiVersions(wanted, state().apiVersion) <= 0;
          },
        };
      },
      get document() {
        return strict({ settings: state().settings }, 'Office.context.document');
      },
    }, 'Office.context'),
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      });
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Excel: 'Excel' },
  }, 'Office');
}
