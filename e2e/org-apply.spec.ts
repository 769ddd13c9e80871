// An advocacy organization applies in Spanish (issue 15, item 1), with JavaScript and without: the empty form
// comes back with each problem in Spanish at its field and in the summary, a second application with the
// same EIN is refused at the EIN, an accepted one lands on the Spanish confirmation. Then an administrator
// proposes its approval and is refused confirming it, a second administrator confirms, and the contact is the
// organization's first admin. Axe on each page and state.
import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { closeStaffDb, db } from './admin/staff';
import { signInAs } from './support/admin-session';
import { expectNoAxeViolations, scanFor } from './support/axe';
import { expect, test } from './support/fixtures';
import { whenHydrated } from './support/hydration';

test.describe.configure({ timeout: 120_000 });
test.afterAll(closeStaffDb);

type Application = { name: string; ein: string; email: string };

const newApplication = (): Application => {
  const n = randomInt(1_000_000, 9_999_999);
  return { name: `Asistencia Legal Prueba ${n} (synthetic)`, ein: `90-${n}`, email: `e2e-org-${n}@example.org` };
};

async function fillApplication(page: Page, a: Application) {
  await page.getByLabel('Nombre de la organización').fill(a.name);
  await page.getByLabel('Número de Identificación del Empleador (EIN)').fill(a.ein);
  await page.locator('label[for="kind-immigrant_rights"]').click();
  await page.getByLabel('Calle y número').fill('200 Calle Sintética');
  await page.getByLabel('Oficina, piso o unidad (opcional)').fill('Piso 3');
  await page.getByLabel('Ciudad').fill('El Paso');
  await page.getByLabel('Estado', { exact: true }).selectOption('TX');
  await page.getByLabel('Código postal (ZIP)').fill('79901-1234');
  await page.getByLabel('Nombre completo').fill('Lucía Prueba');
  await page.getByLabel('Correo electrónico del trabajo').fill(a.email);
  await page.getByLabel('Número de teléfono (opcional)').fill('915-555-0142');
}

async function submit(page: Page, javaScript: boolean) {
  const button = page.getByRole('button', { name: 'Enviar la solicitud' });
  await (javaScript ? await whenHydrated(button) : button).click();
}

const organizationIdOf = async (ein: string) =>
  withServiceScope((await db()).db, async (tx) => {
    const rows = await rowsOf<{ id: number }>(
      tx,
      sql`select id from organizations where ein = ${ein.replace('-', '')} and status = 'applied'`,
    );
    return rows[0]?.id;
  });

for (const javaScript of [true, false]) {
  test.describe(`organization application, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const scan = scanFor(javaScript);

    test('applies in Spanish: problems at their fields, the same EIN refused, then the confirmation', async ({ page }) => {
      await page.goto('/es/advocates/apply');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicite una cuenta de defensor para su organización');
      await scan(page, 'the application form');

      await submit(page, javaScript);
      const summary = page.getByRole('group', { name: 'Hay un problema' });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Escriba el nombre de la organización' })).toHaveAttribute('href', '#org-name');
      await expect(summary.getByRole('link', { name: 'Elija qué tipo de organización es' })).toBeVisible();
      await expect(page.locator('#contact-email-error')).toHaveText('Escriba el correo electrónico de la persona de contacto');
      await scan(page, 'the application form with its problems');

      const first = newApplication();
      await fillApplication(page, first);
      await page.getByLabel('Número de Identificación del Empleador (EIN)').fill('07-1234567');
      await submit(page, javaScript);
      await expect(page.locator('#ein-error')).toHaveText('Este EIN no es válido. Compare los 2 primeros dígitos con su carta del IRS');
      // Nothing typed is lost.
      await expect(page.getByLabel('Correo electrónico del trabajo')).toHaveValue(first.email);
      await expect(page.getByLabel('Estado', { exact: true })).toHaveValue('TX');

      await page.getByLabel('Número de Identificación del Empleador (EIN)').fill(first.ein);
      await submit(page, javaScript);
      await expect(page).toHaveURL(/\/es\/advocates\/apply\/received$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recibimos su solicitud');
      await expect(page.getByTestId('org-apply-received')).toContainText('/es/advocates/sign-in');
      await scan(page, 'the confirmation');
      expect(await organizationIdOf(first.ein)).toBeGreaterThan(0);

      await page.goto('/es/advocates/apply');
      await fillApplication(page, { ...newApplication(), ein: first.ein.replace('-', '') });
      await submit(page, javaScript);
      await expect(page.locator('#ein-error')).toHaveText(
        'Ya hay una solicitud o una cuenta con este EIN. Si su organización ya presentó una solicitud, espere nuestra respuesta',
      );
    });
  });
}

test('one administrator proposes the approval and cannot confirm it; a second one confirms, and the contact is the first org admin', async ({
  browser,
}) => {
  const application = newApplication();
  const applicant = await browser.newPage();
  await applicant.goto('/es/advocates/apply');
  await fillApplication(applicant, application);
  await submit(applicant, true);
  await expect(applicant).toHaveURL(/\/es\/advocates\/apply\/received$/);
  const id = await organizationIdOf(application.ein);

  const first = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(first, 'administrator');
  await first.goto('/admin/organizations?status=applied');
  await expect(first.getByRole('link', { name: `${id}: ${application.name}` })).toBeVisible();
  await expectNoAxeViolations(first, 'the applications list');
  await first.getByRole('link', { name: `${id}: ${application.name}` }).click();
  await expect(first.getByTestId('organization-status')).toHaveText('Waiting for a decision');
  await expectNoAxeViolations(first, 'an application');
  await (await whenHydrated(first.getByRole('button', { name: 'Propose decision' }))).click();
  await expect(first.getByRole('region', { name: 'Decision' }).getByRole('status')).toContainText(
    `You proposed to approve application ${id}.`,
  );
  await expect(first.getByTestId('proposal-waiting')).toBeVisible();
  await (await whenHydrated(first.getByRole('button', { name: 'Confirm: approve the organization' }))).click();
  await expect(first.getByRole('region', { name: 'Decision' }).getByRole('alert')).toHaveText(
    'You proposed this decision, so another administrator must confirm it.',
  );
  await expect(first.getByTestId('organization-status')).toHaveText('Waiting for a decision');
  await expectNoAxeViolations(first, 'an application with a pending proposal');

  const second = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(second, 'administrator');
  await second.goto(`/admin/organizations/${id}`);
  await (await whenHydrated(second.getByRole('button', { name: 'Confirm: approve the organization' }))).click();
  await expect(second.getByRole('region', { name: 'Decision' }).getByRole('status')).toContainText(`Application ${id} is approved.`);
  await expect(second.getByTestId('organization-status')).toContainText('Approved');
  await expectNoAxeViolations(second, 'an approved application');

  const members = await withServiceScope((await db()).db, (tx) =>
    rowsOf<{ email: string; role: string; language: string }>(tx, sql`select email, role, language from org_members where org_id = ${id}`),
  );
  expect(members).toEqual([{ email: application.email, role: 'org_admin', language: 'es' }]);
});
