/**
 * The ways entities can be grouped, and the shape of a hand-made group. A leaf module (it imports
 * nothing) so that the view-state schema can use it without importing the grouping code, which
 * reaches the dataset schema that itself embeds the view-state schema.
 */
export const GROUP_BY = ['none', 'parent', 'type', 'tag', 'community'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  none: 'None',
  parent: 'Organization',
  type: 'Type',
  tag: 'Tag',
  community: 'Community',
};

/** A group the user made from a selection and named. */
export interface CustomGroup {
  id: string;
  name: string;
  members: string[];
}
