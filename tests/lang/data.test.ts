import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/graph/contract.js';
import { findDates } from '../../src/extract/dates.js';
import { LANGUAGES } from '../../src/lang/index.js';

/** Entries that occur more than once, compared in lower case (every look-up of these lists ignores case or lower-cases first). */
function duplicates(list: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const x of list) seen.set(x.toLowerCase(), (seen.get(x.toLowerCase()) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([x]) => x);
}

/** Every list of words a module exports, by name: string arrays, the phrases of phrase tables, and the lists of a record of lists. */
function wordLists(mod: Record<string, unknown>): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  const isWords = (v: unknown): v is string[] =>
    Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
  for (const [name, v] of Object.entries(mod)) {
    if (isWords(v)) out.push([name, v]);
    else if (Array.isArray(v) && v.length && v.every((x) => typeof x?.phrase === 'string'))
      out.push([name, v.map((x: { phrase: string }) => x.phrase)]);
    else if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp) && !(v instanceof Set)) {
      for (const [k, w] of Object.entries(v)) if (isWords(w)) out.push([`${name}.${k}`, w]);
    }
  }
  return out;
}

const codes = Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[];

describe('the Indonesian model, the reference one', () => {
  it('triggers every event kind of the contract but `other`', () => {
    const kinds = new Set<string>(LANGUAGES.id.eventTriggers.map((t) => t.kind));
    for (const k of Object.keys(EVENT_KINDS)) if (k !== 'other') expect(kinds.has(k), `no trigger for ${k}`).toBe(true);
  });
});

describe.each(codes)('the %s language data', (code) => {
  const model = LANGUAGES[code];

  it("lists each word once, in every list the language's modules export", async () => {
    const dir = new URL(`../../src/lang/${code}/`, import.meta.url);
    const found: string[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      for (const [name, list] of wordLists(mod)) {
        const dups = duplicates(list);
        if (dups.length) found.push(`${file} ${name}: ${dups.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('lists each word once in the model the engine gets, where lists are joined', () => {
    const found = wordLists(model as unknown as Record<string, unknown>)
      .filter(([, list]) => duplicates(list).length)
      .map(([name, list]) => `${name}: ${duplicates(list).join(', ')}`);
    expect(found).toEqual([]);
  });

  it('is plain data: a worker thread gets the same model by structured clone', () => {
    expect(structuredClone(model)).toEqual(model);
    expect(model.code).toBe(code);
  });

  it('names only event kinds of the contract', () => {
    for (const t of model.eventTriggers) expect(Object.keys(EVENT_KINDS), t.phrase).toContain(t.kind);
  });

  it('has a date grammar whose rules compile and whose groups exist', () => {
    expect(model.dateRules.length).toBeGreaterThan(0);
    for (const rule of model.dateRules) {
      const source = rule.pattern.replace(/\{(month|weekday|relative)\}/g, '(?:x)');
      // As findDates compiles it for text of ASCII letters: without the Unicode flag unless the rule asks for it.
      const groups = new RegExp(`${source}|`, rule.unicode ? 'u' : '').exec('')!.length - 1;
      for (const [part, group] of Object.entries(rule.yields))
        expect(group, `${rule.pattern} ${part}`).toBeLessThanOrEqual(groups);
    }
    // Every month name is found as a date with a day and year.
    for (const [name, month] of Object.entries(model.months)) {
      const [d] = findDates(`3 ${name} 2024`, model);
      expect(d, name).toMatchObject({ day: 3, month, year: 2024 });
    }
  });
});
