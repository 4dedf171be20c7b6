/** Look-up structures compiled once per language model: tries and sets over its tables. */
import type { GazetteerEntry, LanguageModel } from './model.js';
import { PhraseTrie, phraseTokens, tokenize, type Token } from './tokens.js';

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
  readonly placeCues: readonly string[][];
  readonly personCues: ReadonlySet<string>;
  readonly organizationCues: readonly { readonly tokens: string[]; readonly kind: string }[];
  readonly events: PhraseTrie<{ readonly kind: string; readonly needsName: boolean }>;
  readonly anaphors: ReadonlySet<string>;
  readonly locativeWords: ReadonlySet<string>;
  readonly organizationTails: ReadonlySet<string>;
  readonly notNameTails: ReadonlySet<string>;
  readonly eventPlaceCues: readonly string[][];
  readonly notEventPlaceCues: readonly string[][];
  /** Media outlets by lower-case alias and by web domain. */
  readonly mediaByName: ReadonlyMap<string, GazetteerEntry>;
  readonly mediaByDomain: ReadonlyMap<string, GazetteerEntry>;
  /** Every place alias, lower-case. */
  readonly placeNames: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly delegationCues: readonly string[][];
  readonly hostCues: ReadonlySet<string>;
  readonly citeCues: readonly string[][];
  readonly documentHeads: PhraseTrie<string>;
}

const cache = new WeakMap<LanguageModel, Lexicon>();

export function lexiconOf(model: LanguageModel): Lexicon {
  const cached = cache.get(model);
  if (cached) return cached;
  const gazetteer = new PhraseTrie<GazetteerHit>();
  const mediaByName = new Map<string, GazetteerEntry>();
  const mediaByDomain = new Map<string, GazetteerEntry>();
  for (const entry of model.gazetteer) {
    for (const alias of entry.aliases) gazetteer.add(alias, { entry, alias, aliasTokens: tokenize(alias) });
    if (entry.type === 'Organization' && entry.kind === 'media') {
      for (const alias of entry.aliases) if (!mediaByName.has(alias.toLowerCase())) mediaByName.set(alias.toLowerCase(), entry);
      for (const d of entry.domains ?? []) mediaByDomain.set(d.toLowerCase(), entry);
    }
  }
  const titles = new PhraseTrie<'head' | 'modifier'>();
  for (const h of model.titleHeads) titles.add(h, 'head');
  for (const m of model.titleModifiers) titles.add(m, 'modifier');
  const events = new PhraseTrie<{ kind: string; needsName: boolean }>();
  for (const t of model.eventTriggers) events.add(t.phrase, { kind: t.kind, needsName: !!t.needsName });
  const documentHeads = new PhraseTrie<string>();
  for (const d of model.documentHeads) documentHeads.add(d.phrase, d.kind);
  const placeNames = new Set(model.gazetteer.filter((e) => e.type === 'Place').flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
  const nameVariant = new Map<string, string>();
  for (const group of model.nameVariants) for (const v of group) nameVariant.set(v.toLowerCase(), group[0]);
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
    placeCues: model.placeCues.map(phraseTokens).sort((a, b) => b.length - a.length),
    personCues: new Set(model.personCues),
    organizationCues: Object.entries(model.organizationCues).map(([p, kind]) => ({ tokens: phraseTokens(p), kind })).sort((a, b) => b.tokens.length - a.tokens.length),
    events,
    anaphors: new Set(model.anaphors),
    locativeWords: new Set(model.locativeWords),
    organizationTails: new Set(model.organizationTails),
    notNameTails: new Set(model.notNameTails),
    eventPlaceCues: model.eventPlaceCues.map(phraseTokens),
    notEventPlaceCues: model.notEventPlaceCues.map(phraseTokens),
    mediaByName,
    mediaByDomain,
    placeNames,
    futureMarkers: new Set(model.futureMarkers),
    delegationCues: model.delegationCues.map(phraseTokens),
    hostCues: new Set(model.hostCues),
    citeCues: model.citeCues.map(phraseTokens).sort((a, b) => b.length - a.length),
    documentHeads,
  };
  cache.set(model, lexicon);
  return lexicon;
}

/** True when the tokens just before index `i` spell `phrase` (lower-case tokens). */
export function precededBy(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i < phrase.length) return false;
  return phrase.every((p, k) => tokens[i - phrase.length + k].lower === p);
}

/** Whether a text token may stand for an alias token: acronyms match exactly, names by capitalisation. */
export function caseFits(alias: Token, text: Token): boolean {
  if (alias.allCaps && alias.text.length <= 6) return alias.text === text.text;
  if (alias.capitalised) return text.capitalised;
  return true;
}
