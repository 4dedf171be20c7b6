/**
 * Pass 2: article metadata from the lines set apart as title and metadata: the headline,
 * the dateline (`Pyongyang (ANTARA) -`, `KONTAN.CO.ID - MOSKOW.`, `VIVA –`), the byline date,
 * credits (`Editor: …`) and the copyright line. The publication date is settled later, once the
 * dates of the text are known.
 */
import { isCreditLine, isDateLine, type Line } from './clean.js';
import { findDates } from './dates.js';
import { lexiconOf, type Lexicon } from './lexicon.js';
import type { LanguageModel } from './model.js';
import type { ArticleInput, ArticleMetadata, CreditRole } from './types.js';

export interface Dateline {
  /** Offset in the text where the story starts. */
  readonly end: number;
  readonly outlet?: string;
  readonly place?: string;
}

export interface RawMetadata {
  readonly title?: string;
  readonly dateline?: Dateline;
  /** The outlet and the line start of the line that names it. */
  readonly publisher?: { readonly name: string; readonly line: number };
  readonly bylineDate?: string;
  readonly copyrightYear?: number;
  readonly credits: readonly { readonly name: string; readonly role: CreditRole; readonly line: number }[];
  /** `Sumber:` lines naming someone other than the publisher. */
  readonly sources: readonly { readonly name: string; readonly line: number }[];
}

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:co\.id|com|id|net|org|tv|news|co|my|sg|ru|uk)$/iu;

/** Finds the outlet a name or web domain stands for: `KONTAN.CO.ID` → `KONTAN`. */
export function outletName(raw: string, lex: Lexicon): string | undefined {
  const s = raw.trim().replace(/^www\./i, '').replace(/[.,;:]+$/, '');
  if (!s) return undefined;
  const known = lex.mediaByName.get(s.toLowerCase()) ?? lex.mediaByDomain.get(s.toLowerCase());
  if (known) return known.name;
  if (DOMAIN.test(s)) {
    const stem = s.split('.')[0];
    return lex.mediaByName.get(stem.toLowerCase())?.name ?? stem.charAt(0).toUpperCase() + stem.slice(1);
  }
  return undefined;
}

export function readMetadata(input: ArticleInput, lines: readonly Line[], model: LanguageModel): RawMetadata {
  const lex = lexiconOf(model);
  const title = lines.find((l) => l.kind === 'title')?.text.trim();
  const firstBody = lines.find((l) => l.kind === 'body');
  const dateline = firstBody ? readDateline(firstBody, model, lex) : undefined;
  const credits: { name: string; role: CreditRole; line: number }[] = [];
  const sources: { name: string; line: number }[] = [];
  let publisher: RawMetadata['publisher'] = input.publisher ? { name: outletName(input.publisher, lex) ?? input.publisher, line: -1 } : undefined;
  if (!publisher && dateline?.outlet && firstBody) publisher = { name: dateline.outlet, line: firstBody.start };
  let bylineDate: string | undefined;
  let copyrightYear: number | undefined;
  for (const l of lines) {
    if (l.kind !== 'meta') continue;
    const t = l.text.trim();
    const credit = isCreditLine(t, model);
    if (credit) {
      const role = model.creditLabels[credit[1].toLowerCase()];
      for (const name of credit[2].split(lex.nameSeparator)) {
        if (/^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,4}$/u.test(name.trim())) credits.push({ name: name.trim(), role, line: l.start });
      }
      continue;
    }
    const copyright = model.copyrightLine.exec(t);
    if (copyright) {
      const year = /\b(19|20)\d{2}\b/.exec(copyright[1]);
      if (year) copyrightYear = Number(year[0]);
      const holder = copyright[1].replace(/\b(19|20)\d{2}\b/g, ' ').replace(/[.,]/g, ' ').trim().split(/\s+/).slice(0, 3).join(' ');
      const name = outletName(holder, lex) ?? (holder && lex.mediaByName.get(holder.toLowerCase())?.name);
      if (!publisher && name) publisher = { name, line: l.start };
      continue;
    }
    const source = model.sourceLine.exec(t);
    if (source) {
      const name = outletName(source[1], lex);
      if (name && !publisher && DOMAIN.test(source[1].trim())) publisher = { name, line: l.start };
      else if (name !== publisher?.name) sources.push({ name: name ?? source[1].trim(), line: l.start });
      continue;
    }
    if (isDateLine(t, model)) {
      const full = findDates(t, model).find((d) => d.year && d.month && d.day);
      if (full && !bylineDate) bylineDate = `${full.year}-${String(full.month).padStart(2, '0')}-${String(full.day).padStart(2, '0')}`;
      const outlet = t.split(/[\s·|•,]+/).map((w) => outletName(w, lex)).find(Boolean);
      if (outlet && !publisher) publisher = { name: outlet, line: l.start };
    }
  }
  return { title, dateline, publisher, bylineDate, copyrightYear, credits, sources };
}

function readDateline(line: Line, model: LanguageModel, lex: Lexicon): Dateline | undefined {
  for (const re of model.datelines) {
    const m = re.exec(line.text);
    if (!m?.groups) continue;
    const rawOutlet = m.groups.outlet;
    // An unknown all-capitals word before the dash is an outlet unless it is a place (`PYONGYANG -`).
    const isPlace = !!rawOutlet && lex.placeNames.has(rawOutlet.toLowerCase());
    const outlet = rawOutlet && !isPlace ? outletName(rawOutlet, lex) ?? (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(rawOutlet) ? rawOutlet : undefined) : undefined;
    if (rawOutlet && !outlet && !isPlace) continue;
    // The story must go on after the dateline.
    if (m[0].length >= line.text.trim().length) continue;
    return { end: line.start + m[0].length, outlet, place: isPlace ? rawOutlet : m.groups.place?.trim() };
  }
  return undefined;
}

/** The headline; without one, the opening of the first sentence, cut at a word; without that, the file's name. */
export function titleOf(input: ArticleInput, meta: RawMetadata, firstSentence: string | undefined): Pick<ArticleMetadata, 'title' | 'titleFrom'> {
  if (input.title !== undefined) return { title: input.title, titleFrom: 'input' };
  if (meta.title) return { title: meta.title, titleFrom: 'headline' };
  if (firstSentence) {
    const cut = firstSentence.length <= 100 ? firstSentence : `${firstSentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
    return { title: cut, titleFrom: 'first-sentence' };
  }
  return { title: input.file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), titleFrom: 'file' };
}
