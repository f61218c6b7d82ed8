import { useLinkboard } from '../../store/store';

/**
 * "Annotate", among the canvas's own controls (the header keeps to one row): opens or closes the
 * Annotate panel over the canvas.
 */
export function AnnotateButton() {
  const open = useLinkboard((s) => s.annotateOpen);
  const count = useLinkboard((s) => s.view.annotations.length);
  const hasDataset = useLinkboard((s) => s.dataset !== null);
  const setOpen = useLinkboard((s) => s.setAnnotateOpen);
  return (
    <button
      type="button"
      className="canvas-control canvas-control-annotate"
      aria-pressed={open}
      disabled={!hasDataset}
      title="Notes, callouts and highlight rings over the graph, kept with the view and drawn in figures"
      onClick={() => setOpen(!open)}
    >
      Annotate{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
