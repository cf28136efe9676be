// Guards the dependency direction sim <- models <- scenarios <- viz <- bin, the browser-safety of
// the engine, and the determinism bans, by reading the source files themselves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const layers = ['sim', 'models', 'scenarios', 'viz', 'bin'] as const;
type Layer = (typeof layers)[number];
/** Which top-level folders each layer may import from (besides itself). */
const allowed: Record<Layer, Layer[]> = {
  sim: [],
  models: ['sim'],
  scenarios: ['sim', 'models'],
  viz: ['sim', 'models', 'scenarios'],
  bin: ['sim', 'models', 'scenarios', 'viz'],
};
const engineLayers: Layer[] = ['sim', 'models'];
/** Packages the engine may use: pure JavaScript that runs in a browser. */
const enginePackages = new Set(['seedrandom']);
const banned = /\bMath\.random\b|\bDate\.now\b|\bperformance\.now\b|\bsetTimeout\b|\bsetInterval\b|\bsetImmediate\b|\brandomUUID\b|\bnew Date\(/;
/** A same-time priority written as a bare number instead of URGENT, NORMAL or LATE. */
// Engine-dependent in their last bits (V8 versions disagree): sim/math.ts has portable forms.
const engineDependentMath = /\bMath\.(?:log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\b|(?<!\b2 ?)\*\*/;
const barePriority = /\.(?:schedule|scheduleAt|succeed|fail)\([^()]*(?:\([^()]*\)[^()]*)*,\s*\d+\s*\)|Priority:\s*\d+\b/;
const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  // Statements start a line; dynamic imports may appear anywhere. Comments mentioning "from '...'" are not imports.
  const pattern = /^\s*(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]!);
  return specifiers;
}

function layerOf(path: string): Layer | undefined {
  const top = relative(root, path).split(sep)[0];
  return layers.find((l) => l === top);
}

// Module-level state shared by every run in the process (a counter, a registry one can add to).
const moduleState = /^(let|var)\s|^export (async )?function register/;

describe('architecture', () => {
  for (const layer of layers) {
    it(`${layer}/ imports only from ${allowed[layer].join(', ') || 'itself'}${engineLayers.includes(layer) ? ' and no Node module' : ''}`, () => {
      const problems: string[] = [];
      for (const file of sourceFiles(join(root, layer))) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          const where = relative(root, file);
          if (spec.startsWith('.')) {
            const target = layerOf(resolve(file, '..', spec));
            if (target !== undefined && target !== layer && !allowed[layer].includes(target)) problems.push(`${where} imports ${spec}`);
          } else if (engineLayers.includes(layer)) {
            if (nodeModules.has(spec) || !enginePackages.has(spec.split('/')[0]!)) problems.push(`${where} imports package ${spec}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('sim/ and models/ never reach for ambient time, timers or randomness', () => {
    const problems: string[] = [];
    for (const layer of engineLayers) {
      for (const file of sourceFiles(join(root, layer))) {
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (banned.test(line)) problems.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('sim/, models/ and scenarios/ compute results with portable math (sim/math.ts), never Math.log, Math.exp, Math.pow or **', () => {
    const problems: string[] = [];
    for (const layer of ['sim', 'models', 'scenarios'] as const) {
      for (const file of sourceFiles(join(root, layer))) {
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          // Comments and the text of quoted strings are not code ('***' is not an exponent).
          const code = line.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$|^\s*\/?\*.*$/, '');
          if (engineDependentMath.test(code)) problems.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('models/ names its scheduling priorities (URGENT, NORMAL, LATE), never bare numbers', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(root, 'models'))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (barePriority.test(line)) problems.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('agent contexts are built only by createAgentContext (models/context.ts), in runs, demos, tests and benchmarks', () => {
    const handBuilt = /:\s*AgentContext\s*=\s*\{|new IdSource\(|new MessageBus<MessagePayloads>/;
    const problems: string[] = [];
    for (const folder of ['models', 'scenarios', 'viz', 'bin', 'bench', 'test']) {
      for (const file of sourceFiles(join(root, folder))) {
        const where = relative(root, file);
        if (where === join('models', 'context.ts') || where === join('test', 'architecture.test.ts')) continue;
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (handBuilt.test(line)) problems.push(`${where}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('sim/ and models/ keep no process-wide mutable state: no module-level let/var, no register-into-a-shared-registry functions', () => {
    const problems: string[] = [];
    for (const folder of ['sim', 'models']) {
      for (const file of sourceFiles(join(root, folder))) {
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (moduleState.test(line)) problems.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('sim/ and models/ type-check with unchecked index access (tsconfig.engine.json, run by npm run typecheck)', () => {
    const engine = JSON.parse(readFileSync(join(root, 'tsconfig.engine.json'), 'utf8'));
    expect(engine.compilerOptions.noUncheckedIndexedAccess).toBe(true);
    expect([...engine.include].sort()).toEqual(['models', 'sim']);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.typecheck).toContain('tsconfig.engine.json');
  });

  it('the checker itself catches a forbidden import and a banned call', () => {
    expect(importsOf("import { x } from '../models/wms/index.js';\nimport fs from 'node:fs';")).toEqual(['../models/wms/index.js', 'node:fs']);
    expect(importsOf("// we export the walk from 'front' to back\nimport {\n  a,\n  b,\n} from './multi.js';")).toEqual(['./multi.js']);
    expect(nodeModules.has('node:fs') && nodeModules.has('worker_threads')).toBe(true);
    expect(banned.test('const t = Date.now();')).toBe(true);
    expect(banned.test('const r = rng.random();')).toBe(false);
    expect(engineDependentMath.test('return -Math.log(1 - u) / rate;')).toBe(true);
    expect(engineDependentMath.test('const w = k ** -alpha;')).toBe(true);
    expect(engineDependentMath.test('const max = 2 ** 31 - 1;')).toBe(false);
    expect(engineDependentMath.test('const s = Math.sqrt(v) * Math.floor(x);')).toBe(false);
    expect(barePriority.test('sim.scheduleAt(next, close, 2);')).toBe(true);
    expect(barePriority.test('sim.schedule(SECONDS_PER_DAY, () => f(x), 2);')).toBe(true);
    expect(barePriority.test('  pickupPriority: 2,')).toBe(true);
    expect(barePriority.test('sim.scheduleAt(next, close, LATE);')).toBe(false);
    expect(barePriority.test('sim.schedule(60, tick);')).toBe(false);
    expect(moduleState.test('let nextId = 0;')).toBe(true);
    expect(moduleState.test('export function registerPickPolicy(policy: RoutingPolicy): void {')).toBe(true);
    expect(moduleState.test('  let n = 0;')).toBe(false);
    expect(moduleState.test('    register(policy) {')).toBe(false);
  });
});
