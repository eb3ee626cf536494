"""Pure parts of search (issue 13): number keys, date tokens, query plans, fallbacks; no services."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from models import date_terms, number_keys
from models.search_plan import choose, fallback_candidates, plan


def test_number_keys_are_runs_of_whole_parts():
    keys = number_keys.keys("119/KB.12-Ker/2023")
    assert {"119", "2023", "119/kb", "kb.12", "kb.12-ker/2023", "119/kb.12-ker/2023"} <= keys
    assert "11" not in keys and "ker" not in keys and "12" not in keys  # never part of a part, never bare words


@given(st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=2, max_size=5),
       st.lists(st.sampled_from("/.-"), min_size=4, max_size=4))
def test_any_typed_run_of_a_number_finds_it(parts, seps):
    number = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))
    tokens = set(number_keys.tokens([number]))
    for i in range(len(parts)):
        for j in range(i + 2, len(parts) + 1):
            typed = parts[i] + "".join(sep + part for sep, part in zip(seps[i:], parts[i + 1:j]))
            key = number_keys.query_key(typed)
            assert key is not None and number_keys.token(key) in tokens, (number, typed)


def test_query_words_that_are_numbers():
    assert number_keys.query_key("119/") == "119"
    assert number_keys.query_key("PKS.120") == "pks.120"
    assert number_keys.query_key("2023") is None and number_keys.query_key("Bogor") is None
    assert number_keys.text_tokens("Nomor 119/KB.12-Ker/2023 tanggal ...") == \
        sorted({number_keys.token(k) for k in ("119", "119/kb.12-ker", "kb.12-ker", "kb.12-ker/2023", "2023",
                                                "119/kb.12-ker/2023")})
    assert number_keys.marked("748/NK.2-Ker/2019", "748/nk.2") == ("", "748/NK.2", "-Ker/2019")
    assert number_keys.marked("748/NK.2-Ker/2019", "749") is None


def test_every_written_form_of_a_date_is_one_token():
    forms = ["2019-05-16", "16-05-2019", "16/05/2019", "16 Mei 2019", "16 May 2019", "May 16, 2019",
             "tanggal enam belas bulan Mei tahun dua ribu sembilan belas", "16 Mei 2019 (16-05-2019)"]
    for form in forms:
        assert date_terms.text_tokens(f"ditandatangani {form} di Cimahi") == ["tgl20190516", "bln201905"], form
        found = date_terms.query_dates(form)
        assert found[0].token == "tgl20190516" and found[0].label == "16 Mei 2019", form
    assert [d.token for d in date_terms.query_dates("Mei 2019")] == ["bln201905"]
    assert [d.token for d in date_terms.query_dates("05/2019 dan 2019-06")] == ["bln201905", "bln201906"]
    assert date_terms.query_dates("Pasal 2019") == [] and date_terms.text_tokens("Pasal 5 ayat 2") == []
    assert date_terms.agreement_tokens("2020-01-27", None, date(2023, 1, 31)) == \
        ["tgl20200127", "bln202001", "tgl20230131", "bln202301"]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_found_on_a_page_whatever_stands_around_them(day):
    page = f"Pasal 3\nBerlaku sejak {day:%d-%m-%Y} sampai selesai. " * 3
    assert date_terms.text_tokens(page) == [date_terms.day_token(day), date_terms.month_token(day.year, day.month)]


def test_a_query_splits_into_terms():
    terms = plan('Pemkot Cimahi 16 Mei 2019 748/NK.2 "kota cerdas" 119').terms
    assert [(t.text, t.kind) for t in terms] == [("Pemkot", "word"), ("Cimahi", "word"), ("16 Mei 2019", "date"),
                                                  ("748/NK.2", "number"), ('"kota cerdas"', "phrase"),
                                                  ("119", "word")]
    assert terms[2].query == "tgl20190516" and terms[3].query.startswith("nk") and terms[5].query == '"119"'


def test_the_fallback_drops_the_fewest_words_and_never_stop_words():
    query = plan("Pemkot dan Bogor Cimahi")
    subsets = fallback_candidates(query)
    assert [[t.text for t in s] for s in subsets[:3]] == [["dan", "Bogor", "Cimahi"], ["Pemkot", "dan", "Cimahi"],
                                                           ["Pemkot", "dan", "Bogor"]]
    assert [t.text for t in choose(subsets, [0, 5, 0, 9])] == ["Pemkot", "dan", "Cimahi"]
    assert choose(subsets, [0] * len(subsets)) is None
    assert fallback_candidates(plan("Bogor")) == []
    long = plan("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas")
    assert len(long.terms) == 10 and [t.text for t in long.beyond] == ["sebelas"]  # reported as dropped


def test_the_date_reader_comes_without_spacy():
    code = "import sys, models.index, models.date_terms; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
