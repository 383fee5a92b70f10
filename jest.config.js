/** One Jest run for all four kinds of test: *.spec.ts, *.int-spec.ts, *.e2e-spec.ts. */
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = __dirname;

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // Packages shipped only as ES modules (Node 20.19+ loads them natively; Jest needs them compiled).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleNameMapper: {
    '^@pasar/shared/testing$': '<rootDir>/libs/shared/src/testing',
    '^@pasar/shared/domain$': '<rootDir>/libs/shared/src/domain',
    '^@pasar/shared/tracing$': '<rootDir>/libs/shared/src/observability/tracing',
    '^@pasar/migrations$': '<rootDir>/migrations',
    '^@pasar/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
