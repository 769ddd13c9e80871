import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../db/index';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    redisPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const template = uniqueName('dc_test_tpl');
  await withAdmin((sql) => sql.unsafe(`create database "${template}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(template), dataDir: '.data', max: 1 });
  await migrate(handle);
  await handle.close();
  project.provide('templateDatabase', template);
  project.provide('redisPrefix', uniqueName('dctest'));
  return async () => {
    await dropDatabase(template);
  };
}
