/**
 * What `{{ … }}` is: a template's placeholder, or the syntax of the static site the documents are
 * published with, which the site fills in and which is no placeholder left to write. Every reader of
 * placeholders (documents, templates, front matter, links, `docs new`) asks here.
 */

export interface PlaceholderSpan {
  /** Offset of the opening braces. */
  from: number;
  /** Offset just after the closing braces. */
  to: number;
  /** The text between the braces, trimmed. */
  inner: string;
}

/**
 * Hugo shortcodes (`{{< ref "x.md" >}}`, `{{% notice %}}`), and Liquid output as Jekyll pages hold it:
 * an object of Jekyll's (`{{ site.baseurl }}`, `{{ page.title }}`, `{{- include.x -}}`) or a quoted
 * string through a filter (`{{ "/img/a.png" | relative_url }}`). A bare word (`{{ title }}`) or prose
 * stays a placeholder: that is how templates write them.
 */
const SHORTCODE = /^[<%][\s\S]*[>%]$/;
const LIQUID =
  /^-?\s*(?:(?:site|page|layout|include|jekyll|paginator|forloop)(?:\.[\w.[\]'"-]+|\s*\|)|["'][^"']*["']\s*\|\s*\w)/;

/** Whether the text between `{{` and `}}` is the site's: a shortcode's `<`/`%` hug the braces. */
export function isGeneratorSyntax(inner: string): boolean {
  return SHORTCODE.test(inner) || LIQUID.test(inner.trim());
}

/** The first placeholder at or after `from`, site generator syntax skipped. */
export function nextPlaceholder(text: string, from = 0): PlaceholderSpan | undefined {
  let open = text.indexOf('{{', from);
  while (open >= 0) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return undefined;
    const inner = text.slice(open + 2, close);
    if (!isGeneratorSyntax(inner)) return { from: open, to: close + 2, inner: inner.trim() };
    open = text.indexOf('{{', close + 2);
  }
  return undefined;
}

export function hasPlaceholder(text: string): boolean {
  return text.includes('{{') && nextPlaceholder(text) !== undefined;
}

/** Every placeholder of `text`, in order. */
export function placeholdersIn(text: string): PlaceholderSpan[] {
  const out: PlaceholderSpan[] = [];
  for (let p = nextPlaceholder(text); p; p = nextPlaceholder(text, p.to)) out.push(p);
  return out;
}

/**
 * A link target the site generator writes (`{{site.baseurl}}/runbooks/`, `{{< ref "x.md" >}}`,
 * `{% link x.md %}`): the site resolves it, so it is no path of the repository to check.
 */
export function fromSiteGenerator(url: string): boolean {
  if (url.includes('{%') || url.includes('{{<') || url.includes('{{%')) return true;
  const open = url.indexOf('{{');
  const close = open < 0 ? -1 : url.indexOf('}}', open + 2);
  return close > open && isGeneratorSyntax(url.slice(open + 2, close));
}
