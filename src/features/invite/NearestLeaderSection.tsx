/**
 * Who the dialogue is with: the nearest leader from the directory (GET /me/manager), shown with
 * name and mail, or someone the leader searches for. A manager who is an orgContact is explained:
 * they get the meeting and the file, but no Teams chat.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { PersonSearch20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import type { Person } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import type { NearestLeader } from '../../graph/types';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { samePerson } from './choices';
import { PeoplePicker } from './PeoplePicker';
import { inviteStrings } from './strings';

export type DirectoryLeader = { status: 'loading' } | { status: 'done'; leader: NearestLeader } | { status: 'failed'; message: string };

const useStyles = makeStyles({
  person: { margin: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
  note: { marginTop: tokens.spacingVerticalS },
});

export interface NearestLeaderSectionProps {
  graph: GraphClient;
  locale: Locale;
  directory: DirectoryLeader;
  /** The person the booking goes to (the directory's unless the leader chose another). */
  chosen: Person | undefined;
  onChoose(person: Person | undefined): void;
  errors: string[];
}

export function NearestLeaderSection({ graph, locale, directory, chosen, onChoose, errors }: NearestLeaderSectionProps) {
  const t = inviteStrings[locale].leader;
  const shared = useSharedStyles();
  const styles = useStyles();
  const fromDirectory = directory.status === 'done' && directory.leader.kind !== 'none' ? directory.leader.person : undefined;
  const [searching, setSearching] = useState(false);
  const showPicker = searching || (directory.status !== 'loading' && !chosen);
  const error = errors.join(' ') || undefined;

  return (
    <HeadedSection headingId="invite-leader-heading" heading={t.heading} data-invite-section="leader">
      {directory.status === 'loading' ? <Spinner size="tiny" label={t.loading} /> : null}
      {directory.status === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{directory.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {directory.status === 'done' && directory.leader.kind === 'none' && !chosen ? <p>{t.none}</p> : null}
      {chosen ? (
        <div className={styles.person} data-testid="nearest-leader">
          <span className={shared.muted}>{samePerson(chosen, fromDirectory) ? t.fromDirectory : t.picked}</span>
          <span className={styles.name}>{chosen.displayName}</span>
          <span>{chosen.mail ?? t.mailMissing}</span>
        </div>
      ) : null}
      {chosen?.kind === 'orgContact' ? (
        <MessageBar intent="info" className={styles.note}>
          <MessageBarBody>{fillTemplate(t.orgContact, { name: chosen.displayName })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {chosen && !showPicker ? (
        <div className={styles.actions}>
          <Button icon={<PersonSearch20Regular />} onClick={() => setSearching(true)}>
            {t.chooseOther}
          </Button>
        </div>
      ) : null}
      {showPicker ? (
        <>
          <PeoplePicker
            graph={graph}
            locale={locale}
            error={error}
            onPick={(person) => {
              setSearching(false);
              onChoose(person);
            }}
          />
          {fromDirectory && !samePerson(chosen, fromDirectory) ? (
            <Button
              appearance="subtle"
              onClick={() => {
                setSearching(false);
                onChoose(fromDirectory);
              }}
            >
              {fillTemplate(t.keepDirectory, { name: fromDirectory.displayName })}
            </Button>
          ) : null}
        </>
      ) : error ? (
        <p role="alert" className={styles.note}>
          {error}
        </p>
      ) : null}
    </HeadedSection>
  );
}
