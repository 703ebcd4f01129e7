#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QSet>

#include <functional>

namespace cabildo {

class BoardView;
class NoteItem;

/** Makes Qt give every BoardView a BoardAccessible; the view calls it, once is enough. */
void installBoardAccessibility();

/**
 * The board as assistive technology sees it: a list whose items are the notes in
 * reading order, followed by the board's visible child widgets (the viewport, which
 * holds the note editor while a note is being edited).
 */
class BoardAccessible : public QAccessibleWidget
{
public:
    explicit BoardAccessible(BoardView *view);

    QAccessible::Role role() const override { return QAccessible::List; }
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    BoardView *view() const;
    int noteCount() const;
    QList<QWidget *> childWidgets() const;
};

/**
 * One note: its text (name), its colour (description), whether it is selected, where
 * it is on screen, and actions to select it. It holds the view and the note id, not
 * the item, and looks the item up on every call, so it never points at a deleted note.
 */
class NoteAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    NoteAccessible(BoardView *view, qint64 noteId);

    qint64 noteId() const { return m_noteId; }
    BoardView *view() const { return m_view; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    QColor foregroundColor() const override;
    QColor backgroundColor() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    NoteItem *item() const;

    QPointer<BoardView> m_view;
    qint64 m_noteId;
};

/**
 * The NoteAccessible of each note that assistive technology has asked about, registered
 * with Qt under ids kept here, and deleted when the note leaves the board or the view
 * goes. Also tells assistive technology what changed (focus, selection, text, colour,
 * place, notes added and removed). Owned by the BoardView. While no assistive technology
 * is active and none has asked, it does nothing, so a board of 5,000 notes pays nothing.
 */
class NoteAccessibleRegistry
{
public:
    explicit NoteAccessibleRegistry(BoardView *view);
    ~NoteAccessibleRegistry();
    Q_DISABLE_COPY_MOVE(NoteAccessibleRegistry)

    /** Registered on first use; null for a note not on the board. */
    QAccessibleInterface *interfaceFor(qint64 noteId);
    int interfaceCount() const { return int(m_entries.size()); }

    void notesAdded(const QList<qint64> &ids);
    void notesAboutToBeRemoved(const QList<qint64> &ids);
    void notesChanged(const QList<qint64> &ids);
    void selectionChanged();
    void currentNoteChanged();
    /** The board got the keyboard: the current note is what has focus now. */
    void focusIn();

    /**
     * Also hands every event sent to `observer`. For tests: without a platform
     * accessibility bridge (offscreen) Qt drops the events before any update handler.
     */
    void setEventObserver(std::function<void(QAccessibleEvent *)> observer);

private:
    struct Entry
    {
        QAccessible::Id id = 0;
        QString name;
        QString description;
        QRectF sceneRect;
    };

    bool watching() const { return QAccessible::isActive() || !m_entries.isEmpty(); }
    Entry describe(qint64 noteId, QAccessible::Id id) const;
    void drop(qint64 noteId);
    void notify(QAccessibleEvent *event) const;
    void send(QAccessibleInterface *iface, QAccessible::Event type) const;

    BoardView *m_view;
    QHash<qint64, Entry> m_entries;
    QSet<qint64> m_selected; ///< as assistive technology was last told
    std::function<void(QAccessibleEvent *)> m_observer;
};

} // namespace cabildo
