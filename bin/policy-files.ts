// The shared `--policy-file` option: vendor routing policies loaded before a run.
export { loadPolicyPlugins as loadPolicyFiles } from '../scenarios/policy-plugins.js';

/** ` --policy-file F` for each file, for reproduce lines. */
export function policyFileFlags(files: readonly string[] | undefined): string {
  return (files ?? []).map((f) => ` --policy-file ${f}`).join('');
}

export const policyFileOption = {
  type: 'string',
  array: true,
  // One file per flag: without it the flag swallows the positionals after it (`route ... --policy-file f.ts A-03-01`).
  nargs: 1,
  describe: 'a TypeScript or JavaScript file exporting routing policies (repeatable)',
} as const;
