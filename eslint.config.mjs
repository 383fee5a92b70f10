// ESLint (flat config): typescript-eslint's recommended rules, Prettier for formatting,
// and the layer rule ESLint can see better than dependency-cruiser: domain code never
// touches the EntityManager.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['libs/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ is plain TypeScript: no Nest.' },
            { group: ['@mikro-orm/postgresql', '@mikro-orm/knex'], message: 'domain/ never queries.' },
            { regex: '^@pasar/shared$', message: 'domain/ imports the pure kernel: @pasar/shared/domain.' },
          ],
          paths: [
            {
              name: '@mikro-orm/core',
              importNames: ['EntityManager', 'EntityRepository', 'MikroORM', 'RequestContext'],
              message: 'domain/ uses MikroORM decorators only; persistence lives in infrastructure/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Static pages served by the API run in the browser; `io` comes from /socket.io/socket.io.js.
    files: ['apps/api/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser, io: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
