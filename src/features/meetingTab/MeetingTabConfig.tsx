/**
 * The meeting tab's configuration page (manifest configurableTabs[0].configurationUrl): when
 * someone adds Lederdialog to a meeting by hand, Teams shows this and waits for "Save". The tab
 * then opens the dialogue view with the contract whose booked meeting this is (or the leader's own
 * booked contract on this device); with none, the side panel finds it from the meeting chat.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { appConfig } from '../../config';
import { encodeContractRef } from '../../host/deepLink';
import { useApp } from '../../ui/AppContext';
import { useAsync } from '../../ui/useAsync';
import type { MeetingContext } from '../dialogue/meetingContext';
import { refOfStoredContract } from '../dialogue/resolveDialogue';
import { dialogueStrings } from '../dialogue/strings';
import { dialogueTabUrls } from './pinMeetingTab';

/** The part of teams-js `pages.config` this page uses (injected in tests). */
export interface TabConfigApi {
  setValidityState(valid: boolean): void;
  registerOnSaveHandler(handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void): void;
  setConfig(config: { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName?: string }): Promise<void>;
}

/** The tab's entity when no contract is known: the side panel matches the meeting chat instead. */
export const GENERIC_ENTITY_ID = 'lederdialog-dialogue';

export function tabConfigFor(
  appOrigin: string,
  contractRef: string | undefined,
): { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string } {
  if (contractRef) return { entityId: contractRef, ...dialogueTabUrls(appOrigin, contractRef), suggestedDisplayName: 'Lederdialog' };
  const website = new URL('/', appOrigin);
  website.searchParams.set('view', 'dialogue');
  const content = new URL(website.toString());
  content.searchParams.set('host', 'teams');
  return { entityId: GENERIC_ENTITY_ID, contentUrl: content.toString(), websiteUrl: website.toString(), suggestedDisplayName: 'Lederdialog' };
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

async function loadConfigApi(): Promise<TabConfigApi> {
  const { pages } = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
  return pages.config;
}

export default function MeetingTabConfig({
  meeting,
  api,
  appOrigin = appConfig.appOrigin || window.location.origin,
}: {
  meeting?: MeetingContext;
  api?: TabConfigApi;
  appOrigin?: string;
}) {
  const { draft, locale } = useApp();
  const t = dialogueStrings[locale];
  const styles = useStyles();
  const contract = draft.contract;
  const ref = refOfStoredContract(contract);
  const encoded = ref ? encodeContractRef(ref) : undefined;
  const config = useMemo(() => tabConfigFor(appOrigin, encoded), [appOrigin, encoded]);
  const registered = useAsync(
    async (signal) => {
      const configApi = await (api ? Promise.resolve(api) : loadConfigApi());
      // A newer config registers its own handler.
      if (signal.aborted) return;
      configApi.registerOnSaveHandler((event) => {
        configApi.setConfig(config).then(
          () => event.notifySuccess(),
          (reason: unknown) => event.notifyFailure(String(reason)),
        );
      });
      // Saving is always possible: without a contract the side panel finds it from the meeting chat.
      configApi.setValidityState(true);
    },
    [api, config],
  );
  const error = registered.state === 'failed' ? String(registered.error) : undefined;

  return (
    <div className={styles.page} data-testid="meeting-tab-config" data-entity-id={config.entityId} data-chat-id={meeting?.chatId ?? ''}>
      <h1 className={styles.heading}>{t.configTitle}</h1>
      <p>{ref ? t.configReady(contract.leader?.displayName ?? '') : t.configNone}</p>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
