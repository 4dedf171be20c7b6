/**
 * Building DOM from data. Text from articles only ever goes in as text, never as HTML. Styles
 * go through the CSSOM: the page's policy refuses style attributes.
 */

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v);
  }
  append(node, ...children);
  return node;
}

/** Appends the children that are there, skipping null and false. */
export function append(parent: Element, ...children: Child[]): void {
  for (const c of children)
    if (c !== null && c !== undefined && c !== false)
      parent.append(typeof c === 'string' ? document.createTextNode(c) : c);
}

export function clear(node: Element): void {
  node.replaceChildren();
}

export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
