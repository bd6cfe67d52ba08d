import type { Rule } from '../engine/rule.js';
import { documentDates, type FoundDate } from '../engine/facts.js';
import type { Span } from '../engine/types.js';

const REPORT_KINDS = new Set(['sen-information-report', 'combined', 'faq-page']);

// Made once: toLocaleDateString builds a new formatter on every call, which showed in the CLI's profile.
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

function formatDate(date: Date, monthOnly: boolean): string {
  return (monthOnly ? MONTH : DAY).format(date);
}

/** The last moment a date covers: the end of the day, or of the month when only the month is given. */
function endOf(found: FoundDate, addMonths = 0): Date {
  const d = found.date;
  return found.monthOnly
    ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + addMonths + 1, 1) - 1)
    : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + addMonths, d.getUTCDate() + 1) - 1);
}

interface Overdue {
  span: Span;
  message: string;
}

function overdue(now: Date, dates: ReturnType<typeof documentDates>): Overdue | null {
  const candidates: (Overdue & { deadline: Date })[] = [];
  if (dates.review) {
    candidates.push({
      deadline: endOf(dates.review),
      span: dates.review.span,
      message: `The review date it gives (${formatDate(dates.review.date, dates.review.monthOnly)}) has passed, so this information report may be out of date.`,
    });
  }
  if (dates.published) {
    candidates.push({
      deadline: endOf(dates.published, 12),
      span: dates.published.span,
      message: `It was last published or updated ${dates.published.monthOnly ? "in" : "on"} ${formatDate(dates.published.date, dates.published.monthOnly)}, more than 12 months ago.`,
    });
  }
  if (dates.academicYear) {
    const { start, span, text } = dates.academicYear;
    candidates.push({
      deadline: new Date(Date.UTC(start + 1, 9, 1) - 1),
      span,
      // Flagged from October: a school year ends in July, and the new year's report is due by the autumn term.
      message: `It is the report for ${text}, and that school year ended in the summer of ${start + 1}.`,
    });
  }
  const first = candidates.sort((a, b) => a.deadline.getTime() - b.deadline.getTime())[0];
  return first && now > first.deadline ? first : null;
}

export const reviewOverdue: Rule = {
  meta: {
    id: 'review-overdue',
    defaultSeverity: 'warning',
    description: 'The SEN information report is more than 12 months old, or its review date has passed.',
    citation: 'SEND Code of Practice 2015, para 6.79',
    docs: {
      checks:
        'The dates an SEN information report gives for when it was published, updated or approved, and when it will next be reviewed (in frontmatter, such as `published:` and `review-date:`, or in the text, such as "Date of publication: September 2024" or "Next review: July 2025"). It reports the report when it is more than 12 months old or the review date has passed.',
      why: 'The SEND Code of Practice expects the information report to be updated every year, and any change during the year to be made as soon as possible. Parents and inspectors read an out-of-date report as a sign that the information cannot be trusted.',
      example: '# SEN Information Report 2022–23\n\n*Date published: October 2022. Next review: October 2023.*',
      fix: 'Review the report with your SENCO and governors, update anything that has changed, then change the publication and review dates.',
    },
  },
  check({ doc, facts, now, report }) {
    if (!REPORT_KINDS.has(facts.kind) || facts.jurisdiction !== 'england') return;
    const late = overdue(now, documentDates(doc));
    if (!late) return;
    report({
      message: `${late.message} The SEND Code of Practice expects the information report to be updated every year: review it, then update its publication and review dates.`,
      span: late.span,
    });
  },
};
