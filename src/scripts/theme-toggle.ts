// Lets a reader override the operating system's light or dark preference.
// The choice is stored in localStorage and applied as data-theme on <html>;
// without JavaScript (or before any choice) the CSS follows prefers-color-scheme.
// A saved choice is applied before first paint by ./theme-init.js, which reads
// the same key; this script only runs the button.

type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): Theme {
  const chosen = root.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const showState = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  showState();
  systemDark.addEventListener('change', showState);
  button.hidden = false;
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    showState();
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across pages, but applied to this one.
    }
  });
}
