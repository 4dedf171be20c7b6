/** Types for corpus.mjs, which tests use to generate articles. */
export declare const CORPUS_ROOT: string;
export declare function corpus(size: number): string;
