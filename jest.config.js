/** Jest: TypeScript through ts-jest (type-checking is `npm run lint`'s job, so tests stay fast). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, resolveJsonModule: true } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Production build into dist/ for the built-artifact and e2e tests, and the e2e tests' Excel double
  // bundle (each skipped when already current).
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
};
