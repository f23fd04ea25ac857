// The headline sentence generator over every combination of states a force
// can be in: the main FOI source reported above zero, zero, with measures left
// unanswered, no response, not covered (with and without a row); court data
// reported above zero, zero, not covered, no response; and whether the two
// disagree. Built from synthetic models through the real metrics.
import { describe, expect, it } from 'vitest';
import type { DataModel, SpoDataset, SpoFigure } from '../../src/lib/data/types.ts';
import { headlineParagraphs, headlineSentences } from '../../src/lib/views/force.ts';
import { computeMetrics, headlineDataset } from '../../src/lib/metrics/index.ts';
import { periodPhrase } from '../../src/lib/copy/force.ts';
import { makeDataset, makeFigure, makeForce, noResponse } from './metrics/fixtures.ts';

const TARGET = makeForce('E23000008', 'Durham');
const FILLERS = [makeForce('E23000001', 'Alpha'), makeForce('E23000002', 'Bravo')];

const FOI = makeDataset({
  id: 'bbc-foi-2021', shortTitle: 'BBC FOI 2021', order: 2, role: 'headline',
  voice: {
    according: 'According to its reply to a Freedom of Information request from the BBC Shared Data Unit',
    noResponse: 'did not reply to the BBC Shared Data Unit’s Freedom of Information request about Stalking Protection Orders',
    notCovered: 'is not in the BBC Shared Data Unit’s Freedom of Information figures',
  },
});
const COURT = makeDataset({
  id: 'court-first-year', shortTitle: 'Court data, first year', order: 1, measures: ['applications'],
  voice: {
    according: 'According to official data reported by the Observer',
    noResponse: 'has no court figure reported by the Observer',
    notCovered: 'is not among the forces the Observer gave court figures for',
  },
});
const FOI_PERIOD = { periodStart: '2020-01-20', periodEnd: '2021-04-16', periodLabel: '20 January 2020 to 16 April 2021' };
const COURT_PERIOD = { periodStart: '2020-01-01', periodEnd: '2021-01-31', periodLabel: 'January 2020 to January 2021' };

type FoiState = 'positive' | 'zero' | 'not_stated' | 'no_response' | 'not_covered' | 'no_row';
type CourtState = 'positive' | 'zero' | 'matching' | 'no_response' | 'not_covered';

function foiRow(state: FoiState, forceCode = TARGET.code): SpoFigure[] {
  const base = { datasetId: FOI.id, forceCode, ...FOI_PERIOD };
  switch (state) {
    case 'positive':
      return [makeFigure({ ...base, applications: 3, granted: 2, refused: 0, pending: 1 })];
    case 'zero':
      return [makeFigure({ ...base, applications: 0, granted: 0, refused: 0, pending: 0 })];
    case 'not_stated':
      return [makeFigure({ ...base, applications: 13, granted: 13, refused: null, pending: null, notReported: ['refused', 'pending'] })];
    case 'no_response':
      return [noResponse(FOI.id, forceCode)];
    case 'not_covered':
      return [makeFigure({ ...base, status: 'not_covered', periodStart: null, periodEnd: null, periodLabel: 'Since 20 January 2020' })];
    case 'no_row':
      return [];
  }
}

function courtRow(state: CourtState, foiApplications: number | null): SpoFigure[] {
  const base = { datasetId: COURT.id, forceCode: TARGET.code, ...COURT_PERIOD };
  switch (state) {
    case 'positive':
      return [makeFigure({ ...base, applications: 41 })];
    case 'zero':
      return [makeFigure({ ...base, applications: 0 })];
    case 'matching':
      // The same number as the FOI figure, where it has one.
      return [makeFigure({ ...base, applications: foiApplications ?? 5 })];
    case 'no_response':
      return [makeFigure({ ...base, status: 'no_response' })];
    case 'not_covered':
      return [makeFigure({ ...base, status: 'not_covered' })];
  }
}

const FOI_APPLICATIONS: Record<FoiState, number | null> = { positive: 3, zero: 0, not_stated: 13, no_response: null, not_covered: null, no_row: null };

function paragraphsFor(foi: FoiState, court: CourtState, extra: { datasets?: SpoDataset[]; figures?: SpoFigure[] } = {}): string[][] {
  const model: DataModel = {
    forces: [TARGET, ...FILLERS],
    datasets: [COURT, FOI, ...(extra.datasets ?? [])],
    figures: [
      ...foiRow(foi),
      ...courtRow(court, FOI_APPLICATIONS[foi]),
      // The fillers make the FOI dataset the one with the most forces reported.
      ...FILLERS.flatMap((force) => [...foiRow('positive', force.code), makeFigure({ datasetId: COURT.id, forceCode: force.code, ...COURT_PERIOD, status: 'not_covered' })]),
      ...(extra.figures ?? []),
    ],
    offences: [],
    population: [],
    nationalFigures: [],
    statements: [],
    sources: [],
    boundaryCodes: [],
  };
  const metrics = computeMetrics(model);
  expect(headlineDataset(metrics.datasets).dataset.id).toBe(FOI.id);
  const input = {
    force: { code: TARGET.code, name: TARGET.name },
    datasets: metrics.datasets,
    comparisons: metrics.comparisons.comparable,
    attribution: () => 'Test Source',
  };
  expect(headlineSentences(input)).toEqual(headlineParagraphs(input).flat());
  return headlineParagraphs(input);
}

function headlineFor(foi: FoiState, court: CourtState, extra: { datasets?: SpoDataset[]; figures?: SpoFigure[] } = {}): string[] {
  return paragraphsFor(foi, court, extra).flat();
}

const FOI_STATES: FoiState[] = ['positive', 'zero', 'not_stated', 'no_response', 'not_covered', 'no_row'];
const COURT_STATES: CourtState[] = ['positive', 'zero', 'matching', 'no_response', 'not_covered'];
const combinations = FOI_STATES.flatMap((foi) => COURT_STATES.map((court) => [foi, court] as const));

const FOI_VOICE = 'According to its reply to a Freedom of Information request from the BBC Shared Data Unit';
const COURT_VOICE = 'According to official data reported by the Observer';

describe('headlineSentences, every state combination', () => {
  it.each(combinations)('FOI %s, court %s', (foi, court) => {
    const sentences = headlineFor(foi, court);
    const text = sentences.join(' ');
    const [lead = ''] = sentences;

    // Sentences are whole, and no missing value leaks through as a word or a zero.
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].*[.)]\.?$/);
    expect(text).not.toMatch(/null|undefined|NaN|\b0 Stalking Protection Orders/);

    // The lead sentence is always about the FOI source, and names the force.
    expect(lead).toContain('Durham');
    switch (foi) {
      case 'positive':
        expect(lead).toBe(`${FOI_VOICE}, Durham applied for 3 Stalking Protection Orders from 20 January 2020 to 16 April 2021.`);
        expect(sentences[1]).toBe('Of those, 2 were granted, none were refused and 1 was still pending.');
        break;
      case 'zero':
        expect(lead).toBe(`${FOI_VOICE}, Durham made no applications for Stalking Protection Orders from 20 January 2020 to 16 April 2021.`);
        expect(text).not.toContain('Of those');
        break;
      case 'not_stated':
        expect(lead).toContain('applied for 13 Stalking Protection Orders');
        expect(sentences[1]).toBe('Of those, 13 were granted.');
        expect(sentences[2]).toBe('It did not say how many were refused or pending.');
        break;
      case 'no_response':
        expect(lead).toBe(
          'Durham did not reply to the BBC Shared Data Unit’s Freedom of Information request about Stalking Protection Orders, so there is no figure from that source. That is not the same as zero.',
        );
        break;
      case 'not_covered':
      case 'no_row':
        expect(lead).toBe('Durham is not in the BBC Shared Data Unit’s Freedom of Information figures, so there is no figure from that source.');
        break;
    }

    // Court data appear only when they have a figure, with their own source and period.
    const courtSentence = sentences.find((sentence) => sentence.startsWith(COURT_VOICE));
    if (court === 'positive') {
      expect(courtSentence).toBe(`${COURT_VOICE}, Durham applied for 41 Stalking Protection Orders from January 2020 to January 2021.`);
    } else if (court === 'zero' || (court === 'matching' && FOI_APPLICATIONS[foi] === 0)) {
      expect(courtSentence).toBe(`${COURT_VOICE}, Durham made no applications for Stalking Protection Orders from January 2020 to January 2021.`);
    } else if (court === 'matching') {
      expect(courtSentence).toContain(`applied for ${FOI_APPLICATIONS[foi] ?? 5} Stalking Protection Orders`);
    } else {
      expect(courtSentence).toBeUndefined();
      expect(text).not.toContain('court');
    }

    // A disagreement is said plainly, with both numbers and both sources; agreement and one-sided figures are not.
    const foiValue = FOI_APPLICATIONS[foi];
    const courtValue = court === 'positive' ? 41 : court === 'zero' ? 0 : court === 'matching' ? (foiValue ?? 5) : null;
    const disagree = foiValue !== null && courtValue !== null && foiValue !== courtValue;
    const disagreement = sentences.find((sentence) => sentence.startsWith('Two sources give different figures'));
    if (disagree) {
      expect(disagreement).toBe(
        // The FOI period runs months past the court's: overlapping, not nested, so a difference and never a contradiction.
        `Two sources give different figures for periods that overlap but are not the same (Court data, first year: ${courtValue} applications; BBC FOI 2021: ${foiValue} applications). Neither period lies inside the other, so the figures need not contradict each other; both are shown.`,
      );
    } else {
      expect(disagreement).toBeUndefined();
    }
  });

  it('groups sentences into paragraphs: one per source, one per disagreement', () => {
    const paragraphs = paragraphsFor('positive', 'positive');
    expect(paragraphs.map((paragraph) => paragraph.length)).toEqual([2, 1, 1]);
    expect(paragraphs[0]?.[1]).toMatch(/^Of those/);
    expect(paragraphs[1]?.[0]).toMatch(/^According to official data/);
    expect(paragraphs[2]?.[0]).toMatch(/^Two sources give different figures/);
    expect(paragraphsFor('no_response', 'not_covered')).toHaveLength(1);
  });

  it('covers 30 combinations, including each disagreement case', () => {
    expect(combinations).toHaveLength(30);
    expect(headlineFor('positive', 'zero').some((s) => s.startsWith('Two sources give different figures'))).toBe(true);
    expect(headlineFor('zero', 'positive').some((s) => s.startsWith('Two sources give different figures'))).toBe(true);
    expect(headlineFor('positive', 'matching').some((s) => s.startsWith('Two sources give different figures'))).toBe(false);
  });
});

describe('headlineSentences, single-force sources', () => {
  const ownWords = (according: string) => ({ according, noResponse: '', notCovered: '' });
  const ITV = makeDataset({ id: 'itv-calendar-2024', shortTitle: 'ITV', scope: 'selected_forces', measures: ['applications', 'granted'], order: 6, voice: ownWords('According to figures obtained by ITV Calendar') });
  const DORSET = makeDataset({ id: 'dorset-foi-2022', shortTitle: 'Dorset FOI', scope: 'selected_forces', measures: ['applications'], order: 4, voice: ownWords('According to its reply to Freedom of Information request 2022-125') });
  const GRANTED_ONLY = makeDataset({ id: 'observer-thames-valley-2022', shortTitle: 'TV', scope: 'selected_forces', measures: ['granted'], order: 3, voice: ownWords('According to what the force told the Observer') });
  const UNKNOWN = makeDataset({ id: 'new-source-2030', shortTitle: 'New source 2030', scope: 'selected_forces', measures: ['applications'], order: 7 });

  it('adds a single-force source’s figure after the main source, even when the force did not reply to it', () => {
    const sentences = headlineFor('no_response', 'not_covered', {
      datasets: [ITV],
      figures: [makeFigure({ datasetId: ITV.id, forceCode: TARGET.code, periodStart: null, periodEnd: null, periodLabel: '2020 to 2023', applications: 42, granted: 19 })],
    });
    expect(sentences.slice(-2)).toEqual([
      'According to figures obtained by ITV Calendar, Durham applied for 42 Stalking Protection Orders from 2020 to 2023.',
      'Of those, 19 were granted.',
    ]);
  });

  it('uses the latest reported period of a source with several', () => {
    const sentences = headlineFor('zero', 'not_covered', {
      datasets: [DORSET],
      figures: [
        makeFigure({ datasetId: DORSET.id, forceCode: TARGET.code, periodStart: '2021-01-02', periodEnd: '2022-01-31', periodLabel: '2 January 2021 to 31 January 2022', applications: 2 }),
        makeFigure({ datasetId: DORSET.id, forceCode: TARGET.code, periodStart: '2020-01-01', periodEnd: '2021-01-01', periodLabel: 'earlier', applications: 0 }),
      ],
    });
    expect(sentences.at(-1)).toBe('According to its reply to Freedom of Information request 2022-125, Durham applied for 2 Stalking Protection Orders from 2 January 2021 to 31 January 2022.');
  });

  it('says "obtained" for a source that counts orders granted but not applications', () => {
    const sentences = headlineFor('positive', 'not_covered', {
      datasets: [GRANTED_ONLY],
      figures: [makeFigure({ datasetId: GRANTED_ONLY.id, forceCode: TARGET.code, periodLabel: 'January 2022', granted: 5 })],
    });
    expect(sentences.at(-1)).toBe('According to what the force told the Observer, Durham obtained 5 Stalking Protection Orders in January 2022.');
  });

  it('words the one outcome of a single application as "It was granted", not "Of those, 1 was granted"', () => {
    const sentences = headlineFor('positive', 'not_covered', {
      datasets: [ITV],
      figures: [makeFigure({ datasetId: ITV.id, forceCode: TARGET.code, periodLabel: '2020 to 2023', applications: 1, granted: 1 })],
    });
    expect(sentences.slice(-2)).toEqual(['According to figures obtained by ITV Calendar, Durham applied for 1 Stalking Protection Order from 2020 to 2023.', 'It was granted.']);
  });

  it('reads a period as a span, a start or a single month', () => {
    expect(periodPhrase('20 January 2020 to 4 May 2021')).toBe('from 20 January 2020 to 4 May 2021');
    expect(periodPhrase('January 2022')).toBe('in January 2022');
    expect(periodPhrase('Since 20 January 2020 (the force did not reply)')).toBe('since 20 January 2020 (the force did not reply)');
    expect(periodPhrase('Jan 2020 - Jan 2021')).toBe('over Jan 2020 - Jan 2021');
  });

  it('falls back to the source’s credit line for a dataset without its own wording', () => {
    const sentences = headlineFor('positive', 'not_covered', {
      datasets: [UNKNOWN],
      figures: [makeFigure({ datasetId: UNKNOWN.id, forceCode: TARGET.code, periodLabel: '2030', applications: 1 })],
    });
    expect(sentences.at(-1)).toBe('According to Test Source, Durham applied for 1 Stalking Protection Order in 2030.');
  });

  it('leaves out a single-force source whose only row is not a reported figure', () => {
    const sentences = headlineFor('positive', 'not_covered', { datasets: [ITV], figures: [noResponse(ITV.id, TARGET.code)] });
    expect(sentences.join(' ')).not.toContain('ITV');
  });
});
