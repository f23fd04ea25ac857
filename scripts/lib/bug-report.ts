/** Where to report a build that fails on data the checker accepted: a bug in the site, not in the data. */
export const REPORT_A_BUG =
  'please report it to the site\'s developers as README.md says under "Reporting a problem", with this output and a copy of the data folder';
