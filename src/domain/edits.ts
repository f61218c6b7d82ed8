import type { DatasetEdge, DatasetEvent, DatasetNode, DatasetSource, Evidence } from './schema';

/**
 * The edits an analyst makes to a dataset in the evidence workbench (issue 15). Each is plain,
 * serialisable data: the store keeps the list, undo and redo move along it, and IndexedDB keeps it
 * per dataset, so that replaying it over the original dataset gives the edited one.
 */
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
