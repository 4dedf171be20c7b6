/** The side panel: what a node or an edge is, what it is tied to, and the sentences that say so. */
import type { DisplayGraph, Evidence } from './data';
import { append, clear, el } from './dom';

export interface PanelActions {
  readonly select: (node: string) => void;
}

const dateSpan = (a: Record<string, unknown>) => [a.date, a.endDate].filter(Boolean).join(' – ');

function field(name: string, value: unknown): HTMLElement | null {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return null;
  return el('div', { class: 'field' }, el('span', { class: 'name' }, name), el('span', { class: 'value' }, Array.isArray(value) ? value.join(', ') : String(value)));
}

/** Sentences grouped by the article they come from (title, outlet, date), each once with what it supports. */
function evidenceList(graph: DisplayGraph, items: readonly (Evidence & { about?: string })[]): HTMLElement | null {
  if (!items.length) return null;
  const byDoc = new Map<string, Map<string, Set<string>>>();
  for (const e of items) {
    const sentences = byDoc.get(e.doc) ?? new Map<string, Set<string>>();
    byDoc.set(e.doc, sentences);
    const about = sentences.get(e.text) ?? new Set<string>();
    sentences.set(e.text, about);
    if (e.about) about.add(e.about);
  }
  return el('section', { class: 'evidence' }, el('h3', {}, 'Evidence'),
    ...[...byDoc].map(([doc, sentences]) => {
      const d = graph.hasNode(doc) ? graph.getNodeAttributes(doc) : undefined;
      const source = [d?.publisher, d?.published].filter(Boolean).join(', ');
      return el('div', { class: 'article' },
        el('div', { class: 'article-title' }, String(d?.title ?? d?.label ?? doc)),
        source ? el('div', { class: 'article-source' }, source) : null,
        ...[...sentences].map(([text, about]) => el('blockquote', { class: 'sentence' }, text,
          about.size ? el('span', { class: 'about' }, ` — ${[...about].join('; ')}`) : null)));
    }));
}

export function showNode(panel: HTMLElement, graph: DisplayGraph, node: string, actions: PanelActions): void {
  clear(panel);
  const a = graph.getNodeAttributes(node);
  const groups = new Map<string, Map<string, string>>();
  const evidence: (Evidence & { about?: string })[] = [];
  graph.forEachEdge(node, (_e, ea, s, t) => {
    const other = s === node ? t : s;
    const label = graph.getNodeAttribute(other, 'label');
    const group = `${ea.relation}${s === node ? ' →' : ' ←'}`;
    if (!groups.has(group)) groups.set(group, new Map());
    groups.get(group)!.set(other, label);
    for (const ev of ea.evidence ?? []) evidence.push({ ...ev, about: `${ea.relation} ${s === node ? '→' : '←'} ${label}` });
  });
  append(panel,
    el('h2', {}, a.label),
    el('div', { class: 'badge', style: `background:${a.color}` }, [a.nodeType, a.kind].filter(Boolean).join(' · ')),
    field('Also called', a.aliases.filter((x) => x !== a.label)),
    field('Titles', a.titles),
    field('Date', dateSpan(a)),
    field('Date as written', a.dateText),
    field('Publisher', a.publisher),
    field('Published', a.published && `${a.published}${a.publishedFrom ? ` (from ${a.publishedFrom})` : ''}`),
    field('File', a.file),
    field('Mentions', a.mentions),
    ...[...groups].sort().map(([group, members]) => el('section', { class: 'neighbours' }, el('h3', {}, `${group} (${members.size})`),
      ...[...members].sort((x, y) => x[1].localeCompare(y[1])).map(([key, label]) => {
        const b = el('button', { class: 'link', type: 'button', 'data-node': key }, label);
        b.addEventListener('click', () => actions.select(key));
        return b;
      }))),
    evidenceList(graph, evidence),
    typeof a.text === 'string' ? el('details', { class: 'text' }, el('summary', {}, 'Article text'), el('pre', {}, a.text)) : null,
  );
}

export function showEdge(panel: HTMLElement, graph: DisplayGraph, edge: string, actions: PanelActions): void {
  clear(panel);
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const link = (n: string) => {
    const b = el('button', { class: 'link', type: 'button', 'data-node': n }, graph.getNodeAttribute(n, 'label'));
    b.addEventListener('click', () => actions.select(n));
    return b;
  };
  append(panel,
    el('h2', {}, a.relation),
    el('div', { class: 'edge-ends' }, link(s), ' → ', link(t)),
    field('Role', a.role), field('Title', a.title), field('Date', a.date), field('Source', a.source), field('Count', a.count),
    evidenceList(graph, (a.evidence ?? []) as Evidence[]) ?? el('p', { class: 'muted' }, a.relation === 'MET' ? 'Derived from the event they both took part in.' : 'No sentence: this link is derived or general knowledge.'),
  );
}
