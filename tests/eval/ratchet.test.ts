/**
 * The ratchet: each development set of the shelf, built through the project's build and scored
 * by the shelf's own scorer (`eval/score.mjs`), must stay at or above the level last reached,
 * and at or below it for counts that must not grow (duplicates). The levels are data
 * (levels.json), raised by hand once work that lifts them is merged. Without the shelf the
 * test is skipped with a notice; under CI=true that is a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../src/export/formats.js';
import { build } from '../../src/pipeline.js';
import { sharedFolder } from '../setup/shared.js';
import levels from './levels.json' with { type: 'json' };

interface Level {
  /** The articles: a folder of the shelf (`shelf`) or of the project (`project`). */
  readonly shelf?: string;
  readonly project?: string;
  /** The gold file, on the shelf. */
  readonly gold: string;
  /** Metrics of score.mjs that may not fall below these. */
  readonly atLeast: Readonly<Record<string, number>>;
  /** Metrics that may not rise above these. */
  readonly atMost: Readonly<Record<string, number>>;
}

const shelf = sharedFolder('the ratchet on the development sets', 'eval/score.mjs');
const sets = Object.entries(levels.sets as Record<string, Level>);
const work = mkdtempSync(join(tmpdir(), 'ng-ratchet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!shelf).each(sets)('the %s set', (name, level) => {
  let metrics: Record<string, number | null> = {};
  beforeAll(async () => {
    const input = level.shelf ? join(shelf!, level.shelf) : resolve(level.project!);
    const { graph } = await build([input], { jobs: 1 });
    const graphFile = join(work, `${name}.json`);
    writeFileSync(graphFile, [...buildOutputs(graph)['graph.json']].join(''));
    // score.mjs is a command (it reads its arguments and exits on import): it runs as one, from the shelf.
    const scored = execFileSync(
      process.execPath,
      [join(shelf!, 'eval/score.mjs'), join(shelf!, level.gold), graphFile, input, '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    metrics = JSON.parse(scored).metrics;
    console.log(
      `ratchet ${name}: ${Object.keys({ ...level.atLeast, ...level.atMost })
        .map((k) => `${k} ${metrics[k]}`)
        .join(', ')}`,
    );
  }, 120_000);

  it.each(Object.entries(level.atLeast))('keeps %s at %s or more', (metric, floor) => {
    expect(metrics[metric], `${metric} is not a metric of score.mjs`).toBeTypeOf('number');
    expect(metrics[metric]).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(level.atMost))('keeps %s at %s or less', (metric, ceiling) => {
    expect(metrics[metric], `${metric} is not a metric of score.mjs`).toBeTypeOf('number');
    expect(metrics[metric]).toBeLessThanOrEqual(ceiling);
  });
});
