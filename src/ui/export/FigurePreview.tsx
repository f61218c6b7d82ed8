import { useEffect, useRef, useState } from 'react';
import type { GraphHandle } from '../../graph/adapter';
import type { FigurePlacement } from '../../graph/export/types';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import { buildFigureRequest, type FigureOptions } from './exportActions';

/** Waits this long after a change before drawing again, so typing a title stays smooth. */
const PREVIEW_DELAY_MS = 250;

interface Preview {
  /** The options and view it was drawn for. */
  options: FigureOptions;
  view: unknown;
  url: string;
  width: number;
  height: number;
  placement: FigurePlacement;
  notes: string[];
}

function describePlacement(p: FigurePlacement, width: number, height: number): string {
  const parts = [`${width} × ${height} at 1×`, `${p.names} names, none over another`];
  if (p.moved > 0) parts.push(`${p.moved} moved beside their entity`);
  if (p.leaders > 0) parts.push(`${p.leaders} on leader lines`);
  if (p.nudged > 0) parts.push(`${p.nudged} entities nudged`);
  parts.push(`names ${p.nameSizeOnPage} px when the figure fills its page`);
  return `${parts.join(' · ')}.`;
}

/**
 * The figure as it will be downloaded, drawn again whenever the options or the view change: the
 * SVG the "Download SVG" button would save, shown as an image.
 */
export function FigurePreview({
  options,
  graphHandle,
}: {
  options: FigureOptions;
  graphHandle: () => GraphHandle | null;
}) {
  const store = useLinkboardStore();
  const view = useLinkboard((s) => s.view);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<{ options: FigureOptions; text: string } | null>(null);
  const ticket = useRef(0);
  const drawing =
    (preview?.options !== options || preview.view !== view) && problem?.options !== options;

  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      const handle = graphHandle();
      if (!handle) return;
      let request;
      try {
        request = buildFigureRequest(store.getState(), options, 'svg').request;
      } catch (error) {
        setProblem({ options, text: error instanceof Error ? error.message : String(error) });
        return;
      }
      handle.exportImage(request).then(
        (result) => {
          if (mine !== ticket.current) return;
          setPreview((old) => {
            if (old) URL.revokeObjectURL(old.url);
            return {
              options,
              view,
              url: URL.createObjectURL(result.blob),
              width: result.width,
              height: result.height,
              placement: result.placement,
              notes: result.notes,
            };
          });
          setProblem(null);
        },
        (error: unknown) => {
          if (mine !== ticket.current) return;
          setProblem({ options, text: error instanceof Error ? error.message : String(error) });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [options, view, graphHandle, store]);

  useEffect(
    () => () => {
      setPreview((old) => {
        if (old) URL.revokeObjectURL(old.url);
        return null;
      });
    },
    [],
  );

  return (
    <figure className="export-preview" aria-busy={drawing}>
      <div className="export-preview-frame">
        {preview ? (
          <img
            src={preview.url}
            alt="Preview of the figure"
            width={preview.width}
            height={preview.height}
          />
        ) : (
          <span className="export-hint">Drawing the preview…</span>
        )}
      </div>
      <figcaption className="export-hint">
        {problem?.text ??
          (preview
            ? [
                describePlacement(preview.placement, preview.width, preview.height),
                ...preview.notes,
              ].join(' ')
            : '')}
      </figcaption>
    </figure>
  );
}
