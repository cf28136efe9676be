#!/usr/bin/env node
// Entry for `npx baton`: loads the TypeScript CLI through tsx's ESM loader.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
