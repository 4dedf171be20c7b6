/**
 * English words: titles, cue words, common words and name shapes. A small first model: enough
 * for the engine to read English wire copy, not yet measured against annotated English news.
 */
import type { LanguageModel, OrganizationKind, PlaceKind } from '../../extract/model.js';

export const TITLE_HEADS: readonly string[] = [
  'president',
  'vice president',
  'prime minister',
  'deputy prime minister',
  'minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'secretary',
  'secretary of state',
  'secretary-general',
  'chancellor',
  'king',
  'queen',
  'prince',
  'crown prince',
  'emperor',
  'pope',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'director',
  'chief',
  'leader',
  'general',
  'admiral',
  'colonel',
  'commander',
  'judge',
  'professor',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'former',
  'deputy',
  'acting',
  'supreme leader',
];

export const TITLE_MODIFIERS: readonly string[] = [
  'foreign',
  'defence',
  'defense',
  'finance',
  'interior',
  'trade',
  'energy',
  'health',
  'justice',
  'state',
  'general',
  'executive',
  'deputy',
  'first',
  'senior',
  'special',
  'national',
  'security',
  'adviser',
  'advisor',
  'minister',
  'affairs',
  'staff',
];

export const TITLE_JOINERS: readonly string[] = ['and'];

export const ORGANIZATION_HEADS: Readonly<Record<string, OrganizationKind>> = {
  ministry: 'government',
  department: 'government',
  government: 'government',
  council: 'government',
  parliament: 'government',
  court: 'government',
  police: 'government',
  army: 'government',
  navy: 'government',
  agency: 'agency',
  commission: 'agency',
  office: 'agency',
  bureau: 'agency',
  university: 'other',
  institute: 'other',
  party: 'other',
  foundation: 'other',
  bank: 'company',
  company: 'company',
  group: 'company',
};

export const PLACE_HEADS: Readonly<Record<string, PlaceKind>> = {
  city: 'city',
  province: 'region',
  state: 'region',
  county: 'region',
  island: 'region',
  mount: 'site',
  lake: 'site',
  river: 'site',
  airport: 'site',
  port: 'site',
  palace: 'site',
  square: 'site',
  hotel: 'site',
  stadium: 'site',
};

export const PLACE_CUES: readonly string[] = [
  'in',
  'to',
  'from',
  'at',
  'near',
  'capital',
  'city of',
  'arrived in',
  'visit to',
  'residents of',
];

export const ORGANIZATION_CUES: Readonly<Record<string, OrganizationKind>> = {
  'news agency': 'media',
  newspaper: 'media',
  broadcaster: 'media',
  'state media': 'media',
  company: 'company',
  firm: 'company',
  carmaker: 'company',
  party: 'other',
  group: 'other',
  'militant group': 'other',
  agency: 'agency',
};

export const PERSON_CUES: readonly string[] = ['said', 'says', 'told', 'mr', 'mrs', 'ms', 'suspect', 'victim', 'late'];

/** Words right after a name that only a person does (`… died`, `… pleaded`). */
export const PERSON_AFTER_CUES: readonly string[] = ['died', 'pleaded', 'testified', 'resigned'];

export const OFFICE_CUES: readonly string[] = ['as'];
export const CITE_CUES: readonly string[] = ['according to', 'reported', 'told', 'quoted by', 'cited by', 'said'];

export const DOCUMENT_HEADS: LanguageModel['documentHeads'] = [
  { phrase: 'agreement', kind: 'agreement' },
  { phrase: 'treaty', kind: 'agreement' },
  { phrase: 'pact', kind: 'agreement' },
  { phrase: 'memorandum of understanding', kind: 'agreement' },
  { phrase: 'deal', kind: 'agreement' },
  { phrase: 'joint statement', kind: 'statement' },
  { phrase: 'declaration', kind: 'statement' },
  { phrase: 'communique', kind: 'statement' },
  { phrase: 'letter', kind: 'message' },
  { phrase: 'message', kind: 'message' },
  { phrase: 'report', kind: 'report' },
];
export const QUANTIFIERS: readonly string[] = ['a', 'an', 'the', 'two', 'three', 'several', 'new'];
export const DOCUMENT_NAME_STOPS: readonly string[] = [
  'in',
  'with',
  'between',
  'after',
  'before',
  'during',
  'by',
  'and',
  'that',
  'which',
  'as',
  'at',
  'since',
];
export const CONTAINMENT_CUES: readonly string[] = ['in'];

export const LOCATIVE_WORDS: readonly string[] = [
  'in',
  'to',
  'from',
  'at',
  'near',
  'and',
  'or',
  ',',
  'across',
  'around',
  'outside',
  'inside',
];
export const ORGANIZATION_TAILS: readonly string[] = [
  'agency',
  'association',
  'bank',
  'council',
  'corporation',
  'corp',
  'company',
  'co',
  'foundation',
  'group',
  'inc',
  'institute',
  'ltd',
  'ministry',
  'news',
  'party',
  'post',
  'times',
  'union',
  'university',
];
export const NOT_NAME_TAILS: readonly string[] = ['award', 'prize', 'cup', 'day', 'festival', 'summit', 'act'];

/** Words that open a sentence capitalised and name no one. */
export const COMMON_WORDS: readonly string[] = (
  'a an the and but or if in on at to of for from by with as after before during while when where since until this that these ' +
  'those it its he she they we you i his her their our there here what which who whom whose why how all some many most more ' +
  'one two three first last new said says also however meanwhile earlier later today yesterday tomorrow monday tuesday ' +
  'wednesday thursday friday saturday sunday january february march april may june july august september october november ' +
  'december president minister government officials police north south east west russian chinese american british korean ' +
  'japanese ukrainian indonesian european'
).split(/\s+/);

export const ABBREVIATIONS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'u.s',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vol',
  'vs',
];

export const GIVEN_NAMES: readonly string[] = [
  'Vladimir',
  'Sergei',
  'Sergey',
  'Dmitry',
  'Joe',
  'Donald',
  'Barack',
  'George',
  'Bill',
  'Hillary',
  'Kamala',
  'John',
  'James',
  'Robert',
  'Michael',
  'David',
  'Richard',
  'Joseph',
  'Thomas',
  'Charles',
  'Emmanuel',
  'Olaf',
  'Angela',
  'Boris',
  'Rishi',
  'Keir',
  'Justin',
  'Mark',
  'Ursula',
  'Antony',
  'Xi',
  'Kim',
  'Joko',
  'Prabowo',
  'Anwar',
  'Narendra',
  'Mary',
  'Elizabeth',
  'Sarah',
  'Anna',
  'Maria',
  'Peter',
  'Paul',
  'Andrew',
  'Jake',
  'Lloyd',
  'Volodymyr',
];

export const FAMILY_NAME_ENDINGS: readonly string[] = ['ov', 'ova', 'ev', 'eva', 'sky', 'skiy', 'enko', 'vich'];
export const KOREAN_FAMILY_NAMES: readonly string[] = ['Kim', 'Lee', 'Park', 'Choe', 'Choi', 'Moon', 'Yoon'];
export const NAME_PARTICLES: readonly string[] = ['bin', 'van', 'der', 'von', 'de', 'al', 'da', 'la'];
