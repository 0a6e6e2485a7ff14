import { FakeUsageError } from './errors';

/**
 * The parts of Office that ribbon commands meet: Office.actions.associate, the event whose
 * completed() ends a function command, and Office.context.ui's dialogs — as strict as Office where
 * the add-in can get them wrong:
 * - one dialog at a time (a second displayDialogAsync fails with 12007, as in Office);
 * - the callback of displayDialogAsync runs later, never inside the call;
 * - completing a command does not close its dialog (Excel on Windows and on the web; Office on Mac
 *   has closed it, OfficeDev/office-js#428), and Office times out a command that waits for the
 *   person (office-js#5559): `runCommand(...).isCompleted()` after pending work has run tells a
 *   test whether the command finished without waiting for the person to close the dialog.
 */

export const DIALOG_EVENTS = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
/** Office's error codes for dialogs: another dialog is open; the person closed the dialog. */
export const DIALOG_ALREADY_OPEN = 12007;
export const DIALOG_CLOSED_BY_PERSON = 12006;

type DialogHandler = (arg: { message?: string; error?: number }) => void;

export class FakeDialog {
  open = true;
  private readonly handlers = new Map<string, DialogHandler[]>();

  constructor(readonly url: string) {}

  /** Office.Dialog.addEventHandler */
  addEventHandler(type: string, handler: DialogHandler): void {
    if (!Object.values(DIALOG_EVENTS).includes(type)) throw new FakeUsageError(`unknown dialog event ${type}`);
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** Office.Dialog.close */
  close(): void {
    this.open = false;
  }

  /** The dialog page called Office.context.ui.messageParent(message) (its button). */
  sendMessage(message: string): void {
    if (!this.open) throw new FakeUsageError('the dialog is closed');
    for (const handler of this.handlers.get(DIALOG_EVENTS.DialogMessageReceived) ?? []) handler({ message });
  }

  /** The person closed the dialog with its own close box. */
  closeBox(): void {
    if (!this.open) throw new FakeUsageError('the dialog is closed');
    this.open = false;
    for (const handler of this.handlers.get(DIALOG_EVENTS.DialogEventReceived) ?? []) handler({ error: DIALOG_CLOSED_BY_PERSON });
  }
}

export interface FakeCommandRun {
  /** Resolves when the command calls event.completed(). */
  completed: Promise<void>;
  isCompleted(): boolean;
}

interface AsyncResult {
  status: 'succeeded' | 'failed';
  value?: FakeDialog;
  error?: { code: number; message: string };
}

export class FakeOfficeUi {
  readonly commands = new Map<string, (event: { completed(): void }) => void>();
  readonly dialogs: FakeDialog[] = [];
  /** What a dialog page sent with messageParent (when the fake runs the dialog's page). */
  readonly messagesToParent: string[] = [];

  /** Office.actions.associate */
  associate(name: string, handler: (event: { completed(): void }) => void): void {
    this.commands.set(name, handler);
  }

  /** Office.context.ui.displayDialogAsync */
  displayDialogAsync(url: string, options: unknown, callback?: (result: AsyncResult) => void): void {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new FakeUsageError(`dialog URL must be absolute: ${url}`);
    const done = (typeof options === 'function' ? options : callback) as ((result: AsyncResult) => void) | undefined;
    let result: AsyncResult;
    if (this.openDialog) {
      result = { status: 'failed', error: { code: DIALOG_ALREADY_OPEN, message: 'A dialog is already opened.' } };
    } else {
      const dialog = new FakeDialog(url);
      this.dialogs.push(dialog);
      result = { status: 'succeeded', value: dialog };
    }
    void Promise.resolve().then(() => done?.(result));
  }

  get openDialog(): FakeDialog | undefined {
    return this.dialogs.find((dialog) => dialog.open);
  }

  /** The person pressed the ribbon button of function `name`. */
  runCommand(name: string): FakeCommandRun {
    const handler = this.commands.get(name);
    if (!handler) throw new FakeUsageError(`no function command "${name}" (associated: ${[...this.commands.keys()].join(', ')})`);
    let completedTimes = 0;
    let resolve: () => void = () => undefined;
    const completed = new Promise<void>((r) => (resolve = r));
    handler({
      completed: () => {
        completedTimes++;
        if (completedTimes > 1) throw new FakeUsageError('event.completed() called twice');
        resolve();
      },
    });
    return { completed, isCompleted: () => completedTimes > 0 };
  }
}
