"""`changes.atom`: an Atom feed (RFC 4287) of what each refresh changed in the dataset.

One entry per location added, changed, removed, gone stale or recovered, newest first, bounded to
the last `limit` entries. The feed file is its own memory: a run reads the entries already there
and adds its own. Entry ids are tag URIs made of the location, the kind of change and the record's
content (or the stale mark's start), so a run killed after writing the feed and redone announces
the same entries under the same ids, and they are not repeated.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree
from feedgen.feed import FeedGenerator

from parsers.models import Profile
from scraper.dataset.changes import diff_records
from scraper.refresh.report import record_changes
from scraper.storage.atomic import write_atomically

FEED_NAME = "changes.atom"
DEFAULT_LIMIT = 500
TAG = "tag:demand-forum.org,2026:"
ATOM = "{http://www.w3.org/2005/Atom}"
log = logging.getLogger("demandforum.feed")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    kind: str  # added | changed | removed | stale | recovered
    title: str
    summary: str
    link: str
    updated: datetime


def entries_for_run(
    previous: Mapping[str, Profile],
    current: Mapping[str, Profile],
    removed_reasons: Mapping[str, str],
    run_at: datetime,
) -> list[FeedEntry]:
    """What one run changed, as feed entries (by kind, then location id)."""
    changes = record_changes(previous, current)

    def entry(kind: str, record: Profile, key: str, summary: str) -> FeedEntry:
        return FeedEntry(f"{TAG}{record.id}/{kind}/{key}", kind, f"{kind.capitalize()}: {record.name}",
                         summary, record.url, run_at)

    entries = [
        entry("added", current[rid], _content_key(current[rid]), _portrait(current[rid]))
        for rid in changes["added"]
    ]
    entries += [
        entry("changed", current[rid], _content_key(current[rid]), diff_records(previous[rid], current[rid]).summary())
        for rid in changes["changed"]
    ]
    for rid in changes["newly_stale"]:
        mark = current[rid].stale
        assert mark is not None
        entries.append(entry("stale", current[rid], _moment(mark.last_good_fetch),
                             f"kept as last seen in good shape; the page now fails: {mark.reason}"))
    for rid in changes["recovered"]:
        mark = previous[rid].stale
        assert mark is not None
        entries.append(entry("recovered", current[rid], mark.since.isoformat(),
                             "the page reads well again; the record is current"))
    entries += [
        entry("removed", previous[rid], _content_key(previous[rid]),
              f"removed from the dataset: {removed_reasons.get(rid, 'gone')}")
        for rid in changes["removed"]
    ]
    return entries


def update_feed(path: Path, new_entries: list[FeedEntry], *, site_url: str, run_at: datetime,
                limit: int = DEFAULT_LIMIT) -> bool:
    """Add `new_entries` to the feed at `path`, keeping the newest `limit`; False when nothing
    was new (the file is then left as it is)."""
    old_entries = read_entries(path)
    known = {entry.id for entry in old_entries}
    fresh = [entry for entry in new_entries if entry.id not in known]
    if not fresh and path.exists():
        return False
    # A stable sort keeps each run's own order (by kind, then id) under its time.
    entries = sorted(fresh + old_entries, key=lambda entry: entry.updated, reverse=True)[:limit]
    write_atomically(path, _render(entries, site_url, run_at))
    return True


def read_entries(path: Path) -> list[FeedEntry]:
    """The entries of a feed this module wrote; none when there is no feed or it is unreadable
    (the feed only looks back: losing its past entries loses no data)."""
    try:
        root = ElementTree.parse(path).getroot()
    except FileNotFoundError:
        return []
    except (OSError, ParseError) as error:
        log.warning("starting %s afresh: the old feed is unreadable (%s)", path, error)
        return []
    entries = []
    for element in root.iter(f"{ATOM}entry"):
        link = element.find(f"{ATOM}link")
        category = element.find(f"{ATOM}category")
        entries.append(FeedEntry(
            id=element.findtext(f"{ATOM}id", ""),
            kind=category.get("term", "") if category is not None else "",
            title=element.findtext(f"{ATOM}title", ""),
            summary=element.findtext(f"{ATOM}summary", ""),
            link=link.get("href", "") if link is not None else "",
            updated=datetime.fromisoformat(element.findtext(f"{ATOM}updated", "")),
        ))
    return entries


def _render(entries: list[FeedEntry], site_url: str, run_at: datetime) -> bytes:
    feed = FeedGenerator()
    feed.id(f"{TAG}changes")
    feed.title("demand-forum.org profiles: changes")
    feed.subtitle("Locations added, changed, removed or gone stale in the dataset, run by run.")
    feed.author({"name": "demandforum"})
    feed.link(href=site_url, rel="alternate")
    feed.updated(entries[0].updated if entries else run_at)
    for item in entries:
        entry = feed.add_entry(order="append")
        entry.id(item.id)
        entry.title(item.title)
        entry.summary(item.summary)
        entry.link(href=item.link, rel="alternate")
        entry.category(term=item.kind)
        entry.updated(item.updated)
    return feed.atom_str(pretty=True)


def _content_key(record: Profile) -> str:
    content = record.model_dump_json(exclude={"fetched_at", "stale"})
    return hashlib.sha256(content.encode()).hexdigest()[:16]


def _portrait(record: Profile) -> str:
    return (f"new location: {plural(len(record.tactics), 'tactic')}, {plural(len(record.citations), 'citation')}"
            + (f", population {record.population:,}" if record.population is not None else ""))


def _moment(value: datetime | None) -> str:
    # The last good fetch, not the stale mark's start: a run redone after a kill starts later.
    return value.isoformat() if value is not None else "never"


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
