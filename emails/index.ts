// The public door to notices: render once per (type, language, portal, demo), merge per recipient.
export { noticeTypes, claimNoticeEvents, type NoticeType, type ClaimNoticeEvent, type NoticeValues } from './notice-types';
export { renderNoticeTemplate, type RenderedNotice, type RenderOptions } from './render';
export { mergeNotice, escapeHtml, NoticeValueError, type MergedNotice } from './merge';
export { noticeRegistry, type NoticeTemplate } from './registry';
export { hasPlaceholderToken } from './placeholders';
