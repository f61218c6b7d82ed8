/**
 * Where Details shows the edit actions of the selected item (Edit, Delete…, Merge into…): the
 * editing code is fetched on demand, after the first page (src/ui/edit/EditTools.tsx).
 */
import { lazy, Suspense } from 'react';
import type { EditTarget } from '../../domain/edits';

const EditTools = lazy(() => import('../edit/EditTools'));

export function EditSlot({ target }: { target: EditTarget }) {
  return (
    <Suspense fallback={null}>
      <EditTools target={target} />
    </Suspense>
  );
}
