/** A table's header row: one `<th scope="col">` a column, each with the table's cell class. */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface Column {
  key: string;
  label: ReactNode;
  /** A class of this column's own (its width, say), after the cell class. */
  className?: string;
}

export function ColumnHeaders({ columns, cellClassName }: { columns: readonly Column[]; cellClassName: string }) {
  return (
    <tr>
      {columns.map((column) => (
        <th key={column.key} scope="col" className={mergeClasses(cellClassName, column.className)}>
          {column.label}
        </th>
      ))}
    </tr>
  );
}
