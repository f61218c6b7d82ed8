import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { PDFDocument } from 'pdf-lib';
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

describe('a PDF added as a source', () => {
  const pdf = (name: string, bytes: BlobPart) =>
    new File([bytes], name, { type: 'application/pdf' });
  const fixture = (name: string) =>
    readFileSync(resolve(process.cwd(), 'tests/fixtures/sources', name));

  it('is read by pdf.js, its metadata title and paragraphs shown in the panel', async () => {
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    await user.upload(
      screen.getByLabelText('Add source…'),
      pdf('field-report.pdf', fixture('field-report.pdf')),
    );
    const panel = screen.getByRole('region', { name: 'Sources' });
    expect(
      await within(panel).findByText(
        'Supplies were reportedly moved by night along a well-known route by the river.',
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('combobox')).toHaveDisplayValue('Northern depot: field report');
    const added = store.getState().dataset!.sources.at(-1)!;
    expect(added).toMatchObject({
      id: 'northern-depot-field-report',
      title: 'Northern depot: field report',
      publisher: 'field-report.pdf',
    });
    expect(panel.querySelectorAll('[data-paragraph]')).toHaveLength(5);
  });

  it('refuses a file named .pdf that is not one, with a notice, the dataset kept', async () => {
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    const before = store.getState().dataset;
    await user.upload(screen.getByLabelText('Add source…'), pdf('broken.pdf', 'Not a PDF at all.'));
    await waitFor(() => expect(store.getState().notices).not.toHaveLength(0));
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'error',
      title: 'Could not add broken.pdf as a source',
      details: ['It is not a PDF, or it is damaged: its text could not be read.'],
    });
    expect(store.getState().dataset).toBe(before);
    expect(screen.getByLabelText('Add source…')).toBeEnabled();
  });

  it('refuses a PDF with no text in it (a scan), saying so', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([200, 200]);
    const { store, user } = renderPanel(<SourcesPanel reveal={noop} />, { dataset });
    await user.upload(
      screen.getByLabelText('Add source…'),
      pdf('scan.pdf', new Uint8Array(await blank.save())),
    );
    await waitFor(() => expect(store.getState().notices).not.toHaveLength(0));
    expect(store.getState().notices.at(-1)).toMatchObject({
      title: 'Could not add scan.pdf as a source',
      details: [
        'It holds no text that can be read: a scanned PDF holds only pictures of its pages.',
      ],
    });
    expect(store.getState().dataset!.sources).toHaveLength(1);
  });
});
