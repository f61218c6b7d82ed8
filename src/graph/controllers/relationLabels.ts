/**
 * Verbs on the arrows: the relations of the families the user chose (view state
 * `relationLabels`) carry their verb along the line at every zoom, enlarged in the same steps as
 * names at overview zoom; a verb that would cover a name or an entity shown now, or a verb kept
 * before it, is left out (src/domain/verbLabels.ts), so that names always stay readable.
 *
 * Chosen again when the families, the drawn elements, the selection or the highlight change,
 * when entities are dragged or laid out, and when the zoom crosses a name-scale step (names and
 * verbs are both drawn in graph units, so within a step nothing moves relative to the other).
 * Runs after the names controller, whose choice of names it reads.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import type { Highlight } from '../../domain/highlight';
import type { Box } from '../../domain/labelPlacement';
import type { RelationFamily } from '../../domain/relations';
import { verbsInTheWay, type VerbLabel } from '../../domain/verbLabels';
import type { Selection } from '../../domain/viewState';
import { selectHighlight } from '../../store/selectors';
import type { LinkboardState } from '../../store/store';
import { GROUP_BUNDLE_CLASS } from '../groupElements';
import {
  LABEL_SCALE_CLASSES,
  labelScaleClass,
  labelScaleFor,
  MINOR_LABEL_CLASS,
  VERB_CLASS,
  VERB_FONT_SIZE,
  VERB_FONT_WEIGHT,
  VERB_HIDDEN_CLASS,
} from '../labelScale';
import type { RenderMode } from '../renderMode';
import { FONT_STACK } from '../stylesheet';
import { setClass, type DrawnGraph, type GraphController } from './types';

/** The text background's padding (stylesheet) and the clearance kept around a verb. */
const VERB_PADDING = 2;
const VERB_GAP = 1;

type Measure = (text: string, fontSize: number) => number;

export class RelationLabelsController implements GraphController {
  private cy: Core | null = null;
  private economical = false;
  private measureText: Measure | undefined;
  private drawnScale = 1;
  private appliedFor: {
    families: readonly RelationFamily[];
    version: number;
    selection: Selection | null;
    highlight: Highlight | null;
  } | null = null;

  attach(cy: Core, mode: RenderMode | null): () => void {
    this.cy = cy;
    this.economical = mode?.economical === true;
    this.appliedFor = null;
    this.drawnScale = 1;
    cy.on('zoom', this.onZoom);
    cy.on('dragfree', 'node', this.onMoved);
    cy.on('layoutstop', this.onMoved);
    return () => {
      if (cy.destroyed()) return;
      cy.off('zoom', this.onZoom);
      cy.off('dragfree', 'node', this.onMoved);
      cy.off('layoutstop', this.onMoved);
    };
  }

  sync(graph: DrawnGraph, state: LinkboardState): void {
    const now = {
      families: state.view.relationLabels,
      version: graph.elementsVersion,
      selection: state.view.selection,
      highlight: selectHighlight(state),
    };
    const last = this.appliedFor;
    this.appliedFor = now;
    if (
      last &&
      last.families === now.families &&
      last.version === now.version &&
      last.selection === now.selection &&
      last.highlight === now.highlight
    )
      return;
    // Nothing chosen, before or now: no edge carries a class to take off.
    if (now.families.length === 0 && (!last || last.families.length === 0)) return;
    this.apply(graph.cy);
  }

  private readonly onZoom = (): void => {
    const cy = this.cy;
    if (!cy || cy.destroyed() || !this.appliedFor?.families.length) return;
    if (this.scaleFor(cy) !== this.drawnScale) this.apply(cy);
  };

  private readonly onMoved = (): void => {
    const cy = this.cy;
    if (cy && !cy.destroyed() && this.appliedFor?.families.length) this.apply(cy);
  };

  private scaleFor(cy: Core): number {
    return this.economical ? 1 : labelScaleFor(cy.zoom());
  }

  private apply(cy: Core): void {
    const families = new Set<string>(this.appliedFor?.families ?? []);
    // Large graphs are drawn without any edge label (renderMode.ts): nothing to write on.
    const wanted = (edge: EdgeSingular) =>
      !this.economical &&
      families.has(String(edge.data('family'))) &&
      !edge.hasClass(GROUP_BUNDLE_CLASS) &&
      edge.style('curve-style') !== 'haystack' &&
      String(edge.data('label') ?? '') !== '';
    const scale = this.scaleFor(cy);
    this.drawnScale = scale;
    const scaleClass = scale === 1 ? null : labelScaleClass(scale);
    const chosen = cy.edges().filter(wanted);
    const left = verbsInTheWay(this.verbBlocks(chosen, scale), this.obstacles(cy), VERB_GAP);
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const on = chosen.has(edge);
        setClass(edge, VERB_CLASS, on);
        setClass(edge, VERB_HIDDEN_CLASS, on && left.has(edge.id()));
        for (const name of LABEL_SCALE_CLASSES) setClass(edge, name, on && name === scaleClass);
      });
    });
  }

  /** Each chosen verb's block, along its relation at the middle of the line. */
  private verbBlocks(edges: ReturnType<Core['edges']>, scale: number): VerbLabel[] {
    const size = VERB_FONT_SIZE * scale;
    const measure = this.measure();
    return edges.map((edge) => {
      const mid = edge.midpoint();
      const from = edge.sourceEndpoint();
      const to = edge.targetEndpoint();
      let angle = Math.atan2(to.y - from.y, to.x - from.x);
      // Written upright, as autorotate does: the same block either way.
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle < -Math.PI / 2) angle += Math.PI;
      const text = String(edge.data('label'));
      return {
        id: edge.id(),
        x: mid.x,
        y: mid.y,
        angle,
        width: measure(text, size) + 2 * VERB_PADDING,
        height: size * 1.2 + 2 * VERB_PADDING,
        rank: (edge.selected() ? 2 : 0) + (edge.hasClass('highlighted') ? 1 : 0),
      };
    });
  }

  /** What a verb must not cover: the names shown now and every entity's body, in graph units. */
  private obstacles(cy: Core): Box[] {
    const boxes: Box[] = [];
    cy.nodes().forEach((node) => {
      const body = node.boundingBox({ includeLabels: false, includeOverlays: false });
      if (!node.isParent()) boxes.push(body);
      if (node.hasClass(MINOR_LABEL_CLASS) || !node.data('label')) return;
      const name = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      });
      if (name.w > 0 && name.h > 0) boxes.push(name);
    });
    return boxes;
  }

  /** The browser's measure of the verb font (an estimate where there is no 2D canvas, as in jsdom). */
  private measure(): Measure {
    if (this.measureText) return this.measureText;
    const context = document.createElement('canvas').getContext('2d');
    this.measureText = context
      ? (text, fontSize) => {
          context.font = `${VERB_FONT_WEIGHT} ${fontSize}px ${FONT_STACK}`;
          return context.measureText(text).width;
        }
      : (text, fontSize) => text.length * fontSize * 0.55;
    return this.measureText;
  }
}
