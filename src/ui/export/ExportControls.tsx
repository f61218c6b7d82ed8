import { lazy, Suspense, useContext, useEffect, useRef, useState } from 'react';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { useLinkboard } from '../../store/store';
import type { FigureOptions } from './exportActions';

// The dialog, its preview and the export actions load when it is first opened.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** The toolbar's "Export PNG" button and the dialog it opens; choices are kept between openings. */
export function ExportControls() {
  const handleRef = useContext(GraphHandleContext);
  const hasDataset = useLinkboard((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  /** Null until the dialog first opens (it starts from the defaults). */
  const [options, setOptions] = useState<FigureOptions | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Back to the button once the dialog has closed (focus cannot land on it while the dialog is modal).
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        disabled={!hasDataset}
        onClick={() => setOpen(true)}
      >
        Export PNG
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            options={options}
            onOptionsChange={setOptions}
            graphHandle={() => handleRef.current}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
