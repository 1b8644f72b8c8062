// The API's path: where the GraphQL server answers, and where a browser asking for HTML gets GraphiQL.
export const GRAPHQL_PATH = '/graphql';
