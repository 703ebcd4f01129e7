#include "themelayer.h"

#include "boardscene.h"
#include "document/eventdocument.h"
#include "noteitem.h"
#include "themeitem.h"

namespace cabildo {

ThemeLayer::ThemeLayer(BoardScene *scene) : QObject(scene), m_scene(scene) {}

void ThemeLayer::setDocument(EventDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    for (ThemeItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &EventDocument::themesAdded, this, &ThemeLayer::addThemes);
    connect(m_document, &EventDocument::themesAboutToBeRemoved, this, &ThemeLayer::removeThemes);
    connect(m_document, &EventDocument::themesChanged, this, &ThemeLayer::syncThemes);
    // Notes moving, joining, leaving, coming or going reshape the frames: but only notes
    // that are or were in a theme, so typing notes onto a big board stays cheap.
    connect(m_document, &EventDocument::notesChanged, this, &ThemeLayer::refreshIfThemed);
    connect(m_document, &EventDocument::notesAdded, this, &ThemeLayer::refreshIfThemed);
    connect(m_document, &EventDocument::notesRemoved, this, &ThemeLayer::refreshIfThemed);
    addThemes(m_document->themeIds());
}

void ThemeLayer::setEditable(bool editable)
{
    for (ThemeItem *item : std::as_const(m_items))
        item->setFlag(QGraphicsItem::ItemIsSelectable, editable);
}

void ThemeLayer::setTermsShown(bool shown)
{
    m_termsShown = shown;
    for (ThemeItem *item : std::as_const(m_items))
        item->setTermsShown(shown);
}

void ThemeLayer::addThemes(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const Theme *theme = m_document->theme(id);
        if (!theme || m_items.contains(id))
            continue;
        auto *item = new ThemeItem(*theme);
        item->setFlag(QGraphicsItem::ItemIsSelectable, m_scene->isEditable());
        item->setTermsShown(m_termsShown);
        m_items.insert(id, item);
        m_scene->addItem(item);
    }
    refresh();
}

void ThemeLayer::removeThemes(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        delete m_items.take(id);
    refresh();
}

void ThemeLayer::syncThemes(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (ThemeItem *item = m_items.value(id); item && m_document->theme(id))
            item->syncWithTheme(*m_document->theme(id));
    refresh();
}

void ThemeLayer::refreshIfThemed(const QList<qint64> &noteIds)
{
    for (qint64 id : noteIds) {
        const Note *note = m_document->note(id);
        if (m_themedNotes.contains(id) || (note && note->themeId != 0)) {
            refresh();
            return;
        }
    }
}

void ThemeLayer::refresh()
{
    if (!m_document)
        return;
    m_themedNotes.clear();
    struct Area
    {
        QRectF rect;
        int count = 0;
    };
    QHash<qint64, Area> areas;
    for (qint64 noteId : m_document->noteIds()) {
        const Note *note = m_document->note(noteId);
        if (note->themeId == 0 && m_items.isEmpty())
            continue; // no themes at all: nothing to frame, nothing hidden
        if (!m_scene->showsNote(*note))
            continue; // not on this board (waiting for approval; hidden, on the room's board)
        if (note->themeId != 0)
            m_themedNotes.insert(noteId);
        NoteItem *noteItem = m_scene->itemForNote(noteId);
        const ThemeItem *themeItem = m_items.value(note->themeId);
        Area &area = areas[note->themeId];
        ++area.count;
        // A collapsed theme shows its first note only, on top of the stack.
        const bool shown = !themeItem || !themeItem->theme().collapsed || area.count == 1;
        if (noteItem && noteItem->isVisible() != shown)
            noteItem->setVisible(shown);
        if (shown)
            area.rect |= QRectF(note->pos, Note::size());
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const Area area = areas.value(it.key());
        it.value()->setNotesArea(area.count ? area.rect : QRectF(0, 0, Note::size().width(), 0), area.count);
    }
}

qint64 ThemeLayer::themeAt(const QPointF &scenePos) const
{
    qint64 found = 0;
    qreal smallest = 0;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QRectF frame = it.value()->boundingRect();
        const qreal area = frame.width() * frame.height();
        if (it.value()->noteCount() > 0 && frame.contains(scenePos) && (!found || area < smallest)) {
            found = it.key();
            smallest = area;
        }
    }
    return found;
}

QList<qint64> ThemeLayer::selectedThemeIds() const
{
    QList<qint64> ids;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.value()->isSelected())
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace cabildo
