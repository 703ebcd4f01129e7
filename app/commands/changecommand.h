#pragma once

#include "model/changes.h"

#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * Every undoable edit of the event: a change and its inverse, computed by EventDocument
 * when the step is made, applied through EventDocument::applyChange(). When the file
 * refuses the write, the command marks itself obsolete and QUndoStack drops it: a failed
 * redo records no change that did not happen, and a failed undo leaves the change in
 * place with no redo step that would apply it twice.
 */
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(EventDocument *document, const QString &text, const EventChange &change, const EventChange &inverse);
    void redo() override;
    void undo() override;

protected:
    EventDocument *m_document;
    EventChange m_change;
    EventChange m_inverse;
};

/**
 * Arrow-key moves of notes: the nudges of one burst on the same notes merge into one step
 * (holding an arrow key is one step; two drags are two ChangeCommands).
 */
class NudgeNotesCommand : public ChangeCommand
{
public:
    NudgeNotesCommand(EventDocument *document, const QString &text, const EventChange &change,
                      const EventChange &inverse);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_lastNudgeMs; ///< when the latest merged nudge happened
};

} // namespace cabildo
