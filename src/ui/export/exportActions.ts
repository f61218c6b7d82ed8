/**
 * What the export dialog's buttons do: build the caption from the view state, ask the graph for a
 * figure, cut the visible subgraph out for data exports, and hand files to the browser. Each
 * returns the sentence the dialog shows in its status line.
 */
import { buildCaption, fileNameOf, type Caption } from '../../domain/caption';
import { figureSelection, type FigureSelection } from '../../domain/figureSelection';
import type { ExportFormat } from '../../domain/formats/registry';
import { visibleSubgraph } from '../../domain/subgraph';
import type { GraphHandle } from '../../graph/adapter';
import {
  DEFAULT_NAME_SIZE,
  type FigureArea,
  type FigureBackground,
  type FigureFormat,
  type FigurePageName,
  type FigureRequest,
  type FigureSize,
} from '../../graph/export/types';
import { selectGraphView, selectHighlight, selectIndex } from '../../store/selectors';
import type { LinkboardState, LinkboardStore } from '../../store/store';
import { copyText, downloadBlob } from './download';

/** A preset page, a custom size, or the graph at its own size. */
export type FigureSizeChoice = FigurePageName | 'custom' | 'natural';

export interface FigureOptions {
  scale: number;
  area: FigureArea;
  size: FigureSizeChoice;
  customWidth: number;
  customHeight: number;
  /** Entity names' font size at 1×, in px. */
  nameSize: number;
  background: FigureBackground;
  /** What the title field holds; null until the user edits it (then the dataset title shows). */
  title: string | null;
  subtitle: boolean;
  legend: boolean;
  footer: boolean;
}

export function defaultFigureOptions(): FigureOptions {
  return {
    scale: 2,
    area: 'view',
    size: '16:9',
    customWidth: 1600,
    customHeight: 900,
    nameSize: DEFAULT_NAME_SIZE,
    background: 'white',
    title: null,
    subtitle: true,
    legend: true,
    footer: true,
  };
}

function captionFor(state: LinkboardState, title?: string): Caption {
  const graphView = selectGraphView(state);
  if (!state.dataset || !graphView) throw new Error('No dataset is loaded yet');
  return buildCaption({ dataset: state.dataset, view: state.view, graphView, title });
}

export function figureSizeOf(options: FigureOptions): FigureSize {
  if (options.size === 'natural') return { kind: 'natural' };
  if (options.size === 'custom')
    return { kind: 'custom', width: options.customWidth, height: options.customHeight };
  return { kind: 'page', page: options.size };
}

/** What "Selection" would export now, or null when nothing is selected or highlighted. */
export function currentFigureSelection(state: LinkboardState): FigureSelection | null {
  const index = selectIndex(state);
  const graphView = selectGraphView(state);
  if (!index || !graphView) return null;
  return figureSelection(index, graphView, state.view, selectHighlight(state));
}

/** The figure the options describe for the current view, with its caption and file name. */
export function buildFigureRequest(
  state: LinkboardState,
  options: FigureOptions,
  format: FigureFormat,
): { request: FigureRequest; caption: Caption } {
  const title = (options.title ?? state.dataset?.title ?? '').trim();
  const caption = captionFor(state, title);
  const selection = options.area === 'selection' ? currentFigureSelection(state) : null;
  if (options.area === 'selection' && !selection)
    throw new Error(
      'Nothing is selected: select an entity or a relation, or highlight a path or chain',
    );
  return {
    caption,
    request: {
      format,
      scale: options.scale,
      area: options.area,
      selection,
      size: figureSizeOf(options),
      nameSize: options.nameSize,
      verbFamilies: state.view.relationLabels,
      annotations: state.view.annotations,
      background: options.background,
      title,
      subtitleLines: options.subtitle ? [caption.subtitle, caption.filters] : [],
      footer: options.footer ? caption.footer : '',
      legend: options.legend,
      entityTypeLabels: Object.fromEntries(
        (state.dataset?.entityTypes ?? []).map((t) => [t.id, t.label]),
      ),
    },
  };
}

export async function exportFigureFile(
  store: LinkboardStore,
  handle: GraphHandle | null,
  format: FigureFormat,
  options: FigureOptions,
  container: HTMLElement,
): Promise<string> {
  if (!handle) throw new Error('The graph is not on screen yet');
  const state = store.getState();
  const { request, caption } = buildFigureRequest(state, options, format);
  const result = await handle.exportImage(request);
  const fileName = fileNameOf(caption, format);
  downloadBlob(result.blob, fileName, container);
  if (result.notes.length > 0)
    state.pushNotice({
      level: 'info',
      title:
        format === 'png' && result.scale < options.scale
          ? 'Exported at a smaller scale'
          : 'About this figure',
      details: result.notes,
    });
  const size = `${result.width} × ${result.height}${format === 'png' ? ' px' : ''}`;
  return [`Saved ${fileName} (${size}).`, ...result.notes].join(' ');
}

/** The visible part of the dataset as a file in one of the export formats. */
export async function exportDataFile(
  store: LinkboardStore,
  format: ExportFormat,
  container: HTMLElement,
): Promise<string> {
  const state = store.getState();
  const graphView = selectGraphView(state);
  if (!state.dataset || !graphView) throw new Error('No dataset is loaded yet');
  const subgraph = visibleSubgraph(state.dataset, graphView);
  const fileName = fileNameOf(captionFor(state), format.extension);
  const write = await format.write();
  downloadBlob(new Blob([write(subgraph)], { type: format.mimeType }), fileName, container);
  return format.id === 'csv'
    ? `Saved ${fileName} (${subgraph.edges.length} relations with their quotes).`
    : `Saved ${fileName} (${subgraph.nodes.length} entities, ${subgraph.edges.length} relations).`;
}

export async function copyViewLink(store: LinkboardStore, container: HTMLElement): Promise<string> {
  const url = window.location.href;
  const { pushNotice } = store.getState();
  if (await copyText(url, container)) {
    pushNotice({ level: 'info', title: 'Copied the link to this view', details: [] });
    return 'Copied the link to this view.';
  }
  pushNotice({
    level: 'warning',
    title: 'Could not copy the link: the browser refused. Copy it from here:',
    details: [url],
  });
  return 'Could not copy the link; it is shown in a notice.';
}
