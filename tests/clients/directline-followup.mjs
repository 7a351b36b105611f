// Connects the real botframework-directlinejs client (WebSocket) to an existing conversation and waits, without
// posting anything, until the bot writes first (an activity with channelData.followUp). Prints one JSON object:
// the connection statuses, every activity received, the follow-up and how long after connecting it came.
// The xunit test holds the conversation up to the plan beforehand (tests/RecoveryBot.Tests/FollowUps).
//
//   node directline-followup.mjs '{"domain":"http://127.0.0.1:PORT/v3/directline","token":"…","conversationId":"…","timeoutMs":150000}'
//
// Exit code 0 when the follow-up arrived; 1 with {"error": …} when it did not in time.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
global.XMLHttpRequest = require('xhr2');
const WebSocket = require('ws');
// directlinejs looks for a global WebSocket before it uses the one passed in; Node 20 has none.
global.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const options = JSON.parse(process.argv[2]);
const started = Date.now();
const statuses = [];
const received = [];

const directLine = new DirectLine({
  domain: options.domain,
  token: options.token,
  conversationId: options.conversationId,
  webSocket: true,
  WebSocket
});

directLine.connectionStatus$.subscribe(status => statuses.push({ status: ConnectionStatus[status], atMs: Date.now() - started }));
directLine.activity$.subscribe(
  activity => received.push({ atMs: Date.now() - started, activity }),
  error => statuses.push({ status: 'ActivityError: ' + (error && error.message), atMs: Date.now() - started }));

function followUp() {
  return received.find(entry => entry.activity.channelData && entry.activity.channelData.followUp);
}

function report(extra) {
  const found = followUp();
  return JSON.stringify({
    statuses,
    activities: received.map(entry => entry.activity),
    followUp: found ? found.activity : null,
    followUpAtMs: found ? found.atMs : null,
    onlineAtMs: (statuses.find(s => s.status === 'Online') || {}).atMs ?? null,
    posted: 0,
    elapsedMs: Date.now() - started,
    ...extra
  });
}

const deadline = started + (options.timeoutMs ?? 150000);
while (!followUp()) {
  if (Date.now() > deadline) {
    process.stdout.write(report({ error: 'no follow-up arrived in time' }) + '\n');
    process.exit(1);
  }

  await new Promise(resolve => setTimeout(resolve, 50));
}

directLine.end();
process.stdout.write(report({}) + '\n');
process.exit(0);
