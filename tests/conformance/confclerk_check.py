#!/usr/bin/python3
"""Feeds an exported schedule.xml to ConfClerk (Debian's confclerk 0.7.1, Qt 5) and checks
what it stored: every session at its time, every host as a person of its session, and every
session on the conference day our <day> gives it (ConfClerk's day runs from its day_change,
04:00, to the next day's).

By hand, outside the default suite (it needs Qt 5, an X server and xdotool):
    apt-get install confclerk xvfb xdotool sqlite3
    CABILDO_CONFCLERK=1 ctest -R tst_export_safety     # the test runs this on its bundle
or  tests/conformance/confclerk_check.py BUNDLE/schedule/schedule.xml

ConfClerk has no command-line import: the script drives its window on a virtual screen
(xvfb-run) — Conferences menu, the "+" button, the URL field — with a throw-away HOME, and
reads the SQLite database ConfClerk keeps in ~/.local/share/Toastfreeware/ConfClerk.
Exit 0 when everything matches; 1 with one line per difference; 77 when a tool is missing.
"""
import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

DRIVER = r'''
confclerk >"$HOME/confclerk.log" 2>&1 &
pid=$!
sleep 4
w=$(xdotool search --onlyvisible --name ConfClerk | head -1)
xdotool windowactivate --sync "$w" 2>/dev/null; xdotool windowfocus "$w"
xdotool key alt+o; sleep 1                 # Conferences: the conference dialog
xdotool mousemove 176 107 click 1; sleep 1   # its "+" button: "Enter schedule URL"
xdotool type "file://$1"; xdotool key Return
sleep 6
kill $pid; wait $pid 2>/dev/null
'''


def expected(schedule):
    """Our schedule: per event id, its <day date>, local date-time, and persons (id, name)."""
    root = ET.parse(schedule).getroot()
    events = {}
    for day in root.iter('day'):
        for event in day.iter('event'):
            local = datetime.datetime.fromisoformat(event.findtext('date'))
            persons = [(p.get('id'), p.text) for p in event.iter('person')]
            events[event.get('id')] = (day.get('date'), local, persons, event.findtext('title'))
    return events


def imported(schedule):
    home = tempfile.mkdtemp(prefix='confclerk-home-')
    try:
        subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1024x768x24', 'sh', '-c', DRIVER, 'sh',
                        os.path.abspath(schedule)], env=dict(os.environ, HOME=home), timeout=120, check=False)
        path = os.path.join(home, '.local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite')
        if not os.path.exists(path):
            return None
        db = sqlite3.connect(path)
        db.row_factory = sqlite3.Row
        conference = db.execute('SELECT * FROM conference').fetchone()
        events = {str(r['id']): r for r in db.execute('SELECT id, start, duration, title FROM event')}
        persons = {}
        for r in db.execute('SELECT ep.xid_event, p.id, p.name FROM event_person ep '
                            'JOIN person p ON p.id = ep.xid_person AND p.xid_conference = ep.xid_conference'):
            persons.setdefault(str(r[0]), []).append((str(r[1]), r[2]))
        return conference, events, persons
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    for tool in ('confclerk', 'xvfb-run', 'xdotool'):
        if not shutil.which(tool):
            print(f'{tool} is not installed: ConfClerk NOT checked')
            return 77
    ours = expected(sys.argv[1])
    result = imported(sys.argv[1])
    if result is None:
        print('ConfClerk imported nothing (no database)')
        return 1
    conference, events, persons = result
    day_change = datetime.timedelta(seconds=conference['day_change'] or 0)
    problems = []
    for event_id, (day, local, our_persons, title) in ours.items():
        theirs = events.get(event_id)
        if theirs is None:
            problems.append(f'event {event_id} ({title}) missing')
            continue
        # ConfClerk keeps the local wall-clock time as if it were UTC (its utc_offset aside).
        start = datetime.datetime.fromtimestamp(theirs['start'], datetime.timezone.utc).replace(tzinfo=None)
        if start != local.replace(tzinfo=None):
            problems.append(f'event {event_id} ({title}) at {start}, not {local}')
        their_day = (start - day_change).date().isoformat()
        if their_day != day:
            problems.append(f'event {event_id} ({title}) on ConfClerk day {their_day}, our <day> {day}')
        if sorted(persons.get(event_id, [])) != sorted(our_persons):
            problems.append(f'event {event_id} ({title}) persons {persons.get(event_id, [])}, not {our_persons}')
    for line in problems:
        print(line)
    print(f'{len(ours)} events, {sum(len(p) for _, _, p, _ in ours.values())} persons, '
          f'day change {day_change}: {"ok" if not problems else "DIFFERENT"}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
