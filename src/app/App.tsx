import { lazy, StrictMode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { GraphHandle } from '../graph/adapter';
import { GraphCanvas, GraphHandleContext } from '../graph/GraphCanvas';
import { loadEditRules } from '../store/editEngine';
import { createLinkboardStore, LinkboardStoreProvider, type LinkboardStore } from '../store/store';
import { CanvasControls } from '../ui/canvas/CanvasControls';
import { LayoutProgress } from '../ui/canvas/LayoutProgress';
import { FocusBanner } from '../ui/command/FocusControls';
import { SidePanel } from '../ui/details/SidePanel';
import { Filters } from '../ui/filters/Filters';
import { ShortcutsHelp, ShortcutsHelpButton } from '../ui/help/ShortcutsHelp';
import { Legend } from '../ui/legend/Legend';
import { ChangeKey } from '../ui/legend/TimeLegend';
import { DatasetMenu } from '../ui/dataset/DatasetMenu';
import { DropOverlay } from '../ui/dataset/DropOverlay';
import { OpenDatasetButton } from '../ui/dataset/OpenDatasetButton';
import { useFileDrop } from '../ui/dataset/useFileDrop';
import { Notices } from '../ui/notices/Notices';
import { HighlightSummary } from '../ui/status/HighlightSummary';
import { StatusLine } from '../ui/status/StatusLine';
import { ExportControls } from '../ui/export/ExportControls';
import { StoryboardButton } from '../ui/storyboard/StoryboardButton';
import { Search } from '../ui/search/Search';
import { LeftPanel } from '../ui/sources/LeftPanel';
import { TableToggle } from '../ui/table/TableToggle';
import { Timeline } from '../ui/timeline/Timeline';
import { CuratedViews } from '../ui/views/CuratedViews';
import { Toolbar, ToolbarGroup } from '../ui/toolbar/Toolbar';
import { CollapseAllControls, GroupControls } from '../ui/toolbar/GroupControls';
import { ViewControls } from '../ui/toolbar/ViewControls';
import type { ImportRequest } from '../ui/dataset/importRequest';
import { DatasetTitle } from './DatasetTitle';
import { createFileService } from './fileService';
import { applyReadResult, DEFAULT_DATASET_ORIGIN, loadDefaultDataset } from './loadDataset';
import {
  DATASET_FILE_TYPES,
  loadDatasetFromUrl,
  openDatasetFiles,
  type OpenOptions,
} from './openDataset';
import { rememberImport } from './rememberedImports';
import { watchSourceTexts } from './sourceTexts';
import { watchCommunities } from './communities/watchCommunities';
import { SHORTCUTS } from './shortcuts';
import { useShortcuts } from './useShortcuts';
import { useUrlState } from './useUrlState';
import { preloadRelationTable, RelationTable } from '../ui/lazyPanels';

// Loaded on first use: most sessions never open the storyboard.
const StoryboardPanel = lazy(() => import('../ui/storyboard/StoryboardPanel'));
const Presenter = lazy(() => import('../ui/storyboard/Presenter'));
// Annotating is for briefings: its panel loads when first opened.
const AnnotatePanel = lazy(() => import('../ui/annotations/AnnotatePanel'));
// The editing controls (issue 15) come after the first page.
const EditButtons = lazy(() => import('../ui/edit/EditControls'));
const EditedMark = lazy(() =>
  import('../ui/edit/EditControls').then((m) => ({ default: m.EditedMark })),
);
/** The Import dialog is fetched when a spreadsheet first needs it. */
const ImportDialog = lazy(() => import('../ui/dataset/ImportDialog'));

/** Listens for keyboard shortcuts; a component so that it sits inside the store provider. */
function KeyboardShortcuts() {
  useShortcuts();
  return <ShortcutsHelp shortcuts={SHORTCUTS} />;
}

export interface AppProps {
  /** A store to use instead of a fresh one (tests pass their own). */
  store?: LinkboardStore;
  /** Run Cytoscape headless, where there is no 2D canvas (jsdom). */
  headlessGraph?: boolean;
  /** Skip loading the default dataset (tests that load their own). */
  skipDefaultDataset?: boolean;
}

/**
 * The shell: header with toolbar; left sidebar (search, filters, legend); the canvas; right
 * sidebar (details, path finder); bottom strip (timeline). The view state follows the address. Panels come from src/ui/, one folder each.
 */
export function App({
  store: givenStore,
  headlessGraph = false,
  skipDefaultDataset = false,
}: AppProps) {
  const [store] = useState(() => givenStore ?? createLinkboardStore());
  const [graphHandle] = useState<{ current: GraphHandle | null }>(() => ({ current: null }));
  // Files are read in a worker, one per page, ended with the page.
  const [fileService] = useState(createFileService);
  useEffect(() => () => fileService.dispose(), [fileService]);
  const [importRequest, setImportRequest] = useState<ImportRequest | null>(null);
  const openOptions = useMemo<OpenOptions>(
    () => ({ service: fileService, onImport: setImportRequest }),
    [fileService],
  );
  useEffect(() => void preloadRelationTable(), []);
  useUrlState(store);
  useEffect(() => watchCommunities(store), [store]);
  useEffect(() => watchSourceTexts(store), [store]);

  // What is kept per dataset in this browser (saved views, arrangement, storyboard) is read and
  // written by code fetched after the page; it is running before the first dataset loads, so that
  // the first drawing already has the saved arrangement.
  const [recordsKeeper] = useState(() => import('./persistence/records'));
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    void recordsKeeper.then((records) => {
      if (!stopped) stop = records.persistDatasetRecords(store);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [store, recordsKeeper]);

  useEffect(() => {
    if (skipDefaultDataset || store.getState().dataset) return;
    // ?data=<same-origin url> opens that dataset; the default stays the fallback if it fails.
    const dataUrl = new URLSearchParams(window.location.search).get('data');
    void (async () => {
      await recordsKeeper.catch(() => undefined);
      if (dataUrl && (await loadDatasetFromUrl(store, dataUrl, undefined, openOptions))) return;
      await loadDefaultDataset(store);
    })();
  }, [store, skipDefaultDataset, openOptions, recordsKeeper]);

  // The edits are kept in IndexedDB; the code doing it (and idb-keyval) is fetched after the page.
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    // The edit rules arrive with it: the store's edit actions need them (src/store/editEngine.ts).
    void Promise.all([import('./persistence/editHistory'), loadEditRules()]).then(([kept]) => {
      if (!stopped) stop = kept.persistEdits(store, kept.indexedDbBackend());
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [store]);

  const openFiles = useCallback(
    (files: File[]) => void openDatasetFiles(store, files, openOptions),
    [store, openOptions],
  );
  const openDefault = useCallback(() => void loadDefaultDataset(store), [store]);
  const drop = useFileDrop(openFiles);
  const storyboardOpen = useStore(store, (s) => s.storyboardOpen);
  const presenting = useStore(store, (s) => s.presenting !== null);
  const reading = useStore(store, (s) => s.leftTab === 'sources');
  const annotateOpen = useStore(store, (s) => s.annotateOpen);

  return (
    <StrictMode>
      <LinkboardStoreProvider store={store}>
        <GraphHandleContext.Provider value={graphHandle}>
          <div
            className={`app-shell${presenting ? ' is-presenting' : ''}${reading ? ' is-reading' : ''}`}
          >
            <header className="app-header">
              <h1 className="app-name">Linkboard</h1>
              <DatasetTitle />
              <Toolbar>
                <ToolbarGroup label="Dataset">
                  <OpenDatasetButton accept={DATASET_FILE_TYPES} onOpen={openFiles} />
                  <DatasetMenu defaultOrigin={DEFAULT_DATASET_ORIGIN} onOpenDefault={openDefault} />
                </ToolbarGroup>
                <ToolbarGroup label="Edit">
                  <Suspense fallback={null}>
                    <EditButtons />
                  </Suspense>
                </ToolbarGroup>
                <ToolbarGroup label="View">
                  <ViewControls />
                  <GroupControls />
                  <TableToggle />
                </ToolbarGroup>
                <ToolbarGroup label="Export">
                  <ExportControls />
                  <StoryboardButton />
                </ToolbarGroup>
                <ToolbarGroup label="Help">
                  <ShortcutsHelpButton />
                </ToolbarGroup>
              </Toolbar>
            </header>
            <aside className="sidebar sidebar-left" aria-label="Explore and sources">
              <LeftPanel
                explore={
                  <>
                    <Search />
                    <CuratedViews />
                    <Filters />
                    <Legend />
                  </>
                }
              />
            </aside>
            {/* The canvas, and under it the relations table in a pane of its own while open. */}
            <div className="center-column">
              <main className="canvas-area" {...drop.handlers}>
                <GraphCanvas headless={headlessGraph} />
                <CanvasControls />
                <LayoutProgress />
                <FocusBanner />
                <ChangeKey />
                <DropOverlay visible={drop.dragging} />
                <Notices />
                {/* The edited mark sits on the status line, and both wrap before the canvas controls. */}
                <div className="canvas-status">
                  <Suspense fallback={null}>
                    <EditedMark />
                  </Suspense>
                  <StatusLine />
                </div>
                <CollapseAllControls />
                <HighlightSummary />
                {annotateOpen && !presenting && (
                  <Suspense fallback={null}>
                    <AnnotatePanel />
                  </Suspense>
                )}
                {presenting && (
                  <Suspense fallback={null}>
                    <Presenter />
                  </Suspense>
                )}
              </main>
              <Suspense fallback={null}>
                <RelationTable />
              </Suspense>
            </div>
            <aside
              className="sidebar sidebar-right"
              aria-label={storyboardOpen ? 'Storyboard' : 'Selection'}
            >
              {storyboardOpen ? (
                <Suspense fallback={<p className="storyboard-loading">Loading the storyboard…</p>}>
                  <StoryboardPanel />
                </Suspense>
              ) : (
                <SidePanel />
              )}
            </aside>
            <Timeline />
          </div>
          <KeyboardShortcuts />
          {importRequest && (
            <Suspense fallback={null}>
              <ImportDialog
                request={importRequest}
                onImported={(result, mappings, remember) => {
                  if (remember) rememberImport(importRequest.signature, mappings);
                  applyReadResult(store, result, importRequest.origin, importRequest.format);
                  setImportRequest(null);
                }}
                onCancel={() => {
                  importRequest.cancel();
                  setImportRequest(null);
                }}
              />
            </Suspense>
          )}
        </GraphHandleContext.Provider>
      </LinkboardStoreProvider>
    </StrictMode>
  );
}
