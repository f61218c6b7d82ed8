import { useContext, useEffect } from 'react';
import { GraphHandleContext } from '../graph/GraphCanvas';
import { useLinkboardStore } from '../store/store';
import { shortcutFor } from './shortcuts';

/**
 * Behind a modal dialog the page is inert, so its shortcuts wait. Escape in particular must stay
 * the dialog's: taking it (preventDefault) would also stop the browser closing the dialog.
 */
function modalDialogOpen(): boolean {
  return document.querySelector(':modal, [aria-modal="true"]') !== null;
}

/** Listens for the registered keyboard shortcuts on the whole window while mounted. */
export function useShortcuts(): void {
  const store = useLinkboardStore();
  const graph = useContext(GraphHandleContext);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modalDialogOpen()) return;
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.perform({ store, graph: graph.current }, event.key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, graph]);
}
