// Framework builds for the browser tests in test/frameworks/, served by test/server/routes.mjs at
// /__test__/framework/<name>.js. React ships CommonJS only, so esbuild bundles it (development build) into one ES
// module, once per test run; Vue's full build (with the template compiler, for `isCustomElement`) is bundled alike.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const entries = {
  react: `import * as React from 'react';\nimport * as ReactDOMClient from 'react-dom/client';\nexport { React, ReactDOMClient };\n`,
  vue: `export * from 'vue/dist/vue.esm-browser.js';\n`,
};

const cache = new Map();

/** The ES module source for `name` (`react` or `vue`), or undefined for any other name. */
export function frameworkBundle(name) {
  if (!Object.hasOwn(entries, name)) return undefined;
  if (!cache.has(name)) {
    cache.set(
      name,
      build({
        stdin: { contents: entries[name], resolveDir: root, loader: 'js' },
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2021',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return cache.get(name);
}
