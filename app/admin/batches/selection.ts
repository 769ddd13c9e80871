// A batch's selection in words, for its page and the list.
import type { BatchSelection } from '@/db/schema';
import { languageName } from '@/lib/admin/batch-views';
import { categoryLabel } from '../_components/labels';

export function describeSelection(s: BatchSelection): string[] {
  const parts: string[] = [];
  if (s.disposalCertificationId) parts.push(`Records covered by disposal certification ${s.disposalCertificationId}`);
  if (s.categories?.length) parts.push(`Categories: ${s.categories.map(categoryLabel).join(', ')}`);
  if (s.languages?.length) parts.push(`Languages: ${s.languages.map(languageName).join(', ')}`);
  if (s.states?.length) parts.push(`States: ${s.states.join(', ')}`);
  if (s.hasEmail) parts.push('Only records with an email address');
  if (s.notYetNotified) parts.push('Only people not yet notified');
  if (parts.length === 0) parts.push('Every record');
  const channels = s.channels?.length ? s.channels : ['email', 'letter'];
  parts.push(`Channels: ${channels.map((c) => (c === 'email' ? 'email (where an address is on file)' : 'letter')).join(' and ')}`);
  return parts;
}
