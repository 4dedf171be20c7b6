/** Exact-span NER scores (CoNLL style): precision, recall and F1 per type and over all. */

export interface SpanScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** `TYPE:start:end` of each span; an I- after O or after another type opens a span, as in IOB1. */
function spans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = 0;
  const close = (end: number) => {
    if (type) out.push(`${type}:${start}:${end}`);
  };
  tags.forEach((tag, i) => {
    const [prefix, t] = tag === 'O' || !tag.includes('-') ? ['O', ''] : tag.split('-');
    if (prefix === 'O') {
      close(i);
      type = '';
      return;
    }
    if (prefix === 'B' || t !== type) {
      close(i);
      type = t;
      start = i;
    }
  });
  close(tags.length);
  return out;
}

export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): Record<string, SpanScore> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    for (const key of [type, 'micro']) {
      const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      counts.set(key, c);
    }
  };
  gold.forEach((g, i) => {
    const want = new Set(spans(g));
    const got = new Set(spans(predicted[i]));
    for (const s of got) bump(s.split(':')[0], want.has(s) ? 'tp' : 'fp');
    for (const s of want) if (!got.has(s)) bump(s.split(':')[0], 'fn');
  });
  const out: Record<string, SpanScore> = {};
  for (const [type, { tp, fp, fn }] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    out[type] = {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support: tp + fn,
    };
  }
  return out;
}
