// What the room sees, at a real event's size (tests/support/realsizeevent.h: 16 themes with
// long titles in four languages, 4 or 12 rooms, two days) on a 1366×768 laptop and a
// 1920×1080 projector: every title, room and time on the presenter view (F5) and every
// theme on the results chart fits its cell, never in type under the projector's floor,
// and one cut short shows whole on a click; the printed programme never cuts a title; the
// kiosk ballot scrolls by dragging the list itself, a drag chooses nothing, and each voter
// starts at the top. Measured with the layout the painting uses (fittedtext.h).
#include "agenda/agendacelldelegate.h"
#include "agenda/agendagridmodel.h"
#include "agenda/agendagridview.h"
#include "agenda/agendaheaderview.h"
#include "agenda/presenterview.h"
#include "document/eventdocument.h"
#include "fittedtext.h"
#include "i18n/translations.h"
#include "kiosk/kioskvotepanel.h"
#include "kiosk/kioskwindow.h"
#include "kiosk/themetogglebutton.h"
#include "opendata/programmepdf.h"
#include "opendata/publicdata.h"
#include "projector/projectorwindow.h"
#include "realsizeevent.h"
#include "testevent.h"
#include "votes/voteresultschart.h"
#include "wholetextoverlay.h"

#include <QDir>
#include <QFontMetrics>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cabildo;
using namespace cabildo::test;

namespace {

const QList<QSize> screenSizes{{1366, 768}, {1920, 1080}};

/** Why a text as painted does not fit its cell; empty when it does. */
QString misfit(const FittedText &text, const QRect &box, Qt::Alignment alignment, const QRect &cell, qreal floor)
{
    if (text.lines.isEmpty())
        return QStringLiteral("nothing drawn");
    if (!cell.contains(box))
        return QStringLiteral("text box at %1,%2 (%3×%4) outside the cell")
            .arg(box.x())
            .arg(box.y())
            .arg(box.width())
            .arg(box.height());
    const QFontMetrics metrics(text.font);
    for (const QString &line : text.lines)
        if (metrics.horizontalAdvance(line) > box.width())
            return QStringLiteral("'%1' is %2 px wide in %3 px")
                .arg(line)
                .arg(metrics.horizontalAdvance(line))
                .arg(box.width());
    const QRect drawn = text.rectIn(box, alignment);
    if (int(text.lines.size()) * metrics.lineSpacing() > box.height() || !cell.contains(drawn))
        return QStringLiteral("%1 lines, %2 px high in %3 px")
            .arg(text.lines.size())
            .arg(drawn.height())
            .arg(box.height());
    if (text.pixelSize() < floor)
        return QStringLiteral("%1 px type, under %2 px").arg(text.pixelSize()).arg(floor);
    return {};
}

std::unique_ptr<EventDocument> realSizeEvent(TestFolder &folder, RealSizeOptions options = {})
{
    auto document = folder.newEvent(QStringLiteral("real.cabildo"), QStringLiteral("Open Gov Forum 2026"));
    QString error;
    if (!fillRealSizeEvent(*document, options, &error))
        qWarning("%s", qPrintable(error));
    return document;
}

} // namespace

class TestProjectorUi : public QObject
{
    Q_OBJECT

private:
    /** The ballot of an open round over the fixture's 16 themes, at a 1366×768 kiosk. */
    struct Ballot
    {
        std::unique_ptr<KioskWindow> kiosk;
        QScrollArea *scroll = nullptr;
        QList<ThemeToggleButton *> buttons; ///< in ballot order
    };

    Ballot openBallot(EventDocument *document, const QSize &size = {1366, 768})
    {
        Ballot ballot;
        if (const Outcome created = document->createRound(QStringLiteral("Afternoon"), 3, 0, false); !created)
            qWarning("no round: %s", qPrintable(created.error()));
        else if (const Outcome opened = document->openRound(document->roundIds().constLast()); !opened)
            qWarning("no round: %s", qPrintable(opened.error()));
        // Not showFullScreen: offscreen, a full-screen window keeps the platform screen's size.
        ballot.kiosk = std::make_unique<KioskWindow>(document, QStringLiteral("2468"));
        ballot.kiosk->resize(size);
        ballot.kiosk->show();
        if (!QTest::qWaitForWindowExposed(ballot.kiosk.get()))
            qWarning("kiosk not shown");
        ballot.scroll = ballot.kiosk->findChild<QScrollArea *>(QStringLiteral("kioskVoteScroll"));
        for (qint64 id : document->themeIds())
            ballot.buttons.append(
                ballot.kiosk->findChild<ThemeToggleButton *>(QStringLiteral("kioskVoteTheme_%1").arg(id)));
        return ballot;
    }

    /** A finger on the list: press, move in small steps over time (as QScroller measures), release. */
    void drag(QWidget *viewport, QPoint from, QPoint to)
    {
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        const int steps = 12;
        for (int i = 1; i <= steps; ++i) {
            QTest::qWait(16);
            QTest::mouseMove(viewport, from + (to - from) * i / steps);
        }
        QTest::qWait(16);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    void waitForScrollerToStop(QWidget *viewport)
    {
        QTRY_COMPARE_WITH_TIMEOUT(QScroller::scroller(viewport)->state(), QScroller::Inactive, 5000);
    }

    /** A tap on `at` shows `text` whole over the presenter view; Esc puts the agenda back. */
    void showsWhole(PresenterView &presenter, QWidget *tapped, QPoint at, const QString &text)
    {
        QTest::mouseClick(tapped, Qt::LeftButton, {}, at);
        QTRY_VERIFY(presenter.overlay()->isVisible());
        QCOMPARE(presenter.overlay()->text(), text);
        QVERIFY(!presenter.overlay()->layout().elided);
        QTest::keyClick(presenter.overlay(), Qt::Key_Escape);
        QVERIFY(!presenter.overlay()->isVisible());
        QVERIFY(presenter.isVisible());
    }

    int chosen(const Ballot &ballot)
    {
        int count = 0;
        for (ThemeToggleButton *button : ballot.buttons)
            count += button->isChecked() ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English)); // "120 seats", as the application says it
    }

    void floorScalesWithTheScreen()
    {
        QCOMPARE(projectorMinimumPixels(1080), 18.0);
        QCOMPARE(projectorMinimumPixels(2160), 36.0);
        QVERIFY(qAbs(projectorMinimumPixels(768) - 12.8) < 0.01);
        QCOMPARE(projectorMinimumPixels(400), 12.0); // a small window on the laptop
        // A title that fits is never cut; one that cannot is cut with "…" at the floor.
        QFont font;
        font.setPixelSize(40);
        const FittedText fits =
            fitText(QStringLiteral("Open budget data portals for every municipality"), font, QSize(300, 200), 18);
        QVERIFY(!fits.elided);
        QCOMPARE(fits.lines.join(QLatin1Char(' ')), QStringLiteral("Open budget data portals for every municipality"));
        const FittedText cut =
            fitText(QStringLiteral("Open budget data portals for every municipality"), font, QSize(120, 30), 18);
        QVERIFY(cut.elided);
        QCOMPARE(cut.pixelSize(), 18);
        QVERIFY(cut.lines.constLast().endsWith(QChar(0x2026)));
    }

    void presenterTitlesFitTheirCells_data()
    {
        QTest::addColumn<int>("rooms");
        QTest::addColumn<QSize>("size");
        for (int rooms : {4, 12})
            for (const QSize &size : screenSizes)
                QTest::addRow("%d rooms, %dx%d", rooms, size.width(), size.height()) << rooms << size;
    }

    void presenterTitlesFitTheirCells()
    {
        QFETCH(int, rooms);
        QFETCH(QSize, size);
        TestFolder folder;
        RealSizeOptions options;
        options.rooms = rooms;
        auto document = realSizeEvent(folder, options);
        AgendaGridModel model;
        model.setDocument(document.get());
        PresenterView presenter(&model, document->event().title);
        presenter.resize(size);
        presenter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&presenter));
        AgendaGridView *grid = presenter.grid();
        const qreal floor = projectorMinimumPixels(size.height());
        QCOMPARE(model.days().size(), 2);

        int titles = 0, elided = 0, elidedHeaders = 0, smallest = 1000;
        for (int day = 0; day < model.days().size(); ++day) {
            // One day at a time, the whole day on the screen: nothing to scroll.
            QCOMPARE(presenter.day(), model.days().at(day));
            // Painted now: the titles take one size for the screen as they are painted.
            for (QWidget *painted : {grid->viewport(), grid->roomHeader()->viewport(), grid->timeHeader()->viewport()})
                painted->repaint();
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(grid->isRowHidden(row), model.dayOfRow(row) != presenter.day());
                if (grid->isRowHidden(row))
                    continue;
                for (int column = 0; column < model.columnCount(); ++column) {
                    if (!model.isSessionSlot(row) && column > 0)
                        break; // a break spans every room
                    const QModelIndex index = model.index(row, column);
                    const QString text = index.data().toString();
                    if (text.isEmpty())
                        continue; // a free cell
                    const QRect cell = grid->visualRect(index);
                    QVERIFY2(grid->viewport()->rect().contains(cell),
                             qPrintable(text + QStringLiteral(": off the screen")));
                    const auto presented = grid->cellDelegate()->presentedText(cell, grid->font(), index);
                    const QString why = misfit(presented.text, presented.box, presented.alignment, cell, floor);
                    QVERIFY2(why.isEmpty(), qPrintable(text + QStringLiteral(": ") + why));
                    ++titles;
                    smallest = std::min(smallest, presented.text.pixelSize());
                    if (presented.text.elided) {
                        ++elided;
                        QVERIFY(presented.text.pixelSize() <= int(std::ceil(floor))); // cut only at the floor
                        showsWhole(presenter, grid->viewport(), cell.center(), text);
                    }
                }
            }
            // The rooms and the times, the same way.
            for (AgendaHeaderView *header : {grid->roomHeader(), grid->timeHeader()})
                for (int section = 0; section < header->count(); ++section) {
                    if (header->isSectionHidden(section))
                        continue;
                    const auto presented = header->presentedSection(section);
                    const QRect rect = header->sectionRect(section);
                    const QString text = header->sectionText(section);
                    const QString why = misfit(presented.text, presented.box, presented.alignment, rect, floor);
                    QVERIFY2(why.isEmpty(), qPrintable(text + QStringLiteral(": ") + why));
                    if (presented.text.elided) {
                        ++elidedHeaders;
                        showsWhole(presenter, header->viewport(), rect.center(), text);
                    }
                }
            presenter.turnDay(+1);
        }
        QCOMPARE(titles, 2 * (8 + 4)); // 16 sessions and 8 breaks and plenaries
        qInfo("%d rooms at %dx%d: %d titles, %d cut, %d headers cut, smallest type %d px (floor %.1f)", rooms,
              size.width(), size.height(), titles, elided, elidedHeaders, smallest, floor);
        if (rooms == 4)
            QCOMPARE(elided + elidedHeaders, 0); // four rooms leave every title room to be whole

        // Any title, room or time shows whole on a tap, not only the cut ones.
        presenter.turnDay(-1);
        const QModelIndex first = model.indexOfSession(document->sessionIds().constFirst());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(first).center());
        QTRY_VERIFY(presenter.overlay()->isVisible());
        QCOMPARE(presenter.overlay()->text(), first.data().toString());
        QTest::mouseClick(presenter.overlay(), Qt::LeftButton);
        QVERIFY(!presenter.overlay()->isVisible());
        AgendaHeaderView *roomHeader = grid->roomHeader();
        QTest::mouseClick(roomHeader->viewport(), Qt::LeftButton, {}, roomHeader->sectionRect(rooms - 1).center());
        QTRY_VERIFY(presenter.overlay()->isVisible());
        QVERIFY(presenter.overlay()->text().startsWith(QStringLiteral("Room %1").arg(QChar(u'A' + rooms - 1))));
        QTest::keyClick(&presenter, Qt::Key_Escape); // the overlay first, not the presenter view
        QVERIFY(!presenter.overlay()->isVisible());
        QVERIFY(presenter.isVisible());
    }

    void chartTitlesFitTheirRows_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize &size : screenSizes)
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }

    void chartTitlesFitTheirRows()
    {
        QFETCH(QSize, size);
        TestFolder folder;
        auto document = realSizeEvent(folder);
        ProjectorWindow results(document.get());
        results.showView(ProjectorWindow::View::Results);
        results.showRound(document->roundIds().constLast());
        results.resize(size);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        VoteResultsChart *chart = results.chart();
        QVERIFY(chart->showsTotals());
        const int themes = int(chart->rows().size());
        QCOMPARE(themes, 16);

        // In the window, and full screen or saved for a slide (the whole screen's size).
        int elided = 0;
        for (const QRect &target : {chart->rect(), QRect(QPoint(0, 0), size)}) {
            const QList<VoteResultsChart::Label> labels = chart->labels(target);
            QCOMPARE(labels.size(), themes); // every theme on the screen, none left as "and N more"
            const qreal floor = projectorMinimumPixels(target.height());
            for (int i = 0; i < labels.size(); ++i) {
                const VoteResultsChart::Label &label = labels.at(i);
                const QString why =
                    misfit(label.text, label.box, Qt::AlignRight | Qt::AlignVCenter, label.row.toAlignedRect(), floor);
                QVERIFY2(why.isEmpty(), qPrintable(label.title + QStringLiteral(": ") + why));
                QVERIFY(target.contains(label.row.toAlignedRect()));
                if (i > 0)
                    QVERIFY(!label.text.rectIn(label.box, Qt::AlignRight | Qt::AlignVCenter)
                                 .intersects(labels.at(i - 1).text.rectIn(labels.at(i - 1).box,
                                                                          Qt::AlignRight | Qt::AlignVCenter)));
                elided += label.text.elided ? 1 : 0;
            }
            qInfo("chart %dx%d: %d themes in %d px type (floor %.1f)", target.width(), target.height(),
                  int(labels.size()), labels.constFirst().text.pixelSize(), floor);
        }
        QCOMPARE(elided, 0); // 16 long titles fit whole at both sizes

        // A click on a theme's row shows its title whole; a click or Esc closes it.
        const QList<VoteResultsChart::Label> labels = chart->labels(chart->rect());
        for (int i : {0, themes - 1}) {
            QTest::mouseClick(chart, Qt::LeftButton, {}, labels.at(i).row.center().toPoint());
            QTRY_VERIFY(chart->overlay()->isVisible());
            QCOMPARE(chart->overlay()->text(), labels.at(i).title);
            QVERIFY(!chart->overlay()->layout().elided);
            if (i == 0)
                QTest::keyClick(chart->overlay(), Qt::Key_Escape);
            else
                QTest::mouseClick(chart->overlay(), Qt::LeftButton);
            QVERIFY(!chart->overlay()->isVisible());
        }
    }

    void programmeNeverCutsTitles()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TestFolder folder;
        RealSizeOptions options;
        options.rooms = 12;
        auto document = realSizeEvent(folder, options);
        ExportOptions exportOptions;
        const PublicData data = PublicData::from(document->content(), exportOptions);
        const QString pdf = folder.path(QStringLiteral("programme.pdf"));
        QString error;
        QVERIFY2(ProgrammePdf::write(data, exportOptions, pdf, &error), qPrintable(error));
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        // NFKC: the PDF's "ﬁ" ligatures ("beneﬁciários") read as the letters they join.
        const QString text =
            QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY(!text.contains(QChar(0x2026))); // nothing cut with "…"
        // Every word of every long title, in its four languages, is printed (wrapped, never cut).
        static const QRegularExpression nonWord(QStringLiteral("[^\\w-]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> printed;
        for (const QString &word : text.split(nonWord, Qt::SkipEmptyParts))
            printed.insert(word);
        for (const QString &title : realSizeThemeTitles())
            for (const QString &word : title.split(nonWord, Qt::SkipEmptyParts))
                QVERIFY2(printed.contains(word),
                         qPrintable(title + QStringLiteral(": '") + word + QStringLiteral("' missing")));
    }

    void ballotScrollsByDraggingTheList()
    {
        TestFolder folder;
        auto document = realSizeEvent(folder);
        Ballot ballot = openBallot(document.get());
        QVERIFY(ballot.scroll);
        QCOMPARE(ballot.buttons.size(), 16);
        QWidget *viewport = ballot.scroll->viewport();
        QScrollBar *bar = ballot.scroll->verticalScrollBar();
        QVERIFY(bar->maximum() > 0); // 16 themes do not fit: the list scrolls
        QCOMPARE(bar->value(), 0);
        // A scrollbar a mouse can hit, not a thin line.
        QVERIFY2(bar->width() >= 24, qPrintable(QString::number(bar->width())));
        // The ballot takes the room the note form left to the board: two columns, four
        // whole themes or more in sight on a 1366×768 screen (the note form's width gave 2).
        int wholeInSight = 0;
        for (ThemeToggleButton *button : std::as_const(ballot.buttons))
            wholeInSight += viewport->rect().contains(QRect(button->mapTo(viewport, QPoint(0, 0)), button->size()));
        QVERIFY2(wholeInSight >= 4, qPrintable(QString::number(wholeInSight)));

        // A drag that starts on a theme scrolls the list and chooses nothing.
        const QPoint start(viewport->width() / 2, viewport->height() - 20);
        drag(viewport, start, QPoint(start.x(), 20));
        waitForScrollerToStop(viewport);
        QVERIFY2(bar->value() > 0, "dragging the list did not scroll it");
        QCOMPARE(chosen(ballot), 0);

        // Drag on until the end of the list: the last theme is then on the screen, and a tap chooses it.
        for (int i = 0; i < 20 && bar->value() < bar->maximum(); ++i) {
            drag(viewport, start, QPoint(start.x(), 20));
            waitForScrollerToStop(viewport);
        }
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(chosen(ballot), 0);
        ThemeToggleButton *last = ballot.buttons.constLast();
        const QRect lastOnScreen(last->mapTo(viewport, QPoint(0, 0)), last->size());
        QVERIFY(viewport->rect().contains(lastOnScreen));
        QTest::mouseClick(last, Qt::LeftButton, {}, last->rect().center());
        QTRY_VERIFY(last->isChecked());
        QCOMPARE(chosen(ballot), 1);

        // Cast: the next voter sees the top of the list.
        const qint64 round = document->openRound()->id;
        auto *cast = ballot.kiosk->findChild<QPushButton *>(QStringLiteral("kioskVoteSubmit"));
        QTest::mouseClick(cast, Qt::LeftButton);
        QCOMPARE(document->ballots(round).size(), 1);
        QCOMPARE(bar->value(), 0);
        QCOMPARE(chosen(ballot), 0);

        // Drag back to the end and leave: the idle reset puts the list back at the top too.
        drag(viewport, start, QPoint(start.x(), 20));
        waitForScrollerToStop(viewport);
        QVERIFY(bar->value() > 0);
        ballot.kiosk->findChild<KioskVotePanel *>(QStringLiteral("kioskVotePanel"))
            ->reset(); // what the idle timer calls
        QCOMPARE(bar->value(), 0);
        ballot.kiosk->forceClose();
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the presenter view (4 and 12 rooms,
    // and a title shown whole), the results chart and the kiosk ballot (top and scrolled),
    // in English at both sizes and in French, Spanish and Portuguese at 1366×768.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the projector screens and the ballot");
        const QDir out(folderPath);
        QVERIFY(out.mkpath(QStringLiteral(".")));
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            QLocale::setDefault(QLocale(language));
            installTranslations(QLocale(language));
            const QList<QSize> sizes = language == QLatin1String("en") ? screenSizes : QList<QSize>{{1366, 768}};
            for (const QSize &size : sizes) {
                auto name = [&](const QString &screen) {
                    return out.filePath(
                        QStringLiteral("%1-%2-%3x%4.png").arg(screen, language).arg(size.width()).arg(size.height()));
                };
                for (int rooms : {4, 12}) {
                    TestFolder folder;
                    RealSizeOptions options;
                    options.rooms = rooms;
                    auto document = realSizeEvent(folder, options);
                    AgendaGridModel model;
                    model.setDocument(document.get());
                    PresenterView presenter(&model, document->event().title);
                    presenter.resize(size);
                    presenter.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
                    QTest::qWait(20);
                    QVERIFY(presenter.grab().save(name(QStringLiteral("presenter-%1-rooms").arg(rooms))));
                    if (rooms == 12) {
                        presenter.overlay()->showText(document->theme(document->themeIds().at(2))->title);
                        QVERIFY(presenter.grab().save(name(QStringLiteral("presenter-whole-title"))));
                    }
                }
                TestFolder folder;
                auto document = realSizeEvent(folder);
                VoteResultsChart results;
                results.setDocument(document.get());
                results.setRound(document->roundIds().constLast());
                QImage chart(size, QImage::Format_RGB32);
                QPainter painter(&chart);
                results.render(&painter, chart.rect());
                painter.end();
                QVERIFY(chart.save(name(QStringLiteral("results"))));

                Ballot ballot = openBallot(document.get(), size);
                QTest::qWait(20);
                QVERIFY(ballot.kiosk->grab().save(name(QStringLiteral("kiosk-ballot"))));
                ballot.scroll->verticalScrollBar()->setValue(ballot.scroll->verticalScrollBar()->maximum());
                QTest::mouseClick(ballot.buttons.constLast(), Qt::LeftButton);
                QTest::qWait(600);
                QVERIFY(ballot.kiosk->grab().save(name(QStringLiteral("kiosk-ballot-scrolled"))));
                ballot.kiosk->forceClose();
            }
        }
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestProjectorUi)
#include "tst_ui_projector.moc"
