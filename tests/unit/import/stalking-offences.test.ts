import { describe, expect, it } from 'vitest';
import { createForceNameMatcher, normaliseForceName } from '../../../src/lib/data/force-names.ts';
import { parseStalkingOffenceTable, type StalkingTableOptions } from '../../../scripts/lib/stalking-offences.ts';

const match = createForceNameMatcher([
  { code: 'E23000034', name: 'City of London', onsName: 'London, City of', aliases: ['City of London Police'] },
  { code: 'E23000035', name: 'Devon and Cornwall', onsName: 'Devon & Cornwall', aliases: [] },
  { code: 'W15000004', name: 'Dyfed-Powys', onsName: 'Dyfed-Powys', aliases: ['Dyfed Powys'] },
]);

const OPTIONS: StalkingTableOptions = {
  file: 'fixture.csv',
  sourceId: 'S06',
  forceCodeFor: (name) => match(name)?.code,
  normaliseName: normaliseForceName,
  zerosMayBeSuppressed: false,
};

// The research extract's shape: the third party's column names and a territorial flag.
const EXTRACT_HEADER = 'FY,Financial Quarter,Force,Offence Description,Group,Offence Subgroup,Offence Code,n,territorial';
const extract = (...rows: string[]): string => [EXTRACT_HEADER, ...rows].join('\n');

describe('parseStalkingOffenceTable', () => {
  it('keeps 8Q rows of territorial forces, mapped to codes and sorted by force, year and quarter', () => {
    const text = extract(
      '2020/21,2,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,250,true',
      '2020/21,1,"London, City of",Stalking,Violence against the person,Stalking and harassment,8Q,3,true',
      '2019/20,4,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,0,true',
      '2020/21,1,Devon and Cornwall,Harassment,Violence against the person,Stalking and harassment,8L,900,true',
      '2020/21,1,British Transport Police,Stalking,Violence against the person,Stalking and harassment,8Q,9,false',
      '2020/21,1,Dyfed-Powys,Stalking,Violence against the person,Stalking and harassment,8Q,40,true',
    );
    expect(parseStalkingOffenceTable(text, OPTIONS)).toEqual([
      { forceCode: 'E23000034', financialYear: '2020/21', quarter: 1, offences: 3, mayBeSuppressed: false, sourceId: 'S06' },
      { forceCode: 'E23000035', financialYear: '2019/20', quarter: 4, offences: 0, mayBeSuppressed: false, sourceId: 'S06' },
      { forceCode: 'E23000035', financialYear: '2020/21', quarter: 2, offences: 250, mayBeSuppressed: false, sourceId: 'S06' },
      { forceCode: 'W15000004', financialYear: '2020/21', quarter: 1, offences: 40, mayBeSuppressed: false, sourceId: 'S06' },
    ]);
  });

  it("reads a table saved from the Home Office's own sheet: long column names, no territorial flag, BOM, CRLF, thousands separators", () => {
    const text = [
      '\uFEFFFinancial Year,Financial Quarter,Force Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences',
      '2025/26,1,Devon & Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,"1,234"',
      '2025/26,1,British Transport Police,Stalking,Violence against the person,Stalking and harassment,8Q,12',
      '2025/26,1,Action Fraud,Stalking,Violence against the person,Stalking and harassment,8Q,0',
      '2025/26,1,Dyfed Powys Police,Stalking,Violence against the person,Stalking and harassment,8q, 17 ',
      '',
    ].join('\r\n');
    expect(parseStalkingOffenceTable(text, OPTIONS)).toEqual([
      { forceCode: 'E23000035', financialYear: '2025/26', quarter: 1, offences: 1234, mayBeSuppressed: false, sourceId: 'S06' },
      { forceCode: 'W15000004', financialYear: '2025/26', quarter: 1, offences: 17, mayBeSuppressed: false, sourceId: 'S06' },
    ]);
  });

  it('flags every zero of a copy that wrote non-numeric counts as 0, and no other count', () => {
    const text = extract(
      '2014/15,1,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,0,true',
      '2014/15,2,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,4,true',
    );
    const flags = (zerosMayBeSuppressed: boolean) =>
      parseStalkingOffenceTable(text, { ...OPTIONS, zerosMayBeSuppressed }).map((row) => [row.offences, row.mayBeSuppressed]);
    expect(flags(true)).toEqual([[0, true], [4, false]]);
    expect(flags(false)).toEqual([[0, false], [4, false]]);
  });

  it('names every unknown force with its line instead of dropping it', () => {
    const text = extract(
      '2020/21,1,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,250,true',
      '2020/21,1,Kernow,Stalking,Violence against the person,Stalking and harassment,8Q,5,true',
      '2020/21,1,Greater Manchester,Stalking,Violence against the person,Stalking and harassment,8Q,500,true',
    );
    expect(() => parseStalkingOffenceTable(text, OPTIONS)).toThrow(/line 3: unknown force name "Kernow"[\s\S]*line 4: unknown force name "Greater Manchester"/);
  });

  it('refuses a count that is not a whole number rather than reading it as 0', () => {
    const text = extract(
      '2020/21,1,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,N/a,true',
      '2020/21,2,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,,true',
      '2020/21,3,Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,-4,true',
    );
    expect(() => parseStalkingOffenceTable(text, OPTIONS)).toThrow(/line 2: number of offences "N\/a"[\s\S]*line 3: number of offences ""[\s\S]*line 4: number of offences "-4"/);
  });

  it('refuses a duplicated quarter, a malformed year and a quarter outside 1 to 4', () => {
    const row = (fy: string, quarter: string): string =>
      `${fy},${quarter},Devon and Cornwall,Stalking,Violence against the person,Stalking and harassment,8Q,1,true`;
    expect(() => parseStalkingOffenceTable(extract(row('2020/21', '1'), row('2020/21', '1')), OPTIONS)).toThrow(
      /line 3: a second row for Devon and Cornwall 2020\/21 quarter 1/,
    );
    expect(() => parseStalkingOffenceTable(extract(row('2020/22', '1')), OPTIONS)).toThrow(/financial year "2020\/22" is not like 2020\/21/);
    expect(() => parseStalkingOffenceTable(extract(row('2020/21', '5')), OPTIONS)).toThrow(/financial quarter "5" is not 1, 2, 3 or 4/);
  });

  it('says which columns are missing', () => {
    expect(() => parseStalkingOffenceTable('Year,Force,Offence Code,Count\n2020/21,Dorset,8Q,1', OPTIONS)).toThrow(
      /fixture.csv: missing column "FY" or "Financial Year", "Financial Quarter", "n" or "Number of Offences"/,
    );
  });
});
