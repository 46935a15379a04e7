#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the flat ODS sources of the workbooks LibreOffice saves (run it here, then convert and
# commit both):
#   libreoffice-roster.fods  a roster (NIPs as text, titles, a formula-like jabatan) and a
#                            training list (dates as date cells, JP as numbers) on two sheets
#   libreoffice-1904.fods    the training list in the 1904 date system
#   soffice --headless --convert-to xlsx libreoffice-roster.fods libreoffice-1904.fods
# LibreOffice Calc 7.4 writes shared strings, dates as serial numbers with a date format, and
# date1904="true" for the second.
import sys
def cell(v):
    if v is None: return '<table:table-cell/>'
    if isinstance(v, tuple):
        kind, val = v
        if kind == 'date':
            return f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{val}"><text:p>{val}</text:p></table:table-cell>'
        if kind == 'float':
            return f'<table:table-cell office:value-type="float" office:value="{val}"><text:p>{val}</text:p></table:table-cell>'
    s = v.replace('&','&amp;').replace('<','&lt;')
    return f'<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>'
def table(name, rows):
    out = f'<table:table table:name="{name}">'
    for r in rows:
        out += '<table:table-row>' + ''.join(cell(c) for c in r) + '</table:table-row>'
    return out + '</table:table>'
def doc(tables, null_date=None):
    calc = f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/></table:calculation-settings>' if null_date else ''
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{calc}{''.join(tables)}</office:spreadsheet></office:body></office:document>
'''
roster = [
 ['NIP Baru','Gelar Depan','Nama','Gelar Belakang','Pangkat/Gol. Ruang','Nama Jabatan','Jenis Jabatan','Unor','NIP Atasan','Status Pegawai'],
 ['196804151994031005','Drs.','Hendra Wijaya','M.Si.','Pembina Utama Muda, IV/c','Kepala Badan Kepegawaian Daerah','JPT Pratama','Badan Kepegawaian Daerah','','PNS'],
 ['198609262015051001','',"Ma'ruf Hidayat",'S.H.','Penata, III/c','Analis SDM Aparatur Ahli Muda','Ahli Muda','Badan Kepegawaian Daerah > Bidang Mutasi','196804151994031005','PNS'],
 ['199203152019032001','',"Nur'aini",'S.Psi.','III/a','=Analis SDM Aparatur Ahli Pertama','Ahli Pertama','Badan Kepegawaian Daerah/Bidang Mutasi','198609262015051001','PNS'],
]
kegiatan = [
 ['NIP','Nama Kegiatan','Jenis Kegiatan','Tanggal Mulai','Tanggal Selesai','JP','Penyelenggara','Nomor Sertifikat'],
 ['198609262015051001','Bimbingan Teknis Penilaian Kinerja','Bimtek',('date','2026-03-09'),('date','2026-03-12'),('float','32'),'BPSDM Provinsi','800/BPSDM/0231/2026'],
 ['199203152019032001','Literasi Digital ASN','E-Learning',('date','2026-05-20'),None,('float','4.5'),'ASN Unggul',None],
]
open('libreoffice-roster.fods','w').write(doc([table('Pegawai', roster), table('Kegiatan', kegiatan)]))
open('libreoffice-1904.fods','w').write(doc([table('Kegiatan', kegiatan)], '1904-01-01'))
