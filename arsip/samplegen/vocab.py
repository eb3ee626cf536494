"""Names the generator draws from: real regions, partner institutions, people, degrees and titles."""
from __future__ import annotations

# (province, capital) — the 38 provinces; the capital is a plausible signing place for the governor.
PROVINCES = [
    ("Aceh", "Banda Aceh"), ("Sumatera Utara", "Medan"), ("Sumatera Barat", "Padang"), ("Riau", "Pekanbaru"),
    ("Jambi", "Jambi"), ("Sumatera Selatan", "Palembang"), ("Bengkulu", "Bengkulu"), ("Lampung", "Bandar Lampung"),
    ("Kepulauan Bangka Belitung", "Pangkalpinang"), ("Kepulauan Riau", "Tanjungpinang"),
    ("Daerah Khusus Ibukota Jakarta", "Jakarta"), ("Jawa Barat", "Bandung"), ("Jawa Tengah", "Semarang"),
    ("Daerah Istimewa Yogyakarta", "Yogyakarta"), ("Jawa Timur", "Surabaya"), ("Banten", "Serang"),
    ("Bali", "Denpasar"), ("Nusa Tenggara Barat", "Mataram"), ("Nusa Tenggara Timur", "Kupang"),
    ("Kalimantan Barat", "Pontianak"), ("Kalimantan Tengah", "Palangka Raya"), ("Kalimantan Selatan", "Banjarbaru"),
    ("Kalimantan Timur", "Samarinda"), ("Kalimantan Utara", "Tanjung Selor"), ("Sulawesi Utara", "Manado"),
    ("Sulawesi Tengah", "Palu"), ("Sulawesi Selatan", "Makassar"), ("Sulawesi Tenggara", "Kendari"),
    ("Gorontalo", "Gorontalo"), ("Sulawesi Barat", "Mamuju"), ("Maluku", "Ambon"), ("Maluku Utara", "Sofifi"),
    ("Papua", "Jayapura"), ("Papua Barat", "Manokwari"), ("Papua Selatan", "Merauke"), ("Papua Tengah", "Nabire"),
    ("Papua Pegunungan", "Wamena"), ("Papua Barat Daya", "Sorong"),
]

# (kind, name, province, seat) — seat is where the regional head signs.
REGIONS = [
    ("Kota", "Bogor", "Jawa Barat", "Bogor"), ("Kota", "Bandung", "Jawa Barat", "Bandung"),
    ("Kota", "Depok", "Jawa Barat", "Depok"), ("Kota", "Bekasi", "Jawa Barat", "Bekasi"),
    ("Kota", "Cimahi", "Jawa Barat", "Cimahi"), ("Kota", "Sukabumi", "Jawa Barat", "Sukabumi"),
    ("Kota", "Tasikmalaya", "Jawa Barat", "Tasikmalaya"), ("Kota", "Cirebon", "Jawa Barat", "Cirebon"),
    ("Kabupaten", "Bogor", "Jawa Barat", "Cibinong"), ("Kabupaten", "Bandung", "Jawa Barat", "Soreang"),
    ("Kabupaten", "Sumedang", "Jawa Barat", "Sumedang"), ("Kabupaten", "Garut", "Jawa Barat", "Garut"),
    ("Kabupaten", "Purwakarta", "Jawa Barat", "Purwakarta"), ("Kabupaten", "Karawang", "Jawa Barat", "Karawang"),
    ("Kota", "Semarang", "Jawa Tengah", "Semarang"), ("Kota", "Surakarta", "Jawa Tengah", "Surakarta"),
    ("Kota", "Magelang", "Jawa Tengah", "Magelang"), ("Kota", "Salatiga", "Jawa Tengah", "Salatiga"),
    ("Kota", "Pekalongan", "Jawa Tengah", "Pekalongan"), ("Kabupaten", "Banyumas", "Jawa Tengah", "Purwokerto"),
    ("Kabupaten", "Kudus", "Jawa Tengah", "Kudus"), ("Kabupaten", "Klaten", "Jawa Tengah", "Klaten"),
    ("Kabupaten", "Boyolali", "Jawa Tengah", "Boyolali"), ("Kabupaten", "Wonosobo", "Jawa Tengah", "Wonosobo"),
    ("Kota", "Yogyakarta", "Daerah Istimewa Yogyakarta", "Yogyakarta"),
    ("Kabupaten", "Sleman", "Daerah Istimewa Yogyakarta", "Sleman"),
    ("Kabupaten", "Bantul", "Daerah Istimewa Yogyakarta", "Bantul"),
    ("Kabupaten", "Kulon Progo", "Daerah Istimewa Yogyakarta", "Wates"),
    ("Kota", "Surabaya", "Jawa Timur", "Surabaya"), ("Kota", "Malang", "Jawa Timur", "Malang"),
    ("Kota", "Kediri", "Jawa Timur", "Kediri"), ("Kota", "Madiun", "Jawa Timur", "Madiun"),
    ("Kota", "Batu", "Jawa Timur", "Batu"), ("Kabupaten", "Banyuwangi", "Jawa Timur", "Banyuwangi"),
    ("Kabupaten", "Sidoarjo", "Jawa Timur", "Sidoarjo"), ("Kabupaten", "Gresik", "Jawa Timur", "Gresik"),
    ("Kabupaten", "Lamongan", "Jawa Timur", "Lamongan"), ("Kabupaten", "Jember", "Jawa Timur", "Jember"),
    ("Kota", "Tangerang", "Banten", "Tangerang"), ("Kota", "Tangerang Selatan", "Banten", "Tangerang Selatan"),
    ("Kota", "Serang", "Banten", "Serang"), ("Kabupaten", "Lebak", "Banten", "Rangkasbitung"),
    ("Kota", "Denpasar", "Bali", "Denpasar"), ("Kabupaten", "Badung", "Bali", "Mangupura"),
    ("Kabupaten", "Gianyar", "Bali", "Gianyar"), ("Kabupaten", "Buleleng", "Bali", "Singaraja"),
    ("Kota", "Medan", "Sumatera Utara", "Medan"), ("Kota", "Binjai", "Sumatera Utara", "Binjai"),
    ("Kabupaten", "Deli Serdang", "Sumatera Utara", "Lubuk Pakam"), ("Kabupaten", "Karo", "Sumatera Utara", "Kabanjahe"),
    ("Kota", "Padang", "Sumatera Barat", "Padang"), ("Kota", "Bukittinggi", "Sumatera Barat", "Bukittinggi"),
    ("Kabupaten", "Agam", "Sumatera Barat", "Lubuk Basung"), ("Kota", "Pekanbaru", "Riau", "Pekanbaru"),
    ("Kabupaten", "Siak", "Riau", "Siak Sri Indrapura"), ("Kota", "Palembang", "Sumatera Selatan", "Palembang"),
    ("Kabupaten", "Musi Banyuasin", "Sumatera Selatan", "Sekayu"), ("Kota", "Jambi", "Jambi", "Jambi"),
    ("Kota", "Bandar Lampung", "Lampung", "Bandar Lampung"), ("Kabupaten", "Pringsewu", "Lampung", "Pringsewu"),
    ("Kota", "Batam", "Kepulauan Riau", "Batam"), ("Kabupaten", "Bintan", "Kepulauan Riau", "Bandar Seri Bentan"),
    ("Kota", "Banda Aceh", "Aceh", "Banda Aceh"), ("Kabupaten", "Aceh Besar", "Aceh", "Kota Jantho"),
    ("Kota", "Pontianak", "Kalimantan Barat", "Pontianak"), ("Kabupaten", "Kubu Raya", "Kalimantan Barat", "Sungai Raya"),
    ("Kota", "Balikpapan", "Kalimantan Timur", "Balikpapan"), ("Kota", "Samarinda", "Kalimantan Timur", "Samarinda"),
    ("Kabupaten", "Kutai Kartanegara", "Kalimantan Timur", "Tenggarong"),
    ("Kota", "Banjarmasin", "Kalimantan Selatan", "Banjarmasin"), ("Kabupaten", "Tabalong", "Kalimantan Selatan", "Tanjung"),
    ("Kota", "Palangka Raya", "Kalimantan Tengah", "Palangka Raya"),
    ("Kota", "Makassar", "Sulawesi Selatan", "Makassar"), ("Kota", "Parepare", "Sulawesi Selatan", "Parepare"),
    ("Kabupaten", "Gowa", "Sulawesi Selatan", "Sungguminasa"), ("Kabupaten", "Bantaeng", "Sulawesi Selatan", "Bantaeng"),
    ("Kota", "Manado", "Sulawesi Utara", "Manado"), ("Kota", "Bitung", "Sulawesi Utara", "Bitung"),
    ("Kota", "Kendari", "Sulawesi Tenggara", "Kendari"), ("Kota", "Palu", "Sulawesi Tengah", "Palu"),
    ("Kota", "Gorontalo", "Gorontalo", "Gorontalo"), ("Kota", "Mataram", "Nusa Tenggara Barat", "Mataram"),
    ("Kabupaten", "Lombok Barat", "Nusa Tenggara Barat", "Gerung"), ("Kota", "Kupang", "Nusa Tenggara Timur", "Kupang"),
    ("Kabupaten", "Manggarai Barat", "Nusa Tenggara Timur", "Labuan Bajo"), ("Kota", "Ambon", "Maluku", "Ambon"),
    ("Kota", "Ternate", "Maluku Utara", "Ternate"), ("Kota", "Jayapura", "Papua", "Jayapura"),
    ("Kota", "Sorong", "Papua Barat Daya", "Sorong"), ("Kabupaten", "Merauke", "Papua Selatan", "Merauke"),
]

# (name, short code for numbers, city)
UNIVERSITIES = [
    ("Universitas Pakuan", "UNPAK", "Bogor"), ("Universitas Padjadjaran", "UN6", "Bandung"),
    ("Institut Teknologi Bandung", "IT1", "Bandung"), ("IPB University", "IT3", "Bogor"),
    ("Universitas Gadjah Mada", "UGM", "Yogyakarta"), ("Universitas Airlangga", "UN3", "Surabaya"),
    ("Universitas Brawijaya", "UN10", "Malang"), ("Universitas Diponegoro", "UN7", "Semarang"),
    ("Universitas Sebelas Maret", "UN27", "Surakarta"), ("Universitas Hasanuddin", "UN4", "Makassar"),
    ("Universitas Sumatera Utara", "UN5", "Medan"), ("Universitas Andalas", "UN16", "Padang"),
    ("Universitas Muhammadiyah Malang", "UMM", "Malang"), ("Universitas Negeri Semarang", "UN37", "Semarang"),
    ("Politeknik Negeri Bandung", "PL1", "Bandung"), ("Universitas Udayana", "UN14", "Denpasar"),
    ("Universitas Sam Ratulangi", "UN12", "Manado"), ("Universitas Syiah Kuala", "UN11", "Banda Aceh"),
    ("Universitas Lambung Mangkurat", "UN8", "Banjarmasin"), ("Universitas Islam Indonesia", "UII", "Yogyakarta"),
    ("Universitas Jenderal Soedirman", "UN23", "Purwokerto"), ("Universitas Tanjungpura", "UN22", "Pontianak"),
]

# (name, short code, kind word used in the text, head position)
COMPANIES = [
    ("PT Bank Rakyat Indonesia (Persero) Tbk", "BRI", "BUMN", "Pemimpin Cabang"),
    ("PT Bank Negara Indonesia (Persero) Tbk", "BNI", "BUMN", "Pemimpin Cabang"),
    ("PT Bank Mandiri (Persero) Tbk", "MANDIRI", "BUMN", "Area Head"),
    ("PT Telkom Indonesia (Persero) Tbk", "TEL", "BUMN", "General Manager Witel"),
    ("PT PLN (Persero) Unit Induk Distribusi", "PLN", "BUMN", "General Manager"),
    ("PT Pos Indonesia (Persero)", "POS", "BUMN", "Kepala Kantor Cabang"),
    ("PT Pertamina Patra Niaga", "PPN", "BUMN", "Executive General Manager"),
    ("PT Taspen (Persero)", "TASPEN", "BUMN", "Kepala Kantor Cabang"),
    ("PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk", "BJB", "BUMD", "Pemimpin Cabang"),
    ("PT Bank Pembangunan Daerah Jawa Timur Tbk", "BJTM", "BUMD", "Pemimpin Cabang"),
    ("PT Bank Sumut", "SUMUT", "BUMD", "Pemimpin Cabang"),
    ("Perusahaan Umum Daerah Air Minum Tirta Pakuan", "PDAM", "BUMD", "Direktur Utama"),
    ("Perumda Pasar Pakuan Jaya", "PPJ", "BUMD", "Direktur Utama"),
    ("PT Jaminan Kredit Indonesia", "JAMKRINDO", "BUMN", "Pemimpin Cabang"),
    ("PT Gojek Indonesia", "GOJEK", "swasta", "Head of Regional Public Policy"),
    ("PT Sarana Multi Infrastruktur (Persero)", "SMI", "BUMN", "Direktur Utama"),
    ("PT Indosat Tbk", "ISAT", "swasta", "Regional Group Head"),
    ("PT Semen Indonesia (Persero) Tbk", "SIG", "BUMN", "Direktur Utama"),
]

# (institution, code, head position) — vertical agencies and ministries.
AGENCIES = [
    ("Kejaksaan Negeri {place}", "KEJARI", "Kepala Kejaksaan Negeri {place}"),
    ("BPJS Kesehatan Cabang {place}", "BPJS", "Kepala BPJS Kesehatan Cabang {place}"),
    ("BPJS Ketenagakerjaan Cabang {place}", "BPJSTK", "Kepala Kantor Cabang BPJS Ketenagakerjaan {place}"),
    ("Badan Pusat Statistik {region}", "BPS", "Kepala Badan Pusat Statistik {region}"),
    ("Kantor Pertanahan {region}", "BPN", "Kepala Kantor Pertanahan {region}"),
    ("Kepolisian Resor {place}", "POLRES", "Kepala Kepolisian Resor {place}"),
]
MINISTRIES = [
    ("Kementerian Dalam Negeri Republik Indonesia", "KEMENDAGRI", "Sekretaris Jenderal"),
    ("Kementerian Pariwisata dan Ekonomi Kreatif", "KEMENPAREKRAF", "Sekretaris Kementerian"),
    ("Kementerian Pertanian Republik Indonesia", "KEMENTAN", "Direktur Jenderal Prasarana dan Sarana Pertanian"),
    ("Kementerian Kesehatan Republik Indonesia", "KEMENKES", "Direktur Jenderal Kesehatan Masyarakat"),
    ("Badan Riset dan Inovasi Nasional", "BRIN", "Kepala Badan Riset dan Inovasi Nasional"),
    ("Arsip Nasional Republik Indonesia", "ANRI", "Kepala Arsip Nasional Republik Indonesia"),
    ("Badan Nasional Penanggulangan Bencana", "BNPB", "Sekretaris Utama"),
]

# (Indonesian name, English name, country id, country en, head position id, head position en)
FOREIGN_CITIES = [
    ("Kota Kitakyushu", "City of Kitakyushu", "Jepang", "Japan", "Wali Kota Kitakyushu", "Mayor of Kitakyushu"),
    ("Kota Metropolitan Busan", "Busan Metropolitan City", "Republik Korea", "Republic of Korea",
     "Wali Kota Busan", "Mayor of Busan"),
    ("Kota Suwon", "Suwon City", "Republik Korea", "Republic of Korea", "Wali Kota Suwon", "Mayor of Suwon"),
    ("Kota Braunschweig", "City of Braunschweig", "Republik Federal Jerman", "Federal Republic of Germany",
     "Wali Kota Braunschweig", "Lord Mayor of Braunschweig"),
    ("Kota Darwin", "City of Darwin", "Australia", "Australia", "Wali Kota Darwin", "Lord Mayor of Darwin"),
    ("Kota Brisbane", "Brisbane City", "Australia", "Australia", "Wali Kota Brisbane", "Lord Mayor of Brisbane"),
    ("Kota Nanning", "Nanning Municipality", "Republik Rakyat Tiongkok", "People's Republic of China",
     "Wali Kota Nanning", "Mayor of Nanning"),
    ("Kota Guangzhou", "Guangzhou Municipality", "Republik Rakyat Tiongkok", "People's Republic of China",
     "Wali Kota Guangzhou", "Mayor of Guangzhou"),
    ("Kota Rotterdam", "City of Rotterdam", "Kerajaan Belanda", "Kingdom of the Netherlands",
     "Wali Kota Rotterdam", "Mayor of Rotterdam"),
    ("Kota Leiden", "City of Leiden", "Kerajaan Belanda", "Kingdom of the Netherlands", "Wali Kota Leiden",
     "Mayor of Leiden"),
    ("Kota Penang", "City Council of Penang Island", "Malaysia", "Malaysia", "Datuk Bandar Pulau Pinang",
     "Mayor of Penang Island"),
    ("Kota Izmir", "Izmir Metropolitan Municipality", "Republik Turki", "Republic of Turkiye",
     "Wali Kota Izmir", "Mayor of Izmir"),
    ("Kota Fremantle", "City of Fremantle", "Australia", "Australia", "Wali Kota Fremantle", "Mayor of Fremantle"),
    ("Kota Chiang Mai", "Chiang Mai Municipality", "Kerajaan Thailand", "Kingdom of Thailand",
     "Wali Kota Chiang Mai", "Mayor of Chiang Mai"),
]

# Perangkat daerah (dinas) by topic key; the PKS signer is its head.
DINAS = {
    "pendidikan": "Dinas Pendidikan", "kesehatan": "Dinas Kesehatan", "hukum": "Bagian Hukum Sekretariat Daerah",
    "sampah": "Dinas Lingkungan Hidup", "air": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "dukcapil": "Dinas Kependudukan dan Pencatatan Sipil", "pariwisata": "Dinas Kebudayaan dan Pariwisata",
    "umkm": "Dinas Koperasi, Usaha Kecil dan Menengah", "keuangan": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "digital": "Dinas Komunikasi dan Informatika", "bencana": "Badan Penanggulangan Bencana Daerah",
    "pertanian": "Dinas Pertanian dan Ketahanan Pangan", "statistik": "Badan Perencanaan Pembangunan Daerah",
    "pertanahan": "Dinas Perumahan dan Kawasan Permukiman", "aparatur": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "sosial": "Dinas Sosial", "arsip": "Dinas Perpustakaan dan Kearsipan", "perbatasan": "Dinas Perhubungan",
}

PUSKESMAS = ["Puskesmas Tanah Sareal", "Puskesmas Bogor Timur", "Puskesmas Cipaku", "Puskesmas Kedung Badak",
             "Puskesmas Sukmajaya", "Puskesmas Gondokusuman I", "Puskesmas Kebon Jeruk", "Puskesmas Ciumbuleuit"]

MALE_FIRST = ["Bima", "Ahmad", "Budi", "Dedi", "Eko", "Hendra", "Iwan", "Joko", "Agus", "Bambang", "Rudi", "Teguh",
              "Asep", "Yusuf", "Muhammad", "Arief", "Dadang", "Fajar", "Gunawan", "Hadi", "Ismail", "Komang",
              "Made", "Nyoman", "Rahmat", "Syahrul", "Taufik", "Wahyu", "Yogi", "Zainal", "Andi", "Daniel"]
FEMALE_FIRST = ["Siti", "Dewi", "Rina", "Ani", "Sri", "Nurul", "Ratna", "Lestari", "Indah", "Wulan", "Fitri",
                "Ayu", "Kartika", "Maria", "Ni Luh", "Yuni", "Tri", "Endah", "Novi", "Puspita"]
LAST = ["Santoso", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Nugroho", "Kurniawan", "Siregar",
        "Nasution", "Harahap", "Simanjuntak", "Sinaga", "Lubis", "Pratama", "Permana", "Suryadi", "Rahman",
        "Hakim", "Sulistyo", "Wijaya", "Gunadi", "Mulyadi", "Syamsudin", "Pangaribuan", "Manurung", "Lumbantobing",
        "Tanjung", "Daulay", "Wardhana", "Prasetyo", "Kusuma", "Rahayu", "Susanti", "Anggraini", "Purnamasari",
        "Maulana", "Firmansyah", "Ramadhan", "Sugiarto", "Hutapea", "Pattinasarany", "Rumbiak", "Mandagi"]
# Invented names typical of each partner city's country, in the order of FOREIGN_CITIES.
FOREIGN_NAMES = ["Hiroshi Tanaka", "Lee Jae-won", "Choi Soo-min", "Martin Keller", "Peter Collins", "Sarah Mitchell",
                 "Wang Jianguo", "Chen Li", "Pieter de Vries", "Johan Bakker", "Ahmad Fauzi bin Ismail",
                 "Mehmet Yilmaz", "David Turner", "Somchai Wongsakul"]

PREFIX_TITLES = ["", "", "", "", "H.", "Hj.", "Dr.", "Dr. H.", "Prof. Dr.", "Ir.", "Ir. H.", "drg.", "dr.",
                 "Drs.", "Dra.", "Kol. Inf.", "Dr. Ir."]
DEGREES = ["", "", "", "S.H.", "S.E.", "S.T.", "S.Sos.", "S.IP.", "S.Pd.", "S.Kom.", "M.Si.", "M.M.", "M.T.",
           "M.H.", "M.Kes.", "M.A.", "M.P.", "M.Sc.", "MPH", "MBA", "M.Ec.Dev.", "Ph.D.", "Sp.PD", "S.Sos., M.Si.",
           "S.H., M.H.", "S.E., M.M.", "S.T., M.T.", "S.Sos., M.A.", "S.Kom., M.Kom.", "M.Si., Ph.D."]

# Civil-servant identity line under a signature (NIP) and rank — real documents print both.
RANKS = ["Pembina Utama Muda", "Pembina Tingkat I", "Pembina", "Pembina Utama Madya", "Penata Tingkat I"]

