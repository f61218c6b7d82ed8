/**
 * "Add source…": a text, Markdown, HTML or PDF file becomes a source of the dataset, its text
 * kept in the dataset (an undoable edit, saved with the others), ready to be read and quoted in
 * the panel. A PDF is read by pdf.js, fetched only then (pdfSource.ts).
 */
import { useState } from 'react';
import { newId } from '../../domain/edits';
import { useLinkboard } from '../../store/store';
import { isPdf, SOURCE_FILE_TYPES, sourceDocument, type SourceDocument } from './sourceDocument';

/** Larger files are refused before they are read (the schema keeps a source's text to 2 M). */
const MAX_SOURCE_FILE_BYTES = 10_000_000;

export function AddSourceButton({ onAdded }: { onAdded: (sourceId: string) => void }) {
  const applyEdit = useLinkboard((s) => s.applyEdit);
  const pushNotice = useLinkboard((s) => s.pushNotice);
  const sources = useLinkboard((s) => s.dataset?.sources);
  const [reading, setReading] = useState(false);

  const add = async (file: File) => {
    const refused = (reason: string) =>
      pushNotice({
        level: 'error',
        title: `Could not add ${file.name} as a source`,
        details: [reason],
      });
    if (file.size > MAX_SOURCE_FILE_BYTES)
      return refused(`It is ${(file.size / 1e6).toFixed(1)} MB; a source can be at most 10 MB.`);
    let document: SourceDocument;
    let pdf: boolean;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      pdf = isPdf(file.name, file.type, bytes);
      if (pdf) {
        setReading(true);
        const { pdfSourceDocument } = await import('./pdfSource');
        document = await pdfSourceDocument(file.name, bytes);
      } else document = sourceDocument(file.name, new TextDecoder().decode(bytes));
    } catch (error) {
      return refused(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
    const { title, text } = document;
    if (text === '')
      return refused(
        pdf
          ? 'It holds no text that can be read: a scanned PDF holds only pictures of its pages.'
          : 'It holds no text.',
      );
    const taken = new Set((sources ?? []).map((source) => source.id));
    const id = newId(title, (candidate) => taken.has(candidate));
    const result = applyEdit({
      kind: 'addSource',
      source: { id, title, publisher: file.name.slice(0, 200) },
      text,
    });
    if (!result.ok) return refused(result.message);
    pushNotice({
      level: 'info',
      title: `Added “${title}” as a source`,
      details: [`Its id is "${id}". Select text in it to quote it in a new relation or entity.`],
    });
    onAdded(id);
  };

  return (
    <label
      className="button sources-add"
      title="Add a text, Markdown, HTML or PDF document as a source"
      aria-busy={reading}
    >
      <input
        type="file"
        className="visually-hidden"
        accept={SOURCE_FILE_TYPES}
        disabled={reading}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again fires again.
          event.currentTarget.value = '';
          if (file) void add(file);
        }}
      />
      {reading ? 'Reading the PDF…' : 'Add source…'}
    </label>
  );
}
