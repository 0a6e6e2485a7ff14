import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { engineMock, excelMock, renderPane, resetMocks } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

test('inserts a blank task or indicator appendix, no check needed', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));

  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));
  expect(engineMock.planTemplate).toHaveBeenCalledWith(['tasks'], 'vi');
  expect(excelMock.applyWritePlan).toHaveBeenCalledWith(engineMock.planTemplate.mock.results[0].value);
  expect(await screen.findByText('Đã ghi sheet: Mẫu tasks.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục chỉ tiêu' }));
  expect(engineMock.planTemplate).toHaveBeenLastCalledWith(['indicators'], 'vi');
  expect(excelMock.applyWritePlan).toHaveBeenCalledTimes(2);
  expect(screen.queryByText(/ExcelApi/)).not.toBeInTheDocument();
});

test('says which template features need a newer Excel and still inserts the template', async () => {
  excelMock.getCapabilities.mockReturnValue({
    conditionalFormats: true,
    freezePanes: false,
    dataValidation: false,
    rangeAreas: true,
    mergedAreas: true,
  });
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));

  expect(screen.getByText(/Danh sách chọn trong mẫu cần .*\(ExcelApi 1\.8\)\. Mẫu vẫn được chèn/)).toBeInTheDocument();
  expect(screen.getByText(/Cố định dòng tiêu đề cần .*\(ExcelApi 1\.7\)/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ' }));
  expect(excelMock.applyWritePlan).toHaveBeenCalledTimes(1);
});
