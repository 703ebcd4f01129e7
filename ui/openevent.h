#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace cabildo {

class EventDocument;
class LanguageWorker;

/**
 * A part of the window that shows or works on the open event. It borrows the event from
 * OpenEvent, which lends it with setDocument().
 */
class EventBorrower
{
public:
    /**
     * Borrows `document` until the next call (null: no event is open). Lets go of the
     * event before first (forgets what it held of it, disconnects from it): that event may
     * be deleted as soon as the call returns.
     */
    virtual void setDocument(EventDocument *document) = 0;

protected:
    ~EventBorrower() = default;
};

/**
 * The one owner of the open event, and of the language work on its notes. Everything else
 * borrows the event: the borrowers added here are lent each event in the order they were
 * added, and give it back in the reverse order before it is deleted; whatever else uses
 * it (the kiosk, a window it opened) stops on aboutToClose(). So closing the event or
 * opening another never leaves a part holding one that is gone.
 */
class OpenEvent : public QObject
{
    Q_OBJECT

public:
    explicit OpenEvent(QObject *parent = nullptr);
    /** Deletes the event, borrowers first let go, with no signal: close it before, while its users can hear. */
    ~OpenEvent() override;

    EventDocument *document() const { return m_document.get(); }
    /** The background language work on the open event's notes (null: no event is open). */
    LanguageWorker *languageWorker() const { return m_languageWorker.get(); }
    /** Lends the event to `borrower` from now on (and now, if one is open). It must outlive this owner or the event. */
    void addBorrower(EventBorrower *borrower);
    /** Closes the open event, if any, and opens `document` (null: none). */
    void replace(std::unique_ptr<EventDocument> document);
    void close();

signals:
    /** The open event is about to close: whatever is not a borrower and still uses it stops now. */
    void aboutToClose(EventDocument *document);
    /** Every borrower has `document` (null: no event is open). */
    void replaced(EventDocument *document);

private:
    /** The borrowers let go, in the reverse order, then the event is deleted. */
    void release();

    std::unique_ptr<EventDocument> m_document;
    std::unique_ptr<LanguageWorker> m_languageWorker; ///< the notes' language work, done as they arrive
    std::vector<EventBorrower *> m_borrowers;
};

} // namespace cabildo
