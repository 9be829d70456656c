/** Registers a tag once: loading the script twice (or two bundles) never throws. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, ctor);
}
