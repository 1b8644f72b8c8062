// The schema as a contract: described everywhere, printed to schema.graphql, and faithful to
// contract/api-contract.graphql, the repo's copy of the public API v1 (names and nullability).
import {
  buildSchema,
  type GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printSchema,
  validateSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import contractSdl from '../../contract/api-contract.graphql?raw';
import committedSdl from '../../schema.graphql?raw';
import { schema } from '../../src/schema/index.js';

/**
 * The parts of the contract built so far. Each issue adds its own: a type name checks every field
 * of that type; `Query.field` checks one root field.
 */
const CONTRACT_BUILT = [
  'Node',
  'Certification.id',
  'Certification.slug',
  'Certification.acronym',
  'Certification.name',
  'Certification.provider',
  'Certification.level',
  'Certification.primaryRole',
  'Certification.roles',
  'Certification.summary',
  'Certification.url',
  'Certification.requiresCourse',
  'Certification.prerequisites',
  'Certification.experienceMonths',
  'Certification.exam',
  'Certification.cost',
  'Certification.renewal',
  'Certification.topics',
  'Certification.holders',
  'Certification.benefits',
  'Certification.nextSteps',
  'Certification.sources',
  'CertificationLevel',
  'Exam',
  'Cost',
  'CostComponent',
  'Renewal',
  'HolderCount',
  'Source',
  'Provider',
  'Role',
  'TopicKind',
  'Topic',
  'TopicCoverage',
  'CertificationFilter',
  'CertificationOrder',
  'CertificationConnection',
  'CertificationEdge',
  'PageInfo',
  'Catalog',
  'Query.node',
  'Query.nodes',
  'Query.certification',
  'Query.certifications',
  'Query.provider',
  'Query.providers',
  'Query.role',
  'Query.roles',
  'Query.topic',
  'Query.topics',
  'Query.catalog',
  // Comparison and overlap (issue 3)
  'Certification.fundamentals',
  'Certification.roleSpecificTopics',
  'Certification.overlapWith',
  'Overlap',
  'Comparison',
  'DistinctTopics',
  'Difference',
  'DifferenceValue',
  'OverlapMatrix',
  'Query.compare',
  'Query.overlapMatrix',
  // Recommendations and learning paths (issue 4)
  'ProfileInput',
  'Recommendation',
  'Reason',
  'ReasonCode',
  'LearningPath',
  'LearningStep',
  'Query.recommend',
  'Query.learningPath',
  // Advice an agile coach would sign (issue 11): price, experience per role, staleness and confidence, no-fit answers
  'Query.recommendations',
  'Certification.price',
  'Certification.experienceRequirement',
  'Certification.urlKind',
  'Certification.widelyHeld',
  'Price',
  'PriceStatus',
  'BudgetFit',
  'Confidence',
  'ExperienceRequirement',
  'UrlKind',
  'RecommendationSet',
  'ProfileNote',
  'ProfileNoteCode',
  'PathCost',
  'RoleExperienceInput',
];

const contract = buildSchema(contractSdl);

function fieldsOf(type: GraphQLNamedType) {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return type.getFields();
  return null;
}

describe('the schema is valid (it ships marked valid: src/schema/index.ts)', () => {
  it('passes graphql-js validation when validated anew', () => {
    const anew = new GraphQLSchema({ ...schema.toConfig(), assumeValid: false });
    expect(validateSchema(anew).map((e) => e.message)).toEqual([]);
  });
});

describe('schema.graphql', () => {
  it('is the printed schema of the code (run `npm run schema:print` after changing the schema)', () => {
    expect(committedSdl).toBe(`${printSchema(schema)}\n`);
  });
});

describe('the contract (contract/api-contract.graphql)', () => {
  type Check = { entry: string; typeName: string; fieldName: string | undefined };
  const checks: Check[] = CONTRACT_BUILT.flatMap((entry): Check[] => {
    const [typeName, fieldName] = entry.split('.') as [string, string | undefined];
    const contractType = contract.getType(typeName);
    if (!contractType) throw new Error(`${typeName} is not in the contract`);
    const contractFields = fieldsOf(contractType);
    if (!contractFields) return [{ entry, typeName, fieldName: undefined }];
    const names = fieldName ? [fieldName] : Object.keys(contractFields);
    return names.map((name) => ({ entry: `${typeName}.${name}`, typeName, fieldName: name }));
  });

  it.each(checks)("$entry exists with the contract's type and nullability", ({ typeName, fieldName }: Check) => {
    const ours = schema.getType(typeName);
    expect(ours, `type ${typeName}`).toBeDefined();
    const theirs = contract.getType(typeName)!;
    if (isEnumType(theirs)) {
      expect(isEnumType(ours)).toBe(true);
      const values = (ours as typeof theirs).getValues().map((v) => v.name);
      for (const v of theirs.getValues()) expect(values).toContain(v.name);
      return;
    }
    const ourField = fieldsOf(ours!)![fieldName!];
    const theirField = fieldsOf(theirs)![fieldName!]!;
    expect(ourField, `${typeName}.${fieldName}`).toBeDefined();
    expect(String(ourField!.type)).toBe(String(theirField.type));
    // Arguments: every contract argument exists with its type.
    if ('args' in theirField) {
      for (const arg of theirField.args) {
        const ourArg = (ourField as typeof theirField).args.find((a) => a.name === arg.name);
        expect(ourArg, `${typeName}.${fieldName}(${arg.name})`).toBeDefined();
        expect(String(ourArg!.type)).toBe(String(arg.type));
      }
    }
    // Interfaces: a contract type's interfaces are ours too.
    if (isObjectType(theirs)) {
      expect((ours as typeof theirs).getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(theirs.getInterfaces().map((i) => i.name)));
    }
  });
});

describe('descriptions (GraphiQL is the manual)', () => {
  it('every type, field, argument and enum value has one', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isEnumType(type)) {
        for (const v of type.getValues()) if (!v.description?.trim()) missing.push(`${type.name}.${v.name}`);
      }
      const fields = fieldsOf(type);
      if (!fields) continue;
      for (const field of Object.values(fields)) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) {
          for (const arg of field.args) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the walk sees every named type the schema reaches', () => {
    // Guards the test above against walking an empty map.
    const reached = new Set(Object.values(schema.getQueryType()!.getFields()).map((f) => getNamedType(f.type).name));
    expect(reached).toContain('Certification');
    expect(Object.keys(schema.getTypeMap()).length).toBeGreaterThan(25);
  });
});
