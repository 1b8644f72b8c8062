// What people read, pinned whole: error messages, summaries, reasons and the widget's problems,
// as inline snapshots of the whole response. A change of wording shows here as a diff to review,
// never as a silent drift. Update the expected text by hand: in the Workers pool, vitest's writer
// (`-u`) places inline snapshots at the wrong calls.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { money } from '../../src/resolvers/wording.js';
import { widgetKit } from '../../src/surface-kits.js';
import { renderRecommendationsWidget } from '../../src/widget/render.js';
import { bodyOf, gql, worker } from '../helpers.js';

/** The text of the widget's alert box, as a screen reader would read it. */
function alertText(html: string): string {
  const alert = /<div class="alert" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return alert
    .replace(/<\/(h2|li|p)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

describe('the API, in words', () => {
  it('compare: the paragraph that answers "CSM or CSPO?"', async () => {
    expect(await gql('{ compare(certifications: ["csm", "cspo"]) { summary } }')).toMatchInlineSnapshot(`
      {
        "data": {
          "compare": {
            "summary": "CSM and CSPO share 7 Scrum/agile fundamentals (agile mindset and principles; Scrum theory and empiricism; Scrum values; Scrum Team and accountabilities; Scrum events; and 2 more) and 5 role-specific topics (Product Backlog management; product vision and goals; stakeholders and customers; forecasting and release planning; and user stories and acceptance criteria). CSM and CSPO overlap a lot, especially on the first day: the shared Scrum foundations, taught alike in both courses; then each turns to its own role's content. CSM adds servant leadership and leadership styles; facilitation; coaching and mentoring; self-managing teams and team dynamics; impediments and problem resolution; and 2 more. CSPO adds product discovery and validation, and product value and ROI. A CSM holder already knows a good part of CSPO (60% of its content, weighted by depth); a CSPO holder knows a good part of CSM (60%). CSPO goes deeper on product vision and goals; stakeholders and customers; Product Backlog management; forecasting and release planning; and user stories and acceptance criteria. Overall similarity 0.43 on a 0-1 scale: substantial common ground with clear differences.",
          },
        },
        "extensions": {
          "cost": {
            "limit": 15000,
            "requested": 50,
          },
        },
      }
    `);
  });

  it('recommendations: what the list means, and the reasons of the top item', async () => {
    const res =
      await gql(`{ recommendations(profile: { currentRole: "scrum-master", experienceMonths: 24, held: ["csm"], targetRole: "product-owner", budgetUsd: 1500 }, first: 1) {
      message notes { code message } items { certification { acronym } reasons { code message weight } } } }`);
    expect(res).toMatchInlineSnapshot(`
    {
      "data": {
        "recommendations": {
          "items": [
            {
              "certification": {
                "acronym": "PSPO I",
              },
              "reasons": [
                {
                  "code": "ROLE_MATCH",
                  "message": "Prepares for Product Owner, your target role. It covers 6 of the role's 10 topics.",
                  "weight": 0.21,
                },
                {
                  "code": "CROSS_ROLE",
                  "message": "The Product Owner side for a Scrum Master: the articles suggest experiencing the other role to understand the whole Scrum Team.",
                  "weight": 0.1,
                },
                {
                  "code": "LEVEL_FIT",
                  "message": "Foundation level: a sound start as a Product Owner.",
                  "weight": 0.05,
                },
                {
                  "code": "WITHIN_BUDGET",
                  "message": "$200, within your $1,500 budget.",
                  "weight": 0.05,
                },
                {
                  "code": "NEW_CONTENT",
                  "message": "43% of its content is new to you, including 2 topics you have not covered.",
                  "weight": 0.043,
                },
                {
                  "code": "WIDELY_HELD",
                  "message": "Widely held: 268,195 holders as of 1 May 2026 (www.scrum.org, seen secondhand).",
                  "weight": 0.036,
                },
              ],
            },
          ],
          "message": "3 of 44 certifications fit everything you asked for (you can take them now; within your $1,500 budget; for a Product Owner; at your level).",
          "notes": [],
        },
      },
      "extensions": {
        "cost": {
          "limit": 15000,
          "requested": 709,
        },
      },
    }
  `);
  });

  it('a learning path: its goal, the notes of its steps and its cost in words', async () => {
    const res = await gql(
      '{ learningPath(profile: { targetRole: "product-owner", held: ["cspo"], currentRole: "product-owner", experienceMonths: 3 }) { goal steps { certification { acronym } note } cost { summary } } }',
    );
    expect(res).toMatchInlineSnapshot(`
    {
      "data": {
        "learningPath": {
          "cost": {
            "summary": "Unknown: A-CSPO and CSP-PO have no verified realistic price.",
          },
          "goal": "Product Owner at the highest level in this catalog (Expert): CSP-PO, continuing the Scrum Alliance track of the CSPO you hold. Price to confirm: A-CSPO and CSP-PO have no published price; ask for quotes. A fully priced alternative: PSPO II → PSPO III, $750 in all.",
          "steps": [
            {
              "certification": {
                "acronym": "A-CSPO",
              },
              "note": "Needs 12 months as a Product Owner within the past 5 years (you have 3): gain it before this step. No verified price: the course fee is set by each trainer or partner; ask before you plan.",
            },
            {
              "certification": {
                "acronym": "CSP-PO",
              },
              "note": "Needs 24 months as a Product Owner within the past 5 years (you have 3): gain it before this step. No verified price: the course fee is set by each trainer or partner; ask before you plan.",
            },
          ],
        },
      },
      "extensions": {
        "cost": {
          "limit": 15000,
          "requested": 229,
        },
      },
    }
  `);
  });

  it('an unknown role in a profile: refused before the resolver runs (Pothos validation), naming the field and what is allowed', async () => {
    expect(await gql('{ recommendations(profile: { targetRole: "wizard" }) { message } }')).toMatchInlineSnapshot(`
    {
      "data": null,
      "errors": [
        {
          "extensions": {
            "allowed": [
              "scrum-master",
              "product-owner",
              "developer",
              "agile-coach",
              "agile-leader",
              "project-manager",
              "team-member",
              "ux-designer",
              "product-manager",
              "release-train-engineer",
            ],
            "argument": "profile.targetRole",
            "code": "BAD_USER_INPUT",
            "problem": "UNKNOWN",
            "unknown": [
              "wizard",
            ],
            "what": "role",
          },
          "locations": [
            {
              "column": 3,
              "line": 1,
            },
          ],
          "message": "Unknown role "wizard" in \`profile.targetRole\`. Use a slug or global ID of one of: scrum-master, product-owner, developer, agile-coach, agile-leader, project-manager, team-member, ux-designer, product-manager, release-train-engineer.",
          "path": [
            "recommendations",
          ],
        },
      ],
      "extensions": {
        "cost": {
          "limit": 15000,
          "requested": 353,
        },
      },
    }
  `);
  });

  it('a profile that contradicts itself: refused, saying which fields disagree', async () => {
    expect(
      await gql(
        '{ recommendations(profile: { currentRole: "scrum-master", experienceMonths: 24, experience: [{ role: "scrum-master", months: 12 }] }) { message } }',
      ),
    ).toMatchInlineSnapshot(`
    {
      "data": null,
      "errors": [
        {
          "extensions": {
            "argument": "profile.experienceMonths",
            "code": "BAD_USER_INPUT",
            "other": "profile.experience",
            "problem": "DISAGREE",
            "role": "scrum-master",
            "roleName": "Scrum Master",
            "values": [
              24,
              12,
            ],
          },
          "locations": [
            {
              "column": 3,
              "line": 1,
            },
          ],
          "message": "\`profile.experienceMonths\` (24) and \`profile.experience\` (scrum-master: 12) disagree on your months as a Scrum Master; give one of them, or the same number in both.",
          "path": [
            "recommendations",
          ],
        },
      ],
      "extensions": {
        "cost": {
          "limit": 15000,
          "requested": 353,
        },
      },
    }
  `);
  });

  it('a body that is not JSON: refused with 415 before GraphQL runs', async () => {
    const res = await worker('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ catalog { version } }' });
    expect({ status: res.status, body: await bodyOf(res) }).toMatchInlineSnapshot(`
      {
        "body": {
          "errors": [
            {
              "extensions": {
                "code": "BAD_USER_INPUT",
              },
              "message": "POST bodies must be application/json, not text/plain. GET with query parameters works too.",
            },
          ],
        },
        "status": 415,
      }
    `);
  });

  it('an unknown API key: 401, never a silent fall back to anonymous', async () => {
    const res = await worker('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'cg_no_such_key_0000000000' },
      body: '{"query":"{ catalog { version } }"}',
    });
    expect({ status: res.status, body: await bodyOf(res) }).toMatchInlineSnapshot(`
      {
        "body": {
          "errors": [
            {
              "extensions": {
                "code": "UNAUTHENTICATED",
              },
              "message": "Unknown API key. Check the key, or send no key to use the anonymous tier.",
            },
          ],
        },
        "status": 401,
      }
    `);
  });

  it('too many aliases: the limit and the figure of the query', async () => {
    expect(await gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: catalog { version }`).join(' ')} }`)).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "extensions": {
              "code": "QUERY_TOO_COMPLEX",
              "limit": "aliases",
              "max": 30,
              "requested": 31,
            },
            "message": "Query too complex: Aliases limit of 30 exceeded, found 31.",
          },
        ],
      }
    `);
  });
});

describe('the widget, in words', () => {
  it('every problem with its address, in the terms of the widget', () => {
    const page = renderRecommendationsWidget(widgetKit.domain, catalog, {
      targetRole: 'wizard',
      budgetUsd: 'abc',
      held: 'csm,psm-iv',
      experience: 'scrum-master:12,scrum-master:24',
      theme: 'neon',
    });
    expect(page.status).toBe(400);
    expect(alertText(page.html)).toMatchInlineSnapshot(`
      "This widget’s address has 5 problems
      theme must be light or dark (the default is light); got "neon".
      budgetUsd must be a number of US dollars, zero or more (for example 300); got "abc".
      Unknown role "wizard" in targetRole. Use one of: scrum-master, product-owner, developer, agile-coach, agile-leader, project-manager, team-member, ux-designer, product-manager, release-train-engineer.
      Unknown certification "psm-iv" in held. Use one of: a-csd, a-csm, a-cspo, agilepm-foundation, agilepm-practitioner, clb, clp, csd, csm, csp-d, csp-po, csp-sm, cspo, dasm, dassm, ice-ac, icp-acc, icp-apo, icp-atf, icp-pdm, icp, kmp, pal-ebm, pal-i, pmi-acp, pmp, popm, psd-i, psfs, psk-i, psm-ai-essentials, psm-i, psm-ii, psm-iii, pspo-ai-essentials, pspo-i, pspo-ii, pspo-iii, psu-i, rte, sa, spc, sps, ssm, tkp.
      experience lists the role "scrum-master" twice (12 and 24 months); list each role once.
      It takes targetRole and currentRole (roles), experienceMonths (months in the current role), experience (role:months pairs), held, interests and providers (comma-separated, at most 50 each), budgetUsd (zero to 1,000,000), avoidRenewal and selfStudy (true or false) and theme (light or dark)."
    `);
  });
});

describe('money', () => {
  it('writes whole dollars exactly as Intl does, for any amount (generated), and other amounts through Intl', () => {
    const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const amounts = [0, 1, 999, 1000, 1295, 99_999, 100_000, 1_000_000, Number.MAX_SAFE_INTEGER, 12.5, -300];
    for (let i = 0; i < 2000; i++) amounts.push(Math.floor(Math.random() * 10 ** (1 + (i % 12))));
    for (const amount of amounts) expect(money(amount), String(amount)).toBe(intl.format(amount));
  });
});
