#pragma once

#include "openevent.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace cabildo {

class AgendaGeneration;
class AgendaGridModel;
class AgendaGridView;
class AgendaSummary;
class EventDocument;
class SessionMover;
class UnscheduledList;
struct AgendaRoundFacts;
struct GenerationReport;

/**
 * The Agenda page of the main window: the rooms × slots grid with the unscheduled
 * sessions beside it, the score panel under it, and the Agenda menu (rooms, time slots,
 * sessions, moving and pinning, Generate agenda, Present Agenda). MainWindow only
 * shows it (showAction(), Ctrl+3); it borrows the open event from OpenEvent.
 */
class AgendaPage : public QWidget, public EventBorrower
{
    Q_OBJECT

public:
    explicit AgendaPage(QWidget *parent = nullptr);
    ~AgendaPage() override;

    void setDocument(EventDocument *document) override;
    QMenu *menu() const { return m_menu; }
    /** Checkable: shows the agenda instead of the board (View ▸ Agenda, Ctrl+3). */
    QAction *showAction() const { return m_actions.show; }

    AgendaGridView *grid() const { return m_grid; }
    UnscheduledList *unscheduledList() const { return m_list; }
    AgendaGeneration *generation() const { return m_generation; }

    /** The session the actions apply to: the current one of the list or grid that has focus. */
    qint64 targetSession() const;

    // The work behind the actions, without their dialogs (tests and the command line call these).
    bool applyTemplate(const QDate &day);
    void generate();

signals:
    /** Present Agenda (F5): the projector window is asked to show the agenda. */
    void presentRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void refresh();
    void fillRounds();
    /** The counted round's name and ballots, and another round's when it has none. */
    AgendaRoundFacts roundFacts(qint64 roundId) const;
    void updateActions();
    void showMessage(const QString &text);
    void generationFinished(const GenerationReport &report);

    void editRooms();
    void editTimeSlots();
    void askTemplate();
    void editSessions();
    void addSession();
    void editSession();
    void togglePin();
    void unscheduleTarget();
    void fillMoveMenu();

    QPointer<EventDocument> m_document;
    AgendaGridModel *m_model;
    AgendaGridView *m_grid;
    UnscheduledList *m_list;
    SessionMover *m_mover;
    AgendaSummary *m_summary;
    AgendaGeneration *m_generation;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QPushButton *m_templateButton;
    QPushButton *m_roomsButton;
    QPushButton *m_slotsButton;
    QLabel *m_unscheduledTitle;
    QLabel *m_message;
    QWidget *m_buttonRow;
    QLabel *m_roundLabel;
    QComboBox *m_roundCombo; ///< whose ballots the grid counts and the generator follows
    QMenu *m_menu;
    QMenu *m_moveMenu;

    struct Actions
    {
        QAction *show, *rooms, *timeSlots, *applyTemplate, *sessions, *sessionsFromThemes, *addSession, *editSession;
        QAction *pin, *unschedule, *generate, *present;
    } m_actions{};
};

} // namespace cabildo
