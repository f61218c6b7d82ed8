import { useLinkboard } from '../store/store';

export function DatasetTitle() {
  const dataset = useLinkboard((s) => s.dataset);
  if (!dataset) return null;
  return (
    <p className="dataset-title" title={dataset.description}>
      {dataset.title}
    </p>
  );
}
