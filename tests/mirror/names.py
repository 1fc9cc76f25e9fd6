"""Place names, states and slugs for generated profiles: unique per index, cheap to compute.

A generated page's identity (place, state, slug) is computed without generating the page, so the
mirror can map 30,000 slugs to their indices at startup. Uniqueness comes from an affine bijection
of the index onto the (root, ending, state) space: no two indices share a base name in a state.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from dataclasses import dataclass
from math import gcd

from parsers.vocabulary import US_STATES

ROOTS = (
    "Ash", "Bel", "Brook", "Cedar", "Clay", "Elm", "Fair", "Glen", "Green", "Harris", "Hill",
    "Lake", "Maple", "Marl", "Mill", "New", "Oak", "Pine", "Red", "River", "Rock", "Spring",
    "Stone", "Sugar", "Summer", "Wood", "Win", "Ox", "Crest", "Frank", "Gran", "Ham", "Lin",
    "Mad", "Mor", "Nor", "Pem", "Ral", "Sal", "Tren", "Wal", "Carl", "Dun", "Ever", "Ken", "Lex",
    "Mid", "Ply", "Rich", "Sharon", "Troy", "Vine", "War", "York", "Alden", "Bright", "Castle",
    "Dover", "Easton", "Fox", "Gold", "Hart", "Iron", "Jeffer", "Kings", "Laurel", "Monroe",
    "Nash", "Orange", "Pleasant", "Quincy", "Rose", "Silver", "Tyler", "Union", "Vernon",
    "Warren", "Yates", "Zion", "Bay", "Cole", "Deer", "Elk", "Forest", "Grand", "Haw", "Indian",
    "Jack", "Knox", "Lincoln", "Mason", "Newport", "Olive", "Parker", "Quarry", "Salem", "Taylor",
    "Upton", "Valley", "Wilkes", "St. Clair", "Port Royal", "Bishop", "George", "Anne", "Charles",
    "Mary", "Martin", "Joseph", "Lucie", "Landry", "Tobias", "Hazel", "Juniper", "Cypress",
)
ENDINGS = (
    "ville", "ton", "field", "burg", "wood", "port", "dale", "ford", "view", "haven", "mont",
    "land", " Springs", " Falls", " Heights", " Park", " City", "ham", "bury", "ridge", " Creek",
    " Harbor", " Junction", "chester", " Hills", " Grove", "’s Point", "’s Crossing",
    "-on-Hudson", "-by-the-Sea",
)
STATE_CODES = tuple(code for code in US_STATES if code not in {"PR", "GU", "VI", "AS", "MP"})

_SPACE = len(ROOTS) * len(ENDINGS) * len(STATE_CODES)
# Indices whose mismatched-state slug would map past this bound can never collide with a page.
_MISMATCH_SAFE_FROM = 120_000


@dataclass(frozen=True)
class Place:
    index: int
    place: str
    state_code: str
    type: str
    slug: str

    @property
    def name(self) -> str:
        return f"{self.place}, {self.state_code}"

    @property
    def state(self) -> str:
        return US_STATES[self.state_code]


def slugify(text: str) -> str:
    """WordPress-like: apostrophes vanish, everything else not alphanumeric becomes one hyphen."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.replace("’", "'")).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


@functools.cache
def _affine(seed: int) -> tuple[int, int]:
    rng = random.Random(f"names:{seed}")
    multiplier = rng.randrange(_SPACE // 3, _SPACE)
    while gcd(multiplier, _SPACE) != 1:
        multiplier += 1
    return multiplier, rng.randrange(_SPACE)


def _decompose(cell: int) -> tuple[str, str, str]:
    cell, state_index = divmod(cell, len(STATE_CODES))
    root_index, ending_index = divmod(cell, len(ENDINGS))
    return ROOTS[root_index], ENDINGS[ending_index], STATE_CODES[state_index]


def _place_type(rng: random.Random, state_code: str) -> str:
    roll = rng.random()
    if roll < 0.58:
        return "City"
    if roll < 0.80:
        return "Parish" if state_code == "LA" else "County"
    if roll < 0.88:
        return "Township"
    if roll < 0.93 and state_code in {"PA", "NJ", "CT", "AK"}:
        return "Borough"
    if roll < 0.97:
        return "Town"
    return "Village"


def place_for(seed: int, index: int) -> Place:
    if not 0 <= index < _SPACE:
        raise ValueError(f"index {index} outside the name space (0..{_SPACE - 1})")
    multiplier, offset = _affine(seed)
    root, ending, state_code = _decompose((multiplier * index + offset) % _SPACE)
    rng = random.Random(f"place:{seed}:{index}")
    place_type = _place_type(rng, state_code)
    base = root + ending
    place = base if place_type in {"City", "Town", "Village"} else f"{base} {place_type}"
    slug = f"{slugify(place)}-{state_code.lower()}"
    roll = rng.random()
    if roll < 0.01:
        slug += "-2"  # WordPress's answer to a repeated slug
    elif roll < 0.02:
        slug = _mismatched_slug(seed, index, place, root, ending, state_code, rng) or slug
    return Place(index=index, place=place, state_code=state_code, type=place_type, slug=slug)


def _mismatched_slug(
    seed: int, index: int, place: str, root: str, ending: str, state_code: str, rng: random.Random
) -> str | None:
    """A slug naming another state (as seen on the site), only where no generated page can own it."""
    multiplier, offset = _affine(seed)
    inverse = pow(multiplier, -1, _SPACE)
    for _ in range(5):
        other = rng.choice(STATE_CODES)
        if other == state_code:
            continue
        cell = (ROOTS.index(root) * len(ENDINGS) + ENDINGS.index(ending)) * len(STATE_CODES)
        cell += STATE_CODES.index(other)
        owner = (inverse * (cell - offset)) % _SPACE
        if owner >= _MISMATCH_SAFE_FROM and owner != index:
            return f"{slugify(place)}-{other.lower()}"
    return None
