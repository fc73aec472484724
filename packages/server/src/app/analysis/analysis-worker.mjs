// A worker thread of runAnalysis: registers tsx (like bin/vigie.mjs) to run the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker-main.ts');
