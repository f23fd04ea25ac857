// Words of the /forces/ table.


export const forcesIndex = {
  title: 'All police forces',
  description:
    'Stalking Protection Order figures and recorded stalking for all 43 police forces in England and Wales, side by side and sortable, with every gap shown.',
  standfirst:
    'Every police force in England and Wales, with its Stalking Protection Order figures and recorded stalking. Select a column heading to sort. Forces without a figure always sort last: no response and not covered are not zero.',
  tableCaption: 'Stalking Protection Orders and recorded stalking, all 43 forces',
  forceColumn: 'Force',
  offencesColumn: 'Recorded stalking offences',
  caveatMarker: '*',
};
