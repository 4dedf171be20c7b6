/**
 * The extraction engine: ordered passes over one article, each reading the language model
 * it is given. Pure: text in, extraction out, no I/O.
 */
import { tokenAt, type EntityMention, type SentenceAnalysis } from './analysis.js';
import { classifyLines, normaliseText } from './clean.js';
import { resolveEntities } from './coref.js';
import { findDates, resolveDate, type DateContext, type RawDate } from './dates.js';
import { findEvents } from './events.js';
import { lexiconOf } from './lexicon.js';
import { findCandidates } from './mentions.js';
import { readMetadata, type RawMetadata } from './metadata.js';
import type { LanguageModel } from './model.js';
import { countriesOf, findCitations, findContainments, findDocuments, findRoles } from './relations.js';
import { segment } from './segment.js';
import type { ArticleExtraction, ArticleInput, ArticleMetadata, Credit, DateMention, Evidence, LocalEntity, Mention, PublishedFrom, Sentence } from './types.js';

export type { ArticleExtraction, ArticleInput } from './types.js';
export type { LanguageModel } from './model.js';

export function extractArticle(input: ArticleInput, model: LanguageModel): ArticleExtraction {
  const lex = lexiconOf(model);
  const text = normaliseText(input.text);
  const lines = classifyLines(text, model, input.title !== undefined);
  const meta = readMetadata(input, lines, model);
  const sentences = segment(text, lines, model, meta.dateline?.end ?? 0);
  const body = sentences.filter((s) => s.kind === 'body');
  const storyOf = (s: Sentence) => text.slice(s.contentStart, s.end);

  const found = body.map((s) => ({ s, ...findCandidates(storyOf(s), s.contentStart, model) }));
  const entities: LocalEntity[] = resolveEntities(found.map((f) => ({ sentence: f.s.index, candidates: f.candidates })), lex);

  const raw = body.flatMap((s) => findDates(storyOf(s), model, s.contentStart).map((d) => ({ d, s })));
  const { published, publishedFrom, context } = settlePublished(input, meta, raw.map((r) => r.d));
  const datesBySentence = new Map<number, DateMention[]>();
  for (const { d, s } of raw) {
    const list = datesBySentence.get(s.index) ?? [];
    list.push({ start: d.start, end: d.end, text: d.text, sentence: s.index, ...resolveDate(d, context) });
    datesBySentence.set(s.index, list);
  }

  const mentionsBySentence = new Map<number, EntityMention[]>();
  const tokensBySentence = new Map(found.map((f) => [f.s.index, f.tokens]));
  entities.forEach((e, entity) => {
    for (const mention of e.mentions) {
      const list = mentionsBySentence.get(mention.sentence) ?? [];
      list.push({ mention, entity, token: tokenAt(tokensBySentence.get(mention.sentence) ?? [], mention.start) });
      mentionsBySentence.set(mention.sentence, list);
    }
  });
  const analyses: SentenceAnalysis[] = body.map((s) => ({
    sentence: s,
    tokens: tokensBySentence.get(s.index) ?? [],
    mentions: (mentionsBySentence.get(s.index) ?? []).sort((a, b) => a.mention.start - b.mention.start),
    dates: datesBySentence.get(s.index) ?? [],
  }));

  const roles = findRoles(analyses, lex);
  const events = findEvents(analyses, entities, countriesOf(roles, entities), lex);
  const documents = findDocuments(analyses, lex);
  const publisher = meta.publisher?.name;
  const cites = findCitations(analyses, entities, publisher, lex);
  const containments = findContainments(analyses, entities, lex);

  // Metadata lines name people and sources too: give them entities with the line as evidence.
  const sentenceAtLine = (line: number) => sentences.find((s) => s.start >= line && s.kind !== 'body') ?? sentences.find((s) => s.start >= line);
  const metaEntity = (name: string, type: LocalEntity['type'], line: number, kind?: LocalEntity['kind']): { index: number; evidence: Evidence } | undefined => {
    const s = sentenceAtLine(line);
    if (!s) return undefined;
    const start = text.indexOf(name, s.start);
    const mention: Mention = { start, end: start + name.length, text: name, type, sentence: s.index, titles: [], kind };
    const existing = entities.findIndex((e) => e.type === type && e.name === name);
    if (existing >= 0) {
      entities[existing] = { ...entities[existing], mentions: [...entities[existing].mentions, mention] };
      return { index: existing, evidence: { sentence: s.index, text: s.text } };
    }
    entities.push({ type, name, aliases: [name], kind, titles: [], mentions: [mention] });
    return { index: entities.length - 1, evidence: { sentence: s.index, text: s.text } };
  };
  const credits: Credit[] = meta.credits.flatMap((c) => {
    const s = sentenceAtLine(c.line);
    return s ? [{ name: c.name, role: c.role, evidence: { sentence: s.index, text: s.text } }] : [];
  });
  for (const c of meta.credits) metaEntity(c.name, 'Person', c.line);
  for (const src of meta.sources) {
    const e = metaEntity(src.name, 'Organization', src.line, 'media');
    if (e) cites.push({ entity: e.index, evidence: e.evidence });
  }
  const publisherSentence = meta.publisher && meta.publisher.line >= 0 ? sentences.find((s) => s.start <= meta.publisher!.line + 1 && meta.publisher!.line <= s.end) ?? sentenceAtLine(meta.publisher.line) : undefined;

  const metadata: ArticleMetadata = {
    ...titleOf(input, meta, body[0] ? storyOf(body[0]) : undefined),
    publisher,
    publisherEvidence: publisherSentence ? { sentence: publisherSentence.index, text: publisherSentence.text } : undefined,
    published,
    publishedFrom,
    credits,
    url: input.url,
  };
  return { id: input.id, file: input.file, text, metadata, sentences, entities, events, roles, documents, cites, containments };
}

/** The headline; without one, the opening of the first sentence, cut at a word; without that, the file's name. */
function titleOf(input: ArticleInput, meta: RawMetadata, firstSentence: string | undefined): Pick<ArticleMetadata, 'title' | 'titleFrom'> {
  if (input.title !== undefined) return { title: input.title, titleFrom: 'input' };
  if (meta.title) return { title: meta.title, titleFrom: 'headline' };
  if (firstSentence) {
    const cut = firstSentence.length <= 100 ? firstSentence : `${firstSentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
    return { title: cut, titleFrom: 'first-sentence' };
  }
  return { title: input.file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), titleFrom: 'file' };
}

/**
 * The publication date: given with the input, else the byline's, else the latest full date
 * the text gives (years from the copyright line or the text itself), else the copyright year.
 */
function settlePublished(input: ArticleInput, meta: RawMetadata, dates: readonly RawDate[]): { published?: string; publishedFrom?: PublishedFrom; context: DateContext } {
  const explicitYears = dates.map((d) => d.year).filter((y): y is number => !!y);
  const year = meta.copyrightYear ?? (explicitYears.length ? Math.max(...explicitYears) : undefined);
  const given = input.published && /^\d{4}(-\d{2}(-\d{2})?)?/.exec(input.published)?.[0];
  if (given) return { published: given, publishedFrom: 'input', context: { published: given, year } };
  if (meta.bylineDate) return { published: meta.bylineDate, publishedFrom: 'byline', context: { published: meta.bylineDate, year } };
  const full = dates.filter((d) => d.day && d.month && !d.relative && (d.year || year))
    .map((d) => resolveDate(d, { year: d.year ?? year }))
    .map((r) => r.endDate ?? r.date)
    .filter((d): d is string => !!d && d.length === 10).sort();
  const latest = full[full.length - 1];
  if (latest && (!meta.copyrightYear || latest.startsWith(String(meta.copyrightYear)))) return { published: latest, publishedFrom: 'text', context: { published: latest, year } };
  if (meta.copyrightYear) return { published: String(meta.copyrightYear), publishedFrom: 'copyright', context: { year } };
  return { context: { year } };
}
