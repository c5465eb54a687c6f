import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'e2e/artifacts/**', 'src/web/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-console': 'off',
    },
  },
  {
    // The web app calls the API through the client typed from the OpenAPI document (src/web/lib/api-client.ts):
    // a raw fetch would assert its path, body and answer by hand again.
    files: ['src/web/**/*.{ts,tsx}'],
    ignores: ['src/web/lib/api-client.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the API through `api` from src/web/lib/api-client.ts (typed from the OpenAPI document), not fetch.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: 'Call the API through `api` from src/web/lib/api-client.ts (typed from the OpenAPI document), not fetch.' },
        { object: 'globalThis', property: 'fetch', message: 'Call the API through `api` from src/web/lib/api-client.ts (typed from the OpenAPI document), not fetch.' },
      ],
    },
  },
);
