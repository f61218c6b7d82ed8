/**
 * The left-hand column as tabs: Explore (search, views, filters, legend) and Sources (the
 * sources' full texts, issue 15). The Sources panel is fetched the first time it is opened and
 * then stays mounted, so its place in the text and a quote being put together survive a look
 * at the filters.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useLinkboard } from '../../store/store';
import { Tabs } from '../common/Tabs';
import { useReveal } from '../common/useReveal';

const SourcesPanel = lazy(() => import('./SourcesPanel'));

function Sources({ shown }: { shown: boolean }) {
  // The panel's chunk is asked for only once it is first shown.
  const [wanted, setWanted] = useState(shown);
  if (shown && !wanted) setWanted(true);
  // Handed down so that the panel's chunk does not import the canvas.
  const reveal = useReveal();
  return wanted ? (
    <Suspense fallback={<p className="details-muted">Loading the sources…</p>}>
      <SourcesPanel reveal={reveal} />
    </Suspense>
  ) : null;
}

export function LeftPanel({ explore }: { explore: ReactNode }) {
  const tab = useLinkboard((s) => s.leftTab);
  const setTab = useLinkboard((s) => s.setLeftTab);
  return (
    <Tabs
      label="Left panels"
      className="left"
      chosen={tab}
      onChoose={setTab}
      tabs={[
        { id: 'explore', label: 'Explore', content: explore },
        {
          id: 'sources',
          label: 'Sources',
          content: <Sources shown={tab === 'sources'} />,
          className: 'left-tab-sources',
        },
      ]}
    />
  );
}
