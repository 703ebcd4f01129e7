#pragma once

#include "model/outcome.h"
#include "openevent.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace cabildo {

class EventDocument;

/**
 * The Votes menu: create a round, choose the round the actions apply to, open, close and
 * reveal it (only the moves its state allows are enabled), type in paper tallies, show
 * the results on the projector and save them as a picture. Everything goes through
 * EventDocument, one undo step each; the menu re-syncs from votesChanged. Opening a round
 * also moves the room to the Vote phase (not an undo step, as no phase change is); the
 * room bar offers the next phase when it closes.
 */
class VoteActions : public QObject, public EventBorrower
{
    Q_OBJECT

public:
    explicit VoteActions(QWidget *window);

    QMenu *menu() const { return m_menu; }
    void setDocument(EventDocument *document) override;
    void retranslate();
    void updateEnabled();

    /** The round the menu's actions apply to (0: none yet). */
    qint64 currentRound() const { return m_currentRound; }
    void setCurrentRound(qint64 roundId);
    /** The current round's chart as a 1920×1080 PNG or SVG (by the suffix); an error message, empty on success. */
    QString saveResultsImage(const QString &path) const;

signals:
    /** Show Results: the projector window is asked to show the results of `roundId`. */
    void resultsRequested(qint64 roundId);

private:
    void askNewRound();
    void askRemoveRound();
    void enterTallies();
    void fillRoundMenu();
    void votesChanged();
    void refused(const QString &title, const Outcome &outcome);

    QWidget *m_window;
    QPointer<EventDocument> m_document;
    qint64 m_currentRound = 0;
    QMenu *m_menu;
    QMenu *m_roundMenu;
    QActionGroup *m_roundGroup;
    QAction *m_newRound;
    QAction *m_open;
    QAction *m_close;
    QAction *m_reveal;
    QAction *m_remove;
    QAction *m_tallies;
    QAction *m_showResults;
    QAction *m_saveImage;
};

} // namespace cabildo
