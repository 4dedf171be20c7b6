/**
 * Pass 4: names in a sentence. Four ordered steps over its tokens:
 *  1. gazetteer: known places and organisations, longest match first;
 *  2. titles: a title (`Menteri Luar Negeri`), an optional affiliation (`Rusia`) and the
 *     person's name after it; title words are never part of the name;
 *  3. capitalised runs: split at common words, typed by their head word (`Kementerian…`,
 *     `Rumah…`), the cue before them (`kantor berita X`, `di X`) or their shape (given
 *     names, Slavic and Korean family names);
 *  4. what stays untyped (a lone capitalised word) is left to coreference.
 */
import { taggerOf } from '../ner/tagger.js';
import type { Tag } from '../ner/tags.js';
import { unglued } from './glued.js';
import { caseFits, lexiconOf, titleHeadsOnly, type GazetteerHit, type Lexicon } from './lexicon.js';
import type { LanguageModel } from './model.js';
import { afterBrackets, keepWhere, tokenize, type Token } from './tokens.js';
import type { EntityType, OrganizationKind, PlaceKind, Span } from './types.js';

/** A name found by the mention pass; `type` is absent when only coreference can tell. */
export interface Candidate extends Span {
  readonly type?: EntityType;
  readonly canonical?: string;
  readonly kind?: PlaceKind | OrganizationKind;
  readonly country?: string;
  readonly titles: readonly string[];
  readonly affiliation?: Candidate;
  /** Token index range in the sentence's token list. */
  readonly from: number;
  readonly to: number;
}

/** What a candidate says beyond where it stands. */
type CandidateFields = Partial<Pick<Candidate, 'type' | 'canonical' | 'kind' | 'country' | 'titles' | 'affiliation'>>;
/** A candidate over tokens `from` to `to`: every candidate built alike, one object shape for the engine to optimise. */
type MakeCandidate = (from: number, to: number, fields: CandidateFields) => Candidate;
/**
 * The statistical tagger's reading of tokens `from` to `to`: the names it finds there, typed
 * (tokens it finds no name in are left out). Asked where the rules have only a weak clue
 * (capitalisation, a shape, `di` before a word), never where they know (the gazetteer, a
 * title, a head word).
 */
type Judge = (from: number, to: number) => Candidate[];

/** How a statistical tag reads as an entity type. */
const TAGGED: Readonly<Record<string, EntityType>> = { PER: 'Person', LOC: 'Place', ORG: 'Organization' };

export function findCandidates(
  text: string,
  offset: number,
  model: LanguageModel,
): { tokens: Token[]; candidates: Candidate[] } {
  const lex = lexiconOf(model);
  const tokens = unglued(tokenize(text, offset), lex);
  const claimed = new Array<boolean>(tokens.length).fill(false);
  const found: Candidate[] = [];
  const textOf = (from: number, to: number) => text.slice(tokens[from].start - offset, tokens[to - 1].end - offset);
  const make: MakeCandidate = (from, to, f) => ({
    start: tokens[from].start,
    end: tokens[to - 1].end,
    text: textOf(from, to),
    type: f.type,
    canonical: f.canonical,
    kind: f.kind,
    country: f.country,
    titles: f.titles ?? [],
    affiliation: f.affiliation,
    from,
    to,
  });
  const claim = (from: number, to: number) => claimed.fill(true, from, to);
  const tagger = taggerOf(model);
  const judge: Judge | undefined = tagger && ((from, to) => namesTagged(tagger.tagSpan(tokens, from, to), from, make));

  // 1. Gazetteer.
  const firstWord = tokens.findIndex((t) => t.isWord);
  const known = new Map<number, Candidate>();
  /** The country whose own institution the gazetteer says an organisation found at a token is. */
  const homeOf = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].isWord || !(tokens[i].capitalised || isUpperAscii(tokens[i].text.charCodeAt(0)))) continue;
    const hit = lex.gazetteer.longest(tokens, i, casedAliases);
    if (!hit) continue;
    // `Antara lain …`: an ordinary word that opens the sentence is not the outlet of that name.
    if (hit.length === 1 && i === firstWord && lex.commonWords.has(tokens[i].lower)) continue;
    const { entry } = hit.values[0];
    // `Vidin Petrovic`: a one-word place before a family name, itself no known name, is a person's
    // first name; the ending must say so plainly (`-vic`, not the `-in` of `Gavin` after `California`).
    if (
      hit.length === 1 &&
      entry.type === 'Place' &&
      tokens[i + 1] &&
      familyNameShaped(tokens[i + 1], lex, 3) &&
      !lex.gazetteer.longest(tokens, i + 1, casedAliases)
    ) {
      found.push(make(i, i + 2, { type: 'Person' }));
      claim(i, i + 2);
      i++;
      continue;
    }
    const place = entry.type === 'Place';
    const c = make(i, i + hit.length, {
      type: entry.type,
      canonical: entry.name,
      kind: entry.kind,
      country: place ? entry.country : undefined,
    });
    if (!place && entry.country) homeOf.set(i, entry.country);
    known.set(i, c);
    found.push(c);
    claim(i, i + hit.length);
    i += hit.length - 1;
  }

  // `Kementerian Pertahanan` + `Rusia`: a generic institution followed by a country is that
  // country's; followed by its own country (`Kementerian Luar Negeri RI`) it is itself.
  for (const [at, org] of [...known]) {
    const country = known.get(org.to);
    if (org.type !== 'Organization' || country?.kind !== 'country') continue;
    const own = homeOf.get(at) === country.country;
    if (!own && !lex.organizationHeads.has(tokens[at].lower)) continue;
    const merged = make(at, country.to, own ? org : { type: 'Organization', kind: org.kind });
    found.splice(found.indexOf(org), 1, merged);
    found.splice(found.indexOf(country), 1);
    known.delete(org.to);
    known.set(at, merged);
  }

  // 2. Titles, their affiliation, and the person named after them.
  for (let i = 0; i < tokens.length; i++) {
    // `fregat Marsekal Shaposhnikov` names a ship, not a marshal.
    if (claimed[i]) continue;
    const title = matchTitle(tokens, i, lex, known, judge);
    if (!title || lex.organizationCues.before(tokens, i)) continue;
    let j = title.end;
    let affiliation = known.get(j);
    // `Kepala Kejaksaan Tinggi …`: an organisation named after the title is what the title is of;
    // so is one after the unit of it the title names (`Kepala Seksi Pidana Kejari X`, `Kepala UPT Dinas X`).
    const head = affiliation ? j : bodyAfterUnit(tokens, j, claimed, lex);
    if (
      !affiliation &&
      tokens[head]?.capitalised &&
      (lex.organizationHeads.has(tokens[head].lower) || lex.placeHeads.has(tokens[head].lower))
    ) {
      let end = head + 1;
      // Its two fields joined (`Biro Umum dan Keuangan`), a body's name ends where another's head word starts (`… Pemprov X`).
      let joined = false;
      for (; end < tokens.length && !claimed[end]; end++) {
        if (joined && lex.organizationHeads.has(tokens[end].lower)) break;
        if (tokens[end].capitalised && !lex.givenNames.has(tokens[end].text)) continue;
        if (!joinsBody(tokens, head, end, claimed, lex)) break;
        joined = true;
      }
      const [org] = typeRun(tokens, head, end, known, lex, make, judge);
      if (org?.type) {
        affiliation = org;
        found.push(org);
        claim(j, org.to);
        for (const [at, k] of known) if (at >= org.from && at < org.to) found.splice(found.indexOf(k), 1);
      }
    }
    // `TNI` + `Angkatan Darat`: a known body and the branch of it named next are one.
    if (
      affiliation?.type === 'Organization' &&
      affiliation.canonical &&
      tokens[affiliation.to]?.capitalised &&
      lex.organizationHeads.has(tokens[affiliation.to].lower)
    ) {
      let end = affiliation.to + 1;
      while (
        end < tokens.length &&
        !claimed[end] &&
        tokens[end].capitalised &&
        !lex.givenNames.has(tokens[end].text) &&
        !lex.titles.longest(tokens, end, titleHeadsOnly)
      )
        end++;
      const [branch] = end - affiliation.to >= 2 ? typeRun(tokens, affiliation.to, end, known, lex, make, judge) : [];
      if (branch?.type === 'Organization') {
        const whole = make(affiliation.from, branch.to, { type: 'Organization', kind: affiliation.kind });
        found.splice(found.indexOf(affiliation), 1, whole);
        claim(whole.from, whole.to);
        affiliation = whole;
      }
    }
    if (affiliation) j = affiliation.to;
    // `Badan … (Bappenas)/Kementerian PPN`, `Republik Indonesia (Menlu RI)`: its gloss or second name may follow it.
    if (affiliation) j = afterBrackets(tokens, j);
    if (affiliation && tokens[j]?.text === '/' && known.get(j + 1)?.type === 'Organization') j = known.get(j + 1)!.to;
    // `Kepala Staf TNI AD Jenderal TNI Maruli …`: a rank may stand between the office and the name.
    const rank = affiliation ? matchTitle(tokens, j, lex, known, judge) : undefined;
    if (rank) {
      claim(j, rank.end);
      // `Jenderal TNI`: the service a rank names is part of it.
      const service = known.get(rank.end);
      j = service?.type === 'Organization' ? service.to : rank.end;
    }
    // `Presiden Rusia, Vladimir Putin,`: the name may stand after a comma, in apposition.
    if (
      tokens[j]?.text === ',' &&
      tokens[j + 1]?.capitalised &&
      (title.end > i + 1 || affiliation) &&
      nameRun(tokens, j + 1, claimed, lex) > j + 1
    )
      j += 1;
    let nameEnd = nameRun(tokens, j, claimed, lex, judge);
    // `anggota ABC`, `Dirjen XY`: a lone acronym after a one-word title of nothing named is rather
    // the body the title is of, unless the tagger reads a person there (`Presiden SBY`); one of
    // four letters or more is a body after any title (`Ketua Umum ASPEKTI`): initials are shorter.
    if (
      nameEnd === j + 1 &&
      tokens[j].allCaps &&
      !affiliation &&
      (tokens[j].text.length > MAX_INITIALS ||
        (title.end === i + 1 && !judge?.(j, nameEnd).some((c) => c.type === 'Person')))
    )
      nameEnd = j;
    claim(i, title.end);
    // `Gubernur Jawa Barat Budi Santoso`, `Ketua KPU Rina Wati`: where the tagger reads the
    // person's name further in, the words before it are no part of it, and a place or body it
    // reads there is what the title is of.
    // Asked only where the name opens with what could be a body or a place: an acronym, an ordinary word, a known place.
    const mayHoldMore =
      nameEnd - j >= 2 && (tokens[j].allCaps || isOrdinary(tokens[j], lex) || lex.placeNames.has(tokens[j].lower));
    const person = judge && mayHoldMore ? judge(j, nameEnd) : [];
    const named = person.find(
      (c) => c.type === 'Person' && c.to === nameEnd && c.from > j && notGivenName(tokens, j, c.from, person, lex),
    );
    if (named) {
      const before = person.filter((c) => c.type !== 'Person' && c.to <= named.from);
      found.push(...before);
      if (!affiliation && before.at(-1)?.to === named.from) affiliation = before.at(-1);
      claim(j, named.from);
      j = named.from;
    } else if (!affiliation) {
      // `Ketua Umum ASPEKTI Rudi Hartawan`: where the tagger reads no name further in, an acronym the
      // gazetteer does not hold is the body the title is of.
      const bodyEnd = acronymBodyEnd(tokens, j, nameEnd, lex);
      if (bodyEnd > j) {
        affiliation = make(j, bodyEnd, { type: 'Organization', kind: 'other' });
        found.push(affiliation);
        claim(j, bodyEnd);
        j = bodyEnd;
      }
    }
    if (nameEnd > j) {
      found.push(make(j, nameEnd, { type: 'Person', titles: [textOf(i, title.end)], affiliation }));
      claim(j, nameEnd);
    }
    i = Math.max(i, nameEnd - 1, title.end - 1);
  }

  // 3. Capitalised runs.
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].capitalised) continue;
    // `Saham PT …`: an ordinary word capitalised only because it opens the sentence is not part of the name after it.
    if (
      i === firstWord &&
      tokens[i + 1]?.capitalised &&
      isOrdinary(tokens[i], lex) &&
      !lex.organizationHeads.has(tokens[i].lower) &&
      !lex.placeHeads.has(tokens[i].lower)
    )
      continue;
    let end = i + 1;
    let joined = false;
    for (; end < tokens.length && !claimed[end]; end++) {
      if (joined && lex.organizationHeads.has(tokens[end].lower)) break;
      if (tokens[end].capitalised || (joinsName(tokens, end, lex) && !claimed[end + 1])) continue;
      if (!joinsBody(tokens, i, end, claimed, lex)) break;
      joined = true;
    }
    for (const c of typeRun(tokens, i, end, known, lex, make, judge)) {
      found.push(c);
      claim(c.from, c.to);
      // A head run may swallow a known place at its end (`Kedutaan Besar Rusia`).
      for (const [at, k] of known) if (at >= c.from && at < c.to) found.splice(found.indexOf(k), 1);
    }
    i = end - 1;
  }
  const merged = withRegionalBodies(
    tokens,
    found.sort((a, b) => a.start - b.start),
    make,
    lex,
  );
  // `Komisi Pemberantasan Korupsi (KPK)`: an acronym in brackets glosses the name before it;
  // after a common noun (`Surat Tanda Registrasi (STR)`) it abbreviates that noun and names nothing.
  const kept: Candidate[] = [];
  for (const c of merged) {
    // `Badan Usaha Milik Desa (BUMDES)`: the words an acronym of a common noun stands for are a common noun too.
    const gloss = tokens[c.to + 1];
    if (
      !c.canonical &&
      tokens[c.to]?.text === '(' &&
      tokens[c.to + 2]?.text === ')' &&
      gloss.allCaps &&
      isCommon(gloss, lex) &&
      initialsOf(tokens, c.from, c.to) === gloss.text.toUpperCase()
    )
      continue;
    const inBrackets = tokens[c.from - 1]?.text === '(' && tokens[c.to]?.text === ')';
    const before = inBrackets ? kept.find((k) => k.to === c.from - 1) : undefined;
    // `(HLF MSP)`: a short form may be two or three acronyms.
    const acronyms = c.to - c.from <= 3 && tokens.slice(c.from, c.to).every((t) => t.allCaps);
    // A short form the gazetteer knows, not made of the initials before it, is its own entity's
    // (`… Perserikatan Bangsa-Bangsa (UNESCO)`; `Partai Bulan Bintang (PBB)` glosses).
    const ownName =
      c.canonical &&
      before?.canonical &&
      c.canonical !== before.canonical &&
      initialsOf(tokens, before.from, before.to) !== c.text;
    const glossed = before?.type && !ownName && (acronyms || shortFormOf(tokens, c, before, lex)) ? before : undefined;
    if (glossed) {
      kept.push(
        make(c.from, c.to, {
          type: glossed.type,
          kind: glossed.kind,
          country: glossed.country,
          canonical: glossed.canonical ?? glossed.text,
          titles: c.titles,
          affiliation: c.affiliation,
        }),
      );
      continue;
    }
    // `KPU Kabupaten Tanah Datar (Tadar)`: a regional body's short form may shorten its place.
    const place =
      before?.type === 'Organization' && c.to - c.from === 1 ? placeShortened(tokens, c, before, lex) : undefined;
    if (place) {
      kept.push(make(c.from, c.to, { type: 'Place', kind: place.kind, canonical: place.name, country: place.country }));
      continue;
    }
    // `Dana Cadangan (Reserve Fund)`: other words for a common noun name nothing either; a name
    // its head word types (`(Satuan Tugas X)`) still stands, and so does a known one.
    const reworded = before && !before.type && !tokens[before.from].allCaps && (!c.kind || c.kind === 'other');
    if (!((acronyms && inBrackets) || reworded) || c.canonical) kept.push(c);
  }
  return { tokens, candidates: kept };
}

/** The initials of the words from `from` to `to`, upper-cased (`Rumah Sakit` → `RS`). */
function initialsOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) if (tokens[k].isWord) out += tokens[k].text[0].toUpperCase();
  return out;
}

/**
 * Whether candidate `c`, in brackets after the name `before`, is another name for it: one word
 * that shortens it, taking its letters in order from its first (`Kemenlu` for `Kementerian
 * Luar Negeri`, `Jabar` for `Jawa Barat`), or a person's other name (`Budi Santoso (Cak Budi)`), not another person's (`Budi Santoso (Andi Wijaya)`).
 */
function shortFormOf(tokens: readonly Token[], c: Candidate, before: Candidate, lex: Lexicon): boolean {
  if (c.canonical) return false;
  const words = tokens.slice(c.from, c.to);
  if (before.type === 'Person')
    return (
      (!c.type || c.type === 'Person') &&
      words.length <= 3 &&
      !namedByShape(words, lex) &&
      words.some((w) => !isOrdinary(w, lex))
    );
  return words.length === 1 && [before.text, before.canonical].some((n) => n && shortens(words[0].lower, n));
}

/** The known place that ends the name `before` and that the one word of `c` shortens, if any. */
function placeShortened(tokens: readonly Token[], c: Candidate, before: Candidate, lex: Lexicon) {
  if (c.canonical || tokens[c.from].allCaps) return undefined;
  for (let k = before.from + 1; k < before.to - 1; k++) {
    const hit = lex.gazetteer.longest(tokens, k, casedAliases);
    const entry = hit?.values[0].entry;
    if (entry?.type !== 'Place' || k + hit!.length !== before.to) continue;
    const text = tokens
      .slice(k, before.to)
      .map((t) => t.text)
      .join(' ');
    return shortens(tokens[c.from].lower, text) ? entry : undefined;
  }
  return undefined;
}

/** Whether `short` takes its letters in order from `name`'s, starting with its first, and is none of its words. */
function shortens(short: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (short.length < 3 || words.length < 2 || words.includes(short)) return false;
  const letters = words.join('');
  if (letters[0] !== short[0]) return false;
  let k = 0;
  for (const ch of letters) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * `KPU` + `Kabupaten Bogor`, `Pemprov` + `Riau`: a body followed at once by a
 * region or a city is that place's own body, one name (the candidates in text order).
 */
function withRegionalBodies(
  tokens: readonly Token[],
  found: readonly Candidate[],
  make: MakeCandidate,
  lex: Lexicon,
): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < found.length; k++) {
    // `Kejaksaan Negeri (Kejari) Lampung Selatan`: the body's short form may stand between it and its place.
    const gloss =
      found[k + 1]?.from === found[k].to + 1 &&
      tokens[found[k].to]?.text === '(' &&
      tokens[found[k + 1].to]?.text === ')' &&
      found[k + 1].to - found[k + 1].from === 1 &&
      tokens[found[k + 1].from].capitalised
        ? found[k + 1]
        : undefined;
    const [body, place] = [found[k], found[k + (gloss ? 2 : 1)]];
    const placeAt = gloss ? gloss.to + 1 : body.to;
    const regional =
      body.type === 'Organization' &&
      (body.kind === 'government' || body.kind === 'agency') &&
      place?.from === placeAt &&
      place.type === 'Place' &&
      (place.kind === 'region' || place.kind === 'city');
    // `DPRD` alone: a kind of body every region has, which names none of them.
    const generic = body.to - body.from === 1 && lex.organizationHeads.has(tokens[body.from].lower);
    // `New York` + `Post`: a place followed by a word that ends an organisation's name is that organisation.
    const tail =
      body.type === 'Place' &&
      place?.from === body.to &&
      !place.type &&
      place.to - place.from === 1 &&
      lex.organizationTails.has(tokens[place.from].lower);
    if (tail) {
      out.push(make(body.from, place.to, { type: 'Organization', kind: 'other' }));
      k++;
      continue;
    }
    if (!regional) {
      if (!generic) out.push(body);
      continue;
    }
    // Named by the place's own name (`DPRD Provinsi Sumut` and `DPRD Sumatera Utara` are one).
    const canonical =
      place.canonical || gloss ? `${body.canonical ?? body.text} ${place.canonical ?? place.text}` : undefined;
    out.push(make(body.from, place.to, { type: 'Organization', kind: body.kind, titles: body.titles, canonical }));
    k += gloss ? 2 : 1;
  }
  return out;
}

/**
 * The token opening the body named at `j` after a title: `j` itself, or past the one or two
 * ordinary words or acronyms that name a unit of it (`Seksi Pidana`, `UPT`) where an
 * organisation's head word follows them.
 */
function bodyAfterUnit(tokens: readonly Token[], j: number, claimed: readonly boolean[], lex: Lexicon): number {
  for (let k = j; k < j + 3 && k < tokens.length && !claimed[k] && tokens[k].capitalised; k++) {
    if (lex.organizationHeads.has(tokens[k].lower)) return k;
    if (!tokens[k].allCaps && (!isOrdinary(tokens[k], lex) || lex.givenNames.has(tokens[k].text))) break;
  }
  return j;
}

/**
 * Whether tokens `from` to `to`, before the name the tagger reads, are no part of it: a place
 * or body it reads there, ordinary words or acronyms (`Imigrasi`, `DKPP`), not a first name it missed.
 */
function notGivenName(
  tokens: readonly Token[],
  from: number,
  to: number,
  read: readonly Candidate[],
  lex: Lexicon,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!read.some((c) => c.from <= k && k < c.to) && !t.allCaps && !isOrdinary(t, lex)) return false;
  }
  return true;
}

/**
 * `Kementerian PPN Amalia Adininggar Widyasanti`: in a government body's name, a given name
 * and the words after it, after at least two of the body's own, are a person's name.
 */
function givenNameAfter(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  make: MakeCandidate,
): Candidate | undefined {
  const kind = lex.organizationHeads.get(tokens[from].lower);
  if (kind !== 'government' && kind !== 'agency') return undefined;
  // The body's second field, after its joiner (`… dan Kebudayaan`), is still the body's.
  let first = from + 2;
  for (let k = from; k < to; k++) if (lex.joiners.has(tokens[k].lower)) first = Math.max(first, k + 2);
  for (let k = first; k <= to - 2; k++) if (lex.givenNames.has(tokens[k].text)) return make(k, to, { type: 'Person' });
  return undefined;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const DIGITS = /^\d/;

/** A common word, unless written as a given name is (`Xi`, not the numeral `XI`). */
const isCommon = (t: Token, lex: Lexicon) =>
  (lex.commonWords.has(t.lower) ||
    lex.model.commonShapes.some((shape) => shape.test(t.text)) ||
    withEnclitic(t.lower, lex)) &&
  !lex.givenNames.has(t.text);

/**
 * Where the body ends that an acronym opening the name after a title (tokens `from` to `to`)
 * names: the acronym alone before two words or more (`ASPEKTI Rudi Hartawan`), the acronym and
 * one ordinary word (`QX Trading`); `from` where the words are not so.
 */
function acronymBodyEnd(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  const acronym = tokens[from];
  const next = tokens[from + 1];
  if (to - from < 2 || !acronym.allCaps || next.allCaps) return from;
  if (to - from === 2) return isOrdinary(next, lex) || lex.model.foreignWords.has(next.lower) ? to : from;
  return acronym.text.length >= 3 ? from + 1 : from;
}

/** The most letters a person's initials run to (`SBY`, `SYL`). */
const MAX_INITIALS = 3;

/** The shortest root a clitic makes an ordinary word of: `Tonya` (`ton`) and `Sonya` stay names. */
const MIN_CLITIC_ROOT = 4;

/** The roots of a lower-case word, each without a clitic the model writes on to words (`pasalnya` → `pasal`). */
const cliticRoots = (lower: string, lex: Lexicon): string[] =>
  lex.model.enclitics.filter((clitic) => lower.endsWith(clitic)).map((clitic) => lower.slice(0, -clitic.length));

/** A frequent word with a clitic written on to it (`pasalnya`). */
const withEnclitic = (lower: string, lex: Lexicon) =>
  cliticRoots(lower, lex).some((root) => root.length >= MIN_CLITIC_ROOT && lex.model.frequentWords.has(root));

/** An initial or an abbreviated given name (`M`, `Muh`), which a full stop may follow inside a name. */
const isInitial = (t: Token | undefined, lex: Lexicon) =>
  !!t && t.capitalised && (t.text.length === 1 || (t.text.length <= 4 && lex.givenNames.has(t.text)));

/**
 * Whether token `k`, not capitalised, still joins the name it follows: particles before a
 * capitalised word (`von der` + `Leyen`), or the full stop of an initial (`M.` + `Tonny`).
 */
function joinsName(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let j = k;
  while (j < tokens.length && lex.particles.has(tokens[j].lower)) j++;
  if (j > k) return tokens[j]?.capitalised ?? false;
  return tokens[k].text === '.' && isInitial(tokens[k - 1], lex) && (tokens[k + 1]?.capitalised ?? false);
}

/**
 * Whether token `k`, a joiner (`dan`), joins the two fields a public body opened at `head` is
 * named by (`Dinas Pendidikan dan Kebudayaan`), not the body to another name (`… dan Bank X`).
 */
function joinsBody(
  tokens: readonly Token[],
  head: number,
  k: number,
  claimed: readonly boolean[],
  lex: Lexicon,
): boolean {
  const kind = lex.organizationHeads.get(tokens[head].lower);
  if ((kind !== 'government' && kind !== 'agency') || !lex.joiners.has(tokens[k].lower)) return false;
  const next = tokens[k + 1];
  return (
    !!next?.capitalised &&
    !claimed[k + 1] &&
    !lex.organizationHeads.has(next.lower) &&
    !lex.placeHeads.has(next.lower) &&
    !lex.givenNames.has(next.text) &&
    !lex.titles.longest(tokens, k + 1, titleHeadsOnly)
  );
}

/** The gazetteer entries whose alias the tokens found fit in case, token by token (`AS` the country, not `as`). */
function casedAliases(hits: readonly GazetteerHit[], tokens: readonly Token[], start: number): readonly GazetteerHit[] {
  const fits = (h: GazetteerHit) => h.aliasTokens.every((a, k) => caseFits(a, tokens[start + k]));
  return keepWhere(hits, fits);
}

function matchTitle(
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
  known: ReadonlyMap<number, Candidate>,
  judge: Judge | undefined,
): { end: number } | undefined {
  const head = lex.titles.longest(tokens, i, titleHeadsOnly);
  if (!head) return undefined;
  let end = i + head.length;
  // A title stops where a known name starts: `Ketua` + `Komisi Pemberantasan Korupsi`.
  for (; !known.has(end);) {
    const next = lex.titles.longest(tokens, end);
    // `Ketua` + `Komisi XII`, `Panglima` + `Angkatan Bersenjata AS`: a word that also opens a
    // body's name, followed by a capitalised word of no title, opens the body the title is of;
    // not where the tagger reads a person's name in the words after it (`Sekretaris Kabinet Budi Santoso`).
    const opensBody =
      next &&
      lex.organizationHeads.has(tokens[end].lower) &&
      tokens[end].capitalised &&
      tokens[end + next.length]?.capitalised &&
      !lex.titles.longest(tokens, end + next.length) &&
      !personAt(tokens, end + next.length, known, lex, judge);
    if (next && !opensBody) {
      end += next.length;
      continue;
    }
    const joined = lex.joiners.has(tokens[end]?.lower ?? '') ? lex.titles.longest(tokens, end + 1) : undefined;
    if (joined) {
      end += 1 + joined.length;
      continue;
    }
    break;
  }
  return { end };
}

/** Whether the tagger reads a person's name in the capitalised words from `k`, exactly. */
function personAt(
  tokens: readonly Token[],
  k: number,
  known: ReadonlyMap<number, Candidate>,
  lex: Lexicon,
  judge: Judge | undefined,
): boolean {
  if (!judge) return false;
  let end = k;
  while (
    end < tokens.length &&
    end - k < 6 &&
    tokens[end].capitalised &&
    !known.has(end) &&
    !isCommon(tokens[end], lex)
  )
    end++;
  return end - k >= 2 && judge(k, end).some((c) => c.type === 'Person' && c.from === k && c.to === end);
}

/** The end of a personal name starting at `i`: capitalised words, with particles between them. */
function nameRun(
  tokens: readonly Token[],
  i: number,
  claimed: readonly boolean[],
  lex: Lexicon,
  judge?: Judge,
): number {
  let end = i;
  while (end < tokens.length && end - i < 6 && !claimed[end]) {
    const t = tokens[end];
    if (t.capitalised && !isCommon(t, lex) && !lex.titles.longest(tokens, end)) end++;
    else if (end > i && joinsName(tokens, end, lex)) end++;
    else break;
  }
  // Ordinary words only (`Pidana Umum`) are no name, unless a known given or family name opens
  // them or the tagger reads a person's name there (`Tammy Bruce`: frequent words in subtitles).
  const named = lex.givenNames.has(tokens[i]?.text) || lex.koreanFamilyNames.has(tokens[i]?.text);
  if (named || tokens.slice(i, end).some((t) => !isOrdinary(t, lex))) return end;
  // `Direktur Pengawasan Mutu`: ordinary words opening with a derived noun name the office's field, whatever the tagger reads after a title.
  if (end > i && opensWithDerivedNoun(tokens[i], lex)) return i;
  return end > i && judge?.(i, end).some((c) => c.type === 'Person' && c.from === i && c.to === end) ? end : i;
}

/** The tagger's names in a span, from its tags for it (`tags[0]` is token `from`'s). */
function namesTagged(tags: readonly Tag[], from: number, make: MakeCandidate): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tags.length;) {
    if (tags[k] === 'O') {
      k++;
      continue;
    }
    const type = tags[k].slice(2);
    let end = k + 1;
    while (end < tags.length && tags[end] === `I-${type}`) end++;
    out.push(make(from + k, from + end, { type: TAGGED[type], kind: type === 'PER' ? undefined : 'other' }));
    k = end;
  }
  return out;
}

function typeRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  known: ReadonlyMap<number, Candidate>,
  lex: Lexicon,
  make: MakeCandidate,
  judge: Judge | undefined,
): Candidate[] {
  const head = tokens[from].lower;
  const orgHead = lex.organizationHeads.get(head);
  const placeHead = lex.placeHeads.get(head);
  // `Gedung DPR`: a building head takes the organisation it houses.
  const next = known.get(to);
  // `Sekretariat APEC`, `Komisi XII DPR RI`: a public body's part takes the body it belongs to.
  const partOf = next?.type === 'Organization' && (orgHead === 'government' || orgHead === 'agency');
  const takesNext = next?.type === 'Place' || (placeHead === 'site' && next?.type === 'Organization') || partOf;
  if ((orgHead || placeHead) && (to - from >= 2 || takesNext)) {
    // `Kabupaten Bandung Barat` is the known place itself; `Kementerian Pertahanan Rusia` a new name that ends in one.
    if (placeHead && next?.type === 'Place' && to - from === 1) return [make(from, next.to, next)];
    let end = takesNext ? next!.to : to;
    // `PT Bandung Jaya Abadi`: a company's name goes on past the place in it.
    const company = orgHead === 'company';
    if (company && takesNext)
      while (
        tokens[end]?.capitalised &&
        !known.has(end) &&
        !isCommon(tokens[end], lex) &&
        !lex.titles.longest(tokens, end, titleHeadsOnly)
      )
        end++;
    // `DPRD Provinsi Sumut` is `DPRD Sumatera Utara`: a body named by a known place takes the place's own name.
    const byPlace = orgHead && next?.type === 'Place' && takesNext && end === next.to && next.canonical;
    const canonical = byPlace
      ? [
          ...tokens
            .slice(from, to)
            .filter((t) => !lex.placeHeads.has(t.lower))
            .map((t) => t.text),
          next.canonical,
        ].join(' ')
      : undefined;
    const named = make(from, end, { type: orgHead ? 'Organization' : 'Place', kind: orgHead ?? placeHead, canonical });
    // `Kementerian PPN Amalia Adininggar`: a person's name glued after the institution is not part of it.
    // A company may bear a person's name (`PT Sinar Kencana Abadi`); a ministry does not.
    const maySplit = !takesNext && to - from >= 4 && orgHead !== 'company';
    // Not across the joiner of the body's two fields (`Dinas Pekerjaan Umum dan Penataan Ruang`).
    const person = maySplit
      ? (judge?.(from, to).find(
          (c) =>
            c.type === 'Person' &&
            c.to === to &&
            c.from > from + 1 &&
            c.to - c.from >= 2 &&
            !tokens.slice(c.from - 1, c.to).some((t) => lex.joiners.has(t.lower)),
        ) ?? givenNameAfter(tokens, from, to, lex, make))
      : undefined;
    return person ? [make(from, person.from, named), person] : [named];
  }
  const out: Candidate[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && !isCommon(tokens[k], lex)) continue;
    if (k > start) out.push(...splitName(tokens, start, k, lex, make, judge));
    start = k + 1;
  }
  return out;
}

/**
 * `Perlindungan Konsumen Sri Rahayu Widodo`, `MDC Morgan Tsangirai`: the rest of an office or
 * an acronym before a given name is not part of the name.
 */
function splitName(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  make: MakeCandidate,
  judge: Judge | undefined,
): Candidate[] {
  // `di Tanjung Sari`: after a cue for a place, a given name is a place's last word.
  if (lex.placeCues.before(tokens, from)) return typeName(tokens, from, to, lex, make, judge);
  for (let k = from + 1; k < to; k++) {
    if (!lex.givenNames.has(tokens[k].text)) continue;
    const prefix = tokens.slice(from, k);
    if (prefix.every((t) => isOrdinary(t, lex))) return typeName(tokens, k, to, lex, make, judge);
    if (prefix.length === 1 && prefix[0].allCaps)
      return [...typeName(tokens, from, k, lex, make, judge), ...typeName(tokens, k, to, lex, make, judge)];
    break;
  }
  return typeName(tokens, from, to, lex, make, judge);
}

function typeName(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  make: MakeCandidate,
  judge: Judge | undefined,
): Candidate[] {
  const as = (fields: CandidateFields) => [make(from, to, fields)];
  // A weak clue: the tagger's reading decides where there is one. Where it reads no name the
  // words stay untyped; where it reads only names of the rules' type, the rules' span stands;
  // where it reads others (`KPU` + `Rina Wati`), its names do.
  const words = tokens.slice(from, to);
  const guess = (fields: CandidateFields): Candidate[] => {
    if (isForeignPhrase(words, lex)) return as({});
    if (!judge) return as(fields);
    const names = judge(from, to);
    if (!names.length) return as({});
    return names.every((n) => n.type === fields.type) ? as(fields) : names;
  };
  // `Tersangka Korupsi Dana …`: a word that introduces a person, before ordinary words, opens no name (`Putra Nababan` keeps its first name).
  if (words.length >= 2 && lex.personCues.has(words[0].lower) && isOrdinary(words[1], lex))
    return [make(from, from + 1, {}), ...typeName(tokens, from + 1, to, lex, make, judge)];
  const orgCue = lex.organizationCues.before(tokens, from);
  if (orgCue) return as({ type: 'Organization', kind: orgCue.value });
  const tail = words[words.length - 1].lower;
  if (words.length >= 2 && lex.organizationTails.has(tail)) {
    // `Bos Texmaco Group`: ordinary words before the name are not part of it.
    let start = from;
    while (
      to - start > 2 &&
      isOrdinary(tokens[start], lex) &&
      !lex.model.foreignWords.has(tokens[start].lower) &&
      !lex.organizationHeads.has(tokens[start].lower)
    )
      start++;
    return [make(start, to, { type: 'Organization', kind: 'other' })];
  }
  // `Pasal 55`, `Kelas 3`: words before a number refer to a numbered thing, not a person.
  const numbered = DIGITS.test(tokens[to]?.text ?? '');
  if (lex.notNameTails.has(tail)) return as({});
  // `Kantor`, `Pemprov`, `Sekretariat` alone: the head of a name, which names nothing without the rest.
  if (words.length === 1 && (lex.organizationHeads.has(tail) || lex.placeHeads.has(tail))) return as({});
  if (words.length === 1 && words[0].allCaps) return guess({ type: 'Organization', kind: 'other' });
  if (numbered) return as({});
  if (namedByShape(words, lex)) return as({ type: 'Person' });
  const ordinary = words.every((w) => isOrdinary(w, lex));
  // `Daerah Pemilihan`, `Bagian Pengadaan Barang`: ordinary words opening with a derived noun are a thing, whatever the cue.
  if (ordinary && opensWithDerivedNoun(words[0], lex)) return as({});
  // `Ayahnya, Sinnaja Marimutu,`: a name in apposition to a word for a relative, with its clitic, is a person's.
  if (!ordinary && inPersonApposition(tokens, from, lex)) return as({ type: 'Person' });
  // `tersangka Korupsi Dana …`: after a cue for a person, ordinary words are still no name.
  if (looksLikePerson(words, lex) || (lex.personCues.has(tokens[from - 1]?.lower ?? '') && !ordinary))
    return guess({ type: 'Person' });
  // `Marimutu Sinivasan ditangkap`: before what only a person undergoes, a name the tagger reads in unknown words ends as a person's, not a place's.
  if (words.every((w) => !isOrdinary(w, lex)) && lex.personAfterCues.has(tokens[to]?.lower ?? ''))
    return guess({ type: 'Person' }).map((c) =>
      c.type === 'Place' && c.to === to ? make(c.from, c.to, { type: 'Person', titles: c.titles }) : c,
    );
  const placeCue = lex.placeCues.before(tokens, from);
  // A cue that names the kind of place (`bandara X`) says so; `di X` only hints.
  if (placeCue)
    return placeCue.value === 'other'
      ? guess({ type: 'Place', kind: placeCue.value })
      : as({ type: 'Place', kind: placeCue.value });
  if (words.length >= 2 && !ordinary && words.every((w) => !w.allCaps)) return guess({ type: 'Person' });
  // A lone unknown capitalised word inside a sentence, or opening one as the subject of a
  // verb (`Jokowi mengatakan`), is most often a person's name.
  const sentenceStart = tokens.findIndex((t) => t.isWord) === from;
  const beforeVerb = lex.verbForm.test(tokens[to]?.text ?? '');
  if (words.length === 1 && words[0].text.length > 1 && !ordinary && (!sentenceStart || beforeVerb)) {
    // `Tekmaco Malaysia`: one before a country's name is rather a body of that country, where it names anything.
    const country = tokens[to]?.capitalised
      ? lex.gazetteer.longest(tokens, to, casedAliases)?.values[0].entry
      : undefined;
    if (country?.type === 'Place' && country.kind === 'country')
      return judge && !judge(from, to).length ? as({}) : as({ type: 'Organization', kind: 'other' });
    return guess({ type: 'Person' });
  }
  return as({});
}

/** Whether the name at token `from` follows a word for a relative carrying a clitic, and a comma (`Ayahnya, …`, `istrinya, …`). */
function inPersonApposition(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const cue = tokens[from - 1]?.text === ',' ? (tokens[from - 2]?.lower ?? '') : '';
  return cliticRoots(cue, lex).some((root) => lex.kinWords.has(root));
}

const WORD_JOINER = /[-‐'’]/;

/** An ordinary word that is capitalised only by position (`Bahan Bakar Minyak`); each part of a joined word (`Timur-Tengah`) must be. */
function isOrdinary(t: Token, lex: Lexicon): boolean {
  // Most words have no joiner: spared the split.
  if (!WORD_JOINER.test(t.lower)) return isOrdinaryWord(t.lower, lex);
  return t.lower.split(WORD_JOINER).every((p) => isOrdinaryWord(p, lex));
}

/**
 * `High Level Plenary Session`: a phrase of the English the news quotes is no one's name. All its
 * words are of that language, or all but one the model knows in neither, where the phrase is
 * longer than names run (`Ong Yew Sin` keeps its name).
 */
function isForeignPhrase(words: readonly Token[], lex: Lexicon): boolean {
  let others = 0;
  for (const w of words) {
    if (lex.model.foreignWords.has(w.lower)) continue;
    if (++others > 1 || words.length < 4 || known(w, lex)) return false;
  }
  return true;
}

/** Whether the model knows a word as its language's or as a given name. */
const known = (t: Token, lex: Lexicon) => isOrdinary(t, lex) || lex.givenNames.has(t.text);

/** A derived noun (`Pemilihan`), not a given name spelt alike. */
const opensWithDerivedNoun = (t: Token, lex: Lexicon) => lex.isDerivedNoun(t.lower) && !lex.givenNames.has(t.text);

const isOrdinaryWord = (w: string, lex: Lexicon) =>
  lex.model.frequentWords.has(w) || lex.commonWords.has(w) || lex.isDerivedNoun(w);

/** An initial (`J. Smith`), a known given name (`Sergei …`) or a Korean family name (`Kim Jong Un`) opening the words: a person for certain. */
function namedByShape(words: readonly Token[], lex: Lexicon): boolean {
  const first = words[0].text;
  // `J. Smith`, not `C. HARTA BERGERAK` (a lettered item of a list).
  if (words.length >= 3 && words[1].text === '.' && isInitial(words[0], lex))
    return !words.slice(2).every((w) => isOrdinary(w, lex));
  if (lex.givenNames.has(first) && words.length >= 2) return true;
  return lex.koreanFamilyNames.has(first) && words.length >= 2 && words.length <= 3;
}

export function looksLikePerson(words: readonly Token[], lex: Lexicon): boolean {
  if (namedByShape(words, lex)) return true;
  return words.length <= 3 && familyNameShaped(words[words.length - 1], lex);
}

/** A capitalised word ending as family names do (`Petrovic`), of five letters at least; the ending `minEnding` letters at least. */
function familyNameShaped(t: Token, lex: Lexicon, minEnding = 1): boolean {
  return (
    t.capitalised &&
    t.lower.length >= 5 &&
    !t.allCaps &&
    lex.model.familyNameEndings.some((e) => e.length >= minEnding && t.lower.endsWith(e))
  );
}
