// npm run lint: ESLint (this file), then lit-analyzer (the types of the bindings in html`` templates; its settings are in
// tsconfig.json). Only rules that catch bugs: the layout is Prettier's (npm run format).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'bench/results/', 'docs/', 'node_modules/', 'wordpress/clinic-elements/build/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // tsc already reports unused locals and parameters (noUnusedLocals, noUnusedParameters in tsconfig.json), and
      // counts a value used only in `typeof` as used, as the type tests in test/types need.
      '@typescript-eslint/no-unused-vars': 'off',
      // Each define.ts adds its events to the DOM's event maps by declaration merging: `interface X extends Y {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // Node: scripts, the benchmark, the configs, the test server and launchers.
  {
    files: ['**/*.mjs', 'bench/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  // Browser: the elements, the tests, the demo and the test pages; the benchmark's and the WordPress test's
  // page.evaluate() callbacks; the WordPress plugin's editor script.
  {
    files: [
      'src/**/*.ts',
      'test/**/*.{ts,tsx}',
      'demo/**/*.js',
      'test/**/*.js',
      'bench/**/*.{js,mjs}',
      'scripts/test-wordpress.mjs',
      'wordpress/**/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // The elements: Lit's and the web-components rules.
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: {
      lit: { elementBaseClasses: ['ClinicElement'] },
      wc: { elementBaseClasses: ['LitElement', 'ClinicElement'] },
    },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // LitElement implements every lifecycle callback: an unguarded super call is right.
      'wc/guard-super-call': 'off',
      // Type-aware, in the elements only (in the tests, chai's thenable assertions make them misfire): a promise
      // nobody waits for loses its error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-value-attribute': 'error',
      'lit/value-after-constraints': 'error',
      'lit/attribute-names': 'error',
    },
  },
);
