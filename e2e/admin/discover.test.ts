import { describe, expect, it } from 'vitest';
import { exportedNames } from './discover';

describe('exportedNames (what the matrix calls a server action)', () => {
  it('finds declarations, export lists with renames, re-exports and a default export', () => {
    const text = `'use server';
export async function a() {}
export const b = async () => {};
async function c() {}
async function d() {}
export { c, d as renamed };
export { e } from './elsewhere';
export type { T } from './types';
export { type U, f };
export default async function () {}`;
    expect(exportedNames(text).sort()).toEqual(['a', 'b', 'c', 'default', 'e', 'f', 'renamed'].sort());
  });
});
