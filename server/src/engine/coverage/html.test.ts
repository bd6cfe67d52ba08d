import { describe, expect, it } from 'vitest';
import { htmlHeadings, htmlText } from './html.js';

describe('the text of raw HTML', () => {
  it('puts each paragraph and list item on its own line and drops inline tags', () => {
    expect(htmlText('<p>We help with <strong>reading</strong>:</p><ul><li>phonics groups;</li><li>one-to-one reading.</li></ul>')).toBe(
      'We help with reading:\nphonics groups;\none-to-one reading.',
    );
  });

  it('keeps a link\'s web address beside its text, and decodes entities', () => {
    expect(htmlText('<p>See <a href="https://www.council.example.gov.uk/localoffer">Mid Vale&#39;s Local Offer</a> &amp; more.</p>')).toBe(
      "See Mid Vale's Local Offer (https://www.council.example.gov.uk/localoffer) & more.",
    );
  });

  it('has no text for comments and bare tags', () => {
    expect(htmlText('<!-- sendlint-disable jargon -->')).toBe('');
    expect(htmlText('</details>')).toBe('');
  });

  it('takes linear time on unclosed tags and comments', () => {
    const started = performance.now();
    htmlText('<a href="x'.repeat(20_000) + '<!--'.repeat(20_000) + '<summary'.repeat(20_000));
    htmlHeadings('<summary>'.repeat(50_000) + '<h2>x'.repeat(50_000) + '<tr><td>'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a heading in raw HTML', () => {
  it('is an accordion\'s summary or an h1-h6, each one in a block that holds several', () => {
    const html = '<details>\n<summary>Who is the <em>SENCO</em>?</summary>\n<p>Mrs A Shah.</p></details><h3 class="faq">Complaints</h3><p>Speak to the class teacher.</p>';
    expect(htmlHeadings(html).map((h) => [h.text, h.summary])).toEqual([['Who is the SENCO?', true], ['Complaints', false]]);
    expect(htmlHeadings('<p>No heading here.</p>')).toEqual([]);
  });

  it('is a definition list\'s term, or the first cell of a table row with more cells after it', () => {
    const html = '<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Who is the SENCO?</td><td>Mrs A Shah</td></tr></table><dl><dt>Complaints</dt><dd>Speak to us.</dd></dl>';
    expect(htmlHeadings(html).map((h) => h.text)).toEqual(['Question', 'Who is the SENCO?', 'Complaints']);
    expect(htmlHeadings('<table><tr><td>One cell only</td></tr></table>')).toEqual([]);
  });
});
