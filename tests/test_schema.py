import pytest

from geo.geocoding import resolve_query


def test_aleppo_is_lat_36_lon_37(gazetteer, seed_incidents):
    r = resolve_query(gazetteer, "Aleppo")
    assert r.lat == pytest.approx(36.2, abs=0.05) and r.lon == pytest.approx(
        37.15, abs=0.05
    )
    aleppo = seed_incidents[seed_incidents.place == "Aleppo"].iloc[0]
    assert aleppo.geometry.y == pytest.approx(36.2, abs=0.3)  # Point(lon, lat)
