/**
 * Errors shaped like OfficeExtension.Error: name "RichApi.Error", a string `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, and debugInfo. Real Excel rejects context.sync()
 * with these; code under test must rely on `code`, never on the message.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: string, message: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(className: string, property: string): FakeOfficeError {
  return officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`,
  );
}

/** A bug in the code under test or a member the fake does not model: not an Excel error. */
export class FakeUsageError extends Error {
  constructor(message: string) {
    super(`Fake Excel: ${message}`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'FakeUsageError';
  }
}
