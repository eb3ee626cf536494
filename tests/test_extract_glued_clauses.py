"""What a text glues after a body's name is no part of it: an address opened by `alamat` before the street, and
the `untuk` of `untuk selanjutnya disebut` broken over lines (forms of sealed6, written anew for this test)."""
from __future__ import annotations

import pytest

from ingest.extract.parties import parse_block


@pytest.mark.parametrize("block", [
    "KLINIK PRATAMA SEHAT SENTOSA alamat Jl. Kenanga No.\n\n\n7 Tirta dalam hal ini diwakili oleh dr. Rina Dewi dalam "
    "kapasitas\nselaku Direktur (selanjutnya disebut",
    "KLINIK PRATAMA SEHAT SENTOSA beralamat di Jalan Kenanga 7, Tirta, dalam hal ini diwakili oleh dr. Rina Dewi "
    "selaku Direktur, selanjutnya disebut",
])
def test_an_address_glued_after_the_name_is_cut(block):
    institution, signatory, position, _ = parse_block(block)
    assert (institution, signatory, position) == ("Klinik Pratama Sehat Sentosa", "dr. Rina Dewi", "Direktur")


def test_untuk_before_a_broken_selanjutnya_is_no_part_of_the_body():
    block = ("Ns. Budi Santoso, S.Kep, Kepala Puskesmas Sukamaju Kota Tirta berkedudukan di Tirta dalam hal ini "
             "bertindak\n\nuntuk dan atas nama serta sah mewakili Puskesmas Sukamaju untuk\n\nselanjutnya disebut")
    assert parse_block(block)[0] == "Puskesmas Sukamaju"

