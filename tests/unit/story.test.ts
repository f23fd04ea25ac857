// The home page's story view model: every number in its words comes from the
// data, so changing a value in the model changes the text; missing figures
// are never drawn or written as zero; the headline figures are the ones the
// data folder holds.

import { describe, expect, it } from 'vitest';
import { loadRealModel } from '../support/real-data.ts';
import type { DataModel } from '../../src/lib/data/types.ts';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { type Story, buildStory, printed, quarterName } from '../../src/lib/views/home.ts';

const model = loadRealModel();
const story = buildStory(model, computeMetrics(model));

/** The real data with one edit, as an editor would make it in a CSV. */
function storyAfter(edit: (copy: DataModel) => void): Story {
  const copy = structuredClone(model);
  edit(copy);
  return buildStory(copy, computeMetrics(copy));
}

function headline(from: Story, id: string) {
  const item = from.headlines.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`no headline ${id}`);
  return item;
}

const allText = (from: Story) =>
  [
    ...from.headlines.flatMap((item) => [item.value, item.label, item.period, item.detail ?? '']),
    from.lead.headline,
    from.lead.standfirst.text,
    ...Object.values(from.findings).map((finding) => finding ?? ''),
    ...[from.applications.paragraphs, from.rate.paragraphs, from.zeros.paragraphs, from.courtVsFoi.paragraphs, from.trend.paragraphs]
      .flat()
      .map((paragraph) => paragraph.text),
  ].join('\n');

describe('headline figures', () => {
  it('shows the national figures as their sources print them, arrows set properly', () => {
    expect(story.headlines.map((item) => item.value)).toEqual(['456', '82,385', 'about 80,000', '7', '26 of 43', '15', '23% → 11%', '427']);
  });

  it('puts the recorded offences over the court data’s quarters beside the ONS quote, each with its own period and source', () => {
    const recorded = headline(story, 'recorded-offences');
    const quoted = headline(story, 'ons_stalking_offences_first_year');
    expect(recorded).toMatchObject({ value: '82,385', period: 'Jan 2020 to Dec 2020', source: { id: 'S06' } });
    expect(quoted).toMatchObject({ value: 'about 80,000', period: 'Jan 2020 – Jan 2021', source: { id: 'S02' } });
    expect(story.headlines.indexOf(quoted)).toBe(story.headlines.indexOf(recorded) + 1);
  });

  it('totals the BBC FOI figures over the forces that replied, and names those that did not', () => {
    const totals = headline(story, 'foi-totals');
    expect(totals.value).toBe('427');
    expect(totals.label).toContain('294 of them granted (our sum of the figures of the 40 forces');
    expect(totals.detail).toBe('Lincolnshire and North Yorkshire did not reply and City of London is not in the data; none of them is counted as zero.');
    expect(totals.period).toBe('20 Jan 2020 to the date each force gave, between 30 Dec 2020 and 26 May 2021');
  });

  it('names the forces with no applications in the court data under the count', () => {
    expect(headline(story, 'forces_no_applications_first_year').detail).toBe(
      'Durham, Gwent, Humberside, South Wales, Suffolk, Thames Valley and Warwickshire.',
    );
  });

  it('links every headline to its source', () => {
    for (const item of story.headlines) expect(item.source.href).toMatch(/^(https:\/\/|#source-S\d+$)/);
  });
});

describe('text follows the data', () => {
  it('changing the court figure in national_figures.csv changes the card and the hero figure', () => {
    const edited = storyAfter((copy) => {
      copy.nationalFigures.find((figure) => figure.id === 'court_spos_issued_first_year')!.value = '512';
    });
    expect(headline(edited, 'court_spos_issued_first_year').value).toBe('512');
    expect(edited.lead.hero.value).toBe('512');
    expect(allText(edited)).not.toContain('456');
  });

  it('states the finding in the headline from the data: an editor’s change to a court zero changes it', () => {
    expect(story.lead.headline).toBe('Official data show seven police forces made no applications for Stalking Protection Orders in their first year');
    const edited = storyAfter((copy) => {
      const row = copy.figures.find((figure) => figure.datasetId === 'court-first-year' && figure.applications === 0)!;
      row.applications = 4;
    });
    expect(edited.lead.headline).toBe('Official data show six police forces made no applications for Stalking Protection Orders in their first year');
    expect(edited.findings.zeros).toMatch(/ of the six forces /);
  });

  it('titles each home chart with what it shows, from the data', () => {
    expect(story.findings.zeros).toBe('For four of the seven forces with no applications in official data, the forces’ own replies give a different figure');
    expect(story.findings.trend).toMatch(/^Police recorded [\d,]+ stalking offences in .+, against [\d,]+ in .+$/);
  });

  it('changing one force’s FOI figure changes the ranking text, the total and the chart', () => {
    const edited = storyAfter((copy) => {
      copy.figures.find((figure) => figure.datasetId === 'bbc-foi-2021' && figure.forceCode === 'E23000001')!.applications = 150;
    });
    expect(edited.applications.paragraphs[0]?.text).toContain('Metropolitan Police made the most applications: 150.');
    expect(headline(edited, 'foi-totals').value).toBe('454');
    expect(edited.applications.chart.render({ width: 640, idPrefix: 't' })).toContain('>150<');
  });

  it('changing a quarter of recorded offences changes the recorded total and the trend text', () => {
    const edited = storyAfter((copy) => {
      for (const row of copy.offences) if (row.forceCode === 'E23000001' && row.financialYear === '2020/21' && row.quarter === 1) row.offences += 1000;
    });
    expect(headline(edited, 'recorded-offences').value).toBe('83,385');
    expect(edited.trend.paragraphs[0]?.text).toContain('in 2020/21, 100,073');
  });

  it('a force that turns out to have made an application leaves the zero lists', () => {
    const edited = storyAfter((copy) => {
      copy.figures.find((figure) => figure.datasetId === 'bbc-foi-2021' && figure.forceCode === 'E23000012')!.applications = 4;
    });
    const text = edited.zeros.paragraphs.map((paragraph) => paragraph.text).join(' ');
    expect(text).toContain('three forces said they had made none: Dorset, Suffolk and Thames Valley.');
    expect(text).toContain('Humberside (0 in Court data, first year, 4 in BBC FOI 2021)');
  });

  it('leaves out a headline figure whose national figure an editor removed, and keeps the rest', () => {
    const copy = structuredClone(model);
    copy.nationalFigures = copy.nationalFigures.filter((figure) => figure.id !== 'granted_per_refused_first_year');
    const ids = buildStory(copy, computeMetrics(copy)).headlines.map((item) => item.id);
    expect(ids).not.toContain('granted_per_refused_first_year');
    expect(ids).toEqual(story.headlines.map((item) => item.id).filter((id) => id !== 'granted_per_refused_first_year'));
  });
});

describe('a partner story’s total against the per-force figures', () => {
  it('states both when the quoted England total differs from what the forces’ figures add up to', () => {
    const paragraph = story.applications.paragraphs[1];
    expect(paragraph?.text).toBe(
      'The forces’ own figures add up to 292 orders granted in England and 2 in Wales. The BBC’s partner stories gave 294 for England; the difference is not explained in the data.',
    );
    expect(paragraph?.sources.map((source) => source.id)).toEqual(['S01', 'S11']);
  });

  it('says nothing when they agree', () => {
    const edited = storyAfter((copy) => {
      copy.nationalFigures.find((figure) => figure.id === 'bbc_granted_england')!.value = '292';
    });
    expect(edited.applications.paragraphs).toHaveLength(1);
  });
});

describe('missing figures are never zero', () => {
  const missing = ['Lincolnshire', 'North Yorkshire', 'City of London'];

  it('lists the forces without a figure under both rankings, with their state', () => {
    for (const section of [story.applications, story.rate]) {
      expect(section.unavailable.map((force) => [force.name, force.text])).toEqual([
        ['City of London', 'Not covered'],
        ['Lincolnshire', 'No response'],
        ['North Yorkshire', 'No response'],
      ]);
    }
  });

  it('draws no bar or label for them in either ranking', () => {
    for (const chart of [story.applications.chart, story.rate.chart]) {
      const svg = chart.render({ width: 720, idPrefix: 'check' });
      for (const name of missing) expect(svg).not.toContain(`${name}:`);
      for (const name of missing) expect(svg).not.toContain(`>${name}<`);
    }
  });

  it('draws a national reference line only on the rate ranking', () => {
    expect(story.rate.chart.render({ width: 720, idPrefix: 'r' })).toContain('England and Wales: 4.0');
    expect(story.applications.chart.render({ width: 720, idPrefix: 'a' })).not.toContain('spo-chart__reference');
  });
});

describe('the forces that made no applications', () => {
  it('lists every force with a zero in any source, with the verdict of the sources that overlap', () => {
    expect(story.zeros.rows.map((row) => [row.force.name, row.verdict])).toEqual([
      ['Dorset', 'agree'],
      ['Durham', 'differ'],
      ['Gwent', 'differ'],
      ['Humberside', 'agree'],
      ['South Wales', 'differ'],
      ['Suffolk', 'agree'],
      ['Thames Valley', 'agree'],
      ['Warwickshire', 'differ'],
    ]);
  });

  it('sets the court data, the BBC FOI and the forces’ own sources side by side', () => {
    expect(story.zeros.columns.map((column) => column.id)).toEqual(['court-first-year', 'bbc-foi-2021', 'dorset-foi-2022', 'itv-calendar-2024']);
    const dorset = story.zeros.rows.find((row) => row.force.name === 'Dorset')!;
    expect(dorset.cells.map((entries) => entries.map((entry) => entry.text))).toEqual([['Not covered'], ['0'], ['0', '2'], ['Not covered']]);
    const gwent = story.zeros.rows.find((row) => row.force.name === 'Gwent')!;
    expect(gwent.cells[1]).toEqual([{ text: '7', state: 'value', period: '20 January 2020 to 30 December 2020' }]);
  });

});

describe('court data against police FOI', () => {
  it('describes where the two sources agree and differ, widest differences first', () => {
    expect(story.courtVsFoi.paragraphs[0]?.text).toBe(
      'Nine forces have a figure both in the court data, for January 2020 to January 2021 (first 12 months, court data), and in their own replies to the BBC, from 20 Jan 2020 to the date each force gave, between 30 Dec 2020 and 26 May 2021. ' +
        'The two agree for Humberside, Suffolk and Thames Valley. ' +
        'They differ for six forces, most widely for Metropolitan Police (133 in court data, 123 in its reply) and Warwickshire (0 in court data, 9 in its reply).',
    );
    expect(story.courtVsFoi.chart.description).toContain('Sussex (41 and 37)');
    expect(story.courtVsFoi.chart.description).toContain('Gwent (0 and 7)');
  });
});

describe('trend', () => {
  it('charts every national quarter from 2014/15 with SPOs’ start marked and the recording change quoted from its source', () => {
    const svg = story.trend.chart.render({ width: 720, idPrefix: 'trend' });
    expect(svg).toContain('SPOs introduced');
    expect(story.trend.chart.description).toMatch(/^Quarterly, Apr–Jun 2014 to /);
    expect(story.trend.recording).toEqual([
      {
        intro: 'On the rise in recorded stalking, the BBC Shared Data Unit reported:',
        quote: {
          text: 'The Home Office says the rise is linked to a change in the way stalking offences are recorded',
          source: { id: 'S10', publisher: 'BBC Shared Data Unit', href: 'https://stalkinglaws.github.io/getthedata' },
        },
      },
    ]);
  });
});

describe('citations', () => {
  it('cites at least one source for every paragraph, and lists every cited source once', () => {
    const paragraphs = [[story.lead.standfirst], story.applications.paragraphs, story.rate.paragraphs, story.zeros.paragraphs, story.courtVsFoi.paragraphs, story.trend.paragraphs].flat();
    for (const paragraph of paragraphs) expect(paragraph.sources.length, paragraph.text).toBeGreaterThan(0);
    const ids = story.sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['S01', 'S02', 'S06', 'S10']));
  });
});

describe('formatting', () => {
  it('printed() sets arrows, dashes and "year ending" without touching figures', () => {
    expect(printed('23% -> 11%')).toBe('23% → 11%');
    expect(printed('Jan 2020 - Jan 2021')).toBe('Jan 2020 – Jan 2021');
    expect(printed('y/e Mar 2016 -> y/e Mar 2020')).toBe('year ending Mar 2016 → year ending Mar 2020');
    expect(printed('-35% (310 fewer)')).toBe('-35% (310 fewer)');
  });

  it('quarterName() reads a financial quarter as its months', () => {
    expect(quarterName('2020-01-01', '2020-03-31')).toBe('Jan–Mar 2020');
    expect(quarterName('2025-10-01', '2025-12-31')).toBe('Oct–Dec 2025');
  });
});
