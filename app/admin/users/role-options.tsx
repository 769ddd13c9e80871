import { roleLabels, staffRoles } from '@/lib/staff/roles';

/** The <option>s of a role <select>. */
export function RoleOptions() {
  return staffRoles.map((r) => (
    <option key={r} value={r}>
      {roleLabels[r]}
    </option>
  ));
}
