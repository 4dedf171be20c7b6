/**
 * The extraction engine: the passes below, in order, over one article, each reading the
 * language model it is given through its lexicon. Pure: text in, extraction out, no I/O.
 * Each pass's module opens with its number here.
 */
import { analyseSentences, type SentenceAnalysis } from './analysis.js';
import { classifyLines, normaliseText, type Line } from './clean.js';
import { resolveEntities } from './coref.js';
import { resolveDates, type PublishedDate } from './dates.js';
import { findEvents } from './events.js';
import { lexiconOf, type Lexicon } from './lexicon.js';
import { findCandidates, type Candidate } from './mentions.js';
import { addMetadataEntities } from './metadata-entities.js';
import { readMetadata, titleOf, type RawMetadata } from './metadata.js';
import type { LanguageModel } from './model.js';
import { countriesOf, findCitations, findContainments, findDocuments, findRoles } from './relations.js';
import { segment } from './segment.js';
import type { Token } from './tokens.js';
import type {
  ArticleExtraction,
  ArticleInput,
  Credit,
  DateMention,
  Evidence,
  LocalContainment,
  LocalDocument,
  LocalEntity,
  LocalEvent,
  LocalRole,
  Sentence,
} from './types.js';

export type { ArticleExtraction, ArticleInput } from './types.js';
export type { LanguageModel } from './model.js';

/** What the passes know of one article so far. Each pass fills in its part; a later pass reads what earlier ones filled. */
export interface ArticleWork {
  readonly input: ArticleInput;
  readonly model: LanguageModel;
  readonly lex: Lexicon;
  text: string;
  lines: Line[];
  meta: RawMetadata;
  sentences: Sentence[];
  /** The body sentences, with the names each holds. */
  names: { readonly sentence: Sentence; readonly tokens: Token[]; readonly candidates: Candidate[] }[];
  entities: LocalEntity[];
  published: PublishedDate;
  dates: Map<number, DateMention[]>;
  analyses: SentenceAnalysis[];
  roles: LocalRole[];
  events: LocalEvent[];
  documents: LocalDocument[];
  cites: { entity: number; evidence: Evidence }[];
  containments: LocalContainment[];
  credits: Credit[];
}

export type Pass = (work: ArticleWork) => void;

/** The text of a sentence's story: after its dateline, if it opens with one. */
const storyOf = (w: ArticleWork, s: Sentence) => w.text.slice(s.contentStart, s.end);

/** The passes, in the order they run; README's list and each module's header number them alike. */
export const PASSES: readonly (readonly [name: string, pass: Pass])[] = [
  [
    '1. lines',
    (w) => {
      w.text = normaliseText(w.input.text);
      w.lines = classifyLines(w.text, w.model, w.input.title !== undefined);
    },
  ],
  [
    '2. metadata',
    (w) => {
      w.meta = readMetadata(w.input, w.text, w.lines, w.model);
    },
  ],
  [
    '3. sentences',
    (w) => {
      w.sentences = segment(w.text, w.lines, w.model, w.meta.dateline);
    },
  ],
  [
    '4. names',
    (w) => {
      w.names = w.sentences
        .filter((s) => s.kind === 'body')
        .map((sentence) => ({ sentence, ...findCandidates(storyOf(w, sentence), sentence.contentStart, w.model) }));
    },
  ],
  [
    '5. entities',
    (w) => {
      w.entities = resolveEntities(
        w.names.map((n) => ({ sentence: n.sentence.index, candidates: n.candidates })),
        w.lex,
      );
    },
  ],
  [
    '6. dates',
    (w) => {
      const found = resolveDates(
        w.names.map((n) => ({ sentence: n.sentence, story: storyOf(w, n.sentence) })),
        w.input,
        w.meta,
        w.model,
      );
      w.published = found.published;
      w.dates = found.bySentence;
    },
  ],
  [
    '7. sentence analysis',
    (w) => {
      w.analyses = analyseSentences(w.names, w.entities, w.dates);
    },
  ],
  [
    '8. roles',
    (w) => {
      w.roles = findRoles(w.analyses, w.lex);
    },
  ],
  [
    '9. events',
    (w) => {
      w.events = findEvents(w.analyses, w.entities, countriesOf(w.roles, w.entities), w.lex);
    },
  ],
  [
    '10. documents',
    (w) => {
      w.documents = findDocuments(w.analyses, w.lex);
    },
  ],
  [
    '11. citations and containment',
    (w) => {
      w.cites = findCitations(w.analyses, w.entities, w.meta.publisher?.name, w.lex);
      w.containments = findContainments(w.analyses, w.entities, w.lex);
    },
  ],
  [
    '12. metadata entities',
    (w) => {
      const found = addMetadataEntities(w.sentences, w.meta, w.entities);
      w.credits = found.credits;
      w.cites.push(...found.cites);
    },
  ],
];

export function extractArticle(input: ArticleInput, model: LanguageModel): ArticleExtraction {
  const work: ArticleWork = {
    input,
    model,
    lex: lexiconOf(model),
    text: '',
    lines: [],
    meta: { credits: [], sources: [] },
    sentences: [],
    names: [],
    entities: [],
    published: { context: {} },
    dates: new Map(),
    analyses: [],
    roles: [],
    events: [],
    documents: [],
    cites: [],
    containments: [],
    credits: [],
  };
  for (const [, pass] of PASSES) pass(work);
  return articleOf(work);
}

/** The extraction the passes made, with the article's metadata. */
function articleOf(w: ArticleWork): ArticleExtraction {
  const { meta, sentences, text } = w;
  const at = meta.publisher?.at ?? -1;
  // The sentence holding the words that name the outlet; none for an input record's or a footer outside every sentence.
  const publisherSentence = at < 0 ? undefined : sentences.find((s) => s.start <= at && at < s.end);
  const firstBody = w.names[0]?.sentence;
  return {
    id: w.input.id,
    file: w.input.file,
    text,
    metadata: {
      ...titleOf(w.input, meta, firstBody ? storyOf(w, firstBody) : undefined),
      publisher: meta.publisher?.name,
      publisherEvidence: publisherSentence
        ? { sentence: publisherSentence.index, text: publisherSentence.text }
        : undefined,
      published: w.published.published,
      publishedFrom: w.published.publishedFrom,
      credits: w.credits,
      url: w.input.url,
    },
    sentences,
    entities: w.entities,
    events: w.events,
    roles: w.roles,
    documents: w.documents,
    cites: w.cites,
    containments: w.containments,
  };
}
