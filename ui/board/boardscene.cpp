#include "boardscene.h"

#include "document/eventdocument.h"
#include "notedetails.h"
#include "noteitem.h"
#include "text/textfold.h"
#include "themelayer.h"

#include <QEvent>
#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <tuple>

namespace cabildo {

namespace {
const QColor boardColour(0xf4, 0xf1, 0xea);
// Around notes with black borders, white lets the dark and the light fills both stand out.
const QColor highContrastBoardColour(Qt::white);
} // namespace

BoardScene::BoardScene(QObject *parent) : QGraphicsScene(parent), m_themes(new ThemeLayer(this))
{
    setBackgroundBrush(boardColour);
    // Items never animate; the BSP index makes hit tests and painting of 5,000 notes fast.
    setItemIndexMethod(BspTreeIndex);
    m_style.font = NoteStyle::fontFor(font()); // the scene's font is the application's
    // Photo notes' pictures (issue 15) come from the file when first drawn, not all at once.
    m_style.loadPicture = [this](qint64 noteId) { return m_document ? m_document->noteImage(noteId) : QImage(); };
}

BoardScene::~BoardScene()
{
    // Delete the notes while this is still a BoardScene: QGraphicsScene's destructor
    // would emit selectionChanged() to views that then ask a half-destroyed scene.
    blockSignals(true);
    m_items.clear();
    clear();
}

void BoardScene::setDocument(EventDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    if (!m_items.isEmpty())
        emit noteItemsAboutToBeRemoved(m_items.keys());
    setCurrentNote(0);
    m_themes->setDocument(nullptr);
    // Forget the items before deleting them: clear() emits selectionChanged() on the way,
    // and whoever reacts must not find them in m_items.
    m_items.clear();
    m_readingOrderValid = false;
    clear();
    m_document = document;
    m_matchCount = 0;
    setSceneRect(QRectF(-2000, -2000, 4000, 4000));
    if (!m_document)
        return;
    connect(m_document, &EventDocument::notesAdded, this, &BoardScene::addItems);
    connect(m_document, &EventDocument::notesAboutToBeRemoved, this, &BoardScene::removeItems);
    connect(m_document, &EventDocument::notesChanged, this, &BoardScene::syncItems);
    connect(m_document, &EventDocument::noteImagesChanged, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            if (NoteItem *item = m_items.value(id))
                item->setHasPicture(m_style.photoDetails && m_document->hasNoteImage(id));
        emit noteItemsChanged(ids);
    });
    addItems(m_document->noteIds());
    m_themes->setDocument(m_document); // after the notes: frames are drawn around them
}

void BoardScene::addItems(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const Note *note = m_document->note(id);
        if (!note || m_items.contains(id) || !showsNote(*note))
            continue;
        auto *item = new NoteItem(*note, &m_style);
        item->setHasPicture(m_style.photoDetails && m_document->hasNoteImage(id));
        item->setFlag(QGraphicsItem::ItemIsMovable, m_editable);
        item->setFlag(QGraphicsItem::ItemIsSelectable, m_editable);
        m_items.insert(id, item);
        addItem(item);
        applySearch(item);
    }
    m_readingOrderValid = false;
    growSceneRect(ids);
    emit searchMatchesChanged(m_matchCount);
    emit noteItemsAdded(ids);
}

void BoardScene::removeItems(const QList<qint64> &ids)
{
    emit noteItemsAboutToBeRemoved(ids);
    if (ids.contains(m_currentNote))
        setCurrentNote(0);
    m_readingOrderValid = false;
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
    // Moderation moves notes on and off the wall: approved ones arrive, an undone approval leaves.
    QList<qint64> arriving;
    QList<qint64> leaving;
    for (qint64 id : ids)
        if (const Note *note = m_document->note(id)) {
            const bool shown = showsNote(*note);
            if (!shown && m_items.contains(id))
                leaving.append(id);
            else if (shown && !m_items.contains(id))
                arriving.append(id);
        }
    if (!leaving.isEmpty())
        removeItems(leaving);
    if (!arriving.isEmpty())
        addItems(arriving);
    QList<qint64> synced;
    for (qint64 id : ids) {
        NoteItem *item = m_items.value(id);
        const Note *note = m_document->note(id);
        if (!item || !note)
            continue;
        synced.append(id);
        const bool matched = !item->isDimmed();
        item->syncWithNote(*note);
        if (!m_foldedTerm.isEmpty()) {
            m_matchCount -= matched;
            applySearch(item);
        }
    }
    m_readingOrderValid = false; // a note may have moved to another row
    growSceneRect(synced);
    emit searchMatchesChanged(m_matchCount);
    emit noteItemsChanged(synced);
}

void BoardScene::setRoomView(bool roomView)
{
    m_roomView = roomView;
    m_style.photoDetails = !roomView; // set before setDocument(), like the room view
    setSeenByRoom(roomView);
}

void BoardScene::setSeenByRoom(bool seen)
{
    if (seen == m_style.seenByRoom)
        return;
    m_style.seenByRoom = seen;
    m_themes->setTermsShown(!seen);
    restyleItems(false);
    setSearchTerm(m_foldedTerm);           // a card the room sees face down must not light up in a search
    emit noteItemsChanged(m_items.keys()); // their accessible names and descriptions changed
}

bool BoardScene::showsNote(const Note &note) const
{
    // A phone's note waiting for approval is in the Incoming list, not on the wall.
    return note.state == NoteState::Visible || (note.state == NoteState::Hidden && !m_roomView);
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
    const QString text = item->isConcealed() ? QString() : item->foldedText();
    const bool matches = std::all_of(m_foldedWords.cbegin(), m_foldedWords.cend(),
                                     [&](const QString &word) { return text.contains(word); });
    m_matchCount += matches;
    item->setSearchState(!matches, matches);
}

void BoardScene::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable) {
        clearSelection();
        setCurrentNote(0); // and the view lets the keyboard select nothing
    }
    for (NoteItem *item : std::as_const(m_items)) {
        item->setFlag(QGraphicsItem::ItemIsMovable, editable);
        item->setFlag(QGraphicsItem::ItemIsSelectable, editable);
    }
    m_themes->setEditable(editable);
}

const QList<qint64> &BoardScene::notesInReadingOrder() const
{
    if (m_readingOrderValid)
        return m_readingOrder;
    QList<const NoteItem *> items(m_items.cbegin(), m_items.cend());
    const auto byTop = [](const NoteItem *a, const NoteItem *b) {
        return std::tuple(a->y(), a->x(), a->noteId()) < std::tuple(b->y(), b->x(), b->noteId());
    };
    const auto byLeft = [](const NoteItem *a, const NoteItem *b) {
        return std::pair(a->x(), a->noteId()) < std::pair(b->x(), b->noteId());
    };
    std::sort(items.begin(), items.end(), byTop);
    // Notes placed by hand are never exactly level: a row is every note whose top is
    // within half a note of the row's first (highest) one.
    const qreal rowTolerance = Note::size().height() / 2;
    for (auto row = items.begin(); row != items.end();) {
        const qreal top = (*row)->y();
        const auto rowEnd =
            std::find_if(row, items.end(), [&](const NoteItem *item) { return item->y() - top > rowTolerance; });
        std::sort(row, rowEnd, byLeft);
        row = rowEnd;
    }
    m_readingOrder.clear();
    m_readingOrder.reserve(items.size());
    m_readingIndex.clear();
    m_readingIndex.reserve(items.size());
    for (const NoteItem *item : std::as_const(items)) {
        m_readingIndex.insert(item->noteId(), int(m_readingOrder.size()));
        m_readingOrder.append(item->noteId());
    }
    m_readingOrderValid = true;
    return m_readingOrder;
}

int BoardScene::readingIndexOf(qint64 noteId) const
{
    notesInReadingOrder();
    return m_readingIndex.value(noteId, -1);
}

void BoardScene::setCurrentNote(qint64 noteId)
{
    if (noteId != 0 && !m_items.contains(noteId))
        noteId = 0;
    if (noteId == m_currentNote)
        return;
    if (NoteItem *old = m_items.value(m_currentNote))
        old->setCurrent(false);
    m_currentNote = noteId;
    if (NoteItem *item = m_items.value(noteId))
        item->setCurrent(true);
    emit currentNoteChanged(noteId);
}

void BoardScene::setHighContrast(bool highContrast)
{
    if (highContrast == m_style.highContrast)
        return;
    m_style.highContrast = highContrast;
    setBackgroundBrush(highContrast ? highContrastBoardColour : boardColour);
    restyleItems(false);
    emit styleChanged();
}

void BoardScene::restyleItems(bool fontChanged)
{
    // Colours and a flag per note: cheap enough for 5,000 notes in one go. Text is laid
    // out again only when the font changed, and lazily, when a note is next painted.
    for (NoteItem *item : std::as_const(m_items))
        item->restyle(fontChanged);
}

bool BoardScene::event(QEvent *event)
{
    const bool result = QGraphicsScene::event(event);
    // QApplication::setFont() (or a system font change) reaches the scene as a new font.
    if (event->type() == QEvent::FontChange) {
        const QFont noteFont = NoteStyle::fontFor(font());
        if (noteFont != m_style.font) {
            m_style.font = noteFont;
            restyleItems(true);
            emit styleChanged();
        }
    }
    return result;
}

void BoardScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Built when asked, for the one note under the pointer: always the note as it is now,
    // in the interface language of the moment, and nothing kept for 5,000 notes.
    const QList<QGraphicsItem *> under = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    const QGraphicsItem *top = under.isEmpty() ? nullptr : under.constFirst();
    if (m_document && top && top->type() == NoteItem::Type) {
        const auto *item = static_cast<const NoteItem *>(top);
        if (item->isConcealed()) {
            QToolTip::hideText(); // a face-down card keeps its text to itself
            event->setAccepted(true);
            return;
        }
        if (const Note *note = m_document->note(item->noteId())) {
            QToolTip::showText(event->screenPos(), noteDetails(*note), event->widget());
            event->setAccepted(true);
            return;
        }
    }
    QGraphicsScene::helpEvent(event); // a frame's shared terms
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
