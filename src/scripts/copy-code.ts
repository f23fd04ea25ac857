// Copy buttons for the read-only text boxes of CopyCode.astro. Uses the
// Clipboard API; where it is missing or refused (older browsers, pages not
// served securely), selects the text so the reader can copy it by keyboard,
// and says so in the live region.

async function copy(box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(box.value);
    return true;
  } catch {
    box.focus();
    box.select();
    return false;
  }
}

for (const wrapper of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const box = wrapper.querySelector<HTMLTextAreaElement>('textarea');
  const button = wrapper.querySelector<HTMLButtonElement>('[data-copy-button]');
  const status = wrapper.querySelector<HTMLElement>('[data-copy-status]');
  if (box === null || button === null || status === null) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    void copy(box).then((copied) => {
      // Clear first so the same message is announced again on a second copy.
      status.textContent = '';
      window.setTimeout(() => {
        status.textContent = (copied ? status.dataset['copied'] : status.dataset['failed']) ?? '';
      }, 50);
    });
  });
}
