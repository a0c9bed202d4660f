// 红色引擎管理后台. Everything shown comes from the admin API and is put on the page as text (textContent), never
// as HTML, so names, notes and questions cannot inject script.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let groups = [];
  let current = null; // { channel, id }
  let chart = null;
  let me = { role: 'admin' }; // who is signed in: the admin, or an organizer's account with its groups
  const isAdmin = () => me.role === 'admin';

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

  // the console session's CSRF token: sent with every change, never stored beyond this page
  let csrf = '';

  async function api(path, options) {
    options = Object.assign({ credentials: 'same-origin' }, options || {});
    if (options.method && options.method !== 'GET') {
      options.headers = Object.assign({ 'X-CSRF-Token': csrf }, options.headers || {});
      if (options.body instanceof ArrayBuffer && !options.headers['Content-Type']) options.headers['Content-Type'] = 'application/octet-stream';
    }
    const r = await fetch(path, options);
    if (r.status === 401) { showLogin(); throw new Error('login'); }
    const body = await r.json().catch(() => ({}));
    if (!r.ok) { const e = new Error(body.error || ('HTTP ' + r.status)); e.body = body; throw e; }
    return body;
  }

  function showLogin() {
    $('console').hidden = true; $('logout').hidden = true; $('login').hidden = false; $('whoami').textContent = '';
    const invite = /[#&]invite=([^&]+)/.exec(location.hash);
    showRegister(!!invite);
    if (invite) { $('invite-code').value = decodeURIComponent(invite[1]); $('new-username').focus(); } else { $('username').focus(); }
  }

  function showRegister(on) {
    $('register-form').hidden = !on;
    $('account-form').hidden = on;
    $('login-form').hidden = on;
  }

  // signs in (or up) with the given body; the session answers who we are and the CSRF token for changes
  async function signIn(path, body) {
    $('login-error').textContent = '';
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body), credentials: 'same-origin' });
    const b = await r.json().catch(() => ({}));
    if (!r.ok) { $('login-error').textContent = b.error || '登录失败'; return; }
    me = b; csrf = b.csrf || '';
    ['token', 'password', 'new-password', 'new-password2', 'invite-code'].forEach((id) => { $(id).value = ''; });
    if (location.hash.includes('invite=')) history.replaceState(null, '', location.pathname);
    start();
  }

  function login(event) { event.preventDefault(); signIn('/admin/login', { token: $('token').value }); }
  function loginAccount(event) {
    event.preventDefault();
    signIn('/admin/login', { username: $('username').value.trim(), password: $('password').value });
  }
  function register(event) {
    event.preventDefault();
    if ($('new-password').value !== $('new-password2').value) { $('login-error').textContent = '两次输入的密码不一样'; return; }
    signIn('/admin/register', { code: $('invite-code').value.trim(), username: $('new-username').value.trim(), password: $('new-password').value });
  }

  async function logout() {
    await fetch('/admin/logout', { method: 'POST', credentials: 'same-origin' });
    csrf = '';
    showLogin();
  }

  async function start() {
    if (!csrf) {
      const r = await fetch('/admin/session', { credentials: 'same-origin' });
      if (!r.ok) { showLogin(); return; }
      me = await r.json();
      csrf = me.csrf || '';
    }
    try { groups = (await api('/api/admin/groups')).groups; } catch (e) { return; }
    document.body.classList.toggle('organizer', !isAdmin());
    $('whoami').textContent = isAdmin() ? '管理员' : '组织者 ' + me.account;
    $('login').hidden = true; $('console').hidden = false; $('logout').hidden = false;
    $('groups-empty').textContent = isAdmin() ? '还没有学习群。成员在群里和机器人说话后，群会出现在这里。'
      : '你的账号还没有可管理的群，或群里还没有人和机器人说过话。';
    renderGroups();
    if (groups.length > 0 && !current) select(groups[0], $('groups').firstChild);
    if (isAdmin()) loadAccounts();
    loadBanks();
  }

  const CHANNELS = { web: '网页', wechat: '公众号', wecom: '企业微信' };

  // names first: a group by its name (its id only while it has none), a member by name (id in the tooltip)
  function groupLabel(g) { return g.name || '未命名的群（' + g.id + '）'; }
  function memberLabel(m) { return m.name || '未填昵称的成员'; }

  function renderGroups() {
    window.redengineGroups = groups.map((g) => ({ channel: g.channel, groupId: g.id, name: g.name }));
    const tbody = $('groups');
    tbody.replaceChildren();
    $('groups-empty').hidden = groups.length > 0;
    groups.forEach((g) => {
      const organizers = g.members.filter((m) => m.roles.includes('organizer')).map(memberLabel);
      const tr = row([groupLabel(g), CHANNELS[g.channel] || g.channel, g.members.length, organizers.join('、') || '—']);
      tr.className = 'selectable';
      tr.dataset.group = g.id;
      tr.title = g.channel + ':' + g.id;
      if (current && current.id === g.id && current.channel === g.channel) tr.classList.add('selected');
      tr.addEventListener('click', () => select(g, tr));
      tbody.appendChild(tr);
    });
  }

  function select(g, tr) {
    current = { channel: g.channel, id: g.id };
    document.querySelectorAll('#groups tr').forEach((r) => r.classList.remove('selected'));
    if (tr) tr.classList.add('selected');
    $('group').hidden = false;
    $('group-title').textContent = groupLabel(g) + ' 的学习情况';
    $('group-name').value = g.name || '';
    $('group-zone').value = g.timeZone || 'Asia/Shanghai';
    if ($('group-zone').value !== (g.timeZone || 'Asia/Shanghai')) {
      $('group-zone').appendChild(new Option(g.timeZone, g.timeZone));
      $('group-zone').value = g.timeZone;
    }
    $('group-settings-message').textContent = '';
    $('invite-result').hidden = true;
    $('member-card').hidden = true;
    $('contest-message').textContent = '';
    $('schedule-message').textContent = '';
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
      const actions = document.createElement('span');
      actions.appendChild(button('记录', () => memberHistory(p)));
      if (isAdmin()) actions.appendChild(button(organizer ? '取消组织者' : '设为组织者', () => setOrganizer(p.user, !organizer)));
      const tr = row([memberLabel(p), roleCell, p.checkInDays, p.quizAnswers + p.contestAnswers, p.points, actions]);
      tr.firstChild.title = p.user; // the id, for an admin who needs it
      tbody.appendChild(tr);
    });
  }

  async function memberHistory(p) {
    const box = $('member-history');
    box.replaceChildren();
    $('member-card').hidden = false;
    $('member-title').textContent = memberLabel(p) + ' 的记录';
    let body;
    try {
      body = await api('/api/admin/member-history?channel=' + encodeURIComponent(current.channel) + '&group=' +
        encodeURIComponent(current.id) + '&user=' + encodeURIComponent(p.user));
    } catch (e) { box.appendChild(el('p', e.message, 'error')); return; }
    if (body.messages.length === 0) box.appendChild(el('p', '还没有记录（这个渠道只保存机器人的回复，或记录已过保存期）。', 'muted'));
    body.messages.forEach((m) => {
      const d = el('div', null, m.from);
      d.appendChild(el('time', new Date(m.time).toLocaleString('zh-CN')));
      d.appendChild(document.createTextNode((m.from === 'member' ? memberLabel(p) + '：' : '机器人：') + m.text));
      box.appendChild(d);
    });
    $('member-card').scrollIntoView({ block: 'nearest' });
  }

  async function inviteOrganizer() {
    try {
      const r = await api('/api/admin/console-invites', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: current.channel, group: current.id }) });
      $('invite-result').hidden = false;
      $('invite-result').textContent = '邀请码：' + r.code + '（用一次，' + new Date(r.expiresAt).toLocaleDateString('zh-CN') +
        ' 前有效）\n把这个地址发给组织者，打开后设置账号名和密码：' + location.origin + r.link;
    } catch (e) { alert(e.message); }
  }

  async function loadAccounts() {
    let body;
    try { body = await api('/api/admin/accounts'); } catch (e) { return; }
    const tbody = $('accounts');
    tbody.replaceChildren();
    $('accounts-empty').hidden = body.accounts.length > 0;
    body.accounts.forEach((a) => {
      const remove = button('删除账号', async () => {
        if (!confirm('删除组织者账号“' + a.username + '”？他将立即退出登录。')) return;
        try {
          await api('/api/admin/accounts', { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: a.username }) });
          loadAccounts();
        } catch (e) { alert(e.message); }
      });
      tbody.appendChild(row([a.username, a.groups.map(scopeName).join('、') || '—', new Date(a.createdAt).toLocaleDateString('zh-CN'), remove]));
    });
  }

  async function startContest(event) {
    event.preventDefault();
    try {
      await api('/api/admin/contests', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: current.channel, group: current.id, bank: $('contest-bank').value,
          questions: Number($('contest-count').value), seconds: Number($('contest-seconds').value) }) });
      $('contest-message').textContent = '竞赛已开始，第一题已发到群里。';
      loadGroup();
    } catch (e) { $('contest-message').textContent = e.message; }
  }

  async function stopContest() {
    try {
      await api('/api/admin/contests/stop', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: current.channel, group: current.id }) });
      $('contest-message').textContent = '竞赛已结束，答案和排名已发到群里。';
      loadGroup();
    } catch (e) { $('contest-message').textContent = e.message; }
  }

  const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
  WEEKDAYS.forEach((d, i) => {
    const label = el('label');
    const box = document.createElement('input');
    box.type = 'checkbox'; box.value = String(i + 1); box.checked = i === 0;
    label.appendChild(box); label.appendChild(document.createTextNode('周' + d));
    $('schedule-days').appendChild(label);
  });
  let schedules = [];

  function showSchedule() {
    const s = schedules.find((x) => x.kind === $('schedule-kind').value);
    const days = s ? s.days : ($('schedule-kind').value === 'study' ? [1] : [1, 2, 3, 4, 5, 6, 7]);
    $('schedule-days').querySelectorAll('input').forEach((b) => { b.checked = days.includes(Number(b.value)); });
    $('schedule-at').value = s ? s.at.slice(0, 5) : ($('schedule-kind').value === 'study' ? '08:30' : '20:00');
    $('schedule-enabled').checked = s ? s.enabled : true;
  }

  async function saveSchedule(event) {
    event.preventDefault();
    const days = [...$('schedule-days').querySelectorAll('input:checked')].map((b) => Number(b.value));
    try {
      await api('/api/admin/schedules', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: current.channel, group: current.id, kind: $('schedule-kind').value, days: days,
          at: $('schedule-at').value, enabled: $('schedule-enabled').checked }) });
      $('schedule-message').textContent = '已保存（按本群时区）。';
      loadPlan();
    } catch (e) { $('schedule-message').textContent = e.message; }
  }

  async function setOrganizer(user, grant) {
    try {
      await api('/api/admin/roles', { method: grant ? 'POST' : 'DELETE', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: user, group: current.id, channel: current.channel, role: 'organizer' }) });
      groups = (await api('/api/admin/groups')).groups;
      renderGroups(); // the groups table's 组织者 column too
      loadGroup();
    } catch (e) { alert(e.message); }
  }

  async function saveGroupSettings(event) {
    event.preventDefault();
    if (!current) return;
    try {
      await api('/api/admin/group-settings', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: current.channel, group: current.id, name: $('group-name').value.trim(), timeZone: $('group-zone').value }) });
      groups = (await api('/api/admin/groups')).groups;
      renderGroups();
      const g = groups.find((x) => x.id === current.id && x.channel === current.channel);
      if (g) $('group-title').textContent = groupLabel(g) + ' 的学习情况';
      $('group-settings-message').textContent = '已保存';
      loadGroup();
    } catch (e) { $('group-settings-message').textContent = e.message; }
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
    schedules = body.schedules;
    showSchedule();
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
  $('account-form').addEventListener('submit', loginAccount);
  $('register-form').addEventListener('submit', register);
  $('show-register').addEventListener('click', () => showRegister(true));
  $('hide-register').addEventListener('click', () => showRegister(false));
  $('invite-organizer').addEventListener('click', inviteOrganizer);
  $('contest-form').addEventListener('submit', startContest);
  $('contest-stop').addEventListener('click', stopContest);
  $('schedule-form').addEventListener('submit', saveSchedule);
  $('schedule-kind').addEventListener('change', showSchedule);
  window.addEventListener('resize', () => chart && chart.resize());

  // ---- 知识库 tab ----
  function button(text, onClick, cls) {
    const b = el('button', text, cls || 'small');
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  function message(text, error) {
    $('kb-message').textContent = text;
    $('kb-message').className = error ? 'error' : 'muted';
  }

  function show(tab) {
    ['groups', 'knowledge', 'quiz'].forEach((t) => {
      $('pane-' + t).hidden = tab !== t;
      $('tab-' + t).classList.toggle('active', tab === t);
    });
    if (tab === 'knowledge') { entriesOffset = 0; search(); if (isAdmin()) { loadUnanswered(); loadVersions(); } }
    if (tab === 'quiz') loadBanks();
  }

  const PAGE = 50;
  let entriesOffset = 0;

  async function search(event) {
    if (event) { event.preventDefault(); entriesOffset = 0; }
    let body;
    try { body = await api('/api/admin/knowledge/entries?limit=' + PAGE + '&offset=' + entriesOffset + '&q=' + encodeURIComponent($('search-q').value)); }
    catch (e) { message(e.message, true); return; }
    const tbody = $('entries');
    tbody.replaceChildren();
    body.entries.forEach((e) => {
      const ratings = '👍 ' + e.ratings.useful + ' / 👎 ' + e.ratings.notUseful;
      const actions = document.createElement('span');
      if (e.kind === 'faq' && e.editable) {
        actions.appendChild(button('编辑', () => edit(e)));
        actions.appendChild(button('删除', () => remove(e)));
      } else if (e.kind === 'article' && e.editable) {
        actions.appendChild(button('编辑', () => editArticle(e)));
      }
      const title = e.kind === 'faq' ? e.question : '📄 ' + e.title;
      const tr = row([title, e.source, e.scope ? '仅 ' + scopeName(e.scope) : '全部', ratings, actions]);
      tr.title = e.file; // which file, for an admin who needs it
      tr.dataset.question = e.question || e.title;
      tbody.appendChild(tr);
    });
    const pages = Math.max(1, Math.ceil(body.total / PAGE));
    $('entries-page').textContent = '第 ' + (Math.floor(entriesOffset / PAGE) + 1) + ' / ' + pages + ' 页，共 ' + body.total + ' 条';
    $('entries-prev').disabled = entriesOffset === 0;
    $('entries-next').disabled = entriesOffset + PAGE >= body.total;
  }

  async function editArticle(e) {
    let body;
    try { body = await api('/api/admin/knowledge/file?file=' + encodeURIComponent(e.file)); } catch (err) { message(err.message, true); return; }
    $('article-form').hidden = false;
    $('entry-form').hidden = true;
    $('article-file').value = e.file;
    $('article-title').textContent = '编辑文章《' + e.title + '》（Markdown：# 标题，“来源：”一行，## 小节）';
    $('article-text').value = body.text;
    $('article-text').focus();
  }

  async function saveArticle(event) {
    event.preventDefault();
    try {
      const change = await api('/api/admin/knowledge/file?file=' + encodeURIComponent($('article-file').value),
        { method: 'PUT', headers: { 'Content-Type': 'text/markdown; charset=utf-8' }, body: $('article-text').value });
      message('文章已保存（版本 ' + change.id + '，' + change.summary + '），机器人已经在用新内容回答。');
      $('article-form').hidden = true;
      search(); loadVersions();
    } catch (e) { message(e.message, true); }
  }

  // a group's scope (channel:groupId) by its name, as the groups tab knows it
  function scopeName(scope) {
    const g = (window.redengineGroups || []).find((x) => x.channel + ':' + x.groupId === scope);
    return g ? (g.name || g.groupId) : scope;
  }

  function edit(e) {
    $('entry-form').hidden = false;
    $('entry-file').value = e ? e.file : '';
    $('entry-original').value = e ? e.question : '';
    $('entry-question').value = e ? e.question : '';
    $('entry-answer').value = e ? e.answer : '';
    $('entry-source').value = e && !e.source.startsWith('知识库问答（') ? e.source : '';
    $('entry-tags').value = e && e.tags ? e.tags.join(' ') : '';
    const scope = $('entry-scope');
    scope.replaceChildren();
    if (isAdmin()) scope.appendChild(new Option('所有群和私聊', '')); // an organizer's entries answer in their own groups
    (window.redengineGroups || []).forEach((g) => scope.appendChild(new Option('仅 ' + (g.name || g.groupId), g.channel + ':' + g.groupId)));
    if (e && e.scope && ![...scope.options].some((o) => o.value === e.scope)) scope.appendChild(new Option('仅 ' + e.scope, e.scope));
    scope.value = e && e.scope ? e.scope : (isAdmin() ? '' : (current ? current.channel + ':' + current.id : ''));
    $('article-form').hidden = true;
    $('entry-question').focus();
  }

  async function save(event) {
    event.preventDefault();
    const entry = { question: $('entry-question').value, answer: $('entry-answer').value, source: $('entry-source').value,
      tags: $('entry-tags').value.split(/[\s,，、;；]+/).filter((t) => t), scope: $('entry-scope').value };
    const original = $('entry-original').value;
    try {
      const change = original
        ? await api('/api/admin/knowledge/faq', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ file: $('entry-file').value, question: original, entry: entry }) })
        : await api('/api/admin/knowledge/faq', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry) });
      message('已保存（版本 ' + change.id + '，' + change.summary + '），机器人已经在用新内容回答。');
      $('entry-form').hidden = true;
      if ($('entry-form').dataset.resolve) {
        await api('/api/admin/knowledge/unanswered/resolve', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: $('entry-form').dataset.resolve });
        delete $('entry-form').dataset.resolve;
      }
      search(); loadVersions(); loadUnanswered();
    } catch (e) { message(e.message, true); }
  }

  async function remove(e) {
    if (!confirm('删除问答“' + e.question + '”？（可以在修改记录里回滚）')) return;
    try {
      const change = await api('/api/admin/knowledge/faq', { method: 'DELETE', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ file: e.file, question: e.question }) });
      message('已删除（版本 ' + change.id + '）。');
      search(); loadVersions();
    } catch (err) { message(err.message, true); }
  }

  async function upload() {
    const file = $('kb-file').files[0];
    if (!file) return;
    try {
      const change = await api('/api/admin/knowledge/upload?name=' + encodeURIComponent(file.name), { method: 'POST', body: await file.arrayBuffer() });
      message('已上传（版本 ' + change.id + '，' + change.summary + '）。');
      search(); loadVersions();
    } catch (e) { message(e.message, true); }
    $('kb-file').value = '';
  }

  async function explain(event) {
    event.preventDefault();
    const box = $('explain');
    box.replaceChildren();
    let r;
    try { r = await api('/api/admin/knowledge/explain?q=' + encodeURIComponent($('explain-q').value)); }
    catch (e) { box.appendChild(el('p', e.message, 'error')); return; }
    box.appendChild(el('div', r.confident ? r.answer : '（没有把握，会请提问的人换个说法）', 'answer-box'));
    const kinds = { when: '时间', where: '地点', who: '人物', count: '数量', meeting: '哪次会议', list: '内容', other: '其他' };
    const routes = { exact: '与问答的问题完全一致，未用语义模型', lexical: '词面信号已足够确定，未用语义模型', semantic: '用了语义模型' };
    box.appendChild(el('p', '置信度 ' + r.confidence.toFixed(2) + '（回答门槛 ' + r.threshold.toFixed(2) + '）；理解为：' + r.terms.join('、')
      + '；问的是：' + (kinds[r.kind] || r.kind) + (r.anchors.length ? '；须一致：' + r.anchors.join('、') : '')
      + (routes[r.route] ? '；' + routes[r.route] : ''), 'muted'));
    const table = el('table', null, 'list');
    const head = document.createElement('thead');
    head.appendChild(row(['候选', '类型', '得分', '覆盖', '问句匹配', 'BM25', '语义相似', '含所问事实', '锚点', '排除']));
    table.appendChild(head);
    const tbody = document.createElement('tbody');
    tbody.id = 'candidates';
    r.candidates.forEach((c) => tbody.appendChild(row([c.title, c.faq ? '问答' : '文章', c.score.toFixed(3), c.coverage.toFixed(2),
      c.questionMatch.toFixed(2), c.bm25.toFixed(2), r.route === 'semantic' ? c.cosine.toFixed(2) : '未算', c.kindMatch ? '是' : c.rowAsksOther ? '否（问答原问另一类）' : '否',
      c.anchors > 0 ? '一致' : c.anchors < 0 ? '不符' : '—', c.vetoed ? (c.phaseConflict ? '阶段不符' : c.rowAsksOther ? '问答原问另一类事实' : c.unstated ? '未提及是非问所问之事' : c.detailMissing ? '未说到所问的细节或地名' : '是') : '否'])));
    table.appendChild(tbody);
    box.appendChild(table);
  }

  async function loadUnanswered() {
    let body;
    try { body = await api('/api/admin/knowledge/unanswered'); } catch (e) { return; }
    const tbody = $('unanswered');
    tbody.replaceChildren();
    $('unanswered-empty').hidden = body.groups.length > 0;
    body.groups.forEach((g) => {
      const text = g.question + (g.questions.length > 1 ? '（另有 ' + (g.questions.length - 1) + ' 种问法）' : '');
      const actions = document.createElement('span');
      actions.appendChild(button('添加答案', () => {
        edit(null);
        $('entry-question').value = g.question;
        $('entry-answer').focus();
        $('entry-form').dataset.resolve = JSON.stringify({ keys: g.questions.map((q) => q.key) });
      }));
      actions.appendChild(button('忽略', async () => { // not a question for the knowledge base: off the list until asked again
        try {
          await api('/api/admin/knowledge/unanswered/resolve', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ keys: g.questions.map((q) => q.key) }) });
          loadUnanswered();
        } catch (e) { message(e.message, true); }
      }));
      const tr = row([text, g.times, actions]);
      tr.dataset.question = g.question;
      tbody.appendChild(tr);
    });
  }

  // who made a change, as people say it
  function whoName(who) {
    if (who === 'console') return '管理员（后台）';
    if (who === 'admin-api') return '管理员（接口）';
    if (who.startsWith('organizer:')) return '组织者 ' + who.slice(10);
    if (who.startsWith('chat:')) return '聊天中添加';
    return who;
  }

  async function loadVersions() {
    let body;
    try { body = await api('/api/admin/knowledge/versions?limit=50'); } catch (e) { return; }
    const tbody = $('versions');
    tbody.replaceChildren();
    body.versions.forEach((v) => {
      const action = v.rolledBackBy ? el('span', '已由版本 ' + v.rolledBackBy + ' 回滚', 'muted')
        : button('回滚', async () => {
          try {
            const change = await api('/api/admin/knowledge/rollback', { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ id: v.id }) });
            message('已回滚（新版本 ' + change.id + '）。');
            search(); loadVersions();
          } catch (e) { message(e.message, true); }
        });
      const tr = row([v.id, new Date(v.at).toLocaleString('zh-CN'), whoName(v.who), v.summary, action]);
      tr.dataset.version = String(v.id);
      tbody.appendChild(tr);
    });
  }

  $('tab-groups').addEventListener('click', () => show('groups'));
  $('tab-knowledge').addEventListener('click', () => show('knowledge'));
  $('tab-quiz').addEventListener('click', () => show('quiz'));
  $('entries-prev').addEventListener('click', () => { entriesOffset = Math.max(0, entriesOffset - PAGE); search(); });
  $('entries-next').addEventListener('click', () => { entriesOffset += PAGE; search(); });
  $('article-form').addEventListener('submit', saveArticle);
  $('article-cancel').addEventListener('click', () => { $('article-form').hidden = true; });
  $('bank-file').addEventListener('change', uploadBank);
  $('bank-prev').addEventListener('click', () => { bankOffset = Math.max(0, bankOffset - PAGE); loadBank(); });
  $('bank-next').addEventListener('click', () => { bankOffset += PAGE; loadBank(); });
  $('search-form').addEventListener('submit', search);
  $('entry-form').addEventListener('submit', save);
  $('group-settings').addEventListener('submit', saveGroupSettings);
  $('entry-cancel').addEventListener('click', () => { $('entry-form').hidden = true; });
  $('new-entry').addEventListener('click', () => edit(null));
  $('kb-file').addEventListener('change', upload);
  $('explain-form').addEventListener('submit', explain);

  // ---- 题库 tab ----
  let bankName = null;
  let bankOffset = 0;

  async function loadBanks() {
    let body;
    try { body = await api('/api/admin/quiz/banks'); } catch (e) { return; }
    const tbody = $('banks');
    tbody.replaceChildren();
    const select = $('contest-bank');
    const chosen = select.value;
    select.replaceChildren();
    body.banks.forEach((b) => {
      const types = Object.entries(b.byType).map(([t, n]) => t + ' ' + n).join('，');
      const tr = row([b.name, b.questions, types, b.problemCount]);
      tr.className = 'selectable';
      tr.dataset.bank = b.name;
      tr.addEventListener('click', () => { bankName = b.name; bankOffset = 0; loadBank(); });
      tbody.appendChild(tr);
      select.appendChild(new Option(b.name + '（' + b.questions + ' 题）', b.name));
    });
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }

  async function loadBank() {
    let body;
    try { body = await api('/api/admin/quiz/bank?name=' + encodeURIComponent(bankName) + '&limit=' + PAGE + '&offset=' + bankOffset); }
    catch (e) { $('bank-message').textContent = e.message; return; }
    $('bank-card').hidden = false;
    $('bank-title').textContent = body.name + '（' + body.total + ' 题）';
    const tbody = $('bank-questions');
    tbody.replaceChildren();
    body.questions.forEach((q) => {
      const stem = q.stem + (q.options.length ? '\n' + q.options.map((o, i) => String.fromCharCode(65 + i) + '. ' + o).join('\n') : '');
      const cell = el('div', stem);
      cell.style.whiteSpace = 'pre-wrap';
      tbody.appendChild(row([q.row, q.type, cell, q.answer]));
    });
    const count = body.total;
    $('bank-page').textContent = '第 ' + (Math.floor(bankOffset / PAGE) + 1) + ' / ' + Math.max(1, Math.ceil(count / PAGE)) + ' 页，共 ' + count + ' 题';
    $('bank-prev').disabled = bankOffset === 0;
    $('bank-next').disabled = bankOffset + PAGE >= count;
  }

  async function uploadBank() {
    const file = $('bank-file').files[0];
    if (!file) return;
    const problems = $('bank-problems');
    problems.replaceChildren();
    try {
      const b = await api('/api/admin/quiz/banks?name=' + encodeURIComponent(file.name), { method: 'POST', body: await file.arrayBuffer() });
      $('bank-message').textContent = '已上传题库“' + b.name + '”：' + b.questions + ' 道题可用' + (b.problemCount ? '，' + b.problemCount + ' 行未收录（见下）' : '') + '。';
      b.problems.forEach((p) => problems.appendChild(el('li', '第 ' + p.row + ' 行：' + p.reason)));
      loadBanks();
    } catch (e) {
      $('bank-message').textContent = e.message;
      ((e.body && e.body.problems) || []).forEach((p) => problems.appendChild(el('li', '第 ' + p.row + ' 行：' + p.reason)));
    }
    $('bank-file').value = '';
  }

  // an invitation link opened in a tab already on the console: show the sign-up form with its code
  window.addEventListener('hashchange', () => { if (/[#&]invite=/.test(location.hash)) showLogin(); });
  start(); // last: everything above is declared by now
})();
