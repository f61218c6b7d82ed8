import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/domain/schema';
import { Details } from '../../src/ui/details/Details';
import { NewEntityDialog, NewRelationDialog } from '../../src/ui/sources/CaptureDialogs';
import { SourcesPanel } from '../../src/ui/sources/SourcesPanel';
import { buildDataset, edge, node } from '../helpers/datasetBuilder';
import { renderApp, renderPanel } from './renderWithStore';

const TEXT = [
  'Field notes',
  'The militia reportedly answers to Quds Force officers in Baghdad.',
  'Nobody has charted this paragraph yet. Its second sentence, <img src=x onerror="alert(1)"> stays text.',
  'The group marched on the residence of the prime minister in the international zone.',
].join('\n\n');

const art = (quote: string) => ({ source: 'art', quote });

const dataset: DatasetInput = buildDataset({
  sources: [{ id: 'art', title: 'The article', publisher: 'Test Review', text: TEXT }],
  nodes: [
    node('militia', { label: 'The militia', evidence: [art('The militia reportedly answers')] }),
    node('quds', { label: 'Quds Force', evidence: [art('Quds Force officers')] }),
    node('pm', { type: 'person', label: 'Prime minister', evidence: [art('the prime minister')] }),
  ],
  edges: [
    edge('quds', 'commands', 'militia', {
      id: 'quds-commands-militia',
      evidence: [art('The militia reportedly answers to Quds Force officers')],
    }),
  ],
});

const panel = () => screen.getByRole('region', { name: 'Sources' });
const noop = () => {};

/** Selects text of a paragraph as a reader would, and tells the page the selection changed. */
function selectText(text: string) {
  const paragraph = [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].find((p) =>
    p.textContent!.includes(text),
  )!;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    act(() => {
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`"${text}" is not one text node of a paragraph`);
}

describe('the Sources panel', () => {
  it('shows the text in paragraphs, its quotes highlighted, and how much is charted', () => {
    renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    expect(within(panel()).getByRole('heading', { name: 'The article' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('2 of 3 paragraphs charted · 2 of 4 sentences uncharted');
    expect(panel()).toHaveTextContent('1 heading or byline not counted');
    const bar = within(panel()).getByRole('progressbar', { name: 'Sentences charted' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual([
      '2',
      '4',
    ]);
    expect(within(panel()).getAllByRole('img', { name: 'Charted' })).toHaveLength(2);
    expect(within(panel()).getAllByRole('img', { name: 'Not charted' })).toHaveLength(1);
    expect(within(panel()).getAllByRole('img', { name: 'Heading, not counted' })).toHaveLength(1);
    // Markup in a source is text, never markup.
    expect(panel()).toHaveTextContent('<img src=x onerror="alert(1)"> stays text.');
    expect(panel().querySelector('img')).toBeNull();
    const marks = within(panel()).getAllByRole('button', { name: /Quds Force officers/ });
    expect(marks.length).toBeGreaterThan(0);
  });

  it('selects what a highlight backs and lists every item it backs', async () => {
    const selected: unknown[] = [];
    const { user } = renderPanel(<SourcesPanel reveal={(s) => selected.push(s)} />, { dataset });
    // "Quds Force officers" is quoted by the entity and by the relation.
    await user.click(within(panel()).getByRole('button', { name: 'Quds Force officers' }));
    expect(selected).toEqual([{ kind: 'node', id: 'quds' }]);
    const backs = within(panel()).getByRole('group', { name: 'What this passage backs' });
    expect(backs).toHaveTextContent('This passage backs 2 items');
    await user.click(within(backs).getByRole('button', { name: /Quds Force commands/ }));
    expect(selected.at(-1)).toEqual({ kind: 'edge', id: 'quds-commands-militia' });
  });

  it('moves to the next sentence no quote touches, marked and focused, wrapping round', async () => {
    const { user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const next = within(panel()).getByRole('button', { name: 'Next uncharted' });
    const marked = () => panel().querySelectorAll('.source-uncharted');
    await user.click(next);
    expect(marked()).toHaveLength(1);
    expect(marked()[0]).toHaveTextContent(/^Nobody has charted this paragraph yet\.$/);
    expect(marked()[0]).toHaveFocus();
    expect(panel().querySelector('.source-paragraph.is-current')).toHaveTextContent(
      'Nobody has charted this paragraph yet.',
    );
    await user.click(next);
    expect(marked()[0]).toHaveTextContent(
      /^Its second sentence, <img src=x onerror="alert\(1\)"> stays text\.$/,
    );
    expect(marked()[0]).toHaveFocus();
    await user.click(next);
    expect(marked()[0]).toHaveTextContent(/^Nobody has charted/);
  });

  it('makes the highlights one tab stop, moved between with the arrow keys', async () => {
    const revealed: unknown[] = [];
    const { user } = renderPanel(<SourcesPanel reveal={(s) => revealed.push(s)} />, { dataset });
    const quotes = [...panel().querySelectorAll<HTMLElement>('mark.source-quote')];
    expect(quotes.length).toBeGreaterThan(3);
    const stops = () =>
      [...panel().querySelectorAll<HTMLElement>('*')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled,
      );
    expect(stops().filter((e) => e.matches('mark'))).toEqual([quotes[0]]);

    // From the panel's last control, Tab enters the text at the first highlight.
    within(panel()).getByRole('button', { name: 'Next uncharted' }).focus();
    await user.tab();
    expect(quotes[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(quotes[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(quotes[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}{ArrowLeft}');
    expect(quotes[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(quotes.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(quotes[1]).toHaveFocus();
    // The one stop is where the reader left it: Tab out and Shift+Tab back come back to it.
    expect(stops().filter((e) => e.matches('mark'))).toEqual([quotes[1]]);
    await user.tab();
    expect(document.activeElement?.matches('mark')).toBe(false);
    await user.tab({ shift: true });
    expect(quotes[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(revealed).toHaveLength(1);
    expect(within(panel()).getByRole('group', { name: 'What this passage backs' })).toBeVisible();
  });

  it('shows a quote asked for from Details, marked, or says it is not in the text', () => {
    const { store } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    act(() => store.getState().showInSource('art', 'the residence of the prime minister'));
    const passage = panel().querySelectorAll('.source-passage');
    expect([...passage].map((p) => p.textContent).join('')).toBe(
      'the residence of the prime minister',
    );
    expect(panel().querySelector('.is-current')).toHaveTextContent('The group marched');
    act(() => store.getState().showInSource('art', 'words the article never wrote'));
    expect(within(panel()).getByRole('alert')).toHaveTextContent('not found');
  });

  it('takes a selection, joins a second fragment with “…” and adds it as evidence', async () => {
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const capture = () => within(panel()).getByRole('group', { name: 'Capture' });
    expect(
      within(capture()).getByRole('button', { name: 'New relation from selection' }),
    ).toBeDisabled();
    act(() => store.getState().select({ kind: 'node', id: 'pm' }));
    selectText('The group marched on');
    expect(
      within(capture()).getByRole('button', { name: 'New relation from selection' }),
    ).toBeEnabled();
    await user.click(within(capture()).getByRole('button', { name: 'Add to quote' }));
    selectText('in the international zone');
    expect(within(capture()).getByLabelText('Quote to capture')).toHaveTextContent(
      'The group marched on … in the international zone',
    );
    await user.click(within(capture()).getByRole('button', { name: 'Add as evidence' }));
    const pm = store.getState().dataset!.nodes.find((n) => n.id === 'pm')!;
    expect(pm.evidence.at(-1)).toEqual(art('The group marched on … in the international zone'));
    expect(within(capture()).getByRole('status')).toHaveTextContent(
      'Quote added to Prime minister',
    );
    act(() => store.temporal.getState().undo());
    expect(store.getState().dataset).toBe(store.getState().originalDataset);
  });

  it('refuses fragments the validator would not find', async () => {
    const { user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const capture = () => within(panel()).getByRole('group', { name: 'Capture' });
    selectText('The group marched on');
    await user.click(within(capture()).getByRole('button', { name: 'Add to quote' }));
    selectText('zone');
    expect(within(capture()).getByRole('alert')).toHaveTextContent('at least four words');
    expect(
      within(capture()).getByRole('button', { name: 'New entity from selection' }),
    ).toBeDisabled();
  });
});

describe('the left column', () => {
  it('keeps search, filters and legend under Explore and loads Sources on demand', async () => {
    const { user } = renderApp(dataset);
    expect(screen.getByRole('tab', { name: 'Explore' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Sources' }));
    expect(await screen.findByRole('region', { name: 'Sources' })).toHaveTextContent(
      '2 of 3 paragraphs charted',
    );
    expect(screen.queryByRole('combobox', { name: 'Search' })).toBeNull();
    // The search shortcut brings Explore back.
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveFocus();
  });
});

describe('Show in source, in Details', () => {
  it('opens the Sources tab on the quote, for sources whose text is at hand', async () => {
    const withoutText = {
      ...dataset,
      sources: [...dataset.sources!, { id: 'other', title: 'O', publisher: 'P' }],
    };
    withoutText.nodes = [
      ...dataset.nodes,
      node('elsewhere', { evidence: [{ source: 'other', quote: 'unseen' }] }),
    ];
    const { store, user } = renderPanel(<Details />, { dataset: withoutText });
    act(() => store.getState().select({ kind: 'node', id: 'elsewhere' }));
    expect(screen.queryByRole('button', { name: 'Show in source' })).toBeNull();
    act(() => store.getState().select({ kind: 'node', id: 'quds' }));
    await user.click(screen.getByRole('button', { name: 'Show in source' }));
    expect(store.getState().leftTab).toBe('sources');
    expect(store.getState().passageRequest).toMatchObject({
      sourceId: 'art',
      quote: 'Quds Force officers',
    });
  });
});

describe('the capture dialogs', () => {
  const quote = 'The militia reportedly answers to Quds Force officers in Baghdad.';

  it('makes a relation from the quote, its confidence suggested by the hedge, undoably', async () => {
    const saved: string[] = [];
    const { store, user } = renderPanel(
      <NewRelationDialog
        sourceId="art"
        quote={quote}
        onSaved={(m) => saved.push(m)}
        onCancel={noop}
      />,
      { dataset },
    );
    const dialog = screen.getByRole('dialog', { name: 'New relation' });
    expect(within(dialog).getByLabelText('Quote')).toHaveTextContent(quote);
    expect(dialog).toHaveTextContent('(source art)');
    expect(within(dialog).getByLabelText('Confidence')).toHaveValue('reported');
    expect(dialog).toHaveTextContent('Suggested by “reportedly” in the quote.');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the entity');

    const from = within(dialog).getByRole('combobox', { name: 'From' });
    await user.type(from, 'mili');
    await user.click(within(dialog).getByRole('option', { name: 'The militia' }));
    expect(from).toHaveValue('The militia');
    const to = within(dialog).getByRole('combobox', { name: 'To' });
    await user.type(to, 'quds');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(to).toHaveValue('Quds Force');
    await user.selectOptions(within(dialog).getByLabelText('Relation'), 'proxy_of');
    await user.type(within(dialog).getByLabelText('Since'), '2019');
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Hedged by the author.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const made = store.getState().dataset!.edges.at(-1)!;
    expect(made).toMatchObject({
      source: 'militia',
      target: 'quds',
      relation: 'proxy_of',
      confidence: 'reported',
      since: '2019',
      evidence: [{ source: 'art', quote, note: 'Hedged by the author.' }],
    });
    expect(store.getState().view.selection).toEqual({ kind: 'edge', id: made.id });
    expect(saved).toHaveLength(1);
    act(() => store.temporal.getState().undo());
    expect(store.getState().dataset!.edges.some((e) => e.id === made.id)).toBe(false);
  });

  it('makes an entity named after a short quote', async () => {
    const { store, user } = renderPanel(
      <NewEntityDialog sourceId="art" quote="Quds Force officers" onSaved={noop} onCancel={noop} />,
      { dataset },
    );
    const dialog = screen.getByRole('dialog', { name: 'New entity' });
    const name = within(dialog).getByLabelText('Name');
    expect(name).toHaveValue('Quds Force officers');
    await user.selectOptions(within(dialog).getByLabelText('Type'), 'person');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const made = store.getState().dataset!.nodes.at(-1)!;
    expect(made).toMatchObject({
      id: 'quds-force-officers',
      label: 'Quds Force officers',
      type: 'person',
      evidence: [art('Quds Force officers')],
    });
  });

  it('cancels with Escape, changing nothing', () => {
    let cancelled = 0;
    const { store } = renderPanel(
      <NewEntityDialog
        sourceId="art"
        quote="Quds Force"
        onSaved={noop}
        onCancel={() => cancelled++}
      />,
      { dataset },
    );
    fireEvent(screen.getByRole('dialog', { name: 'New entity' }), new Event('cancel'));
    expect(cancelled).toBe(1);
    expect(store.getState().edits).toEqual([]);
  });
});
