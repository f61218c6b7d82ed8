/**
 * The right-hand column as tabs: Details (what is selected) and the path finder, so neither is
 * thousands of pixels below the other. Both stay mounted, so a half-typed path survives a look at
 * the details. A path arriving from elsewhere (the address, Back, a saved view) shows its tab.
 * The path finder's code is fetched after the page, as it is hidden until its tab is chosen.
 */
import { Suspense, useEffect } from 'react';
import { useLinkboard } from '../../store/store';
import { Tabs } from '../common/Tabs';
import { PathFinder, preloadPathFinder } from '../lazyPanels';
import { Details } from './Details';

export function SidePanel() {
  const tab = useLinkboard((s) => s.sideTab);
  const setTab = useLinkboard((s) => s.setSideTab);
  const path = useLinkboard((s) => s.view.path);

  useEffect(() => void preloadPathFinder(), []);
  useEffect(() => {
    if (path) setTab('paths');
  }, [path, setTab]);

  return (
    <Tabs
      label="Selection panels"
      className="side"
      chosen={tab}
      onChoose={setTab}
      tabs={[
        { id: 'details', label: 'Details', content: <Details /> },
        {
          id: 'paths',
          label: 'Path finder',
          content: (
            <Suspense fallback={<p className="muted">Loading the path finder…</p>}>
              <PathFinder />
            </Suspense>
          ),
        },
      ]}
    />
  );
}
