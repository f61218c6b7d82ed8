import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CommandOverrides } from '../../domain/commandOverrides';
import {
  confidencesInUse,
  entityTypeLabel,
  entityTypesInUse,
  familyVisibility,
  hasActiveFilters,
  hasUnsourcedRelations,
  relationFamilyGroups,
  type FilterCounts,
  type RelationFamilyGroup,
  type VisibleOfTotal,
} from '../../domain/filterCounts';
import { RELATION_FAMILY_LABELS, relationType } from '../../domain/relations';
import { colourOfFamily } from '../../graph/palette';
import { selectCommandOverrides, selectFilterCounts, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { SOURCINGS, type Sourcing } from '../../domain/viewState';
import { FilterCheckbox, FilterCount } from './FilterCheckbox';
import './filters.css';

function sumCounts(counts: (VisibleOfTotal | undefined)[]): VisibleOfTotal {
  return counts.reduce<VisibleOfTotal>(
    (sum, c) => ({ visible: sum.visible + (c?.visible ?? 0), total: sum.total + (c?.total ?? 0) }),
    { visible: 0, total: 0 },
  );
}

/**
 * One relation family: a switch for the whole family, "only" to show it alone (or "all" to show
 * every family again), and its relation types one by one behind a disclosure.
 */
function FamilySwitch({
  group,
  allKeys,
  counts,
  overridden,
  overriddenTypes,
}: {
  group: RelationFamilyGroup;
  allKeys: readonly string[];
  counts: FilterCounts;
  overridden: boolean;
  /** Types of this family the command view hides whatever is ticked. */
  overriddenTypes: ReadonlySet<string>;
}) {
  const hiddenRelations = useLinkboard((s) => s.view.hiddenRelations);
  const setRelationsShown = useLinkboard((s) => s.setRelationsShown);
  const showOnlyRelations = useLinkboard((s) => s.showOnlyRelations);
  const toggleRelation = useLinkboard((s) => s.toggleRelation);
  const visibility = familyVisibility(group, hiddenRelations);
  const [open, setOpen] = useState(visibility === 'mixed');
  const switchRef = useRef<HTMLInputElement>(null);
  const countId = useId();
  const overriddenId = useId();
  const typesId = useId();
  const name = RELATION_FAMILY_LABELS[group.family];
  const keys = group.types.map((t) => t.key);
  const alone = allKeys.every((k) => keys.includes(k) === !hiddenRelations.includes(k));

  useEffect(() => {
    if (switchRef.current) switchRef.current.indeterminate = visibility === 'mixed';
  }, [visibility]);

  return (
    <div className={`filter-family${overridden ? ' filter-family-overridden' : ''}`}>
      <div
        className={`filter-row${visibility === 'hidden' ? ' filter-row-off' : ''}`}
        title={overridden ? 'Off in the command view, whatever the switch says' : undefined}
      >
        <label className="filter-label filter-family-label">
          <input
            ref={switchRef}
            type="checkbox"
            className="filter-switch"
            checked={visibility === 'shown'}
            aria-describedby={overridden ? `${countId} ${overriddenId}` : countId}
            // A family partly hidden comes back whole, as from the legend.
            onChange={() => setRelationsShown(keys, visibility !== 'shown')}
          />
          <span
            className="filter-swatch-line"
            style={{ background: colourOfFamily(group.family) }}
            aria-hidden="true"
          />
          <span>{name}</span>
        </label>
        {overridden && (
          <span id={overriddenId} className="visually-hidden">
            off in the command view
          </span>
        )}
        <FilterCount id={countId} count={sumCounts(keys.map((k) => counts.relations.get(k)))} />
        <button
          type="button"
          className="link-button filter-only"
          aria-label={alone ? 'Show every relation family' : `Show only ${name} relations`}
          title={alone ? 'Show every relation family' : `Show only ${name} relations`}
          onClick={() =>
            alone ? setRelationsShown(allKeys, true) : showOnlyRelations(keys, allKeys)
          }
        >
          {alone ? 'all' : 'only'}
        </button>
        <button
          type="button"
          className="filter-expand"
          aria-expanded={open}
          aria-controls={typesId}
          aria-label={`${name} relation types`}
          title={`${open ? 'Hide' : 'Show'} the ${group.types.length} relation types`}
          onClick={() => setOpen(!open)}
        >
          <span className="filter-chevron" aria-hidden="true" />
        </button>
      </div>
      <div id={typesId} className="filter-types" role="group" aria-label={name} hidden={!open}>
        {open &&
          group.types.map((type) => (
            <FilterCheckbox
              key={type.key}
              label={type.label}
              checked={!hiddenRelations.includes(type.key)}
              onChange={() => toggleRelation(type.key)}
              count={counts.relations.get(type.key)}
              overridden={overridden || overriddenTypes.has(type.key)}
            />
          ))}
      </div>
    </div>
  );
}

/** Says what the command view hides whatever is ticked, with a way out of it. */
function CommandOverrideNote({ overrides }: { overrides: CommandOverrides }) {
  const index = useLinkboard(selectIndex);
  const chain = useLinkboard((s) => s.view.commandChain);
  const setCommandView = useLinkboard((s) => s.setCommandView);
  const chainName = chain === 'formal' ? 'formal' : 'de facto';
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const whole = [
    ...overrides.families.map((f) => `${RELATION_FAMILY_LABELS[f.family]} (${f.relations})`),
    ...overrides.types.map(
      (t) => `${index ? relationType(index.vocabulary, t.key).label : t.key} (${t.relations})`,
    ),
  ];
  const also: string[] = [];
  if (overrides.outsideChain > 0)
    also.push(`${plural(overrides.outsideChain, 'link', 'links')} outside the ${chainName} chain`);
  if (overrides.setAside > 0)
    also.push(
      `${plural(overrides.setAside, 'link', 'links')} set aside where a stronger link ranks the pair`,
    );
  if (overrides.entitiesWithoutRelations > 0)
    also.push(
      `${plural(overrides.entitiesWithoutRelations, 'entity', 'entities')} left without relations`,
    );
  return (
    <div className="filter-override" role="note">
      <p>
        <strong>Command view:</strong> only the links that rank, in the {chainName} chain.
      </p>
      {whole.length > 0 && <p>Hidden whatever is ticked: {whole.join(', ')}.</p>}
      {also.length > 0 && <p>Also hidden: {also.join('; ')}.</p>}
      <button type="button" className="link-button" onClick={() => setCommandView(false)}>
        Leave the command view
      </button>
    </div>
  );
}

const SOURCING_LABELS: Record<Sourcing, string> = {
  sourced: 'quoted',
  unsourced: 'no evidence yet',
};

/**
 * Which relation families and types, entity types and confidence levels are shown, with live
 * counts; and, when the dataset has unsourced relations, whether those with and without evidence are.
 */
export function Filters() {
  const index = useLinkboard(selectIndex);
  const counts = useLinkboard(selectFilterCounts);
  const overrides = useLinkboard(selectCommandOverrides);
  const view = useLinkboard((s) => s.view);
  const toggleEntityType = useLinkboard((s) => s.toggleEntityType);
  const showOnlyEntityType = useLinkboard((s) => s.showOnlyEntityType);
  const toggleConfidence = useLinkboard((s) => s.toggleConfidence);
  const toggleSourcing = useLinkboard((s) => s.toggleSourcing);
  const setView = useLinkboard((s) => s.setView);
  const resetFilters = useLinkboard((s) => s.resetFilters);

  const choices = useMemo(() => {
    if (!index) return null;
    const families = relationFamilyGroups(index);
    return {
      families,
      relationKeys: families.flatMap((g) => g.types.map((t) => t.key)),
      entityTypes: entityTypesInUse(index.dataset).map((id) => ({
        id,
        label: entityTypeLabel(index.dataset, id),
      })),
      confidences: confidencesInUse(index.dataset),
      sourcing: hasUnsourcedRelations(index.dataset),
    };
  }, [index]);
  if (!choices || !counts) return null;
  const overriddenFamilies = new Set(overrides?.families.map((f) => f.family));
  const overriddenTypes = new Set(overrides?.types.map((t) => t.key));
  const typeIds = choices.entityTypes.map((t) => t.id);
  const onlyType = (id: string) =>
    typeIds.every((t) => (t === id) === !view.hiddenEntityTypes.includes(t));

  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <div className="panel-heading-row">
        <h2 id="filters-heading">Filters</h2>
        <button
          type="button"
          className="link-button"
          onClick={resetFilters}
          disabled={!hasActiveFilters(view)}
        >
          Reset filters
        </button>
      </div>

      {overrides && <CommandOverrideNote overrides={overrides} />}

      <fieldset className="filter-group">
        <legend>Relations</legend>
        {choices.families.map((group) => (
          <FamilySwitch
            key={group.family}
            group={group}
            allKeys={choices.relationKeys}
            counts={counts}
            overridden={overriddenFamilies.has(group.family)}
            overriddenTypes={overriddenTypes}
          />
        ))}
      </fieldset>

      <fieldset className="filter-group">
        <legend>Entity types</legend>
        {choices.entityTypes.map((type) => (
          <FilterCheckbox
            key={type.id}
            label={type.label}
            checked={!view.hiddenEntityTypes.includes(type.id)}
            onChange={() => toggleEntityType(type.id)}
            count={counts.entityTypes.get(type.id)}
            only={
              choices.entityTypes.length > 1
                ? onlyType(type.id)
                  ? {
                      text: 'all',
                      label: 'Show every entity type',
                      onClick: () => setView({ hiddenEntityTypes: [] }),
                    }
                  : {
                      text: 'only',
                      label: `Show only the ${type.label} type`,
                      onClick: () => showOnlyEntityType(type.id, typeIds),
                    }
                : undefined
            }
          />
        ))}
      </fieldset>

      <fieldset className="filter-group">
        <legend>Confidence</legend>
        {choices.confidences.map((confidence) => (
          <FilterCheckbox
            key={confidence}
            label={confidence}
            checked={!view.hiddenConfidences.includes(confidence)}
            onChange={() => toggleConfidence(confidence)}
            count={counts.confidences.get(confidence)}
          />
        ))}
      </fieldset>

      {choices.sourcing && (
        <fieldset className="filter-group">
          <legend>Evidence</legend>
          {SOURCINGS.map((sourcing) => (
            <FilterCheckbox
              key={sourcing}
              label={SOURCING_LABELS[sourcing]}
              checked={!view.hiddenSourcing.includes(sourcing)}
              onChange={() => toggleSourcing(sourcing)}
              count={counts.sourcing.get(sourcing)}
            />
          ))}
        </fieldset>
      )}

      <label className="filter-label filter-option">
        <input
          type="checkbox"
          checked={view.hideIsolated}
          onChange={(e) => setView({ hideIsolated: e.target.checked })}
        />
        <span>Hide entities left without relations</span>
      </label>
    </section>
  );
}
