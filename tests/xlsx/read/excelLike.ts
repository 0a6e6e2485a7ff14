/** A workbook written part by part as Excel writes it, with every kind of cell the snapshot reads. */
import { handMadePackage, type HandMade } from './handMade';

export const EXCEL_LIKE_STRINGS = [
  '<si><t>Văn bản</t></si>',
  '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Giàu </t></r><r><t>định dạng</t></r></si>',
  '<si><t>Gộp</t><rPh sb="0" eb="1"><t>ゴウ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t xml:space="preserve">dòng_x000D_\nhai &amp; ba &lt;4&gt; "năm"</t></si>',
  '<si><t/></si>',
];

const SHEET1 =
  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols>' +
  '<sheetData>' +
  '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Nội tuyến</t></is></c>' +
  '<c r="D1" t="inlineStr"><is><r><rPr><b/></rPr><t>Đậm</t></r><r><t xml:space="preserve"> thường</t></r></is></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>3</v></c></row>' +
  '<row r="2" spans="1:8" ht="20" customHeight="1"><c r="A2" s="1"><v>46022</v></c><c r="B2" s="2"><v>0.85</v></c><c r="C2" s="3"><v>45838.5</v></c><c r="D2" t="e"><v>#REF!</v></c>' +
  '<c r="E2" t="b"><v>1</v></c><c r="F2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G2" t="b"><v>0</v></c><c r="H2" s="4"><v>-1234.5</v></c></row>' +
  '<row r="3"><c r="A3"><f t="shared" ref="A3:A6" si="0">B3*2+$C$1+Sheet2!D3+SUM($B$3:B3)</f><v>2</v></c><c r="B3"><v>1</v></c></row>' +
  '<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="B4"><v>2</v></c><c r="C4" t="str"><f t="shared" ref="C4:D5" si="1">A4&amp;" "&amp;B4</f><v>4 2</v></c><c r="D4" t="str"><f t="shared" si="1"/><v>2 x</v></c></row>' +
  '<row r="5" hidden="1"><c r="A5"><f t="shared" si="0"/><v>6</v></c><c r="B5"><v>3</v></c><c r="C5" t="str"><f t="shared" si="1"/><v>6 3</v></c><c r="D5" t="str"><f t="shared" si="1"/><v>3 y</v></c></row>' +
  '<row r="6"><c r="A6"><f t="shared" si="0"/><v>8</v></c><c r="B6"><v>4</v></c><c r="C6" s="1"/><c r="D6"><f>SUM(B3:B6)</f><v>10</v></c><c r="E6" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
  '<c r="F6" s="1"><f>DATE(2025,12,31)</f><v>46022</v></c><c r="G6"><v>1.5E-3</v></c><c r="H6"><f>B6</f></c></row>' +
  '<row r="8"><c r="A8" t="s"><v>2</v></c><c r="B8" t="s"><v>3</v></c><c r="C8" t="s"><v>3</v></c><c r="D8"><v>7</v></c></row>' +
  '<row r="9" hidden="true"><c r="C9"><v>9</v></c></row>' +
  '</sheetData>' +
  '<mergeCells count="2"><mergeCell ref="A8:B8"/><mergeCell ref="C8:D9"/></mergeCells>' +
  '<conditionalFormatting sqref="A3:A6"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" sqref="E3:E6"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>';

export const EXCEL_LIKE: HandMade = {
  sheets: [
    { name: 'PL1 Nhiệm vụ', body: SHEET1 },
    { name: 'Sheet2', body: '<sheetData><row r="3"><c r="D3"><v>5</v></c></row></sheetData>', state: 'hidden' },
    { name: 'Ẩn hẳn', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', state: 'veryHidden' },
    { name: 'Trống', body: '<sheetData/>' },
  ],
  sharedStrings: EXCEL_LIKE_STRINGS,
  numFmts: [
    { id: 164, code: 'dd/mm/yyyy' },
    { id: 165, code: '#,##0.0_);[Red](#,##0.0)' },
  ],
  cellFormats: [164, 9, 22, 165],
};

export function excelLikePackage(overrides: Partial<HandMade> = {}): Uint8Array {
  return handMadePackage({ ...EXCEL_LIKE, ...overrides });
}
