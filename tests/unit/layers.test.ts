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

  it.each(files)('%s neither adds up (reduce, Math.max/min) nor calls the guards that make sums, extremes and ranks', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8');
    expect(code.match(/\.reduce\(|Math\.(max|min)\(/g) ?? [], file).toEqual([]);
    expect(code.match(/\b(ourSum|pooledRate|extremes|rankGuarded|refuseAll)\(/g) ?? [], file).toEqual([]);
  });

  it.each(files)('%s imports neither d3-array nor a metrics module other than its index', (file) => {
    const imports = importsOf(file);
    expect(imports.filter((source) => source === 'd3-array' || source.startsWith('d3-array/'))).toEqual([]);
    expect(imports.filter((source) => /\/metrics\/(?!index\.ts$)[^/]+$/.test(source))).toEqual([]);
  });
});

describe('metrics modules import one another without a cycle', () => {
  const files = filesUnder('src/lib/metrics').filter((file) => file.endsWith('.ts'));
  const local = (file: string) =>
    importsOf(file).filter((source) => source.startsWith('./')).map((source) => join('src/lib/metrics', source.slice(2)));
  const graph = new Map(files.map((file) => [file, local(file)]));

  it('finds the types module and its users', () => {
    expect(graph.has('src/lib/metrics/types.ts')).toBe(true);
    expect([...graph.values()].some((imports) => imports.includes('src/lib/metrics/types.ts'))).toBe(true);
  });

  it.each(files)('%s does not reach itself through its imports (type imports included)', (start) => {
    const seen = new Set<string>();
    const stack = [...(graph.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() ?? '';
      expect(next, `${start} imports itself through ${[...seen].join(', ')}`).not.toBe(start);
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
  });
});
