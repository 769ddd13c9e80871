import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this (no connection needed); migrations run through db/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
