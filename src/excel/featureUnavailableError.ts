import { CAPABILITY_API_SET, type Capabilities } from './capabilities';

/**
 * Thrown, before touching the workbook, when an action needs an Excel feature this host lacks
 * (e.g. highlighting on Excel 2016). describeExcelError turns it into a message for the user.
 */
export class FeatureUnavailableError extends Error {
  readonly feature: keyof Capabilities;
  /** The ExcelApi requirement set that would provide it, e.g. "1.6". */
  readonly apiSet: string;

  constructor(feature: keyof Capabilities) {
    const apiSet = CAPABILITY_API_SET[feature];
    super(`This version of Excel does not support "${feature}" (needs ExcelApi ${apiSet}).`);
    // Keeps instanceof working when the class is compiled down to ES5 functions.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'FeatureUnavailableError';
    this.feature = feature;
    this.apiSet = apiSet;
  }
}
