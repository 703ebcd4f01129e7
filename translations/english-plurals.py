#!/usr/bin/env python3
"""Fills the English plural forms in cabildo_en.ts from the source strings.

Source strings mark plurals as "%n note(s)" or "%n match(es)"; English needs the
singular ("1 note") and the plural ("2 notes"). Run after `update_translations`;
entries already translated by hand are left alone.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cabildo_en.ts"
tree = ET.parse(path)
marker = re.compile(r"(\w+)\((\w+)\)")
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and all(f.text for f in forms):
        continue
    forms[0].text = marker.sub(r"\1", source)
    forms[1].text = marker.sub(r"\1\2", source)
    translation.attrib.pop("type", None)

body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")  # lupdate's spelling
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
