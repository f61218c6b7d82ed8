import { describe, expect, it } from 'vitest';
import { readCounts, useBrowser } from './support';

describe('library workarounds, in Chromium', () => {
  const browser = useBrowser();

  it('are all on with the pinned versions of Cytoscape and react-cytoscapejs', async () => {
    const { page, errors, warnings } = await browser.open('?bench');
    await readCounts(page);
    // The seeded layout is checked once fcose has loaded; the others as the canvas mounts.
    await expect
      .poll(() => page.evaluate(() => window.__linkboard!.workarounds()), { timeout: 30_000 })
      .toEqual([
        { name: 'steady-node-style', state: 'on' },
        { name: 'layer-cache', state: 'on' },
        { name: 'renderer-options', state: 'on' },
        { name: 'seeded-layout', state: 'on' },
      ]);
    expect(warnings.filter((w) => w.includes('workaround'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
