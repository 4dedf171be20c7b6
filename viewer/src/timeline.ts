/**
 * A histogram of dates by month with a two-handle range, driven by event dates or by article
 * publication dates, and a play control that steps the range's end through the months from
 * its start, so the graph grows as the story did.
 */
import type { DataGraph } from './data';
import { clear, el } from './dom';
import type { TimeBasis } from './state';
import { timelineDate } from './visibility';

export interface Timeline {
  readonly months: readonly string[];
  set(from: string | null, to: string | null): void;
  stop(): void;
}

export interface TimelineHooks {
  readonly onRange: (from: string | null, to: string | null) => void;
  readonly onBasis: (basis: TimeBasis) => void;
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const monthOf = (d: string) => (d.length >= 7 ? d.slice(0, 7) : `${d.slice(0, 4)}-01`);

function basisChooser(basis: TimeBasis, onBasis: (b: TimeBasis) => void): HTMLSelectElement {
  const select = el(
    'select',
    { id: 'time-basis', 'aria-label': 'Timeline dates' },
    el('option', { value: 'events' }, 'Event dates'),
    el('option', { value: 'articles' }, 'Publication dates'),
  );
  select.value = basis;
  select.addEventListener('change', () => onBasis(select.value as TimeBasis));
  return select;
}

export function buildTimeline(
  container: HTMLElement,
  graph: DataGraph,
  basis: TimeBasis,
  stepMs: number,
  hooks: TimelineHooks,
): Timeline {
  clear(container);
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    const date = timelineDate(a, basis);
    if (date) counts.set(monthOf(date), (counts.get(monthOf(date)) ?? 0) + 1);
  });
  const dated = [...counts.keys()].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  container.append(basisChooser(basis, hooks.onBasis));
  if (!dated.length) {
    container.append(el('p', { class: 'muted' }, basis === 'events' ? 'No dated events.' : 'No dated articles.'));
    return { months: [], set: () => undefined, stop: () => undefined };
  }
  const months = monthsBetween(dated[0], dated[dated.length - 1]);
  const last = months.length - 1;
  const max = Math.max(...months.map((m) => counts.get(m) ?? 0));
  const bars = el(
    'div',
    { class: 'bars', 'aria-hidden': 'true' },
    ...months.map((m) =>
      el('div', {
        class: 'bar',
        title: `${m}: ${counts.get(m) ?? 0}`,
        style: `height:${Math.round(((counts.get(m) ?? 0) / max) * 100)}%`,
      }),
    ),
  );
  const slider = (id: string, name: string, value: number) =>
    el('input', { type: 'range', min: '0', max: String(last), value: String(value), 'aria-label': name, id });
  const lo = slider('timeline-from', 'Timeline start', 0);
  const hi = slider('timeline-to', 'Timeline end', last);
  const label = el('div', { class: 'range-label' });
  const play = el('button', { type: 'button', id: 'play', 'aria-pressed': 'false' }, 'Play');
  let timer: ReturnType<typeof setInterval> | null = null;
  const update = (emit: boolean) => {
    if (Number(lo.value) > Number(hi.value)) [lo.value, hi.value] = [hi.value, lo.value];
    const from = months[Number(lo.value)];
    const to = months[Number(hi.value)];
    label.textContent = `${from} – ${to}`;
    lo.setAttribute('aria-valuetext', from);
    hi.setAttribute('aria-valuetext', to);
    bars
      .querySelectorAll('.bar')
      .forEach((b, i) => b.classList.toggle('off', i < Number(lo.value) || i > Number(hi.value)));
    if (emit) hooks.onRange(Number(lo.value) === 0 ? null : from, Number(hi.value) === last ? null : to);
  };
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', () => {
    if (timer !== null) {
      stop();
      return;
    }
    // From the range's start, one more month each step, to the last.
    hi.value = lo.value;
    update(true);
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (Number(hi.value) >= last) {
        stop();
        return;
      }
      hi.value = String(Number(hi.value) + 1);
      update(true);
    }, stepMs);
  });
  lo.addEventListener('input', () => {
    stop();
    update(true);
  });
  hi.addEventListener('input', () => {
    stop();
    update(true);
  });
  container.append(bars, el('div', { class: 'sliders' }, lo, hi), el('div', { class: 'range-row' }, play, label));
  const set = (from: string | null, to: string | null) => {
    const first = from ? months.findIndex((x) => x >= from) : 0;
    const end = to ? months.findLastIndex((x) => x <= to) : last;
    lo.value = String(first < 0 ? last : first);
    hi.value = String(end < 0 ? 0 : end);
    update(false);
  };
  set(null, null);
  return { months, set, stop };
}
