import type { AchSettings } from '../lib/claims/payments';

/** The originator's side of a synthetic ACH file for tests (routing 021000021, a made-up EIN). */
export const syntheticAchSettings: AchSettings = {
  immediateDestination: '021000021',
  immediateOrigin: '1871234567',
  immediateDestinationName: 'SYNTHETIC ODFI',
  immediateOriginName: 'DISCLOSURE CHECK DEMO',
  companyName: 'DISCLOSURE CHECK',
  companyId: '1871234567',
  originatingDfi: '02100002',
};
