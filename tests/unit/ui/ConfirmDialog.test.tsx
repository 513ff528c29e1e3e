/**
 * The confirm dialog asks before an action that cannot be taken back: the primary button acts, the
 * way back (and Escape) only closes it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDialog } from '../../../src/ui/ConfirmDialog';

function renderDialog() {
  const onConfirm = jest.fn();
  const onOpenChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConfirmDialog
        open
        onOpenChange={onOpenChange}
        title="Aflys dialogen?"
        body={<p>Mødet slettes i kalenderen.</p>}
        confirmLabel="Aflys"
        onConfirm={onConfirm}
        cancelLabel="Behold"
      />
    </FluentProvider>,
  );
  return { onConfirm, onOpenChange };
}

describe('ConfirmDialog', () => {
  it('shows the title and what will happen, and acts on the primary button only', async () => {
    const { onConfirm, onOpenChange } = renderDialog();
    expect(screen.getByRole('dialog', { name: 'Aflys dialogen?' })).toBeTruthy();
    expect(screen.getByText('Mødet slettes i kalenderen.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Aflys' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('closes without acting on the way back and on Escape', async () => {
    const { onConfirm, onOpenChange } = renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Behold' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledTimes(2);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
