// CDN bundles: each file is self-contained (Lit included, production build), minified, and
// defines its elements when loaded with <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './scripts/minify-templates.mjs';

/** CDN file name → entry module (web-dev-server.config.mjs serves the same names from source). */
export const bundles = {
  'clinic-elements': 'src/index.ts',
  'clinic-faq': 'src/faq/define.ts',
  'clinic-signs-checklist': 'src/signs-checklist/define.ts',
  'clinic-contact-card': 'src/contact-card/define.ts',
};

export default Object.entries(bundles).map(([name, input]) => ({
  input,
  output: { file: `dist/cdn/${name}.js`, format: 'es', sourcemap: false },
  plugins: [
    // Lit's default export condition is its production build.
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    esbuild({ target: 'es2022', tsconfig: './tsconfig.json', minify: false }),
    // Comments and indentation inside css`` and html`` templates cost bytes in every bundle.
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      toplevel: true,
      compress: { passes: 3, pure_getters: true },
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
