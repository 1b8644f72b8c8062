import type { CertificationData, SourceRef, RenewalData } from './types.js';

// The 25 certifications of the catalog. Every fact comes from the fact sheet
// (compiled from the providers' public pages) or the two seed articles, with the sheet's
// confidence tag on its source. Unverified or conflicting facts are null or carry a note,
// and are repeated in plain English in `caveats`.
//
// Dates: `asOf` is when a figure was seen or dated, as precisely as the source gives it.
// Where a source is undated, '2026' is the age of the stored copies the sheet was built from
// ("the copies run to at least mid-2026"), and the note says the source is undated.

// ============================================================================================
// Shared sources
// ============================================================================================

// ---- The two seed articles and the page that quotes Scrum Alliance's course descriptions ----
const EXCELLA_CSM_VS_CSPO: SourceRef = {
  title:
    'Excella – What Is The Difference Between The Certified ScrumMaster (CSM) And The Certified Scrum Product Owner (CSPO) Certifications? (8 Jan 2013)',
  url: 'https://www.excella.com/insights/difference-between-certified-scrummaster-csm-and-certified-scrum-product-owner-cspo-certification',
  confidence: 'SECONDARY',
};
const MYBLOGGERCLUB_PSM_VS_PSPO: SourceRef = {
  title: 'mybloggerclub – Which Certification is Better: PSM or PSPO?',
  url: 'https://www.mybloggerclub.com/which-certification-is-better-psm-or-pspo/',
  confidence: 'SECONDARY',
};
const SYNCIT_CSM_VS_CSPO: SourceRef = {
  title: 'Sync IT Learning – What is the difference between CSM and CSPO training? (quotes Scrum Alliance)',
  url: 'https://www.syncitlearning.com/faq-items/what-is-the-difference-between-csm-and-cspo-training/',
  confidence: 'SECONDARY',
};

// ---- Scrum.org: common ----
const SO_COMPETENCIES: SourceRef = {
  title: 'Scrum.org – Professional Scrum Competencies',
  url: 'https://www.scrum.org/professional-scrum-competencies',
  confidence: 'OFFICIAL',
};
const SO_DEVELOPING_PEOPLE: SourceRef = {
  title: 'Scrum.org – Developing People and Teams (competency)',
  url: 'https://www.scrum.org/professional-scrum-competencies/developing-people-and-teams',
  confidence: 'OFFICIAL',
};
const SO_DDPP: SourceRef = {
  title: 'Scrum.org – Developing and Delivering Products Professionally (competency)',
  url: 'https://www.scrum.org/professional-scrum-competencies/developing-and-delivering-products-professionally',
  confidence: 'OFFICIAL',
};
const SO_EVOLVING_ORG: SourceRef = {
  title: 'Scrum.org – Evolving the Agile Organization (competency)',
  url: 'https://www.scrum.org/professional-scrum-competencies/evolving-the-agile-organization',
  confidence: 'OFFICIAL',
};
const SO_MANAGING_PRODUCTS: SourceRef = {
  title: 'techagilist – Managing Products with Agility (lists the competency\'s focus areas)',
  url: 'https://www.techagilist.com/courses/scrum-courses/managing-products-with-agility/',
  confidence: 'SECONDARY',
};
const SO_RESULTS: SourceRef = {
  title: 'Scrum.org Support – What do professional-level assessment results include? (85% to pass)',
  url: 'https://www.scrum.org/support/what-do-professional-level-assessment-results-include',
  confidence: 'OFFICIAL',
};
const SO_SPS_PAGE: SourceRef = {
  title: 'Scrum.org – Scaled Professional Scrum (SPS) certification',
  url: 'https://www.scrum.org/scaled-professional-scrum-certification',
  confidence: 'OFFICIAL',
};
const SO_NEVER_EXPIRES: SourceRef = {
  title: 'open-exam-prep.com – PSM exam facts ("never expires — there is no renewal fee, no continuing-education requirement")',
  url: 'https://open-exam-prep.com/study-guides/scrum-master-psm/introduction/exam-facts',
  confidence: 'SECONDARY',
};
const SO_NEVER_EXPIRES_2: SourceRef = {
  title: 'examice.com – Scrum exams ("they never expire")',
  url: 'https://examice.com/exams/scrum',
  confidence: 'SECONDARY',
};
const SO_OPEN_BOOK: SourceRef = {
  title: 'markeding-plus.at – How the PSM I assessment works (calls the Level I tests open-book)',
  url: 'https://markeding-plus.at/wie-funktioniert-das-professional-scrum-master-i-fundamental-assessment-31171/',
  confidence: 'SECONDARY',
};
const SO_LEVEL3_RULES: SourceRef = {
  title: 'Scrum.org Support – PSM III and PSPO III rules and responsibilities',
  url: 'https://www.scrum.org/support/psm-iii-and-pspo-iii-rules-and-responsibilities',
  confidence: 'OFFICIAL',
};
const SO_LEVEL3_SCORING: SourceRef = {
  title: 'Enhanced Level III assessment scoring and feedback (mirror of Scrum.org text)',
  url: 'http://scrumlance.org/enhanced-level-iii-assessment-scoring-and-feedback.html',
  confidence: 'MIRROR',
};
const SO_COUNT_2026: SourceRef = {
  title: 'Scrum.org – Professional Scrum certification count (Wayback snapshot 11 Jun 2026, quoted in a public GitHub research note)',
  url: 'https://www.scrum.org/professional-scrum-certifications/count',
  confidence: 'SECONDARY',
};
const SCRUMPRACTICE_COUNT_2022: SourceRef = {
  title: 'scrumpractice.org – PSM III study guide and tips (holder counts as of 29 Aug 2022)',
  url: 'https://scrumpractice.org/psm-III-study-guide-tips.html',
  confidence: 'SECONDARY',
};
const NKD_PSPO: SourceRef = {
  title: 'nkdagility – Study guide for the Professional Scrum Product Owner (copies the official details block)',
  url: 'https://nkdagility.com/study-guide-for-the-professional-scrum-product-owner/',
  confidence: 'SECONDARY',
};

// ---- Scrum.org: per certification ----
const PSM_I_PAGE: SourceRef = {
  title: 'Scrum.org – Professional Scrum Master I (PSM I) certification',
  url: 'https://www.scrum.org/professional-scrum-master-i-certification?utm_source=credly&utm_medium=PSMI',
  confidence: 'OFFICIAL',
};
const PSM_SUGGESTED_READING: SourceRef = {
  title: 'Scrum.org – Suggested reading for Professional Scrum Master',
  url: 'https://www.scrum.org/resources/suggested-reading-professional-scrum-master',
  confidence: 'OFFICIAL',
};
const PSM_II_READING_MIRROR: SourceRef = {
  title: 'Suggested reading: Professional Scrum Master II (mirror of the Scrum.org page)',
  url: 'http://scrumlance.org/suggested-reading-professional-scrum-master-ii.html',
  confidence: 'MIRROR',
};
const PSM_II_TECHAGILIST: SourceRef = {
  title: 'techagilist – PSM II certification tips and tricks',
  url: 'https://www.techagilist.com/psm-ii-certification-tips-and-tricks-for-exam/amp',
  confidence: 'SECONDARY',
};
const PSM_II_HIRAEDU: SourceRef = {
  title: 'hiraedu – PSM II Scrum Master exam',
  url: 'https://hiraedu.com/exams/psm-ii-scrum-master',
  confidence: 'SECONDARY',
};
const PSM_II_FISER: SourceRef = {
  title: 'Martin Fiser – Certifications (quotes the Scrum.org PSM II blurb)',
  url: 'https://www.martinfiser.com/certifications/',
  confidence: 'SECONDARY',
};
const PSM_III_PROCESSNEWS: SourceRef = {
  title: 'PSM III – Scrum.org Professional Scrum Master III (mirror)',
  url: 'https://processnews.blogspot.com/p/psm-iii-scrumorg-professional-scrum.html',
  confidence: 'MIRROR',
};
const PSM_III_KAUFMANN: SourceRef = {
  title: 'Marc Kaufmann – Mastering the PSM III (Apr/May 2024)',
  url: 'https://marckaufmann.com/2024/05/mastering-the-psm-iii-the-path-to-the-peak-of-scrum-certifications/',
  confidence: 'SECONDARY',
};
const PSM_III_COURAGEOUSLEAD: SourceRef = {
  title: 'Courageous Lead – PSM III certification (copies the Scrum.org focus areas)',
  url: 'https://www.courageouslead.com/scrumthreecertification',
  confidence: 'MIRROR',
};
const PSPO_I_OBIIKRIATIONZ: SourceRef = {
  title: 'obiikriationz – Notes for Professional Scrum Product Owner I (PSPO I)',
  url: 'https://obiikriationz.com/notes-for-professional-scrum-product-owner-1-pspo-i-exams',
  confidence: 'SECONDARY',
};
const PSPO_I_TOPICS: SourceRef = {
  title: 'agility.ac – What topics are assessed in the PSPO certification? (list cut off)',
  url: 'https://agility.ac/frequent-agile-questions/what-topics-are-assessed-in-the-professional-scrum-product-owner-pspo-certification',
  confidence: 'UNVERIFIED',
};
const PSPO_II_SCRUM_EXAMS: SourceRef = {
  title: 'scrum-exams.info – PSPO II',
  url: 'https://scrum-exams.info/pspo-ii/',
  confidence: 'SECONDARY',
};
const PSPO_II_AGILITY_IM: SourceRef = {
  title: 'agility.im – PSPO II reference materials',
  url: 'https://agility.im/pspo-ii-reference-materials/',
  confidence: 'SECONDARY',
};
const PSPO_II_TECHAGILIST: SourceRef = {
  title: 'techagilist – PSPO II certification tips and tricks',
  url: 'https://www.techagilist.com/practice-exams/pspo-ii-practice-test/pspo-ii-certification-tips-and-tricks-for-exam',
  confidence: 'SECONDARY',
};
const PSPO_III_SCRUM_EXAMS: SourceRef = {
  title: 'scrum-exams.info – PSPO III',
  url: 'https://scrum-exams.info/pspo-iii',
  confidence: 'SECONDARY',
};
const PSD_OLD_PAGE: SourceRef = {
  title: 'Scrum.org – Professional Scrum Developer assessments (old copy)',
  url: 'http://www.scrum.org/Assessments/Professional-Scrum-Developer-Assessments',
  confidence: 'OFFICIAL',
};
const PSD_OBJECTIVE_DOMAIN: SourceRef = {
  title: 'Scrum.org – Suggested reading for PSD I (PSD objective domain)',
  url: 'https://scrum.org/Assessments/Professional-Scrum-Developer-Assessments/PSD-Objective-Domain',
  confidence: 'OFFICIAL',
};
const PSD_PROCESSNEWS: SourceRef = {
  title: 'PSD I – Scrum.org Professional Scrum Developer (mirror)',
  url: 'https://processnews.blogspot.com/p/psd-i-scrumorg-professional-scrum.html',
  confidence: 'MIRROR',
};
const PSD_MEDIUM: SourceRef = {
  title: 'Dinesh Kumar Rajamani (Medium) – PSD I post (80 questions / 60 min / 85%, $200)',
  url: 'https://dinesh-kumar-rajamani.medium.com/',
  confidence: 'SECONDARY',
};
const PAL_NKD: SourceRef = {
  title: 'nkdagility – Study guide for Professional Agile Leadership certification',
  url: 'https://nkdagility.com/study-guide-for-professional-agile-leadership-certification/',
  confidence: 'SECONDARY',
};
const PAL_READING: SourceRef = {
  title: 'Scrum.org – Suggested reading for Professional Agile Leadership (older subject areas)',
  url: 'https://www.scrum.org/resources/suggested-reading-professional-agile-leadership',
  confidence: 'OFFICIAL',
};
const PAL_OPEN_EXAM_PREP: SourceRef = {
  title: 'open-exam-prep.com – Scrum PAL I practice (2026)',
  url: 'https://open-exam-prep.com/practice/scrum-pal-i',
  confidence: 'SECONDARY',
};
const PAL_AGILITY_IM: SourceRef = {
  title: 'agility.im – PAL I reference material',
  url: 'https://agility.im/pal-i-reference-material/',
  confidence: 'SECONDARY',
};
const PAL_NEVOLEARN: SourceRef = {
  title: 'nevolearn – PAL certification training eligibility',
  url: 'https://nevolearn.com/info/pal-certification-training-eligibility',
  confidence: 'SECONDARY',
};
const PSK_PROCESSNEWS: SourceRef = {
  title: 'PSK I – Scrum.org Professional Scrum with Kanban (mirror)',
  url: 'https://processnews.blogspot.com/p/psk-i-scrumorg-professional-scrum-with.html',
  confidence: 'MIRROR',
};
const PSK_MADS: SourceRef = {
  title: 'Mads Troels Hansen – Professional Scrum with Kanban course',
  url: 'https://madstroelshansen.com/professional-scrum-with-kanban-course/',
  confidence: 'SECONDARY',
};
const SPS_COACHING_AGILE_TEAM: SourceRef = {
  title: 'coachingagileteam.com – SPS exam guide',
  url: 'http://www.coachingagileteam.com/sps-exam-guide/',
  confidence: 'SECONDARY',
};
const SPS_SCRUM_EXAMS: SourceRef = {
  title: 'scrum-exams.info – SPS',
  url: 'https://scrum-exams.info/sps/',
  confidence: 'SECONDARY',
};
const SPS_TECHAGILIST: SourceRef = {
  title: 'techagilist – SPS practice exam',
  url: 'https://www.techagilist.com/sps-practice-exam-practice-mode-questions',
  confidence: 'SECONDARY',
};

// ---- Scrum Alliance ----
const SA_FAQ: SourceRef = {
  title: 'Scrum Alliance – FAQs ("Can I become certified without taking a course? No.")',
  url: 'http://www.scrumalliance.org/faqs',
  confidence: 'OFFICIAL',
};
const SA_GET_CERTIFIED = 'https://www.scrumalliance.org/get-certified';
const SA_RENEWAL_REQUIREMENTS: SourceRef = {
  title: 'Scrum Alliance – Renewal requirements',
  url: 'https://certification.scrumalliance.org/renewal-requirements',
  confidence: 'OFFICIAL',
};
const SA_RENEWING: SourceRef = {
  title: 'Scrum Alliance – Renewing certifications',
  url: 'https://www.scrumalliance.org/get-certified/renewing-certifications',
  confidence: 'OFFICIAL',
};
const SA_RENEWING_OTHER: SourceRef = {
  title: 'Scrum Alliance – Renewing other certifications',
  url: 'https://www.scrumalliance.org/get-certified/renewing-certifications/renewing-other-certifications',
  confidence: 'OFFICIAL',
};
const SA_FOUNDATIONS_LO: SourceRef = {
  title: 'Scrum Alliance – Scrum Foundations Learning Objectives, January 2022 (copy)',
  url: 'https://scribd.com/document/671260186/scrum-foundations-learning-objectives-2022',
  confidence: 'MIRROR',
};
const SA_CSM_LO: SourceRef = {
  title: 'Scrum Alliance – CSM Learning Objectives (last updated January 2022)',
  url: 'https://www.scrumalliance.org/sf/learning-objectives',
  confidence: 'OFFICIAL',
};
const SA_CSPO_LO: SourceRef = {
  title: 'Scrum Alliance – CSPO Learning Objectives, January 2022 (copy)',
  url: 'https://scribd.com/document/615235935/Cspo-Learning-Objectives-2022',
  confidence: 'MIRROR',
};
const SA_ACSM_HOW_TO: SourceRef = {
  title: 'Scrum Alliance Support – How do I earn the Advanced Certified ScrumMaster (A-CSM) certification?',
  url: 'https://support.scrumalliance.org/hc/en-us/articles/115001680252-How-do-I-earn-the-Advanced-Certified-ScrumMaster-A-CSM-certification-',
  confidence: 'OFFICIAL',
};
const SA_ACSPO_HOW_TO: SourceRef = {
  title: 'Scrum Alliance Support – article 115001680252 (cited by the fact sheet for the A-CSPO requirements)',
  url: 'https://support.scrumalliance.org/hc/en-us/articles/115001680252',
  confidence: 'OFFICIAL',
};
const SA_EXPERIENCE_ARTICLE: SourceRef = {
  title: 'Scrum Alliance Support – article 360037548712 ("12-24 months of work experience"; mentions A-CSD and CSP-D)',
  url: 'https://support.scrumalliance.org/hc/en-us/articles/360037548712',
  confidence: 'OFFICIAL',
};
const JUSTPASTE_CHOICES: SourceRef = {
  title: 'justpaste.it – Scrum certification choices ("There is no exam" for A-CSM)',
  url: 'https://justpaste.it/scrum-certification-choices',
  confidence: 'SECONDARY',
};
const CSM_COST_CSMEXAM: SourceRef = {
  title: 'csmexam.com – Is CSM certification worth it? (2026; courses "roughly $250–$2,495")',
  url: 'https://csmexam.com/blog/is-csm-certification-worth-it',
  confidence: 'CONFLICT',
};
const CSM_PREPAWAY: SourceRef = {
  title: 'prepaway.com – CSM certification ("$1,000 to $1,400")',
  url: 'https://www.prepaway.com/certification/?p=6867',
  confidence: 'SECONDARY',
};
const CSM_CAVU: SourceRef = {
  title: 'scrum.cavu.co – CSM: a comprehensive analysis ("$1295 in the US"; 16 h in person or 14 h online)',
  url: 'https://scrum.cavu.co/kb/csm-a-comprehensive-analysis/',
  confidence: 'SECONDARY',
};
const CSM_CYBERBAHNTAS: SourceRef = {
  title: 'cyberbahntas – Certified Scrum Master (CSM) certification (quotes scrumalliance.org/get-certified)',
  url: 'https://cyberbahntas.com/certified-scrum-master-csm-certification',
  confidence: 'SECONDARY',
};
const CSM_MIDDLEIRTH: SourceRef = {
  title: 'middleirth – Online Certified ScrumMaster, 11-12 March 2021 (exam details)',
  url: 'https://middleirth.com/blog/events/online-certified-scrummaster-11-12-march-2021/',
  confidence: 'SECONDARY',
};
const CSM_EFFECTIVEAGILEDEV: SourceRef = {
  title: 'Effective Agile Development – Scrum certification and renewal',
  url: 'https://effectiveagiledev.com/ThoughtsandInsights/ScrumCertificationandRenewal/tabid/146/Default.aspx',
  confidence: 'SECONDARY',
};
const CSM_OPEN_BOOK: SourceRef = {
  title: 'csmscrumguide.com – About (CSM exam is open-book)',
  url: 'https://csmscrumguide.com/about',
  confidence: 'SECONDARY',
};
const CSP_SM_BILGINC: SourceRef = {
  title: 'Bilginc – Scrum certification explained I: Scrum Master',
  url: 'https://bilginc.com/be/blog/scrum-certification-explained-i-scrum-master-5446',
  confidence: 'SECONDARY',
};
const CSP_SM_COURSE_LISTING: SourceRef = {
  title: 'Scrum Alliance – CSP-SM course listing, 2026 ("Must hold an active A-CSM" and "Inactive A-CSM status is allowed")',
  url: 'https://www.scrumalliance.org/courses-events/search/coursedetail?id=202601059',
  confidence: 'CONFLICT',
};
const CSPO_BRAINTRUST: SourceRef = {
  title: 'Braintrust Group – CSM vs CSPO (two-day, 16-hour course)',
  url: 'https://www.braintrustgroup.com/blog/csm-vs-cspo/',
  confidence: 'SECONDARY',
};
const CSPO_TARGETAGILITY: SourceRef = {
  title: 'targetagility – CSPO vs PSPO (says an exam/assessment must be passed)',
  url: 'https://targetagility.com/cspo-vs-pspo-exploring-the-differences',
  confidence: 'CONFLICT',
};
const CSD_LO: SourceRef = {
  title: 'Eliassen – Certified Scrum Developer (CSD learning objectives)',
  url: 'http://www.eliassen.com/agile/services/training/certified-scrum-developer',
  confidence: 'MIRROR',
};
const CSD_LO_2: SourceRef = {
  title: 'CSD learning objectives (copy)',
  url: 'https://pdfslide.us/documents/learning-objectives-scrum-integration-and-other-related-topics-that-are-needed.html',
  confidence: 'MIRROR',
};
const CSD_AGILEDOGMA: SourceRef = {
  title: 'Agile Dogma – Review of Certified Scrum Developer (CSD), July 2015',
  url: 'http://agiledogma.blogspot.com/2015/07/review-of-certified-scrum-developer-csd.html',
  confidence: 'SECONDARY',
};
const CSD_RONJEFFRIES: SourceRef = {
  title: 'Ron Jeffries – Certified Scrum Developer, really? (2010 requirements)',
  url: 'http://ronjeffries.com/xprog/articles/certified-scrum-developer-really/',
  confidence: 'SECONDARY',
};

// ---- PMI ----
const PMI_ECO_COPY: SourceRef = {
  title: 'PMI-ACP Examination Content Outline – October 2024 (text copied into a public page)',
  url: 'https://www.postjobfree.com/resume/aeandm/project-management-care-port-au-prince',
  confidence: 'MIRROR',
};
const PMI_MASTERY: SourceRef = {
  title: 'Mastery Exam Prep – PMI-ACP overview (citing the ECO)',
  url: 'https://masteryexamprep-com.pages.dev/exams/pmi/acp/overview',
  confidence: 'SECONDARY',
};
const PMI_PMTRAINING: SourceRef = {
  title: 'PM Training School – PMI-ACP 2025 guide: eligibility',
  url: 'https://www.pmtrainingschool.com/blog/pmi-acp-2025-guide-eligibility',
  confidence: 'SECONDARY',
};
const PMI_DOMAINS_FORM: SourceRef = {
  title: 'PMI-ACP domain descriptions (Google Form copy)',
  url: 'https://docs.google.com/forms/d/e/1FAIpQLSeApaxX4IxdEJvtEyWoS6i2MacnXiMcC6xnLD3P1_b7lQ7Nhw/viewform',
  confidence: 'SECONDARY',
};
const PMI_KNOWLEDGEMAP: SourceRef = {
  title: 'knowledgemap.pm – Certification process',
  url: 'https://knowledgemap.pm/ru/certifications/pba/certification-process',
  confidence: 'SECONDARY',
};
const PMI_MYPMTA: SourceRef = {
  title: 'myPMTA – PMI-ACP certification requirements',
  url: 'https://mypmta.com/pmi-acp-certification-requirements/',
  confidence: 'SECONDARY',
};
const PMI_COST: SourceRef = {
  title: 'Project Management Academy – PMI-ACP eligibility requirements ($435 members / $495 non-members)',
  url: 'https://projectmanagementacademy.net/resources/blog/pmi-acp-eligibility-requirements/',
  confidence: 'SECONDARY',
};
const PMI_RENEWAL: SourceRef = {
  title: 'Master of Project – PMI-ACP renewal fee',
  url: 'https://blog.masterofproject.com/pmi-acp-renewal-fee/',
  confidence: 'SECONDARY',
};
const PMI_ALTOGETHERAGILE: SourceRef = {
  title: 'Altogether Agile – Agile training and certification',
  url: 'https://www.altogetheragile.com/agile-training-certification-2/',
  confidence: 'SECONDARY',
};

// ---- ICAgile ----
const ICAGILE_FAQ: SourceRef = {
  title: 'ICAgile – Frequently asked questions',
  url: 'https://dnn.icagile.com/frequently-asked-questions',
  confidence: 'OFFICIAL',
};
const ICAGILE_RENEWAL: SourceRef = {
  title: 'AgileVisa – ICAgile renewal and lifetime validity (updated 26 Jun 2026)',
  url: 'https://www.agilevisa.com/icagile-renewal-and-lifetime-validity',
  confidence: 'SECONDARY',
};
const ICAGILE_FUNDAMENTALS_LO: SourceRef = {
  title: 'ICAgile Learning Roadmap – Agile Fundamentals track (copy)',
  url: 'https://docplayer.net/amp/10212442-icagile-learning-roadmap-agile-fundamentals-track.html',
  confidence: 'MIRROR',
};
const ICAGILE_COACHING_TRACK: SourceRef = {
  title: 'ICAgile – Agile Coaching Track v2.0, 2018 (copy)',
  url: 'https://fdocuments.in/document/agile-coaching-track.html',
  confidence: 'MIRROR',
};
const ICAGILE_ICE_AC: SourceRef = {
  title: 'Eliassen – ICAgile Certified Expert in Agile Coaching (ICE-AC)',
  url: 'http://www.eliassen.com/training/Certified-Expert-Agile-Coaching',
  confidence: 'SECONDARY',
};
const ICAGILE_APO: SourceRef = {
  title: 'AgileVisa – ICP-APO (Agile Product Ownership), Europe',
  url: 'https://www.agilevisa.com/icp-apo-europe',
  confidence: 'SECONDARY',
};
const ICAGILE_URL = 'https://www.icagile.com';

// ---- Scaled Agile (SAFe) ----
const SAFE_CERT_FAQ: SourceRef = {
  title: 'Scaled Agile – Certification FAQs',
  url: 'https://www.scaledagile.com/certification-faqs/',
  confidence: 'OFFICIAL',
};
const SAFE_SA_GUIDE: SourceRef = {
  title: 'Scaled Agile Support – Exam study guide: SA (6.0) SAFe Agilist',
  url: 'https://support.scaledagile.com/en/articles/9791366-exam-study-guide-sa-6-0-safe-agilist',
  confidence: 'OFFICIAL',
};
const SAFE_SA_AI_GUIDE: SourceRef = {
  title: 'Scaled Agile Support – Exam study guide: AI-Empowered SA – SAFe Agilist exam for Leading SAFe',
  url: 'https://support.scaledagile.com/en/articles/13835858-exam-study-guide-ai-empowered-sa-safe-agilist-exam-for-leading-safe',
  confidence: 'OFFICIAL',
};
const SAFE_SA_DOMAINS: SourceRef = {
  title: 'codingnconcepts – Leading SAFe (SA 6.0 exam domains)',
  url: 'https://codingnconcepts.com/agile/leading-safe/',
  confidence: 'SECONDARY',
};
const SAFE_SSM_GUIDE: SourceRef = {
  title: 'Scaled Agile Support – Exam study guide: SSM (6.0) SAFe Scrum Master',
  url: 'https://support.scaledagile.com/en/articles/9791385-exam-study-guide-ssm-6-0-safe-scrum-master',
  confidence: 'OFFICIAL',
};
const SAFE_SSM_51_GUIDE: SourceRef = {
  title: 'Scaled Agile Support – Exam study guide: SSM SAFe Scrum Master (5.1)',
  url: 'https://support.scaledagile.com/en/articles/9791266-exam-study-guide-ssm-safe-scrum-master-5-1',
  confidence: 'OFFICIAL',
};
const SAFE_SSM_NOTES: SourceRef = {
  title: 'codingnconcepts – SAFe Scrum Master (SSM) exam notes (fourth 6.0 domain)',
  url: 'https://codingnconcepts.com/agile/safe-scrum-master-ssm-exam-notes/',
  confidence: 'SECONDARY',
};
const SAFE_SSM_EXAM_BLOG: SourceRef = {
  title: 'ssmexam.com – SSM certification (refers to an AI-Empowered SSM study guide dated 27 May 2026)',
  url: 'https://ssmexam.com/blog/ssm-certification',
  confidence: 'SECONDARY',
};
const SAFE_POPM_51_GUIDE: SourceRef = {
  title: 'Scaled Agile Support – Exam study guide: POPM SAFe Product Owner / Product Manager (5.1)',
  url: 'https://support.scaledagile.com/en/articles/9791220-exam-study-guide-popm-safe-product-owner-product-manager-5-1',
  confidence: 'OFFICIAL',
};
const SAFE_POPM4_GUIDE: SourceRef = {
  title: 'Scaled Agile – POPM 4 study guide (copy; course attendance, closed book, retakes)',
  url: 'https://ja.scribd.com/document/382851800/POPM4-Study-Guide',
  confidence: 'OFFICIAL',
};
const SAFE_POPM_BLOG: SourceRef = {
  title: 'olusholaoluyomi.com – SAFe POPM certification',
  url: 'https://olusholaoluyomi.com/cert-safe-popm',
  confidence: 'SECONDARY',
};

// ---- Added for issue 11: 2026 official-page figures, course-fee figures, URL pages ----
/**
 * The Certification Details blocks of 2026 Wayback copies of Scrum.org's assessment pages (fee,
 * format) and of its certification count page (holders, "last updated May 1, 2026"), quoted in
 * a public GitHub research note dated 24 Sep 2026. Official text seen secondhand: SECONDARY.
 */
const SO_PAGES_2026: SourceRef = {
  title: 'Scrum.org assessment pages and certification count (2026 Wayback copies, quoted in a public GitHub research note of 24 Sep 2026)',
  url: 'https://www.scrum.org/professional-scrum-certifications/count',
  confidence: 'SECONDARY',
};
const HEARTHEALTHY_CST_FEES: SourceRef = {
  title: 'Heart Healthy Scrum – How much do CSTs charge? ("typical certification courses cost $1000 to $1400 per person"; undated)',
  url: 'https://www.hearthealthyscrum.com/blog/tag/AGILE+TRAINING',
  confidence: 'SECONDARY',
};
const CSPO_CYBERBAHNTAS: SourceRef = {
  title: 'cyberbahntas – Certified Scrum Product Owner (quotes scrumalliance.org/get-certified: 16-hour course, 2-year Scrum Alliance membership)',
  url: 'https://cyberbahntas.com/certified-scrum-product-owner-cspo-certification',
  confidence: 'SECONDARY',
};
const SA_ACSPO_LO_2017: SourceRef = {
  title: 'Scrum Alliance – Advanced Certified Scrum Product Owner Learning Objectives, March 2017 (copy)',
  url: 'https://info.5y1.org/product-owner-role-scrum_1_ccc8be.html',
  confidence: 'MIRROR',
};
const SA_CSPO_LO_2021: SourceRef = {
  title: 'Scrum Alliance – CSPO Learning Objectives, May 2021 (copy; "based on: Manifesto for Agile Software Development … Scrum values, Scrum Guide")',
  url: 'https://info.5y1.org/agile-scrum-product-owner-certification_1_939aa7.html',
  confidence: 'MIRROR',
};
const SA_FOUNDATIONS_MAPPING: SourceRef = {
  title: 'AgileMe wiki – Product Owner learning objectives (Scrum Foundations F1.1 "Scrum and Agile Manifesto", from the Scrum Alliance LOs)',
  url: 'https://agileme.wiki/wiki/index.php?title=Product_Owner_Learning_Objectives',
  confidence: 'SECONDARY',
};
const SAFE_SSM_GOALS: SourceRef = {
  title: 'Enterprise Agile Experts – SAFe Scrum Master course (learning goals, SAFe 4.5: "Support relentless improvement")',
  url: 'https://www.enterpriseagilexperts.com/safe-scrum-master',
  confidence: 'SECONDARY',
};
const SAFE_LEADING_MODULES: SourceRef = {
  title: 'The Burndown – Leading SAFe 6.0 course modules',
  url: 'https://theburndown.com/?p=7750',
  confidence: 'SECONDARY',
};
const SCRUM_GUIDE_2020: SourceRef = {
  title: 'The Scrum Guide (2020): the Scrum Master\'s service to the Scrum Team, the Product Owner and the organization',
  url: 'https://scrumguides.org/scrum-guide.html',
  confidence: 'OFFICIAL',
};

// ============================================================================================
// Shared renewals, notes and caveats
// ============================================================================================

const SCRUM_ORG_RENEWAL: RenewalData = {
  required: false,
  everyYears: null,
  feeUsd: null,
  educationUnits: null,
  unitName: null,
  note:
    'Lifetime: the certification never expires; there is no renewal fee and no continuing-education requirement. Per third-party pages; Scrum.org\'s own wording on this was not seen.',
  source: SO_NEVER_EXPIRES,
};

const SA_RENEWAL_NOTE =
  'Every 2 years. You pay one fee, set by your highest Scrum Alliance certification; earning a new certification also renews your current ones.';
const SCRUM_ALLIANCE_FOUNDATIONAL_RENEWAL: RenewalData = {
  required: true,
  everyYears: 2,
  feeUsd: 100,
  educationUnits: 20,
  unitName: 'SEUs',
  note: SA_RENEWAL_NOTE,
  source: SA_RENEWAL_REQUIREMENTS,
};
const SCRUM_ALLIANCE_ADVANCED_RENEWAL: RenewalData = {
  required: true,
  everyYears: 2,
  feeUsd: 175,
  educationUnits: 30,
  unitName: 'SEUs',
  note: SA_RENEWAL_NOTE,
  source: SA_RENEWAL_REQUIREMENTS,
};
const SCRUM_ALLIANCE_PROFESSIONAL_RENEWAL: RenewalData = {
  required: true,
  everyYears: 2,
  feeUsd: 250,
  educationUnits: 40,
  unitName: 'SEUs',
  note: SA_RENEWAL_NOTE,
  source: SA_RENEWAL_REQUIREMENTS,
};

const PMI_ACP_RENEWAL: RenewalData = {
  required: true,
  everyYears: 3,
  feeUsd: 150,
  educationUnits: 30,
  unitName: 'PDUs',
  note: 'PMI members pay $60 (non-members $150). Renewed through PMI\'s Continuing Certification Requirements (CCR) program.',
  source: PMI_RENEWAL,
};

const ICAGILE_RENEWAL_DATA: RenewalData = {
  required: false,
  everyYears: null,
  feeUsd: null,
  educationUnits: null,
  unitName: null,
  note: 'Lifetime: "no expiry date … no renewal fee … no continuing education units", per a trainer\'s page (AgileVisa, updated 26 Jun 2026).',
  source: ICAGILE_RENEWAL,
};

const SAFE_RENEWAL: RenewalData = {
  required: true,
  everyYears: 1,
  feeUsd: null,
  educationUnits: 10,
  unitName: 'continuing-education hours',
  note:
    'Annual renewal with 10 continuing-education hours a year (official). Fee unverified: $100/yr per a trainer blog (olusholaoluyomi.com); $295/yr only on low-quality content-farm pages; no official figure seen.',
  source: SAFE_CERT_FAQ,
};

const SO_EXAM_NOTE =
  'Open book: not stated by Scrum.org; it is an unproctored online test, and third parties call it open-book. English only. A password is good for one attempt and does not expire.';
const CAVEAT_SO_OPEN_BOOK =
  'Open book is not stated by Scrum.org: the assessment is taken online without a proctor, and third parties call it open-book.';
const CAVEAT_TRAINER_FEE = 'Course fee set by each trainer/partner; no published figure verified.';
const CAVEAT_ICAGILE_FEE =
  'Course fee set by each trainer/partner; no published figure verified. The certification is included in the course fee; ICAgile\'s own certification fee is unverified.';
const CAVEAT_SAFE_RENEWAL_FEE =
  'Annual renewal fee unverified: $100/yr per a trainer blog, $295/yr only on low-quality pages; no official figure seen.';

const BENEFIT_SO_LIFETIME = 'Never expires: no renewal fee or continuing education';
const BENEFIT_SO_NO_COURSE = 'No course required: you can self-study and take the online assessment';
const BENEFIT_SO_SECOND_ATTEMPT = 'A free second attempt if you take the assessment within 14 days of a Scrum.org class';
const BENEFIT_ICAGILE_LIFETIME = 'Never expires: no renewal fee or continuing education';
const BENEFIT_ICAGILE_NO_EXAM = 'No standard exam: you are certified by completing an accredited course';
const BENEFIT_SAFE_FIRST_ATTEMPT = 'First exam attempt included if taken within 30 days of the course; retakes cost $50';

// ============================================================================================
// Why each topic depth is what it is (1 introduced, 2 practised, 3 mastered)
// ============================================================================================

const SO_FEE_NOTE = 'Per attempt, on a 2026 copy of the official page (seen secondhand). No course needed.';
const SA_NO_FIGURE = 'Course fee set by each trainer; no published figure found.';
const ICAGILE_NO_FIGURE = 'Included in the course fee, set by each provider; no published figure found.';
const SAFE_NO_FIGURE = 'Course fee set by each partner, first exam attempt included; no published figure found.';
const WHY_CORE = 'Mastered (3): a core focus area or learning objective.';
const WHY_FOCUS = 'Practised (2): a named focus area or learning objective.';
const WHY_MINOR = 'Introduced (1): named, but a small part outside the core.';
const WHY_SO_FOUNDATION_UASF = 'Practised (2): a Scrum framework focus area, applied to situations at foundation level.';
const WHY_SO_MPA_FOR_SM = 'Introduced (1): a product focus area of a Scrum Master assessment: the view from beside the Product Owner.';
const WHY_SO_ADVANCED_UASF = 'Practised (2): the Scrum framework focus areas, as on the level below.';
const WHY_SO_DEEPER = 'Mastered (3): a higher level tests this focus area in harder, real situations.';
const WHY_SA_FOUNDATIONS = 'Practised (2): a Scrum Foundations learning objective, covered alike "before or during" every CSM and CSPO course.';
const WHY_SA_MANIFESTO = 'Introduced (1): the learning objectives are "based on" the Agile Manifesto.';
const WHY_CSM_SERVICE_TO_PO = 'Introduced (1): "Service to the … Product Owner": the Scrum Master helps with it, without owning it.';
const WHY_SA_CARRIED = 'Carried over at least as deep from the level below (its own learning objectives unverified).';
const WHY_SA_ADVANCED_DEEPER = 'Mastered (3): the advanced course deepens this part of the level below.';
const WHY_INFERRED = 'Inferred: no verified list names it, but the course needs it; see caveats.';
const WHY_PSD_CORE = 'Introduced (1): core Scrum, in the ~15% of PSD I outside engineering.';
const WHY_SCRUM_AS_ONE_FRAMEWORK = 'Introduced (1): Scrum is one of the frameworks the neutral exam covers.';

// ============================================================================================
// The certifications
// ============================================================================================

export const certifications: CertificationData[] = [
  // ------------------------------------------------------------------------------------------
  // Scrum.org
  // ------------------------------------------------------------------------------------------
  {
    slug: 'psm-i',
    acronym: 'PSM I',
    name: 'Professional Scrum Master I',
    provider: 'scrum-org',
    level: 'FOUNDATION',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum.org\'s foundation Scrum Master certification: an online assessment of the Scrum Guide and the fundamentals of servant leadership. No course is required and it never expires.',
    url: PSM_I_PAGE.url,
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 80,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '80 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: PSM_I_PAGE,
    },
    price: {
      minUsd: 200,
      maxUsd: 200,
      typicalUsd: 200,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'OFFICIAL',
      asOf: '2026-09-02',
      note:
        'Per attempt, on the official page (2 Sep 2026 copy); older pages say $150 or $100, earlier prices. No course needed.',
      sources: [PSM_I_PAGE, SO_PAGES_2026],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'psm',
    trackOrder: 1,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Empiricism', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Values', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Team', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-events', depth: 2, basis: 'Events', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Done', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'team-dynamics', depth: 2, basis: 'Self-Managing Teams', rationale: WHY_FOCUS },
      { topic: 'facilitation', depth: 2, basis: 'Facilitation', rationale: WHY_FOCUS },
      { topic: 'servant-leadership', depth: 2, basis: 'fundamentals behind servant leadership', rationale: 'Practised (2): Scrum.org says the test validates "the fundamentals behind servant leadership", beside the Scrum Guide.' },
      { topic: 'impediment-removal', depth: 2, basis: 'Scrum Team (the Scrum Master causes the removal of impediments to the team\'s progress)', rationale: 'Practised (2): removing impediments is one of the Scrum Master\'s accountabilities in the Scrum Guide, which PSM I applies to situations.' },
      { topic: 'coaching-mentoring', depth: 1, basis: 'Coaching', rationale: 'Introduced (1): Coaching is a PSM I focus area, but the foundation level tests knowing the coaching stance; PSM II and III practise and master it.' },
      { topic: 'continuous-improvement', depth: 1, basis: 'Events (the Sprint Retrospective); named by the PSM vs PSPO article', rationale: 'Introduced (1): improvement is the purpose of the Sprint Retrospective, tested under Events; the PSM vs PSPO article names "continuous improvement" among PSM\'s topics.' },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Forecasting & Release Planning', rationale: WHY_SO_MPA_FOR_SM },
      { topic: 'product-value', depth: 1, basis: 'Product Value', rationale: WHY_SO_MPA_FOR_SM },
      { topic: 'product-backlog-management', depth: 1, basis: 'Product Backlog Management', rationale: WHY_SO_MPA_FOR_SM },
      { topic: 'stakeholders-customers', depth: 1, basis: 'Stakeholders & Customers', rationale: WHY_SO_MPA_FOR_SM },
    ],
    holders: [
      {
        count: 759519,
        asOf: '2026-05-01',
        source: SO_COUNT_2026,
        note:
          'Data "last updated May 1, 2026" (over 1,190,000 Professional Scrum certified in all). Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.',
      },
      { count: 499227, asOf: '2022-08-29', source: SCRUMPRACTICE_COUNT_2022, note: null },
    ],
    benefits: [
      BENEFIT_SO_LIFETIME,
      'Free Credly badge',
      BENEFIT_SO_NO_COURSE,
      BENEFIT_SO_SECOND_ATTEMPT,
      'Not limited to a specific industry or domain: applies wherever Scrum is used (per mybloggerclub)',
    ],
    statements: [
      {
        text: 'It covers topics such as servant leadership, agile coaching, and team dynamics.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
      {
        text: 'PSM certification is offered in three levels: PSM I, PSM II, and PSM III.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
    ],
    caveats: [
      'Older price points: $200 per attempt on the official page and a Sep 2026 archive copy; other pages say $150 (June 2026) or $100 (early years).',
      CAVEAT_SO_OPEN_BOOK,
      'The focus-area list comes from an archived copy of the PSM I page quoted in a research note; the live page was not captured with its list.',
      'The 2026 holder count was seen only as quoted in a research note (Wayback copy of Scrum.org\'s count page).',
    ],
    sources: [PSM_I_PAGE, PSM_SUGGESTED_READING, SO_COMPETENCIES, SO_RESULTS, SO_NEVER_EXPIRES, SO_OPEN_BOOK, SO_COUNT_2026, SCRUMPRACTICE_COUNT_2022, MYBLOGGERCLUB_PSM_VS_PSPO, SO_PAGES_2026, SCRUM_GUIDE_2020],
  },
  {
    slug: 'psm-ii',
    acronym: 'PSM II',
    name: 'Professional Scrum Master II',
    provider: 'scrum-org',
    level: 'ADVANCED',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum.org\'s advanced Scrum Master assessment, focused on developing people and teams: self-management, facilitation, leadership styles, coaching and mentoring. Its focus areas also include Managing Technical Risk and Organizational Design & Culture.',
    url: 'https://www.scrum.org/assessments/professional-scrum-master-ii-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: ['psm-i'],
    experience: null,
    exam: {
      questions: 30,
      durationMinutes: 90,
      passingScorePercent: 85,
      format: '30 multiple-choice, multiple-answer and true/false questions (partial credit on some), online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: PSM_II_TECHAGILIST,
    },
    price: {
      minUsd: 250,
      maxUsd: 250,
      typicalUsd: 250,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        'Per attempt, on a 2026 copy of the official page (seen secondhand); earlier pages said $200. No course needed.',
      sources: [SO_PAGES_2026, PSM_II_TECHAGILIST],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'psm',
    trackOrder: 2,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 3, basis: 'Empiricism', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Values', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Team', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-events', depth: 2, basis: 'Events', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Done', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'team-dynamics', depth: 3, basis: 'Self-Managing Teams', rationale: WHY_SO_DEEPER },
      { topic: 'facilitation', depth: 3, basis: 'Facilitation', rationale: WHY_SO_DEEPER },
      { topic: 'servant-leadership', depth: 3, basis: 'Leadership Styles', rationale: WHY_SO_DEEPER },
      { topic: 'coaching-mentoring', depth: 2, basis: 'Coaching and Mentoring', rationale: WHY_FOCUS },
      { topic: 'impediment-removal', depth: 2, basis: 'Self-Managing Teams (handling the team\'s real impediments)', rationale: 'Practised (2): PSM II\'s situations ("handle challenges and situations") include the impediments PSM I names; not a focus area of its own.' },
      { topic: 'continuous-improvement', depth: 2, basis: 'Coaching and Mentoring (helping the team improve)', rationale: 'Practised (2): the advanced assessment\'s coaching situations are about helping teams improve, beyond the Retrospective\'s rules in PSM I.' },
      { topic: 'product-backlog-management', depth: 2, basis: 'Product Backlog Management', rationale: WHY_FOCUS },
      { topic: 'stakeholders-customers', depth: 2, basis: 'Stakeholders & Customers', rationale: WHY_FOCUS },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Managing Products with Agility', rationale: WHY_SO_MPA_FOR_SM },
      { topic: 'product-value', depth: 1, basis: 'Managing Products with Agility', rationale: WHY_SO_MPA_FOR_SM },
      { topic: 'technical-risk', depth: 1, basis: 'Managing Technical Risk', rationale: WHY_MINOR },
      { topic: 'organizational-change', depth: 1, basis: 'Organizational Design & Culture', rationale: WHY_MINOR },
    ],
    holders: [
      { count: 56828, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' },
      { count: 21493, asOf: '2022-08-29', source: SCRUMPRACTICE_COUNT_2022, note: null },
    ],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'Shows a deeper level of Scrum Master expertise than PSM I (each PSM level does, per mybloggerclub)',
    ],
    statements: [
      {
        text: 'It covers topics such as servant leadership, agile coaching, and team dynamics.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
      {
        text: 'PSM certification is offered in three levels: PSM I, PSM II, and PSM III.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
    ],
    caveats: [
      'Exam format comes from secondary pages, not from Scrum.org directly.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [PSM_II_READING_MIRROR, PSM_II_TECHAGILIST, PSM_II_HIRAEDU, PSM_II_FISER, SO_DEVELOPING_PEOPLE, SO_RESULTS, SO_NEVER_EXPIRES, SCRUMPRACTICE_COUNT_2022, MYBLOGGERCLUB_PSM_VS_PSPO, SO_PAGES_2026, SO_COUNT_2026, SCRUM_GUIDE_2020],
  },
  {
    slug: 'psm-iii',
    acronym: 'PSM III',
    name: 'Professional Scrum Master III',
    provider: 'scrum-org',
    level: 'EXPERT',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum.org\'s expert ("distinguished") Scrum Master level: 24 essay answers graded by assessors, covering the Scrum framework in depth and facilitation, coaching, mentoring and teaching. Very few people hold it.',
    url: 'https://www.scrum.org/assessments/professional-scrum-master-iii-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: ['psm-i', 'psm-ii'],
    experience: null,
    exam: {
      questions: 24,
      durationMinutes: 150,
      passingScorePercent: null,
      format: '24 essay questions, online, in English; graded by assessors as Passed / Did Not Pass',
      openBook: true,
      proctored: false,
      note:
        'Since the 18 Jul 2023 update. Open book: the PSM III/PSPO III rules allow quoting other sources if they are cited; answers written in advance are banned. Earlier format: 30 to 34 mixed multiple-choice and essay questions, 120 min, 85%.',
      source: SO_LEVEL3_SCORING,
    },
    price: {
      minUsd: 500,
      maxUsd: 500,
      typicalUsd: 500,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        'Per attempt, on a 2026 copy of the official page (seen secondhand) and in April 2024. No course needed.',
      sources: [SO_PAGES_2026, PSM_III_KAUFMANN],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'psm',
    trackOrder: 3,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 3, basis: 'Empiricism', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-values', depth: 3, basis: 'Scrum Values', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-accountabilities', depth: 3, basis: 'Scrum Team', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-events', depth: 3, basis: 'Events', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Done', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'team-dynamics', depth: 3, basis: 'Self-Managing Teams', rationale: WHY_SO_DEEPER },
      { topic: 'facilitation', depth: 3, basis: 'Facilitation', rationale: WHY_SO_DEEPER },
      { topic: 'coaching-mentoring', depth: 3, basis: 'Coaching', rationale: WHY_SO_DEEPER },
      { topic: 'servant-leadership', depth: 3, basis: 'Developing People and Teams', rationale: WHY_SO_DEEPER },
      { topic: 'teaching', depth: 3, basis: 'Teaching', rationale: WHY_SO_DEEPER },
      { topic: 'impediment-removal', depth: 3, basis: 'Developing People and Teams (essays on real impediments)', rationale: 'Mastered (3): the expert essays ask how the candidate served teams through real impediments, beyond PSM II\'s situations.' },
      { topic: 'continuous-improvement', depth: 2, basis: 'Coaching, Mentoring and Teaching (helping teams improve)', rationale: 'Practised (2): carried from PSM II, whose coaching situations are about helping teams improve; the expert level keeps it.' },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Forecasting & Release Planning', rationale: WHY_FOCUS },
      { topic: 'product-value', depth: 2, basis: 'Product Value', rationale: WHY_FOCUS },
      { topic: 'stakeholders-customers', depth: 2, basis: 'Stakeholders & Customers', rationale: WHY_FOCUS },
      { topic: 'product-backlog-management', depth: 2, basis: 'Managing Products with Agility', rationale: WHY_FOCUS },
      { topic: 'technical-risk', depth: 1, basis: 'Managing Technical Risk (as in PSM II, which the expert level builds on)', rationale: WHY_MINOR },
      { topic: 'organizational-change', depth: 1, basis: 'Organizational Design & Culture (as in PSM II, which the expert level builds on)', rationale: WHY_MINOR },
    ],
    holders: [
      { count: 1316, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' },
      { count: 1052, asOf: '2022-08-29', source: SCRUMPRACTICE_COUNT_2022, note: null },
    ],
    benefits: [
      BENEFIT_SO_LIFETIME,
      'Open book: you may quote other sources if you cite them',
      'A rare credential: 1,052 holders as of 29 Aug 2022',
    ],
    statements: [
      {
        text: 'It covers topics such as servant leadership, agile coaching, and team dynamics.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
      {
        text: 'PSM certification is offered in three levels: PSM I, PSM II, and PSM III.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
    ],
    caveats: [
      'Prerequisites conflict: Scrum.org\'s text says PSM I and PSM II are "not required, but strongly recommended"; one page (myskillsmyfuture.org) says they are required, an older or wrong claim.',
      'A 40% discount after a PSM course is claimed only by a Udemy page (unverified).',
    ],
    sources: [SO_LEVEL3_RULES, SO_LEVEL3_SCORING, PSM_III_PROCESSNEWS, PSM_III_KAUFMANN, PSM_III_COURAGEOUSLEAD, SO_NEVER_EXPIRES, SCRUMPRACTICE_COUNT_2022, MYBLOGGERCLUB_PSM_VS_PSPO, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'pspo-i',
    acronym: 'PSPO I',
    name: 'Professional Scrum Product Owner I',
    provider: 'scrum-org',
    level: 'FOUNDATION',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum.org\'s foundation Product Owner certification: an online assessment of the Scrum framework and of managing products with agility (vision, value, the Product Backlog, stakeholders). No course is required and it never expires.',
    url: 'https://www.scrum.org/assessments/professional-scrum-product-owner-i-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 80,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '80 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: NKD_PSPO,
    },
    price: {
      minUsd: 200,
      maxUsd: 200,
      typicalUsd: 200,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [NKD_PSPO, SO_PAGES_2026],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'pspo',
    trackOrder: 1,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Empiricism', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Values', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Team', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-events', depth: 2, basis: 'Events', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Done', rationale: WHY_SO_FOUNDATION_UASF },
      { topic: 'product-vision', depth: 3, basis: 'Product Vision', rationale: WHY_CORE },
      { topic: 'product-value', depth: 3, basis: 'Product Value', rationale: WHY_CORE },
      { topic: 'product-backlog-management', depth: 3, basis: 'Product Backlog Management', rationale: WHY_CORE },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Stakeholders & Customers', rationale: WHY_CORE },
      { topic: 'business-strategy', depth: 2, basis: 'Business Strategy', rationale: WHY_FOCUS },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Forecasting & Release Planning', rationale: WHY_FOCUS },
    ],
    holders: [
      {
        count: 268195,
        asOf: '2026-05-01',
        source: SO_COUNT_2026,
        note: 'Data "last updated May 1, 2026". Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.',
      },
    ],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      BENEFIT_SO_SECOND_ATTEMPT,
      'Builds Product Owner expertise: stakeholder collaboration and maximizing the value the product delivers (per mybloggerclub)',
    ],
    statements: [
      {
        text: 'PSPO certification covers topics such as product visioning, product backlog management, stakeholder engagement, and value optimization.',
        asOf: null,
        source: MYBLOGGERCLUB_PSM_VS_PSPO,
      },
    ],
    caveats: [
      'The focus-area list is unverified as an exact official list: it comes from a secondary page whose list was cut off (Product Vision, Scrum Team, Scrum Values and Stakeholders & Customers are presumed).',
      CAVEAT_SO_OPEN_BOOK,
      'The 2026 holder count was seen only as quoted in a research note (Wayback copy of Scrum.org\'s count page).',
    ],
    sources: [NKD_PSPO, PSPO_I_OBIIKRIATIONZ, PSPO_I_TOPICS, SO_COMPETENCIES, SO_MANAGING_PRODUCTS, SO_RESULTS, SO_NEVER_EXPIRES, SO_COUNT_2026, MYBLOGGERCLUB_PSM_VS_PSPO, SO_PAGES_2026],
  },
  {
    slug: 'pspo-ii',
    acronym: 'PSPO II',
    name: 'Professional Scrum Product Owner II',
    provider: 'scrum-org',
    level: 'ADVANCED',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum.org\'s advanced Product Owner assessment, the test that comes with the PSPO-A (Advanced) course: business strategy, value, stakeholders, Evidence-Based Management and product ownership at scale.',
    url: 'https://www.scrum.org/assessments/professional-scrum-product-owner-ii-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: ['pspo-i'],
    experience: null,
    exam: {
      questions: 40,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '40 multiple-choice, multiple-answer and true/false questions (some weighted or partially credited), online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: PSPO_II_SCRUM_EXAMS,
    },
    price: {
      minUsd: 250,
      maxUsd: 250,
      typicalUsd: 250,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'pspo',
    trackOrder: 2,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Empiricism', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Values', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Team', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-events', depth: 2, basis: 'Events', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Understanding and Applying the Scrum Framework', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scaling', depth: 2, basis: 'Scaling', rationale: WHY_FOCUS },
      { topic: 'product-vision', depth: 3, basis: 'Product Vision', rationale: WHY_CORE },
      { topic: 'product-value', depth: 3, basis: 'Product Value', rationale: WHY_CORE },
      { topic: 'product-backlog-management', depth: 3, basis: 'Product Backlog Management', rationale: WHY_CORE },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Stakeholders and Customers', rationale: WHY_CORE },
      { topic: 'business-strategy', depth: 3, basis: 'Business Strategy', rationale: WHY_SO_DEEPER },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Forecasting and Release Planning', rationale: WHY_FOCUS },
      { topic: 'evidence-based-management', depth: 2, basis: 'Evidence-Based Management', rationale: WHY_FOCUS },
    ],
    holders: [{ count: 24979, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'PSPO-A course attendees get 40% off PSPO III (per agility.im)',
    ],
    statements: [],
    caveats: [
      'Exam format and focus areas come from secondary pages, not from Scrum.org directly.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [PSPO_II_SCRUM_EXAMS, PSPO_II_AGILITY_IM, PSPO_II_TECHAGILIST, SO_COMPETENCIES, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'pspo-iii',
    acronym: 'PSPO III',
    name: 'Professional Scrum Product Owner III',
    provider: 'scrum-org',
    level: 'EXPERT',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum.org\'s expert Product Owner level: 24 essay answers graded by assessors as Passed or Did Not Pass, for people who want to prove deep mastery of product ownership.',
    url: 'https://www.scrum.org/professional-scrum-product-owner-iii-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: ['pspo-i', 'pspo-ii'],
    experience: null,
    exam: {
      questions: 24,
      durationMinutes: 150,
      passingScorePercent: null,
      format: '24 essay questions, online, in English; graded by assessors as Passed / Did Not Pass',
      openBook: true,
      proctored: false,
      note:
        '24 essays in 150 minutes per a 2026 copy of the official page, seen secondhand (historically 120 min with 35 mixed questions). Essay format since the 18 Jul 2023 update. Open book: quoting other sources is allowed if they are cited.',
      source: SO_PAGES_2026,
    },
    price: {
      minUsd: 500,
      maxUsd: 500,
      typicalUsd: 500,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: 'pspo',
    trackOrder: 3,
    topics: [
      { topic: 'scrum-theory-empiricism', depth: 3, basis: 'Empiricism', rationale: WHY_SO_DEEPER },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Values', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Team', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-events', depth: 2, basis: 'Events', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Artifacts', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'definition-of-done', depth: 2, basis: 'Understanding and Applying the Scrum Framework', rationale: WHY_SO_ADVANCED_UASF },
      { topic: 'scaling', depth: 2, basis: 'Scaling', rationale: WHY_FOCUS },
      { topic: 'product-vision', depth: 3, basis: 'Product Vision', rationale: WHY_CORE },
      { topic: 'product-value', depth: 3, basis: 'Product Value', rationale: WHY_CORE },
      { topic: 'product-backlog-management', depth: 3, basis: 'Product Backlog Management', rationale: WHY_CORE },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Stakeholders and Customers', rationale: WHY_CORE },
      { topic: 'business-strategy', depth: 3, basis: 'Business Strategy', rationale: WHY_SO_DEEPER },
      { topic: 'forecasting-release-planning', depth: 3, basis: 'Forecasting and Release Planning', rationale: WHY_SO_DEEPER },
      { topic: 'evidence-based-management', depth: 3, basis: 'Evidence-Based Management', rationale: WHY_SO_DEEPER },
    ],
    holders: [{ count: 593, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'Open book: you may quote other sources if you cite them',
    ],
    statements: [],
    caveats: [
      'Exam duration and price seen secondhand: 24 essays in 150 minutes and $500, on a 2026 copy of the official page quoted in a research note.',
      'PSPO III focus areas were not found in the sources; the topics are carried over from PSPO II and deepened (inferred).',
    ],
    sources: [SO_LEVEL3_RULES, SO_LEVEL3_SCORING, PSPO_III_SCRUM_EXAMS, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'psd-i',
    acronym: 'PSD I',
    name: 'Professional Scrum Developer I',
    provider: 'scrum-org',
    level: 'FOUNDATION',
    primaryRole: 'developer',
    roles: ['developer'],
    summary:
      'Scrum.org\'s certification for Developers: about 85% of the assessment is on developing and delivering products professionally (design and architecture, programming, testing, quality, backlog refinement). No course is required.',
    url: 'https://www.scrum.org/assessments/professional-scrum-developer-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 80,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '80 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note:
        'Sources conflict on the format: 80 questions / 60 min / 85% (a Medium post; eekay.nl, 2015) vs 40 questions / 60 min (dummyexams.com, low quality); 80 is used. ' +
        SO_EXAM_NOTE,
      source: { ...PSD_MEDIUM, confidence: 'CONFLICT' },
    },
    price: {
      minUsd: 200,
      maxUsd: 200,
      typicalUsd: 200,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026, PSD_MEDIUM],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'engineering-practices', depth: 3, basis: 'Design & Architecture', rationale: 'Mastered (3): about 85% of PSD I is on developing and delivering products professionally (design and architecture, programming).' },
      { topic: 'testing-quality', depth: 3, basis: 'Testing', rationale: 'Mastered (3): Testing and Quality are focus areas of the 85% engineering part of PSD I.' },
      { topic: 'product-backlog-management', depth: 2, basis: 'Backlog Refinement', rationale: WHY_FOCUS },
      { topic: 'scrum-theory-empiricism', depth: 1, basis: 'Empiricism', rationale: WHY_PSD_CORE },
      { topic: 'scrum-values', depth: 1, basis: 'Scrum Values', rationale: WHY_PSD_CORE },
      { topic: 'scrum-accountabilities', depth: 1, basis: 'Scrum Team', rationale: WHY_PSD_CORE },
      { topic: 'scrum-events', depth: 1, basis: 'Events', rationale: WHY_PSD_CORE },
      { topic: 'scrum-artifacts', depth: 1, basis: 'Artifacts', rationale: WHY_PSD_CORE },
      { topic: 'definition-of-done', depth: 1, basis: 'Done', rationale: WHY_PSD_CORE },
      { topic: 'team-dynamics', depth: 1, basis: 'Self-Managing Teams', rationale: WHY_PSD_CORE },
      { topic: 'facilitation', depth: 1, basis: 'Facilitation', rationale: WHY_PSD_CORE },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Forecasting & Release Planning', rationale: WHY_PSD_CORE },
      { topic: 'product-value', depth: 1, basis: 'Product Value', rationale: WHY_PSD_CORE },
      { topic: 'stakeholders-customers', depth: 1, basis: 'Stakeholders & Customers', rationale: WHY_PSD_CORE },
      { topic: 'coaching-mentoring', depth: 1, basis: 'Coaching and Mentoring', rationale: WHY_PSD_CORE },
    ],
    holders: [{ count: 23659, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'Focused on engineering: about 85% of the questions are on developing and delivering products professionally',
    ],
    statements: [],
    caveats: [
      'Exam format conflict: 80 questions in 60 minutes per two sources; one low-quality page says 40 questions.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [PSD_OLD_PAGE, PSD_OBJECTIVE_DOMAIN, PSD_PROCESSNEWS, PSD_MEDIUM, SO_DDPP, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'pal-i',
    acronym: 'PAL I',
    name: 'Professional Agile Leadership I',
    provider: 'scrum-org',
    level: 'FOUNDATION',
    primaryRole: 'agile-leader',
    roles: ['agile-leader'],
    summary:
      'Scrum.org\'s certification for managers and executives who lead agile teams: agile leadership, self-managing teams, organizational design and Evidence-Based Management. No course is required.',
    url: 'https://www.scrum.org/assessments/professional-agile-leadership-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 36,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '36 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note: 'open-exam-prep.com says 60 questions, an outlier; three other sources say 36. ' + SO_EXAM_NOTE,
      source: { ...PAL_NKD, confidence: 'CONFLICT' },
    },
    price: {
      minUsd: 200,
      maxUsd: 200,
      typicalUsd: 200,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026, PAL_OPEN_EXAM_PREP],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'servant-leadership', depth: 3, basis: 'servant/agile leadership', rationale: WHY_CORE },
      { topic: 'organizational-change', depth: 3, basis: 'Organization', rationale: WHY_CORE },
      { topic: 'team-dynamics', depth: 2, basis: 'Understanding People & Teams', rationale: WHY_FOCUS },
      { topic: 'evidence-based-management', depth: 2, basis: 'Evidence-Based Management', rationale: WHY_FOCUS },
      { topic: 'scrum-theory-empiricism', depth: 1, basis: 'Why Scrum', rationale: WHY_MINOR },
      { topic: 'scrum-accountabilities', depth: 1, basis: 'The Scrum Framework', rationale: WHY_MINOR },
      { topic: 'scaling', depth: 1, basis: 'Scaling', rationale: WHY_MINOR },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Planning & Delivery', rationale: WHY_MINOR },
      { topic: 'engineering-practices', depth: 1, basis: 'Professional Software Development', rationale: WHY_MINOR },
    ],
    holders: [{ count: 20849, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'Aimed at managers, executives and other leaders rather than Scrum Team members',
    ],
    statements: [],
    caveats: [
      'Current official focus areas are unverified; topics are based on an older official subject list (Why Scrum; Understanding People & Teams; The Scrum Framework; Scaling; Professional Software Development; Planning & Delivery; Organization) and secondary pages.',
      'Question count conflict: 36 per three sources, 60 per one outlier.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [PAL_NKD, PAL_READING, PAL_AGILITY_IM, PAL_NEVOLEARN, PAL_OPEN_EXAM_PREP, SO_EVOLVING_ORG, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'psk-i',
    acronym: 'PSK I',
    name: 'Professional Scrum with Kanban I',
    provider: 'scrum-org',
    level: 'FOUNDATION',
    primaryRole: 'team-member',
    roles: ['team-member', 'scrum-master', 'developer', 'product-owner'],
    summary:
      'Scrum.org\'s certification on using Kanban with Scrum, for anyone on a Scrum Team: flow, WIP limits, cycle time, work item age, throughput and the Definition of Workflow.',
    url: 'https://www.scrum.org/assessments/professional-scrum-with-kanban-certification',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 45,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '45 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: PSK_PROCESSNEWS,
    },
    price: {
      minUsd: 200,
      maxUsd: 200,
      typicalUsd: 200,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026, PSK_PROCESSNEWS],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'flow-kanban', depth: 3, basis: 'Kanban Practices', rationale: WHY_CORE },
      { topic: 'agile-metrics', depth: 3, basis: 'Agile Metrics', rationale: WHY_CORE },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'The Scrum Framework', rationale: WHY_FOCUS },
      { topic: 'scrum-events', depth: 2, basis: 'The Scrum Framework', rationale: WHY_FOCUS },
      { topic: 'scrum-artifacts', depth: 2, basis: 'The Scrum Framework', rationale: WHY_FOCUS },
      { topic: 'scrum-accountabilities', depth: 1, basis: 'The Scrum Framework', rationale: WHY_MINOR },
    ],
    holders: [{ count: 9259, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      BENEFIT_SO_NO_COURSE,
      'For anyone on a Scrum Team, whatever their accountability',
    ],
    statements: [],
    caveats: [
      'Topics are based on subject areas from a mirror page; the current official competency names are unverified.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [PSK_PROCESSNEWS, PSK_MADS, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },
  {
    slug: 'sps',
    acronym: 'SPS',
    name: 'Scaled Professional Scrum',
    provider: 'scrum-org',
    level: 'ADVANCED',
    primaryRole: 'scrum-master',
    roles: ['scrum-master', 'product-owner', 'developer', 'agile-leader'],
    summary:
      'Scrum.org\'s certification for scaling Scrum to multiple teams working on one product with the Nexus framework. The SPS course is highly recommended but not required.',
    url: SO_SPS_PAGE.url,
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: false,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 40,
      durationMinutes: 60,
      passingScorePercent: 85,
      format: '40 multiple-choice, multiple-answer and true/false questions, online, in English',
      openBook: true,
      proctored: false,
      note: SO_EXAM_NOTE,
      source: SPS_COACHING_AGILE_TEAM,
    },
    price: {
      minUsd: 250,
      maxUsd: 250,
      typicalUsd: 250,
      includes: ['EXAM'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: '2026',
      note:
        SO_FEE_NOTE,
      sources: [SO_PAGES_2026, SPS_COACHING_AGILE_TEAM],
    },
    renewal: SCRUM_ORG_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'scaling', depth: 3, basis: 'Nexus Framework', rationale: WHY_CORE },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Guide and Nexus Guide', rationale: WHY_FOCUS },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Scrum Guide and Nexus Guide', rationale: WHY_FOCUS },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Guide and Nexus Guide', rationale: WHY_FOCUS },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Guide and Nexus Guide', rationale: WHY_FOCUS },
    ],
    holders: [{ count: 7657, asOf: '2026-05-01', source: SO_COUNT_2026, note: 'Data "last updated May 1, 2026" on Scrum.org\'s count page. Seen only in a Wayback copy (snapshot 11 Jun 2026) quoted in a public GitHub research note.' }],
    benefits: [
      BENEFIT_SO_LIFETIME,
      'Course highly recommended but not required',
      'Covers scaling Scrum across multiple teams with Nexus',
    ],
    statements: [],
    caveats: [
      'Topics are based on subject areas from secondary pages (Nexus Framework, Application of Nexus, Scaling Framework); no exact official focus-area list was verified.',
      CAVEAT_SO_OPEN_BOOK,
    ],
    sources: [SO_SPS_PAGE, SPS_COACHING_AGILE_TEAM, SPS_SCRUM_EXAMS, SPS_TECHAGILIST, SO_NEVER_EXPIRES, SO_PAGES_2026, SO_COUNT_2026],
  },

  // ------------------------------------------------------------------------------------------
  // Scrum Alliance
  // ------------------------------------------------------------------------------------------
  {
    slug: 'csm',
    acronym: 'CSM',
    name: 'Certified ScrumMaster',
    provider: 'scrum-alliance',
    level: 'FOUNDATION',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum Alliance\'s foundation Scrum Master certification: a live course with a Certified Scrum Trainer (16 h in person or 14 h online), then an online exam. Renews every 2 years.',
    url: 'https://www.scrumalliance.org/get-certified/scrum-master-track/certified-scrummaster',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 50,
      durationMinutes: 60,
      passingScorePercent: 74,
      format: '50 multiple-choice questions, online; 37 correct answers needed',
      openBook: true,
      proctored: null,
      note:
        'Taken online within 90 days of the course; two attempts included, then $25 per attempt. Open-book per csmscrumguide.com (secondary). Before 2019: 35 questions, 24 correct needed. An "85 questions" claim on one page is an outlier.',
      source: CSM_CYBERBAHNTAS,
    },
    price: {
      minUsd: 250,
      maxUsd: 2495,
      typicalUsd: 1295,
      includes: ['COURSE', 'EXAM', 'MEMBERSHIP'],
      excludes: [],
      confidence: 'CONFLICT',
      asOf: '2026',
      note:
        'Set by each trainer; includes the exam and two years of membership. Seen: $250–$2,495 (2026), $1,000–$1,400 typical, $1,295 in the US. Plan on $1,295, not the floor.',
      sources: [CSM_COST_CSMEXAM, CSM_PREPAWAY, CSM_CAVU, HEARTHEALTHY_CST_FEES],
    },
    renewal: SCRUM_ALLIANCE_FOUNDATIONAL_RENEWAL,
    track: 'scrum-alliance-sm',
    trackOrder: 1,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_MANIFESTO },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Theory', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments (Definition of Done)', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'servant-leadership', depth: 2, basis: 'Scrum Master Core Competencies', rationale: WHY_FOCUS },
      { topic: 'facilitation', depth: 2, basis: 'Scrum Master Core Competencies', rationale: WHY_FOCUS },
      { topic: 'coaching-mentoring', depth: 2, basis: 'Scrum Master Core Competencies', rationale: WHY_FOCUS },
      { topic: 'team-dynamics', depth: 2, basis: 'Service to the Scrum Team', rationale: WHY_FOCUS },
      { topic: 'impediment-removal', depth: 2, basis: 'Service to the Scrum Team (causing the removal of impediments)', rationale: 'Practised (2): "Service to the Scrum Team" includes causing the removal of impediments to the team\'s progress (Scrum Guide), a core Scrum Master service.' },
      { topic: 'continuous-improvement', depth: 1, basis: 'Scrum Events and Activities (the Sprint Retrospective)', rationale: 'Introduced (1): improvement is taught through the Sprint Retrospective and the Scrum Master\'s service to the team, not as a learning objective of its own.' },
      { topic: 'organizational-change', depth: 1, basis: 'Service to the Organization', rationale: WHY_MINOR },
      { topic: 'product-backlog-management', depth: 1, basis: 'Service to the Product Owner (Product Backlog management techniques)', rationale: WHY_CSM_SERVICE_TO_PO },
      { topic: 'product-vision', depth: 1, basis: 'Service to the Product Owner (effective Product Goal definition)', rationale: WHY_CSM_SERVICE_TO_PO },
      { topic: 'stakeholders-customers', depth: 1, basis: 'Service to the Product Owner (facilitating stakeholder collaboration)', rationale: WHY_CSM_SERVICE_TO_PO },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Service to the Product Owner (empirical product planning)', rationale: WHY_CSM_SERVICE_TO_PO },
      { topic: 'user-stories', depth: 1, basis: 'Service to the Product Owner (clear and concise Product Backlog items)', rationale: WHY_CSM_SERVICE_TO_PO },
    ],
    holders: [
      {
        count: 95000,
        asOf: '2011-07',
        source: EXCELLA_CSM_VS_CSPO,
        note: 'Figure as of July 2011, quoted in a post published 8 January 2013',
      },
    ],
    benefits: [
      'Exam included in the course fee, with two attempts',
      'Live course with a Certified Scrum Trainer',
      'Useful for anyone on a Scrum team, not only Scrum Masters (per Excella)',
      'Earning any new Scrum Alliance certification renews your current ones',
    ],
    statements: [
      {
        text: 'Our CSM trainers will teach you what you need to know to fill the role of ScrumMaster (or Scrum team member). This course focuses on the basics of the Scrum framework, including team roles, activities, and artifacts, so that you can be an effective member of a Scrum team.',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'This is evidenced by the sheer number of CSMs and CSPOs out there – 95,000 and 10,000 respectively (as of July 2011).',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'Overall, the CSM course is great for anyone that is going to be on the Scrum team, whether they are the ScrumMaster or not.',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'focuses on the basics of the Scrum framework, including team roles, activities, and artifacts, so that you can be an effective member of a Scrum team',
        asOf: null,
        source: SYNCIT_CSM_VS_CSPO,
      },
    ],
    caveats: [
      'Cost conflict: course fees are set by each trainer; reported ranges are $250–$2,495 (2026), $1,000–$1,400 and $1,295 (US). Budget on the typical $1,295, not the $250 floor.',
      'Exam details come from trainer pages quoting Scrum Alliance, not from Scrum Alliance directly; one outlier page claims 85 questions.',
    ],
    sources: [SA_FAQ, SA_CSM_LO, SA_FOUNDATIONS_LO, CSM_CYBERBAHNTAS, CSM_MIDDLEIRTH, CSM_EFFECTIVEAGILEDEV, CSM_OPEN_BOOK, CSM_COST_CSMEXAM, CSM_PREPAWAY, CSM_CAVU, SA_RENEWAL_REQUIREMENTS, SA_RENEWING, EXCELLA_CSM_VS_CSPO, SYNCIT_CSM_VS_CSPO, HEARTHEALTHY_CST_FEES, SA_FOUNDATIONS_MAPPING, SCRUM_GUIDE_2020],
  },
  {
    slug: 'a-csm',
    acronym: 'A-CSM',
    name: 'Advanced Certified ScrumMaster',
    provider: 'scrum-alliance',
    level: 'ADVANCED',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum Alliance\'s advanced Scrum Master certification for people with at least 12 months of Scrum Master experience: a course of at least 16 hours on engaging teams, better dialogue, team issues and scaling Scrum. No exam.',
    url: 'https://www.scrumalliance.org/get-certified/scrum-master-track/advanced-certified-scrummaster',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: ['csm'],
    recommendedBefore: [],
    experience: {
      roles: ['scrum-master'],
      months: 12,
      withinYears: 5,
      note: 'Validated work experience as a Scrum Master, before or after the course.',
      source: SA_ACSM_HOW_TO,
    },
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SA_NO_FIGURE,
      sources: [],
    },
    renewal: SCRUM_ALLIANCE_ADVANCED_RENEWAL,
    track: 'scrum-alliance-sm',
    trackOrder: 2,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Theory', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_CARRIED },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments (Definition of Done)', rationale: WHY_SA_CARRIED },
      { topic: 'servant-leadership', depth: 2, basis: 'Scrum Master Core Competencies', rationale: WHY_SA_CARRIED },
      { topic: 'facilitation', depth: 3, basis: 'form better dialogue', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'coaching-mentoring', depth: 3, basis: 'Scrum Master Core Competencies', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'team-dynamics', depth: 3, basis: 'increase engagement, form better dialogue and respond to team issues', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'impediment-removal', depth: 3, basis: 'respond to team issues', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'continuous-improvement', depth: 2, basis: 'increase engagement and respond to team issues', rationale: 'Practised (2): responding to team issues is helping the team improve, beyond the Retrospective of CSM.' },
      { topic: 'organizational-change', depth: 1, basis: 'Service to the Organization', rationale: WHY_SA_CARRIED },
      { topic: 'product-backlog-management', depth: 1, basis: 'Service to the Product Owner (Product Backlog management techniques)', rationale: WHY_SA_CARRIED },
      { topic: 'product-vision', depth: 1, basis: 'Service to the Product Owner (effective Product Goal definition)', rationale: WHY_SA_CARRIED },
      { topic: 'stakeholders-customers', depth: 1, basis: 'Service to the Product Owner (facilitating stakeholder collaboration)', rationale: WHY_SA_CARRIED },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Service to the Product Owner (empirical product planning)', rationale: WHY_SA_CARRIED },
      { topic: 'user-stories', depth: 1, basis: 'Service to the Product Owner (clear and concise Product Backlog items)', rationale: WHY_SA_CARRIED },
      { topic: 'scaling', depth: 1, basis: 'Scaling Scrum to multiple teams is also covered', rationale: WHY_MINOR },
    ],
    holders: [],
    benefits: [
      'Recognizes real Scrum Master experience (at least 12 months, validated)',
      'An expired CSM still counts as the prerequisite',
      'No exam: certified through the course, its pre/post work and validated experience',
    ],
    statements: [],
    caveats: [
      CAVEAT_TRAINER_FEE,
      'Official A-CSM learning-objective categories are unverified; topics are based on the CSM learning objectives and a secondary course description.',
    ],
    sources: [SA_ACSM_HOW_TO, JUSTPASTE_CHOICES, SA_CSM_LO, SA_RENEWAL_REQUIREMENTS],
  },
  {
    slug: 'csp-sm',
    acronym: 'CSP-SM',
    name: 'Certified Scrum Professional – ScrumMaster',
    provider: 'scrum-alliance',
    level: 'EXPERT',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'Scrum Alliance\'s professional Scrum Master tier: requires an A-CSM, 24 months of Scrum Master experience within the past 5 years and the CSP-SM course. No exam.',
    url: 'https://www.scrumalliance.org/get-certified/scrum-master-track/certified-scrum-professional-scrummaster',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: ['a-csm'],
    recommendedBefore: [],
    experience: {
      roles: ['scrum-master'],
      months: 24,
      withinYears: 5,
      note: 'Validated work experience as a Scrum Master.',
      source: { ...SA_EXPERIENCE_ARTICLE, confidence: 'OFFICIAL' },
    },
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SA_NO_FIGURE,
      sources: [],
    },
    renewal: {
      ...SCRUM_ALLIANCE_PROFESSIONAL_RENEWAL,
      note: SA_RENEWAL_NOTE + ' Renewing CSP-SM also renews CSM and A-CSM.',
      source: SA_RENEWING_OTHER,
    },
    track: 'scrum-alliance-sm',
    trackOrder: 3,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-theory-empiricism', depth: 3, basis: 'Scrum Theory', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_CARRIED },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments (Definition of Done)', rationale: WHY_SA_CARRIED },
      { topic: 'servant-leadership', depth: 3, basis: 'Scrum Master Core Competencies', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'facilitation', depth: 3, basis: 'form better dialogue', rationale: WHY_SA_CARRIED },
      { topic: 'coaching-mentoring', depth: 3, basis: 'Scrum Master Core Competencies', rationale: WHY_SA_CARRIED },
      { topic: 'team-dynamics', depth: 3, basis: 'increase engagement, form better dialogue and respond to team issues', rationale: WHY_SA_CARRIED },
      { topic: 'impediment-removal', depth: 3, basis: 'respond to team issues', rationale: WHY_SA_CARRIED },
      { topic: 'continuous-improvement', depth: 2, basis: 'increase engagement and respond to team issues', rationale: WHY_SA_CARRIED },
      { topic: 'organizational-change', depth: 2, basis: 'Service to the Organization', rationale: 'Practised (2): the professional Scrum Master serves the organization beyond one team (inferred from the tier; CSP-SM learning objectives not verified).' },
      { topic: 'product-backlog-management', depth: 1, basis: 'Service to the Product Owner (Product Backlog management techniques)', rationale: WHY_SA_CARRIED },
      { topic: 'product-vision', depth: 1, basis: 'Service to the Product Owner (effective Product Goal definition)', rationale: WHY_SA_CARRIED },
      { topic: 'stakeholders-customers', depth: 1, basis: 'Service to the Product Owner (facilitating stakeholder collaboration)', rationale: WHY_SA_CARRIED },
      { topic: 'forecasting-release-planning', depth: 1, basis: 'Service to the Product Owner (empirical product planning)', rationale: WHY_SA_CARRIED },
      { topic: 'user-stories', depth: 1, basis: 'Service to the Product Owner (clear and concise Product Backlog items)', rationale: WHY_SA_CARRIED },
      { topic: 'scaling', depth: 2, basis: 'Scaling Scrum to multiple teams is also covered', rationale: 'Practised (2): deepened from A-CSM, where scaling is introduced (inferred from the tier).' },
    ],
    holders: [],
    benefits: [
      'Renewing CSP-SM also renews your CSM and A-CSM',
      'Recognizes 24 months of Scrum Master experience',
    ],
    statements: [],
    caveats: [
      CAVEAT_TRAINER_FEE,
      'Whether the A-CSM must be active is unclear: Scrum Alliance\'s own 2026 course listing says both "Must hold an active A-CSM" and "Inactive A-CSM status is allowed".',
      'No exam, per secondary sources.',
      'No CSP-SM learning objectives were found; topics are carried over from CSM and A-CSM and deepened by level (inferred).',
    ],
    sources: [CSP_SM_BILGINC, SA_EXPERIENCE_ARTICLE, CSP_SM_COURSE_LISTING, SA_RENEWING_OTHER, SA_RENEWAL_REQUIREMENTS],
  },
  {
    slug: 'cspo',
    acronym: 'CSPO',
    name: 'Certified Scrum Product Owner',
    provider: 'scrum-alliance',
    level: 'FOUNDATION',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum Alliance\'s foundation Product Owner certification, earned through a two-day course (at least 16 hours) with a Certified Scrum Trainer: product goals, customers and users, validating assumptions and the Product Backlog.',
    url: 'https://www.scrumalliance.org/get-certified/product-owner-track/certified-scrum-product-owner',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: null,
    price: {
      minUsd: 1000,
      maxUsd: 1400,
      typicalUsd: null,
      includes: ['COURSE', 'MEMBERSHIP'],
      excludes: [],
      confidence: 'SECONDARY',
      asOf: null,
      note:
        'Set by each trainer. Only figure found: "typical certification courses cost $1000 to $1400" (CSM and CSPO; undated, likely years old). Plan on $1,400 and ask the trainer.',
      sources: [HEARTHEALTHY_CST_FEES, CSPO_CYBERBAHNTAS],
    },
    renewal: SCRUM_ALLIANCE_FOUNDATIONAL_RENEWAL,
    track: 'scrum-alliance-po',
    trackOrder: 1,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_MANIFESTO },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Theory', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments; "defining done"', rationale: WHY_SA_FOUNDATIONS },
      { topic: 'product-vision', depth: 3, basis: 'Goal Setting and Planning', rationale: WHY_CORE },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Understanding Customers and Users', rationale: WHY_CORE },
      { topic: 'product-backlog-management', depth: 3, basis: 'Working with the Product Backlog', rationale: WHY_CORE },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Goal Setting and Planning', rationale: WHY_FOCUS },
      { topic: 'product-discovery', depth: 2, basis: 'Validating Product Assumptions', rationale: WHY_FOCUS },
      { topic: 'product-value', depth: 2, basis: 'ROI', rationale: 'Practised (2): "ROI" is in Scrum Alliance\'s course description; value runs through the Product Owner Core Competencies.' },
      { topic: 'user-stories', depth: 2, basis: 'creating effective stories', rationale: 'Practised (2): "creating effective stories, acceptance criteria for stories" is in Scrum Alliance\'s course description.' },
    ],
    holders: [
      {
        count: 10000,
        asOf: '2011-07',
        source: EXCELLA_CSM_VS_CSPO,
        note: 'Figure as of July 2011, quoted in a post published 8 January 2013',
      },
    ],
    benefits: [
      'Live course with a Certified Scrum Trainer (two days, at least 16 hours)',
      'Covers managing stakeholders, ROI, backlog grooming, user stories and acceptance criteria (Scrum Alliance course description)',
      'Focuses on the Product Owner as "the decider" and on the product vision (per Excella)',
    ],
    statements: [
      {
        text: 'The CSPO course gives you enough information to understand how Scrum works, but focuses mainly on functioning as the product owner, or customer, for a Scrum team. You will learn about activities such as managing stakeholders, ROI, backlog grooming, creating effective stories, acceptance criteria for stories, defining done, and so on.',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'This is evidenced by the sheer number of CSMs and CSPOs out there – 95,000 and 10,000 respectively (as of July 2011).',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'The CSPO course on the other hand really focuses on the role of “the decider” and centers on the vision inherent in this role.',
        asOf: '2013-01-08',
        source: EXCELLA_CSM_VS_CSPO,
      },
      {
        text: 'focuses mainly on functioning as the product owner … You will learn about activities such as managing stakeholders, ROI, backlog grooming, creating effective stories, acceptance criteria for stories, defining done, and so on.',
        asOf: null,
        source: SYNCIT_CSM_VS_CSPO,
      },
    ],
    caveats: [
      'Exam rule unverified and conflicting: two pages say an exam/assessment must be passed, no official statement was found, and practitioners generally know CSPO as exam-free; no exam is listed here.',
      'Course fee set by each trainer: the only figure found ($1,000–$1,400, "typical" for CSM and CSPO courses) is undated and probably years old.',
    ],
    sources: [SA_FAQ, SA_CSPO_LO, SA_FOUNDATIONS_LO, CSPO_BRAINTRUST, CSPO_TARGETAGILITY, SA_RENEWAL_REQUIREMENTS, EXCELLA_CSM_VS_CSPO, SYNCIT_CSM_VS_CSPO, HEARTHEALTHY_CST_FEES, CSPO_CYBERBAHNTAS, SA_CSPO_LO_2021, SA_FOUNDATIONS_MAPPING],
  },
  {
    slug: 'a-cspo',
    acronym: 'A-CSPO',
    name: 'Advanced Certified Scrum Product Owner',
    provider: 'scrum-alliance',
    level: 'ADVANCED',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum Alliance\'s advanced Product Owner certification: hold a CSPO (a CSM cannot substitute), take a course of at least 16 hours and validate 12 months of Product Owner experience within the past 5 years.',
    url: 'https://www.scrumalliance.org/get-certified/product-owner-track/advanced-certified-scrum-product-owner',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: ['cspo'],
    recommendedBefore: [],
    experience: {
      roles: ['product-owner'],
      months: 12,
      withinYears: 5,
      note: 'Validated work experience as a Product Owner; a CSM cannot substitute for the CSPO.',
      source: SA_ACSPO_HOW_TO,
    },
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SA_NO_FIGURE,
      sources: [],
    },
    renewal: SCRUM_ALLIANCE_ADVANCED_RENEWAL,
    track: 'scrum-alliance-po',
    trackOrder: 2,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Theory', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_CARRIED },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments; "defining done"', rationale: WHY_SA_CARRIED },
      { topic: 'product-vision', depth: 3, basis: 'Advanced Purpose and Strategy', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Empathizing with Customers and Users', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'product-backlog-management', depth: 3, basis: 'Advanced Techniques for Working with the Product Backlog', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Goal Setting and Planning', rationale: WHY_SA_CARRIED },
      { topic: 'product-discovery', depth: 3, basis: 'Advanced Product Assumption Testing', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'product-value', depth: 3, basis: 'Performing the Role of the Product Owner', rationale: WHY_SA_ADVANCED_DEEPER },
      { topic: 'user-stories', depth: 2, basis: 'creating effective stories', rationale: WHY_SA_CARRIED },
      { topic: 'business-strategy', depth: 2, basis: 'Advanced Purpose and Strategy', rationale: WHY_FOCUS },
    ],
    holders: [],
    benefits: [
      'An expired CSPO still counts as the prerequisite',
      'Recognizes 12 months of validated Product Owner experience',
    ],
    statements: [],
    caveats: [
      'Exam rule unconfirmed: no exam is known, but the sources do not confirm it.',
      CAVEAT_TRAINER_FEE,
      'Topics follow the A-CSPO learning-objective categories of March 2017 (a copy); the current version was not verified.',
    ],
    sources: [SA_ACSPO_HOW_TO, SA_EXPERIENCE_ARTICLE, SA_CSPO_LO, SA_RENEWAL_REQUIREMENTS, SA_ACSPO_LO_2017],
  },
  {
    slug: 'csp-po',
    acronym: 'CSP-PO',
    name: 'Certified Scrum Professional – Product Owner',
    provider: 'scrum-alliance',
    level: 'EXPERT',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'Scrum Alliance\'s professional Product Owner tier: requires an A-CSPO, Product Owner experience (24 months within 5 years) and the CSP-PO course.',
    url: 'https://www.scrumalliance.org/get-certified/product-owner-track/certified-scrum-professional-product-owner',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: ['a-cspo'],
    recommendedBefore: [],
    experience: {
      roles: ['product-owner'],
      months: 24,
      withinYears: 5,
      note: 'Validated work experience as a Product Owner. "24 months" is by analogy with CSP-SM: Scrum Alliance says "12-24 months" for the advanced and professional tiers.',
      source: { ...SA_EXPERIENCE_ARTICLE, confidence: 'SECONDARY' },
    },
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SA_NO_FIGURE,
      sources: [],
    },
    renewal: SCRUM_ALLIANCE_PROFESSIONAL_RENEWAL,
    track: 'scrum-alliance-po',
    trackOrder: 3,
    topics: [
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Scrum Theory (Scrum and the Agile Manifesto)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Scrum Theory', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-values', depth: 2, basis: 'Scrum Theory (Scrum values)', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'The Scrum Team', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-events', depth: 2, basis: 'Scrum Events and Activities', rationale: WHY_SA_CARRIED },
      { topic: 'scrum-artifacts', depth: 2, basis: 'Scrum Artifacts and Commitments', rationale: WHY_SA_CARRIED },
      { topic: 'definition-of-done', depth: 2, basis: 'Scrum Artifacts and Commitments; "defining done"', rationale: WHY_SA_CARRIED },
      { topic: 'product-vision', depth: 3, basis: 'Advanced Purpose and Strategy', rationale: WHY_SA_CARRIED },
      { topic: 'stakeholders-customers', depth: 3, basis: 'Empathizing with Customers and Users', rationale: WHY_SA_CARRIED },
      { topic: 'product-backlog-management', depth: 3, basis: 'Advanced Techniques for Working with the Product Backlog', rationale: WHY_SA_CARRIED },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'Goal Setting and Planning', rationale: WHY_SA_CARRIED },
      { topic: 'product-discovery', depth: 3, basis: 'Advanced Product Assumption Testing', rationale: WHY_SA_CARRIED },
      { topic: 'product-value', depth: 3, basis: 'Performing the Role of the Product Owner', rationale: WHY_SA_CARRIED },
      { topic: 'user-stories', depth: 3, basis: 'creating effective stories', rationale: 'Mastered (3): deepened from A-CSPO (inferred from the professional tier; CSP-PO learning objectives not verified).' },
      { topic: 'business-strategy', depth: 3, basis: 'Advanced Purpose and Strategy', rationale: 'Mastered (3): deepened from A-CSPO (inferred from the professional tier; CSP-PO learning objectives not verified).' },
    ],
    holders: [],
    benefits: [
      'Scrum Alliance\'s highest Product Owner certification tier',
      'One renewal fee, set by your highest certification, covers your Scrum Alliance certifications',
    ],
    statements: [],
    caveats: [
      'The 24 months of experience is by analogy with CSP-SM: Scrum Alliance says "12-24 months" for the advanced and professional tiers.',
      'Exam rule unconfirmed: no exam is known, but the sources do not confirm it.',
      CAVEAT_TRAINER_FEE,
      'No CSP-PO learning objectives were found; topics are carried over from CSPO/A-CSPO and deepened by level (inferred).',
    ],
    sources: [SA_EXPERIENCE_ARTICLE, SA_CSPO_LO, SA_RENEWAL_REQUIREMENTS],
  },
  {
    slug: 'csd',
    acronym: 'CSD',
    name: 'Certified Scrum Developer',
    provider: 'scrum-alliance',
    level: 'FOUNDATION',
    primaryRole: 'developer',
    roles: ['developer'],
    summary:
      'Scrum Alliance\'s hands-on certification for programmers: a course from an approved provider with real coding, testing, refactoring and continuous integration. It is a niche credential (fewer than 3,000 holders in 2015).',
    url: 'https://www.scrumalliance.org/get-certified/developer-track/certified-scrum-developer',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SA_NO_FIGURE,
      sources: [],
    },
    renewal: SCRUM_ALLIANCE_FOUNDATIONAL_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'engineering-practices', depth: 3, basis: 'coding', rationale: WHY_CORE },
      { topic: 'testing-quality', depth: 3, basis: 'testing', rationale: WHY_CORE },
      { topic: 'continuous-delivery', depth: 2, basis: 'continuous integration', rationale: WHY_FOCUS },
      { topic: 'team-dynamics', depth: 2, basis: 'team development in Scrum', rationale: WHY_FOCUS },
      { topic: 'scrum-accountabilities', depth: 1, basis: 'team development in Scrum', rationale: WHY_MINOR },
    ],
    holders: [],
    benefits: [
      'Hands-on course with real coding',
      'Leads to advanced (A-CSD) and professional (CSP-D) developer tiers',
    ],
    statements: [],
    caveats: [
      'Exam rule unverified: the current course-hours and exam rule were not confirmed (in 2010 an online test was required), so no exam is listed.',
      CAVEAT_TRAINER_FEE,
    ],
    sources: [CSD_LO, CSD_LO_2, SA_EXPERIENCE_ARTICLE, SA_RENEWAL_REQUIREMENTS, CSD_AGILEDOGMA, CSD_RONJEFFRIES],
  },

  // ------------------------------------------------------------------------------------------
  // PMI
  // ------------------------------------------------------------------------------------------
  {
    slug: 'pmi-acp',
    acronym: 'PMI-ACP',
    name: 'PMI Agile Certified Practitioner',
    provider: 'pmi',
    level: 'ADVANCED',
    primaryRole: 'project-manager',
    roles: ['project-manager'],
    summary:
      'PMI\'s framework-neutral agile certification (Scrum, Kanban, Lean, XP) for experienced practitioners: 24 months of agile project experience and 28 hours of agile training, then a 3-hour exam on mindset, leadership, product and delivery.',
    url: 'https://www.pmi.org/certifications/agile-acp',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: {
      roles: ['project-manager', 'scrum-master', 'product-owner', 'developer', 'agile-coach', 'agile-leader', 'team-member'],
      months: 24,
      withinYears: 5,
      note: 'Agile project experience in any role counts if it was on agile projects; a current PMP satisfies it (PMP is not required). Plus 28 hours of agile training.',
      source: PMI_PMTRAINING,
    },
    exam: {
      questions: 120,
      durationMinutes: 180,
      passingScorePercent: null,
      format:
        '120 items (100 scored, 20 unscored pretest): multiple choice, multiple response, drag-and-drop and exhibits; computer-based via Pearson VUE, at a test centre or online',
      openBook: false,
      proctored: null,
      note:
        'PMI publishes no passing score; results are reported per domain (Above Target / Target / Below Target / Needs Improvement). New exam since 8 Nov 2024 (ECO of October 2024). One 10-minute break after item 60. Closed book. Multiple languages.',
      source: PMI_MASTERY,
    },
    price: {
      minUsd: 495,
      maxUsd: 495,
      typicalUsd: 495,
      includes: ['EXAM'],
      excludes: ['COURSE'],
      confidence: 'SECONDARY',
      asOf: '2023',
      note:
        'Exam only: $495 ($435 for members; membership about $139). The required 28 hours of training are extra and unpriced. Undated pages (2021–2023): re-check.',
      sources: [PMI_COST, PMI_MYPMTA],
    },
    renewal: PMI_ACP_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'agile-mindset-principles', depth: 3, basis: 'Mindset (PMI-ACP)', rationale: 'Mastered (3): the Mindset domain (28% of the exam) is about agile values and principles.' },
      { topic: 'servant-leadership', depth: 3, basis: 'Leadership (PMI-ACP)', rationale: 'Mastered (3): the Leadership domain (25% of the exam).' },
      { topic: 'team-dynamics', depth: 2, basis: 'promoting psychological safety', rationale: WHY_FOCUS },
      { topic: 'impediment-removal', depth: 2, basis: 'managing risks and impediments', rationale: WHY_FOCUS },
      { topic: 'product-backlog-management', depth: 2, basis: 'refining the product backlog', rationale: WHY_FOCUS },
      { topic: 'incremental-delivery', depth: 2, basis: 'managing increments', rationale: WHY_FOCUS },
      { topic: 'product-value', depth: 2, basis: 'ensuring value delivery', rationale: WHY_FOCUS },
      { topic: 'flow-kanban', depth: 2, basis: 'optimizing workflow', rationale: WHY_FOCUS },
      { topic: 'agile-metrics', depth: 2, basis: 'Agile Metrics', rationale: WHY_FOCUS },
      { topic: 'continuous-improvement', depth: 2, basis: 'continuously improving', rationale: WHY_FOCUS },
      { topic: 'agile-frameworks', depth: 2, basis: 'framework-neutral: Scrum, Kanban, Lean, XP', rationale: WHY_FOCUS },
      { topic: 'scrum-theory-empiricism', depth: 1, basis: 'Mindset: embracing change; Scrum among the frameworks covered', rationale: WHY_SCRUM_AS_ONE_FRAMEWORK },
      { topic: 'scrum-events', depth: 1, basis: 'Scrum among the frameworks covered (framework-neutral)', rationale: WHY_SCRUM_AS_ONE_FRAMEWORK },
      { topic: 'scrum-artifacts', depth: 1, basis: 'Scrum among the frameworks covered (framework-neutral)', rationale: WHY_SCRUM_AS_ONE_FRAMEWORK },
    ],
    holders: [],
    benefits: [
      'Framework-neutral: covers Scrum, Kanban, Lean, XP and more',
      'A current PMP satisfies the experience requirement',
      'Exam available in multiple languages, at a test centre or online',
    ],
    statements: [],
    caveats: [
      'Passing score not published by PMI.',
      'Price as-of date unclear (sources undated or 2021–2023); re-verify for 2025/2026. The $495 is the exam only: the required 28 hours of training are extra and unpriced.',
      'A claimed "March 2026" revision of the exam content outline is unverified.',
      'Eligibility (24 months of agile experience, 28 hours of training) comes from secondary pages.',
    ],
    sources: [PMI_ECO_COPY, PMI_MASTERY, PMI_PMTRAINING, PMI_DOMAINS_FORM, PMI_KNOWLEDGEMAP, PMI_MYPMTA, PMI_COST, PMI_RENEWAL, PMI_ALTOGETHERAGILE],
  },

  // ------------------------------------------------------------------------------------------
  // ICAgile
  // ------------------------------------------------------------------------------------------
  {
    slug: 'icp',
    acronym: 'ICP',
    name: 'ICAgile Certified Professional (Agile Fundamentals)',
    provider: 'icagile',
    level: 'FOUNDATION',
    primaryRole: 'team-member',
    roles: ['team-member'],
    summary:
      'ICAgile\'s framework-neutral foundation for anyone on an agile team: the history and mindset of agile and value-driven, incremental development. Earned by completing an accredited course; no exam, no renewal.',
    url: 'https://www.icagile.com/certification/agile-fundamentals',
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        ICAGILE_NO_FIGURE,
      sources: [],
    },
    renewal: ICAGILE_RENEWAL_DATA,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'agile-mindset-principles', depth: 3, basis: 'History & Mindset', rationale: WHY_CORE },
      { topic: 'incremental-delivery', depth: 3, basis: 'Value-Driven Development', rationale: WHY_CORE },
      { topic: 'team-dynamics', depth: 2, basis: 'individuals and interactions', rationale: WHY_FOCUS },
      { topic: 'stakeholders-customers', depth: 2, basis: 'customer involvement', rationale: WHY_FOCUS },
      { topic: 'agile-frameworks', depth: 1, basis: 'History', rationale: 'Introduced (1): inferred from the History section (agile approaches and their origins); the full outcome list is unverified.' },
    ],
    holders: [],
    benefits: [BENEFIT_ICAGILE_LIFETIME, BENEFIT_ICAGILE_NO_EXAM, 'Framework-neutral: not tied to Scrum'],
    statements: [],
    caveats: [
      CAVEAT_ICAGILE_FEE,
      'Only part of the Agile Fundamentals learning outcomes was seen (sections 1 and 3); the full list is unverified, so the topic list is partial, and "Agile approaches beyond Scrum" is inferred from its History section.',
    ],
    sources: [ICAGILE_FAQ, ICAGILE_FUNDAMENTALS_LO, ICAGILE_RENEWAL],
  },
  {
    slug: 'icp-atf',
    acronym: 'ICP-ATF',
    name: 'ICAgile Certified Professional in Agile Team Facilitation',
    provider: 'icagile',
    level: 'FOUNDATION',
    primaryRole: 'agile-coach',
    roles: ['agile-coach', 'scrum-master'],
    summary:
      'The first step of ICAgile\'s Agile Coaching track, for Scrum Masters, coaches and facilitators: the facilitation mindset, running facilitated sessions and collaborative meetings, and facilitating agile practices.',
    url: ICAGILE_URL,
    urlKind: 'PROVIDER_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        ICAGILE_NO_FIGURE,
      sources: [],
    },
    renewal: ICAGILE_RENEWAL_DATA,
    track: 'icagile-coaching',
    trackOrder: 1,
    topics: [
      { topic: 'facilitation', depth: 3, basis: 'Coach as Facilitator', rationale: WHY_CORE },
      { topic: 'team-dynamics', depth: 2, basis: 'Facilitating Collaborative Meetings', rationale: WHY_FOCUS },
      { topic: 'scrum-events', depth: 2, basis: 'Skillfully Facilitating the Agile Practices', rationale: WHY_FOCUS },
      { topic: 'coaching-mentoring', depth: 1, basis: 'Development in the Agile Coaching Discipline', rationale: WHY_MINOR },
      { topic: 'continuous-improvement', depth: 1, basis: 'Skillfully Facilitating the Agile Practices', rationale: WHY_MINOR },
    ],
    holders: [],
    benefits: [
      BENEFIT_ICAGILE_LIFETIME,
      BENEFIT_ICAGILE_NO_EXAM,
      'First step toward the expert ICE-AC, which requires ICP, ICP-ATF and ICP-ACC',
    ],
    statements: [],
    caveats: [
      CAVEAT_ICAGILE_FEE,
      'Topics come from the 2018 Agile Coaching Track (v2.0) learning outcomes, seen only in copies.',
    ],
    sources: [ICAGILE_FAQ, ICAGILE_COACHING_TRACK, ICAGILE_ICE_AC, ICAGILE_RENEWAL],
  },
  {
    slug: 'icp-acc',
    acronym: 'ICP-ACC',
    name: 'ICAgile Certified Professional in Agile Coaching',
    provider: 'icagile',
    level: 'ADVANCED',
    primaryRole: 'agile-coach',
    roles: ['agile-coach'],
    summary:
      'The advanced step of ICAgile\'s Agile Coaching track: the agile coaching mindset and the coach as professional coach, mentor and teacher, including mentoring people through agile role transitions.',
    url: ICAGILE_URL,
    urlKind: 'PROVIDER_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: ['icp-atf'],
    experience: null,
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        ICAGILE_NO_FIGURE,
      sources: [],
    },
    renewal: ICAGILE_RENEWAL_DATA,
    track: 'icagile-coaching',
    trackOrder: 2,
    topics: [
      { topic: 'coaching-mentoring', depth: 3, basis: 'Agile Coaching Mindset', rationale: WHY_CORE },
      { topic: 'teaching', depth: 2, basis: 'Coach as Teacher', rationale: WHY_FOCUS },
      { topic: 'organizational-change', depth: 2, basis: 'Mentoring Agile Role Transitions', rationale: WHY_FOCUS },
      { topic: 'facilitation', depth: 3, basis: 'Coach as Facilitator', rationale: 'Mastered (3): the Coaching Track keeps "Coach as Facilitator" from ICP-ATF, at least as deep.' },
      { topic: 'team-dynamics', depth: 2, basis: 'Facilitating Collaborative Meetings', rationale: 'Practised (2): carried from ICP-ATF on the same Coaching Track.' },
      { topic: 'scrum-events', depth: 2, basis: 'Skillfully Facilitating the Agile Practices', rationale: 'Practised (2): carried from ICP-ATF on the same Coaching Track.' },
      { topic: 'continuous-improvement', depth: 1, basis: 'Skillfully Facilitating the Agile Practices', rationale: 'Introduced (1): carried from ICP-ATF on the same Coaching Track.' },
    ],
    holders: [],
    benefits: [
      BENEFIT_ICAGILE_LIFETIME,
      BENEFIT_ICAGILE_NO_EXAM,
      'Counts toward the expert ICE-AC, which requires ICP, ICP-ATF and ICP-ACC',
    ],
    statements: [],
    caveats: [
      CAVEAT_ICAGILE_FEE,
      'Official ICP-ACC learning-outcome headings are unverified: topics come from the 2018 Agile Coaching Track (v2.0), whose "Coach as Professional Coach" section was not seen.',
      'Exact course prerequisites are unverified (ICP-ATF is commonly taken first).',
    ],
    sources: [ICAGILE_FAQ, ICAGILE_COACHING_TRACK, ICAGILE_ICE_AC, ICAGILE_RENEWAL],
  },
  {
    slug: 'icp-apo',
    acronym: 'ICP-APO',
    name: 'ICAgile Certified Professional in Agile Product Ownership',
    provider: 'icagile',
    level: 'FOUNDATION',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'ICAgile\'s Product Owner certification: value-driven discovery, customer-centricity, continuous validation, slicing features into user stories and prioritizing the backlog. Earned by active participation in an accredited course, evaluated by the instructor.',
    url: ICAGILE_URL,
    urlKind: 'PROVIDER_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: ['icp'],
    experience: null,
    exam: null,
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        ICAGILE_NO_FIGURE,
      sources: [],
    },
    renewal: ICAGILE_RENEWAL_DATA,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'product-discovery', depth: 3, basis: 'value-driven discovery', rationale: WHY_CORE },
      { topic: 'user-stories', depth: 3, basis: 'slicing features into user stories', rationale: WHY_CORE },
      { topic: 'product-backlog-management', depth: 3, basis: 'backlog prioritization (MoSCoW, WSJF, Kano)', rationale: WHY_CORE },
      { topic: 'stakeholders-customers', depth: 2, basis: 'customer-centricity', rationale: WHY_FOCUS },
      { topic: 'product-value', depth: 2, basis: 'backlog prioritization (MoSCoW, WSJF, Kano)', rationale: WHY_FOCUS },
    ],
    holders: [],
    benefits: [
      BENEFIT_ICAGILE_LIFETIME,
      'No standard exam: earned through active participation, evaluated by your instructor',
      'No strict prerequisites',
    ],
    statements: [],
    caveats: [
      CAVEAT_ICAGILE_FEE,
      'Official ICP-APO learning-outcome headings are unverified; topics come from a trainer\'s page (agilevisa.com).',
    ],
    sources: [ICAGILE_FAQ, ICAGILE_APO, ICAGILE_RENEWAL],
  },

  // ------------------------------------------------------------------------------------------
  // Scaled Agile (SAFe)
  // ------------------------------------------------------------------------------------------
  {
    slug: 'sa',
    acronym: 'SA',
    name: 'SAFe Agilist (Leading SAFe)',
    provider: 'scaled-agile',
    level: 'FOUNDATION',
    primaryRole: 'agile-leader',
    roles: ['agile-leader'],
    summary:
      'The entry certification of the Scaled Agile Framework for leaders, executives and change agents: lean-agile leadership, agile product delivery at scale, lean portfolio management and leading the change. Course attendance required; renews yearly.',
    url: SAFE_SA_GUIDE.url,
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 45,
      durationMinutes: 90,
      passingScorePercent: 80,
      format: '45 multiple-choice (single-select) questions, web-based and timed',
      openBook: false,
      proctored: null,
      note:
        'Same for SAFe 6.0 and the "AI-Empowered SA" exam. Closed book. First attempt included if taken within 30 days of the course; retakes $50. Historically (SAFe 5.x) 77%: 35 of 45 (one source says 34).',
      source: SAFE_SA_GUIDE,
    },
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE', 'EXAM'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SAFE_NO_FIGURE,
      sources: [],
    },
    renewal: SAFE_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'servant-leadership', depth: 3, basis: 'Lean-Agile Leaders', rationale: 'Mastered (3): Lean-Agile Leaders is 29–33% of the SA exam.' },
      { topic: 'scaling', depth: 3, basis: 'Agile Product Delivery', rationale: 'Mastered (3): Agile Product Delivery (Agile Release Trains, PI Planning) is 29–33% of the SA exam.' },
      { topic: 'agile-mindset-principles', depth: 2, basis: 'Lean-Agile Leaders (the Lean-Agile mindset and SAFe\'s principles)', rationale: 'Practised (2): the Lean-Agile Leaders domain and the "Leadership and Culture" module teach the Lean-Agile mindset, which SAFe builds on agile values and principles.' },
      { topic: 'business-agility', depth: 2, basis: 'Digital Age and Business Agility', rationale: WHY_FOCUS },
      { topic: 'lean-portfolio-management', depth: 2, basis: 'Lean Portfolio Management', rationale: WHY_FOCUS },
      { topic: 'organizational-change', depth: 2, basis: 'Leading the Change', rationale: WHY_FOCUS },
      { topic: 'incremental-delivery', depth: 1, basis: 'Team and Technical Agility (cross-functional teams, accelerating value delivery)', rationale: 'Introduced (1): Team and Technical Agility is 6–8% of the SA exam.' },
    ],
    holders: [],
    benefits: [BENEFIT_SAFE_FIRST_ATTEMPT, 'Entry point to the Scaled Agile Framework for leaders'],
    statements: [],
    caveats: [
      CAVEAT_TRAINER_FEE,
      CAVEAT_SAFE_RENEWAL_FEE,
      'Domain weights come from a secondary page (SAFe 6.0); the newer AI-Empowered SA domain list is unverified (it begins with "Adapt and Thrive with SAFe").',
    ],
    sources: [SAFE_SA_GUIDE, SAFE_SA_AI_GUIDE, SAFE_SA_DOMAINS, SAFE_CERT_FAQ, SAFE_POPM4_GUIDE, SAFE_LEADING_MODULES],
  },
  {
    slug: 'ssm',
    acronym: 'SSM',
    name: 'SAFe Scrum Master',
    provider: 'scaled-agile',
    level: 'FOUNDATION',
    primaryRole: 'scrum-master',
    roles: ['scrum-master'],
    summary:
      'The SAFe certification for Scrum Masters / Team Coaches: Scrum in SAFe, the Scrum Master / Team Coach role, supporting team events and Agile Release Train (ART) events. Course attendance required; renews yearly.',
    url: SAFE_SSM_GUIDE.url,
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 45,
      durationMinutes: 90,
      passingScorePercent: 73,
      format: '45 multiple-choice questions, web-based and timed',
      openBook: false,
      proctored: null,
      note:
        'SAFe 6.0. Closed book. First attempt included if taken within 30 days of the course; retakes $50. SAFe 5.1 was also 45 questions in 90 minutes, 73% (33 of 45).',
      source: SAFE_SSM_GUIDE,
    },
    price: {
      minUsd: null,
      maxUsd: null,
      typicalUsd: null,
      includes: ['COURSE', 'EXAM'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: null,
      note:
        SAFE_NO_FIGURE,
      sources: [],
    },
    renewal: SAFE_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'scrum-events', depth: 3, basis: 'Supporting Team Events', rationale: 'Mastered (3): Supporting Team Events (17–21%) and the course\'s "Facilitate Scrum events" goal.' },
      { topic: 'scaling', depth: 3, basis: 'Supporting ART Events', rationale: 'Mastered (3): Supporting ART Events is 25–29% of the SSM exam.' },
      { topic: 'scrum-theory-empiricism', depth: 2, basis: 'Introducing Scrum in SAFe®', rationale: WHY_FOCUS },
      { topic: 'scrum-accountabilities', depth: 2, basis: 'Defining the Scrum Master / Team Coach role', rationale: WHY_FOCUS },
      { topic: 'facilitation', depth: 2, basis: 'Defining the Scrum Master / Team Coach role', rationale: WHY_FOCUS },
      { topic: 'team-dynamics', depth: 2, basis: 'Defining the Scrum Master / Team Coach role', rationale: WHY_FOCUS },
      { topic: 'impediment-removal', depth: 2, basis: 'Defining the Scrum Master / Team Coach role', rationale: 'Practised (2): removing impediments is part of the Scrum Master / Team Coach role the exam defines (26–30%).' },
      { topic: 'continuous-improvement', depth: 2, basis: 'Support relentless improvement (course learning goal); Inspect & Adapt at ART events', rationale: 'Practised (2): "Support relentless improvement" is a learning goal of the SSM course.' },
      { topic: 'incremental-delivery', depth: 2, basis: 'Supporting Team Events (iterations that deliver increments)', rationale: WHY_FOCUS },
      { topic: 'scrum-artifacts', depth: 1, basis: 'Introducing Scrum in SAFe®', rationale: WHY_MINOR },
      { topic: 'coaching-mentoring', depth: 1, basis: 'Defining the Scrum Master / Team Coach role', rationale: WHY_MINOR },
      { topic: 'agile-mindset-principles', depth: 1, basis: 'Introducing Scrum in SAFe® (agile and Lean-Agile principles)', rationale: WHY_INFERRED },
    ],
    holders: [],
    benefits: [BENEFIT_SAFE_FIRST_ATTEMPT, 'Covers the Scrum Master role inside an Agile Release Train'],
    statements: [],
    caveats: [
      CAVEAT_TRAINER_FEE,
      CAVEAT_SAFE_RENEWAL_FEE,
      'The fourth 6.0 domain (Supporting ART Events) comes from a secondary page.',
      'A newer "AI-Empowered" SSM exam exists (study guide dated 27 May 2026, per ssmexam.com); its details were not verified, and the figures here are for SAFe 6.0.',
    ],
    sources: [SAFE_SSM_GUIDE, SAFE_SSM_51_GUIDE, SAFE_SSM_NOTES, SAFE_SSM_EXAM_BLOG, SAFE_CERT_FAQ, SAFE_SSM_GOALS],
  },
  {
    slug: 'popm',
    acronym: 'POPM',
    name: 'SAFe Product Owner / Product Manager',
    provider: 'scaled-agile',
    level: 'FOUNDATION',
    primaryRole: 'product-owner',
    roles: ['product-owner'],
    summary:
      'The SAFe certification for Product Owners and Product Managers working in an Agile Release Train. Course attendance required; renews yearly.',
    url: SAFE_POPM_51_GUIDE.url,
    urlKind: 'CERTIFICATION_PAGE',
    requiresCourse: true,
    prerequisites: [],
    recommendedBefore: [],
    experience: null,
    exam: {
      questions: 45,
      durationMinutes: 90,
      passingScorePercent: null,
      format: '45 questions, web-based and timed',
      openBook: false,
      proctored: null,
      note:
        'SAFe 6.0 pass mark conflicts: 80% (36 of 45, codingnconcepts.com) vs 77% (olusholaoluyomi.com), so none is given. SAFe 5.1 (official): 45 questions, 90 min, 73% (33 of 45). Closed book; first attempt included within 30 days of the course; retakes $50.',
      source: { ...SAFE_POPM_51_GUIDE, confidence: 'CONFLICT' },
    },
    price: {
      minUsd: 995,
      maxUsd: 995,
      typicalUsd: 995,
      includes: ['COURSE', 'EXAM'],
      excludes: [],
      confidence: 'UNVERIFIED',
      asOf: '2026',
      note:
        'Unverified: "~$995 total (course + exam)" from one undated trainer blog. Treat as unknown; ask the partner.',
      sources: [{ ...SAFE_POPM_BLOG, confidence: 'UNVERIFIED' }],
    },
    renewal: SAFE_RENEWAL,
    track: null,
    trackOrder: null,
    topics: [
      { topic: 'product-backlog-management', depth: 2, basis: 'SAFe Product Owner / Product Manager role', rationale: WHY_INFERRED },
      { topic: 'product-vision', depth: 2, basis: 'SAFe Product Owner / Product Manager role', rationale: WHY_INFERRED },
      { topic: 'stakeholders-customers', depth: 2, basis: 'SAFe Product Owner / Product Manager role', rationale: WHY_INFERRED },
      { topic: 'scaling', depth: 2, basis: 'SAFe Product Owner / Product Manager role (the Agile Release Train)', rationale: WHY_INFERRED },
      { topic: 'forecasting-release-planning', depth: 2, basis: 'SAFe Product Owner / Product Manager role (PI Planning)', rationale: WHY_INFERRED },
      { topic: 'user-stories', depth: 2, basis: 'SAFe Product Owner / Product Manager role (stories in the team backlog)', rationale: WHY_INFERRED },
      { topic: 'incremental-delivery', depth: 2, basis: 'SAFe Product Owner / Product Manager role (iteration and PI execution)', rationale: WHY_INFERRED },
      { topic: 'product-value', depth: 1, basis: 'SAFe Product Owner / Product Manager role', rationale: WHY_INFERRED },
      { topic: 'agile-mindset-principles', depth: 1, basis: 'SAFe Lean-Agile principles, which every SAFe role course starts from', rationale: WHY_INFERRED },
      { topic: 'scrum-accountabilities', depth: 1, basis: 'the Product Owner on a SAFe Agile team', rationale: WHY_INFERRED },
      { topic: 'scrum-events', depth: 1, basis: 'iteration planning and review with the team', rationale: WHY_INFERRED },
      { topic: 'scrum-artifacts', depth: 1, basis: 'the team backlog and increments', rationale: WHY_INFERRED },
    ],
    holders: [],
    benefits: [BENEFIT_SAFE_FIRST_ATTEMPT, 'Covers both the Product Owner and the Product Manager roles in SAFe'],
    statements: [],
    caveats: [
      'SAFe 6.0 pass mark conflicts: 80% vs 77% (secondary sources); 5.1 was 73%.',
      'Cost unverified: about $995 for course and exam, from one trainer blog; treated as unknown.',
      CAVEAT_SAFE_RENEWAL_FEE,
      'Topic list is inferred from the PO/PM role, not from a verified domain list: the SAFe 6.0 POPM exam domains are unverified.',
    ],
    sources: [SAFE_POPM_51_GUIDE, SAFE_POPM4_GUIDE, SAFE_POPM_BLOG, SAFE_CERT_FAQ],
  },
];
