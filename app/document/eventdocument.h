#pragma once

#include "model/eventinfo.h"
#include "model/note.h"
#include "model/theme.h"
#include "storage/filecheck.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace cabildo {

class EventStore;

/**
 * One open event: its file, its notes in memory and its undo stack. Every change a user
 * makes is a QUndoCommand pushed here; commands call the apply*() methods, which write
 * to the file first (one transaction) and only then change memory and tell the views.
 */
class EventDocument : public QObject
{
    Q_OBJECT

public:
    ~EventDocument() override;

    static std::unique_ptr<EventDocument> create(const QString &path, const QString &title, const QString &acronym,
                                                 const QString &timeZone, QString *error);
    /** See EventStore::open: `result` says why it failed, or that it opened read-only. */
    static std::unique_ptr<EventDocument> open(const QString &path, bool readOnly, FileCheck *result);

    QString filePath() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    const EventInfo &event() const { return m_event; }
    QUndoStack *undoStack() { return &m_undoStack; }

    const QList<qint64> &noteIds() const { return m_noteOrder; }  ///< in creation order
    const Note *note(qint64 id) const;
    int noteCount() const { return int(m_noteOrder.size()); }

    const QList<qint64> &themeIds() const { return m_themeOrder; }  ///< in creation order
    const Theme *theme(qint64 id) const;
    int themeCount() const { return int(m_themeOrder.size()); }
    /** The notes of a theme, in creation order. */
    QList<qint64> notesInTheme(qint64 themeId) const;

    /** A new note with a fresh UUID and the default colour, its text in NFC; not yet added. */
    static Note makeNote(const QString &text, NoteSource source);

    // User actions: one undoable step each. They return false, changing nothing, when the
    // event is read-only or the file refused the write (lastError() says why).
    bool addNotes(QList<Note> notes);
    bool removeNotes(const QList<qint64> &ids);
    bool moveNotes(const QHash<qint64, QPointF> &newPositions, bool byKeyboard = false);
    bool editNoteText(qint64 id, const QString &text);
    bool recolourNotes(const QList<qint64> &ids, const QString &colourKey);
    bool setEventInfo(const EventInfo &event);
    // Themes: each one undoable step, refused (false) while read-only or on a failed write.
    /** Makes a theme of `noteIds` (taking them out of any other: a split when they all came from one). */
    bool createTheme(const QString &title, const QString &colourKey, const QList<qint64> &noteIds,
                     const QString &terms = QString());
    /**
     * Accepted suggestions: several themes at once, one step. `notesOf[i]` go into
     * themes[i], and each theme's notes are gathered into a block of their own (below
     * the notes that stay), so the frames do not overlap.
     */
    bool createThemes(QList<Theme> themes, const QList<QList<qint64>> &notesOf);
    /** Puts notes into a theme, or out of any theme with themeId 0. */
    bool assignNotes(const QList<qint64> &noteIds, qint64 themeId);
    /** A drag that ends in a theme's frame (or out of every frame, themeId 0): one step. */
    bool moveNotesIntoTheme(const QHash<qint64, QPointF> &newPositions, qint64 themeId);
    /** Renames, recolours, collapses or expands a theme. */
    bool updateTheme(const Theme &theme);
    /** Moves the notes of `others` into `keep` and removes `others`. */
    bool mergeThemes(qint64 keep, const QList<qint64> &others);
    /** Removes a theme; its notes stay on the board, in no theme. */
    bool dissolveTheme(qint64 themeId);

    /**
     * Stores the grouping's per-note language work (id → detected language, analysis).
     * Derived from the notes' text, so not an undo step; refused while read-only.
     */
    bool storeNoteAnalyses(const QHash<qint64, QPair<QString, QString>> &analyses);

    /** Saves a snapshot to `path` and continues working on it (the old file stays as it was). */
    bool saveAs(const QString &path);

    QString lastError() const { return m_lastError; }

    /** Free spots for `count` new notes that cover none already on the board. */
    QList<QPointF> freePositions(int count) const;

    // Called by commands only.
    bool applyInsert(QList<Note> &notes);
    bool applyRemove(const QList<qint64> &ids);
    bool applyPositions(const QHash<qint64, QPointF> &positions);
    bool applyText(qint64 id, const QString &text);
    bool applyColours(const QHash<qint64, QString> &colours);
    bool applyEventInfo(const EventInfo &event);
    /** Inserts themes (ids filled in on first insert) and puts `notesOf[i]` into themes[i]. */
    bool applyAddThemes(QList<Theme> &themes, const QList<QList<qint64>> &notesOf,
                        const QHash<qint64, QPointF> &positions = {});
    /** Sets the notes' themes (`themeOfNote`, 0 for none), then removes the themes. */
    bool applyRemoveThemes(const QList<qint64> &themeIds, const QHash<qint64, qint64> &themeOfNote,
                           const QHash<qint64, QPointF> &positions = {});
    bool applyAssignments(const QHash<qint64, qint64> &themeOfNote);
    bool applyThemeUpdate(const Theme &theme);
    bool applyPositionsAndThemes(const QHash<qint64, QPointF> &positions, const QHash<qint64, qint64> &themeOfNote);

signals:
    void notesAdded(const QList<qint64> &ids);
    void notesAboutToBeRemoved(const QList<qint64> &ids);
    void notesRemoved(const QList<qint64> &ids);
    void notesChanged(const QList<qint64> &ids);
    void eventChanged();
    void themesAdded(const QList<qint64> &ids);
    void themesAboutToBeRemoved(const QList<qint64> &ids);
    void themesRemoved(const QList<qint64> &ids);
    void themesChanged(const QList<qint64> &ids);
    void fileChanged();
    /** A write to the file failed: the change was not made. */
    void storageFailed(const QString &message);

private:
    explicit EventDocument(std::unique_ptr<EventStore> store);
    bool pushChecked(QUndoCommand *command);
    bool storageFailure();
    void setThemesInMemory(const QHash<qint64, qint64> &themeOfNote);
    void setPositionsInMemory(const QHash<qint64, QPointF> &positions);

    std::unique_ptr<EventStore> m_store;
    EventInfo m_event;
    QHash<qint64, Note> m_notes;
    QList<qint64> m_noteOrder;
    QHash<qint64, Theme> m_themes;
    QList<qint64> m_themeOrder;
    QUndoStack m_undoStack;
    QString m_lastError;
};

} // namespace cabildo
