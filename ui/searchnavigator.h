#pragma once

#include "openevent.h"

#include <QObject>

class QAction;
class QLineEdit;
class QWidget;

namespace cabildo {

class BoardView;

/**
 * Going from one search match to the next: Enter in the search box and F3 select and
 * centre the next matching note (in reading order, round the board), Shift+Enter and
 * Shift+F3 the previous one. The search box itself dims the notes that do not match
 * (BoardScene::setSearchTerm); this only moves between those that do.
 */
class SearchNavigator : public QObject, public EventBorrower
{
    Q_OBJECT

public:
    SearchNavigator(QLineEdit *searchEdit, BoardView *view, QWidget *window);

    /** Find Next (F3) and Find Previous (Shift+F3), for a menu. */
    QList<QAction *> actions() const;
    void retranslate();

    /** Goes to the next (or previous) match; false when nothing matches. */
    bool goToMatch(bool forward);
    /** Another event (or none): the match gone to was a note of the one before. */
    void setDocument(EventDocument *document) override;
    /** "2 of 5" after going to the second of five matches; empty before going to one. */
    QString positionText() const;

signals:
    /** The current match or the matches changed: positionText() may say something else. */
    void statusChanged();

private:
    /** The matching notes one can go to, in reading order. */
    QList<qint64> matches() const;

    QLineEdit *m_search;
    BoardView *m_view;
    QAction *m_next;
    QAction *m_previous;
    qint64 m_current = 0; ///< the match gone to last; 0 before any
};

} // namespace cabildo
