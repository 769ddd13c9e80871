// Counts as a table: the accessible form of every chart, and the breakdowns on the disposal pages.
export type TallyRow = { label: string; values: number[] };

export function TallyTable({
  caption,
  headers,
  rows,
  className = '',
}: {
  caption: string;
  headers: string[];
  rows: TallyRow[];
  className?: string;
}) {
  return (
    <table className={`usa-table usa-table--compact usa-table--borderless ${className}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? 'text-right' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={headers.length}>None yet.</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {r.values.map((v, i) => (
              <td key={i} className="text-right font-mono-xs">
                {v.toLocaleString('en-US')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
