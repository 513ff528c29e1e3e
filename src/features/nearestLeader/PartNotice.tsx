/**
 * On the first open after the nearest leader changed their part (an agreement, a comment, "Vi er
 * enige"), one quiet notice: „Lars Nielsen har tilføjet 1 aftale og er enig“, with a link to the
 * contract. What was shown is remembered per contract on this device, so the same news is never
 * shown twice. Mounted by the app shell only once the draft is shared; reads, never writes the file.
 */
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { partNews, seenPartOf, type PartNews } from '../../domain/nearestLeaderPart';
import { readSeenPart, writeSeenPart } from '../../store/seenPart';
import { useApp } from '../../ui/AppContext';
import { partNewsText, partStrings } from './partStrings';
import { useNearestLeaderPart } from './useNearestLeaderPart';

export default function PartNotice() {
  const { draft, locale, goTo } = useApp();
  const { part, loaded } = useNearestLeaderPart(draft.contract);
  const contractId = draft.contract.id;
  const [news, setNews] = useState<PartNews | null | undefined>(undefined);

  // Decided once, when the shared file has been read: what is new since the last notice.
  useEffect(() => {
    if (!loaded || news !== undefined) return;
    setNews(partNews(part, readSeenPart(contractId)) ?? null);
    writeSeenPart(contractId, seenPartOf(part));
  }, [loaded, news, part, contractId]);

  if (!news) return null;
  const t = partStrings[locale];
  return (
    <MessageBar intent="info" layout="multiline" data-nearest-leader-notice="" role="status">
      <MessageBarBody>
        {partNewsText(news, locale)}{' '}
        <Link
          href="#contract"
          onClick={(e) => {
            e.preventDefault();
            setNews(null);
            goTo('contract');
          }}
        >
          {t.noticeLink}
        </Link>
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.noticeDismiss} icon={<Dismiss20Regular />} onClick={() => setNews(null)} />}
      />
    </MessageBar>
  );
}
