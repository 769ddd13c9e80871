export const purgeNoticeContentJobName = 'purge-notice-content';
/** Hourly: content leaves within an hour of its retention period ending. */
export const purgeNoticeContentEveryMs = 60 * 60 * 1000;
