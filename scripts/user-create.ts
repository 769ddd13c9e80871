// Creates a staff account, e.g. the first administrator:
//   npm run user:create -- --email ada@example.org --role administrator [--password '…']
// Without --password a temporary one is generated and printed once. The user sets up an authenticator
// app at first sign-in. In the embedded mode this refuses while `npm start` holds the database.
import { parseArgs } from 'node:util';
import { staffActor } from '../lib/staff/deps';
import { createStaffUser } from '../lib/staff/manage';
import { staffRoles } from '../lib/staff/roles';
import { staffDepsFor } from '../server/staff';
import { staffEmailSchema, staffPasswordSchema, staffRoleSchema } from '../lib/validation/staff';
import { openCliDatabase, runCli } from './cli';

const usage = `Usage: npm run user:create -- --email EMAIL --role ${staffRoles.join('|')} [--password PASSWORD]`;

runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } } });
  const email = staffEmailSchema.safeParse(values.email ?? '');
  const role = staffRoleSchema.safeParse(values.role);
  const password = values.password === undefined ? null : staffPasswordSchema.safeParse(values.password);
  const problem = !email.success
    ? email.error.issues[0]!.message
    : !role.success
      ? `Choose a role: ${staffRoles.join(', ')}.`
      : password && !password.success
        ? password.error.issues[0]!.message
        : null;
  if (problem) {
    console.error(`${problem}\n${usage}`);
    return 2;
  }
  const handle = await openCliDatabase('user:create');
  try {
    const created = await createStaffUser(staffDepsFor(handle.db), 'cli:user-create', {
      email: email.data!,
      role: role.data!,
      password: password?.success ? password.data : undefined,
    });
    if (!created.ok) {
      console.error(`An account with the email ${email.data} exists already.`);
      return 1;
    }
    const { user, generatedPassword } = created.data;
    console.log(`Created ${user.role} account ${user.email} (${staffActor(user.id)}).`);
    if (generatedPassword) console.log(`Temporary password (shown once): ${created.data.password}`);
    console.log(
      generatedPassword
        ? 'At first sign-in (/admin) they set up an authenticator app, receive recovery codes, and then choose their own password.'
        : 'At first sign-in (/admin) they set up an authenticator app and receive recovery codes.',
    );
    return 0;
  } finally {
    await handle.close();
  }
});
