import { useLinkboard } from '../store/store';

/** The dataset's title in the header, and where it was opened from. */
export function DatasetTitle() {
  const dataset = useLinkboard((s) => s.dataset);
  const origin = useLinkboard((s) => s.datasetOrigin);
  if (!dataset) return null;
  const tooltip = [dataset.description, `Opened from ${origin}.`].filter(Boolean).join('\n\n');
  return (
    <p className="dataset-title" title={tooltip}>
      {dataset.title}
      <span className="dataset-origin"> · from {origin}</span>
    </p>
  );
}
