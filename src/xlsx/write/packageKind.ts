/**
 * The file extension a package must carry, from its workbook part's content type: Excel refuses
 * to open a macro-enabled workbook named .xlsx (and the reverse), so the output keeps the input's kind.
 */
import { officeDocumentPart } from './packageParts';
import { attribute, findTags } from './xmlText';
import { entryText, readZip } from './zipArchive';

const EXTENSIONS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
};

/** ".xlsx", ".xlsm", ".xltx" or ".xltm"; ".xlsx" when the package does not say. */
export function packageExtension(input: Uint8Array): string {
  const entries = readZip(input);
  const text = (name: string) => {
    const entry = entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    return entry ? entryText(entry) : '';
  };
  const part = officeDocumentPart(text('_rels/.rels')) ?? 'xl/workbook.xml';
  const override = findTags(text('[Content_Types].xml'), 'Override').find(
    (t) => attribute(t.text, 'PartName')?.toLowerCase() === `/${part}`.toLowerCase(),
  );
  return EXTENSIONS[attribute(override?.text ?? '', 'ContentType') ?? ''] ?? '.xlsx';
}
