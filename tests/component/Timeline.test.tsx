import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetValue } from '../../src/app/loadDatasetValue';
import { createLinkboardStore, LinkboardStoreProvider } from '../../src/store/store';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { buildDataset, edge, event, node } from '../helpers/datasetBuilder';

function setup() {
  const store = createLinkboardStore();
  loadDatasetValue(
    store,
    buildDataset({
      nodes: [node('a', { label: 'Alpha' }), node('b', { label: 'Bravo' }), node('c')],
      edges: [
        edge('a', 'leads', 'b', { id: 'early', since: '2009-03', until: '2010-06' }),
        edge('b', 'arms', 'c', { id: 'late', since: '2011-02' }),
        edge('a', 'trains', 'c', { id: 'undated' }),
      ],
      events: [
        event('spring-2010', { date: '2010-05', title: 'Bravo attacked', participants: ['b'] }),
        event('day-2012', { date: '2012-03-14', title: 'Alpha named chief', participants: ['a'] }),
        event('undated', { date: undefined, title: 'Undated meeting' }),
        event('year-2009', { date: '2009', title: 'Alpha formed', participants: ['a'] }),
        event('year-2010', { date: '2010', title: 'The group splits', participants: ['b'] }),
      ],
    }),
    'test',
  );
  render(
    <LinkboardStoreProvider store={store}>
      <Timeline />
    </LinkboardStoreProvider>,
  );
  return { store, view: () => store.getState().view };
}

const slider = () => screen.getByRole('slider', { name: 'As of date' });
const eventList = () => screen.getByRole('list', { name: 'Events' });

describe('the as-of slider', () => {
  it('moves by a month with the arrow keys and by a year with Page Up and Page Down', () => {
    const { store, view } = setup();
    act(() => store.getState().setView({ asOf: '2010-05-14' }));
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(view().asOf).toBe('2010-06-14');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    fireEvent.keyDown(slider(), { key: 'ArrowDown' });
    expect(view().asOf).toBe('2010-04-14');
    fireEvent.keyDown(slider(), { key: 'ArrowUp' });
    expect(view().asOf).toBe('2010-05-14');
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    expect(view().asOf).toBe('2011-05-14');
    fireEvent.keyDown(slider(), { key: 'PageDown' });
    fireEvent.keyDown(slider(), { key: 'PageDown' });
    expect(view().asOf).toBe('2009-05-14');
    expect(slider()).toHaveAttribute('aria-valuetext', '14 May 2009');
  });

  it('goes to the first and last dated day with Home and End', () => {
    const { view } = setup();
    fireEvent.keyDown(slider(), { key: 'Home' });
    expect(view().asOf).toBe('2009-01-01');
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(view().asOf).toBe('2012-03-14');
  });

  it('reads "All dates" with no date set, and starts from the end of the axis', () => {
    const { view } = setup();
    expect(slider()).toHaveAttribute('aria-valuetext', 'All dates');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    expect(view().asOf).toBe('2012-11-30');
  });

  it('leaves a range for the as-of date when moved', () => {
    const { store, view } = setup();
    act(() => store.getState().setView({ range: { from: '2010-01-01', to: '2010-12-31' } }));
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(view().range).toBeNull();
  });
});

describe('the event list', () => {
  it('lists events in order, undated last, and says how precise each date is', () => {
    setup();
    const items = within(eventList()).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^2009 \(year\).*Alpha formed$/),
      expect.stringMatching(/^2010 \(year\).*The group splits$/),
      expect.stringMatching(/^May 2010 \(month\).*Bravo attacked$/),
      expect.stringMatching(/^14 March 2012.*Alpha named chief$/),
      expect.stringMatching(/^Undated.*Undated meeting$/),
    ]);
  });

  it('moves the as-of date to the last day of a partial date and selects the event', async () => {
    const { view } = setup();
    await userEvent.click(within(eventList()).getByRole('button', { name: /Bravo attacked/ }));
    expect(view().asOf).toBe('2010-05-31');
    expect(view().selection).toEqual({ kind: 'event', id: 'spring-2010' });
    expect(within(eventList()).getByRole('button', { name: /Bravo attacked/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('selects an undated event without moving the date', async () => {
    const { store, view } = setup();
    act(() => store.getState().setView({ asOf: '2011-01-01' }));
    await userEvent.click(within(eventList()).getByRole('button', { name: /Undated meeting/ }));
    expect(view().asOf).toBe('2011-01-01');
    expect(view().selection).toEqual({ kind: 'event', id: 'undated' });
  });

  it('filters by words of the title, the date or the participants', async () => {
    setup();
    const filter = screen.getByRole('searchbox', { name: 'Filter events' });
    await userEvent.type(filter, 'attacked bravo');
    expect(within(eventList()).getAllByRole('button')).toHaveLength(1);
    await userEvent.clear(filter);
    await userEvent.type(filter, 'bravo');
    expect(within(eventList()).getAllByRole('button')).toHaveLength(2);
    await userEvent.clear(filter);
    await userEvent.type(filter, 'alpha 2012');
    expect(within(eventList()).getByRole('button')).toHaveTextContent('Alpha named chief');
    await userEvent.type(filter, 'x');
    expect(eventList()).toHaveTextContent('No event matches.');
  });

  it('lists at most 300 events and says how many more the filter can reach', () => {
    const store = createLinkboardStore();
    const events = Array.from({ length: 305 }, (_, i) =>
      event(`e${i}`, { date: `${1800 + i}`, title: `Event number ${i}` }),
    );
    loadDatasetValue(store, buildDataset({ nodes: [node('a')], events }), 'test');
    render(
      <LinkboardStoreProvider store={store}>
        <Timeline />
      </LinkboardStoreProvider>,
    );
    expect(within(eventList()).getAllByRole('button')).toHaveLength(300);
    expect(eventList()).toHaveTextContent('5 more: type in the filter to narrow the list.');
  });
});

describe('the strip', () => {
  it('draws a mark per dated event, named by its date and title', () => {
    setup();
    const marks = within(screen.getByRole('group', { name: 'Events on the timeline' }));
    expect(marks.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      '2009: Alpha formed',
      '2010: The group splits',
      'May 2010: Bravo attacked',
      '14 March 2012: Alpha named chief',
    ]);
  });

  it('tells the precision of a partial date in the tooltip of its mark', () => {
    setup();
    fireEvent.focus(screen.getByRole('button', { name: 'May 2010: Bravo attacked' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('May 2010 (month)');
  });

  it('chooses an event from its mark, and moves between marks with the arrow keys', async () => {
    const { view } = setup();
    const first = screen.getByRole('button', { name: '2009: Alpha formed' });
    await userEvent.click(first);
    expect(view().asOf).toBe('2009-12-31');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('button', { name: '2010: The group splits' })).toHaveFocus();
  });
});

describe('the date controls', () => {
  it('goes to a typed date, partial dates at their last day, and refuses nonsense', async () => {
    const { view } = setup();
    const field = screen.getByRole('textbox', { name: 'Go to date' });
    await userEvent.type(field, '2011-02{Enter}');
    expect(view().asOf).toBe('2011-02-28');
    await userEvent.clear(field);
    await userEvent.type(field, '28/02/2011{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(view().asOf).toBe('2011-02-28');
  });

  it('clears the date and the range with All dates, and toggles undated relations', async () => {
    const { store, view } = setup();
    act(() =>
      store.getState().setView({ asOf: '2011-01-01', range: { from: '2010', to: '2011' } }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect([view().asOf, view().range]).toEqual([null, null]);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show undated relations' }));
    expect(view().includeUndated).toBe(false);
  });

  it('sets a range from two typed dates, a partial start at its first day', async () => {
    const { store, view } = setup();
    act(() => store.getState().select({ kind: 'event', id: 'spring-2010' }));
    await userEvent.click(screen.getByRole('button', { name: 'Range…' }));
    const dialog = screen.getByRole('dialog', { name: 'Range' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Range start' }), '2010{Tab}');
    expect(view().range).toBeNull();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Range end' }),
      '2011-02{Tab}',
    );
    expect(view().range).toEqual({ from: '2010-01-01', to: '2011-02-28' });
    expect(view().selection).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clear range' }));
    expect(view().range).toBeNull();
    // Escape closes the panel and is consumed, so the app's Escape (clear selection) stays out.
    expect(fireEvent.keyDown(dialog, { key: 'Escape' })).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Range…' })).toHaveFocus();
  });

  it('zooms the strip to the range and back to all years', async () => {
    const { store } = setup();
    act(() => store.getState().setView({ range: { from: '2010-01-01', to: '2010-12-31' } }));
    const markNames = () =>
      within(screen.getByRole('group', { name: 'Events on the timeline' }))
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
    expect(markNames()).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Range…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom the strip to the range' }));
    expect(markNames()).toEqual(['2010: The group splits', 'May 2010: Bravo attacked']);
    await userEvent.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(markNames()).toHaveLength(4);
  });

  it('lists what appeared and ended during the selected event, each selectable', async () => {
    const { store, view } = setup();
    act(() => store.getState().select({ kind: 'event', id: 'spring-2010' }));
    await userEvent.click(screen.getByRole('button', { name: 'What changed…' }));
    const dialog = screen.getByRole('dialog', { name: 'What changed' });
    expect(within(dialog).getByRole('textbox', { name: 'From' })).toHaveValue('2010-05');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('2010-05');
    expect(dialog).toHaveTextContent('Compares 30 April 2010 with 31 May 2010');
    expect(within(dialog).getByRole('region', { name: 'Ended' })).toHaveTextContent('None.');
    const to = within(dialog).getByRole('textbox', { name: 'To' });
    await userEvent.clear(to);
    await userEvent.type(to, '2011-03{Enter}');
    const ended = within(within(dialog).getByRole('region', { name: 'Ended' }));
    await userEvent.click(ended.getByRole('button', { name: /Alpha leads Bravo/ }));
    expect(view().selection).toEqual({ kind: 'edge', id: 'early' });
    const appeared = within(dialog).getByRole('region', { name: 'Appeared' });
    expect(appeared).toHaveTextContent('Bravo arms C');
    expect(appeared).toHaveTextContent('February 2011');
  });

  it('opens between the last two events, reading a partial start as its whole period', async () => {
    const { view } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'What changed…' }));
    const dialog = screen.getByRole('dialog', { name: 'What changed' });
    const from = within(dialog).getByRole('textbox', { name: 'From' });
    expect(from).toHaveValue('2010-05');
    expect(within(dialog).getByRole('textbox', { name: 'To' })).toHaveValue('2012-03-14');
    await userEvent.clear(from);
    await userEvent.type(from, '2011-02{Enter}');
    // A start of February 2011 includes all of February: the late relation began then.
    expect(dialog).toHaveTextContent(
      'A date without a day counts as its whole month. Compares 31 January 2011 with 14 March 2012',
    );
    expect(within(dialog).getByRole('region', { name: 'Appeared' })).toHaveTextContent(
      'Bravo arms C',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Show on the canvas' }));
    expect(view().compare).toEqual({ from: '2011-02', to: '2012-03-14' });
    expect(within(dialog).getByRole('button', { name: 'Show on the canvas' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(view().compare).toBeNull();
  });
});

describe('playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function record(store: ReturnType<typeof setup>['store']) {
    const dates: (string | null)[] = [];
    const selected: string[] = [];
    store.subscribe((state, previous) => {
      if (state.view.asOf !== previous.view.asOf) dates.push(state.view.asOf);
      const s = state.view.selection;
      if (s !== previous.view.selection && s?.kind === 'event') selected.push(s.id);
    });
    return { dates, selected };
  }

  it('moves month by month from the first change to the last event, pausing on each event at its as-of day', () => {
    const { store } = setup();
    const { dates, selected } = record(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => vi.runAllTimers());
    // A year-long date pauses at the end of its year: after May 2010, not before it.
    expect(selected).toEqual(['year-2009', 'spring-2010', 'year-2010', 'day-2012']);
    expect(dates).toEqual([...dates].sort());
    // It starts where the first relation begins (March 2009), and steps a month at a time.
    expect(dates.slice(0, 3)).toEqual(['2009-03-01', '2009-04-01', '2009-05-01']);
    expect(dates).toContain('2009-12-31');
    expect(dates).toContain('2010-05-31');
    // Each day the relations change is visited: the early relation ends, the late one begins.
    expect(dates).toContain('2010-07-01');
    expect(dates).toContain('2011-02-01');
    expect(dates.at(-1)).toBe('2012-03-14');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('jumps across stretches where nothing changes instead of stepping through them', () => {
    const { store } = setup();
    const { dates } = record(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.runAllTimers());
    // Nothing happens between February 2011 and March 2012 (13 months): one step, not thirteen.
    const at = dates.indexOf('2011-02-01');
    expect(dates[at + 1]).toBe('2012-03-14');
  });

  it('starts from the selected event, and says so', () => {
    const { store } = setup();
    act(() => store.getState().select({ kind: 'event', id: 'spring-2010' }));
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toHaveAttribute('title', 'Play from May 2010: Bravo attacked');
    const { dates, selected } = record(store);
    fireEvent.click(play);
    act(() => vi.runAllTimers());
    expect(dates[0]).toBe('2010-05-31');
    expect(selected).toEqual(['spring-2010', 'year-2010', 'day-2012']);
  });

  it('jumps from event to event when the user prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { store } = setup();
    const { dates } = record(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.runAllTimers());
    expect(dates).toEqual(['2009-12-31', '2010-05-31', '2010-12-31', '2012-03-14']);
  });

  it('stops when the user takes the slider', () => {
    const { store } = setup();
    const { dates } = record(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.keyDown(slider(), { key: 'Home' });
    act(() => vi.runAllTimers());
    expect(dates).toEqual(['2009-03-01', '2009-01-01']);
    expect(store.getState().view.asOf).toBe('2009-01-01');
  });
});

describe('folding the timeline', () => {
  const height = window.innerHeight;
  afterEach(() => {
    localStorage.removeItem('linkboard.timeline');
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
  });

  it('starts folded in a short window, says which time the canvas shows, and remembers the choice', async () => {
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 700 });
    const { store } = setup();
    expect(screen.queryByRole('slider', { name: 'As of date' })).toBeNull();
    expect(screen.getByText('All dates · 5 events')).toBeTruthy();
    act(() => store.getState().setView({ asOf: '2010-05-14' }));
    expect(screen.getByText(/^As of 14 May 2010/)).toBeTruthy();
    const show = screen.getByRole('button', { name: 'Show timeline' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(show);
    expect(slider()).toBeTruthy();
    expect(localStorage.getItem('linkboard.timeline')).toBe('open');
    await userEvent.click(screen.getByRole('button', { name: 'Hide timeline' }));
    expect(screen.queryByRole('slider', { name: 'As of date' })).toBeNull();
    expect(localStorage.getItem('linkboard.timeline')).toBe('folded');
  });

  it('starts open in a tall window, and open in a short one once the reader opened it', () => {
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 900 });
    setup();
    expect(slider()).toBeTruthy();
    localStorage.setItem('linkboard.timeline', 'open');
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 600 });
    setup();
    expect(screen.getAllByRole('slider', { name: 'As of date' })).toHaveLength(2);
  });
});
