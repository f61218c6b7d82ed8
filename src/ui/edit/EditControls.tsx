/**
 * The toolbar's Undo and Redo, and the header's mark of an edited dataset ("edited, 12 changes")
 * with "Revert to original". Loaded after the first page (see App.tsx).
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { describeEdit } from '../../domain/edits';
import { selectEditCount } from '../../store/editsSlice';
import { useLinkboard, useLinkboardStore } from '../../store/store';
import './edit.css';

function useHistory() {
  const store = useLinkboardStore();
  const past = useStore(store.temporal, (t) => t.pastStates.length);
  const future = useStore(store.temporal, (t) => t.futureStates.length);
  return { store, past, future };
}

/** "Undo" and "Redo" (Ctrl+Z, Ctrl+Shift+Z), each titled with the step it would take. */
export function EditButtons() {
  const { store, past, future } = useHistory();
  const edits = useLinkboard((s) => s.edits);
  // The edit that Undo takes back is the log's last, unless the last step was a revert.
  const lastEdit = edits.at(-1);
  const undoTitle =
    past === 0
      ? 'Nothing to undo'
      : `Undo ${edits.length > 0 && lastEdit ? describeEdit(lastEdit) : 'revert to original'} (Ctrl+Z)`;
  return (
    <>
      <button
        type="button"
        aria-label="Undo"
        disabled={past === 0}
        title={undoTitle}
        onClick={() => store.temporal.getState().undo()}
      >
        <span aria-hidden="true">↶</span>
        <span className="toolbar-wide"> Undo</span>
      </button>
      <button
        type="button"
        aria-label="Redo"
        disabled={future === 0}
        title={future === 0 ? 'Nothing to redo' : 'Redo (Ctrl+Shift+Z)'}
        onClick={() => store.temporal.getState().redo()}
      >
        <span aria-hidden="true">↷</span>
        <span className="toolbar-wide"> Redo</span>
      </button>
    </>
  );
}

export function changesText(count: number): string {
  return `edited, ${count} ${count === 1 ? 'change' : 'changes'}`;
}

/** "edited, 12 changes · Revert to original", with a confirmation; nothing while unedited. */
export function EditedMark() {
  const count = useLinkboard(selectEditCount);
  const revert = useLinkboard((s) => s.revertToOriginal);
  const [confirming, setConfirming] = useState(false);
  if (count === 0) return null;
  return (
    <div className="edited-mark" role="group" aria-label="Edits">
      <span className="edited-mark-count">{changesText(count)}</span>
      {confirming ? (
        <span className="edited-mark-confirm" role="alertdialog" aria-label="Confirm revert">
          <span>Undo all {changesText(count).replace('edited, ', '')}?</span>
          <button
            type="button"
            className="edited-mark-danger"
            onClick={() => {
              revert();
              setConfirming(false);
            }}
          >
            Revert
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="edited-mark-revert"
          title="Back to the dataset as loaded (Undo brings the changes back)"
          onClick={() => setConfirming(true)}
        >
          Revert to original
        </button>
      )}
    </div>
  );
}

export default EditButtons;
