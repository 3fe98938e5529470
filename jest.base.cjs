// Shared Jest settings: TypeScript through ts-jest (transpile only; `npm run typecheck`
// checks types), and the workspace path aliases.
const path = require('node:path');

module.exports = function jestConfig(projectDir, overrides = {}) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(projectDir, 'tsconfig.spec.json') }],
      // ES-module-only dependencies (Node runs them through require(esm); Jest 30 on Node 20 cannot).
      '/node_modules/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true } }],
    },
    transformIgnorePatterns: ['^(?!.*/(content-disposition|meilisearch)/).*/node_modules/'],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    moduleNameMapper: {
      '^@groeiwijzer/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
      '^@groeiwijzer/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    ...overrides,
  };
};
