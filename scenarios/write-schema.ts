// Writes scenarios/scenario.schema.json (JSON Schema of the scenario format, for editors).
// `npm run schema`; a test keeps the committed file equal to the generated one.
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './files.js';
import { scenarioJsonSchema } from './schema.js';

/** The committed schema file's expected text. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileAtomic(fileURLToPath(new URL('./scenario.schema.json', import.meta.url)), scenarioSchemaText());
}
