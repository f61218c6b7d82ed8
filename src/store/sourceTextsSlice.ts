/**
 * The full texts of the dataset's sources that live beside it (a source's `textFile`), as the
 * app loaded them (src/app/sourceTexts.ts). Sources an analyst added keep their text in the
 * dataset itself (`text`); selectSourceText reads either.
 */
import type { StateCreator } from 'zustand';
import { unverifiedQuotes, type UnverifiedQuote } from '../domain/quotes';
import type { Dataset } from '../domain/schema';
import type { LinkboardState } from './store';

const NO_TEXTS: Readonly<Record<string, string>> = Object.freeze({});

export interface SourceTextsSlice {
  /** Texts of sources named by `textFile`, by source id, for the dataset as loaded. */
  sourceTexts: Readonly<Record<string, string>>;
  /** Which dataset (as loaded) `sourceTexts` belongs to; null before any text is loaded. */
  sourceTextsFor: Dataset | null;
  setSourceTexts: (forDataset: Dataset, texts: Readonly<Record<string, string>>) => void;
}

export const createSourceTextsSlice: StateCreator<LinkboardState, [], [], SourceTextsSlice> = (
  set,
  get,
) => ({
  sourceTexts: NO_TEXTS,
  sourceTextsFor: null,
  setSourceTexts: (forDataset, texts) => {
    // Texts loaded for a dataset replaced since are dropped.
    if (get().originalDataset !== forDataset) return;
    set({ sourceTexts: texts, sourceTextsFor: forDataset });
  },
});

/** A source's full text: kept in the dataset, or loaded from its file; undefined when there is none. */
export function selectSourceText(state: LinkboardState, sourceId: string): string | undefined {
  const source = state.dataset?.sources.find((s) => s.id === sourceId);
  if (source?.text !== undefined) return source.text;
  return state.sourceTextsFor === state.originalDataset ? state.sourceTexts[sourceId] : undefined;
}

const NONE: UnverifiedQuote[] = [];

const unverifiedMemo = new WeakMap<
  Dataset,
  { texts: Readonly<Record<string, string>>; result: UnverifiedQuote[] }
>();

/**
 * Live verification (issue 15, point 7): the quotes of the dataset shown that are not found in
 * their source's text, by the validator's rule. Sources without a text are not checked.
 */
export function selectUnverifiedQuotes(state: LinkboardState): UnverifiedQuote[] {
  const { dataset } = state;
  if (!dataset) return NONE;
  const texts = state.sourceTextsFor === state.originalDataset ? state.sourceTexts : NO_TEXTS;
  const memo = unverifiedMemo.get(dataset);
  if (memo && memo.texts === texts) return memo.result;
  const result = unverifiedQuotes(dataset, new Map(Object.entries(texts)));
  unverifiedMemo.set(dataset, { texts, result });
  return result;
}
