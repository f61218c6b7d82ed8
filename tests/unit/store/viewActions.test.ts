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

describe('viewActions.showOnlyRelations and showOnlyEntityType', () => {
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
