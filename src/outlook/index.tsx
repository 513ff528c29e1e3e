/**
 * Entry of the Outlook add-in's task pane (taskpane.html, loaded by the manifest's runtime). The
 * page has already loaded Office.js from Microsoft's CDN; this waits for Office.onReady, then shows
 * the pane for the appointment being composed. Sign-in and Graph load only when the leader asks to
 * fetch from Microsoft 365.
 */
import { FluentProvider, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { localeFromTag } from '../content';
import { appConfig } from '../config';
import { detectHost } from '../host/detectHost';
import { fluentThemeFor } from '../host/theme';
import type { HostContext } from '../host/types';
import type { FetchedFromM365 } from './loadFromM365';
import { paneStrings } from './paneStrings';
import { TaskPane, type PaneItem } from './TaskPane';

/** The open item, if it is an appointment the leader is composing (the pane's only context). */
function composedAppointment(): PaneItem | null {
  const item = typeof Office !== 'undefined' ? (Office.context?.mailbox?.item as unknown as Partial<PaneItem> | undefined) : undefined;
  return item && item.subject && typeof item.subject.setAsync === 'function' && item.requiredAttendees && item.start ? (item as PaneItem) : null;
}

async function fetchFromM365(host: HostContext): Promise<FetchedFromM365> {
  const [{ createOutlookTokenProvider }, { createGraphClient }, { fetchFromM365: fetch }] = await Promise.all([
    import(/* webpackChunkName: "outlook-signin" */ './signIn'),
    import(/* webpackChunkName: "graph" */ '../graph/client'),
    import(/* webpackChunkName: "outlook-m365" */ './loadFromM365'),
  ]);
  const tokenProvider = await createOutlookTokenProvider(appConfig, host, Office, window.location.origin);
  return fetch(createGraphClient({ baseUrl: appConfig.graphBaseUrl, tokenProvider }));
}

async function start(): Promise<void> {
  const host = await detectHost();
  // Office.context.displayLanguage is the Outlook UI language ("da-DK"); the host reports it as locale.
  const locale = localeFromTag(host.locale);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  document.documentElement.lang = locale;
  // In Outlook's dark theme the pane's page must be dark too, not only the FluentProvider's box:
  // the rest of the pane and native controls (date and time pickers) follow the theme.
  const theme = fluentThemeFor(host.theme);
  document.documentElement.style.colorScheme = host.theme === 'default' ? 'light' : 'dark';
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  const item = host.kind === 'officeAddin' ? composedAppointment() : null;
  root.render(
    <FluentProvider theme={theme}>
      {item ? (
        <TaskPane
          item={item}
          locale={locale}
          isSetSupported={(name, version) => Office.context.requirements.isSetSupported(name, version)}
          fetchFromM365={() => fetchFromM365(host)}
        />
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{paneStrings[locale].notInOutlook}</MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>,
  );
}

void start();
