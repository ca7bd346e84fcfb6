import 'reflect-metadata';
import { SCHEMA_FILE } from './app.module';
import { createApi } from './bootstrap';

/** Writes apps/api/schema.gql from the code (booting the app in development mode does that). */
async function main() {
  process.env.NODE_ENV = 'development';
  process.env.LOG_LEVEL = 'error';
  const app = await createApi();
  await app.init();
  await app.close();
  console.log(`wrote ${SCHEMA_FILE}`);
}

main();
