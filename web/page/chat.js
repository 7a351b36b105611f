// The chat page: gets a Direct Line token from the bot's own /api/token, keeps it (with the conversation id)
// in sessionStorage so that a reload resumes the conversation, and renders Web Chat in Simplified Chinese.
(function () {
  'use strict';

  var STORAGE_KEY = 'recoverybot.directline';
  var REFRESH_MS = 10 * 60 * 1000;
  var ConnectionStatus = { Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };

  function loadSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && saved.conversationId && saved.token ? saved : null;
    } catch (ignored) {
      return null;
    }
  }

  function save(session) {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ conversationId: session.conversationId, token: session.token }));
  }

  function forget() {
    window.sessionStorage.removeItem(STORAGE_KEY);
  }

  // No body: a new conversation. With the saved conversation id and its token: a fresh token for it.
  function requestToken(saved) {
    var init = { method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: {} };
    if (saved) {
      init.headers = { 'Content-Type': 'application/json', Authorization: 'Bearer ' + saved.token };
      init.body = JSON.stringify({ conversationId: saved.conversationId });
    }

    return window.fetch('/api/token', init).then(function (response) {
      if (!response.ok) {
        var error = new Error('POST /api/token answered ' + response.status);
        error.status = response.status;
        throw error;
      }

      return response.json();
    });
  }

  function obtainSession() {
    var saved = loadSaved();
    var fresh = function () {
      return requestToken(null).then(function (body) {
        return { conversationId: body.conversationId, token: body.token, resumed: false };
      });
    };
    if (!saved) {
      return fresh();
    }

    return requestToken(saved).then(
      function (body) {
        return { conversationId: body.conversationId, token: body.token, resumed: true };
      },
      function (error) {
        if (error.status === 429) {
          throw error;
        }

        // The conversation ended or its token expired while the page was closed: start a new one.
        forget();
        return fresh();
      });
  }

  // Enter that confirms a Chinese IME candidate must not send the half-typed message. Chrome marks such keys
  // isComposing, Safari sends keyCode 229 after compositionend; both are caught before Web Chat sees them.
  function guardImeEnter(container) {
    var composingEnter = false;
    var inside = function (event) { return container.contains(event.target); };
    window.addEventListener('keydown', function (event) {
      composingEnter = inside(event) && event.key === 'Enter' && (event.isComposing || event.keyCode === 229);
      if (composingEnter) {
        event.stopPropagation();
      }
    }, true);
    window.addEventListener('keypress', function (event) {
      if (inside(event) && event.key === 'Enter' && (composingEnter || event.isComposing)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    window.addEventListener('submit', function (event) {
      if (inside(event) && composingEnter) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, true);
    window.addEventListener('keyup', function () { composingEnter = false; }, true);
  }

  function showNotice(text) {
    document.getElementById('notice-text').textContent = text;
    document.getElementById('notice').hidden = false;
  }

  function keepTokenFresh(session) {
    window.setInterval(function () {
      requestToken(session).then(function (body) {
        session.token = body.token;
        save(session);
      }, function () { /* the next try, or the next reload, starts over */ });
    }, REFRESH_MS);
  }

  function render(session) {
    var container = document.getElementById('webchat');
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: true,
      conversationStartProperties: { locale: 'zh-CN' }
    });

    directLine.connectionStatus$.subscribe(function (status) {
      if (status === ConnectionStatus.Online) {
        document.getElementById('notice').hidden = true;
      } else if (status === ConnectionStatus.ExpiredToken) {
        showNotice('连接已过期。');
      } else if (status === ConnectionStatus.FailedToConnect) {
        showNotice('连接不上助手，请稍后再试。');
      }
    });

    guardImeEnter(container);
    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: 'zh-CN',
      styleOptions: {
        accent: '#07c160',
        primaryFont: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
        botAvatarInitials: '助',
        botAvatarBackgroundColor: '#07c160',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#d9f7be',
        bubbleMaxWidth: 560,
        hideUploadButton: true,
        sendBoxButtonColor: '#07c160',
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16
      }
    }, container);
    container.querySelector('input, textarea') && container.querySelector('input, textarea').focus();
  }

  document.getElementById('restart').addEventListener('click', function () {
    forget();
    window.location.reload();
  });

  obtainSession().then(function (session) {
    save(session);
    keepTokenFresh(session);
    render(session);
  }, function (error) {
    showNotice(error.status === 429 ? '请求太频繁，请一分钟后再试。' : '暂时连不上助手，请稍后刷新页面。');
  });
}());
