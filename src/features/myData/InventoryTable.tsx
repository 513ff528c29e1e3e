/** The inventory, one table per place: what, when, and a link to open it where it lives. */
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { groupByPlace, type DataItem } from '../../domain/myData';
import { PLACE_NAMES } from '../../domain/myDataExport';
import { useApp } from '../../ui/AppContext';
import { ColumnHeaders } from '../../ui/ColumnHeaders';
import { useSharedStyles } from '../../ui/sharedStyles';
import { itemDate, itemLabel } from './labels';
import { myDataStrings } from './strings';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalL },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  what: { width: '55%' },
  badge: { marginLeft: tokens.spacingHorizontalS },
});

export function InventoryTable({ items }: { items: readonly DataItem[] }) {
  const { locale } = useApp();
  const t = myDataStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      {groupByPlace(items).map(({ place, items: group }) => (
        <section key={place} className={styles.group} aria-labelledby={`my-data-${place}`} data-my-data-place={place}>
          <h3 id={`my-data-${place}`} className={shared.h3}>
            {PLACE_NAMES[place][locale]} ({group.length})
          </h3>
          <p className={shared.muted}>{t.placeWho[place]}</p>
          <table className={styles.table}>
            <thead>
              <ColumnHeaders
                cellClassName={styles.cell}
                columns={[
                  { key: 'item', label: t.columnItem, className: styles.what },
                  { key: 'date', label: t.columnDate },
                  { key: 'open', label: t.columnOpen },
                ]}
              />
            </thead>
            <tbody>
              {group.map((item) => (
                <tr key={item.key} data-my-data-item={item.key}>
                  <td className={styles.cell}>
                    {itemLabel(item, t)}
                    {item.foundBy.length === 1 && item.foundBy[0] === 'looking' && item.place !== 'browser' ? (
                      <>
                        <Badge className={styles.badge} appearance="outline" color="informative" title={t.foundByLookingHint}>
                          {t.foundByLooking}
                        </Badge>
                        <span className={shared.visuallyHidden}> {t.foundByLookingHint}</span>
                      </>
                    ) : null}
                  </td>
                  <td className={styles.cell}>{itemDate(item, locale)}</td>
                  <td className={styles.cell}>
                    {item.link ? (
                      <Link href={item.link} target="_blank" rel="noopener noreferrer">
                        {t.open[place]}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
