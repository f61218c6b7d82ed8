import './dataset.css';

export interface OpenDatasetButtonProps {
  /** What the file picker offers, as for `<input accept>`. */
  accept: string;
  onOpen: (files: File[]) => void;
}

/**
 * A file input dressed as a toolbar button. Several files may be chosen at once: an edge list
 * CSV with its node list CSV.
 */
export function OpenDatasetButton({ accept, onOpen }: OpenDatasetButtonProps) {
  return (
    <label className="toolbar-file-button">
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) fires again.
          event.currentTarget.value = '';
          if (files.length > 0) onOpen(files);
        }}
      />
      {/* One inline run, so the space survives the label's flex layout. */}
      <span>
        Open<span className="toolbar-wide"> dataset</span>
      </span>
    </label>
  );
}
