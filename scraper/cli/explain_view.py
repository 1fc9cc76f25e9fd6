"""`show --explain`: the parser's explanation of one page as tables a developer reads top-down."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from parsers.explain import Element, Explanation

_PATH_TAIL = 4  # segments of a path shown (the full path is in --json)


def render_explanation(out: Console, explanation: Explanation) -> None:
    out.rule(Text("Where the parser found each part", style="bold"))
    if explanation.refused:
        out.print(Text(f"refused: {explanation.refused}", style="bold red"))
    article = explanation.article
    if article is not None:
        out.print(Text.assemble(("article  ", "bold"), article.description, ("  " + article.path, "dim")))
    if explanation.title_element is not None:
        out.print(Text.assemble(("title    ", "bold"), repr(explanation.title), " in ",
                                _where(explanation.title_element, article)))
    elif explanation.title:
        out.print(Text.assemble(("title    ", "bold"), repr(explanation.title), " from the page's <title>"))
    if explanation.labels:
        labels = Table("label", "section", "held by", "status", title="Label texts on the page", title_justify="left")
        for label in explanation.labels:
            style = "red" if label.status.startswith("dropped") else "dim" if label.status.startswith("outside") else None
            labels.add_row(Text(label.text), Text(label.section), _where(label.element, article),
                           Text(label.status, style=style))
        out.print(labels)
    if explanation.sections:
        sections = Table("section", "label", "lines", "first line", "held by", title="Sections",
                         title_justify="left")
        for found in explanation.sections:
            sections.add_row(Text(found.section), "yes" if found.labelled else "—", str(found.lines),
                             Text(found.first_line or "—"),
                             _where(found.element, article) if found.element else Text("—"))
        out.print(sections)
    if explanation.missing:
        out.print(Text(f"no label found for: {', '.join(explanation.missing)}", style="bold yellow"))
    if explanation.skipped:
        skipped = Table("skipped as", "element", "in article", "text", title="Skipped", title_justify="left")
        for entry in explanation.skipped:
            skipped.add_row(entry.reason, _where(entry.element, article), "yes" if entry.inside_article else "no",
                            Text(entry.text))
        out.print(skipped)
    if explanation.dropped_lines:
        dropped = Table("line", "held by", "why", title="Lines of the article read as chrome", title_justify="left")
        for line in explanation.dropped_lines:
            dropped.add_row(Text(line.text), _where(line.element, article) if line.element else Text("—"),
                            "site template" if line.by_template else "chrome line")
        out.print(dropped)


def _where(element: Element, article: Element | None) -> Text:
    """The element, and the end of its path (from the article when it is inside it)."""
    inside = article is not None and element.path.startswith(article.path)
    segments = (article.description + element.path[len(article.path):] if inside else element.path).split(" > ")
    if len(segments) > _PATH_TAIL:
        segments = [segments[0], "…", *segments[-(_PATH_TAIL - 1):]]
    return Text.assemble(element.description, "\n", (" > ".join(segments), "dim"))
