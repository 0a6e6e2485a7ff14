/** Node tests everywhere; the task pane's component tests run in jsdom. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }] };
const moduleNameMapper = {
  // office-addin-mock imports office-addin-manifest, whose ESM dependency jest cannot load.
  '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.js',
};

/**
 * No test may fail because the machine is slow: jest's default of 5 s per test is reached by a test
 * that reads a workbook or starts a process in 2 s alone when 2 busy cores run many suites at once
 * (tests/xlsx/parsedModelSnapshot.test.ts did on a fresh clone). The limit only catches hangs.
 */
const testTimeout = 120_000;

module.exports = {
  testTimeout,
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
  projects: [
    {
      displayName: 'node',
      testTimeout,
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
    },
    {
      displayName: 'pane',
      testTimeout,
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
    },
  ],
};
