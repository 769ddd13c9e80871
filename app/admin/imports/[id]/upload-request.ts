// What both routes about one upload (progress, rejects) check first: the role, and a well-formed id.
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { principalOf, type StaffPrincipal } from '@/lib/staff/principal';

export async function uploadRequest(params: Promise<{ id: string }>): Promise<Response | { who: StaffPrincipal; id: number | null }> {
  const gate = await authorizeRequest('manageImports');
  if (gate instanceof Response) return gate;
  const id = Number((await params).id);
  return { who: principalOf(gate), id: Number.isSafeInteger(id) && id > 0 ? id : null };
}
