import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../bench/corpus.mjs';
import type * as Json from '../src/export/json.js';
import type * as Pipeline from '../src/pipeline.js';

// The built modules (`npm test` builds first): a worker thread runs the compiled `extract-worker.js`.
const built = <T>(module: string) => import(module) as Promise<T>;
const { toJson } = await built<typeof Json>('../dist/export/json.js');
const { automaticJobs, buildFromPaths, buildFromPathsInParallel, MIN_BYTES_FOR_WORKERS } = await built<typeof Pipeline>('../dist/pipeline.js');

const quick = { layout: { iterations: 0, maxNodeIterations: 0 } };

describe('buildFromPathsInParallel', () => {
  // 100 generated articles: enough files for two workers, far less text than makes them pay.
  const generated = join(corpus(1000), '000');
  const input = mkdtempSync(join(tmpdir(), 'ng-pipeline-'));
  for (const f of readdirSync(generated).sort().slice(0, 100)) cpSync(join(generated, f), join(input, f));

  it('starts workers by default from 4 MB to extract, one per core', () => {
    expect(automaticJobs(MIN_BYTES_FOR_WORKERS - 1, 4)).toBe(1);
    expect(automaticJobs(MIN_BYTES_FOR_WORKERS, 4)).toBe(4);
  });

  it('extracts a small input on this thread unless asked for workers', async () => {
    const bytes = readdirSync(input).reduce((sum, f) => sum + statSync(join(input, f)).size, 0);
    expect(bytes).toBeLessThan(MIN_BYTES_FOR_WORKERS);
    const build = await buildFromPathsInParallel([input], quick);
    expect(build.files).toBe(100);
    expect(build.threads).toBe(1);
  });

  it('starts the workers asked for, and builds what one thread builds', async () => {
    const parallel = await buildFromPathsInParallel([input], { ...quick, jobs: 2 });
    expect(parallel.threads).toBe(2);
    expect(toJson(parallel.graph) === toJson(buildFromPaths([input], quick).graph)).toBe(true);
  });
});
