/**
 * Camera and layout controls on the canvas itself, in its corner as in map tools: zoom in and out,
 * fit the graph in view and lay it out again. Kept off the header so it stays on one line on a
 * 1024 px screen.
 */
import { useContext } from 'react';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { useLinkboard } from '../../store/store';
import { AnnotateButton } from '../annotations/AnnotateButton';
import './canvasControls.css';

export function CanvasControls() {
  // Read when clicked, not when rendering: the canvas sets the handle after mounting.
  const graph = useContext(GraphHandleContext);
  const hasDataset = useLinkboard((s) => s.dataset !== null);
  const pinnedCount = useLinkboard((s) => s.pinnedNodeIds.length);
  const unpinAll = useLinkboard((s) => s.unpinAll);
  if (!hasDataset) return null;
  return (
    <div className="canvas-controls" role="toolbar" aria-label="Canvas">
      <AnnotateButton />
      <button
        type="button"
        className="canvas-control canvas-control-icon"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => graph.current?.zoomIn()}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="canvas-control canvas-control-icon"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => graph.current?.zoomOut()}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="canvas-control"
        title="Fit the graph in view (f or 0)"
        onClick={() => graph.current?.fit()}
      >
        Fit
      </button>
      <button
        type="button"
        className="canvas-control"
        title="Lay the graph out again; pinned entities stay"
        onClick={() => graph.current?.relayout()}
      >
        Re-layout
      </button>
      {/* Shown only while something is pinned. */}
      {pinnedCount > 0 && (
        <button
          type="button"
          className="canvas-control"
          title={`${pinnedCount} entit${pinnedCount === 1 ? 'y is' : 'ies are'} pinned; let them move again`}
          onClick={unpinAll}
        >
          Unpin all
        </button>
      )}
    </div>
  );
}
