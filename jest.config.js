// One jest run for the whole workspace: unit specs beside the code, integration specs in libs, e2e in tests/.
const { readFileSync } = require('node:fs');
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper,
  // ESM-only packages (Node requires them natively; jest's module system needs them transformed).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|meilisearch)/)'],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/libs/domain/**/*.spec.ts', '<rootDir>/libs/**/*.unit.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/libs/**/*.int.spec.ts', '<rootDir>/apps/**/*.int.spec.ts', '<rootDir>/tests/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
  ],
};
