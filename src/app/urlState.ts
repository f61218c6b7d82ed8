/**
 * The view state in the address bar, with short readable parameters, so that a view can be
 * bookmarked and shared:
 *
 *   ?mode=command&chain=formal&select=soleimani&path=soleimani,abu-fadak&layout=hierarchical
 *   ?group=parent&collapsed=kataib-hizballah,pmf&groups=1:Cell:abu-fadak;muhandis
 *
 * `?view=<id>` opens one of the dataset's curated views (other parameters apply on top of it);
 * the address then shows the view state it opened.
 *
 * Only what differs from the defaults is written. Reading goes through the view state schema and
 * then checks that the ids exist in the dataset; whatever fails is left out and reported, never
 * thrown. Parameters this module does not own (such as `data`) are kept as they are.
 */
import {
  annotationsWithKnownIds,
  decodeAnnotations,
  encodeAnnotations,
} from '../domain/annotations';
import type { GraphIndex } from '../domain/graphIndex';
import { isSyntheticGroupId } from '../domain/groups';
import {
  getDefaultViewState,
  viewStateFrom,
  type Selection,
  type ViewState,
} from '../domain/viewState';
import { parseViewStateField } from '../domain/viewStateSchema';

type ViewStateField = keyof ViewState;

/** One parameter that was ignored, and why. */
export interface UrlProblem {
  param: string;
  message: string;
}

interface ParamCodec<K extends ViewStateField = ViewStateField> {
  param: string;
  field: K;
  /** The parameter's text, or null to leave it out (the default). */
  encode: (view: ViewState) => string | null;
  /** A candidate value for the schema to check; the raw text when it cannot make one. */
  decode: (raw: string) => unknown;
}

const defaults = getDefaultViewState();

/** A parameter holding its field's text as is, left out at the default. */
function plain<K extends ViewStateField>(param: string, field: K): ParamCodec<K> {
  return {
    param,
    field,
    encode: (view) => (view[field] === defaults[field] ? null : String(view[field])),
    decode: (raw) => raw,
  };
}

/** A comma-separated list. */
function list<
  K extends
    | 'hiddenRelations'
    | 'hiddenEntityTypes'
    | 'hiddenConfidences'
    | 'hiddenSourcing'
    | 'relationLabels'
    | 'picked',
>(param: string, field: K): ParamCodec<K> {
  return {
    param,
    field,
    encode: (view) => (view[field].length > 0 ? view[field].join(',') : null),
    decode: (raw) => raw.split(',').filter((item) => item !== ''),
  };
}

/** A boolean switched on by one word ("hide") and off by another ("show"). */
function flag<K extends 'hideIsolated' | 'includeUndated' | 'highlightChain'>(
  param: string,
  field: K,
  on: string,
  off: string,
): ParamCodec<K> {
  return {
    param,
    field,
    encode: (view) => (view[field] === defaults[field] ? null : view[field] ? on : off),
    decode: (raw) => (raw === on ? true : raw === off ? false : raw),
  };
}

/** Two dates as `from..to`. */
function period<K extends 'range' | 'compare'>(param: string, field: K): ParamCodec<K> {
  return {
    param,
    field,
    encode: (view) => {
      const value = view[field];
      return value ? `${value.from}..${value.to}` : null;
    },
    decode: (raw) => {
      const [from, to, ...rest] = raw.split('..');
      return rest.length === 0 && to !== undefined ? { from, to } : raw;
    },
  };
}

const SELECTION_PREFIXES: Record<Selection['kind'], string> = {
  node: 'entity:',
  edge: 'relation:',
  event: 'event:',
};

function encodeSelection(selection: Selection | null): string | null {
  if (!selection) return null;
  // Entities, the usual case, go bare unless their id could be read as another kind.
  if (selection.kind === 'node' && !selection.id.includes(':')) return selection.id;
  return SELECTION_PREFIXES[selection.kind] + selection.id;
}

function decodeSelection(raw: string): unknown {
  for (const [kind, prefix] of Object.entries(SELECTION_PREFIXES))
    if (raw.startsWith(prefix)) return { kind, id: raw.slice(prefix.length) };
  return { kind: 'node', id: raw };
}

const HOPS_PARAM = 'hops';
/** Opens one of the dataset's curated views; the other parameters then apply on top of it. */
export const VIEW_PARAM = 'view';

/**
 * One item of a list parameter, with the characters that separate items escaped (and `%`):
 * group ids may hold commas (a tag); custom groups also separate with colons and semicolons.
 */
function encodeItem(item: string, separators = ','): string {
  const special = new Set(['%', ...separators]);
  return [...item]
    .map((c) => (special.has(c) ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : c))
    .join('');
}

function decodeItem(item: string): string {
  return item.replace(/%(25|2C|3A|3B)/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const GROUP_SEPARATORS = ',:;';

const itemList = (items: readonly string[]) => items.map((item) => encodeItem(item)).join(',');
const parseItemList = (raw: string) =>
  raw
    .split(',')
    .filter((item) => item !== '')
    .map(decodeItem);

/** Custom groups as `n:name:member;member`, comma-separated (`n` is the group's number). */
function encodeCustomGroups(groups: ViewState['customGroups']): string | null {
  if (groups.length === 0) return null;
  return groups
    .map((g) => {
      const n = g.id.slice(g.id.lastIndexOf(':') + 1);
      return `${n}:${encodeItem(g.name, GROUP_SEPARATORS)}:${g.members.map((m) => encodeItem(m, GROUP_SEPARATORS)).join(';')}`;
    })
    .join(',');
}

function decodeCustomGroups(raw: string): unknown {
  const groups = [];
  for (const item of raw.split(',').filter(Boolean)) {
    const [n, name, members, ...rest] = item.split(':');
    if (rest.length > 0 || n === undefined || name === undefined || members === undefined)
      return raw;
    groups.push({
      id: `~custom:${n}`,
      name: decodeItem(name),
      members: members.split(';').filter(Boolean).map(decodeItem),
    });
  }
  return groups;
}

/**
 * One codec per view-state field, in the order parameters are written. The type makes a field
 * added to ViewState fail to compile until it has a codec here (or is given one explicitly).
 */
export const CODECS_BY_FIELD: { readonly [K in ViewStateField]: ParamCodec<K> } = {
  hiddenRelations: list('hideRel', 'hiddenRelations'),
  hiddenEntityTypes: list('hideType', 'hiddenEntityTypes'),
  hiddenConfidences: list('hideConf', 'hiddenConfidences'),
  hiddenSourcing: list('hideSrc', 'hiddenSourcing'),
  hideIsolated: flag('isolated', 'hideIsolated', 'hide', 'show'),
  asOf: plain('asOf', 'asOf'),
  range: period('range', 'range'),
  includeUndated: flag('undated', 'includeUndated', 'show', 'hide'),
  mode: plain('mode', 'mode'),
  commandChain: plain('chain', 'commandChain'),
  focus: {
    param: 'focus',
    field: 'focus',
    encode: ({ focus }) => focus?.id ?? null,
    // The hop count has its own parameter, checked on its own (see decodeHops).
    decode: (raw) => ({ id: raw, hops: 1 }),
  },
  focusStyle: plain('focusStyle', 'focusStyle'),
  selection: {
    param: 'select',
    field: 'selection',
    encode: ({ selection }) => encodeSelection(selection),
    decode: decodeSelection,
  },
  picked: list('pick', 'picked'),
  highlightChain: flag('showChain', 'highlightChain', 'on', 'off'),
  path: {
    param: 'path',
    field: 'path',
    encode: ({ path }) => (path ? `${path.from},${path.to}` : null),
    decode: (raw) => {
      const ends = raw.split(',');
      return ends.length === 2 ? { from: ends[0], to: ends[1] } : raw;
    },
  },
  pathTimeOrder: {
    param: 'pathTime',
    field: 'pathTimeOrder',
    encode: ({ pathTimeOrder }) =>
      pathTimeOrder === 'off' ? null : pathTimeOrder === 'allow-undated' ? 'undated' : 'dated',
    decode: (raw) => (raw === 'undated' ? 'allow-undated' : raw === 'dated' ? 'dated-only' : raw),
  },
  compare: period('changes', 'compare'),
  layout: plain('layout', 'layout'),
  groupBy: plain('group', 'groupBy'),
  collapsedGroups: {
    param: 'collapsed',
    field: 'collapsedGroups',
    encode: ({ collapsedGroups }) =>
      collapsedGroups === 'all'
        ? 'all'
        : collapsedGroups.length > 0
          ? itemList(collapsedGroups)
          : null,
    decode: (raw) => (raw === 'all' ? 'all' : parseItemList(raw)),
  },
  expandedGroups: {
    param: 'expanded',
    field: 'expandedGroups',
    encode: ({ expandedGroups }) => (expandedGroups.length > 0 ? itemList(expandedGroups) : null),
    decode: parseItemList,
  },
  customGroups: {
    param: 'groups',
    field: 'customGroups',
    encode: ({ customGroups }) => encodeCustomGroups(customGroups),
    decode: decodeCustomGroups,
  },
  relationLabels: list('verbs', 'relationLabels'),
  camera: {
    param: 'camera',
    field: 'camera',
    // zoom,x,y: the zoom to three decimals, the middle of the canvas to the graph unit.
    encode: ({ camera }) =>
      camera
        ? `${Number(camera.zoom.toFixed(3))},${Math.round(camera.x)},${Math.round(camera.y)}`
        : null,
    decode: (raw) => {
      const parts = raw.split(',');
      const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
      return parts.length === 3 && numbers.every(Number.isFinite)
        ? { zoom: numbers[0], x: numbers[1], y: numbers[2] }
        : raw;
    },
  },
  annotations: {
    param: 'notes',
    field: 'annotations',
    encode: ({ annotations }) => encodeAnnotations(annotations),
    decode: decodeAnnotations,
  },
};

const CODECS: readonly ParamCodec[] = Object.values(CODECS_BY_FIELD);

// `view` is read once and then written out as the view state it opened, so it is owned too.
const OWNED_PARAMS = new Set<string>([...CODECS.map((c) => c.param), HOPS_PARAM, VIEW_PARAM]);

/** The view state's parameters, in a fixed order, leaving defaults out. */
export function encodeViewState(view: ViewState): [string, string][] {
  const entries: [string, string][] = [];
  for (const c of CODECS) {
    const text = c.encode(view);
    if (text !== null) entries.push([c.param, text]);
  }
  if (view.focus && view.focus.hops !== 1) entries.push([HOPS_PARAM, String(view.focus.hops)]);
  return entries;
}

/** Keeps commas, colons and dots readable: they are allowed in a query and never end a value. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** A query string ("?…" or "") carrying the view state and every parameter we do not own. */
export function viewStateSearch(view: ViewState, currentSearch: string): string {
  const kept = [...new URLSearchParams(currentSearch)].filter(([name]) => !OWNED_PARAMS.has(name));
  const parts = [...kept, ...encodeViewState(view)].map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeValue(value)}`,
  );
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function decodeHops(params: URLSearchParams, problems: UrlProblem[]): 1 | 2 {
  const raw = params.get(HOPS_PARAM);
  if (raw === null || raw === '1') return 1;
  if (raw === '2') return 2;
  problems.push({ param: HOPS_PARAM, message: 'must be 1 or 2' });
  return 1;
}

/**
 * The fields whose change is a move the browser's Back button should undo: to another entity,
 * relation or event, into or out of the command view or a chain, a focus, a path, a layout.
 * Filters and dates change in many small steps (a dragged slider) and only replace the entry.
 */
const NAVIGATION_FIELDS = [
  'selection',
  'mode',
  'commandChain',
  'focus',
  'path',
  'layout',
] as const satisfies readonly ViewStateField[];

/** Equal for two view states exactly when going from one to the other is not a move (see above). */
export function navigationKey(view: ViewState): string {
  return JSON.stringify(NAVIGATION_FIELDS.map((field) => view[field]));
}

/** The view state the parameters describe, as a patch over the current one, and what was refused. */
export function decodeViewState(search: string): {
  patch: Partial<ViewState>;
  problems: UrlProblem[];
} {
  const params = new URLSearchParams(search);
  const patch: Partial<ViewState> = {};
  const problems: UrlProblem[] = [];
  for (const c of CODECS) {
    const raw = params.get(c.param);
    if (raw === null) continue;
    const parsed = parseViewStateField(c.field, c.decode(raw));
    if (parsed.ok) Object.assign(patch, { [c.field]: parsed.value });
    else problems.push({ param: c.param, message: parsed.message });
  }
  const hops = decodeHops(params, problems);
  if (patch.focus) patch.focus = { ...patch.focus, hops };
  return { patch, problems };
}

const KIND_WORDS: Record<Selection['kind'], string> = {
  node: 'entity',
  edge: 'relation',
  event: 'event',
};

function selectionExists(index: GraphIndex, selection: Selection): boolean {
  if (selection.kind === 'node')
    return index.nodesById.has(selection.id) || isSyntheticGroupId(selection.id);
  if (selection.kind === 'edge') return index.edgesById.has(selection.id);
  return index.eventsById.has(selection.id);
}

/**
 * Drops the parts of a decoded patch that name ids the dataset does not have, reporting each.
 * Hidden relation keys and entity types not in the dataset are dropped too: they would hide
 * nothing, and keeping them would carry a stale choice into every shared link.
 */
export function checkReferences(
  index: GraphIndex,
  patch: Partial<ViewState>,
): { patch: Partial<ViewState>; problems: UrlProblem[] } {
  const checked = { ...patch };
  const problems: UrlProblem[] = [];
  const missing = (param: string, what: string, id: string) =>
    problems.push({ param, message: `no ${what} "${id}" in this dataset` });

  if (checked.selection && !selectionExists(index, checked.selection)) {
    missing('select', KIND_WORDS[checked.selection.kind], checked.selection.id);
    delete checked.selection;
  }
  if (checked.picked) {
    const unknown = checked.picked.filter((id) => !index.nodesById.has(id));
    if (unknown.length > 0) missing('pick', 'entity', unknown.join('", "'));
    const known = checked.picked.filter((id) => index.nodesById.has(id));
    // Two or more, or none (see ViewState.picked).
    checked.picked = known.length >= 2 ? known : [];
  }
  if (checked.focus && !index.nodesById.has(checked.focus.id)) {
    missing('focus', 'entity', checked.focus.id);
    delete checked.focus;
  }
  if (checked.path) {
    const unknown = [checked.path.from, checked.path.to].filter((id) => !index.nodesById.has(id));
    if (unknown.length > 0) {
      missing('path', 'entity', unknown.join('", "'));
      delete checked.path;
    }
  }
  if (checked.hiddenRelations) {
    const used = new Set(index.dataset.edges.map((e) => e.relation));
    const unknown = checked.hiddenRelations.filter((key) => !used.has(key));
    if (unknown.length > 0) missing('hideRel', 'relation type', unknown.join('", "'));
    checked.hiddenRelations = checked.hiddenRelations.filter((key) => used.has(key));
  }
  if (checked.hiddenEntityTypes) {
    const used = new Set(index.dataset.nodes.map((n) => n.type));
    const unknown = checked.hiddenEntityTypes.filter((type) => !used.has(type));
    if (unknown.length > 0) missing('hideType', 'entity type', unknown.join('", "'));
    checked.hiddenEntityTypes = checked.hiddenEntityTypes.filter((type) => used.has(type));
  }
  const knownGroup = (id: string) => isSyntheticGroupId(id) || index.nodesById.has(id);
  for (const [field, param] of [
    ['collapsedGroups', 'collapsed'],
    ['expandedGroups', 'expanded'],
  ] as const) {
    const ids = checked[field];
    if (!ids || ids === 'all') continue;
    const unknown = ids.filter((id) => !knownGroup(id));
    if (unknown.length > 0) missing(param, 'group', unknown.join('", "'));
    checked[field] = ids.filter(knownGroup);
  }
  if (checked.customGroups) {
    const unknown = checked.customGroups.flatMap((g) =>
      g.members.filter((id) => !index.nodesById.has(id)),
    );
    if (unknown.length > 0) missing('groups', 'entity', unknown.join('", "'));
    checked.customGroups = checked.customGroups
      .map((g) => ({ ...g, members: g.members.filter((id) => index.nodesById.has(id)) }))
      .filter((g) => g.members.length > 0);
  }
  if (checked.annotations) {
    const { annotations, missing: gone } = annotationsWithKnownIds(checked.annotations, {
      node: (id) => index.nodesById.has(id) || isSyntheticGroupId(id),
      edge: (id) => index.edgesById.has(id),
    });
    if (gone.length > 0) missing('notes', 'entity or relation', gone.join('", "'));
    checked.annotations = annotations;
  }
  return { patch: checked, problems };
}

/**
 * The curated view `?view=<id>` names, as a whole view state (its unset fields at their
 * defaults), so that the address opens exactly what the Views panel opens; null when absent.
 */
function curatedView(search: string, index: GraphIndex, problems: UrlProblem[]): ViewState | null {
  const id = new URLSearchParams(search).get(VIEW_PARAM);
  if (id === null) return null;
  const view = index.dataset.views.find((v) => v.id === id);
  if (view) return viewStateFrom(view.state);
  problems.push({ param: VIEW_PARAM, message: `no view "${id}" in this dataset` });
  return null;
}

/** Everything to apply from an address once the dataset is loaded. */
export function readViewState(
  search: string,
  index: GraphIndex,
): { patch: Partial<ViewState>; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const base = curatedView(search, index, problems);
  const decoded = decodeViewState(search);
  const checked = checkReferences(index, decoded.patch);
  return {
    patch: { ...base, ...checked.patch },
    problems: [...problems, ...decoded.problems, ...checked.problems],
  };
}

/** The notice for ignored parameters: its title names them, its lines say why. */
export function describeUrlProblems(problems: readonly UrlProblem[]): {
  title: string;
  details: string[];
} {
  const names = [...new Set(problems.map((p) => `"${p.param}"`))];
  return {
    title: `Ignored the address parameter${names.length === 1 ? '' : 's'} ${names.join(', ')}`,
    details: problems.map((p) => `${p.param}: ${p.message}`),
  };
}
