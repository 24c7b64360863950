/**
 * Go templates in Prometheus label and annotation values (`{{ if gt $value 0.9 }}critical{{ end }}`,
 * `{{ $labels.service }}`): what they can render, as far as it is known without the series that fire.
 */

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const CONTROL =
  /^(?:if|else|end|range|with|define|template|block|break|continue)\b|^\/\*|^\$\w+\s*:?=/;
const STRING_LITERAL = /^"((?:[^"\\]|\\.)*)"$|^`([^`]*)`$/;

export interface TemplateReading {
  /** Text the template can render as it is written: the text between actions, and quoted outputs. */
  literals: string[];
  /** Actions that print something only the firing series knows (`{{ $labels.tier }}`), as written. */
  outputs: string[];
}

export function hasTemplate(text: string): boolean {
  return /\{\{[\s\S]*?\}\}/.test(text);
}

export function readTemplate(text: string): TemplateReading {
  const literals: string[] = [];
  const outputs: string[] = [];
  let last = 0;
  for (const m of text.matchAll(ACTION)) {
    literals.push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const body = m[1]!.trim();
    if (CONTROL.test(body)) continue;
    const quoted = STRING_LITERAL.exec(body);
    if (quoted) literals.push(quoted[1] ?? quoted[2] ?? '');
    else outputs.push(m[0]);
  }
  literals.push(text.slice(last));
  return { literals: literals.map((l) => l.trim()).filter((l) => l !== ''), outputs };
}

/**
 * Prometheus expands annotation templates with the labels of the firing series only: `alertname` (added
 * after expansion) is never among them, so `{{ $labels.alertname }}` renders empty (prometheus/prometheus#2818).
 */
export function emptyInAnnotations(output: string): boolean {
  return /(?:\$labels|\.Labels)\.alertname\b|index\s+(?:\$labels|\.Labels)\s+"alertname"/.test(
    output,
  );
}
