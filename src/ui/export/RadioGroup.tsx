/** A labelled group of radio buttons, as the export dialog's choices use. */
export function RadioGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  value: T;
  choices: readonly { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={String(choice.value)}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === choice.value}
            disabled={choice.disabled}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
