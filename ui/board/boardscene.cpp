#include "boardscene.h"

#include "document/eventdocument.h"
#include "grouping/textfold.h"
#include "noteitem.h"

#include <algorithm>

namespace cabildo {

BoardScene::BoardScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xf4, 0xf1, 0xea));
    // Items never animate; the BSP index makes hit tests and painting of 5,000 notes fast.
    setItemIndexMethod(BspTreeIndex);
}

void BoardScene::setDocument(EventDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    clear();
    m_items.clear();
    m_document = document;
    m_matchCount = 0;
    setSceneRect(QRectF(-2000, -2000, 4000, 4000));
    if (!m_document)
        return;
    connect(m_document, &EventDocument::notesAdded, this, &BoardScene::addItems);
    connect(m_document, &EventDocument::notesAboutToBeRemoved, this, &BoardScene::removeItems);
    connect(m_document, &EventDocument::notesChanged, this, &BoardScene::syncItems);
    addItems(m_document->noteIds());
}

void BoardScene::addItems(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const Note *note = m_document->note(id);
        if (!note || m_items.contains(id))
            continue;
        auto *item = new NoteItem(*note);
        item->setFlag(QGraphicsItem::ItemIsMovable, m_editable);
        item->setFlag(QGraphicsItem::ItemIsSelectable, m_editable);
        m_items.insert(id, item);
        addItem(item);
        applySearch(item);
    }
    growSceneRect(ids);
    emit searchMatchesChanged(m_matchCount);
}

void BoardScene::removeItems(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        NoteItem *item = m_items.take(id);
        if (!item)
            continue;
        if (!item->isDimmed() && !m_foldedTerm.isEmpty())
            --m_matchCount;
        delete item;
    }
    emit searchMatchesChanged(m_matchCount);
}

void BoardScene::syncItems(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        NoteItem *item = m_items.value(id);
        const Note *note = m_document->note(id);
        if (!item || !note)
            continue;
        const bool matched = !item->isDimmed();
        item->syncWithNote(*note);
        if (!m_foldedTerm.isEmpty()) {
            m_matchCount -= matched;
            applySearch(item);
        }
    }
    growSceneRect(ids);
    emit searchMatchesChanged(m_matchCount);
}

QList<qint64> BoardScene::selectedNoteIds() const
{
    QList<qint64> ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NoteItem::Type)
            ids.append(static_cast<NoteItem *>(item)->noteId());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void BoardScene::selectNotes(const QList<qint64> &ids)
{
    clearSelection();
    for (qint64 id : ids)
        if (NoteItem *item = m_items.value(id))
            item->setSelected(true);
}

void BoardScene::setSearchTerm(const QString &term)
{
    m_foldedTerm = foldForSearch(term.trimmed());
    m_foldedWords = m_foldedTerm.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_matchCount = 0;
    for (NoteItem *item : std::as_const(m_items))
        applySearch(item);
    emit searchMatchesChanged(m_matchCount);
}

void BoardScene::applySearch(NoteItem *item)
{
    if (m_foldedTerm.isEmpty()) {
        item->setSearchState(false, false);
        return;
    }
    // Every word typed, in any order: "datos participacion" finds "Participación y datos".
    const QString text = item->foldedText();
    const bool matches = std::all_of(m_foldedWords.cbegin(), m_foldedWords.cend(),
                                     [&](const QString &word) { return text.contains(word); });
    m_matchCount += matches;
    item->setSearchState(!matches, matches);
}

void BoardScene::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        clearSelection();
    for (NoteItem *item : std::as_const(m_items)) {
        item->setFlag(QGraphicsItem::ItemIsMovable, editable);
        item->setFlag(QGraphicsItem::ItemIsSelectable, editable);
    }
}

QRectF BoardScene::notesBoundingRect() const
{
    return itemsBoundingRect().adjusted(-40, -40, 40, 40);
}

void BoardScene::growSceneRect(const QList<qint64> &ids)
{
    // Room to pan around the notes, and never a scene rect that shrinks under the user.
    // Only the notes that changed are looked at: the whole board is 5,000 notes.
    QRectF wanted = sceneRect();
    for (qint64 id : ids)
        if (NoteItem *item = m_items.value(id))
            wanted |= item->sceneBoundingRect().adjusted(-2000, -2000, 2000, 2000);
    if (wanted != sceneRect())
        setSceneRect(wanted);
}

} // namespace cabildo
