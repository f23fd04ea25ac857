// What a force's card (embed and picture) says, on small synthetic data: its
// finding is worded from the claim metrics allows, and where two sources give
// it different counts, the card and its picture both say so, with each
// source's months, and call it a contradiction only where the periods nest.
import { describe, expect, it } from 'vitest';
import { cardFinding } from '../../../src/lib/copy/embed.ts';
import type { Source } from '../../../src/lib/data/types.ts';
import { shareCardSvg } from '../../../src/lib/downloads/share-card.ts';
import { forceShareCard } from '../../../src/lib/downloads/share-cards.ts';
import { computeMetrics, forceFinding, headlineDataset } from '../../../src/lib/metrics/index.ts';
import { forceDisagreements } from '../../../src/lib/views/force-card.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel } from '../metrics/fixtures.ts';

const source = (id: string, attribution: string): Source => ({ id, title: attribution, publisher: attribution, date: '2021', url: '', licence: 'Test licence', attribution, notes: '' });

// Court-style counts over January 2020 to January 2021, and the forces' own over periods of their own.
const COURT = makeDataset({ id: 'court', sourceId: 'S02', shortTitle: 'Court data', measures: ['applications'], order: 1, coverage: 'selection' });
const FOI = makeDataset({ id: 'foi', sourceId: 'S01', shortTitle: 'FOI replies', measures: ['applications'], order: 2, role: 'headline' });
const court = (forceCode: string, applications: number) =>
  makeFigure({ datasetId: 'court', forceCode, applications, periodStart: '2020-01-01', periodEnd: '2021-01-31', periodLabel: 'January 2020 to January 2021' });
const foi = (forceCode: string, applications: number, periodEnd: string) =>
  makeFigure({ datasetId: 'foi', forceCode, applications, periodStart: '2020-01-20', periodEnd, periodLabel: `20 January 2020 to ${periodEnd}` });

const model = makeModel({
  datasets: [COURT, FOI],
  figures: [
    // Alpha: 7 in a period inside the court's, which counts 0: a contradiction.
    court(ALPHA.code, 0), foi(ALPHA.code, 7, '2020-12-30'),
    // Bravo: 3 over a period running past the court's: they differ, without contradicting.
    court(BRAVO.code, 0), foi(BRAVO.code, 3, '2021-04-16'),
    // Charlie: none in either.
    court(CHARLIE.code, 0), foi(CHARLIE.code, 0, '2021-04-30'),
  ],
  sources: [source('S01', 'Test FOI'), source('S02', 'Test court'), source('S06', 'Home Office')],
});
const metrics = computeMetrics(model);
const context = { model, metrics, host: 'example.org' };

describe('a force’s card when its sources disagree', () => {
  it('calls nested periods with the larger count inside a contradiction, with both periods and counts', () => {
    const [sentence, ...rest] = forceDisagreements(metrics, ALPHA.code);
    expect(rest).toEqual([]);
    expect(sentence).toMatch(/^Sources contradict each other/);
    expect(sentence).toContain('(Jan 2020 to Jan 2021): 0 applications');
    expect(sentence).toContain('(Jan 2020 to Dec 2020): 7 applications');
  });

  it('says overlapping periods differ without contradicting', () => {
    const [sentence] = forceDisagreements(metrics, BRAVO.code);
    expect(sentence).not.toMatch(/^Sources contradict/);
    expect(sentence).toMatch(/need not contradict/);
    expect(sentence).toContain('(Jan 2020 to Apr 2021): 3 applications');
  });

  it('says nothing where the sources agree', () => {
    expect(forceDisagreements(metrics, CHARLIE.code)).toEqual([]);
  });

  it('puts the same caveat on the card’s picture, and none where the sources agree', () => {
    const [sentence] = forceDisagreements(metrics, ALPHA.code);
    const card = forceShareCard(context, model.forces.find((force) => force.code === ALPHA.code)!);
    expect(card.note).toBe(sentence);
    const svg = shareCardSvg(card);
    expect(svg).toContain('Sources contradict each other');
    expect(svg).not.toContain('…');
    expect(forceShareCard(context, model.forces.find((force) => force.code === CHARLIE.code)!).note).toBeUndefined();
  });
});

describe('a force’s finding', () => {
  const voice = { according: 'According to its reply', noResponse: 'did not reply', notCovered: 'is not covered' };
  const finding = (code: string) => forceFinding(headlineDataset(metrics.datasets), metrics.forces.find((force) => force.code === code)!);

  it('words only the claim metrics allows: the most, a rank, or one of the forces that made none', () => {
    expect(cardFinding(finding(ALPHA.code), voice, 'Jan 2020 to Dec 2020')).toBe(
      'According to its reply, Alpha applied for 7 Stalking Protection Orders from Jan 2020 to Dec 2020, the most of the 3 forces with figures.',
    );
    expect(cardFinding(finding(BRAVO.code), voice, 'Jan 2020 to Apr 2021')).toBe(
      'According to its reply, Bravo applied for 3 Stalking Protection Orders from Jan 2020 to Apr 2021: 2nd of the 3 forces with figures.',
    );
    expect(cardFinding(finding(CHARLIE.code), voice, 'Jan 2020 to Apr 2021')).toBe(
      'According to its reply, Charlie made no applications for Stalking Protection Orders from Jan 2020 to Apr 2021, the only one of the 3 forces with figures to make none.',
    );
  });
});
