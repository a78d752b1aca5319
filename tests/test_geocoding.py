import math

import pytest

from geo.geocoding import resolve_query


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


# Examples of the Gazetteer issue; points are well-known public coordinates.
CASES = [
    ("Khan Sheikhoun", 35.44, 36.65, 3, 1),
    ("Khan Shaykhun", 35.44, 36.65, 3, 1),
    ("خان شيخون", 35.44, 36.65, 3, 1),
    ("al-Wa'er", 34.74, 36.67, 3, 1),
    ("Madaya", 33.69, 36.10, 5, 1),
    ("Madaya, Rural Damascus", 33.69, 36.10, 5, 1),
    ("Sheikh Fares, Aleppo", 36.22, 37.18, 3, 1),
    ("al-Qaterji, Aleppo", 36.20, 37.18, 3, 1),
    ("Sakhour, Aleppo", 36.22, 37.19, 3, 1),
    ("5 km southeast of Dabiq", 36.505, 37.307, 1.5, 2),
    ("near Akhtarin", 36.51, 37.34, 3, 2),
]


@pytest.mark.parametrize(
    ("query", "lat", "lon", "tol", "precision"), CASES, ids=[c[0] for c in CASES]
)
def test_examples_resolve(gazetteer, query, lat, lon, tol, precision):
    r = resolve_query(gazetteer, query)
    assert r.lat is not None, r.reason
    assert km(r.lat, r.lon, lat, lon) <= tol
    assert r.geo_precision == precision


@pytest.mark.parametrize(
    ("query", "admin1"),
    [
        ("Idlib Province", "Idleb"),
        ("Damascus suburbs", "Rural Damascus"),
        ("Aleppo countryside", "Aleppo"),
        ("Hasakah Province", "Al-Hasakeh"),
    ],
)
def test_governorate_phrases_resolve_at_precision_3(gazetteer, query, admin1):
    r = resolve_query(gazetteer, query)
    assert (r.admin1, r.kind, r.geo_precision) == (admin1, "governorate", 3)


def test_offset_moves_the_point_the_stated_distance(gazetteer):
    dabiq = resolve_query(gazetteer, "Dabiq")
    moved = resolve_query(gazetteer, "5 km southeast of Dabiq")
    assert km(dabiq.lat, dabiq.lon, moved.lat, moved.lon) == pytest.approx(5, abs=0.05)
    assert moved.lat < dabiq.lat and moved.lon > dabiq.lon


def test_context_picks_between_same_named_places(gazetteer):
    aleppo = resolve_query(gazetteer, "Sheikh Fares, Aleppo")
    idlib = resolve_query(gazetteer, "Sheikh Fares, Idlib")
    assert aleppo.kind == "neighbourhood" and aleppo.admin1 == "Aleppo"
    assert idlib.admin1 == "Idleb"
    assert aleppo.alternatives  # the other candidate is reported


@pytest.mark.parametrize("query", ["Xyzzyville", "", "Paris", "   ,  "])
def test_unresolved_is_nulls_and_a_reason(gazetteer, query):
    r = resolve_query(gazetteer, query)
    assert (r.lat, r.lon, r.name, r.geo_precision) == (None, None, None, None)
    assert r.reason


def test_explanations_say_why(gazetteer):
    record = resolve_query(gazetteer, "Sakhour, Aleppo").to_dict(explain=True)
    assert "rule" in record and "alternatives" in record
    assert "named nearby" in record["rule"]
