/**
 * The left-hand column as tabs: Explore (search, views, filters, legend) and Sources (the
 * sources' full texts, issue 15). The Sources panel is fetched the first time it is opened and
 * then stays mounted, so its place in the text and a quote being put together survive a look
 * at the filters.
 */
import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LeftTab } from '../../store/panelsSlice';
import { useLinkboard } from '../../store/store';
import { useReveal } from '../common/useReveal';

const SourcesPanel = lazy(() => import('./SourcesPanel'));

const TABS: { id: LeftTab; label: string }[] = [
  { id: 'explore', label: 'Explore' },
  { id: 'sources', label: 'Sources' },
];

export function LeftPanel({ explore }: { explore: ReactNode }) {
  const tab = useLinkboard((s) => s.leftTab);
  const setTab = useLinkboard((s) => s.setLeftTab);
  const reveal = useReveal();
  const baseId = useId();
  const refs = useRef(new Map<LeftTab, HTMLButtonElement>());
  // Mounted from the first time it is shown; a state set while rendering, as React allows.
  const [sourcesMounted, setSourcesMounted] = useState(tab === 'sources');
  if (tab === 'sources' && !sourcesMounted) setSourcesMounted(true);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? TABS[0]!.id
        : event.key === 'End'
          ? TABS[TABS.length - 1]!.id
          : TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length]!.id;
    setTab(next);
    refs.current.get(next)?.focus();
  };

  return (
    <>
      <div
        className="side-tabs left-tabs"
        role="tablist"
        aria-label="Left panels"
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            id={`${baseId}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`${baseId}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel-explore`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-explore`}
        hidden={tab !== 'explore'}
        className="left-tab-panel"
      >
        {explore}
      </div>
      <div
        id={`${baseId}-panel-sources`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-sources`}
        hidden={tab !== 'sources'}
        className="left-tab-panel left-tab-sources"
      >
        {sourcesMounted && (
          <Suspense fallback={<p className="details-muted">Loading the sources…</p>}>
            <SourcesPanel reveal={reveal} />
          </Suspense>
        )}
      </div>
    </>
  );
}
