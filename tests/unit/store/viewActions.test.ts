import { describe, expect, it } from 'vitest';
import { getDefaultViewState } from '../../../src/domain/viewState';
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

describe('viewActions', () => {
  it('are each tested above (a new action needs its own describe block here)', () => {
    expect(Object.keys(viewActions).sort()).toEqual([
      'resetFilters',
      'select',
      'setCommandView',
      'setRelationsShown',
      'toggleConfidence',
      'toggleEntityType',
      'toggleRelation',
      'toggleSourcing',
    ]);
  });
});
