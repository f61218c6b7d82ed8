import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/domain/schema';
import { sourceDocument } from '../../src/ui/sources/sourceDocument';
import { SourcesPanel } from '../../src/ui/sources/SourcesPanel';
import { buildDataset, node } from '../helpers/datasetBuilder';
import { renderPanel } from './renderWithStore';

const noop = () => {};

const dataset: DatasetInput = buildDataset({
  sources: [{ id: 'art', title: 'The article', publisher: 'Test Review', text: 'One line.' }],
  nodes: [node('kh', { evidence: [{ source: 'art', quote: 'One line.' }] })],
});

const HOSTILE_HTML = `<!doctype html><html><head><title>Field report</title>
<style>p { color: red }</style><script>window.hostileRan = true</script></head>
<body><h1>Field   report</h1>
<p>The unit moved
 north at dawn.</p><p>It met <b>no</b> resistance.<br>None at all.</p>
<img src="x" onerror="window.hostileRan = true"><noscript>turn scripts on</noscript></body></html>`;

describe('a document added as a source', () => {
  it('keeps only the text of HTML, a paragraph per block, and runs nothing', () => {
    const document = sourceDocument('report.html', HOSTILE_HTML);
    expect(document).toEqual({
      title: 'Field report',
      text: 'Field report\n\nThe unit moved north at dawn.\n\nIt met no resistance. None at all.',
    });
    expect((window as { hostileRan?: boolean }).hostileRan).toBeUndefined();
  });

  it('takes a Markdown heading or a first line as the title, else the file name', () => {
    expect(
      sourceDocument('notes.md', '# Interview notes\r\n\r\nFirst  answer.\n\n\n\nSecond.'),
    ).toEqual({ title: 'Interview notes', text: '# Interview notes\n\nFirst answer.\n\nSecond.' });
    expect(sourceDocument('memo.txt', '\uFEFFA memo\n\nBody.').title).toBe('A memo');
    expect(sourceDocument('long.txt', `${'word '.repeat(40)}\n\nBody.`).title).toBe('long');
    expect(sourceDocument('empty.html', '<html><body><script>x</script></body></html>').text).toBe(
      '',
    );
  });

  it('is added from the panel as an undoable edit, shown, and its markup never rendered', async () => {
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const file = new File([HOSTILE_HTML], 'report.html', { type: 'text/html' });
    await user.upload(screen.getByLabelText('Add source…'), file);

    const panel = screen.getByRole('region', { name: 'Sources' });
    expect(await within(panel).findByText('The unit moved north at dawn.')).toBeInTheDocument();
    expect(within(panel).getByRole('combobox')).toHaveDisplayValue('Field report');
    expect(panel.querySelector('script, img, style')).toBeNull();
    expect((window as { hostileRan?: boolean }).hostileRan).toBeUndefined();

    const added = store.getState().dataset!.sources.find((s) => s.id === 'field-report');
    expect(added).toMatchObject({ title: 'Field report', publisher: 'report.html' });
    expect(store.getState().edits).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().dataset!.sources.map((s) => s.id)).toEqual(['art']);
  });

  it('refuses a file with no text, saying so, and changes nothing', async () => {
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const file = new File(['<html><body><script>1</script></body></html>'], 'blank.html', {
      type: 'text/html',
    });
    await user.upload(screen.getByLabelText('Add source…'), file);
    const notice = store.getState().notices.at(-1);
    expect(notice).toMatchObject({ level: 'error', title: 'Could not add blank.html as a source' });
    expect(store.getState().dataset!.sources).toHaveLength(1);
  });
});
