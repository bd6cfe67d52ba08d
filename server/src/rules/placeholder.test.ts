import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const subjects = (text: string) => lint(text, { onlyRules: ['placeholder'] }).findings.map((f) => f.subject);

describe('placeholder', () => {
  it('reports template left-overs', () => {
    expect(subjects('Our SEND governor is [insert name]. Welcome to <<school name>>, reviewed XXXX, date TBC. Lorem ipsum.')).toEqual([
      '[insert name]',
      '<<school name>>',
      'XXXX',
      'TBC',
      'Lorem ipsum',
    ]);
  });

  it('reports other template shapes', () => {
    expect(subjects('| Owner | [School name] |\n|---|---|\n| Date | <Insert date> |\n')).toEqual(['[School name]', '<Insert date>']);
    expect(subjects('Signed: Mrs X, Chair. Date: XX/XX/20XX. Call {{SENCO}} on ??.')).toEqual(['Mrs X', 'XX/XX/20XX', '{{SENCO}}', '??']);
    expect(subjects('Contact [SENCO name] on [phone number].')).toEqual(['[SENCO name]', '[phone number]']);
    expect(subjects('Welcome to (insert school name), INSERT SCHOOL NAME, in YYYY.')).toEqual(['(insert school name)', 'INSERT SCHOOL NAME', 'YYYY']);
  });

  it('finds placeholders paragraph by paragraph at their offsets in the whole text, with any line ending', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Our SENCO is [insert name].', '', '  ', 'Reviewed on XX/XX/20XX and again', 'on DD/MM/YYYY.'].join(eol);
      const found = lint(text, { onlyRules: ['placeholder'] }).findings.map((f) => [f.subject, f.range.start.line, f.range.start.character]);
      expect(found).toEqual([['[insert name]', 0, 13], ['XX/XX/20XX', 3, 12], ['DD/MM/YYYY', 4, 3]]);
    }
  });

  it('reads question marks as a missing detail only where no word comes before them', () => {
    expect(subjects('Call the office on ?? or ??? for help.')).toEqual(['??', '???']);
    expect(subjects('Is that really?? Really??? Yes.')).toEqual([]);
  });

  it('reports draft notes, blanks, Word form prompts and "delete as appropriate"', () => {
    expect(subjects('The governor is {Insert governor name}. We are a primary / secondary school (delete as appropriate).')).toEqual([
      '{Insert governor name}',
      '(delete as appropriate)',
    ]);
    expect(subjects('Parents should delete as appropriate: yes / no. (Add details of local groups.) Insert the link to the Local Offer here.')).toEqual([
      'delete as appropriate',
      '(Add details of local groups.)',
      'Insert the link to the Local Offer here',
    ]);
    expect(subjects('SENCO: Mrs A N Other. Parent: Joe Bloggs. See [Link to Local Offer] and [Photo of the sensory room].')).toEqual([
      'A N Other',
      'Joe Bloggs',
      '[Link to Local Offer]',
      '[Photo of the sensory room]',
    ]);
    expect(subjects('Click or tap here to enter text.\n\n<mark>TODO check figures</mark>\n\n==TODO: add link==\n')).toEqual(['Click or tap here to enter text', 'TODO', 'TODO']);
    expect(subjects('Approved on ________ by governors.\n\n| Date | ______ |\n|---|---|\n')).toEqual(['________', '______']);
    expect(subjects('Signed: ________ (Chair)\n\nSignature of headteacher ________\n')).toEqual([]);
  });

  it('reports default page text, stand-in names and a bracketed field inside an address', () => {
    expect(subjects('**Pennyhill** · Your text here\n\n| Title | Enter heading here |\n|---|---|\n\nText goes here.\n')).toEqual([
      'Your text here',
      'Enter heading here',
      'Text goes here',
    ]);
    expect(subjects('Last updated by: Name Surname. Contact: Firstname Lastname.')).toEqual(['Name Surname', 'Firstname Lastname']);
    expect(subjects('Email senco@[schooldomain].sch.uk or visit www.[school].org.uk.')).toEqual(['@[schooldomain]', 'www.[school]']);
  });

  it("reports a word processor's comment marker left in, stuck to the text or opening the comment's line", () => {
    expect(subjects('We review the plan each term.[JD1] Parents are invited.\n\n**[JD1]** Check this with the LA.\n\n- [AB12] Is this still right?\n')).toEqual(['[JD1]', '[JD1]', '[AB12]']);
    const [finding] = lint('We review the plan each term.[JD1] Parents are invited.', { onlyRules: ['placeholder'] }).findings;
    expect(finding!.message).toBe('"[JD1]" looks like a reviewer\'s comment mark left from a draft. Check the comment was dealt with, then delete the mark before the document is published.');
    // A reference to a table or box, a Key Stage in brackets, a reference link and a footnote are not comment markers.
    expect(subjects('See table [A1] below and Key Stage [KS2] results. Read [KS2].\n\n[KS2]: https://example.org\n')).toEqual([]);
  });

  it('reports a run of dots after a space or colon and a bracketed blank, not a contents leader or a trailing ellipsis', () => {
    expect(subjects('SENCO: Mr/Mrs ............ on Date:........\n\nNext review: [●]. Head: [•••]. Box: [___].\n')).toEqual(['............', '........', '[●]', '[•••]', '[___]']);
    expect(subjects('Introduction .......... 3\nContents ....... p4\n\nWell.....\n\nSigned: ................\n\n- [ ] to do\n')).toEqual([]);
  });

  it('leaves instructions to parents, names and real addresses alone', () => {
    expect(subjects('Please write your text here in the box. Add your text here, then save. Give your name, surname and date of birth.')).toEqual([]);
    expect(subjects('Email office@example.sch.uk. Mention @[Sam] in the chat. See [1] and the [note].')).toEqual([]);
  });

  it('reports mail-merge and wiki fields, capitals in brackets, "to follow", Welsh prompts, instructions and xx for a number', () => {
    expect(subjects('Governor: %GOVERNOR_NAME%. Hello ${school.name}. Signed [[Headteacher]].')).toEqual(['%GOVERNOR_NAME%', '${school.name}', '[[Headteacher]]']);
    expect(subjects('Next review: [DATE]. Ring [SCHOOL OFFICE NUMBER]. Budget £[amount], [number] pupils.')).toEqual(['[DATE]', '[SCHOOL OFFICE NUMBER]', '[amount]', '[number]']);
    expect(subjects('[Photos to follow] [Link to be confirmed] [Cyfieithiad i ddilyn] [Enw\'r ysgol] [DYDDIAD]')).toEqual([
      '[Photos to follow]',
      '[Link to be confirmed]',
      '[Cyfieithiad i ddilyn]',
      "[Enw'r ysgol]",
      '[DYDDIAD]',
    ]);
    expect(subjects('*Replace this paragraph with your own wording.* Delete this section if it does not apply')).toEqual([
      'Replace this paragraph with your own wording.',
      'Delete this section if it does not apply',
    ]);
    expect(subjects('In 2024/25, xx students left and XX% stayed.')).toEqual(['xx', 'XX']);
    expect(subjects('Ring {SchoolPhone}. Dear <SCHOOL NAME>, see <NAME>.')).toEqual(['{SchoolPhone}', '<SCHOOL NAME>', '<NAME>']);
    expect(subjects('Line<BR>break, <B>bold</B> and <DIV>x</DIV>.')).toEqual([]);
  });

  it('leaves percentages, kisses, footnote and reference marks, and sentences about this page alone', () => {
    expect(subjects('About 50% of pupils and 20% of staff. Love, Mrs B xx')).toEqual([]);
    expect(subjects('See [SEND][1] and [SENDIASS](https://x.example.org), note [^2] and [sic].\n\n[1]: https://y.example.org')).toEqual([]);
    expect(subjects('We update this page every term. Please remove this item from book bags.')).toEqual([]);
    expect(subjects('- [X] done\n- [x] also done')).toEqual([]);
  });

  it('leaves editorial brackets, anonymised pupils, task lists, reference links and rules alone', () => {
    const text = [
      'A parent said "she [the SENCO] always rings back". Child A and Pupil X made progress.',
      '',
      '- [x] Checked by the governor',
      '',
      'See the [advice service][1]. A todo list helps; so does a {clear} plan.',
      '',
      '[1]: https://example.org/advice',
      '',
      '________',
      '',
      'Dates will be confirmed in September. We __really__ mean it. Two pupils have diabetes (type 1), one (Type 2 diabetes) too.',
      '',
      'We add extra support here when it is needed.',
    ].join('\n');
    expect(subjects(text)).toEqual([]);
  });

  it('leaves names with an initial, questions and dates alone', () => {
    expect(subjects('Mrs Z Patel and Mr X. Jones will help. Really?? Reviewed 01/09/2025. See [1] and [our policy][p].')).toEqual([]);
  });

  it('ignores code, comments, frontmatter and links', () => {
    expect(subjects('---\nreview: TBC\n---\n\n`XXXX`\n\n<!-- [insert name] -->\n\nSee [our policy](https://example.org).\n')).toEqual([]);
  });
});
