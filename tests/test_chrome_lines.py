"""The chrome classifier's vocabulary, line by line: what a reader knows is the blog's, not the profile's."""

from __future__ import annotations

import pytest

from parsers.chrome_lines import Chrome, chrome_kind, is_author_box_end
from parsers.lines import Line

TITLE = "Port Calder, WA"


def _line(text: str, *, tag: str = "div", emphasized: bool = False, links: tuple[str, ...] = ()) -> Line:
    return Line(text, tag, 0, None, emphasized, text if emphasized else "", links)


@pytest.mark.parametrize("text", [
    "Reading Time: 4 minutes", "Reading Time: < 1 minute", "Reading time 2 min", "Reading time: 2-3 minutes",
    "Estimated reading time: 3 minutes", "Read time: 3 min", "Time to read: 6 minutes", "5 min read",
    "5 minute read", "12 mins read", "~3 min read", "⏱ 4 min read", "3 minutes reading time",
])
def test_reading_time_lines_are_chrome(text):
    assert chrome_kind(_line(text), TITLE) is Chrome.LINE


@pytest.mark.parametrize("text", [
    "Reading time for the judge was 4 minutes per case.", "Police read 5 minutes of the ordinance aloud.",
    "Reading Programs", "5 minutes",
])
def test_prose_about_reading_or_minutes_is_not(text):
    assert chrome_kind(_line(text, tag="p"), TITLE) is None


@pytest.mark.parametrize("text", ["Author: Marisa Quell", "Published by Marisa Quell", "Written by M. Quell",
                                  "About the author Marisa Quell"])
def test_an_author_box_heading_is_a_barrier(text):
    assert chrome_kind(_line(text, tag="h2", emphasized=True), TITLE) is Chrome.BARRIER


@pytest.mark.parametrize("text", ["Author: Marisa Quell", "Authority of the Port, Harbor Police"])
def test_the_same_words_in_plain_text_or_as_a_sentence_are_not(text):
    assert chrome_kind(_line(text, tag="li"), TITLE) is None


def test_a_bio_closed_by_a_link_to_the_authors_archive_ends_an_author_box():
    bio = "Marisa Quell writes about policing in Ohio. View all posts by Marisa Quell"
    assert is_author_box_end(_line(bio, links=("https://demand-forum.org/author/mquell/",)))
    assert is_author_box_end(_line("Marisa Quell writes about policing. View more posts", links=("/author/mq/",)))
    assert not is_author_box_end(_line(bio, links=("https://news.example/view-all",)))  # not the author's archive
    assert not is_author_box_end(_line("Marisa Quell writes about policing in Ohio."))
