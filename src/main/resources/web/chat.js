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

  // the last bot message number this browser has shown per chat, so a reconnect fetches only what it missed
  function lastSeq(chatKey) {
    return Number(store.getItem('redengine.seq.' + chatKey + '.' + userId) || 0);
  }

  function markSeen(chatKey, seq) {
    chats[chatKey].seen.add(seq);
    if (seq > lastSeq(chatKey)) store.setItem('redengine.seq.' + chatKey + '.' + userId, String(seq));
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

  function myName() {
    return els.name.value.trim() || '我';
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
    chat.log.forEach(function (m) { els.messages.appendChild(m); });
    els.messages.scrollTop = els.messages.scrollHeight;
  }

  function systemLine(text) {
    const d = el('div', 'system');
    d.appendChild(el('span', null, text));
    return d;
  }

  function bubble(kind, sender, text) {
    const row = el('div', 'msg ' + kind);
    const avatar = el('div', 'avatar' + (kind === 'mine' ? ' me-avatar' : ' bot'),
      kind === 'mine' ? Array.from(myName())[0] : '红');
    const body = el('div', 'body');
    if (current === 'group' || kind !== 'mine') body.appendChild(el('div', 'sender', sender));
    body.appendChild(el('div', 'bubble', text));
    row.appendChild(avatar);
    row.appendChild(body);
    return { row: row, body: body };
  }

  function add(chatKey, node) {
    chats[chatKey].log.push(node);
    if (chatKey === current) {
      if (chats[chatKey].log.length === 1) render();
      else els.messages.appendChild(node);
      els.messages.scrollTop = els.messages.scrollHeight;
    }
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
    const b = bubble('bot ' + reply.type, BOT_NAME, reply.text);
    b.row.dataset.type = reply.type;
    if (reply.sources && reply.sources.length) {
      const box = el('details', 'sources');
      box.open = true;
      box.appendChild(el('summary', null, '来源（' + reply.sources.length + '）'));
      reply.sources.forEach(function (s) {
        const item = el('div', 'source-item');
        item.appendChild(el('div', 'source-title', s.source + ' · ' + s.title));
        if (s.excerpt) item.appendChild(el('div', 'source-excerpt', s.excerpt));
        box.appendChild(item);
      });
      b.body.appendChild(box);
    }
    if (reply.type === 'answer' && typeof reply.seq === 'number') b.body.appendChild(rating(chatKey, reply.seq));
    if (reply.suggestions && reply.suggestions.length) {
      const list = el('div', 'suggestions');
      reply.suggestions.forEach(function (s) {
        const chip = el('button', 'suggestion', s);
        chip.type = 'button';
        chip.addEventListener('click', function () { sendText(chatKey === 'group' ? '@' + BOT_NAME + ' ' + s : s); });
        list.appendChild(chip);
      });
      b.body.appendChild(list);
    }
    add(chatKey, b.row);
    setLast(chatKey, reply.text.split('\n')[0]);
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

  async function sendText(text) {
    text = text.trim();
    if (!text) return;
    const chatKey = current;
    add(chatKey, bubble('mine', myName(), text).row);
    setLast(chatKey, text);
    els.input.value = '';
    const payload = { name: myName(), text: text };
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
        showReply(data.group ? 'group' : 'direct', data.message);
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
