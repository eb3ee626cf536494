"""The real-document scorer (bench/eval_real.py) on a truth line and an agreement text written for this test."""
from __future__ import annotations

import json

import pytest

from bench import eval_real

# Two pages, separated by a form feed in the stored text: the opening and the term article.
OPENING = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUMBER MAKMUR
DENGAN
POLITEKNIK NEGERI LEMBAH HIJAU

NOMOR : 415.4/27/KB/2022
NOMOR : 88/PL.9/KS/2022

TENTANG
PENGEMBANGAN SUMBER DAYA MANUSIA APARATUR

Pada hari ini Rabu tanggal sembilan bulan Maret tahun dua ribu dua puluh dua,
bertempat di Sumber Makmur, kami yang bertanda tangan di bawah ini:
1. Ir. HARTONO WIBISONO, M.T. : Bupati Sumber Makmur, dalam hal ini bertindak untuk dan
   atas nama Pemerintah Kabupaten Sumber Makmur, selanjutnya disebut PIHAK PERTAMA;
2. Dr. LESTARI PUSPITANINGRUM, S.T., M.Eng. : Direktur Politeknik Negeri Lembah Hijau,
   dalam hal ini bertindak untuk dan atas nama Politeknik Negeri Lembah Hijau,
   selanjutnya disebut PIHAK KEDUA.
"""
TERM = """Pasal 5
JANGKA WAKTU

Kesepakatan Bersama ini berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak
tanggal ditandatangani oleh PARA PIHAK.
"""

TRUTH = {
    "id": "kb-sumbermakmur", "source": "written for this test", "retrieved": "2026-12-04", "excerpt": False,
    "doc_type": "KB", "numbers": ["415.4/27/KB/2022", "88/PL.9/KS/2022"],
    "title": "Pengembangan Sumber Daya Manusia Aparatur",
    "parties": [{"role": "PIHAK PERTAMA", "institution": "Pemerintah Kabupaten Sumber Makmur",
                 "signatory": "Ir. HARTONO WIBISONO, M.T.", "position": "Bupati Sumber Makmur"},
                {"role": "PIHAK KEDUA", "institution": "Politeknik Negeri Lembah Hijau",
                 "signatory": "Dr. LESTARI PUSPITANINGRUM, S.T., M.Eng.",
                 "position": "Direktur Politeknik Negeri Lembah Hijau"}],
    "sign_date": "2022-03-09", "sign_place": "Sumber Makmur", "effective_date": "2022-03-09", "duration": "P3Y",
    "end_date": "2025-03-08", "parent_agreement": None, "absent": [],
}


def _write(tmp_path, records: list[dict], texts: dict[str, str]):
    truth = tmp_path / "truth.jsonl"
    truth.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n")
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    return truth, folder


def _rows(score) -> dict[str, tuple[int, int, int]]:
    return {row: (t.correct, t.scored, t.invented) for row, t in score.rows.items()}


def test_a_faithful_truth_scores_every_field_right(tmp_path):
    truth, texts = _write(tmp_path, [TRUTH], {"kb-sumbermakmur": OPENING + eval_real.PAGE_BREAK + TERM})
    score = eval_real.evaluate(truth, texts)
    rows = _rows(score)
    assert score.documents == ["kb-sumbermakmur"] and score.misses == []
    assert rows["parties"] == (1, 1, 0)
    assert rows["signatory"] == rows["position"] == rows["institution"] == (2, 2, 0)
    assert all(rows[name] == (1, 1, 0) for name in eval_real.SCALARS)


def test_misses_inventions_absent_fields_and_alternatives_are_counted(tmp_path):
    wrong = dict(TRUTH, id="wrong", sign_place="Kota Lain", sign_date=None, absent=["end_date", "signatory:*"],
                 parties=[dict(TRUTH["parties"][0], institution="Pemkab Sumber Makmur"), TRUTH["parties"][1]],
                 title=None, also={"institution:PIHAK PERTAMA": ["Pemerintah Kabupaten Sumber Makmur"],
                                   "title": ["Pengembangan Sumber Daya Manusia Aparatur"]})
    truth, texts = _write(tmp_path, [wrong, dict(TRUTH, id="no-text")], {"wrong": OPENING + "\f" + TERM})
    score = eval_real.evaluate(truth, texts)
    rows = _rows(score)
    assert score.missing == ["no-text"]
    assert rows["sign_place"] == (0, 1, 0)
    assert rows["title"] == (1, 1, 0)  # none required, the one found accepted: right, and not an invention
    assert rows["sign_date"] == (0, 1, 1)  # the text states a date the truth says is not there: an invention
    assert rows["end_date"] == (0, 0, 0) and rows["signatory"] == (0, 0, 0)  # absent: not scored
    assert score.unscored == [{"id": "wrong", "field": "end_date", "found": "2025-03-08"}]  # but shown
    assert rows["institution"] == (2, 2, 0) and rows["parties"] == (1, 1, 0)  # the alternative is accepted
    assert {(m["field"], m["found"]) for m in score.misses} == {("sign_place", "Sumber Makmur"),
                                                                 ("sign_date", "2022-03-09")}
    assert any(line.startswith("  invented dates: 1") for line in eval_real.report(score, eval_real.dt.date(2026, 12, 4)))


def test_each_value_given_is_counted_in_its_confidence_band(tmp_path):
    wrong = dict(TRUTH, id="w", sign_place="Kota Lain")
    truth, texts = _write(tmp_path, [wrong], {"w": OPENING + eval_real.PAGE_BREAK + TERM})
    score = eval_real.evaluate(truth, texts)
    facts = eval_real.facts_of([OPENING, TERM])
    found = [name for name in eval_real.SCALARS if not eval_real._empty(facts[name])]
    assert len(score.given) == len(found) + 6  # every scalar found, and three attributes of each of the two parties
    place = facts["evidence"]["sign_place"]["confidence"]
    assert ("sign_place", place, False) in score.given and sum(not right for *_, right in score.given) == 1

    made = eval_real.Score(given=[("title", 0.95, True), ("title", 0.95, False), ("numbers", 0.8, True),
                                  ("signatory", 0.5, False), ("position", None, False)])
    bands = {band["band"]: (band["right"], band["given"]) for band in eval_real.calibration(made)}
    assert bands == {">= 0.90": (1, 2), "0.75-0.89": (1, 1), "0.60-0.74": (0, 0), "< 0.60": (0, 2)}
    lines = eval_real.calibration_lines(made)
    assert lines[-1] == "    wrong values below 0.90: 2 of 3"
    assert eval_real.as_json(made, eval_real.dt.date(2026, 12, 4))["calibration"][0]["accuracy"] == 0.5


def test_main_prints_json_and_the_miss_list(tmp_path, capsys):
    truth, texts = _write(tmp_path, [dict(TRUTH, title="Judul Lain")], {"kb-sumbermakmur": OPENING})
    assert eval_real.main(["--truth", str(truth), "--texts", str(texts), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 1 and figures["fields"]["title"] == {"correct": 0, "scored": 1, "invented": 0,
                                                                       "accuracy": 0.0}
    assert eval_real.main(["--truth", str(truth), "--texts", str(texts), "--misses"]) == 0
    assert "title: truth 'Judul Lain', found 'Pengembangan Sumber Daya Manusia Aparatur'" in capsys.readouterr().out


def test_without_texts_it_says_so_in_one_line(tmp_path, capsys):
    (tmp_path / "texts").mkdir()
    assert eval_real.main(["--texts", str(tmp_path / "texts")]) == 0
    assert capsys.readouterr().out.count("\n") == 1


@pytest.mark.parametrize("line, problem", [("{not json", "not JSON"), ('{"id": "x"}', "missing source")])
def test_a_broken_truth_line_is_named(tmp_path, capsys, line, problem):
    truth, texts = _write(tmp_path, [], {"x": OPENING})
    truth.write_text(line + "\n")
    assert eval_real.main(["--truth", str(truth), "--texts", str(texts)]) == 2
    error = capsys.readouterr().err
    assert f"{truth}:1" in error and problem in error


def test_the_committed_truth_file_is_well_formed():
    records = eval_real.load_truth(eval_real.REAL / "truth.jsonl")
    assert len(records) >= 20
    for record in records:
        unknown = set(record.get("absent", [])) - set(eval_real.SCALARS) - {"parties"} - {
            f"{attribute}:{role}" for attribute in eval_real.PARTY_ATTRIBUTES
            for role in ["*", *(party["role"] for party in record["parties"])]}
        assert not unknown, (record["id"], unknown)


def test_a_body_named_with_or_without_its_leading_article_is_the_same_body():
    from bench.eval import party_field_equal

    assert party_field_equal("institution", "THE GOVERNMENT OF THE REPUBLIC OF ARVELIA",
                             "Government of the Republic of Arvelia")
    assert not party_field_equal("institution", "Government of the Republic of Arvelia", "Government of Arvelia")
    assert not party_field_equal("position", "The Mayor", "Mayor")  # only a body's name drops its article


def test_bodies_sharing_a_role_pair_in_order():
    villages = [{"role": "PIHAK PERTAMA", "institution": f"Pemerintah Desa {name}", "signatory": f"Kades {name}",
                 "position": f"Kepala Desa {name}"} for name in ("Arum", "Bening", "Cerah")]
    centre = {"role": "PIHAK KEDUA", "institution": "Puskesmas Arum", "signatory": "dr. Wening",
              "position": "Kepala Puskesmas Arum"}
    truth = dict(TRUTH, id="desa", parties=villages + [centre])
    facts = {name: truth[name] for name in eval_real.SCALARS} | {"parties": villages + [centre], "evidence": {}}
    score = eval_real.Score()
    eval_real.score_document(score, truth, facts)
    assert _rows(score)["signatory"] == (4, 4, 0) and _rows(score)["position"] == (4, 4, 0)
    swapped = dict(facts, parties=[villages[0], villages[2], villages[1], centre])
    score = eval_real.Score()
    eval_real.score_document(score, truth, swapped)
    assert _rows(score)["signatory"] == (2, 4, 0)  # the second and third villages' signers are each other's
    assert _rows(score)["parties"] == (1, 1, 0)  # the same bodies in the same roles


def test_rewrap_breaks_long_lines_at_spaces_and_keeps_short_ones():
    page = "SHORT LINE\n" + "kata " * 30 + "\nPasal 5"
    wrapped = eval_real.rewrap(page, 40)
    lines = wrapped.split("\n")
    assert lines[0] == "SHORT LINE" and lines[-1] == "Pasal 5"
    assert len(lines) > 4 and all(len(line) <= 40 for line in lines)
    assert wrapped.split() == page.split()  # only line ends change, never a word


def test_wrap_option_scores_the_rewrapped_text_and_refuses_tiny_widths(tmp_path, capsys, monkeypatch):
    truth, texts = _write(tmp_path, [TRUTH], {"kb-sumbermakmur": OPENING + eval_real.PAGE_BREAK + TERM})
    seen, extract = [], eval_real.facts_of
    monkeypatch.setattr(eval_real, "facts_of", lambda pages: seen.append(pages) or extract(pages))
    assert eval_real.main(["--truth", str(truth), "--texts", str(texts), "--wrap", "60"]) == 0
    assert "1 documents" in capsys.readouterr().out
    # the extractor got both pages, every line within the width (the opening has lines of 90 characters)
    assert len(seen) == 1 and len(seen[0]) == 2
    assert all(len(line) <= 60 for page in seen[0] for line in page.split("\n"))
    assert eval_real.main(["--truth", str(truth), "--texts", str(texts), "--wrap", "5"]) == 2
    assert "--wrap 5" in capsys.readouterr().err


def test_a_run_of_dots_in_a_number_is_one_blank_whatever_its_length():
    from bench.eval import field_equal

    # the truth as printed ("…/418.2.... / 2023"), the extractor's blank as "…": one blank either way
    assert field_equal("numbers", ["445 / /418.2.... / 2023"], ["445/ /418.2…/2023"])
    assert field_equal("numbers", ["……./PKS/2023"], ["…/PKS/2023"])
    assert not field_equal("numbers", ["445/12/418.2/2023"], ["445/12/418.2…/2023"])  # a blank is no digit
    assert not field_equal("numbers", ["445.2/12/2023"], ["445/12/2023"])  # a code's single dot stays
