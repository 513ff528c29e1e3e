// ESLint: correctness, type-aware checks, hooks, accessibility and the layer table of DESIGN.md.
// No stylistic rules: Prettier owns the layout (`npm run format`).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.mjs';

/**
 * UI text lives in strings modules, one shape: `Record<Locale, XStrings>`, one object per language
 * (src/content, features/<capability>/strings.ts and *Strings.ts beside the code that uses them). An
 * inline Danish/English pair anywhere else (`{ da: '…', en: '…' }`) is text outside them.
 */
const STRINGS_MODULES = ['src/content/**', 'src/**/strings.ts', 'src/**/*Strings.ts'];
// `da` said as text: a string, a template, or a function returning one (not, say, a per-language loader).
const INLINE_PAIR =
  "ObjectExpression:has(> Property[key.name='da']:matches([value.type=/^(Literal|TemplateLiteral)$/], [value.body.type=/^(Literal|TemplateLiteral|ConditionalExpression|BinaryExpression)$/])):has(> Property[key.name='en'])";
export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.cache/', '.emulator-state/', 'node_modules/', 'test-results/', 'tests/e2e/support/officeMock.js'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `void promise` marks a deliberate fire-and-forget; everything else must be awaited or caught.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // GraphAppError is thrown on purpose and is not an Error (src/graph/errors.ts says why).
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'file', name: 'GraphAppError', path: 'src/graph/errors.ts' }], allowRethrowing: true, allowThrowingUnknown: true },
      ],
      // Passing on a rejection as it came (a race, a timeout wrapper) is not inventing a non-Error one.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Off: React contexts here type their callbacks in method shorthand (`update(…): void`), which this
      // rule reads as unbound class methods; the app has no class whose `this` is lost that way.
      '@typescript-eslint/unbound-method': 'off',
      // Off: an async function without await is how a synchronous backend implements an async interface.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The two classic hook rules. The React Compiler rules of the plugin's `recommended` set are left
    // out: the app is not compiled by the React Compiler, so they would only add noise.
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useAsync (src/ui/useAsync.ts) takes deps like useEffect: they are checked the same way.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useAsync$' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/imports-point-down': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/emulator/**', ...STRINGS_MODULES],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: INLINE_PAIR,
          message:
            'UI text belongs in a strings module (Record<Locale, …> in src/content, strings.ts or *Strings.ts); layers below the UI return kinds, not sentences.',
        },
      ],
    },
  },
  {
    files: ['src/emulator/**', 'scripts/**', 'tests/**', '*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/emulator/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs', 'jest.config.js', 'webpack.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Jest mocks are read back through `jest.requireMock`/`require` after `jest.mock` hoisting.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Tests read JSON answers of the emulator and hand-built mocks loosely on purpose: the assertions
    // are the check. The rules that catch real bugs (floating promises, misused promises) stay on.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // The emulator handles raw JSON bodies that were checked against the CSDL before they reach a
    // route; it turns their primitive members into strings on purpose.
    files: ['src/emulator/**/*.ts'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['tests/e2e/simulator/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
