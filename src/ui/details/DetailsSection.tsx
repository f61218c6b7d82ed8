/**
 * A collapsible section of the Details panel: a heading that is a disclosure button, and its
 * content. Whether it is open is kept per section id across selections (panelsSlice), so closing
 * "Evidence" once keeps it closed for the next entity too.
 */
import { useId, type ReactNode } from 'react';
import { useLinkboard } from '../../store/store';

export function DetailsSection({
  id,
  title,
  count,
  defaultOpen = true,
  children,
}: {
  /** Stable id of the kind of section ("relations", "chain"), not of the entity shown. */
  id: string;
  title: string;
  count?: number | string;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const stored = useLinkboard((s) => s.detailsSections[id]);
  const setOpen = useLinkboard((s) => s.setDetailsSectionOpen);
  const open = stored ?? defaultOpen;
  const contentId = useId();
  const toggleId = useId();
  return (
    <section className="details-section" data-section={id} aria-labelledby={toggleId}>
      <h4 className="details-section-heading">
        <button
          id={toggleId}
          type="button"
          className="details-section-toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen(id, !open)}
        >
          <span className="details-section-chevron" aria-hidden="true" />
          {title}
          {count !== undefined && <span className="details-count">{count}</span>}
        </button>
      </h4>
      <div id={contentId} className="details-section-body" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
