#pragma once

#include "model/eventinfo.h"
#include "model/note.h"

#include <QHash>
#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * The undoable edits of notes and of the event. Each command calls the document's apply*()
 * in redo() and undo(). When the file refuses a write, the command marks itself obsolete
 * and QUndoStack drops it: a failed redo records no change that did not happen, and a
 * failed undo leaves the change in place with no redo step that would apply it twice.
 */
class AddNotesCommand : public QUndoCommand
{
public:
    /** Named after where the notes came from: "Add note", "Paste 3 notes", "Import 120 notes"… */
    AddNotesCommand(EventDocument *document, const QList<Note> &notes);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QList<Note> m_notes; ///< ids filled in by the first redo, reused by later ones
};

class RemoveNotesCommand : public QUndoCommand
{
public:
    RemoveNotesCommand(EventDocument *document, const QList<Note> &notes);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QList<Note> m_notes;
};

class MoveNotesCommand : public QUndoCommand
{
public:
    MoveNotesCommand(EventDocument *document, const QHash<qint64, QPointF> &from, const QHash<qint64, QPointF> &to,
                     bool byKeyboard);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EventDocument *m_document;
    QHash<qint64, QPointF> m_from;
    QHash<qint64, QPointF> m_to;
    bool m_byKeyboard;
    qint64 m_lastNudgeMs; ///< when the latest merged nudge happened
};

class EditNoteTextCommand : public QUndoCommand
{
public:
    EditNoteTextCommand(EventDocument *document, qint64 noteId, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    qint64 m_noteId;
    QString m_from;
    QString m_to;
};

class RecolourNotesCommand : public QUndoCommand
{
public:
    RecolourNotesCommand(EventDocument *document, const QHash<qint64, QString> &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QHash<qint64, QString> m_from;
    QHash<qint64, QString> m_to;
};

class SetEventInfoCommand : public QUndoCommand
{
public:
    SetEventInfoCommand(EventDocument *document, const EventInfo &from, const EventInfo &to);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    EventInfo m_from;
    EventInfo m_to;
};

} // namespace cabildo
