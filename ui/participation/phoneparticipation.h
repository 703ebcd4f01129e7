#pragma once

#include "openevent.h"
#include "sleepinhibitor.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolButton;

namespace cabildo {

class EventDocument;
class IncomingPanel;
class ParticipationDesk;
class ParticipationDialog;

/**
 * Participation from phones in the main window: owns the open event's ParticipationDesk
 * (it borrows the event like the window's other parts), the Event ▸ Open to Phones action
 * and its dialog, the Incoming dock (shown while moderation is on or notes wait), a status
 * bar button while participation is open, and the lock that keeps the laptop awake
 * meanwhile. An event whose file says participation is open (after a crash or a restart)
 * resumes with the same link, and the dialog shows so the facilitator sees it is on.
 * Closing the event stops the server; the link stays in the file for the next opening.
 */
class PhoneParticipation : public QObject, public EventBorrower
{
    Q_OBJECT

public:
    explicit PhoneParticipation(QMainWindow *window);
    ~PhoneParticipation() override;

    void setDocument(EventDocument *document) override;
    void retranslate();
    void updateEnabled();
    void showDialog();

    QAction *openAction() const { return m_openAction; }
    QDockWidget *incomingDock() const { return m_incomingDock; }
    IncomingPanel *incomingPanel() const { return m_incoming; }
    QToolButton *statusButton() const { return m_statusButton; }
    ParticipationDialog *dialog() const { return m_dialog; }
    /** The open event's desk (null: no event). */
    ParticipationDesk *desk() const { return m_desk.get(); }
    const SleepInhibitor &sleepInhibitor() const { return m_sleepInhibitor; }

private:
    void openChanged(bool open);
    void updateIncomingDock();
    void updateStatusButton();

    QMainWindow *m_window;
    QPointer<EventDocument> m_document;
    std::unique_ptr<ParticipationDesk> m_desk;
    QAction *m_openAction;
    ParticipationDialog *m_dialog;
    IncomingPanel *m_incoming;
    QDockWidget *m_incomingDock;
    QToolButton *m_statusButton;
    SleepInhibitor m_sleepInhibitor;
    bool m_incomingWanted = false;
};

} // namespace cabildo
