#include "transcriptionworker.h"

#include "document/eventdocument.h"
#include "photo/wallphoto.h"

#include <QThread>

#include <algorithm>

namespace cabildo {

namespace {

/** Lives on the worker's thread: reads one picture per request, in the order asked. */
class NoteReading : public QObject
{
    Q_OBJECT

public:
    NoteReading(std::unique_ptr<photo::NoteReader> reader, std::shared_ptr<std::atomic<quint64>> generation)
        : m_reader(std::move(reader)), m_generation(std::move(generation))
    {
    }

    void read(qint64 noteId, const QImage &image, quint64 generation)
    {
        // Requests from before a cancel() are answered at once, unread.
        QString text;
        if (generation == m_generation->load())
            text = m_reader->read(image).text;
        emit read_(noteId, text, generation);
    }

signals:
    void read_(qint64 noteId, const QString &text, quint64 generation);

private:
    std::unique_ptr<photo::NoteReader> m_reader;
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace

TranscriptionWorker::TranscriptionWorker(EventDocument *document, const QStringList &languages, QObject *parent)
    : QObject(parent), m_document(document), m_languages(languages.isEmpty() ? languagesFor(*document) : languages),
      m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    auto reader = std::make_unique<photo::NoteReader>(m_languages);
    m_available = reader->isAvailable();
    if (!m_available)
        return; // no Tesseract data for these languages: nothing to propose
    // The reader was made here but is used only on the thread from now on (one thread at a time).
    auto *reading = new NoteReading(std::move(reader), m_generation);
    m_thread = new QThread(this);
    reading->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, reading, &QObject::deleteLater);
    connect(this, &TranscriptionWorker::readRequested, reading, &NoteReading::read);
    connect(reading, &NoteReading::read_, this, &TranscriptionWorker::onRead);
    m_reader = reading;
    m_thread->start(QThread::LowPriority);
    // The document going away cancels what is left (the owner deletes us with it).
    connect(document, &QObject::destroyed, this, &TranscriptionWorker::cancel);
}

TranscriptionWorker::~TranscriptionWorker()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // at most the note being read
    }
}

QStringList TranscriptionWorker::languagesFor(const EventDocument &document)
{
    const QStringList readable{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};
    QStringList found;
    for (qint64 id : document.noteIds()) {
        const Note *note = document.note(id);
        // "pt-BR" reads as Portuguese; a detected language counts when none was given.
        const QString tag = (note->language.isEmpty() ? note->analysisLanguage : note->language).section(u'-', 0, 0);
        if (readable.contains(tag) && !found.contains(tag))
            found.append(tag);
    }
    if (found.isEmpty())
        return readable;
    // In the order of `readable`, so the same event always asks Tesseract the same way.
    QStringList ordered;
    for (const QString &language : readable)
        if (found.contains(language))
            ordered.append(language);
    return ordered;
}

void TranscriptionWorker::transcribe(const QList<qint64> &noteIds)
{
    if (!m_available)
        return;
    const quint64 generation = m_generation->load();
    for (qint64 id : noteIds) {
        const Note *note = m_document->note(id);
        if (!note || note->textChecked || !note->text.isEmpty())
            continue; // nothing proposeText() would take
        const QImage image = m_document->noteImage(id);
        if (image.isNull())
            continue;
        ++m_pending;
        emit readRequested(id, image, generation, QPrivateSignal());
    }
    if (m_pending == 0)
        emit idle();
}

void TranscriptionWorker::cancel()
{
    ++*m_generation;
    const bool wasBusy = m_pending > 0;
    m_pending = 0;
    if (wasBusy)
        emit idle();
}

void TranscriptionWorker::onRead(qint64 noteId, const QString &text, quint64 generation)
{
    if (generation != m_generation->load())
        return; // cancelled: already counted out
    m_pending = std::max(0, m_pending - 1);
    if (!text.isEmpty() && m_document->note(noteId))
        m_document->proposeText(noteId, text);
    emit noteRead(noteId, m_pending);
    if (m_pending == 0)
        emit idle();
}

} // namespace cabildo

#include "transcriptionworker.moc"
