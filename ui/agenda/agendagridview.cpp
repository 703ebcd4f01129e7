#include "agendagridview.h"

#include "agendacelldelegate.h"
#include "agendagridmodel.h"
#include "agendaheaderview.h"
#include "sessionmover.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cabildo {

AgendaGridView::AgendaGridView(AgendaGridModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_delegate(new AgendaCellDelegate(this))
{
    setObjectName(QStringLiteral("agendaGrid"));
    // Qt's headers on the laptop; on the projector they fit their text like the cells.
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        auto *header = new AgendaHeaderView(orientation, this);
        header->setSectionsClickable(true); // as QTableView's own
        header->setHighlightSections(true);
        if (orientation == Qt::Horizontal)
            setHorizontalHeader(header);
        else
            setVerticalHeader(header);
    }
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false); // moves are SessionMover's plain mouse handling
    setWordWrap(true);
    setCornerButtonEnabled(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(150);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &AgendaGridView::rememberCurrent);
    connect(model, &AgendaGridModel::layoutRefreshed, this, &AgendaGridView::refreshLayout);
    // Break labels are centred on the part of their span in sight: scrolling sideways moves
    // them, so the whole view repaints rather than shifting the old pixels.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    refreshLayout();
}

AgendaHeaderView *AgendaGridView::roomHeader() const
{
    return static_cast<AgendaHeaderView *>(horizontalHeader());
}

AgendaHeaderView *AgendaGridView::timeHeader() const
{
    return static_cast<AgendaHeaderView *>(verticalHeader());
}

qint64 AgendaGridView::currentSession() const
{
    return currentIndex().data(AgendaGridModel::SessionIdRole).toLongLong();
}

void AgendaGridView::rememberCurrent()
{
    m_currentSlot = m_model->slotAt(currentIndex().row());
    m_currentRoom = m_model->roomAt(currentIndex().column());
}

void AgendaGridView::refreshLayout()
{
    // Breaks and plenaries are for everyone: one cell across every room.
    clearSpans();
    const bool presentation = m_delegate->presentation();
    // Wide enough for the current row's time in bold, so highlighting it does not clip it.
    QFont bold = verticalHeader()->font();
    bold.setBold(true);
    int headerWidth = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        headerWidth = std::max(headerWidth, QFontMetrics(bold).horizontalAdvance(timeHeader()->sectionText(row)));
    verticalHeader()->setMinimumWidth(headerWidth + 20);
    if (presentation) {
        // On the projector: the times on two lines ("9:45–" over "10:45") when many rooms
        // need the width; the smallest type in proportion to the screen.
        const QFontMetrics metrics(verticalHeader()->font());
        int oneLine = 0, twoLines = 0;
        timeHeader()->setTimesOnTwoLines(false);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString time = timeHeader()->sectionText(row);
            oneLine = std::max(oneLine, metrics.horizontalAdvance(time));
            const qsizetype dash = time.indexOf(QChar(0x2013));
            twoLines = std::max({twoLines, metrics.horizontalAdvance(time.left(dash + 1)),
                                 metrics.horizontalAdvance(time.mid(dash + 1))});
        }
        const int columns = std::max(1, m_model->columnCount());
        const bool narrowRooms = (width() - oneLine) / columns < 200;
        verticalHeader()->setMinimumWidth((narrowRooms ? twoLines : oneLine) + 20);
        timeHeader()->setTimesOnTwoLines(narrowRooms);
        const qreal floor = projectorMinimumPixels(window()->height());
        m_delegate->setMinimumPixels(floor);
        roomHeader()->setMinimumPixels(floor);
        timeHeader()->setMinimumPixels(floor);
    }
    int visibleRows = 0, sessionRows = 0;
    QSet<int> emptySessionRows; // session slots with nothing placed in any room
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool shown = !m_day.isValid() || m_model->dayOfRow(row) == m_day;
        setRowHidden(row, !shown);
        visibleRows += shown ? 1 : 0;
        if (!shown || !m_model->isSessionSlot(row))
            continue;
        ++sessionRows;
        bool empty = true;
        for (int column = 0; column < m_model->columnCount() && empty; ++column)
            empty = m_model->index(row, column).data(AgendaGridModel::SessionIdRole).toLongLong() == 0;
        if (empty)
            emptySessionRows.insert(row);
    }
    // On the projector an empty session slot is as low as a break, and its height goes to
    // the slots with titles (unless every slot is empty).
    const bool shrinkEmpty = presentation && emptySessionRows.size() < sessionRows;
    int sessionHeight = AgendaCellDelegate::sessionRowHeight(font(), presentation);
    int breakHeight = fontMetrics().lineSpacing() + 16;
    if (presentation && timeHeader()->timesOnTwoLines()) {
        // Room for a break's time on two lines of the smallest type.
        QFont smallest = verticalHeader()->font();
        smallest.setPixelSize(int(std::ceil(m_delegate->minimumPixels())));
        breakHeight = std::max(breakHeight, 2 * QFontMetrics(smallest).lineSpacing() + 8);
    }
    if (presentation && sessionRows > 0) {
        // On the projector the session rows share the whole height: bigger cells, nothing to
        // scroll; the titles fit themselves to the cells, down to two lines of the smallest type.
        const int lowRows = int(visibleRows - sessionRows + (shrinkEmpty ? emptySessionRows.size() : 0));
        const int spare = viewport()->height() - lowRows * breakHeight;
        sessionHeight = std::max(int(3 * m_delegate->minimumPixels()) + 12, spare / (visibleRows - lowRows));
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool sessions = m_model->isSessionSlot(row);
        if (!sessions && m_model->columnCount() > 1)
            setSpan(row, 0, 1, m_model->columnCount());
        setRowHeight(row, sessions && !(shrinkEmpty && emptySessionRows.contains(row)) ? sessionHeight : breakHeight);
    }
    if (!currentIndex().isValid() && m_currentSlot) {
        const int row = m_model->rowOfSlot(m_currentSlot);
        const int column = m_model->columnOfRoom(m_currentRoom);
        if (row >= 0 && column >= 0)
            setCurrentIndex(m_model->index(row, column));
    }
    viewport()->update();
}

void AgendaGridView::setDropTarget(const QModelIndex &cell)
{
    if (QModelIndex(m_dropTarget) == cell)
        return;
    m_dropTarget = cell;
    viewport()->update();
}

void AgendaGridView::setDay(const QDate &day)
{
    m_day = day;
    refreshLayout();
}

void AgendaGridView::setPresentation(bool on)
{
    m_delegate->setPresentation(on);
    roomHeader()->setPresentation(on);
    timeHeader()->setPresentation(on);
    horizontalHeader()->setMinimumSectionSize(on ? 60 : 150); // the projector shows every room at once
    refreshLayout();
}

void AgendaGridView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    const qint64 session = indexAt(event->position().toPoint()).data(AgendaGridModel::SessionIdRole).toLongLong();
    if (m_mover && event->button() == Qt::LeftButton && session)
        m_mover->press(session, event->globalPosition().toPoint());
}

void AgendaGridView::mouseMoveEvent(QMouseEvent *event)
{
    // While a session is dragged, the grid does not extend a selection under the pointer.
    if (m_mover && (event->buttons() & Qt::LeftButton) && m_mover->move(event->globalPosition().toPoint()))
        return;
    QTableView::mouseMoveEvent(event);
}

void AgendaGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mover && event->button() == Qt::LeftButton && m_mover->release(event->globalPosition().toPoint()))
        return;
    QTableView::mouseReleaseEvent(event);
}

void AgendaGridView::keyPressEvent(QKeyEvent *event)
{
    if (m_mover) {
        switch (event->key()) {
        case Qt::Key_Space:
            if (const qint64 session = currentSession(); session && !m_mover->heldSession()) {
                m_mover->hold(session);
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const qint64 held = m_mover->heldSession()) {
                m_mover->cancelHold();
                m_mover->moveToCell(held, currentIndex());
                return;
            }
            break;
        case Qt::Key_Escape:
            if (m_mover->heldSession()) {
                m_mover->cancelHold();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void AgendaGridView::fitTitlesToOneSize()
{
    // The projector's titles in one size, the largest at which every one fits its cell (a
    // patchwork of sizes reads as a ranking); those too long even at the floor are cut.
    m_delegate->setTitlePixels(0);
    int pixels = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (isRowHidden(row) || !m_model->isSessionSlot(row))
            continue;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (index.data().toString().isEmpty())
                continue;
            const int fitted = m_delegate->presentedText(visualRect(index), font(), index).text.pixelSize();
            pixels = pixels == 0 ? fitted : std::min(pixels, fitted);
        }
    }
    m_delegate->setTitlePixels(pixels);
}

void AgendaGridView::paintEvent(QPaintEvent *event)
{
    if (m_delegate->presentation())
        fitTitlesToOneSize();
    QTableView::paintEvent(event);
    QPainter painter(viewport());
    // Where a dragged session would land; and, while one is held from the keyboard, the
    // cell it would go to.
    QModelIndex target = m_dropTarget;
    if (!target.isValid() && m_mover && m_mover->heldSession())
        target = currentIndex();
    if (target.isValid()) {
        painter.setPen(QPen(QColor(0x1a, 0x4f, 0xa0), 4));
        painter.drawRect(visualRect(target).adjusted(2, 2, -3, -3));
    }
    if (m_mover && m_mover->heldSession()) {
        const QModelIndex from = m_model->indexOfSession(m_mover->heldSession());
        if (from.isValid()) {
            painter.setPen(QPen(QColor(0x1a, 0x4f, 0xa0), 2, Qt::DashLine));
            painter.drawRect(visualRect(from).adjusted(4, 4, -5, -5));
        }
    }
}

void AgendaGridView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_delegate->presentation())
        refreshLayout();
}

void AgendaGridView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        refreshLayout();
}

} // namespace cabildo
