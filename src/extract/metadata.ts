/**
 * Pass 2: article metadata from the lines set apart as title and metadata: the headline,
 * the dateline (`Pyongyang (ANTARA) -`, `JAKARTA, KOMPAS.com -`, `KONTAN.CO.ID - MOSKOW.`, `VIVA –`),
 * the byline date, credits (`Editor: …`), the copyright line and footers naming the outlet. The publication date is settled later, once the
 * dates of the text are known.
 */
import { creditLineOf, isDateLine, type Line } from './clean.js';
import { findDates } from './dates.js';
import { lexiconOf, literalAlternatives, type Lexicon } from './lexicon.js';
import type { GazetteerEntry, LanguageModel } from './model.js';
import type { ArticleInput, ArticleMetadata, CreditRole } from './types.js';

export interface Dateline {
  /** Where the dateline starts in the text, and where the story starts after it. */
  readonly start: number;
  readonly end: number;
  readonly outlet?: string;
  /** Offset in the text of the words naming the outlet. */
  readonly outletAt?: number;
  readonly place?: string;
}

export interface RawMetadata {
  readonly title?: string;
  readonly dateline?: Dateline;
  /** The outlet, and the offset in the text of the words that name it (-1: the input record names it). */
  readonly publisher?: { readonly name: string; readonly at: number };
  readonly bylineDate?: string;
  readonly copyrightYear?: number;
  /** Credited people: the name, its line's start and the offset of the name as written. */
  readonly credits: readonly {
    readonly name: string;
    readonly role: CreditRole;
    readonly line: number;
    readonly at: number;
  }[];
  /** `Sumber:` lines naming someone other than the publisher: the canonical name, the line's start and the words as written there. */
  readonly sources: readonly {
    readonly name: string;
    readonly line: number;
    readonly written: { readonly at: number; readonly text: string };
  }[];
}

const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:co\.id|com|id|net|org|tv|news|co|my|sg|ru|uk)$/iu;
/**
 * How many body lines from the top may hold the dateline: a photo caption, a second headline
 * or a reporter's line can come before it. Past the first line, only a dateline naming an outlet counts.
 */
const DATELINE_LINES = 5;
/** Text from a line's start that a dateline broken across lines (`Metro (⏎Lampost.co⏎) —`) fits in. */
const DATELINE_WINDOW = 160;

/** The outlet a web domain or any of its parent domains stands for (`news.detik.com` → Detik). */
function outletOfDomain(domain: string, lex: Lexicon): GazetteerEntry | undefined {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const known = lex.mediaByDomain.get(d);
    if (known) return known;
  }
  return undefined;
}

/** The known outlet whose web domain an address lies under (`https://www.liputan6.com/…` → Liputan6). */
function outletOfUrl(url: string, lex: Lexicon): string | undefined {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url.trim())?.[1];
  return host ? outletOfDomain(host.toLowerCase(), lex)?.name : undefined;
}

/** Finds the outlet a name or web domain stands for: `KONTAN.CO.ID` → `KONTAN`, `TEMPO.CO` → `Tempo`. */
export function outletName(raw: string, lex: Lexicon): string | undefined {
  const s = raw
    .trim()
    .replace(/^www\./i, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ');
  if (!s) return undefined;
  const lower = s.toLowerCase();
  const known = lex.mediaByName.get(lower) ?? outletOfDomain(lower, lex);
  if (known) return known.name;
  if (DOMAIN.test(s)) {
    const stem = s.split('.')[0];
    return lex.mediaByName.get(stem.toLowerCase())?.name ?? stem.charAt(0).toUpperCase() + stem.slice(1);
  }
  return undefined;
}

export function readMetadata(
  input: ArticleInput,
  text: string,
  lines: readonly Line[],
  model: LanguageModel,
): RawMetadata {
  const lex = lexiconOf(model);
  const title = lines.find((l) => l.kind === 'title')?.text.trim();
  const dateline = findDateline(text, lines, model, lex);
  const credits: RawMetadata['credits'][number][] = [];
  const sources: RawMetadata['sources'][number][] = [];
  // The input record's outlet first, then its address's, then the dateline's, then the metadata lines' in text order, then a footer's.
  let publisher: RawMetadata['publisher'] = input.publisher
    ? { name: outletName(input.publisher, lex) ?? input.publisher, at: -1 }
    : undefined;
  const offer = (name: string | undefined, at: number) => {
    if (name && !publisher) publisher = { name, at };
  };
  offer(input.url ? outletOfUrl(input.url, lex) : undefined, -1);
  offer(dateline?.outlet, dateline?.outletAt ?? -1);
  let bylineDate: string | undefined;
  let copyrightYear: number | undefined;
  const top = new Set(lines.filter((l) => l.kind !== 'blank').slice(0, DATELINE_LINES + 1));
  for (const l of lines) {
    if (l.kind !== 'meta') continue;
    const t = l.text.trim();
    const credit = creditLineOf(t, model);
    if (credit) {
      const { role } = credit;
      if (credit.outlet) offer(outletName(credit.outlet, lex), l.start + l.text.indexOf(credit.outlet));
      let from = l.text.indexOf(credit.names);
      for (const part of credit.names.split(lex.nameSeparator)) {
        const name = part.trim();
        const at = l.text.indexOf(name, from);
        from = at + name.length;
        if (/^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,4}$/u.test(name))
          credits.push({ name, role, line: l.start, at: l.start + at });
      }
      continue;
    }
    const copyright = model.copyrightLine.exec(t);
    if (copyright) {
      const year = /\b(19|20)\d{2}\b/.exec(copyright[1]);
      if (year) copyrightYear = Number(year[0]);
      const holder = copyright[1]
        .replace(/\b(19|20)\d{2}\b/g, ' ')
        .replace(/[.,]/g, ' ')
        .trim()
        .split(/\s+/)
        .slice(0, 3)
        .join(' ');
      offer(outletName(holder, lex), l.start);
      continue;
    }
    const source = model.sourceLine.exec(t);
    if (source) {
      const name = outletName(source[1], lex);
      if (name && !publisher && DOMAIN.test(source[1].trim())) offer(name, l.start);
      else if (name !== publisher?.name)
        sources.push({
          name: name ?? source[1].trim(),
          line: l.start,
          written: { at: l.start + l.text.lastIndexOf(source[1]), text: source[1] },
        });
      continue;
    }
    if (isDateLine(t, model)) {
      const full = findDates(t, model).find((d) => d.year && d.month && d.day);
      // A byline's date line heads the article; further down, a short line with a date is a list's (`S-1, 17 Agustus 1945`) or another article's.
      if (full && top.has(l) && !bylineDate) bylineDate = isoDay(full.year!, full.month!, full.day!);
      const word = t.split(/[\s·|•,]+/).find((w) => outletName(w, lex));
      if (word) offer(outletName(word, lex), l.start + l.text.indexOf(word));
    }
  }
  bylineDate ??= stampedDate(lines, model);
  if (!publisher) {
    const footer = footerOutlet(lines, model, lex);
    if (footer) offer(footer.name, footer.at);
  }
  return { title, dateline, publisher, bylineDate, copyrightYear, credits, sources };
}

/**
 * The dateline: the first of the top body lines that opens with one naming an outlet, else the
 * first body line's if it gives a place alone (a caption above the story can look like one).
 */
function findDateline(text: string, lines: readonly Line[], model: LanguageModel, lex: Lexicon): Dateline | undefined {
  const found = lines
    .filter((l) => l.kind === 'body')
    .slice(0, DATELINE_LINES)
    .map((line) => datelineAt(text, line.start, model, lex));
  return found.find((d) => d?.outlet) ?? found[0];
}

function datelineAt(text: string, start: number, model: LanguageModel, lex: Lexicon): Dateline | undefined {
  const window = text.slice(start, start + DATELINE_WINDOW);
  for (const re of model.datelines) {
    const m = re.exec(window);
    if (!m?.groups) continue;
    const end = start + m[0].length;
    // The story must go on after the dateline.
    if (!/^\s*[\p{L}\p{N}"“'‘(]/u.test(text.slice(end, end + 40))) continue;
    const rawOutlet = m.groups.outlet?.trim();
    const place = m.groups.place?.trim();
    if (!rawOutlet) return { start, end, place };
    // An outlet read as the place (`TEMPO.CO, Jakarta -` read the wrong way round): another pattern reads it.
    if (place && outletName(place, lex)) continue;
    if (lex.placeNames.has(rawOutlet.toLowerCase())) {
      if (place) continue;
      return { start, end, place: rawOutlet };
    }
    // An unknown all-capitals word alone before the dash is an outlet (`VIVA –`); beside a place it is no outlet.
    const outlet =
      outletName(rawOutlet, lex) ?? (!place && /^\p{Lu}[\p{Lu}\p{N}]{2,}$/u.test(rawOutlet) ? rawOutlet : undefined);
    if (!outlet) continue;
    return { start, end, outlet, outletAt: start + m[0].indexOf(m.groups.outlet), place };
  }
  return undefined;
}

const stamps = new WeakMap<LanguageModel, RegExp>();

/**
 * A byline's time stamp inside a line of the top: after a separator, a full date and a clock
 * time (`Galih Gumelar | Kamis, 19 Jul 2018 16:24 WIB`). A story writes its dates otherwise.
 */
function stampPattern(model: LanguageModel): RegExp {
  let re = stamps.get(model);
  if (!re) {
    const words = (list: Readonly<Record<string, number>>) =>
      literalAlternatives(Object.keys(list).sort((a, b) => b.length - a.length));
    re = new RegExp(
      `[|•·]\\s*(?:(?:${words(model.weekdays)}),?\\s+)?\\d{1,2}\\s+(?:${words(model.months)})\\.?\\s+\\d{4},?\\s+\\d{1,2}[:.]\\d{2}(?!\\d)`,
      'iu',
    );
    stamps.set(model, re);
  }
  return re;
}

/** The date of a byline's time stamp in the top body lines, as an ISO date. */
function stampedDate(lines: readonly Line[], model: LanguageModel): string | undefined {
  for (const l of lines.filter((x) => x.kind === 'body').slice(0, DATELINE_LINES)) {
    const stamp = stampPattern(model).exec(l.text);
    const full = stamp && findDates(stamp[0], model).find((d) => d.year && d.month && d.day);
    if (full) return isoDay(full.year!, full.month!, full.day!);
  }
  return undefined;
}

/** The outlet a footer line names (`Ikuti media sosial medcom.id`), with its offset. */
function footerOutlet(
  lines: readonly Line[],
  model: LanguageModel,
  lex: Lexicon,
): { name: string; at: number } | undefined {
  for (const l of lines) {
    for (const re of model.outletFooters) {
      const raw = re.exec(l.text)?.groups?.outlet;
      const name = raw && outletName(raw, lex);
      if (name) return { name, at: l.start + l.text.indexOf(raw) };
    }
  }
  return undefined;
}

/** The headline; without one, the opening of the first sentence, cut at a word; without that, the file's name. */
export function titleOf(
  input: ArticleInput,
  meta: RawMetadata,
  firstSentence: string | undefined,
): Pick<ArticleMetadata, 'title' | 'titleFrom'> {
  if (input.title !== undefined) return { title: input.title, titleFrom: 'input' };
  if (meta.title) return { title: meta.title, titleFrom: 'headline' };
  if (firstSentence) {
    const cut = firstSentence.length <= 100 ? firstSentence : `${firstSentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
    return { title: cut, titleFrom: 'first-sentence' };
  }
  return { title: input.file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), titleFrom: 'file' };
}
