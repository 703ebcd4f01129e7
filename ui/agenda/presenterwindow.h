#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace cabildo {

class AgendaGridModel;
class AgendaGridView;
class WholeTextOverlay;

/**
 * The agenda on the projector: full screen on the screen the facilitator picked, titles
 * only, big type, white on black, one day at a time (today's when the event is on,
 * Page Down and Page Up for the others, as a presentation clicker sends). Every title fits
 * its cell; one too long for it is cut, and a tap on it shows it whole. It follows every
 * change to the agenda; Esc leaves.
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(AgendaGridModel *model, const QString &title, QWidget *parent = nullptr);

    void showOn(QScreen *screen);
    AgendaGridView *grid() const { return m_grid; }
    WholeTextOverlay *overlay() const { return m_overlay; }
    QDate day() const;
    /** Shows another day of the agenda: +1 the next, -1 the previous. */
    void turnDay(int step);

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
