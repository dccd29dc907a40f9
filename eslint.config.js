import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'test/generated/', 'src/server/playground/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      // Modules add their loaders to the context's Loaders by declaration merging (`interface Loaders extends …`).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // The pages the API serves are plain browser scripts, loaded without a build step.
    files: ['src/server/screen/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, echarts: 'readonly', graphqlWs: 'readonly' } },
  },
  {
    // SQL lives in each module's *.queries.ts, composed with the sql tag and run by query() (src/db/sql.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/db/sql.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='execute']",
          message: 'Send SQL with query(em, sql`…`) from the module’s *.queries.ts (see docs/CONVENTIONS.md).',
        },
      ],
    },
  },
);
