#pragma once

#include "noteitem.h"

#include <QGraphicsScene>
#include <QHash>

namespace cabildo {

class EventDocument;
class ThemeLayer;

/**
 * The board: one NoteItem per note, kept in step with the document's change signals.
 * It never changes the document itself; BoardView turns gestures into commands.
 */
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit BoardScene(QObject *parent = nullptr);
    ~BoardScene() override;

    void setDocument(EventDocument *document);
    EventDocument *document() const { return m_document; }

    NoteItem *itemForNote(qint64 noteId) const { return m_items.value(noteId); }
    int noteCount() const { return int(m_items.size()); }
    QList<qint64> selectedNoteIds() const;
    void selectNotes(const QList<qint64> &ids);

    /**
     * Every note in reading order: rows from the top (notes whose tops are less than half
     * a note apart share a row), left to right within a row, ties by id. Tab follows it,
     * and so does the list assistive technology reads. Cached until notes change.
     */
    const QList<qint64> &notesInReadingOrder() const;
    /** The note's place in notesInReadingOrder(), or -1. */
    int readingIndexOf(qint64 noteId) const;

    /** The note the keyboard is on (0 for none): Tab moves on from it; it shows a focus ring. */
    qint64 currentNoteId() const { return m_currentNote; }
    void setCurrentNote(qint64 noteId);

    /** Dims the notes that do not contain every word of `term` (accent- and case-insensitive); empty shows all. */
    void setSearchTerm(const QString &term);
    int matchCount() const { return m_matchCount; }

    /**
     * The room's board (the kiosk): only the notes the room may see, face-down ones face
     * down. The facilitator's board also shows the notes hidden from the room, hatched.
     * Neither shows notes waiting for approval. Set before setDocument().
     */
    void setRoomView(bool roomView);
    /**
     * The room sees this board (issue 14): face-down and hidden notes are drawn face down,
     * and their text is not searched, shown on hover or read out. The room's board always
     * is; the facilitator's while it is on the projector, except while they peek.
     */
    void setSeenByRoom(bool seen);
    bool isSeenByRoom() const { return m_style.seenByRoom; }
    /** Whether this board shows the note (it has an item for it). */
    bool showsNote(const Note &note) const;

    /** Notes can be selected and dragged (false in the kiosk and for read-only events). */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /**
     * The high-contrast look: strong fills with black or white text at 7:1 or more,
     * black borders, no shadows, a white board. Restyles the notes in place.
     */
    void setHighContrast(bool highContrast);
    bool isHighContrast() const { return m_style.highContrast; }
    /** The look every note shares; its font follows the application font. */
    const NoteStyle &noteStyle() const { return m_style; }

    /** The theme frames drawn around the notes. */
    ThemeLayer *themes() const { return m_themes; }

    /** The rectangle that holds every note, with a margin. */
    QRectF notesBoundingRect() const;

signals:
    void searchMatchesChanged(int matches);
    /** After items were added for these notes. */
    void noteItemsAdded(const QList<qint64> &ids);
    /** Before the items of these notes are deleted (they are still there). */
    void noteItemsAboutToBeRemoved(const QList<qint64> &ids);
    /** After these notes' items took the document's text, colour or position. */
    void noteItemsChanged(const QList<qint64> &ids);
    void currentNoteChanged(qint64 noteId);
    /** High contrast or the note font changed (the notes have been restyled). */
    void styleChanged();

protected:
    bool event(QEvent *event) override;
    /** Hovering a note shows it whole: its text, language and stored translations (noteDetails). */
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void addItems(const QList<qint64> &ids);
    void removeItems(const QList<qint64> &ids);
    void syncItems(const QList<qint64> &ids);
    void applySearch(NoteItem *item);
    void growSceneRect(const QList<qint64> &ids);
    void restyleItems(bool fontChanged);

    EventDocument *m_document = nullptr;
    QHash<qint64, NoteItem *> m_items;
    NoteStyle m_style;
    ThemeLayer *m_themes;
    QString m_foldedTerm;
    QStringList m_foldedWords;
    int m_matchCount = 0;
    qint64 m_currentNote = 0;
    bool m_editable = true;
    bool m_roomView = false;
    mutable QList<qint64> m_readingOrder;
    mutable QHash<qint64, int> m_readingIndex;
    mutable bool m_readingOrderValid = false;
};

} // namespace cabildo
