/**
 * The dataset format: the one source of truth. Types are inferred from it, the JSON Schema in
 * `data/dataset.schema.json` is generated from it, and every dataset from outside goes through
 * `parseDataset`, which returns a typed dataset or a list of errors with JSON paths.
 */
import { z } from 'zod';
import { CONFIDENCE_LEVELS, type Confidence } from './confidence';
import { isOrdered, isPartialDate, PARTIAL_DATE_PATTERN } from './dates';
import { migrateDataset, SCHEMA_VERSION, type JsonObject } from './migrations';
import { CHAIN_HOLDINGS, RELATION_FAMILIES, isBuiltInRelation } from './relations';
import { viewStatePatchSchema } from './viewStateSchema';

export { SCHEMA_VERSION };

import { BUILT_IN_ENTITY_TYPES } from './entityTypes';
import { formatPath } from './jsonPath';
import { isUnsourced } from './sourcing';

export { BUILT_IN_ENTITY_TYPES, formatPath, isUnsourced };

export { CONFIDENCE_LEVELS, type Confidence };

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, {
    error: 'must be an id: letters, digits, and _ . : - (not starting with a symbol)',
  })
  .meta({ description: 'Identifier, unique in its list.' });

const text = z.string().max(20_000);
const shortText = z.string().min(1).max(500);

const partialDate = z
  .string()
  .regex(new RegExp(PARTIAL_DATE_PATTERN), {
    error: 'must be a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
    abort: true,
  })
  .refine(isPartialDate, { error: 'is not a real calendar date' })
  .meta({ description: 'Partial ISO 8601 date: 2007, 2008-02 or 2019-05-14.' });

export const evidenceSchema = z
  .object({
    source: id.meta({ description: 'Id of a source in `sources`.' }),
    quote: z
      .string()
      .min(1)
      .max(5_000)
      .meta({ description: 'Verbatim excerpt of the source; only … may join fragments.' }),
    note: text.optional(),
  })
  .meta({ description: 'A verbatim quote that supports a fact.' });

/**
 * Whatever else a file says about an entity or a relation (a GraphML key, a GEXF attribute, a
 * spreadsheet column): kept as written, shown in Details, searchable, written back by the exports.
 */
export const attributeValueSchema = z.union([z.string().max(20_000), z.number(), z.boolean()]);

export const attributesSchema = z
  .record(z.string().min(1).max(200), attributeValueSchema)
  .refine((record) => Object.keys(record).length <= 500, {
    error: 'has too many attributes (at most 500)',
  })
  .meta({
    description: 'Other fields of the item as its file named them: text, number or boolean.',
  });

export type AttributeValue = z.output<typeof attributeValueSchema>;
export type Attributes = Record<string, AttributeValue>;

/** The longest source text a dataset may keep inline (`text`): about a 600-page book. */
export const MAX_SOURCE_TEXT_LENGTH = 2_000_000;

/** A path inside the dataset's folder: segments of letters, digits, `_ . -`; no `..`, no leading `/`. */
export const RELATIVE_PATH_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$';

export const sourceSchema = z.object({
  id,
  title: shortText,
  publisher: shortText,
  url: z.url().max(2_000).optional(),
  published: partialDate.optional(),
  author: shortText.optional(),
  textFile: z
    .string()
    .max(500)
    .regex(new RegExp(RELATIVE_PATH_PATTERN), {
      error: 'must be a path relative to the dataset file, such as sources/article.txt',
    })
    .optional()
    .meta({
      description:
        "The source's full text (UTF-8 plain text), as a path relative to the dataset file; quotes citing this source are checked against it.",
    }),
  text: z.string().min(1).max(MAX_SOURCE_TEXT_LENGTH).optional().meta({
    description:
      "The source's full text kept in the dataset, for sources an analyst added; quotes citing this source are checked against it (before any textFile).",
  }),
});

export const entityTypeSchema = z
  .object({
    id,
    label: shortText,
    description: text.optional(),
  })
  .meta({ description: 'An entity type beyond organization, person, place and concept.' });

export const relationTypeSchema = z
  .object({
    key: id,
    label: shortText,
    inverseLabel: shortText,
    family: z.enum(RELATION_FAMILIES),
    superior: z.enum(['source', 'target', 'none']),
    symmetric: z.boolean().optional(),
    holds: z.enum(CHAIN_HOLDINGS).optional().meta({
      description:
        'Where links of this kind hold by default: on paper only, in fact only (as controls), or both (when left out).',
    }),
    description: text.default(''),
  })
  .meta({ description: 'A relation key beyond the built-in vocabulary.' });

export const nodeSchema = z.object({
  id,
  type: id.meta({
    description: 'organization, person, place, concept, or an id declared in `entityTypes`.',
  }),
  label: shortText,
  aliases: z.array(shortText).max(200).default([]),
  summary: text.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  tags: z.array(shortText).max(200).default([]),
  plural: z.boolean().optional().meta({
    description:
      'True where the label names several (units, operatives, blocs), so that sentences say "support", not "supports".',
  }),
  evidence: z.array(evidenceSchema).max(500).default([]),
  attributes: attributesSchema.optional(),
});

export const edgeSchema = z.object({
  id,
  source: id.meta({ description: 'Id of the node the relation starts from.' }),
  target: id.meta({ description: 'Id of the node the relation points to.' }),
  relation: id.meta({ description: 'A key of the relation vocabulary.' }),
  label: shortText.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  formal: z.boolean().optional().meta({
    description:
      'True where the link is nominal (de jure) only; false where it is held in fact without any formal basis. Leave it out when the link is both.',
  }),
  evidence: z.array(evidenceSchema).max(500).default([]).meta({
    description:
      'Quotes that support the relation. Imported relations may have none ("unsourced"); a curated dataset is validated with evidence required.',
  }),
  attributes: attributesSchema.optional(),
});

export const eventSchema = z.object({
  id,
  date: partialDate.optional(),
  title: shortText,
  summary: text.default(''),
  participants: z.array(id).max(1_000).default([]),
  place: id.optional(),
  evidence: z.array(evidenceSchema).max(500).default([]),
});

export const datasetViewSchema = z
  .object({
    id,
    title: shortText,
    description: z
      .string()
      .min(1)
      .max(300)
      .regex(/^[^\r\n]*$/, { error: 'must be one line' })
      .meta({ description: 'One line saying what the view shows.' }),
    state: viewStatePatchSchema.meta({
      description:
        'The view state it opens (filters, dates, mode, chain, focus, selection, path, layout); fields left out take their defaults.',
    }),
  })
  .meta({ description: 'A named view the curators ship with the dataset, opened by ?view=<id>.' });

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: `must be ${SCHEMA_VERSION} (the only version this Linkboard reads)`,
    }),
    title: shortText,
    description: text.default(''),
    sources: z.array(sourceSchema).max(10_000).default([]),
    entityTypes: z.array(entityTypeSchema).max(100).default([]),
    relationTypes: z.array(relationTypeSchema).max(500).default([]),
    nodes: z.array(nodeSchema).max(200_000),
    edges: z.array(edgeSchema).max(1_000_000),
    events: z.array(eventSchema).max(100_000).default([]),
    views: z.array(datasetViewSchema).max(100).default([]),
  })
  .meta({
    title: 'Linkboard dataset',
    description: 'Entities, relations and events, each backed by verbatim quotes from sources.',
  });

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type DatasetNode = Dataset['nodes'][number];
export type DatasetEdge = Dataset['edges'][number];
export type DatasetEvent = Dataset['events'][number];
export type DatasetSource = Dataset['sources'][number];
export type Evidence = DatasetNode['evidence'][number];
export type DatasetView = Dataset['views'][number];

/** A problem found in a dataset, located by a JSON path such as `$.edges[3].source`. */
export interface DatasetIssue {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; warnings: DatasetIssue[] };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array')
        return issue.message.startsWith('Too small')
          ? `must have at least ${String(issue.minimum)} item(s)`
          : issue.message;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid')
        ? `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`
        : issue.message;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

const MAX_REPORTED_ISSUES = 1_000;

export interface ParseOptions {
  /**
   * Every entity, relation and event must quote a source: the rule for curated datasets (CI
   * checks the default dataset with it). Without it, items without evidence load as unsourced.
   */
  requireEvidence?: boolean;
}

/**
 * Checks what the shape alone cannot: unique ids, references that resolve (curated views'
 * included), ordered dates, known entity types, and evidence where it is required. Unknown
 * relation keys and undated events are warnings, not errors.
 */
export function checkDatasetIntegrity(
  dataset: Dataset,
  options: ParseOptions = {},
): {
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
} {
  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];
  const error = (path: PropertyKey[], message: string) => {
    if (errors.length < MAX_REPORTED_ISSUES) errors.push({ path: formatPath(path), message });
  };
  const warn = (path: PropertyKey[], message: string) => {
    if (warnings.length < MAX_REPORTED_ISSUES) warnings.push({ path: formatPath(path), message });
  };

  const uniqueIds = (list: readonly { id: string }[], name: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        error([name, i, 'id'], `duplicate id "${item.id}" (first used at ${name}[${first}])`);
      else seen.set(item.id, i);
    });
    return seen;
  };

  const sourceIds = uniqueIds(dataset.sources, 'sources');
  const nodeIds = uniqueIds(dataset.nodes, 'nodes');
  uniqueIds(dataset.edges, 'edges');
  // The canvas holds entities and relations under one set of ids.
  dataset.edges.forEach((edge, i) => {
    if (nodeIds.has(edge.id))
      error(
        ['edges', i, 'id'],
        `id "${edge.id}" is already an entity's id: a relation needs its own`,
      );
  });
  uniqueIds(dataset.events, 'events');
  uniqueIds(dataset.views, 'views');
  const typeIds = new Set<string>([
    ...BUILT_IN_ENTITY_TYPES,
    ...dataset.entityTypes.map((t) => t.id),
  ]);
  const relationKeys = new Set(dataset.relationTypes.map((r) => r.key));

  const checkEvidence = (evidence: readonly Evidence[], path: PropertyKey[]) => {
    if (options.requireEvidence && evidence.length === 0)
      error([...path, 'evidence'], 'needs at least one quote (evidence is required)');
    evidence.forEach((e, i) => {
      if (!sourceIds.has(e.source))
        error([...path, 'evidence', i, 'source'], `unknown source "${e.source}"`);
    });
  };
  const checkDates = (item: { since?: string; until?: string }, path: PropertyKey[]) => {
    if (item.since && item.until && !isOrdered(item.since, item.until))
      error([...path, 'until'], `"until" (${item.until}) is before "since" (${item.since})`);
  };

  dataset.nodes.forEach((node, i) => {
    if (!typeIds.has(node.type))
      error(
        ['nodes', i, 'type'],
        `unknown entity type "${node.type}" (declare it in entityTypes, or use one of ${BUILT_IN_ENTITY_TYPES.join(', ')})`,
      );
    checkDates(node, ['nodes', i]);
    checkEvidence(node.evidence, ['nodes', i]);
  });

  dataset.edges.forEach((edge, i) => {
    if (!nodeIds.has(edge.source)) error(['edges', i, 'source'], `unknown entity "${edge.source}"`);
    if (!nodeIds.has(edge.target)) error(['edges', i, 'target'], `unknown entity "${edge.target}"`);
    if (!isBuiltInRelation(edge.relation) && !relationKeys.has(edge.relation))
      warn(
        ['edges', i, 'relation'],
        `unknown relation "${edge.relation}": shown under "Other" (declare it in relationTypes to give it a family)`,
      );
    if (edge.source === edge.target)
      warn(['edges', i], `relation links "${edge.source}" to itself`);
    checkDates(edge, ['edges', i]);
    checkEvidence(edge.evidence, ['edges', i]);
  });

  dataset.events.forEach((event, i) => {
    if (event.date === undefined)
      warn(['events', i, 'date'], 'event has no date: it is listed but not placed on the timeline');
    event.participants.forEach((p, j) => {
      if (!nodeIds.has(p)) error(['events', i, 'participants', j], `unknown entity "${p}"`);
    });
    if (event.place !== undefined && !nodeIds.has(event.place))
      error(['events', i, 'place'], `unknown entity "${event.place}"`);
    checkEvidence(event.evidence, ['events', i]);
  });

  const edgeIds = new Set(dataset.edges.map((e) => e.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  dataset.views.forEach((view, i) => {
    const at = ['views', i, 'state'];
    const { selection, focus, path, hiddenRelations, hiddenEntityTypes } = view.state;
    if (selection) {
      const known = { node: nodeIds, edge: edgeIds, event: eventIds }[selection.kind];
      if (!known.has(selection.id))
        error([...at, 'selection', 'id'], `unknown ${selection.kind} "${selection.id}"`);
    }
    if (focus && !nodeIds.has(focus.id))
      error([...at, 'focus', 'id'], `unknown entity "${focus.id}"`);
    if (path)
      for (const end of ['from', 'to'] as const)
        if (!nodeIds.has(path[end])) error([...at, 'path', end], `unknown entity "${path[end]}"`);
    hiddenRelations?.forEach((key, j) => {
      if (!isBuiltInRelation(key) && !relationKeys.has(key))
        error([...at, 'hiddenRelations', j], `unknown relation "${key}"`);
    });
    hiddenEntityTypes?.forEach((type, j) => {
      if (!typeIds.has(type))
        error([...at, 'hiddenEntityTypes', j], `unknown entity type "${type}"`);
    });
    view.state.annotations?.forEach((annotation, j) => {
      if (annotation.kind === 'callout') {
        const { kind, id } = annotation.target;
        if (!(kind === 'node' ? nodeIds : edgeIds).has(id))
          error(
            [...at, 'annotations', j, 'target', 'id'],
            `unknown ${kind === 'node' ? 'entity' : 'relation'} "${id}"`,
          );
      } else if (annotation.kind === 'ring')
        annotation.members.forEach((id, k) => {
          if (!nodeIds.has(id))
            error([...at, 'annotations', j, 'members', k], `unknown entity "${id}"`);
        });
    });
  });

  return { errors, warnings };
}

/** Keys a dataset file may carry besides the schema's: `$schema` points editors at the JSON Schema. */
const TOLERATED_TOP_LEVEL_KEYS = new Set(['$schema']);

/**
 * Fields the schema does not know are dropped when parsing; this names them, so that a typo such
 * as `lable` does not vanish silently. Walks only the known structure, never deeper.
 */
export function findUnknownFields(input: JsonObject): DatasetIssue[] {
  const warnings: DatasetIssue[] = [];
  const check = (value: unknown, known: Record<string, unknown>, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (key in known || (path.length === 0 && TOLERATED_TOP_LEVEL_KEYS.has(key))) continue;
      if (warnings.length >= MAX_REPORTED_ISSUES) return;
      warnings.push({ path: formatPath(path), message: `unknown field \`${key}\` ignored` });
    }
  };
  const checkList = (name: string, known: Record<string, unknown>, withEvidence: boolean): void => {
    const list = input[name];
    if (!Array.isArray(list)) return;
    list.forEach((item: unknown, i) => {
      check(item, known, [name, i]);
      const evidence = withEvidence ? (item as { evidence?: unknown } | null)?.evidence : undefined;
      if (Array.isArray(evidence))
        evidence.forEach((e: unknown, j) =>
          check(e, evidenceSchema.shape, [name, i, 'evidence', j]),
        );
    });
  };
  check(input, datasetSchema.shape, []);
  checkList('sources', sourceSchema.shape, false);
  checkList('entityTypes', entityTypeSchema.shape, false);
  checkList('relationTypes', relationTypeSchema.shape, false);
  checkList('nodes', nodeSchema.shape, true);
  checkList('edges', edgeSchema.shape, true);
  checkList('events', eventSchema.shape, true);
  checkList('views', datasetViewSchema.shape, false);
  const views = input['views'];
  if (Array.isArray(views))
    views.forEach((view: unknown, i) =>
      check((view as { state?: unknown } | null)?.state, viewStatePatchSchema.shape, [
        'views',
        i,
        'state',
      ]),
    );
  return warnings;
}

/**
 * Parses untrusted input into a dataset, or explains in plain English why it cannot. Files of an
 * older format version are upgraded first (see migrations.ts); unknown fields are dropped with a
 * warning.
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `must be a dataset object, not ${describeValue(input)}` }],
      warnings: [],
    };
  }
  const migrated = migrateDataset(input as JsonObject);
  if (!migrated.ok)
    return {
      ok: false,
      errors: [{ path: '$.schemaVersion', message: migrated.message }],
      warnings: [],
    };
  const upgradeWarnings: DatasetIssue[] =
    migrated.fromVersion === SCHEMA_VERSION
      ? []
      : [
          {
            path: '$.schemaVersion',
            message: `upgraded from version ${migrated.fromVersion} to ${SCHEMA_VERSION}`,
          },
        ];
  const fieldWarnings = [...upgradeWarnings, ...findUnknownFields(migrated.data)];
  const shape = datasetSchema.safeParse(migrated.data, { reportInput: true });
  if (!shape.success) {
    const errors = shape.error.issues
      .slice(0, MAX_REPORTED_ISSUES)
      .map((issue) => ({ path: formatPath(issue.path), message: describeZodIssue(issue) }));
    return { ok: false, errors, warnings: fieldWarnings };
  }
  const integrity = checkDatasetIntegrity(shape.data, options);
  const warnings = [...fieldWarnings, ...integrity.warnings];
  if (integrity.errors.length > 0) return { ok: false, errors: integrity.errors, warnings };
  return { ok: true, dataset: shape.data, warnings };
}

/** The JSON Schema of a dataset file, generated from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
