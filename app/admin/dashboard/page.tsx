import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { dashboardAccess } from './access';
import { Dashboard } from './dashboard';
import { AdminPage } from '../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

type Props = { searchParams: Promise<{ language?: string | string[]; state?: string | string[] }> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);

export default async function DashboardPage({ searchParams }: Props) {
  const staff = await requireStaff(dashboardAccess['/admin/dashboard']);
  const query = await searchParams;
  return (
    <AdminPage staff={staff}>
      <h1>Dashboard</h1>
      <Dashboard filter={{ language: one(query.language), state: one(query.state) }} />
    </AdminPage>
  );
}
