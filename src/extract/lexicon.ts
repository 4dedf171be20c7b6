/** Look-up structures compiled once per language model: tries and sets over its tables. */
import type { GazetteerEntry, HostCueVoice, LanguageModel } from './model.js';
import { keepWhere, PhraseTrie, phraseTokens, PrecedingPhrases, tokenize, type Token } from './tokens.js';
import type { OrganizationKind, PlaceKind } from './types.js';

export interface GazetteerHit {
  readonly entry: GazetteerEntry;
  readonly alias: string;
  /** The alias's tokens, for matching its case against the text's. */
  readonly aliasTokens: readonly Token[];
}

export interface Lexicon {
  readonly model: LanguageModel;
  readonly gazetteer: PhraseTrie<GazetteerHit>;
  readonly titles: PhraseTrie<'head' | 'modifier'>;
  readonly commonWords: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly koreanFamilyNames: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  /** Lower-case given-name spelling → the canonical spelling of its group. */
  readonly nameVariant: ReadonlyMap<string, string>;
  /** Words that make the name after them a place, with the kind of place they tell. */
  readonly placeCues: PrecedingPhrases<PlaceKind>;
  readonly personCues: ReadonlySet<string>;
  readonly kinWords: ReadonlySet<string>;
  readonly personAfterCues: ReadonlySet<string>;
  readonly organizationCues: PrecedingPhrases<OrganizationKind>;
  /** Head words of organisation and place names (`Kementerian`, `Kabupaten`), by lower-case word. */
  readonly organizationHeads: ReadonlyMap<string, OrganizationKind>;
  readonly placeHeads: ReadonlyMap<string, PlaceKind>;
  readonly events: PhraseTrie<{
    readonly kind: string;
    readonly needsName: boolean;
    readonly voice?: 'active' | 'passive';
  }>;
  /** `notEventPhrases`: where one opens, the words it holds report no event. */
  readonly notEvents: PhraseTrie<true>;
  readonly anaphors: ReadonlySet<string>;
  readonly locativeWords: ReadonlySet<string>;
  readonly organizationTails: ReadonlySet<string>;
  readonly notNameTails: ReadonlySet<string>;
  readonly eventPlaceCues: PrecedingPhrases;
  readonly notEventPlaceCues: PrecedingPhrases;
  /** Media outlets by lower-case alias and by web domain. */
  readonly mediaByName: ReadonlyMap<string, GazetteerEntry>;
  readonly mediaByDomain: ReadonlyMap<string, GazetteerEntry>;
  /** Every place alias, lower-case. */
  readonly placeNames: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly untilWord: RegExp;
  /** A word shaped like a verb (`mengatakan`). */
  readonly verbForm: RegExp;
  /** Whether a lower-case word is a noun made of a frequent root (`pemilihan`). */
  readonly isDerivedNoun: (word: string) => boolean;
  /** Words a title-case headline keeps in lower case (`di`, `dan`). */
  readonly headlineLowerWords: ReadonlySet<string>;
  /** `model.inlineTeaser`, global: for `matchAll` over a whole article. */
  readonly inlineTeasers: RegExp;
  readonly delegationCues: PrecedingPhrases;
  readonly officeCues: ReadonlySet<string>;
  readonly hostCues: ReadonlyMap<string, HostCueVoice>;
  readonly citeCues: PrecedingPhrases;
  readonly documentHeads: PhraseTrie<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly documentNameStops: ReadonlySet<string>;
  readonly containmentCues: ReadonlySet<string>;
  /** What separates the names of a credit line. */
  readonly nameSeparator: RegExp;
}

/** Regular-expression source matching any of `words` literally. */
export const literalAlternatives = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const cache = new WeakMap<LanguageModel, Lexicon>();
/** Matches nothing: a cue the model has no words for. */
const NOTHING = /(?!)/;

export function lexiconOf(model: LanguageModel): Lexicon {
  const cached = cache.get(model);
  if (cached) return cached;
  const gazetteer = new PhraseTrie<GazetteerHit>();
  const mediaByName = new Map<string, GazetteerEntry>();
  const mediaByDomain = new Map<string, GazetteerEntry>();
  for (const entry of model.gazetteer) {
    for (const alias of entry.aliases) gazetteer.add(alias, { entry, alias, aliasTokens: tokenize(alias) });
    if (entry.type === 'Organization' && entry.kind === 'media') {
      for (const alias of entry.aliases)
        if (!mediaByName.has(alias.toLowerCase())) mediaByName.set(alias.toLowerCase(), entry);
      for (const d of entry.domains ?? []) mediaByDomain.set(d.toLowerCase(), entry);
    }
    // An outlet is named by its web domain too (`Antaranews.com`).
    for (const d of entry.domains ?? [])
      if (!entry.aliases.some((a) => a.toLowerCase() === d.toLowerCase()))
        gazetteer.add(d, { entry, alias: d, aliasTokens: tokenize(d) });
  }
  const titles = new PhraseTrie<'head' | 'modifier'>();
  for (const h of model.titleHeads) titles.add(h, 'head');
  for (const m of model.titleModifiers) titles.add(m, 'modifier');
  const events = new PhraseTrie<{ kind: string; needsName: boolean; voice?: 'active' | 'passive' }>();
  for (const t of model.eventTriggers) events.add(t.phrase, { kind: t.kind, needsName: !!t.needsName, voice: t.voice });
  const notEvents = new PhraseTrie<true>();
  for (const p of model.notEventPhrases) notEvents.add(p, true);
  const documentHeads = new PhraseTrie<string>();
  for (const d of model.documentHeads) documentHeads.add(d.phrase, d.kind);
  const placeNames = new Set(
    model.gazetteer.filter((e) => e.type === 'Place').flatMap((e) => e.aliases.map((a) => a.toLowerCase())),
  );
  const nameVariant = new Map<string, string>();
  for (const group of model.nameVariants) for (const v of group) nameVariant.set(v.toLowerCase(), group[0]);
  const placeHeads = new Map(Object.entries(model.placeHeads));
  const cues = (phrases: readonly string[]) => new PrecedingPhrases(phrases.map((p) => [p, undefined] as const));
  const lexicon: Lexicon = {
    model,
    gazetteer,
    titles,
    commonWords: new Set(model.commonWords),
    givenNames: new Set(model.givenNames),
    koreanFamilyNames: new Set(model.koreanFamilyNames),
    particles: new Set(model.nameParticles),
    joiners: new Set(model.titleJoiners),
    nameVariant,
    placeCues: new PrecedingPhrases(model.placeCues.map((p) => [p, placeKindOf(p, placeHeads)] as const)),
    personCues: new Set(model.personCues),
    kinWords: new Set(model.kinWords),
    personAfterCues: new Set(model.personAfterCues),
    organizationCues: new PrecedingPhrases(Object.entries(model.organizationCues)),
    organizationHeads: new Map(Object.entries(model.organizationHeads)),
    placeHeads,
    events,
    notEvents,
    anaphors: new Set(model.anaphors),
    locativeWords: new Set(model.locativeWords),
    organizationTails: new Set(model.organizationTails),
    notNameTails: new Set(model.notNameTails),
    eventPlaceCues: cues(model.eventPlaceCues),
    notEventPlaceCues: cues(model.notEventPlaceCues),
    mediaByName,
    mediaByDomain,
    placeNames,
    futureMarkers: new Set(model.futureMarkers),
    untilWord: model.untilWords.length ? new RegExp(`^(?:${literalAlternatives(model.untilWords)})$`, 'i') : NOTHING,
    verbForm: model.verbPrefixes.length
      ? new RegExp(`^(?:${literalAlternatives(model.verbPrefixes)})\\p{Ll}{3,}$`, 'u')
      : NOTHING,
    isDerivedNoun: derivedNounTest(model),
    headlineLowerWords: new Set(model.headlineLowerWords),
    inlineTeasers: new RegExp(model.inlineTeaser.source, `${model.inlineTeaser.flags.replace('g', '')}g`),
    delegationCues: cues(model.delegationCues),
    officeCues: new Set(model.officeCues),
    hostCues: new Map(Object.entries(model.hostCues)),
    citeCues: cues(model.citeCues),
    documentHeads,
    quantifiers: new Set(model.quantifiers),
    documentNameStops: new Set(model.documentNameStops),
    containmentCues: new Set(model.containmentCues),
    nameSeparator: new RegExp(
      `\\s*(?:${[',', '\\/', '&', ...model.nameJoiners.map((w) => `\\b${literalAlternatives([w])}\\b`)].join('|')})\\s*`,
    ),
  };
  cache.set(model, lexicon);
  return lexicon;
}

/**
 * Whether a word is a noun the model's affixes make of a frequent root of three letters at least;
 * remembered, words recurring (in a memo bounded so memory stays flat on an archive).
 */
function derivedNounTest(model: LanguageModel): (word: string) => boolean {
  const { prefixes, suffixes, rootForms } = model.derivedNouns;
  const attested = (root: string) => rootForms.some(([p, s]) => model.frequentWords.has(p + root + s));
  const derived = (word: string) =>
    suffixes.some(
      (suffix) =>
        word.endsWith(suffix) &&
        prefixes.some(({ prefix, restores }) => {
          if (!word.startsWith(prefix) || word.length < prefix.length + suffix.length + 3) return false;
          const core = word.slice(prefix.length, word.length - suffix.length);
          return restores.some((r) => attested(r + core));
        }),
    );
  const memo = new Map<string, boolean>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size > 50_000) memo.clear();
      memo.set(word, (value = derived(word)));
    }
    return value;
  };
}

/** The kind of place a cue tells by its head word (`di kota` → city), else `other`. */
function placeKindOf(cue: string, placeHeads: ReadonlyMap<string, PlaceKind>): PlaceKind {
  return (
    phraseTokens(cue)
      .map((w) => placeHeads.get(w))
      .find(Boolean) ?? 'other'
  );
}

/** For `titles.longest`: only a head word opens a title (`Menteri`, not `Luar Negeri`). */
export const titleHeadsOnly = (values: readonly ('head' | 'modifier')[]) => keepWhere(values, isHead);
const isHead = (v: 'head' | 'modifier') => v === 'head';

/** Whether a text token may stand for an alias token: acronyms match exactly, names by capitalisation. */
export function caseFits(alias: Token, text: Token): boolean {
  if (alias.allCaps && alias.text.length <= 6) return alias.text === text.text;
  if (alias.capitalised) return text.capitalised;
  return true;
}
