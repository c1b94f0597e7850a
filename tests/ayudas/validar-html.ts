import { HtmlValidate, StaticConfigLoader } from 'html-validate';

// html-validate checks the markup against the HTML Living Standard and WAI-ARIA in HTML, offline.
// "standard" holds only rules the specifications make; style preferences (title length, <section>
// over role=region) are left to review.
export const validador = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:standard'],
    rules: {
      'missing-doctype': 'error',
      'no-dup-id': 'error',
      // An aria-labelledby or label[for] that names an id no element has.
      'no-missing-references': 'error',
      'valid-id': ['error', { relaxed: true }],
    },
  }),
);
