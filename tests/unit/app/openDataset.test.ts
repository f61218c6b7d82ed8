import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  openDatasetFiles,
  loadDatasetFromUrl,
  loadDatasetText,
  MAX_DATASET_BYTES,
  resolveSameOriginUrl,
} from '../../../src/app/openDataset';
import { createLinkboardStore } from '../../../src/store/store';
import { buildDataset, node } from '../../helpers/datasetBuilder';

const BASE = 'http://127.0.0.1:4173/app/';
const good = JSON.stringify(buildDataset({ nodes: [node('a')] }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening datasets', () => {
  it('loads valid JSON text', async () => {
    const store = createLinkboardStore();
    expect(await loadDatasetText(store, good, 'good.json')).toBe(true);
    expect(store.getState().datasetOrigin).toBe('good.json');
  });

  it('reports broken JSON by name and keeps the loaded graph', async () => {
    const store = createLinkboardStore();
    await loadDatasetText(store, good, 'good.json');
    const before = store.getState().dataset;
    expect(await loadDatasetText(store, '{"nodes": [', 'broken.json')).toBe(false);
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().notices[0]?.title).toBe(
      'Could not load broken.json as Linkboard JSON: it is not valid JSON',
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    const store = createLinkboardStore();
    const huge = {
      name: 'huge.json',
      size: MAX_DATASET_BYTES + 1,
      text: vi.fn(),
    } as unknown as File;
    expect(await openDatasetFiles(store, [huge])).toBe(false);
    expect(huge.text).not.toHaveBeenCalled();
    expect(store.getState().notices[0]?.title).toMatch(
      /huge\.json: the file is too large \(50\.0 MB\)/,
    );
  });

  it('reads a picked file', async () => {
    const store = createLinkboardStore();
    expect(await openDatasetFiles(store, [new File([good], 'mine.json')])).toBe(true);
    expect(store.getState().dataset?.nodes).toHaveLength(1);
  });

  it('resolves only same-origin addresses', () => {
    expect(resolveSameOriginUrl('data/x.json', BASE)?.href).toBe(
      'http://127.0.0.1:4173/app/data/x.json',
    );
    expect(resolveSameOriginUrl('/x.json', BASE)?.pathname).toBe('/x.json');
    expect(resolveSameOriginUrl('https://evil.example/x.json', BASE)).toBeNull();
    expect(resolveSameOriginUrl('javascript:alert(1)', BASE)).toBeNull();
    expect(resolveSameOriginUrl('//evil.example/x.json', BASE)).toBeNull();
  });

  it('fetches a same-origin dataset and never fetches another origin', async () => {
    const fetchMock = vi.fn(async () => new Response(good, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const store = createLinkboardStore();
    expect(await loadDatasetFromUrl(store, 'https://evil.example/x.json', BASE)).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await loadDatasetFromUrl(store, 'net.json', BASE)).toBe(true);
    expect(store.getState().datasetOrigin).toBe('net.json');
  });

  it('reports an HTTP error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })),
    );
    const store = createLinkboardStore();
    expect(await loadDatasetFromUrl(store, 'missing.json', BASE)).toBe(false);
    expect(store.getState().notices[0]?.title).toBe('Could not fetch missing.json: 404 Not Found');
  });
});
