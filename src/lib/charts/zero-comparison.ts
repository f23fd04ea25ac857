// The forces that made no applications in at least one source, with what every
// source says about them: one row per force, one column per source, each cell
// the source's own number or the reason it has none, and a last column saying
// whether the sources that cover comparable periods agree. A dumbbell cannot
// show "No response" or "Not covered"; this matrix can, in words, so a missing
// figure never looks like a zero.

import * as Plot from '@observablehq/plot';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import { chartCopy, zeroComparisonCopy } from '../copy/charts.ts';
import { PALETTES, type StyleRules, cssVar } from './palette.ts';
import { type ChartOptions, DEFAULT_WIDTH, forceNameMarks, nameMargin, renderSvg, textWidth, wrapText } from './plot.ts';
import { formatNumber } from '../views/format.ts';

/** One source: a column of the matrix. */
export interface ZeroComparisonColumn {
  id: string;
  /** Short name for the column head, e.g. "BBC FOI 2021". */
  label: string;
}

/** What one source says about one force. */
export interface ZeroComparisonCell {
  /** Null when the source gives no number; never 0 for a missing figure. */
  value: number | null;
  state: FigureStatus;
}

/**
 * agree: every pair of sources covering comparable periods gives the same number;
 * differ: at least one pair does not; single: no two sources cover comparable periods.
 */
export type SourcesVerdict = 'agree' | 'differ' | 'single';

/** A column whose figure the verdict leaves out, and why (words from the copy module). */
export interface NotComparedColumn {
  column: string;
  /** "its source gives no exact dates, …" */
  reason: string;
}

export interface ZeroComparisonDatum {
  code: ForceCode;
  name: string;
  slug: string;
  /** One cell per column, in column order. */
  cells: readonly ZeroComparisonCell[];
  verdict: SourcesVerdict;
  /** Figures shown in the row that the verdict does not cover; the verdict cell and the text alternative say so. */
  notCompared?: readonly NotComparedColumn[];
}

export interface ZeroComparisonOptions extends ChartOptions {
  columns: readonly ZeroComparisonColumn[];
}

type CellKind = 'zero' | 'value' | 'missing';

interface PlacedCell {
  name: string;
  column: string;
  kind: CellKind;
  text: string;
  tooltip: string;
  /** Radius of the disc behind a number: wider for three digits and more. */
  radius: number;
}

const ROW_HEIGHT = 34;
/**
 * On a narrow chart each force's name sits on its own line above its cells,
 * with the verdict at the line's end, so the sources' columns get the full
 * width: their heads and states take fewer lines, and the cells a shorter row.
 */
const NAME_LINE = 18;
const NARROW_ROW_HEIGHT = 28;
const NAMES_ABOVE_BELOW_WIDTH = 480;
const HEADER_LINE = 14;
const HEADER_FONT_SIZE = 11;
const CELL_FONT_SIZE = 11;
const CELL_LINE = 12;
const VERDICT_COLUMN = 'sources-verdict';
const DISC_RADIUS = 11;

/**
 * The matrix's own colours: a real zero is a disc in the zero colour the
 * table and map use, a number is a ring in the bar colour.
 */
export const zeroComparisonStyleRules: StyleRules = (colour) =>
  [
    `.spo-chart__zero-disc{fill:${colour('zero')}}`,
    `.spo-chart__zero-ink{fill:${colour('zero-ink')}}`,
    `.spo-chart__value-ring{fill:${colour('background')};stroke:${colour('bar')}}`,
  ].join('');

/** The matrix's rules for the page stylesheet, with colours from the --chart-* variables. */
export const zeroComparisonPageCss: string = zeroComparisonStyleRules(cssVar);

/** What a cell prints: its number, or the words for why it has none. */
function cellText(cell: ZeroComparisonCell, formatValue: (value: number) => string): { kind: CellKind; text: string } {
  if (cell.value !== null) {
    if (cell.state !== 'reported') throw new Error(`a ${cell.state} cell carries a number (${cell.value}); only reported figures do`);
    return { kind: cell.value === 0 ? 'zero' : 'value', text: formatValue(cell.value) };
  }
  return { kind: 'missing', text: cell.state === 'reported' ? zeroComparisonCopy.notStated : chartCopy.forceState[cell.state] };
}

function placedCells(
  data: readonly ZeroComparisonDatum[],
  columns: readonly ZeroComparisonColumn[],
  formatValue: (value: number) => string,
): PlacedCell[] {
  return data.flatMap((d) => {
    if (d.cells.length !== columns.length) {
      throw new Error(`${d.name} has ${d.cells.length} cells for ${columns.length} columns`);
    }
    return d.cells.map((cell, i) => {
      const column = columns[i]!;
      const { kind, text } = cellText(cell, formatValue);
      return {
        name: d.name,
        column: column.id,
        kind,
        text,
        tooltip: `${d.name}, ${column.label}: ${text}`,
        radius: Math.max(DISC_RADIUS, textWidth(text, CELL_FONT_SIZE) / 2 + 5),
      };
    });
  });
}

/** The verdict cell: "Agree", or "Agree; 1 not compared" when a figure in the row is left out ("Sources agree…" beside a name). */
function verdictText(d: ZeroComparisonDatum, besideName: boolean): string {
  const word = (besideName ? zeroComparisonCopy.verdictBesideName : zeroComparisonCopy.verdict)[d.verdict];
  const left = d.notCompared?.length ?? 0;
  return d.verdict === 'single' || left === 0 ? word : zeroComparisonCopy.verdictWithout(word, left);
}

/** Text broken into lines that fit `width`, joined for Plot's multi-line text. */
function wrapped(text: string, width: number, fontSize: number): string {
  return wrapText(text, width, fontSize).join('\n');
}

/**
 * @param data One row per force, in the order to show them.
 * @param options Columns (sources in display order), title, description, id prefix, width.
 * @returns SVG markup; each zero is a filled disc labelled "0", each missing figure its state in words.
 * @example renderZeroComparison(rows, { columns: [{ id: "court", label: "Court data" }, …], title, description, idPrefix: "zeros" })
 */
export function renderZeroComparison(data: readonly ZeroComparisonDatum[], options: ZeroComparisonOptions): string {
  const { width = DEFAULT_WIDTH, columns, colours = 'page' } = options;
  const formatValue = formatNumber(',d');
  const cells = placedCells(data, columns, formatValue);
  const namesAbove = width < NAMES_ABOVE_BELOW_WIDTH;
  const marginLeft = namesAbove ? 0 : nameMargin(data);
  const rowHeight = namesAbove ? NARROW_ROW_HEIGHT + NAME_LINE : ROW_HEIGHT;
  // Cells sit in the lower part of a row when the name takes the top line.
  const cellDy = namesAbove ? NAME_LINE / 2 : 0;
  const domain = namesAbove ? columns.map((c) => c.id) : [...columns.map((c) => c.id), VERDICT_COLUMN];
  const columnWidth = (width - marginLeft) / domain.length;
  const headers = [
    ...columns.map((c) => ({ id: c.id, text: wrapped(c.label, columnWidth - 6, HEADER_FONT_SIZE) })),
    ...(namesAbove ? [] : [{ id: VERDICT_COLUMN, text: wrapped(zeroComparisonCopy.verdictColumn, columnWidth - 6, HEADER_FONT_SIZE) }]),
  ];
  const headerLines = Math.max(1, ...headers.map((h) => h.text.split('\n').length));
  const marginTop = headerLines * HEADER_LINE + 10;
  const verdicts = data.map((d) => ({
    name: d.name,
    verdict: d.verdict,
    text: namesAbove ? verdictText(d, true) : wrapped(verdictText(d, false), columnWidth - 6, CELL_FONT_SIZE),
  }));
  const cellLabels = (rows: readonly { text: string }[], className: string, extra: Plot.TextOptions = {}) =>
    Plot.text(rows, {
      x: 'column',
      y: 'name',
      text: 'text',
      lineAnchor: 'middle',
      lineHeight: CELL_LINE / CELL_FONT_SIZE,
      fontSize: CELL_FONT_SIZE,
      fontVariant: 'tabular-nums',
      dy: cellDy,
      className,
      ...extra,
    });

  const nameLineDy = -rowHeight / 2 + NAME_LINE / 2 + 2;
  // Wide, the verdict is the last column's cell; narrow, it ends the name line.
  const verdictMarks = (rows: typeof verdicts, className: string, extra: Plot.TextOptions = {}) =>
    namesAbove
      ? Plot.text(rows, { y: 'name', text: 'text', frameAnchor: 'right', textAnchor: 'end', dy: nameLineDy, fontSize: CELL_FONT_SIZE, className, ...extra })
      : cellLabels(
          rows.map((v) => ({ ...v, column: VERDICT_COLUMN })),
          className,
          extra,
        );

  const svg = renderSvg(
    {
      width,
      height: marginTop + data.length * rowHeight + 2,
      marginLeft,
      marginRight: 0,
      marginTop,
      marginBottom: 2,
      x: { type: 'band', domain, axis: null, padding: 0 },
      y: { type: 'band', domain: data.map((d) => d.name), axis: null, padding: 0 },
      marks: [
        Plot.text(headers, {
          x: 'id',
          frameAnchor: 'top',
          dy: -marginTop + 2,
          text: 'text',
          lineAnchor: 'top',
          lineHeight: HEADER_LINE / HEADER_FONT_SIZE,
          fontSize: HEADER_FONT_SIZE,
          fontWeight: 'bold',
          className: 'spo-chart__column-head',
        }),
        // A line under the heads and under every row, so the eye can follow a force across.
        Plot.ruleY(data, {
          y: 'name',
          dy: rowHeight / 2,
          insetLeft: -marginLeft,
          strokeOpacity: 0.35,
          className: 'spo-chart__grid',
        }),
        Plot.ruleY(data.slice(0, 1), { y: 'name', dy: -rowHeight / 2, insetLeft: -marginLeft, strokeOpacity: 0.6, className: 'spo-chart__grid' }),
        Plot.dot(
          cells.filter((c) => c.kind === 'zero'),
          { x: 'column', y: 'name', dy: cellDy, r: 'radius', stroke: 'none', className: 'spo-chart__zero-disc', title: 'tooltip' },
        ),
        Plot.dot(
          cells.filter((c) => c.kind === 'value'),
          { x: 'column', y: 'name', dy: cellDy, r: 'radius', strokeWidth: 2, className: 'spo-chart__value-ring', title: 'tooltip' },
        ),
        cellLabels(
          cells.filter((c) => c.kind === 'zero'),
          'spo-chart__value spo-chart__zero-ink',
          { fontWeight: 'bold' },
        ),
        cellLabels(cells.filter((c) => c.kind === 'value'), 'spo-chart__value', { fontWeight: 'bold' }),
        cellLabels(
          cells.filter((c) => c.kind === 'missing').map((c) => ({ ...c, text: wrapped(c.text, columnWidth - 6, CELL_FONT_SIZE) })),
          'spo-chart__state spo-chart__muted-text',
        ),
        verdictMarks(
          verdicts.filter((v) => v.verdict === 'differ'),
          'spo-chart__verdict spo-chart__verdict--differ',
          { fontWeight: 'bold' },
        ),
        verdictMarks(
          verdicts.filter((v) => v.verdict !== 'differ'),
          'spo-chart__verdict',
        ),
        namesAbove
          ? Plot.text(data, {
              y: 'name',
              text: 'name',
              frameAnchor: 'left',
              textAnchor: 'start',
              dy: nameLineDy,
              fontWeight: 'bold',
              className: 'spo-chart__name',
            })
          : forceNameMarks(data),
      ],
      r: { type: 'identity' },
    },
    { ...options, modifier: 'zero-comparison' },
  );
  // On a page the rules come from the site's stylesheet (zeroComparisonPageCss); a standalone file carries its own.
  if (colours === 'page') return svg;
  return svg.replace('</desc>', `</desc><style>${zeroComparisonStyleRules((token) => PALETTES[colours][token])}</style>`);
}

/**
 * A neutral text alternative: each force with what every source says, then which agree and which differ.
 * @example "Durham: Court data 0; BBC FOI 3; Dorset FOI not covered. Sources differ. …"
 */
export function describeZeroComparison(
  data: readonly ZeroComparisonDatum[],
  { columns }: Pick<ZeroComparisonOptions, 'columns'>,
): string {
  const formatValue = formatNumber(',d');
  return data
    .map((d) => {
      const parts = d.cells.map((cell, i) => {
        const { kind, text } = cellText(cell, formatValue);
        return `${columns[i]!.label} ${kind === 'missing' ? text.toLowerCase() : text}`;
      });
      const left = (d.notCompared ?? []).map(({ column, reason }) =>
        zeroComparisonCopy.notComparedSentence(columns.find((candidate) => candidate.id === column)?.label ?? column, reason));
      return zeroComparisonCopy.describeRow(d.name, parts, [zeroComparisonCopy.verdictSentence[d.verdict], ...left].join(' '));
    })
    .join(' ');
}
