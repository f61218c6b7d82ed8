/** The entity types every dataset knows; a dataset may declare more (see schema.ts). */
export const BUILT_IN_ENTITY_TYPES = ['organization', 'person', 'place', 'concept'] as const;
