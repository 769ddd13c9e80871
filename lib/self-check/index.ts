// The self-check's API for pages and server actions (server side only; the browser's proof-of-work
// solver is lib/self-check/pow-solver.ts, imported directly by a client component).
export { checkWithLetter, type LetterCheckError, type LetterCheckResult } from './letter';
export { requestCheckByMail, type MailCheckAccepted, type MailCheckError, type MailCheckResult } from './mail';
export { buildResultView, claimFileBy, type ResultView } from './result-view';
export { requestNoticeCopy, type NoticeCopyResult } from './notice-copy';
export {
  auditActorOf,
  checkSessionCookie,
  checkSessionCookieName,
  createCheckSession,
  readCheckSession,
  type CheckSession,
  type CheckVia,
} from './session';
export { issueChallenge, verifyChallenge, type ChallengeForClient, type ProofSubmission, type ProofVerdict } from './pow';
export { clientAddressFrom, normalizeAddress } from './client-address';
export { createSelfCheckDeps, type ClientInfo, type SelfCheckContext, type SelfCheckDeps } from './deps';
export { selfCheckConfigFrom, type SelfCheckConfig } from './config';
export type { GateRefusal } from './gate';
