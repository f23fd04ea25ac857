// The embed code and oEmbed response: a titled, lazy, full-width iframe that
// works alone, plus this site's resizer script; and the host script that
// accepts only the message the embeds send.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE } from '../../../src/lib/embeds/protocol.ts';
import { HOST_SCRIPT_PATH, chartDownloadPath, embedPath, oembedPath } from '../../../src/lib/views/routes.ts';
import { embedCode, forceCardView, oembedResponse } from '../../../src/lib/embeds/views.ts';
import { projectRoot } from '../../../scripts/lib/paths.ts';

const origin = 'https://spo.example.org';
const view = { ...forceCardView({ name: 'Kent', slug: 'kent' }, ['S01']), title: 'Kent "quoted" & <tagged>' };

describe('view addresses', () => {
  it('put the embed page, pictures and oEmbed file of a view under one flat name', () => {
    expect(embedPath(view)).toBe('/embed/forces/kent/');
    expect(chartDownloadPath(view, 'png')).toBe('/downloads/charts/forces-kent.png');
    expect(chartDownloadPath(view, 'svg')).toBe('/downloads/charts/forces-kent.svg');
    expect(oembedPath(view)).toBe('/oembed/forces-kent.json');
  });
});

describe('embedCode', () => {
  const { document } = parseHTML(`<!doctype html><html><body>${embedCode(view, origin)}</body></html>`);
  const iframe = document.querySelector('iframe')!;
  const script = document.querySelector('script')!;

  it('is an iframe with a title, lazy loading, full width and the view’s initial height', () => {
    expect(iframe.getAttribute('src')).toBe(`${origin}/embed/forces/kent/`);
    expect(iframe.getAttribute('title')).toContain('Kent "quoted" & <tagged>');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    // Full width through its style: HTML's width attribute takes whole pixels only.
    expect(iframe.hasAttribute('width')).toBe(false);
    expect(iframe.getAttribute('style')).toContain('width:100%');
    expect(iframe.getAttribute('height')).toBe(String(view.height));
  });

  it('loads the resizer from this site only, without blocking the host page', () => {
    expect(script.getAttribute('src')).toBe(`${origin}${HOST_SCRIPT_PATH}`);
    expect(script.hasAttribute('async')).toBe(true);
    expect(script.textContent).toBe('');
  });
});

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response whose html is the embed code', () => {
    expect(oembedResponse(view, origin, 'Site')).toEqual({
      version: '1.0',
      type: 'rich',
      title: view.title,
      provider_name: 'Site',
      provider_url: `${origin}/`,
      html: embedCode(view, origin),
      width: expect.any(Number) as number,
      height: view.height,
    });
  });
});

describe('host script (public/embed.js)', () => {
  const source = readFileSync(join(projectRoot, 'public', 'embed.js'), 'utf8');

  // It is served as written, so it spells the type out; the browser test checks what it does with it.
  it('listens for the message type the embeds post', () => {
    expect(source).toContain(`'${HEIGHT_MESSAGE_TYPE}'`);
  });
});
