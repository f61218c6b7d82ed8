import { formatPartialDate } from '../../domain/dates';
import type { DatasetSource, Evidence } from '../../domain/schema';

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

/** Verbatim quotes, each with the source it comes from and the curator's note. */
export function EvidenceList({
  evidence,
  sources,
}: {
  evidence: readonly Evidence[];
  sources: readonly DatasetSource[];
}) {
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
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
