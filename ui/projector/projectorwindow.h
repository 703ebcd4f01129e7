#pragma once

#include "model/roomstate.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QStackedWidget;

namespace cabildo {

class AgendaGridModel;
class EventDocument;
class PresenterView;
class RoomTimerLabel;
class ThemesView;
class VoteResultsChart;
class WallView;

/**
 * The one projector window (issue 14): full screen on the screen the facilitator chose,
 * it shows what the room is doing and follows the phase. Capture and Group show the wall
 * (WallView; with theme frames from Group on), Vote the results chart of the round, Agenda
 * and Publish the presenter grid; the Themes view is one more state. The facilitator can
 * show any state at any time: it stays until the phase changes. The room's timer shows in
 * big type above, while one is set. Only what the room may see: pending and hidden notes
 * never, face-down notes face down, vote totals only once revealed. Esc leaves (a title
 * shown whole first), F11 leaves or enters full screen, Page Down and Page Up turn the
 * agenda's days.
 */
class ProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Wall,
        Themes,
        Results,
        Agenda
    };
    Q_ENUM(View)
    /** What the room sees in a phase. */
    static View viewFor(Phase phase);

    explicit ProjectorWindow(EventDocument *document, QWidget *parent = nullptr);

    View view() const;
    /** Shows `view` until the phase changes; then the window follows the phase again. */
    void showView(View view);
    void followPhase();
    bool followsPhase() const { return !m_chosen.has_value(); }
    /** The results of `roundId` in the Vote state (the open round takes over when one opens). */
    void showRound(qint64 roundId);
    /** Full screen on `screen` (null: where it is). */
    void showOn(QScreen *screen);

    WallView *wall() const { return m_wall; }
    ThemesView *themes() const { return m_themes; }
    VoteResultsChart *chart() const { return m_chart; }
    PresenterView *presenter() const { return m_presenter; }
    RoomTimerLabel *timer() const { return m_timer; }

signals:
    void viewChanged(cabildo::ProjectorWindow::View view);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void followRoom();
    void followRounds();
    void applyView();
    void retranslate();

    QPointer<EventDocument> m_document;
    AgendaGridModel *m_agendaModel;
    RoomTimerLabel *m_timer;
    QStackedWidget *m_stack;
    WallView *m_wall;
    ThemesView *m_themes;
    VoteResultsChart *m_chart;
    PresenterView *m_presenter;
    Phase m_phase = Phase::Capture;
    std::optional<View> m_chosen; ///< shown until the phase changes
    qint64 m_round = 0;
    qint64 m_openRound = 0;   ///< the round open when the votes last changed
    qint64 m_newestRound = 0; ///< the newest round when the votes last changed
};

} // namespace cabildo
