import type { RoleData } from './types.js';

export const roles: RoleData[] = [
  {
    slug: 'scrum-master',
    name: 'Scrum Master',
    description:
      'Accountable for the Scrum Team\'s effectiveness: a servant leader who facilitates, coaches, teaches and removes impediments for the team, the Product Owner and the organization.',
  },
  {
    slug: 'product-owner',
    name: 'Product Owner',
    description:
      'Accountable for maximizing the value of the product: owns the product vision and goal, orders the Product Backlog and works with stakeholders and customers.',
  },
  {
    slug: 'developer',
    name: 'Developer',
    description:
      'A member of the Scrum Team who builds a usable Increment each Sprint: engineering practices, testing, quality and continuous delivery.',
  },
  {
    slug: 'agile-coach',
    name: 'Agile Coach',
    description:
      'Helps teams and organizations adopt and improve agile ways of working as facilitator, professional coach, mentor and teacher.',
  },
  {
    slug: 'agile-leader',
    name: 'Agile Leader',
    description:
      'A manager, executive or change agent who creates the conditions for agility: leadership style, organizational design, strategy and scaling.',
  },
  {
    slug: 'project-manager',
    name: 'Project Manager',
    description:
      'Plans and delivers work with agile and hybrid approaches across frameworks (Scrum, Kanban, Lean, XP): delivery, metrics, risk and stakeholders.',
  },
  {
    slug: 'team-member',
    name: 'Agile Team Member',
    description:
      'Anyone working on an agile team, whatever their accountability; the audience of framework-neutral foundation certifications.',
  },
];
