"""Forms for people: dates as people write them, the term as number and unit, rows; Indonesian errors that
name the field in words."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st
from werkzeug.datastructures import MultiDict

from search_app.field_forms import (FormRejected, end_of_term, parse_date, parse_form, parse_term, spoken_date,
                                    term_parts)
from tests.search.helpers import add_agreement, facts, login, make_user


@pytest.mark.parametrize("typed", ["16 Mei 2019", "16-05-2019", "16/5/2019", "2019-05-16", " 16  mei 2019 ",
                                   "16.05.2019", "16 May 2019"])
def test_dates_are_read_as_people_write_them(typed):
    assert parse_date("end_date", typed) == date(2019, 5, 16)


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_every_written_form_of_a_date_reads_back_as_that_date(value):
    from ingest.extract.dates import MONTH_NAMES

    for typed in (value.isoformat(), f"{value.day}-{value.month:02d}-{value.year}", f"{value.day}/{value.month}/{value.year}",
                  f"{value.day} {MONTH_NAMES[value.month]} {value.year}"):
        assert parse_date("sign_date", typed) == value


@pytest.mark.parametrize("typed, message", [
    ("31 Februari 2024", "Tanggal berakhir: 31 Februari 2024 bukan tanggal yang ada"),
    ("31-02-2024", "Tanggal berakhir: 31 Februari 2024 bukan tanggal yang ada"),
    ("16 Mai 2019", "Tanggal berakhir: bulan “Mai” tidak dikenal"),
    ("besok", "Tanggal berakhir: “besok” tidak dikenali sebagai tanggal"),
    ("12-13-2020", "Tanggal berakhir: 12-13-2020 bukan tanggal yang ada (bulan 13 tidak ada)"),
])
def test_a_wrong_date_is_one_sentence_naming_the_field(typed, message):
    with pytest.raises(FormRejected) as caught:
        parse_date("end_date", typed)
    assert str(caught.value).startswith(message)


def test_the_term_is_a_number_and_a_unit_and_gives_the_end_date():
    assert parse_term("5", "tahun") == "P5Y" and parse_term("6", "bulan") == "P6M" and parse_term("90", "hari") == "P90D"
    assert parse_term("", "tahun") is None
    assert term_parts("P5Y") == ("5", "tahun") and term_parts("P2W") == ("14", "hari") and term_parts(None) == ("", "tahun")
    assert end_of_term(date(2023, 8, 24), "P5Y") == date(2028, 8, 23)
    assert spoken_date(date(2019, 5, 16)) == "Kamis, 16 Mei 2019"
    with pytest.raises(FormRejected, match="^Jangka waktu: “lima” bukan bilangan bulat"):
        parse_term("lima", "tahun")


def test_rows_become_parties_and_a_row_without_institution_is_named():
    form = MultiDict([("role", "PIHAK PERTAMA"), ("institution", "Pemerintah Kota Bogor"), ("signatory", "Bima Arya"),
                      ("position", "Wali Kota"), ("role", ""), ("institution", ""), ("signatory", ""), ("position", ""),
                      ("role", "PIHAK KEDUA"), ("institution", " Universitas  Pakuan "), ("signatory", ""),
                      ("position", "")])
    assert parse_form("parties", form) == [
        {"role": "PIHAK PERTAMA", "institution": "Pemerintah Kota Bogor", "signatory": "Bima Arya", "position": "Wali Kota"},
        {"role": "PIHAK KEDUA", "institution": "Universitas Pakuan", "signatory": None, "position": None}]
    with pytest.raises(FormRejected, match="^Para pihak: baris 2: instansi wajib diisi$"):
        parse_form("parties", MultiDict([("role", "A"), ("institution", "X"), ("role", "B"), ("institution", "")]))
    assert parse_form("numbers", MultiDict([("item", " 1/KB/2023 "), ("item", ""), ("item", "2/PKS")])) == \
        ["1/KB/2023", "2/PKS"]


def test_the_edit_form_saves_a_correction_or_says_what_is_wrong(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(), ["Halaman satu"])
    make_user(offline_env, "petugas", "staff")
    client = offline_app.test_client()
    login(client, "petugas")
    page = client.get(f"/perlu-diperiksa/{doc_id}/ubah/end_date").get_data(as_text=True)
    assert 'value="2028-08-23"' in page and "Kamis, 23 Agustus 2028" not in page  # 2028-08-23 is a Wednesday
    assert "Rabu, 23 Agustus 2028" in page
    wrong = client.post(f"/perlu-diperiksa/{doc_id}/ubah/end_date", data={"value": "31 Februari 2024"})
    assert wrong.status_code == 400
    body = wrong.get_data(as_text=True)
    assert "Tanggal berakhir: 31 Februari 2024 bukan tanggal yang ada" in body and 'value="31 Februari 2024"' in body
    saved = client.post(f"/perlu-diperiksa/{doc_id}/ubah/end_date", data={"value": "16 Mei 2029"})
    assert saved.status_code == 302 and saved.headers["Location"].endswith(f"/perlu-diperiksa/{doc_id}?kolom=end_date")
    agreement = client.get(f"/api/agreements/{doc_id}").get_json()
    assert agreement["end_date"] == "2029-05-16" and agreement["review"]["fields"]["end_date"]["state"] == "corrected"
    term = client.get(f"/perlu-diperiksa/{doc_id}/ubah/duration").get_data(as_text=True)
    assert 'value="5"' in term and "Berakhir: Rabu, 23 Agustus 2028" in term
    echo = client.get("/api/review/echo?field=duration&amount=2&unit=tahun&start=2023-08-24").get_json()
    assert echo == {"text": "Berakhir: Sabtu, 23 Agustus 2025", "date": "2025-08-23"}
    assert client.get("/api/review/echo?field=sign_date&value=16/5/2019").get_json()["text"] == "Dipahami: Kamis, 16 Mei 2019"
    assert client.get("/api/review/echo?field=sign_date&value=30-2-2019").get_json()["error"] is True
    numbers = client.get(f"/perlu-diperiksa/{doc_id}/ubah/numbers").get_data(as_text=True)
    assert 'name="item" value="119/KB.12-Ker/2023"' in numbers
    saved = client.post(f"/perlu-diperiksa/{doc_id}/ubah/numbers", data={"item": ["1/KB/2023", "", "2/KB/2023"]})
    assert saved.status_code == 302 and client.get(f"/api/agreements/{doc_id}").get_json()["numbers"] == \
        ["1/KB/2023", "2/KB/2023"]
    obligations = client.post(f"/perlu-diperiksa/{doc_id}/ubah/obligations", data={"party_role": ["PIHAK PERTAMA"],
                                                                                 "text": [""]})
    assert obligations.status_code == 400
    assert "Hak dan kewajiban: baris 1: kewajiban wajib diisi" in obligations.get_data(as_text=True)
    make_user(offline_env, "tamu", "viewer")
    viewer = offline_app.test_client()
    login(viewer, "tamu")
    assert viewer.post(f"/perlu-diperiksa/{doc_id}/ubah/title", data={"value": "x"}).status_code == 403
