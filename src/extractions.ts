/**
 * The bookkeeping of one build's extraction: which input files there are, which the cache
 * already knows, which are left to extract, and each file's facts once known (with their
 * strings pooled, so that a name is held once however often it comes).
 */
import { cacheKey, type FileExtraction, type InputExtraction } from './extract-file.js';
import { pooledFacts, StringPool, type ArticleFacts } from './extract/facts.js';
import type { InputWarning } from './ingest/errors.js';
import { listInputs, readInputBytes, type InputFile, type ReadLimits } from './ingest/read.js';

/** Remembers file extractions; `key` already covers the file's name, its bytes and the language. */
export interface ExtractionCache {
  get(key: string): FileExtraction | undefined;
  set(key: string, value: FileExtraction): void;
}

export class Extractions {
  readonly files: readonly InputFile[];
  /** The indexes of the files still to extract. */
  readonly pending: number[] = [];
  private readonly results: (FileExtraction | undefined)[] = [];
  private readonly warnings: InputWarning[];
  private readonly strings = new StringPool();

  /** Lists the inputs and takes each file's result from the cache where it knows it. */
  constructor(
    inputs: readonly string[],
    limits: ReadLimits,
    language: string,
    private readonly cache?: ExtractionCache,
  ) {
    const { files, warnings } = listInputs(inputs);
    this.files = files;
    this.warnings = warnings;
    files.forEach((file, index) => {
      // Only a cache needs the bytes now, to look them up; they are read again if extracted.
      const bytes = cache ? readInputBytes(file, limits) : undefined;
      if (bytes && !(bytes instanceof Uint8Array)) {
        this.keep(index, { articles: [], warnings: bytes.warnings });
        return;
      }
      const cached = bytes && cache?.get(cacheKey(file.rel, bytes, language));
      if (cached) this.keep(index, cached);
      else this.pending.push(index);
    });
  }

  /** Whether extractions should come back with their cache key. */
  get keyed(): boolean {
    return this.cache !== undefined;
  }

  get pendingBytes(): number {
    return this.pending.reduce((sum, index) => sum + this.files[index].size, 0);
  }

  /** A file's extraction, done here or by a worker: kept, and remembered by the cache. */
  settle(index: number, result: InputExtraction): void {
    this.keep(index, result.extraction);
    if (result.key) this.cache?.set(result.key, result.extraction);
  }

  /** Every file's facts in file order, and every warning; the results are let go, so nothing else holds the facts. */
  take(): { articles: ArticleFacts[]; warnings: InputWarning[] } {
    const warnings: InputWarning[] = [...this.warnings];
    const articles: ArticleFacts[] = [];
    for (const r of this.results) {
      warnings.push(...r!.warnings);
      articles.push(...r!.articles);
    }
    this.results.length = 0;
    return { articles, warnings };
  }

  private keep(index: number, result: FileExtraction): void {
    this.results[index] = {
      articles: result.articles.map((x) => pooledFacts(x, this.strings)),
      warnings: result.warnings,
    };
  }
}
