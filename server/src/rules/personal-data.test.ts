import { describe, expect, it } from 'vitest';
import { lint } from '../engine/index.js';

const subjects = (text: string) => lint(text, { onlyRules: ['personal-data'] }).findings.map((f) => f.subject);

describe('personal-data', () => {
  it('reports a UPN with a valid check letter, or one labelled as a UPN', () => {
    expect(subjects('Pupil code P830212318004 is on file.')).toEqual(['upn']);
    expect(subjects('Reference B123456789012 is on file.')).toEqual([]);
    expect(subjects('UPN: B123456789012')).toEqual(['upn']);
  });

  it('reports NHS numbers that pass modulus 11 or are labelled, and not phone numbers', () => {
    expect(subjects('Number 999 222 3332 is recorded.')).toEqual(['nhs-number']);
    expect(subjects('Ring 01632 960290 or 0163 296 0290.')).toEqual([]);
    expect(subjects('NHS no. 123 456 7890')).toEqual(['nhs-number']);
  });

  it('reports a date of birth by its label, not other dates', () => {
    expect(subjects('DOB: 03/07/2015')).toEqual(['dob']);
    expect(subjects('Approved on 03/07/2024 by the governors.')).toEqual([]);
    expect(subjects('DOB: 2015-07-03. Date of birth: March 3rd, 2015.')).toEqual(['dob', 'dob']);
  });

  it('reports every line naming a pupil linked to a health condition', () => {
    const text = 'Sam Taylor-Reed (Y4) has epilepsy.\n\nLater, Sam Taylor-Reed joined the choir.\n';
    expect(subjects(text)).toEqual(['pupil-name-with-health', 'pupil-name-with-health']);
    expect(subjects('| Name | DOB | Needs |\n|---|---|---|\n| Sam Reed | 01/02/2015 | Asthma |\n')).toEqual(['pupil-name-with-health', 'dob']);
  });

  it('reports a named pupil the text gives a condition to, in other sentence shapes', () => {
    expect(subjects('Maisie Carter-Lowe, who has cerebral palsy, uses a frame.')).toEqual(['pupil-name-with-health']);
    expect(subjects('One of our pupils, Oliver Pen, has Down syndrome.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Freya Holt was born on 21st June 2017 and has a hearing impairment.')).toEqual(['pupil-name-with-health', 'dob']);
    expect(subjects('Name: Leo Marsh. Diagnosis: dyslexia.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Pupil: Amir Khan. Needs: speech and language delay.')).toEqual(['pupil-name-with-health']);
  });

  it('reads "in Year 4" between a name and its condition, and leaves admission ranges of birth dates alone', () => {
    expect(subjects('Jacob Marsh in Year 4 has a diagnosis of autism.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Tom Reed in Year 4 has trained in autism support.')).toEqual([]);
    expect(subjects('We admit children born between 1 September 2014 and 31 August 2021.')).toEqual([]);
    expect(subjects('Oliver was born on 3rd March 2016 and joined in Reception.')).toEqual(['dob']);
  });

  it('reads a case-study label and "a Year 5 pupil with ...", and not a name beside other pupils\' conditions', () => {
    expect(subjects('Case study: Callum Reid, Year 5. Callum has ADHD and dyslexia.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Callum Reid, a Year 5 pupil with ADHD, joined us in September.')).toEqual(['pupil-name-with-health']);
    // The condition belongs to other pupils here.
    expect(subjects('Callum Reid, Year 5, won the art prize. Our pupils with ADHD have movement breaks.')).toEqual([]);
    expect(subjects('Sarah Jones, a teacher with autism training, leads the base.')).toEqual([]);
  });

  it("reports a relative's phone number given with a named child, not the school's or a parents' group's", () => {
    expect(subjects("Jacob's mum, Kerry, asked us to share her mobile number: 07700 900812.")).toEqual(['family-phone']);
    expect(subjects("Call 07700 900813 to reach Ruby's grandad.")).toEqual(['family-phone']);
    expect(subjects("Jacob's mum helped at the fair. Ring the office on 01632 960120.")).toEqual([]);
    expect(subjects("Contact Brackenshire's parent carer forum on 01632 960333, or Jacob's class teacher on 01632 960121.")).toEqual([]);
  });

  it("reports a relative's private e-mail address given with a named child, not a school's, council's or role's", () => {
    expect(subjects("Tomasz's dad, Piotr Wrona, is happy for you to email him at piotr.wrona.family@example.com.")).toEqual(['family-email']);
    expect(subjects("Jacob's mum can reach the SENCO at senco@copper.example.sch.uk, the office at admin@example.com or the council at send@brack.example.gov.uk.")).toEqual([]);
    expect(subjects("Ruby's mum came to the coffee morning. Contact jo.smith@example.com to join.")).toEqual([]);
    expect(subjects('Email the PTA at pta.marlpit@example.com.')).toEqual([]);
  });

  it("reads a pupil's possessive name before their condition, not before someone's work", () => {
    expect(subjects("Jordan Pike's epilepsy care plan is kept in the office.")).toEqual(['pupil-name-with-health']);
    expect(subjects("Amira Hollis's diagnosis of autism came in Year 2.")).toEqual(['pupil-name-with-health']);
    expect(subjects("Dawn Reid's autism outreach team visits us. Ms Kay Lowe's ADHD training was useful.")).toEqual([]);
    expect(subjects("Harry Lindqvist's swimming certificate arrived. Leo Kent's mum has asthma.")).toEqual([]);
  });

  it('reads a class name and a syndrome after a name, and names joined by a particle such as Welsh "ap"', () => {
    expect(subjects('We thank Lily-Mae Thornton in Kingfisher Class, who has Rett syndrome, for her help.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Sam Jones in Class 3 has diabetes.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Gethin ap Rhys in Blwyddyn 4 has cerebral palsy.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Anouk van Dijk (Year 2) has epilepsy.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Tom Reed in Oak Class has a new bike. Dr Ruth Hale wrote a book on Down syndrome.')).toEqual([]);
    expect(subjects('Mrs Eleri ap Dafydd, our ALNCo, supports pupils with autism.')).toEqual([]);
  });

  it('reads "from Heron Class" and ", 10X, who has" after a name, and does not take a class name for a person', () => {
    expect(lint('Amara Osei from Heron Class has cerebral palsy.', { onlyRules: ['personal-data'] }).findings.map((f) => f.message.slice(1, 11))).toEqual(['Amara Osei']);
    expect(subjects('Heron Class has two pupils with autism. Tom Reed from Oak Class has a new bike.')).toEqual([]);
    expect(subjects('Congratulations to Amara Osei, 10X, who has dyslexia.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Amara Osei, Heron Class, who has autism, sang.')).toEqual(['pupil-name-with-health']);
    expect(subjects('Sarah Jones, 10X, who has trained in autism support, leads the base.')).toEqual([]);
  });

  it('reads bilingual labels in a table of pupil details ("Enw / Name", "Dyddiad geni", "Rhif GIG")', () => {
    const table = '| Maes / Field | Manylion / Details |\n| --- | --- |\n| Enw / Name | Ffion Rees |\n| Angen / Need | hearing loss |\n| Dyddiad geni | 03/04/2016 |\n| Rhif GIG | 999 316 4527 |\n';
    expect(subjects(table)).toEqual(['pupil-name-with-health', 'dob', 'nhs-number']);
    expect(subjects('| Enw / Name | Rôl / Role |\n| --- | --- |\n| Huw Bevan | ALN governor |\n')).toEqual([]);
  });

  it("reports someone's personal phone number, not the school's or a sentence about personal phones", () => {
    expect(subjects('You can reach Mrs Dale on her personal mobile, 07700 900418, before 8am. My home number is 01632 960123.')).toEqual(['private-phone', 'private-phone']);
    expect(subjects('Call the office on 01632 960000. Staff will never give out their personal mobile numbers.')).toEqual([]);
    expect(subjects('The school mobile is 07700 900111; please do not use staff personal phones.')).toEqual([]);
  });

  it('does not report staff with a title, or staff described by their role or training', () => {
    expect(subjects('Mrs Jane Smith (Y4 teacher) has autism training.')).toEqual([]);
    expect(subjects('Sarah Jones, our SENCO, has completed autism training.')).toEqual([]);
    expect(subjects('Tom Reed has worked with children with autism for ten years.')).toEqual([]);
    expect(subjects('Jane Smith is our Mental Health Lead.')).toEqual([]);
    expect(subjects('Contact name: Paula Green. We support pupils with ADHD.')).toEqual([]);
    expect(subjects('Name: Sarah Jones. Role: autism lead.')).toEqual([]);
  });
});
