// Which modules belong to a surface other than /graphql: all of the widget's, the explorer's and
// the downloads' folders, GraphiQL's but its path constants (src/app.ts routes by them), and the
// usage reports (the usage counting every request passes through is /graphql's too). None of them
// may be evaluated by a new isolate or by answering /graphql (test/edge/surfaces-on-demand.test.ts on
// the sources, scripts/bundle-gate on the deployable bundle).
export const OTHER_SURFACE = /^src\/(widget|explore|downloads)\/|^src\/graphiql\/(?!paths\.ts$)|^src\/usage\/(endpoint|report|format)\.ts$/;
