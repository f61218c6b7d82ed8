/**
 * Building a dataset from what another tool wrote: the one place where the readers of GraphML,
 * GEXF, Cytoscape.js JSON and tables turn a file's own words into our ids, entity types, relation
 * keys and sources, keep every other field as an attribute, and have the result checked by
 * parseDataset. Problems come back located where the file put them ("line 12", "row 7, column
 * Confidence"), not by JSON path.
 *
 * - Ids the file gives are kept when they are valid ids, otherwise made from the words
 *   (`Qassem Soleimani` → `qassem-soleimani`); two different names never share an id.
 * - Entity types and relation names the vocabulary lacks become types of their own (relations in
 *   the "Other" family); a relation whose every edge is undirected is declared symmetric.
 * - Evidence is optional: what the file does not source loads as unsourced.
 */
import { slugify } from '../caption';
import { isBuiltInRelation } from '../relations';
import {
  BUILT_IN_ENTITY_TYPES,
  CONFIDENCE_LEVELS,
  parseDataset,
  type Attributes,
  type DatasetInput,
  type DatasetIssue,
} from '../schema';
import type { ReadResult } from './readResult';

type NodeInput = DatasetInput['nodes'][number];
type EdgeInput = DatasetInput['edges'][number];
type SourceInput = NonNullable<DatasetInput['sources']>[number];
type EntityTypeInput = NonNullable<DatasetInput['entityTypes']>[number];
type RelationTypeInput = NonNullable<DatasetInput['relationTypes']>[number];
type EventInput = NonNullable<DatasetInput['events']>[number];
export type EvidenceInput = NodeInput['evidence'] extends (infer E)[] | undefined ? E : never;

/** Where an item came from: "line 12" or "row 7", and the column each field was read from. */
export interface Place {
  where: string;
  columns?: Readonly<Record<string, string>>;
}

export interface ImportedNode {
  /** How the file names the entity; edges refer to it by this. */
  key: string;
  label?: string;
  type?: string;
  aliases?: string[];
  summary?: string;
  since?: string;
  until?: string;
  tags?: string[];
  evidence?: EvidenceInput[];
  attributes?: Attributes;
}

export interface ImportedEdge {
  /** The file's id for the edge, when it gives one. */
  key?: string;
  /** Keys (or, where `matchLabels` is on, labels) of the two ends. */
  source: string;
  target: string;
  relation?: string;
  /** False for an undirected edge. */
  directed?: boolean;
  label?: string;
  since?: string;
  until?: string;
  confidence?: string;
  formal?: boolean;
  evidence?: EvidenceInput[];
  attributes?: Attributes;
}

export interface AssemblerOptions {
  /** The format's name for messages ("GraphML"). */
  format: string;
  /** Edge ends may name an entity by its label as well as by its key (spreadsheets). */
  matchLabels?: boolean;
  /** Entities only an edge names are added, of type Unspecified; a warning when `nodeListGiven`. */
  nodeListGiven?: boolean;
  /** Rows that agree on everything but the quote are one relation with several quotes. */
  mergeEvidenceRows?: boolean;
  /** Where a missing end is named in warnings ("the node list"). */
  nodeListName?: string;
  /**
   * The file is one of our own exports: ids, entity types and relation keys are taken as written
   * (their declarations come with the file), nothing is guessed.
   */
  ownFormat?: boolean;
}

/** The entity type of entities the file names without saying what they are. */
export const UNSPECIFIED_TYPE = {
  id: 'unspecified',
  label: 'Unspecified',
  description: 'Named in the file without an entity type.',
};

/** The relation of an edge the file does not name. */
export const GENERIC_RELATION = 'linked_to';

/**
 * What a relation the file states without a confidence level is taken as: the file asserts it,
 * nothing here confirms it (claimed, drawn dashed), until a curator says otherwise.
 */
export const IMPORTED_CONFIDENCE = 'claimed';

export const UNKNOWN_PUBLISHER = 'Unknown';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** A spreadsheet names things in words; ids are made from the words where they are not ids already. */
export function idFromText(text: string, fallback = 'entity'): string {
  const trimmed = text.trim();
  if (ID_PATTERN.test(trimmed) && trimmed.length <= 200) return trimmed;
  return slugify(trimmed) || fallback;
}

/** `Member of` and `member_of` name the same relation key. */
export function relationKeyFromText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.:-]+/gu, '_')
    .replace(/^[_.:-]+|_+$/g, '');
}

/** British and American spellings, and the plural a column header may use. */
const ENTITY_TYPE_SYNONYMS: Record<string, string> = {
  organisation: 'organization',
  organization: 'organization',
  organizations: 'organization',
  organisations: 'organization',
  org: 'organization',
  group: 'organization',
  person: 'person',
  people: 'person',
  persons: 'person',
  individual: 'person',
  place: 'place',
  location: 'place',
  places: 'place',
  concept: 'concept',
};

const MAX_SHORT_TEXT = 500;

/** Hands out unique ids: the wanted one, or the same with -2, -3… when it is taken. */
class IdPool {
  private readonly taken = new Set<string>();
  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted.slice(0, 190)}-${n}`;
    this.taken.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export class DatasetAssembler {
  readonly errors: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];
  private readonly nodes: NodeInput[] = [];
  private readonly edges: EdgeInput[] = [];
  private readonly sources: SourceInput[] = [];
  private readonly entityTypes: EntityTypeInput[] = [];
  private readonly relationTypes: RelationTypeInput[] = [];
  private events: EventInput[] = [];
  private readonly places = {
    nodes: [] as Place[],
    edges: [] as Place[][],
    sources: [] as Place[],
    entityTypes: [] as Place[],
    relationTypes: [] as Place[],
  };
  private readonly nodeIds = new IdPool();
  /** Entities and relations share one set of ids on the canvas: only our own files keep theirs. */
  private readonly edgeIds: IdPool;
  private readonly sourceIds = new IdPool();
  private readonly nodeByKey = new Map<string, number>();
  private readonly nodeByLabel = new Map<string, number>();
  private readonly typeIds = new Map<string, string>();
  private readonly declaredTypes = new Set<string>(BUILT_IN_ENTITY_TYPES);
  private readonly relationKeys = new Map<string, string>();
  private readonly declaredRelations = new Set<string>();
  /** Per relation key the import declared: whether every edge of it was undirected. */
  private readonly undirectedOnly = new Map<string, boolean>();
  private readonly sourceByName = new Map<string, string>();
  private readonly edgeByContent = new Map<string, number>();

  constructor(private readonly options: AssemblerOptions) {
    this.edgeIds = options.ownFormat ? new IdPool() : this.nodeIds;
  }

  warn(where: string, message: string): void {
    if (this.warnings.length < 1_000) this.warnings.push({ path: where, message });
  }

  error(where: string, message: string): void {
    if (this.errors.length < 1_000) this.errors.push({ path: where, message });
  }

  /** Types, relation types, sources and events the file declares for itself (our own exports). */
  declare(declared: {
    entityTypes?: EntityTypeInput[];
    relationTypes?: RelationTypeInput[];
    sources?: SourceInput[];
    events?: EventInput[];
  }): void {
    for (const type of declared.entityTypes ?? []) {
      this.declaredTypes.add(type.id);
      this.typeIds.set(type.id, type.id);
      this.entityTypes.push(type);
      this.places.entityTypes.push({ where: 'the declared entity types' });
    }
    for (const relation of declared.relationTypes ?? []) {
      this.declaredRelations.add(relation.key);
      this.relationKeys.set(relation.key, relation.key);
      this.relationTypes.push(relation);
      this.places.relationTypes.push({ where: 'the declared relation types' });
    }
    for (const source of declared.sources ?? []) {
      this.sourceIds.claim(source.id);
      this.sourceByName.set(source.id, source.id);
      this.sources.push(source);
      this.places.sources.push({ where: 'the declared sources' });
    }
    this.events = declared.events ?? [];
  }

  private entityType(text: string | undefined, place: Place): string {
    const written = text?.trim() ?? '';
    if (this.options.ownFormat && written !== '') return written;
    if (written === '') return this.declareType(UNSPECIFIED_TYPE, place);
    const known = this.typeIds.get(written);
    if (known) return known;
    const builtIn = ENTITY_TYPE_SYNONYMS[written.toLowerCase()];
    if (builtIn) {
      this.typeIds.set(written, builtIn);
      return builtIn;
    }
    const id = idFromText(written.toLowerCase(), 'type');
    const declared =
      this.declaredTypes.has(id) && !this.typeIds.has(id)
        ? id
        : this.declareType({ id, label: written.slice(0, MAX_SHORT_TEXT) }, place);
    this.typeIds.set(written, declared);
    return declared;
  }

  private declareType(type: EntityTypeInput, place: Place): string {
    if (this.declaredTypes.has(type.id)) return type.id;
    this.declaredTypes.add(type.id);
    this.typeIds.set(type.id, type.id);
    this.entityTypes.push(type);
    this.places.entityTypes.push(place);
    return type.id;
  }

  private relationKey(text: string | undefined, directed: boolean, place: Place): string {
    const written = text?.trim() ?? '';
    if (this.options.ownFormat && written !== '') return written;
    let key = this.relationKeys.get(written);
    if (!key) {
      const wanted = written === '' ? GENERIC_RELATION : relationKeyFromText(written) || 'relation';
      key = idFromText(wanted, 'relation');
      this.relationKeys.set(written, key);
      if (!isBuiltInRelation(key) && !this.declaredRelations.has(key)) {
        this.declaredRelations.add(key);
        const label = (written === '' ? 'linked to' : written).slice(0, MAX_SHORT_TEXT - 10);
        this.relationTypes.push({
          key,
          label,
          inverseLabel: `${label} (inverse)`,
          family: 'other',
          superior: 'none',
          description: `Named "${label}" in the imported ${this.options.format} file.`,
        });
        this.places.relationTypes.push(place);
        this.undirectedOnly.set(key, true);
      }
    }
    if (!directed) {
      /* keeps true */
    } else if (this.undirectedOnly.has(key)) this.undirectedOnly.set(key, false);
    return key;
  }

  /** The id of a source named in the file (by name, by URL, or both), declared on first use. */
  sourceFor(named: { name?: string; url?: string }, place: Place): string {
    const name = named.name?.trim() ?? '';
    const url = named.url?.trim() ?? '';
    const lookup = name || url;
    const known = this.sourceByName.get(lookup);
    if (known) return known;
    const host = hostOf(url);
    const id = this.sourceIds.claim(idFromText(lookup.replace(/^https?:\/\//, ''), 'source'));
    this.sourceByName.set(lookup, id);
    this.sources.push({
      id,
      title: (name || url).slice(0, MAX_SHORT_TEXT),
      publisher: host || UNKNOWN_PUBLISHER,
      ...(host ? { url } : {}),
    });
    this.places.sources.push(place);
    return id;
  }

  addNode(node: ImportedNode, place: Place): string | null {
    const key = node.key.trim();
    if (key === '') {
      this.error(place.where, `an entity needs an id (${this.options.format})`);
      return null;
    }
    if (this.nodeByKey.has(key)) {
      const first = this.places.nodes[this.nodeByKey.get(key)!];
      this.error(
        this.at(place, 'id'),
        `duplicate id "${key}" (first at ${first?.where ?? 'an earlier one'})`,
      );
      return null;
    }
    const id = this.nodeIds.claim(this.options.ownFormat ? key : idFromText(key));
    const label = this.options.ownFormat
      ? (node.label ?? key)
      : (node.label?.trim() || key).slice(0, MAX_SHORT_TEXT);
    const index = this.nodes.length;
    this.nodes.push({
      id,
      type: this.entityType(node.type, place),
      label,
      aliases: node.aliases ?? [],
      summary: node.summary,
      since: node.since,
      until: node.until,
      tags: node.tags ?? [],
      evidence: node.evidence ?? [],
      ...(node.attributes && Object.keys(node.attributes).length > 0
        ? { attributes: node.attributes }
        : {}),
    });
    this.places.nodes.push(place);
    this.nodeByKey.set(key, index);
    if (!this.nodeByLabel.has(label)) this.nodeByLabel.set(label, index);
    return id;
  }

  /** The id of the entity an edge end names; a new Unspecified entity when none has that name. */
  private endFor(text: string, place: Place, column: 'source' | 'target'): string | null {
    const key = text.trim();
    if (key === '') {
      this.error(
        this.at(place, column),
        `is empty: every relation needs a ${column} (${this.options.format})`,
      );
      return null;
    }
    const index =
      this.nodeByKey.get(key) ??
      (this.options.matchLabels ? this.nodeByLabel.get(key) : undefined) ??
      (this.options.matchLabels ? this.nodeByKey.get(idFromText(key)) : undefined);
    if (index !== undefined) return this.nodes[index]!.id;
    if (this.options.nodeListGiven)
      this.warn(
        this.at(place, column),
        `"${key}" is not in ${this.options.nodeListName ?? 'the node list'}: added as an entity of type ${UNSPECIFIED_TYPE.label}`,
      );
    const endPlace: Place = { where: this.at(place, column) };
    return this.addNode({ key }, endPlace);
  }

  addEdge(edge: ImportedEdge, place: Place): void {
    const source = this.endFor(edge.source, place, 'source');
    const target = this.endFor(edge.target, place, 'target');
    if (source === null || target === null) return;
    const relation = this.relationKey(edge.relation, edge.directed !== false, place);
    const confidence = this.options.ownFormat
      ? (edge.confidence ?? '')
      : edge.confidence?.trim().toLowerCase() || IMPORTED_CONFIDENCE;
    const evidence = edge.evidence ?? [];
    if (this.options.mergeEvidenceRows) {
      const content = JSON.stringify([
        source,
        relation,
        target,
        edge.label,
        edge.since,
        edge.until,
        confidence,
        edge.formal,
        edge.attributes,
      ]);
      const existing = this.edgeByContent.get(content);
      if (existing !== undefined && evidence.length > 0) {
        const merged = this.edges[existing]!;
        const mergedEvidence = (merged.evidence ??= []);
        for (const item of evidence)
          if (!mergedEvidence.some((e) => e.source === item.source && e.quote === item.quote)) {
            mergedEvidence.push(item);
            this.places.edges[existing]!.push(place);
          }
        return;
      }
      this.edgeByContent.set(content, this.edges.length);
    }
    const wanted = !edge.key?.trim()
      ? `e${this.edges.length + 1}`
      : this.options.ownFormat
        ? edge.key
        : idFromText(edge.key, 'edge');
    this.edges.push({
      id: this.edgeIds.claim(wanted),
      source,
      target,
      relation,
      label: this.options.ownFormat
        ? edge.label
        : edge.label?.trim()
          ? edge.label.slice(0, MAX_SHORT_TEXT)
          : undefined,
      since: edge.since,
      until: edge.until,
      confidence: confidence as (typeof CONFIDENCE_LEVELS)[number],
      formal: edge.formal,
      evidence,
      ...(edge.attributes && Object.keys(edge.attributes).length > 0
        ? { attributes: edge.attributes }
        : {}),
    });
    this.places.edges.push(evidence.length > 1 ? evidence.map(() => place) : [place]);
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  /** "row 7, column Confidence" where the column is known, "line 12 (since)" otherwise. */
  at(place: Place, field?: string): string {
    if (!field) return place.where;
    const column = place.columns?.[field];
    if (column) return `${place.where}, column ${column}`;
    return place.columns ? place.where : `${place.where} (${field})`;
  }

  /** Translates a JSON path of the assembled dataset back to where the file said it. */
  private locate(issue: DatasetIssue): DatasetIssue {
    const match =
      /^\$\.(nodes|edges|sources|entityTypes|relationTypes)\[(\d+)\](?:\.evidence\[(\d+)\])?(?:\.(\w+))?/.exec(
        issue.path,
      );
    if (!match) return issue;
    const [, list, indexText, evidenceText, field] = match;
    const index = Number(indexText);
    let place: Place | undefined;
    let column = field;
    if (list === 'edges') {
      const places = this.places.edges[index];
      place = places?.[evidenceText === undefined ? 0 : Number(evidenceText)] ?? places?.[0];
      if (evidenceText !== undefined) column = field === 'source' ? 'sourceName' : field;
    } else if (list === 'nodes') {
      place = this.places.nodes[index];
      if (evidenceText !== undefined) column = field === 'source' ? 'sourceName' : field;
    } else {
      place = this.places[list as 'sources' | 'entityTypes' | 'relationTypes'][index];
      column = undefined;
    }
    return place ? { path: this.at(place, column), message: issue.message } : issue;
  }

  /** The dataset, checked by the schema, with every problem located in the file. */
  finish(title: string, description = '', extraWarnings: DatasetIssue[] = []): ReadResult {
    if (this.errors.length > 0)
      return { ok: false, errors: this.errors, warnings: [...this.warnings, ...extraWarnings] };
    for (const [key, undirected] of this.undirectedOnly)
      if (undirected) {
        const type = this.relationTypes.find((r) => r.key === key);
        if (type) type.symmetric = true;
      }
    const input: DatasetInput = {
      schemaVersion: 1,
      title: this.options.ownFormat
        ? title
        : title.trim().slice(0, MAX_SHORT_TEXT) || `Imported ${this.options.format}`,
      description,
      sources: this.sources,
      entityTypes: this.entityTypes,
      relationTypes: this.relationTypes,
      nodes: this.nodes,
      edges: this.edges,
      events: this.events,
    };
    const result = parseDataset(input);
    const warnings = [
      ...this.warnings,
      ...extraWarnings,
      ...result.warnings.map((w) => this.locate(w)),
    ];
    if (!result.ok)
      return { ok: false, errors: result.errors.map((e) => this.locate(e)), warnings };
    return { ok: true, dataset: result.dataset, warnings };
  }
}

function hostOf(url: string): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** A file name without its extension, as a dataset title. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[A-Za-z0-9]{1,8}$/, '') || name;
}
