import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { dashboardAccess } from './access';
import { Dashboard } from './dashboard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  await requireStaff(dashboardAccess['/admin/dashboard']);
  return (
    <>
      <h1>Dashboard</h1>
      <Dashboard />
    </>
  );
}
