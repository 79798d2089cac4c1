// The browser side of a server-rendered page (test/ssr/render.mjs): Lit's hydrate support must load before the
// elements (before any LitElement class is created), then the elements upgrade and hydrate their shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { upgraded } from './plain.js';
