// Small table pieces the admin pages share: a label/value list and a header row.

export function KeyValueTable({ caption, rows, hideCaption = true }: { caption: string; rows: [string, string][]; hideCaption?: boolean }) {
  return (
    <table className="usa-table usa-table--borderless">
      <caption className={hideCaption ? 'usa-sr-only' : undefined}>{caption}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ColumnHeads({ names }: { names: string[] }) {
  return (
    <thead>
      <tr>
        {names.map((n) => (
          <th key={n} scope="col">
            {n}
          </th>
        ))}
      </tr>
    </thead>
  );
}
