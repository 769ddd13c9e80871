// Writing CSV (RFC 4180): the synthetic data, the check printer's payment file and the tests that build files.
const needsQuoting = /[",\r\n]|^\s|\s$/;

/** RFC 4180 field: quoted only when needed, inner quotes doubled. */
export function formatCsvField(value: string): string {
  return needsQuoting.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsvLine(values: readonly string[]): string {
  return `${values.map(formatCsvField).join(',')}\n`;
}
