import { describe, expect, it } from 'vitest';
import { applySafeFixes, lint, type LintConfig } from '../engine/index.js';

const run = (text: string, config: LintConfig = {}) => lint(text, { onlyRules: ['unexplained-acronym'], config }).findings;
const subjects = (text: string, config: LintConfig = {}) => run(text, config).map((f) => f.subject);

describe('unexplained-acronym', () => {
  it('reports an acronym that is never spelled out, once, with its canonical form as subject', () => {
    const findings = run('Some children have EHCPs.\n\nAn EHCP lasts until 25.\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subject).toBe('EHCP');
    expect(findings[0]!.range.start).toEqual({ line: 0, character: 19 });
  });

  it.each([
    ['full form first', 'Your child may have an Education, Health and Care plan (EHCP). The EHCP is reviewed.'],
    ['acronym first', 'Your child may have an EHCP (Education, Health and Care plan).'],
    ['"or" style', 'A SENCo, or special educational needs co-ordinator, leads support for pupils.'],
    ['stands for', 'SEMH stands for social, emotional and mental health. SEMH needs vary.'],
    ['the ... Act', 'The Additional Learning Needs and Education Tribunal (Wales) Act 2018 (the ALNET Act) applies.'],
    ['quoted name', 'Kestrel Vale Learning Trust ("the Trust", or "KVLT") runs nine schools. KVLT is large.'],
    ['plural first use', 'Some pupils have Education, Health and Care plans (EHCPs).'],
    ['unknown acronym spelled out', 'The Early Years Inclusion Fund (EYIF) helps. EYIF money pays for staff.'],
    ['dash definition', 'We may ask the EP – Educational Psychologist – to visit. The EP writes a report.'],
    ['bold, lower-case full form', 'Our **SENCO** (special educational needs co-ordinator) is Mr Fairweather.'],
    ['italics', 'Pupils who have an *EHCP* (Education, Health and Care Plan) have a review.'],
    ['"known as" after a plural', 'We have two HLTAs, known as higher level teaching assistants.'],
    ['"which we call the ... Act"', 'We follow the Additional Learning Needs and Education Tribunal (Wales) Act 2018, which we call the ALNET Act here.'],
    ['"whom we call the ..."', 'A visiting Teacher of the Deaf, whom we call the ToD in this guide, trains staff.'],
    ['"we shorten this to" after a description', 'Each plan has outcomes that get a young person ready for adult life; we shorten this to\nPfA below.'],
    ['"and we call it the ... cycle"', 'Teachers assess, plan, do and review, and we call it the APDR cycle. APDR is termly.'],
    ['dotted letters of a known acronym', 'See the Education, Health and Care plan (E.H.C.P.). The E.H.C.P. is reviewed.'],
    ['"known as" before', 'The Specialist Teaching Service, known as STS, visits. STS staff advise us.'],
    ['a service word before the brackets', 'We work with the SALT service (speech and language therapy).'],
    ['"that is"', 'Some pupils see the SaLT, that is the speech and language therapist.'],
    ['a glossary table at the start', '| Term | Meaning |\n|---|---|\n| APDR | Assess, plan, do, review |\n\nWe follow the APDR cycle.\n'],
    ['"ACR is the full form"', 'The SENCO is the special educational needs co-ordinator.'],
    ['a plan word before the brackets', 'Pupils with an EHC plan (Education, Health and Care plan) have reviews.'],
    ['a glossary line for a phrase', '# Report\n\nSome pupils have EHC plans.\n\n## Glossary\n\n- EHC plan: Education, Health and Care plan.\n'],
    ['an "Acronym | Meaning" table at the end, without a heading', 'Ask the ELSA.\n\n| Acronym | Meaning |\n|---|---|\n| ELSA | Emotional literacy support assistant |\n'],
    ['glossary lines giving the full form first', 'Educational Psychologist – EP\n\nTeaching Assistant: TA\n\nAsk the EP or a TA.\n'],
    ['a "Jargon buster" section', '# Report\n\nAsk the ELSA.\n\n## Jargon buster\n\n- ELSA: emotional literacy support assistant\n'],
    ['a shouted heading with its full form', '## EXAM ACCESS ARRANGEMENTS (EAA)\n\nThe EAA team assesses pupils.\n'],
    ['"that is," between commas', 'Many pupils use AAC, that is, augmentative and alternative communication.'],
    // Batch 31-35 shapes, each with other wordings.
    ['a full form hard-wrapped before the brackets', 'We refer to the Child and Adolescent Mental\nHealth Services (CAMHS) team.'],
    ['a line break just before the brackets', 'Pupils can use the Children and Young People\'s Mental Health Service\n(CYPMHS) drop-in.'],
    ['a hard-wrapped Act', 'The Additional Learning Needs and Education\nTribunal (Wales) Act 2018 (the ALNET Act) applies.'],
    ['apposition with a possessive', 'We work with the EPS, the council\'s Educational Psychology Service, each term.'],
    ['apposition with "our"', 'Ask the SENCO, our special educational needs co-ordinator, first.'],
    ['apposition in lower case', 'Talk to the LA, the local authority, about transport.'],
    ['an <abbr> title', 'Twenty pupils have an <abbr title="Education, Health and Care plan">EHCP</abbr>.'],
    ['an <abbr> title in single quotes', "Our <abbr title='special educational needs co-ordinator'>SENCO</abbr> is Ms Kay."],
    ['a GFM footnote at the end', 'Our SENDCo[^1] is Ms Okonjo.\n\n[^1]: SENDCo stands for special educational needs and disabilities co-ordinator.'],
    ['a footnote giving the full form after a colon', 'Pupils sit the CAT4[^cat] tests.\n\n[^cat]: CAT4: Cognitive Abilities Test, fourth edition.'],
    ['an abbreviations list in <details>', 'Our SaLT visits.\n\n<details>\n<summary>Abbreviations used on this page</summary>\n\n- **SaLT**: speech and language therapist\n\n</details>'],
    ['SEN(D) after its full form', 'Pupils with special educational needs and/or disabilities (SEN(D)) are supported. SEN(D) support varies.'],
    ['two forms in brackets', 'Pupils see the Speech and Language Therapy (SALT/SLT) team. SLT staff visit weekly.'],
    ['"who are" inside the full form', 'Children who are Looked After (CLA) get extra help.'],
    ['a plural written with an apostrophe', 'Our Emotional Literacy Support Assistants (ELSA’s) help.'],
    ['a glossary in <details> with a table', 'Ask the ELSA.\n\n<details><summary>Glossary</summary>\n\n| Term | Meaning |\n|---|---|\n| ELSA | emotional literacy support assistant |\n\n</details>'],
    ['a glossary row listing several forms', 'Your child may have an EHCP, also called an EHC plan.\n\n## Glossary\n\n| Abbreviation | Meaning |\n|---|---|\n| EHCP, EHC plan | Education, Health and Care plan, from the council |\n'],
    ['a glossary line with forms and full forms split by slashes', 'We use SEN and SEND.\n\n## Glossary\n\n- SEN / SEND: special educational needs / special educational needs and disabilities\n'],
    ['a glossary table with the full form in the first column', 'We see the SaLT.\n\n## Glossary\n\n| Meaning | Abbreviation |\n|---|---|\n| Speech and language therapy | SaLT |\n'],
    ['glossary lines that read like headings', 'We see the SaLT and the EP.\n\n## Glossary\n\n**SaLT** – speech and language therapy\n\nEP\n: educational psychologist\n'],
    ['"and/or" inside the full form', 'Our SENDCo (Special Educational Needs and/or Disabilities Co-ordinator) is Ms Hall.'],
    ['"full form, or ACR,"', 'Our Additionally Resourced Provision, or ARP, has ten places.'],
    ['a word naming what the full form is, before the brackets', 'We follow the Assess, Plan, Do, Review cycle (APDR).'],
    ['a hyphenated full form', 'We follow the assess-plan-do-review (APDR) cycle.'],
    ['a number after the letters, left out of the full form', 'Students sit the CAT4.\n\n| Abbreviation | Meaning |\n|---|---|\n| CAT4 | Cognitive Abilities Test, a reasoning test |\n'],
    // Batch 51-53 shapes, each with other wordings.
    ['brackets that open with the acronym and go on with a sentence', 'Every pupil has an Education, Health and Care Plan (EHCPs are reviewed every year). The EHCP matters.'],
    ['the same, another wording', 'We hold Team Around the Child (TAC meetings are termly) for some families.'],
    ['"full form, ACR for short,"', 'Augmentative and alternative communication, AAC for short, means signs and symbols.'],
    ['"(ACR for short)"', 'Speech and language therapy (SaLT for short) is weekly.'],
    ['"our" before a full form in brackets', 'Ask our SENDCo (our special educational needs and disabilities co-ordinator) first.'],
    ['"an" before a full form on a definition line', '## Definitions\n\n- **IDP**: an individual development plan.\n\nEach IDP is reviewed.\n'],
    ['"a" before a full form in brackets', 'The SpLD (a specific learning difficulty) assessor visits in May.'],
    ['"in full"', 'Arrangements follow the JCQ, in full the Joint Council for Qualifications, each year.'],
    ['"refers to" with who the term is about', 'NEET refers to young people who are not in education, employment or training.'],
    ['"means" with who the term is about', 'NEET means young people who are not in education, employment or training.'],
    ['"usually shortened to the ACR Act"', 'The Additional Learning Needs and Education Tribunal (Wales) Act 2018, usually shortened to the ALNET Act, applies.'],
    ['"often abbreviated to"', 'An Education, Health and Care plan, often abbreviated to EHCP, lasts to 25.'],
    ['a "Key" section at the end', 'Pupils with SLD and MSI attend.\n\n## Key\n\nSLD = severe learning difficulties; MSI = multi-sensory impairment.\n'],
    ['a paragraph led by "**Key:**"', 'Pupils with SLD attend.\n\n**Key:** SLD = severe learning difficulties.\n'],
    ['a paragraph led by "Abbreviations:"', 'Pupils with SLD attend.\n\nAbbreviations: SLD = severe learning difficulties.\n'],
    ['a definition line in a glossary section that describes the term', 'We write an ALP.\n\n## Diffiniadau / Definitions\n\n- **ALP**: the extra help written into the plan.\n'],
    ['a room named after an everyday subject', 'Exams are in ICT2 or PE1 this year.'],
    // Probed afterwards: other ways of naming a full form.
    ['"abbreviated as"', 'The Educational Psychology Service, abbreviated as EPS, visits.'],
    ['"(henceforth ACR)"', 'The Educational Psychology Service (henceforth EPS) visits.'],
    ['"(abbreviated to ACR)"', 'The Educational Psychology Service (abbreviated to EPS) visits.'],
    ['the acronym between dashes after its full form', 'The Educational Psychology Service – EPS – visits. So does the Local Authority -- LA -- team.'],
    ['"(which is the ...)"', 'The EPS (which is the Educational Psychology Service) visits.'],
    ['"(short for ...)"', 'The EPS (short for Educational Psychology Service) visits.'],
    ['"or to give it its full name"', 'The EPS, or to give it its full title, the Educational Psychology Service, visits.'],
  ])('accepts an explanation: %s', (_name, text) => {
    expect(subjects(text)).toEqual([]);
  });

  it('accepts a glossary section at the end, with lines without punctuation or a table', () => {
    expect(subjects('# Policy\n\nWe meet with the EHCP team and CAMHS.\n\n## Glossary\n\n- EHCP Education, Health and Care Plan\n- CAMHS: Child and Adolescent Mental Health Services\n')).toEqual([]);
    expect(subjects('# Policy\n\nAsk the SENCO.\n\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| SENCO | Special educational needs co-ordinator |\n')).toEqual([]);
  });

  it.each([
    ['for example', 'Some pupils have SpLD (for example dyslexia).', 'SpLD'],
    ['a single condition', 'Some pupils have SpLD (dyslexia).', 'SpLD'],
    ['a school category', 'We are a Church of England (VA) school.', 'VA'],
    ['words nearby but not tied', 'Social, emotional and mental health is one area. SEMH needs vary.', 'SEMH'],
    ['a name given by "known as"', 'Our ARP, known as The Nest, supports pupils.', 'ARP'],
    ['an ordinary word before the brackets', 'We send EP reports (each parent gets one).', 'EP'],
    ['"is an" with words that do not fit', 'The EP is an important partner.', 'EP'],
    ['a label before it', 'Reviewed by: SLT', 'SLT'],
    // The letters s, a, l, t appear in order ("statutory assessment ... Health"), but the words do not start with them.
    ['"or" before a different role', 'Speak to the class teacher, or SENCO, first.', 'SENCO'],
    ['a cell before it whose words do not fit', '| Group | Staff |\n|---|---|\n| Teaching and learning | TA |\n', 'TA'],
    // Only a row's first cell names glossary terms.
    ['acronyms listed in a later cell', '| Area | Staff | Role |\n|---|---|---|\n| Support | TA, PE | Teaching assistant and PE teacher |', 'TA'],
    ['SEN(D) with no full form (read as SEND)', 'Our SEN(D) policy.', 'SEND'],
    ['a clause in brackets', 'Ask the SENCO (who is Mrs Day) first.', 'SENCO'],
    ['apposition whose words do not fit', 'Speak to the SENCO, the class teacher and the head.', 'SENCO'],
    ['an <abbr> whose title is empty', 'Pupils have an <abbr title="">EHCP</abbr>.', 'EHCP'],
    ['a footnote that is not a definition', 'See the SENCO[^1].\n\n[^1]: Updated in 2025.', 'SENCO'],
    ['a sentence after it whose letters merely fit', '| SaLT statutory assessment Education, Health and Care plan |\n|---|\n| x |', 'SALT'],
    // Batch 51-53 look-alikes.
    ['a description in brackets in running prose', 'In two classes we use TEACCH (a structured way of organising the room) daily.', 'TEACCH'],
    ['a name in brackets after the acronym', 'The SENCO (Mrs Jones) will call you.', 'SENCO'],
    ['a sentence in brackets after a full form that does not fit', 'Pupils join our nurture groups (DSL staff check in weekly).', 'DSL'],
    ['"for short" after words that do not fit', 'We run small groups, PODD for short, at lunch.', 'PODD'],
    ['a definition line outside a glossary section', 'We write an ALP.\n\n## Our provision\n\n- **ALP**: the extra help written into the plan.\n', 'ALP'],
    ['a room code whose letters are not an everyday acronym', 'Exams are in SDR2 this year.', 'SDR2'],
    ['dashes around it after words that do not fit', 'We see our friends – EPS – often.', 'EPS'],
    ['dashes around it after a different role', 'Speak to the class teacher – SENCO – first.', 'SENCO'],
    ['"(which is ...)" that does not fit', 'The SENCO (which is a big job) helps.', 'SENCO'],
  ])('does not take %s as an explanation', (_name, text, subject) => {
    expect(subjects(text)).toEqual([subject]);
  });

  it('ignores mottos, staff initials, Roman numerals, year and question labels, code, links, e-mail and frontmatter', () => {
    const text = [
      '---',
      'owner: SENCO',
      '---',
      '',
      'BE KIND. BE CURIOUS. BE BROOK.',
      '',
      'Mrs Anna Okafor (AO) and Mr Farid Hussain (FH) lead Part IV of the plan.',
      '',
      'Q1: In Y6 some pupils have 1:1 support. Run `EHCP` in code.',
      '',
      'See https://example.org/SEND/EHCP or write to SENDCO@example.sch.uk.',
      '',
      '```',
      'CAMHS SALT',
      '```',
      '',
    ].join('\n');
    expect(subjects(text)).toEqual([]);
  });

  it('leaves postcodes and initials after a sign-off or a name alone, wherever the letters recur', () => {
    expect(subjects('Write to us at 1 Mill Lane, London SW1A 1AA.')).toEqual([]);
    expect(subjects('Mrs Jo Kay Marsh (JKM) wrote this. JKM will review it.\n\nSigned: RHT / PLW\n')).toEqual([]);
    expect(subjects('Reviewed by: SLT')).toEqual(['SLT']);
  });

  it('reads an acronym that is also a word as the word in a shouted sentence, and as the acronym in a shouted title', () => {
    expect(subjects('> REPORTS ARE SENT HOME IN JULY.')).toEqual([]);
    expect(subjects('**PLEASE DO NOT SEND MEDICINES IN BOOK BAGS.**')).toEqual([]);
    expect(subjects('WE WILL SEND IT BACK TO YOU.')).toEqual([]);
    expect(subjects('# OUR SEND POLICY\n\nText.')).toEqual(['SEND']);
    expect(subjects('# SEND IN OUR SCHOOL\n\nText.')).toEqual(['SEND']);
    expect(subjects('Please do not SEND forms by post.')).toEqual(['SEND']);
  });

  it('leaves mail-merge field names and capitals in a bracketed template field to the placeholder rule', () => {
    expect(subjects('The SEND governor is %GOVERNOR_NAME%. Next review: [DYDDIAD]. Phone {SCHOOL_PHONE}.')).toEqual(['SEND']);
    expect(subjects('Ask the SENCO [SENCO] first.')).toEqual(['SENCO']);
  });

  it('reads dotted letters as the acronym they spell only when sendlint knows it, and needs a description before "we call it"', () => {
    expect(subjects('Write the D.O.B. on the form.')).toEqual(['DOB']);
    expect(subjects('Signed J.T. and A.K. on the form; U.K. law applies.')).toEqual([]);
    expect(subjects('We call it SEMH. SEMH needs vary.')).toEqual(['SEMH']);
  });

  it('leaves school software named by its letters alone (CPOMS, SIMS, IDL)', () => {
    expect(subjects('Concerns are logged on CPOMS, records are kept in SIMS and pupils use IDL daily.')).toEqual([]);
  });

  it('leaves organisations named by their letters alone (UCAS, SNAP Cymru)', () => {
    expect(subjects('Apply through UCAS, or ask SNAP Cymru for advice.')).toEqual([]);
  });

  it('leaves capitals for emphasis and shouted phrases inside a sentence alone', () => {
    expect(subjects('Medicines must NOT be brought in. ALL pupils are welcome. OUR PLAN IS SIMPLE. Ask the SENCO.')).toEqual(['SENCO']);
    expect(subjects("Welcome to OAKWOOD PRIMARY and ST MARY'S, where CAMHS SALT sessions run.")).toEqual(['CAMHS', 'SALT']);
  });

  it('reports a two-letter acronym it knows, such as SA in "SA+", and leaves exam boards alone', () => {
    expect(subjects('Some pupils were at SA+ before 2014.')).toEqual(['SA']);
    expect(subjects('Pupils take Entry Level Certificates with AQA or OCR, or a BTEC.')).toEqual([]);
  });

  it('leaves product names whose capitals run into a word (RAISEonline) and TODO markers alone', () => {
    expect(subjects('We used RAISEonline until 2017. TODO: check the SEMH figures.')).toEqual(['SEMH']);
  });

  it('reports Key Stage tokens, and treats SaLT and SALT as one acronym', () => {
    expect(subjects('In KS2 pupils see the SaLT. The SALT visits weekly.')).toEqual(['KS2', 'SALT']);
  });

  it("says when an acronym belongs to the other country's system", () => {
    const [finding] = run('Ask the SENCO.', { jurisdiction: 'wales' });
    expect(finding!.message).toContain('system in England');
  });

  it('leaves everyday and allow-listed acronyms alone', () => {
    expect(subjects('The NHS and the DfE work across the UK with the ELSA.', { allowAcronyms: ['elsa'] })).toEqual([]);
  });

  it('leaves months and weekdays in capitals and everyday words of daily life alone, but not school terms', () => {
    expect(subjects('Apply by 31 OCT. Term starts MON 4 SEP. Closing date: FRIDAY 14 MARCH.')).toEqual([]);
    expect(subjects('Bring your PIN. Use a USB stick, the WiFi or the DVD. Our PTFA helps. She has a BSc and a PhD.')).toEqual([]);
    expect(subjects('She has a PGCE with QTS. We follow the EYFS.')).toEqual(['PGCE', 'QTS', 'EYFS']);
  });

  it('offers a safe fix that spells out the first use and fixes the article', () => {
    const text = 'Your child may have an EHCP.\n';
    const [finding] = run(text);
    expect(applySafeFixes(text, finding!.fixes!).text).toBe('Your child may have an Education, Health and Care plan (EHCP).\n');
    const start = 'SENCO support is planned.\n';
    expect(applySafeFixes(start, run(start)[0]!.fixes!).text).toBe('Special educational needs co-ordinator (SENCO) support is planned.\n');
  });

  it('offers one unsafe fix per meaning for an ambiguous acronym, plus glossary and allow-list fixes', () => {
    const [finding] = run('The SLT meets weekly.');
    const fixes = finding!.fixes!;
    expect(fixes.filter((f) => f.title.includes('choose this meaning')).map((f) => f.safe)).toEqual([false, false]);
    expect(fixes.some((f) => f.kind === 'allow-acronym' && f.edits.length === 0)).toBe(true);
    expect(fixes.some((f) => f.title.startsWith('Start a glossary'))).toBe(true);
    expect(finding!.message).toContain('senior leadership team');
  });

  it('adds to an existing glossary list', () => {
    const text = '# Policy\n\nAsk the SENCO.\n\n## Glossary\n\n- TA: teaching assistant\n';
    const fix = run(text)[0]!.fixes!.find((f) => f.title.includes("document's glossary"))!;
    expect(fix.edits[0]!.newText).toBe('\n- SENCO: special educational needs co-ordinator');
    expect(fix.edits[0]!.range.start.line).toBe(6);
  });
});
