/**
 * Tabs over panels that all stay mounted (hidden when not chosen), in the ARIA tabs pattern: the
 * arrow keys move between tabs and choose them, Home and End go to the ends. The right-hand
 * column (Details, Path finder) and the left-hand one (Explore, Sources) use it.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab<T extends string> {
  id: T;
  label: string;
  content: ReactNode;
  /** Class of its panel, beside the column's own. */
  className?: string;
}

export function Tabs<T extends string>({
  label,
  tabs,
  chosen,
  onChoose,
  className,
}: {
  label: string;
  tabs: readonly Tab<T>[];
  chosen: T;
  onChoose: (id: T) => void;
  /** The column's name in classes: `side-tabs <name>-tabs` for the list, `<name>-tab-panel` for each panel. */
  className: string;
}) {
  const baseId = useId();
  const tabRefs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === chosen);
    const n = tabs.length;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[to % n]!.id;
    onChoose(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <>
      <div
        className={`side-tabs ${className}-tabs`}
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el);
            }}
            id={`${baseId}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={chosen === t.id}
            aria-controls={`${baseId}-panel-${t.id}`}
            tabIndex={chosen === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => onChoose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          id={`${baseId}-panel-${t.id}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${t.id}`}
          hidden={chosen !== t.id}
          className={`${className}-tab-panel ${t.className ?? ''}`}
        >
          {t.content}
        </div>
      ))}
    </>
  );
}
