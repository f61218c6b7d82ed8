import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedSourceTexts, watchSourceTexts } from '../../../src/app/sourceTexts';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { loadEditRules } from '../../../src/store/editEngine';
import { selectSourceText, selectUnverifiedQuotes } from '../../../src/store/sourceTextsSlice';
import { createLinkboardStore } from '../../../src/store/store';

function defaultDataset(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync('data/kataib-hizballah.json', 'utf8')));
  if (!result.ok) throw new Error('the default dataset does not parse');
  return result.dataset;
}

// The store's edit actions use rules fetched after the page (src/store/editEngine.ts).
beforeAll(() => loadEditRules());

describe('source texts', () => {
  it('loads the shipped text of the default dataset source', async () => {
    const texts = await loadShippedSourceTexts(defaultDataset());
    expect(Object.keys(texts)).toEqual(['wotr']);
    expect(texts.wotr).toBe(readFileSync('data/sources/wotr-kataib-hizballah.txt', 'utf8'));
  });

  it('verifies quotes live: none flagged as shipped, one after a quote is edited', async () => {
    const store = createLinkboardStore();
    const stop = watchSourceTexts(store);
    store.getState().loadDataset(defaultDataset(), 'default');
    for (let i = 0; i < 100 && !store.getState().sourceTexts.wotr; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(selectSourceText(store.getState(), 'wotr')).toContain('Kata’ib Hizballah');
    expect(selectUnverifiedQuotes(store.getState())).toEqual([]);
    const kh = store.getState().dataset!.nodes[0]!;
    store.getState().applyEdit({
      kind: 'updateEvidence',
      target: { kind: 'entity', id: kh.id },
      index: 0,
      evidence: { ...kh.evidence[0]!, quote: 'Words the article never wrote.' },
    });
    expect(selectUnverifiedQuotes(store.getState()).map((q) => [q.target.id, q.index])).toEqual([
      [kh.id, 0],
    ]);
    stop();
  });
});
