import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlAnchors, htmlLinks } from '../../src/docs/html-links.js';

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

  it('reads attributes as HTML does: quoted values hold > and href=, unquoted ones end at a space', () => {
    const html =
      '<a title="p99 > 2s, was href=old.md" href=new.md>x</a> <source type="image/webp" srcset="a.webp 1x, a@2x.webp 2x"> <img data-src="lazy.png">';
    expect(htmlLinks(html).map(({ url, index }) => ({ url, index }))).toEqual([
      { url: 'new.md', index: 0 },
      { url: 'a.webp', index: html.indexOf('<source') },
    ]);
  });

  it('finds anchors in id and name attributes only, not in data- attributes or values', () => {
    expect(
      htmlAnchors('<span data-id="no" title="id=\'nope\'" id="Drain"></span><a name=r&eacute;>'),
    ).toEqual(['drain', 'ré']);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references once, and keeps unknown names', () => {
    expect(decodeEntities('caf&eacute;&#x2D;pos&#47;x &amp;lt; &bogus; &#0; a&b')).toBe(
      'café-pos/x &lt; &bogus; \uFFFD a&b',
    );
  });
});
