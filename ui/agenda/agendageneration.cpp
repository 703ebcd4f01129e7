#include "agendageneration.h"

#include "document/eventdocument.h"

#include <QLocale>
#include <QProgressDialog>
#include <QThread>

namespace cabildo {

AgendaGeneration::AgendaGeneration(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) {}

AgendaGeneration::~AgendaGeneration()
{
    // The window is going: stop the search and wait, so the thread never outlives m_input.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool AgendaGeneration::start(EventDocument *document, qint64 roundId)
{
    if (m_thread || !document || document->isReadOnly())
        return false;
    m_document = document;
    m_input = agendaInput(*document, roundId);
    m_undoIndex = document->undoStack()->index();
    m_cancel = false;
    m_lastPercent = -1;

    m_progress = new QProgressDialog(m_dialogParent);
    m_progress->setObjectName(QStringLiteral("generationProgress"));
    m_progress->setWindowTitle(tr("Generate agenda"));
    m_progress->setLabelText(tr("Looking for the agenda where most people can attend what they voted for…"));
    m_progress->setRange(0, 100);
    m_progress->setWindowModality(Qt::WindowModal); // nobody edits the agenda while it is being generated
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &AgendaGeneration::cancel);

    AgendaOptions options;
    options.cancel = &m_cancel;
    // Called on the worker thread: only whole percents cross to the GUI thread.
    options.progress = [this](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        if (m_lastPercent.exchange(percent) != percent)
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    if (m_progress)
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
    };
    const AgendaProblem problem = m_input.problem;
    m_thread = QThread::create([this, problem, options] { m_result = generateAgenda(problem, options); });
    connect(m_thread, &QThread::finished, this, &AgendaGeneration::workerDone);
    m_thread->start();
    return true;
}

void AgendaGeneration::workerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool stopped = m_cancel || m_result.cancelled;
    if (m_progress) {
        m_progress->disconnect(this); // closing the dialog emits canceled(): not a cancel by the user
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (stopped) {
        emit cancelled(); // the agenda stays exactly as it was
        return;
    }
    if (!m_document)
        return;
    if (m_document->undoStack()->index() != m_undoIndex) {
        emit failed(tr("The agenda changed while it was being generated; generate it again."));
        return;
    }
    if (const Outcome applied = m_document->applyGeneratedAgenda(documentPlacements(m_input, m_result, *m_document));
        !applied) {
        emit failed(applied.error());
        return;
    }
    GenerationReport report;
    report.score = m_result.score;
    report.seconds = m_result.seconds;
    report.problemKey = problemKey(m_input.problem);
    for (qsizetype i = 0; i < m_input.problem.sessions.size() && i < m_result.placements.size(); ++i)
        if (m_input.problem.sessions.at(i).currentSlot < 0 && m_result.placements.at(i).slot >= 0)
            ++report.newlyScheduled;
    for (const AgendaIssue &issue : std::as_const(m_result.issues))
        report.issues.append(issueText(issue, m_input, *m_document));
    emit finished(report);
}

QByteArray AgendaGeneration::problemKey(const AgendaProblem &problem)
{
    QStringList parts;
    for (const AgendaRoom &room : problem.rooms)
        parts << room.id << QString::number(room.capacity) << QString::number(room.accessible);
    parts << QStringLiteral("|");
    for (const AgendaSlot &slot : problem.timeSlots)
        parts << slot.id;
    parts << QStringLiteral("|");
    for (const AgendaSession &session : problem.sessions) {
        parts << session.id << QString::number(session.tally) << session.host
              << QString::number(session.needsAccessibleRoom) << QString::number(session.pinnedSlot)
              << QString::number(session.pinnedRoom);
        for (int slot : session.allowedSlots)
            parts << QString::number(slot);
        parts << QStringLiteral(";");
    }
    for (const QList<int> &ballot : problem.ballots) {
        for (int session : ballot)
            parts << QString::number(session);
        parts << QStringLiteral(";");
    }
    return parts.join(QLatin1Char(',')).toUtf8();
}

QString AgendaGeneration::issueText(const AgendaIssue &issue, const AgendaInput &input, const EventDocument &document)
{
    // The generator names sessions and slots by UUID; the facilitator knows them by title and time.
    QString text = issue.reason;
    for (qsizetype i = 0; i < input.problem.sessions.size(); ++i)
        if (text.contains(input.problem.sessions.at(i).id))
            text.replace(input.problem.sessions.at(i).id, document.session(input.sessionIds.at(i))->title);
    for (qsizetype j = 0; j < input.problem.timeSlots.size(); ++j)
        if (text.contains(input.problem.timeSlots.at(j).id)) {
            const TimeSlot *slot = document.timeSlot(input.slotIds.at(j));
            const QLocale locale;
            text.replace(input.problem.timeSlots.at(j).id,
                         slotTimeText(locale, slot->start) + QStringLiteral("–") + slotTimeText(locale, slot->end));
        }
    return text;
}

} // namespace cabildo
