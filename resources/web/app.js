// Cabildo's page for participants' phones (issue 13; app/network/README.md has the routes).
// Plain script, only what Safari 15 has. The page runs over plain HTTP on a LAN address, which
// is not a secure context: no service worker, no crypto.randomUUID. So notes wait in
// localStorage, each with its own id from crypto.getRandomValues, until the laptop says it
// stored them (the laptop stores an id once: a retry never makes a second note).
// Everything that came from anyone is set with textContent, never as HTML.
(function () {
  'use strict';

  var LANGUAGES = ['en', 'fr', 'es', 'pt'];
  var MAX_CHARACTERS = 2000; // the server refuses longer notes (422)
  var MAX_LINES = 50;
  var POLL_TIMEOUT = 40000; // the server holds a poll up to 25 s
  var SEND_TIMEOUT = 20000;
  // Every country the kiosk offers (ISO 3166-1 codes, as QLocale lists them), two letters each.
  var COUNTRY_CODES =
    'ACADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCL' +
    'CMCNCOCPCRCUCVCWCXCYCZDEDGDJDKDMDODZEAECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGS' +
    'GTGUGWGYHKHMHNHRHTHUICIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLY' +
    'MAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPS' +
    'PTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTATCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZ' +
    'UAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

  var language = 'en';
  var strings = null; // the chosen language's strings/LANG.json
  var page = document.body.getAttribute('data-page');

  function $(id) {
    return document.getElementById(id);
  }

  // ---- Storage: localStorage when the browser allows it, else this page's memory only.
  var memory = {};
  function load(key, fallback) {
    var text = null;
    try {
      text = localStorage.getItem(key);
    } catch (e) {
      text = memory[key] || null;
    }
    if (text === null) return fallback;
    try {
      return JSON.parse(text);
    } catch (e) {
      return fallback;
    }
  }
  function save(key, value) {
    var text = JSON.stringify(value);
    memory[key] = text;
    try {
      localStorage.setItem(key, text);
    } catch (e) {
      /* private browsing or full: memory keeps it while the page is open */
    }
  }

  // ---- Texts
  function format(text, params) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && name in params ? String(params[name]) : whole;
    });
  }
  function t(key, params) {
    var text = strings && strings[key];
    return typeof text === 'string' ? format(text, params) : key;
  }
  // Plural texts are {"one": …, "other": …} (and "many" where a language has it).
  function tn(key, n, params) {
    var forms = strings && strings[key];
    if (!forms || typeof forms !== 'object') return key;
    var category = 'other';
    try {
      category = new Intl.PluralRules(language).select(n);
    } catch (e) {
      category = n === 1 ? 'one' : 'other';
    }
    var all = { n: n };
    for (var name in params || {}) all[name] = params[name];
    return format(forms[category] || forms.other, all);
  }
  // A message shown in the page, kept as its key so that it follows a change of language.
  function showMessage(element, render) {
    element.renderMessage = render;
    element.textContent = render ? render() : '';
  }

  function chooseLanguage() {
    var stored = load('cabildo.language', null);
    if (LANGUAGES.indexOf(stored) >= 0) return stored;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; ++i) {
      var primary = String(wanted[i]).toLowerCase().split('-')[0];
      if (LANGUAGES.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }

  function setLanguage(wanted) {
    return fetch('strings/' + wanted + '.json', { cache: 'no-cache' })
      .then(function (response) {
        if (!response.ok) throw new Error('strings ' + response.status);
        return response.json();
      })
      .then(function (loaded) {
        strings = loaded;
        language = wanted;
        applyTexts();
      })
      .catch(function () {
        /* offline or refused: the page keeps its current language */
      });
  }

  function applyTexts() {
    document.documentElement.lang = language;
    var i;
    var elements = document.querySelectorAll('[data-t]');
    for (i = 0; i < elements.length; ++i) elements[i].textContent = t(elements[i].getAttribute('data-t'));
    elements = document.querySelectorAll('[data-t-placeholder]');
    for (i = 0; i < elements.length; ++i) elements[i].placeholder = t(elements[i].getAttribute('data-t-placeholder'));
    elements = document.querySelectorAll('[data-t-aria]');
    for (i = 0; i < elements.length; ++i) elements[i].setAttribute('aria-label', t(elements[i].getAttribute('data-t-aria')));
    var buttons = document.querySelectorAll('[data-language]');
    for (i = 0; i < buttons.length; ++i)
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-language') === language));
    elements = document.querySelectorAll('.message, .error, .banner');
    for (i = 0; i < elements.length; ++i) if (elements[i].renderMessage) showMessage(elements[i], elements[i].renderMessage);
    if (page === 'event') {
      fillCountries();
      renderRoom();
      renderSent();
    }
  }

  function wireLanguageButtons() {
    var buttons = document.querySelectorAll('[data-language]');
    for (var i = 0; i < buttons.length; ++i) {
      buttons[i].addEventListener('click', function (event) {
        var wanted = event.currentTarget.getAttribute('data-language');
        save('cabildo.language', wanted);
        setLanguage(wanted);
      });
    }
  }

  // ---- Network
  function request(url, options, timeout) {
    var controller = new AbortController();
    var timer = setTimeout(function () {
      controller.abort();
    }, timeout);
    options.signal = controller.signal;
    options.credentials = 'same-origin'; // the device cookie
    return fetch(url, options).then(
      function (response) {
        clearTimeout(timer);
        return response;
      },
      function (error) {
        clearTimeout(timer);
        throw error;
      }
    );
  }
  function postJson(url, body) {
    return request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }, SEND_TIMEOUT);
  }
  // The delay before the n-th retry: 1 s, 2 s, 4 s … 30 s, with some randomness so that a
  // room of phones coming back together does not knock all at once.
  function backoff(attempt, retryAfterHeader) {
    var seconds = parseInt(retryAfterHeader || '', 10);
    if (seconds > 0) return seconds * 1000;
    return Math.min(30000, 1000 * Math.pow(2, Math.min(attempt, 5))) + Math.random() * 1000;
  }
  // Refusals that are final: the same request would be refused again. 408 and 429 only say "later".
  function isFinal(status) {
    return status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 401;
  }
  // The device cookie comes with the page; a phone that lost it (a week passed, storage
  // cleared) gets a new one by asking for the page again.
  function renewDevice() {
    return request('./', { cache: 'no-store' }, SEND_TIMEOUT).then(
      function () {},
      function () {}
    );
  }

  var reachable = true;
  var linkGone = false;
  function setReachable(value) {
    reachable = value;
    renderBanner();
  }
  function renderBanner() {
    var banner = $('banner');
    if (!banner) return;
    var render = null;
    if (linkGone)
      render = function () {
        return t('linkGone');
      };
    else if (!reachable || !navigator.onLine)
      render = function () {
        return t('offline');
      };
    showMessage(banner, render);
    banner.hidden = !render;
  }

  // ---- Notes: the queue on this phone, and what the laptop says of the notes it has
  // One queue per laptop address, not per link: notes waiting when the facilitator picks New
  // Link go out once the phone opens the new one.
  var queueKey = 'cabildo.queue';
  var queue = load(queueKey, []); // [{id, body, state: 'sending' | 'refused', refusal}]
  var acknowledged = {}; // id → {text, status}: stored, not yet in the laptop's list
  var serverNotes = []; // [{id, text, status}] from api/state
  var sending = false;
  var sentShown = ''; // what the list shows, to leave it alone when nothing changed
  var sendAttempt = 0;
  var sendTimer = 0;

  function newSubmissionId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; ++i) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return hex;
  }

  function sendQueue() {
    clearTimeout(sendTimer);
    if (sending) return;
    var next = null;
    for (var i = 0; i < queue.length && !next; ++i) if (queue[i].state === 'sending') next = queue[i];
    if (!next) return;
    sending = true;
    postJson('api/notes', next.body)
      .then(
        function (response) {
          if (response.status === 200 || response.status === 201) {
            sendAttempt = 0;
            setReachable(true);
            return response.json().then(
              function (body) {
                return body;
              },
              function () {
                return {};
              }
            ).then(function (body) {
              acknowledged[next.id] = { text: next.body.text, status: body && body.status };
              removeFromQueue(next.id);
              return true;
            });
          }
          setReachable(true);
          if (response.status === 404) {
            linkGone = true; // New Link or participation closed: this address no longer works
            renderBanner();
            return false;
          }
          if (isFinal(response.status)) {
            next.state = 'refused';
            next.refusal = response.status;
            save(queueKey, queue);
            return true;
          }
          if (response.status === 401) return renewDevice().then(retryLater);
          return retryLater(response.headers.get('Retry-After'));
        },
        function () {
          setReachable(false);
          return retryLater();
        }
      )
      .then(function (sendNext) {
        sending = false;
        renderSent();
        if (sendNext) sendQueue();
      });
  }
  function retryLater(retryAfter) {
    clearTimeout(sendTimer);
    sendTimer = setTimeout(sendQueue, backoff(sendAttempt++, retryAfter));
    return false;
  }
  function removeFromQueue(id) {
    queue = queue.filter(function (entry) {
      return entry.id !== id;
    });
    save(queueKey, queue);
  }

  function noteStatusText(status) {
    if (status === 'on_board') return t('statusOnBoard');
    if (status === 'waiting') return t('statusWaiting');
    if (status === 'not_shown') return t('statusNotShown');
    if (status === 'removed') return t('statusRemoved'); // deleted before the phone's retry arrived
    return t('statusReceived');
  }
  function refusalText(status) {
    if (status === 403) return t('refusedBlocked');
    if (status === 413 || status === 422) return t('refusedTooLong');
    return t('refusedOther', { status: status });
  }

  function renderSent() {
    var list = $('sent-list');
    if (!list) return;
    var items = []; // newest first
    var i;
    var known = {};
    for (i = 0; i < serverNotes.length; ++i) known[serverNotes[i].id] = true;
    for (i = queue.length - 1; i >= 0; --i) {
      var entry = queue[i];
      // Stored already, its answer still on the way: the laptop's line says what became of it.
      if (known[entry.id]) continue;
      items.push({
        text: entry.body.text,
        status: entry.state === 'refused' ? 'refused' : 'sending',
        label: entry.state === 'refused' ? refusalText(entry.refusal) : t('statusSending')
      });
    }
    for (var id in acknowledged) {
      if (known[id]) delete acknowledged[id];
      else items.push({ text: acknowledged[id].text, status: acknowledged[id].status || 'received', label: noteStatusText(acknowledged[id].status) });
    }
    for (i = serverNotes.length - 1; i >= 0; --i)
      items.push({ text: serverNotes[i].text, status: serverNotes[i].status, label: noteStatusText(serverNotes[i].status) });

    var shown = language + JSON.stringify(items);
    if (shown === sentShown) return; // unchanged: leave it as it is
    sentShown = shown;
    list.textContent = '';
    for (i = 0; i < items.length; ++i) {
      var li = document.createElement('li');
      var text = document.createElement('p');
      text.className = 'note-text';
      text.textContent = items[i].text;
      var status = document.createElement('p');
      status.className = 'status';
      status.setAttribute('data-status', String(items[i].status));
      status.textContent = items[i].label;
      li.appendChild(text);
      li.appendChild(status);
      list.appendChild(li);
    }
    $('sent').hidden = items.length === 0;
  }

  function clean(value) {
    return value.replace(/\s+/g, ' ').trim();
  }

  function submitNote(event) {
    event.preventDefault();
    var textArea = $('note-text');
    var text = textArea.value.trim();
    var error = $('note-error');
    var problem = null;
    if (!text) problem = function () {
      return t('textRequired');
    };
    else if (text.length > MAX_CHARACTERS || text.split('\n').length > MAX_LINES)
      problem = function () {
        return t('textTooLong', { characters: MAX_CHARACTERS, lines: MAX_LINES });
      };
    showMessage(error, problem);
    textArea.setAttribute('aria-invalid', String(!!problem));
    if (problem) {
      textArea.focus();
      return;
    }
    var name = clean($('note-name').value);
    var id = newSubmissionId();
    queue.push({
      id: id,
      state: 'sending',
      body: {
        id: id,
        text: text,
        name: name,
        organisation: clean($('note-organisation').value),
        country: englishCountry(clean($('note-country').value)),
        sector: $('note-sector').value,
        showName: !!name && $('note-consent').checked
      }
    });
    save(queueKey, queue); // kept before anything is sent: a dropped connection loses nothing
    // The text goes; who they are stays for their next note (it is their own phone).
    textArea.value = '';
    showMessage($('note-message'), function () {
      return t('noteQueued');
    });
    renderSent();
    sendQueue();
  }

  function updateConsent() {
    var named = !!clean($('note-name').value);
    var consent = $('note-consent');
    consent.disabled = !named;
    if (!named) consent.checked = false; // consent is for a name: none given, none kept
  }

  // ---- Countries: named in the page's language by the browser (CLDR, as the kiosk's ICU);
  // a country from the list is sent by its English name, as the kiosk stores it.
  function displayNames(lang) {
    try {
      return new Intl.DisplayNames([lang], { type: 'region' });
    } catch (e) {
      return null;
    }
  }
  function fillCountries() {
    var list = $('countries');
    var input = $('note-country');
    var names = displayNames(language);
    if (!list || !names) return;
    var code = countryCode(clean(input.value));
    var entries = [];
    for (var i = 0; i < COUNTRY_CODES.length; i += 2) {
      var c = COUNTRY_CODES.substr(i, 2);
      entries.push({ code: c, name: names.of(c) });
    }
    var collator = new Intl.Collator(language);
    entries.sort(function (a, b) {
      return collator.compare(a.name, b.name);
    });
    list.textContent = '';
    for (i = 0; i < entries.length; ++i) {
      var option = document.createElement('option');
      option.value = entries[i].name;
      list.appendChild(option);
    }
    if (code) input.value = names.of(code); // the chosen country, now named in the new language
  }
  function countryCode(typed) {
    if (!typed) return null;
    var wanted = typed.toLocaleLowerCase();
    var languagesToTry = [language, 'en'];
    for (var l = 0; l < languagesToTry.length; ++l) {
      var names = displayNames(languagesToTry[l]);
      if (!names) return null;
      for (var i = 0; i < COUNTRY_CODES.length; i += 2) {
        var c = COUNTRY_CODES.substr(i, 2);
        if (String(names.of(c)).toLocaleLowerCase() === wanted) return c;
      }
    }
    return null;
  }
  function englishCountry(typed) {
    var code = countryCode(typed);
    var english = code && displayNames('en');
    return english ? english.of(code) : typed;
  }

  // ---- Following the room: one long poll at a time (api/state?v=N answers when something
  // this phone sees changed after version N, or after 25 s with the same state).
  var room = null; // the last api/state answer
  var chosen = []; // theme ids ticked on this phone's ballot
  var ballotDirty = false; // ticked differently from the ballot the laptop has
  var savedBallot = false; // the laptop has a ballot of this phone in the open round
  var ballotSending = false;
  var themesShown = ''; // the theme list as built: rebuilt only when it changes, so a poll
  // answered with the same state never takes the focus from under a finger or a screen reader
  var version = 0;
  var pollFailures = 0;

  var polling = false;
  var pollTimer = 0;
  function follow() {
    clearTimeout(pollTimer);
    if (polling || linkGone) return;
    polling = true;
    request('api/state?v=' + version, { cache: 'no-store' }, POLL_TIMEOUT)
      .then(function (response) {
        if (response.status === 404) {
          linkGone = true;
          renderBanner();
          return null;
        }
        if (!response.ok) {
          var error = new Error('state ' + response.status);
          error.retryAfter = response.headers.get('Retry-After');
          throw error;
        }
        return response.json();
      })
      .then(
        function (state) {
          polling = false;
          if (!state) return; // the link is gone: nothing more to follow
          pollFailures = 0;
          linkGone = false;
          setReachable(true);
          applyState(state);
          follow();
          sendQueue(); // the laptop answers again: anything waiting goes now
        },
        function (error) {
          polling = false;
          if (!error.retryAfter) setReachable(false);
          pollTimer = setTimeout(follow, backoff(pollFailures++, error.retryAfter));
        }
      );
  }

  function applyState(state) {
    version = typeof state.v === 'number' ? state.v : version;
    serverNotes = Array.isArray(state.notes) ? state.notes : [];
    var round = state.round;
    var sameRound = round && room && room.round && room.round.id === round.id;
    if (round && !sameRound) {
      ballotDirty = false; // a new round starts from the ballot the laptop has (none yet)
      showMessage($('ballot-message'), null);
    }
    if (round && !ballotDirty && !ballotSending) {
      chosen = (state.ballot || []).slice();
      savedBallot = chosen.length > 0;
      var message = $('ballot-message');
      if (savedBallot && !message.renderMessage)
        showMessage(message, function () {
          return t('ballotStored');
        });
    }
    room = state;
    // The timer counts down here from what was left when the laptop answered, on this
    // phone's own elapsed time (performance.now), never its clock, which may be wrong.
    var timer = state.timer;
    timerBase = timer && typeof timer.remainingMs === 'number' ? { running: !!timer.running, left: timer.remainingMs, at: performance.now() } : null;
    if (state.event && state.event.title) {
      $('event-title').textContent = state.event.title;
      document.title = state.event.title;
    }
    renderRoom();
    renderSent();
  }

  // ---- The wall: how many notes the room may see, and the revealed ones (text and colour).
  // Face-down notes are counted, never shown: the laptop does not send their text.
  var wallShown = '';
  function renderWall(show) {
    var wall = room && room.wall;
    var count = wall ? wall.count || 0 : 0;
    $('wall').hidden = !show || !count;
    if ($('wall').hidden) return;
    var faceDown = wall.faceDown || 0;
    var revealed = Array.isArray(wall.revealed) ? wall.revealed : [];
    var text = tn('wallCount', count);
    if (faceDown >= count) text = tn('wallHidden', count);
    else if (faceDown > 0) text += ' ' + tn('wallMoreHidden', faceDown);
    $('wall-count').textContent = text;
    var shown = JSON.stringify(revealed);
    if (shown === wallShown) return;
    wallShown = shown;
    var list = $('wall-list');
    list.textContent = '';
    revealed.forEach(function (note) {
      var li = document.createElement('li');
      li.textContent = note.text;
      if (/^[a-z]+$/.test(note.colour || '')) li.setAttribute('data-colour', note.colour);
      list.appendChild(li);
    });
  }

  // ---- The timer, in big type; at zero the box changes, and a short beep sounds if the
  // participant turned the sound on (browsers play sound only after a tap on the page).
  var timerBase = null; // {running, left, at}: what the laptop said, and when it was heard
  var timerLastLeft = null;
  var timerTicker = 0;
  var soundOn = false;
  var audio = null;
  function renderTimer() {
    clearTimeout(timerTicker);
    $('timer').hidden = !timerBase;
    if (!timerBase) {
      timerLastLeft = null;
      return;
    }
    var left = Math.max(0, timerBase.left - (timerBase.running ? performance.now() - timerBase.at : 0));
    var seconds = Math.ceil(left / 1000);
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    $('timer-time').textContent = (hours ? hours + ':' + ('0' + minutes).slice(-2) : minutes) + ':' + ('0' + (seconds % 60)).slice(-2);
    var ended = left <= 0;
    $('timer').className = ended ? 'timer ended' : 'timer';
    var state = ended ? t('timerEnded') : timerBase.running ? '' : t('timerPaused');
    if ($('timer-state').textContent !== state) $('timer-state').textContent = state;
    if (ended && timerBase.running && timerLastLeft > 0) beep(); // reached zero here, not on arrival
    timerLastLeft = left;
    if (timerBase.running && !ended) timerTicker = setTimeout(renderTimer, Math.min(250, left));
  }
  function toggleSound() {
    soundOn = !soundOn;
    $('timer-sound').setAttribute('aria-pressed', String(soundOn));
    var Context = window.AudioContext || window.webkitAudioContext;
    try {
      if (soundOn && !audio && Context) audio = new Context(); // made during the tap, so it may play
      if (audio && audio.state === 'suspended') audio.resume();
    } catch (e) {
      audio = null; // no sound on this phone: the visible change remains
    }
  }
  function beep() {
    if (!soundOn || !audio) return;
    [0, 0.4].forEach(function (delay) {
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.value = 0.25;
      tone.connect(volume);
      volume.connect(audio.destination);
      tone.start(audio.currentTime + delay);
      tone.stop(audio.currentTime + delay + 0.25);
    });
  }

  // ---- The ballot: one per phone and round, changeable until the round closes

  // The phase says what the page is (Capture: the note form; Group: grouping; Vote: the
  // ballot or why there is none; Agenda, Publish: look at the screen). An open round always
  // shows the ballot, whatever the phase.
  function renderRoom() {
    if (!room) return;
    var round = room.round;
    var phase = room.phase || 'capture';
    $('ballot').hidden = !round;
    $('note').hidden = !!round || phase !== 'capture';
    $('voting-closed').hidden = !!round || phase !== 'vote' || !room.votingClosed;
    var text = '';
    if (!round) {
      if (phase === 'group') text = t('phaseGroup');
      else if (phase === 'vote' && !room.votingClosed) text = t('votingNotStarted');
      else if (phase === 'agenda') text = t('phaseAgenda');
      else if (phase === 'publish') text = t('phasePublish');
    }
    $('phase-message').textContent = text;
    $('phase-message').hidden = !text;
    renderWall(!round && (phase === 'capture' || phase === 'group'));
    renderTimer();
    if (!round) return;

    $('ballot-intro').textContent = tn('ballotIntro', round.votesPerPerson, { round: round.name });
    var cap = $('ballot-cap');
    cap.hidden = !(round.capPerTheme > 0);
    cap.textContent = round.capPerTheme > 0 ? tn('capPerTheme', round.capPerTheme) : '';

    var themes = Array.isArray(round.themes) ? round.themes : [];
    var ids = themes.map(function (theme) {
      return theme.id;
    });
    chosen = chosen.filter(function (id) {
      return ids.indexOf(id) >= 0;
    });
    var list = $('themes');
    var shown = language + JSON.stringify(themes);
    if (shown === themesShown) {
      var boxes = list.querySelectorAll('input');
      for (var i = 0; i < boxes.length; ++i) {
        boxes[i].checked = chosen.indexOf(boxes[i].value) >= 0;
        boxes[i].parentNode.className = boxes[i].checked ? 'chosen' : '';
      }
      renderVotesLeft();
      return;
    }
    themesShown = shown;
    list.textContent = '';
    themes.forEach(function (theme) {
      var li = document.createElement('li');
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = theme.id;
      box.checked = chosen.indexOf(theme.id) >= 0;
      box.addEventListener('change', themeToggled);
      var title = document.createElement('span');
      title.className = 'title';
      title.textContent = theme.title;
      label.className = box.checked ? 'chosen' : '';
      label.appendChild(box);
      label.appendChild(title);
      var translated = theme.machineTitles && theme.machineTitles[language];
      if (translated && translated !== theme.title) {
        var machine = document.createElement('span');
        machine.className = 'machine';
        machine.lang = language;
        var mark = document.createElement('span');
        mark.className = 'mark';
        mark.textContent = t('machineTranslation');
        machine.appendChild(mark);
        machine.appendChild(document.createTextNode(' ' + translated));
        label.appendChild(machine);
      }
      li.appendChild(label);
      list.appendChild(li);
    });
    $('no-themes').hidden = themes.length > 0;
    renderVotesLeft();
  }

  function renderVotesLeft() {
    var round = room && room.round;
    if (!round) return;
    var left = Math.max(0, round.votesPerPerson - chosen.length);
    $('votes-left').textContent = tn('votesLeft', left);
    var submit = $('ballot-submit');
    submit.textContent = t(savedBallot ? 'changeVotes' : 'castVotes');
    submit.disabled = ballotSending || chosen.length === 0 || (savedBallot && !ballotDirty);
  }

  function themeToggled(event) {
    var box = event.currentTarget;
    var round = room && room.round;
    if (box.checked && round && chosen.length >= round.votesPerPerson) {
      // No vote left: the tap is refused, and the participant is told how to change their mind.
      box.checked = false;
      showMessage($('ballot-message'), function () {
        return t('allVotesUsed');
      });
      return;
    }
    if (box.checked) chosen.push(box.value);
    else
      chosen = chosen.filter(function (id) {
        return id !== box.value;
      });
    box.parentNode.className = box.checked ? 'chosen' : '';
    ballotDirty = true;
    showMessage($('ballot-message'), null);
    renderVotesLeft();
  }

  function submitBallot(event) {
    event.preventDefault();
    var round = room && room.round;
    if (!round || chosen.length === 0 || ballotSending) return;
    sendBallot({ round: round.id, themes: chosen.slice() }, 0);
  }
  // A ballot replaces this phone's earlier one in the round, so sending it again is harmless:
  // it is retried until the laptop answers or the round is no longer open.
  function sendBallot(ballot, attempt) {
    ballotSending = true;
    renderVotesLeft();
    showMessage($('ballot-message'), function () {
      return t('ballotSending');
    });
    postJson('api/ballot', ballot).then(
      function (response) {
        setReachable(true);
        if (response.ok) return ballotDone(true);
        if (isFinal(response.status) || !(room && room.round && room.round.id === ballot.round)) return ballotDone(false);
        var again = function () {
          sendBallot(ballot, attempt + 1);
        };
        if (response.status === 401) renewDevice().then(again);
        else setTimeout(again, backoff(attempt, response.headers.get('Retry-After')));
      },
      function () {
        setReachable(false);
        setTimeout(function () {
          if (room && room.round && room.round.id === ballot.round) sendBallot(ballot, attempt + 1);
          else ballotDone(false);
        }, backoff(attempt));
      }
    );
  }
  function ballotDone(stored) {
    ballotSending = false;
    if (stored) {
      savedBallot = true;
      ballotDirty = false;
    }
    showMessage($('ballot-message'), function () {
      return t(stored ? 'ballotSaved' : 'ballotRefused');
    });
    renderVotesLeft();
  }

  // ---- The join page: the code on the screen, exchanged for the event's address
  function submitJoin(event) {
    event.preventDefault();
    var code = $('join-code').value.replace(/\s+/g, '');
    var error = $('join-error');
    if (!code) {
      showMessage(error, function () {
        return t('joinCodeMissing');
      });
      return;
    }
    postJson('join', { code: code }).then(
      function (response) {
        if (response.ok && response.redirected) location.replace(response.url);
        else
          showMessage(error, function () {
            return t(response.status === 429 ? 'joinTooMany' : 'joinWrongCode');
          });
      },
      function () {
        showMessage(error, function () {
          return t('joinUnreachable');
        });
      }
    );
  }

  // ---- Start
  wireLanguageButtons();
  if (page === 'join') {
    $('join-form').addEventListener('submit', submitJoin);
  } else {
    $('note-form').addEventListener('submit', submitNote);
    $('note-name').addEventListener('input', updateConsent);
    $('note-text').addEventListener('input', function () {
      showMessage($('note-message'), null); // the thanks was for the note before
    });
    $('ballot-form').addEventListener('submit', submitBallot);
    $('timer-sound').addEventListener('click', toggleSound);
    window.addEventListener('online', function () {
      sendAttempt = 0;
      pollFailures = 0;
      renderBanner();
      sendQueue();
      follow();
    });
    window.addEventListener('offline', renderBanner);
    updateConsent();
    renderSent();
    renderBanner();
  }
  setLanguage(chooseLanguage()).then(function () {
    if (page !== 'event') return;
    follow();
    sendQueue();
  });
})();
