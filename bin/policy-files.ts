// The shared `--policy-file` option: vendor routing policies loaded before a run.
export { loadPolicyPlugins as loadPolicyFiles } from '../scenarios/policy-plugins.js';

export const policyFileOption = {
  type: 'string',
  array: true,
  describe: 'a TypeScript or JavaScript file exporting routing policies (repeatable)',
} as const;
