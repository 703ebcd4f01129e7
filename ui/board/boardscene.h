#pragma once

#include <QGraphicsScene>
#include <QHash>

namespace cabildo {

class EventDocument;
class NoteItem;

/**
 * The board: one NoteItem per note, kept in step with the document's change signals.
 * It never changes the document itself; BoardView turns gestures into commands.
 */
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit BoardScene(QObject *parent = nullptr);

    void setDocument(EventDocument *document);
    EventDocument *document() const { return m_document; }

    NoteItem *itemForNote(qint64 noteId) const { return m_items.value(noteId); }
    QList<qint64> selectedNoteIds() const;
    void selectNotes(const QList<qint64> &ids);

    /** Dims the notes that do not contain every word of `term` (accent- and case-insensitive); empty shows all. */
    void setSearchTerm(const QString &term);
    int matchCount() const { return m_matchCount; }

    /** Notes can be selected and dragged (false in the kiosk and for read-only events). */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /** The rectangle that holds every note, with a margin. */
    QRectF notesBoundingRect() const;

signals:
    void searchMatchesChanged(int matches);

private:
    void addItems(const QList<qint64> &ids);
    void removeItems(const QList<qint64> &ids);
    void syncItems(const QList<qint64> &ids);
    void applySearch(NoteItem *item);
    void growSceneRect(const QList<qint64> &ids);

    EventDocument *m_document = nullptr;
    QHash<qint64, NoteItem *> m_items;
    QString m_foldedTerm;
    QStringList m_foldedWords;
    int m_matchCount = 0;
    bool m_editable = true;
};

} // namespace cabildo
