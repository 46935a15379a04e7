#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hand-made XLSX fixtures of the import reader tests (run it here; commit the output):
#   inline-strings.xlsx  cells with inline strings (plain and rich), formula text, an error, an
#                        ISO date cell, cells and rows without r="…", a sparse row; the sheet at an
#                        unusual path named by an absolute relationship target
#   date1904.xlsx        a workbook in the 1904 date system with a custom date format
#   libreoffice.xlsx     comes from libreoffice.csv: soffice --headless --convert-to xlsx libreoffice.csv
import zipfile

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>'''

ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>'''

def workbook(sheets, date1904=False):
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    items = ''.join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'{pr}<sheets>{items}</sheets></workbook>')

def rels(targets):
    items = ''.join(f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{t}" Target="{p}"/>'
                    for i, t, p in targets)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{items}</Relationships>')

def sheet(rows):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{rows}</sheetData></worksheet>')

def write(name, parts):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(part, text)

write('inline-strings.xlsx', [
    ('[Content_Types].xml', CONTENT_TYPES),
    ('_rels/.rels', ROOT_RELS),
    ('xl/workbook.xml', workbook(['Data Pegawai'])),
    ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', '/xl/worksheets/data.xml')])),
    ('xl/worksheets/data.xml', sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Nama</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Tanggal</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>198609262015051001</t></is></c>'
        '<c r="B3" t="inlineStr"><is><r><rPr><b/></rPr><t>Ma</t></r><r><t xml:space="preserve">\'ruf </t></r>'
        '<rPh sb="0" eb="1"><t>ignored</t></rPh></is></c>'
        '<c r="C3" t="d"><v>2026-12-31T00:00:00</v></c></row>'
        '<row><c t="inlineStr"><is><t>=SUM(A1:A2)</t></is></c>'
        '<c t="str"><f>A1&amp;"x"</f><v>NIPx</v></c><c t="e"><v>#N/A</v></c></row>'
        '<row r="7"><c r="A7" t="inlineStr"><is><t>a &amp; b &lt;c&gt;</t></is></c>'
        '<c r="E7"><v>42</v></c><c r="D7"/></row>'
        '<row r="8"><c r="A8" t="inlineStr"><is><t xml:space="preserve">   </t></is></c></row>'
        '<row r="9"/>'
        '<row r="10"><c r="B10" t="b"><v>1</v></c><c r="C10" t="b"><v>0</v></c></row>')),
])

write('date1904.xlsx', [
    ('[Content_Types].xml', CONTENT_TYPES),
    ('_rels/.rels', ROOT_RELS),
    ('xl/workbook.xml', workbook(['Lembar1'], date1904=True)),
    ('xl/_rels/workbook.xml.rels', rels([('rId1', 'worksheet', 'worksheets/sheet1.xml'),
                                         ('rId2', 'styles', 'styles.xml')])),
    ('xl/styles.xml',
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
     '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
     '<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-421]d mmmm yyyy;@"/>'
     '<numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0.00"/></numFmts>'
     '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
     '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
     '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
     '</styleSheet>'),
    ('xl/worksheets/sheet1.xml', sheet(
        '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43101</v></c>'
        '<c r="C1" s="2"><v>43101</v></c><c r="D1" s="3"><v>43101.75</v></c>'
        '<c r="E1" s="0"><v>43101</v></c></row>')),
])
