// Participation from phones, the facilitator's side (issue 13), driving the real main window
// offscreen: Event ▸ Open to Phones opens participation on a network (the loopback here),
// shows the participants' address, a QR code that decodes back to it (zbarimg) and the join
// code, full screen for the projector too; New Link changes them after a confirmation;
// Close stops them working. Notes from phones (through the desk, as the server hands them
// over) wait in Incoming under moderation until approved or hidden; a phone is blocked,
// its notes hidden on request; the counts follow; an event left open resumes on reopening.
// CABILDO_SCREENSHOT_DIR=DIR: `screenshots` saves the dialog and the projector window.
#include "document/eventdocument.h"
#include "document/participationdesk.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "participation/incomingpanel.h"
#include "participation/participationdialog.h"
#include "participation/phoneparticipation.h"
#include "participation/qrcodewidget.h"
#include "participation/qrprojectorwindow.h"
#include "preferences.h"
#include "realsizeevent.h"
#include "testevent.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <memory>

using namespace cabildo;
using namespace cabildo::test;

namespace {

/** What a phone was answered, once the desk completes a submission. */
struct Answer
{
    int status = 0;
    QByteArray body;
};

DeviceKey phone(int n)
{
    // A stored device is known by the hex SHA-256 the server makes; any 64 hex digits do here.
    return {QByteArray::number(n).rightJustified(64, '0'), QStringLiteral("10.0.0.%1").arg(n)};
}

/** The text zbarimg reads in `image`; empty when it finds no code. */
QString decodeQr(const QImage &image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    if (!image.save(path))
        return QStringLiteral("(not saved)");
    QProcess decode;
    decode.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    if (!decode.waitForFinished())
        return QStringLiteral("(zbarimg did not finish)");
    return QString::fromUtf8(decode.readAllStandardOutput()).trimmed();
}

/** A phone's GET of `path` on the loopback: the whole answer, headers included. */
QByteArray httpGet(quint16 port, const QByteArray &path, const QByteArray &cookie = {})
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(3000))
        return "(not connected)";
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                 + (cookie.isEmpty() ? QByteArray() : "Cookie: " + cookie + "\r\n") + "\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

/** Whether something answers on `port` of the loopback. */
bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(3000);
}

} // namespace

class TestParticipationUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFolder> folder;
    std::unique_ptr<MainWindow> window;

    PhoneParticipation *participation() { return window->participation(); }
    ParticipationDesk *desk() { return participation()->desk(); }
    EventDocument *document() { return window->document(); }
    ParticipationDialog *dialog() { return participation()->dialog(); }

    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    template <typename T> T *inDialog(const char *name) { return child<T>(dialog(), name); }

    /** Event ▸ Open to Phones, the loopback chosen, Open pressed. */
    bool openToPhones(bool moderated = false)
    {
        child<QAction>(window.get(), "openToPhonesAction")->trigger();
        if (!dialog()->isVisible())
            return false;
        auto *network = inDialog<QComboBox>("networkCombo");
        const int loopback = network->findData(QStringLiteral("127.0.0.1"));
        if (loopback < 0) {
            qWarning("no loopback among %d networks", network->count());
            return false;
        }
        network->setCurrentIndex(loopback);
        inDialog<QCheckBox>("moderationCheck")->setChecked(moderated);
        inDialog<QPushButton>("openParticipationButton")->click();
        return desk()->isOpen();
    }

    /** A phone's note handed to the desk as the server does; the answer arrives once it is stored. */
    std::shared_ptr<Answer> send(const QString &text, int phoneNumber = 1, const QString &submissionId = {})
    {
        auto answer = std::make_shared<Answer>();
        desk()->deviceSeen(phone(phoneNumber));
        NoteSubmission note;
        note.submissionId =
            submissionId.isEmpty() ? QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex()) : submissionId;
        note.device = phone(phoneNumber);
        note.text = text;
        desk()->submitNote(note, [answer](int status, const QByteArray &body) {
            answer->status = status;
            answer->body = body;
        });
        return answer;
    }

    /** The button is at least as wide as its label drawn (without the mnemonic's "&"). */
    // Every tab of the window's tabbed panels (History, Suggested themes, Incoming) shows
    // its whole title: a tab narrower than its text plus the style's padding is elided.
    static QStringList cutDockTabs(const QMainWindow &window)
    {
        QStringList cut;
        for (const QTabBar *tabs : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!tabs->isVisible())
                continue;
            const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int index = 0; index < tabs->count(); ++index)
                if (tabs->tabRect(index).width()
                    < tabs->fontMetrics().horizontalAdvance(tabs->tabText(index)) + padding)
                    cut.append(tabs->tabText(index));
        }
        return cut;
    }

    /** A new window on a new event, in `language` (the test resets it to the system's at its end). */
    void reopenIn(const QString &language)
    {
        preferences::setLanguage(language);
        preferences::applyLanguage();
        cleanup();
        init();
    }

    static bool labelFits(const QPushButton *button)
    {
        QString label = button->text();
        label.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return button->width() >= button->fontMetrics().horizontalAdvance(label);
    }

    QListWidget *incomingList() { return child<QListWidget>(participation()->incomingPanel(), "incomingList"); }

    QStringList incomingTexts()
    {
        QStringList texts;
        for (int row = 0; row < incomingList()->count(); ++row)
            texts.append(incomingList()->item(row)->text().section(QLatin1Char('\n'), 0, 0));
        return texts;
    }

    NoteState stateOf(const QString &text)
    {
        for (qint64 id : document()->noteIds())
            if (document()->note(id)->text == text)
                return document()->note(id)->state;
        qWarning("no note %s", qPrintable(text));
        return NoteState::Visible;
    }

    /** The message box named `name` showing now (an answered one may not be deleted yet). */
    QMessageBox *shownBox(const char *name)
    {
        for (QMessageBox *box : window->findChildren<QMessageBox *>(QLatin1String(name)))
            if (box->isVisible())
                return box;
        return nullptr;
    }

    /** The message box named `name` the window opened, answered with `button`. */
    void answerBox(const char *name, QMessageBox::StandardButton button)
    {
        QTRY_VERIFY(shownBox(name));
        shownBox(name)->button(button)->click();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English));
    }

    void init()
    {
        folder = std::make_unique<TestFolder>();
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->setDocument(folder->newEvent(QStringLiteral("phones.cabildo"), QStringLiteral("Town hall")));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        folder.reset();
    }

    void openAndCloseParticipation()
    {
        QVERIFY(child<QAction>(window.get(), "openToPhonesAction")->isEnabled());
        QVERIFY(openToPhones());
        const QString url = inDialog<QLabel>("participantUrlLabel")->text();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QCOMPARE(url, desk()->participantUrl());
        QVERIFY(url.contains(QStringLiteral("/e/") + QString::fromLatin1(document()->participation()->token)));
        QCOMPARE(inDialog<QrCodeWidget>("participantQr")->text(), url);
        QVERIFY(inDialog<QrCodeWidget>("participantQr")->isVisible());
        const QString joinCode = desk()->joinCode();
        QCOMPARE(joinCode.size(), 6);
        QCOMPARE(inDialog<QLabel>("joinCodeLabel")->text(),
                 QStringLiteral("or type %1 and the code %2").arg(desk()->typedAddress(), joinCode));
        const QString counts = inDialog<QLabel>("participationCounts")->text();
        for (const char *line :
             {"Phones connected: 0", "Notes received: 0", "Ballots cast: 0", "Waiting for approval: 0"})
            QVERIFY2(counts.contains(QLatin1String(line)), qPrintable(counts));
        QVERIFY(participation()->sleepInhibitor().isWanted());
        QVERIFY(participation()->statusButton()->isVisible());
        QVERIFY(!participation()->incomingDock()->isVisible()); // no moderation, nothing waiting
        // Really served: a phone opening the address gets the page, joins and is counted.
        const quint16 port = document()->participation()->port;
        const QByteArray path = QUrl(url).path().toUtf8();
        const QByteArray page = httpGet(port, path);
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(200).constData());
        const QByteArray cookie = page.mid(page.indexOf("cabildo_device=")).split(';').constFirst();
        QVERIFY2(cookie.startsWith("cabildo_device="), page.left(600).constData());
        QVERIFY(httpGet(port, path + "api/state", cookie).startsWith("HTTP/1.1 200"));
        QTRY_VERIFY(inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Phones connected: 1")));
        QTRY_COMPARE(inDialog<QListWidget>("devicesList")->count(), 1);
        QVERIFY(
            inDialog<QListWidget>("devicesList")->item(0)->text().startsWith(QStringLiteral("Phone 1 · 127.0.0.1")));
        QTRY_COMPARE(participation()->statusButton()->text(), QStringLiteral("Open to phones: 1 connected"));

        inDialog<QPushButton>("closeParticipationButton")->click();
        QVERIFY(!desk()->isOpen());
        QVERIFY(!document()->participation().has_value());
        QVERIFY(inDialog<QLabel>("participantUrlLabel")->text().isEmpty());
        QVERIFY(inDialog<QrCodeWidget>("participantQr")->text().isEmpty());
        QVERIFY(!inDialog<QWidget>("participationOpenArea")->isVisible());
        QVERIFY(inDialog<QPushButton>("openParticipationButton")->isVisible());
        QVERIFY(!participation()->sleepInhibitor().isWanted());
        QVERIFY(!participation()->statusButton()->isVisible());
        QVERIFY(!listening(port));
    }

    void qrCodeDecodesToTheAddressAndNewLinkChangesIt()
    {
        QVERIFY(openToPhones());
        auto *qr = inDialog<QrCodeWidget>("participantQr");
        const QString url = desk()->participantUrl();
        QVERIFY2(qr->modulePixels() >= QrCodeWidget::minimumModulePixels,
                 qPrintable(QString::number(qr->modulePixels())));
        QCOMPARE(decodeQr(qr->grab().toImage()), url);

        // Full screen for the projector: the same code, the address and the join code in large type.
        auto *show = inDialog<QPushButton>("qrProjectorButton");
        show->click();
        QrProjectorWindow *projector = dialog()->projectorWindow();
        QVERIFY(projector);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QVERIFY(projector->isFullScreen());
        projector->showNormal(); // offscreen, a full-screen window keeps the platform screen's size
        projector->resize(1920, 1080);
        QCoreApplication::processEvents();
        QCOMPARE(decodeQr(projector->grab().toImage()), url);
        QVERIFY(projector->qrCode()->modulePixels() >= 12); // read from the back of a room
        QCOMPARE(child<QLabel>(projector, "qrProjectorAddress")->text(), desk()->typedAddress());
        QCOMPARE(child<QLabel>(projector, "qrProjectorJoinCode")->text().remove(QLatin1Char(' ')), desk()->joinCode());
        QVERIFY(child<QLabel>(projector, "qrProjectorJoinCode")->font().pixelSize() >= 100);

        // New Link, cancelled: nothing changes.
        inDialog<QPushButton>("newLinkButton")->click();
        answerBox("newLinkQuestion", QMessageBox::Cancel);
        QCOMPARE(desk()->participantUrl(), url);
        // Confirmed: a new token and join code, in the dialog and on the projector.
        inDialog<QPushButton>("newLinkButton")->click();
        QTRY_VERIFY(shownBox("newLinkQuestion"));
        child<QPushButton>(shownBox("newLinkQuestion"), "confirmNewLinkButton")->click();
        const QString newUrl = desk()->participantUrl();
        QVERIFY(newUrl != url);
        QCOMPARE(inDialog<QLabel>("participantUrlLabel")->text(), newUrl);
        QCOMPARE(decodeQr(qr->grab().toImage()), newUrl);
        QCOMPARE(decodeQr(projector->grab().toImage()), newUrl);
        // The old link stops working at once; the new one works.
        const quint16 port = document()->participation()->port;
        QVERIFY(httpGet(port, QUrl(url).path().toUtf8()).startsWith("HTTP/1.1 404"));
        QVERIFY(httpGet(port, QUrl(newUrl).path().toUtf8()).startsWith("HTTP/1.1 200"));

        // Pressed again, the projector window goes; closing participation takes it too.
        show->click();
        QTRY_VERIFY(!dialog()->projectorWindow());
        show->click();
        QVERIFY(dialog()->projectorWindow());
        inDialog<QPushButton>("closeParticipationButton")->click();
        QTRY_VERIFY(!dialog()->projectorWindow());
    }

    void moderatedNotesWaitInIncomingUntilApproved()
    {
        QVERIFY(openToPhones(true));
        QVERIFY(desk()->isModerated());
        QTRY_VERIFY(participation()->incomingDock()->isVisible()); // moderation on: Incoming shows
        const auto first = send(QStringLiteral("<b>Bike lanes</b> on Main St"), 1);
        const auto second = send(QStringLiteral("More benches"), 2);
        const auto third = send(QStringLiteral("Free Wi-Fi in the library"), 1);
        QTRY_COMPARE(third->status, 201);
        QCOMPARE(first->status, 201);
        QCOMPARE(stateOf(QStringLiteral("More benches")), NoteState::Pending);
        // Oldest first, phones' markup shown as typed.
        QCOMPARE(incomingTexts(),
                 (QStringList{QStringLiteral("<b>Bike lanes</b> on Main St"), QStringLiteral("More benches"),
                              QStringLiteral("Free Wi-Fi in the library")}));
        QVERIFY(incomingList()->item(0)->text().contains(QStringLiteral("Phone 1")));
        QTRY_VERIFY(
            inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Waiting for approval: 3")));
        QVERIFY(inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Notes received: 3")));
        // The status bar counts the board's notes and those waiting apart.
        auto *noteCount = child<QLabel>(window.get(), "noteCountLabel");
        QTRY_COMPARE(noteCount->text(), QStringLiteral("0 notes · 3 waiting"));

        // Approve the first: on the board; the next one is chosen.
        auto *panel = participation()->incomingPanel();
        panel->selectNotes({panel->listedNoteIds().constFirst()});
        child<QPushButton>(panel, "approveNoteButton")->click();
        QCOMPARE(stateOf(QStringLiteral("<b>Bike lanes</b> on Main St")), NoteState::Visible);
        QTRY_COMPARE(incomingTexts().size(), 2);
        QCOMPARE(incomingList()->selectedItems().size(), 1);
        QCOMPARE(incomingList()->selectedItems().constFirst()->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("More benches"));
        // Hide it: kept off the board, out of Incoming.
        child<QPushButton>(panel, "hideNoteButton")->click();
        QCOMPARE(stateOf(QStringLiteral("More benches")), NoteState::Hidden);
        QTRY_COMPARE(incomingTexts(), QStringList{QStringLiteral("Free Wi-Fi in the library")});
        // Undo brings it back to Incoming: each is the facilitator's undo step.
        document()->undoStack()->undo();
        QCOMPARE(stateOf(QStringLiteral("More benches")), NoteState::Pending);
        QTRY_COMPARE(incomingTexts().size(), 2);
        // Approve All.
        child<QPushButton>(panel, "approveAllButton")->click();
        QCOMPARE(stateOf(QStringLiteral("More benches")), NoteState::Visible);
        QCOMPARE(stateOf(QStringLiteral("Free Wi-Fi in the library")), NoteState::Visible);
        QTRY_COMPARE(incomingList()->count(), 0);
        QVERIFY(document()->pendingNoteIds().isEmpty());
        QCOMPARE(noteCount->text(), QStringLiteral("3 notes"));
        QTRY_VERIFY(
            inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Waiting for approval: 0")));

        // Moderation off: notes go straight to the board; Incoming goes once nothing waits.
        inDialog<QCheckBox>("moderationCheck")->setChecked(false);
        QVERIFY(!desk()->isModerated());
        QTRY_VERIFY(!participation()->incomingDock()->isVisible());
        const auto direct = send(QStringLiteral("Straight to the wall"), 3);
        QTRY_COMPARE(direct->status, 201);
        QCOMPARE(stateOf(QStringLiteral("Straight to the wall")), NoteState::Visible);
        QCOMPARE(incomingList()->count(), 0);
    }

    void blockingAPhoneHidesItsNotesWhenAsked()
    {
        QVERIFY(openToPhones());
        const auto mine = send(QStringLiteral("Spam spam spam"), 7);
        const auto other = send(QStringLiteral("A real idea"), 8);
        QTRY_COMPARE(other->status, 201);
        QCOMPARE(mine->status, 201);
        auto *devices = inDialog<QListWidget>("devicesList");
        QTRY_COMPARE(devices->count(), 2);
        // (Until the English catalogue has this plural, "1 note(s)".)
        QVERIFY2(devices->item(0)->text().startsWith(QStringLiteral("Phone 1 · 10.0.0.7 · 1 note")),
                 qPrintable(devices->item(0)->text()));
        QVERIFY2(devices->item(1)->text().startsWith(QStringLiteral("Phone 2 · 10.0.0.8 · 1 note")),
                 qPrintable(devices->item(1)->text()));

        // Cancel: nothing changes.
        devices->setCurrentRow(0);
        auto *block = inDialog<QPushButton>("blockDeviceButton");
        block->click();
        answerBox("blockDeviceQuestion", QMessageBox::Cancel);
        const qint64 spammer = document()->deviceByHash(phone(7).hash)->id;
        QVERIFY(!document()->device(spammer)->blocked);
        // Yes: blocked, and its notes leave the board (one undo step); the other phone's stay.
        block->click();
        answerBox("blockDeviceQuestion", QMessageBox::Yes);
        QVERIFY(document()->device(spammer)->blocked);
        QVERIFY(!document()->device(document()->deviceByHash(phone(8).hash)->id)->blocked);
        QCOMPARE(stateOf(QStringLiteral("Spam spam spam")), NoteState::Hidden);
        QCOMPARE(stateOf(QStringLiteral("A real idea")), NoteState::Visible);
        QTRY_VERIFY(devices->item(0)->text().endsWith(QStringLiteral("blocked")));
        // Its next note is refused.
        const auto refused = send(QStringLiteral("More spam"), 7);
        QTRY_COMPARE(refused->status, 403);

        // Blocking another without hiding: its notes stay.
        devices->setCurrentRow(1);
        block->click();
        answerBox("blockDeviceQuestion", QMessageBox::No);
        QVERIFY(document()->device(document()->deviceByHash(phone(8).hash)->id)->blocked);
        QCOMPARE(stateOf(QStringLiteral("A real idea")), NoteState::Visible);
        // Unblock: the button says so for a blocked phone.
        QTRY_COMPARE(block->text(), QStringLiteral("&Unblock"));
        block->click();
        QVERIFY(!document()->device(document()->deviceByHash(phone(8).hash)->id)->blocked);
    }

    void countsFollowNotesAndBallots()
    {
        QVERIFY(openToPhones());
        const auto note = send(QStringLiteral("Shade trees"), 1);
        QTRY_COMPARE(note->status, 201);
        QTRY_VERIFY(inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Notes received: 1")));
        QVERIFY(document()->createTheme(QStringLiteral("Greener streets"), QString(), document()->noteIds()));
        QVERIFY(document()->createRound(QStringLiteral("Morning"), 3));
        QVERIFY(document()->openRound(document()->roundIds().constLast()));
        BallotSubmission ballot;
        ballot.device = phone(1);
        ballot.voterKey = QByteArray(64, 'a');
        ballot.round = document()->openRound()->uuid;
        ballot.themes = {document()->theme(document()->themeIds().constFirst())->uuid};
        auto answer = std::make_shared<Answer>();
        desk()->submitBallot(ballot, [answer](int status, const QByteArray &) { answer->status = status; });
        QTRY_COMPARE(answer->status, 200);
        QTRY_VERIFY(inDialog<QLabel>("participationCounts")->text().contains(QStringLiteral("Ballots cast: 1")));
    }

    void helpWhenNoPhoneConnects()
    {
        QVERIFY(openToPhones());
        auto *help = inDialog<QLabel>("reachabilityHelp");
        QVERIFY(!help->isVisible());
        // Shown by itself a minute after opening when no phone came (the timer, not waited for here).
        auto *timer = dialog()->findChild<QTimer *>(QStringLiteral("reachabilityTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 60 * 1000);
        dialog()->checkReachability();
        QVERIFY(help->isVisible());
        const QString port = QString::number(document()->participation()->port);
        QVERIFY(help->text().contains(QStringLiteral("port ") + port));
        QVERIFY(help->text().contains(QStringLiteral("hotspot")));
        // Always behind the link too.
        auto *link = inDialog<QLabel>("reachabilityLink");
        QVERIFY(link->text().contains(QStringLiteral("Phones cannot connect?")));
        emit link->linkActivated(QStringLiteral("#help"));
        QVERIFY(!help->isVisible());
        emit link->linkActivated(QStringLiteral("#help"));
        QVERIFY(help->isVisible());
    }

    void closesWithTheEventAndResumesOnReopening()
    {
        QVERIFY(openToPhones(true));
        inDialog<QPushButton>("qrProjectorButton")->click();
        QVERIFY(dialog()->projectorWindow());
        const QString url = desk()->participantUrl();
        const quint16 port = document()->participation()->port;
        const QString path = document()->filePath();

        // Closing the event: the server stops, the dialog and the projector window go.
        child<QAction>(window.get(), "actionClose")->trigger();
        QVERIFY(!window->document());
        QVERIFY(!desk());
        QVERIFY(!dialog()->isVisible());
        QTRY_VERIFY(!dialog()->projectorWindow());
        QVERIFY(!participation()->sleepInhibitor().isWanted());
        QVERIFY(!child<QAction>(window.get(), "openToPhonesAction")->isEnabled());
        QVERIFY(!listening(port));

        // Opened again (as after a crash or a restart): the same link works again, and shows.
        QVERIFY(window->openFile(path));
        QVERIFY(desk()->isOpen());
        QCOMPARE(desk()->participantUrl(), url);
        QVERIFY(dialog()->isVisible());
        QCOMPARE(inDialog<QLabel>("participantUrlLabel")->text(), url);
        QVERIFY(inDialog<QCheckBox>("moderationCheck")->isChecked());
        QTRY_VERIFY(participation()->incomingDock()->isVisible());
        QVERIFY(listening(port));
        QVERIFY(participation()->sleepInhibitor().isWanted());
    }

    // A real-size room in French, the longest of the four languages: a wall of 320 notes in
    // 16 themes, and 256 phones' notes in four languages waiting from 64 phones. At 1366×768
    // and 1920×1080 the Incoming panel's buttons show their whole labels, every waiting note
    // is listed and reachable by scrolling, and the dialog's buttons fit. With
    // CABILDO_SCREENSHOT_DIR set, saves the main window and the dialog at both sizes.
    void realSizeRoomInFrench()
    {
        reopenIn(QStringLiteral("fr"));
        QString error;
        QVERIFY2(fillRealSizeEvent(*document(), {}, &error), qPrintable(error));
        QVERIFY(openToPhones(true));
        const auto texts = realSizeNoteTexts(4);
        for (int index = 0; index < texts.size(); ++index)
            send(texts.at(index).first, index % 64 + 1);
        QTRY_COMPARE(participation()->incomingPanel()->waitingCount(), int(texts.size()));
        QCOMPARE(incomingList()->count(), int(texts.size()));
        QTRY_VERIFY(inDialog<QLabel>("participationCounts")->text().contains(QLatin1String(": 256\n")));
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            window->resize(size);
            dialog()->resize(dialog()->sizeHint().boundedTo(size));
            QCoreApplication::processEvents();
            if (!folderPath.isEmpty()) {
                QDir().mkpath(folderPath);
                const QString suffix = QStringLiteral("-%1x%2-fr.png").arg(size.width()).arg(size.height());
                QVERIFY(window->grab().save(folderPath + QStringLiteral("/realsize-incoming") + suffix));
                QVERIFY(dialog()->grab().save(folderPath + QStringLiteral("/realsize-dialog") + suffix));
            }
            for (const char *name : {"approveNoteButton", "approveAllButton", "hideNoteButton"}) {
                auto *button = child<QPushButton>(participation()->incomingPanel(), name);
                QVERIFY2(button->isVisible(), name);
                QVERIFY2(labelFits(button), name);
            }
            for (auto *button : dialog()->findChildren<QPushButton *>()) {
                if (!button->isVisible())
                    continue;
                QVERIFY2(labelFits(button), qPrintable(button->text()));
                QVERIFY2(dialog()->rect().contains(
                             button->geometry().translated(button->mapTo(dialog(), QPoint(0, 0)) - button->pos())),
                         qPrintable(button->text()));
            }
            incomingList()->scrollToItem(incomingList()->item(incomingList()->count() - 1));
            QCoreApplication::processEvents();
            QVERIFY(incomingList()->viewport()->rect().intersects(
                incomingList()->visualItemRect(incomingList()->item(incomingList()->count() - 1))));
        }
        preferences::setLanguage(QString());
        preferences::applyLanguage();
    }

    // With the Incoming panel beside History and Suggested themes on a 1366×768 window, every
    // tab shows its whole title in each language (French cut "Notes en atte…" before).
    void dockTabsShowWholeTitles()
    {
        for (const char *language : {"en", "fr", "es", "pt_BR"}) {
            reopenIn(QLatin1String(language));
            QVERIFY(openToPhones(true));
            send(QStringLiteral("Bike lanes on Main Street"), 1);
            QTRY_VERIFY(participation()->incomingDock()->isVisible());
            QCoreApplication::processEvents();
            const auto tabBars = window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly);
            QVERIFY(std::any_of(tabBars.cbegin(), tabBars.cend(),
                                [](const QTabBar *tabs) { return tabs->isVisible() && tabs->count() == 3; }));
            QCOMPARE(cutDockTabs(*window), QStringList());
        }
        preferences::setLanguage(QString());
        preferences::applyLanguage();
    }

    // Not a check: with CABILDO_SCREENSHOT_DIR set, saves the dialog open with phones and
    // notes waiting, the help, and the projector window at 1366×768 and 1920×1080.
    void screenshots()
    {
        const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
        if (folderPath.isEmpty())
            QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of participation");
        QDir().mkpath(folderPath);
        for (const char *language : {"en", "fr", "es", "pt_BR"}) {
            reopenIn(QLatin1String(language));
            QVERIFY(openToPhones(true));
            for (const QString &text :
                 {QStringLiteral("Bike lanes on Main Street"), QStringLiteral("More benches in the park, with shade"),
                  QStringLiteral("<i>Free</i> Wi-Fi in the library")})
                send(text, int(text.size() % 5) + 1);
            QTRY_COMPARE(participation()->incomingPanel()->waitingCount(), 3);
            QTRY_COMPARE(inDialog<QListWidget>("devicesList")->count(), 3);
            QTRY_VERIFY(inDialog<QLabel>("participationCounts")->text().contains(QLatin1String(": 3\n")));
            dialog()->checkReachability();
            dialog()->resize(dialog()->sizeHint().expandedTo(QSize(880, 700)).boundedTo(QSize(1366, 768)));
            dialog()->move(window->geometry().center() - dialog()->rect().center());
            QCoreApplication::processEvents();
            const QString suffix = QLatin1Char('-') + QLatin1String(language) + QStringLiteral(".png");
            QVERIFY(dialog()->grab().save(folderPath + QStringLiteral("/participation-dialog") + suffix));
            QVERIFY(window->grab().save(folderPath + QStringLiteral("/participation-incoming") + suffix));
            inDialog<QPushButton>("qrProjectorButton")->click();
            QrProjectorWindow *projector = dialog()->projectorWindow();
            QVERIFY(QTest::qWaitForWindowExposed(projector));
            projector->showNormal();
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
                projector->resize(size);
                QCoreApplication::processEvents();
                QVERIFY(projector->grab().save(
                    folderPath + QStringLiteral("/participation-projector-%1x%2").arg(size.width()).arg(size.height())
                    + suffix));
            }
        }
        preferences::setLanguage(QString());
        preferences::applyLanguage();
    }
};

QTEST_MAIN(TestParticipationUi)
#include "tst_ui_participation.moc"
