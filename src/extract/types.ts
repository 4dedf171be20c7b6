/** Types shared by the extraction passes: what goes in, what each pass adds, what comes out. */

import type {
  CreditRole,
  DocumentKind,
  EntityType,
  EventKind,
  OrganizationKind,
  ParticipantRole,
  PlaceKind,
  PublishedFrom,
  TitleFrom,
} from '../graph/contract.js';

export type {
  CreditRole,
  DocumentKind,
  EntityType,
  EventKind,
  OrganizationKind,
  ParticipantRole,
  PlaceKind,
  PublishedFrom,
  TitleFrom,
};

/** One article as read from an input file, before extraction. */
export interface ArticleInput {
  /** Stable id, unique in the corpus (the file path, plus a record number for JSONL). */
  readonly id: string;
  /** Input path relative to the input root, with forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly publisher?: string;
}

/** A span of the article text: `text === article.text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Body sentences carry the story; title and metadata lines only serve as evidence for metadata. */
  readonly kind: 'title' | 'body' | 'meta';
  /** Where the story starts when a dateline opens the sentence (`Pyongyang (ANTARA) - `). */
  readonly contentStart: number;
}

/** A name found in a sentence. */
export interface Mention extends Span {
  readonly type: EntityType;
  readonly sentence: number;
  /** Canonical name when the gazetteer knows it (`Korut` → `Korea Utara`). */
  readonly canonical?: string;
  readonly kind?: PlaceKind | OrganizationKind;
  /** For places: the ISO code of the country it lies in, or its own for a country. */
  readonly country?: string;
  /** Titles written before a person (`Menteri Luar Negeri`). */
  readonly titles: readonly string[];
  /** What the title is of (`Presiden Rusia …` → the mention of `Rusia`). */
  readonly affiliation?: Mention;
}

/** A date expression with its resolved ISO value when the text allows one. */
export interface DateMention extends Span {
  readonly sentence: number;
  /** `2024-06-19`, `2024-06` or `2024`; absent when no year can be known. */
  readonly date?: string;
  readonly endDate?: string;
}

/** One real thing within one article: its mentions gathered under one name. */
export interface LocalEntity {
  readonly type: EntityType;
  /** The fullest name the article gives. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind?: PlaceKind | OrganizationKind;
  readonly country?: string;
  readonly titles: readonly string[];
  readonly mentions: readonly Mention[];
}

export interface Evidence {
  readonly sentence: number;
  readonly text: string;
}

export interface LocalParticipant {
  readonly entity: number;
  readonly role: ParticipantRole;
  readonly evidence: readonly Evidence[];
}

export interface LocalEvent {
  readonly kind: EventKind;
  readonly date?: string;
  readonly endDate?: string;
  readonly dateText?: string;
  readonly place?: number;
  /** Scheduled or future (`akan`, `dijadwalkan`): told as a plan, not as something that happened. */
  readonly planned?: true;
  readonly participants: readonly LocalParticipant[];
  readonly evidence: readonly Evidence[];
}

export interface LocalRole {
  readonly person: number;
  readonly of: number;
  readonly title: string;
  readonly evidence: Evidence;
}

export interface LocalDocument {
  readonly kind: Exclude<DocumentKind, 'article'>;
  readonly name: string;
  readonly signers: readonly number[];
  readonly evidence: Evidence;
}

/** `Vostochny di timur jauh Rusia`: the text places one place inside another. */
export interface LocalContainment {
  readonly place: number;
  readonly within: number;
  readonly evidence: Evidence;
}

export interface Credit {
  readonly name: string;
  readonly role: CreditRole;
  readonly evidence: Evidence;
}

export interface ArticleMetadata {
  readonly title: string;
  readonly titleFrom: TitleFrom;
  readonly publisher?: string;
  readonly publisherEvidence?: Evidence;
  readonly published?: string;
  readonly publishedFrom?: PublishedFrom;
  readonly credits: readonly Credit[];
  readonly url?: string;
}

/** Everything one article yields; entity references are indexes into `entities`. */
export interface ArticleExtraction {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly metadata: ArticleMetadata;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly LocalEntity[];
  readonly events: readonly LocalEvent[];
  readonly roles: readonly LocalRole[];
  readonly documents: readonly LocalDocument[];
  readonly cites: readonly { readonly entity: number; readonly evidence: Evidence }[];
  readonly containments: readonly LocalContainment[];
}
