"""Server-rendered HTML pages: readable without JavaScript, every user string escaped."""

from __future__ import annotations

from html import escape

from core.posts import PostPublic
from nlp.taxonomy import KINDS, TOPICS

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2733;
background:#f6f7f9;line-height:1.5}
main{max-width:46rem;margin:0 auto;padding:1.25rem}
header{background:#17324d;color:#fff;padding:.75rem 1.25rem}
header a{color:#fff;text-decoration:none;font-weight:600}
.card{background:#fff;border-radius:.5rem;padding:1.25rem;box-shadow:0 1px 3px #0002}
.kind{display:inline-block;text-transform:uppercase;font-size:.75rem;letter-spacing:.05em;
background:#e0ecf8;color:#17324d;border-radius:1rem;padding:.1rem .6rem}
.example{background:#fdf0d5;color:#7a4b00;margin-left:.4rem}
.topics li{display:inline-block;background:#eef3e6;border-radius:1rem;padding:.1rem .6rem;
margin:.15rem}
.topics{padding:0;list-style:none}
iframe.map{width:100%;height:320px;border:0;border-radius:.5rem}
blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #c9d6e3;white-space:pre-wrap}
section.card{margin-top:1rem}
.credit{font-size:.7rem;color:#6b7785}
footer{font-size:.8rem;color:#5b6876;margin-top:1.5rem}
"""

KIND_TITLES = {"need": "Need", "offer": "Offer"}


def layout(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        "<meta name='referrer' content='no-referrer'>"
        f"<title>{escape(title)} · Metropolitan Civic Platform</title>"
        f"<style>{STYLE}</style></head><body>"
        "<header><a href='/'>Metropolitan Civic Platform</a></header>"
        f"<main>{body}</main></body></html>"
    )


def post_page(
    post: PostPublic, *, map_url: str | None = None, credits: list[str] | None = None
) -> str:
    title = KIND_TITLES.get(post.kind, post.kind.title())
    topics = "".join(f"<li>{escape(t)}</li>" for t in post.topics) or "<li>Not tagged yet</li>"
    if post.borough:
        where = escape(post.place or post.borough)
        if post.ward and post.ward != post.place:
            where += f", {escape(post.ward)} ward"
        if post.place != post.borough:
            where += f", {escape(post.borough)}"
    else:
        where = "Anywhere in London"
    status = "" if post.status == "open" else f" <strong>({escape(post.status)})</strong>"
    if post.is_demo:
        status += " <span class='kind example'>Example</span>"
    body = (
        "<article class='card'>"
        f"<span class='kind'>{escape(title)}</span>{status}"
        f"<blockquote>{escape(post.excerpt)}</blockquote>"
        f"<h2>Topics</h2><ul class='topics'>{topics}</ul>"
        f"<h2>Where</h2><p class='place'>{where}</p>"
        + (
            f"<iframe class='map' src='{escape(map_url)}' loading='lazy' "
            f"title='Map around {where}'></iframe>"
            if map_url
            else ""
        )
        + f"<footer>Posted {post.created_at:%d %B %Y}. Places are shown at ward level to protect "
        "people's privacy. To help, reply to the alert in Telegram.</footer>"
        + "".join(f"<p class='credit'>{escape(c)}</p>" for c in credits or [])
        + "</article>"
    )
    return layout(f"{title}: {post.excerpt[:60]}", body)


def topics_page() -> str:
    """The taxonomy users choose from: each topic with its definition, subtopics and examples."""
    sections = []
    for topic in TOPICS.values():
        subs = "".join(f"<li>{escape(label)}</li>" for label in topic.subtopics.values())
        examples = "".join(f"<li>“{escape(e)}”</li>" for e in topic.examples)
        sections.append(
            f"<section class='card' id='{escape(topic.id)}'><h2>{escape(topic.label)}</h2>"
            f"<p>{escape(topic.definition)}</p><ul class='topics'>{subs}</ul>"
            f"<p>For example:</p><ul>{examples}</ul></section>"
        )
    kinds = "".join(f"<li><b>{escape(k)}</b>: {escape(v)}</li>" for k, v in KINDS.items())
    body = (
        "<div class='card'><h1>Topics</h1><p>Every message is tagged with the topics below, "
        "so that needs reach the people who can help. You can correct the tags the bot "
        f"suggests.</p><h2>Kinds of message</h2><ul>{kinds}</ul></div>" + "".join(sections)
    )
    return layout("Topics", body)


def home_page() -> str:
    body = (
        "<div class='card'><h1>Metropolitan Civic Platform</h1>"
        "<p>London's community groups post needs in plain words through our Telegram bot; "
        "universities, practitioners, voluntary organisations and funders get matched and "
        "alerted.</p><p><a href='/topics'>What the topics mean</a></p></div>"
    )
    return layout("Home", body)


def error_page(status: int, message: str) -> str:
    return layout(
        str(status), f"<div class='card'><h1>{status}</h1><p>{escape(message)}</p></div>"
    )
