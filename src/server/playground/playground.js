/* global React, ReactDOM, GraphiQL, graphqlWs */
// Served by the API itself (no CDN): queries over HTTP POST, subscriptions over graphql-ws, same path.
// Every request carries the Authorization value of the Headers tab: over HTTP as a header, over
// WebSocket as a connection parameter, with one graphql-ws client per Authorization value (a socket
// is authenticated once, when it opens). A token can also be given once as /playground#token=<token>.
(function () {
  var httpUrl = new URL('/graphql', window.location.href).href;
  var wsUrl = httpUrl.replace(/^http/, 'ws');

  var HELP = [
    '# 重点工程调度指挥平台 GraphQL Playground',
    '#',
    '# 使用前请先登录:在下方 Headers(请求头)标签页填写',
    '#   {"Authorization": "Bearer <令牌或API密钥>"}',
    '# 令牌由 npm start 启动时打印(演示库),或由管理员用 npm run token 生成;大屏与对接系统使用 API 密钥。',
    '# 填写后文档(Docs)自动加载,查询与订阅(subscription)均使用该令牌。',
    '#',
    '# Sign in first: in the Headers tab below, put',
    '#   {"Authorization": "Bearer <token or API key>"}',
    '# (npm start prints tokens for the demo database; npm run token mints one). The schema (Docs)',
    '# then loads, and queries and subscriptions both use it. Ctrl-Enter runs the operation.',
    '',
  ].join('\n');
  var EXAMPLE = [
    'query Dashboard {',
    '  dashboard(year: 2026, level: CITY) {',
    '    projectCount totalInvestment annualPlannedInvestment',
    '    completedInvestment completionRate startedCount',
    '    lightCounts { month green yellow red notDue }',
    '  }',
    '}',
    '',
    '# subscription Live { dashboardChanged(year: 2026) { completedInvestment completionRate } }',
    '',
  ].join('\n');
  var PLACEHOLDER = '{\n  "Authorization": "Bearer <把令牌粘贴到这里 / paste your token here>"\n}';

  var search = new URLSearchParams(window.location.search);
  var fragment = new URLSearchParams(window.location.hash.slice(1));
  var initialHeaders = null;
  if (fragment.get('token')) {
    initialHeaders = JSON.stringify({ Authorization: 'Bearer ' + fragment.get('token') }, null, 2);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }

  /** The Authorization value of a headers object or JSON text, unless it is missing or still the placeholder. */
  function authorizationOf(headers) {
    var parsed = headers;
    if (typeof headers === 'string') {
      try {
        parsed = JSON.parse(headers || '{}');
      } catch (error) {
        return null;
      }
    }
    if (!parsed || typeof parsed !== 'object') return null;
    for (var name in parsed) {
      if (name.toLowerCase() === 'authorization' && typeof parsed[name] === 'string' && parsed[name].indexOf('<') < 0 && parsed[name].trim()) return parsed[name].trim();
    }
    return null;
  }

  var stored = null;
  try {
    stored = window.localStorage.getItem('graphiql:headers');
  } catch (error) {
    stored = null;
  }
  var currentAuthorization = authorizationOf(initialHeaders) || authorizationOf(stored);

  function signInError() {
    return {
      errors: [{ message: '请先登录:在 Headers 标签页填写 {"Authorization": "Bearer <令牌>"},文档随即加载。Sign in first: put {"Authorization": "Bearer <token>"} in the Headers tab; the schema then loads.' }],
    };
  }

  var clients = {};
  /** One graphql-ws client per Authorization value; a refused socket (4401/4403) is an error, not an endless retry. */
  function wsClientFor(authorization) {
    if (!clients[authorization]) {
      clients[authorization] = graphqlWs.createClient({
        url: wsUrl,
        lazy: true,
        connectionParams: { authorization: authorization },
        shouldRetry: function (event) {
          return !(event && typeof event.code === 'number' && event.code >= 4400 && event.code < 4500);
        },
      });
    }
    return clients[authorization];
  }

  function isSubscription(params) {
    var name = params.operationName;
    var query = String(params.query || '').replace(/#[^\n]*/g, '');
    var operations = query.match(/(^|\}|\s)(query|mutation|subscription)\s*[A-Za-z_0-9]*/g) || [];
    if (name) {
      var named = new RegExp('(query|mutation|subscription)\\s+' + name + '\\b').exec(query);
      return Boolean(named && named[1] === 'subscription');
    }
    return operations.length > 0 && /subscription/.test(operations[0]);
  }

  async function* subscribeOver(authorization, params) {
    try {
      for await (var result of wsClientFor(authorization).iterate({ query: params.query, variables: params.variables, operationName: params.operationName })) yield result;
    } catch (error) {
      var code = error && error.code;
      var reason = (error && (error.reason || error.message)) || String(error);
      yield { errors: [{ message: 'WebSocket ' + (code ? code + ' ' : '') + reason + (code === 4403 || code === 4401 ? ' — 请检查 Headers 中的令牌 / check the token in the Headers tab' : ''), extensions: { code: 'WEBSOCKET_CLOSED' } }] };
    }
  }

  function fetcher(params, options) {
    var authorization = authorizationOf(options && options.headers) || currentAuthorization;
    if (!authorization) return Promise.resolve(signInError());
    if (isSubscription(params)) return subscribeOver(authorization, params);
    var headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: authorization };
    var given = (options && options.headers) || {};
    Object.keys(given).forEach(function (name) {
      if (['authorization', 'content-type', 'accept'].indexOf(name.toLowerCase()) < 0) headers[name] = given[name];
    });
    return window.fetch(httpUrl, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (response) {
      return response.json();
    });
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  function render() {
    // A new fetcher identity makes GraphiQL load the schema again, with the new Authorization.
    var bound = function (params, options) {
      return fetcher(params, options);
    };
    root.render(
      React.createElement(GraphiQL, {
        key: 'graphiql',
        fetcher: bound,
        defaultQuery: search.get('query') || HELP + EXAMPLE,
        defaultHeaders: PLACEHOLDER,
        headers: initialHeaders || undefined,
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: 'headers',
        onEditHeaders: function (text) {
          var next = authorizationOf(text);
          if (next && next !== currentAuthorization) {
            currentAuthorization = next;
            render();
          }
        },
      }),
    );
  }
  render();
})();
