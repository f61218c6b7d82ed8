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
