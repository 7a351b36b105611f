// Holds one conversation with the bot through the real botframework-directlinejs client, as Web Chat's
// transport does, and prints what the client saw as one JSON object on stdout. The xunit tests start the bot,
// run this script and assert on its output (tests/RecoveryBot.Tests/DirectLine/DirectLineClientTests.cs).
//
//   node directline-conversation.mjs '{"domain":"http://127.0.0.1:PORT/v3/directline","token":"…",
//     "webSocket":true,"messages":["…","对"],"conversationId":null,"pollingInterval":200}'
//
// For each message it waits until the client has received the echo of the posted activity (same id) and at
// least one bot reply to it, then until the client has been quiet for `quietMs`. Exit code 0 with the JSON
// on success; 1 with {"error": …} (and what was seen so far) when something did not arrive in time.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
global.XMLHttpRequest = require('xhr2');
const WebSocket = require('ws');
// directlinejs looks for a global WebSocket before it uses the one passed in; Node 20 has none.
global.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const options = JSON.parse(process.argv[2]);
const timeoutMs = options.timeoutMs ?? 20000;
const quietMs = options.quietMs ?? 400;
const started = Date.now();
const statuses = [];
const received = [];
const posts = [];

const directLine = new DirectLine({
  domain: options.domain,
  token: options.token,
  conversationId: options.conversationId ?? undefined,
  webSocket: options.webSocket,
  pollingInterval: options.pollingInterval ?? 200,
  conversationStartProperties: { locale: 'zh-CN' },
  WebSocket
});

directLine.connectionStatus$.subscribe(status => statuses.push(ConnectionStatus[status]));
directLine.activity$.subscribe(
  activity => received.push({ atMs: Date.now() - started, activity }),
  error => statuses.push('ActivityError: ' + (error && error.message)));

function report(extra) {
  return JSON.stringify({
    statuses,
    activities: received.map(entry => entry.activity),
    receivedAtMs: received.map(entry => entry.atMs),
    posts,
    elapsedMs: Date.now() - started,
    ...extra
  });
}

async function waitFor(description, condition) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for ' + description);
    }

    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

async function waitForQuiet() {
  let count = received.length;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise(resolve => setTimeout(resolve, 20));
    if (received.length !== count) {
      count = received.length;
      since = Date.now();
    }
  }
}

function post(activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

try {
  await waitFor('the conversation to come online', () => statuses.includes('Online'));
  await waitFor('the first bot activity', () => received.some(entry => entry.activity.from?.role === 'bot'));
  await waitForQuiet();
  for (const text of options.messages ?? []) {
    const clientActivityID = 'test-' + Math.random().toString(36).slice(2);
    const postedAtMs = Date.now() - started;
    const id = await post({
      type: 'message',
      from: { id: 'directlinejs-user', name: '测试用户' },
      text,
      locale: 'zh-CN',
      textFormat: 'plain',
      localTimezone: 'Asia/Shanghai',
      channelData: { clientActivityID }
    });
    posts.push({ text, clientActivityID, id, postedAtMs, answeredAtMs: Date.now() - started });
    if (id === 'retry') {
      throw new Error('postActivity answered "retry" for: ' + text);
    }

    await waitFor('the echo of ' + id, () => received.some(entry => entry.activity.id === id));
    await waitFor('a reply to ' + id, () => received.some(entry => entry.activity.replyToId === id));
    await waitForQuiet();
  }

  directLine.end();
  process.stdout.write(report({}) + '\n');
  process.exit(0);
} catch (error) {
  process.stdout.write(report({ error: error.message }) + '\n');
  process.exit(1);
}
