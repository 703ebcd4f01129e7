#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace cabildo {

class EventDocument;

/**
 * Reads the pictures of unchecked notes with OCR in the background (issue 15), one by one
 * on a thread of its own with its own photo::NoteReader, and proposes each text through
 * EventDocument::proposeText() on the document's thread. Without Tesseract's data it does
 * nothing (isAvailable() false): the picture is what the facilitator reads anyway.
 * Deleting it (with the document it belongs to) cancels what is left and waits for the
 * note being read.
 */
class TranscriptionWorker : public QObject
{
    Q_OBJECT

public:
    /** `languages`: ISO 639-1 codes; empty means languagesFor(document). */
    explicit TranscriptionWorker(EventDocument *document, const QStringList &languages = {}, QObject *parent = nullptr);
    ~TranscriptionWorker() override;

    /** The event's languages among those Tesseract reads (en, fr, es, pt), from its notes; all four when it has none.
     */
    static QStringList languagesFor(const EventDocument &document);

    bool isAvailable() const { return m_available; }
    QStringList languages() const { return m_languages; }
    /** Queues the notes' pictures (notes without one, or already checked, are skipped). */
    void transcribe(const QList<qint64> &noteIds);
    /** Drops what is queued; the note being read is not proposed. */
    void cancel();
    /** Notes queued or being read. */
    int pendingCount() const { return m_pending; }

signals:
    /** A note was read (its proposal applied when still wanted); `left` are still queued. */
    void noteRead(qint64 noteId, int left);
    /** Nothing is queued any more. */
    void idle();
    // Internal: to the reading thread and back (queued connections).
    void readRequested(qint64 noteId, const QImage &image, quint64 generation, QPrivateSignal);

private:
    void onRead(qint64 noteId, const QString &text, quint64 generation);

    EventDocument *m_document;
    QStringList m_languages;
    bool m_available = false;
    int m_pending = 0;
    /** Bumped by cancel(): readings of an earlier generation are dropped. */
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread *m_thread = nullptr;
    QObject *m_reader = nullptr; ///< lives on m_thread
};

} // namespace cabildo
