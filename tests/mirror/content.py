"""What a generated profile says, independent of markup: the expected record and inline HTML.

Every piece is produced twice from the same draw: the inline HTML the page shows and the value
the parser should recover (whitespace-normalized text, ISO dates, canonical tactic ids), so the
expected record is built from what was put in, never by parsing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

from parsers.vocabulary import TACTICS
from tests.mirror.names import Place

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

SENTENCE_CASE_TACTICS = {
    "auto-seizure": "Auto seizure", "buyer-arrests": "Buyer arrests", "cameras": "Cameras",
    "community-service": "Community service", "employment-loss": "Employment loss",
    "identity-disclosure": "Identity disclosure", "it-based-tactics": "IT based tactics",
    "john-school": "John school", "letters": "Letters", "license-suspension": "License suspension",
    "neighborhood-action": "Neighborhood action", "public-education": "Public education",
    "reverse-stings": "Reverse stings", "soap-orders": "SOAP orders", "web-stings": "Web stings",
}
# The 2014-2019 pages knew fewer tactic types.
OLDER_TACTICS = ("auto-seizure", "buyer-arrests", "cameras", "community-service", "employment-loss",
                 "identity-disclosure", "john-school", "letters", "license-suspension",
                 "neighborhood-action", "public-education", "reverse-stings", "soap-orders")

SOURCE_CATEGORIES = (
    "Sex Buyer Arrests", "Street-Level Reverse Stings, Identity Disclosure",
    "Reverse Stings, Identity Disclosure", "Web Stings", "Web-Based Reverse Sting, Shaming",
    "Sex Buyer Fired and/or Resigned Due to Arrest",
    "Sex Trafficking and Child Sexual Exploitation in the Area",
    "Documented Violence Against Individuals Engaged in Prostitution in the Area",
    "Background on Prostitution in the Area", "Background on Local Prostitution",
    "Auto Seizure", "John School", "Neighborhood Action",
)
BARE_SOURCES = ("National Assessment Survey", "FBI Uniform Crime Reports",
                "Police Department Annual Report", "Court Records", "Personal Communication")
NARRATIVE_HEADINGS = ("Reverse Stings", "Auto Seizure Program", "Neighborhood Action: the {year} campaign",
                      "John School", "Shaming", "Web Stings", "Identity Disclosure",
                      "Employment Loss", "License Suspension", "Background")

HEADLINES = (
    "Police Arrest {n} in Prostitution Sting",
    "{place} Police Target Johns",
    "Sting Nets {n} Alleged Customers; Police Send Message",
    "Hookers’ Patrons Arrested: Names Released to Media",
    "Council Approves Car Seizure Ordinance",
    "{n} Men Charged in Undercover Operation, Police Say",
    "Prostitution Sweep Results in Arrest of {n} in {place}",
    "Cops Nab Prostitutes’ Customers",
    "Residents Applaud Crackdown; ‘We Want Our Streets Back’",
    "Chief Says Stings Will Continue through Summer",
    "Online Sting Snares {n}: Ads Lured Buyers to Motel",
    "City Posts Photos of Accused Johns on Website",
    "Judge Orders Men to Stay Out of Area",
    "John School Graduates {n} First-Time Offenders",
    "Former Official Fired after Prostitution Arrest",
    "Police Mail Letters to Owners of Cars Seen Cruising",
    "Cameras Installed on Avenue to Deter Buyers",
    "Task Force Rescues {n} Juveniles, Arrests Buyers",
    "Reverse Sting Operation Nets {n} Arrests, Including Teacher",
    "Vice Squad Makes {n} Arrests in 2-Day Operation",
)
OUTLETS = ("{place} Republican-American", "{state} Gazette", "Associated Press", "CBS/WFSB-TV 3",
           "WXYZ-TV 7", "The {place} Herald", "{place} Daily News", "NBC 4", "Patch.com",
           "The {state} Star-Tribune", "{place} Courier", "Fox 5 News", "The Morning Call",
           "ABC/WPVI-TV 6", "{state} Public Radio", "The Day, New London")
DOMAINS = ("news.example.com", "www.dailyherald.example", "www.tribune.example.org",
           "local12.example.net", "www.courier-news.example.com")

SENTENCES = (
    "{place} is a {kind} in {state}, and has a population of approximately {approx} residents.",
    "Prostitution and sex trafficking are well-known problems in the {kind}, and activity appears to occur primarily {where}.",
    "Prostitution activity generates numerous complaints to police by residents and businesses.",
    "In {year}, the {pd} conducted a street-level reverse sting operation that resulted in the arrest of {n} male sex buyers.",
    "The identities of arrested offenders were included in reports by local media outlets.",
    "The operation was initiated in response to residential complaints about the growing prostitution problem in the neighborhood.",
    "Police can also seize the vehicles and release the identities of arrested sex buyers.",
    "Employment loss is also a consequence of buying sex in the {kind}.",
    "For example, in {year}, a former {job} was arrested on allegations of soliciting prostitution.",
    "He was released on a ${bond} bond and was placed on administrative leave pending the outcome of the investigation.",
    "According to reports, “the operation sent a clear message that buying sex will not be tolerated in {place}.”",
    "The {pd}’s efforts to combat commercial sex have included tactics focused on demand.",
    "Since {year}, men arrested for soliciting have been offered a “john school” diversion program run with local nonprofits.",
    "Residents formed neighborhood watch groups that record license plates of cruising vehicles.",
    "In {year}, local law enforcement agencies participated in a three-day national operation combatting child sex trafficking.",
    "Officers posted online advertisements and arrested {n} men who arrived at a local motel.",
    "A city ordinance adopted in {year} allows the impoundment of vehicles used to solicit prostitution.",
    "Letters were mailed to the registered owners of vehicles seen in areas known for prostitution.",
    "The {kind} council approved the installation of surveillance cameras along two corridors in {year}.",
    "Some of these operations have produced over {n} arrests; the names were published in the newspaper.",
    "Judges have issued stay-out-of-area orders to men convicted of soliciting in the district.",
    "The sheriff’s office reported that complaints from residents are numerous and persistent.",
    "A populaiton of about {approx} people lives within the {kind} limits, according to officials.",
    "Officials estimate that the {kind} has 178,ooo residents and a large seasonal workforce.",
)
WHERE = ("indoors in hotels or apartments, and is arranged online", "on the street along major corridors",
         "in illicit massage businesses", "at truck stops near the interstate")
JOBS = ("court marshal", "school teacher", "city council member", "police officer", "pastor",
        "firefighter", "county commissioner")
AGENCIES = ("{place} Police Department", "{county} Sheriff’s Office", "{state} State Police",
            "U.S. Attorney’s Office", "Federal Bureau of Investigation", "{place} City Council",
            "{county} District Attorney’s Office", "Neighborhood associations",
            "Local media", "Department of Homeland Security")
UNITS = ("Vice Unit", "Narcotics Division", "Special Victims Unit", "Street Crimes Unit",
         "Human Trafficking Task Force", "Patrol Division", "Community Policing Bureau")

CITATION_FORMS = ("common", "comma-year", "month-only", "year-only", "outlet-first",
                  "plain-headline", "bare-url", "bare-source")
CITATION_WEIGHTS = (40, 12, 10, 8, 10, 8, 7, 5)


@dataclass
class ShownCitation:
    html: str
    record: dict


@dataclass
class ShownParagraph:
    heading: str | None
    html: str
    text: str


@dataclass
class ProfileContent:
    """One profile as drawn: the parts a layout renders and the record it should parse to."""

    place: Place
    layout: str
    post_id: int
    tactics: list[str]
    paragraphs: list[ShownParagraph]
    partners: list[dict]
    categories: list[str]
    uncategorized: list[ShownCitation]
    cited: dict[str, list[ShownCitation]]
    population: int | None
    population_shown: str | None  # None: no Population line; "": the label with no value
    year: int
    location: tuple[float, float] | None

    @property
    def published(self) -> str:
        return f"{MONTHS[self.post_id % 12]} {self.post_id % 28 + 1}, {self.year}"

    def expected(self, url: str) -> dict:
        citations = [c.record for c in self.uncategorized]
        for category in self.categories:
            citations.extend(c.record for c in self.cited[category])
        return {
            "id": self.place.slug,
            "url": url,
            "name": self.place.name,
            "place": self.place.place,
            "state_code": self.place.state_code,
            "state": self.place.state,
            "type": self.place.type,
            "population": self.population,
            "location": {"lat": self.location[0], "lng": self.location[1]} if self.location else None,
            "tactics": list(self.tactics),
            "narrative": [{"heading": p.heading, "text": p.text} for p in self.paragraphs],
            "key_partners": [dict(p) for p in self.partners],
            "source_categories": list(self.categories),
            "citations": citations,
        }


def draw_content(rng: random.Random, place: Place, layout: str, post_id: int, version: int) -> ProfileContent:
    year, tactics = draw_year_and_tactics(rng, layout)
    words = _Words(rng, place)
    paragraphs = _draw_narrative(rng, words)
    partners = _draw_partners(rng, words) if layout == "older" else []
    categories, uncategorized, cited = _draw_sources(rng, words, layout)
    population, shown = _draw_population(rng, place)
    if version:
        population, shown = _changed_population(population, shown, version)
    location = None
    if layout == "list" and rng.random() < 0.5:
        # Coordinates as the map widget prints them: six decimals.
        location = (float(f"{rng.uniform(25, 48):.6f}"), float(f"{rng.uniform(-124, -68):.6f}"))
    return ProfileContent(place=place, layout=layout, post_id=post_id, tactics=tactics,
                          paragraphs=paragraphs, partners=partners, categories=categories,
                          uncategorized=uncategorized, cited=cited, population=population,
                          population_shown=shown, year=year, location=location)


def _changed_population(population: int | None, shown: str | None, version: int) -> tuple[int, str]:
    """A page edit: the population is revised (or filled in), which the expected record mirrors."""
    new = (population or 10_000) + 1_000 * version
    return new, f"{new:,}" if shown and "," in shown else str(new)


class _Words:
    """Fills templates with names and numbers drawn for one page."""

    def __init__(self, rng: random.Random, place: Place) -> None:
        self.rng = rng
        plain_name = place.type in {"City", "Town", "Village"}
        self.town = place.place if plain_name else place.place.removesuffix(f" {place.type}")
        county = place.place if place.type in {"County", "Parish"} else f"{self.town} County"
        self.values = {"place": self.town, "state": place.state, "county": county,
                       "kind": place.type.lower(), "pd": f"{self.town} Police Department"}

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            **self.values, year=rng.randint(1990, 2023), n=rng.randint(3, 60),
            approx=f"{rng.randint(2, 900) * 1000:,}", bond=f"{rng.randint(1, 50) * 1000:,}",
            where=rng.choice(WHERE), job=rng.choice(JOBS),
        )


def draw_year_and_tactics(rng: random.Random, layout: str) -> tuple[int, list[str]]:
    """The first draws of a page: cheap, so listings can know a page's tactics without rendering it."""
    year = rng.randint(2014, 2019) if layout == "older" else rng.randint(2020, 2024)
    return year, _draw_tactics(rng, layout)


def _draw_tactics(rng: random.Random, layout: str) -> list[str]:
    if layout == "older":
        if rng.random() < 0.15:
            return list(OLDER_TACTICS)
        picked = rng.sample(OLDER_TACTICS, rng.randint(1, 6))
        if "buyer-arrests" in picked and rng.random() < 0.6:
            picked.remove("buyer-arrests")
            picked.insert(0, "buyer-arrests")
        return picked
    if rng.random() < 0.3:
        return list(TACTICS)
    picked = set(rng.sample(list(TACTICS), rng.randint(1, 9)))
    return [tactic for tactic in TACTICS if tactic in picked]


def _text_and_html(text: str, rng: random.Random) -> str:
    """Inline HTML showing `text`: escaped, with a few non-breaking spaces and wrapped lines."""
    shown = escape(text, quote=False)
    if rng.random() < 0.3:
        shown = shown.replace(" ", "&nbsp;", 1)
    if rng.random() < 0.3:
        shown = shown.replace("’", "&#8217;")
    if rng.random() < 0.15:
        first, _, rest = shown.partition(". ")
        if rest:
            shown = f"<strong>{first}.</strong> {rest}"
    if rng.random() < 0.3:
        head, _, tail = shown.partition(". ")
        if tail:
            shown = f"{head}.\n   {tail}"
    return shown


def _draw_narrative(rng: random.Random, words: _Words) -> list[ShownParagraph]:
    with_headings = rng.random() < 0.3
    paragraphs = []
    for position in range(rng.randint(1, 5)):
        sentences = [words.fill(s) for s in rng.sample(SENTENCES, rng.randint(3, 7))]
        text = " ".join(sentences)
        heading = None
        if with_headings and position > 0:
            heading = words.fill(rng.choice(NARRATIVE_HEADINGS))
        paragraphs.append(ShownParagraph(heading=heading, html=_text_and_html(text, rng), text=text))
    return paragraphs


def _draw_partners(rng: random.Random, words: _Words) -> list[dict]:
    if rng.random() < 0.3:
        return []
    partners = []
    for agency in rng.sample(AGENCIES, rng.randint(1, 5)):
        units = rng.sample(UNITS, rng.randint(1, 2)) if rng.random() < 0.3 else []
        partners.append({"name": words.fill(agency), "units": units})
    return partners


def _draw_population(rng: random.Random, place: Place) -> tuple[int | None, str | None]:
    if rng.random() < 0.08:
        return None, "" if rng.random() < 0.5 else None
    population = int(10 ** rng.uniform(3.0, 6.3 if place.type in {"County", "Parish"} else 5.9))
    return population, f"{population:,}" if rng.random() < 0.3 else str(population)


def _draw_sources(rng: random.Random, words: _Words, layout: str
                  ) -> tuple[list[str], list[ShownCitation], dict[str, list[ShownCitation]]]:
    if layout == "older" and rng.random() < 0.5:
        return [], [], {}
    categories = rng.sample(SOURCE_CATEGORIES, rng.randint(0, 5))
    budget = rng.randint(0, 12)
    uncategorized = []
    if rng.random() < 0.1 or not categories:
        for _ in range(min(budget, rng.randint(1, 2))):
            uncategorized.append(draw_citation(rng, words, None))
        budget -= len(uncategorized)
    cited: dict[str, list[ShownCitation]] = {}
    for position, category in enumerate(categories):
        share = budget if position == len(categories) - 1 else rng.randint(0, budget)
        cited[category] = [draw_citation(rng, words, category) for _ in range(share)]
        budget -= share
    return categories, uncategorized, cited


def draw_citation(rng: random.Random, words: _Words, category: str | None) -> ShownCitation:
    form = rng.choices(CITATION_FORMS, CITATION_WEIGHTS)[0]
    headline = words.fill(rng.choice(HEADLINES))
    outlet = words.fill(rng.choice(OUTLETS))
    year = rng.randint(1985, 2023)
    month = rng.randint(1, 12)
    day = rng.randint(1, MONTH_DAYS[month - 1])
    month_name = MONTHS[month - 1]
    link = f"https://{rng.choice(DOMAINS)}/{year}/{month:02d}/{_url_words(headline)}.html"
    linked = rng.random() < 0.15
    date, precision = f"{year}-{month:02d}-{day:02d}", "day"
    shown_headline = escape(headline, quote=False)
    if linked:
        shown_headline = f'<a href="{link}">{shown_headline}</a>'
    record_url = link if linked else None
    if form in {"common", "comma-year", "month-only", "year-only"}:
        date_text = {
            "common": f"{month_name} {day} {year}",
            "comma-year": f"{month_name} {day}, {year}",
            "month-only": f"{month_name} {year}",
            "year-only": f"{year}",
        }[form]
        if form == "month-only":
            date, precision = f"{year}-{month:02d}", "month"
        elif form == "year-only":
            date, precision = f"{year}", "year"
        text = f"“{headline},” {outlet}, {date_text}."
        date_html = date_text.replace(" ", "&nbsp;", 1) if rng.random() < 0.15 else date_text
        html = f"“{shown_headline},” {escape(outlet, quote=False)}, {date_html}."
    elif form == "outlet-first":
        text = f"{outlet}: “{headline}”. {month_name} {day}, {year}."
        html = f"{escape(outlet, quote=False)}: “{shown_headline}”. {month_name} {day}, {year}."
    elif form == "plain-headline":
        text = f"{headline} ({year})"
        html = f"{shown_headline} ({year})"
        outlet, date, precision = None, f"{year}", "year"
    elif form == "bare-url":
        text = f"{link} ({year})"
        html = f'<a href="{link}">{link}</a> ({year})' if rng.random() < 0.5 else text
        headline, outlet, date, precision, record_url = None, None, f"{year}", "year", link
    else:
        name = rng.choice(BARE_SOURCES)
        text = html = name
        headline, outlet, date, precision, record_url = None, name, None, None, None
    record = {"category": category, "headline": headline, "outlet": outlet, "date": date,
              "date_precision": precision, "url": record_url, "text": text}
    if rng.random() < 0.1:
        html = f"  {html} \n"  # stray whitespace left by the editor
    return ShownCitation(html=html, record=record)


def _url_words(headline: str) -> str:
    return "-".join("".join(ch for ch in word if ch.isalnum()) for word in headline.lower().split()[:6])
