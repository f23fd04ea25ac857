// The layers keep to their jobs: views and components word and lay out what
// metrics computed, so they never import d3-array (sums, extents, ranks) or a
// metrics module other than its public index.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

describe('views, copy and components compute nothing', () => {
  const files = [...filesUnder('src/lib/views'), ...filesUnder('src/lib/copy'), ...filesUnder('src/components')];

  it('finds the files it checks', () => {
    expect(files.some((file) => file.startsWith('src/lib/views/'))).toBe(true);
    expect(files.some((file) => file.startsWith('src/components/'))).toBe(true);
  });

  it.each(files)('%s imports neither d3-array nor a metrics module other than its index', (file) => {
    const imports = importsOf(file);
    expect(imports.filter((source) => source === 'd3-array' || source.startsWith('d3-array/'))).toEqual([]);
    expect(imports.filter((source) => /\/metrics\/(?!index\.ts$)[^/]+$/.test(source))).toEqual([]);
  });
});
