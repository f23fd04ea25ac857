// Runs the Astro command line (`npm run dev` is `astro dev`) with telemetry
// off, as every project script runs it (scripts/lib/tools.ts).
import { runTool } from './lib/tools.ts';

process.exitCode = runTool('astro', process.argv.slice(2)) ?? 1;
