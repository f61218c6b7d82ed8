/**
 * The right-hand column as tabs: Details (what is selected) and the path finder, so neither is
 * thousands of pixels below the other. Both stay mounted, so a half-typed path survives a look at
 * the details. A path arriving from elsewhere (the address, Back, a saved view) shows its tab.
 * The path finder's code is fetched after the page, as it is hidden until its tab is chosen.
 */
import { Suspense, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { SideTab } from '../../store/panelsSlice';
import { useLinkboard } from '../../store/store';
import { PathFinder, preloadPathFinder } from '../lazyPanels';
import { Details } from './Details';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'paths', label: 'Path finder' },
];

export function SidePanel() {
  const tab = useLinkboard((s) => s.sideTab);
  const setTab = useLinkboard((s) => s.setSideTab);
  const path = useLinkboard((s) => s.view.path);
  const baseId = useId();
  const tabRefs = useRef(new Map<SideTab, HTMLButtonElement>());

  useEffect(() => void preloadPathFinder(), []);
  useEffect(() => {
    if (path) setTab('paths');
  }, [path, setTab]);

  // The tabs pattern: arrows move between tabs (and choose them), Home and End go to the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    const next = TABS[to]!.id;
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <>
      <div className="side-tabs" role="tablist" aria-label="Selection panels" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el);
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
      {TABS.map((t) => (
        <div
          key={t.id}
          id={`${baseId}-panel-${t.id}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${t.id}`}
          hidden={tab !== t.id}
          className="side-tab-panel"
        >
          {t.id === 'details' ? (
            <Details />
          ) : (
            <Suspense fallback={<p className="muted">Loading the path finder…</p>}>
              <PathFinder />
            </Suspense>
          )}
        </div>
      ))}
    </>
  );
}
