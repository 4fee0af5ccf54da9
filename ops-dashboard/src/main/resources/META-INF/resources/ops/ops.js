// UnionHub ops page: figures pushed over /api/ops/stream (read with fetch, so the token travels in the Authorization
// header, never in a URL), charts drawn with Apache ECharts (bundled at build), labels in Chinese and English.
'use strict';

const LABELS = {
  zh: {
    'title': 'UnionHub 运营看板', 'screen.overview': '总览', 'screen.training': '干部培训', 'screen.employment': '就业服务',
    'screen.mediation': '12351 与调解', 'screen.matchmaking': '青年交友', 'language': 'English',
    'connection.live': '实时', 'connection.connecting': '连接中', 'connection.offline': '已断开',
    'sign-in.label': '访问令牌（ops 或 union-staff 角色）', 'sign-in.submit': '进入',
    'sign-in.hint': '令牌只保存在本标签页（sessionStorage），关闭即清除。', 'as-of': '数据截至', 'as-of.none': '尚无事件',
    'top.overdue': '超时工单', 'top.districts': '两年覆盖率最低的区', 'top.disputes': '争议最多的用人单位',
    'overdue.number': '工单号', 'overdue.category': '类别', 'overdue.due': '时限',
    'chart.series': '近 90 天（每日）', 'chart.overview': '各项目近 90 天事件', 'coverage': '覆盖率',
    'alert.COVERAGE_BEHIND': '培训覆盖率落后于计划进度', 'alert.CLOSURE_RATE_LOW': '12351 办结率低于下限',
    'alert.SLA_BREACHES_RISING': 'SLA 超时上升', 'alert.OUTBOX_BACKLOG': '事件发件箱积压',
    'training.cadres': '在册干部', 'training.trained': '两年内已培训', 'training.coverage': '两年覆盖率',
    'training.cadres-registered': '干部登记', 'training.completions': '结业', 'training.cohorts-scheduled': '开班',
    'training.enrolments': '报名确认', 'training.waitlisted': '候补', 'training.cancellations': '取消报名',
    'training.surveys-answered': '需求调查', 'training.attendance-present': '出勤人次', 'training.follow-ups-recorded': '回访',
    'employment.seekers-registered': '求职登记', 'employment.employers-registered': '用人单位',
    'employment.employers-verified': '已核验单位', 'employment.posts-published': '发布岗位',
    'employment.openings-published': '岗位空缺', 'employment.applications': '投递', 'employment.intents': '达成意向',
    'employment.hires': '录用', 'employment.campaigns-opened': '招聘活动', 'employment.training-orders': '订单培训',
    'employment.graduates-placed': '订单培训就业', 'employment.rights-reports': '维权反映',
    'mediation.work-orders-received': '受理工单', 'mediation.closed': '已办结', 'mediation.open': '办理中',
    'mediation.closure-rate': '办结率', 'mediation.overdue': '超时未结', 'mediation.closings': '办结',
    'mediation.reopenings': '重新办理', 'mediation.sla-warnings': 'SLA 预警', 'mediation.sla-breaches': 'SLA 超时',
    'mediation.escalations': '升级督办', 'mediation.ratings': '评价', 'mediation.rating-points': '评价总分',
    'mediation.satisfaction': '满意度（1–5）', 'mediation.cases-opened': '调解立案', 'mediation.agreements': '达成协议',
    'mediation.cases-lapsed': '调解期满', 'mediation.referred-to-arbitration': '转仲裁',
    'mediation.agreements-performed': '协议履行', 'mediation.agreements-breached': '协议未履行',
    'matchmaking.profiles': '在册会员', 'matchmaking.profiles-registered': '注册', 'matchmaking.verifications': '婚姻状况核验',
    'matchmaking.withdrawals': '暂停', 'matchmaking.erasures': '注销', 'matchmaking.matches': '双向匹配',
    'matchmaking.introductions': '红娘牵线', 'matchmaking.mixers-published': '发布联谊', 'matchmaking.mixers-held': '举办联谊',
    'matchmaking.sign-ups': '报名', 'matchmaking.waitlisted': '候补', 'matchmaking.participations': '参与人次',
    'matchmaking.mutual-picks': '互选成功', 'matchmaking.couples': '牵手', 'matchmaking.marriages': '喜结连理',
    'matchmaking.wedding-places': '集体婚礼名额'
  },
  en: {
    'title': 'UnionHub operations', 'screen.overview': 'Overview', 'screen.training': 'Cadre training',
    'screen.employment': 'Employment', 'screen.mediation': '12351 & mediation', 'screen.matchmaking': 'Matchmaking',
    'language': '中文', 'connection.live': 'Live', 'connection.connecting': 'Connecting', 'connection.offline': 'Offline',
    'sign-in.label': 'Access token (ops or union-staff role)', 'sign-in.submit': 'Open',
    'sign-in.hint': 'The token stays in this tab only (sessionStorage) and is gone when it closes.',
    'as-of': 'As of', 'as-of.none': 'No events yet', 'top.overdue': 'Overdue work orders',
    'top.districts': 'Lowest two-year coverage', 'top.disputes': 'Employers with the most disputes',
    'overdue.number': 'Number', 'overdue.category': 'Category', 'overdue.due': 'Due',
    'chart.series': 'Last 90 days (daily)', 'chart.overview': 'Events per program, last 90 days', 'coverage': 'Coverage',
    'alert.COVERAGE_BEHIND': 'Training coverage behind the campaign\'s pace',
    'alert.CLOSURE_RATE_LOW': '12351 closure rate below its floor', 'alert.SLA_BREACHES_RISING': 'SLA breaches rising',
    'alert.OUTBOX_BACKLOG': 'Event outbox backlog',
    'training.cadres': 'Cadres', 'training.trained': 'Trained (two years)', 'training.coverage': 'Two-year coverage',
    'training.cadres-registered': 'Cadres registered', 'training.completions': 'Completions',
    'training.cohorts-scheduled': 'Cohorts', 'training.enrolments': 'Enrolments', 'training.waitlisted': 'Waitlisted',
    'training.cancellations': 'Cancellations', 'training.surveys-answered': 'Needs surveys',
    'training.attendance-present': 'Attendances', 'training.follow-ups-recorded': 'Follow-up visits',
    'employment.seekers-registered': 'Job seekers', 'employment.employers-registered': 'Employers',
    'employment.employers-verified': 'Employers verified', 'employment.posts-published': 'Posts',
    'employment.openings-published': 'Openings', 'employment.applications': 'Applications',
    'employment.intents': 'Intents', 'employment.hires': 'Hires', 'employment.campaigns-opened': 'Campaigns',
    'employment.training-orders': 'Training orders', 'employment.graduates-placed': 'Graduates placed',
    'employment.rights-reports': 'Rights reports',
    'mediation.work-orders-received': 'Work orders', 'mediation.closed': 'Closed', 'mediation.open': 'Open',
    'mediation.closure-rate': 'Closure rate', 'mediation.overdue': 'Overdue', 'mediation.closings': 'Closings',
    'mediation.reopenings': 'Reopened', 'mediation.sla-warnings': 'SLA warnings', 'mediation.sla-breaches': 'SLA breaches',
    'mediation.escalations': 'Escalations', 'mediation.ratings': 'Ratings', 'mediation.rating-points': 'Rating points',
    'mediation.satisfaction': 'Satisfaction (1–5)', 'mediation.cases-opened': 'Mediation cases',
    'mediation.agreements': 'Agreements', 'mediation.cases-lapsed': 'Lapsed (15 days)',
    'mediation.referred-to-arbitration': 'To arbitration', 'mediation.agreements-performed': 'Agreements performed',
    'mediation.agreements-breached': 'Agreements breached',
    'matchmaking.profiles': 'Profiles', 'matchmaking.profiles-registered': 'Registered',
    'matchmaking.verifications': 'Registry checks', 'matchmaking.withdrawals': 'Withdrawn',
    'matchmaking.erasures': 'Erased', 'matchmaking.matches': 'Matches', 'matchmaking.introductions': 'Introductions',
    'matchmaking.mixers-published': 'Mixers published', 'matchmaking.mixers-held': 'Mixers held',
    'matchmaking.sign-ups': 'Sign-ups', 'matchmaking.waitlisted': 'Waitlisted',
    'matchmaking.participations': 'Participations', 'matchmaking.mutual-picks': 'Mutual picks',
    'matchmaking.couples': 'Couples', 'matchmaking.marriages': 'Marriages', 'matchmaking.wedding-places': 'Wedding places'
  }
};
const PROGRAMS = ['training', 'employment', 'mediation', 'matchmaking'];
const OVERVIEW_SERIES = {
  training: 'training.completions', employment: 'employment.intents',
  mediation: 'mediation.work-orders-received', matchmaking: 'matchmaking.sign-ups'
};
const params = new URLSearchParams(location.search);
const state = { figures: {}, revisions: {}, alerts: new Map(), charts: {}, screen: 'overview' };
let lang = [params.get('lang'), sessionStorage.getItem('ops.lang')].find(l => l in LABELS)
  ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');

function t(key) { return LABELS[lang][key] ?? LABELS.en[key] ?? key; }

function token() { return sessionStorage.getItem('ops.token'); }

// A token handed over in the fragment (#token=…, as ./unionhub up prints it) is never sent to a server; it is kept
// for this tab and removed from the address bar at once.
function takeTokenFromFragment() {
  const match = location.hash.match(/(?:^#|&)token=([^&]+)/);
  if (match) {
    try {
      sessionStorage.setItem('ops.token', decodeURIComponent(match[1]));
    } catch (e) {
      console.warn('the token in the link is not readable');
    }
    history.replaceState(null, '', location.pathname + location.search + '#overview');
  }
}

async function api(path) {
  const answer = await fetch(path, { headers: { Authorization: 'Bearer ' + token(), 'Accept-Language': lang } });
  if (answer.status === 401 || answer.status === 403) { askForToken(); throw new Error('not allowed'); }
  if (!answer.ok) throw new Error(path + ': ' + answer.status);
  return answer.json();
}

function format(figure, value) {
  if (value === null || value === undefined) return '—';
  if (figure.endsWith('rate') || figure.endsWith('coverage')) {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  }
  if (figure.endsWith('satisfaction')) return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  return new Intl.NumberFormat(lang).format(value);
}

function formatTime(iso) {
  return iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)) : '';
}

function buildCards() {
  document.querySelectorAll('[data-cards]').forEach(box => {
    box.replaceChildren(...box.dataset.cards.split(' ').map(figure => {
      const card = document.createElement('div');
      card.className = 'card';
      card.dataset.figure = figure;
      const label = document.createElement('div');
      label.className = 'label';
      const value = document.createElement('div');
      value.className = 'value';
      value.textContent = '—';
      card.append(label, value);
      return card;
    }));
  });
}

function applyLabels() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  document.querySelectorAll('[data-label]').forEach(el => { el.textContent = t(el.dataset.label); });
  document.querySelectorAll('.card').forEach(card => {
    card.querySelector('.label').textContent = t(card.dataset.figure);
  });
  document.getElementById('language').textContent = t('language');
  const connection = document.getElementById('connection');
  connection.textContent = t('connection.' + connection.dataset.state);
  PROGRAMS.forEach(showFigures);
  renderAlerts();
  refreshCharts();
}

function showFigures(program) {
  const current = state.figures[program];
  if (!current) return;
  document.querySelectorAll('.card').forEach(card => {
    const figure = card.dataset.figure;
    if (!figure.startsWith(program + '.') || !(figure in current.figures)) return;
    const text = format(figure, current.figures[figure]);
    const value = card.querySelector('.value');
    if (value.textContent !== text) {
      const first = value.textContent === '—';
      value.textContent = text;
      if (!first) { // a change, not the first reading: shown for a moment
        card.classList.add('changed');
        setTimeout(() => card.classList.remove('changed'), 1500);
      }
    }
  });
  document.querySelectorAll(`[data-as-of="${program}"]`).forEach(el => {
    el.textContent = current.asOf ? `${t('as-of')} ${formatTime(current.asOf)}` : t('as-of.none');
  });
}

function renderAlerts() {
  const box = document.getElementById('alerts');
  box.replaceChildren(...[...state.alerts.values()].map(alert => {
    const div = document.createElement('div');
    div.className = 'alert';
    div.dataset.rule = alert.rule;
    const kind = alert.rule === 'OUTBOX_BACKLOG' || alert.rule === 'SLA_BREACHES_RISING' ? 'count' : 'rate';
    div.textContent = `${t('alert.' + alert.rule)} · ${alert.subject} · ${format(kind, alert.value)}`
      + ` (${format(kind, alert.threshold)})`;
    return div;
  }));
}

function onMessage(name, data) {
  if (name === 'figures') {
    const program = data.figures.program;
    // a reading of no higher revision than one shown is no newer (the server reads a revision's figures once)
    if ((state.revisions[program] ?? -1) >= data.revision) return;
    state.revisions[program] = data.revision;
    state.figures[program] = data.figures;
    showFigures(program);
    scheduleChartRefresh();
  } else if (name === 'alerts') {
    state.alerts = new Map(data.map(alert => [alert.id, alert]));
    renderAlerts();
  } else if (name === 'alert') {
    if (data.clearedAt) state.alerts.delete(data.id); else state.alerts.set(data.id, data);
    renderAlerts();
  }
}

function setConnection(value) {
  const connection = document.getElementById('connection');
  connection.dataset.state = value;
  connection.textContent = t('connection.' + value);
}

// Server-Sent Events over fetch: blocks separated by a blank line, "event:" and "data:" fields, ":" comments.
async function listen() {
  setConnection('connecting');
  try {
    const answer = await fetch('/api/ops/stream', {
      headers: { Authorization: 'Bearer ' + token(), Accept: 'text/event-stream' }, cache: 'no-store'
    });
    if (answer.status === 401 || answer.status === 403) { askForToken(); return; }
    if (!answer.ok) throw new Error('stream: ' + answer.status);
    setConnection('live');
    // revisions count per server process: a restarted or another replica starts again from 0
    state.revisions = {};
    const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) onMessage(name, JSON.parse(data.join('\n')));
      }
    }
  } catch (e) {
    console.warn(e.message);
  }
  setConnection('offline');
  setTimeout(listen, 3000);
}

function chart(id) {
  const el = document.getElementById(id);
  if (!el || !window.echarts) return null;
  if (!state.charts[id]) state.charts[id] = echarts.init(el, 'dark', { renderer: 'canvas' });
  return state.charts[id];
}

// the last n days in the federation's zone, as the server counts them (whatever the browser's zone)
const FEDERATION_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
function days(n) {
  const out = [];
  for (let i = n - 1; i >= 0; i--) out.push(FEDERATION_DAY.format(new Date(Date.now() - i * 86_400_000)));
  return out;
}

async function drawSeries(id, figures, title) {
  const target = chart(id);
  if (!target) return;
  const axis = days(90);
  const series = await Promise.all(figures.map(async figure => {
    const answer = await api(`/api/ops/series/${encodeURIComponent(figure)}?every=DAY`);
    const byDay = new Map(answer.points.map(point => [point.start, point.value]));
    return { name: t(figure), type: 'bar', stack: figures.length > 1 ? undefined : 'one',
      data: axis.map(day => byDay.get(day) ?? 0) };
  }));
  target.setOption({
    backgroundColor: 'transparent', title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { top: 24 }, grid: { top: 64, left: 48, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: axis }, yAxis: { type: 'value', minInterval: 1 }, series
  }, true);
}

async function drawDistricts() {
  const target = chart('chart-training-districts');
  if (!target) return;
  const answer = await api('/api/ops/top/lowest-coverage-districts?limit=10');
  target.setOption({
    backgroundColor: 'transparent', title: { text: t('top.districts'), textStyle: { fontSize: 14 } },
    tooltip: {}, grid: { top: 40, left: 100, right: 24, bottom: 24 },
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: v => format('coverage', v) } },
    yAxis: { type: 'category', data: answer.items.map(item => item.key), inverse: true },
    series: [{ name: t('coverage'), type: 'bar', data: answer.items.map(item => item.coverage ?? 0) }]
  }, true);
}

async function drawDisputes() {
  const target = chart('chart-employment-disputes');
  if (!target) return;
  const answer = await api('/api/ops/top/employers-with-most-disputes?limit=10');
  target.setOption({
    backgroundColor: 'transparent', title: { text: t('top.disputes'), textStyle: { fontSize: 14 } },
    tooltip: {}, grid: { top: 40, left: 170, right: 24, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: answer.items.map(item => item.key), inverse: true },
    series: [{ type: 'bar', data: answer.items.map(item => item.value) }]
  }, true);
}

async function drawOverdue() {
  const answer = await api('/api/ops/top/overdue-work-orders?limit=20');
  document.querySelector('#overdue tbody').replaceChildren(...answer.items.map(order => {
    const row = document.createElement('tr');
    for (const text of [order.number, order.category, formatTime(order.due)]) {
      const cell = document.createElement('td');
      cell.textContent = text ?? '';
      row.append(cell);
    }
    return row;
  }));
}

async function refreshCharts() {
  if (!token()) return;
  try {
    if (state.screen === 'overview') {
      await drawSeries('chart-overview', Object.values(OVERVIEW_SERIES), t('chart.overview'));
    } else {
      const series = document.querySelector(`#screen-${state.screen} [data-series]`);
      if (series) await drawSeries(series.id, series.dataset.series.split(' '), t('chart.series'));
      if (state.screen === 'training') await drawDistricts();
      if (state.screen === 'employment') await drawDisputes();
      if (state.screen === 'mediation') await drawOverdue();
    }
  } catch (e) {
    console.warn(e.message);
  }
}

// figures arrive up to twice a second: the charts (which ask the API) follow at most every five seconds
let chartTimer = null;
function scheduleChartRefresh() {
  if (chartTimer) return;
  chartTimer = setTimeout(() => { chartTimer = null; refreshCharts(); }, 5000);
}

function showScreen() {
  const wanted = location.hash.slice(1);
  state.screen = ['overview', ...PROGRAMS].includes(wanted) ? wanted : 'overview';
  document.querySelectorAll('.screen').forEach(s => { s.hidden = s.id !== 'screen-' + state.screen; });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.screen === state.screen));
  refreshCharts().then(() => Object.values(state.charts).forEach(c => c.resize()));
}

function askForToken() {
  document.getElementById('sign-in').hidden = false;
  document.querySelector('main').hidden = true;
  setConnection('offline');
}

function start() {
  takeTokenFromFragment();
  buildCards();
  applyLabels();
  document.getElementById('language').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    sessionStorage.setItem('ops.lang', lang);
    applyLabels();
  });
  document.getElementById('sign-in').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem('ops.token', document.getElementById('token').value.trim().replace(/^Bearer\s+/i, ''));
    location.reload();
  });
  window.addEventListener('hashchange', showScreen);
  window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));
  if (params.has('wall')) {
    // a wall screen: larger type, the screens in turn every 20 seconds
    document.body.classList.add('wall');
    const screens = ['overview', ...PROGRAMS];
    setInterval(() => { location.hash = screens[(screens.indexOf(state.screen) + 1) % screens.length]; }, 20000);
  }
  if (!token()) { askForToken(); return; }
  showScreen();
  listen();
}

document.addEventListener('DOMContentLoaded', start);
