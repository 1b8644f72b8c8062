// What each tool is for, when to use it and what it cannot know: assistants read these to choose.

const LIMITS =
  'It knows only certgraph’s catalog (agile and Scrum certifications, with their sources and dates): not discounts, local prices, taxes, trainers’ course fees beyond what the catalog records, pass rates, or anything that changed after the date of a fact. Cite the sources it returns, with their dates.';

export const INSTRUCTIONS =
  'certgraph answers questions about agile certifications (Scrum Master, Product Owner, coaching, scaling...) from a catalog of sourced, dated facts. Start with find_certifications to get slugs; get_certification for facts; compare_certifications for "A or B?"; recommend_certifications and plan_learning_path for a person. Every answer carries its sources and their age: quote them, and say when a price is marked stale or unverified.';

export const DESCRIPTIONS = {
  find_certifications: `Finds certifications by words, provider, role or level, with each one's price, its confidence and date. Use it first, to get the slugs the other tools take, or to list what exists for a role ("Product Owner certifications from Scrum.org"). ${LIMITS}`,
  get_certification: `One certification's facts, each with its value, source, date and confidence: price, exam, experience required, renewal, holder counts, statements, topics, caveats. Use it when someone asks about a single certification ("how much is PSM I, and does it expire?"). ${LIMITS}`,
  compare_certifications: `Compares 2 to 6 certifications: the fundamentals they share, the role-specific content each adds, how much of each one's content the other covers (both ways), their practical differences (price, exam, renewal) with sources, and the verdict in words. Use it for "A or B?" and "is B worth it after A?". ${LIMITS} The overlap is computed from the topics the catalog records, not from exam questions.`,
  recommend_certifications: `Ranks certifications for one person from their profile (current and target role, experience, held certifications, budget, preferences): each with its reasons, whether they are eligible now (prerequisites, experience), and how sure its price is. Use it for "which certification should I take?". Ask the person first (the choose-a-certification prompt lists what to ask); it cannot know their employer's policy, their learning style beyond what they say, or the job market. ${LIMITS}`,
  plan_learning_path: `The ordered certifications from what a person holds to their target role, each step's price and new topics, the total against their budget, and what is unpriced. Use it for "how do I get to Agile Coach on $3000?". It plans certifications only, not experience they must gain or courses' schedules. ${LIMITS}`,
} as const;
