// Hand-made synthetic CSV rows for tests. Every value here is invented.
import { recordCsvColumns } from '../lib/validation/record-row';

export type Row = Record<(typeof recordCsvColumns)[number], string>;

export const goodRow = (over: Partial<Row> = {}): Row => ({
  tin: '912-70-1234',
  first_name: 'María José',
  last_name: 'García-López',
  date_of_birth: '1984-03-09',
  street: '1200 Synthetic Ave Apt 3',
  city: 'Los Angeles',
  state: 'CA',
  zip: '90011',
  email: 'maria.synthetic@example.com',
  phone: '213-555-0142',
  language: 'es',
  category: 'address_verified',
  disclosed_elements: 'name;tin;address',
  disclosed_on: '2025-08-14',
  ...over,
});

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (rows: Row[], columns: readonly string[] = recordCsvColumns) =>
  [columns.join(','), ...rows.map((r) => columns.map((c) => quote((r as Record<string, string>)[c] ?? '')).join(','))].join('\n') + '\n';
