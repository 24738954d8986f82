#!/usr/bin/env python3
"""Converts the KawalPemilu extract of Pemilu Presiden 2019 (KPU Situng, provisional) into the turnout input contract
kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,tps,suara_sah,suara_tidak_sah,jenis,tahun at kab/kota level.

Usage: tools/convert_pilpres2019_partisipasi.py SOURCE.csv OUT.csv
The source codes (kode_kemendagri2025_best_effort) already carry today's codes, so 2019 Papua kab/kota appear under
93-96 (the provinces of 2022); no code is changed here. A blank KPU count stays blank: the product flags it, it is not
guessed. dptb is absent from the source, so no column is written for it.
"""
import csv
import sys


def main(src, out):
    with open(src, newline='', encoding='utf-8') as f:
        rows = [r for r in csv.DictReader(f) if r['level'] == 'kabkota']
    rows.sort(key=lambda r: r['kode_kemendagri2025_best_effort'])
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['kode_wilayah', 'pemilihan', 'dpt', 'pengguna_hak_pilih', 'tps', 'suara_sah', 'suara_tidak_sah',
                    'jenis', 'tahun'])
        for r in rows:
            w.writerow([r['kode_kemendagri2025_best_effort'], 'Pemilu Presiden 2019', r['dpt_total'],
                        r['kpu_jumlah_suara'], r['jumlah_tps'], r['kpu_suara_sah'], r['kpu_suara_tidak_sah'],
                        'pilpres', '2019'])
    print(f'{len(rows)} kab/kota -> {out}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
