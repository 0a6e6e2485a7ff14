import { compareApiVersions } from './apiSets';
import { DIALOG_EVENTS, type FakeOfficeUi } from './officeUi';
import { strict } from './requestContext';

/**
 * The slice of the Office Common API the add-in uses: requirement-set checks, document settings
 * (stored with the workbook, saved by saveAsync, refreshed by refreshAsync), Office.onReady, and
 * for ribbon commands Office.actions and Office.context.ui (officeUi.ts).
 *
 * As in Office, each runtime (the pane, the commands, a dialog) has its own in-memory copy of the
 * settings, taken when it starts: what the pane saves reaches the file, not the commands' copy,
 * until they call refreshAsync.
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

  /** Reads the settings saved in the file again, dropping unsaved changes of this runtime. */
  refreshAsync(callback?: (result: { status: 'succeeded'; value: FakeSettings }) => void): void {
    void Promise.resolve().then(() => {
      this.pending = clone(this.store.saved);
      callback?.({ status: 'succeeded', value: this });
    });
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
  ui: FakeOfficeUi;
}

export function makeOfficeNamespace(state: () => OfficeNamespaceState): Record<string, unknown> {
  const info = { host: 'Excel', platform: 'PC' };
  return strict({
    context: strict({
      get requirements() {
        return {
          isSetSupported(name: string, minVersion?: string | number): boolean {
            // Every Excel that runs this add-in has dialogs (DialogApi 1.1: Excel 2016 and later).
            if (name === 'DialogApi') return compareApiVersions(String(minVersion ?? '1.1'), '1.1') <= 0;
            if (name !== 'ExcelApi') return false;
            const wanted = minVersion === undefined ? '1.1' : String(minVersion);
            return compareApiVersions(wanted, state().apiVersion) <= 0;
          },
        };
      },
      get document() {
        return strict({ settings: state().settings }, 'Office.context.document');
      },
      get ui() {
        const ui = state().ui;
        return strict({
          displayDialogAsync: ui.displayDialogAsync.bind(ui),
          messageParent: (message: string) => ui.messagesToParent.push(message),
        }, 'Office.context.ui');
      },
    }, 'Office.context'),
    actions: strict({ associate: (name: string, handler: (event: { completed(): void }) => void) => state().ui.associate(name, handler) }, 'Office.actions'),
    EventType: DIALOG_EVENTS,
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
