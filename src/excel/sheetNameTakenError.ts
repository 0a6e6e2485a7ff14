/**
 * Thrown, with the workbook left as it was, when a write would replace a sheet that is not the
 * product's own: a user's sheet created or renamed to "Tổng hợp" since the last check, say.
 * describeExcelError turns it into a message for the user.
 */
export class SheetNameTakenError extends Error {
  readonly sheet: string;

  constructor(sheet: string) {
    super(`A sheet named "${sheet}" that Phụ lục did not write is in the way; it is never replaced.`);
    // Keeps instanceof working when the class is compiled down to ES5 functions.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'SheetNameTakenError';
    this.sheet = sheet;
  }
}
