import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { dashboardAccess } from './access';
import { Dashboard } from './dashboard';
import { AdminPage } from '../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const staff = await requireStaff(dashboardAccess['/admin/dashboard']);
  return (
    <AdminPage staff={staff}>
      <h1>Dashboard</h1>
      <Dashboard />
    </AdminPage>
  );
}
