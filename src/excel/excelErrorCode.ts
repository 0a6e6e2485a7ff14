/**
 * The code of an error thrown by Office.js (OfficeExtension.Error: "AccessDenied",
 * "ItemNotFound"…), read by shape rather than instanceof so it works whatever copy of office.js —
 * or test double — produced it. Office Common API errors carry a numeric code instead.
 */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  if (typeof code === 'number') return String(code);
  return undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
