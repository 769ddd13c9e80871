// The originator's side of an ACH file (the bank and company fields of the file and batch headers), read
// from configuration by lib/env.ts. The demo values are made up and say so: no bank would take them.

export type AchSettings = {
  /** Nine-digit routing number of the bank the file goes to (file header 4-13). */
  immediateDestination: string;
  /** Ten characters the bank assigned the sender (file header 14-23). */
  immediateOrigin: string;
  immediateDestinationName: string;
  immediateOriginName: string;
  /** Batch header 5-20: the name on the receiver's statement. */
  companyName: string;
  /** Batch header 41-50, usually '1' and the originator's EIN. */
  companyId: string;
  /** Batch header 54-63: what the receiver's statement says the credit is for. */
  entryDescription: string;
  /** First eight digits of the originating bank's routing number (batch header 80-87, trace numbers). */
  originatingDfi: string;
};

/** Where the ACH settings came from: configuration, or the demo's made-up originator. */
export type AchConfig = { settings: AchSettings; demo: boolean };

/**
 * A made-up originator for development and the demo: 011000015 is the Federal Reserve's published test
 * routing number (it passes the ABA check), 1000000000 no EIN. Labelled DEMO in the file's names.
 */
export const demoAchSettings: AchSettings = {
  immediateDestination: '011000015',
  immediateOrigin: '1000000000',
  immediateDestinationName: 'DEMO BANK (MADE UP)',
  immediateOriginName: 'DISCLOSURE CHECK DEMO',
  companyName: 'DC DEMO ONLY',
  companyId: '1000000000',
  entryDescription: '7431 CLAIM',
  originatingDfi: '01100001',
};
