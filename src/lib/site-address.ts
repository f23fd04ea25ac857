// The site's public address, baked into every embed code, canonical link,
// Open Graph tag and oEmbed file. A build for looking at locally uses a
// placeholder; a build for publishing must name the real address, or every
// embed code pasted from it would point nowhere.

/** Where a local build's embed codes point (a reserved name that never resolves). */
export const PLACEHOLDER_SITE_URL = 'https://spo-by-force.example.org';

export type AddressCheck = { ok: true; origin: string } | { ok: false; problem: string };

/** Whether `address` (the SITE_URL variable) can be the address the published site is built for. */
export function checkPublishingAddress(address: string | undefined): AddressCheck {
  const problem = (text: string): AddressCheck => ({ ok: false, problem: text });
  if (address === undefined || address.trim() === '') {
    return problem(`SITE_URL is not set, so embed codes would point to the placeholder ${PLACEHOLDER_SITE_URL}`);
  }
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return problem(`SITE_URL "${address}" is not an address; expected one like https://spo.example-news.co.uk`);
  }
  if (url.origin === new URL(PLACEHOLDER_SITE_URL).origin) {
    return problem(`SITE_URL is the placeholder ${PLACEHOLDER_SITE_URL}, where no site will ever be; expected the address the site will be published at`);
  }
  if (url.protocol !== 'https:') {
    return problem(`SITE_URL "${address}" does not start https://; an embed served over http is blocked on every https page that pastes it`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return problem(`SITE_URL "${address}" carries a user name, query or fragment; expected just https:// and the host name`);
  }
  if (url.pathname !== '/') {
    return problem(
      `SITE_URL "${address}" has a path (${url.pathname}); the site's links start at the root of its host, so publish it at the root of a (sub)domain, e.g. https://spo.example-news.co.uk`,
    );
  }
  return { ok: true, origin: url.origin };
}
