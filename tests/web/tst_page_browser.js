// The participants' page in a real browser (issue 13): Debian's chromium driven by
// playwright-core, emulating a phone (360×740, touch), at http://cabildo.test:PORT mapped to
// loopback, so the page is as insecure as on a real phone on the venue's network.
//   node tst_page_browser.js [SERVER COMMAND]
// Environment: CABILDO_WEB_TOOLS (where setup-web-tools.sh installed playwright-core and
// axe-core), CABILDO_WEB_SERVER (the server command; default the mock beside this file),
// CHROMIUM (the browser), CABILDO_SCREENSHOT_DIR (pictures of the page in four languages).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const toolsDir = path.resolve(process.env.CABILDO_WEB_TOOLS || path.join(__dirname, '..', '..', 'build', 'web-tools'));
const { chromium } = require(path.join(toolsDir, 'node_modules', 'playwright-core'));
const axeSource = fs.readFileSync(path.join(toolsDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const webDir = path.join(__dirname, '..', '..', 'resources', 'web');
const strings = {};
for (const language of ['en', 'fr', 'es', 'pt'])
  strings[language] = JSON.parse(fs.readFileSync(path.join(webDir, 'strings', language + '.json'), 'utf8'));
const screenshotDir = process.env.CABILDO_SCREENSHOT_DIR || '';
const WAIT = { timeout: 30000 }; // generous: CTest runs other tests beside this one on two cores

// ---- The server the page talks to: the one place that knows which server it is. It prints
// the participant URL (http://HOST:PORT/e/TOKEN/), "Join code: XXXXXX" (or, as `cabildo serve`
// says it, "… and the code XXXXXX"), and before them where its test controls are:
//   Controls: http://127.0.0.1:PORT/PATH/
//   Control routes: notes ballots round close moderate block [delete] [phase timer hide reveal] [drop-next-note-answer]
// A server that prints no Controls line is taken for the mock: /__mock/ on the page's port,
// every route.
function serverCommand() {
  return process.argv[2] || process.env.CABILDO_WEB_SERVER || `node "${path.join(__dirname, 'mockserver.js')}" --hold 5`;
}
function startServer() {
  // exec: the shell becomes the server, so the process to stop is the one spawned.
  const child = spawn('exec ' + serverCommand(), { shell: true, stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill());
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('the server printed no participant URL: ' + output)), 30000);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /https?:\/\/[^\s/]+:(\d+)\/e\/([A-Za-z0-9_-]+)\//.exec(output);
      const code = /(?:join code:|and the code)\s*([A-Za-z0-9]+)/i.exec(output);
      if (!url || !code) return;
      clearTimeout(timer);
      const port = Number(url[1]);
      const controlsUrl = /^Controls:\s*(\S+)/m.exec(output);
      const routes = /^Control routes:(.*)$/m.exec(output);
      resolve({
        process: child,
        port,
        token: url[2],
        joinCode: code[1],
        // What a phone opens: the QR code's address, under a name, not a loopback address.
        pageUrl: `http://cabildo.test:${port}/e/${url[2]}/`,
        rootUrl: `http://cabildo.test:${port}/`,
        controls: controls(controlsUrl ? controlsUrl[1] : `http://127.0.0.1:${port}/__mock/`,
                           controlsUrl && routes ? routes[1].trim().split(/\s+/) : null),
      });
    });
  });
}
function stopServer(server) {
  server.process.kill();
}
// What the facilitator does and what the event holds, through the server's control routes
// (`base` + route; `routes` null: all of them).
function controls(base, routes) {
  const call = async (route, body) => {
    const response = await fetch(base + route, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
    assert.equal(response.status, 200, `control ${route}: ${response.status} ${await response.clone().text()}`);
    return response.json();
  };
  return {
    has: (route) => routes === null || routes.includes(route),
    storedNotes: () => call('notes'),
    ballots: () => call('ballots'),
    openRound: (round) => call('round', round),
    closeRound: () => call('close', {}),
    renameEvent: (title) => call('title', { title }),
    moderate: (moderated) => call('moderate', { moderated }),
    approveAll: () => call('approve', {}),
    newLink: () => call('new-link', {}),
    blockAll: (blocked) => call('block', { blocked }),
    loseNextNoteAnswer: () => call('drop-next-note-answer', {}),
    deleteNotes: (text) => call('delete', { text }),
    // Running the room (issue 14)
    setPhase: (phase) => call('phase', { phase }),
    setTimer: (ms) => call('timer', { ms }),
    timer: (action) => call('timer', { action }),
    hideNotes: (hide) => call('hide', { hide }),
    reveal: () => call('reveal', {}),
  };
}

// ---- Phones
let server;
let browser;
const phones = [];

async function newPhone(locale) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  const phone = { context, page, dialogs: [], problems: [] };
  page.on('dialog', (dialog) => {
    phone.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => phone.problems.push('script error: ' + error.message));
  page.on('console', (message) => {
    // The CSP refuses inline script and style: a page that needs them says so here.
    if (/Content Security Policy|Refused to/i.test(message.text())) phone.problems.push(message.text());
  });
  phones.push(phone);
  return phone;
}
async function openEventPage(phone) {
  await phone.page.goto(server.pageUrl);
  await phone.page.waitForFunction(() => document.getElementById('event-title').textContent !== 'Cabildo', null, WAIT);
}
async function waitForText(page, selector, text) {
  await page.waitForFunction(
    ([s, t]) => Array.from(document.querySelectorAll(s)).some((e) => e.offsetParent !== null && e.textContent.includes(t)),
    [selector, text], WAIT);
}
async function sentItems(page) {
  return page.$$eval('#sent-list li', (items) =>
    items.map((li) => ({ text: li.querySelector('.note-text').textContent, status: li.querySelector('.status').textContent })));
}
async function writeNote(page, text) {
  await page.fill('#note-text', text);
  await page.tap('#note-form button[type=submit]');
}

// No violation axe-core finds, touch targets of 44×44 CSS px, nothing wider than the phone.
async function checkAccessible(page, what) {
  await page.evaluate(axeSource); // evaluated by the test, not by the page: the CSP still holds
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe-core on ${what}`);
  const small = await page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll('button, input, select, textarea')) {
      if (element.offsetParent === null) continue;
      const target = element.type === 'checkbox' ? element.labels[0] : element;
      const box = target.getBoundingClientRect();
      if (box.width < 44 || box.height < 44) found.push(`${element.id || element.textContent} ${box.width}×${box.height}`);
    }
    return found;
  });
  assert.deepEqual(small, [], `touch targets under 44×44 on ${what}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${what} is ${width} px wide on a 360 px phone`);
}
async function screenshot(page, name) {
  if (!screenshotDir) return;
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0)); // what a phone shows first, then the whole page
  await page.screenshot({ path: path.join(screenshotDir, `page-${name}.png`) });
  await page.screenshot({ path: path.join(screenshotDir, `page-${name}-full.png`), fullPage: true });
}

before(async () => {
  server = await startServer();
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  browser = await chromium.launch({
    executablePath,
    args: ['--host-resolver-rules=MAP cabildo.test 127.0.0.1'],
  });
});
after(async () => {
  if (browser) await browser.close();
  if (server) stopServer(server);
  for (const phone of phones) assert.deepEqual(phone.problems, [], 'script errors or CSP refusals in a page');
});
// Never hang: a stuck browser or server fails the test before CTest's own timeout kills it
// and leaves them behind.
setTimeout(() => {
  console.error('tst_page_browser: still running after 9 minutes, stopped');
  if (server) stopServer(server);
  process.exit(1);
}, 9 * 60 * 1000).unref();

// ---- Scenarios

test('the page runs as insecure as on a phone: no secure context, no crypto.randomUUID', async () => {
  const phone = await newPhone('en-GB');
  await openEventPage(phone);
  const context = await phone.page.evaluate(() => ({
    secure: window.isSecureContext,
    randomUUID: typeof crypto.randomUUID,
    serviceWorker: 'serviceWorker' in navigator,
  }));
  assert.deepEqual(context, { secure: false, randomUUID: 'undefined', serviceWorker: false });
});

test('joining with the code on the screen leads to the event page; a wrong code is said', async () => {
  const phone = await newPhone('es-ES');
  const page = phone.page;
  await page.goto(server.rootUrl);
  await waitForText(page, 'h1', strings.es.joinHeading);
  await checkAccessible(page, 'the join page');
  await screenshot(page, 'join-es');
  await page.fill('#join-code', 'ZZZZZZ');
  await page.tap('#join-form button');
  await waitForText(page, '#join-error', strings.es.joinWrongCode);
  // Typed off the projector: in lower case, with a dash in the middle.
  const typed = `${server.joinCode.slice(0, 3)}-${server.joinCode.slice(3)}`.toLowerCase();
  await page.fill('#join-code', typed);
  await page.tap('#join-form button');
  await page.waitForURL(server.pageUrl, WAIT);
  await waitForText(page, '#note-heading', strings.es.noteHeading);
});

const notesByLanguage = {
  en: { locale: 'en-US', text: 'Open data for city budgets', country: 'Germany', english: 'Germany', sector: 'government' },
  fr: { locale: 'fr-FR', text: 'Des données ouvertes pour les budgets municipaux', country: 'Allemagne', english: 'Germany', sector: 'civil_society' },
  es: { locale: 'es-MX', text: 'Datos abiertos para los presupuestos municipales', country: 'Alemania', english: 'Germany', sector: 'academia' },
  pt: { locale: 'pt-BR', text: 'Dados abertos para os orçamentos municipais', country: 'Alemanha', english: 'Germany', sector: 'media' },
};

for (const [language, note] of Object.entries(notesByLanguage)) {
  test(`a phone in ${note.locale} gets the page in ${language} and its note goes on the board`, async () => {
    const phone = await newPhone(note.locale);
    const page = phone.page;
    await openEventPage(phone);
    await waitForText(page, '#note-heading', strings[language].noteHeading);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    assert.equal(await page.textContent('.privacy'), strings[language].privacy);
    assert.equal(await page.isDisabled('#note-consent'), true, 'no consent without a name');
    await page.fill('#note-name', 'Ana Souza');
    await page.tap('#note-consent');
    await page.fill('#note-organisation', 'Observatório Cidadão');
    await page.fill('#note-country', note.country);
    await page.selectOption('#note-sector', note.sector);
    await checkAccessible(page, `the note form in ${language}`);
    await writeNote(page, note.text);
    await waitForText(page, '#sent-list .status', strings[language].statusOnBoard);
    assert.deepEqual(await sentItems(page), [{ text: note.text, status: strings[language].statusOnBoard }]);
    assert.equal(await page.inputValue('#note-text'), '', 'the text box is ready for the next note');
    await checkAccessible(page, `the sent note in ${language}`);
    await screenshot(page, language);

    const stored = (await server.controls.storedNotes()).filter((n) => n.text === note.text);
    assert.equal(stored.length, 1);
    assert.match(stored[0].id, /^[0-9a-f]{32}$/);
    assert.deepEqual(
      { name: stored[0].name, organisation: stored[0].organisation, country: stored[0].country, sector: stored[0].sector, showName: stored[0].showName },
      { name: 'Ana Souza', organisation: 'Observatório Cidadão', country: note.english, sector: note.sector, showName: true });
  });
}

test('the chooser at the top changes the language, and the phone remembers it', async () => {
  const phone = await newPhone('en-US');
  const page = phone.page;
  await openEventPage(phone);
  await page.tap('button[data-language="pt"]');
  await waitForText(page, '#note-heading', strings.pt.noteHeading);
  assert.equal(await page.getAttribute('button[data-language="pt"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#note-text', 'placeholder'), strings.pt.textPlaceholder);
  await page.reload();
  await waitForText(page, '#note-heading', strings.pt.noteHeading);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt');
});

test('text from anyone is shown as text: a note written as HTML runs nothing', async () => {
  const phone = await newPhone('en-GB');
  const page = phone.page;
  await openEventPage(phone);
  const attack = '<img src=x onerror=alert(1)>';
  await writeNote(page, attack);
  await waitForText(page, '#sent-list .status', strings.en.statusOnBoard);
  assert.deepEqual(await sentItems(page), [{ text: attack, status: strings.en.statusOnBoard }]);
  assert.equal(await page.$$eval('img', (images) => images.length), 0);
  await page.waitForTimeout(500); // an onerror would have fired by now
  assert.deepEqual(phone.dialogs, []);
});

test('a note written offline is kept, then stored exactly once when the connection returns', async () => {
  const phone = await newPhone('fr-FR');
  const page = phone.page;
  await openEventPage(phone);
  const text = 'Écrite hors ligne, envoyée une seule fois';
  await phone.context.setOffline(true);
  await writeNote(page, text);
  await waitForText(page, '#sent-list .status', strings.fr.statusSending);
  await waitForText(page, '#banner', strings.fr.offline);
  const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.queue')).map((k) => localStorage.getItem(k)).join());
  assert.ok(queued.includes(text), 'the note waits in localStorage');
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 0);
  await screenshot(page, 'offline-fr');

  await phone.context.setOffline(false);
  await waitForText(page, '#sent-list .status', strings.fr.statusOnBoard);
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 1);
  assert.equal(await page.isHidden('#banner'), true);
});

test('a note whose answer was lost is sent again with the same id and stored once', async (t) => {
  // The real desk answers every note it stores; only the mock can be told to lose one.
  if (!server.controls.has('drop-next-note-answer'))
    return t.skip('this server cannot lose an answer (tst_web_page_browser_mock runs this scenario)');
  const phone = await newPhone('es-ES');
  const page = phone.page;
  await openEventPage(phone);
  const text = 'La respuesta se perdió por el camino';
  await server.controls.loseNextNoteAnswer();
  await writeNote(page, text);
  await waitForText(page, '#sent-list .status', strings.es.statusOnBoard);
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 1);
  assert.deepEqual((await sentItems(page)).map((item) => item.text), [text]);
});

test('a note the laptop lists before its answer arrives shows once, as the laptop says', async () => {
  // The note is stored and the phone's next poll lists it while the answer to the POST is
  // still on its way (a slow network): the list must not show it twice, "sending" and "on the board".
  const phone = await newPhone('es-MX');
  const page = phone.page;
  await openEventPage(phone);
  const text = 'La lista llega antes que la respuesta';
  let releaseAnswer;
  const answerHeld = new Promise((resolve) => { releaseAnswer = resolve; });
  await page.route('**/api/notes', async (route) => {
    // Sent from here to the laptop (the test's own resolver does not know cabildo.test),
    // as the phone sent it: same headers, same Host.
    const request = route.request();
    const url = new URL(request.url());
    const response = await route.fetch({
      url: request.url().replace(url.hostname, '127.0.0.1'),
      headers: { ...request.headers(), host: url.host },
    });
    await answerHeld;
    await route.fulfill({ response });
  });
  try {
    await writeNote(page, text);
    await waitForText(page, '#sent-list .status', strings.es.statusOnBoard);
    assert.deepEqual(await sentItems(page), [{ text, status: strings.es.statusOnBoard }]);
  } finally {
    releaseAnswer();
  }
  // The held answer arrives: the phone's queue empties (the answer was handled).
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('cabildo.queue') || '[]').length === 0, null, WAIT);
  assert.deepEqual(await sentItems(page), [{ text, status: strings.es.statusOnBoard }]);
  await page.unroute('**/api/notes');
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 1);
});

test('a note the facilitator deleted before the phone heard back shows as removed, not received', async () => {
  // The note is stored, its answer is lost, and the facilitator deletes it before the phone's
  // retry arrives: the retry is told "removed", and the phone says so.
  const phone = await newPhone('fr-FR');
  const page = phone.page;
  await openEventPage(phone);
  const text = 'Supprimée avant que le téléphone ne le sache';
  let answers = 0;
  await page.route('**/api/notes', async (route) => {
    if (++answers > 1) return route.continue(); // the retry goes through
    const request = route.request();
    const url = new URL(request.url());
    await route.fetch({ url: request.url().replace(url.hostname, '127.0.0.1'), headers: { ...request.headers(), host: url.host } });
    await server.controls.deleteNotes(text);
    await route.abort('connectionreset'); // stored and deleted, but the phone never heard it
  });
  await writeNote(page, text);
  await waitForText(page, '#sent-list .status', strings.fr.statusRemoved);
  assert.deepEqual(await sentItems(page), [{ text, status: strings.fr.statusRemoved }]);
  assert.ok(answers >= 2, 'the phone sent it again');
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 0);
  await page.unroute('**/api/notes');
});

test('a note waiting on the phone survives a reload and is sent afterwards', async () => {
  const phone = await newPhone('pt-BR');
  const page = phone.page;
  await openEventPage(phone);
  const text = 'Guardada no telefone durante a recarga';
  await page.route('**/api/notes', (route) => route.abort('connectionrefused')); // the laptop cannot be reached
  await writeNote(page, text);
  await waitForText(page, '#sent-list .status', strings.pt.statusSending);
  await page.reload();
  await waitForText(page, '#sent-list .note-text', text);
  await page.unroute('**/api/notes');
  await waitForText(page, '#sent-list .status', strings.pt.statusOnBoard);
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 1);
});

test('a final refusal is shown and not retried', async () => {
  const phone = await newPhone('en-GB');
  const page = phone.page;
  await openEventPage(phone);
  await server.controls.blockAll(true);
  try {
    const text = 'Sent from a blocked phone';
    await writeNote(page, text);
    await waitForText(page, '#sent-list .status', strings.en.refusedBlocked);
    assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 0);
  } finally {
    await server.controls.blockAll(false);
  }
});

test('a note the form cannot send says why and keeps the text', async () => {
  const phone = await newPhone('en-GB');
  const page = phone.page;
  await openEventPage(phone);
  await page.tap('#note-form button[type=submit]');
  await waitForText(page, '#note-error', strings.en.textRequired);
  const tooManyLines = Array.from({ length: 60 }, (_, i) => `line ${i}`).join('\n');
  await writeNote(page, tooManyLines);
  await waitForText(page, '#note-error', strings.en.textTooLong.replace('{characters}', '2000').replace('{lines}', '50'));
  assert.equal(await page.inputValue('#note-text'), tooManyLines);
  assert.equal(await page.$$eval('#sent-list li', (items) => items.length), 0);
});

test('after New Link the old page says so, and a note written there goes once the phone opens the new link', async (t) => {
  if (!server.controls.has('new-link')) return t.skip('this server has no New Link control');
  const phone = await newPhone('en-GB');
  const page = phone.page;
  await openEventPage(phone);
  const oldPageUrl = server.pageUrl;
  const link = await server.controls.newLink();
  const token = /\/e\/([A-Za-z0-9_-]+)\//.exec(link.url)[1];
  Object.assign(server, { token, joinCode: link.joinCode, pageUrl: `http://cabildo.test:${server.port}/e/${token}/` });
  assert.notEqual(server.pageUrl, oldPageUrl);
  await waitForText(page, '#banner', strings.en.linkGone); // the page was following: it hears at once
  const text = 'Written on the old link';
  await writeNote(page, text);
  await waitForText(page, '#sent-list .status', strings.en.statusSending);
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 0);
  await screenshot(page, 'link-gone-en');

  await openEventPage(phone); // the phone scans the new QR code
  await waitForText(page, '#sent-list .status', strings.en.statusOnBoard);
  assert.equal((await server.controls.storedNotes()).filter((n) => n.text === text).length, 1);
  assert.equal(await page.isHidden('#banner'), true);
});

test('with moderation on, a note waits for the facilitator, and the phone sees it go on the board', async () => {
  const phone = await newPhone('pt-BR');
  const page = phone.page;
  await openEventPage(phone);
  await server.controls.moderate(true);
  try {
    const text = 'Esperando a aprovação da facilitação';
    await writeNote(page, text);
    await waitForText(page, '#sent-list .status', strings.pt.statusWaiting);
    const stored = (await server.controls.storedNotes()).filter((n) => n.text === text);
    assert.deepEqual(stored.map((n) => n.status), ['waiting']);
    await server.controls.approveAll();
    await waitForText(page, '#sent-list .status', strings.pt.statusOnBoard); // followed, not reloaded
    assert.deepEqual(await sentItems(page), [{ text, status: strings.pt.statusOnBoard }]);
  } finally {
    await server.controls.moderate(false);
  }
});

test('while a round is open the page is the ballot; a phone votes, changes its ballot, and sees voting closed', async () => {
  const voters = {};
  for (const [language, locale] of [['en', 'en-GB'], ['fr', 'fr-FR'], ['es', 'es-ES'], ['pt', 'pt-BR']]) {
    voters[language] = await newPhone(locale);
    await openEventPage(voters[language]);
  }
  // The Vote phase before a round opens: the page says voting has not started, and no form.
  await server.controls.setPhase('vote');
  for (const [language, voter] of Object.entries(voters)) {
    await waitForText(voter.page, '#phase-message', strings[language].votingNotStarted);
    assert.equal(await voter.page.isHidden('#note'), true);
  }
  await checkAccessible(voters.es.page, 'voting not started');
  const round = await server.controls.openRound({
    name: 'Day 1',
    votesPerPerson: 2,
    capPerTheme: 40,
    themes: [
      { title: 'Open budgets', machineTitles: { fr: 'Budgets ouverts', es: 'Presupuestos abiertos', pt: 'Orçamentos abertos' } },
      { title: '<b>Transparency</b> & <i>trust</i>', machineTitles: {} },
      { title: 'Civic tech in schools', machineTitles: { fr: 'La technologie civique à l’école' } },
    ],
  });
  const [budgets, transparency, schools] = round.themes.map((theme) => theme.id);

  const page = voters.fr.page;
  await waitForText(page, '#ballot-heading', strings.fr.ballotHeading);
  assert.equal(await page.isHidden('#note'), true, 'the note form makes way for the ballot');
  await waitForText(page, '#votes-left', 'Il vous reste 2 votes');
  await waitForText(page, '#themes .machine', 'Budgets ouverts');
  await waitForText(page, '#themes .mark', strings.fr.machineTranslation);
  await waitForText(page, '#themes .title', '<b>Transparency</b> & <i>trust</i>');
  assert.equal(await page.$$eval('#themes b, #themes i', (found) => found.length), 0, 'a title is text, not HTML');
  await waitForText(page, '#ballot-cap', '40');
  await checkAccessible(page, 'the ballot in French');

  const tick = (id) => page.tap(`#themes input[value="${id}"] + .title`);
  await tick(budgets);
  await tick(transparency);
  await waitForText(page, '#votes-left', 'Il vous reste 0 vote');
  await tick(schools); // no vote left: refused, with how to change one's mind
  await waitForText(page, '#ballot-message', strings.fr.allVotesUsed);
  assert.equal(await page.isChecked(`#themes input[value="${schools}"]`), false);
  await page.tap('#ballot-submit');
  await waitForText(page, '#ballot-message', strings.fr.ballotSaved);
  await waitForText(page, '#ballot-submit', strings.fr.changeVotes);
  let ballots = await server.controls.ballots();
  assert.equal(ballots.length, 1);
  assert.deepEqual(ballots[0].themes, [budgets, transparency].sort());

  // A poll's answer that leaves the ballot as it was does not rebuild it: the focus stays under
  // the finger. (The facilitator renames the event: every phone hears of it at once.)
  await page.focus(`#themes input[value="${budgets}"]`);
  await server.controls.renameEvent('Cabildo test event, day 1');
  await waitForText(page, '#event-title', 'day 1'); // the answer is applied (title, then ballot)
  assert.equal(await page.evaluate(() => document.activeElement.value), budgets);

  // Changed until the round closes: still one ballot for this phone, now with the new choice.
  await tick(transparency);
  await tick(schools);
  await page.tap('#ballot-submit');
  await waitForText(page, '#ballot-message', strings.fr.ballotSaved);
  ballots = await server.controls.ballots();
  assert.equal(ballots.length, 1);
  assert.deepEqual(ballots[0].themes, [budgets, schools].sort());

  for (const [language, voter] of Object.entries(voters)) {
    await waitForText(voter.page, '#ballot-heading', strings[language].ballotHeading);
    if (language !== 'fr') await screenshot(voter.page, `ballot-${language}`);
  }
  await page.reload(); // the laptop's ballot comes back with the page
  await waitForText(page, '#ballot-submit', strings.fr.changeVotes);
  assert.equal(await page.isChecked(`#themes input[value="${schools}"]`), true);
  await screenshot(page, 'ballot-fr');

  await server.controls.closeRound();
  for (const [language, voter] of Object.entries(voters)) {
    await waitForText(voter.page, '#voting-closed', strings[language].votingClosed);
    assert.equal(await voter.page.isHidden('#ballot'), true);
    assert.equal(await voter.page.isHidden('#note'), true, 'still the Vote phase: no form');
    assert.equal(await voter.page.isHidden('#phase-message'), true, 'closed, not "not started"');
  }
  await checkAccessible(page, 'voting closed');
  await screenshot(voters.en.page, 'closed-en');
  // Back to Capture: notes can be written again, without a reload.
  await server.controls.setPhase('capture');
  for (const voter of Object.values(voters)) {
    await voter.page.waitForSelector('#note-form', { state: 'visible', ...WAIT });
    assert.equal(await voter.page.isHidden('#voting-closed'), true);
  }
});

// ---- Running the room (issue 14): the phase, the timer and hiding, followed without a reload.

test('a phone follows the phase: the note form, then grouping, the agenda, and back', async (t) => {
  if (!server.controls.has('phase')) return t.skip('this server has no phase control');
  const phone = await newPhone('es-ES');
  const page = phone.page;
  await openEventPage(phone);
  await waitForText(page, '#note-heading', strings.es.noteHeading);
  try {
    await server.controls.setPhase('group');
    await waitForText(page, '#phase-message', strings.es.phaseGroup);
    assert.equal(await page.isHidden('#note'), true, 'no note form while grouping');
    // The wall, read-only: the notes the room may read (earlier scenarios wrote some).
    await page.waitForSelector('#wall-list li', { state: 'visible', ...WAIT });
    assert.equal(await page.$$eval('#wall input, #wall button, #wall textarea', (found) => found.length), 0);
    await checkAccessible(page, 'grouping in Spanish');
    await screenshot(page, 'group-es');
    await server.controls.setPhase('agenda');
    await waitForText(page, '#phase-message', strings.es.phaseAgenda);
    assert.equal(await page.isHidden('#wall'), true);
    await server.controls.setPhase('publish');
    await waitForText(page, '#phase-message', strings.es.phasePublish);
  } finally {
    await server.controls.setPhase('capture');
  }
  await page.waitForSelector('#note-form', { state: 'visible', ...WAIT });
  assert.equal(await page.isHidden('#phase-message'), true);
});

// Counts the beeps a page makes (the page's own AudioContext, wrapped before it loads).
function countBeeps() {
  window.beeps = 0;
  const Context = window.AudioContext;
  if (!Context) return;
  const create = Context.prototype.createOscillator;
  Context.prototype.createOscillator = function () {
    window.beeps += 1;
    return create.call(this);
  };
}
const shownSeconds = (text) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);

test('the timer shows in big type and counts down on the phone; at zero it changes, and beeps only if sound is on', async (t) => {
  if (!server.controls.has('timer')) return t.skip('this server has no timer control');
  const listening = await newPhone('fr-FR');
  const silent = await newPhone('en-GB');
  for (const phone of [listening, silent]) {
    await phone.page.addInitScript(countBeeps);
    await openEventPage(phone);
  }
  const page = listening.page;
  try {
    // A 90-minute brainstorm, set: shown whole, not running.
    await server.controls.setTimer(90 * 60 * 1000);
    await waitForText(page, '#timer-time', '1:30:00');
    await waitForText(page, '#timer-state', strings.fr.timerPaused);
    // Started: it counts down on the phone, with nothing more from the laptop.
    await server.controls.timer('start');
    await page.waitForFunction(() => document.getElementById('timer-state').textContent === '', null, WAIT);
    const before = shownSeconds(await page.textContent('#timer-time'));
    assert.ok(before <= 90 * 60 && before > 80 * 60, `shows ${before} s of a 90-minute timer`);
    await page.waitForFunction((shown) => document.getElementById('timer-time').textContent !== shown,
                               await page.textContent('#timer-time'), WAIT);
    assert.ok(shownSeconds(await page.textContent('#timer-time')) < before, 'counts down');
    await checkAccessible(page, 'the timer in French');
    await screenshot(page, 'timer-fr');
    await server.controls.timer('pause');
    await waitForText(page, '#timer-state', strings.fr.timerPaused);

    // Sound on, on one phone only (a tap: browsers play sound only after one).
    await page.tap('#timer-sound');
    assert.equal(await page.getAttribute('#timer-sound', 'aria-pressed'), 'true');
    // A short timer, to see the end: the box turns, "time is up", one phone beeps.
    await server.controls.setTimer(8000); // long enough to arrive running on a loaded machine
    await server.controls.timer('start');
    for (const [phone, language] of [[listening, 'fr'], [silent, 'en']]) {
      await waitForText(phone.page, '#timer-state', strings[language].timerEnded);
      assert.equal(await phone.page.textContent('#timer-time'), '0:00');
      assert.equal(await phone.page.getAttribute('#timer', 'class'), 'timer ended');
    }
    assert.ok(await page.evaluate(() => window.beeps) > 0, 'the phone with sound on beeped');
    assert.equal(await silent.page.evaluate(() => window.beeps), 0, 'the other stayed silent');
    await checkAccessible(page, 'time is up');
    await screenshot(page, 'timer-ended-fr');
  } finally {
    await server.controls.timer('clear');
  }
  await page.waitForSelector('#timer', { state: 'hidden', ...WAIT });
});

test('with notes hidden until revealed, phones see how many there are, not what they say, until the reveal', async (t) => {
  if (!server.controls.has('hide')) return t.skip('this server has no hiding control');
  const writer = await newPhone('pt-BR');
  const reader = await newPhone('en-GB');
  await openEventPage(writer);
  await openEventPage(reader);
  const text = 'Nota secreta até a revelação';
  await server.controls.hideNotes(true);
  try {
    await writeNote(writer.page, text);
    await waitForText(writer.page, '#sent-list .status', strings.pt.statusOnBoard); // its own note, as sent
    // Another phone: one more note is counted, face down; its text is nowhere on the page,
    // nor in what the laptop answers that phone.
    await waitForText(reader.page, '#wall-count', strings.en.wallMoreHidden.one.replace('{n}', '1'));
    assert.equal(await reader.page.evaluate((secret) => document.body.textContent.includes(secret), text), false);
    const answer = await reader.page.evaluate(() => fetch('api/state', { cache: 'no-store' }).then((r) => r.text()));
    assert.ok(!answer.includes(text.slice(0, 12)), 'a face-down note\'s text never goes to a phone');
    await checkAccessible(reader.page, 'notes face down');
    await screenshot(reader.page, 'hidden-en');

    await server.controls.reveal();
    await waitForText(reader.page, '#wall-list li', text);
    assert.equal(await reader.page.textContent('#wall-list li'), text, 'the newest first');
    assert.ok(!(await reader.page.textContent('#wall-count')).includes(strings.en.wallMoreHidden.one.replace('{n}', '1')));
  } finally {
    await server.controls.hideNotes(false);
  }
});
