import { describe, expect, it } from 'vitest';
import {
  CODECS_BY_FIELD,
  decodeViewState,
  describeUrlProblems,
  encodeViewState,
  readViewState,
  viewStateSearch,
} from '../../../src/app/urlState';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, event, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: [node('soleimani', { type: 'person' }), node('kh'), node('abu-fadak', { type: 'person' })],
  edges: [
    edge('soleimani', 'founded', 'kh', { id: 'founded' }),
    edge('abu-fadak', 'leads', 'kh', { id: 'leads' }),
  ],
  events: [event('strike')],
});

/** Every field away from its default. */
const everything: ViewState = {
  hiddenRelations: ['founded', 'leads'],
  hiddenEntityTypes: ['person'],
  hiddenConfidences: ['suspected', 'claimed'],
  hiddenSourcing: ['unsourced'],
  hideIsolated: true,
  asOf: '2019-05-14',
  range: { from: '2015-01-01', to: '2016-12-31' },
  includeUndated: false,
  mode: 'command',
  commandChain: 'formal',
  focus: { id: 'kh', hops: 2 },
  focusStyle: 'dim',
  selection: { kind: 'node', id: 'soleimani' },
  picked: ['soleimani', 'abu-fadak'],
  highlightChain: true,
  path: { from: 'soleimani', to: 'abu-fadak' },
  pathTimeOrder: 'dated-only',
  compare: { from: '2019-01', to: '2020-02-29' },
  layout: 'hierarchical',
  groupBy: 'tag',
  collapsedGroups: ['kh', '~tag:a, b: c'],
  expandedGroups: ['~community:3'],
  customGroups: [
    { id: '~custom:2', name: 'Cell: 100%; south', members: ['soleimani', 'abu-fadak'] },
  ],
  relationLabels: ['command', 'membership'],
  camera: { zoom: 1.25, x: -120, y: 48 },
  annotations: [
    { kind: 'note', id: 1, x: -120, y: 40, text: 'Note: 100%, see; "below"\nsecond line' },
    {
      kind: 'callout',
      id: 2,
      target: { kind: 'node', id: 'kh' },
      dx: 60,
      dy: -80,
      text: 'Founded 2007',
    },
    {
      kind: 'callout',
      id: 4,
      target: { kind: 'edge', id: 'leads' },
      dx: 0,
      dy: 50,
      text: '<b>x</b>',
    },
    {
      kind: 'ring',
      id: 7,
      label: 'Cell: south',
      colour: 'red',
      members: ['soleimani', 'abu-fadak'],
    },
  ],
};

describe('view state in the address', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(getDefaultViewState())).toEqual([]);
    expect(viewStateSearch(getDefaultViewState(), '')).toBe('');
  });

  it('has a parameter of its own for every view-state field', () => {
    // A field without a codec fails to compile (CODECS_BY_FIELD's type); this checks the running
    // table too, and that no two fields share a parameter.
    expect(Object.keys(CODECS_BY_FIELD).sort()).toEqual(Object.keys(getDefaultViewState()).sort());
    const params = Object.values(CODECS_BY_FIELD).map((codec) => codec.param);
    expect(new Set(params).size).toBe(params.length);
    expect(encodeViewState(everything).map(([param]) => param)).toEqual([...params, 'hops']);
  });

  it('round-trips every field', () => {
    const search = viewStateSearch(everything, '');
    expect(decodeViewState(search)).toEqual({ patch: everything, problems: [] });
    expect(readViewState(search, index)).toEqual({ patch: everything, problems: [] });
  });

  it('writes all collapsed groups as one word, and the ones expanded among them', () => {
    const view: ViewState = {
      ...getDefaultViewState(),
      groupBy: 'community',
      collapsedGroups: 'all',
      expandedGroups: ['~community:2'],
    };
    const search = viewStateSearch(view, '');
    expect(search).toBe('?group=community&collapsed=all&expanded=~community:2');
    expect(decodeViewState(search).patch).toEqual({
      groupBy: 'community',
      collapsedGroups: 'all',
      expandedGroups: ['~community:2'],
    });
  });

  it('drops collapsed groups and custom group members the dataset lacks, with a notice', () => {
    const { patch, problems } = readViewState(
      '?group=parent&collapsed=kh,ghost&groups=1:Cell:soleimani;ghost,2:Empty:nobody',
      index,
    );
    expect(patch.collapsedGroups).toEqual(['kh']);
    expect(patch.customGroups).toEqual([{ id: '~custom:1', name: 'Cell', members: ['soleimani'] }]);
    expect(problems.map((p) => p.param)).toEqual(['collapsed', 'groups']);
  });

  it('refuses an unknown grouping and a malformed custom group', () => {
    const { patch, problems } = decodeViewState('?group=planets&groups=1:only-a-name');
    expect(patch).toEqual({});
    expect(problems.map((p) => p.param)).toEqual(['group', 'groups']);
  });

  it('round-trips relation and event selections and ids with colons', () => {
    for (const selection of [
      { kind: 'edge', id: 'leads' },
      { kind: 'event', id: 'strike' },
      { kind: 'node', id: 'ns:odd' },
    ] as const) {
      const view = { ...getDefaultViewState(), selection };
      expect(decodeViewState(viewStateSearch(view, '')).patch).toEqual({ selection });
    }
  });

  it('uses short readable parameters', () => {
    const view: ViewState = {
      ...getDefaultViewState(),
      mode: 'command',
      selection: { kind: 'node', id: 'soleimani' },
      path: { from: 'soleimani', to: 'abu-fadak' },
    };
    expect(viewStateSearch(view, '')).toBe(
      '?mode=command&select=soleimani&path=soleimani,abu-fadak',
    );
  });

  it('writes the families whose verbs are on the arrows, and refuses a family that does not exist', () => {
    const view: ViewState = { ...getDefaultViewState(), relationLabels: ['command', 'location'] };
    expect(viewStateSearch(view, '')).toBe('?verbs=command,location');
    expect(decodeViewState('?verbs=command,location').patch).toEqual({
      relationLabels: ['command', 'location'],
    });
    const refused = decodeViewState('?verbs=command,<script>');
    expect(refused.patch).toEqual({});
    expect(refused.problems.map((p) => p.param)).toEqual(['verbs']);
  });

  it('writes annotations compactly in ?notes=, and reads them back exactly', () => {
    const view: ViewState = {
      ...getDefaultViewState(),
      annotations: [
        { kind: 'note', id: 1, x: 10, y: -20, text: 'Key figure' },
        { kind: 'ring', id: 2, label: '', colour: 'blue', members: ['kh', 'soleimani'] },
      ],
    };
    const search = viewStateSearch(view, '');
    expect(search).toBe('?notes=n1:10:-20:Key%20figure,r2:blue::kh%3Bsoleimani');
    expect(readViewState(search, index)).toEqual({
      patch: { annotations: view.annotations },
      problems: [],
    });
  });

  it('ignores a malformed or hostile ?notes= with a notice naming it, never throwing', () => {
    for (const bad of [
      'n1:1:2',
      'x1:1:2:text',
      'n1:one:2:text',
      'c1:q:kh:1:2:text',
      'r1:chartreuse:label:kh',
      'n1:1:2:' + 'a'.repeat(400),
      'n1:1:2:\u0001hidden',
      'n1:1:2:a,n1:3:4:b',
      'n1:1e400:2:text',
    ]) {
      const search = `?notes=${encodeURIComponent(bad).replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
      let result: ReturnType<typeof readViewState> | undefined;
      expect(() => (result = readViewState(search, index))).not.toThrow();
      expect(result!.patch.annotations).toBeUndefined();
      expect(result!.problems.map((p) => p.param)).toEqual(['notes']);
    }
    // Markup in a note is only text: it is kept as written, for the painters to draw as text.
    const markup = readViewState(
      `?notes=${encodeURIComponent('n1:0:0:<img src=x onerror=alert(1)>')}`,
      index,
    );
    expect(markup.patch.annotations).toEqual([
      { kind: 'note', id: 1, x: 0, y: 0, text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('drops callouts and ring members naming what the dataset lacks, with a notice', () => {
    const { patch, problems } = readViewState(
      '?notes=c1:e:ghost:0:0:Gone,c2:r:leads:0:0:Kept,r3:amber:Ring:kh;nobody,r4:red::nobody',
      index,
    );
    expect(patch.annotations).toEqual([
      { kind: 'callout', id: 2, target: { kind: 'edge', id: 'leads' }, dx: 0, dy: 0, text: 'Kept' },
      { kind: 'ring', id: 3, label: 'Ring', colour: 'amber', members: ['kh'] },
    ]);
    expect(problems).toEqual([
      { param: 'notes', message: 'no entity or relation "ghost", "nobody" in this dataset' },
    ]);
  });

  it('writes where the user framed the canvas, and refuses a camera it cannot use', () => {
    const view: ViewState = {
      ...getDefaultViewState(),
      camera: { zoom: 0.83333, x: -120.4, y: 47.6 },
    };
    expect(viewStateSearch(view, '')).toBe('?camera=0.833,-120,48');
    expect(decodeViewState('?camera=0.833,-120,48').patch).toEqual({
      camera: { zoom: 0.833, x: -120, y: 48 },
    });
    for (const bad of [
      '1,2',
      '1,2,3,4',
      'a,b,c',
      '0,1,2',
      '-1,0,0',
      '1,,2',
      '1,Infinity,0',
      '1e9,0,0',
    ])
      expect(decodeViewState(`?camera=${bad}`), bad).toEqual({
        patch: {},
        problems: [expect.objectContaining({ param: 'camera' })],
      });
  });

  it('keeps parameters it does not own, such as the dataset address', () => {
    const view = { ...getDefaultViewState(), mode: 'command' as const };
    expect(viewStateSearch(view, '?data=%2Fdata%2Fother.json&mode=network&layout=concentric')).toBe(
      '?data=%2Fdata%2Fother.json&mode=command',
    );
  });

  it('ignores an invalid parameter, names it, and keeps the others', () => {
    const { patch, problems } = decodeViewState(
      '?mode=sideways&layout=hierarchical&asOf=2019-13-45&hops=7&focus=kh&hideConf=maybe',
    );
    expect(patch).toEqual({ layout: 'hierarchical', focus: { id: 'kh', hops: 1 } });
    expect(problems.map((p) => p.param)).toEqual(['hideConf', 'asOf', 'mode', 'hops']);
    expect(describeUrlProblems(problems).title).toBe(
      'Ignored the address parameters "hideConf", "asOf", "mode", "hops"',
    );
  });

  it('refuses malformed values without throwing', () => {
    for (const search of [
      '?path=a',
      '?path=a,b,c',
      '?range=2015',
      '?select=',
      '?focus=%00',
      '?%E0%A4%A',
    ]) {
      expect(() => decodeViewState(search)).not.toThrow();
    }
    expect(decodeViewState('?path=a').problems.map((p) => p.param)).toEqual(['path']);
    expect(decodeViewState('?range=2015').problems.map((p) => p.param)).toEqual(['range']);
  });

  it('drops ids the dataset does not have, with a reason', () => {
    const { patch, problems } = readViewState(
      '?select=ghost&focus=nobody&path=soleimani,ghost&hideRel=leads,nope&mode=command',
      index,
    );
    expect(patch).toEqual({ mode: 'command', hiddenRelations: ['leads'] });
    expect(problems).toEqual([
      { param: 'select', message: 'no entity "ghost" in this dataset' },
      { param: 'focus', message: 'no entity "nobody" in this dataset' },
      { param: 'path', message: 'no entity "ghost" in this dataset' },
      { param: 'hideRel', message: 'no relation type "nope" in this dataset' },
    ]);
  });
});

describe('curated views in the address', () => {
  const withViews = buildIndex({
    nodes: [node('kh'), node('pmf')],
    edges: [edge('kh', 'part_of', 'pmf', { id: 'unit' })],
    views: [
      {
        id: 'formal-chain',
        title: 'Formal chain',
        description: 'On paper.',
        state: { mode: 'command', commandChain: 'formal', selection: { kind: 'node', id: 'kh' } },
      },
    ],
  });

  it('opens the view ?view= names, every other field at its default', () => {
    const { patch, problems } = readViewState('?view=formal-chain', withViews);
    expect(problems).toEqual([]);
    expect(patch).toEqual({
      ...getDefaultViewState(),
      mode: 'command',
      commandChain: 'formal',
      selection: { kind: 'node', id: 'kh' },
    });
  });

  it('applies the other parameters on top of the view', () => {
    const { patch } = readViewState('?view=formal-chain&select=pmf&layout=concentric', withViews);
    expect(patch).toMatchObject({
      commandChain: 'formal',
      selection: { kind: 'node', id: 'pmf' },
      layout: 'concentric',
    });
  });

  it('names a view the dataset does not have, and applies nothing for it', () => {
    const { patch, problems } = readViewState('?view=nowhere&mode=command', withViews);
    expect(patch).toEqual({ mode: 'command' });
    expect(problems).toEqual([{ param: 'view', message: 'no view "nowhere" in this dataset' }]);
  });

  it('writes the view state it opened, not the view name, back to the address', () => {
    const { patch } = readViewState('?view=formal-chain', withViews);
    const search = viewStateSearch({ ...getDefaultViewState(), ...patch }, '?view=formal-chain');
    expect(search).toBe('?mode=command&chain=formal&select=kh');
  });
});
