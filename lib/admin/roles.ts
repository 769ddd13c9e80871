export type Result<T> = { ok: true; data: T } | { ok: false; error: string };
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
