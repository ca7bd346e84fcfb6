import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench` runs every bench/*.bench.ts one after another (each prints JSON lines);
 * `npm run bench -- api search` runs only those whose name contains one of the words.
 */
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const passThrough = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
const files = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stderr.write(`# ${file}\n`);
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, file), ...passThrough], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
