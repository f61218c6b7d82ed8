import { describe, expect, it } from 'vitest';
import { readSavedViews } from '../../../src/domain/storedDocuments';
import {
  MAX_VIEW_NAME_LENGTH,
  SAVED_VIEWS_FORMAT,
  withoutSavedView,
  withSavedView,
  writeSavedViews,
} from '../../../src/domain/savedViews';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { parseViewState } from '../../../src/domain/viewStateSchema';

const view = { ...getDefaultViewState(), hiddenRelations: ['trains'], mode: 'command' as const };

describe('saved views', () => {
  it('saves under a trimmed name and replaces a view of the same name in place', () => {
    let views = withSavedView([], '  Command  chain ', view, 't1');
    views = withSavedView(views, 'Other', getDefaultViewState(), 't2');
    views = withSavedView(views, 'Command chain', getDefaultViewState(), 't3');
    expect(views.map((v) => [v.name, v.savedAt])).toEqual([
      ['Command chain', 't3'],
      ['Other', 't2'],
    ]);
    expect(withSavedView(views, '   ', view, 't4')).toEqual(views);
    expect(withSavedView([], 'x'.repeat(500), view, 't')[0]?.name).toHaveLength(
      MAX_VIEW_NAME_LENGTH,
    );
  });

  it('deletes by name', () => {
    const views = withSavedView(withSavedView([], 'a', view, ''), 'b', view, '');
    expect(withoutSavedView(views, 'a').map((v) => v.name)).toEqual(['b']);
  });

  it('reads back what it writes', () => {
    const views = withSavedView([], 'Command chain', view, '2026-01-01T00:00:00.000Z');
    expect(readSavedViews(writeSavedViews(views))).toEqual({ views });
  });

  it('reads nothing stored as no views and no problem', () => {
    expect(readSavedViews(null)).toEqual({ views: [] });
  });

  it('ignores corrupted, old and unknown documents with a reason', () => {
    expect(readSavedViews('{"format": 1, "views": [')).toEqual({
      views: [],
      problem: 'the stored data is not readable',
    });
    expect(readSavedViews(JSON.stringify({ format: 0, views: [] })).problem).toBe(
      'they were saved by an older Linkboard',
    );
    expect(
      readSavedViews(JSON.stringify({ format: SAVED_VIEWS_FORMAT + 1, views: [] })).problem,
    ).toMatch(/not in a format/);
    expect(readSavedViews('null').problem).toMatch(/not in a format/);
  });

  it('keeps the readable views of a partly damaged document', () => {
    const text = JSON.stringify({
      format: SAVED_VIEWS_FORMAT,
      views: [{ name: 'good', view, savedAt: 't' }, { name: 'bad', view: 'x' }, 42, { view }],
    });
    const read = readSavedViews(text);
    expect(read.views.map((v) => v.name)).toEqual(['good']);
    expect(read.problem).toBe('3 saved views were unreadable');
  });
});

describe('parseViewState', () => {
  it('reads a full view state back', () => {
    expect(parseViewState(JSON.parse(JSON.stringify(view)))).toEqual({ view, ignored: [] });
  });

  it('falls back to the default for each field that fails its check and drops unknown fields', () => {
    const result = parseViewState({
      ...view,
      layout: 'spiral',
      asOf: '2020-13',
      focus: { id: 'a', hops: 3 },
      futureField: true,
    });
    expect(result?.ignored).toEqual(['asOf', 'focus', 'layout']);
    expect(result?.view).toEqual({ ...view, layout: 'force', asOf: null, focus: null });
  });

  it('rejects what is not an object', () => {
    expect(parseViewState('view')).toBeNull();
    expect(parseViewState([])).toBeNull();
  });
});
