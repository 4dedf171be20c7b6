/**
 * What the extraction engine needs to know about a language, as plain data. The engine
 * never names a word of Indonesian itself: it reads everything from a `LanguageModel`.
 */
import type { EntityType, EventKind, OrganizationKind, PlaceKind } from './types.js';
import type { RelativeDatePhrase } from '../lang/id/calendar.js';

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

export interface LanguageModel {
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly relativeDates: readonly RelativeDatePhrase[];
  readonly gazetteer: readonly GazetteerEntry[];
  readonly titleHeads: readonly string[];
  readonly titleModifiers: readonly string[];
  readonly titleJoiners: readonly string[];
  readonly organizationHeads: Readonly<Record<string, OrganizationKind>>;
  readonly placeHeads: Readonly<Record<string, PlaceKind>>;
  readonly placeCues: readonly string[];
  readonly organizationCues: Readonly<Record<string, OrganizationKind>>;
  readonly eventTriggers: readonly { readonly phrase: string; readonly kind: EventKind; readonly needsName?: boolean }[];
  readonly anaphors: readonly string[];
  readonly locativeWords: readonly string[];
  readonly organizationTails: readonly string[];
  readonly notNameTails: readonly string[];
  readonly eventPlaceCues: readonly string[];
  readonly notEventPlaceCues: readonly string[];
  readonly futureMarkers: readonly string[];
  readonly personCues: readonly string[];
  readonly delegationCues: readonly string[];
  readonly hostCues: readonly string[];
  readonly citeCues: readonly string[];
  readonly documentHeads: readonly { readonly phrase: string; readonly kind: 'agreement' | 'statement' | 'message' | 'report' }[];
  readonly commonWords: readonly string[];
  readonly abbreviations: readonly string[];
  readonly givenNames: readonly string[];
  /** Frequent ordinary words (lower case): a run made only of them is not a name. */
  readonly frequentWords: ReadonlySet<string>;
  readonly familyNameEndings: readonly string[];
  readonly koreanFamilyNames: readonly string[];
  readonly nameParticles: readonly string[];
  readonly nameVariants: readonly (readonly string[])[];
  readonly boilerplateLines: readonly RegExp[];
  readonly teaserHeadings: readonly RegExp[];
  readonly creditLabels: Readonly<Record<string, 'author' | 'editor' | 'translator' | 'reporter'>>;
  readonly copyrightLine: RegExp;
  readonly sourceLine: RegExp;
}
