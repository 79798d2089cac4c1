/**
 * The document's methods and properties, called through the platform's own prototypes. A page (or any script or
 * markup on it) can shadow them: `<img name="getElementById">` makes `document.getElementById` that image, since a
 * document's named elements win over its built-in members; a `<form>` does the same to its own members with its
 * controls' names. Looked up at each call, so that the platform's functions, not a page's copies, are what runs.
 */

/** The platform's getter of `name` on `proto`, to call on objects a page may have shadowed it on. */
export function getter<T>(proto: object, name: string): (this: object) => T {
  return Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: object) => T;
}

/** The getter of `name` on `proto`, called on `target`: `nodeType` of a `<form>` whose control is named `nodeType`. */
export function read<T>(proto: object, name: string, target: object): T {
  return getter<T>(proto, name).call(target);
}

/** A `Document.prototype` method of `document` (or of `doc`), with the page unable to shadow it. */
function method<K extends keyof Document>(name: K, doc: Document = document): Document[K] {
  return (Document.prototype[name] as (...args: unknown[]) => unknown).bind(doc) as Document[K];
}

export const byId = (id: string): HTMLElement | null => method('getElementById')(id);
export const createElement = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  doc?: Document,
): HTMLElementTagNameMap[K] => method('createElement', doc)(tag);
export const createText = (text: string, doc?: Document): Text => method('createTextNode', doc)(text);
export const createFragment = (doc?: Document): DocumentFragment => method('createDocumentFragment', doc)();
export const createRange = (): Range => method('createRange')();
export const getSelection = (): Selection | null => method('getSelection')();
/** The document's `<head>`, `<body>` or root element (`documentElement`). */
export const part = (name: 'head' | 'body' | 'documentElement', doc: Document = document): HTMLElement | null =>
  read(Document.prototype, name, doc);
export const visibilityState = (): DocumentVisibilityState => read(Document.prototype, 'visibilityState', document);
/** Adds (or with `add` false, removes) a listener on the document. */
export function listen(type: string, listener: EventListener, add = true): void {
  (add ? EventTarget.prototype.addEventListener : EventTarget.prototype.removeEventListener).call(
    document,
    type,
    listener,
  );
}
