#!/usr/bin/env python3
"""argkb's HTML reading against its peers: trafilatura and readability-lxml on the same pages.

    make bench-html                      # 200 pages (HTML_BENCH_PAGES to change), every extractor
    python3 bench/html_bench.py --argkb-only --pages 300   # argkb alone: pages per second

The pages are made here from the bench corpus (bench/generate_corpus.py): each generated
article's title, date and paragraphs are set in one of six page templates with the furniture
real sites carry: a menu, a cookie banner, a byline, share buttons, a figure and its caption,
related links (inside the article and beside it), an advert slot, a newsletter box, readers'
comments (in one template a thread as long as the article), a footer and JSON-LD. Two templates
name their blocks as WordPress and news sites do, one is an old table-and-<br> blog; three use
meaningless generated class names (CSS modules), so that only the structure and the text tell
the article (one of them splits it into sections of <div> paragraphs around an advert).
The furniture's text is written here, never drawn from the corpus, so that it cannot be found in
an article by chance.

For each extractor, on the same pages:
- article sentences kept: the share of the articles' body sentences (4 words or more) found in
  its text (case and white space aside);
- furniture let through: the share of the furniture's texts (3 words or more) found in it;
- time per page: for argkb, the CPU of its `read` stage (reading, hashing, parsing and extracting
  each page: the work the peers do; `ingest --timings`, summed over its threads), and the wall time
  of the whole run (process start, `init`, `ingest` with every extraction stage after reading and
  the SQLite writes); for the peers, their extraction call alone, in this Python process, the
  file already read. All divided by the number of pages.

Targets (issue 18): argkb keeps >= 98% of article sentences, lets <= 2% of furniture through, is
at least as good as the better peer on both, and faster per page.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
ARGKB = os.environ.get("ARGKB_BIN", os.path.join(ROOT, ".build", "release", "argkb"))

SITES = ["The Evening Ledger", "Northern Dispatch", "Harbour Review", "Meridian Post"]
MENU = ["Home", "World", "Politics", "Business", "Opinion", "Science", "Culture", "Sport", "Podcasts"]
SUBJECTS = ["the city budget", "the new rail line", "school meal prices", "the harbour expansion",
            "the winter storms", "local elections", "the library closures", "the bus fare rise"]
NAMES = ["Mira Holt", "Jonas Pike", "Ada Brennan", "Tomas Vell", "Lena Farr", "Oskar Wynn"]
COMMENTS = [
    "Great piece, I had no idea about {s} until now.",
    "I disagree with the author here, the real problem is {s} and nobody wants to say it.",
    "My neighbours have been complaining about {s} for months without any answer from the council.",
    "Thanks for writing this, it finally explains {s} in plain words.",
    "Does anyone know where I can read the full report on {s} mentioned above?",
]
HEADLINES = [
    "Ten things to know about {s} before the vote",
    "Why {s} matters more than you think",
    "Readers share their stories about {s}",
    "What the latest figures say about {s}",
    "A short guide to {s} for newcomers",
]
COOKIE = [
    "We use cookies to give you the best experience on our website.",
    "By clicking accept you agree to the storing of cookies on your device for analytics and personalised adverts.",
]
NEWSLETTER = "Sign up for our morning briefing and get the top stories delivered to your inbox every weekday."
FOOTER = ["All rights reserved by the publisher and its licensors.", "Contact the newsroom with tips and corrections.",
          "Read our privacy policy and terms of service."]


def sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])", paragraph) if len(s.split()) >= 4]


def furniture(rng, site):
    """The furniture of one page: texts by kind (each a list of strings)."""
    subjects = rng.sample(SUBJECTS, 5)
    names = rng.sample(NAMES, 3)
    return {
        "menu": rng.sample(MENU, 7),
        "cookie": COOKIE,
        "related": [rng.choice(HEADLINES).format(s=s) for s in subjects[:3]],
        "popular": [rng.choice(HEADLINES).format(s=s) for s in subjects[3:]],
        "comments": [(n, rng.choice(COMMENTS).format(s=rng.choice(SUBJECTS))) for n in names],
        "newsletter": [NEWSLETTER],
        "share": ["Share on Facebook", "Share on X", "Share by email"],
        "caption": ["Photograph by %s for %s, taken at the harbour office last spring." % (rng.choice(NAMES), site)],
        "footer": ["© %d %s. " % (rng.randint(2019, 2025), site) + FOOTER[0]] + FOOTER[1:],
    }


def link_words(paragraph, rng):
    """The paragraph with one or two runs of words made links, as articles do."""
    words = escape(paragraph).split(" ")
    for _ in range(rng.randint(0, 2)):
        if len(words) < 12:
            break
        start = rng.randrange(2, len(words) - 4)
        end = start + rng.randint(1, 3)
        words[start] = '<a href="/topics/%d">%s' % (rng.randint(1, 999), words[start])
        words[end - 1] = words[end - 1] + "</a>"
    return " ".join(words)


def json_ld(title, date, author, site):
    return json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": date, "author": {"@type": "Person", "name": author},
                       "publisher": {"@type": "Organization", "name": site}})


def template_wordpress(a, f, rng):
    body = "\n".join("<p>%s</p>" % link_words(p, rng) for p in a["paragraphs"])
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t} &#8211; {site}</title>
<meta property="og:title" content="{t}"><meta property="og:site_name" content="{site}">
<script type="application/ld+json">{ld}</script><style>.site{{margin:0}}</style></head>
<body class="post-template-default single">
<div id="cookie-law-info-bar"><span>{c0} {c1}</span><a role="button" class="cli_action_button">Accept</a></div>
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{site}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{n}" class="post-{n} post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{t}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{iso}">{date}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x">{author}</a></span></span></div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>{share}</ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>{related}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/local">Local news</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{ncom} thoughts on &ldquo;{t}&rdquo;</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{popular}</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>{newsletter}</p><form><input type="email"><button>Subscribe</button></form></div></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">{footer}</div></footer></div>
</body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), ld=json_ld(a["title"], a["iso"], a["author"], a["site"]),
        c0=f["cookie"][0], c1=f["cookie"][1], n=a["n"], iso=a["iso"], date=a["date"], author=a["author"],
        menu="".join('<li><a href="/%s">%s</a></li>' % (m.lower(), m) for m in f["menu"]),
        caption=f["caption"][0], body=body,
        share="".join('<li><a href="#share">%s</a></li>' % s for s in f["share"]),
        related="".join('<div class="jp-relatedposts-post"><h4><a href="/r/%d">%s</a></h4></div>' % (i, h)
                        for i, h in enumerate(f["related"])),
        ncom=len(f["comments"]),
        comments="".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> says:</footer>'
                         '<div class="comment-content"><p>%s</p></div><div class="reply"><a href="#reply">Reply</a></div></article></li>'
                         % (n, c) for n, c in f["comments"]),
        popular="".join('<li><a href="/p/%d">%s</a></li>' % (i, h) for i, h in enumerate(f["popular"])),
        newsletter=NEWSLETTER, footer=" ".join("<p>%s</p>" % x for x in f["footer"]))


def template_news(a, f, rng):
    paragraphs = ["<p>%s</p>" % link_words(p, rng) for p in a["paragraphs"]]
    middle = len(paragraphs) // 2
    related = '<aside class="related-links"><h3>Related</h3><ul>%s</ul></aside>' % "".join(
        '<li><a href="/r/%d">%s</a></li>' % (i, h) for i, h in enumerate(f["related"]))
    body = "\n".join(paragraphs[:middle] + [related] + paragraphs[middle:])
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} | {site}</title>
<meta property="og:title" content="{t}"><meta property="article:published_time" content="{iso}">
<meta name="author" content="{author}"><link rel="canonical" href="https://news.example/story/{n}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<script type="application/ld+json">{ld}</script></head><body>
<div class="consent-banner" role="dialog"><p>{c0}</p><p>{c1}</p><button>Accept all</button><button>Manage choices</button></div>
<header class="top"><a class="logo" href="/">{site}</a><nav aria-label="Sections"><ul>{menu}</ul></nav></header>
<main id="main-content"><article class="story">
<h1 class="story-headline">{t}</h1>
<div class="story-byline">By {author} <time datetime="{iso}">{date}</time></div>
<figure class="story-image"><img src="/x.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<div class="story-body">{body}</div>
<div class="social-share"><a href="#fb">{s0}</a> <a href="#x">{s1}</a> <a href="#mail">{s2}</a></div>
</article>
<section class="newsletter-signup"><h2>Morning briefing</h2><p>{newsletter}</p><form><input type="email"><button>Sign up</button></form></section>
<section class="comments"><h2>Comments</h2>{comments}</section>
<aside class="most-popular"><h2>Most popular</h2><ol>{popular}</ol></aside></main>
<footer class="page-footer"><ul><li>{footer0}</li><li>{footer1}</li><li>{footer2}</li></ul></footer>
</body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), iso=a["iso"], author=a["author"], n=a["n"],
        ld=json_ld(a["title"], a["iso"], a["author"], a["site"]), c0=f["cookie"][0], c1=f["cookie"][1],
        menu="".join('<li><a href="/%s">%s</a></li>' % (m.lower(), m) for m in f["menu"]), date=a["date"],
        caption=f["caption"][0], body=body, s0=f["share"][0], s1=f["share"][1], s2=f["share"][2],
        newsletter=NEWSLETTER,
        comments="".join('<div class="comment"><span class="comment-author">%s</span><p>%s</p><a href="#r">Reply</a></div>' % (n, c)
                         for n, c in f["comments"]),
        popular="".join('<li><a href="/p/%d">%s</a></li>' % (i, h) for i, h in enumerate(f["popular"])),
        footer0=f["footer"][0], footer1=f["footer"][1], footer2=f["footer"][2])


def hashed(rng):
    return "c" + "".join(rng.choice("abcdef0123456789") for _ in range(6))


def template_modules(a, f, rng):
    """Generated class names only: the structure and the text must tell the article."""
    k = [hashed(rng) for _ in range(16)]
    body = "\n".join("<p class=\"%s\">%s</p>" % (k[0], link_words(p, rng)) for p in a["paragraphs"])
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} - {site}</title>
<meta property="og:title" content="{t}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{iso}"></head><body><div id="root">
<div class="{k1}"><div class="{k2}"><p>{c0} {c1}</p><button class="{k3}">OK</button></div></div>
<div class="{k4}"><a href="/">{site}</a><div class="{k5}">{menu}</div></div>
<div class="{k6}"><div class="{k7}">
<h1 class="{k8}">{t}</h1><div class="{k9}"><span>{author}</span> · <span>{date}</span></div>
<div class="{k10}">{body}</div>
<div class="{k11}">{share}</div></div>
<div class="{k12}"><div>{related}</div></div>
<div class="{k13}"><h3>{ncom} responses</h3>{comments}</div></div>
<div class="{k14}"><p>{newsletter}</p><input type="email"><button>Join</button></div>
<div class="{k15}">{footer}</div>
</div></body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), iso=a["iso"], author=a["author"], date=a["date"],
        c0=f["cookie"][0], c1=f["cookie"][1], body=body, newsletter=NEWSLETTER, ncom=len(f["comments"]),
        menu=" ".join('<a href="/%s">%s</a>' % (m.lower(), m) for m in f["menu"]),
        share=" ".join('<a href="#s%d">%s</a>' % (i, s) for i, s in enumerate(f["share"])),
        related="".join('<div><a href="/r/%d">%s</a></div>' % (i, h) for i, h in enumerate(f["related"] + f["popular"])),
        comments="".join('<div class="{0}"><div class="{1}">{2}</div><div>{3}</div><a href="#r">Reply</a></div>'.format(
            k[0], hashed(rng), n, c) for n, c in f["comments"]),
        footer="".join("<div>%s</div>" % x for x in f["footer"]),
        **{"k%d" % i: k[i] for i in range(1, 16)})


def template_blog(a, f, rng):
    """An old blog: paragraphs separated by <br><br> in one div, a table layout, a sidebar."""
    body = "<br>\n<br>\n".join(link_words(p, rng) for p in a["paragraphs"])
    return """<html><head><title>{site}: {t}</title><meta name="author" content="{author}"></head><body>
<table width="100%"><tr><td colspan="2"><div id="header"><h2>{site}</h2><div id="menu">{menu}</div></div></td></tr>
<tr><td valign="top"><div class="post"><h3 class="post-title">{t}</h3><div class="post-date">{date}</div>
<div class="post-body">{body}</div>
<div class="post-footer">Labels: politics, {site} | <a href="#c">{ncom} comments</a></div></div>
<div id="cookie-notice">{c0} {c1} <a href="#ok">Got it</a></div>
<div id="comments"><h4>{ncom} comments:</h4><dl>{comments}</dl></div></td>
<td valign="top" width="200"><div id="sidebar"><h2>Blog archive</h2><ul>{popular}</ul><h2>Follow</h2><p>{newsletter}</p></div></td></tr>
<tr><td colspan="2"><div id="footer">{footer}</div></td></tr></table></body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), author=a["author"], date=a["date"], body=body,
        c0=f["cookie"][0], c1=f["cookie"][1], ncom=len(f["comments"]), newsletter=NEWSLETTER,
        menu=" | ".join('<a href="/%s">%s</a>' % (m.lower(), m) for m in f["menu"]),
        comments="".join("<dt>%s said...</dt><dd><p>%s</p></dd>" % (n, c) for n, c in f["comments"]),
        popular="".join('<li><a href="/p/%d">%s</a></li>' % (i, h) for i, h in enumerate(f["related"] + f["popular"])),
        footer=" ".join(f["footer"]))


def template_magazine(a, f, rng):
    """The article in three sections of <div> paragraphs (no <p>), an advert slot and a "Read also"
    promotion between them, a standfirst-less layout of generated class names."""
    k = [hashed(rng) for _ in range(8)]
    parts = [a["paragraphs"][:len(a["paragraphs"]) // 3], a["paragraphs"][len(a["paragraphs"]) // 3:2 * len(a["paragraphs"]) // 3],
             a["paragraphs"][2 * len(a["paragraphs"]) // 3:]]
    sections = []
    for i, part in enumerate(parts):
        sections.append('<section class="%s">%s</section>' % (k[0], "".join('<div class="%s">%s</div>' % (k[1], link_words(p, rng))
                                                                            for p in part)))
        if i == 0:
            sections.append('<div class="%s"><span>Advertisement</span><div id="ad-%d"></div></div>' % (k[2], a["n"]))
        if i == 1:
            sections.append('<div class="%s"><a href="/r/9">Read also: %s</a></div>' % (k[3], f["related"][0]))
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} · {site}</title>
<script type="application/ld+json">{ld}</script></head><body>
<div class="{k4}"><a href="/">{site}</a> {menu}</div>
<div class="{k5}"><h1>{t}</h1><p>By {author}, {date}</p>{sections}
<p class="{k6}">{share}</p></div>
<div class="{k7}"><h3>More from {site}</h3><ul>{popular}</ul><p>{newsletter}</p><p>{c0} {c1} <button>OK</button></p></div>
<div>{footer}</div></body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), ld=json_ld(a["title"], a["iso"], a["author"], a["site"]),
        author=a["author"], date=a["date"], sections="".join(sections), newsletter=NEWSLETTER,
        c0=f["cookie"][0], c1=f["cookie"][1], k4=k[4], k5=k[5], k6=k[6], k7=k[7],
        menu=" ".join('<a href="/%s">%s</a>' % (m.lower(), m) for m in f["menu"]),
        share=" | ".join('<a href="#s%d">%s</a>' % (i, x) for i, x in enumerate(f["share"])),
        popular="".join('<li><a href="/p/%d">%s</a></li>' % (i, h) for i, h in enumerate(f["related"][1:] + f["popular"])),
        footer=" ".join("<span>%s</span>" % x for x in f["footer"]))


def template_discussion(a, f, rng):
    """A long thread of readers' comments under the article, as long as the article itself, in
    generated class names: only the structure tells which is which."""
    k = [hashed(rng) for _ in range(6)]
    thread = []
    for i in range(max(6, len(a["paragraphs"]))):
        name = rng.choice(NAMES)
        text = " ".join(rng.choice(COMMENTS).format(s=rng.choice(SUBJECTS)) for _ in range(3))
        thread.append('<div class="%s"><div class="%s">%s, %d hours ago</div><p>%s</p><a href="#r%d">Reply</a> <a href="#l%d">Like</a></div>'
                      % (k[0], k[1], name, i + 1, text, i, i))
        f["comments"].append((name, text))
    body = "".join("<p>%s</p>" % link_words(p, rng) for p in a["paragraphs"])
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} | {site}</title>
<meta property="og:title" content="{t}"><meta property="og:site_name" content="{site}"></head><body>
<div class="{k2}">{menu}</div><div class="{k3}"><h1>{t}</h1>{body}</div>
<div class="{k4}"><h2>{n} comments</h2>{thread}</div><div class="{k5}">{footer}</div></body></html>""".format(
        t=escape(a["title"]), site=escape(a["site"]), body=body, thread="".join(thread), n=len(thread),
        k2=k[2], k3=k[3], k4=k[4], k5=k[5], footer=" ".join("<p>%s</p>" % x for x in f["footer"]),
        menu=" ".join('<a href="/%s">%s</a>' % (m.lower(), m) for m in f["menu"]))


TEMPLATES = [template_wordpress, template_news, template_modules, template_blog, template_magazine, template_discussion]


def read_article(path):
    with open(path, encoding="utf-8") as handle:
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", handle.read()) if b.strip()]
    return {"title": blocks[0], "date": blocks[1], "paragraphs": blocks[2:]}


def make_pages(count, work, seed=18):
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), "--count", str(count),
                    "--out", corpus, "--seed", str(seed)], check=True, stderr=subprocess.DEVNULL)
    pages = os.path.join(work, "pages")
    os.makedirs(pages, exist_ok=True)
    rng = random.Random(seed)
    truth = {}
    texts = sorted(os.path.join(d, n) for d, _, names in os.walk(corpus) for n in names if n.endswith(".txt"))
    for n, path in enumerate(texts):
        a = read_article(path)
        a.update(n=n, site=rng.choice(SITES), author=rng.choice(NAMES), iso="2024-%02d-%02dT09:30:00Z" % (
            rng.randint(1, 12), rng.randint(1, 28)))
        f = furniture(rng, a["site"])
        html = TEMPLATES[n % len(TEMPLATES)](a, f, rng)
        name = "page-%04d.html" % n
        with open(os.path.join(pages, name), "w", encoding="utf-8") as handle:
            handle.write(html)
        units = []
        for kind, values in f.items():
            for value in values:
                text = value[1] if isinstance(value, tuple) else value
                if len(text.split()) >= 3:
                    units.append(text)
        truth[name] = {"article": [s for p in a["paragraphs"] for s in sentences(p)], "furniture": units}
    return pages, truth


def norm(text):
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'").replace("\u00a0", " ")
    return " ".join(text.lower().split())


def score(outputs, truth):
    kept = total = leaked = furniture = 0
    for name, facts in truth.items():
        text = norm(outputs.get(name, ""))
        kept += sum(norm(s) in text for s in facts["article"])
        total += len(facts["article"])
        leaked += sum(norm(u) in text for u in facts["furniture"])
        furniture += len(facts["furniture"])
    return kept / max(1, total), leaked / max(1, furniture), total, furniture


def run_argkb(pages, work):
    """The texts argkb stored, the wall seconds of `init` + `ingest`, and the CPU seconds of its
    `read` stage (reading, hashing and extracting the pages; `--timings`, summed over threads)."""
    db = os.path.join(work, "html.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    env = dict(os.environ, ARGKB_LEXICONS=os.path.join(ROOT, "data", "lexicon"))
    started = time.perf_counter()
    subprocess.run([ARGKB, "init", "--db", db], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    done = subprocess.run([ARGKB, "ingest", "--quiet", "--timings", "--db", db, pages], check=True, env=env,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    reading = float(re.search(r"^timing: read\s+([0-9.]+) s$", done.stderr, re.M).group(1))
    rows = json.loads(subprocess.run([ARGKB, "sql", "--db", db, "--json", "SELECT path, text FROM sources"],
                                     check=True, capture_output=True, text=True).stdout)
    return {os.path.basename(r["path"]): r["text"] for r in rows}, seconds, reading


def run_python(pages, extract):
    outputs, seconds = {}, 0.0
    for name in sorted(os.listdir(pages)):
        with open(os.path.join(pages, name), encoding="utf-8") as handle:
            html = handle.read()
        started = time.perf_counter()
        outputs[name] = extract(html) or ""
        seconds += time.perf_counter() - started
    return outputs, seconds


def version(package):
    try:
        from importlib.metadata import version as installed
        return installed(package)
    except Exception:
        return "?"


def trafilatura_extract():
    import trafilatura
    return lambda html: trafilatura.extract(html, include_comments=False, include_tables=True)


def readability_extract():
    import lxml.html
    from readability import Document
    return lambda html: lxml.html.fromstring(Document(html).summary(html_partial=True)).text_content()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("HTML_BENCH_PAGES", "200")))
    parser.add_argument("--argkb-only", action="store_true", help="time argkb alone and print its pages per second")
    args = parser.parse_args()
    if not os.access(ARGKB, os.X_OK):
        sys.exit("no release binary at %s: run `make bench-html` (it builds it)" % ARGKB)
    work = tempfile.mkdtemp(prefix="argkb-html-bench-")
    try:
        pages, truth = make_pages(args.pages, work)
        outputs, seconds, reading = run_argkb(pages, work)
        if args.argkb_only:
            kept, leaked, _, _ = score(outputs, truth)
            print("%.0f pages/s (%d pages; %.1f%% of article sentences kept, %.1f%% of furniture let through)"
                  % (len(truth) / seconds, len(truth), 100 * kept, 100 * leaked))
            return
        results = [("argkb, reading the pages (`read` stage: read, hash, parse, extract; CPU)", outputs, reading),
                   ("argkb, whole run (process start, `init`, `ingest` with every stage and SQLite; wall)", outputs, seconds)]
        for label, factory in (("trafilatura", trafilatura_extract), ("readability-lxml", readability_extract)):
            try:
                extract = factory()
            except ImportError:
                print("%s is not installed (pip install %s); left out" % (label, label), file=sys.stderr)
                continue
            results.append(("%s %s (`%s`)" % (label, version(label), "extract" if label == "trafilatura" else "Document.summary"),)
                           + run_python(pages, extract))
        print("%d pages, %d article sentences, %d furniture texts\n" % (
            len(truth), sum(len(t["article"]) for t in truth.values()), sum(len(t["furniture"]) for t in truth.values())))
        print("| extractor | article sentences kept | furniture let through | time per page |")
        print("|---|---|---|---|")
        for label, outputs, seconds in results:
            kept, leaked, _, _ = score(outputs, truth)
            print("| %s | %.1f%% | %.1f%% | %.2f ms |" % (label, 100 * kept, 100 * leaked, 1000 * seconds / len(truth)))
    finally:
        if os.environ.get("BENCH_KEEP"):
            print("kept %s" % work, file=sys.stderr)
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
