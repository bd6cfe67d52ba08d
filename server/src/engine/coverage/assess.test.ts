import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document.js';
import { decideFacts } from '../facts.js';
import { assessCoverage, findSencoContact } from '../coverage.js';
import { standards } from '../standards.js';

function status(text: string, requirement: string): string {
  const doc = buildDocument(text);
  return assessCoverage(doc, decideFacts(doc, {}), standards).find((r) => r.requirement === requirement)!.assessment.status;
}

const report = (body: string) => `# SEN Information Report\n\nWe are a primary school for 300 pupils.\n\n${body}\n`;
const glance = (answer: string) => report(`## At a glance\n\n| | |\n|---|---|\n| Who we are | A primary school for pupils aged 4 to 11 |\n| SENCO | ${answer} |\n| Headteacher | Mrs Joan Pryce |\n`);

describe('a heading that names the thing its details answer', () => {
  it('counts a table row labelled "SENCO" with a name and email as the SENCO\'s details', () => {
    expect(status(glance('Mr Kwame Asante (kasante@school.example.sch.uk)'), 'send-regs-2014-sch1/4')).toBe('covered');
  });

  it('does not count the same row when it holds no details', () => {
    expect(status(glance('To be confirmed'), 'send-regs-2014-sch1/4')).not.toBe('covered');
  });

  it('counts a "SENDIASS" heading over a phone number and website as the service\'s contact details', () => {
    const text = report('## SENDIASS\n\nCall 01632 960111 or visit https://northshire-advice.example.org to book a call back.\n');
    expect(status(text, 'send-regs-2014-sch1/11')).toBe('covered');
  });
});

describe('the SENCO named in the sentence after the role', () => {
  it('takes "She is Dr ..." after a sentence naming the role as the SENCO\'s name', () => {
    const doc = buildDocument(report('## Who\'s who\n\nThe Head of Learning Support is also our SENCO. She is Dr Eleanor Marsh, and you can email her at ls@school.example.sch.uk.\n'));
    expect(findSencoContact(doc).name).not.toBeNull();
    expect(status(doc.text, 'send-regs-2014-sch1/4')).toBe('covered');
  });

  it('does not take a pronoun sentence without a name as one', () => {
    const doc = buildDocument(report('## Who\'s who\n\nThe SENCO leads our provision. She is responsible for the register. Call 01632 960222.\n'));
    expect(findSencoContact(doc).name).toBeNull();
  });
});

describe('a report organised by the areas of need', () => {
  const areas = (sections: string) => report(`## About this report\n\nWe describe our support area by area.\n\n${sections}`);
  const sensory =
    '## Sensory and physical needs\n\nWe print worksheets in enlarged text and lend writing slopes.\n\nWhere a pupil tires easily, we adjust the length of the tasks we set.\n\n';

  it('reads the passages of an area section together: adaptations one per paragraph cover item 3d', () => {
    expect(status(areas(sensory), 'send-regs-2014-sch1/3d')).toBe('covered');
  });

  it('does not join the passages of a section headed as another item\'s answer', () => {
    const extra = sensory.replace('Sensory and physical needs', 'What extra support is there?');
    expect(status(areas(extra), 'send-regs-2014-sch1/3d')).not.toBe('covered');
  });

  const section = (heading: string) => `## ${heading}\n\nEach pupil has a key adult who checks in with them every morning before lessons start.\n\n`;
  it('takes three or more area headings, each over real content, as the kinds of need provided for', () => {
    // "Social, emotional and mental health" is also a wellbeing heading (item 3g), so three others make the list.
    const text = areas(['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health', 'Sensory and/or physical needs'].map(section).join(''));
    expect(status(text, 'send-regs-2014-sch1/1')).toBe('covered');
  });

  it('does not take area headings with nothing under them', () => {
    const text = areas(['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health'].map((h) => `## ${h}\n\nTBC\n\n`).join(''));
    expect(status(text, 'send-regs-2014-sch1/1')).not.toBe('covered');
  });
});

describe('a paragraph hard-wrapped mid-sentence', () => {
  it('is read as whole sentences: the equipment and how it is got may sit on two lines', () => {
    const text = report('## Equipment\n\nSmall items come from our SEN budget. For larger specialist equipment we\napply to the local authority for funding.\n');
    expect(status(text, 'send-regs-2014-sch1/6')).toBe('covered');
  });
});

describe('a website accordion exported as raw HTML', () => {
  const accordion = (summary: string, answer: string) => `<details>\n<summary>${summary}</summary>\n${answer}\n</details>\n\n`;
  const text = report(
    accordion('What if I am unhappy?', '<p>Talk to the class teacher first, then the headteacher. If it is still not resolved, the governors hear formal complaints.</p>') +
      accordion('Where is the Local Offer?', '<p>It is on <a href="https://www.vale.example.gov.uk/localoffer">the council\'s website</a>.</p>') +
      accordion('How do you know your support is working?', '<p>This answer is being updated. Please check back soon.</p>'),
  );

  it('reads the HTML answers under their summaries', () => {
    expect(status(text, 'send-regs-2014-sch1/9')).toBe('covered');
    expect(status(text, 'send-regs-2014-sch1/13')).toBe('covered');
  });

  it('does not count an answer that only says it is being updated', () => {
    expect(status(text, 'send-regs-2014-sch1/3a')).not.toBe('covered');
  });
});

describe('one-word headings ("Teach", "Adapt", "Involve") over terse answers', () => {
  it.each([
    ['send-regs-2014-sch1/3c', 'Teach', 'Teachers show new ideas in small steps and model every task.'],
    ['send-regs-2014-sch1/3d', 'Adapt', '- Visual timetables and now-and-next boards.\n- A quiet workstation and seating chosen for each child.'],
    ['send-regs-2014-sch1/3d', 'Adaptations', '- Enlarged worksheets.\n- Movement breaks and ear defenders.'],
    ['send-regs-2014-sch1/7', 'Involve', "- You help write your child's plan.\n- Coffee morning each half term."],
    ['send-regs-2014-sch1/7', 'Involvement', '- You are invited to every review.\n- A home-school diary if you would like one.'],
    ['send-regs-2014-sch1/2', 'Noticing', 'Teachers check progress every half term and tell you if they are worried.'],
    ['send-regs-2014-sch1/2', 'Spot', 'Teachers check progress every half term and tell you if they are worried.'],
    ['send-regs-2014-sch1/3g', 'Nurture', 'A nurture group runs every morning for children who feel anxious.'],
    ['send-regs-2014-sch1/5', 'Train', 'All staff had autism training this year.'],
    ['send-regs-2014-sch1/6', 'Equip', 'Writing slopes and pencil grips come from our SEN budget; we apply to the council for larger items.'],
    ['send-regs-2014-sch1/10', 'Partners', 'We work with the school nurse and speech and language therapists.'],
  ])('%s under "%s"', (requirement, heading, answer) => {
    expect(status(report(`## ${heading}\n\n${answer}\n`), requirement)).toBe('covered');
  });

  it('does not take a one-word heading over a pointer', () => {
    expect(status(report('## Adapt\n\nSee our curriculum pages.\n'), 'send-regs-2014-sch1/3d')).not.toBe('covered');
  });
});

describe('other wordings of the same ideas', () => {
  it.each([
    ['send-regs-2014-sch1/7', "Parents are always invited to the review meetings, and the class teacher rings home every Friday. Your child's key worker is your first point of contact."],
    ['send-regs-2014-sch1/3d', "Every classroom has a seating plan that takes into account each child's needs, and there is a quiet break room at lunchtime."],
    ['send-regs-2014-sch1/10', 'We work with the school nurse, social workers and a local hospice, and we refer families to short breaks.'],
    ['cfa-2014-s69/less-favourable', 'No disabled pupil is treated less favourably: we plan trips and clubs around the children taking part.'],
  ])('%s: %s', (requirement, passage) => {
    expect(status(report(`## About our school\n\n${passage}\n`), requirement)).toBe('covered');
  });

  it('takes going on every trip, planned before each one, as joining in (3f)', () => {
    expect(status(report('## Helping children join in\n\nChildren with additional needs go on every trip and residential; we make a plan with the family before each one.\n'), 'send-regs-2014-sch1/3f')).toBe('covered');
  });

  it('takes "Telling us about your needs" as an identification heading (2)', () => {
    const text = report('## Telling us about your needs\n\nWhen you apply, you can tell us about any difficulty or disability on the form, and our team meets you to assess what you need.\n');
    expect(status(text, 'send-regs-2014-sch1/2')).toBe('covered');
  });

  it('takes "On top of ..." under a support heading as additional support', () => {
    expect(status(report('## Specialist support\n\nOn top of the usual curriculum, some pupils have speech and language programmes each week.\n'), 'send-regs-2014-sch1/3e')).toBe('covered');
  });
});

describe('a heading answered only by a deferral', () => {
  it('still takes the bold lead-in sections after "See below." as its content', () => {
    const text = report('## What extra help is there?\n\nSee below.\n\n**Reading.** Small-group phonics three mornings a week with a teaching assistant.\n\n**Maths.** One-to-one maths catch-up sessions.\n');
    expect(status(text, 'send-regs-2014-sch1/3e')).toBe('covered');
  });

  it('does not take the bold lead-in section after it as its content', () => {
    const text = report('## The Local Offer\n\nLink to follow.\n\n**Access.** Our building has ramps, and our accessibility plan is on our website.\n');
    expect(status(text, 'send-regs-2014-sch1/13')).not.toBe('covered');
    expect(status(text, 'cfa-2014-s69/facilities')).toBe('covered');
  });
});

describe('a report that says there is no SENCO', () => {
  it('does not take the next contact details as the SENCO\'s', () => {
    const doc = buildDocument(report('## Leadership\n\nWe do not have a separate SENCO. Please contact the headteacher on 01632 960111.\n'));
    expect(findSencoContact(doc).contact).toBeNull();
  });

  it('still finds a SENCO named after saying there is no separate team', () => {
    const doc = buildDocument(report('## Leadership\n\nWe have no separate SEN team; our SENCO, Mrs Ann Lee, is on 01632 960111.\n'));
    expect(findSencoContact(doc).contact).not.toBeNull();
  });
});

describe('the four areas of need described without their names (SEN policy)', () => {
  const policy = (bullets: string[]) =>
    `# SEND Policy\n\nWe are a secondary academy.\n\n## Who we include\n\nWe include students whose needs affect:\n\n${bullets.map((b) => `- ${b};`).join('\n')}\n`;
  const four = [
    'how they communicate and get on with people, including autistic students',
    'how they learn and remember, including students with dyslexia',
    'how they manage their feelings and mental health',
    'how they see, hear or move',
  ];

  it('counts all four described in other words as setting out the areas', () => {
    expect(status(policy(four), 'sen-policy/areas-of-need')).toBe('covered');
  });

  it('does not count three of them', () => {
    expect(status(policy(four.slice(0, 3)), 'sen-policy/areas-of-need')).not.toBe('covered');
  });
});

describe('what pupils asked for (SEN policy, pupils)', () => {
  const policy = (body: string) => `# SEND Policy\n\nWe are a secondary academy.\n\n## Student voice\n\n${body}\n`;

  it('counts students who asked for and got changes as their voice', () => {
    expect(status(policy('Students write their own page of their plan and come to their reviews. This year they asked for quieter corridors, and lessons now end early for those who need it.'), 'sen-policy/pupils')).toBe('covered');
  });

  it('does not count parents\' feedback and suggestions as the pupils\'', () => {
    expect(status(policy('Parents give us feedback and suggestions through an annual survey.'), 'sen-policy/pupils')).not.toBe('covered');
  });
});

describe('first-person promise headings and letter-style paragraphs (batch 71-73 causes, other wordings)', () => {
  it('takes "We agree it with you" / "How we decide things together with you" as a parents\' heading', () => {
    const body = 'Your son\'s learning plan is agreed with you at a meeting each term, and his key adult phones you every Friday.';
    expect(status(report(`## We agree it with you\n\n${body}`), 'send-regs-2014-sch1/7')).toBe('covered');
    expect(status(report(`## How we decide things together with you\n\n${body}`), 'send-regs-2014-sch1/7')).toBe('covered');
  });

  it('does not take a complaints heading written "with you" as one', () => {
    expect(status(report('## We sort out problems with you\n\nIf you are unhappy, talk to the head and then write to the governors under our complaints policy.'), 'send-regs-2014-sch1/7')).not.toBe('covered');
  });

  it('takes activities that "are for every pupil" as pupils joining in', () => {
    expect(status(report('## Clubs and visits\n\nOur after-school clubs and every class outing are for every pupil, and we add an extra adult where needed.'), 'send-regs-2014-sch1/3f')).toBe('covered');
  });

  it('does not read "slope" or "type" as PE', () => {
    expect(status(report('## Equipment\n\nSome pupils use a writing slope or type their work, and in lessons everyone can take part in the discussion.'), 'send-regs-2014-sch1/3f')).not.toBe('covered');
  });

  it('counts a letter paragraph on noticing, checks and the register as identifying needs', () => {
    const text = report('When a teacher notices that something is not quite right, or a pupil keeps dropping behind in reading, we carry out short checks of memory and phonics. If your child needs something additional to or different from the class, we add them to our SEN register with your agreement.');
    expect(status(text, 'send-regs-2014-sch1/2')).toBe('covered');
  });

  it('counts starting points, end scores and which programmes worked as evaluation', () => {
    const text = report('We note every pupil\'s starting score and check again at the end of each group, and we tell the governors which interventions worked best so we spend where it makes a real difference.');
    expect(status(text, 'send-regs-2014-sch1/3a')).toBe('covered');
  });

  it('counts changes made "to suit" pupils with named adaptations as adapting', () => {
    expect(status(report('We change the way work is set to suit individual pupils, for example tinted paper and a visual timetable.'), 'send-regs-2014-sch1/3d')).toBe('covered');
  });

  it('takes "Your child\'s plan" as a heading for reviewing progress', () => {
    expect(status(report('## Your child\'s plan\n\nEach pupil has a learning profile with targets that we look at together every term.'), 'send-regs-2014-sch1/3b')).toBe('covered');
  });

  it('counts a place offered and no child turned away as admissions', () => {
    expect(status(report('Families apply for a place through the council in the usual way. We never turn a disabled child away, and where an EHC plan names us we offer a place.'), 'cfa-2014-s69/admissions')).toBe('covered');
  });
});

describe('a sign-off that puts the name above the role', () => {
  it('takes the name line above the role line as the SENCO\'s name', () => {
    const doc = buildDocument(report('Best wishes,\n\nDr Sam Whitley\nSENCO\nTel: 01632 960555'));
    expect(findSencoContact(doc).name).not.toBeNull();
    expect(status(doc.text, 'send-regs-2014-sch1/4')).toBe('covered');
  });

  it('does not take a name above a long sentence about the role', () => {
    const doc = buildDocument(report('Dr Sam Whitley\nThe SENCO works closely with class teachers to plan support for every pupil who needs it.\nTel: 01632 960555'));
    expect(findSencoContact(doc).name).toBeNull();
  });
});

describe('a section answered only by a link', () => {
  const page = (answer: string) => report(`## Wellbeing\n\n${answer}\n\n[Back to top](#top)\n\n**Staff training.** Every member of staff had training on anxiety and friendships this year, and our mentor runs a nurture group.`);

  it('does not take the bold section after a link-only answer as its content', () => {
    expect(status(page('[Our pastoral care page](https://www.example.org/pastoral)'), 'send-regs-2014-sch1/3g')).not.toBe('covered');
  });

  it('does not count "Back to top" as content in a table cell', () => {
    const rows = [
      '| Who is the SENCO? | Mrs Ann Lee, senco@example.sch.uk<br>[Back to top](#top) |',
      '| Complaints | [Complaints Policy](https://www.example.org/complaints)<br>[Back to top](#top) |',
      '| Moving on | We visit each new school with the pupil and pass on their plan.<br>[Back to top](#top) |',
    ];
    const text = report(`| Question | Answer |\n|---|---|\n${rows.join('\n')}\n`);
    expect(status(text, 'send-regs-2014-sch1/9')).not.toBe('covered');
  });
});

describe('first-person promise headings over a one-idea answer', () => {
  const page = (heading: string, body: string) => report(`## ${heading}\n\n${body}\n\n## Our site\n\nOur school has a garden and a library.`);
  it.each([
    ['1', 'We teach every kind of learner', 'Children here include autistic children and children with dyslexia.'],
    ['1', 'Who we help', 'Children here include autistic children and children with dyslexia.'],
    ['3a', 'We make sure it works', 'We compare scores before and after each programme.'],
    ['3a', 'Is it working?', 'We compare scores before and after each programme.'],
    ['3c', 'Good teaching for all', 'Teachers break tasks into small steps.'],
    ['3d', 'We change things to fit your child', 'Some children use a visual timetable and a quiet corner.'],
    ['3g', 'We help children get on with others', 'Our learning mentor runs a friendship group.'],
    ['5', 'We keep learning', 'All staff had autism training this year.'],
    ['5', 'Skilled staff', 'All staff had autism training this year.'],
    ['7', 'We keep you in the loop', 'We meet you each term and agree the plan together.'],
    ['10', 'We bring in specialists', 'We work with the speech therapist and the school nurse.'],
    ['12', 'We get children ready for what comes next', 'Children visit their new class and new school before they move.'],
  ])('item %s under "%s"', (item, heading, body) => {
    expect(status(page('Section', body), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).toBe('covered');
  });
});

describe('a letter to parents: items said in passing inside long paragraphs (other wordings)', () => {
  const letter = (sentence: string) =>
    report(`Dear families, I write each September about how we support children. Our school has a garden and a library, and the children enjoy forest school on Fridays. ${sentence} Thank you for reading this letter, and please come and see me.`);
  it.each([
    ['3a', 'Each July I compare scores at the start and end of every group and share this with governors, and we stop programmes that do not help.'],
    ['3b', 'We look at every child\'s targets with you three times a year and note what has changed at each review.'],
    ['3g', 'Our pastoral lead runs nurture sessions and a calm space at lunch for children who find playtimes hard, and we teach about feelings.'],
    ['7', 'We review the targets with you each term, you receive a written summary afterwards, and the teacher or I will phone you if anything changes.'],
  ])('item %s', (item, sentence) => {
    expect(status(letter(sentence), `send-regs-2014-sch1/${item}`)).toBe('covered');
    expect(status(letter(''), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
  });
});

describe('a parents\' advice service named plainly', () => {
  it('counts "the county SEND advice service" with a phone number as the support service\'s details', () => {
    expect(status(report('## Where to get advice\n\nThe county SEND advice service: phone 01632 960418.'), 'send-regs-2014-sch1/11')).toBe('covered');
  });

  it('does not count it without contact details', () => {
    expect(status(report('## Where to get advice\n\nThe county has a SEND advice service.'), 'send-regs-2014-sch1/11')).not.toBe('covered');
  });
});


describe('a compliance table: "Requirement | What the law asks | Our response" (batch 81-84 causes, other wordings)', () => {
  const table = (rows: string) =>
    report(`## How we meet the regulations\n\n| Paragraph | The requirement | Our response |\n|---|---|---|\n| Para 1 | Kinds of need provided for | Autism, dyslexia, speech and language needs, anxiety and hearing loss. |\n${rows}\n`);
  it('does not take the requirement column as the answer: "N/A" beside it answers nothing', () => {
    expect(status(table('| Para 6 | How equipment and facilities are secured | N/A |'), 'send-regs-2014-sch1/6')).not.toBe('covered');
    expect(status(table('| Para 6 | How equipment and facilities are secured | See above. |'), 'send-regs-2014-sch1/6')).not.toBe('covered');
  });

  it('takes the requirement column as the heading of the answer beside it', () => {
    expect(status(table('| Para 6 | How equipment and facilities are secured | Small items come from our own budget; the council lends larger ones. |'), 'send-regs-2014-sch1/6')).toBe('covered');
  });

  it('reads a short table with a requirement column row by row even when most answers are "N/A"', () => {
    const short = report('## Compliance\n\n| Ref | Statutory requirement | How we meet it |\n|---|---|---|\n| 1 | Kinds of need | Autism and dyslexia. |\n| 6 | How equipment is secured | N/A |\n');
    expect(status(short, 'send-regs-2014-sch1/6')).not.toBe('covered');
  });

  it('keeps a middle column whose header names the school\'s own provision as content', () => {
    const text = report('## Our provision\n\n| Area | What we provide | Who to ask |\n|---|---|---|\n| Equipment | We buy specialist equipment from our SEN budget and apply for grants for costly items. | The SENCO |\n| Wellbeing | A nurture group and a learning mentor. | Mrs Dale |\n');
    expect(status(text, 'send-regs-2014-sch1/6')).toBe('covered');
  });
});

describe('a list of labelled contacts with a placeholder in one line', () => {
  it('does not take "Local Offer: [insert link]" beside another line\'s web address as the Local Offer', () => {
    const text = report('## Contacts\n\n- SENCO: Mr Ian Shaw, 01632 960111\n- Parent advice: Anyshire SENDIASS, https://www.example.org/sendiass\n- Local Offer: [insert link]');
    expect(status(text, 'send-regs-2014-sch1/13')).not.toBe('covered');
    expect(status(text.replace('[insert link]', 'on the county council website'), 'send-regs-2014-sch1/13')).toBe('covered');
  });
});

describe('a pointer that is itself where the Local Offer is', () => {
  it('counts "Visit the council\'s Local Offer pages" as saying where it is published', () => {
    expect(status(report('## Local Offer\n\nVisit the Local Offer pages of the county council website.'), 'send-regs-2014-sch1/13')).toBe('covered');
    expect(status(report('## Finding other services\n\nPlease see the Local Offer on the borough website.'), 'send-regs-2014-sch1/13')).toBe('covered');
  });

  it('does not count a pointer to the school\'s own website under a Local Offer heading', () => {
    expect(status(report('## Where is the Local Offer?\n\nPlease see our website.'), 'send-regs-2014-sch1/13')).not.toBe('covered');
  });
});

describe('informal and Easy Read wordings (batch 81-84 causes, other wordings)', () => {
  const page = (heading: string, body: string) => report(`## ${heading}\n\n${body}\n\n## Our site\n\nOur school has a garden and a library.`);
  it.each([
    ['2', 'My son is struggling – who should I speak to?', 'Speak to his form tutor, who will check his progress with the SENCO.'],
    ['2', 'How will you know if my daughter needs help?', 'Teachers watch how children play and learn.'],
    ['2', 'Section', "If you're really worried, tell us. Once a concern has been raised we look at reading ages and may do a short test, then we decide with you whether your child goes onto SEN support."],
    ['3b', 'Section', 'Your child has a plan with small targets. We look at the targets with you three times a year. Once a year there is a bigger meeting to check how your child is getting on.'],
    ['3c', 'Section', 'Most students learn in mainstream lessons, and subject teachers are accountable for how well they do there.'],
    ['3d', 'Do you change things for my child?', 'Yes. Your child might have large print.'],
    ['3d', 'Section', 'Teachers make small adjustments for individual pupils, such as large print, a seat near the front or more time to finish.'],
    ['3f', 'Trips and clubs', 'All pupils can go on the residential, and we plan it with you.'],
    ['7', 'Will anyone listen to me?', "We'll ring you after each review."],
    ['7', 'Section', "You'll help us write the plan, you're invited to every review, and we won't change anything without asking you first. Your child's key worker is your first point of contact."],
  ])('item %s under "%s"', (item, heading, body) => {
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).toBe('covered');
    expect(status(page(heading, 'Our school opened in 1974 and has a garden and a library.'), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
  });
});

describe('Easy Read and parents\' plain words (probed after batch 81-84)', () => {
  const page = (heading: string, body: string) => report(`## ${heading}\n\n${body}\n\n## Our site\n\nOur school has a garden and a library.`);
  it.each([
    ['1', 'What needs do we help with?', 'We help children who find talking hard.\nWe help children who are autistic.\nWe help children who find reading hard.\nWe help children who cannot see well.'],
    ['2', 'How will you know my child needs help?', 'We watch your child in class.\nWe check their reading.\nWe talk to you.'],
    ['2', 'My kid is falling behind. What do I do?', 'Talk to their tutor, who will flag it with the SENCO.'],
    ['3a', 'Does the help work?', 'We look at test scores at the start and end of each group. We tell the governors.'],
    ['3d', 'Section', 'We might use a picture timetable, give more time, or make the writing bigger.'],
    ['3e', 'What if they need more help?', 'Some children go to a small reading group.'],
    ['3g', 'Will my child be happy?', 'We have a nurture group, and our learning mentor helps children with worries.'],
    ['8', 'What does my child think?', 'We ask your child what helps them.\nYour child comes to their meeting.'],
  ])('item %s under "%s"', (item, heading, body) => {
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).toBe('covered');
    expect(status(page('Section', 'Our school opened in 1974 and has a garden and a library.'), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
  });

  it.each([
    ['3a', 'How does it work?', 'When a child has an EHC plan, the council writes it with you and it is reviewed every year with everyone involved.'],
    ['8', 'Reviews', "Your child's teacher comes to their review meeting, and so does the SENCO."],
    ['3e', 'Where can I get more help?', 'Anyshire SENDIASS gives free advice. Phone 01632 960123.'],
    ['3g', 'Will my child be safe here?', 'The building has ramps, a lift and two accessible toilets.'],
    ['1', 'Getting started', 'If your child finds reading hard, talk to the class teacher. We also help with worries about starting school.'],
  ])('not item %s under "%s"', (item, heading, body) => {
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
  });
});

describe('an Easy Read picture before each answer', () => {
  it('is not content: a picture and "Link to follow." do not say where the Local Offer is', () => {
    expect(status(report('## The Local Offer\n\n![A computer screen showing a website](img/web.png)\n\nLink to follow.'), 'send-regs-2014-sch1/13')).not.toBe('covered');
  });

  it('does not name the item for the section: a trip picture over an unrelated answer', () => {
    expect(status(report('## Our week\n\n![Children on a school trip to a farm](img/trip.png)\n\nEvery child can join in and take part in lessons each day.'), 'send-regs-2014-sch1/3f')).not.toBe('covered');
  });

  it('leaves the answer beside it to be read under its heading', () => {
    expect(status(report('## Getting the right equipment\n\n![A child in a special chair](img/chair.png)\n\nWe buy small items from our budget.\nThe council lends bigger things like special chairs.'), 'send-regs-2014-sch1/6')).toBe('covered');
  });
});

describe('parents\' informal questions as headings (probed after batch 81-84)', () => {
  const page = (heading: string, body: string) => report(`## ${heading}\n\n${body}\n\n## Our site\n\nOur school has a garden and a library.`);
  it.each([
    ['1', 'Does the school take kids like mine?', 'Yes: autistic pupils and pupils with dyslexia.'],
    ['2', 'How do you spot if a child is struggling?', 'Teachers check progress every half term.'],
    ['3a', 'How do you know your SEN support is any good?', 'We compare reading scores before and after each group.'],
    ['3b', "How's my child doing?", 'We talk about their targets with you.'],
    ['3c', "What's it like in lessons?", 'Work is set in small steps.'],
    ['3g', 'Who will help if my child is anxious or upset?', 'Our ELSA and pastoral team run nurture sessions.'],
    ['7', "How will I know what's going on?", 'We meet you every term and you help write the plan.'],
    ['7', 'Can I be involved?', 'We meet you every term and you help write the plan.'],
    ['9', 'What if I want to complain?', 'Talk to the SENCO first, then the headteacher, then the governors.'],
  ])('item %s under "%s"', (item, heading, body) => {
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).toBe('covered');
    expect(status(page('Section', body), `send-regs-2014-sch1/${item}`)).not.toBe('covered');
  });

  it('does not take a complaints heading over a pointer or over something else as the steps', () => {
    expect(status(page('What if I want to complain?', 'Please see our complaints policy.'), 'send-regs-2014-sch1/9')).not.toBe('covered');
    expect(status(page('What if I want to complain?', 'Our school opened in 1974 and has a garden.'), 'send-regs-2014-sch1/9')).not.toBe('covered');
  });
});

describe('a report written as one long list of bold questions (batch 85-87 causes, other wordings)', () => {
  const list = (items: string[]) => report(`> [!NOTE]\n> Each answer sits under its question.\n\n${items.map((i) => `- ${i}`).join('\n')}\n`);
  const complaints = '**What if I am unhappy?** Talk to the class teacher, then the SENCO, then the headteacher; after that you can complain formally to the governors.';
  const offer = '**Where is the Local Offer?** The council publishes it at https://www.council.example.gov.uk/localoffer.';
  const evaluation = '**How do you know if what you do works?** We are changing the way we measure this and will update this answer soon.';
  it('reads each item as its own question: a deferral under one question is not covered by the answers around it', () => {
    expect(status(list([complaints, evaluation, offer]), 'send-regs-2014-sch1/3a')).not.toBe('covered');
    expect(status(list([complaints, evaluation, offer]), 'send-regs-2014-sch1/9')).toBe('covered');
  });

  it('takes sub-bullets nested under a question as its answer', () => {
    const nested = '**Will you change things for my child?** Things we often do:\n  - print notes and slides;\n  - a seat near the front;\n  - coloured overlays and a laptop.';
    expect(status(list([complaints, nested]), 'send-regs-2014-sch1/3d')).toBe('covered');
    const bare = '**Will you change things for my child?**\n  - print notes and slides;\n  - a seat near the front;\n  - coloured overlays and a laptop.';
    expect(status(list([complaints, bare]), 'send-regs-2014-sch1/3d')).toBe('covered');
  });

  it('does not split a list of bold labels, nor take a list of bare questions as headings', () => {
    const services = report('## Who else helps?\n\nWe work with:\n\n- **Speech and language therapy:** weekly visits.\n- **Educational psychologist:** assessments each term.\n- **School nurse:** health care plans.\n');
    expect(status(services, 'send-regs-2014-sch1/10')).toBe('covered');
    const index = report('## Questions\n\n- **Who is the SENCO?**\n- **How do I complain?**\n- **Where is the Local Offer?**\n\n## About us\n\nWe are a friendly school.');
    expect(status(index, 'send-regs-2014-sch1/9')).toBe('missing');
  });
});

describe('a heading that asks who leads SEN over a bare name and number', () => {
  it.each([["Who's in charge of SEN?"], ['Who runs SEN support here?'], ['Who is responsible for SEND?'], ['Who leads inclusion?']])('covers item 4 under "%s"', (heading) => {
    const text = report(`## ${heading}\n\nPriya Okafor, 01632 960418\n\n## Our site\n\nOur school has a garden.`);
    expect(status(text, 'send-regs-2014-sch1/4')).toBe('covered');
    expect(findSencoContact(buildDocument(text)).name).not.toBeNull();
  });

  it('does not take a name-like opening of a sentence, or an answer without a name, as the SENCO', () => {
    const sentence = report("## Who's in charge of SEN?\n\nWyvern Heath Academy is a secondary school; phone 01632 960418.");
    expect(findSencoContact(buildDocument(sentence)).name).toBeNull();
    expect(status(report("## Who's in charge of SEN?\n\nPhone the office on 01632 960418."), 'send-regs-2014-sch1/4')).not.toBe('covered');
  });

  it('does not take "who looks after" wellbeing as the SENCO role', () => {
    expect(status(report('## Who looks after how my child feels?\n\nMrs Ann Lee, 01632 960418'), 'send-regs-2014-sch1/4')).not.toBe('covered');
  });
});

describe('footnotes in a Word export', () => {
  const word = (body: string, notes: string) => report(`## 4.1 The SENCO\n\n${body}\n\n## 4.2 Other things\n\nWe have a garden and a library.\n\n${notes}\n`);
  it('reads a footnote\'s text as part of the sentence that cites it', () => {
    const text = word('Our SENCO is Mr Tomasz Wright.[^4]', '[^3]: Some other note.\n[^4]: Mr Wright can be contacted on 01632 960733.');
    expect(status(text, 'send-regs-2014-sch1/4')).toBe('covered');
    expect(findSencoContact(buildDocument(text)).contact).not.toBeNull();
    expect(status(word('Our SENCO is Mr Tomasz Wright.[^4]', '[^4]: He works Monday to Thursday.'), 'send-regs-2014-sch1/4')).not.toBe('covered');
  });

  it('does not take a sentence ending in a footnote mark as a heading', () => {
    const text = report('## The Local Offer\n\nThe county council publishes its Local Offer online.[^5]\n\n## Other\n\nWe have a garden.\n\n[^5]: https://www.county.example.gov.uk/local-offer\n');
    expect(status(text, 'send-regs-2014-sch1/13')).toBe('covered');
  });

  it('does not count the notes as content of the section they end up in', () => {
    const text = report('## Complaints\n\nPlease see the Complaints Policy.\n\n[^1]: Speak to the class teacher, then the SENCO, then the headteacher, then complain to the governors.\n');
    expect(status(text, 'send-regs-2014-sch1/9')).not.toBe('covered');
  });
});

describe('a hospital and home education service in its own words (batch 85-87 causes, other wordings)', () => {
  const page = (heading: string, body: string) => report(`## ${heading}\n\n${body}\n\n## Our site\n\nOur classroom has a garden and a library.`);
  it.each([
    ['2', 'Getting to know what your child needs', 'We ask the previous school for their records and do short reading and number checks.'],
    ['2', 'When a pupil joins us', 'If we see signs of a need that nobody has picked up before, we tell you.'],
    ['3a', 'Is our service working?', 'Each term the management committee receives a report on the progress pupils made from their starting checks.'],
    ['3a', 'Are our interventions effective?', 'What pupils and parents told us in our leaving survey led to changes.'],
    ['3c', 'How we teach', 'We break each topic into short pieces that can be picked up after a gap.'],
    ['3g', 'Looking after the whole child', 'A key teacher checks how your child is feeling, and our play specialists help too.'],
    ['12', 'Going back to school', 'We agree a return plan and pupils build up their hours, starting with a phased return.'],
    ['12', 'Returning to school', 'Your child goes back to their own school gradually, and we pass on their records.'],
  ])('item %s under "%s"', (item, heading, body) => {
    expect(status(page(heading, body), `send-regs-2014-sch1/${item}`)).toBe('covered');
  });

  it('does not take "Is the school working with ...?" as an evaluation heading', () => {
    expect(status(page('How is the school working with other services?', 'We work with the school nurse and speech therapists.'), 'send-regs-2014-sch1/3a')).not.toBe('covered');
  });

  it('does not take a Pupil Passport as sport (3f)', () => {
    expect(status(page('Listening to children', 'Children help write their Pupil Passport and are invited to take part in their review.'), 'send-regs-2014-sch1/3f')).not.toBe('covered');
  });

  it('takes "we do not turn away a pupil because of a disability" as admissions', () => {
    expect(status(page('Starting with us', 'We do not turn away a pupil because of a disability or special educational need.'), 'cfa-2014-s69/admissions')).toBe('covered');
  });
});
