#!/usr/bin/env python3
"""Static checks of the participants' page (resources/web, issue 13); each is a CTest test.

  check_page.py strings WEBDIR   every language has every text, with the same placeholders and
                                 plural forms; app.js and the HTML use no text missing from them
  check_page.py size WEBDIR      the page's files add up to under 60 KB
  check_page.py safety WEBDIR    nothing the CSP refuses or Safari 15 lacks, nothing from outside,
                                 no HTML made from strings
"""
import json
import re
import sys
from pathlib import Path

LANGUAGES = ["en", "fr", "es", "pt"]
PAGE_FILES = ["index.html", "join.html", "app.js", "app.css"] + [f"strings/{lang}.json" for lang in LANGUAGES]
SIZE_LIMIT = 60 * 1024
PLURAL_NEEDS = {"one", "other"}
PLURAL_MAY = {"one", "other", "many"}  # "many": French, Spanish, Portuguese for millions (CLDR)
# Texts that are rightly the same as the English in a language.
SAME_AS_ENGLISH = {("es", "sectorLabel"), ("es", "sectorAcademia")}

failures = []


def fail(message):
    failures.append(message)


def placeholders(text):
    return sorted(set(re.findall(r"\{(\w+)\}", text)))


def load_strings(web):
    result = {}
    for lang in LANGUAGES:
        path = web / "strings" / f"{lang}.json"
        try:
            result[lang] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            fail(f"{path}: {error}")
            result[lang] = {}
    return result


def without_comments(script):
    # app.js has no "//" or "/*" inside its string literals (checked below), so this is safe.
    script = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    return re.sub(r"(^|[^:])//[^\n]*", r"\1", script)


def check_strings(web):
    strings = load_strings(web)
    english = strings["en"]
    for lang in LANGUAGES:
        texts = strings[lang]
        for key in sorted(set(english) - set(texts)):
            fail(f"{lang}.json: '{key}' is missing")
        for key in sorted(set(texts) - set(english)):
            fail(f"{lang}.json: '{key}' is not in en.json")
        for key in sorted(set(english) & set(texts)):
            source, text = english[key], texts[key]
            if isinstance(source, dict) != isinstance(text, dict):
                fail(f"{lang}.json: '{key}' must be {'plural forms' if isinstance(source, dict) else 'one text'}")
                continue
            forms = text if isinstance(text, dict) else {"": text}
            if isinstance(text, dict):
                if not PLURAL_NEEDS <= set(text) or not set(text) <= PLURAL_MAY:
                    fail(f"{lang}.json: '{key}' has the plural forms {sorted(text)}; needs one and other (many may be added)")
            wanted = placeholders(source["other"] if isinstance(source, dict) else source)
            for form, value in forms.items():
                if not isinstance(value, str) or not value.strip():
                    fail(f"{lang}.json: '{key}' {form} is empty")
                    continue
                found = placeholders(value)
                if found != wanted:
                    fail(f"{lang}.json: '{key}' {form} has the placeholders {found}, English has {wanted}")
            if lang != "en" and text == source and (lang, key) not in SAME_AS_ENGLISH:
                fail(f"{lang}.json: '{key}' is still English")

    used = set()
    script = without_comments((web / "app.js").read_text(encoding="utf-8"))
    used |= {(key, "app.js") for key in re.findall(r"\btn?\(\s*'([A-Za-z0-9_]+)'", script)}
    # A key chosen by a condition: t(cond ? 'a' : 'b').
    for first, second in re.findall(r"\bt\([^()']*\?\s*'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'", script):
        used |= {(first, "app.js"), (second, "app.js")}
    for page in ["index.html", "join.html"]:
        html = (web / page).read_text(encoding="utf-8")
        used |= {(key, page) for key in re.findall(r'data-t(?:-placeholder|-aria)?="([A-Za-z0-9_]+)"', html)}
    if len(used) < 20:
        fail(f"only {len(used)} texts found in use: the pattern no longer matches the code")
    for key, where in sorted(used):
        if key not in english:
            fail(f"{where} uses '{key}', which strings/en.json lacks")
    unused = set(english) - {key for key, _ in used}
    for key in sorted(unused):
        fail(f"en.json: '{key}' is used nowhere")


def check_size(web):
    total = 0
    for name in PAGE_FILES:
        size = (web / name).stat().st_size
        print(f"{size:7d}  {name}")
        total += size
    print(f"{total:7d}  in all (limit {SIZE_LIMIT})")
    if total >= SIZE_LIMIT:
        fail(f"the page is {total} bytes, over {SIZE_LIMIT}")
    extra = sorted(str(p.relative_to(web)) for p in web.rglob("*") if p.is_file() and str(p.relative_to(web)) not in PAGE_FILES)
    if extra:
        fail(f"files the size check does not count (add them to PAGE_FILES): {extra}")


# Web APIs and syntax that Safari 15 lacks (MDN's compatibility tables), or that the CSP refuses.
SCRIPT_FORBIDDEN = {
    r"\bstructuredClone\b": "structuredClone (Safari 15.4)",
    r"\.randomUUID\b": "crypto.randomUUID (secure contexts only)",
    r"\bAbortSignal\.timeout\b": "AbortSignal.timeout (Safari 16)",
    r"\.at\(": "Array.prototype.at (Safari 15.4)",
    r"\bObject\.hasOwn\b": "Object.hasOwn (Safari 15.4)",
    r"\.findLast(Index)?\(": "findLast (Safari 15.4)",
    r"\bserviceWorker\b": "service workers (secure contexts only)",
    r"\bimport\s*\(": "dynamic import",
    r"\beval\s*\(|\bnew\s+Function\b|setTimeout\(\s*'": "eval (refused by the CSP)",
    r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write": "HTML made from strings (use textContent)",
    r"\.style\b|setAttribute\(\s*'style'": "inline style (refused by the CSP: use classes)",
    r"\bonclick\b|setAttribute\(\s*'on": "event handler attributes",
}
CSS_FORBIDDEN = {r":has\(": ":has() (Safari 15.4)", r"@container": "container queries (Safari 16)",
                 r"\bdvh\b|\bsvh\b": "dynamic viewport units (Safari 15.4)", r"@import|url\(": "loading from elsewhere"}


def check_safety(web):
    script = without_comments((web / "app.js").read_text(encoding="utf-8"))
    for pattern, what in SCRIPT_FORBIDDEN.items():
        for match in re.finditer(pattern, script):
            fail(f"app.js: {what}: '{match.group(0)}'")
    if re.search(r"'[^'\n]*(//|/\*)[^'\n]*'", script):
        fail("app.js: a string literal holds // or /*, which the comment stripping of these checks misreads")
    css = re.sub(r"/\*.*?\*/", "", (web / "app.css").read_text(encoding="utf-8"), flags=re.S)
    for pattern, what in CSS_FORBIDDEN.items():
        if re.search(pattern, css):
            fail(f"app.css: {what}")
    for page in ["index.html", "join.html"]:
        html = (web / page).read_text(encoding="utf-8")
        if not re.search(r'<html lang="en">', html):
            fail(f"{page}: no lang attribute on <html>")
        if re.search(r"<script(?![^>]*\bsrc=)", html):
            fail(f"{page}: an inline script (refused by the CSP)")
        if re.search(r"<style|\sstyle=", html):
            fail(f"{page}: an inline style (refused by the CSP)")
        if re.search(r"\son[a-z]+=", html):
            fail(f"{page}: an event handler attribute (refused by the CSP)")
        if '<meta name="viewport"' not in html:
            fail(f"{page}: no viewport: phones would show it zoomed out")
    for name in PAGE_FILES:
        text = (web / name).read_text(encoding="utf-8")
        if re.search(r"(src|href|action)=\"(https?:)?//|fetch\(\s*'(https?:)?//", text):
            fail(f"{name}: loads something from outside the laptop")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("strings", "size", "safety"):
        print(__doc__, file=sys.stderr)
        return 2
    web = Path(sys.argv[2])
    {"strings": check_strings, "size": check_size, "safety": check_safety}[sys.argv[1]](web)
    for message in failures:
        print("FAIL:", message)
    print(f"{sys.argv[1]}: {'failed' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
