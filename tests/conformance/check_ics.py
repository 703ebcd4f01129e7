#!/usr/bin/env python3
"""Judges an iCalendar file with two third-party parsers and the checks neither makes
(app/opendata/BUNDLE.md, "iCalendar"): python3-vobject with validate=True, libical through
gir1.2-ical-3.0 (restriction_check, then X-LIC-ERROR lines), then CRLF line ends, lines
of at most 75 octets, DTSTART on every VEVENT, DTEND after DTSTART, UTC times or a
VTIMEZONE for each TZID. Prints the problems and exits 1, or exits 0 when clean."""
import re
import sys

import gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as ICal  # noqa: E402
import vobject  # noqa: E402


def problems_of(path):
    raw = open(path, "rb").read()
    problems = []

    # Line structure, on the bytes: CRLF everywhere, folded at 75 octets.
    if raw and not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR (lines must end with CRLF)")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets (fold at 75)")

    text = raw.decode("utf-8")
    unfolded = re.sub(r"\r\n[ \t]", "", text)

    # vobject: missing UID/DTSTAMP/PRODID, DTEND with DURATION, bad date-times.
    try:
        for component in vobject.readComponents(text, validate=True):
            for event in getattr(component, "vevent_list", []):
                if not hasattr(event, "dtstart"):
                    problems.append(f"VEVENT {getattr(event, 'uid', None)}: no DTSTART")
                    continue
                if hasattr(event, "dtend") and event.dtend.value <= event.dtstart.value:
                    problems.append(f"VEVENT {event.uid.value}: DTEND is not after DTSTART")
    except Exception as error:  # vobject raises several kinds
        problems.append(f"vobject: {error}")

    # libical: restriction_check adds X-LIC-ERROR properties for what it refuses.
    component = ICal.Component.new_from_string(unfolded)
    if component is None:
        problems.append("libical could not parse the file")
    else:
        ICal.restriction_check(component)
        checked = re.sub(r"\r?\n[ \t]", "", component.as_ical_string())
        for line in checked.splitlines():
            if line.startswith("X-LIC-ERROR"):
                problems.append(f"libical: {line}")

    # Every VEVENT has DTSTART; times are UTC or name a VTIMEZONE.
    zones = set(re.findall(r"^TZID:(.+)$", unfolded, re.M))
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfolded, re.S):
        if not re.search(r"^DTSTART[;:]", block, re.M):
            problems.append("a VEVENT has no DTSTART")
        for name, params, value in re.findall(r"^(DTSTART|DTEND)([^:]*):(.*)$", block, re.M):
            tzid = re.search(r"TZID=([^;:]+)", params)
            if tzid and tzid.group(1) not in zones:
                problems.append(f"{name} names TZID {tzid.group(1)} with no VTIMEZONE")
            if not tzid and not value.strip().endswith("Z") and "VALUE=DATE" not in params:
                problems.append(f"{name}:{value.strip()} is a floating time (neither UTC nor TZID)")
    if "BEGIN:VCALENDAR" not in unfolded or "VERSION:2.0" not in unfolded or "PRODID:" not in unfolded:
        problems.append("VCALENDAR, VERSION or PRODID missing")
    return problems


if __name__ == "__main__":
    found = problems_of(sys.argv[1])
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
