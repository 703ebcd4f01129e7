#pragma once

#include <QDate>
#include <QPersistentModelIndex>
#include <QTableView>

namespace cabildo {

class AgendaCellDelegate;
class AgendaGridModel;
class AgendaHeaderView;
class SessionMover;

/**
 * The agenda grid on screen. Breaks and plenaries span the whole row. Sessions move with
 * the mouse (press, move, release: see SessionMover) or the keyboard: Space picks up the
 * session of the current cell, the arrows choose a cell, Enter puts it there, Esc cancels.
 */
class AgendaGridView : public QTableView
{
    Q_OBJECT

public:
    explicit AgendaGridView(AgendaGridModel *model, QWidget *parent = nullptr);

    AgendaGridModel *gridModel() const { return m_model; }
    AgendaCellDelegate *cellDelegate() const { return m_delegate; }
    void setMover(SessionMover *mover) { m_mover = mover; }

    /** The session in the current cell, 0 for none. */
    qint64 currentSession() const;
    void setDropTarget(const QModelIndex &cell);
    /** Bigger type, no votes or warnings: the projector. */
    void setPresentation(bool on);
    /** Shows only the slots of `day` (the projector shows a day at a time); a null date shows all. */
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    AgendaHeaderView *roomHeader() const;
    AgendaHeaderView *timeHeader() const;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshLayout();
    void fitTitlesToOneSize();
    void rememberCurrent();

    AgendaGridModel *m_model;
    AgendaCellDelegate *m_delegate;
    SessionMover *m_mover = nullptr;
    QPersistentModelIndex m_dropTarget;
    QDate m_day;
    qint64 m_currentSlot = 0, m_currentRoom = 0; ///< kept across a model reset
};

} // namespace cabildo
