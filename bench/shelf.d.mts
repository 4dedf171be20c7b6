/** Types for shelf.mjs, which tests use to find the shared corpora. */
export declare const SHELF: string;
export declare function realNews(): string | undefined;
