/**
 * The side panel: what a node, an edge or the link between two nodes is, what it is tied to,
 * and the sentences that say so. Groups come in the order people ask (meetings, events, roles,
 * relations, then mentions, collapsed); long lists and evidence show a few and a "show all".
 */
import type { DataGraph, EdgeAttributes, EvidenceItem } from './data';
import { append, clear, el } from './dom';
import { articlesOf, byDateDesc, meetingEdgesOf, meetingOf, uniqueEvidence, type Meeting } from './meetings';
import type { Selection } from './state';

export interface PanelActions {
  readonly select: (selection: Selection) => void;
  /** Opens an article's text, with a sentence of it highlighted. */
  readonly read: (doc: string, sentence?: string) => void;
  /** Changes the filters so that a hidden node is shown. */
  readonly reveal: (node: string) => void;
}

/** Rows shown before "show all", and articles of evidence. */
const ROWS_SHOWN = 8;
const ARTICLES_SHOWN = 3;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const dateSpan = (a: Record<string, unknown>) => [a.date, a.endDate].filter(Boolean).join(' – ');

function field(name: string, value: unknown): HTMLElement | null {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return null;
  return el(
    'div',
    { class: 'field' },
    el('span', { class: 'name' }, name),
    el('span', { class: 'value' }, Array.isArray(value) ? value.join(', ') : String(value)),
  );
}

function button(label: string | Node, onClick: () => void, props: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}

function nodeLink(graph: DataGraph, node: string, actions: PanelActions): HTMLButtonElement {
  return button(graph.getNodeAttribute(node, 'label'), () => actions.select({ kind: 'node', key: node }), {
    class: 'link',
    'data-node': node,
  });
}

/** The first rows of a list, and a button that draws the rest. Rows are made only when drawn. */
function rows(count: number, row: (i: number) => HTMLElement, shown = ROWS_SHOWN, className = 'rows'): HTMLElement {
  const list = el('ul', { class: className });
  const draw = (from: number, to: number) => {
    for (let i = from; i < to; i++) list.append(el('li', {}, row(i)));
  };
  draw(0, Math.min(count, shown));
  if (count <= shown) return list;
  const more = button(
    `Show all ${count}`,
    () => {
      more.remove();
      draw(shown, count);
    },
    { class: 'more' },
  );
  return el('div', {}, list, more);
}

/** A titled group; a collapsed one makes its body only when first opened (a busy node has thousands of mentions). */
function group(title: string, count: number, body: () => HTMLElement, collapsed = false): HTMLElement {
  const heading = `${title} (${count})`;
  if (!collapsed) return el('section', { class: 'group', 'data-group': title }, el('h3', {}, heading), body());
  const details = el('details', { class: 'group', 'data-group': title }, el('summary', {}, heading));
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(body());
  });
  return details;
}

function meetingRow(graph: DataGraph, m: Meeting, partnerOf: string | null, actions: PanelActions): HTMLElement {
  const partner = partnerOf === null ? null : m.people[0] === partnerOf ? m.people[1] : m.people[0];
  const articles = articlesOf(m.evidence).length;
  const parts = [
    el('span', { class: 'date' }, m.date ?? 'undated'),
    partner ? el('span', { class: 'who' }, graph.getNodeAttribute(partner, 'label')) : null,
    el('span', { class: 'where' }, m.place?.label ?? 'place unknown'),
    el('span', { class: 'articles' }, `${articles} article${articles === 1 ? '' : 's'}`),
  ];
  // From a person: the row opens the meeting's event; from a link: the meeting itself.
  const open =
    partnerOf !== null && m.event
      ? () => actions.select({ kind: 'node', key: m.event! })
      : () => actions.select({ kind: 'edge', key: m.edge });
  const b = button(el('span', { class: 'meeting' }, ...parts), open, { class: 'row', 'data-edge': m.edge });
  if (m.event) b.dataset.event = m.event;
  return b;
}

/** A neighbour as a row: its name and, quieter, what ties it (a date, a role, a title). */
function neighbourRow(graph: DataGraph, node: string, note: string | undefined, actions: PanelActions): HTMLElement {
  return button(
    el('span', {}, graph.getNodeAttribute(node, 'label'), note ? el('span', { class: 'note' }, ` ${note}`) : null),
    () => actions.select({ kind: 'node', key: node }),
    { class: 'row', 'data-node': node },
  );
}

interface Tie {
  readonly edge: string;
  readonly other: string;
  readonly a: EdgeAttributes;
  readonly outgoing: boolean;
}

const ARROW = (t: Tie) => (t.outgoing ? '→' : '←');

function tieNote(graph: DataGraph, t: Tie): string | undefined {
  const o = graph.getNodeAttributes(t.other);
  return (
    [
      text(t.a.role),
      text(t.a.title),
      o.type === 'Event' ? text(o.date) : undefined,
      typeof t.a.count === 'number' && t.a.count > 1 ? `${t.a.count}×` : undefined,
    ]
      .filter(Boolean)
      .join(', ') || undefined
  );
}

/** A sentence, and (said beside it, made only when drawn) what it supports. */
type Said = EvidenceItem & { readonly about?: () => string };

/** Sentences grouped by article, newest article first; a few articles, then "show all". */
function evidenceSection(
  graph: DataGraph,
  items: readonly Said[],
  actions: PanelActions,
  title = 'Evidence',
): HTMLElement | null {
  if (!items.length) return null;
  const byDoc = new Map<string, Said[]>();
  for (const e of items) {
    const list = byDoc.get(e.doc);
    if (list) list.push(e);
    else byDoc.set(e.doc, [e]);
  }
  /** An article's sentences once each, with what each supports: worked out only for the articles drawn. */
  const sentencesOf = (doc: string) => {
    const out = new Map<string, (() => string)[]>();
    for (const e of byDoc.get(doc)!) {
      let about = out.get(e.text);
      if (!about) out.set(e.text, (about = []));
      if (e.about) about.push(e.about);
    }
    return out;
  };
  const docs = [...byDoc.keys()]
    .map((doc) => ({
      doc,
      published: (graph.hasNode(doc) ? text(graph.getNodeAttribute(doc, 'published')) : undefined) ?? '',
    }))
    .sort((x, y) => (x.published === y.published ? (x.doc < y.doc ? -1 : 1) : x.published < y.published ? 1 : -1))
    .map((x) => x.doc);
  const article = (i: number) => {
    const doc = docs[i];
    const d = graph.hasNode(doc) ? graph.getNodeAttributes(doc) : undefined;
    const source = [d?.publisher, d?.published].filter(Boolean).join(', ');
    return el(
      'div',
      { class: 'article', 'data-doc': doc },
      el('div', { class: 'article-title' }, String(d?.title ?? d?.label ?? doc)),
      source ? el('div', { class: 'article-source' }, source) : null,
      ...[...sentencesOf(doc)].map(([sentence, about]) =>
        el(
          'blockquote',
          { class: 'sentence' },
          el('span', { class: 'said' }, sentence),
          about.length ? el('span', { class: 'about' }, ` — ${[...new Set(about.map((f) => f()))].join('; ')}`) : null,
          button('Read in the article', () => actions.read(doc, sentence), { class: 'read' }),
        ),
      ),
    );
  };
  const count = items.length;
  return el(
    'section',
    { class: 'evidence' },
    el(
      'h3',
      {},
      `${title} (${count} sentence${count === 1 ? '' : 's'} from ${docs.length} article${docs.length === 1 ? '' : 's'})`,
    ),
    rows(docs.length, article, ARTICLES_SHOWN, 'articles'),
  );
}

function hiddenNotice(reason: string | undefined, node: string, actions: PanelActions): HTMLElement | null {
  if (!reason) return null;
  return el(
    'div',
    { class: 'notice', role: 'status' },
    `Not shown in the graph: ${reason}. `,
    button('Show it', () => actions.reveal(node), { class: 'reveal' }),
  );
}

function urlField(url: unknown): HTMLElement | null {
  const u = text(url);
  if (!u || !/^https?:\/\//i.test(u)) return field('URL', u);
  return el(
    'div',
    { class: 'field' },
    el('span', { class: 'name' }, 'URL'),
    el('a', { href: u, target: '_blank', rel: 'noopener noreferrer', class: 'url' }, u),
  );
}

export function showNode(
  panel: HTMLElement,
  graph: DataGraph,
  node: string,
  actions: PanelActions,
  hiddenReason?: string,
): void {
  clear(panel);
  const a = graph.getNodeAttributes(node);
  const ties: Tie[] = [];
  // Mentions (thousands on a busy node) are only counted here: their group is built when opened.
  const mentionEdges: string[] = [];
  graph.forEachEdge(node, (edge, ea, s, t) => {
    if (ea.type === 'MENTIONS') mentionEdges.push(edge);
    else ties.push({ edge, other: s === node ? t : s, a: ea, outgoing: s === node });
  });
  const of = (pred: (t: Tie) => boolean) => ties.filter(pred);
  const label = (t: Tie) => graph.getNodeAttribute(t.other, 'label');
  const newestFirst = (t: Tie) => {
    const o = graph.getNodeAttributes(t.other);
    return text(o.date) ?? text(o.published) ?? '';
  };
  /** Sorted by label, or newest first then by label; keys read once per tie. */
  const sorted = (list: Tie[], byDate: boolean) =>
    list
      .map((t) => ({ t, date: byDate ? newestFirst(t) : '', label: label(t) }))
      .sort((x, y) => (x.date === y.date ? 0 : x.date < y.date ? 1 : -1) || x.label.localeCompare(y.label))
      .map((x) => x.t);
  const tieGroup = (
    title: string,
    list: Tie[] | (() => Tie[]),
    byDate: boolean,
    collapsed = false,
    count = typeof list === 'function' ? 0 : list.length,
  ) => {
    if (!count) return null;
    return group(
      title,
      count,
      () => {
        const ordered = sorted(typeof list === 'function' ? list() : list, byDate);
        return rows(ordered.length, (i) => neighbourRow(graph, ordered[i].other, tieNote(graph, ordered[i]), actions));
      },
      collapsed,
    );
  };
  const meetings = a.type === 'Person' ? meetingEdgesOf(graph, node) : [];
  const events = of((t) => t.a.type === 'PARTICIPATED_IN' && t.outgoing);
  const participants = of((t) => t.a.type === 'PARTICIPATED_IN' && !t.outgoing);
  const heldIn = of((t) => t.a.type === 'HELD_IN' && t.outgoing);
  const heldHere = of((t) => t.a.type === 'HELD_IN' && !t.outgoing);
  const roles = of((t) => t.a.type === 'HOLDS_ROLE');
  const mentions = () =>
    mentionEdges.map((edge): Tie => {
      const [s, t] = graph.extremities(edge);
      return { edge, other: s === node ? t : s, a: graph.getEdgeAttributes(edge), outgoing: s === node };
    });
  const grouped = new Set(['MET', 'PARTICIPATED_IN', 'HELD_IN', 'HOLDS_ROLE', 'MENTIONS']);
  const relations = new Map<string, Tie[]>();
  for (const t of ties) {
    if (grouped.has(t.a.type)) continue;
    const name = `${t.a.type} ${ARROW(t)}`;
    const list = relations.get(name);
    if (list) list.push(t);
    else relations.set(name, [t]);
  }
  const evidence: Said[] = [];
  for (const t of ties) {
    if (t.a.type === 'MET' || !t.a.evidence) continue; // a MET's sentences are its people's PARTICIPATED_IN ones, listed already
    const about = () => `${t.a.type} ${ARROW(t)} ${graph.getNodeAttribute(t.other, 'label')}`;
    for (const ev of t.a.evidence) evidence.push({ ...ev, about });
  }
  append(
    panel,
    el('h2', {}, a.label),
    el(
      'div',
      { class: 'badge', 'data-type': a.type, style: `border-left-color:${a.color}` },
      [a.type, a.kind].filter(Boolean).join(' · '),
    ),
    hiddenNotice(hiddenReason, node, actions),
    field(
      'Also called',
      a.aliases.filter((x) => x !== a.label),
    ),
    field('Titles', a.titles),
    field('Date', dateSpan(a)),
    field('Date as written', a.dateText),
    field('Publisher', a.publisher),
    field('Published', a.published && `${a.published}${a.publishedFrom ? ` (from ${a.publishedFrom})` : ''}`),
    urlField(a.url),
    field('File', a.file),
    field('Mentions', a.mentions),
    a.type === 'Document'
      ? button(
          typeof a.text === 'string' ? 'Read the article' : 'The article (its text is not in this graph)',
          () => actions.read(node),
          { class: 'read-article' },
        )
      : null,
    meetings.length
      ? group('Meetings', meetings.length, () =>
          rows(meetings.length, (i) => meetingRow(graph, meetingOf(graph, meetings[i]), node, actions)),
        )
      : null,
    tieGroup('Events', events, true),
    tieGroup('Participants', participants, false),
    tieGroup('Held in', heldIn, false),
    tieGroup('Events held here', heldHere, true),
    tieGroup('Roles', roles, false),
    ...[...relations].sort(([x], [y]) => x.localeCompare(y)).map(([name, list]) => tieGroup(name, list, false)),
    tieGroup(a.type === 'Document' ? 'Mentions' : 'Mentioned in', mentions, true, true, mentionEdges.length),
    evidenceSection(graph, evidence, actions),
  );
}

function edgeFields(graph: DataGraph, edge: string, actions: PanelActions): (HTMLElement | null)[] {
  const a = graph.getEdgeAttributes(edge);
  if (a.type !== 'MET') {
    return [
      field('Role', a.role),
      field('Title', a.title),
      field('Date', a.date),
      field('Source', a.source),
      field('Count', a.count),
      evidenceSection(graph, a.evidence ?? [], actions) ??
        el('p', { class: 'muted' }, 'No sentence: this link is derived or general knowledge.'),
    ];
  }
  const m = meetingOf(graph, edge);
  const place = m.place?.node ? nodeLink(graph, m.place.node, actions) : m.place?.label;
  return [
    el(
      'div',
      { class: 'field' },
      el('span', { class: 'name' }, 'Event'),
      m.event ? nodeLink(graph, m.event, actions) : el('span', { class: 'value' }, text(a.event) ?? 'not named'),
    ),
    field('Date', m.date ?? 'undated'),
    el(
      'div',
      { class: 'field' },
      el('span', { class: 'name' }, 'Place'),
      place ?? el('span', { class: 'value' }, 'not known'),
    ),
    evidenceSection(graph, m.evidence, actions, 'Sentences that put them at the event') ??
      el('p', { class: 'muted' }, 'No sentence: the graph does not say what put them at the event.'),
  ];
}

export function showEdge(panel: HTMLElement, graph: DataGraph, edge: string, actions: PanelActions): void {
  clear(panel);
  const [s, t] = graph.extremities(edge);
  append(
    panel,
    el('h2', {}, graph.getEdgeAttribute(edge, 'type')),
    el('div', { class: 'edge-ends' }, nodeLink(graph, s, actions), ' → ', nodeLink(graph, t, actions)),
    ...edgeFields(graph, edge, actions),
  );
}

/** The link drawn between two nodes: every edge it stands for, meetings first. */
export function showLink(
  panel: HTMLElement,
  graph: DataGraph,
  ends: readonly [string, string],
  members: readonly string[],
  actions: PanelActions,
): void {
  clear(panel);
  const meetings = members
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'MET')
    .map((e) => meetingOf(graph, e))
    .sort(byDateDesc);
  const others = members.filter((e) => graph.getEdgeAttribute(e, 'type') !== 'MET');
  const otherRow = (i: number) => {
    const e = others[i];
    const a = graph.getEdgeAttributes(e);
    const [s, t] = graph.extremities(e);
    const note = [text(a.role), text(a.title), text(a.date), typeof a.count === 'number' ? `${a.count}×` : undefined]
      .filter(Boolean)
      .join(', ');
    return button(
      `${graph.getNodeAttribute(s, 'label')} ${a.type} ${graph.getNodeAttribute(t, 'label')}${note ? ` (${note})` : ''}`,
      () => actions.select({ kind: 'edge', key: e }),
      { class: 'row', 'data-edge': e },
    );
  };
  const evidence = uniqueEvidence([
    ...meetings.flatMap((m) => m.evidence),
    ...others.flatMap((e) => graph.getEdgeAttribute(e, 'evidence') ?? []),
  ]);
  append(
    panel,
    el('h2', {}, graph.getNodeAttribute(ends[0], 'label'), ' — ', graph.getNodeAttribute(ends[1], 'label')),
    el('div', { class: 'edge-ends' }, nodeLink(graph, ends[0], actions), ' · ', nodeLink(graph, ends[1], actions)),
    el('p', { class: 'muted' }, `${members.length} links between them.`),
    meetings.length
      ? group('Meetings', meetings.length, () =>
          rows(meetings.length, (i) => meetingRow(graph, meetings[i], null, actions)),
        )
      : null,
    others.length ? group('Other links', others.length, () => rows(others.length, otherRow)) : null,
    evidenceSection(graph, evidence, actions),
  );
}
