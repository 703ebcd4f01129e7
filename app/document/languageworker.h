#pragma once

#include "grouping/languagework.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

#include <memory>

class QThread;

namespace cabildo {

class EventDocument;

/**
 * Does the slow language work (detection, translation into the pivots) of new and edited
 * notes in the background, shortly after they are added, and stores it with them, so that
 * "Suggest themes" finds it done. One batch runs at a time on the worker's own thread,
 * which keeps one LanguageWork (and so its running Apertium pipelines) from batch to batch;
 * the document is only touched on the owner's thread. Read-only events are left alone.
 */
class LanguageWorker : public QObject
{
    Q_OBJECT

public:
    explicit LanguageWorker(EventDocument *document, QObject *parent = nullptr);
    ~LanguageWorker() override; ///< waits for a running batch (at most `batchSize` notes)

    bool isBusy() const;

    /** Notes are gathered for this long after an edit, so a burst of typing is one batch. */
    static constexpr int delayMs = 700;
    /** A batch takes about a second (Apertium: about 1.5 s per 1,000 notes). */
    static constexpr int batchSize = 600;

signals:
    /** Every note has its language work stored. */
    void idle();
    /** A batch's language work was stored with its notes (the import's progress follows it). */
    void batchStored();

private:
    void scheduleSoon();
    void startBatch();
    void finishBatch();

    EventDocument *m_document;
    QTimer m_delay;
    QThread *m_thread = nullptr;          ///< started with the first batch, ended with the worker
    QObject *m_context = nullptr;         ///< lives on m_thread: batches are queued to it
    std::unique_ptr<LanguageWork> m_work; ///< made, used and destroyed on m_thread only
    bool m_running = false;
    QList<qint64> m_ids;                    ///< the running batch's notes
    QList<QPair<QString, QString>> m_input; ///< their (text, language) as sent
    QList<LanguageAnalysis> m_output;       ///< written by the thread, read after it ends
};

} // namespace cabildo
