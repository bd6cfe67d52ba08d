/**
 * Raw HTML in Markdown, as school websites export it: accordions (`<details><summary>Question</summary>`)
 * and `<p>`/`<ul>` answers. The parser keeps such a block as one opaque string, so coverage reads its text
 * here. Every pattern has bounded repeats: a block can be megabytes of unclosed tags (issue 7).
 */

/** Elements that start a new line of text: paragraphs, list items, table cells and rows, headings. */
const BLOCK_TAG = /^(?:p|div|br|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|summary|details|section|article|blockquote|hr)$/i;
const TAG = /<(\/?)([a-zA-Z][\w-]{0,20})\b[^<>]{0,1000}>/g;
/** A link keeps its address beside its text, so a Local Offer link, a service's website or an email address behind "email her" is still seen. */
const LINK = /<a\b[^<>]{0,500}?\bhref\s*=\s*["']?([^"'\s<>]{1,500})["']?[^<>]{0,500}>([^<]{0,500})<\/a\s*>/gi;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…', pound: '£' };

function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return out + html.slice(from);
    const close = html.indexOf('-->', open + 4);
    out += html.slice(from, open) + ' ';
    if (close < 0) return out;
    from = close + 3;
  }
}

/** The readable text of an HTML fragment: one line per paragraph, list item or cell, entities decoded. */
export function htmlText(html: string): string {
  return withoutComments(html)
    .replace(LINK, (_, href: string, text: string) => {
      const url = href.replace(/^(?:mailto|tel):/i, '');
      return /^(?:https?:|www\.)|^[^/]+@|^\+?[\d ]{6,}$/i.test(url) && !text.includes(url) ? `${text} (${url})` : text;
    })
    .replace(TAG, (_, _close: string, name: string) => (BLOCK_TAG.test(name) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITY[code.toLowerCase()] ?? whole;
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * What names the HTML after it: an accordion's `<summary>`, an `<h1>`-`<h6>`, a definition list's `<dt>`,
 * or the first cell of a table row (a question-and-answer table, as a Markdown one is read).
 */
const HTML_HEADING = /<(summary|h[1-6]|dt)\b[^<>]{0,200}>((?:[^<]|<(?!\/?(?:summary|h[1-6]|dt|dd)\b)){1,300}?)<\/\1\s*>/gi;
const ROW_LABEL = /<tr\b[^<>]{0,200}>\s{0,200}<(td|th)\b[^<>]{0,200}>((?:[^<]|<(?!\/?t[dhr]\b)){1,300}?)<\/\1\s*>(?=\s{0,200}<t[dh]\b)/gi;

export interface HtmlHeading {
  /** The heading's text. */
  text: string;
  /** Offsets of the heading element within the block's HTML. */
  start: number;
  end: number;
  /** An accordion's summary: its section ends where the accordion does. */
  summary: boolean;
}

/** Every heading in the HTML, in order: an export written without blank lines is one block holding every accordion. */
export function htmlHeadings(html: string): HtmlHeading[] {
  const found: HtmlHeading[] = [];
  for (const match of [...html.matchAll(HTML_HEADING), ...html.matchAll(ROW_LABEL)]) {
    const text = htmlText(match[2]!).replace(/\n/g, ' ').trim();
    if (text) found.push({ text, start: match.index, end: match.index + match[0].length, summary: match[1]!.toLowerCase() === 'summary' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How many accordions the HTML closes. */
export function detailsClosed(html: string): number {
  return html.match(/<\/details\s*>/gi)?.length ?? 0;
}
