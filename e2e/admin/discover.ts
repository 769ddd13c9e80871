// Finds every page, route handler and exported server action under app/admin, as the matrix names them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = 'app/admin';

function files(): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).map((f) => path.posix.join(root, f.split(path.sep).join('/'))).sort();
}

/** 'app/admin/(group)/batches/[id]/page.tsx' → '/admin/batches/[id]' (route groups leave the URL). */
function routeOf(file: string): string {
  const dir = path.posix.dirname(file).replace(/^app/, '');
  return (
    dir
      .split('/')
      .filter((s) => !/^\(.*\)$/.test(s))
      .join('/') || '/'
  );
}

export function discoverPages(): string[] {
  return files()
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map(routeOf);
}

export function discoverRouteHandlers(): string[] {
  return files()
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .map(routeOf);
}

const useServerAtTop = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/;

export type DiscoveredActions = { actions: string[]; inlineUseServer: string[] };

/**
 * Exported functions of 'use server' files, however exported (declarations, `export { … }` lists with
 * renames, `export default`); files with an inline 'use server' are reported apart.
 */
export function discoverActions(): DiscoveredActions {
  const actions: string[] = [];
  const inlineUseServer: string[] = [];
  for (const file of files().filter((f) => /\.(tsx?|jsx?)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    if (useServerAtTop.test(text)) {
      for (const name of exportedNames(text)) actions.push(`${file}#${name}`);
    } else if (/^\s*['"]use server['"];?\s*$/m.test(text)) {
      inlineUseServer.push(file);
    }
  }
  return { actions: actions.sort(), inlineUseServer };
}

/**
 * The names a module exports as values: declarations, `export { a, b as c }` lists (also re-exports from
 * another module; `type` entries skipped) and `export default` (as 'default').
 */
export function exportedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/export\s+(?:async\s+function\s*\*?\s*|const\s+|let\s+|var\s+|function\s*\*?\s*)([A-Za-z0-9_$]+)/g))
    names.push(m[1]!);
  for (const m of text.matchAll(/export\s*(type\s*)?\{([^}]*)\}/g)) {
    if (m[1]) continue;
    for (const part of m[2]!
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (part.startsWith('type ')) continue;
      names.push(
        part
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  }
  if (/export\s+default\b/.test(text)) names.push('default');
  return names;
}
