import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { mayHoldEmail, parseMarkdown } from '../../src/docs/markdown.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { findingsOf, located } from './helpers.js';

/** The parse the rules were written against: all of GFM, front matter, on every document. */
const reference = (text: string) =>
  fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });

// GFM's autolink literal examples (www, protocols, emails, their trailing punctuation and entity
// rules), and what docs write around them: @handles, escaped and encoded at signs, quotes, tables.
const CASES = [
  'www.commonmark.org',
  'Visit www.commonmark.org/help for more information.',
  'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.',
  'www.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))',
  'www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;',
  'www.commonmark.org/he<lp',
  'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))',
  'foo@bar.baz',
  "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
  'a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_',
  'mailto:foo@bar.b\n\nmailto:a.b-c_d@a.b\n\nmailto:a.b-c_d@a.b.\n\nmailto:a.b-c_d@a.b/',
  'xmpp:foo@bar.baz\n\nxmpp:foo@bar.baz.\n\nxmpp:foo@bar.baz/txt\n\nxmpp:foo@bar.baz/txt@bin.com',
  'Bare: https://grafana.acme.example/d/x_y and HTTPS://X.EXAMPLE and WWW.X.EXAMPLE, (www.x.example)',
  '*www.x.example* **https://x.example/a** ~~http://old.example~~ _www.y.example_',
  'In a link: [https://x.example](https://x.example) and [www.y.example][y]\n\n[y]: https://y.example',
  'Not links: a.www.x.example, xhttps://x.example, www.x, https://-x.example, wwwx.example',
  '# Dashboards: https://grafana.acme.example\n\n| Graph | Link |\n| --- | --- |\n| p99 | www.acme.example/p99 |',
  // Found by the transform, not the tokenizer: after quotes, brackets, `!`, `.`, or spelled with references.
  "'www.x.example' and .www.x.example and !WWW.X.EXAMPLE",
  'x&lt;www.x.example, &#119;ww.x.example',
  '[https://x.example and &#104;ttps://x.example and https:&#47;/x.example',
  '- Canary the config: @alice, [OPS-7](https://acme.atlassian.net/browse/OPS-7)',
  '- Ask @acme/sre; mail oncall@acme.example for the pager',
  '| Action | Owner |\n| --- | --- |\n| Fix it | @bob |\n| Mail | ops@acme.example |',
  'Escaped: bob\\@acme.example, encoded: bob&#64;acme.example and bob&commat;acme.example',
  "It was bob's@acme.example fault; _@x.co and +@x.co and 5a@b.cd and /a@b.cd and a@b.cd/x",
  '> quoted a@b.co\n> more c@d.ef',
  'Page `ops@acme.example` or see <https://status.acme.example> and <ops@acme.example>',
  '---\nauthors: ["@alice", "me@acme.example"]\n---\n\n# Title\n\nText @alice.',
  GOOD_POSTMORTEM,
  GOOD_RUNBOOK,
];

describe('parseMarkdown', () => {
  it.each(CASES)('builds the same tree as a full GFM parse: %j', (text) => {
    expect(parseMarkdown('doc.md', text).tree).toEqual(reference(text));
  });

  it('parses without email autolinks only where no email can occur', () => {
    // @handles, after a space, a quote, a bracket or a pipe, cannot be emails.
    expect(mayHoldEmail(GOOD_POSTMORTEM)).toBe(false);
    expect(mayHoldEmail(GOOD_RUNBOOK)).toBe(false);
    expect(mayHoldEmail('Owners: @alice, (@bob), [@acme/sre], |@carol|, "@dave"')).toBe(false);
    for (const text of ['a@b.co', '_@b.co', 'a\\@b.co', '&#64;', 'x;@b.co', '5@b.co'])
      expect(mayHoldEmail(text)).toBe(true);
  });

  it('an email is still a tracking link of an action item, as GFM makes it one', async () => {
    const text = GOOD_POSTMORTEM.replace(
      /## Action items[\s\S]*?\n## /,
      '## Action items\n\n| Action | Owner | Tracking |\n| --- | --- | --- |\n| Canary config changes | @alice | ops@acme.example |\n| Alert on the route | @bob | none yet |\n\n## ',
    );
    expect(located(await findingsOf('docs/postmortems/2026-10-14-x.md', text))).toEqual([
      ['docs/action-item-link', text.split('\n').findIndex((l) => l.includes('none yet')) + 1],
    ]);
  });
});
