/**
 * Loads the full texts of the dataset's sources named by `textFile` (issue 15), for the Sources
 * panel and live verification, into the store (sourceTextsSlice). The texts the app ships
 * (`data/sources/*.txt`, the default dataset's article) are each a chunk fetched on demand; a
 * dataset opened from a file names its texts relative to that file, which a browser cannot reach,
 * so only shipped texts are found (its sources can still be added with their text, kept inline).
 */
import type { Dataset } from '../domain/schema';
import type { LinkboardStore } from '../store/store';

const SHIPPED = import.meta.glob('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** `sources/wotr.txt` (relative to data/) → the loader of the shipped file, if there is one. */
function shippedText(textFile: string): (() => Promise<string>) | undefined {
  return SHIPPED[`../../data/${textFile}`];
}

/** The texts a dataset's sources name that the app ships, by source id. */
export async function loadShippedSourceTexts(dataset: Dataset): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  await Promise.all(
    dataset.sources.map(async (source) => {
      const load = source.textFile === undefined ? undefined : shippedText(source.textFile);
      if (!load) return;
      try {
        texts[source.id] = await load();
      } catch {
        // A chunk that fails to arrive leaves that source unchecked, as a source without text.
      }
    }),
  );
  return texts;
}

/** Loads the source texts of every dataset the store loads; returns the function that stops it. */
export function watchSourceTexts(store: LinkboardStore): () => void {
  let watching: Dataset | null = null;
  const sync = () => {
    const original = store.getState().originalDataset;
    if (original === watching) return;
    watching = original;
    if (!original || !original.sources.some((s) => s.textFile !== undefined)) return;
    void loadShippedSourceTexts(original).then((texts) =>
      store.getState().setSourceTexts(original, texts),
    );
  };
  sync();
  return store.subscribe(sync);
}
