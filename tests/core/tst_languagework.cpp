// The once-per-note language work: detection (libexttextcat), the Apertium bridge into the
// pivot languages, and what happens when either is not installed.
#include "grouping/apertiumformat.h"
#include "grouping/groupingengine.h"
#include "grouping/languagework.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace cabildo;

class TestLanguageWork : public QObject
{
    Q_OBJECT

private:
    static bool canTranslate() { return LanguageWork::available().bridgedLanguages.size() == 4; }
    static LanguageResources missing()
    {
        LanguageResources resources;
        resources.textcatDataDir = QStringLiteral("/nonexistent/libexttextcat");
        resources.apertiumProgram = QStringLiteral("/nonexistent/bin/apertium");
        return resources;
    }

    /**
     * A stand-in Apertium in `dir`: `script` as bin/apertium, cat as its deformatter and
     * reformatter, and every pair's mode file, so the kept-open way runs against it.
     */
    static LanguageResources fake(const QTemporaryDir &dir, const QByteArray &script)
    {
        auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(text);
            file.close();
            return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        QDir(dir.path()).mkpath(QStringLiteral("bin"));
        QDir(dir.path()).mkpath(QStringLiteral("data/modes"));
        write(dir.filePath(QStringLiteral("bin/apertium")), "#!/bin/sh\n" + script);
        write(dir.filePath(QStringLiteral("bin/apertium-destxt")), "#!/bin/sh\nexec cat\n");
        write(dir.filePath(QStringLiteral("bin/apertium-retxt")), "#!/bin/sh\nexec cat\n");
        for (const char *mode : {"eng-spa", "spa-eng", "fr-es", "es-fr", "pt-es", "es-pt"})
            write(dir.filePath(QStringLiteral("data/modes/%1.mode").arg(QLatin1String(mode))), "");
        LanguageResources resources;
        resources.apertiumProgram = dir.filePath(QStringLiteral("bin/apertium"));
        resources.apertiumDataDir = dir.filePath(QStringLiteral("data"));
        return resources;
    }

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("We need more open data portals and better public transport in the city.")
                            << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral(
            "Nous avons besoin de plus de portails de données ouvertes et de meilleurs transports publics.")
                            << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral(
            "Necesitamos más portales de datos abiertos y un mejor transporte público en la ciudad.")
                            << QStringLiteral("es");
        QTest::newRow("pt") << QStringLiteral(
            "Precisamos de mais portais de dados abertos e de um transporte público melhor na cidade.")
                            << QStringLiteral("pt");
        QTest::newRow("short es") << QStringLiteral("Más transparencia en los presupuestos") << QStringLiteral("es");
        QTest::newRow("short pt") << QStringLiteral("Mais transparência nos orçamentos") << QStringLiteral("pt");
    }
    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        LanguageWork work;
        if (!work.availability().detection) {
            QCOMPARE(work.detect(text), QString()); // graceful: unknown, never a guess
            return;
        }
        QCOMPARE(work.detect(text), language);
    }

    void detectShortNotesWithTheDictionaries()
    {
        const QStringList texts = {QStringLiteral("Precisamos de escolas melhores"),
                                   QStringLiteral("Better schools"),
                                   QStringLiteral("Mejores escuelas"),
                                   QStringLiteral("De meilleures écoles"),
                                   QStringLiteral("Escolas / melhores [sic]"),
                                   QString()};
        LanguageWork work;
        const QStringList detected = work.detectAll(texts);
        QCOMPARE(detected.size(), texts.size());
        QCOMPARE(detected.last(), QString());
        if (!canTranslate() || !work.availability().detection)
            return; // textcat alone, or nothing: any answer, one per note
        QCOMPARE(detected.mid(0, 5), (QStringList{QStringLiteral("pt"), QStringLiteral("en"), QStringLiteral("es"),
                                                  QStringLiteral("fr"), QStringLiteral("pt")}));
    }

    void detectNothing()
    {
        LanguageWork work;
        QCOMPARE(work.detect(QString()), QString());
        QCOMPARE(work.detect(QStringLiteral(" \n\t ")), QString());
        work.detect(QStringLiteral("😀👍🏽 123 https://example.org")); // anything, but no crash
    }

    void givenLanguageIsKept()
    {
        LanguageWork work;
        const auto result = work.analyse({{QStringLiteral("Hello there, open data"), QStringLiteral("pt-BR")},
                                          {QStringLiteral("Olá"), QStringLiteral("EN_gb")}},
                                         {QStringLiteral("es")});
        QCOMPARE(result.size(), 2);
        QCOMPARE(result[0].detectedLanguage, QStringLiteral("pt"));
        QCOMPARE(result[1].detectedLanguage, QStringLiteral("en"));
    }

    void helpers()
    {
        QCOMPARE(LanguageWork::primaryLanguage(QStringLiteral("pt-BR")), QStringLiteral("pt"));
        QCOMPARE(LanguageWork::primaryLanguage(QStringLiteral("EN_gb")), QStringLiteral("en"));
        QCOMPARE(LanguageWork::primaryLanguage(QString()), QString());
        QCOMPARE(LanguageWork::oneLine(QStringLiteral("  a\nb\r\n\tc \u2028 d\u0000e ")), QStringLiteral("a b c d e"));
    }

    void translationIsOneOutputPerNoteInOrder()
    {
        QStringList texts;
        for (int i = 0; i < 40; ++i) {
            switch (i % 8) {
            case 0:
                texts << QString();
                break;
            case 1:
                texts << QStringLiteral("The park needs more trees\nand benches (note qzx%1).").arg(i);
                break;
            case 2:
                texts << QStringLiteral("\"Quoted\" words, 'single' too: qzx%1 [x] ^y$ @z {w} <t> \\").arg(i);
                break;
            case 3:
                texts << QStringLiteral("😀👍🏽 emoji qzx%1 🇪🇸").arg(i);
                break;
            case 4:
                texts << QStringLiteral("qzx%1 ").arg(i) + QStringLiteral("open data for everyone ").repeated(435);
                break;
            case 5:
                texts << QStringLiteral("   \n\n  ");
                break;
            case 6:
                texts << QStringLiteral("Line one.\r\nLine two.\n\nLine four qzx%1").arg(i);
                break;
            default:
                texts << QStringLiteral("Better schools qzx%1").arg(i);
                break;
            }
        }
        QVERIFY(texts[4].size() >= 10000);
        LanguageWork work;
        bool ok = false;
        const QStringList out = work.translate(texts, QStringLiteral("en"), QStringLiteral("es"), &ok);
        QCOMPARE(out.size(), texts.size());
        if (!canTranslate()) {
            QVERIFY(!ok);
            QVERIFY(std::all_of(out.begin(), out.end(), [](const QString &t) { return t.isEmpty(); }));
            return;
        }
        QVERIFY(ok);
        for (int i = 0; i < texts.size(); ++i) {
            const QString marker = QStringLiteral("qzx%1").arg(i);
            if (i % 8 == 0 || i % 8 == 5) {
                QCOMPARE(out[i], QString());
            } else {
                QVERIFY2(out[i].contains(marker), qPrintable(marker + QStringLiteral(": ") + out[i].left(200)));
                QVERIFY(!out[i].contains(QLatin1Char('\n')));
            }
        }
        QVERIFY(out[4].size() > 5000);
        QVERIFY2(out[7].contains(QStringLiteral("escuelas"), Qt::CaseInsensitive), qPrintable(out[7]));
    }

    void analysisCarriesEveryNoteToThePivots()
    {
        LanguageWork work;
        const QList<QPair<QString, QString>> notes = {
            {QStringLiteral("We need better schools"), QString()},
            {QStringLiteral("Nous avons besoin de meilleures écoles"), QString()},
            {QStringLiteral("Necesitamos mejores escuelas"), QString()},
            {QStringLiteral("Precisamos de escolas melhores"), QString()},
            {QString(), QStringLiteral("en")},
        };
        const auto result = work.analyse(notes);
        QCOMPARE(result.size(), notes.size());
        if (!canTranslate() || !work.availability().detection)
            return;
        const QStringList languages = {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("pt"), QStringLiteral("en")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(result[i].detectedLanguage, languages[i]);
            QCOMPARE(result[i].pivots.size(), 2);
            QCOMPARE(result[i].pivots[0].language, QStringLiteral("es"));
            QCOMPARE(result[i].pivots[1].language, QStringLiteral("en"));
            QVERIFY2(result[i].pivotText(QStringLiteral("es")).contains(QStringLiteral("escuelas")),
                     qPrintable(result[i].pivotText(QStringLiteral("es"))));
            QVERIFY2(result[i].pivotText(QStringLiteral("en")).contains(QStringLiteral("schools")),
                     qPrintable(result[i].pivotText(QStringLiteral("en"))));
        }
        QCOMPARE(result[2].pivotText(QStringLiteral("es")), notes[2].first); // already Spanish
        QCOMPARE(result[4].pivots.size(), 2);                                // an empty note is trivially bridged
    }

    void deterministicWhateverTheOrder()
    {
        QList<QPair<QString, QString>> notes;
        const QStringList base = {
            QStringLiteral("More bike lanes downtown"),
            QStringLiteral("Plus de pistes cyclables au centre"),
            QStringLiteral("Más carriles bici en el centro"),
            QStringLiteral("Mais ciclovias no centro"),
            QStringLiteral("Open budget data every month"),
            QStringLiteral("Données budgétaires ouvertes chaque mois"),
        };
        for (int i = 0; i < 30; ++i)
            notes.append({base[i % base.size()] + QStringLiteral(" %1").arg(i), QString()});
        LanguageWork work;
        const auto first = work.analyse(notes);
        QCOMPARE(work.analyse(notes), first);

        QList<int> order(notes.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        QList<QPair<QString, QString>> shuffled;
        for (int i : order)
            shuffled << notes[i];
        const auto again = LanguageWork().analyse(shuffled);
        for (int k = 0; k < order.size(); ++k)
            QCOMPARE(again[k], first[order[k]]);
    }

    void keptOpenPipelinesGiveThePerBatchResults()
    {
        if (!canTranslate())
            QSKIP("Apertium's four pairs are not installed");
        const QStringList base = {
            QStringLiteral("More bike lanes downtown"),
            QStringLiteral("Plus de pistes cyclables au centre"),
            QStringLiteral("Más carriles bici en el centro"),
            QStringLiteral("Mais ciclovias no centro"),
            QStringLiteral("Open budget data every month"),
            QStringLiteral("Données budgétaires ouvertes chaque mois"),
            QStringLiteral("Queremos datos del presupuesto abiertos"),
            QStringLiteral("Os parques precisam de mais árvores e bancos"),
            QStringLiteral("The library should open on Sundays!"),
            QStringLiteral("La bibliothèque doit ouvrir le dimanche?"),
            QStringLiteral("Faltan médicos en el centro de salud"),
            QStringLiteral("Transporte público gratuito para estudantes"),
            // Apertium's markup and what else the deformatter treats apart, in every language.
            QStringLiteral("Los [corchetes] y \\barras\\ inversas del parque"),
            QStringLiteral("Price ^5$ @home / <b>bold</b> {x} ~tilde~ a\\b"),
            QStringLiteral("Emoji 😀👍🏽 pour le parc 🇪🇸 [ok]"),
            QStringLiteral("Linha um\nlinha dois\n\n\ttrês ^$@/<>"),
            QStringLiteral("Ça coûte 5 € ~ environ | #tag + plus * \\[x\\]"),
        };
        const QStringList languages = {QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("pt")};
        QList<QPair<QString, QString>> notes;
        for (int i = 0; i < 300; ++i) {
            const QString text = base[i % base.size()] + QStringLiteral(" %1 ").arg(i / base.size())
                                 + base[(i * 7 + 3) % base.size()].section(QLatin1Char(' '), 0, 2);
            notes.append({text, i % 3 == 0 ? QString() : languages[(i / 3) % languages.size()]});
            if (i % 10 == 9) // the same note again, and the same note in another language
                notes.append(notes[notes.size() - 1 - i % 7]);
            if (i % 25 == 0)
                notes.append({base[i % base.size()], QString()});
        }
        LanguageResources perBatch;
        perBatch.keepApertiumOpen = false;
        const auto expected = LanguageWork(perBatch).analyse(notes);
        LanguageWork kept;
        const auto first = kept.analyse(notes);
        QCOMPARE(first.size(), expected.size());
        for (qsizetype i = 0; i < notes.size(); ++i)
            QCOMPARE(first[i], expected[i]);
        // The second batch goes through the same, already running pipelines.
        QCOMPARE(kept.analyse(notes), expected);
        QCOMPARE(kept.analyse(notes.mid(17, 40)), expected.mid(17, 40));
    }

    void apertiumFormatIsTheToolsOwn()
    {
        const QString desTxt = QStandardPaths::findExecutable(QStringLiteral("apertium-destxt"));
        const QString reTxt = QStandardPaths::findExecutable(QStringLiteral("apertium-retxt"));
        if (desTxt.isEmpty() || reTxt.isEmpty())
            QSKIP("apertium-destxt and apertium-retxt are not installed");
        auto tool = [](const QString &program, const QByteArray &input) {
            QProcess process;
            process.start(program, {});
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(30000);
            return process.readAllStandardOutput();
        };
        // Lines as LanguageWork sends them: one line per note, our full stop after it.
        QStringList lines = {
            QStringLiteral("[brackets] and \\backslashes\\ .\\"),
            QStringLiteral("^$@/<>{}"),
            QStringLiteral("😀👍🏽 🇪🇸 emoji"),
            QStringLiteral("~tilde ~ a~b ~"),
            QStringLiteral("* # + | % & \" '"),
            QStringLiteral("ends here."),
            QStringLiteral("or here!"),
            QStringLiteral("[@/etc/hostname]"),
            QStringLiteral("open data for everyone ").repeated(500).trimmed(),
        };
        const QStringList pieces = {
            QStringLiteral("a"),      QStringLiteral("é"), QStringLiteral("😀"), QStringLiteral(" "),
            QStringLiteral("~"),      QStringLiteral("["), QStringLiteral("]"), QStringLiteral("\\"),
            QStringLiteral("/"),      QStringLiteral("@"), QStringLiteral("<"), QStringLiteral(">"),
            QStringLiteral("^"),      QStringLiteral("$"), QStringLiteral("{"), QStringLiteral("}"),
            QStringLiteral("*"),      QStringLiteral("#"), QStringLiteral("."), QStringLiteral("!"),
            QStringLiteral("\u200b"),
        };
        QRandomGenerator random(16);
        for (int i = 0; i < 200; ++i) {
            QString line;
            for (int k = random.bounded(1, 30); k > 0; --k)
                line += pieces[random.bounded(int(pieces.size()))];
            lines << LanguageWork::oneLine(line);
        }
        for (qsizetype batch = 0; batch < lines.size(); batch += 7) {
            QByteArray text;
            for (const QString &line : lines.mid(batch, 7)) {
                if (!line.isEmpty())
                    text += line.toUtf8() + " .\n";
            }
            const QByteArray stream = tool(desTxt, text);
            QCOMPARE(ApertiumFormat::deformat(text), stream);
            QCOMPARE(ApertiumFormat::reformat(stream), tool(reTxt, stream));
        }
    }

    void deadPipelineIsStartedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Dies on its first start; later ones echo each NUL-ended batch back, as an identity translator.
        const QByteArray script = "echo started >> '" + QFile::encodeName(dir.filePath(QStringLiteral("starts")))
                                  + "'\n[ \"$(wc -l < '" + QFile::encodeName(dir.filePath(QStringLiteral("starts")))
                                  + "')\" -eq 1 ] && exit 3\nexec cat\n";
        LanguageWork work(fake(dir, script));
        bool ok = false;
        const QStringList texts = {QStringLiteral("more schools"), QString(), QStringLiteral("less traffic")};
        QCOMPARE(work.translate(texts, QStringLiteral("en"), QStringLiteral("es"), &ok), texts);
        QVERIFY(ok);
        QCOMPARE(work.translate(texts, QStringLiteral("en"), QStringLiteral("es")), texts); // kept open
        QFile starts(dir.filePath(QStringLiteral("starts")));
        QVERIFY(starts.open(QIODevice::ReadOnly));
        QCOMPARE(starts.readAll().count('\n'), 2);
    }

    void stuckPipelineIsKilledAndTheBatchKeepsNoTranslation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LanguageResources resources = fake(dir, "exec sleep 600\n");
        resources.apertiumTimeoutMs = 300;
        LanguageWork work(resources);
        bool ok = false;
        const QStringList texts = {QStringLiteral("more schools"), QStringLiteral("less traffic")};
        QCOMPARE(work.translate(texts, QStringLiteral("en"), QStringLiteral("es"), &ok),
                 (QStringList{QString(), QString()}));
        QVERIFY(ok); // the route exists; the translator failed
        const auto result = work.analyse({{texts[0], QStringLiteral("en")}});
        QCOMPARE(result[0].pivots, (QList<PivotText>{{QStringLiteral("en"), texts[0]}})); // no false Spanish bridge
    }

    void storageStringRoundTrip()
    {
        LanguageAnalysis analysis;
        analysis.detectedLanguage = QStringLiteral("fr");
        analysis.pivots = {{QStringLiteral("es"), QStringLiteral("Más escuelas")},
                           {QStringLiteral("en"), QStringLiteral("More schools")}};
        QCOMPARE(LanguageAnalysis::fromStorageString(analysis.toStorageString()), analysis);
        QCOMPARE(LanguageAnalysis::fromStorageString(QString()), LanguageAnalysis());
        LanguageAnalysis unknown;
        QCOMPARE(LanguageAnalysis::fromStorageString(unknown.toStorageString()), unknown);
    }

    void groupingWordsAreThePivotsStemmedInTheirLanguage()
    {
        LanguageAnalysis analysis;
        QCOMPARE(analysis.groupingWords(), QString()); // no pivot: the engine uses the note itself
        analysis.detectedLanguage = QStringLiteral("fr");
        analysis.pivots = {{QStringLiteral("es"), QStringLiteral("Mejores escuelas")},
                           {QStringLiteral("en"), QStringLiteral("Better schools")}};
        const QStringList expected = GroupingEngine::terms(QStringLiteral("Mejores escuelas"), QStringLiteral("es"))
                                     + GroupingEngine::terms(QStringLiteral("Better schools"), QStringLiteral("en"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(analysis.groupingWords(), expected.join(QLatin1Char(' ')));
    }

    void missingResourcesAreGraceful()
    {
        LanguageWork work(missing());
        const LanguageAvailability availability = work.availability();
        QVERIFY(!availability.detection);
        QVERIFY(!availability.complete());
        QVERIFY(availability.missingPackages.contains(QStringLiteral("libexttextcat-data")));
        QVERIFY(availability.missingPackages.contains(QStringLiteral("apertium")));
        QCOMPARE(availability.bridgedLanguages, QStringList());

        QCOMPARE(work.detect(QStringLiteral("Necesitamos mejores escuelas en el barrio")), QString());
        const auto result = work.analyse({{QStringLiteral("Necesitamos mejores escuelas"), QString()},
                                          {QStringLiteral("We need better schools"), QStringLiteral("en")},
                                          {QStringLiteral("Mejores escuelas"), QStringLiteral("es")}});
        QCOMPARE(result.size(), 3);
        QCOMPARE(result[0], LanguageAnalysis());
        // A note already in a pivot language still carries itself there; nothing else is invented.
        QCOMPARE(result[1].detectedLanguage, QStringLiteral("en"));
        QCOMPARE(result[1].pivots,
                 (QList<PivotText>{{QStringLiteral("en"), QStringLiteral("We need better schools")}}));
        QCOMPARE(result[2].pivots, (QList<PivotText>{{QStringLiteral("es"), QStringLiteral("Mejores escuelas")}}));

        bool ok = true;
        QCOMPARE(
            work.translate({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("en"), QStringLiteral("es"), &ok),
            (QStringList{QString(), QString()}));
        QVERIFY(!ok);
    }

    void missingPairNamesItsPackage()
    {
        LanguageResources resources;
        resources.apertiumDataDir = QStringLiteral("/nonexistent/apertium");
        LanguageWork work(resources);
        const LanguageAvailability availability = work.availability({QStringLiteral("es")});
        if (availability.missingPackages.contains(QStringLiteral("apertium")))
            return; // no apertium at all on this machine: covered above
        QCOMPARE(availability.bridgedLanguages, QStringList{QStringLiteral("es")});
        QCOMPARE(availability.missingPackages,
                 (QStringList{QStringLiteral("apertium-eng-spa"), QStringLiteral("apertium-fr-es"),
                              QStringLiteral("apertium-es-pt")}));
        const auto result =
            work.analyse({{QStringLiteral("We need better schools"), QStringLiteral("en")}}, {QStringLiteral("es")});
        QCOMPARE(result[0].pivots, QList<PivotText>());
    }

    void environmentOverridesThePaths()
    {
        qputenv("CABILDO_APERTIUM", "/nonexistent/apertium");
        qputenv("CABILDO_TEXTCAT_DIR", "/nonexistent/textcat");
        const LanguageAvailability availability = LanguageWork::available();
        qunsetenv("CABILDO_APERTIUM");
        qunsetenv("CABILDO_TEXTCAT_DIR");
        QVERIFY(!availability.detection);
        QVERIFY(availability.missingPackages.contains(QStringLiteral("apertium")));
    }
};

QTEST_GUILESS_MAIN(TestLanguageWork)
#include "tst_languagework.moc"
