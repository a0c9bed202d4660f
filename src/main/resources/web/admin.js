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

  // the console session's CSRF token: sent with every change, never stored beyond this page
  let csrf = '';

  async function api(path, options) {
    options = Object.assign({ credentials: 'same-origin' }, options || {});
    if (options.method && options.method !== 'GET') {
      options.headers = Object.assign({ 'X-CSRF-Token': csrf }, options.headers || {});
      if (options.body instanceof ArrayBuffer && !options.headers['Content-Type']) options.headers['Content-Type'] = 'application/octet-stream';
    }
    const r = await fetch(path, options);
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
    const b = await r.json().catch(() => ({}));
    if (!r.ok) { $('login-error').textContent = b.error || '登录失败'; return; }
    csrf = b.csrf || '';
    $('token').value = '';
    start();
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
      csrf = (await r.json()).csrf || '';
    }
    try { groups = (await api('/api/admin/groups')).groups; } catch (e) { return; }
    $('login').hidden = true; $('console').hidden = false; $('logout').hidden = false;
    renderGroups();
    if (groups.length > 0 && !current) select(groups[0], $('groups').firstChild);
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
      const tr = row([memberLabel(p), roleCell, p.checkInDays, p.quizAnswers + p.contestAnswers, p.points, button]);
      tr.firstChild.title = p.user; // the id, for an admin who needs it
      tbody.appendChild(tr);
    });
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
    $('pane-groups').hidden = tab !== 'groups';
    $('pane-knowledge').hidden = tab !== 'knowledge';
    $('tab-groups').classList.toggle('active', tab === 'groups');
    $('tab-knowledge').classList.toggle('active', tab === 'knowledge');
    if (tab === 'knowledge') { search(); loadUnanswered(); loadVersions(); }
  }

  async function search(event) {
    if (event) event.preventDefault();
    let body;
    try { body = await api('/api/admin/knowledge/entries?limit=100&q=' + encodeURIComponent($('search-q').value)); }
    catch (e) { message(e.message, true); return; }
    const tbody = $('entries');
    tbody.replaceChildren();
    body.entries.forEach((e) => {
      const ratings = '👍 ' + e.ratings.useful + ' / 👎 ' + e.ratings.notUseful;
      const actions = document.createElement('span');
      if (e.kind === 'faq') {
        actions.appendChild(button('编辑', () => edit(e)));
        actions.appendChild(button('删除', () => remove(e)));
      }
      const title = e.kind === 'faq' ? e.question : '📄 ' + e.title;
      const tr = row([title, e.source, e.scope ? '仅 ' + scopeName(e.scope) : '全部', ratings, actions]);
      tr.title = e.file; // which file, for an admin who needs it
      tr.dataset.question = e.question || e.title;
      tbody.appendChild(tr);
    });
    if (body.total > body.entries.length) tbody.appendChild(row(['共 ' + body.total + ' 条，只显示前 ' + body.entries.length + ' 条，请搜索']));
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
    scope.replaceChildren(new Option('所有群和私聊', ''));
    (window.redengineGroups || []).forEach((g) => scope.appendChild(new Option('仅 ' + (g.name || g.groupId), g.channel + ':' + g.groupId)));
    if (e && e.scope && ![...scope.options].some((o) => o.value === e.scope)) scope.appendChild(new Option('仅 ' + e.scope, e.scope));
    scope.value = e && e.scope ? e.scope : '';
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
    const kinds = { when: '时间', where: '地点', who: '人物', count: '数量', meeting: '哪次会议', other: '其他' };
    box.appendChild(el('p', '置信度 ' + r.confidence.toFixed(2) + '（回答门槛 ' + r.threshold.toFixed(2) + '）；理解为：' + r.terms.join('、')
      + '；问的是：' + (kinds[r.kind] || r.kind) + (r.anchors.length ? '；须一致：' + r.anchors.join('、') : '')
      + (r.semantic ? '；用了语义模型' : ''), 'muted'));
    const table = el('table', null, 'list');
    const head = document.createElement('thead');
    head.appendChild(row(['候选', '类型', '得分', '覆盖', '问句匹配', 'BM25', '语义相似', '含所问事实', '锚点', '排除']));
    table.appendChild(head);
    const tbody = document.createElement('tbody');
    tbody.id = 'candidates';
    r.candidates.forEach((c) => tbody.appendChild(row([c.title, c.faq ? '问答' : '文章', c.score.toFixed(3), c.coverage.toFixed(2),
      c.questionMatch.toFixed(2), c.bm25.toFixed(2), c.cosine.toFixed(2), c.kindMatch ? '是' : '否',
      c.anchors > 0 ? '一致' : c.anchors < 0 ? '不符' : '—', c.vetoed ? (c.phaseConflict ? '阶段不符' : '是') : '否'])));
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
      tbody.appendChild(row([text, g.times, button('添加答案', () => {
        edit(null);
        $('entry-question').value = g.question;
        $('entry-answer').focus();
        $('entry-form').dataset.resolve = JSON.stringify({ keys: g.questions.map((q) => q.key) });
      })]));
    });
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
      const tr = row([v.id, new Date(v.at).toLocaleString('zh-CN'), v.who, v.summary, action]);
      tr.dataset.version = String(v.id);
      tbody.appendChild(tr);
    });
  }

  $('tab-groups').addEventListener('click', () => show('groups'));
  $('tab-knowledge').addEventListener('click', () => show('knowledge'));
  $('search-form').addEventListener('submit', search);
  $('entry-form').addEventListener('submit', save);
  $('group-settings').addEventListener('submit', saveGroupSettings);
  $('entry-cancel').addEventListener('click', () => { $('entry-form').hidden = true; });
  $('new-entry').addEventListener('click', () => edit(null));
  $('kb-file').addEventListener('change', upload);
  $('explain-form').addEventListener('submit', explain);
})();
