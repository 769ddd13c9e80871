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
  return dir.split('/').filter((s) => !/^\(.*\)$/.test(s)).join('/') || '/';
}

export function discoverPages(): string[] {
  return files().filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f)).map(routeOf);
}

export function discoverRouteHandlers(): string[] {
  return files().filter((f) => /\/route\.(ts|js)$/.test(f)).map(routeOf);
}

const useServerAtTop = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/;

export type DiscoveredActions = { actions: string[]; inlineUseServer: string[] };

/** Exported functions of 'use server' files; files with an inline 'use server' are reported apart. */
export function discoverActions(): DiscoveredActions {
  const actions: string[] = [];
  const inlineUseServer: string[] = [];
  for (const file of files().filter((f) => /\.(tsx?|jsx?)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    if (useServerAtTop.test(text)) {
      for (const m of text.matchAll(/export\s+(?:async\s+function\s+|const\s+|function\s+)([A-Za-z0-9_$]+)/g)) actions.push(`${file}#${m[1]}`);
    } else if (/^\s*['"]use server['"];?\s*$/m.test(text)) {
      inlineUseServer.push(file);
    }
  }
  return { actions: actions.sort(), inlineUseServer };
}
