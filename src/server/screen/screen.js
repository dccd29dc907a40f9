// The reference command-centre screen. Served by the API itself with ECharts and graphql-ws from its
// own npm packages: nothing is loaded from another host. Signs in with a read-only API key given
// once as /screen#key=<api key> (a fragment never reaches a server log) and kept in this browser.
(function () {
  'use strict';

  var KEY_STORAGE = 'keyproject.screen.apiKey';
  var TICKER_TYPES = ['PROGRESS_REPORTED', 'PROJECT_STARTED', 'LIGHT_CHANGED', 'MONTH_CLOSED', 'SANCTION_RECORDED', 'ESCALATION_CREATED', 'RECTIFICATION_VERIFIED', 'DOCUMENT_ISSUED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED'];
  var EVENT_LABELS = {
    PROGRESS_REPORTED: '填报月度进度',
    PROJECT_STARTED: '项目开工',
    LIGHT_CHANGED: '亮灯变化',
    MONTH_CLOSED: '月度关账',
    SANCTION_RECORDED: '奖惩',
    ESCALATION_CREATED: '督办',
    RECTIFICATION_VERIFIED: '问题整改销号',
    DOCUMENT_ISSUED: '文件印发',
    INSPECTION_RECORDED: '督查',
    PROBLEM_RAISED: '发现问题',
  };
  var INDUSTRIES = { PRIMARY: '第一产业', SECONDARY: '第二产业', TERTIARY: '第三产业' };
  var BANDS = { UNDER_100M: '1亿元以下', FROM_100M_TO_500M: '1—5亿元', FROM_500M_TO_1B: '5—10亿元', OVER_1B: '10亿元以上' };
  var LIGHTS = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯', NOT_DUE: '未到期' };
  var MONEY = { totalInvestment: true, annualPlannedInvestment: true, completedInvestment: true, cumulativeInvestment: true };
  var COLORS = { text: '#dbe8ff', muted: '#8ea6c9', line: '#1d4f8f', accent: '#41d1ff', plan: '#8ea6c9', done: '#41d1ff', green: '#22c55e', yellow: '#facc15', red: '#ef4444', grey: '#64748b' };

  // ------------------------------------------------------------------ sign-in
  var fragment = new URLSearchParams(window.location.hash.slice(1));
  if (fragment.get('key')) {
    window.localStorage.setItem(KEY_STORAGE, fragment.get('key'));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  var apiKey = window.localStorage.getItem(KEY_STORAGE);
  function askForKey() {
    document.getElementById('sign-in').hidden = false;
    setConnection('offline', '未登录');
  }
  if (!apiKey) {
    askForKey();
    return;
  }

  // ------------------------------------------------------------------ state
  var search = new URLSearchParams(window.location.search);
  var year = Number(search.get('year')) || Number(chinaNow().slice(0, 4));
  var level = search.get('level') || null;
  var httpUrl = new URL('/graphql', window.location.href).href;
  var lastSequence = null;
  var dashboardSubscription = null;
  var eventsSubscription = null;
  var refreshTimer = null;
  var tickerReady = false;

  document.getElementById('title').textContent = year + '年重点工程调度指挥中心';

  // ------------------------------------------------------------------ formatting
  function chinaNow() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().replace('T', ' ').slice(0, 19);
  }
  function yi(wan) {
    return wan === null || wan === undefined ? '—' : (Number(wan) / 10000).toFixed(2);
  }
  function setConnection(state, text) {
    var element = document.getElementById('connection');
    element.dataset.state = state;
    element.textContent = text;
  }
  function flash(element) {
    element.classList.add('changed');
    window.setTimeout(function () { element.classList.remove('changed'); }, 1500);
  }
  function setFigure(element, raw, shown) {
    var value = raw === null || raw === undefined ? '' : String(raw);
    if (element.dataset.value !== undefined && element.dataset.value !== value) flash(element);
    element.dataset.value = value;
    element.querySelector('.value').textContent = shown;
  }
  function text(tag, className, content) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = content;
    return element;
  }

  // ------------------------------------------------------------------ GraphQL over HTTP and graphql-ws
  function request(query, variables) {
    return window
      .fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: 'Bearer ' + apiKey },
        body: JSON.stringify({ query: query, variables: variables }),
      })
      .then(function (response) {
        if (response.status === 401) {
          window.localStorage.removeItem(KEY_STORAGE);
          askForKey();
          throw new Error('the API key was refused');
        }
        return response.json();
      })
      .then(function (result) {
        if (result.errors && result.errors.length) throw new Error(result.errors[0].message);
        return result.data;
      });
  }

  var client = graphqlWs.createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    connectionParams: { authorization: 'Bearer ' + apiKey },
    lazy: false,
    keepAlive: 10000,
    retryAttempts: Infinity,
    shouldRetry: function () { return true; },
    on: {
      connecting: function () { setConnection('connecting', '连接中'); },
      connected: function () {
        setConnection('live', '实时');
        // The event ticker resumes from the last event seen: no gap, no repeat.
        if (tickerReady) subscribeEvents();
        scheduleRefresh(0);
      },
      closed: function (event) {
        setConnection('offline', '已断开,重连中');
        if (eventsSubscription) {
          eventsSubscription();
          eventsSubscription = null;
        }
        if (event && event.code === 4403) {
          window.localStorage.removeItem(KEY_STORAGE);
          askForKey();
        }
      },
    },
  });

  var DASHBOARD_FIELDS =
    'projectCount totalInvestment annualPlannedInvestment completedInvestment completionRate startedCount completedCount cumulativeInvestment ' +
    'lightCounts { month green yellow red notDue } byIndustry { industry projectCount } byInvestmentBand { band projectCount } ' +
    'byUnit { name plannedInvestment completedInvestment } byTown { name projectCount plannedInvestment completedInvestment }';

  function subscribeDashboard() {
    if (dashboardSubscription) dashboardSubscription();
    dashboardSubscription = client.subscribe(
      { query: 'subscription Screen($year: Int!, $level: ProjectLevel) { dashboardChanged(year: $year, level: $level) { ' + DASHBOARD_FIELDS + ' } }', variables: { year: year, level: level } },
      {
        next: function (result) {
          if (result.data) {
            renderDashboard(result.data.dashboardChanged);
            scheduleRefresh(300);
          }
        },
        error: function () { setConnection('offline', '订阅出错'); },
        complete: function () {},
      },
    );
  }

  function subscribeEvents() {
    if (eventsSubscription) eventsSubscription();
    eventsSubscription = client.subscribe(
      {
        query: 'subscription Ticker($after: String, $types: [EventType!]) { events(afterSequence: $after, types: $types) { sequence type occurredAt payload project { name } } }',
        variables: { after: lastSequence, types: TICKER_TYPES },
      },
      { next: function (result) { if (result.data) addTicker(result.data.events); }, error: function () {}, complete: function () {} },
    );
  }

  // The parts a dashboard push does not carry (curve, rankings, provisional lights), read again after a change.
  function scheduleRefresh(delay) {
    window.clearTimeout(refreshTimer);
    refreshTimer = window.setTimeout(refreshExtras, delay);
  }
  function refreshExtras() {
    return request(
      'query ScreenExtras($year: Int!, $level: ProjectLevel) {' +
        ' investmentSeries(year: $year, level: $level) { closedMonth months { month plannedToDate completedToDate official } }' +
        ' projectScores(year: $year, first: 100) { nodes { rank total project { name level } } }' +
        ' laggingProjects(year: $year, level: $level, first: 8) { lag light month project { name } }' +
        ' dashboard(year: $year, level: $level) { provisionalLightCounts { month green yellow red notDue } } }',
      { year: year, level: level },
    )
      .then(function (data) {
        renderCurve(data.investmentSeries);
        renderRanking(data.projectScores.nodes);
        renderLagging(data.laggingProjects);
        var provisional = data.dashboard.provisionalLightCounts;
        document.getElementById('provisional').textContent = provisional
          ? provisional.month + '月(暂定):绿' + provisional.green + ' 黄' + provisional.yellow + ' 红' + provisional.red
          : '';
      })
      .catch(function () {});
  }

  // ------------------------------------------------------------------ rendering
  var charts = {};
  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    return charts[id];
  }
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });
  var axisStyle = { axisLine: { lineStyle: { color: COLORS.line } }, axisLabel: { color: COLORS.muted }, splitLine: { lineStyle: { color: 'rgba(29,79,143,0.35)' } } };

  function renderDashboard(dashboard) {
    document.querySelectorAll('.figures [data-figure]').forEach(function (element) {
      var field = element.dataset.figure;
      var raw = dashboard[field];
      setFigure(element, raw, MONEY[field] ? yi(raw) : raw === null || raw === undefined ? '—' : String(raw));
    });
    var lights = dashboard.lightCounts;
    ['green', 'yellow', 'red', 'notDue'].forEach(function (name) {
      setFigure(document.querySelector('[data-figure="lightCounts.' + name + '"]'), lights[name], String(lights[name]));
    });
    document.getElementById('light-month').textContent = lights.month ? lights.month + '月末(正式)' : '尚未关账';
    document.body.dataset.updatedAt = String(Date.now());

    chart('chart-industry').setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, textStyle: { color: COLORS.muted } },
      series: [{
        type: 'pie', radius: ['38%', '62%'], center: ['50%', '45%'],
        label: { color: COLORS.text, formatter: '{b}\n{c}个' },
        data: dashboard.byIndustry.map(function (row) { return { name: INDUSTRIES[row.industry] || row.industry, value: row.projectCount }; }),
      }],
    });
    chart('chart-bands').setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 20, bottom: 30 },
      xAxis: Object.assign({ type: 'category', data: dashboard.byInvestmentBand.map(function (row) { return BANDS[row.band] || row.band; }) }, axisStyle),
      yAxis: Object.assign({ type: 'value', minInterval: 1 }, axisStyle),
      series: [{ type: 'bar', data: dashboard.byInvestmentBand.map(function (row) { return row.projectCount; }), itemStyle: { color: COLORS.accent }, label: { show: true, position: 'top', color: COLORS.text } }],
    });
    var units = dashboard.byUnit.slice(0, 10).reverse();
    chart('chart-units').setOption(barsOf(units, 'name'));
    var towns = dashboard.byTown.filter(function (row) { return row.name; }).reverse();
    chart('chart-towns').setOption(barsOf(towns, 'name'));
  }

  function shortName(name) {
    return String(name || '未指定').replace(/^.*?区(?=.{2,})/, '');
  }

  function barsOf(rows, key) {
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, right: 0, textStyle: { color: COLORS.muted }, data: ['年度计划', '已完成'] },
      grid: { left: 90, right: 20, top: 24, bottom: 20 },
      xAxis: Object.assign({ type: 'value' }, axisStyle),
      yAxis: Object.assign({ type: 'category', data: rows.map(function (row) { return shortName(row[key]); }) }, axisStyle),
      series: [
        { name: '年度计划', type: 'bar', barGap: '-100%', itemStyle: { color: 'rgba(142,166,201,0.35)' }, data: rows.map(function (row) { return yi(row.plannedInvestment); }) },
        { name: '已完成', type: 'bar', itemStyle: { color: COLORS.accent }, data: rows.map(function (row) { return yi(row.completedInvestment); }) },
      ],
    };
  }

  function renderCurve(series) {
    var months = series.months;
    chart('chart-curve').setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, right: 0, textStyle: { color: COLORS.muted }, data: ['序时计划', '累计完成', '累计完成(暂定)'] },
      grid: { left: 70, right: 20, top: 30, bottom: 30 },
      xAxis: Object.assign({ type: 'category', data: months.map(function (point) { return point.month + '月'; }) }, axisStyle),
      yAxis: Object.assign({ type: 'value', name: '万元', nameTextStyle: { color: COLORS.muted } }, axisStyle),
      series: [
        { name: '序时计划', type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: COLORS.plan }, itemStyle: { color: COLORS.plan }, data: months.map(function (point) { return point.plannedToDate; }) },
        {
          // Official (closed months): solid; provisional (open months, reports so far): dotted.
          name: '累计完成', type: 'line', lineStyle: { width: 3, color: COLORS.done }, itemStyle: { color: COLORS.done }, areaStyle: { color: 'rgba(65,209,255,0.15)' },
          data: months.map(function (point) { return point.official ? point.completedToDate : null; }),
          markArea: series.closedMonth
            ? { silent: true, itemStyle: { color: 'rgba(34,197,94,0.06)' }, label: { color: COLORS.muted, position: 'insideTop' }, data: [[{ name: '已关账', xAxis: '1月' }, { xAxis: series.closedMonth + '月' }]] }
            : undefined,
        },
        {
          name: '累计完成(暂定)', type: 'line', symbol: 'emptyCircle', lineStyle: { width: 2, type: 'dotted', color: COLORS.done }, itemStyle: { color: COLORS.done },
          data: months.map(function (point) { return !point.official && point.month >= series.closedMonth || point.month === series.closedMonth ? point.completedToDate : null; }),
        },
      ],
    });
  }

  function renderRanking(nodes) {
    var list = document.getElementById('ranking');
    list.replaceChildren();
    nodes
      .filter(function (node) { return !level || node.project.level === level; })
      .slice(0, 10)
      .forEach(function (node) {
        var item = document.createElement('li');
        item.append(text('span', 'rank', String(node.rank)), text('span', 'name', node.project.name), text('span', 'number', node.total + '分'));
        list.append(item);
      });
  }

  function renderLagging(rows) {
    var list = document.getElementById('lagging');
    list.replaceChildren();
    rows.forEach(function (row, index) {
      var item = document.createElement('li');
      item.append(
        text('span', 'rank', String(index + 1)),
        text('span', 'name', row.project.name),
        text('span', 'number ' + (row.light === 'RED' ? 'red' : row.light === 'YELLOW' ? 'yellow' : ''), row.lag === null ? LIGHTS[row.light] : '落后' + row.lag + '个百分点'),
      );
      list.append(item);
    });
  }

  function addTicker(event) {
    lastSequence = event.sequence;
    var list = document.getElementById('ticker');
    var placeholder = list.querySelector('.empty');
    if (placeholder) placeholder.remove();
    var item = document.createElement('li');
    var when = new Date(new Date(event.occurredAt).getTime() + 8 * 3600 * 1000).toISOString().slice(5, 16).replace('T', ' ');
    var detail = EVENT_LABELS[event.type] || event.type;
    if (event.type === 'PROGRESS_REPORTED' && event.payload) detail += ' ' + event.payload.month + '月完成' + event.payload.amount + '万元';
    if (event.type === 'LIGHT_CHANGED' && event.payload) detail += ' ' + (LIGHTS[event.payload.from] || '—') + '→' + (LIGHTS[event.payload.to] || '');
    item.append(text('time', '', when), document.createTextNode((event.project ? event.project.name + ' · ' : '') + detail));
    item.dataset.sequence = event.sequence;
    list.prepend(item);
    while (list.children.length > 20) list.lastElementChild.remove();
  }

  // ------------------------------------------------------------------ controls and start
  document.querySelectorAll('.levels button').forEach(function (button) {
    button.setAttribute('aria-pressed', String((button.dataset.level || null) === level));
    button.addEventListener('click', function () {
      level = button.dataset.level || null;
      document.querySelectorAll('.levels button').forEach(function (other) { other.setAttribute('aria-pressed', String(other === button)); });
      var params = new URLSearchParams(window.location.search);
      if (level) params.set('level', level);
      else params.delete('level');
      window.history.replaceState(null, '', window.location.pathname + (params.toString() ? '?' + params : ''));
      subscribeDashboard();
      scheduleRefresh(0);
    });
  });

  window.setInterval(function () { document.getElementById('clock').textContent = chinaNow(); }, 1000);
  document.getElementById('clock').textContent = chinaNow();

  request('query Recent($types: [EventType!]) { recentEvents(last: 12, types: $types) { sequence type occurredAt payload project { name } } }', { types: TICKER_TYPES })
    .then(function (data) {
      if (data.recentEvents.length === 0) document.getElementById('ticker').append(text('li', 'empty', '暂无动态:填报、开工、亮灯、督办等变化将在此实时滚动'));
      data.recentEvents.forEach(addTicker);
    })
    .catch(function () {})
    .then(function () {
      tickerReady = true;
      subscribeEvents();
    });
  subscribeDashboard();
})();
