/**
 * One input file read and extracted: what a build does for each file, on its own thread or
 * a worker's. Kept apart from the pipeline so that a worker thread loads only the
 * reader and the extractor, not the graph and its exports: it starts sooner.
 */
import { createHash } from 'node:crypto';
import { extractArticle } from './extract/index.js';
import { articleFacts, type ArticleFacts } from './extract/facts.js';
import type { LanguageModel } from './extract/model.js';
import type { LanguageCode } from './lang/index.js';
import { parseInputBytes, readInputBytes, type InputFile, type ReadLimits } from './ingest/read.js';
import { guardFile, type InputWarning } from './ingest/errors.js';

/** What one input file gives: the facts of each of its articles. */
export interface FileExtraction {
  readonly articles: ArticleFacts[];
  readonly warnings: InputWarning[];
}

/** What extracting one input file gives, and the cache key of the bytes it read (when asked for and readable). */
export interface InputExtraction {
  readonly extraction: FileExtraction;
  readonly key?: string;
}

/**
 * Reads one input file and extracts every article in it. The file is read here, where it is
 * extracted (on a worker thread, say), and let go at once: a build never holds its inputs.
 */
export function extractInput(
  file: InputFile,
  model: LanguageModel,
  limits: ReadLimits,
  keyed: boolean,
): InputExtraction {
  // Whatever reading or extracting one file throws is that file's warning (not cached: no key).
  return guardFile(
    file.rel,
    () => {
      const bytes = readInputBytes(file, limits);
      if (!(bytes instanceof Uint8Array)) return { extraction: { articles: [], warnings: bytes.warnings } };
      const read = parseInputBytes(file, bytes, limits);
      const extraction = {
        articles: read.articles.map((a) => articleFacts(extractArticle(a, model))),
        warnings: read.warnings,
      };
      return keyed ? { extraction, key: cacheKey(file.rel, bytes, model.code) } : { extraction };
    },
    (warning) => ({ extraction: { articles: [], warnings: [warning] } }),
  );
}

/** What every worker thread is told once: the limits files are read with, whether to key its results for the cache, and the language. */
export interface ExtractWorkerData {
  readonly limits: ReadLimits;
  readonly keyed: boolean;
  /** A registered language's code, or a model of the caller's own. */
  readonly language: LanguageCode | LanguageModel;
}

/** The cache key of a file: its name, its bytes and the language it is read in. */
export function cacheKey(rel: string, bytes: Uint8Array, language: string): string {
  return createHash('sha256')
    .update(rel)
    .update('\u0000')
    .update(language)
    .update('\u0000')
    .update(bytes)
    .digest('hex');
}
