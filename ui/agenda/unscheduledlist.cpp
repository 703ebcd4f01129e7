#include "unscheduledlist.h"

#include "agendafacts.h"
#include "document/eventdocument.h"
#include "sessionmover.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

namespace cabildo {

namespace {
constexpr int sessionIdRole = Qt::UserRole + 1;
}

UnscheduledList::UnscheduledList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("unscheduledList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(false); // moves are SessionMover's plain mouse handling
    setWordWrap(true);
    setSpacing(2);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void UnscheduledList::refresh(const EventDocument *document, const AgendaFacts &facts)
{
    const qint64 selected = currentSession();
    clear();
    if (!document)
        return;
    QList<qint64> ids;
    for (qint64 id : document->sessionIds())
        if (!document->placement(id))
            ids.append(id);
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return facts.demand(a) > facts.demand(b); });
    for (qint64 id : std::as_const(ids)) {
        const Session *session = document->session(id);
        auto *item =
            new QListWidgetItem(session->title + QLatin1Char('\n') + tr("%n vote(s)", nullptr, facts.demand(id)), this);
        item->setData(sessionIdRole, id);
        QString tip = session->title;
        if (!session->host.isEmpty())
            tip += QLatin1Char('\n') + tr("Host: %1").arg(session->host);
        if (session->needsAccessibleRoom)
            tip += QLatin1Char('\n') + tr("Needs an accessible room");
        item->setToolTip(tip);
        if (id == selected)
            setCurrentItem(item);
    }
}

qint64 UnscheduledList::currentSession() const
{
    return currentItem() ? currentItem()->data(sessionIdRole).toLongLong() : 0;
}

void UnscheduledList::setDropHighlight(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    // A frame in the drop colour: the list takes the session back.
    setStyleSheet(on ? QStringLiteral("QListWidget { border: 4px solid #1a4fa0; }") : QString());
}

void UnscheduledList::mousePressEvent(QMouseEvent *event)
{
    QListWidget::mousePressEvent(event);
    QListWidgetItem *item = itemAt(event->position().toPoint());
    if (m_mover && item && event->button() == Qt::LeftButton)
        m_mover->press(item->data(sessionIdRole).toLongLong(), event->globalPosition().toPoint());
}

void UnscheduledList::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mover && (event->buttons() & Qt::LeftButton) && m_mover->move(event->globalPosition().toPoint()))
        return;
    QListWidget::mouseMoveEvent(event);
}

void UnscheduledList::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mover && event->button() == Qt::LeftButton && m_mover->release(event->globalPosition().toPoint()))
        return;
    QListWidget::mouseReleaseEvent(event);
}

void UnscheduledList::keyPressEvent(QKeyEvent *event)
{
    const bool pick = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (pick && currentSession()) {
        emit pickedUp(currentSession());
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace cabildo
