import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EDGE_TYPES,
  ENTITY_KEY_PREFIX,
  EVENT_KINDS,
  kindsJoin,
  NODE_TYPES,
  nodeKey,
  outranks,
  PARTICIPANT_ROLES,
  TYPE_COLORS,
} from '../../src/graph/contract.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/export/cypher.js';

/** The modules a module imports at run time (type-only imports are erased), by their specifier. */
function runtimeImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

describe('the contract module', () => {
  it('gives every node type a colour, and only node types', () => {
    expect(Object.keys(TYPE_COLORS).sort()).toEqual([...NODE_TYPES].sort());
    for (const c of Object.values(TYPE_COLORS)) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('can go into a browser bundle: nothing of Node at run time, here or in what it imports', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of runtimeImports(file)) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
        visit(new URL(spec.replace(/\.js$/, '.ts'), `file://${file}`).pathname);
      }
    };
    visit(new URL('../../src/graph/contract.ts', import.meta.url).pathname);
    expect(seen.size).toBeGreaterThan(0);
  });

  it('is where Neo4j takes its labels and relationship types from', () => {
    expect(NODE_LABELS).toBe(NODE_TYPES);
    expect(RELATIONSHIP_TYPES).toBe(EDGE_TYPES);
  });

  it('labels every event kind and says who meets there', () => {
    for (const [kind, entry] of Object.entries(EVENT_KINDS)) {
      expect(entry.label, kind).toMatch(/^\p{Lu}/u);
      expect(['everyone', 'host-and-guest', 'nobody']).toContain(entry.met);
    }
  });

  it('ranks roles: host and guest over delegate over participant', () => {
    expect(outranks('host', 'participant')).toBe(true);
    expect(outranks('delegate', 'participant')).toBe(true);
    expect(outranks('guest', 'host')).toBe(false);
    expect(outranks('participant', 'delegate')).toBe(false);
    expect(outranks('suspect', 'participant')).toBe(true);
    expect(Object.keys(PARTICIPANT_ROLES)).toEqual(
      expect.arrayContaining([
        'host',
        'guest',
        'delegate',
        'participant',
        'authority',
        'suspect',
        'court',
        'party',
        'affected',
        'responder',
      ]),
    );
  });

  it('names the kinds of the spec, and what each may be part of', () => {
    const kinds = [
      'visit',
      'meeting',
      'talks',
      'summit',
      'signing',
      'anniversary',
      'election',
      'appointment',
      'arrest',
      'court',
      'protest',
      'attack',
      'disaster',
      'accident',
      'death',
      'announcement',
      'sport',
      'launch',
      'other',
    ];
    expect(Object.keys(EVENT_KINDS).sort()).toEqual(kinds.sort());
    expect(kindsJoin('signing', 'visit')).toBe('visit');
    expect(kindsJoin('talks', 'signing')).toBe('talks');
    expect(kindsJoin('visit', 'summit')).toBeUndefined();
    expect(EVENT_KINDS.arrest.met).toBe('nobody');
    for (const entry of Object.values(EVENT_KINDS)) for (const k of entry.partOf ?? []) expect(kinds).toContain(k);
  });

  it('builds the keys of the spec (`person:vladimir-putin`, `place:pyongyang`)', () => {
    expect(nodeKey.entity('Person', 'vladimir putin')).toBe('person:vladimir-putin');
    expect(nodeKey.entity('Place', 'Pyongyang')).toBe('place:pyongyang');
    expect(nodeKey.article('news/2024/Lavrov Pyongyang.txt')).toBe('article:news-2024-lavrov-pyongyang-txt');
    expect(nodeKey.publisher('KONTAN')).toBe('org:kontan');
    expect(nodeKey.event('visit', '2024-06-19', 'place:pyongyang', 'person:x')).toBe(
      'event:visit-2024-06-19-pyongyang',
    );
    expect(nodeKey.event('meeting', undefined, undefined, 'person:sergey-lavrov')).toBe(
      'event:meeting-undated-person-sergey-lavrov',
    );
    expect(Object.keys(ENTITY_KEY_PREFIX)).toEqual(['Person', 'Place', 'Organization']);
  });
});
