/**
 * What the storyboard panel and the presentation need beyond the list itself (./storyboard.ts):
 * the views to start from, a first title for a slide, and where a key leads. Apart from the list
 * so that none of it weighs on the first page: only the panel, loaded on demand, uses it.
 */
import { describeTime } from './caption';
import type { Dataset } from './schema';
import { cleanTitle } from './storyboard';
import { getDefaultViewState, type ViewState } from './viewState';

/** A view the app offers for any dataset, to start a storyboard from. */
export interface CuratedView {
  name: string;
  view: ViewState;
}

/** The whole network, and the chain of command read both ways (de facto and on paper). */
export function curatedViews(): CuratedView[] {
  const network = getDefaultViewState();
  const command: ViewState = { ...network, mode: 'command', layout: 'hierarchical' };
  return [
    { name: 'The whole network', view: network },
    { name: 'Chain of command (de facto)', view: command },
    { name: 'Chain of command (formal)', view: { ...command, commandChain: 'formal' } },
  ];
}

/**
 * A first title for a slide made from a view, which the user then edits: what the view shows
 * (the chain of command, a focus, a selection), and when. Short, as a slide title should be.
 */
export function suggestSlideTitle(
  dataset: { nodes: readonly Pick<Dataset['nodes'][number], 'id' | 'label'>[] },
  view: ViewState,
): string {
  const label = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
  let what =
    view.mode === 'command'
      ? `Chain of command (${view.commandChain === 'formal' ? 'formal' : 'de facto'})`
      : 'The whole network';
  if (view.path) what = `From ${label(view.path.from)} to ${label(view.path.to)}`;
  else if (view.focus) what = `Around ${label(view.focus.id)}`;
  else if (view.selection?.kind === 'node')
    what = `${what}: ${label(view.selection.id)}${view.highlightChain ? ' and its chain' : ''}`;
  const time = describeTime(view);
  if (time.slug === 'all-dates') return cleanTitle(what);
  return cleanTitle(`${what}, ${time.text[0]!.toLowerCase()}${time.text.slice(1)}`);
}

/**
 * Where a key leads in a presentation at slide `at` of `count`: a slide's index, null to end,
 * undefined when the key is not the presentation's.
 */
export function slideForKey(key: string, at: number, count: number): number | null | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(count - 1, at + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
