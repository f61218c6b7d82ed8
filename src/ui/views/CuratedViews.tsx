/**
 * The views the dataset's curators ship (its `views`): each a named picture of the data, such as
 * the de facto chain of command, opened with one click or by `?view=<id>`. Listed where a
 * first-time visitor sees them, under the search box.
 */
import { useId } from 'react';
import { viewStateFrom, type ViewState } from '../../domain/viewState';
import { useLinkboard } from '../../store/store';
import './views.css';

/**
 * Whether the current view is the one a curated view opens (its fields, defaults elsewhere).
 * Panning and zooming stay within the view, unless the view sets where it is framed.
 */
function isShowing(current: ViewState, opened: ViewState): boolean {
  const framed = opened.camera === null ? { ...current, camera: null } : current;
  return JSON.stringify(framed) === JSON.stringify(opened);
}

export function CuratedViews() {
  const views = useLinkboard((s) => s.dataset?.views);
  const current = useLinkboard((s) => s.view);
  const setView = useLinkboard((s) => s.setView);
  const headingId = useId();
  if (!views || views.length === 0) return null;
  return (
    <section className="panel curated-views" aria-labelledby={headingId}>
      <h2 id={headingId}>Views</h2>
      <ul className="curated-views-list">
        {views.map((view) => {
          const opened = viewStateFrom(view.state);
          const showing = isShowing(current, opened);
          return (
            <li key={view.id}>
              <button
                type="button"
                className="curated-view"
                aria-pressed={showing}
                aria-describedby={`${headingId}-${view.id}`}
                onClick={() => setView(opened)}
              >
                {view.title}
              </button>
              <span id={`${headingId}-${view.id}`} className="curated-view-description">
                {view.description}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
