/**
 * The language models, by code: what `--lang` chooses from and what worker threads are told.
 * A new language is its folder beside these and one entry here.
 */
import type { LanguageModel } from '../extract/model.js';
import { english } from './en/index.js';
import { indonesian } from './id/index.js';

export const LANGUAGES = { id: indonesian, en: english } as const satisfies Record<string, LanguageModel>;
export type LanguageCode = keyof typeof LANGUAGES;
export const DEFAULT_LANGUAGE: LanguageCode = 'id';

export const isLanguageCode = (code: string): code is LanguageCode => Object.hasOwn(LANGUAGES, code);

/** The model of a code, or of a model given as it is (a library caller's own). */
export function languageModel(language: LanguageCode | LanguageModel): LanguageModel {
  return typeof language === 'string' ? LANGUAGES[language] : language;
}
