// What a browser without JavaScript sends when a person submits the letter form at /en/check: the form's
// hidden fields (Next.js's server action reference and its state) plus the code and the date of birth, as
// multipart/form-data. Read from the served page itself, so the benchmark follows the form as it is.
export type LetterPair = { code: string; month: number; day: number; year: number };

type Field = { name: string; value: string };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The form that holds a field whose name ends in `code`, with its hidden and named inputs. */
function letterFormOf(html: string): { action: string | undefined; hidden: Field[]; names: string[] } {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const inputs = [...form.matchAll(/<input\b[^>]*>/g)].map(([tag]) => tag);
    const names = inputs.map((t) => attr(t, 'name')).filter((n): n is string => !!n);
    if (!names.some((n) => /code$/i.test(n))) continue;
    const hidden = inputs
      .filter((t) => attr(t, 'type') === 'hidden' && attr(t, 'name'))
      .map((t) => ({ name: unescape(attr(t, 'name')!), value: unescape(attr(t, 'value') ?? '') }));
    return { action: attr(/<form\b[^>]*>/.exec(form)![0], 'action'), hidden, names };
  }
  throw new Error('No letter form (a form with a field named …code) on /en/check');
}

function pick(names: string[], pattern: RegExp): string {
  const name = names.find((n) => pattern.test(n));
  if (!name) throw new Error(`The letter form has no field matching ${pattern}`);
  return name;
}

export async function portalLetterForm(portalUrl: string) {
  const response = await fetch(`${portalUrl}/en/check`);
  if (!response.ok) throw new Error(`GET /en/check answered ${response.status}`);
  const { action, hidden, names } = letterFormOf(await response.text());
  const fields = { code: pick(names, /code$/i), month: pick(names, /month$/i), day: pick(names, /day$/i), year: pick(names, /year$/i) };
  const boundary = '----dcbench7MA4YWxkTrZu0gW';
  const part = (f: Field) => `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"\r\n\r\n${f.value}\r\n`;
  const fixed = hidden.map(part).join('');
  // A relative or empty action posts back to the page itself.
  const path = action && action.startsWith('/') ? action : '/en/check';
  return {
    path,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: portalUrl },
    body: (p: LetterPair) =>
      fixed +
      [
        { name: fields.code, value: p.code },
        { name: fields.month, value: String(p.month) },
        { name: fields.day, value: String(p.day) },
        { name: fields.year, value: String(p.year) },
      ]
        .map(part)
        .join('') +
      `--${boundary}--\r\n`,
    /** A verified check redirects to the result page. */
    ok: (status: number) => status === 303,
  };
}
