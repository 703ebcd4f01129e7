#include "mainwindow.h"

#include "agenda/agendapage.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "boardpage.h"
#include "capturebar.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restorepointsdialog.h"
#include "document/eventdocument.h"
#include "imageexport.h"
#include "kiosk/kioskwindow.h"
#include "model/notecolour.h"
#include "participation/incomingpanel.h"
#include "participation/phoneparticipation.h"
#include "photo/photoactions.h"
#include "preferences.h"
#include "projector/projectoractions.h"
#include "recentmenu.h"
#include "room/roombar.h"
#include "room/seenbyroom.h"
#include "searchnavigator.h"
#include "suggestionspanel.h"
#include "themeactions.h"
#include "votes/voteactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainterPath>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>

namespace cabildo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_board(new BoardPage), m_scene(m_board->scene()), m_view(m_board->view()),
      m_pages(new QStackedWidget), m_welcome(new QLabel), m_search(new QLineEdit), m_searchMatches(new QLabel),
      m_noteCount(new QLabel), m_zoomLevel(new QLabel), m_undoView(new QUndoView(&m_undoGroup)),
      m_undoDock(new QDockWidget), m_suggestions(new SuggestionsPanel(m_scene)), m_suggestionsDock(new QDockWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_board);
    m_agenda = new AgendaPage;
    m_pages->addWidget(m_agenda);
    setCentralWidget(m_pages);

    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_suggestionsDock->setObjectName(QStringLiteral("suggestionsDock"));
    m_suggestionsDock->setWidget(m_suggestions);
    addDockWidget(Qt::RightDockWidgetArea, m_suggestionsDock);
    tabifyDockWidget(m_undoDock, m_suggestionsDock);
    resizeDocks({m_undoDock}, {320}, Qt::Horizontal);
    m_undoDock->raise();

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_searchMatches->setObjectName(QStringLiteral("searchMatchesLabel"));
    m_noteCount->setObjectName(QStringLiteral("noteCountLabel"));
    statusBar()->addPermanentWidget(m_noteCount);
    statusBar()->addPermanentWidget(m_zoomLevel);

    createActions();
    createMenus();
    createToolBar();
    statusBar()->insertPermanentWidget(0, m_seenByRoom->hint());
    // Enter and F3 in the search go from match to match ("2 of 5").
    m_searchNavigator = new SearchNavigator(m_search, m_view, this);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_searchNavigator->actions());
    connect(m_searchNavigator, &SearchNavigator::statusChanged, this, &MainWindow::updateStatus);

    connect(m_search, &QLineEdit::textChanged, m_scene, &BoardScene::setSearchTerm);
    connect(m_scene, &BoardScene::searchMatchesChanged, this, &MainWindow::updateStatus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &BoardView::zoomChanged, this, &MainWindow::updateStatus);

    // Keyboard order follows the screen: the capture bar, then search, then the board.
    m_board->captureBar()->chainFocus(m_search);
    setTabOrder(m_search, m_view);

    // The parts that borrow the open event, in the order they are lent it.
    for (EventBorrower *borrower :
         std::initializer_list<EventBorrower *>{m_board, m_searchNavigator, m_agenda, m_suggestions, m_voteActions,
                                                m_participation, m_projector, m_roomBar, m_photo})
        m_event.addBorrower(borrower);
    connect(&m_event, &OpenEvent::aboutToClose, this, &MainWindow::eventClosing);
    connect(&m_event, &OpenEvent::replaced, this, &MainWindow::eventReplaced);

    retranslate();
    eventReplaced(nullptr);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_event.close(); // while the parts that borrow it, and this window, can still let go
}

BoardView *MainWindow::boardView() const
{
    return m_view;
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_actions.newEvent = make("actionNew", QKeySequence::New, &MainWindow::newEvent);
    m_actions.open = make("actionOpen", QKeySequence::Open, &MainWindow::openEvent);
    m_actions.saveAs = make("actionSaveAs", QKeySequence::SaveAs, &MainWindow::saveAs);
    m_actions.close = make("actionClose", QKeySequence::Close, &MainWindow::closeDocument);
    m_actions.importCsv = make("actionImportCsv", QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::chooseCsvToImport);
    m_actions.exportBoardImage = make("actionExportBoardImage", QKeySequence(), [this] {
        ImageExport::saveWithDialog(this, tr("board.png"),
                                    [this](const QString &path) { return exportBoardImage(path); });
    });
    m_actions.quit = make("actionQuit", QKeySequence::Quit, &QWidget::close);
    m_actions.pasteNotes =
        make("actionPasteNotes", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &MainWindow::pasteFromClipboard);
    m_actions.deleteNotes = make("actionDelete", QKeySequence(), [this] { m_view->deleteSelection(); });
    m_actions.editNote = make("actionEditNote", QKeySequence(), [this] { m_view->editSelectedNote(); });
    m_actions.selectAll = make("actionSelectAll", QKeySequence(), [this] {
        QPainterPath everything;
        everything.addRect(m_scene->sceneRect());
        m_scene->setSelectionArea(everything);
    });
    m_actions.zoomIn = make("actionZoomIn", QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.25); });
    m_actions.zoomOut = make("actionZoomOut", QKeySequence::ZoomOut, [this] { m_view->zoomBy(0.8); });
    m_actions.zoomReset = make("actionZoomReset", QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_view->setZoom(1); });
    m_actions.fitAll = make("actionFitAll", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitAll(); });
    m_actions.eventProperties = make("actionEventProperties", QKeySequence(), &MainWindow::editEventProperties);
    m_actions.preferences = make("actionPreferences", QKeySequence::Preferences, &MainWindow::editPreferences);
    m_actions.preferences->setMenuRole(QAction::PreferencesRole);
    m_actions.kiosk = make("actionKiosk", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &MainWindow::startKiosk);

    // Shortcuts that only mean something on the board: Delete in the capture bar deletes text.
    m_actions.deleteNotes->setShortcut(QKeySequence::Delete);
    m_actions.editNote->setShortcut(Qt::Key_F2);
    m_actions.selectAll->setShortcut(QKeySequence::SelectAll);
    for (QAction *action : {m_actions.deleteNotes, m_actions.editNote, m_actions.selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        removeAction(action);
        m_view->addAction(action);
    }

    m_actions.undo = m_undoGroup.createUndoAction(this);
    m_actions.undo->setObjectName(QStringLiteral("actionUndo"));
    m_actions.undo->setShortcuts(QKeySequence::Undo);
    m_actions.redo = m_undoGroup.createRedoAction(this);
    m_actions.redo->setObjectName(QStringLiteral("actionRedo"));
    m_actions.redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(m_actions.undo);
    addAction(m_actions.redo);

    m_actions.showHistory = m_undoDock->toggleViewAction();
    m_actions.showHistory->setObjectName(QStringLiteral("actionShowHistory"));

    for (const NoteColour &colour : NoteColour::palette()) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionColour_") + colour.key);
        action->setData(colour.key);
        QPixmap swatch(16, 16);
        swatch.fill(colour.fill);
        action->setIcon(QIcon(swatch));
        connect(action, &QAction::triggered, this, [this, key = colour.key] {
            if (EventDocument *event = document())
                event->recolourNotes(m_scene->selectedNoteIds(), key);
        });
        m_actions.colours.append(action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_actions.newEvent, m_actions.open});
    m_recentMenu = new RecentMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentMenu::openRequested, this, &MainWindow::openFile);
    m_fileMenu->addActions({m_actions.saveAs, m_actions.close});
    RestorePointsDialog::addMenuAction(m_fileMenu, this, [this] { return m_event.document(); });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.importCsv);
    // The paper wall (issue 15): a photo in, notes with pictures out, their texts checked one by one.
    m_photo = new PhotoActions(this);
    m_fileMenu->addAction(m_photo->importAction());
    connect(m_photo, &PhotoActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_photo, &PhotoActions::imported, this, [this](const QList<qint64> &ids) {
        m_view->fitAll();
        m_scene->selectNotes(ids);
    });
    m_exportPdf = ExportDialog::addMenuActions(m_fileMenu, this, [this] { return m_event.document(); }).pdf;
    m_fileMenu->addAction(m_actions.exportBoardImage);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_actions.undo, m_actions.redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_actions.pasteNotes, m_actions.editNote, m_actions.deleteNotes, m_actions.selectAll});
    m_editMenu->addAction(m_photo->transcribeAction());
    m_colourMenu = m_editMenu->addMenu(QString());
    m_colourMenu->setObjectName(QStringLiteral("menuColour"));
    m_colourMenu->addActions(m_actions.colours);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions.preferences);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_actions.zoomIn, m_actions.zoomOut, m_actions.zoomReset, m_actions.fitAll});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.showHistory);

    m_themeActions = new ThemeActions(m_scene, this);
    menuBar()->addMenu(m_themeActions->menu());
    m_voteActions = new VoteActions(this);
    menuBar()->addMenu(m_voteActions->menu());

    // View ▸ Agenda (Ctrl+3) switches between the board and the agenda grid.
    m_viewMenu->addAction(m_agenda->showAction());
    addAction(m_agenda->showAction());
    connect(m_agenda->showAction(), &QAction::toggled, this, [this](bool on) {
        if (document())
            m_pages->setCurrentIndex(on ? 2 : 1);
    });
    menuBar()->addMenu(m_agenda->menu());
    // The printable programme is wanted where the agenda is made, too: the File menu's action.
    m_agenda->menu()->addSeparator();
    m_agenda->menu()->addAction(m_exportPdf);
    connect(m_agenda->menu(), &QMenu::aboutToShow, m_exportPdf,
            [this] { m_exportPdf->setEnabled(document() != nullptr); });

    m_participation = new PhoneParticipation(this);
    m_viewMenu->addAction(m_participation->incomingDock()->toggleViewAction());
    // Running the room: the phase, the timer, hiding notes (issue 14); a bar and a menu.
    m_roomBar = new RoomBar(this);
    menuBar()->addMenu(m_roomBar->menu());
    addActions(m_roomBar->menu()->actions()); // their shortcuts work with the menu closed
    m_seenByRoom = new SeenByRoom(this, m_scene);
    m_photo->setRoomSees([this] { return m_seenByRoom->isSeenByRoom() && !m_seenByRoom->isPeeking(); });
    // The board hides face-down cards itself; the side panels that show notes' texts follow.
    connect(m_seenByRoom, &SeenByRoom::changed, this, [this] {
        const bool concealed = m_seenByRoom->isSeenByRoom() && !m_seenByRoom->isPeeking();
        m_participation->incomingPanel()->setSeenByRoom(concealed);
        m_suggestions->setSeenByRoom(concealed);
        m_photo->updateConcealment();
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_seenByRoom->action());
    m_eventMenu = menuBar()->addMenu(QString());
    m_eventMenu->addActions({m_actions.eventProperties, m_actions.kiosk, m_participation->openAction()});
    m_eventMenu->addSeparator();
    m_eventMenu->addAction(m_photo->removeAllPicturesAction());
    createProjectorMenu();
    m_recentMenu->rebuild();
}

void MainWindow::createProjectorMenu()
{
    // One projector window (issue 14): View ▸ Projector, and Show Results and Present
    // Agenda (F5) open it in their state.
    m_projector = new ProjectorActions(this);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_projector->menu());
    connect(m_voteActions, &VoteActions::resultsRequested, m_projector, &ProjectorActions::showResults);
    connect(m_agenda, &AgendaPage::presentRequested, m_projector,
            [this] { m_projector->present(ProjectorActions::View::Agenda); });
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_actions.undo, m_actions.redo});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions.zoomOut, m_actions.zoomIn, m_actions.fitAll});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.kiosk);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_searchMatches);
    m_toolBar->addWidget(m_search);
    addToolBarBreak();
    addToolBar(m_roomBar);
    addToolBarBreak();
    addToolBar(m_roomBar->offerBar());
    m_roomBar->offerBar()->hide(); // until a round closes
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_eventMenu->setTitle(tr("E&vent"));
    m_themeActions->retranslate();
    m_participation->retranslate();
    m_roomBar->retranslate();
    m_seenByRoom->retranslate();
    if (m_searchNavigator)
        m_searchNavigator->retranslate();
    m_voteActions->retranslate();
    m_projector->retranslate();
    m_photo->retranslate();
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_colourMenu->setTitle(tr("&Colour"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_undoDock->setWindowTitle(tr("History"));
    m_suggestionsDock->setWindowTitle(tr("Suggested themes"));
    //: First line of the undo history: the event as it was when opened
    m_undoView->setEmptyLabel(tr("Event opened"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_view->setAccessibleName(BoardView::tr("Board"));
    m_view->setAccessibleDescription(BoardView::tr(
        "Tab and Shift+Tab select the next or previous note. The arrow keys move the selected notes, with Shift in "
        "bigger steps. Enter or F2 edits the selected note, Delete removes the selected notes and Esc clears the "
        "selection. Ctrl+Tab leaves the board."));
    retranslateDockButtons();

    m_actions.newEvent->setText(tr("&New Event…"));
    m_actions.open->setText(tr("&Open…"));
    m_actions.saveAs->setText(tr("Save &As…"));
    m_actions.close->setText(tr("&Close Event"));
    m_actions.importCsv->setText(tr("&Import Notes from CSV…"));
    m_actions.exportBoardImage->setText(tr("Export &Board Image…"));
    m_actions.quit->setText(tr("&Quit"));
    m_actions.undo->setText(tr("&Undo"));
    m_actions.redo->setText(tr("&Redo"));
    m_undoGroup.setObjectName(QString());
    m_actions.pasteNotes->setText(tr("&Paste as Notes"));

    m_actions.editNote->setText(tr("&Edit Note Text"));
    m_actions.deleteNotes->setText(tr("&Delete Notes"));
    m_actions.selectAll->setText(tr("Select &All Notes"));
    m_actions.zoomIn->setText(tr("Zoom &In"));
    m_actions.zoomOut->setText(tr("Zoom &Out"));
    m_actions.zoomReset->setText(tr("&Actual Size"));
    m_actions.fitAll->setText(tr("&Fit All Notes"));
    m_actions.showHistory->setText(tr("Undo &History"));
    m_actions.eventProperties->setText(tr("Event &Properties…"));
    m_actions.preferences->setText(tr("Pre&ferences…"));
    m_actions.kiosk->setText(tr("Start &Kiosk Mode…"));

    // Descriptions: shown in the status bar, read by screen readers with each menu item.
    const std::pair<QAction *, QString> descriptions[] = {
        {m_actions.newEvent, tr("Create a new event file")},
        {m_actions.open, tr("Open an event file")},
        {m_actions.saveAs, tr("Save a copy of this event under another name and go on working in the copy")},
        {m_actions.close, tr("Close this event; everything is already saved")},
        {m_actions.importCsv, tr("Add the notes of a CSV file, after a preview")},
        {m_actions.exportBoardImage, tr("Save the whole board as a PNG or SVG picture for slides")},
        {m_actions.pasteNotes, tr("Add one note per line of the text in the clipboard")},
        {m_actions.editNote, tr("Change the text of the selected note")},
        {m_actions.deleteNotes, tr("Delete the selected notes")},
        {m_actions.selectAll, tr("Select every note on the board")},
        {m_actions.zoomIn, tr("Show the board bigger")},
        {m_actions.zoomOut, tr("Show more of the board")},
        {m_actions.zoomReset, tr("Show the notes at their real size")},
        {m_actions.fitAll, tr("Show every note on the board at once")},
        {m_actions.eventProperties, tr("Rename the event, change its acronym or time zone")},
        {m_actions.preferences, tr("Choose the interface language and the board's contrast")},
        {m_actions.kiosk, tr("Let participants add their priorities on a shared or touch screen")},
    };
    for (const auto &[action, description] : descriptions) {
        action->setStatusTip(description);
        action->setToolTip(description);
    }
    for (QAction *action : std::as_const(m_actions.colours))
        //: %1 is a colour name, e.g. "Yellow"
        action->setStatusTip(tr("Give the selected notes the colour %1")
                                 .arg(NoteColour::byKey(action->data().toString()).displayName()));
    for (QAction *action : std::as_const(m_actions.colours))
        action->setText(NoteColour::byKey(action->data().toString()).displayName());

    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setAccessibleName(tr("Search notes"));
    m_welcome->setText(tr("<h2>No event is open</h2><p>Create a new event with File ▸ New Event, "
                          "open one with File ▸ Open, or drop an event file here.</p>"));
    m_recentMenu->rebuild();
    updateTitle();
    updateStatus();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::highContrastChanged, m_scene, &BoardScene::setHighContrast);
    if (m_kiosk)
        connect(&dialog, &PreferencesDialog::highContrastChanged, m_kiosk, &KioskWindow::setHighContrast);
    dialog.exec();
}

void MainWindow::retranslateDockButtons()
{
    // Qt names the dock's title buttons once, at creation, and gives no access to them but
    // their object names (qdockwidget.cpp): rename them from qtbase's own catalogue (a
    // variable context, so lupdate leaves these strings to Qt's translators).
    const char *const qtDockContext = "QDockWidget";
    for (QDockWidget *dock : {m_undoDock, m_suggestionsDock, m_participation->incomingDock()})
        for (auto [name, text] :
             {std::pair{"qt_dockwidget_closebutton", "Close"}, std::pair{"qt_dockwidget_floatbutton", "Float"}})
            if (auto *button = dock->findChild<QAbstractButton *>(QLatin1String(name))) {
                button->setToolTip(QCoreApplication::translate(qtDockContext, text));
                button->setAccessibleName(QCoreApplication::translate(qtDockContext, text));
            }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// ---- Window state -----------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const EventDocument *event = document();
    if (!event) {
        setWindowTitle(tr("Cabildo"));
        return;
    }
    QString title = tr("%1 (%2)").arg(event->event().title, QFileInfo(event->filePath()).fileName());
    if (event->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
    setWindowFilePath(event->filePath());
}

QString MainWindow::exportBoardImage(const QString &path)
{
    m_scene->clearSelection(); // the picture shows the notes, not what happens to be selected
    return ImageExport::writeBoard(path, m_scene, document() ? document()->event().title : QString());
}

void MainWindow::updateActions()
{
    const bool open = document() != nullptr;
    const bool editable = open && !document()->isReadOnly();
    const bool selection = editable && !m_scene->selectedNoteIds().isEmpty();
    m_actions.saveAs->setEnabled(open);
    m_actions.close->setEnabled(open);
    m_actions.importCsv->setEnabled(editable);
    m_actions.exportBoardImage->setEnabled(open);
    m_actions.pasteNotes->setEnabled(editable);
    m_actions.deleteNotes->setEnabled(selection);
    m_actions.editNote->setEnabled(editable && m_scene->selectedNoteIds().size() == 1);
    m_actions.selectAll->setEnabled(open);
    m_colourMenu->setEnabled(selection);
    for (QAction *action : std::as_const(m_actions.colours))
        action->setEnabled(selection);
    for (QAction *action : {m_actions.zoomIn, m_actions.zoomOut, m_actions.zoomReset, m_actions.fitAll})
        action->setEnabled(open);
    m_actions.eventProperties->setEnabled(editable);
    m_actions.kiosk->setEnabled(editable && !m_kiosk);
    m_themeActions->updateEnabled();
    m_participation->updateEnabled();
    m_photo->updateEnabled();
    m_search->setEnabled(open);
}

void MainWindow::updateStatus()
{
    const EventDocument *event = document();
    // Notes waiting in Incoming are not on the board yet: counted apart, so the count
    // matches what the facilitator sees on the wall.
    const int waiting = event ? event->pendingNoteCount() : 0;
    const int onBoard = event ? event->noteCount() - waiting : 0;
    QString notes = event ? tr("%Ln note(s)", nullptr, onBoard) : QString();
    if (waiting > 0)
        notes += QStringLiteral(" · ") + tr("%Ln waiting", nullptr, waiting);
    m_noteCount->setText(notes);
    m_zoomLevel->setText(event ? tr("Zoom %1 %").arg(qRound(m_view->zoom() * 100)) : QString());
    const bool searching = event && !m_search->text().trimmed().isEmpty();
    const QString position = m_searchNavigator ? m_searchNavigator->positionText() : QString();
    m_searchMatches->setText(!searching            ? QString()
                             : !position.isEmpty() ? position
                                                   : tr("%Ln match(es)", nullptr, m_scene->matchCount()));
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    // Window-modal and not blocking: the caller goes on, and tests can find and close it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Everything is already on disk: closing only releases the file (and its lock); the
    // kiosk goes with it.
    m_event.close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().constFirst().toLocalFile();
    event->acceptProposedAction();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if ((suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        && document())
        importCsv(path);
    else if ((suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") || suffix == QLatin1String("png"))
             && document())
        m_photo->importPhoto(path);
    else
        openFile(path);
}

} // namespace cabildo
