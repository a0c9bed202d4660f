'use strict';
// The web chat: a private chat with the bot and a study-group chat, over POST /api/messages.
(function () {
  const BOT_NAME = '红色引擎助手';
  const GROUP_ID = 'web-study-group';
  const store = window.localStorage;

  // who this browser is: a session the server issues (an HttpOnly cookie) bound to a user id; the id is kept here
  // only to number what this browser has already shown
  let userId = store.getItem('redengine.user') || '';

  async function openSession() {
    async function ask(body) {
      return fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' },
        credentials: 'same-origin', body: JSON.stringify(body) });
    }
    let res = await ask(userId ? { user: userId } : {});
    if (res.status === 409) res = await ask({}); // the id belongs to someone else: take a new one
    if (!res.ok) throw new Error('session');
    const s = await res.json();
    userId = s.user;
    store.setItem('redengine.user', userId);
    signedIn = !!s.signedIn;
    els.signIn.textContent = signedIn ? '已登录' : '登录';
    return s;
  }
  let signedIn = false;
  let sessionReady = null;

  const els = {
    messages: document.getElementById('messages'),
    input: document.getElementById('input'),
    send: document.getElementById('send'),
    name: document.getElementById('name'),
    title: document.getElementById('chat-title'),
    status: document.getElementById('status'),
    mention: document.getElementById('mention'),
    chats: document.querySelectorAll('.chat'),
    meAvatar: document.getElementById('me-avatar'),
    signIn: document.getElementById('sign-in')
  };

  const chats = {
    direct: { title: BOT_NAME, placeholder: '输入问题，例如：遵义会议是哪年召开的？', log: [], seen: new Set() },
    group: { title: '红色引擎学习群', placeholder: '在群里提问请先 @红色引擎助手', log: [], seen: new Set() }
  };

  // the newest message number this page has shown per chat: a reconnect fetches only what it missed, while a new
  // page (a reload) starts from 0 and gets the recent conversation back from the server
  function lastSeq(chatKey) {
    return chats[chatKey].last || 0;
  }

  function markSeen(chatKey, seq) {
    chats[chatKey].seen.add(seq);
    if (seq > lastSeq(chatKey)) chats[chatKey].last = seq;
  }
  let current = 'direct';

  els.name.value = store.getItem('redengine.name') || '';
  updateMeAvatar();
  els.name.addEventListener('input', function () {
    store.setItem('redengine.name', els.name.value.trim());
    updateMeAvatar();
  });

  function updateMeAvatar() {
    const n = els.name.value.trim();
    els.meAvatar.textContent = n ? Array.from(n)[0] : '我';
  }

  // the nickname others see; empty when none is set (the server then shows a neutral 成员N, never 我)
  function myName() {
    return els.name.value.trim();
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text; // textContent only: nothing a user or the bot writes becomes HTML
    return e;
  }

  function render() {
    els.messages.textContent = '';
    const chat = chats[current];
    els.title.textContent = chat.title;
    els.input.placeholder = chat.placeholder;
    els.mention.hidden = current !== 'group';
    if (chat.log.length === 0) {
      els.messages.appendChild(systemLine(current === 'group'
        ? '这是学习群。大家可以讨论，@红色引擎助手 提问时它才会回答。'
        : '你好！我是红色引擎学习助手，直接问我党史问题吧。'));
    }
    if (current === 'group' && !myName()) {
      els.messages.appendChild(systemLine('你还没有填写昵称，群里其他人会看到你是“成员N”。可以在上方“昵称”处填写。'));
    }
    if (chat.older) els.messages.appendChild(systemLine('只显示最近的消息'));
    chat.log.forEach(function (m) { els.messages.appendChild(m.node); });
    els.messages.scrollTop = els.messages.scrollHeight;
  }

  function systemLine(text) {
    const d = el('div', 'system');
    d.appendChild(el('span', null, text));
    return d;
  }

  // kind: 'mine' (this member), 'other' (another member) or 'bot …'
  function bubble(kind, sender, text, chatKey) {
    const row = el('div', 'msg ' + kind);
    const initial = kind === 'mine' ? (Array.from(myName())[0] || '我')
      : kind === 'other' ? (Array.from(sender || '')[0] || '友') : '红';
    const avatar = el('div', 'avatar' + (kind === 'mine' ? ' me-avatar' : kind === 'other' ? '' : ' bot'), initial);
    const body = el('div', 'body');
    if (chatKey === 'group' || kind !== 'mine') body.appendChild(el('div', 'sender', kind === 'mine' ? '我' : sender));
    body.appendChild(el('div', 'bubble', text));
    row.appendChild(avatar);
    row.appendChild(body);
    return { row: row, body: body };
  }

  // a message in its place by number (a live message can overtake the catch-up); unnumbered ones (being sent,
  // notices) go last
  function add(chatKey, node, seq) {
    const log = chats[chatKey].log;
    const item = { node: node, seq: typeof seq === 'number' ? seq : Infinity };
    let at = log.length;
    while (at > 0 && log[at - 1].seq > item.seq) at--;
    log.splice(at, 0, item);
    if (chatKey === current) {
      if (log.length === 1) render();
      else if (at === log.length - 1) els.messages.appendChild(node);
      else els.messages.insertBefore(node, log[at + 1].node);
      els.messages.scrollTop = els.messages.scrollHeight;
    }
  }

  // messages this page sent and has shown, waiting for their number (from the POST answer or the live echo)
  const pending = { direct: [], group: [] };

  function adoptPending(chatKey, text, seq) {
    const list = pending[chatKey];
    const i = list.findIndex(function (p) { return p.text === text; });
    if (i < 0) return false;
    const p = list.splice(i, 1)[0];
    const entry = chats[chatKey].log.find(function (m) { return m.node === p.node; });
    if (entry) entry.seq = seq;
    markSeen(chatKey, seq);
    return true;
  }

  function showMessage(chatKey, m) {
    if (m.type !== 'member') { showReply(chatKey, m); return; }
    if (typeof m.seq !== 'number' || chats[chatKey].seen.has(m.seq)) return;
    if (m.mine && adoptPending(chatKey, m.text, m.seq)) return;
    markSeen(chatKey, m.seq);
    add(chatKey, bubble(m.mine ? 'mine' : 'other', m.sender || '成员', m.text, chatKey).row, m.seq);
    setLast(chatKey, (m.mine ? '' : (m.sender || '成员') + '：') + m.text);
  }

  function setLast(chatKey, text) {
    const n = document.querySelector('[data-last="' + chatKey + '"]');
    if (n) n.textContent = text;
  }

  function showReply(chatKey, reply) {
    if (typeof reply.seq === 'number') {
      if (chats[chatKey].seen.has(reply.seq)) return; // already shown (it came both as a reply and live)
      markSeen(chatKey, reply.seq);
    }
    const hasChips = reply.suggestions && reply.suggestions.length;
    const b = bubble('bot ' + reply.type, BOT_NAME, hasChips ? withoutListed(reply.text, reply.suggestions) : reply.text, chatKey);
    b.row.dataset.type = reply.type;
    if (reply.sources && reply.sources.length) {
      // the answer already ends with its source note: the box, folded, says where it is and quotes only what the
      // answer does not already say
      const box = el('details', 'sources');
      box.appendChild(el('summary', null, '查看来源（' + reply.sources.length + '）'));
      reply.sources.forEach(function (s) {
        const item = el('div', 'source-item');
        item.appendChild(el('div', 'source-title', s.title + (s.source && s.source !== s.title ? ' · ' + s.source : '')));
        if (s.excerpt && reply.text.indexOf(s.excerpt.slice(0, 40)) < 0) item.appendChild(el('div', 'source-excerpt', s.excerpt));
        box.appendChild(item);
      });
      b.body.appendChild(box);
    }
    // 👍/👎 only on answers to this member: in the group, other people's answers are theirs to rate
    if (reply.type === 'answer' && typeof reply.seq === 'number' && (chatKey === 'direct' || reply.toMe)) {
      b.body.appendChild(rating(chatKey, reply.seq));
    }
    if (hasChips) {
      const list = el('div', 'suggestions');
      reply.suggestions.forEach(function (s) {
        const chip = el('button', 'suggestion', s);
        chip.type = 'button';
        chip.addEventListener('click', function () { sendText(chatKey === 'group' ? '@' + BOT_NAME + ' ' + s : s); });
        list.appendChild(chip);
      });
      b.body.appendChild(list);
    }
    if (reply.choices && reply.choices.options && reply.choices.options.length) {
      b.body.appendChild(choiceButtons(chatKey, reply.choices));
    }
    add(chatKey, b.row, reply.seq);
    setLast(chatKey, reply.text.split('\n')[0]);
  }

  // a question's options as buttons (checkboxes and 提交 for 多选): a pick is sent as the answer to that question
  function choiceButtons(chatKey, choices) {
    const box = el('div', 'choices');
    box.dataset.choices = choices.id;
    const done = function () { box.querySelectorAll('button, input').forEach(function (n) { n.disabled = true; }); };
    if (choices.multiple) {
      choices.options.forEach(function (o) {
        const label = el('label', 'choice-check');
        const check = document.createElement('input');
        check.type = 'checkbox';
        check.value = o.key;
        label.appendChild(check);
        label.appendChild(document.createTextNode(o.key));
        box.appendChild(label);
      });
      const submit = el('button', 'choice', '提交');
      submit.type = 'button';
      submit.addEventListener('click', function () {
        const picked = Array.prototype.map.call(box.querySelectorAll('input:checked'), function (c) { return c.value; }).join('');
        if (!picked) return;
        done();
        sendText(picked, choices.id, chatKey);
      });
      box.appendChild(submit);
    } else {
      choices.options.forEach(function (o) {
        const button = el('button', 'choice', o.key);
        button.type = 'button';
        button.title = o.label;
        button.addEventListener('click', function () { done(); sendText(o.key, choices.id, chatKey); });
        box.appendChild(button);
      });
    }
    return box;
  }

  // a fallback's text lists its suggestions for text-only channels; here they are buttons, so the list goes
  function withoutListed(text, suggestions) {
    return text.split('\n').filter(function (line) {
      return !suggestions.some(function (s, i) { return line === (i + 1) + '. ' + s; });
    }).join('\n');
  }

  // 👍 / 👎 under an answer: the rating goes to the admins' view of that knowledge entry
  function rating(chatKey, seq) {
    const box = el('div', 'rating');
    const note = el('span', 'rating-note', '这个回答有用吗？');
    box.appendChild(note);
    [['👍 有用', true], ['👎 没用', false]].forEach(function (pair) {
      const button = el('button', 'rate', pair[0]);
      button.type = 'button';
      button.dataset.useful = String(pair[1]);
      button.addEventListener('click', async function () {
        const payload = { seq: seq, useful: pair[1] };
        if (chatKey === 'group') payload.group = GROUP_ID;
        try {
          const res = await fetch('/api/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' },
            body: JSON.stringify(payload) });
          note.textContent = res.ok ? '谢谢你的评价！' : '评价没有成功，请稍后再试';
          if (res.ok) box.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        } catch (e) {
          note.textContent = '网络连接失败，请稍后重试';
        }
      });
      box.appendChild(button);
    });
    return box;
  }

  // choicesId: the question whose options the text was picked from (null when typed); chatKey: where (default: the open chat)
  async function sendText(text, choicesId, inChat) {
    text = text.trim();
    if (!text) return;
    const chatKey = inChat || current;
    const mine = bubble('mine', '我', text, chatKey).row;
    const sending = { text: text, node: mine };
    pending[chatKey].push(sending);
    add(chatKey, mine);
    setLast(chatKey, text);
    if (!choicesId) els.input.value = ''; // a picked option leaves what the member was typing alone
    const payload = { text: text };
    if (choicesId) payload.choices = choicesId;
    if (myName()) payload.name = myName();
    if (chatKey === 'group') payload.group = GROUP_ID;
    els.send.disabled = true;
    els.status.textContent = '对方正在输入…';
    try {
      await sessionReady; // the first message waits for this browser's session
      const res = await fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload)
      });
      const data = await res.json().catch(function () { return {}; });
      if (!res.ok) {
        add(chatKey, systemLine(data.error || ('发送失败（' + res.status + '）')));
      } else {
        if (data.message && typeof data.message.seq === 'number') {
          adoptPending(chatKey, text, data.message.seq) || markSeen(chatKey, data.message.seq);
        }
        (data.replies || []).forEach(function (r) { showReply(chatKey, r); });
      }
    } catch (e) {
      add(chatKey, systemLine('网络连接失败，请稍后重试'));
    } finally {
      els.send.disabled = false;
      els.status.textContent = '';
      els.input.focus();
    }
  }

  els.send.addEventListener('click', function () { sendText(els.input.value); });
  els.input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sendText(els.input.value);
    }
  });
  els.mention.addEventListener('click', function () {
    if (!els.input.value.startsWith('@' + BOT_NAME)) els.input.value = '@' + BOT_NAME + ' ' + els.input.value;
    els.input.focus();
  });
  els.chats.forEach(function (c) {
    function pick() {
      current = c.dataset.chat;
      els.chats.forEach(function (o) {
        o.classList.toggle('active', o === c);
        o.setAttribute('aria-selected', o === c ? 'true' : 'false');
      });
      render();
    }
    c.addEventListener('click', pick);
    c.addEventListener('keydown', function (e) { if (e.key === 'Enter') pick(); });
  });
  // live messages: the bot's own messages (reminders, contest questions) and answers given in other tabs
  let socket = null;
  let retry = 1000;

  function connect() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(proto + '//' + location.host + '/ws');
    socket.addEventListener('open', function () {
      retry = 1000;
      els.status.textContent = '';
      socket.send(JSON.stringify({ type: 'subscribe', after: lastSeq('direct') }));
      socket.send(JSON.stringify({ type: 'subscribe', group: GROUP_ID, after: lastSeq('group') }));
    });
    socket.addEventListener('message', function (e) {
      let data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      if (data.event === 'message' && data.message) {
        showMessage(data.group ? 'group' : 'direct', data.message);
      } else if (data.event === 'subscribed' && data.older) {
        const key = data.group ? 'group' : 'direct';
        chats[key].older = true;
        if (key === current) render();
      }
    });
    socket.addEventListener('close', function () {
      els.status.textContent = '连接已断开，正在重连…';
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 15000);
    });
  }

  // organizers and admins sign in with the one-time invitation code an admin gave them
  els.signIn.addEventListener('click', async function () {
    if (signedIn) { add(current, systemLine('你已经登录，可以使用组织者或管理员的功能。')); return; }
    const code = (window.prompt('请输入管理员给你的邀请码') || '').trim();
    if (!code) return;
    try {
      const res = await fetch('/api/session/redeem', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ code: code }) });
      const data = await res.json().catch(function () { return {}; });
      if (!res.ok) { add(current, systemLine(data.error || '登录失败')); return; }
      signedIn = true;
      els.signIn.textContent = '已登录';
      add(current, systemLine('登录成功：你现在是' + (data.role === 'admin' ? '管理员' : '本群组织者') + '。'));
    } catch (e) {
      add(current, systemLine('网络连接失败，请稍后重试'));
    }
  });

  render();
  sessionReady = openSession();
  sessionReady.then(function () {
    if ('WebSocket' in window) connect();
  }).catch(function () {
    els.status.textContent = '无法连接服务器，请稍后刷新页面';
  });
})();
