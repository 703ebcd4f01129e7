// Notes CSV (app/formats/NOTES-CSV.md): what spreadsheets, forms and paper transcriptions
// write is read exactly — every encoding, delimiter and quoting the brief names, in every
// script — and a file that cannot be imported is refused whole, with a message naming the
// problem and where it is. Also the accent-insensitive fold used for search and grouping,
// and the acronym derived from an event title.
#include "formats/inputlimits.h"
#include "formats/notescsv.h"
#include "model/eventinfo.h"
#include "model/notecolour.h"
#include "text/textfold.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cabildo;

namespace {

QByteArray utf16(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

QStringList textsOf(const NotesCsv &csv)
{
    QStringList texts;
    for (const Note &note : csv.notes)
        texts.append(note.text);
    return texts;
}

/** "3 row(s)" until the English catalogue has the plural forms of new strings, "3 rows" after. */
QString plural(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

QStringList refsOf(const NotesCsv &csv)
{
    QStringList refs;
    for (const Note &note : csv.notes)
        refs.append(note.ref);
    return refs;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CABILDO_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    // Guards: files from Excel, LibreOffice, Google Forms and hand-typed transcriptions
    // give exactly the notes people wrote.
    void readsNotes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("refs");

        const QString plain = QStringLiteral("text,ref\nDatos abiertos en Montevidéu,1\nCiência aberta,2\n");
        const QStringList plainTexts{QStringLiteral("Datos abiertos en Montevidéu"), QStringLiteral("Ciência aberta")};
        const QStringList plainRefs{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("UTF-8") << plain.toUtf8() << "UTF-8" << QChar(u',') << plainTexts << plainRefs;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + plain.toUtf8() << "UTF-8 (BOM)" << QChar(u',')
                                        << plainTexts << plainRefs;
        QTest::newRow("UTF-16LE with BOM")
            << utf16(QStringConverter::Utf16LE, plain) << "UTF-16LE" << QChar(u',') << plainTexts << plainRefs;
        QTest::newRow("UTF-16BE with BOM")
            << utf16(QStringConverter::Utf16BE, plain) << "UTF-16BE" << QChar(u',') << plainTexts << plainRefs;
        QTest::newRow("Windows-1252, Excel")
            << fixture("notes-windows-1252.csv") << "Windows-1252" << QChar(u';')
            << QStringList{QStringLiteral("“Participación ciudadana” cuesta € 5"), QStringLiteral("Café à l’école")}
            << QStringList{QStringLiteral("A1"), QStringLiteral("A2")};
        QTest::newRow("semicolon, text not first")
            << QByteArray("ref;text\n1;uno, dos\n2;tres\n") << "UTF-8" << QChar(u';')
            << QStringList{QStringLiteral("uno, dos"), QStringLiteral("tres")} << plainRefs;
        QTest::newRow("tab") << QByteArray("text\tref\nhola, mundo; s\xC3\xAD\t7\n") << "UTF-8" << QChar(u'\t')
                             << QStringList{QStringLiteral("hola, mundo; sí")} << QStringList{QStringLiteral("7")};
        QTest::newRow("quoted newlines and quotes")
            << QByteArray("text,ref\n\"Primera l\xC3\xADnea\nsegunda \"\"citada\"\", l\xC3\xADnea\",1\n\"a, b\",2\n")
            << "UTF-8" << QChar(u',')
            << QStringList{QStringLiteral("Primera línea\nsegunda \"citada\", línea"), QStringLiteral("a, b")}
            << plainRefs;
        QTest::newRow("emoji") << QStringLiteral("text\n🙂 datos abiertos 🌎\n👩🏽‍💻 código\n").toUtf8()
                               << "UTF-8" << QChar(u',')
                               << QStringList{QStringLiteral("🙂 datos abiertos 🌎"),
                                              QStringLiteral("👩🏽‍💻 código")}
                               << QStringList{QString(), QString()};
        QTest::newRow("right to left")
            << QStringLiteral("text,language\nالبيانات المفتوحة للجميع,ar\nנתונים פתוחים,he\n").toUtf8() << "UTF-8"
            << QChar(u',') << QStringList{QStringLiteral("البيانات المفتوحة للجميع"), QStringLiteral("נתונים פתוחים")}
            << QStringList{QString(), QString()};
        const QString longText = QStringLiteral("abc,é").repeated(2000);
        QTest::newRow("10,000 characters") << (QStringLiteral("text\n\"") + longText + QStringLiteral("\"\n")).toUtf8()
                                           << "UTF-8" << QChar(u',') << QStringList{longText} << QStringList{QString()};
        QTest::newRow("empty lines between rows")
            << QByteArray("text,ref\n\nuno,1\n\n\r\n,\ndos,2\n\n") << "UTF-8" << QChar(u',')
            << QStringList{QStringLiteral("uno"), QStringLiteral("dos")} << plainRefs;
        QTest::newRow("header in other case and order")
            << QByteArray("\"REF\",\"Text\"\nr-1,uno\nr-2,dos\n") << "UTF-8" << QChar(u',')
            << QStringList{QStringLiteral("uno"), QStringLiteral("dos")}
            << QStringList{QStringLiteral("r-1"), QStringLiteral("r-2")};
        QTest::newRow("decomposed accents stored NFC")
            << QByteArray("text\nParticipacio\xCC\x81n\n") << "UTF-8" << QChar(u',')
            << QStringList{QStringLiteral("Participaci\u00f3n")} << QStringList{QString()};
    }

    void readsNotes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, refs);
        QVERIFY(!bytes.isEmpty());
        const NotesCsv csv = NotesCsv::read(bytes);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.table.encoding, encoding);
        QCOMPARE(csv.table.delimiter, delimiter);
        QCOMPARE(textsOf(csv), texts);
        QCOMPARE(refsOf(csv), refs);
        QVERIFY(csv.warnings.isEmpty());
        for (const Note &note : csv.notes) {
            QCOMPARE(note.source, NoteSource::Csv);
            QVERIFY(!note.uuid.isNull());
            QCOMPARE(note.colour, NoteColour::defaultKey());
        }
    }

    // Guards: colour and sector columns as people type them; the author stays with the note.
    void mapsColumns()
    {
        const NotesCsv csv = NotesCsv::read("Text,Colour,Sector,Author,Organisation,Country,Language,Tags\n"
                                            "uno,Blue,Civil society,Ana P\xC3\xA9rez,C\xC3\xADvica,UY,es,a;b\n"
                                            "dos,,private-sector,,,,,\n"
                                            "tres,green,ACADEMIA,,,,pt-BR,\n");
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.notes.size(), 3);
        const Note &first = csv.notes.at(0);
        QCOMPARE(first.colour, QStringLiteral("blue"));
        QCOMPARE(first.author.sector, Sector::CivilSociety);
        QCOMPARE(first.author.name, QStringLiteral("Ana Pérez"));
        QCOMPARE(first.author.organisation, QStringLiteral("Cívica"));
        QCOMPARE(first.author.country, QStringLiteral("UY"));
        QCOMPARE(first.language, QStringLiteral("es"));
        QCOMPARE(first.tags, QStringLiteral("a;b"));
        QVERIFY(!first.author.showNameInResults); // no consent column: names are not published
        QCOMPARE(csv.notes.at(1).colour, NoteColour::defaultKey());
        QCOMPARE(csv.notes.at(1).author.sector, Sector::PrivateSector);
        QCOMPARE(csv.notes.at(2).colour, QStringLiteral("green"));
        QCOMPARE(csv.notes.at(2).author.sector, Sector::Academia);
        QCOMPARE(csv.notes.at(2).language, QStringLiteral("pt-BR"));
    }

    // Guards: an extra column (a form's timestamp, a vote count) does not stop the import,
    // but the user is told it was ignored.
    void unknownColumnWarns()
    {
        const NotesCsv csv = NotesCsv::read("Timestamp,text,Votes\n2026-05-04,uno,3\n");
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(textsOf(csv), QStringList{QStringLiteral("uno")});
        QCOMPARE(csv.warnings.size(), 2);
        QVERIFY(csv.warnings.at(0).contains(QStringLiteral("Timestamp")));
        QVERIFY(csv.warnings.at(1).contains(QStringLiteral("Votes")));
    }

    // Issue 11: a form answer left blank (empty or white-space text, other columns filled)
    // made the whole import fail. Such rows are skipped and named by their row number.
    void skipsRowsWithNoText()
    {
        const NotesCsv csv = NotesCsv::read("text,ref,author,colour\n"
                                            "uno,1,Ana,blue\n"
                                            " ,2,Bo,blue\n" // row 3: white space
                                            "dos,3,,\n"
                                            "\"\t \",4,Cy,purple-ish\n" // row 5: its colour does not matter
                                            "\n"                        // row 6: a blank line, no row at all
                                            "tres,5,,\n"
                                            ",6,Di,\n"); // row 8: empty
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(textsOf(csv), (QStringList{QStringLiteral("uno"), QStringLiteral("dos"), QStringLiteral("tres")}));
        QCOMPARE(refsOf(csv), (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")}));
        QCOMPARE(csv.skippedRows, (QList<int>{3, 5, 8}));
        QCOMPARE(plural(csv.skippedSummary(10)), QStringLiteral("Skipped 3 rows with no text: 3, 5, 8"));
        QCOMPARE(plural(csv.skippedSummary(2)), QStringLiteral("Skipped 3 rows with no text: 3, 5 and 1 more"));

        // A long list is compacted: the first rows, then how many more.
        QByteArray many("text,ref\n");
        for (int row = 2; row <= 60; ++row)
            many += (row % 3 == 0 ? QByteArray("  ") : QByteArray("note")) + ',' + QByteArray::number(row) + '\n';
        const NotesCsv sparse = NotesCsv::read(many);
        QVERIFY2(sparse.error.isEmpty(), qPrintable(sparse.error));
        QCOMPARE(sparse.skippedRows.size(), 20); // 3, 6, … 60
        QCOMPARE(sparse.notes.size(), 39);
        QCOMPARE(plural(sparse.skippedSummary(3)), QStringLiteral("Skipped 20 rows with no text: 3, 6, 9 and 17 more"));
        QCOMPARE(NotesCsv::read("text\nuno\n").skippedSummary(10), QString());
    }

    // Guards: a file that cannot be imported is refused whole, and the message says what is
    // wrong and where, so the organiser can fix the spreadsheet.
    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("no text column") << QByteArray("ref,comment\n1,hola\n")
                                        << QStringList{QStringLiteral("\"text\"")};
        QTest::newRow("binary with NULs")
            << QByteArray("text\nhola\0\0\x01\x02mundo\n", 18) << QStringList{QStringLiteral("binary")};
        QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                   << QStringList{QStringLiteral("binary")};
        QTest::newRow("PNG header without NULs")
            << QByteArray("\x89PNG\r\n\x1a\nIHDR text,ref") << QStringList{QStringLiteral("binary")};
        QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("empty")};
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QStringList{QStringLiteral("empty")};
        QTest::newRow("header only") << QByteArray("text,ref\n") << QStringList{QStringLiteral("no notes")};
        QTest::newRow("bad colour on row 3")
            << QByteArray("text,colour\nuno,blue\ndos,turquoise\ntres,green\n")
            << QStringList{QStringLiteral("3"), QStringLiteral("colour"), QStringLiteral("turquoise")};
        QTest::newRow("bad colour after a multi-line note")
            << QByteArray("text,colour\n\"uno\ny dos\",blue\ndos,turquoise\n")
            << QStringList{QStringLiteral("Row 3"), QStringLiteral("colour")};
        // Blank lines are rows in a spreadsheet and lines in an editor: they count.
        QTest::newRow("bad colour on row 5, after blank lines")
            << QByteArray("text,colour\n\nuno,blue\n\ndos,turquoise\n") << QStringList{QStringLiteral("Row 5")};
        QTest::newRow("bad colour on row 5, CRLF and blank lines")
            << QByteArray("text,colour\r\n\r\nuno,blue\r\n\r\ndos,turquoise\r\n")
            << QStringList{QStringLiteral("Row 5")};
        QTest::newRow("bad colour on row 3, CRLF")
            << QByteArray("text,colour\r\nuno,blue\r\ndos,turquoise\r\n") << QStringList{QStringLiteral("Row 3")};
        QTest::newRow("bad sector on row 2")
            << QByteArray("text,sector\nuno,astronaut\n")
            << QStringList{QStringLiteral("Row 2"), QStringLiteral("sector"), QStringLiteral("astronaut")};
        QTest::newRow("no text in any row") << QByteArray("text,ref,author\n,1,Ana\n  ,2,Bo\n")
                                            << QStringList{QStringLiteral("\"text\""), QStringLiteral("every row")};
        QTest::newRow("bad colour after a row with no text")
            << QByteArray("text,colour\n,blue\nuno,turquoise\n")
            << QStringList{QStringLiteral("Row 3"), QStringLiteral("colour")};
        QTest::newRow("unclosed quote") << QByteArray("text\nuno\n\"dos sin cerrar\ntres\n")
                                        << QStringList{QStringLiteral("3"), QStringLiteral("quote")};
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mentions);
        const NotesCsv csv = NotesCsv::read(bytes);
        QVERIFY(!csv.error.isEmpty());
        QVERIFY(csv.notes.isEmpty()); // all or nothing
        for (const QString &word : mentions)
            QVERIFY2(csv.error.contains(word, Qt::CaseInsensitive), qPrintable(csv.error));
    }

    // Issue 12: one 50 MB note ran 820 s in 835 MB, a 50 MB line with no newline took
    // 4.9 GB. A note holds up to limits::noteCharacters (a 10,000-character note is
    // legitimate); beyond that the file is refused, naming the row and the column.
    void capsNoteLength()
    {
        const QString tenThousand(10000, u'a');
        const QString atCap(limits::noteCharacters, u'é'); // two UTF-8 bytes each
        const NotesCsv fine = NotesCsv::read("text,ref\n" + tenThousand.toUtf8() + ",1\n" + atCap.toUtf8() + ",2\n");
        QVERIFY2(fine.error.isEmpty(), qPrintable(fine.error));
        QCOMPARE(textsOf(fine), (QStringList{tenThousand, atCap}));

        const NotesCsv over =
            NotesCsv::read("text,ref\nuno,1\n" + QByteArray(limits::noteCharacters + 1, 'a') + ",2\n");
        QVERIFY(over.notes.isEmpty());
        QVERIFY2(over.error.startsWith(QStringLiteral("Row 3, column \"text\": more than")), qPrintable(over.error));
        QVERIFY2(over.error.contains(QStringLiteral("characters")), qPrintable(over.error));

        // A line of several megabytes with no newline is refused as soon as the field passes the cap.
        const NotesCsv line = NotesCsv::read("text\nuno\n\"" + QByteArray(8 * 1024 * 1024, 'x'));
        QVERIFY(line.notes.isEmpty());
        QVERIFY2(line.error.startsWith(QStringLiteral("Row 3")) && line.error.contains(QStringLiteral("characters")),
                 qPrintable(line.error));
    }

    // At least 200,000 notes are imported; more than limits::notes rows are refused with
    // the first row beyond, blank lines counted as the spreadsheet counts them.
    void capsRows()
    {
        QByteArray rows("text\n\n");
        rows.reserve(limits::notes * 8);
        for (int i = 0; i < limits::notes; ++i)
            rows += "n" + QByteArray::number(i) + '\n';
        const NotesCsv all = NotesCsv::read(rows);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(all.notes.size(), limits::notes);
        QCOMPARE(all.table.rowNumbers.constLast(), limits::notes + 2);

        const NotesCsv more = NotesCsv::read(rows + "one too many\n");
        QVERIFY(more.notes.isEmpty());
        QVERIFY2(more.error.startsWith(QStringLiteral("Row %1:").arg(limits::notes + 3)), qPrintable(more.error));
        QVERIFY2(more.error.contains(QStringLiteral("split the file")), qPrintable(more.error));
    }

    // Empty cells cost memory too: a line of millions of delimiters is refused, not stored.
    void capsCells()
    {
        const NotesCsv commas = NotesCsv::read("text\nuno\n" + QByteArray(limits::csvCells, ','));
        QVERIFY(commas.notes.isEmpty());
        QVERIFY2(commas.error.startsWith(QStringLiteral("Row 3")) && commas.error.contains(QStringLiteral("cells")),
                 qPrintable(commas.error));
    }

    // A file of 10,000 columns printed 9,999 warning lines: many ignored columns are one
    // warning naming the first three and how many more.
    void manyIgnoredColumnsOneWarning()
    {
        QByteArray header("text");
        QByteArray row("uno");
        for (int i = 1; i < 10000; ++i) {
            header += ",c" + QByteArray::number(i);
            row += ',';
        }
        const NotesCsv csv = NotesCsv::read(header + '\n' + row + '\n');
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(textsOf(csv), QStringList{QStringLiteral("uno")});
        QCOMPARE(csv.warnings.size(), 1);
        const QString warning = plural(csv.warnings.constFirst());
        QVERIFY2(warning.contains(QStringLiteral("\"c1\", \"c2\", \"c3\" and 9,996 more")), qPrintable(warning));
        QVERIFY2(warning.startsWith(QStringLiteral("9,999 columns")), qPrintable(warning));
    }

    // A file beyond limits::csvBytes is refused from its size, before it is read.
    void refusesHugeFileUnread()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("text\nuno\n") > 0);
        QVERIFY(file.resize(limits::csvBytes + 1)); // sparse: no disk used
        file.close();
        const NotesCsv csv = NotesCsv::readFile(file.fileName());
        QVERIFY(csv.notes.isEmpty());
        QVERIFY2(csv.error.startsWith(QStringLiteral("huge.csv is 128 MB")), qPrintable(csv.error));
        QVERIFY(csv.table.header.isEmpty()); // not even parsed
    }

    // Guards: search and grouping find "participación" when someone types "participacion".
    void foldForSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("Spanish") << QStringLiteral("Participación") << QStringLiteral("participacion");
        QTest::newRow("Portuguese capitals") << QStringLiteral("AÇÃO") << QStringLiteral("acao");
        QTest::newRow("decomposed input") << QStringLiteral("Ac\u0327a\u0303o") << QStringLiteral("acao");
        QTest::newRow("French") << QStringLiteral("Économie à l'école") << QStringLiteral("economie a l'ecole");
        QTest::newRow("ñ") << QStringLiteral("Ñandú") << QStringLiteral("nandu");
    }
    void foldForSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(cabildo::foldForSearch(text), folded);
    }

    void foldFindsAccentlessWords()
    {
        const QString note = cabildo::foldForSearch(QStringLiteral("Más Participación ciudadana en los datos"));
        QVERIFY(note.contains(cabildo::foldForSearch(QStringLiteral("participacion"))));
        QVERIFY(note.contains(cabildo::foldForSearch(QStringLiteral("PARTICIPACIÓN"))));
        QVERIFY(!note.contains(cabildo::foldForSearch(QStringLiteral("participar"))));
    }

    // Guards: exports get a usable acronym from any title (lower-case letters and digits, ≥ 4).
    void acronymFromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("prefix"); // the whole acronym, or what a padded one starts with
        QTest::newRow("FORMAT.md example") << QStringLiteral("Abrelatam 2026") << QStringLiteral("abrelatam2026");
        QTest::newRow("accents stripped") << QStringLiteral("Ação Aberta") << QStringLiteral("acaoaberta");
        QTest::newRow("long title, 32 max") << QStringLiteral("Encuentro de Participación Ciudadana")
                                            << QStringLiteral("encuentrodeparticipacionciudadan");
        QTest::newRow("short title padded") << QStringLiteral("AB") << QStringLiteral("ab");
        QTest::newRow("digits only") << QStringLiteral("2026") << QStringLiteral("2026");
        QTest::newRow("no Latin letters") << QStringLiteral("Конференция") << QString();
        QTest::newRow("punctuation only") << QStringLiteral(" ¡¿!? ") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void acronymFromTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, prefix);
        const QString acronym = EventInfo::acronymFromTitle(title);
        QVERIFY2(EventInfo::isValidAcronym(acronym), qPrintable(acronym));
        QVERIFY(acronym.size() >= 4 && acronym.size() <= 32);
        if (prefix.size() >= 4)
            QCOMPARE(acronym, prefix);
        else
            QVERIFY2(acronym.startsWith(prefix), qPrintable(acronym));
    }

    void acronymValidity_data()
    {
        QTest::addColumn<QString>("acronym");
        QTest::addColumn<bool>("valid");
        QTest::newRow("example") << QStringLiteral("abrelatam2026") << true;
        QTest::newRow("four") << QStringLiteral("abcd") << true;
        QTest::newRow("32") << QString(32, u'a') << true;
        QTest::newRow("three") << QStringLiteral("abc") << false;
        QTest::newRow("33") << QString(33, u'a') << false;
        QTest::newRow("capital") << QStringLiteral("Abrelatam") << false;
        QTest::newRow("hyphen") << QStringLiteral("abre-latam") << false;
        QTest::newRow("space") << QStringLiteral("abre latam") << false;
        QTest::newRow("accent") << QStringLiteral("acción") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void acronymValidity()
    {
        QFETCH(QString, acronym);
        QFETCH(bool, valid);
        QCOMPARE(EventInfo::isValidAcronym(acronym), valid);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
