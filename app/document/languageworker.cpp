#include "languageworker.h"

#include "document/eventdocument.h"

#include <QThread>

namespace cabildo {

LanguageWorker::LanguageWorker(EventDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &LanguageWorker::startBatch);
    connect(document, &EventDocument::notesAdded, this, &LanguageWorker::scheduleSoon);
    connect(document, &EventDocument::notesChanged, this, &LanguageWorker::scheduleSoon);
    connect(document, &EventDocument::fileChanged, this, &LanguageWorker::scheduleSoon);
    scheduleSoon(); // notes added by an earlier version, or while the work was unavailable
}

LanguageWorker::~LanguageWorker()
{
    if (m_thread) {
        // Queued behind a running batch, so this waits for it; the pipelines end on their thread.
        QMetaObject::invokeMethod(
            m_context, [this] { m_work.reset(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_context;
        delete m_thread;
    }
}

bool LanguageWorker::isBusy() const
{
    return m_running || m_delay.isActive();
}

void LanguageWorker::scheduleSoon()
{
    if (!m_document->isReadOnly())
        m_delay.start();
}

void LanguageWorker::startBatch()
{
    if (m_running || m_document->isReadOnly())
        return; // a running batch looks for more when it ends
    m_ids.clear();
    m_input.clear();
    for (qint64 id : m_document->noteIds()) {
        const Note *note = m_document->note(id);
        if (!note->analysis.isEmpty() || note->text.trimmed().isEmpty())
            continue;
        m_ids.append(id);
        m_input.append({note->text, note->language});
        if (m_ids.size() == batchSize)
            break;
    }
    if (m_ids.isEmpty()) {
        emit idle();
        return;
    }
    if (!m_thread) {
        m_thread = new QThread;
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start(QThread::LowPriority);
    }
    m_running = true;
    QMetaObject::invokeMethod(m_context, [this] {
        if (!m_work)
            m_work = std::make_unique<LanguageWork>(); // not thread-safe: only ever on this thread
        m_output = m_work->analyse(m_input);
        QMetaObject::invokeMethod(this, &LanguageWorker::finishBatch, Qt::QueuedConnection);
    });
}

void LanguageWorker::finishBatch()
{
    m_running = false;
    QHash<qint64, QPair<QString, QString>> analyses;
    for (qsizetype i = 0; i < m_ids.size() && i < m_output.size(); ++i) {
        // A note removed or edited meanwhile is skipped; an edited one is queued again.
        const Note *note = m_document->note(m_ids.at(i));
        if (note && note->text == m_input.at(i).first && note->language == m_input.at(i).second) {
            const LanguageAnalysis &analysis = m_output.at(i);
            analyses.insert(m_ids.at(i), {analysis.detectedLanguage, analysis.toStorageString()});
        }
    }
    m_output.clear();
    const bool stored = analyses.isEmpty() || m_document->storeNoteAnalyses(analyses);
    if (stored) {
        emit batchStored();
        startBatch(); // the next batch, or idle()
    }
}

} // namespace cabildo
