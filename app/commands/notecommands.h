#pragma once

#include "model/eventinfo.h"
#include "model/note.h"

#include <QHash>
#include <QUndoCommand>

namespace cabildo {

class EventDocument;

/**
 * The undoable edits of notes and of the event. Each command calls the document's apply*()
 * in redo() and undo(); when the file refuses a write, redo() marks the command obsolete
 * so QUndoStack drops it instead of recording a change that did not happen.
 */
class AddNotesCommand : public QUndoCommand
{
public:
    AddNotesCommand(EventDocument *document, const QList<Note> &notes, const QString &text);
    void redo() override;
    void undo() override;

private:
    EventDocument *m_document;
    QList<Note> m_notes;  ///< ids filled in by the first redo, reused by later ones
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
