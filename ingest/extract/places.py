"""The town a place phrase names: "Balai Kota Bogor" -> "Bogor", "Kantor Bupati Sukamaju" -> "Sukamaju", a body's
premises as written ("Puskesmas Margojadi"); nothing for a room, a street or a blank."""
from __future__ import annotations

import re

from ingest.extract.premises import PREMISES, premises_as_written, room_of_premises
from ingest.extract.text import SHORT_BLANK, collapse, smart_title

# a building or room named as the place: its town when the phrase names one ("Balai Kota Bogor")
BUILDING = re.compile(r"^(?:balai\s+kota|balaikota|kantor|gedung|aula|ruang|ruangan|hotel|kampus|pendopo|pendapa|sekretariat|"
                      r"rumah\s+dinas|gedung\s+sate|istana|wisma|graha|auditorium|city\s+hall|the\s+)\b", re.IGNORECASE)
# a body's premises named as the place: its town when the phrase names one ("Rumah Sakit X Kabupaten Garut"); a school
# beside the kinds premises.PREMISES knows
_SCHOOL = re.compile(r"^sekolah\b", re.IGNORECASE)
# (the name stops before the next region's kind: "Kabupaten Tirta Provinsi Jawa Raya" names Tirta)
_REGION = re.compile(r"\b(?i:kota|kabupaten|kab\.|provinsi|city\s+of)\s+(?P<name>[A-Z][\w'-]+"
                     r"(?:\s+(?!(?i:provinsi|propinsi|kabupaten|kota|kecamatan)\b)[A-Z][\w'-]+){0,2})\b(?!\.)")
# "Kantor Bupati Sukamaju", "Rumah Dinas Wali Kota Tirta", "Kantor Gubernur Nusa Raya Jalan …": the seat of a region's
# head
_SEAT = re.compile(r"(?i:(?:aula|ruang(?:\s+rapat)?)\s+(?=kantor|rumah))?"  # "Aula Kantor Bupati X"
                   r"(?i:kantor|rumah\s+dinas|pendopo|pendapa|aula|ruang(?:\s+rapat)?)\s+(?i:bupati|gubernur|wali\s?kota|camat)"
                   r"\s+(?P<name>[A-Z][\w'-]+(?:\s+(?!(?i:jalan|jln?)\b)[A-Z][\w'-]+)?)\s*(?:$|[,.]|\s+(?i:jalan|jln?)\b)")

# one or two villages named as the place, then perhaps their district, regency or city and province
_PLACE_NAME = r"[A-Z][\w'-]+(?:\s+(?!(?i:dan|kecamatan|kabupaten|kota|provinsi|propinsi|desa|kelurahan)\b)[A-Z][\w'-]+){0,2}"
_VILLAGE = rf"(?i:desa|kelurahan)\s+{_PLACE_NAME}"
_VILLAGES = re.compile(rf"{_VILLAGE}(?:\s+(?i:dan|&)\s+{_VILLAGE})?(?:,?\s+(?i:kecamatan|kec\.)\s+{_PLACE_NAME})?"
                       rf"(?:,?\s+(?i:kabupaten|kab\.|kota)\s+{_PLACE_NAME})?(?:,?\s+(?i:provinsi|propinsi)\s+{_PLACE_NAME})?")

# "bertempat di kedudukan masing-masing", "di tempat masing-masing": each side signs at its own seat, no one place
EACH_OWN = re.compile(r"\s*(?:(?:tempat\s+)?kedudukan|tempat|kantor|wilayah|lokasi)\s+masing[\s-]*masing\b", re.IGNORECASE)


def city_of(place: str) -> str | None:
    """The town in a place phrase: "Balai Kota Bogor" -> "Bogor", "Kota Bandung" -> "Bandung"."""
    place = collapse(place).strip(" ,.:;")
    if not re.search(r"[A-Za-z]{2}", place) or re.match(r"(?:jalan|jln?)\b", place, re.IGNORECASE) or \
            re.search(SHORT_BLANK, place):  # "……", "Provinsi ………": the form left the place blank
        return None  # a street address ("bertempat di Jalan Kebonjati No. 38") names no town
    if re.fullmatch(r"(?i:kota|kabupaten|kab\.?|provinsi|propinsi|kecamatan|kelurahan|desa)", place):
        return None  # "bertempat di Provinsi" and the blank on the next line: a kind of region, its name not stated
    villages = _VILLAGES.fullmatch(place)
    if villages:  # "Desa A dan Desa B Kecamatan C Kabupaten D": villages are the place itself (no venue in a town), as
        return smart_title(place) if place.isupper() else place  # written with the regions that tell where they lie
    seat = _SEAT.match(place)
    if seat:  # "Kantor Bupati Sukamaju": the town whose head holds office there
        return seat["name"]
    if BUILDING.match(place) or _SCHOOL.match(place) or PREMISES.match(place):
        region = _REGION.search(place)
        written = None if region else premises_as_written(place) or room_of_premises(place)
        if written:  # "Puskesmas Margojadi", "Kantor Desa Sukamulya": a body's premises naming no town, as written
            return written.title() if written.isupper() else written
        # "Balai Kota Bogor" -> "Bogor"; "Ruang Rapat Paseban Sri Bima" names a room, not a town
        if region or BUILDING.match(place):
            return region["name"].strip() if region else None
    # "Kota Jantho" is written as the place itself (and some towns are named "Kota ..."): keep it as written
    town = re.match(r"(?P<town>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?i:kabupaten|kab\.|kota|provinsi)\s+[A-Z]", place)
    if town:  # "Perbaungan Kabupaten Serdang Bedagai": the town, then its regency
        return town["town"]
    words = place.split()
    if len(words) > 3 and not (len(words) == 4 and re.fullmatch(r"(?i:kota|kabupaten)", words[0])
                               and all(word[:1].isupper() for word in words[1:])):
        return None  # (a regency of three words is a place: "Kabupaten Hulu Sungai Tengah")
    return place.title() if place.isupper() else place
