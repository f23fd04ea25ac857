// Words of the methodology page.

import { countWord, listNames } from './common.ts';
import { type ComparedClaim, conflictReason } from './force.ts';

export const methodologyCopy = {
  title: 'Sources, definitions and caveats',
  intro:
    'Where every figure on this site comes from, what it counts and what it does not. Numbers are shown as their sources give them: nothing is estimated, a missing figure is never shown as zero, and sources that disagree are shown side by side.',
  contents: 'On this page',
  sourcesHeading: 'Sources',
  publisherLabel: 'Publisher',
  dateLabel: 'Date',
  licenceLabel: 'Licence',
  linkLabel: 'Link',
  noLink: 'No public web address is known.',
  notesLabel: 'Notes',
  datasetsHeading: 'The collections of SPO figures',
  datasetsIntro: 'Each collection comes from one source, counts in its own way and covers its own period.',
  countsLabel: 'What it counts',
  coverageLabel: 'Coverage',
  coverage: { all_forces: 'Every force has a row (with its state when there is no figure)', selected_forces: 'Only the forces the source names' },
  definitionsHeading: 'What the terms mean',
  definitions: [
    {
      term: 'Application',
      definition:
        'A police force asks a magistrates’ court to make a Stalking Protection Order against someone. Sources count applications differently: court records may count an interim and a full application for the same person separately.',
    },
    {
      term: 'Order granted',
      definition: 'The court made the order. Breaking a Stalking Protection Order is a criminal offence.',
    },
    {
      term: 'Interim order',
      definition:
        'A temporary order a court can make while it decides a full application, to protect the victim in the meantime. Some sources count interim and full orders together.',
    },
    { term: 'Refused', definition: 'The court decided not to make the order. The BBC data call this “rejected”.' },
    {
      term: 'Pending',
      definition: 'The application had not been decided by the date the force gave its figures. The BBC data call this “not yet heard”.',
    },
  ],
  statesHeading: 'Zero, no response and not covered',
  statesIntro: 'A figure can be in one of these states, and the site never shows one as another:',
  zeroTerm: 'Zero (0)',
  zeroDefinition: 'The source reports that there were none. This is a real figure.',
  windowsHeading: 'Applications per 1,000 recorded stalking offences',
  windowsIntro: (graceDays: number) =>
    `A rate divides a force’s applications by the stalking offences it recorded over the same time. Recorded offences come in financial quarters, so each force’s period is matched to whole quarters: from the quarter in which its period starts to the last quarter that ends no more than ${countWord(graceDays)} days after its period ends. If any quarter is missing, no rate is given.`,
  windowsCaption: (dataset: string) => `Quarters of recorded offences matched to each force’s figures (${dataset})`,
  windowsColumns: { force: 'Force', period: 'Figures cover', window: 'Offences counted', offences: 'Offences', applications: 'Applications', rate: 'Per 1,000 offences' },
  conflictsHeading: 'Where sources disagree',
  conflictsIntro:
    'For these forces, two sources give different figures (applications, orders granted or refused) for periods that overlap or lie one inside the other. Both are shown wherever the force appears; neither is preferred. They contradict each other only where the periods are the same or one lies inside the other and the shorter period holds more than the longer one allows.',
  conflictsCaption: 'Forces for which two sources give different figures',
  conflictsColumns: { force: 'Force', source: 'Source', counts: 'Figures', period: 'Period', verdict: 'What the difference means' },
  /** "Contradict: …" or why a difference is not a contradiction. */
  conflictVerdict: (claim: ComparedClaim, names: readonly [string, string]) =>
    claim.contradiction
      ? `They contradict each other: ${listNames([...new Set(claim.conflicts.map((conflict) => conflictReason(conflict, names)))])}.`
      : claim.relation === 'nested'
        ? 'Not a contradiction: one period lies inside the other, so the longer one can hold more.'
        : 'Not a contradiction: the periods overlap but neither lies inside the other.',
  updatesHeading: 'Updates',
  dataUpdated: (date: string, source: string) => `Data last updated: ${date}, the date of the newest source (${source}).`,
  built: (date: string) => `Site built: ${date}.`,
  downloadsHeading: 'Download the data',
  downloadsIntro:
    'Every table the site is built from, as CSV. A blank cell means the figure was not given, never zero; the status column says why.',
};
