import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { computeView } from '../../../src/domain/view';
import { viewStateFrom } from '../../../src/domain/viewState';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

const dataset = loadDefaultDataset();
const index = buildGraphIndex(dataset);
const byTitle = new Map(dataset.views.map((v) => [v.title, v]));

describe('the default dataset’s curated views', () => {
  it('ship the five views analysts come for', () => {
    expect(dataset.views.map((v) => v.title)).toEqual([
      'De facto chain of command',
      'Formal chain of command',
      'Attacks on U.S. forces',
      'The media and ideology apparatus',
      '2019–2020 escalation',
    ]);
  });

  it('each show part of the graph, not all of it nor nothing', () => {
    for (const view of dataset.views) {
      const shown = computeView(index, viewStateFrom(view.state));
      expect(shown.edgeIds.size, view.id).toBeGreaterThan(5);
      expect(shown.nodeIds.size, view.id).toBeLessThan(dataset.nodes.length);
    }
  });

  it('open the two chains of command in the command view, Kata’ib Hizballah selected', () => {
    expect(byTitle.get('De facto chain of command')?.state).toMatchObject({
      mode: 'command',
      commandChain: 'de-facto',
      selection: { kind: 'node', id: 'kataib-hizballah' },
    });
    expect(byTitle.get('Formal chain of command')?.state).toMatchObject({
      mode: 'command',
      commandChain: 'formal',
    });
  });

  it('show attacks on U.S. forces through hostility links only', () => {
    const view = byTitle.get('Attacks on U.S. forces')!;
    const shown = computeView(index, viewStateFrom(view.state));
    expect(shown.nodeIds.has('us-forces')).toBe(true);
    expect(shown.edgeIds.has('kh-attacks-us-forces')).toBe(true);
    const relations = new Set([...shown.edgeIds].map((id) => index.edgesById.get(id)!.relation));
    expect([...relations].sort()).toEqual(['attacks', 'part_of', 'threatens']);
  });

  it('date the escalation from May 2019 to September 2020, leaving undated links out', () => {
    const view = byTitle.get('2019–2020 escalation')!;
    expect(view.state).toMatchObject({
      range: { from: '2019-05-01', to: '2020-09-30' },
      includeUndated: false,
    });
    const shown = computeView(index, viewStateFrom(view.state));
    for (const id of ['kh-attacks-aramco', 'us-strike-kills-soleimani', 'cts-arrests-kh-members'])
      expect(shown.edgeIds.has(id), id).toBe(true);
  });
});
