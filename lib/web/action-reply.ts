// Is this server-action body something our own pages could have sent? React encodes an action's arguments
// (encodeReply) as a JSON array, as plain text or as field "0" of a multipart body, in which strings that
// start with "$" are references to other fields or special values. Next.js hands any body to React's
// decoder and then calls `action.apply(null, args)`: a body that is not JSON, not an array, or refers to a
// field that is not there throws inside Next.js, which answers 500. Every form of ours sends
// [previous state, FormData] or [FormData]: plain JSON values, "$K<n>" (a FormData) and the few
// self-contained specials; anything else is refused here with a 400 before Next.js sees it.
import type { IncomingHttpHeaders } from 'node:http';
import busboy from 'busboy';

// "$$…" an escaped "$"; "$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"; "$D<iso>" a Date; "$n<digits>" a BigInt.
const selfContained = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d+$)/;
const formDataReference = /^\$K(\d{1,6})$/;

type Shape = { ok: true } | { ok: false; reason: string };
const bad = (reason: string): Shape => ({ ok: false, reason });

/** Checks the decoded argument list: an array of plain values, FormData references only to prefixes present. */
export function checkArguments(text: string, formPrefixes: ReadonlySet<string> | null): Shape {
  // (formPrefixes: the "<n>_" prefixes the multipart body has fields for; null for a text body.)
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return bad('arguments_not_json');
  }
  if (!Array.isArray(args)) return bad('arguments_not_a_list');
  const stack: { value: unknown; depth: number }[] = [{ value: args, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++seen > 10_000 || depth > 32) return bad('arguments_too_deep');
    if (typeof value === 'string') {
      if (!value.startsWith('$') || selfContained.test(value)) continue;
      const ref = formDataReference.exec(value);
      // In a text body there is no other field for a reference to point at; in a multipart one a FormData
      // with no fields of its prefix decodes as an empty form, which the action's own validation answers.
      if (ref && formPrefixes) continue;
      return bad('arguments_reference_unknown');
    }
    if (value !== null && typeof value === 'object') {
      for (const v of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: v, depth: depth + 1 });
    }
  }
  return { ok: true };
}

/** The text fields of a multipart body (files are skipped), or null when the body is not valid multipart. */
export function readMultipartFields(
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
  limit: number,
): Promise<Map<string, string> | null> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: headers as IncomingHttpHeaders, limits: { fieldSize: limit, fields: 2000, files: 100, parts: 2100 } });
    } catch {
      return resolve(null);
    }
    const fields = new Map<string, string>();
    let failed = false;
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) failed = true;
      fields.set(name, value);
    });
    parser.on('file', (_name, stream) => stream.resume());
    for (const event of ['partsLimit', 'filesLimit', 'fieldsLimit'] as const) parser.on(event, () => (failed = true));
    parser.on('error', () => resolve(null));
    parser.on('close', () => resolve(failed ? null : fields));
    parser.end(body);
  });
}

/** A fetch action's body (Next-Action header): its arguments must be a list our forms could have sent. */
export async function checkFetchActionBody(
  body: Buffer,
  headers: Record<string, string | string[] | undefined>,
  limit: number,
): Promise<Shape> {
  const type = String(headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) return checkArguments(body.toString('utf8'), null);
  const fields = await readMultipartFields(body, headers, limit);
  if (!fields) return bad('multipart_malformed');
  const root = fields.get('0');
  if (root === undefined) return bad('arguments_missing');
  const prefixes = new Set<string>();
  for (const name of fields.keys()) {
    const m = /^(\d{1,6})_/.exec(name);
    if (m) prefixes.add(m[1]!);
  }
  return checkArguments(root, prefixes);
}
