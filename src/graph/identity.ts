/**
 * Identity across articles: which local entities are one node. Places and organisations
 * meet on their canonical (gazetteer) name; people on their name with spelling variants
 * folded, a lone family name joining the one full name in the corpus that contains it.
 */
import type { Lexicon } from '../extract/lexicon.js';
import { containsInOrder, foldName, personKey } from '../extract/names.js';
import type { EntityFacts } from '../extract/facts.js';
import { ENTITY_KEY_PREFIX, isPersonKey, nodeKey } from './contract.js';

/** The node key of a local entity before corpus-wide short forms are resolved. */
export function entityIdentity(e: EntityFacts, lex: Lexicon): string {
  return nodeKey.entity(e.type, e.type === 'Person' ? personKey(e.name, lex) : foldName(e.name));
}

/**
 * Maps short person keys to the one longer key in the corpus whose words contain them in
 * order (`person:putin` → `person:vladimir-putin`); ambiguous short forms stay as they are.
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
    const owners = (byWord.get(part[0]) ?? []).filter((o) => o !== k && words.get(o)!.length > part.length && containsInOrder(words.get(o)!, part));
    if (owners.length === 1) out.set(k, owners[0]);
  }
  return out;
}
