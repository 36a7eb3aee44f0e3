"""Map pages: data-driven folium maps that load only our files and never parse user text as HTML.

Each function returns a complete, standalone HTML document, to be served at its own URL (as
`text/html`) and embedded in our server-rendered pages with `<iframe src=... title=...>`. We chose
that over a fragment to inline: folium's page header restyles `html, body` and `#map` globally,
its scripts are inline and define page-wide globals, and the points data can weigh hundreds of
kB. In an iframe the map cannot disturb the host page, the host page keeps a strict
Content-Security-Policy with no inline script, several maps can share a page, and
`loading="lazy"` fetches a map only when it scrolls into view.

Each document carries its own Content-Security-Policy (a `<meta>`): scripts only from our server
plus the hashes of its own inline scripts, images only from our server and the configured tile
host, nothing else. So even an escaping bug could neither run injected script nor tell a third
party who looks at the map.

User text (labels, names, details) reaches the page only as JSON inside our scripts, and our JS
puts it into the DOM with `textContent`. folium's Popup, Tooltip, GeoJsonPopup and GeoJsonTooltip
insert their text as HTML, so `render_page` refuses them.

User text must never pass through folium's templates either: branca compiles each element's
rendered output again as a Jinja template (MacroElement.render wraps it in Element(text)), so a
label such as `{{ 7*7 }}` becomes "49", and `{{ lipsum.__globals__.os... }}` runs Python on the
server. Our elements therefore render a placeholder token, and `render_page` swaps in the JSON
after folium has finished (which also spares Jinja from lexing the 10,000-point payload).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import secrets
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import folium
from branca.element import Element, Figure, MacroElement
from folium.plugins import FastMarkerCluster
from folium.template import Template
from folium.utilities import JsCode

from web_maps.assets import (
    VENDOR_URL,
    OfflineAssetError,
    iter_elements,
    make_offline,
    remote_references,
)
from web_maps.vendor_assets import LEAFLET_DIR

LONDON_CENTRE = (51.5074, -0.1278)
# Ward-centroid precision: a circle of a few hundred metres, never a pin on an address.
POINT_RADIUS_M = 400
# Where a map of many points stops zooming when it fits them (streets stay unreadable).
FIT_MAX_ZOOM = 15
# The map's own zoom limit: without a tile layer to set one, Leaflet.markercluster refuses to start
# ("Map has no maxZoom specified").
MAX_ZOOM = 18
# Basemap colours when no tile layer is configured.
_LAND = "#f4f2ee"
_CIRCLE = "#c2185b"


class UnsafeElementError(ValueError):
    """A folium element that would insert text into the page as HTML."""


_JINJA_OPENER = re.compile(r"\{(?=[{%#])")


def _js(value: object) -> str:
    """value as a compact JavaScript literal that can neither close a <script> nor open Jinja.

    JSON's own braces are never followed by "{", "%" or "#", so the openers this escapes can
    only be inside strings, where "\\u007b" reads as "{".
    """
    text = (
        json.dumps(value, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )
    return _JINJA_OPENER.sub(r"\\u007b", text)


class PayloadMixin:
    """An element whose data reaches the page after folium's rendering, never through Jinja."""

    def payload(self, value: object) -> str:
        """A token to put in the template where value's JS literal belongs."""
        token = f"__civic_payload_{secrets.token_hex(16)}__"
        payloads: dict[str, str] = self.__dict__.setdefault("civic_payloads", {})
        payloads[token] = _js(value)
        return token


def fill_payloads(document: str, root: Element) -> str:
    """document with every payload token of root's elements replaced by its JS literal."""
    for element in iter_elements(root):
        for token, literal in getattr(element, "civic_payloads", {}).items():
            if document.count(token) != 1:
                raise RuntimeError(f"{type(element).__name__}: payload token not rendered once")
            document = document.replace(token, literal)
    return document


class TextTooltip(PayloadMixin, MacroElement):
    """A tooltip on its parent layer whose text is set with textContent, never as HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var text = document.createElement("span");
                text.textContent = {{ this.text_token }};
                {{ this._parent.get_name() }}.bindTooltip(text, {{ this.options|tojson }});
            })();
        {% endmacro %}
        """
    )

    def __init__(self, text: str, **options: Any) -> None:
        super().__init__()
        self._name = "TextTooltip"
        self.text_token = self.payload(str(text))
        self.options = options  # Leaflet tooltip options, camelCase; ours, not user text


class GeoJsonData(PayloadMixin, MacroElement):
    """Adds GeoJSON data to its parent GeoJson layer without passing it through Jinja."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.addData({{ this.data_token }});
        {% endmacro %}
        """
    )

    def __init__(self, data: object) -> None:
        super().__init__()
        self._name = "GeoJsonData"
        self.data_token = self.payload(data)


# Names of wards and boroughs go into tooltips as text.
_OUTLINE_ON_EACH_FEATURE = """
function (feature, layer) {
    var name = feature.properties && feature.properties.name;
    if (!name) { return; }
    var text = document.createElement("span");
    text.textContent = String(name);
    layer.bindTooltip(text, {sticky: true, direction: "top", opacity: 0.9});
}"""

_OUTLINE_STYLE = """
function (feature) {
    var borough = feature.properties && feature.properties.kind === "borough";
    return {
        color: borough ? "#7a7a7a" : "#a8a8a8",
        weight: borough ? 1.6 : 0.7,
        fill: %(fill)s,
        fillColor: "#ffffff",
        fillOpacity: borough ? 0 : 0.55,
    };
}"""


def outline_layer(outlines: Mapping[str, Any], *, filled: bool = True) -> folium.GeoJson:
    """Borough and ward outlines as a light basemap layer; names show in text-only tooltips.

    outlines is a GeoJSON FeatureCollection whose features have properties `name` (shown on
    hover) and optionally `kind` ("borough" draws a heavier line). Only those two properties and
    the geometry are embedded, and the caller's dict is not modified.
    """
    if outlines.get("type") != "FeatureCollection":
        raise ValueError("outlines must be a GeoJSON FeatureCollection")
    features = []
    for feature in outlines.get("features") or ():
        geometry = feature.get("geometry")
        if not geometry:
            continue
        props = feature.get("properties") or {}
        features.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": {
                    "name": str(props.get("name") or ""),
                    "kind": str(props.get("kind") or ""),
                },
            }
        )
    # The data goes in through GeoJsonData (not folium's template, see the module docstring).
    # Style is a Leaflet option rather than folium's style_function, which would write a style
    # into every feature; folium's trailing setStyle(feature.properties.style) then sets nothing.
    layer = folium.GeoJson(
        {"type": "FeatureCollection", "features": []},
        name="outlines",
        control=False,
        on_each_feature=JsCode(_OUTLINE_ON_EACH_FEATURE),
        style=JsCode(_OUTLINE_STYLE % {"fill": "true" if filled else "false"}),
    )
    layer.add_child(GeoJsonData({"type": "FeatureCollection", "features": features}))
    return layer


def _base_map(
    location: Sequence[float],
    zoom: int,
    *,
    tiles_url: str | None,
    tiles_attribution: str | None,
    outlines: Mapping[str, Any] | None,
) -> folium.Map:
    m = folium.Map(
        location=location, zoom_start=zoom, tiles=None, control_scale=True, maxZoom=MAX_ZOOM
    )
    if tiles_url:
        if not tiles_attribution:
            raise ValueError("a tile layer needs its attribution (tiles_attribution)")
        folium.TileLayer(
            tiles=tiles_url, attr=tiles_attribution, control=False, max_zoom=MAX_ZOOM
        ).add_to(m)
    else:
        figure = m.get_root()
        assert isinstance(figure, Figure)
        style = f"<style>#{m.get_name()} {{ background: {_LAND}; }}</style>"
        figure.header.add_child(Element(style), name="basemap_background")
    if outlines is not None:
        outline_layer(outlines, filled=not tiles_url).add_to(m)
    return m


def _check_location(lat: float, lon: float) -> tuple[float, float]:
    lat, lon = float(lat), float(lon)
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"not a location: {lat}, {lon}")
    return lat, lon


def render_point_map(
    lat: float,
    lon: float,
    *,
    label: str,
    zoom: int = 14,
    tiles_url: str | None = None,
    tiles_attribution: str | None = None,
    outlines: Mapping[str, Any] | None = None,
    radius_m: float = POINT_RADIUS_M,
    static_prefix: str = VENDOR_URL,
) -> str:
    """A page centred on one approximate place: a circle of radius_m with a text label."""
    lat, lon = _check_location(lat, lon)
    if not radius_m > 0:
        raise ValueError("radius_m must be positive")
    m = _base_map(
        (lat, lon),
        zoom,
        tiles_url=tiles_url,
        tiles_attribution=tiles_attribution,
        outlines=outlines,
    )
    circle = folium.Circle(
        location=(lat, lon),
        radius=radius_m,
        color=_CIRCLE,
        weight=2,
        fill=True,
        fill_color=_CIRCLE,
        fill_opacity=0.2,
    )
    circle.add_child(TextTooltip(label, permanent=True, direction="top"))
    circle.add_to(m)
    return render_page(m, tiles_url=tiles_url, static_prefix=static_prefix)


# Called by FastMarkerCluster for each row [lat, lon, label, detail?, url?], where detail is a
# 1-based index into `details` (details repeat: "Food bank · Hackney"), 0 for none. The popup is
# built from DOM nodes when first opened, so 10,000 markers cost no DOM up front.
_POINT_CALLBACK = """
function (row) {
    var label = String(row[2]);
    var marker = L.marker(new L.LatLng(row[0], row[1]), {title: label, alt: label});
    marker.bindPopup(function () {
        var box = document.createElement("div");
        var title = document.createElement("strong");
        title.textContent = label;
        box.appendChild(title);
        if (row[3]) {
            var detail = document.createElement("div");
            detail.textContent = String(details[row[3] - 1]);
            box.appendChild(detail);
        }
        if (row[4]) {
            var link = document.createElement("a");
            link.href = String(row[4]);
            link.target = "_top";
            link.textContent = %(link_text)s;
            var line = document.createElement("div");
            line.appendChild(link);
            box.appendChild(line);
        }
        return box;
    });
    return marker;
}"""


class TextMarkerCluster(PayloadMixin, FastMarkerCluster):
    """FastMarkerCluster whose rows reach the page as a payload, never through Jinja."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                L.Icon.Default.prototype.options.imagePath = {{ this.image_path|tojson }};
                var details = {{ this.details_token }};
                {{ this.callback }}
                var data = {{ this.data_token }};
                var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
                for (var i = 0; i < data.length; i++) {
                    cluster.addLayer(callback(data[i]));
                }
                return cluster;
            })();
        {% endmacro %}
        """
    )

    def __init__(
        self,
        rows: list[list[Any]],
        details: list[str],
        *,
        callback: str,
        image_path: str,
        **kwargs: Any,
    ) -> None:
        # Rows are validated by _point_rows; folium's per-row validation is skipped.
        super().__init__([], callback=callback, **kwargs)
        # Leaflet finds its marker images from leaflet.css's URL; saying where is sturdier.
        self.image_path = image_path
        self.data_token = self.payload(rows)
        self.details_token = self.payload(details)


# A path on our own site: "/..." but not "//host" or "/\\host" (which browsers read as a host).
_SITE_PATH = re.compile(r"/(?![/\\])[^\s\\]*")


def _point_rows(
    points: Sequence[Mapping[str, Any]],
) -> tuple[list[list[Any]], list[str], list[list[float]] | None]:
    rows: list[list[Any]] = []
    details: dict[str, int] = {}
    south = west = math.inf
    north = east = -math.inf
    for i, point in enumerate(points):
        try:
            lat, lon = _check_location(point["lat"], point["lon"])
            label = str(point["label"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"points[{i}] needs a valid lat, lon and label: {exc}") from exc
        url = point.get("url") or ""
        if url and not (isinstance(url, str) and _SITE_PATH.fullmatch(url)):
            raise ValueError(f"points[{i}].url must be a path on this site, like /groups/12")
        # 5 decimals is about a metre: more precision than the data has, less text per row.
        row: list[Any] = [round(lat, 5), round(lon, 5), label]
        detail = str(point.get("detail") or "")
        if url:
            row += [details.setdefault(detail, len(details) + 1) if detail else 0, url]
        elif detail:
            row.append(details.setdefault(detail, len(details) + 1))
        rows.append(row)
        south, north = min(south, lat), max(north, lat)
        west, east = min(west, lon), max(east, lon)
    bounds = [[south, west], [north, east]] if rows else None
    return rows, list(details), bounds


def render_points_map(
    points: Sequence[Mapping[str, Any]],
    *,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    tiles_url: str | None = None,
    tiles_attribution: str | None = None,
    outlines: Mapping[str, Any] | None = None,
    link_text: str = "More",
    static_prefix: str = VENDOR_URL,
) -> str:
    """A page of many points, clustered in the browser (FastMarkerCluster).

    Each point is a mapping with `lat`, `lon`, `label` and optionally `detail` (a second line of
    text) and `url` (a path on this site, opened from the popup). Points should already be at
    the precision the page may show (ward centroids for individuals and sensitive groups). Without
    center/zoom the map fits the points (London when there are none).
    """
    rows, details, bounds = _point_rows(points)
    location = _check_location(*center) if center else LONDON_CENTRE
    m = _base_map(
        location,
        zoom if zoom is not None else 10,
        tiles_url=tiles_url,
        tiles_attribution=tiles_attribution,
        outlines=outlines,
    )
    TextMarkerCluster(
        rows,
        details,
        callback=_POINT_CALLBACK % {"link_text": _js(str(link_text))},
        image_path=f"{static_prefix.rstrip('/')}/{LEAFLET_DIR}/images/",
        name="points",
        control=False,
        chunked_loading=True,
    ).add_to(m)
    if bounds and center is None and zoom is None:
        m.fit_bounds(bounds, max_zoom=FIT_MAX_ZOOM)
    return render_page(m, tiles_url=tiles_url, static_prefix=static_prefix)


_HTML_TEXT_ELEMENTS = (folium.Popup, folium.Tooltip, folium.GeoJsonPopup, folium.GeoJsonTooltip)


def render_page(
    m: folium.Map, *, tiles_url: str | None = None, static_prefix: str = VENDOR_URL
) -> str:
    """m as a standalone document: local assets only, no HTML-text elements, with its own CSP."""
    for element in iter_elements(m.get_root()):
        if isinstance(element, _HTML_TEXT_ELEMENTS):
            raise UnsafeElementError(
                f"{type(element).__name__} renders its text as HTML; "
                "use TextTooltip or a callback that sets textContent"
            )
    root = m.get_root()
    make_offline(m, static_prefix)
    document = fill_payloads(root.render(), root)
    remote = remote_references(document, static_prefix)
    if remote:  # an element that adds links outside default_js/default_css
        raise OfflineAssetError(f"page would load {remote}")
    return add_content_security_policy(document, tiles_url=tiles_url)


# Inline scripts (folium's and ours): their bodies are JSON-escaped, so none holds "</script>".
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.S | re.I)


def _tile_source(tiles_url: str | None) -> str:
    """The CSP source for the tile host ("" for none or for tiles on our own server)."""
    if not tiles_url:
        return ""
    parts = urlsplit(tiles_url)
    if not parts.scheme:  # a path on our own server: covered by 'self'
        return ""
    host = parts.netloc.replace("{s}", "*")
    if "{" in host or "}" in host or "*" in host[1:]:
        return f"{parts.scheme}:"
    return f"{parts.scheme}://{host}"


def content_security_policy(document: str, *, tiles_url: str | None = None) -> str:
    """A CSP for document: our own files, its own inline scripts (by hash), and the tile host."""
    hashes = " ".join(
        "'sha256-{}'".format(
            base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        )
        for body in _INLINE_SCRIPT.findall(document)
    )
    img = " ".join(filter(None, ("'self'", _tile_source(tiles_url))))
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        f"img-src {img}; base-uri 'none'; form-action 'none'"
    )


def add_content_security_policy(document: str, *, tiles_url: str | None = None) -> str:
    """document with its CSP as the first element of <head> (a meta CSP covers what follows it)."""
    policy = content_security_policy(document, tiles_url=tiles_url)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'
    head, sep, rest = document.partition("<head>")
    if not sep:
        raise ValueError("document has no <head>")
    return f"{head}<head>\n    {meta}{rest}"
