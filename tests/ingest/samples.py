"""Sample inputs and helpers shared by the ingestion tests (written to tmp_path there)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchfloor.model import Quarantined, RawDocument

ARTICLE = (
    "Colombian police arrested four members of the Clan del Golfo in Cúcuta on Monday, "
    "officials said, after a raid on a warehouse near the border with Venezuela."
)
ARTICLE_ES = (
    "La policía colombiana detuvo el lunes a cuatro integrantes del Clan del Golfo en Cúcuta, "
    "según informaron las autoridades, tras un allanamiento cerca de la frontera."
)

PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Raid in Cúcuta | Border Monitor</title>
<meta property="og:site_name" content="Border Monitor">
<link rel="canonical" href="https://border.example/2024/09/14/raid">
<meta property="article:published_time" content="2024-09-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Raid in Cúcuta</h1><p>{ARTICLE}</p>
<p>The suspects were taken to Bogot&aacute; for questioning, the prosecutor&#39;s office
said in a statement released on Tuesday afternoon to reporters.</p></article>
<aside>Related: Subscribe to our newsletter for more stories</aside>
<footer>Copyright Border Monitor. All rights reserved.</footer></body></html>"""

RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Border Monitor</title>
<language>en-us</language>
<item><title>Raid</title><link>https://border.example/raid</link><guid>raid-1</guid>
<pubDate>Sat, 14 Sep 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;&lt;p&gt;Second paragraph here.&lt;/p&gt;</description>
</item>
<item><title>Second</title><link>https://border.example/2</link>
<description>{ARTICLE}</description></item></channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Andean Observer</title>
<id>urn:feed</id><updated>2024-10-08T09:00:00Z</updated>
<entry><title>Rights groups</title><id>urn:entry:1</id>
<link href="https://andean.example/rights"/><published>2024-10-08</published>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>"""


def docs(items: Iterable[RawDocument | Quarantined]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def bad(items: Iterable[RawDocument | Quarantined]) -> list[Quarantined]:
    return [i for i in items if isinstance(i, Quarantined)]


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], gzip: bool = True) -> None:
    """Write ``(uri, content_type, body, status)`` response records, with a request record
    before each (to be skipped) and a warcinfo record first."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for uri, ctype, body, status in records:
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "border.example")], is_http_request=True
                ),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            response = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(response)
