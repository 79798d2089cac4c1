// Custom Elements Manifest from the elements' JSDoc (`cem analyze`, run by `npm run build`).
// It describes the public elements only: their three modules, and the base class they inherit members and the shared
// theme custom properties (`@cssproperty` on ClinicElement) from. Internal helpers are not part of the API.
export default {
  globs: [
    'src/faq/faq.ts',
    'src/signs-checklist/signs-checklist.ts',
    'src/contact-card/contact-card.ts',
    'src/internal/clinic-element.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The API only: private members (`private`, `#name`) are implementation, and the base class, which has no tag,
      // is a plain class rather than an element of its own. Its `emit(name, detail)` dispatches the elements' events,
      // from which the analyser guesses an event called `name`: the real events are each element's `@event` tags.
      name: 'clinic-elements:public-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
            declaration.members = declaration.members?.filter((member) => member.privacy !== 'private');
            const fromBase = (event) =>
              declaration.name === 'ClinicElement' || event.inheritedFrom?.name === 'ClinicElement';
            declaration.events = declaration.events?.filter((event) => !fromBase(event));
            if (!declaration.events?.length) delete declaration.events;
          }
        }
      },
    },
  ],
};
