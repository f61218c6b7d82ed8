import { useId, useMemo, type ReactNode } from 'react';
import {
  confidencesInUse,
  entityTypeLabel,
  entityTypesInUse,
  hasActiveFilters,
  hasUnsourcedRelations,
  relationFamilyGroups,
} from '../../domain/filterCounts';
import { RELATION_FAMILY_LABELS, type RelationFamily } from '../../domain/relations';
import { colourOfFamily } from '../../graph/palette';
import { selectFilterCounts, selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { SOURCINGS, type Sourcing } from '../../domain/viewState';
import { FilterCheckbox } from './FilterCheckbox';
import './filters.css';

function FamilyGroup({ family, children }: { family: RelationFamily; children: ReactNode }) {
  const headingId = useId();
  return (
    <div className="filter-family" role="group" aria-labelledby={headingId}>
      <div className="filter-family-name" id={headingId}>
        <span
          className="filter-swatch-line"
          style={{ background: colourOfFamily(family) }}
          aria-hidden="true"
        />
        {RELATION_FAMILY_LABELS[family]}
      </div>
      {children}
    </div>
  );
}

const SOURCING_LABELS: Record<Sourcing, string> = {
  sourced: 'quoted',
  unsourced: 'no evidence yet',
};

/**
 * Which relation types, entity types and confidence levels are shown, with live counts; and, when
 * the dataset has unsourced relations, whether those with and without evidence are.
 */
export function Filters() {
  const index = useLinkboard(selectIndex);
  const counts = useLinkboard(selectFilterCounts);
  const view = useLinkboard((s) => s.view);
  const toggleRelation = useLinkboard((s) => s.toggleRelation);
  const toggleEntityType = useLinkboard((s) => s.toggleEntityType);
  const toggleConfidence = useLinkboard((s) => s.toggleConfidence);
  const toggleSourcing = useLinkboard((s) => s.toggleSourcing);
  const setView = useLinkboard((s) => s.setView);
  const resetFilters = useLinkboard((s) => s.resetFilters);

  const choices = useMemo(
    () =>
      index && {
        families: relationFamilyGroups(index),
        entityTypes: entityTypesInUse(index.dataset).map((id) => ({
          id,
          label: entityTypeLabel(index.dataset, id),
        })),
        confidences: confidencesInUse(index.dataset),
        sourcing: hasUnsourcedRelations(index.dataset),
      },
    [index],
  );
  if (!choices || !counts) return null;

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

      <fieldset className="filter-group">
        <legend>Relations</legend>
        {choices.families.map((group) => (
          <FamilyGroup key={group.family} family={group.family}>
            {group.types.map((type) => (
              <FilterCheckbox
                key={type.key}
                label={type.label}
                checked={!view.hiddenRelations.includes(type.key)}
                onChange={() => toggleRelation(type.key)}
                count={counts.relations.get(type.key)}
              />
            ))}
          </FamilyGroup>
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
