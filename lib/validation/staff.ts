import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from '../staff/password';
import { staffRoles } from '../staff/roles';

// Server-side validation of the admin forms. Messages say how to fix the field.
export const staffEmailSchema = z
  .string()
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'Enter an email address of at most 254 characters.')
  .pipe(z.email('Enter an email address like name@example.org.'));

export const staffRoleSchema = z.enum(staffRoles, 'Choose a role.');

export const staffPasswordSchema = z
  .string()
  .min(passwordMinLength, `Enter a password of at least ${passwordMinLength} characters.`)
  .max(passwordMaxLength, `Enter a password of at most ${passwordMaxLength} characters.`);

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254, 'Enter your email address.'),
  password: z.string().min(1, 'Enter your password.').max(passwordMaxLength, 'Enter your password.'),
  // Empty only for a first sign-in before enrolment; otherwise 6 digits or a recovery code.
  code: z.string().trim().max(40, 'Enter the 6-digit code or a recovery code.').default(''),
});
export type SignInForm = z.infer<typeof signInSchema>;

export const enrolmentCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, 'Enter the 6-digit code your authenticator app shows now.'),
});

export const createStaffSchema = z.object({
  email: staffEmailSchema,
  role: staffRoleSchema,
});

export const staffUserIdSchema = z.object({ userId: z.coerce.number().int().positive('Choose a user.') });

export const changeRoleSchema = staffUserIdSchema.extend({ role: staffRoleSchema });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(passwordMaxLength, 'Enter your current password.'),
    next: staffPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'Enter the same new password twice.' });
