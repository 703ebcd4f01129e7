// Every language ships complete: each .ts file is finished, has no obsolete entries,
// keeps every placeholder, and translates (a translation identical to its English
// source is allowed only for a short list of words that are the same everywhere).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    QString type;             ///< "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            current =
                Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
            else {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|L?n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    return found;
}

QString catalogue(const char *language)
{
    return QStringLiteral(CABILDO_SOURCE_DIR "/translations/cabildo_%1.ts").arg(QLatin1String(language));
}

/** "&PIN:" → "PIN": accelerators and a label's colon do not make a word translatable. */
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

/** Placeholders and punctuation only ("%1, %2", "— %1 · %2"): nothing in it to translate. */
bool hasNoWords(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QString rest = source;
    rest.remove(placeholder);
    return std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); });
}

/** What keeps a catalogue from shipping: one line per problem, naming the message. */
QStringList problemsIn(const QList<Message> &messages)
{
    // Words that are the same in English and the target language, or not words at all.
    static const QSet<QString> sameEverywhere{
        QStringLiteral("OK"),
        QStringLiteral("PIN"),
        QStringLiteral("CSV"),
        QStringLiteral("Cabildo"),
        QStringLiteral("%1 (%2)"),
        QStringLiteral("%1 — %2 × %3"),
        QStringLiteral("Zoom %1 %"),
        QStringLiteral("Orange"),
        QStringLiteral("Sector"),
        QStringLiteral("Academia"),
        QStringLiteral("Normal"),
        QStringLiteral("Total"),
        QStringLiteral("“%1”"),
        QStringLiteral("Notes"),
        QStringLiteral("%1–%2"),
        QStringLiteral("%1 (%2 × %3)"),
        QStringLiteral("Accessible"),
        QStringLiteral("Session"),
        QStringLiteral("Sessions"),
        QStringLiteral("Agenda"),
        QStringLiteral("No"),
        QStringLiteral("%1 (%2, %3)"),
        QStringLiteral("%1 — %2 (%3, %4)"), // a time zone's label
        QStringLiteral("min"),              // the timer's minutes: the same abbreviation in French, Spanish, Portuguese
        QStringLiteral("+1 min"),
        QStringLiteral("Pause"), // French
        QStringLiteral("Vote"),  // French: the phase
    };
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source.left(60) + QLatin1Char('"');
        if (message.type == QLatin1String("unfinished")) {
            problems.append(QStringLiteral("unfinished ") + where);
            continue;
        }
        if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
            problems.append(QStringLiteral("obsolete ") + where);
        if (message.numerus && message.translations.size() < 2)
            problems.append(QStringLiteral("missing plural forms ") + where);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty ") + where);
                continue;
            }
            if (translation == message.source && !sameEverywhere.contains(plain(message.source))
                && !hasNoWords(message.source))
                problems.append(QStringLiteral("identical to the English ") + where);
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(translation);
            if (message.numerus) { // a singular form may spell out "one" instead of %n
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            if (expected != actual)
                problems.append(
                    QStringLiteral("placeholders %1 became %2 in ").arg(expected.join(u' '), actual.join(u' '))
                    + where);
        }
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *language : {"fr", "es", "pt_BR"})
            QTest::newRow(language) << catalogue(language);
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QVERIFY2(messages.size() > 100, qPrintable(path));
        QCOMPARE(catalogue(qPrintable(language)), path);

        const QStringList problems = problemsIn(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every tr() string of app/ and ui/ reaches the catalogues: lupdate run afresh over
    // the sources finds nothing the committed .ts files lack (so nothing shows in English).
    void everyStringReachesTheCatalogues()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CABILDO_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-tr-function-alias"), QStringLiteral("tr+=ktr"),
                       QStringLiteral(CABILDO_SOURCE_DIR "/app"), QStringLiteral(CABILDO_SOURCE_DIR "/ui"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString language;
        QSet<QString> wanted;
        for (const Message &message : readTs(fresh, &language))
            wanted.insert(message.context + QLatin1Char('|') + message.source);
        QVERIFY(wanted.size() > 100);
        for (const char *catalogueLanguage : {"fr", "es", "pt_BR"}) {
            QSet<QString> present;
            for (const Message &message : readTs(catalogue(catalogueLanguage), &language))
                if (message.type.isEmpty())
                    present.insert(message.context + QLatin1Char('|') + message.source);
            const QSet<QString> missing = wanted - present;
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks (run update_translations): %2")
                                    .arg(QLatin1String(catalogueLanguage),
                                         QStringList(missing.cbegin(), missing.cend()).join(u'\n'))));
        }
    }

    // The English catalogue carries only plural forms, and each says "1 note" / "2 notes".
    void englishPluralsAreWritten()
    {
        QString language;
        const QList<Message> messages = readTs(catalogue("en"), &language);
        QVERIFY(!messages.isEmpty());
        for (const Message &message : messages) {
            QVERIFY2(message.numerus, qPrintable(message.source));
            QVERIFY2(message.type.isEmpty(), qPrintable(message.source));
            QCOMPARE(message.translations.size(), 2);
            QVERIFY2(!message.translations.at(0).contains(QLatin1String("(s)"))
                         && !message.translations.at(1).contains(QLatin1String("(s)")),
                     qPrintable(message.source));
            // "%n vote(s)" needs two forms; "%n over capacity" reads the same for one and many.
            if (message.source.contains(QLatin1String("(s)")) || message.source.contains(QLatin1String("(es)")))
                QVERIFY2(message.translations.at(0) != message.translations.at(1), qPrintable(message.source));
        }
    }

    // The checks above can fail: a catalogue with each kind of mistake is caught.
    void brokenCatalogueIsCaught()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="fr">
<context><name>X</name>
<message><source>Open %1</source><translation>Ouvrir</translation></message>
<message><source>Board</source><translation type="unfinished"></translation></message>
<message><source>Close</source><translation>Close</translation></message>
<message><source>— %1 · %2</source><translation>— %1 · %2</translation></message>
<message><source>%1 · %2 notes</source><translation>%1 · %2 notes</translation></message>
</context></TS>)");
        file.close();
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QCOMPARE(messages.size(), 5);
        QCOMPARE(placeholders(messages.at(0).source), QStringList{QStringLiteral("%1")});
        QVERIFY(placeholders(messages.at(0).translations.constFirst()).isEmpty());
        QCOMPARE(messages.at(1).type, QStringLiteral("unfinished"));
        QCOMPARE(messages.at(2).translations.constFirst(), messages.at(2).source);
        const QStringList problems = problemsIn(messages);
        // Placeholders and punctuation alone need no translation; a word beside them does.
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).startsWith(QLatin1String("placeholders")));
        QVERIFY(problems.at(1).startsWith(QLatin1String("unfinished")));
        QVERIFY(problems.at(2).startsWith(QLatin1String("identical")));
        QVERIFY(problems.at(3).startsWith(QLatin1String("identical")));
        QVERIFY(problems.at(3).contains(QLatin1String("notes")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
