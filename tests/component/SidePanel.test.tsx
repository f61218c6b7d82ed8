import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SidePanel } from '../../src/ui/details/SidePanel';
import { renderPanel } from './renderWithStore';

describe('<SidePanel>', () => {
  it('shows Details or the path finder, one tab at a time', async () => {
    const { user } = renderPanel(<SidePanel />);
    const detailsTab = screen.getByRole('tab', { name: 'Details' });
    const pathsTab = screen.getByRole('tab', { name: 'Path finder' });
    expect(detailsTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: 'Details' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Path finder' })).toBeNull();

    await user.click(pathsTab);
    expect(pathsTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: 'Path finder' })).toBeVisible();
    expect(screen.getByRole('tabpanel', { name: 'Path finder' })).toBeVisible();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = renderPanel(<SidePanel />);
    screen.getByRole('tab', { name: 'Details' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Path finder' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Path finder' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
  });

  it('keeps a half-typed path while the details are looked at', async () => {
    const { user } = renderPanel(<SidePanel />);
    await user.click(screen.getByRole('tab', { name: 'Path finder' }));
    await user.type(screen.getByRole('combobox', { name: 'From' }), 'Baghdad');
    await user.click(screen.getByRole('tab', { name: 'Details' }));
    await user.click(screen.getByRole('tab', { name: 'Path finder' }));
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('Baghdad');
  });

  it('shows the path finder when a path arrives from elsewhere', () => {
    const { store } = renderPanel(<SidePanel />);
    act(() => store.getState().setView({ path: { from: 'kh', to: 'baghdad' } }));
    expect(screen.getByRole('tab', { name: 'Path finder' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
