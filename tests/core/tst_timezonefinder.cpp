// Finding the event's time zone the way people say where it is: by city (in the interface
// language or in English, accents and case ignored), by country, or by the zone's id.
// A query that matches nothing finds nothing: the dialog never guesses (issue 11, item 7).
#include "i18n/timezonefinder.h"
#include "i18n/worldcities.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace cabildo;

namespace {

QList<QByteArray> zones(const QList<TimeZoneMatch> &matches)
{
    QList<QByteArray> result;
    for (const TimeZoneMatch &match : matches)
        result.append(match.zoneId);
    return result;
}

QByteArray firstZone(const TimeZoneFinder &finder, const QString &query)
{
    const QList<TimeZoneMatch> matches = finder.find(query);
    return matches.isEmpty() ? QByteArray() : matches.constFirst().zoneId;
}

} // namespace

class TestTimeZoneFinder : public QObject
{
    Q_OBJECT

private slots:
    void citiesThatAreZoneNames()
    {
        const TimeZoneFinder finder{QLocale(QLocale::English)};
        QCOMPARE(firstZone(finder, QStringLiteral("Toronto")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(finder, QStringLiteral("toronto")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(finder, QStringLiteral("Berlin")), QByteArray("Europe/Berlin"));
        QCOMPARE(firstZone(finder, QStringLiteral("São Paulo")), QByteArray("America/Sao_Paulo"));
        QCOMPARE(firstZone(finder, QStringLiteral("sao paulo")), QByteArray("America/Sao_Paulo"));
        QCOMPARE(firstZone(finder, QStringLiteral("SAO PAULO")), QByteArray("America/Sao_Paulo"));
        // The id works too, in any case, with or without its underscore.
        QCOMPARE(firstZone(finder, QStringLiteral("America/Toronto")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(finder, QStringLiteral("america/sao_paulo")), QByteArray("America/Sao_Paulo"));
        QCOMPARE(firstZone(finder, QStringLiteral("UTC")), QByteArray("UTC"));
        // The start of a name is enough.
        QCOMPARE(firstZone(finder, QStringLiteral("Toro")), QByteArray("America/Toronto"));
    }

    void citiesThatAreNotZoneNames()
    {
        const TimeZoneFinder english{QLocale(QLocale::English)};
        QCOMPARE(firstZone(english, QStringLiteral("Montreal")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(english, QStringLiteral("montreal")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(english, QStringLiteral("Montréal")), QByteArray("America/Toronto"));
        // Typed with its accent, San José is Costa Rica's capital before San Jose, California.
        QCOMPARE(firstZone(english, QStringLiteral("San José")), QByteArray("America/Costa_Rica"));
        QVERIFY(zones(english.find(QStringLiteral("san jose"))).contains("America/Costa_Rica"));
        QCOMPARE(firstZone(english, QStringLiteral("San Jose, Costa Rica")), QByteArray("America/Costa_Rica"));

        const TimeZoneFinder french{QLocale(QLocale::French, QLocale::France)};
        QCOMPARE(firstZone(french, QStringLiteral("Montréal")), QByteArray("America/Toronto"));
        QCOMPARE(firstZone(french, QStringLiteral("montreal")), QByteArray("America/Toronto"));
        const TimeZoneMatch montreal = french.find(QStringLiteral("montreal")).constFirst();
        QCOMPARE(montreal.place, QStringLiteral("Montréal"));
        QCOMPARE(montreal.country, QStringLiteral("Canada"));
        QVERIFY(zones(french.find(QStringLiteral("San José"))).contains("America/Costa_Rica"));

        const TimeZoneFinder brazilian{QLocale(QLocale::Portuguese, QLocale::Brazil)};
        QCOMPARE(firstZone(brazilian, QStringLiteral("São Paulo")), QByteArray("America/Sao_Paulo"));
        QCOMPARE(firstZone(brazilian, QStringLiteral("Montreal")), QByteArray("America/Toronto"));
    }

    void countriesInTheInterfaceLanguage()
    {
        const TimeZoneFinder french{QLocale(QLocale::French, QLocale::France)};
        const QList<QByteArray> mexique = zones(french.find(QStringLiteral("Mexique")));
        QVERIFY2(mexique.contains("America/Mexico_City") && mexique.contains("America/Cancun")
                     && mexique.contains("America/Tijuana"),
                 mexique.join(' ').constData());
        QCOMPARE(mexique.constFirst(), QByteArray("America/Mexico_City")); // the biggest city's first
        QCOMPARE(french.find(QStringLiteral("Mexique")).constFirst().country, QStringLiteral("Mexique"));
        QVERIFY(zones(french.find(QStringLiteral("Allemagne"))).contains("Europe/Berlin"));

        const TimeZoneFinder spanish{QLocale(QLocale::Spanish, QLocale::Spain)};
        QVERIFY(zones(spanish.find(QStringLiteral("México"))).contains("America/Mexico_City"));
        QVERIFY(zones(spanish.find(QStringLiteral("mexico"))).contains("America/Cancun"));
        QVERIFY(zones(spanish.find(QStringLiteral("Brasil"))).contains("America/Sao_Paulo"));

        const TimeZoneFinder brazilian{QLocale(QLocale::Portuguese, QLocale::Brazil)};
        const QList<QByteArray> brasil = zones(brazilian.find(QStringLiteral("Brasil")));
        QVERIFY(brasil.contains("America/Sao_Paulo") && brasil.contains("America/Manaus"));
        QVERIFY(zones(brazilian.find(QStringLiteral("Canadá"))).contains("America/Toronto"));
        // English country names work in every language.
        QVERIFY(zones(brazilian.find(QStringLiteral("Germany"))).contains("Europe/Berlin"));
    }

    void nothingMatchesGibberish()
    {
        for (const QLocale &language : {QLocale(QLocale::English), QLocale(QLocale::French, QLocale::France)}) {
            const TimeZoneFinder finder{language};
            QVERIFY(finder.find(QStringLiteral("Zzzz")).isEmpty());
            QVERIFY(finder.find(QStringLiteral("Toronto/Toronto")).isEmpty()); // what the old box completed to
            QVERIFY(finder.find(QString()).isEmpty());
            QVERIFY(finder.find(QStringLiteral("  ,, / ")).isEmpty());
            QVERIFY(finder.find(QStringLiteral("Toronto, Zzzz")).isEmpty());
        }
    }

    void labelsSayPlaceCountryZoneAndOffset()
    {
        const TimeZoneFinder english{QLocale(QLocale::English)};
        const TimeZoneMatch toronto = english.find(QStringLiteral("Toronto")).constFirst();
        QCOMPARE(english.label(toronto), QStringLiteral("Toronto — Canada (America/Toronto, UTC−05:00)"));
        QCOMPARE(TimeZoneFinder::offsetText("Asia/Kolkata"), QStringLiteral("UTC+05:30"));
        QCOMPARE(TimeZoneFinder::offsetText("UTC"), QStringLiteral("UTC+00:00"));

        const TimeZoneFinder french{QLocale(QLocale::French, QLocale::France)};
        const TimeZoneMatch current = french.describe("America/Sao_Paulo");
        QCOMPARE(current.zoneId, QByteArray("America/Sao_Paulo"));
        QCOMPARE(current.place, QStringLiteral("São Paulo"));
        QCOMPARE(current.country, QStringLiteral("Brésil"));
        QCOMPARE(english.describe("UTC").country, QString());
        QCOMPARE(english.label(english.describe("UTC")), QStringLiteral("UTC (UTC+00:00)"));
        // An old alias still in the event file keeps its id.
        QCOMPARE(english.describe("America/Montreal").zoneId, QByteArray("America/Montreal"));
    }

    void fastEnoughForEveryKeystroke()
    {
        QElapsedTimer clock;
        clock.start();
        const TimeZoneFinder finder{QLocale(QLocale::German, QLocale::Germany)}; // a language not read yet
        qInfo("reading the cities, zones and countries once: %lld ms", clock.restart());
        for (const QString &query : {QStringLiteral("s"), QStringLiteral("sa"), QStringLiteral("san"),
                                     QStringLiteral("san j"), QStringLiteral("san jose")})
            finder.find(query);
        qInfo("5 keystrokes: %lld ms", clock.elapsed()); // a figure, not an assertion: the machine may be loaded
    }

    void moFilesAreReadSafely()
    {
        QTemporaryDir dir;
        QVERIFY(readMoFile(dir.filePath(QStringLiteral("missing.mo"))).isEmpty());
        QFile bad(dir.filePath(QStringLiteral("bad.mo")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\xde\x12\x04\x95\0\0\0\0\xff\xff\xff\x7f\xff\xff\xff\x7f\xff\xff\xff\x7f", 20)
                  + QByteArray(40, '\xff'));
        bad.close();
        QVERIFY(readMoFile(bad.fileName()).isEmpty());
        // Debian's French GeoNames catalogue: Montréal by its GeoNames id.
        const auto french = readMoFile(QStringLiteral("/usr/share/locale/fr/LC_MESSAGES/geonames.mo"));
        QCOMPARE(french.value("6077243"), QStringLiteral("Montréal"));
    }
};

QTEST_GUILESS_MAIN(TestTimeZoneFinder)
#include "tst_timezonefinder.moc"
