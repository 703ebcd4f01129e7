#include "boardaccessible.h"

#include "boardscene.h"
#include "boardview.h"
#include "noteitem.h"

#include <QWindow>

#include <utility>

namespace cabildo {

namespace {

QAccessibleInterface *boardFactory(const QString &className, QObject *object)
{
    // Qt asks once per class up the hierarchy: answer only at BoardView's own level.
    if (className == QLatin1String(BoardView::staticMetaObject.className()))
        if (auto *view = qobject_cast<BoardView *>(object))
            return new BoardAccessible(view);
    return nullptr;
}

BoardScene *sceneOf(const BoardView *view)
{
    return view && view->accessibleNotes() ? view->boardScene() : nullptr;
}

/** The card's rectangle on screen, in global coordinates. */
QRect screenRect(const BoardView *view, const NoteItem *item)
{
    const QRectF onScene = item->mapRectToScene(NoteItem::cardRect());
    const QRect onViewport = view->viewportTransform().mapRect(onScene).toRect();
    return QRect(view->viewport()->mapToGlobal(onViewport.topLeft()), onViewport.size());
}

} // namespace

void installBoardAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(boardFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

// ---- BoardAccessible --------------------------------------------------------------------

BoardAccessible::BoardAccessible(BoardView *view) : QAccessibleWidget(view, QAccessible::List) {}

BoardView *BoardAccessible::view() const
{
    return static_cast<BoardView *>(widget());
}

int BoardAccessible::noteCount() const
{
    const BoardScene *scene = sceneOf(view());
    return scene ? scene->noteCount() : 0;
}

QList<QWidget *> BoardAccessible::childWidgets() const
{
    // The viewport (it holds the note editor); hidden scroll bar containers are left out.
    QList<QWidget *> widgets;
    for (QObject *child : view()->children()) {
        auto *widget = qobject_cast<QWidget *>(child);
        if (widget && !widget->isWindow() && !widget->isHidden())
            widgets.append(widget);
    }
    return widgets;
}

int BoardAccessible::childCount() const
{
    return noteCount() + int(childWidgets().size());
}

QAccessibleInterface *BoardAccessible::child(int index) const
{
    if (index < 0)
        return nullptr;
    const int notes = noteCount();
    if (index < notes)
        return view()->accessibleNotes()->interfaceFor(sceneOf(view())->notesInReadingOrder().at(index));
    const QList<QWidget *> widgets = childWidgets();
    if (index - notes >= widgets.size())
        return nullptr;
    return QAccessible::queryAccessibleInterface(widgets.at(index - notes));
}

int BoardAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    if (const auto *note = dynamic_cast<const NoteAccessible *>(child)) {
        const BoardScene *scene = sceneOf(view());
        return note->view() == view() && scene ? scene->readingIndexOf(note->noteId()) : -1;
    }
    const int index = int(childWidgets().indexOf(qobject_cast<QWidget *>(child->object())));
    return index < 0 ? -1 : noteCount() + index;
}

QAccessibleInterface *BoardAccessible::childAt(int x, int y) const
{
    BoardView *board = view();
    QWidget *viewport = board->viewport();
    const QPoint point = viewport->mapFromGlobal(QPoint(x, y));
    if (!viewport->rect().contains(point))
        return nullptr;
    // The note editor lies over the notes; otherwise the top note under the point.
    if (QWidget *over = viewport->childAt(point))
        return QAccessible::queryAccessibleInterface(over);
    if (sceneOf(board)) {
        const QList<QGraphicsItem *> items = board->items(point);
        for (QGraphicsItem *item : items)
            if (item->type() == NoteItem::Type)
                return board->accessibleNotes()->interfaceFor(static_cast<NoteItem *>(item)->noteId());
    }
    return QAccessible::queryAccessibleInterface(viewport);
}

QAccessibleInterface *BoardAccessible::focusChild() const
{
    BoardView *board = view();
    const BoardScene *scene = sceneOf(board);
    if (scene && board->hasFocus()) {
        qint64 id = scene->currentNoteId();
        if (!id) {
            const QList<qint64> selected = scene->selectedNoteIds();
            id = selected.isEmpty() ? 0 : selected.constFirst();
        }
        if (QAccessibleInterface *note = id ? board->accessibleNotes()->interfaceFor(id) : nullptr)
            return note;
    }
    return QAccessibleWidget::focusChild();
}

// ---- NoteAccessible ---------------------------------------------------------------------

NoteAccessible::NoteAccessible(BoardView *view, qint64 noteId) : m_view(view), m_noteId(noteId) {}

NoteItem *NoteAccessible::item() const
{
    const BoardScene *scene = sceneOf(m_view);
    return scene ? scene->itemForNote(m_noteId) : nullptr;
}

bool NoteAccessible::isValid() const
{
    return item() != nullptr;
}

QWindow *NoteAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *NoteAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString NoteAccessible::text(QAccessible::Text t) const
{
    const NoteItem *note = item();
    if (!note)
        return QString();
    switch (t) {
    case QAccessible::Name:
        return note->accessibleName();
    case QAccessible::Description:
        return note->accessibleDescription();
    default:
        return QString();
    }
}

QRect NoteAccessible::rect() const
{
    const NoteItem *note = item();
    return note ? screenRect(m_view, note) : QRect();
}

QAccessible::State NoteAccessible::state() const
{
    QAccessible::State state;
    const NoteItem *note = item();
    if (!note) {
        state.invalid = true;
        return state;
    }
    const BoardScene *scene = m_view->boardScene();
    const bool editable = scene->isEditable();
    state.selectable = editable;
    state.multiSelectable = editable;
    state.focusable = editable;
    state.movable = editable;
    state.selected = note->isSelected();
    state.focused = note->isCurrent() && m_view->hasFocus();
    state.readOnly = !editable;
    state.invisible = !note->isVisible();
    const QRect visible(m_view->viewport()->mapToGlobal(QPoint(0, 0)), m_view->viewport()->size());
    state.offscreen = !visible.intersects(screenRect(m_view, note));
    return state;
}

QColor NoteAccessible::foregroundColor() const
{
    const NoteItem *note = item();
    return note ? note->textColour() : QColor();
}

QColor NoteAccessible::backgroundColor() const
{
    const NoteItem *note = item();
    return note && !note->isConcealed() ? note->fill() : QColor(); // a face-down card tells nothing
}

void *NoteAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList NoteAccessible::actionNames() const
{
    const BoardScene *scene = sceneOf(m_view);
    if (!item() || !scene->isEditable())
        return {};
    return {setFocusAction(), toggleAction()};
}

void NoteAccessible::doAction(const QString &actionName)
{
    NoteItem *note = item();
    if (!note || !m_view->boardScene()->isEditable())
        return;
    if (actionName == setFocusAction()) {
        // Focusing a note means what Tab does: it alone is selected, and the keyboard is on it.
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->selectNote(m_noteId);
    } else if (actionName == toggleAction()) {
        note->setSelected(!note->isSelected());
        m_view->boardScene()->setCurrentNote(m_noteId);
    }
}

QStringList NoteAccessible::keyBindingsForAction(const QString &) const
{
    return {};
}

// ---- NoteAccessibleRegistry -------------------------------------------------------------

NoteAccessibleRegistry::NoteAccessibleRegistry(BoardView *view) : m_view(view) {}

NoteAccessibleRegistry::~NoteAccessibleRegistry()
{
    for (const Entry &entry : std::as_const(m_entries))
        QAccessible::deleteAccessibleInterface(entry.id);
}

NoteAccessibleRegistry::Entry NoteAccessibleRegistry::describe(qint64 noteId, QAccessible::Id id) const
{
    Entry entry;
    entry.id = id;
    const BoardScene *scene = m_view->boardScene();
    if (const NoteItem *item = scene ? scene->itemForNote(noteId) : nullptr) {
        entry.name = item->accessibleName();
        entry.description = item->accessibleDescription();
        entry.sceneRect = item->sceneBoundingRect();
    }
    return entry;
}

QAccessibleInterface *NoteAccessibleRegistry::interfaceFor(qint64 noteId)
{
    const auto found = m_entries.constFind(noteId);
    if (found != m_entries.cend()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(found->id))
            return iface;
        m_entries.erase(found); // Qt let it go (its cache is torn down at exit): make another
    }
    const BoardScene *scene = m_view->boardScene();
    if (!scene || !scene->itemForNote(noteId))
        return nullptr;
    auto *iface = new NoteAccessible(m_view, noteId);
    m_entries.insert(noteId, describe(noteId, QAccessible::registerAccessibleInterface(iface)));
    return iface;
}

void NoteAccessibleRegistry::setEventObserver(std::function<void(QAccessibleEvent *)> observer)
{
    m_observer = std::move(observer);
}

void NoteAccessibleRegistry::notify(QAccessibleEvent *event) const
{
    QAccessible::updateAccessibility(event);
    if (m_observer)
        m_observer(event);
}

void NoteAccessibleRegistry::send(QAccessibleInterface *iface, QAccessible::Event type) const
{
    QAccessibleEvent event(iface, type);
    notify(&event);
}

void NoteAccessibleRegistry::drop(qint64 noteId)
{
    const Entry entry = m_entries.take(noteId);
    if (entry.id)
        QAccessible::deleteAccessibleInterface(entry.id);
}

void NoteAccessibleRegistry::notesAdded(const QList<qint64> &ids)
{
    if (!watching())
        return;
    for (qint64 id : ids)
        if (QAccessibleInterface *iface = interfaceFor(id))
            send(iface, QAccessible::ObjectCreated);
}

void NoteAccessibleRegistry::notesAboutToBeRemoved(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        m_selected.remove(id);
        if (!m_entries.contains(id))
            continue;
        // Told while the note is still there to describe, then gone for good.
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(m_entries.value(id).id))
            send(iface, QAccessible::ObjectDestroyed);
        drop(id);
    }
}

void NoteAccessibleRegistry::notesChanged(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto found = m_entries.find(id);
        if (found == m_entries.end())
            continue; // nobody has asked about it: nothing to correct
        QAccessibleInterface *iface = QAccessible::accessibleInterface(found->id);
        if (!iface)
            continue;
        const Entry now = describe(id, found->id);
        const Entry before = *found;
        *found = now;
        if (now.name != before.name)
            send(iface, QAccessible::NameChanged);
        if (now.description != before.description)
            send(iface, QAccessible::DescriptionChanged);
        if (now.sceneRect != before.sceneRect)
            send(iface, QAccessible::LocationChanged);
    }
}

void NoteAccessibleRegistry::selectionChanged()
{
    const BoardScene *scene = m_view->boardScene();
    if (!scene || !watching()) {
        m_selected.clear();
        return;
    }
    const QList<qint64> ids = scene->selectedNoteIds();
    const QSet<qint64> now(ids.cbegin(), ids.cend());
    QAccessible::State selected;
    selected.selected = true;
    const auto tell = [&](qint64 id) {
        if (QAccessibleInterface *iface = interfaceFor(id)) {
            QAccessibleStateChangeEvent event(iface, selected);
            notify(&event);
        }
    };
    for (qint64 id : now)
        if (!m_selected.contains(id))
            tell(id);
    for (qint64 id : std::as_const(m_selected))
        if (!now.contains(id))
            tell(id);
    m_selected = now;
    QAccessibleEvent within(m_view, QAccessible::SelectionWithin);
    notify(&within);
}

void NoteAccessibleRegistry::currentNoteChanged()
{
    const BoardScene *scene = m_view->boardScene();
    if (!scene || !watching() || !m_view->hasFocus() || !scene->currentNoteId())
        return;
    if (QAccessibleInterface *iface = interfaceFor(scene->currentNoteId()))
        send(iface, QAccessible::Focus);
}

void NoteAccessibleRegistry::focusIn()
{
    currentNoteChanged();
}

} // namespace cabildo
