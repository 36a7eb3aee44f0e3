"""Local static assets for map pages: folium elements load Leaflet from our server, never a CDN.

folium's elements declare their JavaScript and CSS as CDN URLs in `default_js`/`default_css`
(folium.Map alone pulls Leaflet, jQuery, Bootstrap, awesome-markers, Font Awesome and
glyphicons). `make_offline` walks a map's element tree and replaces those lists with our vendored
copies, keeping only what the element really needs, and refuses any element we have no local
copy for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import folium
from aiohttp import web
from branca.element import Element
from folium.elements import JSCSSMixin
from folium.plugins import FastMarkerCluster, MarkerCluster

from web_maps.vendor_assets import LEAFLET_DIR, MARKERCLUSTER_DIR, VENDOR_DIR

STATIC_DIR = VENDOR_DIR.parent
STATIC_URL = "/static"
VENDOR_URL = f"{STATIC_URL}/vendor"

# Vendored directories carry their version, so a change of file is a change of URL.
VENDOR_CACHE_CONTROL = "public, max-age=31536000, immutable"
STATIC_CACHE_CONTROL = "public, max-age=3600"


class OfflineAssetError(RuntimeError):
    """A map element would load code from outside our server (or needs a library we don't ship)."""


@dataclass(frozen=True)
class Bundle:
    """The files one library needs: (folium link name, path under the vendor directory)."""

    js: tuple[tuple[str, str], ...] = ()
    css: tuple[tuple[str, str], ...] = ()

    def links(self, prefix: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        js = [(name, f"{prefix}/{path}") for name, path in self.js]
        css = [(name, f"{prefix}/{path}") for name, path in self.css]
        return js, css


# Link names are folium's own, so a link declared twice is rendered once.
LEAFLET = Bundle(
    js=(("leaflet", f"{LEAFLET_DIR}/leaflet.js"),),
    css=(("leaflet_css", f"{LEAFLET_DIR}/leaflet.css"),),
)
MARKERCLUSTER = Bundle(
    js=(("markerclusterjs", f"{MARKERCLUSTER_DIR}/leaflet.markercluster.js"),),
    css=(
        ("markerclustercss", f"{MARKERCLUSTER_DIR}/MarkerCluster.css"),
        ("markerclusterdefaultcss", f"{MARKERCLUSTER_DIR}/MarkerCluster.Default.css"),
    ),
)

# Element class -> what it loads instead of its CDN defaults. Map drops jQuery, Bootstrap,
# awesome-markers and the icon fonts: they serve folium.Icon, keep_in_front and non-embedded
# GeoJson only, which `make_offline` refuses. MarkerCluster covers FastMarkerCluster.
BUNDLES: tuple[tuple[type[JSCSSMixin], Bundle], ...] = (
    (folium.Map, LEAFLET),
    (MarkerCluster, MARKERCLUSTER),
)

# Files a page may reference, directly or through CSS url(...): tests check they exist on disk.
ASSET_FILES: tuple[str, ...] = (
    *(path for _, bundle in BUNDLES for _, path in (*bundle.js, *bundle.css)),
    f"{LEAFLET_DIR}/images/layers.png",
    f"{LEAFLET_DIR}/images/layers-2x.png",
    f"{LEAFLET_DIR}/images/marker-icon.png",
    f"{LEAFLET_DIR}/images/marker-icon-2x.png",
    f"{LEAFLET_DIR}/images/marker-shadow.png",
)


def iter_elements(root: Element) -> Iterator[Element]:
    """Every element under root (root included), depth first."""
    yield root
    for child in list(root._children.values()):
        yield from iter_elements(child)


def _bundle_for(element: JSCSSMixin) -> Bundle | None:
    for cls, bundle in BUNDLES:
        if isinstance(element, cls):
            return bundle
    return None


def _refuse_needs_of_dropped_libraries(element: Element) -> None:
    if isinstance(element, folium.Icon):
        raise OfflineAssetError("folium.Icon needs Leaflet.awesome-markers, which we don't ship")
    if isinstance(element, folium.Map) and element.objects_to_stay_in_front:
        raise OfflineAssetError("Map.keep_in_front needs jQuery, which we don't ship")
    if isinstance(element, folium.GeoJson) and not element.embed:
        raise OfflineAssetError("GeoJson(embed=False) loads its data with jQuery; embed it")
    if isinstance(element, FastMarkerCluster) and "AwesomeMarkers" in element.callback:
        raise OfflineAssetError("FastMarkerCluster's default callback uses awesome-markers")


def make_offline(m: folium.Map, static_prefix: str = VENDOR_URL) -> folium.Map:
    """Point every element of m's page at our vendored files; raise for anything we can't serve.

    Call it after the last element is added (just before rendering): it sets instance attributes,
    so elements added later would still carry folium's CDN defaults. `render_offline` does both.
    """
    prefix = static_prefix.rstrip("/")
    for element in iter_elements(m.get_root()):
        _refuse_needs_of_dropped_libraries(element)
        if not isinstance(element, JSCSSMixin):
            continue
        bundle = _bundle_for(element)
        if bundle is None:
            if element.default_js or element.default_css:
                urls = [url for _, url in (*element.default_js, *element.default_css)]
                raise OfflineAssetError(
                    f"{type(element).__name__} loads {urls} and we have no local copy: "
                    "vendor it in web_maps/vendor_assets.py and map it in web_maps/assets.py"
                )
            continue
        element.default_js, element.default_css = bundle.links(prefix)
    return m


_SCRIPT_SRC = re.compile(r"<script\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]*)", re.I)
_LINK_HREF = re.compile(r"<link\b[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]*)", re.I)


def referenced_urls(html: str) -> list[str]:
    """The URLs of every <script src> and <link href> in html."""
    return _SCRIPT_SRC.findall(html) + _LINK_HREF.findall(html)


def remote_references(html: str, static_prefix: str = VENDOR_URL) -> list[str]:
    """The <script src>/<link href> URLs in html that are not under static_prefix."""
    prefix = static_prefix.rstrip("/") + "/"
    return [url for url in referenced_urls(html) if not url.startswith(prefix)]


def render_offline(m: folium.Map, static_prefix: str = VENDOR_URL) -> str:
    """The map as a standalone HTML document that loads scripts and styles from our server only."""
    make_offline(m, static_prefix)
    html = m.get_root().render()
    remote = remote_references(html, static_prefix)
    if remote:  # an element that adds links outside default_js/default_css
        raise OfflineAssetError(f"page would load {remote}")
    return html


async def _cache_headers(request: web.Request, response: web.StreamResponse) -> None:
    if response.status not in (200, 304):
        return
    if request.path.startswith(VENDOR_URL + "/"):
        response.headers["Cache-Control"] = VENDOR_CACHE_CONTROL
    elif request.path.startswith(STATIC_URL + "/"):
        response.headers.setdefault("Cache-Control", STATIC_CACHE_CONTROL)
    else:
        return
    response.headers["X-Content-Type-Options"] = "nosniff"


def static_routes(app: web.Application) -> None:
    """Serve web_maps/static under /static/, with long cache lifetimes for the vendored files."""
    app.router.add_static(f"{STATIC_URL}/", STATIC_DIR, name="static")
    app.on_response_prepare.append(_cache_headers)
