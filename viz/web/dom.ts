// A few DOM helpers for the page: elements from a tag, attributes and children.

type Child = Node | string | null | undefined | false;

/** An element with attributes (strings, or booleans for presence) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** The element with this id; throws naming it when the page lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the page has no element #${id}`);
  return node as T;
}

/** A <select> with the given options, `selected` chosen. */
export function select(attributes: Record<string, string>, options: { value: string; label?: string }[], selected?: string): HTMLSelectElement {
  const node = el('select', attributes);
  for (const o of options) node.append(el('option', { value: o.value, selected: o.value === selected }, o.label ?? o.value));
  return node;
}
