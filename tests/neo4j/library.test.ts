import { describe, expect, it } from 'vitest';
import { bindParams, parseNamedQuery } from '../../src/neo4j/library.js';
import { formatResult } from '../../src/neo4j/format.js';

describe('named queries', () => {
  const query = parseNamedQuery('x', '// What it answers.\n// @param date = "2024": a date\n// @param limit = 10: how many\nMATCH (n) RETURN n LIMIT $limit\n');

  it('reads the description, parameters with defaults, and the Cypher', () => {
    expect(query.description).toBe('What it answers.');
    expect(query.params).toEqual([{ name: 'date', description: 'a date', default: '2024' }, { name: 'limit', description: 'how many', default: 10 }]);
    expect(query.cypher).toBe('MATCH (n) RETURN n LIMIT $limit');
  });

  it('binds --param values over the defaults, keeping string parameters strings', () => {
    expect(bindParams(query, ['date=2019', 'limit=3', 'other=true'])).toEqual({ date: '2019', limit: 3, other: true });
    expect(() => bindParams(query, ['nonsense'])).toThrow(/name=value/);
  });
});

describe('result formats', () => {
  const result = { keys: ['name', 'aliases'], rows: [{ name: 'Kim "KJU", Jong Un', aliases: ['Kim', 'Kim Jong-un'] }] };
  it('writes RFC 4180 CSV, JSON and an aligned table', () => {
    expect(formatResult(result, 'csv')).toBe('name,aliases\r\n"Kim ""KJU"", Jong Un","[""Kim"",""Kim Jong-un""]"\r\n');
    expect(JSON.parse(formatResult(result, 'json'))).toEqual(result.rows);
    expect(formatResult(result, 'table')).toBe('name                aliases\n------------------  ---------------------\nKim "KJU", Jong Un  ["Kim","Kim Jong-un"]\n(1 row)\n');
  });
});
