/**
 * Pass 5: gather an article's mentions into entities. A person's short form joins the one
 * full name that contains it (`Putin` → `Vladimir Putin`, `Kim` → `Kim Jong Un` when only
 * one Kim is named); spellings that fold alike are one (`Kim Jong-un`, `Kim Jong Un`). A
 * lone capitalised word takes the type of a longer name it belongs to, or is dropped.
 */
import type { Lexicon } from './lexicon.js';
import type { Candidate } from './mentions.js';
import { bareName, containsInOrder, endsInInitialsOf, foldName, personKey } from './names.js';
import type { EntityType, LocalEntity, Mention } from './types.js';

export interface SentenceCandidates {
  readonly sentence: number;
  readonly candidates: readonly Candidate[];
}

interface Draft {
  type: EntityType;
  name: string;
  key: string;
  /** `foldName(name)`, compared with every lone word. */
  folded: string;
  words: string[];
  kind?: LocalEntity['kind'];
  country?: string;
  titles: Set<string>;
  aliases: Set<string>;
  mentions: Mention[];
}

export function resolveEntities(all: readonly SentenceCandidates[], lex: Lexicon): LocalEntity[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const flat = all.flatMap((s) => s.candidates.map((c) => ({ c, sentence: s.sentence })));
  const keyOf = (c: Candidate, type: EntityType) =>
    `${type}:${type === 'Person' ? personKey(c.text, lex) : foldName(c.canonical ?? c.text)}`;
  const add = (c: Candidate, sentence: number, draft: Draft) => {
    const m = toMention(c, draft.type, sentence);
    draft.mentions.push(m);
    draft.aliases.add(c.text);
    for (const t of c.titles) draft.titles.add(t);
    return m;
  };
  const open = (c: Candidate, type: EntityType): Draft => {
    const key = keyOf(c, type);
    let d =
      byKey.get(key) ?? (type === 'Person' ? misspeltPerson(personKey(c.text, lex).split(' '), drafts) : undefined);
    if (!d) {
      const name = c.canonical ?? c.text;
      d = {
        type,
        name,
        key,
        folded: foldName(name),
        words: personKey(name, lex).split(' '),
        kind: c.kind,
        country: c.country,
        titles: new Set(),
        aliases: new Set(),
        mentions: [],
      };
      byKey.set(key, d);
      drafts.push(d);
    }
    return d;
  };

  // Typed names, longest persons first so that short forms find their full name.
  const typed = flat
    .filter(({ c }) => c.type)
    .sort((a, b) => b.c.to - b.c.from - (a.c.to - a.c.from) || a.c.start - b.c.start);
  const pending: typeof flat = [];
  // `Penahanan Edi Setiawan` beside `Edi Setiawan`: ordinary words before a name the article gives alone are not part of it.
  const personTexts = new Set(typed.filter(({ c }) => c.type === 'Person').map(({ c }) => c.text));
  const ownName = (c: Candidate): Candidate | undefined => {
    if (c.type !== 'Person') return undefined;
    const words = c.text.split(' ');
    for (let k = 1; k < words.length - 1 && ordinaryWord(words[k - 1], lex); k++) {
      const rest = words.slice(k).join(' ');
      if (personTexts.has(rest)) return typed.find(({ c: o }) => o.type === 'Person' && o.text === rest)!.c;
    }
    return undefined;
  };
  for (const item of typed) {
    const named = ownName(item.c);
    if (named) {
      open(named, 'Person').mentions.push(toMention(item.c, 'Person', item.sentence));
      continue;
    }
    // A lone word the gazetteer does not know, typed a place or an organisation by a guess, is
    // rather the person whose name the article gives in full (`Putin` after `Vladimir Putin`).
    const guessedWord = item.c.type !== 'Person' && !item.c.canonical && item.c.to - item.c.from === 1;
    if (item.c.type === 'Person' || guessedWord) {
      const words = personKey(item.c.text, lex).split(' ');
      const longer = drafts.filter(
        (d) => d.type === 'Person' && d.words.length > words.length && containsInOrder(d.words, words),
      );
      const initialled = longer.length ? [] : initialledPerson(item.c.text, drafts, lex);
      if (longer.length === 1 || initialled.length === 1) {
        add(item.c, item.sentence, longer[0] ?? initialled[0]);
        continue;
      }
      if (longer.length > 1 && !guessedWord) {
        pending.push(item);
        continue;
      }
    }
    add(item.c, item.sentence, open(item.c, item.c.type!));
  }
  // Lone words: a part of exactly one known name, or a name seen typed elsewhere.
  // How often each name is written in full, counted before lone words join any (so that none snowballs).
  const fullMentions = new Map(drafts.map((d) => [d, d.mentions.length]));
  for (const item of [...flat.filter(({ c }) => !c.type), ...pending]) {
    const words = personKey(item.c.text, lex).split(' ');
    const folded = foldName(item.c.text);
    const owners = drafts.filter((d) =>
      d.type === 'Person'
        ? containsInOrder(d.words, words)
        : d.folded === folded || [...d.aliases].some((a) => foldName(a) === folded),
    );
    // `LA` after `Los Angeles`: an acronym of the initials of exactly one place or body named in the article.
    const initialled = owners.length
      ? []
      : drafts.filter((d) => d.type !== 'Person' && isInitialism(item.c.text, d.name));
    const owner = owners.length === 1 ? owners[0] : mostNamed(owners, fullMentions);
    if (owner) add(item.c, item.sentence, owner);
    else if (initialled.length === 1) add(item.c, item.sentence, initialled[0]);
  }

  const ordered = withParts(
    withLoneWords(
      withShortForms(
        drafts.filter((d) => d.mentions.length),
        lex,
      ),
      lex,
    ),
    lex,
  ).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return ordered.map((d): LocalEntity => ({
    type: d.type,
    name: d.name,
    aliases: [...d.aliases].sort(),
    kind: d.kind,
    country: d.country,
    titles: [...d.titles].sort(),
    mentions: d.mentions.sort((a, b) => a.start - b.start),
  }));
}

/**
 * Of persons who share a word, the one the article names in full (`fullMentions`) far more often than each other: a lone
 * `Marimutu` in a piece about Marimutu Sinivasan is he, not the father named once (`Sinnaja Marimutu`).
 */
function mostNamed(owners: readonly Draft[], fullMentions: ReadonlyMap<Draft, number>): Draft | undefined {
  if (owners.some((d) => d.type !== 'Person')) return undefined;
  const [first, second] = [...owners].sort((a, b) => fullMentions.get(b)! - fullMentions.get(a)!);
  return second && fullMentions.get(first)! >= SALIENCE_RATIO * fullMentions.get(second)! ? first : undefined;
}

/** How many times as often the main person of a shared word must be named. */
const SALIENCE_RATIO = 3;

const ordinaryWord = (w: string, lex: Lexicon) =>
  lex.model.frequentWords.has(w.toLowerCase()) || lex.commonWords.has(w.toLowerCase());

/**
 * The one person already named whose name `words` spell with one letter changed in one long word:
 * the writer's slip (`Marimutu Sanivasan` beside `Marimutu Sinivasan`), not another person.
 */
function misspeltPerson(words: readonly string[], drafts: readonly Draft[]): Draft | undefined {
  if (words.length < 2) return undefined;
  const near = drafts.filter((d) => d.type === 'Person' && d.words.length === words.length && oneSlip(d.words, words));
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Whether two names of as many words differ in one word only, of six letters at least, by one
 * letter put for another before its last two: in shorter words a letter tells names apart
 * (`Adi`, `Ari`), and so does an ending (`Susanto`, `Susanti`; `Wahyudi`, `Wahyuni`).
 */
function oneSlip(a: readonly string[], b: readonly string[]): boolean {
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++slips > 1 || a[i].length !== b[i].length || a[i].length < MIN_SLIPPED_WORD) return false;
    const changed = [...a[i]].flatMap((letter, k) => (letter === b[i][k] ? [] : [k]));
    if (changed.length !== 1 || changed[0] >= a[i].length - ENDING) return false;
  }
  return slips === 1;
}

/** The shortest word a one-letter slip is read in. */
const MIN_SLIPPED_WORD = 6;
/** The letters at a word's end that tell names apart, where no slip is read. */
const ENDING = 2;

/** The persons named in full whose name `text` (`Fariz RM`) writes short: the same first words, then the capitals of the rest (`Fariz Roestam Munaf`). */
function initialledPerson(text: string, drafts: readonly Draft[], lex: Lexicon): Draft[] {
  if (!/\s\p{Lu}{2,}$/u.test(text)) return [];
  const words = personKey(text, lex).split(' ');
  return drafts.filter((d) => d.type === 'Person' && endsInInitialsOf(words, d.words));
}

/** Whether `short` (`LA`, `KPK`) is written with the initials of the capitalised words of `name` (two at least). */
function isInitialism(short: string, name: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(short)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === short;
}

function toMention(c: Candidate, type: EntityType, sentence: number): Mention {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    type,
    sentence,
    canonical: c.canonical,
    kind: c.kind,
    country: c.country,
    titles: c.titles,
    affiliation: c.affiliation?.type ? toMention(c.affiliation, c.affiliation.type, sentence) : undefined,
  };
}

/** A name with its short form in brackets inside it: the short form and the words after the brackets. */
const GLOSS_WITHIN = /\S\s*\(\s*([^()\s]+)\s*\)\s*(\S.*)$/u;

/**
 * An organisation or place also written short in the article is one entity: `Bawaslu` after
 * `Badan Pengawas Pemilu (Bawaslu)`, `Sinar Jaya` beside `PT Sinar Jaya`. A short
 * form is another name the entity was written with, or its bare name (`bareName`);
 * an entity whose name is the short form of exactly one other joins that one.
 */
function withShortForms(drafts: readonly Draft[], lex: Lexicon): Draft[] {
  const owners = new Map<string, Draft[]>();
  const own = (form: string, d: Draft) => {
    if (form === d.folded) return;
    const list = owners.get(form);
    if (!list) owners.set(form, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  for (const d of drafts) {
    if (d.type === 'Person') continue;
    for (const a of d.aliases) {
      own(foldName(a), d);
      // `Kejaksaan Negeri (Kejari) Bogor` is also written `Kejari Bogor`.
      const inner = GLOSS_WITHIN.exec(a);
      if (inner) own(foldName(`${inner[1]} ${inner[2]}`), d);
    }
    const bare = bareName(d.folded, lex);
    if (bare) own(bare, d);
  }
  // `DPRD Tadar` where the article glossed `Tanah Datar (Tadar)`: a place's one-word short form in a name stands for the place.
  const placeOf = new Map<string, string>();
  for (const d of drafts)
    if (d.type === 'Place')
      for (const a of d.aliases) {
        const form = foldName(a);
        if (form !== d.folded && !form.includes(' ')) placeOf.set(form, d.folded);
      }
  const withPlace = (folded: string) =>
    placeOf.size
      ? folded
          .split(' ')
          .map((w) => placeOf.get(w) ?? w)
          .join(' ')
      : folded;
  const out: Draft[] = [];
  for (const d of drafts) {
    const into =
      d.type === 'Person'
        ? undefined
        : (owners.get(d.folded) ?? owners.get(bareName(d.folded, lex) ?? '') ?? owners.get(withPlace(d.folded)));
    const target =
      into?.length === 1 && into[0] !== d && into[0].type === d.type && !owners.get(into[0].folded)
        ? into[0]
        : undefined;
    if (!target) {
      out.push(d);
      continue;
    }
    target.mentions.push(...d.mentions.map((m) => ({ ...m, type: target.type })));
    for (const a of d.aliases) target.aliases.add(a);
    for (const t of d.titles) target.titles.add(t);
  }
  return out;
}

/**
 * A lone word typed a person's name by a guess (no title says so) that the article also writes
 * for one place or organisation is that one: `Sinar Jaya` beside `PT Sinar Jaya`, `Tekma` after
 * `Teknik Makmur (Tekma)`; so is one the tagger typed a body of no known kind that the article
 * writes for a place (`Tadar` after `Tanah Datar (Tadar)`).
 */
function withLoneWords(drafts: readonly Draft[], lex: Lexicon): Draft[] {
  const guessed = (d: Draft) =>
    !d.folded.includes(' ') &&
    (d.type === 'Person' ? d.titles.size === 0 : d.type === 'Organization' && d.kind === 'other');
  if (!drafts.some(guessed)) return [...drafts];
  const writtenFor = new Map<string, Draft[]>();
  for (const d of drafts) {
    // Only a longer name vouches for the word: one the same word names may be the same guess, typed otherwise.
    if (d.type === 'Person' || !d.folded.includes(' ')) continue;
    const forms = new Set([...[...d.aliases].map(foldName), bareName(d.folded, lex) ?? d.folded]);
    for (const f of forms) writtenFor.set(f, [...(writtenFor.get(f) ?? []), d]);
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    const owners = guessed(d)
      ? (writtenFor.get(d.folded) ?? []).filter((o) => d.type === 'Person' || o.type === 'Place')
      : [];
    if (owners.length !== 1) {
      out.push(d);
      continue;
    }
    const target = owners[0];
    target.mentions.push(...d.mentions.map((m) => ({ ...m, type: target.type })));
    for (const a of d.aliases) target.aliases.add(a);
  }
  return out;
}

/**
 * An organisation named in the article by the first words of exactly one other's name is that
 * one (`Komisi III` beside `Komisi III DPR`), unless those words are the first of two joined
 * (`Kementerian Pertanian` is not `Kementerian Pertanian dan Kehutanan`). So is one named by the
 * rest of it right after the first words and their gloss (`Dewan Pakar (DP) Gerakan Hijau`, split
 * by the gloss, beside `Dewan Pakar Gerakan Hijau`).
 */
function withParts(drafts: readonly Draft[], lex: Lexicon): Draft[] {
  const orgs = drafts.filter((d) => d.type === 'Organization');
  const byName = new Map(orgs.map((d) => [d.folded, d]));
  // Each name by its first words (two at least) and by the rest after first words named too.
  const byHead = new Map<string, Draft[]>();
  const byTail = new Map<string, { whole: Draft; first: Draft }[]>();
  for (const o of orgs) {
    const words = o.folded.split(' ');
    for (let k = 1; k < words.length; k++) {
      const head = words.slice(0, k).join(' ');
      if (k >= 2 && !lex.joiners.has(words[k])) byHead.set(head, [...(byHead.get(head) ?? []), o]);
      const first = byName.get(head);
      const tail = words.slice(k).join(' ');
      if (first) byTail.set(tail, [...(byTail.get(tail) ?? []), { whole: o, first }]);
    }
  }
  const intoOf = (d: Draft): Draft | undefined => {
    const longer = new Set(byHead.get(d.folded));
    for (const { whole, first } of byTail.get(d.folded) ?? []) if (glossedBefore(first, d)) longer.add(whole);
    longer.delete(d);
    return longer.size === 1 ? [...longer][0] : undefined;
  };
  const into = new Map(orgs.map((d) => [d, intoOf(d)] as const));
  const out: Draft[] = [];
  for (const d of drafts) {
    const target = into.get(d);
    // Only into a name that is itself no part of another, so that parts join the whole in one step.
    if (!target || into.get(target)) {
      out.push(d);
      continue;
    }
    target.mentions.push(...d.mentions);
    for (const a of d.aliases) target.aliases.add(a);
    for (const t of d.titles) target.titles.add(t);
  }
  return out;
}

/** Whether a mention of `rest` follows a short form of `first` (its gloss) with only its closing bracket and a space between. */
function glossedBefore(first: Draft, rest: Draft): boolean {
  return rest.mentions.some((r) =>
    first.mentions.some(
      (f) => f.sentence === r.sentence && f.text !== first.name && f.end < r.start && r.start - f.end <= 2,
    ),
  );
}
