import { useMemo } from 'react';
import {
  entityTypeLabel,
  entityTypesInUse,
  familyVisibility,
  relationFamilyGroups,
  type RelationFamilyGroup,
} from '../../domain/filterCounts';
import { RELATION_FAMILY_LABELS } from '../../domain/relations';
import {
  colourOfEntityType,
  colourOfFamily,
  LINE_STYLE_DASHES,
  LINE_STYLE_MEANINGS,
  LINE_STYLES,
  shapeOfEntityType,
  UNSOURCED_STYLE,
} from '../../graph/palette';
import { isUnsourced } from '../../domain/sourcing';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import './legend.css';
import { HollowSwatch, LineSwatch, ShapeSwatch } from './ShapeSwatch';
import { TimeLegend } from './TimeLegend';

const ARIA_PRESSED = { shown: 'true', hidden: 'false', mixed: 'mixed' } as const;

/**
 * What the colours, shapes and line styles on the canvas mean, from the same palette. Entity types
 * and relation families are toggle buttons: pressed means shown.
 */
export function Legend() {
  const index = useLinkboard(selectIndex);
  const hiddenEntityTypes = useLinkboard((s) => s.view.hiddenEntityTypes);
  const hiddenRelations = useLinkboard((s) => s.view.hiddenRelations);
  const toggleEntityType = useLinkboard((s) => s.toggleEntityType);
  const setRelationsShown = useLinkboard((s) => s.setRelationsShown);
  const relationLabels = useLinkboard((s) => s.view.relationLabels);
  const toggleRelationLabels = useLinkboard((s) => s.toggleRelationLabels);
  const entries = useMemo(() => {
    if (!index) return null;
    return {
      types: entityTypesInUse(index.dataset).map((id) => ({
        id,
        label: entityTypeLabel(index.dataset, id),
      })),
      families: relationFamilyGroups(index),
      unsourced: {
        entities: index.dataset.nodes.some(isUnsourced),
        relations: index.dataset.edges.some(isUnsourced),
      },
    };
  }, [index]);
  if (!entries) return null;

  const toggleFamily = (group: RelationFamilyGroup) => {
    // A family partly or wholly hidden comes back whole; a fully shown one is hidden.
    const shown = familyVisibility(group, hiddenRelations) !== 'shown';
    setRelationsShown(
      group.types.map((t) => t.key),
      shown,
    );
  };

  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul className="legend-list" aria-label="Entity types">
        {entries.types.map((t) => {
          const shown = !hiddenEntityTypes.includes(t.id);
          return (
            <li key={t.id}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={shown}
                onClick={() => toggleEntityType(t.id)}
              >
                <ShapeSwatch shape={shapeOfEntityType(t.id)} colour={colourOfEntityType(t.id)} />
                <span className="legend-label">{t.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="legend-columns" aria-hidden="true">
        <span>Relations</span>
        <span title="Write the verbs of these relations on their arrows">Verbs</span>
      </p>
      <ul className="legend-list" aria-label="Relation families">
        {entries.families.map((group) => {
          const label = RELATION_FAMILY_LABELS[group.family];
          return (
            <li key={group.family} className="legend-family">
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={ARIA_PRESSED[familyVisibility(group, hiddenRelations)]}
                onClick={() => toggleFamily(group)}
              >
                <LineSwatch colour={colourOfFamily(group.family)} />
                <span className="legend-label">{label}</span>
              </button>
              <button
                type="button"
                className="legend-verbs"
                aria-pressed={relationLabels.includes(group.family)}
                aria-label={`${label} verbs on arrows`}
                title={`Write the verbs of ${label.toLowerCase()} relations (${group.types
                  .slice(0, 3)
                  .map((t) => t.label)
                  .join(', ')}) on their arrows`}
                onClick={() => toggleRelationLabels(group.family)}
              >
                abc
              </button>
            </li>
          );
        })}
      </ul>
      <TimeLegend />
      <ul className="legend-list legend-static" aria-label="Line styles">
        {LINE_STYLES.map((style) => (
          <li key={style}>
            <LineSwatch colour="#555" dash={LINE_STYLE_DASHES[style].join(' ') || undefined} />
            <span className="legend-label">{LINE_STYLE_MEANINGS[style]}</span>
          </li>
        ))}
        {entries.unsourced.relations && (
          <li>
            <LineSwatch colour={UNSOURCED_STYLE.lineColour} dash={UNSOURCED_STYLE.dash.join(' ')} />
            <span className="legend-label">no evidence yet (unsourced)</span>
          </li>
        )}
        {entries.unsourced.entities && (
          <li>
            <HollowSwatch colour="#555" />
            <span className="legend-label">entity without evidence</span>
          </li>
        )}
      </ul>
    </section>
  );
}
