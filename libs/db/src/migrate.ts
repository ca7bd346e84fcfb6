import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export async function migrate(url: string, log: (line: string) => void = () => undefined): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of ran) log(`migrated ${migration.name}`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL ontbreekt');
    process.exit(1);
  }
  migrate(url, console.log).then(
    () => console.log('database is up to date'),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
