/**
 * The Annotate panel over the canvas (issue 17, item 4): adds a note at the middle of the canvas,
 * a callout on the selected entity or relation, a highlight ring around entities chosen on the
 * canvas; lists what the view holds, to edit or remove. Loaded when first opened. What it writes
 * is view state: the address, saved views and storyboard slides keep it; the canvas draws it
 * (src/graph/annotations/overlay.ts), where notes and callouts are dragged to move them.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  withAnnotation,
  withAnnotationEdited,
  withoutAnnotation,
} from '../../domain/annotationEdits';
import {
  ANNOTATION_COLOURS,
  MAX_ANNOTATIONS,
  MAX_ANNOTATION_TEXT,
  MAX_RING_LABEL,
  type Annotation,
  type AnnotationColour,
  type NewAnnotation,
} from '../../domain/annotations';
import { useGraphHandle } from '../../graph/GraphCanvas';
import { selectIndex } from '../../store/selectors';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import './annotate.css';

const COLOUR_NAMES: Record<AnnotationColour, string> = {
  amber: 'Amber',
  red: 'Red',
  blue: 'Blue',
  green: 'Green',
  purple: 'Purple',
};

/** Where a new callout's card goes from its target at first, in graph units (up and right). */
const CALLOUT_OFFSET = { dx: 70, dy: -70 };

function firstLine(text: string, max = 48): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export default function AnnotatePanel() {
  const store = useLinkboardStore();
  const graph = useGraphHandle();
  const annotations = useLinkboard((s) => s.view.annotations);
  const selection = useLinkboard((s) => s.view.selection);
  const active = useLinkboard((s) => s.activeAnnotation);
  const ringDraft = useLinkboard((s) => s.ringDraft);
  const index = useLinkboard(selectIndex);
  const setAnnotateOpen = useLinkboard((s) => s.setAnnotateOpen);
  const setActive = useLinkboard((s) => s.setActiveAnnotation);
  const setRingDraft = useLinkboard((s) => s.setRingDraft);
  const [removed, setRemoved] = useState<{ annotation: Annotation; at: number } | null>(null);
  const [ringLabel, setRingLabel] = useState('');
  const [ringColour, setRingColour] = useState<AnnotationColour>('amber');
  /** The annotation added last from this panel, whose editor opens with its text selected. */
  const [added, setAdded] = useState<number | null>(null);
  const full = annotations.length >= MAX_ANNOTATIONS;

  const nameOf = (kind: 'node' | 'edge', id: string): string => {
    if (kind === 'node') return index?.nodesById.get(id)?.label ?? id;
    const edge = index?.edgesById.get(id);
    if (!edge) return id;
    const end = (n: string) => index?.nodesById.get(n)?.label ?? n;
    return `${end(edge.source)} → ${end(edge.target)}`;
  };

  /** Adds an annotation and opens it for editing. */
  const add = (annotation: NewAnnotation) => {
    const { view, setAnnotations } = store.getState();
    const next = withAnnotation(view.annotations, annotation);
    if (next.length === view.annotations.length) return;
    setAnnotations(next);
    setAdded(next[next.length - 1]!.id);
    setActive(next[next.length - 1]!.id);
  };

  const panelRef = useRef<HTMLElement>(null);
  const addNote = () => {
    // Beside the panel, not under it.
    const panel = panelRef.current;
    const at = graph?.newNotePosition(panel ? panel.offsetLeft + panel.offsetWidth : 0) ?? {
      x: 0,
      y: 0,
    };
    add({ kind: 'note', x: at.x, y: at.y, text: 'New note' });
  };

  const calloutTarget =
    selection && selection.kind !== 'event' ? { kind: selection.kind, id: selection.id } : null;
  const addCallout = () => {
    if (calloutTarget)
      add({ kind: 'callout', target: calloutTarget, ...CALLOUT_OFFSET, text: 'Callout' });
  };

  const startRing = () => {
    setActive(null);
    setRingLabel('');
    setRingDraft(selection?.kind === 'node' ? [selection.id] : []);
  };
  const drawRing = () => {
    if (!ringDraft || ringDraft.length === 0) return;
    add({ kind: 'ring', label: ringLabel, colour: ringColour, members: ringDraft });
    setRingDraft(null);
  };

  const remove = (annotation: Annotation) => {
    const { view, setAnnotations } = store.getState();
    setRemoved({ annotation, at: view.annotations.indexOf(annotation) });
    setAnnotations(withoutAnnotation(view.annotations, annotation.id));
    if (active === annotation.id) setActive(null);
  };
  const undoRemove = () => {
    if (!removed) return;
    const { view, setAnnotations } = store.getState();
    if (view.annotations.some((a) => a.id === removed.annotation.id) || full) return;
    const list = [...view.annotations];
    list.splice(Math.min(removed.at, list.length), 0, removed.annotation);
    setAnnotations(list);
    setRemoved(null);
  };

  return (
    <section className="annotate-panel" aria-label="Annotations" ref={panelRef}>
      <header className="annotate-header">
        <h2>Annotate</h2>
        <button
          type="button"
          className="annotate-close"
          aria-label="Close the Annotate panel"
          onClick={() => setAnnotateOpen(false)}
        >
          ×
        </button>
      </header>
      <div className="annotate-actions">
        <button type="button" onClick={addNote} disabled={full}>
          Add note
        </button>
        <button
          type="button"
          onClick={addCallout}
          disabled={!calloutTarget || full}
          title={
            calloutTarget
              ? `A callout pointing at ${nameOf(calloutTarget.kind, calloutTarget.id)}`
              : 'Select an entity or a relation first'
          }
        >
          Callout on selection
        </button>
        <button type="button" onClick={startRing} disabled={full || ringDraft !== null}>
          Ring entities…
        </button>
      </div>
      {full && <p className="annotate-hint">A view holds at most {MAX_ANNOTATIONS} annotations.</p>}

      {ringDraft && (
        <RingDraft
          count={ringDraft.length}
          label={ringLabel}
          colour={ringColour}
          onLabel={setRingLabel}
          onColour={setRingColour}
          onDraw={drawRing}
          onCancel={() => setRingDraft(null)}
        />
      )}

      {annotations.length === 0 ? (
        <p className="annotate-empty">
          No annotations yet. Notes and callouts can be dragged on the canvas; all of them are kept
          with the view (its address, saved views and slides) and drawn in exported figures.
        </p>
      ) : (
        <ul className="annotate-list">
          {annotations.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              active={annotation.id === active}
              fresh={annotation.id === added}
              describeTarget={nameOf}
              onOpen={() => setActive(annotation.id === active ? null : annotation.id)}
              onRemove={() => remove(annotation)}
            />
          ))}
        </ul>
      )}
      {removed && (
        <p className="annotate-removed" role="status">
          Removed “
          {firstLine(
            removed.annotation.kind === 'ring'
              ? removed.annotation.label || 'ring'
              : removed.annotation.text,
            30,
          )}
          ”.{' '}
          <button type="button" className="link-button" onClick={undoRemove}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}

function RingDraft(props: {
  count: number;
  label: string;
  colour: AnnotationColour;
  onLabel: (label: string) => void;
  onColour: (colour: AnnotationColour) => void;
  onDraw: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <div className="annotate-draft" role="group" aria-label="New ring">
      <p className="annotate-hint">
        Click entities on the canvas to add or remove them; Shift+drag a box to add several.{' '}
        <strong>
          {props.count} {props.count === 1 ? 'entity' : 'entities'} chosen
        </strong>
      </p>
      <label htmlFor={`${id}-label`}>Label</label>
      <input
        id={`${id}-label`}
        type="text"
        value={props.label}
        maxLength={MAX_RING_LABEL}
        placeholder="Optional, such as “Inner circle”"
        onChange={(e) => props.onLabel(e.target.value)}
      />
      <ColourChoice value={props.colour} onChange={props.onColour} />
      <div className="annotate-row">
        <button
          type="button"
          className="button-primary"
          disabled={props.count === 0}
          onClick={props.onDraw}
        >
          Draw ring
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function ColourChoice(props: { value: AnnotationColour; onChange: (c: AnnotationColour) => void }) {
  return (
    <div className="annotate-colours" role="radiogroup" aria-label="Colour">
      {ANNOTATION_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          role="radio"
          aria-checked={props.value === colour}
          aria-label={COLOUR_NAMES[colour]}
          title={COLOUR_NAMES[colour]}
          className={`annotate-swatch is-${colour}`}
          onClick={() => props.onChange(colour)}
        />
      ))}
    </div>
  );
}

function AnnotationItem(props: {
  annotation: Annotation;
  active: boolean;
  fresh: boolean;
  describeTarget: (kind: 'node' | 'edge', id: string) => string;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { annotation, active } = props;
  const kindWord =
    annotation.kind === 'note' ? 'Note' : annotation.kind === 'callout' ? 'Callout' : 'Ring';
  const summary =
    annotation.kind === 'ring'
      ? `${annotation.label || 'Unlabelled'} (${annotation.members.length} ${annotation.members.length === 1 ? 'entity' : 'entities'})`
      : firstLine(annotation.text);
  const itemRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) itemRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <li ref={itemRef} className={active ? 'annotate-item is-active' : 'annotate-item'}>
      <div className="annotate-item-head">
        <button
          type="button"
          className="annotate-item-open"
          aria-expanded={active}
          onClick={props.onOpen}
        >
          <span className={`annotate-kind is-${annotation.kind}`}>{kindWord}</span>
          <span className="annotate-summary">{summary}</span>
        </button>
        <button
          type="button"
          className="annotate-remove"
          aria-label={`Delete ${kindWord.toLowerCase()} “${firstLine(annotation.kind === 'ring' ? annotation.label || 'ring' : annotation.text, 30)}”`}
          onClick={props.onRemove}
        >
          Delete
        </button>
      </div>
      {active && (
        <AnnotationEditor
          annotation={annotation}
          fresh={props.fresh}
          describeTarget={props.describeTarget}
        />
      )}
    </li>
  );
}

function AnnotationEditor({
  annotation,
  fresh,
  describeTarget,
}: {
  annotation: Annotation;
  /** Just added: its placeholder text is selected. */
  fresh: boolean;
  describeTarget: (kind: 'node' | 'edge', id: string) => string;
}) {
  const store = useLinkboardStore();
  const id = useId();
  const edit = (patch: Parameters<typeof withAnnotationEdited>[2]) => {
    const { view, setAnnotations } = store.getState();
    setAnnotations(withAnnotationEdited(view.annotations, annotation.id, patch));
  };
  // The field keeps what is typed (even empty for a moment); the view keeps the last non-empty text.
  const [text, setText] = useState(annotation.kind === 'ring' ? annotation.label : annotation.text);
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    // Opening an annotation is to edit it; a new one's first words are selected, so typing replaces them.
    const field = fieldRef.current;
    field?.focus({ preventScroll: true });
    if (fresh) field?.select();
    // Only when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (annotation.kind === 'ring')
    return (
      <div className="annotate-editor">
        <label htmlFor={`${id}-label`}>Label</label>
        <input
          id={`${id}-label`}
          ref={fieldRef}
          type="text"
          value={text}
          maxLength={MAX_RING_LABEL}
          onChange={(e) => {
            setText(e.target.value);
            edit({ label: e.target.value });
          }}
        />
        <ColourChoice value={annotation.colour} onChange={(colour) => edit({ colour })} />
        <p className="annotate-hint">
          Around {annotation.members.map((m) => describeTarget('node', m)).join(', ')}.
        </p>
      </div>
    );
  return (
    <div className="annotate-editor">
      {annotation.kind === 'callout' && (
        <p className="annotate-hint">
          Points at {describeTarget(annotation.target.kind, annotation.target.id)}.
        </p>
      )}
      <label htmlFor={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        ref={fieldRef}
        rows={3}
        value={text}
        maxLength={MAX_ANNOTATION_TEXT}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) edit({ text: e.target.value });
        }}
      />
      <p className="annotate-count">
        {text.length} / {MAX_ANNOTATION_TEXT}
      </p>
    </div>
  );
}
