/** Search with autocomplete over labels and aliases. */
import type { DisplayGraph } from './data';
import { clear, el } from './dom';

interface Entry {
  readonly node: string;
  readonly label: string;
  readonly name: string;
  /** The name folded once when indexing: folding every name on each keystroke stalls big graphs. */
  readonly folded: string;
  readonly type: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐'’.]/g, ' ');

export function buildSearch(input: HTMLInputElement, list: HTMLElement, getGraph: () => DisplayGraph, choose: (node: string) => void): void {
  let entries: Entry[] = [];
  let indexed: DisplayGraph | null = null;
  let active = -1;
  const index = () => {
    const graph = getGraph();
    if (graph === indexed) return;
    indexed = graph;
    entries = [];
    graph.forEachNode((node, a) => {
      for (const name of new Set([a.label, ...a.aliases])) entries.push({ node, label: a.label, name, folded: fold(name), type: a.nodeType });
    });
  };
  const results = (q: string): Entry[] => {
    const f = fold(q.trim());
    if (!f) return [];
    const seen = new Set<string>();
    const graph = getGraph();
    const scored = entries
      .map((e) => ({ e, at: e.folded.indexOf(f) }))
      .filter((x) => x.at >= 0)
      .map((x) => ({ ...x, mentions: graph.getNodeAttribute(x.e.node, 'mentions') }))
      .sort((a, b) => (a.at === 0 ? 0 : 1) - (b.at === 0 ? 0 : 1) || b.mentions - a.mentions || a.e.label.localeCompare(b.e.label));
    return scored.map((x) => x.e).filter((e) => !seen.has(e.node) && seen.add(e.node)).slice(0, 12);
  };
  const render = () => {
    index();
    clear(list);
    const found = results(input.value);
    active = found.length ? 0 : -1;
    for (const [i, e] of found.entries()) {
      const item = el('li', { role: 'option', 'data-node': e.node, class: i === 0 ? 'active' : '' }, e.label, e.name !== e.label ? el('span', { class: 'alias' }, ` (${e.name})`) : null, el('span', { class: 'type' }, e.type));
      item.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(e.node); });
      list.append(item);
    }
    list.hidden = !found.length;
  };
  const pick = (node: string) => {
    input.value = getGraph().getNodeAttribute(node, 'label');
    list.hidden = true;
    choose(node);
  };
  input.addEventListener('input', render);
  input.addEventListener('focus', render);
  input.addEventListener('blur', () => { list.hidden = true; });
  input.addEventListener('keydown', (ev) => {
    const items = [...list.querySelectorAll<HTMLElement>('li')];
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      active = Math.max(0, Math.min(items.length - 1, active + (ev.key === 'ArrowDown' ? 1 : -1)));
      items.forEach((it, i) => it.classList.toggle('active', i === active));
    } else if (ev.key === 'Enter' && items[active]) {
      pick(items[active].dataset.node!);
    } else if (ev.key === 'Escape') {
      list.hidden = true;
    }
  });
}
