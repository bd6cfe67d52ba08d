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
