/**
 * Pass 6: date expressions, found by the language model's date grammar: absolute dates
 * (`25 April 2019`), ranges (`12 - 17 September`), day/month forms (`Rabu (19/6)`), weekdays
 * (`pada Rabu`) and relative phrases (`kemarin`, `pekan lalu`), found first and resolved
 * afterwards against what is known of the publication date. A year is never invented:
 * without one, only the text stays.
 */
import { DAY } from './isodate.js';
import { literalAlternatives } from './lexicon.js';
import type { RawMetadata } from './metadata.js';
import type { DatePart, DateRule, LanguageModel, RelativeDatePhrase, RelativeUnit } from './model.js';
import type { ArticleInput, DateMention, PublishedFrom, Sentence } from './types.js';

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

/** What dates without a year, weekdays and relative words are read against. */
export interface DateContext {
  /** The publication date the article states (a full ISO date, or only its year or month). */
  readonly published?: string;
  /** The year a day and month without one fall in when the publication date does not say. */
  readonly year?: number;
  /**
   * The other years the text names, latest first, and whether `year` is that of a whole date
   * (`10 Juni 2025`) rather than a year named alone. A day whose weekday is named (`Kamis (14/8)`)
   * and does not fall on it in `year` is in the first of these it falls on; a day off in a whole
   * date's year is the writer's slip, and that year stands.
   */
  readonly otherYears?: readonly number[];
  readonly yearOfWholeDate?: boolean;
  /** The date the text itself gives a weekday it names with one (`Rabu (19/6)`), for that weekday alone (`pada Rabu`). */
  readonly weekdays?: ReadonlyMap<number, string>;
}

export interface ResolvedDate {
  readonly date?: string;
  readonly endDate?: string;
}

/** A rule of the model's date grammar, compiled. */
interface CompiledRule {
  readonly re: RegExp;
  /**
   * The pattern with the Unicode flag, for text that holds a character of `FOLDS_TO_ASCII`:
   * `re` itself where the rule matches case or has the flag already.
   */
  readonly foldingRe: RegExp;
  readonly yields: DateRule['yields'];
  /** The rule's month and end month come from one group: a range within a month (`12 - 17 September`). */
  readonly withinMonth: boolean;
}

/** The words as alternatives, longest first, so that `kemarin lusa` wins over `kemarin`. */
const alt = (words: readonly string[]) => literalAlternatives([...words].sort((a, b) => b.length - a.length));

/**
 * The two characters that only Unicode case folding reads as ASCII letters: `ſ` as `s`, the
 * Kelvin sign as `k`. Text without them is matched without the Unicode flag, which runs the
 * grammar about twice as fast and, for patterns of ASCII letters, finds the same (a rule that
 * needs the flag says `unicode`; bench/decisions.md).
 */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

function compile(model: LanguageModel): CompiledRule[] {
  const lists: Record<string, string> = {
    month: alt(Object.keys(model.months)),
    weekday: alt(Object.keys(model.weekdays)),
    relative: alt(model.relativeDates.map((r) => r.phrase)).replace(/ /g, '\\s+'),
  };
  return model.dateRules.map((rule) => {
    const source = rule.pattern.replace(/\{(month|weekday|relative)\}/g, (_, list: string) => `(?:${lists[list]})`);
    const re = new RegExp(source, `g${rule.matchCase ? '' : 'i'}${rule.unicode ? 'u' : ''}`);
    return {
      re,
      foldingRe: rule.matchCase || rule.unicode ? re : new RegExp(source, 'giu'),
      yields: rule.yields,
      withinMonth: rule.yields.month !== undefined && rule.yields.month === rule.yields.endMonth,
    };
  });
}

/** The parts a match gives, as numbers; null when the rule does not take it. */
function read(
  m: RegExpExecArray,
  rule: CompiledRule,
  model: LanguageModel,
  relative: ReadonlyMap<string, RelativeDatePhrase>,
): Omit<RawDate, 'start' | 'end' | 'text'> | null {
  const part = (p: DatePart) => (rule.yields[p] === undefined ? undefined : m[rule.yields[p]]);
  const number = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const month = (s: string | undefined) =>
    s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : model.months[s.toLowerCase()];
  const year = (s: string | undefined) => (s === undefined ? undefined : s.length === 2 ? 2000 + Number(s) : Number(s));
  const phrase = part('relative');
  if (phrase !== undefined) {
    const r = relative.get(phrase.toLowerCase().replace(/\s+/g, ' '))!;
    return { relative: { unit: r.unit, offset: r.offset } };
  }
  const weekday = part('weekday');
  const fields = {
    day: number(part('day')),
    month: month(part('month')),
    year: year(part('year')),
    endDay: number(part('endDay')),
    endMonth: month(part('endMonth')),
    endYear: year(part('endYear')),
    weekday: weekday === undefined ? undefined : model.weekdays[weekday.toLowerCase()],
  };
  // `17 - 12 September` is no range.
  if (rule.withinMonth && !(fields.day! < fields.endDay!)) return null;
  return fields;
}

const compiled = new WeakMap<LanguageModel, { rules: CompiledRule[]; relative: Map<string, RelativeDatePhrase> }>();

/** Date expressions in `text` (offsets shifted by `offset`), earlier rules first, never overlapping, in text order. */
export function findDates(text: string, model: LanguageModel, offset = 0): RawDate[] {
  let grammar = compiled.get(model);
  if (!grammar)
    compiled.set(
      model,
      (grammar = { rules: compile(model), relative: new Map(model.relativeDates.map((r) => [r.phrase, r])) }),
    );
  const folding = FOLDS_TO_ASCII.test(text);
  const taken: RawDate[] = [];
  for (const rule of grammar.rules) {
    const re = folding ? rule.foldingRe : rule.re;
    // `exec` on the pattern itself: `matchAll` would clone the pattern for every sentence. No pattern matches empty text.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      const fields = read(m, rule, model, grammar.relative);
      if (!fields || !valid(fields)) continue;
      taken.push({ start, end, text: m[0], ...fields });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function valid(d: Omit<RawDate, 'start' | 'end' | 'text'>): boolean {
  const okDay = (x?: number) => x === undefined || (x >= 1 && x <= 31);
  const okMonth = (x?: number) => x === undefined || (x >= 1 && x <= 12);
  const okYear = (x?: number) => x === undefined || (x >= 1900 && x <= 2100);
  return okDay(d.day) && okDay(d.endDay) && okMonth(d.month) && okMonth(d.endMonth) && okYear(d.year);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso8601 = (y: number, m?: number, d?: number) =>
  m === undefined ? `${y}` : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
const utc = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
};
const isoOf = (d: Date) => iso8601(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** The year a day and month without one most likely fall in, given the publication date. */
function inferYear(
  month: number,
  day: number | undefined,
  weekday: number | undefined,
  context: DateContext,
): number | undefined {
  if (context.published && /^\d{4}-\d{2}-\d{2}$/.test(context.published)) {
    const pub = utc(context.published);
    const y = pub.getUTCFullYear();
    // News reports the past: a date more than a month after publication belongs to the year before.
    const candidate = Date.UTC(y, month - 1, day ?? 1);
    return candidate - pub.getTime() > 31 * DAY ? y - 1 : y;
  }
  const year = context.year ?? (context.published ? Number(context.published.slice(0, 4)) : undefined);
  if (year === undefined || weekday === undefined || day === undefined) return year;
  // Days from the weekday the date falls on in a year to the one the text names.
  const off = (y: number) => (weekday - new Date(Date.UTC(y, month - 1, day)).getUTCDay() + 7) % 7;
  if (off(year) === 0 || (context.yearOfWholeDate && (off(year) === 1 || off(year) === 6))) return year;
  // Else the first other year it falls on; failing that, a whole date's year stands, a year named alone does not.
  return context.otherYears?.find((y) => off(y) === 0) ?? (context.yearOfWholeDate ? year : undefined);
}

export function resolveDate(raw: RawDate, context: DateContext): ResolvedDate {
  if (raw.relative) return resolveRelative(raw.relative, context);
  if (raw.month === undefined && raw.day === undefined && raw.year === undefined && raw.weekday !== undefined) {
    return resolveWeekday(raw.weekday, context);
  }
  if (raw.month === undefined) return raw.year ? { date: iso8601(raw.year) } : {};
  const y = raw.year ?? inferYear(raw.month, raw.day, raw.weekday, context);
  if (y === undefined) return {};
  const date = iso8601(y, raw.month, raw.day);
  if (raw.endDay === undefined) return { date };
  const endMonth = raw.endMonth ?? raw.month;
  const endYear = raw.endYear ?? (endMonth < raw.month ? y + 1 : y);
  return { date, endDate: iso8601(endYear, endMonth, raw.endDay) };
}

function resolveWeekday(weekday: number, context: DateContext): ResolvedDate {
  if (!context.published || !/^\d{4}-\d{2}-\d{2}$/.test(context.published)) {
    const stated = context.weekdays?.get(weekday);
    return stated ? { date: stated } : {};
  }
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
  if (rel.unit === 'year') return { date: iso8601(y + rel.offset) };
  if (!/^\d{4}-\d{2}/.test(context.published)) return {};
  if (rel.unit === 'month') {
    const d = new Date(Date.UTC(y, pub.getUTCMonth() + rel.offset, 1));
    return { date: iso8601(d.getUTCFullYear(), d.getUTCMonth() + 1) };
  }
  if (!full) return {};
  if (rel.unit === 'day') return { date: isoOf(new Date(pub.getTime() + rel.offset * DAY)) };
  // A week back or ahead: the seven days it spans.
  const start = new Date(pub.getTime() + rel.offset * 7 * DAY);
  const monday = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY);
  return { date: isoOf(monday), endDate: isoOf(new Date(monday.getTime() + 6 * DAY)) };
}

/** The publication date, how it was found, and what dates without a year are read against. */
export interface PublishedDate {
  readonly published?: string;
  readonly publishedFrom?: PublishedFrom;
  readonly context: DateContext;
}

/** The dates of the body sentences (`story`: a sentence's text after its dateline), resolved once the publication date is settled. */
export function resolveDates(
  sentences: readonly { readonly sentence: Sentence; readonly story: string }[],
  input: ArticleInput,
  meta: RawMetadata,
  model: LanguageModel,
): { published: PublishedDate; bySentence: Map<number, DateMention[]> } {
  const raw = sentences.flatMap(({ sentence, story }) =>
    findDates(story, model, sentence.contentStart).map((d) => ({ d, sentence })),
  );
  const published = settlePublished(
    input,
    meta,
    raw.map((r) => r.d),
    model,
  );
  const context = {
    ...published.context,
    weekdays: statedWeekdays(
      raw.map((r) => r.d),
      published.context,
    ),
  };
  const bySentence = new Map<number, DateMention[]>();
  for (const { d, sentence } of raw) {
    const list = bySentence.get(sentence.index) ?? [];
    list.push({ start: d.start, end: d.end, text: d.text, sentence: sentence.index, ...resolveDate(d, context) });
    bySentence.set(sentence.index, list);
  }
  return { published, bySentence };
}

/** Each weekday the text gives one date for (`Rabu (19/6)`, `Kamis, 20 Juni 2024`), with that date; a weekday given two dates is left out. */
function statedWeekdays(dates: readonly RawDate[], context: DateContext): Map<number, string> {
  const found = new Map<number, Set<string>>();
  for (const d of dates) {
    if (d.weekday === undefined || d.day === undefined || d.month === undefined || d.endDay !== undefined) continue;
    const date = resolveDate(d, context).date;
    if (date?.length !== 10 || utc(date).getUTCDay() !== d.weekday) continue;
    found.set(d.weekday, (found.get(d.weekday) ?? new Set()).add(date));
  }
  return new Map([...found].filter(([, ds]) => ds.size === 1).map(([w, ds]) => [w, [...ds][0]]));
}

/**
 * The publication date, only where the article states it: given with the input record, else
 * the byline's date line, else the copyright line's year; else none. The dates a story tells
 * are when things happened, not when it was published (the latest of them may lie ahead), so
 * none of them is taken for it: no date beats a wrong date.
 */
function settlePublished(
  input: ArticleInput,
  meta: RawMetadata,
  dates: readonly RawDate[],
  model: LanguageModel,
): PublishedDate {
  // The latest year the text gives a whole date in (`10 Juni 2025`, `(10/6/2025)`), else the latest
  // year it names: a year alone is often a plan's (`target 2030`), a whole date an event's.
  const latestFirst = (ds: readonly RawDate[]) =>
    [...new Set(ds.map((d) => d.year).filter((y): y is number => !!y))].sort((a, b) => b - a);
  const stated = latestFirst(dates);
  const [wholeDateYear] = latestFirst(dates.filter((d) => d.day !== undefined && d.month !== undefined));
  const year = meta.copyrightYear ?? wholeDateYear ?? stated[0];
  const dated = {
    year,
    otherYears: stated.filter((y) => y !== year),
    yearOfWholeDate: year !== undefined && year === wholeDateYear,
  };
  const given = input.published ? publishedOfRecord(input.published, model) : undefined;
  if (given)
    return { published: given, publishedFrom: 'input', context: { published: given, year: Number(given.slice(0, 4)) } };
  if (meta.bylineDate)
    return {
      published: meta.bylineDate,
      publishedFrom: 'byline',
      context: { published: meta.bylineDate, year: Number(meta.bylineDate.slice(0, 4)) },
    };
  if (meta.copyrightYear)
    return {
      published: String(meta.copyrightYear),
      publishedFrom: 'copyright',
      context: { ...dated, published: String(meta.copyrightYear) },
    };
  return { context: dated };
}

/** A record's publication date as an ISO date: `2024-06-19T10:00:00+07:00` → `2024-06-19`; a written date (`Rabu, 19 Juni 2024`) read by the date grammar. */
export function publishedOfRecord(value: string, model: LanguageModel): string | undefined {
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/.exec(value);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), iso[2] && Number(iso[2]), iso[3] && Number(iso[3])];
    if (y < 1900 || y > 2100 || (m && (m < 1 || m > 12)) || (d && (d < 1 || d > 31))) return undefined;
    return iso[0].trim();
  }
  const full = findDates(value, model).find((x) => x.year && x.month && x.day);
  return full ? iso8601(full.year!, full.month, full.day) : undefined;
}
