/**
 * An entity's chain of command: its superiors up to the top and its subordinates down to the
 * bottom, each a button that moves there, following the formal or the de facto chain. Loops in
 * the data are named, not walked. "Highlight chain" shows the same chain on the canvas.
 */
import { useId, type CSSProperties } from 'react';
import type { ChainStep } from '../../domain/command';
import type { GraphIndex } from '../../domain/graphIndex';
import { stepReading } from '../../domain/paths';
import { selectChainOfCommand, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { EntityLink } from '../details/parts';
import { ChainChoice } from './ChainChoice';
import './command.css';

/** How the link of a step reads from the listed entity towards the one before it. */
function readingOf(index: GraphIndex, step: ChainStep): string {
  const edge = index.edgesById.get(step.edgeId);
  if (!edge) return '';
  const reading = stepReading(index, {
    from: step.nodeId,
    to: step.via,
    edgeId: step.edgeId,
    forward: edge.source === step.nodeId,
  });
  return `${reading} ${index.nodesById.get(step.via)?.label ?? step.via}`;
}

function ChainList({
  index,
  steps,
  label,
  direction,
}: {
  index: GraphIndex;
  steps: ChainStep[];
  label: string;
  direction: 'above' | 'below';
}) {
  const headingId = useId();
  return (
    <>
      <p id={headingId} className="chain-heading">
        {label} <span className="details-count">{steps.length}</span>
      </p>
      {steps.length === 0 ? (
        <p className="details-muted">None{direction === 'above' ? ': at the top' : ''}.</p>
      ) : (
        <ul className="chain-list" aria-labelledby={headingId}>
          {steps.map((step) => (
            <li
              key={step.nodeId}
              style={{ '--depth': Math.min(step.depth - 1, 5) } as CSSProperties}
            >
              <span className="chain-depth">
                {step.depth} {direction}
              </span>
              <EntityLink id={step.nodeId} />
              <span className="chain-reading">{readingOf(index, step)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ChainOfCommand({ nodeId }: { nodeId: string }) {
  const index = useLinkboard(selectIndex);
  const chain = useLinkboard((s) => selectChainOfCommand(s, nodeId));
  const highlighted = useLinkboard((s) => s.view.highlightChain);
  const setView = useLinkboard((s) => s.setView);
  const headingId = useId();
  if (!index || !chain) return null;
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  return (
    <section className="chain-section" aria-labelledby={headingId}>
      <h4 id={headingId}>Chain of command</h4>
      <div className="chain-toolbar">
        <ChainChoice />
        <button
          type="button"
          className="button toggle-button"
          aria-pressed={highlighted}
          onClick={() => setView({ highlightChain: !highlighted })}
        >
          Highlight chain
        </button>
      </div>
      <ChainList index={index} steps={chain.superiors} label="Superiors" direction="above" />
      <ChainList index={index} steps={chain.subordinates} label="Subordinates" direction="below" />
      {/* After the chain, which is what the analyst came for; each loop is walked once above. */}
      {chain.cycles.map((cycle) => (
        <p key={cycle.join('>')} className="chain-loop" role="note">
          Loop in the chain: {cycle.map(labelOf).join(' → ')} (each above the next).
        </p>
      ))}
    </section>
  );
}
