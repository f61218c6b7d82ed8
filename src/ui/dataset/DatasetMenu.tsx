import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { slugify } from '../../domain/caption';
import { EXPORT_FORMATS } from '../../domain/formats/registry';
import { useLinkboard } from '../../store/store';
import { SavedViews } from '../savedViews/SavedViews';
import { downloadBlob } from '../export/download';
import './dataset.css';

export interface DatasetMenuProps {
  /** Where the current dataset came from, in words ("the default dataset", "edges.csv"). */
  defaultOrigin: string;
  onOpenDefault: () => void;
}

/**
 * The dataset menu: back to the default dataset, the whole dataset as a file in each export
 * format (the table in src/domain/formats/registry.ts, shared with the export dialog), and the
 * saved views of this dataset.
 */
export function DatasetMenu({ defaultOrigin, onOpenDefault }: DatasetMenuProps) {
  const dataset = useLinkboard((s) => s.dataset);
  const origin = useLinkboard((s) => s.datasetOrigin);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState<CSSProperties>({});

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    const close = () => setOpen(false);
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    window.addEventListener('resize', close);
    panel.current?.querySelector<HTMLElement>('button:not(:disabled), input')?.focus();
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
      window.removeEventListener('resize', close);
    };
  }, [open]);

  const isDefault = origin === defaultOrigin;

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          const rect = toggle.current?.getBoundingClientRect();
          if (rect)
            setPosition({
              top: rect.bottom + 8,
              right: document.documentElement.clientWidth - rect.right,
            });
          setOpen((o) => !o);
        }}
      >
        Dataset <span aria-hidden="true">▾</span>
      </button>
      {createPortal(
        <div
          ref={panel}
          id={panelId}
          className="dataset-menu-panel"
          role="dialog"
          aria-label="Dataset"
          hidden={!open}
          style={position}
        >
          {dataset && (
            <p className="dataset-menu-current">
              <span className="dataset-menu-current-title">{dataset.title}</span>
              <span className="dataset-menu-current-meta">
                {dataset.nodes.length} entities · {dataset.edges.length} relations · from {origin}
              </span>
            </p>
          )}
          <button
            type="button"
            className="button dataset-menu-wide"
            disabled={isDefault}
            onClick={() => {
              onOpenDefault();
              setOpen(false);
            }}
          >
            Default dataset
          </button>
          <h3 className="menu-heading">Download the whole dataset</h3>
          <div className="dataset-menu-row">
            {EXPORT_FORMATS.map((format) => (
              <button
                key={format.id}
                title={format.description}
                type="button"
                className="button"
                disabled={!dataset}
                onClick={async () => {
                  if (!dataset) return;
                  const write = await format.write();
                  downloadBlob(
                    new Blob([write(dataset)], { type: format.mimeType }),
                    `linkboard-${slugify(dataset.title) || 'dataset'}.${format.extension}`,
                    panel.current ?? document.body,
                  );
                }}
              >
                Download {format.label}
              </button>
            ))}
          </div>
          <SavedViews />
        </div>,
        // Out of the dark toolbar, so that the panel's light controls keep their own styles.
        document.body,
      )}
    </>
  );
}
