// A spreadsheet round trip on the fixture files, as LibreOffice Calc does it
// with its default import settings: open each CSV, let it "recognise" numbers
// and dates, save as CSV again. The checker must notice every value that no
// longer reads as its source printed it, and every character an encoding
// slip damaged.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/encoding.ts';
import { formatIssue, parseDataFiles } from '../../../src/lib/data/load.ts';
import type { DataModel } from '../../../src/lib/data/types.ts';
import { toFiles, topologyText, validFixture, type Fixture } from './fixture.ts';

const TODAY = new Date('2026-11-30T12:00:00Z');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The fixture with national figures printed as text that a spreadsheet would read as numbers and dates. */
function fixtureWithPrintedValues(): Fixture {
  const fixture = validFixture();
  fixture['national_figures.csv']?.rows.push(
    ['incidents_apr_dec_2020', 'Stalking incidents', '59,950', 'Apr-Dec 2020', 'England and Wales', 'S02', '59,950 incidents were recorded', 'checked'],
    ['granted_change_2022', 'Change in SPOs granted', '+382', '2021 vs 2022', '27 forces', 'S02', '382 more granted in 2022', 'checked'],
    ['survey_month', 'Month of the survey', 'January 2022', '2022', 'England and Wales', 'S02', 'in January 2022 the survey', 'checked'],
  );
  const sources = fixture['sources.csv'];
  if (sources?.rows[1]) sources.rows[1][6] = 'The Observer © Guardian News & Media';
  return fixture;
}

/** What Calc's "detect special numbers" does to one cell, then "save cell content as shown" in an en-US locale. */
function calcCell(cell: string): string {
  if (/^[+-]?\d{1,3}(,\d{3})+$/.test(cell) || /^\+\d+$/.test(cell)) return String(Number(cell.replaceAll(',', '')));
  const month = /^([A-Z][a-z]+) (\d{4})$/.exec(cell);
  const index = month ? MONTHS.indexOf(month[1] ?? '') : -1;
  if (month && index !== -1) return `${String(index + 1).padStart(2, '0')}/01/${(month[2] ?? '').slice(2)}`;
  return cell;
}

/** Opens and saves every CSV as Calc would (numbers and dates recognised, UTF-8 kept). */
function libreOfficeRoundTrip(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      return [name, `${Papa.unparse([header, ...rows.map((row) => row.map(calcCell))], { newline: '\r\n' })}\r\n`];
    }),
  );
}

/** UTF-8 text opened as Windows-1252 ("Western Europe") and saved again as UTF-8: mojibake. */
function openedAsWindows1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

/** UTF-8 text saved as Windows-1252 bytes, then read by the loader. */
function savedAsWindows1252(text: string): ReturnType<typeof decodeBytes> {
  const bytes = Uint8Array.from([...text].map((char) => (char === '©' ? 0xa9 : char.charCodeAt(0))));
  return decodeBytes(bytes);
}

function previousModel(files: Record<string, string>): DataModel {
  const { model, issues } = parseDataFiles(files, topologyText(), { today: TODAY });
  if (model === null) throw new Error(issues.map(formatIssue).join('\n'));
  return model;
}

describe('a LibreOffice round trip on the fixture files', () => {
  const original = toFiles(fixtureWithPrintedValues());
  const previous = previousModel(original);

  it('leaves the files valid, with one warning for each value that no longer reads as printed', () => {
    const result = parseDataFiles(libreOfficeRoundTrip(original), topologyText(), { today: TODAY, previous });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([
      'national_figures.csv:3:value: was "59,950", as the source printed it, and is now "59950" (a spreadsheet may have read it as a number); expected the value exactly as printed: put back "59,950"',
      'national_figures.csv:4:value: was "+382", as the source printed it, and is now "382" (a spreadsheet may have read it as a number); expected the value exactly as printed: put back "+382"',
      expect.stringMatching(/^national_figures\.csv:5:value: "01\/01\/22" looks like a date a spreadsheet rewrote \("January 2022" becomes "01\/01\/22"\)/),
    ]);
  });

  it('still warns about the number without the last version to compare with, from its own quote', () => {
    const result = parseDataFiles(libreOfficeRoundTrip(original), topologyText(), { today: TODAY });
    expect(result.warnings.map(formatIssue)).toEqual([
      expect.stringMatching(/^national_figures\.csv:3:value: "59950" is printed "59,950" in the figure's own quote/),
      expect.stringMatching(/^national_figures\.csv:5:value: "01\/01\/22" looks like a date/),
    ]);
  });

  it('refuses the file when the spreadsheet opened UTF-8 as Windows-1252 and saved it back', () => {
    const files = { ...original, 'sources.csv': openedAsWindows1252(original['sources.csv'] ?? '') };
    expect(parseDataFiles(files, topologyText(), { today: TODAY }).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^sources\.csv:3:attribution: contains "Â©", which is how "©" looks after a spreadsheet read a UTF-8 file as Windows-1252/),
    ]);
  });

  it('refuses the file saved as Windows-1252, naming the cell', () => {
    const decoded = savedAsWindows1252(original['sources.csv'] ?? '');
    expect(decoded.windows1252).toBe(true);
    const result = parseDataFiles({ ...original, 'sources.csv': decoded.text }, topologyText(), { today: TODAY, windows1252: new Set(['sources.csv']) });
    expect(result.issues.map(formatIssue)).toEqual([expect.stringMatching(/^sources\.csv:3:attribution: contains "©" saved as Windows-1252, not UTF-8/)]);
  });
});
