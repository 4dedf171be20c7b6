/** A histogram of event dates by month, with a two-handle range that filters events. */
import type { DisplayGraph } from './data';
import { clear, el } from './dom';

export interface Timeline {
  readonly months: readonly string[];
  set(from: string | null, to: string | null): void;
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export function buildTimeline(container: HTMLElement, graph: DisplayGraph, onChange: (from: string | null, to: string | null) => void): Timeline {
  clear(container);
  const counts = new Map<string, number>();
  const monthOf = (d: string) => (d.length >= 7 ? d.slice(0, 7) : `${d.slice(0, 4)}-01`);
  graph.forEachNode((_n, a) => {
    if (a.nodeType === 'Event' && typeof a.date === 'string') counts.set(monthOf(a.date), (counts.get(monthOf(a.date)) ?? 0) + 1);
  });
  const dated = [...counts.keys()].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  if (!dated.length) {
    container.append(el('p', { class: 'muted' }, 'No dated events.'));
    return { months: [], set: () => undefined };
  }
  const months = monthsBetween(dated[0], dated[dated.length - 1]);
  const max = Math.max(...months.map((m) => counts.get(m) ?? 0));
  const bars = el('div', { class: 'bars' }, ...months.map((m) => el('div', { class: 'bar', title: `${m}: ${counts.get(m) ?? 0}`, style: `height:${Math.round(((counts.get(m) ?? 0) / max) * 100)}%` })));
  const lo = el('input', { type: 'range', min: '0', max: String(months.length - 1), value: '0', 'aria-label': 'from', id: 'timeline-from' });
  const hi = el('input', { type: 'range', min: '0', max: String(months.length - 1), value: String(months.length - 1), 'aria-label': 'to', id: 'timeline-to' });
  const label = el('div', { class: 'range-label' });
  const update = (emit: boolean) => {
    if (Number(lo.value) > Number(hi.value)) [lo.value, hi.value] = [hi.value, lo.value];
    const from = months[Number(lo.value)];
    const to = months[Number(hi.value)];
    label.textContent = `${from} – ${to}`;
    bars.querySelectorAll('.bar').forEach((b, i) => b.classList.toggle('off', i < Number(lo.value) || i > Number(hi.value)));
    if (emit) onChange(Number(lo.value) === 0 ? null : from, Number(hi.value) === months.length - 1 ? null : to);
  };
  lo.addEventListener('input', () => update(true));
  hi.addEventListener('input', () => update(true));
  container.append(bars, el('div', { class: 'sliders' }, lo, hi), label);
  const set = (from: string | null, to: string | null) => {
    const index = (m: string | null, fallback: number) => {
      if (!m) return fallback;
      const i = months.findIndex((x) => x >= m);
      return i < 0 ? months.length - 1 : i;
    };
    lo.value = String(index(from, 0));
    hi.value = String(to ? Math.max(0, months.length - 1 - [...months].reverse().findIndex((x) => x <= to)) : months.length - 1);
    update(false);
  };
  set(null, null);
  return { months, set };
}
