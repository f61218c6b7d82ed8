import { useId } from 'react';
import { CUSTOM_SIZE_LIMITS, FIGURE_PAGES, NAME_SIZES } from '../../graph/export/types';
import { useLinkboard } from '../../store/store';
import { currentFigureSelection, type FigureOptions, type FigureSizeChoice } from './exportActions';
import { RadioGroup } from './RadioGroup';

const SIZE_CHOICES: { value: FigureSizeChoice; label: string }[] = [
  ...Object.entries(FIGURE_PAGES).map(([value, page]) => ({
    value: value as FigureSizeChoice,
    label: page.label,
  })),
  { value: 'custom', label: 'Custom size' },
  { value: 'natural', label: "Graph's own size" },
];

/** The figure's page, name size and area: the choices that make a figure fit a slide. */
export function FigureControls({
  options,
  onChange,
}: {
  options: FigureOptions;
  onChange: (patch: Partial<FigureOptions>) => void;
}) {
  const ids = useId();
  const selection = useLinkboard((state) => currentFigureSelection(state)?.description ?? null);
  const dimension = (field: 'customWidth' | 'customHeight', label: string) => (
    <label className="export-dimension">
      {label}
      <input
        type="number"
        min={CUSTOM_SIZE_LIMITS.min}
        max={CUSTOM_SIZE_LIMITS.max}
        step={10}
        value={options[field]}
        onChange={(event) => onChange({ [field]: Number(event.target.value) })}
      />
    </label>
  );
  return (
    <>
      <div className="export-choice">
        <RadioGroup
          legend="Size"
          name={`${ids}-size`}
          value={options.size}
          choices={SIZE_CHOICES}
          onChange={(size) => onChange({ size })}
        />
        {options.size === 'custom' && (
          <div className="export-dimensions">
            {dimension('customWidth', 'Width (px)')}
            {dimension('customHeight', 'Height (px)')}
          </div>
        )}
        <label className="export-dimension">
          Name size
          <select
            value={options.nameSize}
            onChange={(event) => onChange({ nameSize: Number(event.target.value) })}
          >
            {NAME_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} px
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="export-choice">
        <RadioGroup
          legend="Area"
          name={`${ids}-area`}
          value={options.area}
          choices={[
            { value: 'view', label: 'Current view' },
            { value: 'full', label: 'Whole filtered graph' },
            { value: 'selection', label: 'Selection', disabled: selection === null },
          ]}
          onChange={(area) => onChange({ area })}
        />
        <p className="export-hint">
          {selection
            ? `Selection: ${selection}.`
            : 'Select an entity or highlight a path for “Selection”.'}
        </p>
      </div>
    </>
  );
}
