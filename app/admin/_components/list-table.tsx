import type { ReactNode } from 'react';

// A list page's table: scrollable (and reachable by keyboard) on small screens, with a caption for screen
// readers and a row that says so when there is nothing to list.
export function ListTable({
  label,
  columns,
  empty,
  children,
}: {
  label: string;
  columns: { label: string; numeric?: boolean }[];
  /** Shown in place of rows when there are none; null when there are rows. */
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={label}>
      <table className="usa-table usa-table--striped">
        <caption className="usa-sr-only">{label}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'text-right' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty !== null && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  );
}
