import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: one page per language (the landing page) at a phone width (390 px) and a desktop
// width (1280 px), full page, into screenshots/<locale>-<width>.png for a person to review. Same servers
// as the browser tests (playwright.config.ts), so run it after `npx next build`.
export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  reporter: [['list']],
});
