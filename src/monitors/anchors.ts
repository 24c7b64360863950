import { anchorsOf } from '../docs/links.js';
import { parseMarkdown } from '../docs/markdown.js';

/** The `#anchors` a runbook has, as the docs check reads them (GitHub's heading slugs, HTML ids). */
export function markdownAnchors(path: string, text: string): ReadonlySet<string> {
  return anchorsOf(parseMarkdown(path, text));
}
