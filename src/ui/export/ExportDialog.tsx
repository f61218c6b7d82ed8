import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { GraphHandle } from '../../graph/adapter';
import { EXPORT_FORMATS } from '../../domain/formats/registry';
import { FIGURE_SCALES, type FigureFormat } from '../../graph/export/types';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import {
  copyViewLink,
  defaultFigureOptions,
  exportDataFile,
  exportFigureFile,
  type FigureOptions,
} from './exportActions';
import { FigureControls } from './FigureControls';
import { FigurePreview } from './FigurePreview';
import { RadioGroup } from './RadioGroup';
import './export.css';

export interface ExportDialogProps {
  /** The choices made at an earlier opening; null the first time (the defaults). */
  options: FigureOptions | null;
  onOptionsChange: (options: FigureOptions) => void;
  /** Read when a button is pressed, so the dialog always reaches the live graph. */
  graphHandle: () => GraphHandle | null;
  onClose: () => void;
}

const INCLUDED_PARTS = [
  { part: 'subtitle', label: 'Subtitle (date and filters)' },
  { part: 'legend', label: 'Legend' },
  { part: 'footer', label: 'Footer (sources)' },
] as const;

/**
 * Marked aria-disabled while an action runs (run() ignores clicks meanwhile), not disabled: a
 * focused button that becomes disabled drops the focus to <body>, out of the modal dialog.
 */
function ActionButton(props: {
  primary?: boolean;
  busy: boolean;
  onClick: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.primary ? 'button button-primary' : 'button'}
      aria-disabled={props.busy || undefined}
      onClick={() => void props.onClick()}
    >
      {props.children}
    </button>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="export-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Export as a modal <dialog>: the browser keeps focus inside it and closes it on Escape. */
export default function ExportDialog({
  options: kept,
  onOptionsChange,
  graphHandle,
  onClose,
}: ExportDialogProps) {
  const store = useLinkboardStore();
  const datasetTitle = useLinkboard((s) => s.dataset?.title ?? '');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const ids = useId();
  const [defaults] = useState(defaultFigureOptions);
  const options = kept ?? defaults;
  const set = (patch: Partial<FigureOptions>) => onOptionsChange({ ...options, ...patch });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Browsers without modal dialogs (and jsdom) still get an open, labelled dialog.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.open = true;
    // showModal moves focus into the dialog; without it, do the same by hand.
    if (!dialog.contains(document.activeElement))
      dialog.querySelector<HTMLElement>('button, input')?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const run = async (
    label: string,
    action: (container: HTMLElement) => Promise<string> | string,
  ) => {
    const container = dialogRef.current;
    if (!container || busy) return;
    setBusy(true);
    setStatus(`${label}…`);
    try {
      setStatus(await action(container));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus(`${label} failed: ${message}`);
      store.getState().pushNotice({ level: 'error', title: `${label} failed`, details: [message] });
    } finally {
      setBusy(false);
    }
  };

  const exportFigure = (format: FigureFormat) =>
    run(`Drawing the ${format.toUpperCase()}`, (container) =>
      exportFigureFile(store, graphHandle(), format, options, container),
    );

  return createPortal(
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={`${ids}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="export-header">
        <h2 id={`${ids}-heading`}>Export</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>

      <Section title="Image for a briefing">
        <div className="export-figure">
          <div className="export-figure-controls">
            <label className="export-title">
              Title
              <input
                type="text"
                value={options.title ?? datasetTitle}
                maxLength={500}
                onChange={(event) => set({ title: event.target.value })}
              />
            </label>
            <div className="export-choices">
              <RadioGroup
                legend="Scale"
                name={`${ids}-scale`}
                value={options.scale}
                choices={FIGURE_SCALES.map((s) => ({ value: s, label: `${s}×` }))}
                onChange={(scale) => set({ scale })}
              />
              <FigureControls options={options} onChange={set} />
              <RadioGroup
                legend="Background"
                name={`${ids}-background`}
                value={options.background}
                choices={[
                  { value: 'white', label: 'White' },
                  { value: 'dark', label: 'Dark' },
                  { value: 'transparent', label: 'Transparent' },
                ]}
                onChange={(background) => set({ background })}
              />
              <fieldset className="export-choice">
                <legend>Include</legend>
                {INCLUDED_PARTS.map(({ part, label }) => (
                  <label key={part}>
                    <input
                      type="checkbox"
                      checked={options[part]}
                      onChange={(event) => set({ [part]: event.target.checked })}
                    />
                    {label}
                  </label>
                ))}
              </fieldset>
            </div>
          </div>
          <FigurePreview options={options} graphHandle={graphHandle} />
        </div>
        <div className="export-actions">
          <ActionButton primary busy={busy} onClick={() => exportFigure('png')}>
            Download PNG
          </ActionButton>
          <ActionButton busy={busy} onClick={() => exportFigure('svg')}>
            Download SVG
          </ActionButton>
        </div>
      </Section>

      <Section title="Data of this view">
        <div className="export-actions">
          {EXPORT_FORMATS.map((format) => (
            <ActionButton
              key={format.id}
              busy={busy}
              onClick={() =>
                run(`Saving the ${format.label}`, (c) => exportDataFile(store, format, c))
              }
            >
              Download {format.label}
            </ActionButton>
          ))}
          <ActionButton
            busy={busy}
            onClick={() => run('Copying the link', (c) => copyViewLink(store, c))}
          >
            Copy link to this view
          </ActionButton>
        </div>
      </Section>

      <p className="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </dialog>,
    document.body,
  );
}
