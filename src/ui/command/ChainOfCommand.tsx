/**
 * An entity's chain of command as two trees: its superiors up to the top and its subordinates down
 * to the bottom, each entity under the one it is linked through, following the formal or the de
 * facto chain. Small chains open whole; large ones open at their first level, each branch opening
 * on demand. Loops in the data are named, not walked. "Highlight chain" shows it on the canvas.
 */
import { useId, useState } from 'react';
import { chainTree, initiallyOpen, type ChainTreeNode } from '../../domain/chainTree';
import type { GraphIndex } from '../../domain/graphIndex';
import { relationSentence } from '../../domain/relationSentences';
import { selectChainOfCommand, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { EntityLink } from '../details/parts';
import { ChainChoice } from './ChainChoice';
import './command.css';

/** A tree of at most this many entities opens whole. */
const OPEN_WHOLE_UP_TO = 12;

/** How the link of an entry reads from it towards the entry it hangs under. */
function readingOf(index: GraphIndex, node: ChainTreeNode): string {
  const edge = index.edgesById.get(node.step.edgeId);
  if (!edge) return '';
  const sentence = relationSentence(index, edge, node.step.nodeId);
  const object = index.nodesById.get(sentence.objectId)?.label ?? sentence.objectId;
  return [sentence.verb, object, sentence.tail].filter((w) => w !== '').join(' ');
}

function TreeEntries({
  index,
  nodes,
  open,
  toggle,
  labelledBy,
}: {
  index: GraphIndex;
  nodes: readonly ChainTreeNode[];
  open: ReadonlySet<string>;
  toggle: (id: string) => void;
  labelledBy?: string;
}) {
  return (
    <ul className="chain-tree" aria-labelledby={labelledBy}>
      {nodes.map((node) => {
        const id = node.step.nodeId;
        const expanded = open.has(id);
        const label = index.nodesById.get(id)?.label ?? id;
        return (
          <li key={id}>
            <div className="chain-entry">
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="chain-toggle"
                  aria-expanded={expanded}
                  aria-label={`${expanded ? 'Hide' : 'Show'} the ${node.descendants} linked through ${label}`}
                  onClick={() => toggle(id)}
                >
                  <span className="chain-chevron" aria-hidden="true" />
                </button>
              ) : (
                <span className="chain-toggle-space" aria-hidden="true" />
              )}
              <EntityLink id={id} />
              {!expanded && node.descendants > 0 && (
                <span className="chain-more" aria-hidden="true">
                  +{node.descendants}
                </span>
              )}
              <span className="chain-reading">{readingOf(index, node)}</span>
            </div>
            {expanded && (
              <TreeEntries index={index} nodes={node.children} open={open} toggle={toggle} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function ChainTree({
  index,
  rootId,
  steps,
  label,
  emptyText,
}: {
  index: GraphIndex;
  rootId: string;
  steps: Parameters<typeof chainTree>[1];
  label: string;
  emptyText: string;
}) {
  const headingId = useId();
  const roots = chainTree(rootId, steps);
  const [open, setOpen] = useState(() => initiallyOpen(roots, OPEN_WHOLE_UP_TO));
  const branches = steps.filter((s) => steps.some((t) => t.via === s.nodeId)).map((s) => s.nodeId);
  const allOpen = branches.every((id) => open.has(id));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="chain-part">
      <div className="chain-heading-row">
        <p id={headingId} className="chain-heading">
          {label} <span className="details-count">{steps.length}</span>
        </p>
        {branches.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => setOpen(allOpen ? new Set() : new Set(branches))}
          >
            {allOpen ? 'Close every level' : 'Open every level'}
          </button>
        )}
      </div>
      {steps.length === 0 ? (
        <p className="details-muted">{emptyText}</p>
      ) : (
        <TreeEntries
          index={index}
          nodes={roots}
          open={open}
          toggle={toggle}
          labelledBy={headingId}
        />
      )}
    </div>
  );
}

export function ChainOfCommand({ nodeId }: { nodeId: string }) {
  const index = useLinkboard(selectIndex);
  const chain = useLinkboard((s) => selectChainOfCommand(s, nodeId));
  const chainKind = useLinkboard((s) => s.view.commandChain);
  const highlighted = useLinkboard((s) => s.view.highlightChain);
  const setView = useLinkboard((s) => s.setView);
  if (!index || !chain) return null;
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  // A new entity or chain starts its trees afresh (which branches are open).
  const treeKey = `${nodeId}:${chainKind}`;
  return (
    <div className="chain-section">
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
      <ChainTree
        key={`up:${treeKey}`}
        index={index}
        rootId={nodeId}
        steps={chain.superiors}
        label="Superiors"
        emptyText="None: at the top."
      />
      <ChainTree
        key={`down:${treeKey}`}
        index={index}
        rootId={nodeId}
        steps={chain.subordinates}
        label="Subordinates"
        emptyText="None."
      />
      {/* After the chain, which is what the analyst came for; each loop is walked once above. */}
      {chain.cycles.map((cycle) => (
        <p key={cycle.join('>')} className="chain-loop" role="note">
          Loop in the chain: {cycle.map(labelOf).join(' → ')} (each above the next).
        </p>
      ))}
    </div>
  );
}
