/**
 * "Mine data" (?view=my-data): everything the app has created or keeps for the signed-in user,
 * grouped by where it lives, with a link and a date; the export as one .zip made in the browser;
 * delete for one contract or everything. Reached from the header and from the privacy page.
 */
import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { contractIdsOf } from '../../domain/myData';
import { PLACE_NAMES } from '../../domain/myDataExport';
import type { DeletionScope } from '../../domain/myDataDeletion';
import { useApp } from '../../ui/AppContext';
import { graphErrorText } from '../../ui/graphErrorWords';
import { RetryError } from '../../ui/RetryError';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { DeletePanel } from './DeletePanel';
import { buildExport, downloadZip } from './exportZip';
import { InventoryTable } from './InventoryTable';
import { myDataStrings } from './strings';
import { useInventory } from './useInventory';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export default function MyDataView() {
  const { locale } = useApp();
  const t = myDataStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const { m365, inventory, loading, failed, reload } = useInventory();
  const [exportState, setExportState] = useState<{ status: 'idle' | 'working' | 'done' | 'failed'; text?: string }>({ status: 'idle' });
  const [deleting, setDeleting] = useState<DeletionScope>();

  const exportAll = async () => {
    if (!m365.graph || !inventory) return;
    setExportState({ status: 'working' });
    try {
      const result = await buildExport({ graph: m365.graph, inventory, locale, userName: m365.me?.displayName ?? '' });
      downloadZip(result);
      setExportState({ status: 'done', text: fillTemplate(t.exported, { file: result.fileName, count: result.files.length }) });
    } catch (error) {
      const message = (error as { message?: unknown })?.message;
      const text =
        typeof message === 'object' && message !== null && locale in message ? String((message as Record<string, unknown>)[locale]) : String(message ?? error);
      setExportState({ status: 'failed', text: fillTemplate(t.exportFailed, { message: text }) });
    }
  };

  const contractName = (id: string): string => {
    const found = inventory?.contracts.find((c) => c.contract.id === id)?.contract;
    return fillTemplate(t.contractLabel, { period: found ? `${found.period.start} – ${found.period.end}` : id.slice(0, 8) });
  };

  let body;
  if (m365.status === 'error' || failed) {
    body = <RetryError message={failed ?? m365.error?.[locale]} retryLabel={t.tryAgain} onRetry={failed ? reload : m365.retry} />;
  } else if (!m365.graph) {
    body = <p role="status">{t.connecting}</p>;
  } else if (!inventory || loading) {
    body = <p role="status">{t.looking}</p>;
  } else {
    const ids = contractIdsOf(inventory.items);
    body = (
      <>
        {inventory.failures.map((f) => (
          <MessageBar key={f.place} intent="warning">
            <MessageBarBody>
              {fillTemplate(t.lookFailed, { place: PLACE_NAMES[f.place][locale] })} {graphErrorText(f.error.kind, locale)}
            </MessageBarBody>
          </MessageBar>
        ))}
        <HeadedSection level={2} headingId="my-data-export" heading={t.exportHeading}>
          <p className={shared.lead}>{t.exportText}</p>
          <Button appearance="primary" disabled={exportState.status === 'working'} onClick={() => void exportAll()} data-my-data-export>
            {t.exportButton}
          </Button>
          <p role="status">{exportState.status === 'working' ? t.exporting : (exportState.text ?? '')}</p>
        </HeadedSection>
        <HeadedSection level={2} headingId="my-data-list" heading={t.heading}>
          {inventory.items.length === 0 ? <p role="status">{t.empty}</p> : <InventoryTable items={inventory.items} />}
        </HeadedSection>
        <HeadedSection level={2} headingId="my-data-delete" heading={t.deleteHeading}>
          <p className={shared.lead}>{t.deleteText}</p>
          <div className={styles.actions}>
            {ids.map((id) => (
              <Button key={id} onClick={() => setDeleting({ kind: 'contract', contractId: id })} data-my-data-delete-contract={id}>
                {t.deleteContract} ({contractName(id)})
              </Button>
            ))}
            <Button onClick={() => setDeleting({ kind: 'all' })} data-my-data-delete-all>
              {t.deleteAll}
            </Button>
          </div>
          {deleting ? (
            <DeletePanel
              key={deleting.kind === 'all' ? 'all' : deleting.contractId}
              graph={m365.graph}
              {...(m365.me ? { userId: m365.me.id } : {})}
              items={inventory.items}
              scope={deleting}
              heading={deleting.kind === 'all' ? t.previewHeadingAll : fillTemplate(t.previewHeadingContract, { contract: contractName(deleting.contractId) })}
              onClose={() => setDeleting(undefined)}
              onFinished={() => {
                setDeleting(undefined);
                reload();
              }}
            />
          ) : null}
        </HeadedSection>
      </>
    );
  }

  return (
    <div data-my-data>
      <h1 className={shared.h2}>{t.heading}</h1>
      <p className={shared.lead}>{t.intro}</p>
      <p>
        <Link href="assets/privacy.html" target="_blank" rel="noopener">
          {t.privacyLink}
        </Link>
      </p>
      {body}
    </div>
  );
}
