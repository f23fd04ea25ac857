// The map's view model on the project's own data: each measure's states,
// classes, wording, ranks and summary come from the metrics, and nothing
// missing is ever drawn, sorted or described as zero.
import { describe, expect, it } from 'vitest';
import { loadRealModel } from '../support/real-data.ts';
import { mapMetricCopy } from '../../src/lib/copy/map.ts';
import { MIN_DECISIONS, computeMetrics } from '../../src/lib/metrics/index.ts';
import { DEFAULT_MAP_METRIC, type MapForceView, type MapView, buildMapViews, formatValue, mapStateOf, summarise } from '../../src/lib/views/map.ts';
import { type MapMetricId, mapPath } from '../../src/lib/views/routes.ts';

const model = loadRealModel();
const metrics = computeMetrics(model);
const views = buildMapViews(model, metrics);

function view(id: MapMetricId): MapView {
  const found = views.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no view ${id}`);
  return found;
}

function force(mapView: MapView, name: string): MapForceView {
  const found = mapView.forces.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no ${name} in ${mapView.id}`);
  return found;
}

const namesWhere = (mapView: MapView, state: string) =>
  mapView.forces.filter((entry) => entry.state === state).map((entry) => entry.name).sort();

describe('every map measure', () => {
  it('comes in switcher order with the default first and its own page per layout', () => {
    const rounds = metrics.applicationRounds.map(({ dataset }) => dataset.id);
    expect(views[0]?.id).toBe(DEFAULT_MAP_METRIC);
    expect(views.map((mapView) => mapView.id)).toEqual([
      'applications-per-offences', 'applications', 'grant-rate',
      ...rounds.slice(1).flatMap((id) => [`${id}-applications-per-offences`, id]),
      'offences-per-residents',
    ]);
    expect(DEFAULT_MAP_METRIC).toBe('applications-per-offences');
    expect(mapPath('grant-rate', 'geo')).toBe('/map/grant-rate/');
    expect(mapPath('grant-rate', 'tiles')).toBe('/map/grant-rate/tiles/');
  });

  for (const mapView of views) {
    describe(mapView.id, () => {
      it('has one datum, panel and table row per force, with the area in model order', () => {
        expect(mapView.areas.map((area) => area.code)).toEqual(model.forces.map((entry) => entry.code));
        expect(new Set(mapView.forces.map((entry) => entry.code)).size).toBe(model.forces.length);
      });

      it('never gives a missing figure a number, a class or a rank', () => {
        for (const area of mapView.areas) {
          const entry = mapView.forces.find((candidate) => candidate.code === area.code) as MapForceView;
          expect(entry.state).toBe(area.state);
          if (area.state === 'value') {
            expect(area.value).toBeGreaterThan(0);
            expect(area.classIndex).not.toBeNull();
          } else if (area.state === 'zero') {
            expect(area.value).toBe(0);
            expect(entry.sortValue).toBe(0);
          } else if (entry.unranked?.reason === 'too_few_decisions') {
            // A rate on too few decisions keeps its number in words but gets no colour class and no rank.
            expect(area.value).toBeNull();
            expect(area.classIndex).toBeNull();
            expect(entry.rank).toBeNull();
            expect(entry.valueText).toMatch(/too few decisions to compare \(\d+ decided\)/);
          } else {
            expect(area.value).toBeNull();
            expect(entry.sortValue).toBeNull();
            expect(entry.rank).toBeNull();
            expect(entry.valueText).not.toMatch(/\d/);
          }
        }
      });

      it('lists the table highest first, with every force without a figure after every number', () => {
        const values = mapView.forces.map((entry) => entry.sortValue);
        const firstMissing = values.indexOf(null);
        const numbers = (firstMissing === -1 ? values : values.slice(0, firstMissing)) as number[];
        expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
        if (firstMissing !== -1) expect(values.slice(firstMissing).every((value) => value === null)).toBe(true);
        // Forces with a number are ranked unless a guard kept them out, with its reason.
        expect(mapView.rankedCount).toBe(numbers.length - mapView.forces.filter((entry) => entry.unranked !== null).length);
      });

      it('names every force without a figure in the summary', () => {
        for (const entry of mapView.forces.filter((candidate) => candidate.sortValue === null)) {
          const listed = mapView.summary.includes(entry.name);
          const counted = /the other \d+ forces|\d+ forces \(/.test(mapView.summary);
          expect(listed || counted, `${entry.name} in "${mapView.summary}"`).toBe(true);
        }
      });

      it('has a legend class for every class index used', () => {
        const used = new Set(mapView.areas.flatMap((area) => (area.classIndex === null ? [] : [area.classIndex])));
        expect([...used].sort()).toEqual(mapView.classes.map((_, i) => i));
      });
    });
  }
});

describe('applications per 1,000 offences (the default)', () => {
  const rate = view('applications-per-offences');

  it('shows the four forces that applied for none as real zeros, named in the summary from the data', () => {
    const zeroNames = metrics.datasetById.get('bbc-foi-2021')!.zeroApplications.map((entry) => entry.name).sort();
    expect(zeroNames.length).toBeGreaterThan(0);
    expect(namesWhere(rate, 'zero')).toEqual(zeroNames);
    expect(rate.summary).toContain(`${zeroNames.length} forces made no applications:`);
    for (const name of zeroNames) {
      expect(force(rate, name).valueText).toBe('No applications');
      expect(rate.summary).toContain(name);
    }
  });

  it('keeps no response and not covered apart from zero and from each other', () => {
    expect(namesWhere(rate, 'no_response')).toEqual(['Lincolnshire', 'North Yorkshire']);
    expect(namesWhere(rate, 'not_covered')).toEqual(['City of London']);
    expect(force(rate, 'Lincolnshire').valueText).toBe('No response');
    expect(force(rate, 'Lincolnshire').stateText).toContain('not zero');
    expect(rate.summary).toContain('Lincolnshire and North Yorkshire did not respond');
  });

  it('ranks among forces with figures, ties marked with "="', () => {
    expect(force(rate, 'Surrey').rankText).toBe('1st of 40 forces with figures');
    expect(force(rate, 'Surrey').valueText).toBe('36.8 per 1,000 offences');
    // The table's column heading names the unit, so its cells do not repeat it.
    expect(force(rate, 'Surrey').cellText).toBe('36.8');
    expect(force(rate, 'Dorset').cellText).toBe('No applications');
    expect(force(rate, 'Dorset').rankText).toBe('=37th of 40 forces with figures');
    expect(force(rate, 'Dorset').rankShort).toBe('=37th');
    expect(force(rate, 'City of London').rankText).toBe('Not ranked: no figure');
    expect(rate.summary).toContain('Highest: Surrey, 36.8 per 1,000 offences.');
    // Five forces print "0.5": they share the lowest value as displayed.
    expect(rate.summary).toContain('Lowest above zero: 5 forces, 0.5 per 1,000 offences.');
  });

  it('gives each force its own period, the offences matched, the source and the national figure', () => {
    const met = force(rate, 'Metropolitan Police');
    expect(met.period).toBe('20 January 2020 to 12 May 2021');
    expect(rate.sharedPeriod).toBeNull();
    expect(met.detail).toBe('Offences matched: Jan 2020 to Mar 2021, 8,606 offences.');
    expect(met.announcement).toBe('Metropolitan Police: 14.3 per 1,000 offences. 4th of 40 forces with figures.');
    expect(rate.sources.map((source) => source.id)).toEqual(['S01', 'S06']);
    expect(rate.sources[0]?.label).toBe('BBC FOI 2021 (BBC Shared Data Unit)');
    expect(rate.national).toBe('England and Wales (the 40 forces with figures together): 4.0 per 1,000 offences.');
  });
});

describe('applications (count)', () => {
  const counts = view('applications');

  it('labels whole-number classes and counts with their unit', () => {
    expect(counts.classes.at(-1)).toMatch(/ or more$/);
    expect(force(counts, 'Metropolitan Police').valueText).toBe('123 applications');
    expect(force(counts, 'Cleveland').valueText).toBe('1 application');
    expect(counts.national).toBe('Our sum of the 40 forces’ own figures: 427 applications.');
  });
});

describe('grant rate', () => {
  const grant = view('grant-rate');

  it('shows a 0% grant rate as a real zero and a rate that cannot be worked out as no figure', () => {
    // Gwent's 0% stands on one decision: too few to colour or rank.
    expect(force(grant, 'Gwent').state).toBe('no_data');
    expect(force(grant, 'Gwent').valueText).toBe('None granted; too few decisions to compare (1 decided)');
    expect(force(grant, 'Gwent').cellText).toBe('None granted; too few decisions to compare (1 decided)');
    expect(force(grant, 'Gwent').rank).toBeNull();
    expect(force(grant, 'South Wales').state).toBe('no_data');
    expect(force(grant, 'South Wales').valueText).toBe('No decisions yet');
    expect(force(grant, 'Nottinghamshire').valueText).toBe('Not stated');
    // The key says why a force with a rate is uncoloured: too few decisions, naming the minimum the metrics hold to.
    expect(grant.stateLabels.no_data).toMatch(new RegExp(`too few decisions to compare \\(under ${MIN_DECISIONS}\\)`, 'i'));
  });

  it('says a force that made no applications has no grant rate, not a rate of zero', () => {
    const dorset = force(grant, 'Dorset');
    expect(dorset.state).toBe('no_data');
    expect(dorset.valueText).toBe('No applications');
    expect(dorset.stateText).toContain('not a rate of zero');
  });

  it('reads a top class holding only 100% as "100%", not "100% or more"', () => {
    expect(grant.classes.at(-1)).toBe('100%');
    expect(force(grant, 'Kent').valueText).toBe('100% granted');
    expect(force(grant, 'Kent').cellText).toBe('100%');
    expect(grant.summary).toMatch(/Highest: \d+ forces, 100% granted\./);
  });
});

describe('a round other than the headline (court data, first year)', () => {
  const court = view('court-first-year');
  const courtDataset = metrics.datasetById.get('court-first-year')?.dataset;

  it('is named by its round in the switcher and the heading, and says what it counts', () => {
    expect(court.copy.short).toBe(`${courtDataset?.shortTitle}: ${mapMetricCopy.applications.short}`);
    expect(court.label).toContain(courtDataset?.shortTitle);
    expect(court.copy.about).toContain(courtDataset?.basis);
    expect(view('court-first-year-applications-per-offences').label).toContain(courtDataset?.shortTitle);
  });

  it('draws zero, not covered and the reported figures apart, with only the states the round has in the legend', () => {
    expect(namesWhere(court, 'value')).toEqual(['Metropolitan Police', 'Sussex']);
    expect(force(court, 'Metropolitan Police').valueText).toBe('133 applications');
    expect(namesWhere(court, 'zero')).toHaveLength(7);
    expect(namesWhere(court, 'not_covered')).toHaveLength(34);
    expect(force(court, 'Kent').valueText).toBe('Not covered');
    expect(court.legendStates).not.toContain('no_response');
    // One period for all 43: the table says it once, and has no rank column for a source that names only some forces.
    expect(court.sharedPeriod).toBe(force(court, 'Kent').period);
    expect(court.rankedCount).toBe(0);
  });

  it('names the seven zero forces and counts the others in the summary', () => {
    for (const name of namesWhere(court, 'zero')) expect(court.summary).toContain(name);
    expect(court.summary).toContain('7 forces made no applications');
    expect(court.sources.map((source) => source.id)).toEqual(['S02']);
    expect(court.sources[0]?.url).toBeNull();
  });

  it('keeps the source’s note on a force', () => {
    expect(force(court, 'Metropolitan Police').note).toContain('may include City of London');
  });
});

describe('recorded stalking per 1,000 residents', () => {
  const residents = view('offences-per-residents');

  it('names the financial year and flags City of London’s small resident population everywhere it is shown', () => {
    expect(residents.label).toBe('Recorded stalking offences per 1,000 residents, 2024/25');
    const city = force(residents, 'City of London');
    expect(city.state).toBe('value');
    expect(city.caveat).toContain('daytime population');
    expect(residents.forces.filter((entry) => entry.caveat !== null).map((entry) => entry.name)).toEqual(['City of London']);
    expect(residents.summary).toContain('City of London: read with care');
    expect(residents.summary).toContain('All 43 forces have a figure.');
    expect(residents.summary).toMatch(/Lowest: \w+/);
    expect(residents.sources.map((source) => source.id)).toEqual(['S06', 'S07']);
  });
});

describe('formatValue', () => {
  it('never prints a positive value as zero', () => {
    expect(formatValue(',.1f', 0.04)).toBe('under 0.1');
    expect(formatValue('.0%', 0.004)).toBe('under 1%');
    // A real zero reads "0" with every formatter on the site, never a rounded "0.0".
    expect(formatValue(',.1f', 0)).toBe('0');
    expect(formatValue(',d', 1234)).toBe('1,234');
  });
});

describe('mapStateOf', () => {
  it('maps each kind of value to its own state', () => {
    expect(mapStateOf({ value: 3, missing: null })).toBe('value');
    expect(mapStateOf({ value: 0, missing: null })).toBe('zero');
    expect(mapStateOf({ value: null, missing: 'no_response' })).toBe('no_response');
    expect(mapStateOf({ value: null, missing: 'not_covered' })).toBe('not_covered');
    expect(mapStateOf({ value: null, missing: 'no_decisions' })).toBe('no_data');
    expect(mapStateOf({ value: null, missing: 'incomplete_offences' })).toBe('no_data');
  });
});

describe('summarise', () => {
  const entry = (name: string, state: MapForceView['state'], sortValue: number | null, valueText: string): MapForceView => ({
    code: name,
    name,
    href: `/forces/${name}/`,
    state,
    valueText,
    cellText: valueText,
    sortValue,
    stateText: '',
    rank: null,
    rankText: '',
    rankShort: '',
    period: '',
    detail: null,
    note: null,
    caveat: null,
    unranked: null,
    announcement: '',
  });
  const copy = mapMetricCopy.applications;

  it('counts tied extremes instead of listing many names, and leaves out absent states', () => {
    const forces = [
      ...['A', 'B', 'C', 'D'].map((name) => entry(name, 'value', 5, '5 applications')),
      entry('E', 'value', 2, '2 applications'),
    ];
    const extremes = { highest: { names: ['A', 'B', 'C', 'D'], text: '5 applications' }, lowest: { names: ['E'], text: '2 applications' }, aboveZero: false };
    expect(summarise(forces, copy, extremes, { withValue: 5, of: 5 })).toBe('All 5 forces have a figure. Highest: 4 forces, 5 applications. Lowest: E, 2 applications.');
  });

  it('claims no extreme when metrics refused them (a named selection)', () => {
    const forces = [entry('A', 'value', 133, '133 applications'), entry('B', 'value', 41, '41 applications'), entry('C', 'not_covered', null, 'Not published')];
    const summary = summarise(forces, copy, null, { withValue: 2, of: 3 });
    expect(summary).not.toMatch(/Highest|Lowest/);
  });

  it('says "lowest above zero" when there are zeros, and one zero force in the singular', () => {
    const forces = [entry('A', 'value', 5, '5 applications'), entry('B', 'value', 1, '1 application'), entry('C', 'zero', 0, 'No applications')];
    const extremes = { highest: { names: ['A'], text: '5 applications' }, lowest: { names: ['B'], text: '1 application' }, aboveZero: true };
    expect(summarise(forces, copy, extremes, { withValue: 3, of: 3 })).toBe(
      'All 3 forces have a figure. Highest: A, 5 applications. Lowest above zero: B, 1 application. One force made no applications: C.',
    );
  });
});
