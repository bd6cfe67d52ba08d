/** Where each rule's page for users lives (generated from rule metadata into docs/rules/). */
export const DOCS_BASE = 'https://github.com/sendlint/sendlint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
