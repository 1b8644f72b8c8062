import type { ProviderData } from './types.js';

export const providers: ProviderData[] = [
  {
    slug: 'scrum-org',
    name: 'Scrum.org',
    url: 'https://www.scrum.org',
    description:
      'Founded by Scrum co-creator Ken Schwaber. Certifies by online assessment; courses are recommended, not required, and certifications do not expire.',
  },
  {
    slug: 'scrum-alliance',
    name: 'Scrum Alliance',
    url: 'https://www.scrumalliance.org',
    description:
      'Course-based certification: a course with a certified trainer is required; certifications renew every 2 years with a fee and Scrum Education Units (SEUs).',
  },
  {
    slug: 'pmi',
    name: 'Project Management Institute (PMI)',
    url: 'https://www.pmi.org',
    description:
      'Professional body for project management; its PMI Agile Certified Practitioner (PMI-ACP) is framework-neutral and exam-based, with experience and training requirements.',
  },
  {
    slug: 'icagile',
    name: 'ICAgile',
    url: 'https://www.icagile.com',
    description:
      'International Consortium for Agile: accredits courses and certifies their participants on learning outcomes; no standard exam and no renewal.',
  },
  {
    slug: 'scaled-agile',
    name: 'Scaled Agile, Inc. (SAFe)',
    url: 'https://scaledagile.com',
    description:
      'Maker of the Scaled Agile Framework (SAFe): course attendance gives access to a closed-book exam; certifications renew yearly.',
  },
];
