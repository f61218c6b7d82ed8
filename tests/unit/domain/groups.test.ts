import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  buildGrouping,
  customGroupId,
  deriveParents,
  groupMembersDeep,
  groupView,
  initialGrouping,
  isGroupCollapsed,
  withGroupsCollapsed,
  type CollapseState,
} from '../../../src/domain/groups';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

/** A small world like the article's: units inside Kata'ib Hizballah, KH inside the PMF. */
const index = buildIndex({
  nodes: [
    node('pmf'),
    node('kh', { tags: ['militia', 'Iraq'] }),
    node('kh-security', { tags: ['unit'] }),
    node('kh-media', { tags: ['unit'] }),
    node('abu-fadak', { type: 'person', tags: ['commander'] }),
    node('pmf-security'),
    node('axis'),
    node('iran', { type: 'place' }),
    node('irgc'),
    node('quds-force'),
    node('us', { type: 'place' }),
  ],
  edges: [
    edge('kh', 'member_of', 'pmf', { id: 'kh-in-pmf' }),
    edge('kh', 'member_of', 'axis', { id: 'kh-in-axis' }),
    edge('kh-security', 'part_of', 'kh', { id: 'security-in-kh' }),
    edge('kh-media', 'part_of', 'kh', { id: 'media-in-kh' }),
    edge('abu-fadak', 'member_of', 'kh', { id: 'fadak-in-kh' }),
    edge('pmf-security', 'part_of', 'pmf', { id: 'pmfsec-in-pmf' }),
    edge('quds-force', 'part_of', 'iran', { id: 'qf-in-iran' }),
    edge('quds-force', 'part_of', 'irgc', { id: 'qf-in-irgc' }),
    edge('irgc', 'part_of', 'iran', { id: 'irgc-in-iran' }),
    edge('quds-force', 'controls', 'kh', { id: 'qf-controls-kh' }),
    edge('quds-force', 'supports', 'kh-security', { id: 'qf-supports-sec' }),
    edge('quds-force', 'arms', 'kh-media', { id: 'qf-arms-media' }),
    edge('us', 'attacks', 'kh-security', { id: 'us-attacks-sec' }),
    edge('us', 'attacks', 'kh-media', { id: 'us-attacks-media' }),
    edge('abu-fadak', 'founded', 'pmf-security', { id: 'fadak-founded' }),
    edge('kh-security', 'supports', 'kh-media', { id: 'inside-kh' }),
  ],
});

const everything = computeView(index, getDefaultViewState());
const expanded: CollapseState = { collapsedGroups: [], expandedGroups: [] };
const collapsing = (...ids: string[]): CollapseState => ({
  collapsedGroups: ids,
  expandedGroups: [],
});

describe('parents derived from the relations', () => {
  it('takes part-of and member-of targets as parents, not other membership relations', () => {
    const parents = deriveParents(index);
    expect(parents.get('kh-security')).toBe('kh');
    expect(parents.get('abu-fadak')).toBe('kh');
    expect(parents.get('pmf-security')).toBe('pmf');
    // "founded" is a membership relation, but the founder is above, not inside.
    expect(parents.has('pmf-security') && parents.get('pmf-security')).not.toBe('abu-fadak');
    expect(parents.has('us')).toBe(false);
  });

  it('prefers the most specific parent, then the first in the dataset', () => {
    const parents = deriveParents(index);
    expect(parents.get('quds-force')).toBe('irgc'); // part of the IRGC, itself part of Iran
    expect(parents.get('kh')).toBe('pmf'); // PMF and the axis are unrelated: the first wins
  });

  it('follows the vocabulary: a declared relation type of the same kind is a parent link too', () => {
    const declared = buildIndex({
      nodes: [node('cell'), node('network')],
      edges: [edge('cell', 'cell_of', 'network')],
      relationTypes: [
        {
          key: 'cell_of',
          label: 'cell of',
          inverseLabel: 'has cell',
          family: 'membership',
          superior: 'target',
          description: 'A cell of a network.',
        },
      ],
    });
    expect(deriveParents(declared).get('cell')).toBe('network');
  });

  it('ignores a link that would close a loop', () => {
    const loop = buildIndex({
      nodes: [node('a'), node('b'), node('c')],
      edges: [
        edge('a', 'part_of', 'b'),
        edge('b', 'part_of', 'c'),
        edge('c', 'part_of', 'a'),
        edge('a', 'part_of', 'a'),
      ],
    });
    const parents = deriveParents(loop);
    expect(parents.get('a')).toBe('b');
    expect(parents.get('b')).toBe('c');
    expect(parents.has('c')).toBe(false);
    const grouping = buildGrouping(loop, 'parent');
    expect(ancestorsOf(grouping, 'a')).toEqual(['b', 'c']);
  });
});

describe('grouping', () => {
  it('by parent organization: nested groups that are the parent entities, members counted', () => {
    const grouping = buildGrouping(index, 'parent');
    const kh = grouping.groups.get('kh')!;
    expect(kh).toMatchObject({ kind: 'entity', entityId: 'kh', parent: 'pmf', label: 'KH' });
    expect(kh.members).toEqual(['kh-security', 'kh-media', 'abu-fadak']);
    expect(groupMembersDeep(grouping, 'pmf').sort()).toEqual(
      ['abu-fadak', 'kh', 'kh-media', 'kh-security', 'pmf-security'].sort(),
    );
    expect(ancestorsOf(grouping, 'kh-media')).toEqual(['kh', 'pmf']);
    // Parents come before the groups inside them.
    const order = [...grouping.groups.keys()];
    expect(order.indexOf('pmf')).toBeLessThan(order.indexOf('kh'));
    expect(order.indexOf('iran')).toBeLessThan(order.indexOf('irgc'));
  });

  it('by entity type, by first tag', () => {
    const byType = buildGrouping(index, 'type');
    expect(byType.groups.get('~type:person')?.members).toEqual(['abu-fadak']);
    expect(byType.groups.get('~type:place')?.members).toEqual(['iran', 'us']);
    const byTag = buildGrouping(index, 'tag');
    expect(byTag.groups.get('~tag:unit')?.members).toEqual(['kh-security', 'kh-media']);
    expect(byTag.groupOfEntity.get('kh')).toBe('~tag:militia');
    expect(byTag.groupOfEntity.has('pmf')).toBe(false);
  });

  it('by community: numbered by size, named after the best-connected member; no groups of one', () => {
    const communities = new Map([
      ['kh', 0],
      ['kh-security', 0],
      ['kh-media', 0],
      ['quds-force', 1],
      ['irgc', 1],
      ['us', 2],
    ]);
    const grouping = buildGrouping(index, 'community', [], {
      byNode: communities,
      subByNode: null,
    });
    expect([...grouping.groups.keys()]).toEqual(['~community:1', '~community:2']);
    expect(grouping.groups.get('~community:1')!.label).toBe('Cluster 1: KH');
    expect(grouping.groupOfEntity.has('us')).toBe(false);
    expect(buildGrouping(index, 'community').groups.size).toBe(0); // not detected yet
  });

  it('by community split in parts: parts are groups inside it, collapsed and expanded in turn', () => {
    const byNode = new Map(
      ['kh', 'kh-security', 'kh-media', 'abu-fadak', 'pmf', 'quds-force'].map((id) => [id, 0]),
    );
    // KH with its security division, then the PMF with Abu Fadak; the media center in no part.
    const subByNode = new Map([
      ['kh', 0],
      ['kh-security', 0],
      ['pmf', 1],
      ['abu-fadak', 1],
      ['kh-media', 2],
    ]);
    const grouping = buildGrouping(index, 'community', [], { byNode, subByNode });
    expect([...grouping.groups.keys()]).toEqual([
      '~community:1',
      '~community:1.1',
      '~community:1.2',
    ]);
    expect(grouping.groups.get('~community:1.2')).toMatchObject({
      parent: '~community:1',
      label: 'Cluster 1.2: PMF',
    });
    expect(grouping.groupOfEntity.get('kh-media')).toBe('~community:1'); // a part of one is none
    expect(groupMembersDeep(grouping, '~community:1').sort()).toEqual([...byNode.keys()].sort());
    expect(ancestorsOf(grouping, 'abu-fadak')).toEqual(['~community:1.2', '~community:1']);

    const all: CollapseState = { collapsedGroups: 'all', expandedGroups: [] };
    const closed = groupView(index, grouping, everything, all);
    expect(closed.groups.map((g) => [g.id, g.count])).toEqual([['~community:1', 6]]);
    const open = groupView(
      index,
      grouping,
      everything,
      withGroupsCollapsed(all, ['~community:1'], false),
    );
    expect(open.groups.map((g) => [g.id, g.collapsed, g.count])).toEqual([
      ['~community:1.1', true, 2],
      ['~community:1.2', true, 2],
    ]);
    // Members in no part are drawn as themselves once their community is expanded.
    expect(open.nodeIds.has('kh-media')).toBe(true);
    expect(open.nodeIds.has('quds-force')).toBe(true);
  });

  it('hand-made groups take their members from the automatic groups', () => {
    const cell = {
      id: customGroupId(1),
      name: 'Cell',
      members: ['abu-fadak', 'kh-media', 'nobody'],
    };
    const grouping = buildGrouping(index, 'parent', [cell]);
    expect(grouping.groups.get(cell.id)?.members).toEqual(['abu-fadak', 'kh-media']);
    expect(grouping.groups.get('kh')?.members).toEqual(['kh-security']);
    expect(grouping.groupOfEntity.get('abu-fadak')).toBe(cell.id);
    expect([...grouping.groups.keys()][0]).toBe(cell.id);
  });
});

describe('collapse state', () => {
  it('collapses listed groups, or all but the expanded ones', () => {
    let state: CollapseState = expanded;
    state = withGroupsCollapsed(state, ['kh'], true);
    expect(isGroupCollapsed(state, 'kh')).toBe(true);
    expect(isGroupCollapsed(state, 'pmf')).toBe(false);
    state = withGroupsCollapsed(state, ['kh'], false);
    expect(state).toEqual(expanded);
    const all: CollapseState = { collapsedGroups: 'all', expandedGroups: [] };
    const oneOpen = withGroupsCollapsed(all, ['kh'], false);
    expect(isGroupCollapsed(oneOpen, 'kh')).toBe(false);
    expect(isGroupCollapsed(oneOpen, 'pmf')).toBe(true);
    expect(withGroupsCollapsed(oneOpen, ['kh'], true)).toEqual(all);
  });

  it('opens large datasets as collapsed communities and small ones ungrouped', () => {
    expect(initialGrouping({ nodes: new Array(20_000), edges: new Array(60_000) })).toMatchObject({
      groupBy: 'community',
      collapsedGroups: 'all',
    });
    expect(initialGrouping({ nodes: new Array(91), edges: new Array(174) })).toMatchObject({
      groupBy: 'none',
      collapsedGroups: [],
    });
  });
});

describe('what the canvas draws', () => {
  const grouping = buildGrouping(index, 'parent');

  it('draws expanded groups as boxes around their members', () => {
    const drawn = groupView(index, grouping, everything, expanded);
    expect(drawn.collapsedCount).toBe(0);
    expect(drawn.parentOf.get('kh-security')).toBe('kh');
    expect(drawn.parentOf.get('kh')).toBe('pmf');
    expect(drawn.nodeIds.has('kh')).toBe(false); // drawn as its group
    expect(drawn.nodeIds.has('kh-security')).toBe(true);
    expect(drawn.bundles).toEqual([]);
    // A relation from an organization to something inside its box is the box; the rest are lines.
    const boxes: Record<string, string> = {
      'kh-in-pmf': 'pmf',
      'security-in-kh': 'kh',
      'media-in-kh': 'kh',
      'fadak-in-kh': 'kh',
      'pmfsec-in-pmf': 'pmf',
      'qf-in-irgc': 'irgc',
      'qf-in-iran': 'iran', // the Quds Force is in the IRGC's box, itself in Iran's
      'irgc-in-iran': 'iran',
    };
    expect([...drawn.edgeIds].sort()).toEqual(
      [...everything.edgeIds].filter((id) => !(id in boxes)).sort(),
    );
    for (const [id, box] of Object.entries(boxes)) expect(drawn.drawnAs.get(id)).toBe(box);
    expect(drawn.groups.find((g) => g.id === 'kh')).toMatchObject({ collapsed: false, count: 3 });
  });

  it('folds a collapsed group: members counted, relations bundled per family with a count', () => {
    const drawn = groupView(index, grouping, everything, collapsing('kh'));
    expect(drawn.collapsedCount).toBe(1);
    expect(drawn.groups.find((g) => g.id === 'kh')).toMatchObject({
      collapsed: true,
      count: 3,
      parent: 'pmf',
    });
    for (const member of ['kh-security', 'kh-media', 'abu-fadak']) {
      expect(drawn.nodeIds.has(member)).toBe(false);
      expect(drawn.drawnAs.get(member)).toBe('kh');
    }
    // The Quds Force supports one unit and arms another: one support line counting two.
    const fromQuds = drawn.bundles.filter((b) => [b.source, b.target].includes('quds-force'));
    expect(fromQuds.map((b) => [b.family, b.edgeIds.length])).toEqual([['support', 2]]);
    // The US attacks two units: one hostility line counting two relations.
    const fromUs = drawn.bundles.filter((b) => [b.source, b.target].includes('us'));
    expect(fromUs).toHaveLength(1);
    expect(fromUs[0]).toMatchObject({
      family: 'hostility',
      edgeIds: ['us-attacks-sec', 'us-attacks-media'],
    });
    // KH's own relation stays itself; the one inside KH is folded away.
    expect(drawn.edgeIds.has('qf-controls-kh')).toBe(true);
    expect(drawn.edgeIds.has('inside-kh')).toBe(false);
    expect(drawn.drawnAs.has('inside-kh')).toBe(false);
    expect(drawn.drawnAs.get('us-attacks-sec')).toBe(fromUs[0]!.id);
  });

  it('a collapsed outer group hides the groups inside it and counts every member', () => {
    const drawn = groupView(index, grouping, everything, collapsing('pmf', 'kh'));
    expect(drawn.collapsedCount).toBe(1);
    expect(drawn.groups.find((g) => g.id === 'pmf')).toMatchObject({ collapsed: true, count: 5 });
    expect(drawn.groups.some((g) => g.id === 'kh')).toBe(false);
    expect(drawn.drawnAs.get('kh')).toBe('pmf');
    expect(drawn.drawnAs.get('kh-media')).toBe('pmf');
  });

  it('filters work across groups: counts follow the visible members, hidden parents let go', () => {
    const noPeople = computeView(index, {
      ...getDefaultViewState(),
      hiddenEntityTypes: ['person'],
    });
    const drawn = groupView(index, grouping, noPeople, collapsing('kh'));
    expect(drawn.groups.find((g) => g.id === 'kh')).toMatchObject({ count: 2 });
    const noOrganizations = computeView(index, {
      ...getDefaultViewState(),
      hiddenEntityTypes: ['organization'],
    });
    const orphans = groupView(index, grouping, noOrganizations, collapsing('kh'));
    expect(orphans.groups).toEqual([]); // Iran's only member, the IRGC, is hidden
    expect(orphans.nodeIds.has('iran')).toBe(true);
    expect(orphans.nodeIds.has('abu-fadak')).toBe(true);
    expect(orphans.collapsedCount).toBe(0);
  });

  it('bundles per pair rather than per family past a budget', () => {
    const drawn = groupView(index, grouping, everything, collapsing('kh'), {
      maxFamilyBundles: 1,
    });
    const fromQuds = drawn.bundles.filter((b) => [b.source, b.target].includes('quds-force'));
    expect(fromQuds).toHaveLength(1);
    expect(fromQuds[0]).toMatchObject({ family: null });
    expect(fromQuds[0]!.edgeIds).toHaveLength(2);
  });

  it('synthetic groups are drawn only with a visible member', () => {
    const byType = buildGrouping(index, 'type');
    const noPlaces = computeView(index, { ...getDefaultViewState(), hiddenEntityTypes: ['place'] });
    const drawn = groupView(index, byType, noPlaces, collapsing('~type:person'));
    expect(drawn.groups.map((g) => g.id)).not.toContain('~type:place');
    expect(drawn.groups.find((g) => g.id === '~type:person')).toMatchObject({
      collapsed: true,
      count: 1,
    });
    expect(drawn.drawnAs.get('abu-fadak')).toBe('~type:person');
    expect(drawn.bundles.some((b) => b.edgeIds.includes('fadak-founded'))).toBe(true);
  });
});
