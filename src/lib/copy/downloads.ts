// Words of the downloads and the data dictionary.


export const downloadsCopy = {
  heading: 'Download the data',
  intro:
    'The full dataset the site is built from, checked before every build. A blank cell means the figure was not given: it is never zero. The status column says whether a force reported a figure (0 is a real zero), did not respond, or is not covered by the source.',
  dictionaryDescription: 'What every file and column in the downloads means.',
};
