import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_COLOURS,
  CONTROL_ALL,
  annotationsSchema,
  annotationsWithKnownIds,
  decodeAnnotations,
  encodeAnnotations,
  MAX_ANNOTATIONS,
  MAX_ANNOTATION_TEXT,
  type Annotation,
} from '../../../src/domain/annotations';
import {
  cleanAnnotationText,
  withAnnotation,
  withAnnotationEdited,
  withoutAnnotation,
} from '../../../src/domain/annotationEdits';
import { withSavedView, writeSavedViews } from '../../../src/domain/savedViews';
import { readSavedViews, readStoryboard } from '../../../src/domain/storedDocuments';
import { withSlide, writeStoryboard } from '../../../src/domain/storyboard';
import { getDefaultViewState, viewStateFrom } from '../../../src/domain/viewState';
import { parseViewState, viewStatePatchSchema } from '../../../src/domain/viewStateSchema';

const note = (text: string, x = 0, y = 0) => ({ kind: 'note' as const, x, y, text });

describe('annotations: adding, editing, removing', () => {
  it('adds each kind with a fresh id, cleaning what it keeps', () => {
    let list: Annotation[] = [];
    list = withAnnotation(list, note('  Key figure  ', 10.4, -3.6));
    list = withAnnotation(list, {
      kind: 'callout',
      target: { kind: 'node', id: 'kh' },
      dx: 40,
      dy: -60,
      text: 'Founded\r\n2007',
    });
    list = withAnnotation(list, {
      kind: 'ring',
      label: '  Inner   circle ',
      colour: 'red',
      members: ['a', 'b', 'a'],
    });
    expect(list).toEqual([
      { kind: 'note', id: 1, x: 10, y: -4, text: 'Key figure' },
      {
        kind: 'callout',
        id: 2,
        target: { kind: 'node', id: 'kh' },
        dx: 40,
        dy: -60,
        text: 'Founded\n2007',
      },
      { kind: 'ring', id: 3, label: 'Inner circle', colour: 'red', members: ['a', 'b'] },
    ]);
    expect(annotationsSchema.safeParse(list).success).toBe(true);
  });

  it('refuses an empty note, an empty ring and a full list, returning the list as it was', () => {
    const one = withAnnotation([], note('a'));
    expect(withAnnotation(one, note('   \n  '))).toEqual(one);
    expect(withAnnotation(one, { kind: 'ring', label: 'x', colour: 'blue', members: [] })).toEqual(
      one,
    );
    let full: Annotation[] = [];
    for (let i = 0; i < MAX_ANNOTATIONS; i++) full = withAnnotation(full, note(`n${i}`));
    expect(full).toHaveLength(MAX_ANNOTATIONS);
    expect(withAnnotation(full, note('one more'))).toEqual(full);
  });

  it('gives ids above every id in use, even after a removal', () => {
    let list = withAnnotation(withAnnotation([], note('a')), note('b'));
    list = withoutAnnotation(list, 1);
    list = withAnnotation(list, note('c'));
    expect(list.map((a) => a.id)).toEqual([2, 3]);
  });

  it('caps text and drops control characters, keeping line breaks', () => {
    const long = cleanAnnotationText('x'.repeat(MAX_ANNOTATION_TEXT + 50));
    expect(long).toHaveLength(MAX_ANNOTATION_TEXT);
    expect(cleanAnnotationText('a\u0000b\u202Ec\n\n\n\nd')).toBe('a b\u202Ec\n\nd');
    expect(cleanAnnotationText('a\u2028b')).toBe('a b');
  });

  it('edits only the fields of its kind, and never empties an annotation', () => {
    const list = withAnnotation(withAnnotation([], note('a', 1, 2)), {
      kind: 'ring',
      label: 'r',
      colour: 'amber',
      members: ['x'],
    });
    const moved = withAnnotationEdited(list, 1, { x: 50, y: 60, colour: 'red', dx: 9 });
    expect(moved[0]).toEqual({ kind: 'note', id: 1, x: 50, y: 60, text: 'a' });
    expect(withAnnotationEdited(list, 1, { text: '  ' })[0]).toEqual(list[0]);
    expect(withAnnotationEdited(list, 2, { members: [] })[1]).toEqual(list[1]);
    expect(withAnnotationEdited(list, 2, { colour: 'purple', label: 'Cell' })[1]).toMatchObject({
      colour: 'purple',
      label: 'Cell',
    });
    expect(withAnnotationEdited(list, 99, { text: 'b' })).toEqual(list);
  });

  it('keeps what names known elements: a callout on a missing target goes, a ring keeps its known members', () => {
    const list: Annotation[] = [
      { kind: 'note', id: 1, x: 0, y: 0, text: 'free' },
      { kind: 'callout', id: 2, target: { kind: 'edge', id: 'gone' }, dx: 0, dy: 0, text: 't' },
      { kind: 'ring', id: 3, label: '', colour: 'green', members: ['a', 'ghost'] },
      { kind: 'ring', id: 4, label: '', colour: 'green', members: ['ghost'] },
    ];
    const known = { node: (id: string) => id === 'a', edge: () => false };
    expect(annotationsWithKnownIds(list, known)).toEqual({
      annotations: [list[0], { ...list[2], members: ['a'] }],
      missing: ['gone', 'ghost'],
    });
  });
});

describe('annotations in the view state', () => {
  it('are part of it, empty by default, and a bad list alone is ignored', () => {
    expect(getDefaultViewState().annotations).toEqual([]);
    const parsed = parseViewState({
      mode: 'command',
      annotations: [{ kind: 'note', id: 1, x: 0, y: 0, text: '' }],
    });
    expect(parsed?.view.mode).toBe('command');
    expect(parsed?.view.annotations).toEqual([]);
    expect(parsed?.ignored).toEqual(['annotations']);
  });

  it('refuses duplicate ids, unknown colours, long text and control characters', () => {
    const ok = { kind: 'note', id: 1, x: 0, y: 0, text: 'a' };
    for (const bad of [
      [ok, ok],
      [{ kind: 'ring', id: 2, label: '', colour: '#f00', members: ['a'] }],
      [{ ...ok, text: 'x'.repeat(MAX_ANNOTATION_TEXT + 1) }],
      [{ ...ok, text: 'a\u0007b' }],
      [{ ...ok, x: Number.POSITIVE_INFINITY }],
      [{ kind: 'callout', id: 1, target: { kind: 'event', id: 'e' }, dx: 0, dy: 0, text: 'a' }],
    ])
      expect(annotationsSchema.safeParse(bad).success).toBe(false);
  });
});

describe('annotations in the address', () => {
  const text = fc
    .string({ minLength: 1, maxLength: 60 })
    .map(cleanAnnotationText)
    .filter((t) => t.length > 0);
  const id = fc.constantFrom('kh', 'a:b', 'x,y;z', '100%', 'ns/é');
  const annotation = fc.oneof(
    fc.record({
      kind: fc.constant('note' as const),
      x: fc.integer({ min: -99999, max: 99999 }),
      y: fc.integer({ min: -99999, max: 99999 }),
      text,
    }),
    fc.record({
      kind: fc.constant('callout' as const),
      target: fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id }),
      dx: fc.integer({ min: -5000, max: 5000 }),
      dy: fc.integer({ min: -5000, max: 5000 }),
      text,
    }),
    fc.record({
      kind: fc.constant('ring' as const),
      label: fc.string({ maxLength: 20 }).map((s) => s.replace(CONTROL_ALL, '').trim()),
      colour: fc.constantFrom(...ANNOTATION_COLOURS),
      members: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    }),
  );

  it('round-trips any list of annotations', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 6 }), (made) => {
        const list = made.reduce<Annotation[]>((l, a) => withAnnotation(l, a), []);
        const encoded = encodeAnnotations(list);
        if (list.length === 0) {
          expect(encoded).toBeNull();
          return;
        }
        // As the address carries it: through URLSearchParams and back.
        const carried = new URLSearchParams(`notes=${encodeURIComponent(encoded!)}`).get('notes')!;
        const decoded = annotationsSchema.safeParse(decodeAnnotations(carried));
        expect(decoded.success && decoded.data).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the raw text for the schema to refuse when an item has no known form', () => {
    for (const raw of ['n1:2', 'q1:1:2:x', 'c1:x:kh:1:2:t', 'r1:red:label'])
      expect(decodeAnnotations(raw)).toBe(raw);
    expect(annotationsSchema.safeParse(decodeAnnotations('n1:a:b:text')).success).toBe(false);
    expect(annotationsSchema.safeParse(decodeAnnotations('nx:1:2:text')).success).toBe(false);
  });
});

describe('annotations kept with views', () => {
  const annotations: Annotation[] = [
    { kind: 'note', id: 1, x: 5, y: 6, text: 'Note' },
    { kind: 'ring', id: 2, label: 'Ring', colour: 'purple', members: ['kh'] },
  ];
  const view = { ...getDefaultViewState(), annotations };

  it('in saved views', () => {
    const text = writeSavedViews(withSavedView([], 'Briefing', view, '2026-12-04T00:00:00Z'));
    expect(readSavedViews(text).views[0]?.view.annotations).toEqual(annotations);
  });

  it('in storyboard slides', () => {
    const text = writeStoryboard(
      withSlide([], { title: 'Slide', notes: '', view, origin: 'Current view' }),
    );
    expect(readStoryboard(text).slides[0]?.view.annotations).toEqual(annotations);
  });

  it('in curated views, which a dataset states', () => {
    expect(viewStateFrom({ annotations }).annotations).toEqual(annotations);
    expect(viewStatePatchSchema.safeParse({ annotations }).success).toBe(true);
  });
});
