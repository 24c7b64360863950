import { describe, expect, it } from 'vitest';
import { htmlLinks } from '../../src/docs/html-links.js';

describe('htmlLinks', () => {
  it('reads src and href of tags outside comments, entities decoded once', () => {
    const html =
      '<!-- <img src="old.png"> --><img width="300" src="shots/a&amp;b.png"><a href=\'x.md?a=1&amp;quot;\'>x</a>';
    expect(htmlLinks(html).map(({ url, image }) => ({ url, image }))).toEqual([
      { url: 'shots/a&b.png', image: true },
      { url: 'x.md?a=1&quot;', image: false },
    ]);
  });

  it('keeps the offset of a tag after a comment', () => {
    const html = '<!-- c -->\n<img src="a.png">';
    expect(htmlLinks(html)[0]!.index).toBe(html.indexOf('<img'));
  });
});
