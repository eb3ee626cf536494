"""Party forms read in extractor 1.11.25 (issue 18, the released sealed set's remaining classes, as general forms): the
previous designation's closing quote written as an opening one, an address ending a line with a dot while the
sentence goes on, a "Posisi :" row, several persons signing for one body, an office as the capacity a person acts
in, a template's alternative block after "atau", a kind of body whose name a form left blank, a bilingual heading,
short names without quotes, a recital read as a block. Every text here is written for these tests."""
from __future__ import annotations

from ingest.extract.heading_parties import title_parties
from ingest.extract.parties import parse_block
from ingest.extract.party_blocks import last_block
from ingest.extract.signers import acting_office, several_signers
from tests.extract_texts import schema_of


def _rows(text: str) -> list[tuple]:
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]


def test_a_closing_quote_written_as_an_opening_one_is_no_part_of_the_next_body():
    assert last_block("“, KOPERASI TIRTA MAKMUR, suatu badan hukum") == "KOPERASI TIRTA MAKMUR, suatu badan hukum"
    text = ("PERJANJIAN KERJASAMA\nPENGELOLAAN KEBUN\n"
            "Perjanjian ini dibuat pada hari Senin tanggal 2 Maret 2015 oleh dan antara : PT. SAWIT RAYA, suatu "
            "perseroan terbatas, yang dalam hal ini diwakili oleh Budi Hartono, selaku Direktur, untuk selanjutnya "
            "disebut “ Pihak Pertama “, KOPERASI TIRTA MAKMUR, suatu badan hukum, yang dalam hal ini diwakili oleh "
            "Rina Lestari selaku Ketua dari dan karenanya bertindak untuk dan atas nama Koperasi Tirta Makmur. "
            "Untuk selanjutnya disebut “ Koperasi “ atau “ Pihak Kedua “, Para Pihak sepakat sebagai berikut.\n")
    assert _rows(text)[1] == ("PIHAK KEDUA", "Koperasi Tirta Makmur", "Rina Lestari", "Ketua")


def test_an_address_ending_a_line_with_a_dot_does_not_end_the_sentence():
    block = (".\n\n2.dr. Siti Aminah, M.Kes. Selaku Direktur Rumah Sakit Tirta berkedudukan di\n\n"
             "Jl. Anggrek No. 7.\n\n, dalam hal ini bertindak untuk dan atas nama jabatannya selanjutnya disebut")
    assert last_block(block).startswith("2.dr. Siti Aminah")
    _, signatory, position, _ = parse_block(last_block(block))
    assert (signatory, position) == ("dr. Siti Aminah, M.Kes.", "Direktur Rumah Sakit Tirta")
    # a sentence that does end there still cuts the block
    assert last_block("Kalimat lain yang selesai di sini.\nRina Lestari selaku Ketua Koperasi Tirta, selanjutnya") == \
        "Rina Lestari selaku Ketua Koperasi Tirta, selanjutnya"


def test_a_posisi_row_is_the_office():
    institution, signatory, position, _ = parse_block(
        "Nama : Drs. Anton Wibowo\nAlamat : Dusun Krajan RT 2\nNo Telp : 0812000000\n"
        "Posisi : Ketua Kelompok Tani Sumber Rejeki\nDesa Tirtawangi\nAlamat : Dusun Krajan RT 2\n"
        "Sebagai pihak mitra, selanjutnya disebut")
    assert (signatory, position) == ("Drs. Anton Wibowo", "Ketua Kelompok Tani Sumber Rejeki Desa Tirtawangi")
    assert institution is None  # the group is known from the office only: `_party` takes it from there
    rows = _rows("SURAT KERJASAMA KEMITRAAN\n\nPada hari ini, bertempat di Sukamaju, kami yang bertanda tangan di "
                 "bawah ini :\n\nNama : Drs. Anton Wibowo\nPosisi : Ketua Kelompok Tani Sumber Rejeki\n"
                 "Alamat : Dusun Krajan RT 2\nSelanjutnya disebut PIHAK PERTAMA.\n\nNama : Rina Lestari\n"
                 "Posisi : Direktur CV Tani Makmur\nAlamat : Jl. Anggrek 7\nSelanjutnya disebut PIHAK KEDUA.\n")
    assert rows == [("PIHAK PERTAMA", "Kelompok Tani Sumber Rejeki", "Drs. Anton Wibowo",
                     "Ketua Kelompok Tani Sumber Rejeki"),
                    ("PIHAK KEDUA", "CV Tani Makmur", "Rina Lestari", "Direktur CV Tani Makmur")]


def test_several_persons_signing_for_one_body_are_listed_with_their_offices():
    assert several_signers("Bapak Agus Salim, S.E., Bapak Joko dan Ibu Rina, masing-masing dalam kedudukannya "
                           "sebagai Ketua, Sekretaris dan Bendahara dari KOPERASI TIRTA") == \
        ("Bapak Agus Salim, S.E., Bapak Joko dan Ibu Rina", "Ketua, Sekretaris dan Bendahara")
    assert several_signers("Budi Hartono dan Siti Aminah, dalam jabatannya masing-masing selaku Kepala Divisi "
                           "dan Manajer Umum, yang") == ("Budi Hartono dan Siti Aminah", "Kepala Divisi dan Manajer Umum")
    assert several_signers("Budi Hartono, masing-masing selaku Direktur") is None  # one person: not this form
    assert several_signers("Budi Hartono, selaku Direktur PT Tirta dan PT Raya, yang masing-masing sebagai "
                           "penjamin") is None  # a clause before "masing-masing": no list of names
    institution, signatory, position, _ = parse_block(
        "1) Bapak Agus Salim, S, Sos, Bapak Joko dan Ibu Rina, masing–masing dalam kedudukannya sebagai Ketua, "
        "Sekretaris dan Bendahara dari KOPERASI UNIT DESA TIRTA, suatu badan hukum, dan oleh karenanya bertindak "
        "untuk dan atas nama KOPERASI UNIT DESA TIRTA tersebut")
    assert (institution, signatory, position) == ("Koperasi Unit Desa Tirta", "Bapak Agus Salim, S, Sos, Bapak Joko "
                                                  "dan Ibu Rina", "Ketua, Sekretaris dan Bendahara")


def test_an_office_as_the_capacity_a_person_acts_in():
    assert acting_office("BUDI : Dalam hal ini bertindak sebagai direktur CV.TANI MAKMUR Pemilik Gudang ( Los ) "
                         "yang terletak di Desa Tirta") == "direktur CV.TANI MAKMUR"
    assert acting_office("bertindak sebagai Direktur PT BANK TIRTA Cabang Sukamaju yang berkedudukan") == \
        "Direktur PT BANK TIRTA Cabang Sukamaju"
    assert acting_office("bertindak sebagai Kuasa Direksi") is None  # no office word: a capacity, not an office
    assert acting_office("bertindak sebagai PIHAK PERTAMA") is None
    institution, signatory, position, _ = parse_block(
        "2. BUDI : Dalam hal ini bertindak sebagai direktur CV.TANI MAKMUR Pemilik Gudang ( Los ) yang terletak di "
        "Desa Tirta selanjutnya disebut sebagai")
    assert (signatory, position) == ("Budi", "direktur CV.TANI MAKMUR")


def test_a_templates_alternative_block_after_atau_is_no_party():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nLAYANAN KESEHATAN\n\nPerjanjian ini dibuat oleh dan antara:\n\n"
            "I. PT ASURANSI TIRTA, berkedudukan di Sukamaju;\n- dalam hal ini diwakili oleh BUDI HARTONO, dalam "
            "jabatannya selaku Direktur;\n- untuk selanjutnya disebut PIHAK PERTAMA;\n\n"
            "II. RS TIRTA MEDIKA, berkedudukan di Jl. Anggrek 7;\n- yang dalam hal ini diwakili oleh dr. Siti Aminah "
            "dalam jabatannya selaku Direktur RS Tirta Medika;\n- untuk selanjutnya disebut PIHAK KEDUA.\n\natau\n\n"
            "III. PT/YAYASAN XXXXXXX, berkedudukan di kota atau kabupaten;\n- dalam hal ini diwakili oleh -NAMA "
            "PEJABAT YANG\nBERWENANG-, dalam jabatannya selaku Direktur;\n")
    assert [row[0] for row in _rows(text)] == ["PIHAK PERTAMA", "PIHAK KEDUA"]


def test_a_kind_of_body_whose_name_was_left_blank_is_no_institution():
    institution, _, _, _ = parse_block("Bertindak untuk dan atas nama RUMAH SAKIT ..................... berkedudukan "
                                       "di Jl. ...................., selanjutnya disebut")
    assert institution is None
    assert parse_block("Bertindak untuk dan atas nama RUMAH SAKIT TIRTA berkedudukan di Sukamaju")[0] == \
        "Rumah Sakit Tirta"


def test_a_bilingual_headings_translated_kind_is_no_party():
    text = ("PERJANJIAN KERJASAMA PELAYANAN ANTARA\n\nCOOPERATION AGREEMENT ON SERVICES BETWEEN\n\n"
            "RUMAH SAKIT TIRTA\n\nDENGAN\n\nWITH\n\nPT. MEDIKA RAYA Nomor : 12/PKS/2020\n\nTENTANG PELAYANAN\n\n"
            "Pada hari ini yang bertanda tangan di bawah ini:\n")
    assert [name for name, _, _ in title_parties(text, len(text) - 50)] == ["Rumah Sakit Tirta", "PT. Medika Raya"]


def test_short_names_without_quotes_designate_the_parties():
    text = ("ADDENDUM PERTAMA\nPERJANJIAN KERJA BERSAMA\nANTARA\nPT TIRTA ENERGI (PERSERO)\nDENGAN\n"
            "SERIKAT PEKERJA PT TIRTA ENERGI (PERSERO)\n\nPada hari ini, Jumat, tanggal sebelas bulan Oktober tahun "
            "dua ribu tiga belas, yang bertanda tangan di bawah ini\n\n"
            "PT Tirta Energi (Persero), badan hukum yang berkedudukan di Sukamaju, dalam hal ini diwakili oleh "
            "Budi Hartono selaku Direktur Utama PT Tirta Energi (Persero) yang selanjutnya disebut Perseroan.\n\n"
            "II. Serikat Pekerja PT Tirta Energi (Persero), dalam hal ini diwakili oleh Rina Lestari selaku Ketua "
            "Umum Serikat Pekerja PT Tirta Energi (Persero), yang selanjutnya disebut SP-TE.\n\nBerdasarkan:\n")
    assert _rows(text) == [
        ("PIHAK PERTAMA", "PT Tirta Energi (Persero)", "Budi Hartono", "Direktur Utama PT Tirta Energi (Persero)"),
        ("PIHAK KEDUA", "Serikat Pekerja PT Tirta Energi (Persero)", "Rina Lestari",
         "Ketua Umum Serikat Pekerja PT Tirta Energi (Persero)")]


def test_a_recital_read_as_a_block_gives_no_party_values():
    assert parse_block("Bahwa PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK dan secara "
                       "masing-masing disebut")[:3] == (None, None, None)


def test_a_labels_line_whose_cells_ran_together_gives_the_name_and_the_office():
    block = ("1. N a m a : Jabatan : Alamat :\nBUDI SANTOSO, M.Kes BUPATI SUKAMAJU Jalan Merdeka 4, Kelurahan Tirta, "
             "Dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju yang selanjutnya disebut")
    assert parse_block(block)[:3] == ("Pemerintah Kabupaten Sukamaju", "Budi Santoso, M.Kes", "Bupati Sukamaju")
    block = ("2. Nama : Jabatan :\nProf. dr. RINA LESTARI, M.Sc, Ph.D Dekan Fakultas Teknik, Sains, dan Seni "
             "Universitas Tirta Jalan Anggrek 7, Dalam hal ini bertindak untuk dan atas nama Fakultas Teknik")
    assert parse_block(block)[1:3] == ("Prof. dr. Rina Lestari, M.Sc, Ph.D",
                                       "Dekan Fakultas Teknik, Sains, dan Seni Universitas Tirta")
    # no office word in the run-together cells: nothing is guessed
    assert parse_block("1. Nama : Jabatan :\nBUDI SANTOSO Jalan Merdeka 4 yang selanjutnya disebut")[2] is None


def test_a_stray_ke_before_a_whole_ordinal_still_designates():
    from ingest.extract.nlp import designations
    region = "Budi Santoso selaku Bupati Sukamaju yang selanjutnya disebut PIHAK KE PERTAMA.\n"
    assert [mention.role for mention in designations(region)] == ["PIHAK PERTAMA"]
    assert [mention.role for mention in designations("yang selanjutnya disebut PIHAK KE DUA.")] == ["PIHAK KEDUA"]


def test_the_documents_own_short_name_with_its_article_inside_the_quotes_is_no_party():
    from ingest.extract.short_names import short_designations
    region = ('the City of Lakeview (hereinafter referred to as "the City") and the Tirta Foundation (hereinafter '
              'referred to as "the Foundation") agree to a project (hereinafter referred to as "the Project").')
    assert [short.short for short in short_designations(region)] == ["the City", "the Foundation"]


def test_a_heading_joined_by_an_ocr_word_is_split():
    from ingest.extract.parties import Party
    from ingest.extract.party_blocks import split_joined
    parties = [Party("PIHAK PERTAMA", "The Government of Sukamaju !n2 the Government of the Kingdom of Tirta"),
               Party("PIHAK KEDUA", "Government of the Kingdom of Tirta")]
    split_joined(parties)
    assert [party.institution for party in parties] == ["The Government of Sukamaju",
                                                        "Government of the Kingdom of Tirta"]
    # a real word between stays: a faculty is not split from the university that ends its name
    parties = [Party("PIHAK PERTAMA", "Fakultas Ilmu Universitas Tirta"), Party("PIHAK KEDUA", "Universitas Tirta")]
    split_joined(parties)
    assert parties[0].institution == "Fakultas Ilmu Universitas Tirta"
