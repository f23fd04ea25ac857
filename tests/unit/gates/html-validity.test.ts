// The HTML validator's configuration still catches the defects it was brought in
// for (a duplicate id, a heading level skipped, a percentage in an iframe's
// width), so an exception added later cannot quietly switch one off.
import { describe, expect, it } from 'vitest';
import { embedCodeConfig, htmlValidator } from '../../support/html-validity.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body><main>${body}</main></body></html>`;

const rulesBroken = (html: string, validate = htmlValidator()) => validate(html, 'test.html').map((problem) => problem.rule);

describe('HTML validity gate', () => {
  it('passes a valid page', () => {
    expect(rulesBroken(page('<h1>Title</h1><h2>Part</h2><p>Text</p>'))).toEqual([]);
  });

  it('fails an id used twice', () => {
    expect(rulesBroken(page('<h1>Title</h1><section aria-labelledby="a"><h2 id="a">A</h2><figure aria-labelledby="a"><h3 id="a">B</h3></figure></section>'))).toContain('no-dup-id');
  });

  it('fails a heading level skipped', () => {
    expect(rulesBroken(page('<h1>Title</h1><h3>Part</h3>'))).toContain('heading-level');
  });

  it('fails a percentage in an iframe width, in a page and in embed code', () => {
    const iframe = '<iframe src="https://example.org/" title="A chart" width="100%" height="400"></iframe>';
    expect(rulesBroken(page(`<h1>Title</h1>${iframe}`))).toContain('attribute-allowed-values');
    expect(rulesBroken(iframe, htmlValidator(embedCodeConfig))).toContain('attribute-allowed-values');
  });

  it('fails an aria-labelledby that points at no element', () => {
    expect(rulesBroken(page('<h1>Title</h1><section aria-labelledby="nowhere"><p>Text</p></section>'))).toContain('no-missing-references');
  });
});
