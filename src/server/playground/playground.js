/* global React, ReactDOM, GraphiQL, graphqlWs */
// Served by the API itself (no CDN): queries over HTTP POST, subscriptions over graphql-ws, same path.
(function () {
  var httpUrl = new URL('/graphql', window.location.href).href;
  var wsUrl = httpUrl.replace(/^http/, 'ws');
  var fetcher = GraphiQL.createFetcher({
    url: httpUrl,
    wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true }),
  });
  var defaultQuery = [
    '# 重点工程调度指挥平台 — try a query, then Ctrl-Enter',
    'query Dashboard {',
    '  dashboard(year: 2026, level: CITY) {',
    '    projectCount totalInvestment annualPlannedInvestment',
    '    completedInvestment completionRate startedCount newBuildCount',
    '    byIndustry { industry projectCount }',
    '    byInvestmentBand { band projectCount }',
    '  }',
    '}',
    '',
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: true }),
  );
})();
