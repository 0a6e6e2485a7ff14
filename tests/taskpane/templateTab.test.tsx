import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import type { WritePlan } from '../../src/engine';
import { CAPABILITY_TITLE, engineMock, expectCapabilityNote, excelMock, renderPane, resetMocks, sheetPlan } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

test('inserts a blank task or indicator appendix, no check needed', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));

  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));
  expect(engineMock.planTemplate).toHaveBeenCalledWith(['tasks'], 'vi', ['PL 1', 'PL 2']);
  expect(await screen.findByText('Đã ghi trang tính: Mẫu tasks.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục chỉ tiêu' }));
  expect(engineMock.planTemplate).toHaveBeenLastCalledWith(['indicators'], 'vi', ['PL 1', 'PL 2']);
  expect(excelMock.applyWritePlan).toHaveBeenCalledTimes(2);
  expect(screen.queryByText(CAPABILITY_TITLE)).not.toBeInTheDocument();
});

test('a template inserted again gets a new name: the sheet already there, maybe filled in, is kept', async () => {
  const { planTemplate } = jest.requireActual<typeof import('../../src/engine')>('../../src/engine');
  engineMock.planTemplate.mockImplementation(planTemplate);
  // The workbook as applyWritePlan finds it when it writes, not as the last check saw it.
  const inWorkbook = ['PL 1', 'Mẫu nhiệm vụ'];
  const plans: WritePlan[] = [];
  excelMock.applyWritePlan.mockImplementation(async (source) => {
    plans.push(typeof source === 'function' ? source(inWorkbook) : source);
    return plans[plans.length - 1];
  });
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));

  expect(plans.map((plan) => plan.sheets.map((sheet) => sheet.name))).toEqual([['Mẫu nhiệm vụ (2)']]);
  expect(await screen.findByText('Đã ghi trang tính: Mẫu nhiệm vụ (2).')).toBeInTheDocument();
});

test('names the sheets of the plan applyWritePlan says it wrote', async () => {
  // applyWritePlan made the plan from the sheet names it found, which only it knows: the pane takes its word.
  excelMock.applyWritePlan.mockResolvedValue({ sheets: [sheetPlan('Mẫu nhiệm vụ (3)')] });
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));

  expect(excelMock.applyWritePlan).toHaveBeenCalledWith(expect.any(Function));
  expect(await screen.findByText('Đã ghi trang tính: Mẫu nhiệm vụ (3).')).toBeInTheDocument();
});

test('says which template features need a newer Excel and still inserts the template', async () => {
  excelMock.getCapabilities.mockReturnValue({
    conditionalFormats: true,
    freezePanes: false,
    dataValidation: false,
    rangeAreas: true,
    pageLayout: true,
    mergedAreas: true,
  });
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));

  expectCapabilityNote(/^Danh sách chọn trong mẫu \(cần Excel 2019, Microsoft 365 hoặc Excel trên web\)\. Mẫu vẫn được chèn/, '1.8');
  expectCapabilityNote(/^Cố định dòng tiêu đề \(cần Excel 2019, Microsoft 365 hoặc Excel trên web\)\./, '1.7');
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));
  expect(excelMock.applyWritePlan).toHaveBeenCalledTimes(1);
});
