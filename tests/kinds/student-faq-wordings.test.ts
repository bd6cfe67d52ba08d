// Schedule 1 items in the wordings of a college or sixth-form FAQ written by the student ("How will you
// know what I need?", "Who writes my support plan?", "What happens when I finish?") and of a special
// school ("Joining ...", "Therapies"), with look-alikes that must stay uncovered. Also: a Local Offer
// address next to a named support service is not that service's contact.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../server/src/engine/document.js';
import { decideFacts } from '../../server/src/engine/facts.js';
import { assessCoverage } from '../../server/src/engine/coverage.js';
import { standards } from '../../server/src/engine/standards.js';

function status(body: string, item: string): string {
  const doc = buildDocument(`# Learning support: your questions answered\n\n${body}\n`);
  const results = assessCoverage(doc, decideFacts(doc, {}), standards);
  return results.find((r) => r.requirement === `send-regs-2014-sch1/${item}`)!.assessment.status;
}

describe('a student-written FAQ', () => {
  it.each([
    ['2', '### How will you know what I need?\n\nEveryone does a short reading assessment in the first week.'],
    ['3b', '### How do I know my support is working?\n\nYour plan is reviewed with you each term, using your grades and your attendance.'],
    ['8', '### Who writes my support plan?\n\nYou do, with us. The plan is written in your own words.'],
    ['12', '### What happens when I finish my course?\n\nOur careers adviser helps you choose your next step: an apprenticeship, a job or university.'],
  ])('item %s', (item, body) => {
    expect(status(body, item)).toBe('covered');
  });

  it.each([
    ['8', 'a parent asking who writes their child\'s plan', '### Who writes my child\'s plan?\n\nThe SENCO writes it with the class teacher.'],
    ['12', 'the school\'s own next steps', '### Our plans\n\nNext steps for the school: a new library.'],
    ['2', 'a transition heading about starting at the next school', '### Starting at secondary school\n\nIn Year 6 we take pupils to visit their new school and pass on their records.'],
    ['2', 'joining in with activities', '### Joining in\n\nEvery pupil can go on trips; we assess the risks first.'],
  ])('not item %s: %s', (item, _name, body) => {
    expect(status(body, item)).not.toBe('covered');
  });
});

describe('a special school', () => {
  it('assessment as pupils join, under "Joining <school>"', () => {
    expect(status('## Joining Brook House\n\nIn the first weeks the teacher and therapists carry out baseline assessments.', '2')).toBe('covered');
  });

  it('therapy given in class and in small groups is extra support for learning', () => {
    expect(status('## Therapies\n\nSpeech and language therapists work with pupils in class and in small groups.', '3e')).toBe('covered');
  });

  it('a therapies section with no support for learning is not item 3e', () => {
    expect(status('## Therapies\n\nThe NHS provides some therapy at the hospital.', '3e')).not.toBe('covered');
  });
});

describe('contact details for a parent support service', () => {
  it('a Local Offer address in the next sentence is not the service\'s contact', () => {
    expect(status('## Advice\n\nFamilies can get free advice from their local SENDIASS. The Local Offer is at https://localoffer.example.gov.uk.', '11')).toBe('partial');
  });

  it.each([
    ['its own phone beside a Local Offer link', 'Our local SENDIASS gives free advice: phone 01632 960000. More is on the Local Offer at https://localoffer.example.gov.uk.'],
    ['a sentence naming both', 'Contact details for SENDIASS are on the Local Offer at https://localoffer.example.gov.uk/sendiass.'],
    ['its own website', 'Our local SENDIASS gives free advice at https://sendiass.example.org.'],
  ])('%s', (_name, sentence) => {
    expect(status(`## Advice\n\n${sentence}`, '11')).toBe('covered');
  });
});
