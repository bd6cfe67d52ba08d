import { selfReviewData, type SelfReviewGroup } from './self-review.js';

/** Blank forms generated from the standards data, for "new document" commands and quick fixes. */

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** One group of the self-review form: a heading, its lead-in and a table with a row per standard. */
export function blankSelfReviewGroup(group: SelfReviewGroup): string {
  const rows = group.standards.map((s) => `| ${s.id} | ${escapeCell(s.text)} | | |`);
  return [
    `## ${group.id}. ${group.title}`,
    '',
    ...(group.lead ? [`*${group.lead.replace(/[\s,:]+$/, '')}:*`, ''] : []),
    '| No. | Standard | Status | Evidence |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The whole SENCO self-review form against the Standards for SEN Co-ordinators in Wales, ready to fill in. */
export function blankSelfReviewForm(): string {
  const [lowest, highest] = [selfReviewData.statuses[0]!, selfReviewData.statuses[selfReviewData.statuses.length - 1]!];
  return [
    '---',
    'type: senco-self-review',
    '---',
    '',
    '# Self-review against the Wales standards for special educational needs co-ordinators',
    '',
    `This form is for special educational needs co-ordinators (SENCOs), who co-ordinate support for pupils with special educational needs (SEN). It follows the ${selfReviewData.title}.`,
    '',
    '**Name:** ',
    '',
    '**Date of review:** ',
    '',
    `For each standard, write "${lowest}" or "${highest}" in the Status column. For every standard marked "${highest}", say in the Evidence column what shows it (a document, a meeting, data, feedback).`,
    '',
    ...selfReviewData.groups.map(blankSelfReviewGroup),
  ].join('\n');
}
