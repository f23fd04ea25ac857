// The classes that style a figure by its state (src/styles/global.css), so a
// zero, a "No response" and a "Not covered" look the same in every table and
// legend that shows them.

export type StateModifier = 'zero' | 'value' | 'no-response' | 'not-covered' | 'not-stated';

export const stateClass: Readonly<Record<StateModifier, string>> = {
  zero: 'figure-value figure-value--zero',
  value: 'figure-value',
  'no-response': 'figure-state figure-state--no-response',
  'not-covered': 'figure-state figure-state--not-covered',
  'not-stated': 'figure-state figure-state--not-stated',
};
