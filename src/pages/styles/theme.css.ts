// /styles/theme.css: the chart palette as CSS custom properties (--chart-*),
// light by default, dark when the OS prefers it and the reader has not picked
// light, or when the reader picked dark. Served as a file so pages carry no
// inline styles; the page tokens in src/styles/global.css build on it. The
// chart rules follow, for the same reason.
import { mapCss } from '../../lib/charts/map.ts';
import { cssVariables } from '../../lib/charts/palette.ts';
import { pageChartCss } from '../../lib/charts/plot.ts';
import { zeroComparisonPageCss } from '../../lib/charts/zero-comparison.ts';

const css = [
  `:root { ${cssVariables('light')} }`,
  `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${cssVariables('dark')} } }`,
  `:root[data-theme='dark'] { ${cssVariables('dark')} }`,
  pageChartCss,
  zeroComparisonPageCss,
  mapCss(),
].join('\n');

export function GET(): Response {
  return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
