import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@matchpunt/common';
import { createApi } from './bootstrap';

async function main() {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApi();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, '0.0.0.0');
}

main();
