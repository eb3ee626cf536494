"""A document-sharing site's own lines in a document's text (a page saved or printed from the site): its page
counter, buttons and panels, and its header (the document's name cut short and the site's figures) are no part of
the agreement. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.cleanup import clean_pages
from ingest.extract.site_chrome import header_end, is_site_line
from tests.extract_texts import schema_of

_AGREEMENT = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH KOTA SEJAHTERA\nDENGAN\nKLINIK PRATAMA HARAPAN\n"
              "TENTANG\nPELAYANAN RUJUKAN PASIEN\nNomor : 445/12/RSUD/2021\n\nPada hari ini Senin tanggal satu bulan "
              "Maret tahun dua ribu dua puluh satu, bertempat di Sejahtera, kami yang bertanda tangan di bawah ini:\n")


# the site's copy flattens the heading onto one line
_FLAT = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM DAERAH KOTA SEJAHTERA DENGAN KLINIK PRATAMA HARAPAN TENTANG "
         "PELAYANAN RUJUKAN PASIEN\n\nNomor : 445/12/RSUD/2021\n\nPada hari ini Senin tanggal satu bulan Maret tahun dua "
         "ribu dua puluh satu, bertempat di Sejahtera, kami yang bertanda tangan di bawah ini:\n")


def test_a_hosting_sites_header_and_panels_give_no_title_or_number():
    page = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM DAERAH KOTA SEJAHTERA DENGAN KLINIK PRATAMA HARAPAN TENTANG PEL"
            "\n\nViews 52 Downloads 7 File size 210KB\n\nReport DMCA / Copyright\n\nDOWNLOAD FILE\n\nRecommend Stories\n\n"
            "Citation preview\n\n" + _FLAT)
    facts = schema_of([page])
    assert facts["title"].upper() == "PELAYANAN RUJUKAN PASIEN"
    assert facts["numbers"] == ["445/12/RSUD/2021"]
    assert facts["sign_date"] == "2021-03-01"


def test_a_sites_page_counter_in_its_language_is_dropped():
    for counter in ("You are on page 1of 9", "Anda di halaman 1dari 5", "Sie sind auf Seite 1von 7",
                    "Download as docx, pdf, or txt", "Total Page:16 File Type:pdf, Size:1020kb",
                    "Total Page:16\nFile Type:pdf, Size:1020Kb"):
        cleaned = clean_pages([counter + "\n" + _AGREEMENT]).text
        assert counter not in cleaned
        assert cleaned.lstrip().startswith("PERJANJIAN KERJA SAMA")


def test_the_agreements_own_lines_are_never_site_lines():
    for line in ("Halaman 1 dari 5 halaman perjanjian ini berlaku", "Views of the parties on downloads",
                 "Citation preview of the agreement", "Pasal 1", "You are on page 3 of the annex"):
        assert not is_site_line(line)


def test_only_a_header_with_the_sites_figures_is_the_sites():
    assert header_end(["Judul", "", "Views 1,204 Downloads 31 File size 1.2MB", "", "PERJANJIAN"]) == 3
    assert header_end(["PERJANJIAN KERJA SAMA", "ANTARA", "A", "DENGAN", "B"]) == 0
    lines = [f"baris {n}" for n in range(20)] + ["Views 5 Downloads 1 File size 90KB"]
    assert header_end(lines) == 0  # far down the page: not a header (a line there is dropped on its own)


def test_a_file_card_under_the_kinds_line_leaves_the_parties_and_no_subject():
    page = ("Memorandum of Understanding Between\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nNUSA HARAPAN UNIVERSITY AND "
            "INSTITUT TEKNOLOGI SAMUDRA MEMORANDUM OF UNDERSTANDING BETWEEN NUSA HARAPAN UNIVERSITY AND INSTITUT "
            "TEKNOLOGI SAMUDRA The Nusa Harapan University and Institut Teknologi Samudra, hereinafter referred to as "
            "the Parties, have agreed as follows:\n")
    facts = schema_of([page])
    assert facts["doc_type"] == "MOU"
    assert facts["title"] is None  # "Between …" after the kind's words is the parties, never a subject
    assert all("Total Page" not in (party["institution"] or "") for party in facts["parties"])


def test_the_sites_name_of_the_document_cut_short_above_its_own_heading_is_the_sites():
    page = ("MEMORANDUM OF UNDERSTANDING Kesepakatan Kerj\n\nMEMORANDUM OF UNDERSTANDING\n(Kesepakatan Kerjasama Saling "
            "Pengertian)\nANTARA\nAKADEMI KEPERAWATAN BINA SEHAT\nDAN\nRUMAH SAKIT UMUM DAERAH KOTA LESTARI\nMENGENAI\n"
            "KERJASAMA DI BIDANG PELATIHAN\n")
    assert schema_of([page])["title"].upper() == "KERJASAMA DI BIDANG PELATIHAN"
    assert header_end(page.splitlines(keepends=True)) == 1
    # a heading's first line followed by other words is the document's own
    heading = ["PERJANJIAN KERJA SAMA ANTARA\n", "RUMAH SAKIT UMUM DAERAH KOTA LESTARI\n", "DENGAN\n"]
    assert header_end(heading) == 0
