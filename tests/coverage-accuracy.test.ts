import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildDocument } from '../server/src/engine/document.js';
import { decideFacts, KNOWN_SETTINGS } from '../server/src/engine/facts.js';
import { normaliseHeading } from '../server/src/engine/coverage/view.js';
import { standards } from '../server/src/engine/standards.js';
import { loadCorpus, score, sencoAndLinkMisses, type Labels, type Score } from './coverage-scoring.js';

// Scores coverage against the labelled corpus: the 12 dev documents plus our own extra documents in
// styles the dev corpus does not use (tests/corpus/extra/README.md lists them). Each extra batch was
// scored blind before any tuning. Batch 31-36 at first sight (commit d9b14fa): Schedule 1 85/95 (7 false
// missing, 3 false covered), s.69 19/20, sen-policy 19/26 (7 false missing), setting inferred 4/6;
// after generalising (bold lead-ins, compound headings, more role titles, broader phrase families):
// all 1.00, with the dev corpus still at 1.00. Batch 41-46 at first sight (commit 49237af): Schedule 1
// 104/114 (10 false missing, none false covered), s.69 23/24, sen-policy 10/13; after generalising
// (a heading counts for items answered by details, "She is Dr ..." after the role, phrase families for
// second-person and narrative wording): all 1.00, the other documents unchanged. Batch 51-53 at first
// sight (commit 648c9ab): Schedule 1 51/57 (6 false missing/partial, none false covered), s.69 12/12; after
// (hard-wrapped lines joined, a section of its own topic read as a whole, area headings read as a list,
// broader families): all 1.00, the other documents and restyles unchanged. Batch 61-66 at first sight
// (commit 052cd1e): Schedule 1 94/114 (19 false missing/partial, 1 false covered), s.69 20/24, sen-policy
// 7/13, setting 5/6; after (raw HTML read, accordion summaries and HTML headings as headings, labelled
// pointers, one-word headings, broader families): all 1.00, the other documents and restyles unchanged.
// Batch 81-84 at first sight (documents ba4882b): Schedule 1 66/76 (8 false missing/partial, 2 false
// covered), s.69 14/16, Local Offer link 3/4; after (a compliance table's requirement column is part of the
// row's heading, a label over a placeholder says nothing, contractions read in full, Local Offer pointers
// that name it, Easy Read and informal families): all 1.00, the other documents and restyles unchanged.
// Batch 85-87 at first sight (documents 827134e): Schedule 1 48/57 (6 false missing/partial, 3 false
// covered), s.69 11/12; after (a list item opening with a bold question heads its own section, footnotes read
// with the sentence citing them, "Who's in charge of SEN?" names the SENCO role, families for a hospital and
// home education service, word starts for 3f's activities): all 1.00, the other documents and restyles unchanged.
const here = new URL('.', import.meta.url).pathname;
const dev = loadCorpus(join(here, 'corpus/dev'));
// corpus/kinds-extra: a blind batch of the other kinds (job description, policy, FAQ, combined), see its README.
const extra = [...loadCorpus(join(here, 'corpus/extra')), ...loadCorpus(join(here, 'corpus/kinds-extra'))];
const all = [...dev, ...extra];

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function report(name: string, result: Score): void {
  const lines = [
    `${name}: ${result.total} item labels`,
    `  covered: precision ${percent(result.covered.precision)}, recall ${percent(result.covered.recall)}`,
    `  missing: precision ${percent(result.missing.precision)}, recall ${percent(result.missing.recall)}`,
    ...result.misses.map((m) => `  miss: ${m.file} item ${m.item}: expected ${m.expected ? 'covered' : 'not covered'}, got ${m.got}. ${m.reason}`),
  ];
  console.log(lines.join('\n'));
}

function expectAccurate(result: Score): void {
  expect(result.covered.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.covered.recall).toBeGreaterThanOrEqual(0.9);
  expect(result.missing.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.missing.recall).toBeGreaterThanOrEqual(0.9);
}

// The same documents restyled: the labels do not change when only the markup does. Real documents mark
// headings up in all these ways (shared/reference/real-documents.md), so a drop here is a style the
// recognition depends on rather than the content.
const HEADING = /^(#{2,6})\s+(.+?)\s*#*$/;
const plainHeading = (h: string) => h.replace(/\*\*/g, '').trim();
const eachHeading = (text: string, f: (marks: string, heading: string) => string) =>
  text.split('\n').map((line) => {
    const m = HEADING.exec(line);
    return m ? f(m[1]!, plainHeading(m[2]!)) : line;
  }).join('\n');
const restyle: Record<string, (text: string) => string> = {
  'bold lines': (t) => eachHeading(t, (_, h) => `**${h}**`),
  'unmarked lines': (t) => eachHeading(t, (_, h) => h),
  'ALL CAPS headings': (t) => eachHeading(t, (marks, h) => `${marks} ${h.toUpperCase()}`),
  'bold lead-ins': (t) => {
    const lines = t.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = HEADING.exec(lines[i]!);
      if (m && lines[i + 1] === '' && /^[A-Z]/.test(lines[i + 2] ?? '')) {
        const h = plainHeading(m[2]!).replace(/[:.]$/, '');
        out.push(`**${h.endsWith('?') ? h : `${h}.`}** ${lines[i + 2]}`);
        i += 2;
      } else out.push(lines[i]!);
    }
    return out.join('\n');
  },
  'a question-and-answer table': (t) => {
    const lines = t.split('\n');
    const out: string[] = [];
    let inTable = false;
    for (let i = 0; i < lines.length; ) {
      const m = HEADING.exec(lines[i]!);
      if (!m) {
        if (inTable && lines[i] !== '') out.push('');
        inTable &&= lines[i] === '';
        if (!inTable) out.push(lines[i]!);
        i++;
        continue;
      }
      let j = i + 1;
      const body: string[] = [];
      for (; j < lines.length && !HEADING.test(lines[j]!) && !lines[j]!.startsWith('|'); j++) if (lines[j]!.trim()) body.push(lines[j]!.replace(/^[-*]\s+/, '• ').trim());
      if (lines[j]?.startsWith('|')) {
        // A section that already holds a table stays as it is.
        if (inTable) out.push('');
        inTable = false;
        out.push(lines[i]!, '', ...body.flatMap((b) => [b, '']));
      } else {
        if (!inTable) out.push('', '| Question | Answer |', '|---|---|');
        inTable = true;
        out.push(`| ${plainHeading(m[2]!)} | ${body.join('<br>').replace(/\|/g, '/')} |`);
      }
      i = j;
    }
    return out.join('\n');
  },
  // A school website's accordion export: each section a <details> block, its question the <summary>.
  'HTML accordions': (t) => {
    const out: string[] = [];
    let open = false;
    for (const line of t.split('\n')) {
      const m = HEADING.exec(line);
      if (!m) {
        out.push(line);
        continue;
      }
      if (open) out.push('', '</details>', '');
      out.push('<details>', `<summary>${plainHeading(m[2]!)}</summary>`, '');
      open = true;
    }
    if (open) out.push('', '</details>');
    return out.join('\n');
  },
};

describe('coverage accuracy on the labelled corpus', () => {
  it.each(Object.keys(restyle))('Schedule 1 and s.69 items with headings restyled as %s: at least 0.97 of labels right', (style) => {
    const docs = all.map((d) => ({ ...d, text: restyle[style]!(d.text) }));
    for (const [id, pick] of [
      ['send-regs-2014-sch1', (l: Labels) => l.schedule1],
      ['cfa-2014-s69', (l: Labels) => l.s69],
    ] as const) {
      const result = score(docs, id, pick);
      report(`${id} (${style})`, result);
      expect((result.total - result.misses.length) / result.total).toBeGreaterThanOrEqual(0.97);
    }
  });


  it.each([
    ['dev corpus', dev],
    ['extra documents', extra],
    ['dev + extra', all],
  ])('Schedule 1 items, %s: precision and recall >= 0.9 for covered and for missing', (name, docs) => {
    const result = score(docs, 'send-regs-2014-sch1', (l) => l.schedule1);
    report(`Schedule 1 (${name})`, result);
    expect(result.total).toBeGreaterThan(0);
    expectAccurate(result);
  });

  it.each([
    ['dev corpus', dev],
    ['extra documents', extra],
    ['dev + extra', all],
  ])('s.69 items, %s: precision and recall >= 0.9 for covered and for missing', (name, docs) => {
    const result = score(docs, 'cfa-2014-s69', (l) => l.s69);
    report(`s.69 (${name})`, result);
    expect(result.total).toBeGreaterThan(0);
    expectAccurate(result);
  });

  it('SEN policy items (policies and combined documents, extra documents): precision and recall >= 0.9', () => {
    const result = score(extra, 'sen-policy', (l) => (l as Labels & { sen_policy?: Record<string, boolean> }).sen_policy ?? null);
    report('SEN policy (extra documents)', result);
    expect(result.total).toBeGreaterThan(0);
    expectAccurate(result);
  });

  it('infers the kind and the setting as labelled', () => {
    // Label spellings that name a kind or setting sendlint folds into a broader one.
    const kinds: Record<string, string> = { 'aln-policy-wales': 'aln-policy' };
    const settings: Record<string, string> = { 'mainstream-infant': 'mainstream-primary', 'mainstream-junior': 'mainstream-primary' };
    const wrong = all.flatMap(({ file, text, labels }) => {
      const facts = decideFacts(buildDocument(text), {});
      const { kind, setting } = labels as Labels & { setting: string };
      const expectedSetting = settings[setting] ?? setting;
      return [
        ...(facts.kind !== (kinds[kind] ?? kind) ? [`${file}: kind ${facts.kind}, labelled ${kind}`] : []),
        ...((KNOWN_SETTINGS as string[]).includes(expectedSetting) && facts.setting !== expectedSetting ? [`${file}: setting ${facts.setting}, labelled ${setting}`] : []),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('finds the SENCO name, the SENCO contact and the Local Offer link as labelled', () => {
    const misses = sencoAndLinkMisses(all);
    if (misses.length) console.log(misses.join('\n'));
    expect(misses).toEqual([]);
  });
});

// Headings schools use for each Schedule 1 item: the local authorities' fourteen questions, short labels
// and other wordings (none copied from the corpus). A heading only opens the door: its content must still
// say something about the item.
const headingProbes: [string, string][] = [
  ['1', 'What kinds of special educational needs does the school make provision for?'], ['1', 'Which children do we support?'], ['1', 'Types of additional needs we support'], ['1', 'Our pupils'], ['1', 'Needs we support'],
  ['2', 'How does the school know if children need extra help and what should I do if I think my child may have special educational needs?'], ['2', 'Identifying special educational needs'], ['2', 'What should I do if I am worried about my child?'], ['2', 'Early identification'], ['2', 'How we find out what they need'], ['2', 'Spotting difficulties early'], ['2', 'What happens if we think your child has SEN?'], ['2', 'How will you know if my child needs extra help?'],
  ['3a', 'How do you check that your support is working?'], ['3a', 'Evaluating our provision'], ['3a', 'How does the school measure the impact of its provision?'], ['3a', 'How effective is our provision?'],
  ['3b', 'How will I know how my child is doing?'], ['3b', 'Assessing and reviewing progress'], ['3b', 'Reviewing progress'], ['3b', 'How will both you and I know how my child is doing?'],
  ['3c', 'How will my child be taught?'], ['3c', 'Our approach to teaching'], ['3c', 'Teaching and learning'], ['3c', 'How will school staff support my child?'], ['3c', 'In your lessons'],
  ['3d', 'How will the curriculum be matched to my child\'s needs?'], ['3d', 'Adapting the curriculum'], ['3d', 'The learning environment'], ['3d', 'How is the curriculum adapted?'],
  ['3e', 'What extra help is available?'], ['3e', 'Additional support for learning'], ['3e', 'Interventions'], ['3e', 'Learning support'],
  ['3f', 'How will my child be included in activities outside the classroom including school trips?'], ['3f', 'Clubs, trips and activities'], ['3f', 'Will my child be able to take part in everything?'], ['3f', 'Inclusion in school life'],
  ['3g', 'What support will there be for my child\'s overall wellbeing?'], ['3g', 'Pastoral care'], ['3g', 'Emotional and social development'], ['3g', 'Mental health and wellbeing'], ['3g', 'Feeling OK'],
  ['4', 'Who is the SENCO and how can I contact them?'], ['4', 'Who can I contact for further information?'], ['4', 'Our Inclusion Leader'], ['4', 'Contact details'], ['4', 'Meet our SENDCo'], ['4', 'Who is responsible for SEND?'],
  ['5', 'What training are the staff supporting children with SEND having?'], ['5', 'Staff training and expertise'], ['5', 'What specialist services and expertise are available at or accessed by the school?'], ['5', 'Staff expertise'],
  ['6', 'How are equipment and facilities secured?'], ['6', 'Specialist equipment'], ['6', 'How are the school\'s resources allocated and matched to children\'s needs?'], ['6', 'Equipment and resources'],
  ['7', 'How are parents involved in the school? How can I be involved?'], ['7', 'Working with parents'], ['7', 'Partnership with families'], ['7', 'How will I be involved in my child\'s education?'], ['7', 'Parent partnership'], ['7', 'How will you involve me?'], ['7', 'Working alongside families'], ['7', 'Parents and carers'], ['7', 'Keeping in touch'],
  ['8', 'How will my child be involved in decisions about their learning?'], ['8', 'Pupil voice'], ['8', 'How will my child\'s views be heard?'], ['8', 'How will my child be able to contribute their views?'], ['8', 'Listening to children'], ['8', 'Student voice'],
  ['9', 'What can I do if I am not happy?'], ['9', 'Complaints'], ['9', 'Concerns and complaints'], ['9', 'What if I have a concern about my child\'s support?'], ['9', 'How do I make a complaint?'],
  ['10', 'Which other agencies does the school work with?'], ['10', 'External agencies'], ['10', 'Working with other professionals'], ['10', 'Who else might be involved?'], ['10', 'Multi-agency working'], ['10', 'What specialist services and expertise are available at or accessed by the school?'],
  ['11', 'Where can I get independent advice?'], ['11', 'Support for parents'], ['11', 'SENDIASS'], ['11', 'Who can I contact for further information?'], ['11', 'Useful contacts'], ['11', 'Support services for families'],
  ['12', 'How will the school prepare and support my child to join the school, transfer to a new school or the next stage of education and life?'], ['12', 'Transition'], ['12', 'Moving on'], ['12', 'Starting school'], ['12', 'Preparing for adulthood'], ['12', 'Moving to secondary school'], ['12', 'Changes and transitions'],
  ['13', 'Where can I find the Local Offer?'], ['13', 'Local Offer'], ['13', 'The local authority\'s Local Offer'],
];

describe('Schedule 1 headings', () => {
  it('recognises common questions and labels as headings for their items', () => {
    const sch1 = standards.requirements.find((s) => s.id === 'send-regs-2014-sch1')!;
    const unrecognised = headingProbes.filter(([id, heading]) => {
      const { headings = [], notHeadings = [] } = sch1.items.find((i) => i.id === id)!.recognise;
      const text = normaliseHeading(heading);
      return !headings.some((h) => new RegExp(h, 'i').test(text)) || notHeadings.some((h) => new RegExp(h, 'i').test(text));
    });
    expect(unrecognised).toEqual([]);
  });
});
