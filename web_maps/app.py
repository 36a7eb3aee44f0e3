"""The platform's web server: need pages now, the maps later, all from one aiohttp app."""

from __future__ import annotations

from aiohttp import web
from aiohttp.typedefs import Handler

from core.db import Database
from core.errors import NotFound
from core.links import Links, parse_ref
from core.posts import get_public_post
from web_maps import pages

DB = web.AppKey("db", Database)
LINKS = web.AppKey("links", Links)

HTML = "text/html"


async def home(request: web.Request) -> web.Response:
    return web.Response(text=pages.home_page(), content_type=HTML)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def need_page(request: web.Request) -> web.Response:
    links = request.app[LINKS]
    try:
        post_id = parse_ref(links.key, "need", request.match_info["ref"])
        async with request.app[DB].session() as session:
            post = await get_public_post(session, post_id)
    except NotFound as exc:
        return web.Response(status=404, text=pages.error_page(404, str(exc)), content_type=HTML)
    return web.Response(text=pages.post_page(post), content_type=HTML)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def make_app(db: Database, links: Links) -> web.Application:
    app = web.Application(middlewares=[security_headers])
    app[DB] = db
    app[LINKS] = links
    app.router.add_get("/", home)
    app.router.add_get("/healthz", health)
    app.router.add_get("/needs/{ref}", need_page)
    return app
