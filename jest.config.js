/** Node tests everywhere; the task pane's component tests run in jsdom. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }] };
const moduleNameMapper = {
  // office-addin-mock imports office-addin-manifest, whose ESM dependency jest cannot load.
  '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.js',
};

module.exports = {
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
    },
  ],
};
