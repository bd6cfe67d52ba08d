/** "an" before a vowel sound, as far as spelling shows it ("a unit", "an hour"). */
export function articleFor(word: string): 'a' | 'an' {
  return /^(?:[aeio]|u(?!ni|s[eu]|ra|ti|ro)|hour|honest|heir)/i.test(word) && !/^(?:one|eu)/i.test(word) ? 'an' : 'a';
}

/**
 * Text to put in place of a word that follows `before`: fixes a preceding
 * "a"/"an" (which the edit then covers: `consumed` characters) and gives a
 * capital letter at the start of a sentence, list item or cell.
 */
export function withArticle(before: string, text: string): { text: string; consumed: number } {
  const article = /(?:^|[^\p{L}])(a|an|A|An|AN)(\s+)$/u.exec(before);
  if (article) {
    const word = articleFor(text);
    const written = article[1]!;
    const cased = written === written.toUpperCase() && written.length > 1 ? word.toUpperCase() : written[0] === written[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
    return { text: `${cased}${article[2]}${text}`, consumed: written.length + article[2]!.length };
  }
  const sentenceStart = /(?:^|[.!?:]\s+|\n\s*|\|\s*)$/.test(before);
  return { text: sentenceStart ? text[0]!.toUpperCase() + text.slice(1) : text, consumed: 0 };
}
