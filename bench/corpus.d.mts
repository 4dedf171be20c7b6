/** Types for corpus.mjs, which tests use to generate articles. */
export declare function corpus(size: number): string;
