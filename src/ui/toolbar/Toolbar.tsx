/**
 * The header toolbar. Groups, left to right: dataset (open, default), view (layouts, command view,
 * fit), export. Each group holds the controls of one panel folder under src/ui/.
 */
import type { ReactNode } from 'react';

export function ToolbarGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

export function Toolbar({ children }: { children?: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Main toolbar">
      {children}
    </div>
  );
}
