/** The English language model: a small first one, proof that the engine reads no language but its model's. */
import type { GazetteerEntry, LanguageModel, OrganizationKind } from '../../extract/model.js';
import { DATE_RULES, MONTHS, RELATIVE_DATES, TIME_ZONES, WEEKDAYS } from './calendar.js';
import {
  ABBREVIATIONS,
  CITE_CUES,
  COMMON_WORDS,
  CONTAINMENT_CUES,
  DOCUMENT_HEADS,
  DOCUMENT_NAME_STOPS,
  FAMILY_NAME_ENDINGS,
  GIVEN_NAMES,
  KOREAN_FAMILY_NAMES,
  LOCATIVE_WORDS,
  NAME_PARTICLES,
  NOT_NAME_TAILS,
  OFFICE_CUES,
  ORGANIZATION_CUES,
  ORGANIZATION_HEADS,
  ORGANIZATION_TAILS,
  PERSON_AFTER_CUES,
  PERSON_CUES,
  PLACE_CUES,
  PLACE_HEADS,
  QUANTIFIERS,
  TITLE_HEADS,
  TITLE_JOINERS,
  TITLE_MODIFIERS,
} from './words.js';
import { EVENTS } from './events.js';

/** Short names the English press uses for countries, by ISO code; the first one is the label. */
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['United States', 'US', 'U.S.', 'USA', 'America'],
  GB: ['United Kingdom', 'UK', 'Britain'],
  RU: ['Russia'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea'],
  CN: ['China'],
};

const CITIES: readonly (readonly [name: string, country: string])[] = [
  ['Moscow', 'RU'],
  ['Pyongyang', 'KP'],
  ['Seoul', 'KR'],
  ['Beijing', 'CN'],
  ['Tokyo', 'JP'],
  ['Washington', 'US'],
  ['New York', 'US'],
  ['London', 'GB'],
  ['Paris', 'FR'],
  ['Berlin', 'DE'],
  ['Jakarta', 'ID'],
  ['Kyiv', 'UA'],
  ['Vladivostok', 'RU'],
];

const MEDIA: readonly string[][] = [
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['AFP', 'Agence France-Presse'],
  ['BBC'],
  ['CNN'],
  ['Al Jazeera'],
  ['TASS'],
  ['Xinhua'],
  ['Yonhap'],
  ['KCNA', 'Korean Central News Agency'],
  ['Kyodo'],
  ['The Guardian'],
  ['The New York Times'],
];

const INSTITUTIONS: Readonly<Record<OrganizationKind, readonly string[][]>> = {
  government: [['White House'], ['Kremlin'], ['Pentagon'], ['State Department']],
  agency: [['United Nations', 'UN', 'U.N.'], ['NATO'], ['European Union', 'EU']],
  company: [],
  media: [],
  other: [],
};

/** Every country the runtime's CLDR data names in English, with the press's short names. */
function countries(): GazetteerEntry[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const out: GazetteerEntry[] = [];
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      const name = en.of(code)?.replace(/\s*\(.*\)\s*$/, '');
      // Codes CLDR reserves or uses for groups (`EU`, `UN`, `XA`…) are not countries.
      if (!name || /^[A-Z]{2}$/.test(name) || ['EU', 'EZ', 'UN', 'QO', 'ZZ'].includes(code) || code.startsWith('X'))
        continue;
      const names = [...new Set([...(COUNTRY_NAMES[code] ?? []), name])];
      out.push({ type: 'Place', name: names[0], aliases: names, kind: 'country', country: code });
    }
  return out;
}

const gazetteer: GazetteerEntry[] = [
  ...countries(),
  ...CITIES.map(([name, country]): GazetteerEntry => ({ type: 'Place', name, aliases: [name], kind: 'city', country })),
  ...MEDIA.map((names): GazetteerEntry => ({ type: 'Organization', name: names[0], aliases: names, kind: 'media' })),
  ...(Object.entries(INSTITUTIONS) as [OrganizationKind, readonly string[][]][]).flatMap(([kind, rows]) =>
    rows.map((names): GazetteerEntry => ({ type: 'Organization', name: names[0], aliases: names, kind })),
  ),
];

export const english: LanguageModel = {
  code: 'en',
  months: MONTHS,
  weekdays: WEEKDAYS,
  relativeDates: RELATIVE_DATES,
  dateRules: DATE_RULES,
  timeZones: TIME_ZONES,
  gazetteer,
  titleHeads: TITLE_HEADS,
  titleModifiers: TITLE_MODIFIERS,
  titleJoiners: TITLE_JOINERS,
  organizationHeads: ORGANIZATION_HEADS,
  placeHeads: PLACE_HEADS,
  placeCues: PLACE_CUES,
  organizationCues: ORGANIZATION_CUES,
  ...EVENTS,
  // English points back before the noun (`the meeting`), where the engine looks after it.
  anaphors: [],
  locativeWords: LOCATIVE_WORDS,
  organizationTails: ORGANIZATION_TAILS,
  notNameTails: NOT_NAME_TAILS,
  personCues: PERSON_CUES,
  // English writes no clitic on a word for a relative (`kinWords` reads `Ayahnya, …`).
  kinWords: [],
  personAfterCues: PERSON_AFTER_CUES,
  // English verbs have no prefix that marks them.
  verbPrefixes: [],
  // English nouns are the frequent words themselves.
  derivedNouns: { prefixes: [], suffixes: [], rootForms: [] },
  officeCues: OFFICE_CUES,
  citeCues: CITE_CUES,
  documentHeads: DOCUMENT_HEADS,
  quantifiers: QUANTIFIERS,
  documentNameStops: DOCUMENT_NAME_STOPS,
  containmentCues: CONTAINMENT_CUES,
  commonWords: COMMON_WORDS,
  commonShapes: [/^\p{Lu}{2,}s$/u],
  enclitics: [],
  abbreviations: ABBREVIATIONS,
  givenNames: GIVEN_NAMES,
  frequentWords: new Set(COMMON_WORDS),
  foreignWords: new Set(),
  familyNameEndings: FAMILY_NAME_ENDINGS,
  koreanFamilyNames: KOREAN_FAMILY_NAMES,
  nameParticles: NAME_PARTICLES,
  nameVariants: [],
  boilerplateLines: [
    /^\s*(read|see)\s+(more|also)\s*[:：-]/i,
    /^\s*(advertisement|share this article|share)\s*$/i,
    /^\s*(follow|subscribe to)\s+(us|our)\b/i,
    /^\s*(photo|video)\s*[:：]/i,
  ],
  teaserHeadings: [/^\s*(related|related stories|more stories|most read|recommended)\s*:?\s*$/i],
  inlineTeaser: /\b(?:read|see)\s+(?:also|more)\s*:/i,
  headlineLowerWords: ['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as'],
  captionLine: /\((?:photo|file photo|reuters|ap photo|afp photo)\b[^)]*\)\s*$/i,
  datelines: [
    // MOSCOW (Reuters) - / WASHINGTON, June 18 (Reuters) -
    /^\s*(?<place>\p{Lu}[\p{Lu} .'-]{1,30}?)(?:,\s*[^()]{3,30}?)?\s*\((?<outlet>[^)]{2,40})\)\s*[-–—:]\s*/u,
    // MOSCOW -
    /^\s*(?<place>\p{Lu}[\p{Lu} ]{2,30})\s*[-–—]\s+/u,
  ],
  outletFooters: [
    /^\s*this\s+(?:article|story)\s+(?:first\s+)?appeared\s+(?:on|in)\s+(?<outlet>[\p{L}\p{N}][\p{L}\p{N}.-]*\.\p{L}{2,})/iu,
  ],
  creditLabels: {
    by: 'author',
    author: 'author',
    editor: 'editor',
    'edited by': 'editor',
    'reporting by': 'reporter',
    'writing by': 'author',
    'translated by': 'translator',
  },
  creditLines: [],
  nameJoiners: ['and'],
  copyrightLine: /^\s*(?:copyright)?\s*(?:©|\(c\)|copyright)\s*(.*)$/i,
  sourceLine: /^\s*source\s*:\s*(.+?)\s*$/i,
};
