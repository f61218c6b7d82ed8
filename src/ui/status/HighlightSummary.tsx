import { selectHighlight, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';

/**
 * Says in words what the canvas emphasises (an event's participants, a chain, a path), for screen
 * readers and for anyone who cannot see the colours. Hidden visually; announced politely. A
 * selection's neighbours are not announced: Details lists them already.
 */
export function HighlightSummary() {
  const highlight = useLinkboard(selectHighlight);
  const index = useLinkboard(selectIndex);
  const labels =
    highlight && highlight.kind !== 'selection' && index
      ? [...highlight.nodeIds].map((id) => index.nodesById.get(id)?.label ?? id)
      : [];
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="highlight-summary">
      {labels.length > 0 ? `Highlighted on the canvas: ${labels.join(', ')}` : ''}
    </p>
  );
}
