/**
 * What the extraction engine needs to know about a language, as plain data: word lists, cue
 * tables, the date grammar as a rule table, name shapes, boilerplate and press conventions.
 * The engine names no word of any language itself; a language's folder (`src/lang/<code>/`)
 * fills this type and imports nothing else from the engine. Plain data, no functions, so a
 * model goes to worker threads as it is.
 */
import type {
  CreditRole,
  DocumentKind,
  EntityType,
  EventKind,
  OrganizationKind,
  PlaceKind,
} from '../graph/contract.js';
import type { WeightsFile } from '../ner/weights.js';

export type { CreditRole, DocumentKind, EntityType, EventKind, OrganizationKind, PlaceKind };

export interface GazetteerEntry {
  readonly type: EntityType;
  /** The canonical name (a node's label). */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: PlaceKind | OrganizationKind;
  /** ISO code of the country a place lies in (its own code for a country). */
  readonly country?: string;
  /** Web domains an outlet publishes under (`antaranews.com`). */
  readonly domains?: readonly string[];
}

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** A relative date phrase (`kemarin`, `last week`), resolved against the publication date. */
export interface RelativeDatePhrase {
  readonly phrase: string;
  readonly unit: RelativeUnit;
  readonly offset: number;
}

/** The parts of a date a rule's groups give. */
export type DatePart = 'day' | 'month' | 'year' | 'endDay' | 'endMonth' | 'endYear' | 'weekday' | 'relative';

/**
 * One rule of the date grammar: a pattern, and which of its capture groups give which part of
 * the date. Rules are tried in order; an earlier rule's match is never overlapped by a later one.
 */
export interface DateRule {
  /**
   * A regular expression's source, in which `{month}`, `{weekday}` and `{relative}` stand
   * for the model's month names, weekday names and relative phrases (longest first).
   */
  readonly pattern: string;
  /**
   * Group number of each part. A month group may hold a name or a number; a year of two
   * digits is of this century. One group for both `month` and `endMonth` makes a range
   * within a month (`12 - 17 September`), which must run forward.
   */
  readonly yields: Readonly<Partial<Record<DatePart, number>>>;
  /** Match the letters' case as written (default: any case). */
  readonly matchCase?: true;
  /**
   * Compile with the Unicode flag always: the pattern needs it (`\p{…}` classes, code points
   * beyond 16 bits, letters beyond ASCII to match in any case).
   */
  readonly unicode?: true;
}

/**
 * A word or phrase that reports an event of `kind`. `needsName`: it counts only with a person
 * or title right after it (`menerima Lavrov`, not `menerima undangan`). `voice`: an active verb
 * names whoever acts before it (`KPK menangkap X`), a passive one whoever it is done to
 * (`X ditangkap`); a noun (`penangkapan`) has none.
 */
export interface EventTrigger {
  readonly phrase: string;
  readonly kind: EventKind;
  readonly needsName?: boolean;
  readonly voice?: 'active' | 'passive';
}

/** Words that stand for participants named before (`ia`, `kedua pemimpin`, `mereka`, `tersangka`). */
export interface ParticipantReferences {
  /** One person: the subject of the latest sentence that names one (`ia`, `beliau`). */
  readonly one: readonly string[];
  /** The first two people of the latest sentence that names two (`keduanya`, `kedua pemimpin`). */
  readonly two: readonly string[];
  /** Every person of the latest sentence that names two or more (`mereka`). */
  readonly all: readonly string[];
  /** Nouns for a part someone plays (`tersangka`): the latest person named in a sentence with that noun. */
  readonly parts: readonly string[];
  /** Suffixes on an event word that stand for whose it is, like `one` (`dialognya`: his talks). */
  readonly suffixes: readonly string[];
}

/**
 * How an event's label is written: `{who}` the main participants (joined by `and`), `{place}`,
 * `{date}`; the parts in brackets go when what they hold is missing
 * (`Kunjungan {who}[ ke {place}][, {date}]`).
 */
export interface EventLabels {
  readonly kinds: Readonly<Record<EventKind, string>>;
  readonly and: string;
  /** Month names for dates in labels, January first. */
  readonly months: readonly string[];
}

/** Who a host cue names before it: the host (`X menyambut Y`, active) or the guest (`Y disambut X`, passive). */
export type HostCueVoice = 'active' | 'passive';

/** Nouns made of a root: a prefix, the root, a suffix. */
export interface DerivedNouns {
  /** Each prefix with the letters its nasal may have taken from the root's start (`pem` + `pilih`: `['', 'p']`). */
  readonly prefixes: readonly { readonly prefix: string; readonly restores: readonly string[] }[];
  readonly suffixes: readonly string[];
  /** How a root shows among the frequent words: itself or inflected (`di` + `lindung` + `i`). */
  readonly rootForms: readonly (readonly [prefix: string, suffix: string])[];
}

export interface LanguageModel {
  /** ISO 639-1 code (`id`, `en`): what `--lang` names it by. */
  readonly code: string;
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly relativeDates: readonly RelativeDatePhrase[];
  readonly dateRules: readonly DateRule[];
  /** Time zones written after a clock time in date lines (`18:45 WIB`). */
  readonly timeZones: readonly string[];
  readonly gazetteer: readonly GazetteerEntry[];
  readonly titleHeads: readonly string[];
  readonly titleModifiers: readonly string[];
  readonly titleJoiners: readonly string[];
  readonly organizationHeads: Readonly<Record<string, OrganizationKind>>;
  readonly placeHeads: Readonly<Record<string, PlaceKind>>;
  readonly placeCues: readonly string[];
  readonly organizationCues: Readonly<Record<string, OrganizationKind>>;
  readonly eventTriggers: readonly EventTrigger[];
  /** Phrases holding a word that reports an event, telling none (`laba ditahan`, retained earnings; `ditahan imbang`, held to a draw). */
  readonly notEventPhrases: readonly string[];
  readonly participantReferences: ParticipantReferences;
  /** Words shortly before a date that make it the date of a report, not of the event (`menurut laporan … pada Jumat`). */
  readonly reportDateCues: readonly string[];
  readonly eventLabels: EventLabels;
  readonly anaphors: readonly string[];
  /** Words right before a trigger that make it the time of the sentence's event, not the event (`usai KTT`). */
  readonly eventTimeWords: readonly string[];
  readonly locativeWords: readonly string[];
  readonly organizationTails: readonly string[];
  readonly notNameTails: readonly string[];
  readonly eventPlaceCues: readonly string[];
  readonly notEventPlaceCues: readonly string[];
  readonly futureMarkers: readonly string[];
  /** Words before the second date of a sentence that make it the end of the first one's span (`hingga`). */
  readonly untilWords: readonly string[];
  readonly personCues: readonly string[];
  /** Words for a relative: with a clitic and a comma before a name (`Ayahnya, …`), the name stands for that person. */
  readonly kinWords: readonly string[];
  /** Words right after a name that only a person does or undergoes (`… ditangkap`, `… divonis`): the name is a person's. */
  readonly personAfterCues: readonly string[];
  /** Prefixes of verbs: a lone capitalised word before such a verb is its subject, most often a person. */
  readonly verbPrefixes: readonly string[];
  /** How the language makes nouns of roots (`pe` + `pilih` + `an` → `pemilihan`): one so made of a frequent root is an ordinary word. */
  readonly derivedNouns: DerivedNouns;
  readonly delegationCues: readonly string[];
  /** Words between a person's name and the office named after it (`X selaku Ketua Y`), besides a comma. */
  readonly officeCues: readonly string[];
  readonly hostCues: Readonly<Record<string, HostCueVoice>>;
  readonly citeCues: readonly string[];
  readonly documentHeads: readonly { readonly phrase: string; readonly kind: Exclude<DocumentKind, 'article'> }[];
  /** Counting words that may stand between a signing verb and the document (`sebuah`). */
  readonly quantifiers: readonly string[];
  /** Words that end a document's name (`… di Moskow`, `… yang`). */
  readonly documentNameStops: readonly string[];
  /** The word between a place and the larger place it lies in (`Vostochny di Rusia`). */
  readonly containmentCues: readonly string[];
  readonly commonWords: readonly string[];
  /** Shapes of words that are common nouns whatever their capitals: an acronym's English plural (`NGOs`). */
  readonly commonShapes: readonly RegExp[];
  /**
   * Clitics written on to a word (`pasal` + `nya`): a frequent word of four letters or more
   * carrying one is an ordinary word, however capitalised (`Pasalnya`, `Ayahnya`).
   */
  readonly enclitics: readonly string[];
  readonly abbreviations: readonly string[];
  readonly givenNames: readonly string[];
  /** Frequent ordinary words (lower case): a run made only of them is not a name. */
  readonly frequentWords: ReadonlySet<string>;
  /**
   * Frequent words of another language the news quotes (lower case, no first names): a run of
   * capitals made only of them is a phrase of that language (`High Level Plenary Session`), not a name.
   */
  readonly foreignWords: ReadonlySet<string>;
  readonly familyNameEndings: readonly string[];
  readonly koreanFamilyNames: readonly string[];
  readonly nameParticles: readonly string[];
  readonly nameVariants: readonly (readonly string[])[];
  readonly boilerplateLines: readonly RegExp[];
  readonly teaserHeadings: readonly RegExp[];
  /**
   * A link to another article inside a paragraph (`… kata dia. Baca juga: Judul Berita Lain …`): the
   * headline after it, written in title case, is no part of the article.
   */
  readonly inlineTeaser: RegExp;
  /** Words a title-case headline leaves in lower case (`di`, `dan`). */
  readonly headlineLowerWords: readonly string[];
  /** A photo caption closing a line (`(ANTARA FOTO/…)`). */
  readonly captionLine: RegExp;
  /** Datelines that open the first body line, with `place` and `outlet` groups (`Pyongyang (ANTARA) -`). */
  readonly datelines: readonly RegExp[];
  /** Lines naming the outlet at the foot of a page (`Ikuti media sosial medcom.id`), with an `outlet` group. */
  readonly outletFooters: readonly RegExp[];
  readonly creditLabels: Readonly<Record<string, CreditRole>>;
  /**
   * Credit lines of shapes other than `Label: names`, with `label` (a key of `creditLabels`) and
   * `names` groups and an optional `outlet` one (`Laporan Wartawan Tribunnews.com, A dan B`).
   */
  readonly creditLines: readonly RegExp[];
  /** Words that join the names of a credit line (`Editor: A dan B`), besides `,`, `/` and `&`. */
  readonly nameJoiners: readonly string[];
  readonly copyrightLine: RegExp;
  readonly sourceLine: RegExp;
  /** Weights of the statistical name tagger (`src/ner/`), trained on this model's features; without them the rules alone type names. */
  readonly ner?: WeightsFile;
}
