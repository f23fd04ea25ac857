// The share kit on every force page: the page's address, a sentence that
// names its source, the embed code for the force's card, and links to the
// card picture, the force's CSV files and the data dictionary, all of which exist.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir } from '../support/dist.ts';
import { model } from '../../src/lib/site-data.ts';

// linkedom leaves a textarea's character references as they are in the HTML.
const boxText = (box: Element | null) => (box?.innerHTML ?? '').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe.each(model.forces.map((force) => [force.slug, force] as const))('share kit on /forces/%s/', (slug, force) => {
  const page = builtPage(`/forces/${slug}/`);
  const kit = page.getElementById('share');

  it('gives the page address, a sourced sentence and the card’s embed code', () => {
    expect(kit).not.toBeNull();
    expect(boxText(kit!.querySelector('#share-link'))).toMatch(new RegExp(`^https?://[^/]+/forces/${slug}/$`));
    const sentence = boxText(kit!.querySelector('#share-sentence'));
    expect(sentence).toContain(force.name);
    expect(sentence).toMatch(new RegExp(`Source: .+/forces/${slug}/$`));
    const code = boxText(kit!.querySelector('#share-embed'));
    expect(code).toMatch(new RegExp(`<iframe src="[^"]+/embed/forces/${slug}/" title="[^"]+" loading="lazy"`));
    expect(code).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
  });

  it('links to the card picture, the force’s CSV files and the dictionary, which all exist', () => {
    const links = [...kit!.querySelectorAll('a[download]')].map((link) => link.getAttribute('href') ?? '');
    expect(links).toContain(`/downloads/charts/forces-${slug}.png`);
    expect(links).toContain('/downloads/data-dictionary.csv');
    expect(links.filter((href) => href.startsWith('/data/forces/') && href.endsWith('.csv')).length).toBeGreaterThan(0);
    for (const href of links) expect(existsSync(join(distDir, href)), href).toBe(true);
  });
});
