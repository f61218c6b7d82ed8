/**
 * The relation vocabulary: every relation key a dataset may use, its family and
 * which end of the link sits higher in a hierarchy. Datasets may declare extra keys
 * (see `relationTypes` in the schema); keys known to neither load with a warning
 * and fall into the `other` family.
 */

export const RELATION_FAMILIES = [
  'command',
  'membership',
  'support',
  'hostility',
  'affiliation',
  'location',
  'ideology',
  'other',
] as const;

export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const RELATION_FAMILY_LABELS: Record<RelationFamily, string> = {
  command: 'Command',
  membership: 'Membership',
  support: 'Support',
  hostility: 'Hostility',
  affiliation: 'Affiliation',
  location: 'Location',
  ideology: 'Ideology',
  other: 'Other',
};

/**
 * Which end of a relation is the superior one, for chains of command and top-down layouts.
 * `source` — the source is above the target (A commands B);
 * `target` — the target is above the source (A is a member of B);
 * `none` — the relation says nothing about rank: founding, merging and appointing are history,
 * not command (a founder is not a superior; whoever chooses a post's holder does not command him).
 */
export type HierarchyDirection = 'source' | 'target' | 'none';

/**
 * Where a ranking relation holds: on paper only (a nominal, de jure link), in fact only (power
 * held without a formal basis), or both. The formal chain of command keeps what holds on paper,
 * the de facto chain what holds in fact (see the chain rule in hierarchy.ts).
 */
export const CHAIN_HOLDINGS = ['on-paper', 'in-fact', 'both'] as const;
export type ChainHolding = (typeof CHAIN_HOLDINGS)[number];

export interface RelationType {
  key: string;
  /** How the relation reads from source to target, such as `commands`. */
  label: string;
  /** How it reads from target to source, such as `commanded by`. */
  inverseLabel: string;
  family: RelationFamily;
  superior: HierarchyDirection;
  /** Symmetric relations (allied with) are drawn without an arrow head. */
  symmetric?: boolean;
  /**
   * Where links of this kind hold by default, `both` when left out (`controls` holds in fact
   * only); a relation overrides it with `formal: true` (on paper only) or `false` (in fact only).
   */
  holds?: ChainHolding;
  description: string;
}

const vocabulary = [
  // command
  {
    key: 'commands',
    label: 'commands',
    inverseLabel: 'commanded by',
    family: 'command',
    superior: 'source',
    description: 'Gives orders to a unit or person.',
  },
  {
    key: 'leads',
    label: 'leads',
    inverseLabel: 'led by',
    family: 'command',
    superior: 'source',
    description: 'Heads an organization or one of its parts (chief, head, secretary general).',
  },
  {
    key: 'controls',
    label: 'controls',
    inverseLabel: 'controlled by',
    family: 'command',
    superior: 'source',
    holds: 'in-fact',
    description: 'Directs or dominates another body without being its formal head.',
  },
  {
    key: 'appoints',
    label: 'appoints',
    inverseLabel: 'appointed by',
    family: 'command',
    superior: 'none',
    description: 'Chooses or imposes the holder of a post.',
  },
  // membership
  {
    key: 'member_of',
    label: 'member of',
    inverseLabel: 'has member',
    family: 'membership',
    superior: 'target',
    description: 'A person or group belongs to a larger group.',
  },
  {
    key: 'part_of',
    label: 'part of',
    inverseLabel: 'includes',
    family: 'membership',
    superior: 'target',
    description: 'A unit, office or directorate is a component of a larger body.',
  },
  {
    key: 'merged_into',
    label: 'merged into',
    inverseLabel: 'formed from',
    family: 'membership',
    superior: 'none',
    description: 'A group joined with others to form a new one.',
  },
  {
    key: 'founded',
    label: 'founded',
    inverseLabel: 'founded by',
    family: 'membership',
    superior: 'none',
    description: 'Created or helped create an organization or institution.',
  },
  // support
  {
    key: 'supports',
    label: 'supports',
    inverseLabel: 'supported by',
    family: 'support',
    superior: 'none',
    description: 'Backs another actor politically or materially.',
  },
  {
    key: 'trains',
    label: 'trains',
    inverseLabel: 'trained by',
    family: 'support',
    superior: 'none',
    description: 'Provides training to fighters or operatives.',
  },
  {
    key: 'arms',
    label: 'arms',
    inverseLabel: 'armed by',
    family: 'support',
    superior: 'none',
    description: 'Supplies weapons or weapons technology.',
  },
  {
    key: 'advises',
    label: 'advises',
    inverseLabel: 'advised by',
    family: 'support',
    superior: 'none',
    description: 'Provides advisers or guidance.',
  },
  // hostility
  {
    key: 'opposes',
    label: 'opposes',
    inverseLabel: 'opposed by',
    family: 'hostility',
    superior: 'none',
    description: 'Works or speaks against another actor or idea.',
  },
  {
    key: 'threatens',
    label: 'threatens',
    inverseLabel: 'threatened by',
    family: 'hostility',
    superior: 'none',
    description: 'Issues threats against another actor.',
  },
  {
    key: 'attacks',
    label: 'attacks',
    inverseLabel: 'attacked by',
    family: 'hostility',
    superior: 'none',
    description: 'Carries out or is blamed for violent attacks on a target.',
  },
  {
    key: 'arrests',
    label: 'arrests',
    inverseLabel: 'arrested by',
    family: 'hostility',
    superior: 'none',
    description: 'Detains members of another group.',
  },
  {
    key: 'exploits',
    label: 'exploits',
    inverseLabel: 'exploited by',
    family: 'hostility',
    superior: 'none',
    description:
      'Draws revenue or advantage from an institution, position or place at its expense.',
  },
  // affiliation
  {
    key: 'affiliated_with',
    label: 'affiliated with',
    inverseLabel: 'affiliated with',
    family: 'affiliation',
    superior: 'none',
    description: 'Linked to another actor without a stated hierarchy.',
  },
  {
    key: 'allied_with',
    label: 'allied with',
    inverseLabel: 'allied with',
    family: 'affiliation',
    superior: 'none',
    symmetric: true,
    description: 'Cooperates with another actor as a partner.',
  },
  {
    key: 'proxy_of',
    label: 'proxy of',
    inverseLabel: 'has proxy',
    family: 'affiliation',
    superior: 'target',
    description: "Acts for another power's interests; the patron ranks above its proxy.",
  },
  // location
  {
    key: 'operates_in',
    label: 'operates in',
    inverseLabel: 'has presence of',
    family: 'location',
    superior: 'none',
    description: 'Is active in a place.',
  },
  {
    key: 'based_in',
    label: 'based in',
    inverseLabel: 'hosts',
    family: 'location',
    superior: 'none',
    description: 'Has its seat or sanctuary in a place.',
  },
  // ideology
  {
    key: 'adheres_to',
    label: 'adheres to',
    inverseLabel: 'followed by',
    family: 'ideology',
    superior: 'none',
    description: 'Follows a doctrine or school of thought.',
  },
  {
    key: 'propagates',
    label: 'propagates',
    inverseLabel: 'propagated by',
    family: 'ideology',
    superior: 'none',
    description: 'Spreads a doctrine through teaching or media.',
  },
  {
    key: 'rejects',
    label: 'rejects',
    inverseLabel: 'rejected by',
    family: 'ideology',
    superior: 'none',
    description: 'Rejects a doctrine or school of thought.',
  },
] as const satisfies readonly RelationType[];

export type BuiltInRelationKey = (typeof vocabulary)[number]['key'];

export const BUILT_IN_RELATIONS: readonly RelationType[] = vocabulary;

const builtInByKey = new Map<string, RelationType>(vocabulary.map((r) => [r.key, r]));

export function isBuiltInRelation(key: string): boolean {
  return builtInByKey.has(key);
}

/** A relation type for a key no vocabulary knows: shown as written, ranked nowhere. */
export function unknownRelationType(key: string): RelationType {
  return {
    key,
    label: key.replace(/_/g, ' '),
    inverseLabel: `${key.replace(/_/g, ' ')} (inverse)`,
    family: 'other',
    superior: 'none',
    description: 'A relation key that is not in the vocabulary.',
  };
}

export type RelationVocabulary = ReadonlyMap<string, RelationType>;

/** The built-in vocabulary extended (or overridden) by a dataset's own relation types. */
export function buildVocabulary(extra: readonly RelationType[] = []): RelationVocabulary {
  const map = new Map(builtInByKey);
  for (const r of extra) map.set(r.key, r);
  return map;
}

export function relationType(vocabulary: RelationVocabulary, key: string): RelationType {
  return vocabulary.get(key) ?? unknownRelationType(key);
}
