/** The canvas: react-cytoscapejs hosts the Cytoscape instance; the adapter fills it. */
import type { Core } from 'cytoscape';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useLinkboard, useLinkboardStore } from '../store/store';
import { GraphAdapter, type GraphHandle } from './adapter';
import { exposeBenchHook } from './benchHook';
import { checkSeededLayout, CytoscapeHost } from './internals';
import { forceLayout, loadLayoutExtensions } from './layouts';
import { selectRenderMode } from './renderMode';
import { stylesheetFor } from './stylesheet';

// Elements are owned by the adapter, not by react-cytoscapejs: it gets one empty list, forever.
const NO_ELEMENTS: never[] = [];
const CANVAS_STYLE = { width: '100%', height: '100%' };

export const GraphHandleContext = createContext<{ current: GraphHandle | null }>({ current: null });

export function useGraphHandle(): GraphHandle | null {
  return useContext(GraphHandleContext).current;
}

export interface GraphCanvasProps {
  /** Runs Cytoscape without drawing, for environments with no 2D canvas (jsdom). */
  headless?: boolean;
}

export function GraphCanvas({ headless = false }: GraphCanvasProps) {
  const store = useLinkboardStore();
  const handleRef = useContext(GraphHandleContext);
  const [adapter] = useState(() => new GraphAdapter(store));

  useEffect(() => {
    adapter.start();
    // fcose is fetched now, alongside the first dataset, rather than after it: nearly every graph
    // is laid out as soon as it arrives. It still stays out of the page's initial bundle. Once
    // loaded, the seeded start of its layouts is checked (internals/seededLayout.ts).
    void loadLayoutExtensions().then(() => checkSeededLayout(forceLayout(6)));
    handleRef.current = adapter;
    const removeBenchHook = exposeBenchHook(store, adapter);
    return () => {
      removeBenchHook();
      adapter.stop();
      if (handleRef.current === adapter) handleRef.current = null;
    };
  }, [adapter, handleRef, store]);

  // Panels opening and the window resizing change the canvas size; Cytoscape needs telling.
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => adapter.containerResized());
    observer.observe(container);
    return () => observer.disconnect();
  }, [adapter]);

  // The render mode follows the dataset's size; a new mode means a new host and instance.
  const mode = useLinkboard(selectRenderMode);
  const attach = useMemo(() => (cy: Core) => adapter.attach(cy, mode), [adapter, mode]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas" ref={containerRef}>
      <CytoscapeHost
        key={mode.key}
        renderMode={mode}
        elements={NO_ELEMENTS}
        stylesheet={stylesheetFor(mode.economical)}
        cy={attach}
        headless={headless}
        style={CANVAS_STYLE}
        minZoom={mode.economical ? 0.02 : 0.1}
        maxZoom={4}
        boxSelectionEnabled={true}
      />
    </div>
  );
}
