"""The platform's web server: need pages now, the maps later, all from one aiohttp app."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Handler

from core.db import Database
from core.errors import NotFound
from core.geography import get_outlines, list_attributions
from core.links import Links, parse_ref
from core.posts import PostPublic, get_public_post
from web_maps import pages
from web_maps.assets import static_routes
from web_maps.maps import render_point_map


@dataclass(frozen=True)
class Tiles:
    """The tile layer is a setting; without one, maps draw local outlines instead."""

    url: str | None = None
    attribution: str | None = None


DB = web.AppKey("db", Database)
LINKS = web.AppKey("links", Links)
TILES = web.AppKey("tiles", Tiles)

HTML = "text/html"


async def home(request: web.Request) -> web.Response:
    return web.Response(text=pages.home_page(), content_type=HTML)


async def topics(request: web.Request) -> web.Response:
    return web.Response(text=pages.topics_page(), content_type=HTML)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def _need(request: web.Request) -> PostPublic:
    """The need a signed reference points to; 404 for anything else."""
    try:
        post_id = parse_ref(request.app[LINKS].key, "need", request.match_info["ref"])
        async with request.app[DB].session() as session:
            return await get_public_post(session, post_id)
    except NotFound as exc:
        raise web.HTTPNotFound(text=pages.error_page(404, str(exc)), content_type=HTML) from exc


async def need_page(request: web.Request) -> web.Response:
    post = await _need(request)
    async with request.app[DB].session() as session:
        credits = await list_attributions(session)
    map_url = f"/needs/{request.match_info['ref']}/map" if post.lat is not None else None
    html = pages.post_page(post, map_url=map_url, credits=credits)
    return web.Response(text=html, content_type=HTML)


async def need_map(request: web.Request) -> web.Response:
    post = await _need(request)
    async with request.app[DB].session() as session:
        outlines = await get_outlines(session, post.borough_code)
        credits = await list_attributions(session)
    if post.lat is None or post.lon is None:
        raise web.HTTPNotFound(text=pages.error_page(404, "No place to map."), content_type=HTML)
    tiles = request.app[TILES]
    html = render_point_map(
        post.lat,
        post.lon,
        label=post.place or post.borough or "",
        tiles_url=tiles.url,
        tiles_attribution=" | ".join(filter(None, [tiles.attribution, *credits])),
        outlines=outlines,
    )
    return web.Response(text=html, content_type=HTML)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def make_app(db: Database, links: Links, tiles: Tiles | None = None) -> web.Application:
    app = web.Application(middlewares=[security_headers])
    app[DB] = db
    app[LINKS] = links
    app[TILES] = tiles or Tiles()
    app.router.add_get("/", home)
    app.router.add_get("/healthz", health)
    app.router.add_get("/topics", topics)
    app.router.add_get("/needs/{ref}", need_page)
    app.router.add_get("/needs/{ref}/map", need_map)
    static_routes(app)
    return app
