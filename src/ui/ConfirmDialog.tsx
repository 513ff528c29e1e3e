/**
 * Asks before an action that cannot be taken back: a title, what will happen, the action (primary)
 * and a way back. The way back, Escape and a click outside all close it through `onOpenChange`.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: ReactNode;
  body: ReactNode;
  confirmLabel: ReactNode;
  onConfirm(): void;
  cancelLabel: ReactNode;
  actionsClassName?: string;
}

export function ConfirmDialog({ open, onOpenChange, title, body, confirmLabel, onConfirm, cancelLabel, actionsClassName }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions className={actionsClassName}>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={() => onOpenChange(false)}>{cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
