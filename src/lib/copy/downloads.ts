// Words of the downloads and the data dictionary.

export const downloadsCopy = {
  heading: 'Download the data',
  intro:
    'The full dataset the site is built from, checked before every build. A blank cell means the figure was not given: it is never zero. The status column says whether a force reported a figure (0 is a real zero), did not respond, or is not covered by the source.',
  dictionaryDescription: 'What every file and column in the downloads means.',
  /** The dictionary's entry for every file: what the leading apostrophe on some text cells is. */
  everyFile: '(every file)',
  formulaGuard:
    'A text cell that begins with =, +, - or @ is written with an apostrophe (\') in front, so that a spreadsheet shows it as text instead of running it as a formula. The apostrophe is not part of the value: the data reads the same without it (a cell written \'+5 holds +5).',
};
