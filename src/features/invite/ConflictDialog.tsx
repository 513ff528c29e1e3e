/** A shared file changed on OneDrive: the leader chooses whose version applies; nothing is overwritten before. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import type { ConflictChoice, StorageConflict } from './engine';
import { inviteStrings } from './strings';

export function ConflictDialog({
  locale,
  conflict,
  onChoose,
}: {
  locale: Locale;
  conflict: StorageConflict | undefined;
  onChoose(choice: ConflictChoice): void;
}) {
  const t = inviteStrings[locale].conflict;
  // "Their" docx is always usable as theirs; their JSON only when it is a readable contract.
  const theirsPossible = conflict ? conflict.file === 'docx' || conflict.remoteContract !== undefined : false;
  return (
    <Dialog open={conflict !== undefined} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent>
            <p>{t.body}</p>
            {!theirsPossible ? <p>{t.theirsUnreadable}</p> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('keepMine')}>
              {t.keepMine}
            </Button>
            {theirsPossible ? <Button onClick={() => onChoose('takeTheirs')}>{t.takeTheirs}</Button> : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
