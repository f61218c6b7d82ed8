/**
 * The words around an exported figure: title, subtitle (date and how much is shown), the active
 * filters in plain English, the sources, and a file name that says what the file is. Everything is
 * read from the view state and the computed view, so the caption cannot claim a filter that the
 * graph does not apply.
 */
import { formatPartialDate, parsePartialDate } from './dates';
import { buildVocabulary, relationType } from './relations';
import { CONFIDENCE_LEVELS } from './confidence';
import type { Dataset, DatasetSource } from './schema';
import { sourcesCitedBy } from './subgraph';
import { buildGraphIndex } from './graphIndex';
import { changeMarks } from './highlight';
import { comparisonWindow, type GraphView } from './view';
import type { ViewState } from './viewState';

export interface Caption {
  title: string;
  /** The date or period shown, and how much of the dataset that is. */
  subtitle: string;
  /** The active filters in plain English; empty when nothing is filtered. */
  filters: string;
  /** The sources the figure rests on; empty when the dataset names none. */
  footer: string;
  /** `linkboard-<title>-<date>`, to which the export adds `.png`, `.svg`, `.json` or `.csv`. */
  fileStem: string;
}

export interface CaptionInput {
  dataset: Dataset;
  view: ViewState;
  graphView: GraphView;
  /** The title the user typed; the dataset title when absent or blank. */
  title?: string;
}

/** Lists longer than this end in "and N more", so a caption stays a caption. */
const MAX_LISTED = 8;
const MAX_LISTED_SOURCES = 4;
export const MAX_SLUG_LENGTH = 48;
const SEPARATOR = ' · ';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function boundedList(items: readonly string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
}

/**
 * The time filter as the view applies it (see `timeWindow` in view.ts): a valid period wins over
 * a valid as-of date; an unparsable date filters nothing and is not mentioned.
 */
export function describeTime(
  view: Pick<ViewState, 'asOf' | 'range'> & Partial<Pick<ViewState, 'compare'>>,
): {
  text: string;
  slug: string;
} {
  if (view.compare && comparisonWindow(view.compare)) {
    const { from, to } = view.compare;
    return {
      text: `What changed from ${formatPartialDate(from)} to ${formatPartialDate(to)}`,
      slug: `changes-${from}-to-${to}`,
    };
  }
  if (view.range) {
    const a = parsePartialDate(view.range.from);
    const b = parsePartialDate(view.range.to);
    if (a && b) {
      const [from, to] = a.firstDay <= b.firstDay ? [a, b] : [b, a];
      return {
        text: `Active between ${formatPartialDate(from.text)} and ${formatPartialDate(to.text)}`,
        slug: `${from.text}-to-${to.text}`,
      };
    }
  }
  if (view.asOf && parsePartialDate(view.asOf))
    return { text: `As of ${formatPartialDate(view.asOf)}`, slug: view.asOf };
  return { text: 'All dates', slug: 'all-dates' };
}

function isTimeFiltered(view: ViewState): boolean {
  return describeTime(view).slug !== 'all-dates';
}

/** The active filters, each as a short phrase, in the order a reader needs them. */
export function describeFilters(dataset: Dataset, view: ViewState, graphView: GraphView): string[] {
  const parts: string[] = [];
  if (view.mode === 'command')
    parts.push(`Command view (${view.commandChain === 'formal' ? 'formal' : 'de facto'})`);
  // computeView applies a focus only when its entity survives the other filters.
  if (view.focus && graphView.nodeIds.has(view.focus.id)) {
    const label = dataset.nodes.find((n) => n.id === view.focus?.id)?.label ?? view.focus.id;
    parts.push(`Focus: ${plural(view.focus.hops, 'hop', 'hops')} around ${label}`);
  }
  if (view.hiddenEntityTypes.length > 0) {
    const labels = new Map(dataset.entityTypes.map((t) => [t.id, t.label]));
    const names = view.hiddenEntityTypes.map((t) => labels.get(t) ?? t).sort();
    parts.push(`Hidden entity types: ${boundedList(names)}`);
  }
  if (view.hiddenRelations.length > 0) {
    const vocabulary = buildVocabulary(dataset.relationTypes);
    const names = view.hiddenRelations.map((key) => relationType(vocabulary, key).label).sort();
    parts.push(`Hidden relation types: ${boundedList(names)}`);
  }
  if (view.hiddenConfidences.length > 0) {
    const shown = CONFIDENCE_LEVELS.filter((c) => !view.hiddenConfidences.includes(c));
    parts.push(shown.length > 0 ? `Only ${joinWithAnd(shown)}` : 'No confidence level shown');
  }
  if (view.hiddenSourcing.length > 0)
    parts.push(
      view.hiddenSourcing.length > 1
        ? 'No relation shown by evidence'
        : view.hiddenSourcing[0] === 'unsourced'
          ? 'Only relations with quoted evidence'
          : 'Only relations without evidence',
    );
  if (isTimeFiltered(view) && !view.includeUndated) parts.push('Undated relations hidden');
  // The command view always drops unconnected entities; saying so twice would be noise.
  if (view.hideIsolated && view.mode !== 'command') parts.push('Unconnected entities hidden');
  return parts;
}

function describeSource(source: DatasetSource): string {
  const details = [source.author, source.published && formatPartialDate(source.published)].filter(
    Boolean,
  );
  return `${source.publisher}, “${source.title}”${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

export function describeSources(sources: readonly DatasetSource[]): string {
  if (sources.length === 0) return '';
  const listed = sources.slice(0, MAX_LISTED_SOURCES).map(describeSource);
  const more = sources.length - listed.length;
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * Lowercase ASCII words joined by hyphens, cut at a word boundary: safe as a file name on every
 * system whatever the title holds (slashes, dots, control characters, right-to-left marks).
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents left by NFKD
    .replace(/['’]/g, '') // Kata'ib → kataib, not kata-ib
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > maxLength / 2 ? cut.slice(0, lastBreak) : cut).replace(/-+$/, '');
}

export function buildCaption({ dataset, view, graphView, title }: CaptionInput): Caption {
  const shownTitle = title?.trim() || dataset.title;
  const time = describeTime(view);
  const counts = `${graphView.nodeIds.size} of ${plural(dataset.nodes.length, 'entity', 'entities')}, ${graphView.edgeIds.size} of ${plural(dataset.edges.length, 'relation', 'relations')}`;
  const visibleNodes = dataset.nodes.filter((n) => graphView.nodeIds.has(n.id));
  const visibleEdges = dataset.edges.filter((e) => graphView.edgeIds.has(e.id));
  const cited = sourcesCitedBy(dataset, [...visibleNodes, ...visibleEdges]);
  const marks = view.compare ? changeMarks(buildGraphIndex(dataset), view, graphView) : null;
  const changes = marks
    ? `${SEPARATOR}${marks.appeared.size} appeared, ${marks.ended.size} ended, ${marks.cameAndWent.size} began and ended; the rest dimmed`
    : '';
  return {
    title: shownTitle,
    subtitle: `${time.text}${changes}${SEPARATOR}${counts}`,
    filters: describeFilters(dataset, view, graphView).join(SEPARATOR),
    footer: describeSources(cited.length > 0 ? cited : dataset.sources),
    fileStem: `linkboard-${slugify(shownTitle) || 'graph'}-${slugify(time.slug)}`,
  };
}

export function fileNameOf(caption: Pick<Caption, 'fileStem'>, extension: string): string {
  return `${caption.fileStem}.${extension}`;
}
