/**
 * newsgraph as a library: `build` reads articles into the graph, `OUTPUT_FORMATS` turn it
 * into text, the contract names what is in it, and the language models are chosen by code.
 *
 *   import { build, buildOutputs } from 'newsgraph';
 *   const { graph } = await build(['articles/'], { language: 'id' });
 */
export {
  build,
  corpusName,
  DEFAULT_BUILD_OPTIONS,
  type BuildOptions,
  type BuildResult,
  type ExtractionCache,
  type FileExtraction,
} from './pipeline.js';
export {
  buildOutputs,
  BUILD_FORMATS,
  FORMAT_NAMES,
  OUTPUT_FORMATS,
  type FormatName,
  type OutputFormat,
} from './export/formats.js';
export * from './graph/contract.js';
export type { NewsGraph } from './graph/build.js';
export { deserializeGraph, serializeGraph } from './graph/serialized.js';
export { GraphChecker, GraphContractError, validateGraph, type CheckerOptions } from './graph/validate.js';
export { DEFAULT_LANGUAGE, LANGUAGES, languageModel, type LanguageCode } from './lang/index.js';
export {
  extractArticle,
  PASSES,
  type ArticleExtraction,
  type ArticleInput,
  type ArticleWork,
  type Pass,
} from './extract/index.js';
export type { DateRule, GazetteerEntry, LanguageModel } from './extract/model.js';
export { automaticJobs } from './workers.js';
