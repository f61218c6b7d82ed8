import { useLinkboard } from '../../store/store';

/** The toolbar's "Storyboard" button: shows or hides the storyboard in the right-hand panel. */
export function StoryboardButton() {
  const open = useLinkboard((s) => s.storyboardOpen);
  const count = useLinkboard((s) => s.storyboard.length);
  const hasDataset = useLinkboard((s) => s.dataset !== null);
  const setOpen = useLinkboard((s) => s.setStoryboardOpen);
  return (
    <button
      type="button"
      aria-pressed={open}
      disabled={!hasDataset}
      title="Slides made of views, with titles and speaker notes: present them or download them"
      onClick={() => setOpen(!open)}
    >
      Storyboard{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
