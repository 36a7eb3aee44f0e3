"""Map pages load only files from our own server; those files are on disk with their licences."""

from __future__ import annotations

import re
from collections.abc import Callable

import folium
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from folium.plugins import Fullscreen

from web_maps import vendor_assets
from web_maps.assets import (
    ASSET_FILES,
    STATIC_DIR,
    VENDOR_CACHE_CONTROL,
    VENDOR_DIR,
    VENDOR_URL,
    OfflineAssetError,
    make_offline,
    referenced_urls,
    render_offline,
    static_routes,
)
from web_maps.maps import render_point_map, render_points_map

TILES = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
ATTRIBUTION = '&copy; <a href="https://www.example.org/copyright">Example</a>'
OUTLINES = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Hackney", "kind": "borough"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-0.1, 51.53], [-0.02, 51.53], [-0.02, 51.58], [-0.1, 51.53]]],
            },
        }
    ],
}
POINTS = [
    {"lat": 51.54, "lon": -0.05, "label": "Food bank", "detail": "Hackney", "url": "/groups/1"},
    {"lat": 51.50, "lon": -0.12, "label": "Choir"},
]

PAGES: dict[str, Callable[[], str]] = {
    "point, outline basemap": lambda: render_point_map(51.54, -0.05, label="x", outlines=OUTLINES),
    "point, tiles": lambda: render_point_map(
        51.54, -0.05, label="x", tiles_url=TILES, tiles_attribution=ATTRIBUTION
    ),
    "points, outline basemap": lambda: render_points_map(POINTS, outlines=OUTLINES),
    "points, tiles": lambda: render_points_map(
        POINTS, tiles_url=TILES, tiles_attribution=ATTRIBUTION, outlines=OUTLINES
    ),
}
CDN_MARKERS = (
    "cdn",
    "unpkg",
    "jsdelivr",
    "cloudflare",
    "bootstrapcdn",
    "code.jquery",
    "jquery",
    "bootstrap",
    "awesome",
    "fontawesome",
    "http://",
    "https://",
    "//",
)


@pytest.mark.parametrize("name", PAGES)
def test_pages_reference_only_local_files(name: str) -> None:
    page = PAGES[name]()
    urls = referenced_urls(page)
    assert any(url.endswith("/leaflet.js") for url in urls)
    for url in urls:
        assert url.startswith(VENDOR_URL + "/"), url
        assert (STATIC_DIR / url.removeprefix("/static/")).is_file(), url
    for images in re.findall(r'imagePath = "([^"]*)"', page):  # Leaflet's default marker icons
        assert images.startswith(VENDOR_URL + "/"), images
        assert (STATIC_DIR / images.removeprefix("/static/") / "marker-icon.png").is_file()


@pytest.mark.parametrize("name", PAGES)
def test_no_cdn_or_remote_url_anywhere_in_the_page(name: str) -> None:
    # The configured tile URL, its host (in the CSP) and its attribution are the only exceptions.
    page = PAGES[name]().replace(TILES, "").replace("https://*.tiles.example.org", "")
    page = re.sub(r'"attribution": "(?:[^"\\]|\\.)*"', "", page)
    # Script hashes in the security policy are random base64: "//" or "cdn" may occur in them.
    page = re.sub(r"sha256-[A-Za-z0-9+/=]+", "", page)
    lowered = page.lower()
    for marker in CDN_MARKERS:
        assert marker not in lowered, marker


def test_marker_cluster_files_only_on_cluster_pages() -> None:
    point = PAGES["point, outline basemap"]()
    points = PAGES["points, outline basemap"]()
    assert "markercluster" not in " ".join(referenced_urls(point))
    assert sum("markercluster" in url.lower() for url in referenced_urls(points)) == 3


def test_static_prefix_is_configurable() -> None:
    page = render_point_map(51.5, -0.1, label="x", static_prefix="/civic/static/vendor/")
    urls = referenced_urls(page)
    assert urls
    assert all(url.startswith("/civic/static/vendor/leaflet-") for url in urls)


def test_vendored_files_match_their_pinned_hashes() -> None:
    assert vendor_assets.check() == []


def test_every_asset_and_css_url_exists() -> None:
    for rel in ASSET_FILES:
        assert (VENDOR_DIR / rel).is_file(), rel
    for css in VENDOR_DIR.glob("*/*.css"):
        for ref in re.findall(r"url\(([^)#]+)\)", css.read_text()):
            assert (css.parent / ref.strip("'\"")).is_file(), f"{css.name}: {ref}"


def test_licences_present() -> None:
    index = (VENDOR_DIR / "LICENSES.md").read_text()
    for source in vendor_assets.SOURCES:
        for dest in source.files.values():
            assert dest.split("/")[0] in index
    for folder in (vendor_assets.LEAFLET_DIR, vendor_assets.MARKERCLUSTER_DIR):
        licences = [p for p in (VENDOR_DIR / folder).iterdir() if "LICEN" in p.name.upper()]
        assert licences and all("Copyright" in p.read_text() for p in licences), folder
    assert "BSD 2-Clause" in (VENDOR_DIR / vendor_assets.LEAFLET_DIR / "LICENSE.txt").read_text()


def test_make_offline_keeps_only_leaflet_for_a_plain_map() -> None:
    m = folium.Map(tiles=None)
    make_offline(m)
    assert [name for name, _ in m.default_js] == ["leaflet"]
    assert [name for name, _ in m.default_css] == ["leaflet_css"]
    # Instance attributes only: folium's class defaults are untouched for other users.
    assert len(folium.Map.default_js) > 1


@pytest.mark.parametrize(
    "add",
    [
        lambda m: Fullscreen().add_to(m),  # a plugin we have not vendored
        lambda m: folium.Marker([51.5, -0.1], icon=folium.Icon()).add_to(m),  # awesome-markers
        lambda m: m.keep_in_front(folium.FeatureGroup().add_to(m)),  # jQuery
    ],
    ids=["unvendored plugin", "awesome-markers icon", "keep_in_front"],
)
def test_make_offline_refuses_what_would_need_a_cdn(add: Callable[[folium.Map], object]) -> None:
    m = folium.Map(tiles=None)
    add(m)
    with pytest.raises(OfflineAssetError):
        render_offline(m)


async def test_static_route_serves_vendored_files_with_long_cache() -> None:
    app = web.Application()
    static_routes(app)
    async with TestClient(TestServer(app)) as client:
        resp = await client.get(f"{VENDOR_URL}/{vendor_assets.LEAFLET_DIR}/leaflet.js")
        assert resp.status == 200
        assert resp.headers["Cache-Control"] == VENDOR_CACHE_CONTROL
        assert "javascript" in resp.headers["Content-Type"]
        assert (await resp.read()) == (
            VENDOR_DIR / vendor_assets.LEAFLET_DIR / "leaflet.js"
        ).read_bytes()
        icon = await client.get(f"{VENDOR_URL}/{vendor_assets.LEAFLET_DIR}/images/marker-icon.png")
        assert icon.status == 200
        assert (await client.get(f"{VENDOR_URL}/")).status in (403, 404)  # no directory listing
        assert (await client.get(f"{VENDOR_URL}/../../assets.py")).status in (403, 404)
