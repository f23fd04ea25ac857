// Running the project's own tools from scripts. The installed binaries start
// with `#!/usr/bin/env node`, so node_modules/.bin goes first on PATH: there
// the pinned Node 24 is found before the system's older node.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { projectRoot } from './paths.ts';

const binDir = join(projectRoot, 'node_modules', '.bin');

export interface ToolOptions {
  /** Extra environment variables on top of the current ones. */
  env?: Record<string, string>;
}

/** Runs node_modules/.bin/<tool> (or a program given by absolute path) in the project root with output shown; returns the exit status (null if it could not start or was killed). */
export function runTool(tool: string, args: readonly string[], options: ToolOptions = {}): number | null {
  const result: SpawnSyncReturns<Buffer> = spawnSync(resolve(binDir, tool), args, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${binDir}${delimiter}${process.env['PATH'] ?? ''}`,
      ...options.env,
    },
  });
  if (result.error) console.error(`${tool}: ${result.error.message}`);
  return result.status;
}
