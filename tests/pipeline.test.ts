import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../bench/corpus.mjs';
import type * as Cache from '../src/cli/cache.js';
import { cacheKey } from '../src/extract-file.js';
import type * as Json from '../src/export/json.js';
import type * as Lang from '../src/lang/index.js';
import type * as Pipeline from '../src/pipeline.js';
import type * as Workers from '../src/workers.js';

// The built modules (`npm test` builds first): a worker thread runs the compiled `extract-worker.js`.
const built = <T>(module: string) => import(module) as Promise<T>;
const { toJson } = await built<typeof Json>('../dist/export/json.js');
const { build } = await built<typeof Pipeline>('../dist/pipeline.js');
const { automaticJobs, MIN_BYTES_FOR_WORKERS, MIN_FILES_FOR_WORKERS } =
  await built<typeof Workers>('../dist/workers.js');
const { LANGUAGES } = await built<typeof Lang>('../dist/lang/index.js');
const { CODE } = await built<typeof Cache>('../dist/cli/cache.js');

const quick = { layout: { iterations: 0, maxNodeIterations: 0 } };

describe('build', () => {
  // 100 generated articles: enough files for two workers, far less text than makes them pay.
  const generated = join(corpus(1000), '000');
  const input = mkdtempSync(join(tmpdir(), 'ng-pipeline-'));
  for (const f of readdirSync(generated).sort().slice(0, 100)) cpSync(join(generated, f), join(input, f));

  it('starts workers by default from 32 MB to extract, one per core', () => {
    expect(automaticJobs(MIN_BYTES_FOR_WORKERS - 1, 4)).toBe(1);
    expect(automaticJobs(MIN_BYTES_FOR_WORKERS, 4)).toBe(4);
  });

  it('extracts a small input on this thread unless asked for workers', async () => {
    const bytes = readdirSync(input).reduce((sum, f) => sum + statSync(join(input, f)).size, 0);
    expect(bytes).toBeLessThan(MIN_BYTES_FOR_WORKERS);
    const result = await build([input], quick);
    expect(result.files).toBe(100);
    expect(result.threads).toBe(1);
  });

  it('starts the workers asked for, and builds what one thread builds', async () => {
    const parallel = await build([input], { ...quick, jobs: 2 });
    expect(parallel.threads).toBe(2);
    expect(toJson(parallel.graph) === toJson((await build([input], { ...quick, jobs: 1 })).graph)).toBe(true);
  });

  it('tells the workers the language: English on workers is English on one thread, and not Indonesian', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-pipeline-en-'));
    const fixtures = readdirSync('tests/fixtures/en').sort();
    for (let i = 0; i < MIN_FILES_FOR_WORKERS; i++)
      cpSync(join('tests/fixtures/en', fixtures[i % fixtures.length]), join(dir, `${String(i).padStart(3, '0')}.txt`));
    const english = await build([dir], { ...quick, language: 'en', jobs: 2 });
    expect(english.threads).toBe(2);
    expect(toJson(english.graph) === toJson((await build([dir], { ...quick, language: 'en', jobs: 1 })).graph)).toBe(
      true,
    );
    expect(toJson(english.graph) === toJson((await build([dir], { ...quick, language: 'id', jobs: 1 })).graph)).toBe(
      false,
    );
  });

  it("sends a model of the caller's own to the workers as it is: it is plain data", async () => {
    // Without `presiden` as a title, `Presiden Rusia Vladimir Putin` holds no office.
    const own = {
      ...LANGUAGES.id,
      code: 'id-untitled',
      titleHeads: LANGUAGES.id.titleHeads.filter((t) => t !== 'presiden'),
    };
    const parallel = await build([input], { ...quick, language: own, jobs: 2 });
    expect(parallel.threads).toBe(2);
    const single = await build([input], { ...quick, language: own, jobs: 1 });
    expect(toJson(parallel.graph) === toJson(single.graph)).toBe(true);
    expect(toJson(single.graph) === toJson((await build([input], quick)).graph)).toBe(false);
  });
});

describe("the extraction cache's fingerprint", () => {
  /** The compiled modules a module loads at run time, and theirs, as paths under dist/. */
  function loaded(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const text = readFileSync(join('dist', entry), 'utf8');
    for (const m of text.matchAll(
      /^(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|^import\s+['"](\.[^'"]+)['"]/gm,
    )) {
      loaded(relative('dist', join('dist', entry, '..', m[1] ?? m[2])), seen);
    }
    return seen;
  }

  it('covers every module that shapes an extraction, on this thread or a worker', () => {
    const modules = new Set([...loaded('extract-file.js'), ...loaded('extract-worker.js')]);
    expect(modules.size).toBeGreaterThan(10);
    const covered = (m: string) => CODE.some((part) => m === part || m.startsWith(`${part}/`));
    expect([...modules].filter((m) => !covered(m)).sort()).toEqual([]);
  });

  it('keys a file by its name, bytes and language', () => {
    const bytes = new TextEncoder().encode('Presiden Joko Widodo tiba di Jakarta.');
    expect(cacheKey('a.txt', bytes, 'id')).not.toBe(cacheKey('a.txt', bytes, 'en'));
    expect(cacheKey('a.txt', bytes, 'id')).not.toBe(cacheKey('b.txt', bytes, 'id'));
  });
});
