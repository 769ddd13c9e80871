// SHIM: replaced at merge by the admin-auth branch
import { describe, expect, it } from 'vitest';
import { decideShimAccess } from './guard';

describe('the sign-in shim', () => {
  it('never grants anything in production, whatever ADMIN_SHIM_ROLE says', () => {
    expect(decideShimAccess({ APP_ENV: 'production', ADMIN_SHIM_ROLE: 'administrator' })).toEqual({ kind: 'signed_out' });
  });
  it('is signed out without ADMIN_SHIM_ROLE', () => {
    expect(decideShimAccess({ APP_ENV: 'development', ADMIN_SHIM_ROLE: undefined })).toEqual({ kind: 'signed_out' });
  });
  it('grants the named role in development and test, and refuses other roles', () => {
    const d = decideShimAccess({ APP_ENV: 'test', ADMIN_SHIM_ROLE: 'auditor' }, ['auditor', 'administrator']);
    expect(d).toMatchObject({ kind: 'ok', principal: { role: 'auditor', staffId: 'shim-auditor' } });
    expect(decideShimAccess({ APP_ENV: 'development', ADMIN_SHIM_ROLE: 'auditor' }, ['administrator'])).toEqual({ kind: 'forbidden' });
  });
});
