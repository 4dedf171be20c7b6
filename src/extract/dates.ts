/**
 * Pass 5: date expressions. Absolute dates (`25 April 2019`), ranges (`12 - 17 September`),
 * day/month forms (`Rabu (19/6)`, `(19/6/2024)`), weekdays (`pada Rabu`) and relative
 * phrases (`kemarin`, `pekan lalu`) are found first and resolved afterwards against what is
 * known of the publication date. A year is never invented: without one, only the text stays.
 */
import { DAY } from './isodate.js';
import type { LanguageModel } from './model.js';
import type { RelativeUnit } from '../lang/id/calendar.js';
import { sortInPlace } from './sort.js';

/** A date expression as written; the numbers present are those the text gives. */
export interface RawDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  readonly endDay?: number;
  readonly endMonth?: number;
  readonly endYear?: number;
  readonly weekday?: number;
  readonly relative?: { readonly unit: RelativeUnit; readonly offset: number };
}

/** What is known of the publication date: a full ISO date, or only a year. */
export interface DateContext {
  readonly published?: string;
  readonly year?: number;
}

export interface ResolvedDate {
  readonly date?: string;
  readonly endDate?: string;
}

interface PatternRule {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, model: LanguageModel) => Omit<RawDate, 'start' | 'end' | 'text'> | null;
}

interface Pattern extends PatternRule {
  /** The cheap tests (by index) the text must pass before the pattern can match: a digit, a month or weekday name. */
  readonly needs: readonly number[];
}

/** A model's date patterns and the cheap tests they need. */
interface DatePatterns {
  /** Each needed by some pattern: one scan of a sentence for each, before any pattern runs. */
  readonly prefilters: readonly RegExp[];
  readonly rules: readonly Pattern[];
}

const DIGIT = /\d/;

/**
 * A cheap test that passes wherever the case-insensitive Unicode patterns could find one of
 * `alternatives` (ASCII words): without the `u` flag the engine compares ASCII case much
 * faster (2.6 times here), and the two characters that only Unicode case folding maps to
 * ASCII letters (ſ → s, the Kelvin sign → k) let the test pass too, so nothing is missed.
 */
const prefilter = (alternatives: string) => new RegExp(`\\b(?:${alternatives})|[\u017F\u212A]`, 'i');

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const year = (s: string | undefined) => (s ? (s.length === 2 ? 2000 + Number(s) : Number(s)) : undefined);

function patterns(model: LanguageModel): DatePatterns {
  const M = `(${alt(Object.keys(model.months))})\\.?`;
  const W = `(${alt(Object.keys(model.weekdays))})`;
  const DASH = `\\s*(?:-|–|—|hingga|sampai|s\\.d\\.?|s/d)\\s*`;
  const month = (s: string) => model.months[s.toLowerCase()];
  const weekday = (s: string | undefined) => (s ? model.weekdays[s.toLowerCase()] : undefined);
  const TIME_OF_DAY = '(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari))?';
  const relative = new Map(model.relativeDates.map((r) => [r.phrase, r]));
  const RELATIVE = alt(model.relativeDates.map((r) => r.phrase)).replace(/ /g, '\\s+');
  const rules: PatternRule[] = [
    // 12 September - 17 Oktober 2023
    { re: new RegExp(`\\b(\\d{1,2})\\s+${M}${DASH}(\\d{1,2})\\s+${M}(?:\\s+(\\d{4}))?\\b`, 'giu'),
      read: (m) => ({ day: +m[1], month: month(m[2]), endDay: +m[3], endMonth: month(m[4]), year: year(m[5]), endYear: year(m[5]) }) },
    // 12 - 17 September 2023
    { re: new RegExp(`\\b(\\d{1,2})${DASH}(\\d{1,2})\\s+${M}(?:\\s+(\\d{4}))?\\b`, 'giu'),
      read: (m) => (+m[1] < +m[2] ? { day: +m[1], endDay: +m[2], month: month(m[3]), endMonth: month(m[3]), year: year(m[4]), endYear: year(m[4]) } : null) },
    // Kamis, 25 April 2019 / 25 April
    { re: new RegExp(`\\b(?:${W},?\\s+)?(\\d{1,2})\\s+${M}(?:\\s+(\\d{4}))?\\b`, 'giu'),
      read: (m) => ({ weekday: weekday(m[1]), day: +m[2], month: month(m[3]), year: year(m[4]) }) },
    // Rabu (19/6), Selasa malam (18/6/2024)
    { re: new RegExp(`\\b${W}${TIME_OF_DAY}\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)`, 'giu'),
      read: (m) => ({ weekday: weekday(m[1]), day: +m[2], month: +m[3], year: year(m[4]) }) },
    // (19/6/2024), 19/06/2024, 2024-06-19
    { re: /\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\)/gu, read: (m) => ({ day: +m[1], month: +m[2], year: year(m[3]) }) },
    { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, read: (m) => ({ day: +m[1], month: +m[2], year: +m[3] }) },
    { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
    // September 2023, bulan Juni
    { re: new RegExp(`\\b(?:bulan\\s+)?${M}\\s+(\\d{4})\\b`, 'giu'), read: (m) => ({ month: month(m[1]), year: +m[2] }) },
    { re: new RegExp(`\\b(?:pada|sejak|bulan|hingga|akhir|awal|pertengahan)\\s+(?:bulan\\s+)?${M}(?=\\s+lalu\\b|[\\s,.;)]|$)`, 'giu'), read: (m) => ({ month: month(m[1]) }) },
    // pada Rabu, Kamis lalu
    { re: new RegExp(`\\b(?:pada|hari|sejak|hingga|sampai|setiap)\\s+(?:hari\\s+)?${W}\\b`, 'giu'), read: (m) => ({ weekday: weekday(m[1]) }) },
    // pada 2011, tahun 2000
    { re: /\b(?:pada|sejak|tahun|hingga|sampai|periode|awal|akhir)\s+(?:tahun\s+)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/gu, read: (m) => ({ year: +m[1] }) },
    // kemarin, pekan lalu, tahun depan: one alternation, the longest phrase first (`kemarin lusa`).
    { re: new RegExp(`\\b(${RELATIVE})\\b`, 'giu'),
      read: (m) => {
        const r = relative.get(m[1].toLowerCase().replace(/\s+/g, ' '))!;
        return { relative: { unit: r.unit, offset: r.offset } };
      } },
  ];
  // Most sentences hold no digit and name no month, weekday or relative day: one scan for
  // each spares the patterns built around them (every pattern that mentions one requires it).
  const monthNames = prefilter(alt(Object.keys(model.months)));
  const weekdayNames = prefilter(alt(Object.keys(model.weekdays)));
  const relativeNames = prefilter(RELATIVE);
  const needs = rules.map((r) => [
    ...(r.re.source.includes('\\d') ? [DIGIT] : []),
    ...(r.re.source.includes(M) ? [monthNames] : r.re.source.includes(W) ? [weekdayNames] : []),
    ...(r.re.source.includes(RELATIVE) ? [relativeNames] : []),
  ]);
  const prefilters = [...new Set(needs.flat())];
  return { prefilters, rules: rules.map((r, i) => ({ ...r, needs: needs[i].map((test) => prefilters.indexOf(test)) })) };
}

const patternCache = new WeakMap<LanguageModel, DatePatterns>();

/** Date expressions in `text` (offsets shifted by `offset`), earlier and longer patterns first, never overlapping. */
export function findDates(text: string, model: LanguageModel, offset = 0): RawDate[] {
  let compiled = patternCache.get(model);
  if (!compiled) patternCache.set(model, (compiled = patterns(model)));
  const taken: RawDate[] = [];
  const passed = compiled.prefilters.map((test) => test.test(text));
  const passes = (test: number) => passed[test];
  for (const p of compiled.rules) {
    if (!p.needs.every(passes)) continue;
    // `exec` on the pattern itself: `matchAll` would clone the pattern for every sentence. No pattern matches empty text.
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      const fields = p.read(m, model);
      if (!fields || !valid(fields)) continue;
      taken.push({ start, end, text: m[0], ...fields });
    }
  }
  return sortInPlace(taken, (a, b) => a.start - b.start);
}

function valid(d: Omit<RawDate, 'start' | 'end' | 'text'>): boolean {
  const okDay = (x?: number) => x === undefined || (x >= 1 && x <= 31);
  const okMonth = (x?: number) => x === undefined || (x >= 1 && x <= 12);
  const okYear = (x?: number) => x === undefined || (x >= 1900 && x <= 2100);
  return okDay(d.day) && okDay(d.endDay) && okMonth(d.month) && okMonth(d.endMonth) && okYear(d.year);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number) => (m === undefined ? `${y}` : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const utc = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
};
const isoOf = (d: Date) => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** The year a day and month without one most likely fall in, given the publication date. */
function inferYear(month: number, day: number | undefined, context: DateContext): number | undefined {
  if (context.published && /^\d{4}-\d{2}-\d{2}$/.test(context.published)) {
    const pub = utc(context.published);
    const y = pub.getUTCFullYear();
    // News reports the past: a date more than a month after publication belongs to the year before.
    const candidate = Date.UTC(y, month - 1, day ?? 1);
    return candidate - pub.getTime() > 31 * DAY ? y - 1 : y;
  }
  return context.year ?? (context.published ? Number(context.published.slice(0, 4)) : undefined);
}

export function resolveDate(raw: RawDate, context: DateContext): ResolvedDate {
  if (raw.relative) return resolveRelative(raw.relative, context);
  if (raw.month === undefined && raw.day === undefined && raw.year === undefined && raw.weekday !== undefined) {
    return resolveWeekday(raw.weekday, context);
  }
  if (raw.month === undefined) return raw.year ? { date: iso(raw.year) } : {};
  const y = raw.year ?? inferYear(raw.month, raw.day, context);
  if (y === undefined) return {};
  const date = iso(y, raw.month, raw.day);
  if (raw.endDay === undefined) return { date };
  const endMonth = raw.endMonth ?? raw.month;
  const endYear = raw.endYear ?? (endMonth < raw.month ? y + 1 : y);
  return { date, endDate: iso(endYear, endMonth, raw.endDay) };
}

function resolveWeekday(weekday: number, context: DateContext): ResolvedDate {
  if (!context.published || !/^\d{4}-\d{2}-\d{2}$/.test(context.published)) return {};
  const pub = utc(context.published);
  // The latest such weekday on or before publication: news tells what has happened.
  const back = (pub.getUTCDay() - weekday + 7) % 7;
  return { date: isoOf(new Date(pub.getTime() - back * DAY)) };
}

function resolveRelative(rel: { unit: RelativeUnit; offset: number }, context: DateContext): ResolvedDate {
  if (!context.published) return {};
  const full = /^\d{4}-\d{2}-\d{2}$/.test(context.published);
  const pub = utc(context.published);
  const y = pub.getUTCFullYear();
  if (rel.unit === 'year') return { date: iso(y + rel.offset) };
  if (!/^\d{4}-\d{2}/.test(context.published)) return {};
  if (rel.unit === 'month') {
    const d = new Date(Date.UTC(y, pub.getUTCMonth() + rel.offset, 1));
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1) };
  }
  if (!full) return {};
  if (rel.unit === 'day') return { date: isoOf(new Date(pub.getTime() + rel.offset * DAY)) };
  // A week back or ahead: the seven days it spans.
  const start = new Date(pub.getTime() + rel.offset * 7 * DAY);
  const monday = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY);
  return { date: isoOf(monday), endDate: isoOf(new Date(monday.getTime() + 6 * DAY)) };
}
