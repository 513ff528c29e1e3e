// A stand-in for Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), served by
// page.route in tests/e2e/taskpane.test.ts. It offers what the task pane uses: Office.onReady, the
// requirement checks, and an appointment in compose mode whose setAsync calls are recorded in
// window.__officeCalls (dates as ISO strings) so the test can read what the pane wrote.
// The display language comes from ?officeLanguage= on the page URL (default da-DK).
//
// Like Outlook, it runs the add-in at the permission level its manifest declares: the test sets
// window.__outlookPermission (from tests/support/outlookPermission.ts, read off the manifest) before
// this script loads. Below "read item" getting item properties fails; below "read/write item" every
// setter fails with Office's "Permission Denied" (7000), and the call is recorded as refused.
(function () {
  var calls = [];
  window.__officeCalls = calls;
  window.__officeRefused = [];
  var levels = ['restricted', 'read item', 'read/write item', 'read/write mailbox'];
  var level = levels.indexOf(window.__outlookPermission);
  if (level < 0) level = 0; // nothing declared: Outlook runs the add-in restricted
  var denied = { code: 7000, name: 'Permission Denied', message: 'The requested method is not allowed at the current permission level of the add-in.' };
  var language = new URLSearchParams(window.location.search).get('officeLanguage') || 'da-DK';
  var answer = function (callback, result) {
    if (typeof callback === 'function')
      setTimeout(function () {
        callback(result);
      }, 0);
  };
  var ok = function (callback, value) {
    if (level < 1) return answer(callback, { status: 'failed', error: denied });
    answer(callback, { status: 'succeeded', value: value });
  };
  var record = function (field) {
    return function (value, optionsOrCallback, maybeCallback) {
      var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      var options = typeof optionsOrCallback === 'function' ? undefined : optionsOrCallback;
      if (level < 2) {
        window.__officeRefused.push(field);
        return answer(callback, { status: 'failed', error: denied });
      }
      calls.push({ field: field, value: value instanceof Date ? value.toISOString() : value, options: options });
      answer(callback, { status: 'succeeded' });
    };
  };
  var start = new Date();
  start.setDate(start.getDate() + 7);
  start.setHours(13, 30, 0, 0);
  var item = {
    itemType: 'appointment',
    subject: {
      setAsync: record('subject'),
      getAsync: function (cb) {
        ok(cb, '');
      },
    },
    start: {
      setAsync: record('start'),
      getAsync: function (cb) {
        ok(cb, start);
      },
    },
    end: {
      setAsync: record('end'),
      getAsync: function (cb) {
        ok(cb, new Date(start.getTime() + 30 * 60000));
      },
    },
    requiredAttendees: {
      setAsync: record('requiredAttendees'),
      getAsync: function (cb) {
        ok(cb, []);
      },
    },
    location: {
      setAsync: record('location'),
      getAsync: function (cb) {
        ok(cb, '');
      },
    },
    body: {
      setAsync: record('body'),
      prependAsync: record('bodyPrepend'),
      getAsync: function (_coercion, cb) {
        ok(cb, '');
      },
    },
    recurrence: {
      getAsync: function (cb) {
        ok(cb, null);
      },
      setAsync: record('recurrence'),
    },
  };
  window.Office = {
    HostType: { Outlook: 'Outlook' },
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      if (typeof callback === 'function') callback(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: language,
      officeTheme: { bodyBackgroundColor: '#ffffff', isDarkTheme: false },
      requirements: {
        isSetSupported: function (name, version) {
          return name === 'Mailbox' && Number(version) <= 1.13;
        },
      },
      mailbox: { item: item, userProfile: { emailAddress: 'mette.hansen@kommune.dk' } },
      ui: {
        displayDialogAsync: function () {
          throw new Error('no dialog in this test');
        },
      },
    },
  };
})();
