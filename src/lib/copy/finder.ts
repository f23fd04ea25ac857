// Words of the force finder (type-ahead and "use my location").


export const finderCopy = {
  heading: 'Find your force',
  intro: 'Type a town, city or district, or the name of a police force, or use your location.',
  inputLabel: 'Town, city or police force',
  placeholder: 'For example Brighton, Cardiff or the Met',
  listboxLabel: 'Matching forces and places',
  results: (count: number) =>
    count === 1
      ? '1 force matches. Press Enter to open its page.'
      : `${count} forces match. Use the up and down arrow keys to choose one, then press Enter.`,
  noResults: (query: string) =>
    `No force or place matches “${query}”. Check the spelling, try the county or a larger town nearby, or use your location.`,
  via: (alias: string) => `(${alias})`,
  /** After a place's name in the list: "Brighton (Sussex)". */
  placeForce: (force: string) => `(${force})`,
  /** Under the finder: where the place names come from. */
  placesCredit: 'Place names from GeoNames (CC BY 4.0).',
  allForces: (count: number) => `All ${count} forces, A to Z`,
  locate: 'Use my location',
  privacy: 'Your location is checked on this device and is never sent anywhere.',
  locating: 'Finding your location…',
  found: (force: string) => `You are in the ${force} police force area. Opening its page…`,
  outside:
    'That location is outside England and Wales, so it is not in any of the 43 police force areas covered here. Type a force name or choose one from the list instead.',
  denied:
    'Location permission was refused, so your force cannot be found from where you are. Type its name or choose it from the list instead.',
  unavailable: 'Your location could not be found just now. Try again, or type the force name.',
  areasFailed: 'The force areas could not be loaded. Try again, or type the force name.',
};
