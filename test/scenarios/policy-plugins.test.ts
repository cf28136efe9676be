import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPolicies } from '../../models/policies.js';
import { builtinScenarios } from '../../scenarios/builtin/index.js';
import { InputError } from '../../scenarios/errors.js';
import { loadScenario } from '../../scenarios/load.js';
import { loadPolicyPlugins } from '../../scenarios/policy-plugins.js';
import { runScenario } from '../../scenarios/run.js';

const folder = mkdtempSync(join(tmpdir(), 'baton-plugins-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
// Allocates nothing, so every order the OMS routes is refused or oversold: easy to tell from a built-in.
const shipsNothing = file('ships-nothing.mjs', "export const omsRoutingPolicies = [{ name: 'vendor-ships-nothing', route: (r) => ({ units: r.warehouses.map(() => r.lines.map(() => 0)) }) }];\n");
const reversed = file('reversed.mjs', "export default { kind: 'pick', name: 'vendor-same-as-given', route: (layout, picks) => ({ length: 0, sequence: picks.map((p) => p.address), path: [] }) };\n");

describe('loadPolicyPlugins', () => {
  it('returns registries of its own: a second load, and the built-ins, never see the first load\'s policies', async () => {
    const first = await loadPolicyPlugins([shipsNothing]);
    const second = await loadPolicyPlugins([reversed]);
    expect(first.oms.names()).toContain('vendor-ships-nothing');
    expect(first.pick.names()).not.toContain('vendor-same-as-given');
    expect(second.oms.names()).not.toContain('vendor-ships-nothing');
    expect(second.pick.names()).toContain('vendor-same-as-given');
    expect(builtInPolicies.oms.names()).not.toContain('vendor-ships-nothing');
    expect(first.fileOf('oms', 'vendor-ships-nothing')).toBe(shipsNothing);
    expect(first.fileOf('oms', 'nearest')).toBeUndefined();
  });

  it('loads the same file twice into two sets without a name clash, and names a clash between two files', async () => {
    const again = await loadPolicyPlugins([shipsNothing, shipsNothing]);
    expect(again.oms.names().filter((n) => n === 'vendor-ships-nothing')).toHaveLength(1);
    const twin = file('twin.mjs', "export default { kind: 'oms', name: 'vendor-ships-nothing', route: () => ({ units: [] }) };\n");
    const error = await loadPolicyPlugins([shipsNothing, twin]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]!.message).toMatch(/already taken by the policy in .*ships-nothing\.mjs/);
  });

  it('the same file under a second name (a symbolic link) is loaded once, not a clash with itself', async () => {
    const link = join(folder, 'ships-nothing-link.mjs');
    symlinkSync(shipsNothing, link);
    const loaded = await loadPolicyPlugins([shipsNothing, link]);
    expect(loaded.oms.names().filter((n) => n === 'vendor-ships-nothing')).toHaveLength(1);
  });

  it('a file that is not JavaScript or TypeScript is refused by its extension, naming it', async () => {
    for (const [name, shown] of [['policy.json', '.json'], ['policy', '(no extension)']] as const) {
      const error = await loadPolicyPlugins([file(name, '{"kind":"oms"}\n')]).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(InputError);
      expect((error as InputError).problems[0], name).toMatchObject({ value: shown, message: expect.stringMatching(/^a policy file is JavaScript or TypeScript: name it \.js, \.mjs/) });
    }
  });

  it('a scenario naming a vendor policy is valid and runs only with the set that holds it', async () => {
    const document = structuredClone(builtinScenarios['seed-walkthrough']) as { oms: Record<string, unknown> };
    document.oms = { ...document.oms, routingPolicy: 'vendor-ships-nothing' };
    const scenario = file('vendor-scenario.json', JSON.stringify(document));
    expect(() => loadScenario(scenario)).toThrow(/oms\.routingPolicy.*unknown OMS routing policy/);
    const policies = await loadPolicyPlugins([shipsNothing]);
    const config = loadScenario(scenario, policies);
    const result = runScenario(config, { policies });
    expect(result.metrics.oversellRate).toBe(1);
    expect(runScenario(loadScenario('seed-walkthrough')).metrics.oversellRate).toBe(0);
    expect(() => runScenario(config)).toThrow(/unknown OMS routing policy "vendor-ships-nothing"/);
  });

  it('exports of the wrong shape, or that throw when read, are InputErrors naming the file and export, never internal errors', async () => {
    const cases: [string, string, RegExp][] = [
      ['one-not-array.mjs', "export const pickRoutingPolicies = { name: 'lonely', route: () => ({}) };\n", /exports\.pickRoutingPolicies: must be an array of policies/],
      ['number.mjs', 'export const omsRoutingPolicies = 5;\n', /exports\.omsRoutingPolicies: must be an array of policies/],
      ['getter.mjs', "export default { kind: 'oms', name: 'vendor-getter', get route() { throw new Error('getter boom'); } };\n", /at exports: reading the exports threw: getter boom/],
    ];
    for (const [name, text, message] of cases) {
      const error = await loadPolicyPlugins([file(name, text)]).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(InputError);
      expect((error as InputError).message).toContain(name);
      expect((error as InputError).message).toMatch(message);
    }
  });

  it('a TypeScript syntax error names the line, column and what is wrong, not only "Transform failed"', async () => {
    const error = await loadPolicyPlugins([file('broken.ts', 'export default { kind: "oms", name: "vendor-broken", route: () => { return { units: [ }; } };\n')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/broken\.ts: cannot load the policy file: Transform failed with 1 error: \S*broken\.ts:1:\d+: ERROR: Unexpected "}"/);
  });
});
