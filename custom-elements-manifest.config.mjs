// Custom Elements Manifest from the elements' JSDoc (`cem analyze`, run by `npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `defineElement(tagName, constructor)` is a helper, not a definition: drop what the analyzer guesses from it,
      // and drop the abstract base class's own entry (it has no tag).
      name: 'clinic-elements:clean',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.exports = (mod.exports ?? []).filter(
            (entry) => !(entry.kind === 'custom-element-definition' && entry.declaration?.name === 'constructor'),
          );
          for (const declaration of mod.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
  ],
};
