/**
 * Identity across articles: which local entities are one node. Places and organisations
 * meet on their canonical (gazetteer) name; people on their name with spelling variants
 * folded, a lone family name joining the one full name in the corpus that contains it; a
 * short name of a place or organisation (`DKPP`) joins the one entity written with it elsewhere.
 */
import type { Lexicon } from '../extract/lexicon.js';
import { bareName, containsInOrder, endsInInitialsOf, foldName, personKey } from '../extract/names.js';
import type { ArticleFacts, EntityFacts } from '../extract/facts.js';
import { ENTITY_KEY_PREFIX, isPersonKey, nodeKey } from './contract.js';

/** The node key of a local entity before corpus-wide short forms are resolved. */
export function entityIdentity(e: EntityFacts, lex: Lexicon): string {
  return nodeKey.entity(e.type, e.type === 'Person' ? personKey(e.name, lex) : foldName(e.name));
}

/**
 * Maps short person keys to the one longer key in the corpus whose words contain them in
 * order (`person:putin` → `person:vladimir-putin`) or that they end in the initials of
 * (`person:fariz-rm` → `person:fariz-roestam-munaf`); ambiguous short forms stay as they are.
 */
export function resolveShortPersons(keys: Iterable<string>): Map<string, string> {
  const persons = [...new Set(keys)].filter(isPersonKey).sort();
  const words = new Map(persons.map((k) => [k, k.slice(ENTITY_KEY_PREFIX.Person.length + 1).split('-')]));
  const out = new Map<string, string>();
  // Index full names by each of their words so the search stays linear in the corpus.
  const byWord = new Map<string, string[]>();
  for (const k of persons) for (const w of new Set(words.get(k))) byWord.set(w, [...(byWord.get(w) ?? []), k]);
  for (const k of persons) {
    const part = words.get(k)!;
    const owners = (byWord.get(part[0]) ?? []).filter(
      (o) =>
        o !== k &&
        words.get(o)!.length > part.length &&
        (containsInOrder(words.get(o)!, part) || endsInInitialsOf(part, words.get(o)!)),
    );
    if (owners.length === 1) out.set(k, owners[0]);
  }
  return out;
}

/**
 * Maps the keys of places and organisations named by a short form to the one entity of the
 * corpus that an article also wrote with that form (`org:dkpp` → the key of `Dewan Kehormatan
 * Penyelenggara Pemilu`, where one article glossed it `(DKPP)`). A form written for two
 * entities stays as it is; so does one whose entity is itself the short form of another.
 */
export function resolveShortNames(
  articles: readonly ArticleFacts[],
  localKeys: readonly (readonly string[])[],
  lex: Lexicon,
): Map<string, string> {
  const writtenFor = new Map<string, Set<string>>();
  articles.forEach((x, a) =>
    x.entities.forEach((e, i) => {
      if (e.type === 'Person') return;
      const key = localKeys[a][i];
      for (const alias of e.aliases) {
        const form = nodeKey.entity(e.type, foldName(alias));
        if (form === key) continue;
        const keys = writtenFor.get(form);
        if (keys) keys.add(key);
        else writtenFor.set(form, new Set([key]));
      }
    }),
  );
  const out = new Map<string, string>();
  for (const [form, keys] of writtenFor) {
    const [key] = keys;
    if (keys.size === 1 && !writtenFor.has(key)) out.set(form, key);
  }
  // `PT ABC` where another article wrote `ABC` for `PT Aneka Bumi Cemerlang`: by the bare name.
  articles.forEach((x, a) =>
    x.entities.forEach((e, i) => {
      const key = localKeys[a][i];
      const bare = e.type === 'Person' || out.has(key) ? undefined : bareName(foldName(e.name), lex);
      const into = bare === undefined ? undefined : out.get(nodeKey.entity(e.type, bare));
      if (into && into !== key) out.set(key, into);
    }),
  );
  return out;
}
