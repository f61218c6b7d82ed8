import { describe, expect, it } from 'vitest';
import { readStoryboard } from '../../../src/domain/storedDocuments';
import {
  MAX_SLIDES,
  MAX_SLIDE_TITLE,
  withSlide,
  withSlideEdited,
  withSlideMoved,
  withoutSlide,
  writeStoryboard,
  STORYBOARD_FORMAT,
  type StorySlide,
} from '../../../src/domain/storyboard';
import { curatedViews, slideForKey, suggestSlideTitle } from '../../../src/domain/storyboardViews';
import { getDefaultViewState, type ViewState } from '../../../src/domain/viewState';

const view = getDefaultViewState();
const command: ViewState = { ...view, mode: 'command', layout: 'hierarchical' };

function board(...titles: string[]): StorySlide[] {
  return titles.reduce<StorySlide[]>(
    (slides, title) => withSlide(slides, { title, notes: '', view, origin: 'Current view' }),
    [],
  );
}

const titles = (slides: readonly StorySlide[]) => slides.map((s) => s.title);

describe('editing a storyboard', () => {
  it('adds slides at the end with ids no other slide has, even after one is removed', () => {
    const slides = withoutSlide(board('a', 'b', 'c'), 'slide-2');
    const more = withSlide(slides, { title: 'd', notes: '', view, origin: '' });
    expect(titles(more)).toEqual(['a', 'c', 'd']);
    expect(new Set(more.map((s) => s.id)).size).toBe(3);
  });

  it('tidies titles (one line, trimmed, bounded) and keeps notes as written', () => {
    const [slide] = withSlide([], {
      title: '  Who\n founded   it  ' + 'x'.repeat(500),
      notes: 'Line one\r\nLine two',
      view,
      origin: 'Saved view',
    });
    expect(slide!.title.startsWith('Who founded it x')).toBe(true);
    expect(slide!.title.length).toBe(MAX_SLIDE_TITLE);
    expect(slide!.notes).toBe('Line one\nLine two');
  });

  it('stops adding at the limit', () => {
    const full = board(...Array.from({ length: MAX_SLIDES }, (_, i) => `s${i}`));
    expect(withSlide(full, { title: 'one more', notes: '', view, origin: '' })).toHaveLength(
      MAX_SLIDES,
    );
  });

  it('moves a slide to any position, clamped, the others keeping their order', () => {
    const slides = board('a', 'b', 'c', 'd');
    expect(titles(withSlideMoved(slides, 'slide-4', 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(titles(withSlideMoved(slides, 'slide-1', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(titles(withSlideMoved(slides, 'slide-2', 99))).toEqual(['a', 'c', 'd', 'b']);
    expect(titles(withSlideMoved(slides, 'slide-3', -5))).toEqual(['c', 'a', 'b', 'd']);
    expect(titles(withSlideMoved(slides, 'nope', 0))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('edits the title, the notes or the view of one slide only', () => {
    const slides = withSlideEdited(board('a', 'b'), 'slide-2', {
      title: ' New ',
      notes: 'Say this',
      view: command,
    });
    expect(slides[0]).toMatchObject({ title: 'a', notes: '', view });
    expect(slides[1]).toMatchObject({ title: 'New', notes: 'Say this', view: command });
  });
});

describe('storing a storyboard', () => {
  it('reads back what it wrote', () => {
    const slides = withSlideEdited(board('a', 'b'), 'slide-1', { notes: 'n', view: command });
    expect(readStoryboard(writeStoryboard(slides))).toEqual({ slides });
  });

  it('reads nothing from nothing, without a problem', () => {
    expect(readStoryboard(null)).toEqual({ slides: [] });
  });

  it('ignores an unreadable or unknown document with a reason', () => {
    expect(readStoryboard('{oops')).toMatchObject({ slides: [], problem: expect.any(String) });
    expect(readStoryboard(JSON.stringify({ format: 99, slides: [] }))).toMatchObject({
      slides: [],
      problem: expect.stringContaining('format'),
    });
  });

  it('keeps the readable slides and counts the others', () => {
    const text = JSON.stringify({
      format: STORYBOARD_FORMAT,
      slides: [
        { title: 'good', notes: 'n', view: command, origin: 'Saved view' },
        { title: 'no view' },
        { title: 42, view },
        // A field that fails its check falls back to its default, as for saved views.
        { title: 'bad mode', view: { ...view, mode: 'sideways' } },
      ],
    });
    const read = readStoryboard(text);
    expect(titles(read.slides)).toEqual(['good', 'bad mode']);
    expect(read.slides[0]!.view).toEqual(command);
    expect(read.slides[1]!.view.mode).toBe('network');
    expect(read.problem).toBe('2 slides were unreadable');
  });
});

describe('views to start from', () => {
  it('offers the whole network and both chains of command', () => {
    const views = curatedViews();
    expect(views.map((v) => v.name)).toEqual([
      'The whole network',
      'Chain of command (de facto)',
      'Chain of command (formal)',
    ]);
    expect(views[0]!.view).toEqual(view);
    expect(views[1]!.view).toMatchObject({ mode: 'command', commandChain: 'de-facto' });
    expect(views[2]!.view).toMatchObject({ mode: 'command', commandChain: 'formal' });
  });

  it('suggests a title saying what the view shows and when', () => {
    const dataset = {
      nodes: [
        { id: 'kh', label: "Kata'ib Hizballah" },
        { id: 'pmf', label: 'PMF' },
      ],
    };
    expect(suggestSlideTitle(dataset, view)).toBe('The whole network');
    expect(suggestSlideTitle(dataset, { ...command, commandChain: 'formal' })).toBe(
      'Chain of command (formal)',
    );
    expect(suggestSlideTitle(dataset, { ...view, focus: { id: 'kh', hops: 1 } })).toBe(
      "Around Kata'ib Hizballah",
    );
    expect(suggestSlideTitle(dataset, { ...view, path: { from: 'kh', to: 'pmf' } })).toBe(
      "From Kata'ib Hizballah to PMF",
    );
    expect(
      suggestSlideTitle(dataset, {
        ...command,
        selection: { kind: 'node', id: 'pmf' },
        highlightChain: true,
        asOf: '2020-01-31',
      }),
    ).toBe('Chain of command (de facto): PMF and its chain, as of 31 January 2020');
  });
});

describe('keys in a presentation', () => {
  it('steps forward and back within the slides, jumps to the ends, and ends on Escape', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(slideForKey(key, 1, 3)).toBe(2);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideForKey(key, 1, 3)).toBe(0);
    expect(slideForKey('ArrowRight', 2, 3)).toBe(2);
    expect(slideForKey('ArrowLeft', 0, 3)).toBe(0);
    expect(slideForKey('Home', 2, 3)).toBe(0);
    expect(slideForKey('End', 0, 3)).toBe(2);
    expect(slideForKey('Escape', 1, 3)).toBeNull();
    expect(slideForKey('x', 1, 3)).toBeUndefined();
  });
});
