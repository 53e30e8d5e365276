// ESLint's flat config: the recommended JavaScript and typescript-eslint rules
// over everything the project writes. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'fixtures/', 'seeds/', 'schema/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
  },
  {
    // Finding control characters is what the escaping modules are for (refi/xml.ts escapes XML).
    files: ['src/**/escape-*.ts', 'src/report/refi/xml.ts', 'test/**/escape-*.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
