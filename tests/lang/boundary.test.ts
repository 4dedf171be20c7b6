import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = process.env.BOUNDARY_SRC ?? new URL('../../src/', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
    });
}

interface Import {
  /** A module of src/ (`extract/model.js`), or a package (`node:fs`, `@zxcvbn-ts/language-id`). */
  readonly target: string;
  readonly inSrc: boolean;
  readonly typeOnly: boolean;
}

/** Every import and re-export of a source file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gms)].map((m) => {
    const inSrc = m[2].startsWith('.');
    return { target: inSrc ? relative(SRC, join(file, '..', m[2])) : m[2], inSrc, typeOnly: !!m[1] };
  });
}

describe('the language boundary', () => {
  it('the engine (src/extract/) imports nothing from src/lang/', () => {
    const crossing = filesUnder(join(SRC, 'extract')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.target.startsWith('lang/'))
        .map((i) => `${relative(SRC, f)} → ${i.target}`),
    );
    expect(crossing).toEqual([]);
  });

  it("a language (src/lang/<code>/) imports from the engine only the model's types", () => {
    const crossing = filesUnder(join(SRC, 'lang')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.inSrc && !i.target.startsWith('lang/') && !(i.typeOnly && i.target === 'extract/model.js'))
        .map((i) => `${relative(SRC, f)} → ${i.target}${i.typeOnly ? ' (types)' : ''}`),
    );
    expect(crossing).toEqual([]);
  });

  it('sees the imports it checks: the Indonesian model reads the model type and its own tables', () => {
    const imports = importsOf(join(SRC, 'lang/id/index.ts'));
    expect(imports).toContainEqual({ target: 'extract/model.js', inSrc: true, typeOnly: true });
    expect(imports).toContainEqual({ target: 'lang/id/cues.js', inSrc: true, typeOnly: false });
    expect(importsOf(join(SRC, 'extract/index.ts')).length).toBeGreaterThan(5);
  });
});
