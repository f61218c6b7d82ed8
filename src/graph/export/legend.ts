/**
 * The legend of an export: only the entity types, relation families and line styles it shows, and
 * what changed or is drawn faded for lack of dates when the view shows that.
 */
import type { Collection, Core } from 'cytoscape';
import {
  RELATION_FAMILIES,
  RELATION_FAMILY_LABELS,
  type RelationFamily,
} from '../../domain/relations';
import { BUILT_IN_ENTITY_TYPES } from '../../domain/schema';
import { CHANGE_CLASSES, UNDATED_CLASS } from '../controllers/time';
import {
  CHANGE_STYLES,
  colourOfFamily,
  LINE_STYLE_MEANINGS,
  LINE_STYLES,
  type ChangeKind,
  type LineStyle,
} from '../palette';
import type { FigureArea } from './types';

export interface LegendContent {
  entityTypes: { label: string; colour: string; shape: string }[];
  families: { label: string; colour: string }[];
  lineStyles: { style: LineStyle; label: string }[];
  /** What changed over a compared period, as coloured on the canvas; empty when nothing is. */
  changes: { label: string; colour: string }[];
  /** Whether some of what is shown is drawn faded for lack of dates. */
  undated: boolean;
}

function overlaps(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  return a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
}

/** The elements the figure shows: all of them, or those that reach into the viewport. */
export function elementsInArea(cy: Core, area: FigureArea): Collection {
  if (area === 'full') return cy.elements();
  const extent = cy.extent();
  return cy.elements().filter((ele) => overlaps(ele.boundingBox(), extent));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function collectLegend(
  elements: Collection,
  entityTypeLabels: Readonly<Record<string, string>>,
): LegendContent {
  const types = new Map<string, LegendContent['entityTypes'][number]>();
  elements.nodes().forEach((node) => {
    const type = String(node.data('type'));
    if (!types.has(type))
      types.set(type, {
        label: capitalised(entityTypeLabels[type] ?? type),
        colour: String(node.data('colour')),
        shape: String(node.data('shape')),
      });
  });
  const families = new Set<string>();
  const lineStyles = new Set<string>();
  const changes = new Set<ChangeKind>();
  elements.edges().forEach((edge) => {
    families.add(String(edge.data('family')));
    lineStyles.add(String(edge.data('lineStyle')));
    for (const [kind, name] of Object.entries(CHANGE_CLASSES) as [ChangeKind, string][])
      if (edge.hasClass(name)) changes.add(kind);
  });
  const builtIn = (type: string) => {
    const at = (BUILT_IN_ENTITY_TYPES as readonly string[]).indexOf(type);
    return at < 0 ? BUILT_IN_ENTITY_TYPES.length : at;
  };
  return {
    // Built-in types first, in the palette's order, then declared ones by name.
    entityTypes: [...types.entries()]
      .sort(([a, ta], [b, tb]) => builtIn(a) - builtIn(b) || ta.label.localeCompare(tb.label))
      .map(([, entry]) => entry),
    families: RELATION_FAMILIES.filter((f: RelationFamily) => families.has(f)).map((f) => ({
      label: RELATION_FAMILY_LABELS[f],
      colour: colourOfFamily(f),
    })),
    lineStyles: LINE_STYLES.filter((s) => lineStyles.has(s)).map((style) => ({
      style,
      label: capitalised(LINE_STYLE_MEANINGS[style]),
    })),
    changes: (Object.keys(CHANGE_CLASSES) as ChangeKind[])
      .filter((kind) => changes.has(kind))
      .map((kind) => CHANGE_STYLES[kind]),
    undated: elements.filter(`.${UNDATED_CLASS}`).length > 0,
  };
}
