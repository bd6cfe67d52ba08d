import { describe, expect, it } from 'vitest';
import { cleanText, expandContractions, sentences } from './text.js';
import { unwrapLines } from './view.js';

describe('sentences that put the content off until later', () => {
  it.each([
    'Our new accessibility plan is coming soon and will be published on the school website.',
    'The complaints procedure is being reviewed by governors and will be published shortly.',
    "Details of this year's clubs and trips, and how all pupils can take part, will follow in the spring term.",
    'Information about how we secure equipment will be added in September.',
    'Contact details for the support service are to be confirmed.',
    'This section is being updated following our review of interventions.',
    'Updates about our support to follow in September.',
    'Details of our clubs and activities will be available soon.',
    'We will add more information about our clubs soon.',
  ])('leave nothing real: %s', (sentence) => {
    expect(cleanText(sentence).empty).toBe('placeholder');
  });

  it.each([
    "Your child's support plan is reviewed each term, and new targets are agreed with you.",
    'Our accessibility plan is being updated; the current plan can be read on the school website.',
    'Coffee mornings (dates to be confirmed) are held each term for parents of children with SEND.',
    'A new sensory room is being built with money raised by the parents and friends association.',
    'Results of interventions will be reported to governors each term, and what does not work is stopped.',
    'If you are unhappy, the steps to follow are set out below, starting with the class teacher.',
  ])('are content when they describe what happens or say where to read it now: %s', (sentence) => {
    const clean = cleanText(sentence);
    expect(clean.empty).toBeUndefined();
    expect(clean.text).toBe(sentence);
  });
});

describe('a short sentence that only names another document as where the answer is', () => {
  it('is a pointer, not content', () => {
    expect(cleanText('Our SEND Policy sets out how we evaluate the effectiveness of our provision.').empty).toBe('pointer');
    expect(cleanText('Our complaints policy is available on the school website.').empty).toBe('pointer');
  });

  it('is content when it goes on to give the answer, or names this document itself', () => {
    expect(cleanText('Our complaints procedure sets out the steps: first speak to the class teacher, then the SENCO.').empty).toBeUndefined();
    expect(cleanText('This policy sets out how we identify needs early and how we work with parents.').empty).toBeUndefined();
    expect(cleanText('Our complaints procedure is on the website and explains how to ask the governors to review a complaint.').empty).toBeUndefined();
  });
});

describe('line breaks inside a sentence', () => {
  it('continue the sentence when a line ends mid-sentence and the next starts in lower case', () => {
    expect(unwrapLines('For larger equipment we\napply for funding.')).toBe('For larger equipment we apply for funding.');
    expect(sentences('Teachers are<br>responsible for progress.')).toEqual(['Teachers are responsible for progress.']);
  });

  it('still end at a full stop, a colon or a capital letter', () => {
    expect(unwrapLines('We use a reading test.\nresults go home.')).toBe('We use a reading test.\nresults go home.');
    expect(unwrapLines('Phone: 01632 960000\nEmail the office')).toBe('Phone: 01632 960000\nEmail the office');
    expect(sentences('Support includes:<br>small groups<br>Speech therapy')).toEqual(['Support includes:', 'small groups', 'Speech therapy']);
  });
});

describe('a labelled line ("Complaints – ...", "Local Offer: ...")', () => {
  it.each([
    ['Complaints – see our Complaints Policy.', 'pointer'],
    ['• Complaints: please refer to the complaints procedure', 'pointer'],
    ['Local Offer – link to follow', 'placeholder'],
    ['Support groups: we are putting together a list of local groups.', 'placeholder'],
  ])('is judged by its answer: %s', (line, empty) => {
    expect(cleanText(line).empty).toBe(empty);
  });

  it('keeps a labelled answer that gives the information', () => {
    expect(cleanText('Complaints – speak to the class teacher first, then the headteacher.').empty).toBeUndefined();
    expect(cleanText('Local Offer – https://www.council.example.gov.uk/localoffer').empty).toBeUndefined();
  });
});

describe('pointers written as web instructions', () => {
  it.each([
    'Click here to read our complaints procedure.',
    'Tap here for the transition booklet.',
    'Download our Complaints Policy (PDF).',
    'Please follow this link to our complaints procedure.',
    'Find out more about complaints on our policies page.',
  ])('are not content: %s', (sentence) => {
    expect(cleanText(sentence).empty).toBe('pointer');
  });

  it('keeps a follow-up meeting, which is content', () => {
    expect(cleanText('Follow-up meetings are held with parents six weeks later.').empty).toBeUndefined();
  });

  it('drops "Back to top" and keeps the answer beside it', () => {
    expect(cleanText('Back to top').empty).toBe('nothing');
    expect(cleanText('Talk to the class teacher first, then the SENCO.\nBack to top').text).not.toMatch(/top/);
  });
});

describe('a label left over a placeholder ("Local Offer: TBC")', () => {
  it('says nothing', () => {
    expect(cleanText('Local Offer: TBC').empty).toBe('placeholder');
    expect(cleanText('SENCO: Mrs Ann Lee, 01632 960222\nLocal Offer: [insert link]').text).not.toMatch(/local offer/i);
  });

  it('keeps a label whose answer is there, and a line that ends in a colon to introduce a list', () => {
    expect(cleanText('Local Offer: https://www.example.gov.uk/local-offer').text).toMatch(/local offer/i);
    expect(cleanText('We work with these services:\nthe school nurse and the speech and language therapist').text).toMatch(/these services/);
  });
});

describe('contractions', () => {
  it('are read in full, so the families need no contracted twin', () => {
    expect(expandContractions("You'll be invited, you’re welcome and we don't mind; it's fine")).toBe('You will be invited, you are welcome and we do not mind; it is fine');
    expect(expandContractions("the child's plan and the teachers' room")).toBe("the child's plan and the teachers' room");
    expect(expandContractions("We won't and can't")).toBe('We will not and can not');
  });
});
