#pragma once

#include "document/agendainput.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace cabildo {

class EventDocument;

/** What a finished "Generate agenda" did, for the summary panel. */
struct GenerationReport
{
    AgendaScore score;
    QStringList issues; ///< the rules the generator could not keep, in words, sessions by title
    int newlyScheduled = 0;
    double seconds = 0;
    QByteArray problemKey; ///< AgendaGeneration::problemKey of the input: the bound holds while it does
};

/**
 * "Generate agenda": runs the generator on a worker thread with a progress dialog whose
 * Cancel changes nothing, then applies the result to the document as one undo step. The
 * worker only sees a copy of the problem; the document is touched on the GUI thread only.
 */
class AgendaGeneration : public QObject
{
    Q_OBJECT

public:
    explicit AgendaGeneration(QWidget *dialogParent);
    ~AgendaGeneration() override;

    /** Generates from the ballots of `roundId` (0: the open round, else the latest). */
    bool start(EventDocument *document, qint64 roundId = 0);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel = true; }

    /** The problem without its current agenda: two agendas of the same problem share their bound. */
    static QByteArray problemKey(const AgendaProblem &problem);
    /** An issue in words, the sessions and slots named by title and time rather than UUID. */
    static QString issueText(const AgendaIssue &issue, const AgendaInput &input, const EventDocument &document);

signals:
    void finished(const GenerationReport &report);
    void cancelled();
    void failed(const QString &message);

private:
    void workerDone();

    QWidget *m_dialogParent;
    QPointer<EventDocument> m_document;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_lastPercent{-1};
    AgendaInput m_input;
    AgendaResult m_result;
    int m_undoIndex = 0;
};

} // namespace cabildo
