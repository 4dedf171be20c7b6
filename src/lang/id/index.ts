/** The Indonesian language model: every lexicon and pattern table, gathered for the engine. */
import type { GazetteerEntry, LanguageModel, OrganizationKind } from '../../extract/model.js';
import { DATE_RULES, MONTHS, RELATIVE_DATES, TIME_ZONES, WEEKDAYS } from './calendar.js';
import { CITIES, COUNTRY_NAMES, NOT_COUNTRIES, REGIONS } from './places.js';
import { INSTITUTIONS, MEDIA } from './organizations.js';
import { OUTLETS } from './outlets.js';
import { TITLE_HEADS, TITLE_JOINERS, TITLE_MODIFIERS } from './titles.js';
import { FAMILY_NAME_ENDINGS, GIVEN_NAMES, KOREAN_FAMILY_NAMES, NAME_PARTICLES, NAME_VARIANTS } from './names.js';
import {
  CITE_CUES,
  CONTAINMENT_CUES,
  DOCUMENT_HEADS,
  DOCUMENT_NAME_STOPS,
  LOCATIVE_WORDS,
  NOT_NAME_TAILS,
  OFFICE_CUES,
  ORGANIZATION_CUES,
  ORGANIZATION_HEADS,
  ORGANIZATION_TAILS,
  KIN_WORDS,
  PERSON_AFTER_CUES,
  PERSON_CUES,
  PLACE_CUES,
  PLACE_HEADS,
  QUANTIFIERS,
  VERB_PREFIXES,
  DERIVED_NOUNS,
} from './cues.js';
import { EVENTS } from './events.js';
import { ABBREVIATIONS, COMMON_ACRONYMS, COMMON_SHAPES, COMMON_WORDS, ENCLITICS } from './words.js';
import {
  BOILERPLATE_LINES,
  CAPTION_LINE,
  HEADLINE_LOWER_WORDS,
  INLINE_TEASER,
  TEASER_HEADINGS,
} from './boilerplate.js';
import {
  COPYRIGHT_LINE,
  CREDIT_LABELS,
  CREDIT_LINES,
  DATELINES,
  NAME_JOINERS,
  OUTLET_FOOTERS,
  SOURCE_LINE,
} from './metadata.js';
import { englishWords, frequentWords, INDONESIAN_GIVEN_NAMES } from './frequency.js';
import { indonesianRegencies } from './indonesia-areas.js';
import nerWeights from './ner-weights.json' with { type: 'json' };

/** Parses a table row `Label|alias|alias @CC ~domain`. */
function parseRow(row: string): { names: string[]; country?: string; domains: string[] } {
  const domains = [...row.matchAll(/\s~(\S+)/g)].map((m) => m[1]);
  const country = /\s@([A-Z]{2})\b/.exec(row)?.[1];
  const names = row
    .replace(/\s[~@]\S+/g, '')
    .split('|')
    .map((n) => n.trim())
    .filter(Boolean);
  return { names, country, domains };
}

/** Every country the runtime's CLDR data names, in Indonesian and English, with the press's extra names. */
function countries(): GazetteerEntry[] {
  const id = new Intl.DisplayNames(['id'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const entries: GazetteerEntry[] = [];
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      const idName = id.of(code);
      if (!idName) continue;
      const extra = COUNTRY_NAMES[code] ?? [];
      // CLDR adds qualifiers in parentheses or after a dash (`Myanmar (Burma)`): keep the plain part.
      const plain = (s: string | undefined) =>
        s
          ?.replace(/\s*\(.*\)\s*$/, '')
          .replace(/\s+-\s+.*$/, '')
          .trim();
      const names = [...new Set([...extra, plain(idName), plain(en.of(code))].filter((n): n is string => !!n))];
      entries.push({ type: 'Place', name: names[0], aliases: names, kind: 'country', country: code });
    }
  return entries;
}

function places(rows: readonly string[], kind: 'city' | 'region'): GazetteerEntry[] {
  return rows.map((row) => {
    const { names, country } = parseRow(row);
    return { type: 'Place', name: names[0], aliases: names, kind, country };
  });
}

function organizations(rows: readonly string[], kind: OrganizationKind): GazetteerEntry[] {
  return rows.map((row) => {
    const { names, country, domains } = parseRow(row);
    return { type: 'Organization', name: names[0], aliases: names, kind, country, domains };
  });
}

const GIVEN = [...new Set([...GIVEN_NAMES, ...INDONESIAN_GIVEN_NAMES])];
const FREQUENT = frequentWords([...GIVEN, ...KOREAN_FAMILY_NAMES]);

function regencies(): GazetteerEntry[] {
  const known = new Set([...CITIES, ...REGIONS].flatMap((r) => parseRow(r).names.map((n) => n.toLowerCase())));
  return indonesianRegencies((w) => FREQUENT.has(w) || GIVEN.includes(w.charAt(0).toUpperCase() + w.slice(1)))
    .filter((r) => !known.has(r.name.toLowerCase()))
    .map((r) => ({ type: 'Place', name: r.name, aliases: [r.name], kind: r.kind, country: 'ID' }));
}

export function gazetteer(): GazetteerEntry[] {
  return [
    ...countries(),
    ...places(CITIES, 'city'),
    ...places(REGIONS, 'region'),
    ...regencies(),
    ...organizations(OUTLETS, 'media'),
    ...organizations(MEDIA, 'media'),
    ...(Object.entries(INSTITUTIONS) as [OrganizationKind, readonly string[]][]).flatMap(([kind, rows]) =>
      organizations(rows, kind),
    ),
  ];
}

export const indonesian: LanguageModel = {
  code: 'id',
  months: MONTHS,
  weekdays: WEEKDAYS,
  relativeDates: RELATIVE_DATES,
  dateRules: DATE_RULES,
  timeZones: TIME_ZONES,
  gazetteer: gazetteer(),
  titleHeads: TITLE_HEADS,
  titleModifiers: TITLE_MODIFIERS,
  titleJoiners: TITLE_JOINERS,
  organizationHeads: ORGANIZATION_HEADS,
  placeHeads: PLACE_HEADS,
  placeCues: PLACE_CUES,
  organizationCues: ORGANIZATION_CUES,
  ...EVENTS,
  locativeWords: LOCATIVE_WORDS,
  organizationTails: ORGANIZATION_TAILS,
  notNameTails: NOT_NAME_TAILS,
  personCues: PERSON_CUES,
  kinWords: KIN_WORDS,
  personAfterCues: PERSON_AFTER_CUES,
  verbPrefixes: VERB_PREFIXES,
  derivedNouns: DERIVED_NOUNS,
  officeCues: OFFICE_CUES,
  citeCues: CITE_CUES,
  documentHeads: DOCUMENT_HEADS,
  quantifiers: QUANTIFIERS,
  documentNameStops: DOCUMENT_NAME_STOPS,
  containmentCues: CONTAINMENT_CUES,
  commonWords: [...COMMON_WORDS, ...COMMON_ACRONYMS],
  commonShapes: COMMON_SHAPES,
  enclitics: ENCLITICS,
  abbreviations: ABBREVIATIONS,
  givenNames: GIVEN,
  frequentWords: FREQUENT,
  foreignWords: englishWords(GIVEN),
  familyNameEndings: FAMILY_NAME_ENDINGS,
  koreanFamilyNames: KOREAN_FAMILY_NAMES,
  nameParticles: NAME_PARTICLES,
  nameVariants: NAME_VARIANTS,
  boilerplateLines: BOILERPLATE_LINES,
  teaserHeadings: TEASER_HEADINGS,
  inlineTeaser: INLINE_TEASER,
  headlineLowerWords: HEADLINE_LOWER_WORDS,
  captionLine: CAPTION_LINE,
  datelines: DATELINES,
  outletFooters: OUTLET_FOOTERS,
  creditLabels: CREDIT_LABELS,
  creditLines: CREDIT_LINES,
  nameJoiners: NAME_JOINERS,
  copyrightLine: COPYRIGHT_LINE,
  sourceLine: SOURCE_LINE,
  ner: nerWeights,
};
