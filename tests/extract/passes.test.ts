import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASSES } from '../../src/extract/index.js';

const EXTRACT = new URL('../../src/extract/', import.meta.url);
const header = (file: string) => /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(new URL(file, EXTRACT), 'utf8'))?.[1] ?? '';

describe('the passes', () => {
  const numbered = PASSES.map(([name]) => /^(\d+)\. (.+)$/.exec(name));

  it('run in one numbered order: 1, 2, 3 …', () => {
    expect(numbered.map((m) => Number(m?.[1]))).toEqual(PASSES.map((_, i) => i + 1));
  });

  it('are numbered alike in the headers of their modules: each number in exactly one module', () => {
    const owners = new Map<number, string[]>();
    for (const file of readdirSync(EXTRACT).filter((f) => f.endsWith('.ts'))) {
      for (const m of header(file).matchAll(/\bpass (\d+)\b/gi))
        owners.set(Number(m[1]), [...(owners.get(Number(m[1])) ?? []), file]);
    }
    for (let n = 1; n <= PASSES.length; n++) expect(owners.get(n), `pass ${n}`).toHaveLength(1);
    expect(Math.max(...owners.keys())).toBe(PASSES.length);
  });

  it('are listed in the README in the same order, under the same names', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('What the extractor finds, in order'));
    const listed = [...section.matchAll(/^(\d+)\. \*\*([^*]+)\*\*/gm)]
      .slice(0, PASSES.length)
      .map((m) => `${m[1]}. ${m[2].toLowerCase()}`);
    expect(listed).toEqual(PASSES.map(([name]) => name));
  });
});
