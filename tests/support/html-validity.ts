// HTML validity, checked by a validator nobody here wrote: html-validate with
// its recommended rules (the HTML standard's content models, attributes and
// values, unique ids, ARIA and more) and, for whole pages, its document rules
// (heading order, references to ids that exist, a doctype, labelled inputs).
// Every rule switched off or relaxed is listed here with the reason.
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

const recommendedRules: ConfigData['rules'] = {
  // Not validity but a search-engine preference (results show about 60 characters). Titles name
  // the page first and the site last ("Kent: Stalking Protection Orders – <site>"), so a cut
  // drops only the site's name, and a page's title must say what the page is.
  'long-title': 'off',
  'prefer-native-element': [
    'error',
    {
      exclude: [
        // The force finder is an ARIA 1.2 combobox: a text box whose suggestions are a listbox.
        // A <select> cannot filter as the reader types.
        'listbox',
        // A table that scrolls sideways sits in <div role="region" tabindex="0"> named by the
        // table's caption, so a keyboard can scroll it (WCAG 2.1.1). A <section> there would be
        // a section without a heading.
        'region',
      ],
    },
  ],
};

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    ...recommendedRules,
    // Subresource integrity guards a file served by someone else. Every script and stylesheet of
    // the site comes from the site itself (its CSP allows nothing else).
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};

/** Embed code goes into someone else's page, with none of this site's stylesheets. */
export const embedCodeConfig: ConfigData = {
  // Not the document rules: embed code is a fragment, with no doctype or headings of its own.
  extends: ['html-validate:recommended'],
  rules: {
    ...recommendedRules,
    // The style attribute is how the iframe brings its full width and no border: HTML's width
    // attribute takes only whole pixels, and the host's stylesheet knows nothing of the frame.
    'no-inline-style': 'off',
  },
};

export interface Problem {
  /** Where: a site path or a file name, with the line and column. */
  at: string;
  rule: string;
  message: string;
}

function problems(where: string, messages: readonly Message[]): Problem[] {
  return messages.map((message) => ({ at: `${where}:${message.line}:${message.column}`, rule: message.ruleId, message: message.message }));
}

export function htmlValidator(config: ConfigData = htmlValidateConfig): (html: string, where: string) => Problem[] {
  const validator = new HtmlValidate(config);
  return (html, where) => validator.validateStringSync(html, where).results.flatMap((result) => problems(where, result.messages));
}
