// Validates one email the way Resend's API does for what our pipeline sends: required fields, address
// syntax (`a@b.c` or `Name <a@b.c>`), at most 50 recipients, tag characters. Resend answers these with
// 422 and a message naming the field; we keep its wording close so the sender's logs read the same.

export const maxRecipients = 50;
export const maxBatchSize = 100;

export interface ValidEmail {
  from: string;
  to: string[];
  cc: string[] | null;
  bcc: string[] | null;
  reply_to: string[] | null;
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string> | null;
  tags: { name: string; value: string }[] | null;
}

export interface EmailProblem {
  name: 'validation_error' | 'missing_required_field';
  message: string;
}

export type EmailCheck = { ok: true; email: ValidEmail } | { ok: false; problem: EmailProblem };

const bareAddress = /^[^\s@<>",;:()[\]\\]+@[^\s@<>",;:()[\]\\]+\.[^\s@<>",;:()[\]\\]{2,}$/;
const namedAddress = /^[^<>]*<([^<>]+)>$/;
const tagCharacters = /^[A-Za-z0-9_-]{1,256}$/;

/** The bare address inside `Name <a@b.c>`, or the string itself. */
export function addressOf(value: string): string {
  const named = namedAddress.exec(value.trim());
  return (named ? named[1]! : value).trim();
}

function isAddress(value: unknown): value is string {
  return typeof value === 'string' && bareAddress.test(addressOf(value));
}

const formatHint = 'The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.';
const invalid = (message: string): EmailCheck => ({ ok: false, problem: { name: 'validation_error', message } });
const missing = (field: string): EmailCheck => ({
  ok: false,
  problem: { name: 'missing_required_field', message: `Missing \`${field}\` field.` },
});

type AddressList = { ok: true; list: string[] | null } | { ok: false; check: EmailCheck };

function addressList(field: string, value: unknown, required: boolean): AddressList {
  if (value === undefined || value === null) {
    return required ? { ok: false, check: missing(field) } : { ok: true, list: null };
  }
  const list = Array.isArray(value) ? value : [value];
  if (required && list.length === 0) return { ok: false, check: missing(field) };
  if (list.length > maxRecipients) {
    return { ok: false, check: invalid(`Invalid \`${field}\` field. Too many recipients: the maximum is ${maxRecipients}.`) };
  }
  if (!list.every(isAddress)) return { ok: false, check: invalid(`Invalid \`${field}\` field. ${formatHint}`) };
  return { ok: true, list: list as string[] };
}

function optionalString(value: unknown): value is string | undefined | null {
  return value === undefined || value === null || typeof value === 'string';
}

export function validateEmail(input: unknown, options: { inBatch: boolean }): EmailCheck {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return invalid('The email must be a JSON object.');
  const body = input as Record<string, unknown>;

  if (body.from === undefined || body.from === null || body.from === '') return missing('from');
  if (!isAddress(body.from)) return invalid(`Invalid \`from\` field. ${formatHint}`);
  const to = addressList('to', body.to, true);
  if (!to.ok) return to.check;
  if (typeof body.subject !== 'string' || body.subject.trim() === '') return missing('subject');
  const cc = addressList('cc', body.cc, false);
  if (!cc.ok) return cc.check;
  const bcc = addressList('bcc', body.bcc, false);
  if (!bcc.ok) return bcc.check;
  const replyTo = addressList('reply_to', body.reply_to, false);
  if (!replyTo.ok) return replyTo.check;

  if (!optionalString(body.html)) return invalid('Invalid `html` field: it must be a string.');
  if (!optionalString(body.text)) return invalid('Invalid `text` field: it must be a string.');
  if (!body.html && !body.text && !body.template) return missing('html` or `text');

  let headers: Record<string, string> | null = null;
  if (body.headers !== undefined && body.headers !== null) {
    const entries = typeof body.headers === 'object' && !Array.isArray(body.headers) ? Object.entries(body.headers) : null;
    if (!entries || !entries.every(([, v]) => typeof v === 'string')) {
      return invalid('Invalid `headers` field: it must be an object of string values.');
    }
    headers = Object.fromEntries(entries) as Record<string, string>;
  }

  let tags: { name: string; value: string }[] | null = null;
  if (body.tags !== undefined && body.tags !== null) {
    const ok =
      Array.isArray(body.tags) &&
      body.tags.every(
        (t: unknown) =>
          t !== null &&
          typeof t === 'object' &&
          tagCharacters.test(String((t as { name?: unknown }).name)) &&
          tagCharacters.test(String((t as { value?: unknown }).value)),
      );
    if (!ok) {
      return invalid('Invalid `tags` field: names and values may only contain ASCII letters, numbers, underscores or dashes.');
    }
    tags = body.tags as { name: string; value: string }[];
  }

  if (options.inBatch && body.attachments !== undefined) return invalid('The `attachments` field is not supported in batch sending.');
  if (options.inBatch && body.scheduled_at !== undefined) return invalid('The `scheduled_at` field is not supported in batch sending.');

  return {
    ok: true,
    email: {
      from: body.from,
      to: to.list!,
      cc: cc.list,
      bcc: bcc.list,
      reply_to: replyTo.list,
      subject: body.subject,
      html: typeof body.html === 'string' ? body.html : null,
      text: typeof body.text === 'string' ? body.text : null,
      headers,
      tags,
    },
  };
}
