// The kiosk: a participant's priority lands in the event with its author fields (not as
// the facilitator's undo step, so their Undo stays theirs), and nothing a participant does in the kiosk changes the
// notes already there or closes it; only the facilitator's PIN does.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"
#include "kiosk/kiosksetupdialog.h"
#include "kiosk/kioskwindow.h"
#include "testevent.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace cabildo;

namespace {

QList<Note> snapshot(const EventDocument &document)
{
    QList<Note> notes;
    for (qint64 id : document.noteIds())
        notes.append(*document.note(id));
    return notes;
}

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void addSampleNotes(EventDocument &document, int count)
{
    static const char *const texts[] = {
        "Data privacy by design in public services",
        "Ciencia abierta y acceso a los datos de investigación",
        "Mesurer l'impact réel des données ouvertes",
        "Demanda de dados abertos pelos municípios",
        "Business models for open data start-ups",
        "Empowering marginalised communities with data",
        "Presupuestos participativos en línea",
        "Open contracting in public procurement",
        "Jornalismo de dados nas eleições",
        "Interopérabilité des registres publics",
        "Gender data gaps",
        "Datos abiertos para la acción climática",
    };
    QList<Note> notes;
    for (int i = 0; i < count; ++i)
        notes.append(EventDocument::makeNote(QString::fromUtf8(texts[i % std::size(texts)]), NoteSource::Typed));
    QVERIFY(document.addNotes(notes));
}

/** The widgets of the kiosk form, found as a test (or a screen reader) would: by name. */
struct KioskForm
{
    explicit KioskForm(const KioskWindow &kiosk)
        : text(child<QPlainTextEdit>(&kiosk, "kioskTextEdit")), name(child<QLineEdit>(&kiosk, "kioskNameEdit")),
          organisation(child<QLineEdit>(&kiosk, "kioskOrganisationEdit")),
          country(child<QComboBox>(&kiosk, "kioskCountryCombo")), sector(child<QComboBox>(&kiosk, "kioskSectorCombo")),
          languageButtons(kiosk.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^kioskLanguage_")))),
          consent(child<QCheckBox>(&kiosk, "kioskConsentCheck")),
          submit(child<QPushButton>(&kiosk, "kioskSubmitButton")),
          confirmation(child<QLabel>(&kiosk, "kioskConfirmation")), board(child<BoardView>(&kiosk, "kioskBoard")),
          exit(child<QPushButton>(&kiosk, "kioskExitButton"))
    {
    }
    bool complete() const
    {
        return text && name && organisation && country && sector && languageButtons.size() == 4 && consent && submit
               && confirmation && board && exit;
    }
    /** The key of the language button that is down ("en", "fr", "es", "pt"). */
    QString language() const
    {
        for (QPushButton *button : languageButtons)
            if (button->isChecked())
                return button->property("languageKey").toString();
        return {};
    }
    QPushButton *languageButton(const char *key) const
    {
        for (QPushButton *button : languageButtons)
            if (button->property("languageKey").toString() == QLatin1String(key))
                return button;
        return nullptr;
    }

    QPlainTextEdit *text;
    QLineEdit *name;
    QLineEdit *organisation;
    QComboBox *country;
    QComboBox *sector;
    QList<QPushButton *> languageButtons;
    QCheckBox *consent;
    QPushButton *submit;
    QLabel *confirmation;
    BoardView *board;
    QPushButton *exit;
};

/** Shows the kiosk on the (offscreen) primary screen and waits until it has the focus. */
bool showKiosk(KioskWindow &kiosk)
{
    kiosk.showOn(QGuiApplication::primaryScreen());
    return QTest::qWaitForWindowActive(&kiosk);
}

QPoint noteCentreOnBoard(const BoardView *view, qint64 noteId)
{
    const NoteItem *item = view->boardScene()->itemForNote(noteId);
    return item ? view->mapFromScene(item->sceneBoundingRect().center()) : QPoint();
}

void dragOnViewport(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const QPoint step = (to - from) / 4;
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + step * i);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void setupDialogNeedsConfirmedPin();
    void twoScreensKioskGoesToTheOther();
    void submitAddsOneUndoableKioskNote();
    void participantsChangesAreNotTheFacilitatorsSteps();
    void consentNeedsAName();
    void touchFriendlyLayout();
    void abandonedFormIsCleared();
    void gesturesChangeAnEditableEvent();
    void participantsCannotChangeTheEvent_data();
    void participantsCannotChangeTheEvent();
    void wrongPinStaysRightPinExits();
    void forcedCloseAndClosedEvent();
    void readOnlyEventDisablesTheForm();
    void screenshots();
};

void TestKiosk::setupDialogNeedsConfirmedPin()
{
    KioskSetupDialog dialog;
    auto *screens = child<QComboBox>(&dialog, "kioskScreenCombo");
    auto *pin = child<QLineEdit>(&dialog, "kioskPinEdit");
    auto *confirm = child<QLineEdit>(&dialog, "kioskPinConfirmEdit");
    auto *hint = child<QLabel>(&dialog, "kioskPinHint");
    auto *buttons = child<QDialogButtonBox>(&dialog, "kioskSetupButtons");
    QVERIFY(screens && pin && confirm && hint && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(screens->count(), QGuiApplication::screens().size());
    QCOMPARE(dialog.screen(), QGuiApplication::screens().constFirst()); // the only one
    QVERIFY(screens->itemText(0).contains(QStringLiteral("primary")));
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);

    const QString emptyHint = hint->text();
    QVERIFY(!emptyHint.isEmpty());
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(pin, QStringLiteral("12ab"));
    QCOMPARE(pin->text(), QStringLiteral("12")); // digits only
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(pin, QStringLiteral("34"));
    QVERIFY(!ok->isEnabled()); // not confirmed yet
    QVERIFY(hint->text() != emptyHint);
    QTest::keyClicks(confirm, QStringLiteral("1235"));
    QVERIFY(!ok->isEnabled());
    const QString mismatchHint = hint->text();
    QVERIFY(mismatchHint.contains(QStringLiteral("match")));
    QTest::keyClick(confirm, Qt::Key_Backspace);
    QTest::keyClicks(confirm, QStringLiteral("4"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.pin(), QStringLiteral("1234"));

    QTest::keyClicks(pin, QStringLiteral("567890"));
    QCOMPARE(pin->text(), QStringLiteral("12345678")); // at most 8 digits
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.pin().isEmpty());
    QTest::keyClicks(confirm, QStringLiteral("5678"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.pin(), QStringLiteral("12345678"));

    // Too short, even when confirmed.
    pin->setText(QStringLiteral("123"));
    confirm->setText(QStringLiteral("123"));
    QVERIFY(!ok->isEnabled());
}

// A laptop and a touch screen: the dialog proposes the screen the main window is not on,
// and the kiosk covers the screen chosen. The offscreen platform has one screen unless a
// configuration file gives it more, so this test runs itself again with two.
void TestKiosk::twoScreensKioskGoesToTheOther()
{
    if (QGuiApplication::screens().size() < 2) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("screens.json"));
        const QByteArray json = R"({"screens": [
            {"name": "eDP-1", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
            {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]})";
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(json) == json.size());
        file.close();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("twoScreensKioskGoesToTheOther")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestKiosk::twoScreensKioskGoesToTheOther()"), output.constData());
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    for (QScreen *mainScreen : screens) {
        QScreen *other = screens.at(1 - screens.indexOf(mainScreen));
        QWidget mainWindow;
        mainWindow.setScreen(mainScreen);
        mainWindow.setGeometry(mainScreen->geometry().adjusted(40, 40, -40, -40));
        KioskSetupDialog dialog(&mainWindow);
        auto *combo = child<QComboBox>(&dialog, "kioskScreenCombo");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        for (int i = 0; i < 2; ++i) {
            // Listed by name and resolution, the primary marked.
            const QScreen *listed = screens.at(i);
            const QString text = combo->itemText(i);
            const QString resolution =
                listed->name() == QLatin1String("eDP-1") ? QStringLiteral("1366 × 768") : QStringLiteral("1920 × 1080");
            QVERIFY2(text.contains(listed->name()) && text.contains(resolution), qPrintable(text));
            QCOMPARE(text.contains(QStringLiteral("primary")), listed == QGuiApplication::primaryScreen());
        }
        QCOMPARE(dialog.screen(), other); // the touch screen, not the facilitator's
        combo->setCurrentIndex(int(screens.indexOf(mainScreen)));
        QCOMPARE(dialog.screen(), mainScreen); // the facilitator may still choose the laptop's
    }

    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    for (QScreen *target : screens) {
        kiosk.showOn(target);
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QVERIFY(kiosk.isFullScreen());
        QCOMPARE(kiosk.screen(), target);
        QTRY_COMPARE(kiosk.geometry(), target->geometry());
    }
}

void TestKiosk::submitAddsOneUndoableKioskNote()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QSignalSpy submitted(&kiosk, &KioskWindow::noteSubmitted);
    QVERIFY(showKiosk(kiosk));
    QVERIFY(kiosk.isFullScreen());

    QVERIFY(!form.text->placeholderText().isEmpty());
    QVERIFY(!form.submit->isEnabled()); // nothing written yet
    QVERIFY(!form.consent->isChecked());
    QVERIFY(!form.consent->isEnabled()); // no name yet
    QVERIFY(!form.confirmation->isVisible());
    QCOMPARE(form.language(), QStringLiteral("en")); // the interface's (C locale)
    for (QPushButton *button : form.languageButtons)
        QVERIFY(button->height() >= 48);
    QVERIFY(form.country->isEditable());
    QVERIFY(form.country->completer());
    QVERIFY(form.country->count() > 200);
    QVERIFY(form.country->findText(QStringLiteral("Chile")) >= 0);
    QCOMPARE(form.country->findText(QStringLiteral("World")), -1); // regions are not countries
    QVERIFY(form.country->findText(QStringLiteral("Trinidad & Tobago"), Qt::MatchExactly) >= 0);
    QVERIFY(form.country->itemText(0).localeAwareCompare(form.country->itemText(1)) < 0);
    QCOMPARE(form.sector->count(), 8);

    QTest::keyClicks(form.text, QStringLiteral("  Open data for local budgets "));
    QVERIFY(form.submit->isEnabled());
    QTest::keyClicks(form.name, QStringLiteral("Maria  Jose"));
    QVERIFY(form.consent->isEnabled());
    form.consent->setFocus();
    QTest::keyClick(form.consent, Qt::Key_Space);
    QVERIFY(form.consent->isChecked());
    QTest::keyClicks(form.organisation, QStringLiteral("Civic Lab"));
    // The participant taps "Español": the form speaks Spanish, what was typed stays.
    const QString englishHeading = kiosk.findChild<QLabel *>(QStringLiteral("kioskHeading"))->text();
    QCOMPARE(form.languageButton("es")->text(), QStringLiteral("Español"));
    QTest::mouseClick(form.languageButton("es"), Qt::LeftButton);
    QCOMPARE(form.language(), QStringLiteral("es"));
    QVERIFY(kiosk.findChild<QLabel *>(QStringLiteral("kioskHeading"))->text() != englishHeading);
    QCOMPARE(form.text->toPlainText(), QStringLiteral("  Open data for local budgets "));
    QCOMPARE(form.name->text(), QStringLiteral("Maria  Jose"));
    // Countries are named in Spanish, stored in English.
    QVERIFY(form.country->findText(QStringLiteral("Alemania")) >= 0);
    QTest::keyClicks(form.country->lineEdit(), QStringLiteral("alemania"));
    form.country->completer()->popup()->hide();
    form.sector->setCurrentIndex(form.sector->findData(int(Sector::CivilSociety)));

    QTest::mouseClick(form.submit, Qt::LeftButton);

    QCOMPARE(document->noteCount(), 1);
    QCOMPARE(document->undoStack()->count(), 0); // the participant's, not a step the facilitator undoes
    QCOMPARE(submitted.count(), 1);
    const qint64 id = document->noteIds().constFirst();
    QCOMPARE(submitted.constFirst().constFirst().toLongLong(), id);
    const Note note = *document->note(id);
    QCOMPARE(note.text, QStringLiteral("Open data for local budgets"));
    QCOMPARE(note.language, QStringLiteral("es"));
    QCOMPARE(note.source, NoteSource::Kiosk);
    QCOMPARE(note.author.name, QStringLiteral("Maria Jose"));
    QCOMPARE(note.author.organisation, QStringLiteral("Civic Lab"));
    QCOMPARE(note.author.country, QStringLiteral("Germany")); // the same for every form language
    QCOMPARE(note.author.sector, Sector::CivilSociety);
    QVERIFY(note.author.showNameInResults);

    // Thanked, and the form is ready for the next person.
    QVERIFY(form.confirmation->isVisible());
    QVERIFY(form.confirmation->text().contains(QStringLiteral("Thank you")));
    QVERIFY(form.text->toPlainText().isEmpty());
    QVERIFY(form.name->text().isEmpty());
    QVERIFY(form.organisation->text().isEmpty());
    QVERIFY(form.country->currentText().isEmpty());
    QCOMPARE(form.sector->currentData().toInt(), int(Sector::Unspecified));
    QCOMPARE(form.language(), QStringLiteral("en")); // the next person starts in the room's language
    QCOMPARE(kiosk.findChild<QLabel *>(QStringLiteral("kioskHeading"))->text(), englishHeading);
    QVERIFY(!form.consent->isChecked());
    QVERIFY(!form.consent->isEnabled());
    QVERIFY(!form.submit->isEnabled());
    QTRY_VERIFY(form.text->hasFocus());

    // The note is on the kiosk's read-only board.
    QVERIFY(!form.board->boardScene()->isEditable());
    QVERIFY(form.board->boardScene()->itemForNote(id));

    // The facilitator's Undo has nothing of the participant's to take back.
    QVERIFY(!document->undoStack()->canUndo());

    // Ctrl+Enter in the text sends too; an anonymous note has no author.
    QTest::keyClicks(form.text, QStringLiteral("Gender data gaps"));
    QTest::keyClick(form.text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(document->noteCount(), 2);
    const Note anonymous = *document->note(document->noteIds().constLast());
    QCOMPARE(anonymous.text, QStringLiteral("Gender data gaps"));
    QCOMPARE(anonymous.author, Author());
    QCOMPARE(anonymous.language, QStringLiteral("en"));

    // The thank-you goes away by itself after about five seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!form.confirmation->isVisible(), 8000);
    QVERIFY(kiosk.isVisible());
}

void TestKiosk::consentNeedsAName()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QVERIFY(showKiosk(kiosk));

    QVERIFY(!form.consent->isEnabled());
    QVERIFY(!form.consent->isChecked());
    QTest::keyClicks(form.name, QStringLiteral("   "));
    QVERIFY(!form.consent->isEnabled()); // blanks are no name
    QTest::keyClicks(form.name, QStringLiteral("Ana"));
    QVERIFY(form.consent->isEnabled());
    form.consent->setChecked(true);
    form.name->clear();
    QVERIFY(!form.consent->isEnabled());
    QVERIFY(!form.consent->isChecked()); // consent for a name that is gone is dropped

    // Named, without consent: the name is kept, not for publishing.
    QTest::keyClicks(form.name, QStringLiteral("Ana"));
    QTest::keyClicks(form.text, QStringLiteral("Open science"));
    QTest::mouseClick(form.submit, Qt::LeftButton);
    QCOMPARE(document->noteCount(), 1);
    const Note note = *document->note(document->noteIds().constFirst());
    QCOMPARE(note.author.name, QStringLiteral("Ana"));
    QVERIFY(!note.author.showNameInResults);
}

// A participant who walks away mid-form must not leave their name for the next person.
void TestKiosk::abandonedFormIsCleared()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    kiosk.setIdleResetDelay(300);
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QVERIFY(showKiosk(kiosk));

    QTest::keyClicks(form.name, QStringLiteral("Ana"));
    QTest::keyClicks(form.text, QStringLiteral("Half a tho"));
    QTest::qWait(150);
    QTest::keyClicks(form.text, QStringLiteral("ught")); // still writing: the clock restarts
    QTest::qWait(200);
    QCOMPARE(form.text->toPlainText(), QStringLiteral("Half a thought"));
    QTRY_VERIFY_WITH_TIMEOUT(form.name->text().isEmpty(), 2000);
    QVERIFY(form.text->toPlainText().isEmpty());
    QCOMPARE(document->noteCount(), 0);
}

void TestKiosk::touchFriendlyLayout()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    addSampleNotes(*document, 12);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());

    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        kiosk.resize(size);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QCoreApplication::processEvents();

        // Every target a finger aims at is at least 48 px high, the type is big.
        QList<QWidget *> targets = {form.text,   form.name,    form.organisation, form.country,
                                    form.sector, form.consent, form.submit,       form.exit};
        for (QPushButton *button : form.languageButtons)
            targets.append(button);
        for (QWidget *target : targets) {
            QVERIFY2(target->height() >= 48, qPrintable(target->objectName()));
            QVERIFY2(target->isVisible(), qPrintable(target->objectName()));
        }
        QVERIFY(form.text->font().pointSizeF() >= 20);
        QVERIFY(form.name->font().pointSizeF() >= 20);
        QVERIFY(child<QLabel>(&kiosk, "kioskHeading")->font().pointSizeF() >= 32);
        // The whole form fits, thank-you included: no scrolling at the sizes of common screens.
        auto *scroll = child<QScrollArea>(&kiosk, "kioskFormScroll");
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QTest::keyClicks(form.text, QStringLiteral("Open data for local budgets"));
        QTest::mouseClick(form.submit, Qt::LeftButton);
        QVERIFY(form.confirmation->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QVERIFY(form.confirmation->font().pointSizeF() >= 20);
        QVERIFY(form.board->width() >= 400);
        // The form is centred in its column and no wider than readable.
        const QWidget *card = child<QWidget>(&kiosk, "kioskFormCard");
        QVERIFY(card->width() <= 760);
        const QRect cardRect(card->mapTo(scroll, QPoint(0, 0)), card->size());
        QVERIFY(qAbs(cardRect.center().x() - scroll->width() / 2) <= 2);
    }
}

// The harness: the gestures and shortcuts the next test sends do change an editable event.
void TestKiosk::gesturesChangeAnEditableEvent()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    addSampleNotes(*document, 3);

    BoardScene scene;
    scene.setDocument(document.get());
    BoardView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.fitAll();
    const qint64 id = document->noteIds().constFirst();
    const QPointF before = document->note(id)->pos;
    const QPoint from = noteCentreOnBoard(&view, id);
    QCOMPARE(view.itemAt(from), scene.itemForNote(id));
    dragOnViewport(view.viewport(), from, from + QPoint(160, 90));
    QVERIFY(document->note(id)->pos != before);
    QTest::keyClick(&view, Qt::Key_Delete); // the dragged note is selected
    QCOMPARE(document->noteCount(), 2);

    // An application-wide Undo, as a main window may have.
    QAction undo;
    undo.setShortcut(QKeySequence::Undo);
    undo.setShortcutContext(Qt::ApplicationShortcut);
    connect(&undo, &QAction::triggered, document->undoStack(), &QUndoStack::undo);
    view.addAction(&undo);
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->noteCount(), 3);
}

void TestKiosk::participantsChangesAreNotTheFacilitatorsSteps()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    addSampleNotes(*document, 3);
    const qint64 a = document->noteIds().constFirst();
    QVERIFY(document->createTheme(QStringLiteral("Privacy"), QStringLiteral("blue"), {a}));
    const qint64 theme = document->themeIds().constFirst();
    QVERIFY(document->createRound(QStringLiteral("Morning")));
    const qint64 round = document->roundIds().constFirst();
    document->undoStack()->clear();
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QVERIFY(showKiosk(kiosk));

    // The facilitator moves note A; then a participant adds a note at the kiosk.
    const QPointF from = document->note(a)->pos;
    QVERIFY(document->moveNotes({{a, from + QPointF(400, 0)}}));
    QTest::keyClicks(form.text, QStringLiteral("Participant's priority"));
    QTest::mouseClick(form.submit, Qt::LeftButton);
    QCOMPARE(document->noteCount(), 4);
    const qint64 b = document->noteIds().constLast();
    QCOMPARE(document->undoStack()->count(), 1); // the move only

    // Ctrl+Z undoes the move; the participant's note stays, on the kiosk's board too.
    document->undoStack()->undo();
    QCOMPARE(document->note(a)->pos, from);
    QVERIFY(document->note(b));
    QVERIFY(form.board->boardScene()->itemForNote(b));
    document->undoStack()->redo();
    QCOMPARE(document->note(a)->pos, from + QPointF(400, 0));
    QVERIFY(document->note(b));

    // A ballot cast at the kiosk is not a step either: Undo takes back the opening of the
    // round, and the ballot stays counted.
    QVERIFY(document->openRound(round));
    QVERIFY(kiosk.isVoting());
    const int steps = document->undoStack()->count();
    QWidget *button = child<QWidget>(&kiosk, qPrintable(QStringLiteral("kioskVoteTheme_%1").arg(theme)));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&kiosk, "kioskVoteSubmit"), Qt::LeftButton);
    QCOMPARE(document->ballots(round).size(), 1);
    QCOMPARE(document->undoStack()->count(), steps);
    document->undoStack()->undo();
    QVERIFY(!kiosk.isVoting());
    QCOMPARE(document->ballots(round).size(), 1);
    QCOMPARE(document->note(a)->pos, from + QPointF(400, 0));
}

void TestKiosk::participantsCannotChangeTheEvent_data()
{
    QTest::addColumn<QString>("gesture");
    for (const char *gesture : {"Delete", "F2", "drag", "Ctrl+Z", "Esc", "Alt+F4"})
        QTest::newRow(gesture) << QString::fromLatin1(gesture);
}

void TestKiosk::participantsCannotChangeTheEvent()
{
    QFETCH(QString, gesture);
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    addSampleNotes(*document, 2);

    // A stand-in for the main window, with application-wide shortcuts that would change the event.
    QWidget mainWindow;
    QAction undo;
    undo.setShortcut(QKeySequence::Undo);
    undo.setShortcutContext(Qt::ApplicationShortcut);
    connect(&undo, &QAction::triggered, document->undoStack(), &QUndoStack::undo);
    QAction deleteAll;
    deleteAll.setShortcut(QKeySequence::Delete);
    deleteAll.setShortcutContext(Qt::ApplicationShortcut);
    connect(&deleteAll, &QAction::triggered, document.get(), [&] { document->removeNotes(document->noteIds()); });
    mainWindow.addActions({&undo, &deleteAll});
    mainWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));

    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QSignalSpy exited(&kiosk, &KioskWindow::exited);
    QVERIFY(showKiosk(kiosk));
    QTest::keyClicks(form.text, QStringLiteral("From the kiosk"));
    QTest::mouseClick(form.submit, Qt::LeftButton);
    QCOMPARE(document->noteCount(), 3);
    QTest::qWait(50); // the board refits once the notes have landed
    QCoreApplication::processEvents();

    const QList<Note> before = snapshot(*document);
    const int undoIndex = document->undoStack()->index();
    const int undoCount = document->undoStack()->count();
    BoardView *board = form.board;
    const qint64 kioskNote = document->noteIds().constLast();
    const qint64 typedNote = document->noteIds().constFirst();
    const QPoint onNote = noteCentreOnBoard(board, typedNote);
    QCOMPARE(board->itemAt(onNote), board->boardScene()->itemForNote(typedNote));

    // Try on the board (after tapping a note), on the window and in the form.
    QTest::mouseClick(board->viewport(), Qt::LeftButton, {}, onNote);
    const QList<QWidget *> receivers = {board, board->viewport(), &kiosk, form.text, form.submit};
    auto keyEverywhere = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        for (QWidget *receiver : receivers) {
            receiver->setFocus();
            QTest::keyClick(receiver, key, modifiers);
        }
    };

    if (gesture == QLatin1String("Delete")) {
        keyEverywhere(Qt::Key_Delete, {});
        keyEverywhere(Qt::Key_Backspace, {});
    } else if (gesture == QLatin1String("F2")) {
        keyEverywhere(Qt::Key_F2, {});
        QTest::mouseDClick(board->viewport(), Qt::LeftButton, {}, noteCentreOnBoard(board, kioskNote));
        QVERIFY(!board->isEditingNote());
        QVERIFY(!board->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor")));
    } else if (gesture == QLatin1String("drag")) {
        dragOnViewport(board->viewport(), onNote, onNote + QPoint(160, 90));
        const QPoint other = noteCentreOnBoard(board, kioskNote);
        dragOnViewport(board->viewport(), other, other - QPoint(120, 60));
        QCOMPARE(board->boardScene()->itemForNote(typedNote)->pos(), document->note(typedNote)->pos);
        QCOMPARE(board->boardScene()->itemForNote(kioskNote)->pos(), document->note(kioskNote)->pos);
    } else if (gesture == QLatin1String("Ctrl+Z")) {
        keyEverywhere(Qt::Key_Z, Qt::ControlModifier);
        keyEverywhere(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        keyEverywhere(Qt::Key_Y, Qt::ControlModifier);
    } else if (gesture == QLatin1String("Esc")) {
        keyEverywhere(Qt::Key_Escape, {});
    } else if (gesture == QLatin1String("Alt+F4")) {
        keyEverywhere(Qt::Key_F4, Qt::AltModifier);
        QVERIFY(!kiosk.close());
        QCloseEvent closeEvent;
        QApplication::sendEvent(&kiosk, &closeEvent);
        QVERIFY(!closeEvent.isAccepted());
        QVERIFY(!kiosk.windowHandle()->close()); // as the window manager asks
    }
    QCoreApplication::processEvents();

    QCOMPARE(snapshot(*document), before);
    QVERIFY(board->boardScene()->selectedNoteIds().isEmpty());
    QCOMPARE(document->undoStack()->index(), undoIndex);
    QCOMPARE(document->undoStack()->count(), undoCount);
    QVERIFY(kiosk.isVisible());
    QVERIFY(kiosk.isFullScreen());
    QCOMPARE(exited.count(), 0);
}

void TestKiosk::wrongPinStaysRightPinExits()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QSignalSpy exited(&kiosk, &KioskWindow::exited);
    QVERIFY(showKiosk(kiosk));
    QVERIFY(form.exit->height() >= 48);

    QVERIFY(!kiosk.tryUnlock(QStringLiteral("1357")));
    QVERIFY(!kiosk.tryUnlock(QString()));
    QVERIFY(kiosk.isVisible());

    // Wrong PIN: said so, and the kiosk stays.
    QTest::mouseClick(form.exit, Qt::LeftButton);
    QPointer<QDialog> dialog = kiosk.findChild<QDialog *>(QStringLiteral("kioskPinDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *pin = child<QLineEdit>(dialog, "kioskUnlockPinEdit");
    auto *unlock = child<QPushButton>(dialog, "kioskUnlockButton");
    auto *error = child<QLabel>(dialog, "kioskUnlockError");
    QVERIFY(pin && unlock && error);
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QVERIFY(!error->isVisible());
    QTest::keyClicks(pin, QStringLiteral("1357"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(pin->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(kiosk.isVisible());
    QCOMPARE(exited.count(), 0);

    // Cancel: back to the form.
    QTest::mouseClick(child<QPushButton>(dialog, "kioskUnlockCancel"), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // deleted on close
    QVERIFY(kiosk.isVisible());
    QCOMPARE(exited.count(), 0);

    // Right PIN, typed on the keypad: the kiosk closes.
    QTest::mouseClick(form.exit, Qt::LeftButton);
    dialog = kiosk.findChild<QDialog *>(QStringLiteral("kioskPinDialog"));
    QVERIFY(dialog);
    const QList<QPushButton *> keys = dialog->findChildren<QPushButton *>();
    for (QChar digit : QStringLiteral("2468")) {
        const auto key =
            std::find_if(keys.cbegin(), keys.cend(), [digit](QPushButton *b) { return b->text() == digit; });
        QVERIFY(key != keys.cend());
        QVERIFY((*key)->height() >= 48);
        QVERIFY((*key)->font().pointSizeF() >= 20); // the kiosk's big type, in its dialog too
        QTest::mouseClick(*key, Qt::LeftButton);
    }
    QCOMPARE(child<QLineEdit>(dialog, "kioskUnlockPinEdit")->text(), QStringLiteral("2468"));
    QTest::mouseClick(child<QPushButton>(dialog, "kioskUnlockButton"), Qt::LeftButton);
    QCOMPARE(exited.count(), 1);
    QVERIFY(!kiosk.isVisible());
    QTRY_VERIFY(!dialog);
}

void TestKiosk::forcedCloseAndClosedEvent()
{
    test::TestFolder folder;
    auto document = folder.newEvent();
    QVERIFY(document);
    {
        KioskWindow kiosk(document.get(), QStringLiteral("2468"));
        QSignalSpy exited(&kiosk, &KioskWindow::exited);
        QVERIFY(showKiosk(kiosk));
        kiosk.forceClose();
        QVERIFY(!kiosk.isVisible());
        QCOMPARE(exited.count(), 1);
        kiosk.forceClose();
        QCOMPARE(exited.count(), 1); // once
    }
    // The event goes away under the kiosk: it closes rather than show a dead board.
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    QSignalSpy exited(&kiosk, &KioskWindow::exited);
    QVERIFY(showKiosk(kiosk));
    document.reset();
    QVERIFY(!kiosk.isVisible());
    QCOMPARE(exited.count(), 1);
}

void TestKiosk::readOnlyEventDisablesTheForm()
{
    test::TestFolder folder;
    const QString path = folder.path(QStringLiteral("readonly.cabildo"));
    {
        auto document = folder.newEvent(QStringLiteral("readonly.cabildo"));
        QVERIFY(document);
        addSampleNotes(*document, 2);
    }
    FileCheck check;
    auto document = EventDocument::open(path, true, &check);
    QVERIFY2(document, qPrintable(check.message));
    QVERIFY(document->isReadOnly());

    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());
    QVERIFY(showKiosk(kiosk));
    auto *notice = child<QLabel>(&kiosk, "kioskReadOnlyNotice");
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("read-only")));
    QVERIFY(!form.text->isEnabled());
    QVERIFY(!form.submit->isEnabled());
    QVERIFY(form.exit->isEnabled()); // the facilitator can still leave
    QCOMPARE(form.board->boardScene()->items().size(), 2);
}

// Not a check: with CABILDO_SCREENSHOT_DIR set, saves pictures of the kiosk to look at.
void TestKiosk::screenshots()
{
    const QString folderPath = qEnvironmentVariable("CABILDO_SCREENSHOT_DIR");
    if (folderPath.isEmpty())
        QSKIP("set CABILDO_SCREENSHOT_DIR to save screenshots of the kiosk");
    const QDir out(folderPath);
    QVERIFY(out.mkpath(QStringLiteral(".")));

    test::TestFolder folder;
    auto document = folder.newEvent(QStringLiteral("shots.cabildo"), QStringLiteral("AbreLatam 2026 — Montevideo"));
    QVERIFY(document);
    addSampleNotes(*document, 14);
    KioskWindow kiosk(document.get(), QStringLiteral("2468"));
    KioskForm form(kiosk);
    QVERIFY(form.complete());

    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080), QSize(1080, 1920)}) {
        kiosk.resize(size);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QTest::qWait(50);
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QVERIFY(kiosk.grab().save(out.filePath(QStringLiteral("kiosk-empty-%1.png").arg(suffix))));

        QTest::keyClicks(form.text, QStringLiteral("Open data for local budgets, explained for everyone"));
        QTest::keyClicks(form.name, QStringLiteral("Maria Jose"));
        QTest::keyClicks(form.organisation, QStringLiteral("Civic Lab"));
        QVERIFY(kiosk.grab().save(out.filePath(QStringLiteral("kiosk-filled-%1.png").arg(suffix))));
        QTest::mouseClick(form.submit, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(kiosk.grab().save(out.filePath(QStringLiteral("kiosk-thanks-%1.png").arg(suffix))));
    }
    kiosk.resize(1366, 768);
    QTest::mouseClick(form.exit, Qt::LeftButton);
    auto *dialog = kiosk.findChild<QDialog *>(QStringLiteral("kioskPinDialog"));
    QVERIFY(dialog);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(out.filePath(QStringLiteral("kiosk-pin.png"))));
    QTest::keyClicks(child<QLineEdit>(dialog, "kioskUnlockPinEdit"), QStringLiteral("1111"));
    QTest::mouseClick(child<QPushButton>(dialog, "kioskUnlockButton"), Qt::LeftButton);
    QVERIFY(dialog->grab().save(out.filePath(QStringLiteral("kiosk-pin-wrong.png"))));
    dialog->reject();

    const QString readOnlyPath = document->filePath();
    document.reset();
    FileCheck check;
    auto readOnly = EventDocument::open(readOnlyPath, true, &check);
    QVERIFY(readOnly);
    KioskWindow readOnlyKiosk(readOnly.get(), QStringLiteral("2468"));
    readOnlyKiosk.resize(1366, 768);
    readOnlyKiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&readOnlyKiosk));
    QTest::qWait(50);
    QVERIFY(readOnlyKiosk.grab().save(out.filePath(QStringLiteral("kiosk-readonly-1366x768.png"))));
    readOnlyKiosk.forceClose();

    KioskSetupDialog setup;
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QVERIFY(setup.grab().save(out.filePath(QStringLiteral("kiosk-setup.png"))));
}

QTEST_MAIN(TestKiosk)
#include "tst_ui_kiosk.moc"
