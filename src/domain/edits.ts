/**
 * The edits an analyst makes to a dataset in the evidence workbench (issue 15), and how each one
 * applies. Each edit is plain, serialisable data: the store keeps the list, undo and redo move
 * along it, and IndexedDB keeps it per dataset, so that replaying it over the original dataset
 * gives the edited one. Applying is pure: the dataset given is never changed, what an edit does
 * not touch is shared with it, and an edit that does not apply is refused with an EditError
 * saying why (nothing half done).
 *
 * The rules keep a dataset valid as parseDataset sees it: ids stay unique (entities and relations
 * share one set), every reference resolves (relation ends, event participants and places,
 * evidence sources, curated views), dates stay ordered, and an item that quotes something keeps
 * at least one quote, so that a curated dataset still passes with evidence required.
 */
import { CONFIDENCE_LEVELS, type Confidence } from './confidence';
import { isOrdered, parsePartialDate } from './dates';
import {
  BUILT_IN_ENTITY_TYPES,
  edgeSchema,
  eventSchema,
  evidenceSchema,
  formatPath,
  nodeSchema,
  sourceSchema,
  type Dataset,
  type DatasetEdge,
  type DatasetEvent,
  type DatasetNode,
  type DatasetSource,
  type DatasetView,
  type Evidence,
} from './schema';

export type EditTarget =
  { kind: 'entity'; id: string } | { kind: 'relation'; id: string } | { kind: 'event'; id: string };

export type DatasetEdit =
  | { kind: 'addEntity'; entity: DatasetNode }
  | { kind: 'updateEntity'; id: string; patch: Partial<Omit<DatasetNode, 'id'>> }
  /** Removes the entity with the relations that touch it and its place in events. */
  | { kind: 'deleteEntity'; id: string }
  | { kind: 'addRelation'; relation: DatasetEdge }
  | { kind: 'updateRelation'; id: string; patch: Partial<Omit<DatasetEdge, 'id'>> }
  | { kind: 'deleteRelation'; id: string }
  | { kind: 'addEvent'; event: DatasetEvent }
  | { kind: 'updateEvent'; id: string; patch: Partial<Omit<DatasetEvent, 'id'>> }
  | { kind: 'deleteEvent'; id: string }
  | { kind: 'addEvidence'; target: EditTarget; evidence: Evidence }
  | { kind: 'updateEvidence'; target: EditTarget; index: number; evidence: Evidence }
  | { kind: 'removeEvidence'; target: EditTarget; index: number }
  /** `mergedId` disappears into `keptId`: its label and aliases become aliases, its relations move. */
  | { kind: 'mergeEntities'; keptId: string; mergedId: string }
  /** A source brought by the analyst, with its full text kept in the dataset. */
  | { kind: 'addSource'; source: DatasetSource; text: string };

/** An edit that does not apply to the dataset it was given; the message says why, for the user. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

function refuse(message: string): never {
  throw new EditError(message);
}

const NOUN: Record<EditTarget['kind'], string> = {
  entity: 'entity',
  relation: 'relation',
  event: 'event',
};

// ------------------------------------------------------------------------------------ checks

/** Runs a zod schema over an item and returns its output, or refuses with the first problem. */
function checked<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.length > 0 ? ` (${formatPath(issue.path).slice(2)})` : '';
  return refuse(`The ${what} is not valid${at}: ${issue.message}`);
}

function entityIds(dataset: Dataset): Set<string> {
  return new Set(dataset.nodes.map((n) => n.id));
}

function checkDates(item: { since?: string; until?: string }, what: string): void {
  if (item.since !== undefined && item.until !== undefined && !isOrdered(item.since, item.until))
    refuse(`The ${what}'s end (${item.until}) is before its start (${item.since})`);
}

function checkEvidenceSources(dataset: Dataset, evidence: readonly Evidence[]): void {
  const sources = new Set(dataset.sources.map((s) => s.id));
  for (const e of evidence)
    if (!sources.has(e.source)) refuse(`The quote cites an unknown source "${e.source}"`);
}

/** An item that quotes something keeps a quote; a new item brings one. */
function checkKeepsEvidence(before: readonly Evidence[] | null, after: readonly Evidence[]): void {
  if (after.length === 0 && (before === null || before.length > 0))
    refuse(
      before === null
        ? 'A new item needs at least one quote'
        : 'The last quote cannot be removed: add another first, or delete the item',
    );
}

function checkEntityType(dataset: Dataset, type: string): void {
  const known =
    (BUILT_IN_ENTITY_TYPES as readonly string[]).includes(type) ||
    dataset.entityTypes.some((t) => t.id === type);
  if (!known) refuse(`Unknown entity type "${type}"`);
}

/** Entities and relations share one set of ids on the canvas. */
function checkNewGraphId(dataset: Dataset, id: string): void {
  if (dataset.nodes.some((n) => n.id === id)) refuse(`The id "${id}" is already an entity's`);
  if (dataset.edges.some((e) => e.id === id)) refuse(`The id "${id}" is already a relation's`);
}

function checkEntity(dataset: Dataset, node: DatasetNode): void {
  checkEntityType(dataset, node.type);
  checkDates(node, 'entity');
  checkEvidenceSources(dataset, node.evidence);
}

function checkRelation(dataset: Dataset, edge: DatasetEdge): void {
  const ids = entityIds(dataset);
  if (!ids.has(edge.source)) refuse(`The relation starts from an unknown entity "${edge.source}"`);
  if (!ids.has(edge.target)) refuse(`The relation points to an unknown entity "${edge.target}"`);
  checkDates(edge, 'relation');
  checkEvidenceSources(dataset, edge.evidence);
}

function checkEvent(dataset: Dataset, event: DatasetEvent): void {
  const ids = entityIds(dataset);
  for (const p of event.participants)
    if (!ids.has(p)) refuse(`The event names an unknown participant "${p}"`);
  if (event.place !== undefined && !ids.has(event.place))
    refuse(`The event's place "${event.place}" is not an entity`);
  checkEvidenceSources(dataset, event.evidence);
}

// ------------------------------------------------------------------------------- list helpers

function indexOrRefuse(
  list: readonly { id: string }[],
  id: string,
  kind: EditTarget['kind'],
): number {
  const i = list.findIndex((item) => item.id === id);
  if (i < 0) refuse(`There is no ${NOUN[kind]} "${id}"`);
  return i;
}

function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** The item with the patch over it; a field the patch sets to undefined is removed. */
function patched<T extends object>(item: T, patch: object): T {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') refuse('An id cannot be changed');
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

// --------------------------------------------------------------------------- curated views

type ViewState = DatasetView['state'];

/**
 * Rewrites what curated views say about entities, relations and events: `entity(id)` gives the
 * entity id to use instead (the same, another, or null where it is gone), likewise for relations
 * and events. A reference to what is gone is dropped from the view, so that it still opens.
 */
function rewriteViews(
  views: readonly DatasetView[],
  map: {
    entity?: (id: string) => string | null;
    relation?: (id: string) => { kind: 'node' | 'edge'; id: string } | null;
    event?: (id: string) => string | null;
  },
): DatasetView[] {
  const entity = map.entity ?? ((id: string) => id);
  let changed = false;
  const next = views.map((view) => {
    const state: ViewState = { ...view.state };
    const { selection, focus, path, customGroups } = view.state;
    if (selection) {
      const to =
        selection.kind === 'node'
          ? ((id) => (id === null ? null : { kind: 'node' as const, id }))(entity(selection.id))
          : selection.kind === 'edge'
            ? map.relation
              ? map.relation(selection.id)
              : selection
            : ((id) => (id === null ? null : { kind: 'event' as const, id }))(
                map.event ? map.event(selection.id) : selection.id,
              );
      if (to === null) delete state.selection;
      else if (to.kind !== selection.kind || to.id !== selection.id) state.selection = to;
    }
    if (focus) {
      const id = entity(focus.id);
      if (id === null) delete state.focus;
      else if (id !== focus.id) state.focus = { ...focus, id };
    }
    if (path) {
      const from = entity(path.from);
      const to = entity(path.to);
      if (from === null || to === null || from === to) delete state.path;
      else if (from !== path.from || to !== path.to) state.path = { from, to };
    }
    if (customGroups) {
      state.customGroups = customGroups
        .map((group) => ({
          ...group,
          members: [
            ...new Set(group.members.map(entity).filter((id): id is string => id !== null)),
          ],
        }))
        .filter((group) => group.members.length > 0);
    }
    const same =
      state.selection === view.state.selection &&
      state.focus === view.state.focus &&
      state.path === view.state.path &&
      JSON.stringify(state.customGroups) === JSON.stringify(customGroups);
    if (same) return view;
    changed = true;
    return { ...view, state };
  });
  return changed ? next : (views as DatasetView[]);
}

// ---------------------------------------------------------------------------- dependants

/** What deleting an item takes with it, or changes: shown to the user before they confirm. */
export interface Dependants {
  /** Relations that start or end at the entity: deleted with it. */
  relations: DatasetEdge[];
  /** Events the entity takes part in or is the place of: they stay, without it. */
  events: { event: DatasetEvent; role: 'participant' | 'place' }[];
  /** Curated views that select, focus on or path through the item: they lose that reference. */
  views: DatasetView[];
}

export function dependantsOf(dataset: Dataset, target: EditTarget): Dependants {
  const { id } = target;
  if (target.kind === 'entity') {
    const views = dataset.views.filter(({ state }) => {
      return (
        (state.selection?.kind === 'node' && state.selection.id === id) ||
        state.focus?.id === id ||
        state.path?.from === id ||
        state.path?.to === id ||
        state.customGroups?.some((g) => g.members.includes(id)) === true
      );
    });
    const events: Dependants['events'] = [];
    for (const event of dataset.events) {
      if (event.participants.includes(id)) events.push({ event, role: 'participant' });
      else if (event.place === id) events.push({ event, role: 'place' });
    }
    return {
      relations: dataset.edges.filter((e) => e.source === id || e.target === id),
      events,
      views,
    };
  }
  const kind = target.kind === 'relation' ? 'edge' : 'event';
  return {
    relations: [],
    events: [],
    views: dataset.views.filter(
      ({ state }) => state.selection?.kind === kind && state.selection.id === id,
    ),
  };
}

// ----------------------------------------------------------------------------------- merge

const STRENGTH: Record<Confidence, number> = Object.fromEntries(
  CONFIDENCE_LEVELS.map((level, i) => [level, CONFIDENCE_LEVELS.length - i]),
) as Record<Confidence, number>;

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.source === b.source && a.quote === b.quote && (a.note ?? '') === (b.note ?? '');
}

/** Both lists of quotes, the second's after the first's, each quote once. */
export function joinEvidence(kept: readonly Evidence[], added: readonly Evidence[]): Evidence[] {
  const out = kept.slice();
  for (const e of added) if (!out.some((k) => sameEvidence(k, e))) out.push(e);
  return out;
}

/** Texts joined, each once; case and spacing do not make two names different. */
function joinNames(kept: readonly string[], added: readonly string[], exclude: string[]): string[] {
  const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  const seen = new Set(exclude.map(key));
  const out: string[] = [];
  for (const name of [...kept, ...added]) {
    if (seen.has(key(name))) continue;
    seen.add(key(name));
    out.push(name);
  }
  return out;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return parsePartialDate(b)!.firstDay < parsePartialDate(a)!.firstDay ? b : a;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return parsePartialDate(b)!.lastDay > parsePartialDate(a)!.lastDay ? b : a;
}

/** Two relations saying the same thing (ends, kind, label, dates, formality), maybe on other evidence. */
function sameRelation(a: DatasetEdge, b: DatasetEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.relation === b.relation &&
    a.label === b.label &&
    a.since === b.since &&
    a.until === b.until &&
    a.formal === b.formal
  );
}

function withoutUndefined<T extends object>(item: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (value !== undefined) out[key] = value;
  return out as T;
}

/**
 * Merges `mergedId` into `keptId`, losing nothing: the merged entity's label and aliases become
 * aliases of the kept one, its tags and quotes are joined to the kept one's, its summary follows
 * the kept one's, its dates widen the kept one's span, its attributes join (a clashing value kept
 * under the attribute's name with the merged entity's label). Its relations move to the kept
 * entity; one that would link the kept entity to itself is dropped with its quotes joined to the
 * entity's, one that would repeat a relation already there is dropped with its quotes joined to
 * that one's (and the surer confidence kept). Events and curated views name the kept entity.
 */
export function mergeEntities(dataset: Dataset, keptId: string, mergedId: string): Dataset {
  if (keptId === mergedId) refuse('An entity cannot be merged into itself');
  const keptIndex = indexOrRefuse(dataset.nodes, keptId, 'entity');
  const mergedIndex = indexOrRefuse(dataset.nodes, mergedId, 'entity');
  const kept = dataset.nodes[keptIndex]!;
  const merged = dataset.nodes[mergedIndex]!;

  let evidence = joinEvidence(kept.evidence, merged.evidence);
  const edges: DatasetEdge[] = [];
  /** Where each relation dropped went: the relation it joined, or the kept entity (a loop). */
  const relationWent = new Map<string, { kind: 'node' | 'edge'; id: string }>();
  for (const edge of dataset.edges) {
    if (edge.source !== mergedId && edge.target !== mergedId) {
      edges.push(edge);
      continue;
    }
    const moved: DatasetEdge = {
      ...edge,
      source: edge.source === mergedId ? keptId : edge.source,
      target: edge.target === mergedId ? keptId : edge.target,
    };
    if (moved.source === moved.target) {
      evidence = joinEvidence(evidence, moved.evidence);
      relationWent.set(edge.id, { kind: 'node', id: keptId });
      continue;
    }
    // A duplicate of a relation already kept (before it or moved before it) takes its quotes there.
    const twin = edges.findIndex((e) => sameRelation(e, moved));
    if (twin >= 0) {
      const into = edges[twin]!;
      const confidence =
        STRENGTH[moved.confidence] > STRENGTH[into.confidence] ? moved.confidence : into.confidence;
      edges[twin] = {
        ...into,
        confidence,
        evidence: joinEvidence(into.evidence, moved.evidence),
        ...(into.attributes || moved.attributes
          ? { attributes: { ...moved.attributes, ...into.attributes } }
          : {}),
      };
      relationWent.set(edge.id, { kind: 'edge', id: into.id });
      continue;
    }
    edges.push(moved);
  }
  // A duplicate found later may have been joined to one moved, which moved after others: fine, ids hold.
  for (const [from, to] of relationWent) {
    let target = to;
    while (target.kind === 'edge' && relationWent.has(target.id))
      target = relationWent.get(target.id)!;
    relationWent.set(from, target);
  }

  let attributes = kept.attributes;
  if (merged.attributes) {
    const joined: Record<string, string | number | boolean> = { ...kept.attributes };
    for (const [key, value] of Object.entries(merged.attributes)) {
      if (!(key in joined)) joined[key] = value;
      else if (joined[key] !== value) joined[`${key} (${merged.label})`.slice(0, 200)] = value;
    }
    attributes = joined;
  }
  const summary =
    merged.summary && merged.summary !== kept.summary
      ? kept.summary
        ? `${kept.summary}\n\n${merged.summary}`
        : merged.summary
      : kept.summary;
  const node: DatasetNode = withoutUndefined({
    ...kept,
    aliases: joinNames(kept.aliases, [merged.label, ...merged.aliases], [kept.label]),
    tags: joinNames(kept.tags, merged.tags, []),
    summary,
    since: earlier(kept.since, merged.since),
    until: later(kept.until, merged.until),
    evidence,
    attributes,
  });
  const checkedNode = checked(nodeSchema, node, 'merged entity');

  const nodes = dataset.nodes
    .filter((n) => n.id !== mergedId)
    .map((n) => (n.id === keptId ? checkedNode : n));
  const events = dataset.events.map((event) => {
    const named = event.participants.includes(mergedId) || event.place === mergedId;
    if (!named) return event;
    return withoutUndefined({
      ...event,
      participants: [...new Set(event.participants.map((p) => (p === mergedId ? keptId : p)))],
      place: event.place === mergedId ? keptId : event.place,
    });
  });
  const views = rewriteViews(dataset.views, {
    entity: (id) => (id === mergedId ? keptId : id),
    relation: (id) => relationWent.get(id) ?? { kind: 'edge', id },
  });
  return { ...dataset, nodes, edges, events, views };
}

// --------------------------------------------------------------------------------- evidence

function evidenceOf(dataset: Dataset, target: EditTarget): readonly Evidence[] {
  const list =
    target.kind === 'entity'
      ? dataset.nodes
      : target.kind === 'relation'
        ? dataset.edges
        : dataset.events;
  return list[indexOrRefuse(list, target.id, target.kind)]!.evidence;
}

function withEvidence(dataset: Dataset, target: EditTarget, evidence: Evidence[]): Dataset {
  const set = <T extends { id: string; evidence: Evidence[] }>(list: T[]): T[] => {
    const i = indexOrRefuse(list, target.id, target.kind);
    return replaced(list, i, { ...list[i]!, evidence });
  };
  if (evidence.length > 500) refuse(`An ${NOUN[target.kind]} holds at most 500 quotes`);
  if (target.kind === 'entity') return { ...dataset, nodes: set(dataset.nodes) };
  if (target.kind === 'relation') return { ...dataset, edges: set(dataset.edges) };
  return { ...dataset, events: set(dataset.events) };
}

function checkEvidenceIndex(list: readonly Evidence[], index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= list.length)
    refuse(`There is no quote number ${index + 1} (it has ${list.length})`);
}

// ------------------------------------------------------------------------------------ apply

/** The dataset with the edit made; throws an EditError, changing nothing, when it does not apply. */
export function applyEdit(dataset: Dataset, edit: DatasetEdit): Dataset {
  switch (edit.kind) {
    case 'addEntity': {
      const node = checked(nodeSchema, edit.entity, 'entity');
      checkNewGraphId(dataset, node.id);
      checkKeepsEvidence(null, node.evidence);
      checkEntity(dataset, node);
      return { ...dataset, nodes: [...dataset.nodes, node] };
    }
    case 'updateEntity': {
      const i = indexOrRefuse(dataset.nodes, edit.id, 'entity');
      const before = dataset.nodes[i]!;
      const node = checked(nodeSchema, patched(before, edit.patch), 'entity');
      checkKeepsEvidence(before.evidence, node.evidence);
      checkEntity(dataset, node);
      return { ...dataset, nodes: replaced(dataset.nodes, i, node) };
    }
    case 'deleteEntity': {
      indexOrRefuse(dataset.nodes, edit.id, 'entity');
      const gone = new Set(
        dataset.edges.filter((e) => e.source === edit.id || e.target === edit.id).map((e) => e.id),
      );
      return {
        ...dataset,
        nodes: dataset.nodes.filter((n) => n.id !== edit.id),
        edges: gone.size > 0 ? dataset.edges.filter((e) => !gone.has(e.id)) : dataset.edges,
        events: dataset.events.map((event) =>
          event.participants.includes(edit.id) || event.place === edit.id
            ? withoutUndefined({
                ...event,
                participants: event.participants.filter((p) => p !== edit.id),
                place: event.place === edit.id ? undefined : event.place,
              })
            : event,
        ),
        views: rewriteViews(dataset.views, {
          entity: (id) => (id === edit.id ? null : id),
          relation: (id) => (gone.has(id) ? null : { kind: 'edge', id }),
        }),
      };
    }
    case 'addRelation': {
      const edge = checked(edgeSchema, edit.relation, 'relation');
      checkNewGraphId(dataset, edge.id);
      checkKeepsEvidence(null, edge.evidence);
      checkRelation(dataset, edge);
      return { ...dataset, edges: [...dataset.edges, edge] };
    }
    case 'updateRelation': {
      const i = indexOrRefuse(dataset.edges, edit.id, 'relation');
      const before = dataset.edges[i]!;
      const edge = checked(edgeSchema, patched(before, edit.patch), 'relation');
      checkKeepsEvidence(before.evidence, edge.evidence);
      checkRelation(dataset, edge);
      return { ...dataset, edges: replaced(dataset.edges, i, edge) };
    }
    case 'deleteRelation': {
      indexOrRefuse(dataset.edges, edit.id, 'relation');
      return {
        ...dataset,
        edges: dataset.edges.filter((e) => e.id !== edit.id),
        views: rewriteViews(dataset.views, {
          relation: (id) => (id === edit.id ? null : { kind: 'edge', id }),
        }),
      };
    }
    case 'addEvent': {
      const event = checked(eventSchema, edit.event, 'event');
      if (dataset.events.some((e) => e.id === event.id))
        refuse(`The id "${event.id}" is already an event's`);
      checkKeepsEvidence(null, event.evidence);
      checkEvent(dataset, event);
      return { ...dataset, events: [...dataset.events, event] };
    }
    case 'updateEvent': {
      const i = indexOrRefuse(dataset.events, edit.id, 'event');
      const before = dataset.events[i]!;
      const event = checked(eventSchema, patched(before, edit.patch), 'event');
      checkKeepsEvidence(before.evidence, event.evidence);
      checkEvent(dataset, event);
      return { ...dataset, events: replaced(dataset.events, i, event) };
    }
    case 'deleteEvent': {
      indexOrRefuse(dataset.events, edit.id, 'event');
      return {
        ...dataset,
        events: dataset.events.filter((e) => e.id !== edit.id),
        views: rewriteViews(dataset.views, { event: (id) => (id === edit.id ? null : id) }),
      };
    }
    case 'addEvidence': {
      const evidence = checked(evidenceSchema, edit.evidence, 'quote');
      checkEvidenceSources(dataset, [evidence]);
      const list = evidenceOf(dataset, edit.target);
      if (list.some((e) => sameEvidence(e, evidence)))
        refuse(`The ${NOUN[edit.target.kind]} already has this quote`);
      return withEvidence(dataset, edit.target, [...list, evidence]);
    }
    case 'updateEvidence': {
      const evidence = checked(evidenceSchema, edit.evidence, 'quote');
      checkEvidenceSources(dataset, [evidence]);
      const list = evidenceOf(dataset, edit.target);
      checkEvidenceIndex(list, edit.index);
      return withEvidence(dataset, edit.target, replaced(list, edit.index, evidence));
    }
    case 'removeEvidence': {
      const list = evidenceOf(dataset, edit.target);
      checkEvidenceIndex(list, edit.index);
      const after = list.filter((_, i) => i !== edit.index);
      checkKeepsEvidence(list, after);
      return withEvidence(dataset, edit.target, after);
    }
    case 'mergeEntities':
      return mergeEntities(dataset, edit.keptId, edit.mergedId);
    case 'addSource': {
      if (edit.text.length === 0) refuse('The source has no text');
      const source = checked(sourceSchema, { ...edit.source, text: edit.text }, 'source');
      if (dataset.sources.some((s) => s.id === source.id))
        refuse(`The id "${source.id}" is already a source's`);
      return { ...dataset, sources: [...dataset.sources, source] };
    }
    default: {
      const unknown: never = edit;
      return refuse(`Unknown edit ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
    }
  }
}

/** applyEdit as a value: the edited dataset, or the reason the edit does not apply. */
export function tryApplyEdit(
  dataset: Dataset,
  edit: DatasetEdit,
): { ok: true; dataset: Dataset } | { ok: false; message: string } {
  try {
    return { ok: true, dataset: applyEdit(dataset, edit) };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * The original dataset with the edits made in order. An edit that does not apply (a log kept for
 * a dataset that has changed since) is skipped and reported with its place in the list.
 */
export function applyEdits(
  original: Dataset,
  edits: readonly DatasetEdit[],
): { dataset: Dataset; skipped: { index: number; message: string }[] } {
  let dataset = original;
  const skipped: { index: number; message: string }[] = [];
  edits.forEach((edit, index) => {
    try {
      dataset = applyEdit(dataset, edit);
    } catch (error) {
      // A log read back from storage may hold anything: what is not an edit is skipped too.
      const message = error instanceof EditError ? error.message : 'The edit could not be read';
      skipped.push({ index, message });
    }
  });
  return { dataset, skipped };
}

/** The item an edit is about, for selecting it after the edit (null for a source or a delete). */
export function editedTarget(edit: DatasetEdit): EditTarget | null {
  switch (edit.kind) {
    case 'addEntity':
      return { kind: 'entity', id: edit.entity.id };
    case 'updateEntity':
      return { kind: 'entity', id: edit.id };
    case 'addRelation':
      return { kind: 'relation', id: edit.relation.id };
    case 'updateRelation':
      return { kind: 'relation', id: edit.id };
    case 'addEvent':
      return { kind: 'event', id: edit.event.id };
    case 'updateEvent':
      return { kind: 'event', id: edit.id };
    case 'addEvidence':
    case 'updateEvidence':
    case 'removeEvidence':
      return edit.target;
    case 'mergeEntities':
      return { kind: 'entity', id: edit.keptId };
    default:
      return null;
  }
}

/** An edit in a few words, for the Undo and Redo buttons' titles. */
export function describeEdit(edit: DatasetEdit): string {
  switch (edit.kind) {
    case 'addEntity':
      return `add entity "${edit.entity.label}"`;
    case 'updateEntity':
      return 'edit entity';
    case 'deleteEntity':
      return 'delete entity';
    case 'addRelation':
      return 'add relation';
    case 'updateRelation':
      return 'edit relation';
    case 'deleteRelation':
      return 'delete relation';
    case 'addEvent':
      return `add event "${edit.event.title}"`;
    case 'updateEvent':
      return 'edit event';
    case 'deleteEvent':
      return 'delete event';
    case 'addEvidence':
      return 'add quote';
    case 'updateEvidence':
      return 'edit quote';
    case 'removeEvidence':
      return 'remove quote';
    case 'mergeEntities':
      return 'merge entities';
    case 'addSource':
      return `add source "${edit.source.title}"`;
  }
}

/** A fresh id for a new item: the label's words, made unique against `taken`. */
export function newId(label: string, taken: (id: string) => boolean): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
