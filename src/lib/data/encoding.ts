// How a data file was saved, before its cells are read: the wrong encoding,
// the wrong delimiter or a spreadsheet instead of a CSV each get one message
// that says what happened and how to save the file so the site can read it.
import type { IssueList } from './issues.ts';

/** How to save a file from a spreadsheet so the site can read it. */
export const SAVE_AS_CSV = 'save it from the spreadsheet as "CSV UTF-8 (comma delimited)" (Excel) or "Text CSV" with character set UTF-8 and field delimiter "," (LibreOffice)';

const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/** The file's bytes as text, and whether they had to be read as Windows-1252 because they are not UTF-8. */
export interface DecodedFile {
  text: string;
  windows1252: boolean;
}

export function decodeBytes(bytes: Uint8Array): DecodedFile {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), windows1252: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), windows1252: true };
  }
}

/**
 * A problem that makes the whole file unreadable as CSV, or null: UTF-16, a
 * spreadsheet saved under a .csv name. Checked on the text so every caller,
 * tests included, gets the same message.
 */
export function unreadableText(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\u00D0\u00CF\u0011\u00E0') || text.startsWith('\uFFFD\uFFFD\u0011')) {
    return `is a spreadsheet file (Excel or LibreOffice) with a .csv name, not a CSV; ${SAVE_AS_CSV}`;
  }
  if (text.includes('\u0000')) {
    return `is saved as UTF-16 ("Unicode text"), which the site cannot read; ${SAVE_AS_CSV}`;
  }
  return null;
}

/** One message for a header split by semicolons or tabs (a spreadsheet set to another list separator), or null. */
export function wrongDelimiter(headerLine: string): string | null {
  const commas = headerLine.split(',').length;
  for (const [delimiter, name] of [[';', 'semicolons'], ['\t', 'tabs']] as const) {
    if (headerLine.split(delimiter).length > commas) {
      return `is separated by ${name}, not commas (a spreadsheet set to another list separator); ${SAVE_AS_CSV}`;
    }
  }
  return null;
}

/**
 * UTF-8 text that was read as Windows-1252 and saved again: "©" becomes "Â©",
 * "é" becomes "Ã©", a curly quote becomes "â€™".
 */
const MOJIBAKE = /Ã[\u00A0-\u00BF\u0152-\u2122]|Â[\u00A0-\u00BF]|â€.?/;

/** Checks one cell's text for damage done by encodings; adds an error at the cell. */
export function checkCellEncoding(raw: string, windows1252: boolean, add: (message: string) => void): void {
  const mojibake = MOJIBAKE.exec(raw);
  if (mojibake) {
    add(`contains "${mojibake[0]}", which is how ${originalOf(mojibake[0])} looks after a spreadsheet read a UTF-8 file as Windows-1252 and saved it again; expected the character itself: retype it and ${SAVE_AS_CSV}`);
    return;
  }
  // The whole file was Windows-1252; each cell with a character beyond ASCII was read by guesswork.
  const special = windows1252 ? /[^\u0000-\u007F]/.exec(raw) : null;
  if (special) {
    add(`contains "${special[0]}" saved as Windows-1252, not UTF-8, so other programs may show it as "\uFFFD"; ${SAVE_AS_CSV}`);
  }
}

/** The character mojibake stands for, when it can be decoded back. */
function originalOf(garbled: string): string {
  const bytes = Uint8Array.from([...garbled].map((char) => windows1252Byte(char)));
  try {
    return `"${new TextDecoder('utf-8', { fatal: true }).decode(bytes)}"`;
  } catch {
    return 'a character such as "©", "é" or a curly quote';
  }
}

function windows1252Byte(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  for (let byte = 0x80; byte < 0xa0; byte += 1) {
    if (new TextDecoder('windows-1252').decode(Uint8Array.of(byte)) === char) return byte;
  }
  return 0x3f;
}

/** Spreadsheets saved in the data folder, which the site never reads. */
export function checkFolderListing(names: readonly string[], issues: IssueList): void {
  for (const name of names) {
    if (!SPREADSHEET_EXTENSIONS.test(name)) continue;
    const csv = name.replace(SPREADSHEET_EXTENSIONS, '.csv');
    issues.add(name, 0, '', `is a spreadsheet, which the site does not read (it reads only ${csv === name ? 'CSV files' : csv}); ${SAVE_AS_CSV}, then remove the spreadsheet from the data folder`);
  }
}
