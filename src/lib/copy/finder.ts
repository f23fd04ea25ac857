// Words of the force finder (type-ahead and "use my location").


export const finderCopy = {
  heading: 'Find your force',
  intro: 'Type the name of a police force or the area it covers, or use your location.',
  inputLabel: 'Police force or area',
  placeholder: 'For example Durham or the Met',
  listboxLabel: 'Matching forces',
  results: (count: number) =>
    count === 1
      ? '1 force matches. Press Enter to open its page.'
      : `${count} forces match. Use the up and down arrow keys to choose one, then press Enter.`,
  noResults: (query: string) =>
    `No force matches “${query}”. Check the spelling, choose from the list of all forces, or use your location.`,
  via: (alias: string) => `(${alias})`,
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
