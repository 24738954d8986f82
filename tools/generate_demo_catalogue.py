#!/usr/bin/env python3
"""Writes the demo indicator catalogue (app/src/main/resources/demo/katalog_indikator_demo.csv).

Synthetic demo data, labelled as such: a national Ditjen Polpum catalogue with plausible RPJMN 2025-2029 targets and
regional plans for all 38 provinces and a sample of kab/kota, with deliberate, realistic defects for the sync check.
Baselines of voter participation are the real 2019 presidential-election turnout by province (shared/data/elections).
Deterministic: run it again and the file is byte-identical.
"""
import csv, random, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ref = root / "app/src/main/resources/reference/regions"
out = root / "app/src/main/resources/demo/katalog_indikator_demo.csv"
rnd = random.Random(2025)

provinces = [(r["kode_prov"], r["nama_prov"]) for r in csv.DictReader(open(ref / "provinsi.csv", encoding="utf-8"))]
kabkota = [(r["kode_kabkota"], r["nama_kabkota"], r["kode_prov"]) for r in csv.DictReader(open(ref / "kabkota.csv", encoding="utf-8"))]
turnout2019 = {"11": 80.63, "12": 77.19, "13": 78.81, "14": 84.12, "15": 84.8, "16": 80.48, "17": 85.0, "18": 80.14,
               "19": 86.47, "21": 82.29, "31": 82.31, "32": 82.14, "33": 79.93, "34": 88.46, "35": 81.85, "36": 83.19,
               "51": 82.95, "52": 82.67, "53": 80.12, "61": 81.03, "62": 79.7, "63": 81.82, "64": 80.02, "65": 79.68,
               "71": 83.33, "72": 83.74, "73": 81.35, "74": 82.67, "75": 88.87, "76": 86.59, "81": 75.98, "82": 82.13,
               "91": 65.55, "92": 69.75}
for new, old in {"93": "91", "94": "91", "95": "91", "96": "92"}.items():
    turnout2019[new] = turnout2019[old]  # the 2022 Papua provinces inherit their parent province's 2019 figure

# kode, nama, satuan, polaritas, baseline, targets 2025-2029, wajib, definisi, data dukung
NATIONAL = [
    ("POLPUM-01", "Indeks Demokrasi Indonesia (IDI)", "indeks", "positif", 79.51, [79.8, 80.2, 80.6, 81.0, 81.5], "ya",
     "Capaian demokrasi menurut aspek kebebasan, kesetaraan dan kapasitas lembaga demokrasi (BPS, 0-100).", "publikasi BPS; notulen FGD"),
    ("POLPUM-02", "Indeks Kerukunan Umat Beragama (IKUB)", "indeks", "positif", 76.47, [76.6, 76.9, 77.2, 77.5, 77.8], "ya",
     "Kondisi toleransi, kesetaraan dan kerja sama antarumat beragama (Kemenag, 0-100).", "laporan survei Kemenag"),
    ("POLPUM-03", "Indeks Aktualisasi Pancasila (IAP)", "indeks", "positif", 70.0, [70.5, 71.0, 71.5, 72.0, 72.5], "tidak",
     "Tingkat pengamalan nilai-nilai Pancasila dalam kehidupan berbangsa.", "laporan survei"),
    ("POLPUM-04", "Indeks Harmoni Indonesia (IHaI)", "indeks", "positif", 69.2, [69.5, 70.0, 70.5, 71.0, 71.5], "tidak",
     "Harmoni sosial dari sepuluh variabel tertimbang.", "laporan survei"),
    ("POLPUM-05", "Indeks Kewaspadaan Nasional (IKN)", "indeks", "positif", 72.1, [72.5, 73.0, 73.5, 74.0, 74.5], "ya",
     "Kewaspadaan dini pemerintah daerah dan Forkopimda terhadap ancaman.", "laporan pengukuran IKN"),
    ("POLPUM-06", "Indeks Kerawanan Pemilu (IKP)", "indeks", "negatif", 38.5, [37.5, 36.5, 35.5, 34.5, 33.5], "tidak",
     "Kerawanan penyelenggaraan pemilu menurut Bawaslu (lebih tinggi = lebih rawan).", "publikasi Bawaslu"),
    ("POLPUM-07", "Persentase partisipasi pemilih dalam Pemilu dan Pilkada", "persen", "positif", 81.78,
     [78.0, 79.0, 80.0, 81.0, 82.0], "ya",
     "Pemilih yang menggunakan hak pilih dibagi jumlah pemilih dalam DPT.", "berita acara rekapitulasi KPU"),
    ("POLPUM-08", "Persentase konflik sosial yang tertangani", "persen", "positif", 90.0, [92.0, 94.0, 96.0, 98.0, 100.0], "ya",
     "Konflik sosial yang tertangani dibagi konflik sosial yang terjadi pada tahun berjalan.", "laporan penanganan konflik; SK tim terpadu"),
    ("POLPUM-09", "Jumlah FKDM yang terbentuk dan aktif", "jumlah", "positif", 410, [440, 470, 500, 530, 552], "ya",
     "Forum Kewaspadaan Dini Masyarakat provinsi dan kab/kota yang ber-SK dan melapor minimal triwulanan.", "SK pembentukan FKDM; laporan kegiatan"),
    ("POLPUM-10", "Jumlah ormas terdaftar dalam SIORMAS", "jumlah", "positif", 1200, [1300, 1400, 1500, 1600, 1700], "tidak",
     "Organisasi kemasyarakatan yang memiliki SKT aktif di SIORMAS.", "daftar SKT SIORMAS"),
]

rows = []
DETAILS = {  # formula, data source, responsible unit, baseline year of the national indicators
    "POLPUM-01": ("IDI = gabungan tertimbang aspek Kebebasan, Kesetaraan, Kapasitas Lembaga Demokrasi", "BPS", "Direktorat Politik Dalam Negeri", 2023),
    "POLPUM-02": ("IKUB = rata-rata dimensi toleransi, kesetaraan, kerja sama", "Kementerian Agama", "Direktorat Ketahanan Ekonomi, Sosial dan Budaya", 2024),
    "POLPUM-03": ("", "survei nasional", "Direktorat Ideologi, Karakter dan Wawasan Kebangsaan", 2024),
    "POLPUM-04": ("IHaI = jumlah tertimbang X1..X10", "survei nasional", "Direktorat Ketahanan Ekonomi, Sosial dan Budaya", 2024),
    "POLPUM-05": ("", "pengukuran IKN Ditjen Polpum", "Direktorat Kewaspadaan Nasional", 2024),
    "POLPUM-06": ("", "Bawaslu", "Direktorat Politik Dalam Negeri", 2024),
    "POLPUM-07": ("pengguna hak pilih / pemilih dalam DPT x 100", "KPU", "Direktorat Politik Dalam Negeri", 2024),
    "POLPUM-08": ("konflik sosial tertangani / konflik sosial terjadi x 100", "laporan tim terpadu penanganan konflik sosial", "Direktorat Kewaspadaan Nasional", 2024),
    "POLPUM-09": ("jumlah FKDM ber-SK yang melapor minimal triwulanan", "laporan FKDM", "Direktorat Kewaspadaan Nasional", 2024),
    "POLPUM-10": ("jumlah ormas ber-SKT aktif", "SIORMAS", "Direktorat Organisasi Kemasyarakatan", 2024),
}

def add(kode, nama, tingkat, wilayah, satuan, polaritas, baseline, targets, induk="", wajib="", definisi="", dukung=""):
    fmt = lambda v: "" if v is None else (f"{v:.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v))
    rows.append([kode, nama, tingkat, wilayah, satuan, polaritas, "tahunan", fmt(baseline)] + [fmt(t) for t in targets]
                + [induk, wajib, definisi, dukung, "ya" if satuan in ("jumlah", "forum") else "tidak"]
                + [str(x) for x in DETAILS.get(kode, ("", "", "", ""))])

for k, nama, sat, pol, base, targets, wajib, definisi, dukung in NATIONAL:
    add(k, nama, "nasional", "00", sat, pol, base, targets, wajib=wajib, definisi=definisi, dukung=dukung)

def province_values(k, pkode):
    nat = next(n for n in NATIONAL if n[0] == k)
    base, targets = nat[4], nat[5]
    if k == "POLPUM-07":
        base = turnout2019[pkode]
        # Pilkada turnout runs below a presidential election's, so plans start lower and end a little above 2019.
        start, end = base - 2.0, base + rnd.uniform(0.2, 1.5)
        return base, [round(min(95.0, start + (end - start) * i / 4), 2) for i in range(5)]
    if k == "POLPUM-09":
        # FKDM of the province itself plus one per kab/kota, all active by 2029.
        total = 1 + sum(1 for kk in kabkota if kk[2] == pkode)
        start = round(total * rnd.uniform(0.6, 0.85))
        return start, [min(total, start + round((total - start) * (i + 1) / 5)) for i in range(5)]
    if k in ("POLPUM-01", "POLPUM-02", "POLPUM-05"):
        shift = rnd.uniform(-6, 5)
        return round(base + shift, 2), [round(t + shift + rnd.uniform(-0.2, 0.2), 2) for t in targets]
    if k == "POLPUM-08":
        b = round(rnd.uniform(80, 95), 1)
        return b, [min(100.0, round(b + (100 - b) * (i + 1) / 5, 1)) for i in range(5)]
    return base, targets

REGIONAL_NAMES = {
    "POLPUM-01": "Indeks Demokrasi {w}", "POLPUM-02": "Indeks Kerukunan Umat Beragama {w}",
    "POLPUM-05": "Indeks Kewaspadaan Daerah {w}", "POLPUM-07": "Persentase partisipasi pemilih {w}",
    "POLPUM-08": "Persentase konflik sosial yang tertangani di {w}", "POLPUM-09": "Jumlah FKDM {w} yang aktif",
}
defects = {}
for pk, pnama in provinces:
    n = 0
    for k, template in REGIONAL_NAMES.items():
        nat = next(x for x in NATIONAL if x[0] == k)
        roll = rnd.random()
        n += 1
        code = f"RPJMD-{pk}-{n:02d}"
        base, targets = province_values(k, pk)
        sat, pol, induk, nama = nat[2], nat[3], k, template.format(w=pnama)
        if roll < 0.06:
            defects[code] = "belum_ada"; continue                      # the province never adopted it
        elif roll < 0.11 and k == "POLPUM-09":
            sat, targets, nama = "persen", [60, 70, 80, 90, 100], f"Persentase kab/kota di {pnama} dengan FKDM aktif"
        elif roll < 0.11 and k == "POLPUM-07":
            sat = "orang"                                                  # counted voters instead of a share
        elif roll < 0.15 and k == "POLPUM-08":
            pol, nama = "negatif", f"Persentase konflik sosial yang belum tertangani di {pnama}"
        elif roll < 0.22:
            targets = [base] * 5                                           # flat targets, no ambition
        elif roll < 0.28:
            targets = targets[:3] + [None, None]                           # plan written only up to 2027
        elif roll < 0.33:
            induk, nama = "", {"POLPUM-07": f"Tingkat partisipasi masyarakat dalam pemilihan kepala daerah {pnama}",
                               "POLPUM-08": f"Penanganan konflik sosial di {pnama}",
                               "POLPUM-02": f"Indeks toleransi dan kerukunan antarumat beragama {pnama}"}.get(k, nama)
        if sat == "persen" and k == "POLPUM-07" and rnd.random() < 0.5:
            sat = "%"                                                      # a synonym, not a defect
        add(code, nama, "provinsi", pk, sat, pol, base, targets, induk=induk)

# Kab/kota sample: every kab/kota of Jawa Barat plus a few elsewhere.
sample = [k for k in kabkota if k[2] == "32"] + [k for k in kabkota if k[0] in
          ("11.71", "31.71", "33.74", "35.78", "51.71", "64.72", "73.71", "91.71", "91.03", "92.71", "94.01", "96.71")]
for kk, knama, pk in sample:
    prov_codes = {r[0]: r for r in rows if r[2] == "provinsi" and r[3] == pk}
    prov_by_nat = {r[13]: r[0] for r in prov_codes.values() if r[13]}
    n = 0
    for k in ("POLPUM-07", "POLPUM-08", "POLPUM-09"):
        nat = next(x for x in NATIONAL if x[0] == k)
        n += 1
        roll = rnd.random()
        code = f"RENSTRA-{kk}-{n:02d}"
        induk = prov_by_nat.get(k, k)                                        # through the province when it carries it
        base, targets = (0, [0, 1, 1, 1, 1]) if k == "POLPUM-09" else province_values(k, pk)
        sat, pol, nama = nat[2], nat[3], REGIONAL_NAMES[k].format(w=knama)
        if roll < 0.08:
            continue
        elif roll < 0.16:
            targets = [base] * 5
        elif roll < 0.22:
            targets = targets[:4] + [None]
        elif roll < 0.27 and k == "POLPUM-09":
            sat = "forum"
        add(code, nama, "kabkota", kk, sat, pol, base, targets, induk=induk)

header = ["kode", "nama", "tingkat", "kode_wilayah", "satuan", "polaritas", "frekuensi", "baseline", "target_2025",
          "target_2026", "target_2027", "target_2028", "target_2029", "kode_induk", "wajib_daerah", "definisi", "data_dukung",
          "kumulatif", "formula", "sumber_data", "penanggung_jawab", "tahun_baseline"]
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
print(f"{len(rows)} indicators -> {out}", file=sys.stderr)
