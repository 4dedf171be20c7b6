/**
 * Search as a combobox: names, aliases and titles (`Menteri Luar Negeri` finds who holds it),
 * with near misses (`Lavrof` finds Lavrov) through MiniSearch's fuzzy prefix matching.
 * Results a filter hides are marked; nothing found says so.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { DataGraph } from './data';
import { clear, el } from './dom';

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly aliases: string;
  readonly titles: string;
}

export interface SearchHooks {
  readonly graph: () => DataGraph;
  readonly isShown: (node: string) => boolean;
  readonly choose: (node: string) => void;
}

const MAX_RESULTS = 12;
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

function indexOf(graph: DataGraph): MiniSearch<Entry> {
  const index = new MiniSearch<Entry>({
    fields: ['label', 'aliases', 'titles'],
    processTerm: (term) => fold(term),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { label: 2, aliases: 1.5 } },
  });
  const entries: Entry[] = [];
  graph.forEachNode((id, a) => {
    entries.push({
      id,
      label: a.label,
      aliases: a.aliases.filter((x) => x !== a.label).join(' \n '),
      titles: list(a.titles).join(' \n '),
    });
  });
  index.addAll(entries);
  return index;
}

/** What to show beside a result: the alias or title that matched, when not its name. */
function matchedBy(graph: DataGraph, r: SearchResult): string | undefined {
  const fields = new Set(Object.values(r.match).flat());
  if (fields.has('label')) return undefined;
  const a = graph.getNodeAttributes(r.id as string);
  const terms = r.terms.map(fold);
  const hit = (xs: string[]) => xs.find((x) => terms.some((t) => fold(x).includes(t)));
  if (fields.has('aliases')) return hit(a.aliases);
  if (fields.has('titles')) return hit(list(a.titles));
  return undefined;
}

export function buildSearch(
  input: HTMLInputElement,
  listbox: HTMLElement,
  status: HTMLElement,
  hooks: SearchHooks,
): void {
  let index: MiniSearch<Entry> | null = null;
  let indexed: DataGraph | null = null;
  let found: SearchResult[] = [];
  let active = -1;
  const search = (q: string): SearchResult[] => {
    const graph = hooks.graph();
    if (graph !== indexed) {
      index = indexOf(graph);
      indexed = graph;
    }
    // Articles sink below people, places and events that match as well; busy nodes rise.
    const weight = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return (a.type === 'Document' ? 0.5 : 1) * (1 + Math.log10(1 + a.mentions) / 4);
    };
    return index!
      .search(q)
      .map((r) => ({ r, score: r.score * weight(r.id as string) }))
      .sort((x, y) => y.score - x.score || (x.r.id as string).localeCompare(y.r.id as string))
      .slice(0, MAX_RESULTS)
      .map((x) => x.r);
  };
  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll('li').forEach((li, j) => {
      li.classList.toggle('active', j === i);
      li.setAttribute('aria-selected', String(j === i));
    });
    if (i >= 0) input.setAttribute('aria-activedescendant', `result-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    listbox.hidden = true;
    status.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const render = () => {
    const q = input.value.trim();
    clear(listbox);
    if (!q) {
      found = [];
      close();
      return;
    }
    const graph = hooks.graph();
    found = search(q);
    for (const [i, r] of found.entries()) {
      const node = r.id as string;
      const a = graph.getNodeAttributes(node);
      const via = matchedBy(graph, r);
      const hidden = !hooks.isShown(node);
      const item = el(
        'li',
        {
          role: 'option',
          id: `result-${i}`,
          'data-node': node,
          'aria-selected': 'false',
          class: hidden ? 'hidden-result' : '',
        },
        el('span', { class: 'label' }, a.label),
        via ? el('span', { class: 'alias' }, ` (${via})`) : null,
        hidden ? el('span', { class: 'hidden-mark' }, 'hidden by a filter') : null,
        el('span', { class: 'type' }, a.type),
      );
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(node);
      });
      listbox.append(item);
    }
    listbox.hidden = !found.length;
    status.hidden = found.length > 0;
    status.textContent = found.length ? '' : `No results for “${q}”`;
    input.setAttribute('aria-expanded', String(found.length > 0));
    setActive(found.length ? 0 : -1);
  };
  const pick = (node: string) => {
    input.value = hooks.graph().getNodeAttribute(node, 'label');
    close();
    hooks.choose(node);
  };
  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (input.value.trim()) render();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (listbox.hidden && found.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(Math.max(0, Math.min(found.length - 1, active + (ev.key === 'ArrowDown' ? 1 : -1))));
    } else if (ev.key === 'Enter' && active >= 0 && found[active]) {
      ev.preventDefault();
      pick(found[active].id as string);
    } else if (ev.key === 'Escape') {
      ev.stopPropagation();
      close();
    }
  });
}
