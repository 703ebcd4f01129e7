#pragma once

#include "formats/notescsv.h"
#include "kiosk/kioskwindow.h"
#include "openevent.h"

#include <QMainWindow>
#include <QPointer>
#include <QUndoGroup>

#include <memory>
#include <optional>

class QLabel;
class QProgressDialog;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace cabildo {

class AgendaPage;
class BoardPage;
class BoardScene;
class BoardView;
class RecentMenu;
class RoomBar;
class SearchNavigator;
class SeenByRoom;
class SuggestionsPanel;
class ThemeActions;
class VoteActions;
class EventDocument;
class PhoneParticipation;
class PhotoActions;
class ProjectorActions;

/**
 * Assembles the window around one open event: actions and menus, the board page (capture
 * bar and board), the agenda page, the undo history and suggestions, the kiosk. The
 * window owns the event through OpenEvent; the pages and menus borrow it from there and
 * wire themselves to it. The logic lives in EventDocument and the parts.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EventDocument *document() const { return m_event.document(); }
    /** The whole board as a PNG or SVG picture (by the suffix); an error message, empty on success. */
    QString exportBoardImage(const QString &path);
    BoardView *boardView() const;
    KioskWindow *kioskWindow() const { return m_kiosk; }
    ThemeActions *themeActions() const { return m_themeActions; }
    VoteActions *voteActions() const { return m_voteActions; }
    SuggestionsPanel *suggestionsPanel() const { return m_suggestions; }
    AgendaPage *agendaPage() const { return m_agenda; }
    SearchNavigator *searchNavigator() const { return m_searchNavigator; }
    PhoneParticipation *participation() const { return m_participation; }
    ProjectorActions *projector() const { return m_projector; }
    RoomBar *roomBar() const { return m_roomBar; }
    SeenByRoom *seenByRoom() const { return m_seenByRoom; }
    PhotoActions *photoActions() const { return m_photo; }

    /** Opens an event file; problems are shown in a message box. Returns whether it opened. */
    bool openFile(const QString &path);
    /** Opens the default event in the user's data folder, creating it on first run. */
    bool openDefaultEvent();
    /** Closes the open event, if any, and makes `document` the open one (null: none). */
    void setDocument(std::unique_ptr<EventDocument> document);

    /** Adds one note per non-empty line, after a confirmation that says how many. */
    void pasteLines(const QString &text);
    void importCsv(const QString &path);
    void enterKiosk(QScreen *screen, const QString &pin);

    static QString defaultEventPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createProjectorMenu();
    void retranslate();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void showMessage(const QString &title, const QString &text);
    void retranslateDockButtons();

    /** What the window itself shows of the event: the page, the title, the history. */
    void eventReplaced(EventDocument *document);
    /** Whatever is not a borrower and uses the event stops: the kiosk, the history. */
    void eventClosing(EventDocument *document);

    void newEvent();
    void openEvent();
    void saveAs();
    void closeDocument();
    void editEventProperties();
    void editPreferences();
    void chooseCsvToImport();
    void pasteFromClipboard();
    void startKiosk();
    /** The notes CSV read on a thread of its own while `progress` shows; nothing when cancelled. */
    std::optional<NotesCsv> readCsv(const QString &path, QProgressDialog &progress);
    /** Shows the background language work on the notes an import added, until done or cancelled. */
    void waitForLanguageWork(const QList<qint64> &before, QProgressDialog &progress);
    /** Imports of this many notes show that they are being added (it takes a moment). */
    static constexpr qsizetype largeImport = 5000;

    OpenEvent m_event; ///< the one owner of the open event
    QUndoGroup m_undoGroup;
    BoardPage *m_board;
    BoardScene *m_scene; ///< the board page's
    BoardView *m_view;   ///< the board page's
    QStackedWidget *m_pages;
    QLabel *m_welcome;
    QLineEdit *m_search;
    QLabel *m_searchMatches;
    SearchNavigator *m_searchNavigator = nullptr;
    QLabel *m_noteCount;
    QLabel *m_zoomLevel;
    QUndoView *m_undoView;
    QDockWidget *m_undoDock;
    SuggestionsPanel *m_suggestions;
    QDockWidget *m_suggestionsDock;
    QPointer<KioskWindow> m_kiosk;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_eventMenu = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    QMenu *m_colourMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    ThemeActions *m_themeActions = nullptr;
    VoteActions *m_voteActions = nullptr;
    AgendaPage *m_agenda = nullptr;                ///< the agenda grid: page 2 of m_pages, with its own menu
    PhoneParticipation *m_participation = nullptr; ///< Event ▸ Open to Phones, the Incoming panel
    ProjectorActions *m_projector = nullptr;       ///< View ▸ Projector: the one projector window
    QAction *m_exportPdf = nullptr;                ///< File ▸ Export PDF, also in the Agenda menu
    RoomBar *m_roomBar = nullptr;                  ///< the phase, the timer, hiding notes: a bar and the Room menu
    SeenByRoom *m_seenByRoom = nullptr;            ///< whether the projector shows this window (View menu)
    PhotoActions *m_photo = nullptr;               ///< the paper wall: import a photo, transcribe, remove pictures

    struct Actions
    {
        QAction *newEvent, *open, *saveAs, *close, *importCsv, *exportBoardImage, *quit;
        QAction *undo, *redo, *pasteNotes, *deleteNotes, *editNote, *selectAll;
        QAction *zoomIn, *zoomOut, *zoomReset, *fitAll, *showHistory;
        QAction *eventProperties, *kiosk, *preferences;
        QList<QAction *> colours;
    } m_actions{};
};

} // namespace cabildo
