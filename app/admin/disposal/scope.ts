import type { DisposalCertification } from '@/db/schema';
import { categoryLabel } from '../_components/labels';

/** What a certification covers, in words; notice codes are counted, not listed (each points at a person). */
export function describeScope(c: Pick<DisposalCertification, 'scope' | 'scopeValue'>): string {
  switch (c.scope) {
    case 'all':
      return 'Every record';
    case 'category':
      return `Categories: ${c.scopeValue.map(categoryLabel).join(', ')}`;
    case 'batch':
      return `Records reached by batch ${c.scopeValue.join(', ')}`;
    case 'notice_codes':
      return `${c.scopeValue.length} notice codes`;
  }
}
