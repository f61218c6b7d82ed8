import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatPartialDate } from '../../domain/dates';
import { entityTypeLabel } from '../../domain/filterCounts';
import { search, type SearchResult } from '../../domain/search';
import { selectSearchIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { useReveal } from '../common/useReveal';
import './search.css';
import { SEARCH_INPUT_ID } from './searchInputId';

const MAX_RESULTS = 12;

function describeResult(result: SearchResult, typeLabel: (type: string) => string): string {
  const what =
    result.kind === 'event'
      ? `event${result.detail ? `, ${formatPartialDate(result.detail)}` : ''}`
      : typeLabel(result.detail);
  if (result.matchedAlias) return `${what} · also “${result.matchedAlias}”`;
  if (result.matchedField === 'summary') return `${what} · in summary`;
  if (result.matchedAttribute) return `${what} · ${result.matchedAttribute}`;
  return what;
}

/**
 * One search box over entities and events, as an ARIA combobox: arrows move through the results,
 * Enter chooses (the first result when none is active), Escape closes the list. Choosing selects
 * the result, centres an entity on the canvas and shows it in Details.
 */
export function Search() {
  const searchIndex = useLinkboard(selectSearchIndex);
  const dataset = useLinkboard((s) => s.dataset);
  const reveal = useReveal();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  const results = useMemo(
    () => (searchIndex ? search(searchIndex, query, MAX_RESULTS) : []),
    [searchIndex, query],
  );
  // The popup shows results, or says there are none; the list itself only when there are some.
  const popupOpen = open && query.trim().length > 0;
  const expanded = popupOpen && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (result: SearchResult) => {
    reveal({ kind: result.kind, id: result.id });
    setQuery(result.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => Math.min(i + 1, results.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter': {
        const chosen = results[active >= 0 ? active : 0];
        if (expanded && chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (popupOpen) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  const typeLabel = (type: string) => (dataset ? entityTypeLabel(dataset, type) : type);

  return (
    <div className="panel search">
      <label htmlFor={SEARCH_INPUT_ID} className="panel-label">
        Search
      </label>
      <div className="search-box">
        <input
          id={SEARCH_INPUT_ID}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Names, aliases, events…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
        <ul
          id={listId}
          role="listbox"
          aria-label="Search results"
          className="search-results"
          hidden={!expanded}
        >
          {results.map((result, i) => (
            <li
              key={`${result.kind}:${result.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-result"
              // Keep the focus in the box, so the click does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(result)}
            >
              <span className="search-result-label">{result.label}</span>
              <span className="search-result-meta">{describeResult(result, typeLabel)}</span>
            </li>
          ))}
        </ul>
        {popupOpen && !expanded && <p className="search-empty">No matches</p>}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {popupOpen ? `${results.length} result${results.length === 1 ? '' : 's'}` : ''}
      </p>
    </div>
  );
}
