/** Data validation (ExcelApi 1.8): the list and date rules the product writes. */
import { FakeUsageError } from './errors';
import { contains } from './model';
import { ClientObject, type FakeRequestContext, jsonBytes } from './requestContext';
import { assertWritable, type RangeTarget } from './proxyTargets';

export class FakeDataValidation extends ClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => RangeTarget) {
    super(context, 'DataValidation');
  }

  protected _resolve(): RangeTarget {
    return this._resolver();
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    return {
      rule: ({ sheet, rect }) => sheet.validations.find((v) => contains(v.range, rect))?.rule ?? null,
    };
  }

  get rule(): unknown {
    return this._read('rule');
  }
  set rule(rule: unknown) {
    this._command(
      'rule',
      ({ sheet, rect }) => {
        assertWritable(sheet);
        assertModelledRule(rule);
        for (let i = sheet.validations.length - 1; i >= 0; i--) {
          if (contains(rect, sheet.validations[i].range)) sheet.validations.splice(i, 1);
        }
        sheet.validations.push({ range: { ...rect }, rule: JSON.parse(JSON.stringify(rule)) });
      },
      jsonBytes(rule),
    );
  }

  set prompt(prompt: unknown) {
    this._setMessage('prompt', prompt);
  }

  set errorAlert(alert: unknown) {
    this._setMessage('errorAlert', alert);
  }

  /** A prompt or alert belongs to the validation just set on exactly this range. */
  private _setMessage(member: 'prompt' | 'errorAlert', message: unknown): void {
    this._command(
      member,
      ({ sheet, rect }) => {
        const validation = sheet.validations.find((v) => contains(v.range, rect) && contains(rect, v.range));
        if (!validation) throw new FakeUsageError(`DataValidation.${member}: set a rule on the range first`);
        validation[member] = JSON.parse(JSON.stringify(message));
      },
      jsonBytes(message),
    );
  }
}

/** A list with a source string, or dates between two ISO dates: the rules the product writes. */
function assertModelledRule(rule: unknown): void {
  const { list, date } = (rule ?? {}) as { list?: { source?: unknown }; date?: { operator?: unknown; formula1?: unknown; formula2?: unknown } };
  if (list && typeof list.source === 'string' && list.source !== '') return;
  const iso = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (date && date.operator === 'Between' && iso(date.formula1) && iso(date.formula2)) return;
  throw new FakeUsageError('only list rules with a source string and date rules Between two ISO dates are modelled');
}
