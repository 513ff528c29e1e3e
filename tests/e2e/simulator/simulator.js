// The Teams host side of the teams-js postMessage protocol, just enough for the tab:
//   app → host: { id, uuidAsString, func, args, apiVersionTag, ... } via window.parent.postMessage
//   host → app (response): { id, uuidAsString, args } ; host → app (event): { func, args }
// Requests handled: initialize, getContext, registerHandler, appInitialization.* (notifySuccess), and
// for a configurable tab's page: settings.setValidityState, settings.setSettings (pages.config).
// A meeting frame: ?frameContext=meetingSidePanel&meetingId=…&chatId=… (the meeting's chat thread).
// Everything the app sends is recorded in window.simulator.messages for the tests to inspect.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var state = {
    hostName: params.get('host') || 'Teams',
    theme: params.get('theme') || 'default',
    locale: params.get('locale') || 'da-DK',
    subPageId: params.get('subPageId') || '',
    path: params.get('path') || '/?host=teams',
    // silent=1: a frame that is not Teams at all; the tab must not wait for it.
    silent: params.get('silent') === '1',
    // content (a tab), meetingSidePanel / meetingChatTab / meetingDetailsTab, or settings (configuration).
    frameContext: params.get('frameContext') || 'content',
    meetingId: params.get('meetingId') || '',
    chatId: params.get('chatId') || '',
    valid: false,
    config: null,
  };
  var frame = document.getElementById('tab');
  var messages = [];
  var handlers = {};

  // A runtime that says "a current Teams web client": apiVersion 4 and the capabilities a tab has.
  var runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      app: { lifecycle: {} },
      appEntity: {},
      dialog: { card: {}, url: {}, update: {} },
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
    },
  };

  function context() {
    return {
      locale: state.locale,
      theme: state.theme,
      hostName: state.hostName,
      hostClientType: 'web',
      frameContext: state.frameContext,
      entityId: state.frameContext === 'content' ? 'lederdialog' : undefined,
      meetingId: state.meetingId || undefined,
      chatId: state.chatId || undefined,
      subEntityId: state.subPageId || undefined,
      appSessionId: 'sim-app-session',
      sessionId: 'sim-session',
      tid: '0d0e0a7b-1e11-4c1a-9b1e-5e11a5e11a50',
      userObjectId: '8a7c1d8e-6f4b-4b39-9b89-1c0f4f9e2a11',
      loginHint: 'mette.leder@lederdialog.example',
      userPrincipalName: 'mette.leder@lederdialog.example',
    };
  }

  function send(data) {
    frame.contentWindow.postMessage(data, window.location.origin);
  }

  function respond(request, args) {
    send({ id: request.id, uuidAsString: request.uuidAsString, args: args });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
    var request = event.data;
    messages.push({ func: request.func, args: request.args || [] });
    if (state.silent) return render();
    switch (request.func) {
      case 'initialize':
        respond(request, [state.frameContext, 'web', JSON.stringify(runtime), '2.58.0']);
        break;
      case 'getContext':
        respond(request, [context()]);
        break;
      case 'registerHandler':
        handlers[request.args[0]] = true;
        break;
      case 'settings.setValidityState':
        state.valid = request.args[0] === true;
        break;
      case 'settings.setSettings':
        state.config = request.args[0] || null;
        respond(request, [true]);
        break;
      default:
        // One-way notifications (appInitialization.success, …) need no answer.
        break;
    }
    render();
  });

  function render() {
    document.getElementById('bar').textContent =
      'Teams host simulator — host ' +
      state.hostName +
      ', theme ' +
      state.theme +
      ', locale ' +
      state.locale +
      (state.subPageId ? ', subPageId ' + state.subPageId : '') +
      (state.frameContext !== 'content' ? ', ' + state.frameContext : '') +
      ' — ' +
      messages.length +
      ' messages';
  }

  window.simulator = {
    messages: messages,
    state: state,
    /** True once the tab has registered for theme changes. */
    hasHandler: function (name) {
      return handlers[name] === true;
    },
    /** How often the app said it loaded (app.notifySuccess). */
    successCount: function () {
      return messages.filter(function (m) {
        return m.func === 'appInitialization.success';
      }).length;
    },
    /** The user presses "Save" on a configurable tab's page: resolves with the config the page set. */
    save: function () {
      var before = messages.length;
      send({ func: 'settings.save', args: [{}] });
      return new Promise(function (resolve, reject) {
        var waited = 0;
        (function check() {
          var answer = messages.slice(before).find(function (m) {
            return m.func === 'settings.save.success' || m.func === 'settings.save.failure';
          });
          if (answer) return answer.func === 'settings.save.success' ? resolve(state.config) : reject(new Error('save failed: ' + JSON.stringify(answer.args)));
          if ((waited += 50) > 10000) return reject(new Error('the page did not answer settings.save'));
          setTimeout(check, 50);
        })();
      });
    },
    /** The user switches the Teams theme: the host tells the tab. */
    setTheme: function (theme) {
      state.theme = theme;
      send({ func: 'themeChange', args: [theme] });
      render();
    },
  };

  render();
  frame.src = state.path;
})();
