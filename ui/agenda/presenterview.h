#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace cabildo {

class AgendaGridModel;
class AgendaGridView;
class WholeTextOverlay;

/**
 * The agenda as the room sees it: the projector's Agenda state (ProjectorWindow), titles
 * only, big type, white on black, one day at a time (today's when the event is on,
 * Page Down and Page Up for the others, as a presentation clicker sends). Every title fits
 * its cell; one too long for it is cut, and a tap on it shows it whole. It follows every
 * change to the agenda.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    PresenterView(AgendaGridModel *model, const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    AgendaGridView *grid() const { return m_grid; }
    WholeTextOverlay *overlay() const { return m_overlay; }
    QDate day() const;
    /** Shows another day of the agenda: +1 the next, -1 the previous. */
    void turnDay(int step);
    /**
     * A key of the presenter view: Page Down, Page Up and the arrows turn the day, Esc closes
     * a title shown whole. False for any other key (Esc with no title shown too).
     */
    bool handleKey(int key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followDays();
    void showWhole(const QString &text);

    AgendaGridModel *m_model;
    QLabel *m_title;
    QLabel *m_dayLabel;
    QLabel *m_hint;
    AgendaGridView *m_grid;
    WholeTextOverlay *m_overlay;
};

} // namespace cabildo
