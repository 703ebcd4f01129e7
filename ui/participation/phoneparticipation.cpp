#include "phoneparticipation.h"

#include "document/eventdocument.h"
#include "document/participationdesk.h"
#include "incomingpanel.h"
#include "participationdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>

namespace cabildo {

PhoneParticipation::PhoneParticipation(QMainWindow *window)
    : QObject(window), m_window(window), m_openAction(new QAction(window)), m_dialog(new ParticipationDialog(window)),
      m_incoming(new IncomingPanel), m_incomingDock(new QDockWidget(window)), m_statusButton(new QToolButton)
{
    m_openAction->setObjectName(QStringLiteral("openToPhonesAction"));
    connect(m_openAction, &QAction::triggered, this, &PhoneParticipation::showDialog);
    window->addAction(m_openAction);

    m_incomingDock->setObjectName(QStringLiteral("incomingDock"));
    m_incomingDock->setWidget(m_incoming);
    window->addDockWidget(Qt::RightDockWidgetArea, m_incomingDock);
    // A tab beside the window's other panels (history, suggestions), hidden until wanted.
    for (QDockWidget *other : window->findChildren<QDockWidget *>())
        if (other != m_incomingDock && window->dockWidgetArea(other) == Qt::RightDockWidgetArea) {
            window->tabifyDockWidget(other, m_incomingDock);
            break;
        }
    m_incomingDock->hide();
    connect(m_incoming, &IncomingPanel::waitingCountChanged, this, &PhoneParticipation::updateIncomingDock);

    m_statusButton->setObjectName(QStringLiteral("participationStatusButton"));
    m_statusButton->setAutoRaise(true);
    window->statusBar()->addPermanentWidget(m_statusButton);
    m_statusButton->hide();
    connect(m_statusButton, &QToolButton::clicked, this, &PhoneParticipation::showDialog);
    retranslate();
}

PhoneParticipation::~PhoneParticipation() = default;

void PhoneParticipation::setDocument(EventDocument *document)
{
    m_dialog->setDesk(nullptr, nullptr);
    m_incoming->setDocument(nullptr);
    m_desk.reset(); // the server stops; participation stays open in the file, for the next opening
    m_sleepInhibitor.release();
    m_document = document;
    if (document) {
        m_desk = std::make_unique<ParticipationDesk>(document);
        connect(m_desk.get(), &ParticipationDesk::openChanged, this, &PhoneParticipation::openChanged);
        connect(m_desk.get(), &ParticipationDesk::countsChanged, this, &PhoneParticipation::updateStatusButton);
        connect(document, &EventDocument::participationChanged, this, &PhoneParticipation::updateIncomingDock);
        m_dialog->setDesk(m_desk.get(), document);
        m_incoming->setDocument(document);
        // Left open when the app stopped (a crash, a restart): phones' QR code works again at once.
        if (document->participation() && !document->isReadOnly()) {
            const QString address = document->participation()->bindAddress;
            const Outcome resumed = m_desk->resume();
            showDialog();
            if (!resumed && !resumed.error().isEmpty())
                m_dialog->showError(
                    tr("Participation was open on %1 and could not start again: %2 Choose a network and open it "
                       "again; phones then scan the new QR code.")
                        .arg(address, resumed.error()));
        }
    }
    updateIncomingDock();
    updateStatusButton();
    updateEnabled();
}

void PhoneParticipation::showDialog()
{
    if (!m_desk)
        return;
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void PhoneParticipation::openChanged(bool open)
{
    if (open)
        m_sleepInhibitor.acquire(tr("Participants' phones are connected to this event"));
    else
        m_sleepInhibitor.release();
    updateIncomingDock();
    updateStatusButton();
}

void PhoneParticipation::updateIncomingDock()
{
    const bool wanted = m_desk && (m_desk->isModerated() || m_incoming->waitingCount() > 0);
    if (wanted == m_incomingWanted)
        return; // the facilitator may have closed it meanwhile: that stays until the next change
    m_incomingWanted = wanted;
    if (wanted) {
        // In front of the other panels: notes are waiting for the facilitator.
        m_incomingDock->show();
        m_incomingDock->raise();
    } else {
        m_incomingDock->hide();
    }
}

void PhoneParticipation::updateStatusButton()
{
    const bool open = m_desk && m_desk->isOpen();
    m_statusButton->setVisible(open);
    if (open)
        //: In the status bar while participation is open; a click shows the dialog
        m_statusButton->setText(tr("Open to phones: %n connected", nullptr, m_desk->counts().phonesConnected));
}

void PhoneParticipation::updateEnabled()
{
    m_openAction->setEnabled(m_document && !m_document->isReadOnly());
}

void PhoneParticipation::retranslate()
{
    m_openAction->setText(tr("Open to &Phones…"));
    const QString description = tr("Let participants add notes and vote from their own phones, over this network");
    m_openAction->setStatusTip(description);
    m_openAction->setToolTip(description);
    m_incomingDock->setWindowTitle(tr("Incoming"));
    m_incomingDock->toggleViewAction()->setText(tr("&Incoming Notes"));
    m_statusButton->setToolTip(tr("Show the participation dialog"));
    updateStatusButton();
}

} // namespace cabildo
