import { useMemo } from 'react';
import { RELATION_FAMILY_LABELS, type RelationFamily } from '../../domain/relations';
import { colourOfEntityType, colourOfFamily, shapeOfEntityType } from '../../graph/palette';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { ShapeSwatch } from './ShapeSwatch';

/** What the colours, shapes and line styles on the canvas mean, from the same palette. */
export function Legend() {
  const index = useLinkboard(selectIndex);
  const entries = useMemo(() => {
    if (!index) return null;
    const types = [...new Set(index.dataset.nodes.map((n) => n.type))];
    const families = [...new Set(index.dataset.edges.map((e) => index.relationOf(e).family))];
    const typeLabels = new Map(index.dataset.entityTypes.map((t) => [t.id, t.label]));
    return {
      types: types.map((t) => ({ id: t, label: typeLabels.get(t) ?? t })),
      families: families as RelationFamily[],
    };
  }, [index]);
  if (!entries) return null;
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul className="legend-list">
        {entries.types.map((t) => (
          <li key={t.id}>
            <ShapeSwatch shape={shapeOfEntityType(t.id)} colour={colourOfEntityType(t.id)} />
            <span className="legend-label">{t.label}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        {entries.families.map((f) => (
          <li key={f}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="25" y2="5" stroke={colourOfFamily(f)} strokeWidth="2.5" />
            </svg>
            <span className="legend-label">{RELATION_FAMILY_LABELS[f]}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        <li>
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="25" y2="5" stroke="#555" strokeWidth="2" />
          </svg>
          <span className="legend-label">confirmed or reported</span>
        </li>
        <li>
          <svg width="26" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="25"
              y2="5"
              stroke="#555"
              strokeWidth="2"
              strokeDasharray="6 4"
            />
          </svg>
          <span className="legend-label">claimed or suspected</span>
        </li>
        <li>
          <svg width="26" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="25"
              y2="5"
              stroke="#555"
              strokeWidth="2"
              strokeDasharray="1.5 3"
            />
          </svg>
          <span className="legend-label">formal (nominal) only</span>
        </li>
      </ul>
    </section>
  );
}
