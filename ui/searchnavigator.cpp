#include "searchnavigator.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/noteitem.h"

#include <QAction>
#include <QGuiApplication>
#include <QLineEdit>
#include <QWidget>

namespace cabildo {

SearchNavigator::SearchNavigator(QLineEdit *searchEdit, BoardView *view, QWidget *window)
    : QObject(window), m_search(searchEdit), m_view(view), m_next(new QAction(window)), m_previous(new QAction(window))
{
    m_next->setObjectName(QStringLiteral("actionFindNext"));
    m_next->setShortcut(QKeySequence::FindNext);
    m_previous->setObjectName(QStringLiteral("actionFindPrevious"));
    m_previous->setShortcut(QKeySequence::FindPrevious);
    window->addAction(m_next);
    window->addAction(m_previous);
    connect(m_next, &QAction::triggered, this, [this] { goToMatch(true); });
    connect(m_previous, &QAction::triggered, this, [this] { goToMatch(false); });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { goToMatch(!(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)); });
    // A new search, or notes that came, went or changed: "n of m" no longer holds.
    connect(m_view->boardScene(), &BoardScene::searchMatchesChanged, this, [this] {
        if (m_current && !matches().contains(m_current))
            m_current = 0;
        emit statusChanged();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_current = 0;
        emit statusChanged();
    });
    retranslate();
}

QList<QAction *> SearchNavigator::actions() const
{
    return {m_next, m_previous};
}

void SearchNavigator::retranslate()
{
    m_next->setText(tr("Find &Next"));
    m_next->setStatusTip(tr("Select and show the next note that matches the search"));
    m_previous->setText(tr("Find Pre&vious"));
    m_previous->setStatusTip(tr("Select and show the previous note that matches the search"));
}

QList<qint64> SearchNavigator::matches() const
{
    QList<qint64> found;
    const BoardScene *scene = m_view->boardScene();
    if (m_search->text().trimmed().isEmpty() || scene->matchCount() == 0)
        return found;
    for (qint64 id : scene->notesInReadingOrder()) {
        const NoteItem *item = scene->itemForNote(id);
        if (item && item->isVisible() && !item->isDimmed()) // a collapsed theme's hidden notes: not to go to
            found.append(id);
    }
    return found;
}

bool SearchNavigator::goToMatch(bool forward)
{
    const QList<qint64> found = matches();
    if (found.isEmpty())
        return false;
    const int at = int(found.indexOf(m_current));
    const int count = int(found.size());
    const int next = at < 0 ? (forward ? 0 : count - 1) : ((at + (forward ? 1 : -1)) % count + count) % count;
    m_current = found.at(next);
    BoardScene *scene = m_view->boardScene();
    NoteItem *item = scene->itemForNote(m_current);
    // Close enough to read the note, centred; selected where notes can be selected.
    if (m_view->zoom() < 0.8)
        m_view->zoomBy(0.8 / m_view->zoom());
    m_view->selectNote(m_current);
    m_view->centerOn(item);
    emit statusChanged();
    return true;
}

void SearchNavigator::setDocument(EventDocument *)
{
    // Note ids start again from 1 in every event file: the one gone to may exist in the
    // next event too, as another note, and "2 of 5" would then be said before going anywhere.
    m_current = 0;
    emit statusChanged();
}

QString SearchNavigator::positionText() const
{
    if (m_search->text().trimmed().isEmpty() || !m_current)
        return QString();
    const QList<qint64> found = matches();
    const int at = int(found.indexOf(m_current));
    //: Search: the note gone to with Enter or F3, and how many match, e.g. "2 of 5"
    return at < 0 ? QString() : tr("%1 of %2").arg(at + 1).arg(found.size());
}

} // namespace cabildo
