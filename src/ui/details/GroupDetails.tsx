/**
 * A group in Details: what it is, how many entities it holds, "Collapse" or "Expand", and what is
 * inside. Shown alone for a group that is no entity (a type, a tag, a community, a hand-made
 * group) and under the entity's own details for a parent organization.
 */
import { useState, type ReactNode } from 'react';
import {
  groupMembersDeep,
  isGroupCollapsed,
  type Group,
  type GroupKind,
} from '../../domain/groups';
import type { GraphView } from '../../domain/view';
import { selectGrouping } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { EntityLink } from './parts';

const KIND_LABELS: Record<GroupKind, string> = {
  entity: 'Organization and its parts',
  type: 'Group · entity type',
  tag: 'Group · tag',
  community: 'Group · community',
  custom: 'Group · made by hand',
};

/** How many members Details lists before saying how many more there are. */
const LISTED = 60;

export function GroupDetails({ group, graphView }: { group: Group; graphView: GraphView }) {
  const grouping = useLinkboard(selectGrouping);
  const collapsed = useLinkboard((s) => isGroupCollapsed(s.view, group.id));
  const collapseGroups = useLinkboard((s) => s.collapseGroups);
  const removeGroup = useLinkboard((s) => s.removeGroup);
  const members = grouping ? groupMembersDeep(grouping, group.id) : [];
  const visible = members.filter((id) => graphView.nodeIds.has(id));
  const ownEntity = group.entityId !== null;
  const Heading = ownEntity ? 'h4' : 'h3';
  return (
    <div className={ownEntity ? 'group-details' : 'details-body group-details'}>
      {!ownEntity && <p className="details-kind">{KIND_LABELS[group.kind]}</p>}
      <Heading className={ownEntity ? undefined : 'details-title'}>
        {ownEntity ? 'Group' : group.label}
      </Heading>
      <p className="details-muted">
        {members.length.toLocaleString('en-GB')} {members.length === 1 ? 'member' : 'members'}
        {visible.length !== members.length &&
          `, ${visible.length.toLocaleString('en-GB')} shown by the filters`}
        {collapsed ? ' · collapsed' : ''}
      </p>
      <div className="group-actions">
        {collapsed ? (
          <button
            type="button"
            className="button"
            onClick={() => collapseGroups([group.id], false)}
          >
            Expand
          </button>
        ) : (
          <button type="button" className="button" onClick={() => collapseGroups([group.id], true)}>
            Collapse
          </button>
        )}
        {group.kind === 'custom' && (
          <button type="button" className="link-button" onClick={() => removeGroup(group.id)}>
            Remove group
          </button>
        )}
      </div>
      <h5>Inside</h5>
      <ul className="details-participants">
        {members.slice(0, LISTED).map((id) => (
          <li key={id}>
            <EntityLink id={id} />
          </li>
        ))}
      </ul>
      {members.length > LISTED && (
        <p className="details-muted">
          and {(members.length - LISTED).toLocaleString('en-GB')} more
        </p>
      )}
    </div>
  );
}

/** Makes a named group of the selected entity; more entities join it from their own Details. */
export function MakeGroup({ entityId }: { entityId: string }) {
  const customGroups = useLinkboard((s) => s.view.customGroups);
  const makeGroup = useLinkboard((s) => s.makeGroup);
  const setView = useLinkboard((s) => s.setView);
  const current = customGroups.find((g) => g.members.includes(entityId));
  const addTo = (groupId: string) =>
    setView({
      customGroups: customGroups
        .map((g) =>
          g.id === groupId
            ? { ...g, members: [...g.members, entityId] }
            : { ...g, members: g.members.filter((m) => m !== entityId) },
        )
        .filter((g) => g.members.length > 0),
    });
  return (
    <NewGroupForm
      name="Make a group"
      label="New group with this entity"
      onMake={(name) => makeGroup(name, [entityId])}
    >
      {current && <p className="details-muted">In “{current.name}”.</p>}
      {customGroups
        .filter((g) => g.id !== current?.id)
        .map((g) => (
          <button key={g.id} type="button" className="link-button" onClick={() => addTo(g.id)}>
            Add to “{g.name}”
          </button>
        ))}
    </NewGroupForm>
  );
}

/** A form that names a new group (of the selected entity, or of several picked ones). */
export function NewGroupForm({
  name,
  label,
  onMake,
  children,
}: {
  name: string;
  label: string;
  onMake: (groupName: string) => void;
  children?: ReactNode;
}) {
  const [groupName, setGroupName] = useState('');
  return (
    <form
      className="make-group"
      aria-label={name}
      onSubmit={(e) => {
        e.preventDefault();
        onMake(groupName);
        setGroupName('');
      }}
    >
      {children}
      <label>
        {label}
        <input value={groupName} maxLength={80} onChange={(e) => setGroupName(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={groupName.trim() === ''}>
        Make group
      </button>
    </form>
  );
}
