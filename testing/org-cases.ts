// Synthetic case forms for tests of the organization area's cases (issue 15).

/** The form an advocate sends: an 8821 allowing status and copies, from 1 Dec 2026 to 30 Nov 2027. */
export const caseForm = (over: Record<string, unknown> = {}) => ({
  label: 'Client A. Synthetic',
  language: 'es',
  kind: 'form_8821',
  scopes: ['status', 'copies'],
  cafNumber: '',
  startsOn: { month: '12', day: '1', year: '2026' },
  expiresOn: { month: '11', day: '30', year: '2027' },
  ...over,
});
