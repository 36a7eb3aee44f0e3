"""Map pages: user text stays text, the point is approximate, and many points stay cheap."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import random
import re

import folium
import pytest

from web_maps.maps import (
    POINT_RADIUS_M,
    UnsafeElementError,
    render_page,
    render_point_map,
    render_points_map,
)

XSS = "<img src=x onerror=alert(1)>"
SCRIPT_CLOSE = "</script><script>alert(1)</script>"
JINJA = "{{ 7*7 }} {% if true %}yes{% endif %} {# open comment"
OUTLINES = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": f"Hackney {XSS}", "kind": "borough", "secret": "internal"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-0.1, 51.53], [-0.02, 51.53], [-0.02, 51.58], [-0.1, 51.53]]],
            },
        },
        {"type": "Feature", "properties": None, "geometry": None},
    ],
}


def _payload(page: str, var: str) -> object:
    """The JSON literal assigned to `var` in the page's script."""
    match = re.search(rf"var {var} = (.*?);\n", page)
    assert match, var
    return json.loads(match.group(1))


@pytest.mark.parametrize("label", [XSS, SCRIPT_CLOSE, JINJA, "Ward \u2028 & 'quotes' \"here\""])
def test_point_label_is_text_not_html(label: str) -> None:
    page = render_point_map(51.52, -0.07, label=label, outlines=OUTLINES)
    for dangerous in (XSS, "<script><", "onerror=alert(1)>", "{{", "{%", "{#"):
        assert dangerous not in page
    # The label is a JSON string assigned to textContent, exactly what was asked (so "{{ 7*7 }}"
    # was not evaluated by folium's Jinja).
    match = re.search(r'text\.textContent = (".*?");\n', page)
    assert match and json.loads(match.group(1)) == label
    assert ".innerHTML" not in page


def test_outline_names_are_text_and_only_name_and_kind_are_embedded() -> None:
    before = copy.deepcopy(OUTLINES)
    page = render_point_map(51.52, -0.07, label="x", outlines=OUTLINES)
    assert before == OUTLINES  # the caller's (possibly cached) dict is not modified
    assert XSS not in page
    assert "internal" not in page
    assert "text.textContent = String(name)" in page
    match = re.search(r"\.addData\((\{.*?)\);\n", page)
    assert match
    data = json.loads(match.group(1))
    assert [f["properties"] for f in data["features"]] == [
        {"name": f"Hackney {XSS}", "kind": "borough"}
    ]


def test_point_map_is_centred_on_an_approximate_circle() -> None:
    page = render_point_map(51.5203, -0.0712, label="Dalston", zoom=13)
    assert "center: [51.5203, -0.0712]" in page
    assert '"zoom": 13' in page
    circle = re.search(r"L\.circle\(\s*\[51\.5203, -0\.0712\],\s*(\{.*?\})\s*\)", page, re.S)
    assert circle
    options = json.loads(circle.group(1))
    assert options["radius"] == POINT_RADIUS_M >= 200
    assert "L.marker(" not in page  # no pin on an address


def test_no_tile_layer_without_tiles_url() -> None:
    page = render_point_map(51.5, -0.1, label="x", outlines=OUTLINES)
    assert "L.tileLayer" not in page
    assert "L.geoJson(" in page
    assert "fill: true" in page  # outlines drawn as a light basemap


def test_tile_layer_when_configured() -> None:
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    page = render_point_map(
        51.5, -0.1, label="x", tiles_url=tiles, tiles_attribution="Example", outlines=OUTLINES
    )
    assert "L.tileLayer(" in page
    assert tiles in page
    assert "fill: false" in page  # outlines only as lines over tiles
    assert "img-src 'self' https://*.tiles.example.org;" in _csp(page)


def test_tiles_need_an_attribution() -> None:
    with pytest.raises(ValueError, match="attribution"):
        render_point_map(51.5, -0.1, label="x", tiles_url="/tiles/{z}/{x}/{y}.png")


@pytest.mark.parametrize("lat,lon", [(91, 0), (0, 181), (float("nan"), 0)])
def test_bad_location_is_refused(lat: float, lon: float) -> None:
    with pytest.raises(ValueError):
        render_point_map(lat, lon, label="x")


def _csp(page: str) -> str:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert match
    return match.group(1).replace("&#x27;", "'")


def test_csp_allows_exactly_the_pages_own_inline_scripts() -> None:
    page = render_points_map([{"lat": 51.5, "lon": -0.1, "label": XSS}], outlines=OUTLINES)
    csp = _csp(page)
    assert page.index("Content-Security-Policy") < page.index("<script")
    assert "default-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    inline = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(inline) == 2
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_folium_html_popups_and_tooltips_are_refused() -> None:
    m = folium.Map(tiles=None)
    folium.CircleMarker([51.5, -0.1], popup=folium.Popup("x")).add_to(m)
    with pytest.raises(UnsafeElementError):
        render_page(m)
    m = folium.Map(tiles=None)
    folium.GeoJson(OUTLINES, tooltip=folium.GeoJsonTooltip(["name"])).add_to(m)
    with pytest.raises(UnsafeElementError):
        render_page(m)


def test_points_popups_are_built_with_text_content() -> None:
    points = [
        {"lat": 51.5, "lon": -0.1, "label": XSS, "detail": JINJA, "url": "/groups/1"},
        {"lat": 51.6, "lon": -0.2, "label": SCRIPT_CLOSE, "detail": JINJA},
        {"lat": 51.55, "lon": -0.15, "label": "plain"},
    ]
    page = render_points_map(points)
    for dangerous in (XSS, "<script><", "{{", "{%", "{#"):
        assert dangerous not in page
    assert "__civic_payload_" not in page
    assert ".innerHTML" not in page
    assert _payload(page, "data") == [
        [51.5, -0.1, XSS, 1, "/groups/1"],
        [51.6, -0.2, SCRIPT_CLOSE, 1],
        [51.55, -0.15, "plain"],
    ]
    assert _payload(page, "details") == [JINJA]
    assert "L.markerClusterGroup(" in page
    assert '"maxZoom": 18' in page  # markercluster throws on a map without one (no tiles)
    assert "fitBounds(" in page


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "//evil.example/x", "/\\evil.example", "https://x.org/"]
)
def test_points_links_must_be_paths_on_this_site(url: str) -> None:
    with pytest.raises(ValueError, match="url"):
        render_points_map([{"lat": 51.5, "lon": -0.1, "label": "x", "url": url}])


def test_points_need_lat_lon_and_label() -> None:
    with pytest.raises(ValueError, match=r"points\[1\]"):
        render_points_map([{"lat": 51.5, "lon": -0.1, "label": "x"}, {"lat": 51.5, "lon": 0}])


def test_no_points_is_an_empty_london_map() -> None:
    page = render_points_map([])
    assert _payload(page, "data") == []
    assert "center: [51.5074, -0.1278]" in page


def test_ten_thousand_points_render_with_fast_marker_cluster() -> None:
    rnd = random.Random(7)
    points = [
        {
            "lat": 51.28 + rnd.random() * 0.41,
            "lon": -0.51 + rnd.random() * 0.84,
            "label": f"Group {i}",
            "detail": f"Food bank · borough {i % 33}",
            "url": f"/groups/{i}",
        }
        for i in range(10_000)
    ]
    page = render_points_map(points)
    assert len(_payload(page, "data")) == 10_000  # type: ignore[arg-type]
    assert page.count("L.marker(") == 1  # one callback, not one folium.Marker per point
    assert len(page.encode()) < 2_000_000  # sanity bound only; measured figures in the report
