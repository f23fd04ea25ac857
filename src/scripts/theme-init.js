// Applies the theme a reader chose before the page is first painted, so a
// saved theme that differs from the operating system's never flashes the
// system's one first. Loaded as a small blocking script at the top of <head>
// by src/layouts/Base.astro (a file, since the Content-Security-Policy forbids
// inline scripts); ./theme-toggle.ts runs the button and saves the choice
// under the same key.
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be blocked (private modes, strict settings): the page follows the system theme.
}
