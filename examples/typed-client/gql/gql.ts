/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CompareTwo($pair: [String!]!) {\n    compare(certifications: $pair) {\n      certifications { slug acronym name price { typicalUsd minUsd maxUsd confidence asOf summary } }\n      sharedFundamentals { name }\n      distinct { certification { acronym } topics { name } }\n      pairs { similarity coverageOfA coverageOfB }\n      summary\n    }\n  }\n": typeof types.CompareTwoDocument,
    "\n  query RecommendationsFor($profile: ProfileInput!, $first: Int) {\n    recommendations(profile: $profile, first: $first) {\n      fitCount\n      nothingFits\n      message\n      items {\n        rank\n        score\n        eligible\n        fits\n        budgetFit\n        certification { slug acronym level price { typicalUsd minUsd maxUsd confidence asOf summary } }\n        reasons { code message weight }\n      }\n    }\n  }\n": typeof types.RecommendationsForDocument,
    "\n  query CertificationDetails($slug: String!) {\n    certification(slug: $slug) {\n      slug\n      acronym\n      name\n      summary\n      url\n      level\n      provider { name }\n      requiresCourse\n      prerequisites { acronym }\n      exam { questions durationMinutes passingScorePercent format }\n      price { typicalUsd minUsd maxUsd confidence asOf summary }\n      renewal { required everyYears feeUsd }\n      sources { title url }\n    }\n  }\n": typeof types.CertificationDetailsDocument,
};
const documents: Documents = {
    "\n  query CompareTwo($pair: [String!]!) {\n    compare(certifications: $pair) {\n      certifications { slug acronym name price { typicalUsd minUsd maxUsd confidence asOf summary } }\n      sharedFundamentals { name }\n      distinct { certification { acronym } topics { name } }\n      pairs { similarity coverageOfA coverageOfB }\n      summary\n    }\n  }\n": types.CompareTwoDocument,
    "\n  query RecommendationsFor($profile: ProfileInput!, $first: Int) {\n    recommendations(profile: $profile, first: $first) {\n      fitCount\n      nothingFits\n      message\n      items {\n        rank\n        score\n        eligible\n        fits\n        budgetFit\n        certification { slug acronym level price { typicalUsd minUsd maxUsd confidence asOf summary } }\n        reasons { code message weight }\n      }\n    }\n  }\n": types.RecommendationsForDocument,
    "\n  query CertificationDetails($slug: String!) {\n    certification(slug: $slug) {\n      slug\n      acronym\n      name\n      summary\n      url\n      level\n      provider { name }\n      requiresCourse\n      prerequisites { acronym }\n      exam { questions durationMinutes passingScorePercent format }\n      price { typicalUsd minUsd maxUsd confidence asOf summary }\n      renewal { required everyYears feeUsd }\n      sources { title url }\n    }\n  }\n": types.CertificationDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareTwo($pair: [String!]!) {\n    compare(certifications: $pair) {\n      certifications { slug acronym name price { typicalUsd minUsd maxUsd confidence asOf summary } }\n      sharedFundamentals { name }\n      distinct { certification { acronym } topics { name } }\n      pairs { similarity coverageOfA coverageOfB }\n      summary\n    }\n  }\n"): (typeof documents)["\n  query CompareTwo($pair: [String!]!) {\n    compare(certifications: $pair) {\n      certifications { slug acronym name price { typicalUsd minUsd maxUsd confidence asOf summary } }\n      sharedFundamentals { name }\n      distinct { certification { acronym } topics { name } }\n      pairs { similarity coverageOfA coverageOfB }\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationsFor($profile: ProfileInput!, $first: Int) {\n    recommendations(profile: $profile, first: $first) {\n      fitCount\n      nothingFits\n      message\n      items {\n        rank\n        score\n        eligible\n        fits\n        budgetFit\n        certification { slug acronym level price { typicalUsd minUsd maxUsd confidence asOf summary } }\n        reasons { code message weight }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationsFor($profile: ProfileInput!, $first: Int) {\n    recommendations(profile: $profile, first: $first) {\n      fitCount\n      nothingFits\n      message\n      items {\n        rank\n        score\n        eligible\n        fits\n        budgetFit\n        certification { slug acronym level price { typicalUsd minUsd maxUsd confidence asOf summary } }\n        reasons { code message weight }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationDetails($slug: String!) {\n    certification(slug: $slug) {\n      slug\n      acronym\n      name\n      summary\n      url\n      level\n      provider { name }\n      requiresCourse\n      prerequisites { acronym }\n      exam { questions durationMinutes passingScorePercent format }\n      price { typicalUsd minUsd maxUsd confidence asOf summary }\n      renewal { required everyYears feeUsd }\n      sources { title url }\n    }\n  }\n"): (typeof documents)["\n  query CertificationDetails($slug: String!) {\n    certification(slug: $slug) {\n      slug\n      acronym\n      name\n      summary\n      url\n      level\n      provider { name }\n      requiresCourse\n      prerequisites { acronym }\n      exam { questions durationMinutes passingScorePercent format }\n      price { typicalUsd minUsd maxUsd confidence asOf summary }\n      renewal { required everyYears feeUsd }\n      sources { title url }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;