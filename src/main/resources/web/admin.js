// 红色引擎管理后台. Everything shown comes from the admin API and is put on the page as text (textContent), never
// as HTML, so names, notes and questions cannot inject script.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let groups = [];
  let current = null; // { channel, id }
  let chart = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach((c) => {
      const td = document.createElement('td');
      if (c instanceof Node) td.appendChild(c); else td.textContent = c === undefined || c === null ? '' : String(c);
      tr.appendChild(td);
    });
    return tr;
  }

  async function api(path, options) {
    const r = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {}));
    if (r.status === 401 || r.status === 403) { showLogin(); throw new Error('login'); }
    const body = await r.json().catch(() => ({}));
    if (!r.ok) { const e = new Error(body.error || ('HTTP ' + r.status)); e.body = body; throw e; }
    return body;
  }

  function showLogin() {
    $('console').hidden = true; $('logout').hidden = true; $('login').hidden = false; $('token').focus();
  }

  async function login(event) {
    event.preventDefault();
    $('login-error').textContent = '';
    const r = await fetch('/admin/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: $('token').value }), credentials: 'same-origin' });
    if (!r.ok) { const b = await r.json().catch(() => ({})); $('login-error').textContent = b.error || '登录失败'; return; }
    $('token').value = '';
    start();
  }

  async function logout() {
    await fetch('/admin/logout', { method: 'POST', credentials: 'same-origin' });
    showLogin();
  }

  async function start() {
    try { groups = (await api('/api/admin/groups')).groups; } catch (e) { return; }
    $('login').hidden = true; $('console').hidden = false; $('logout').hidden = false;
    const tbody = $('groups');
    tbody.replaceChildren();
    $('groups-empty').hidden = groups.length > 0;
    groups.forEach((g) => {
      const organizers = g.members.filter((m) => m.roles.includes('organizer')).map((m) => m.name || m.user);
      const tr = row([g.name || g.id, g.channel, g.members.length, organizers.join('、') || '—']);
      tr.className = 'selectable';
      tr.dataset.group = g.id;
      tr.addEventListener('click', () => select(g, tr));
      tbody.appendChild(tr);
    });
    if (groups.length > 0 && !current) select(groups[0], tbody.firstChild);
  }

  function select(g, tr) {
    current = { channel: g.channel, id: g.id };
    document.querySelectorAll('#groups tr').forEach((r) => r.classList.remove('selected'));
    if (tr) tr.classList.add('selected');
    $('group').hidden = false;
    $('group-title').textContent = (g.name || g.id) + ' 的学习情况';
    loadGroup();
  }

  function query() {
    return 'channel=' + encodeURIComponent(current.channel) + '&group=' + encodeURIComponent(current.id) +
      '&month=' + encodeURIComponent($('month').value);
  }

  async function loadGroup() {
    if (!current) return;
    const q = query();
    $('export-csv').href = '/api/admin/reports/export?' + q + '&format=csv';
    $('export-xlsx').href = '/api/admin/reports/export?' + q + '&format=xlsx';
    let report;
    try { report = await api('/api/admin/reports?' + q); } catch (e) { $('summary').textContent = e.message; return; }
    renderSummary(report);
    renderChart(report);
    renderMembers(report);
    renderContests(report);
    loadPlan();
  }

  function pct(x) { return (100 * x).toFixed(1) + '%'; }

  function renderSummary(r) {
    const items = [['成员', r.members], ['参与人数', r.participants], ['参与率', pct(r.participationRate)],
      ['打卡人次', r.checkIns], ['集体学习', r.studiesHeld + ' 次'], ['知识竞赛', r.contestsHeld + ' 场'],
      ['答题数', r.quizAnswers + r.contestAnswers], ['平均正确率', pct(r.accuracy)], ['积分', r.points]];
    const box = $('summary');
    box.replaceChildren();
    items.forEach(([k, v]) => { const d = el('div', k); d.appendChild(el('b', v)); box.appendChild(d); });
  }

  function renderChart(r) {
    if (!window.echarts) { $('chart-daily').textContent = '图表库没有加载'; return; }
    if (!chart) chart = window.echarts.init($('chart-daily'));
    chart.setOption({
      title: { text: '每日参与情况', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: ['打卡人次', '个人答题', '竞赛答题'] },
      grid: { left: 40, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'category', data: r.days.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '打卡人次', type: 'line', smooth: true, data: r.days.map((d) => d.checkIns), itemStyle: { color: '#c62828' } },
        { name: '个人答题', type: 'bar', stack: 'answers', data: r.days.map((d) => d.quizAnswers), itemStyle: { color: '#ffb74d' } },
        { name: '竞赛答题', type: 'bar', stack: 'answers', data: r.days.map((d) => d.contestAnswers), itemStyle: { color: '#90a4ae' } }
      ]
    }, true);
    $('chart-daily').dataset.checkins = String(r.checkIns);
  }

  function renderMembers(r) {
    const g = groups.find((x) => x.id === current.id && x.channel === current.channel) || { members: [] };
    const roles = new Map(g.members.map((m) => [m.user, m.roles]));
    const tbody = $('members');
    tbody.replaceChildren();
    r.people.forEach((p) => {
      const rs = roles.get(p.user) || ['member'];
      const roleCell = document.createElement('span');
      rs.forEach((x) => roleCell.appendChild(el('span', { member: '成员', organizer: '组织者', admin: '管理员' }[x] || x, 'role ' + x)));
      const organizer = rs.includes('organizer');
      const button = el('button', organizer ? '取消组织者' : '设为组织者', 'small');
      button.addEventListener('click', () => setOrganizer(p.user, !organizer));
      tbody.appendChild(row([p.name ? p.name + '（' + p.user + '）' : p.user, roleCell, p.checkInDays,
        p.quizAnswers + p.contestAnswers, p.points, button]));
    });
  }

  async function setOrganizer(user, grant) {
    try {
      await api('/api/admin/roles', { method: grant ? 'POST' : 'DELETE', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: user, group: current.id, channel: current.channel, role: 'organizer' }) });
      groups = (await api('/api/admin/groups')).groups;
      loadGroup();
    } catch (e) { alert(e.message); }
  }

  function renderContests(r) {
    const tbody = $('contests');
    tbody.replaceChildren();
    $('contests-empty').hidden = r.contests.length > 0;
    const status = { running: '进行中', finished: '已结束', stopped: '提前结束' };
    r.contests.forEach((c) => tbody.appendChild(row([new Date(c.startedAt).toLocaleString('zh-CN'), c.bank, c.questions,
      c.players, pct(c.accuracy), status[c.status] || c.status])));
  }

  async function loadPlan() {
    const box = $('plan');
    box.replaceChildren();
    let body;
    try { body = await api('/api/admin/plan?channel=' + encodeURIComponent(current.channel) + '&group=' + encodeURIComponent(current.id)); }
    catch (e) { box.textContent = e.message; return; }
    if (!body.plan) { box.appendChild(el('p', '还没有学习计划。', 'muted')); }
    else {
      box.appendChild(el('div', body.plan.title, 'phase'));
      const today = new Date().toISOString().slice(0, 10);
      body.plan.phases.forEach((p) => {
        box.appendChild(el('div', p.name, 'phase'));
        p.topics.forEach((t) => box.appendChild(el('div', t.title + '（' + t.from + ' 至 ' + t.to + '）',
          'topic' + (t.from <= today && today <= t.to ? ' current' : ''))));
      });
    }
    body.schedules.forEach((s) => box.appendChild(el('div', ({ study: '学习推送', reminder: '打卡提醒' }[s.kind] || s.kind) + '：' +
      (s.enabled ? s.describe : '已关闭'), 'muted')));
  }

  async function uploadPlan(event) {
    event.preventDefault();
    const file = $('plan-file').files[0];
    const problems = $('plan-problems');
    problems.replaceChildren();
    if (!file) { problems.appendChild(el('li', '请选择文件')); return; }
    try {
      await api('/api/admin/plan?channel=' + encodeURIComponent(current.channel) + '&group=' + encodeURIComponent(current.id),
        { method: 'POST', body: await file.arrayBuffer() });
      loadPlan();
    } catch (e) {
      problems.appendChild(el('li', e.message));
      ((e.body && e.body.problems) || []).forEach((p) => problems.appendChild(el('li', p)));
    }
  }

  const now = new Date();
  $('month').value = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0');
  $('month').addEventListener('change', loadGroup);
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  $('plan-form').addEventListener('submit', uploadPlan);
  window.addEventListener('resize', () => chart && chart.resize());
  start();
})();
