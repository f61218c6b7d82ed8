import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface PopoverButtonProps {
  /** The trigger's text, such as "Range…". */
  label: string;
  /** The panel's heading and accessible name. */
  title: string;
  /** Marks the trigger while what the panel sets is in force (a range, say). */
  active?: boolean;
  children: ReactNode;
}

/**
 * A button that opens a small non-modal panel above the timeline. Escape or Close shuts it and
 * gives focus back to the button; focus moves into the panel when it opens.
 */
export function PopoverButton({ label, title, active = false, children }: PopoverButtonProps) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    (panel.querySelector<HTMLElement>('input, select') ?? panel.querySelector('button'))?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  return (
    <div className="popover-anchor">
      <button
        ref={triggerRef}
        type="button"
        className={active ? 'button button-active' : 'button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label={title}
          className="timeline-popover"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault(); // Escape closes the panel here, not the selection too
            close();
          }}
        >
          <div className="timeline-popover-header">
            <h3>{title}</h3>
            <button type="button" className="button button-small" onClick={close}>
              Close
            </button>
          </div>
          {children}
        </div>
      )}
    </div>
  );
}
