// The bulk check's template: the header row only.
import { bulkTemplateCsv } from '@/lib/orgs/bulk-file';

export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(bulkTemplateCsv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="bulk-check-template.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
