import { useId, useState } from 'react';
import { normaliseViewName } from '../../domain/savedViews';
import { useLinkboard } from '../../store/store';
import './savedViews.css';

/** Named view states of the current dataset: save the current one, apply or delete one. */
export function SavedViews() {
  const views = useLinkboard((s) => s.savedViews);
  const saveView = useLinkboard((s) => s.saveView);
  const applySavedView = useLinkboard((s) => s.applySavedView);
  const deleteSavedView = useLinkboard((s) => s.deleteSavedView);
  const [name, setName] = useState('');
  const headingId = useId();
  const clean = normaliseViewName(name);
  const replaces = views.some((v) => v.name === clean);

  return (
    <section className="saved-views" aria-labelledby={headingId}>
      <h3 id={headingId} className="menu-heading">
        Saved views
      </h3>
      <form
        className="saved-views-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!clean) return;
          saveView(clean);
          setName('');
        }}
      >
        <label className="visually-hidden" htmlFor={`${headingId}-name`}>
          View name
        </label>
        <input
          id={`${headingId}-name`}
          className="saved-views-input"
          placeholder="View name"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={!clean}>
          {replaces ? 'Replace view' : 'Save view'}
        </button>
      </form>
      {views.length === 0 ? (
        <p className="saved-views-empty">
          Save the current filters, dates, layout, pan and zoom under a name to come back to them.
          Views are kept in this browser, per dataset.
        </p>
      ) : (
        <ul className="saved-views-list">
          {views.map((view) => (
            <li key={view.name}>
              <button
                type="button"
                className="saved-view-apply"
                title={
                  view.savedAt ? `Saved ${new Date(view.savedAt).toLocaleString()}` : undefined
                }
                onClick={() => applySavedView(view.name)}
              >
                {view.name}
              </button>
              <button
                type="button"
                className="saved-view-delete"
                aria-label={`Delete ${view.name}`}
                onClick={() => deleteSavedView(view.name)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
