"""Map rendering: self-contained, escaped, and (in Chromium, offline) working."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import geopandas as gpd
import pytest

from geo.maps import build_map, embed_snippet, safe_json, save_map
from tests.conftest import CHROMIUM

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    "${alert(3)}",
    "`-alert(4)-`",
    "\\`;alert(5)//",
    '"><svg onload=alert(6)>',
]


def _hostile(seed_incidents) -> gpd.GeoDataFrame:
    frame = seed_incidents.copy()
    for i, payload in enumerate(PAYLOADS):
        for column in (
            "quote",
            "place",
            "place_text",
            "actor",
            "article_title",
            "article_id",
            "article_url",
            "event_type",
        ):
            frame.loc[frame.index[i], column] = payload
    frame.loc[frame.index[0], "article_url"] = "javascript:alert(7)"
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=4326)


def test_no_network_resources(seed_incidents):
    page = build_map(seed_incidents, title="t").get_root().render()
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', page)
    assert "L.map(" in page and "geoTimeline(" in page


def test_article_text_cannot_leave_its_json(seed_incidents):
    page = (
        build_map(_hostile(seed_incidents), title=PAYLOADS[1], source=PAYLOADS[0])
        .get_root()
        .render()
    )
    for payload in PAYLOADS[:2] + PAYLOADS[5:]:
        assert payload not in page
    assert page.count("</script>") == page.count("<script")


def test_safe_json_round_trips():
    import json

    value = {"a": "</script>&'\u2028", "b": [1, None]}
    assert json.loads(safe_json(value)) == value


def test_save_and_embed(seed_incidents, tmp_path):
    path = save_map(build_map(seed_incidents), tmp_path / "m" / "map.html")
    assert path.exists() and path.stat().st_size > 100_000
    snippet = embed_snippet(path, title='A "title"')
    assert 'src="map.html"' in snippet and "&quot;title&quot;" in snippet


def test_rows_without_geometry_are_left_off(seed_incidents):
    frame = seed_incidents.copy()
    frame.loc[frame.index[0], "geometry"] = None
    page = build_map(gpd.GeoDataFrame(frame, crs=4326)).get_root().render()
    lats = json.loads(page.split('"cols":{"lat":', 1)[1].split("]", 1)[0] + "]")
    assert len(lats) == int(frame.geometry.notna().sum())  # the row is not drawn


def _browser():
    if not Path(CHROMIUM).exists():
        if os.getenv("CI"):
            pytest.fail("chromium is required on CI")
        pytest.skip("chromium not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    return sync_api


FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.mark.browser
def test_offline_in_chromium(seed_incidents, tmp_path):
    sync_api = _browser()
    path = save_map(
        build_map(_hostile(seed_incidents), title=PAYLOADS[0], source=PAYLOADS[1]),
        tmp_path / "map.html",
    )
    events: list[tuple[str, str]] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(
            offline=True, viewport={"width": 1100, "height": 760}
        )
        page = context.new_page()
        page.on("console", lambda m: events.append((m.type, m.text)))
        page.on("pageerror", lambda e: events.append(("pageerror", str(e))))
        page.on("dialog", lambda d: (events.append(("dialog", d.message)), d.dismiss()))
        page.on("requestfailed", lambda r: events.append(("error", f"failed {r.url}")))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-geo-ready]", timeout=15000)
        page.wait_for_timeout(500)
        shown = int(page.get_attribute("body", "data-geo-visible"))
        assert shown == int(seed_incidents.geometry.notna().sum())
        # every popup opens (script in article text would run now if it could)
        opened = page.evaluate("""() => { const t = window.geoTimelines[0];
            for (let i = 0; i < t.count; i++) { t.openPopup(i); }
            return t.count; }""")
        assert opened == shown
        page.wait_for_timeout(600)  # closed popups fade out first
        assert page.locator(".leaflet-popup-content .geo-popup").count() == 1
        # clicking where an incident is drawn opens its popup
        page.evaluate("() => window.geoTimelines[0].refresh()")
        page.wait_for_timeout(600)
        assert page.locator(".leaflet-popup").count() == 0
        x, y = page.evaluate("""() => { const t = window.geoTimelines[0];
            t.centre(0); return t.pointOf(0); }""")
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.wait_for_selector(".leaflet-popup-content .geo-popup", timeout=3000)
        # after panning, points are still drawn where their coordinates are
        page.evaluate("""() => { const t = window.geoTimelines[0];
            t.map.closePopup(); t.map.panBy([137, -61], {animate: false}); }""")
        page.wait_for_timeout(300)
        x, y = page.evaluate("() => window.geoTimelines[0].pointOf(0)")
        assert page.evaluate(f"() => window.geoTimelines[0].nearest({x}, {y})") == 0
        # the slider changes what is shown
        page.select_option(".geo-mode", "day")
        page.evaluate("""() => { const s = document.querySelector('.geo-slider');
            s.value = 0; s.dispatchEvent(new Event('input')); }""")
        first_day = int(page.get_attribute("body", "data-geo-visible"))
        assert first_day < shown
        page.click(".geo-btn[title='Next day']")
        assert page.get_attribute("body", "data-geo-visible") is not None
        page.wait_for_timeout(300)
        browser.close()
    # offline, only the optional online tiles may fail to load
    problems = [
        e
        for e in events
        if e[0] in ("error", "pageerror", "dialog")
        and "ERR_INTERNET_DISCONNECTED" not in e[1]
    ]
    assert problems == []


@pytest.mark.browser
def test_no_tiles_map_makes_no_request(seed_incidents, tmp_path):
    sync_api = _browser()
    path = save_map(build_map(seed_incidents, tiles=False), tmp_path / "map.html")
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_context(offline=True).new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-geo-ready]", timeout=15000)
        browser.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.browser
def test_the_popup_gives_the_toll(seed_incidents, tmp_path):
    sync_api = _browser()
    frame = seed_incidents[seed_incidents.geometry.notna()].head(1).copy()
    frame["killed"], frame["injured"], frame["missing"] = 12, 3, 20
    path = save_map(build_map(frame), tmp_path / "map.html")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_context(offline=True).new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-geo-ready]", timeout=15000)
        page.evaluate("() => window.geoTimelines[0].openPopup(0)")
        toll = page.wait_for_selector(".geo-popup-toll", timeout=3000).inner_text()
        browser.close()
    assert toll == "12 killed, 3 injured, 20 missing"
