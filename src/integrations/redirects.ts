// Writes the built site's `_redirects` file once every file exists: the old
// addresses of forces whose slug changed (the old_slugs column of
// data/forces.csv) answer with a permanent redirect to the current ones, so
// links and pasted embed codes keep working (src/lib/old-addresses.ts). The
// file is written even when no force was renamed, so a host never keeps
// serving an old one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDataDir, formatIssue, loadData } from '../lib/data/load.ts';
import { REDIRECTS_FILE, redirectsFile } from '../lib/host-files.ts';
import { oldAddresses } from '../lib/old-addresses.ts';
import { servedPaths } from './security-headers.ts';

export function redirects(): AstroIntegration {
  return {
    name: 'redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { model, issues } = loadData(buildDataDir());
        if (model === null) throw new Error(issues.map(formatIssue).join('\n'));
        const addresses = oldAddresses(model.forces, servedPaths(siteDir));
        writeFileSync(join(siteDir, REDIRECTS_FILE), redirectsFile(addresses));
        const renamed = model.forces.filter((force) => force.oldSlugs.length > 0).length;
        logger.info(`${REDIRECTS_FILE}: ${addresses.length} old addresses of ${renamed} renamed ${renamed === 1 ? 'force' : 'forces'}`);
      },
    },
  };
}
