// Holds a conversation through the bot's own chat page (the real Web Chat bundle) in Debian's Chromium,
// headless, as a user would, and prints what happened as one JSON object on stdout. Started by
// tests/RecoveryBot.Tests/DirectLine/WebChatPageTests.cs, which asserts on the output.
//
//   node webchat-conversation.mjs '{"url":"http://127.0.0.1:PORT/","message":"…","choice":"对",
//     "planPrefix":"根据你的情况","screenshotDir":"…","executablePath":"/usr/bin/chromium"}'
//
// Steps: open the page and wait for the welcome; compose with an IME and press Enter mid-composition (must not
// send); send the message and wait for the reply and its suggested actions; click `choice`; wait for the plan
// and its Adaptive Card; screenshot (desktop); reload and check the conversation resumes; screenshot at phone
// size; then tap the card's buttons `cardDetail` and `cardList` and read the answers (the second as a rendered
// list), with a phone screenshot of each.
// Exit code 0 with the JSON on success, 1 with {"error": …} and what was seen so far.
import { chromium } from 'playwright-core';
import path from 'node:path';

const options = JSON.parse(process.argv[2]);
const timeout = options.timeoutMs ?? 20000;
const started = Date.now();
const result = { steps: {}, consoleErrors: [], pageErrors: [], screenshots: [] };
const mark = name => { result.steps[name] = Date.now() - started; };

const browser = await chromium.launch({
  executablePath: options.executablePath ?? '/usr/bin/chromium',
  headless: true,
  // Running as root needs --no-sandbox; the rest keep Chromium off the network (this machine has none).
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic']
});

const sendBox = page => page.locator('[data-id="webchat-sendbox-input"]');
const userBubbles = page => page.locator('.webchat__bubble--from-user');
const botBubble = (page, text) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: text });
const suggestedAction = (page, title) =>
  page.locator('button.webchat__suggested-action', { has: page.locator('.webchat__suggested-action__text', { hasText: new RegExp('^' + title + '$') }) });
const card = page => page.locator('.ac-adaptiveCard').first();
const cardButton = (page, title) => card(page).locator('button.ac-pushButton', { hasText: title }).first();
const savedSession = page => page.evaluate(() => JSON.parse(window.sessionStorage.getItem('recoverybot.directline') || 'null'));

async function composeAndPressEnter(page) {
  // A real IME composition through the DevTools protocol; Enter while composing must not send.
  const cdp = await page.context().newCDPSession(page);
  await sendBox(page).focus();
  await cdp.send('Input.imeSetComposition', { text: '我', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13, text: '\r', unmodifiedText: '\r' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
  await page.waitForTimeout(options.imeWaitMs ?? 1000);
  result.sentDuringComposition = await userBubbles(page).count();
  // Safari's order: the composition has ended, but the Enter that ended it still says keyCode 229.
  await sendBox(page).fill('我');
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, text: '\r', unmodifiedText: '\r' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
  await page.waitForTimeout(options.imeWaitMs ?? 1000);
  result.sentOnKeyCode229 = await userBubbles(page).count() - result.sentDuringComposition;
  await sendBox(page).fill('');
  await cdp.detach();
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('console', message => { if (message.type() === 'error') result.consoleErrors.push(message.text()); });
  page.on('pageerror', error => result.pageErrors.push(error.message));

  await page.goto(options.url);
  mark('pageLoaded');
  await page.locator('.webchat__bubble').first().waitFor();
  mark('welcomeShown');
  result.welcome = await page.locator('.webchat__bubble').first().innerText();
  result.welcomeActions = await page.locator('button.webchat__suggested-action').allInnerTexts();

  await composeAndPressEnter(page);
  mark('imeChecked');

  await sendBox(page).fill(options.message);
  await sendBox(page).press('Enter');
  await userBubbles(page).filter({ hasText: options.message }).waitFor();
  mark('messageEchoed');
  await suggestedAction(page, options.choice).waitFor();
  mark('replyShown');
  result.replyActions = await page.locator('button.webchat__suggested-action').allInnerTexts();
  result.sendFailed = await page.getByText('发送失败').count();

  await suggestedAction(page, options.choice).click();
  await botBubble(page, options.planPrefix).first().waitFor();
  mark('planShown');
  result.plan = await botBubble(page, options.planPrefix).first().innerText();
  await card(page).waitFor();
  mark('cardShown');
  result.cardText = await card(page).innerText();
  result.cardButtons = await card(page).locator('button.ac-pushButton').allInnerTexts();
  await card(page).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const desktop = path.join(options.screenshotDir, 'webchat-desktop.png');
  await page.screenshot({ path: desktop });
  result.screenshots.push(desktop);
  const before = await savedSession(page);
  result.conversationId = before && before.conversationId;
  result.bubblesBeforeReload = await page.locator('.webchat__bubble').count();

  await page.reload();
  await botBubble(page, options.planPrefix).first().waitFor();
  await page.waitForTimeout(options.settleMs ?? 1000);
  mark('resumed');
  const after = await savedSession(page);
  result.resumedConversationId = after && after.conversationId;
  result.bubblesAfterReload = await page.locator('.webchat__bubble').count();
  result.welcomesAfterReload = await botBubble(page, options.welcomePrefix).count();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await card(page).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const phone = path.join(options.screenshotDir, 'webchat-phone.png');
  await page.screenshot({ path: phone });
  result.screenshots.push(phone);
  result.phoneOverflowsHorizontally = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  // The card's buttons send their text back as the user's message, and the bot answers it.
  if (options.cardDetail) {
    const bubblesBefore = await page.locator('.webchat__bubble').count();
    await cardButton(page, options.cardDetail).click();
    await userBubbles(page).filter({ hasText: options.cardDetail }).waitFor();
    await botBubble(page, options.cardDetailAnswer).last().waitFor();
    mark('cardDetailAnswered');
    result.cardDetailAnswer = await botBubble(page, options.cardDetailAnswer).last().innerText();
    result.bubblesAddedByCardDetail = await page.locator('.webchat__bubble').count() - bubblesBefore;
    const detail = path.join(options.screenshotDir, 'webchat-phone-step-detail.png');
    await page.waitForTimeout(300);
    await page.screenshot({ path: detail });
    result.screenshots.push(detail);
  }

  if (options.cardList) {
    await cardButton(page, options.cardList).click();
    await userBubbles(page).filter({ hasText: options.cardList }).waitFor();
    const list = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) ul > li');
    await list.first().waitFor();
    mark('listShown');
    result.listItems = await list.allInnerTexts();
    await list.first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const listShot = path.join(options.screenshotDir, 'webchat-phone-list.png');
    await page.screenshot({ path: listShot });
    result.screenshots.push(listShot);
  }

  await page.setViewportSize({ width: 1280, height: 860 });
  await page.waitForTimeout(300);
  const desktopEnd = path.join(options.screenshotDir, 'webchat-desktop-after-card.png');
  await page.screenshot({ path: desktopEnd });
  result.screenshots.push(desktopEnd);

  await browser.close();
  result.elapsedMs = Date.now() - started;
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
} catch (error) {
  result.error = error.message;
  result.elapsedMs = Date.now() - started;
  await browser.close().catch(() => {});
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(1);
}
