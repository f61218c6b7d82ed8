/** Writes data/dataset.schema.json from the zod schema (the one source of truth). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/domain/schema';

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../data/dataset.schema.json', import.meta.url),
);

export function renderJsonSchema(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_PATH, renderJsonSchema());
  console.log(`wrote ${JSON_SCHEMA_PATH.replace(process.cwd() + '/', '')}`);
}
