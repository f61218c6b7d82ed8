import { describe, expect, it } from 'vitest';
import { buildGrouping } from '../../../src/domain/groups';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildParsedDataset, edge, node } from '../../helpers/datasetBuilder';
import { viewActions } from '../../../src/store/viewActions';

describe('viewActions.setRelationsShown', () => {
  const view = { ...getDefaultViewState(), hiddenRelations: ['commands', 'arms'] };

  it('hides every given key once, keeping the other hidden keys', () => {
    const next = viewActions.setRelationsShown(view, ['commands', 'leads'], false);
    expect([...next.hiddenRelations].sort()).toEqual(['arms', 'commands', 'leads']);
  });

  it('shows every given key, keeping the other hidden keys hidden', () => {
    const next = viewActions.setRelationsShown(view, ['commands', 'leads'], true);
    expect(next.hiddenRelations).toEqual(['arms']);
  });
});

describe('viewActions.showOnlyRelations', () => {
  const all = ['commands', 'leads', 'supports', 'arms'];

  it('hides every other key of the dataset, whatever was hidden before', () => {
    const view = { ...getDefaultViewState(), hiddenRelations: ['commands', 'arms'] };
    const next = viewActions.showOnlyRelations(view, ['commands', 'leads'], all);
    expect([...next.hiddenRelations].sort()).toEqual(['arms', 'supports']);
  });

  it('keeps hidden keys the dataset does not list', () => {
    const view = { ...getDefaultViewState(), hiddenRelations: ['elsewhere'] };
    const next = viewActions.showOnlyRelations(view, ['supports'], all);
    expect([...next.hiddenRelations].sort()).toEqual(['arms', 'commands', 'elsewhere', 'leads']);
  });
});

describe('viewActions.showOnlyEntityType', () => {
  it('shows one entity type alone', () => {
    const view = { ...getDefaultViewState(), hiddenEntityTypes: ['person'] };
    const next = viewActions.showOnlyEntityType(view, 'person', [
      'organization',
      'person',
      'place',
    ]);
    expect([...next.hiddenEntityTypes].sort()).toEqual(['organization', 'place']);
  });
});

const defaults = getDefaultViewState();

describe('viewActions.toggleRelation', () => {
  it('hides a shown relation type and shows it again, leaving the rest', () => {
    const hidden = viewActions.toggleRelation({ ...defaults, hiddenRelations: ['arms'] }, 'leads');
    expect(hidden.hiddenRelations).toEqual(['arms', 'leads']);
    expect(viewActions.toggleRelation(hidden, 'leads').hiddenRelations).toEqual(['arms']);
  });
});

describe('viewActions.toggleEntityType', () => {
  it('hides a shown entity type and shows it again', () => {
    const hidden = viewActions.toggleEntityType(defaults, 'person');
    expect(hidden.hiddenEntityTypes).toEqual(['person']);
    expect(viewActions.toggleEntityType(hidden, 'person').hiddenEntityTypes).toEqual([]);
  });
});

describe('viewActions.toggleConfidence', () => {
  it('hides a confidence level and shows it again', () => {
    const hidden = viewActions.toggleConfidence(defaults, 'claimed');
    expect(hidden.hiddenConfidences).toEqual(['claimed']);
    expect(viewActions.toggleConfidence(hidden, 'claimed').hiddenConfidences).toEqual([]);
  });
});

describe('viewActions.toggleSourcing', () => {
  it('hides unsourced items and shows them again, leaving the sourced alone', () => {
    const hidden = viewActions.toggleSourcing(defaults, 'unsourced');
    expect(hidden.hiddenSourcing).toEqual(['unsourced']);
    expect(viewActions.toggleSourcing(hidden, 'sourced').hiddenSourcing).toEqual([
      'unsourced',
      'sourced',
    ]);
    expect(viewActions.toggleSourcing(hidden, 'unsourced').hiddenSourcing).toEqual([]);
  });
});

describe('viewActions.toggleRelationLabels', () => {
  it('adds and removes a family, keeping the vocabulary order', () => {
    const one = viewActions.toggleRelationLabels(defaults, 'membership');
    const two = viewActions.toggleRelationLabels(one, 'command');
    expect(two.relationLabels).toEqual(['command', 'membership']);
    expect(viewActions.toggleRelationLabels(two, 'membership').relationLabels).toEqual(['command']);
  });
});

describe('viewActions.select', () => {
  it('selects an element, replaces the selection, and clears it', () => {
    const entity = viewActions.select(defaults, { kind: 'node', id: 'kh' });
    expect(entity.selection).toEqual({ kind: 'node', id: 'kh' });
    const event = viewActions.select(entity, { kind: 'event', id: 'strike' });
    expect(event.selection).toEqual({ kind: 'event', id: 'strike' });
    expect(viewActions.select(event, null).selection).toBeNull();
    // Nothing else changes.
    expect({ ...event, selection: null }).toEqual(defaults);
  });
});

describe('viewActions.setCommandView', () => {
  it('turns the command view on with the hierarchical layout', () => {
    expect(viewActions.setCommandView(defaults, true)).toMatchObject({
      mode: 'command',
      layout: 'hierarchical',
    });
  });

  it('turns it off back to the force layout, or to the layout chosen meanwhile', () => {
    const on = viewActions.setCommandView(defaults, true);
    expect(viewActions.setCommandView(on, false)).toMatchObject({
      mode: 'network',
      layout: 'force',
    });
    const concentric = { ...on, layout: 'concentric' as const };
    expect(viewActions.setCommandView(concentric, false)).toMatchObject({
      mode: 'network',
      layout: 'concentric',
    });
  });
});

describe('viewActions.resetFilters', () => {
  it('shows everything again and ends a focus, keeping selection, layout and mode', () => {
    const filtered = {
      ...defaults,
      hiddenRelations: ['arms'],
      hiddenEntityTypes: ['person'],
      hiddenConfidences: ['claimed' as const],
      hideIsolated: true,
      focus: { id: 'kh', hops: 2 as const },
      selection: { kind: 'node' as const, id: 'kh' },
      layout: 'concentric' as const,
      mode: 'command' as const,
    };
    expect(viewActions.resetFilters(filtered)).toEqual({
      ...defaults,
      selection: { kind: 'node', id: 'kh' },
      layout: 'concentric',
      mode: 'command',
    });
  });
});

describe('viewActions.setGroupBy', () => {
  it('changes the grouping and starts it with every group expanded, keeping hand-made groups', () => {
    const custom = [{ id: '~custom:1', name: 'Team', members: ['kh'] }];
    const before = {
      ...defaults,
      groupBy: 'parent' as const,
      collapsedGroups: 'all' as const,
      expandedGroups: ['kh'],
      customGroups: custom,
    };
    expect(viewActions.setGroupBy(before, 'type')).toEqual({
      ...defaults,
      groupBy: 'type',
      collapsedGroups: [],
      expandedGroups: [],
      customGroups: custom,
    });
  });
});

describe('viewActions.collapseGroups', () => {
  it('collapses listed groups and expands them again, leaving the others', () => {
    const collapsed = viewActions.collapseGroups(
      { ...defaults, collapsedGroups: ['pmf'] },
      ['kh'],
      true,
    );
    expect(collapsed.collapsedGroups).toEqual(['pmf', 'kh']);
    expect(viewActions.collapseGroups(collapsed, ['kh'], false).collapsedGroups).toEqual(['pmf']);
  });

  it('under "all collapsed", expanding one group lists it as the exception', () => {
    const all = { ...defaults, collapsedGroups: 'all' as const };
    const open = viewActions.collapseGroups(all, ['kh'], false);
    expect(open).toMatchObject({ collapsedGroups: 'all', expandedGroups: ['kh'] });
    expect(viewActions.collapseGroups(open, ['kh'], true).expandedGroups).toEqual([]);
  });
});

describe('viewActions.collapseAllGroups', () => {
  it('collapses every group, forgetting exceptions, and expands every group', () => {
    const some = { ...defaults, collapsedGroups: 'all' as const, expandedGroups: ['kh'] };
    expect(viewActions.collapseAllGroups(some, true)).toMatchObject({
      collapsedGroups: 'all',
      expandedGroups: [],
    });
    expect(viewActions.collapseAllGroups(some, false)).toMatchObject({
      collapsedGroups: [],
      expandedGroups: [],
    });
  });
});

describe('viewActions.makeGroup', () => {
  it('names a new expanded group, numbered after the last, taking members from other hand-made groups', () => {
    const first = viewActions.makeGroup(defaults, '  Strike   team ', ['us', 'kh', 'us']);
    expect(first.customGroups).toEqual([
      { id: '~custom:1', name: 'Strike team', members: ['us', 'kh'] },
    ]);
    const second = viewActions.makeGroup({ ...first, collapsedGroups: 'all' }, 'KH', ['kh']);
    expect(second.customGroups).toEqual([
      { id: '~custom:1', name: 'Strike team', members: ['us'] },
      { id: '~custom:2', name: 'KH', members: ['kh'] },
    ]);
    expect(second.expandedGroups).toEqual(['~custom:2']);
  });

  it('makes nothing without a name or members', () => {
    expect(viewActions.makeGroup(defaults, '   ', ['kh'])).toBe(defaults);
    expect(viewActions.makeGroup(defaults, 'Empty', [])).toBe(defaults);
  });
});

describe('viewActions.removeGroup', () => {
  it('removes one hand-made group and keeps the others', () => {
    const two = {
      ...defaults,
      customGroups: [
        { id: '~custom:1', name: 'A', members: ['a'] },
        { id: '~custom:2', name: 'B', members: ['b'] },
      ],
    };
    expect(viewActions.removeGroup(two, '~custom:1').customGroups.map((g) => g.name)).toEqual([
      'B',
    ]);
  });
});

describe('viewActions.revealEntity', () => {
  const index = buildGraphIndex(
    buildParsedDataset({
      nodes: [node('pmf'), node('kh'), node('media'), node('us')],
      edges: [edge('media', 'part_of', 'kh'), edge('kh', 'member_of', 'pmf')],
    }),
  );
  const grouping = buildGrouping(index, 'parent');

  it('expands every collapsed group around an entity, innermost to outermost', () => {
    const all = { ...defaults, groupBy: 'parent' as const, collapsedGroups: 'all' as const };
    expect([...viewActions.revealEntity(all, grouping, 'media').expandedGroups].sort()).toEqual([
      'kh',
      'pmf',
    ]);
  });

  it('changes nothing for an entity in no group', () => {
    expect(viewActions.revealEntity(defaults, grouping, 'us')).toBe(defaults);
  });
});

describe('viewActions', () => {
  it('are each tested above (a new action needs its own describe block here)', () => {
    expect(Object.keys(viewActions).sort()).toEqual([
      'addPicked',
      'collapseAllGroups',
      'collapseGroups',
      'makeGroup',
      'removeGroup',
      'resetFilters',
      'revealEntity',
      'select',
      'setCommandView',
      'setGroupBy',
      'setRelationsShown',
      'showOnlyEntityType',
      'showOnlyRelations',
      'toggleConfidence',
      'toggleEntityType',
      'togglePicked',
      'toggleRelation',
      'toggleRelationLabels',
      'toggleSourcing',
    ]);
  });
});

describe('picking several entities', () => {
  const base = getDefaultViewState();
  const selected = { ...base, selection: { kind: 'node' as const, id: 'a' } };

  it('shift-click picks the selected entity and the clicked one, and the selection gives way', () => {
    const next = viewActions.togglePicked(selected, 'b');
    expect(next.picked).toEqual(['a', 'b']);
    expect(next.selection).toBeNull();
    expect(viewActions.togglePicked(next, 'c').picked).toEqual(['a', 'b', 'c']);
  });

  it('takes a picked entity out again; the one left alone becomes the selection', () => {
    const two = viewActions.togglePicked(selected, 'b');
    const one = viewActions.togglePicked(two, 'a');
    expect(one.picked).toEqual([]);
    expect(one.selection).toEqual({ kind: 'node', id: 'b' });
  });

  it('starts from nothing without a selected entity: one shift-click selects it', () => {
    const next = viewActions.togglePicked(base, 'b');
    expect(next.picked).toEqual([]);
    expect(next.selection).toEqual({ kind: 'node', id: 'b' });
    const event = { ...base, selection: { kind: 'event' as const, id: 'strike' } };
    expect(viewActions.togglePicked(event, 'b').selection).toEqual({ kind: 'node', id: 'b' });
  });

  it('adds a box of entities once each, and a plain selection ends the picking', () => {
    const boxed = viewActions.addPicked(selected, ['b', 'a', 'c', 'b']);
    expect(boxed.picked).toEqual(['a', 'b', 'c']);
    const chosen = viewActions.select(boxed, { kind: 'node', id: 'c' });
    expect(chosen.picked).toEqual([]);
    expect(chosen.selection).toEqual({ kind: 'node', id: 'c' });
  });
});
