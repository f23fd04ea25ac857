// "Use my location": asks the browser for the reader's position only when the
// button is pressed, finds the force area containing it with the point-in-
// polygon test in ../lib/geo, and opens that force's page (or, in the
// finder on /embed/, its kit). The position never
// leaves the device: the only request is for the site's own area file.
import { finderDestination, finderHref } from '../lib/views/routes.ts';
import { finderCopy } from '../lib/copy/finder.ts';
import { type AreaFile, type LocatedArea, decodeAreaFile } from '../lib/geo/area-file.ts';
import { areaContaining } from '../lib/geo/point-in-polygon.ts';

let areas: Promise<LocatedArea[]> | null = null;

function loadAreas(url: string): Promise<LocatedArea[]> {
  areas ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<AreaFile>;
    })
    .then(decodeAreaFile)
    .catch((error: unknown) => {
      areas = null;
      throw error;
    });
  return areas;
}

function position(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 }));
}

function isPositionError(error: unknown): error is GeolocationPositionError {
  return typeof error === 'object' && error !== null && 'code' in error && 'PERMISSION_DENIED' in error;
}

function enhance(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-locate-button]');
  const status = root.querySelector<HTMLElement>('[data-locate-status]');
  const url = root.dataset['locateAreas'];
  const destination = finderDestination(root.closest<HTMLElement>('[data-finder]')?.dataset['finderDestination']);
  if (!button || !status || url === undefined || !('geolocation' in navigator)) return;

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = finderCopy.locating;
    try {
      const [found, { coords }] = await Promise.all([loadAreas(url), position()]);
      const area = areaContaining(found, [coords.longitude, coords.latitude]);
      if (area === null) {
        status.textContent = finderCopy.outside;
        return;
      }
      status.textContent = finderCopy.found(area.name);
      window.location.assign(finderHref(destination, area.slug));
    } catch (error) {
      status.textContent = !isPositionError(error)
        ? finderCopy.areasFailed
        : error.code === error.PERMISSION_DENIED
          ? finderCopy.denied
          : finderCopy.unavailable;
    } finally {
      button.disabled = false;
    }
  });
  root.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-locate]')) enhance(root);
