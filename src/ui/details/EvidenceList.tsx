import { formatPartialDate } from '../../domain/dates';
import type { EditTarget } from '../../domain/edits';
import type { DatasetSource, Evidence } from '../../domain/schema';
import { selectSourceText, selectUnverifiedQuotes } from '../../store/sourceTextsSlice';
import { useLinkboard } from '../../store/store';

/** Only web addresses become links; anything else in a dataset's url field stays text. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function SourceLine({ source, sourceId }: { source: DatasetSource | undefined; sourceId: string }) {
  if (!source) return <cite>{sourceId}</cite>;
  const href = safeHref(source.url);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener">
          <cite>{source.title}</cite>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {`, ${source.publisher}`}
      {source.published && `, ${formatPartialDate(source.published)}`}
    </>
  );
}

/** Opens the Sources panel on the quote; only for a source whose text is at hand. */
function ShowInSource({ evidence }: { evidence: Evidence }) {
  const readable = useLinkboard((s) => selectSourceText(s, evidence.source) !== undefined);
  const showInSource = useLinkboard((s) => s.showInSource);
  if (!readable) return null;
  return (
    <button
      type="button"
      className="link-button evidence-show"
      onClick={() => showInSource(evidence.source, evidence.quote)}
    >
      Show in source
    </button>
  );
}

/** Which of an item's quotes are not found in their source's text (none without a target). */
function useUnverified(target: EditTarget | undefined): ReadonlyMap<number, string> {
  const all = useLinkboard(selectUnverifiedQuotes);
  const found = new Map<number, string>();
  if (target)
    for (const q of all)
      if (q.target.kind === target.kind && q.target.id === target.id) found.set(q.index, q.reason);
  return found;
}

/**
 * Verbatim quotes, each with the source it comes from and the curator's note; with the item
 * they belong to (`target`), a quote no longer found in its source's text is flagged.
 */
export function EvidenceList({
  evidence,
  sources,
  target,
}: {
  evidence: readonly Evidence[];
  sources: readonly DatasetSource[];
  target?: EditTarget;
}) {
  const unverified = useUnverified(target);
  if (evidence.length === 0)
    return (
      <p className="details-muted details-unsourced">
        No evidence yet: no quote backs this in the dataset.
      </p>
    );
  return (
    <ul className="evidence-list">
      {evidence.map((item, i) => (
        <li key={i}>
          {unverified.has(i) && (
            <p className="evidence-unverified" title={unverified.get(i)}>
              Quote not found in source
            </p>
          )}
          <figure className="evidence">
            <blockquote cite={safeHref(sources.find((s) => s.id === item.source)?.url)}>
              {item.quote}
            </blockquote>
            <figcaption>
              <SourceLine
                source={sources.find((s) => s.id === item.source)}
                sourceId={item.source}
              />
              {item.note && <span className="evidence-note">Note: {item.note}</span>}
              <ShowInSource evidence={item} />
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
