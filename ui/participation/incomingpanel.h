#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cabildo {

class EventDocument;

/**
 * Incoming: the notes phones sent while moderation is on, oldest first, waiting for the
 * facilitator. Approve puts the chosen ones on the board, Approve All every one, Hide
 * keeps them off it; each is one undo step through the event. Phones' text is shown as
 * plain text, never as markup. The list follows the event's note signals.
 */
class IncomingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncomingPanel(QWidget *parent = nullptr);

    void setDocument(EventDocument *document);
    /** The notes listed, in order (ids). */
    QList<qint64> listedNoteIds() const;
    int waitingCount() const;
    /** The room sees this window (issue 14): waiting notes are for the facilitator only, so
     *  the list gives way to a line saying so until the facilitator peeks (F8). */
    void setSeenByRoom(bool seen);
    bool isSeenByRoom() const { return m_seenByRoom; }
    /** Selects the listed notes `ids` (the others are unselected). */
    void selectNotes(const QList<qint64> &ids);

signals:
    void waitingCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sync();
    void updateSummary();
    void updateTexts(const QList<qint64> &ids);
    QListWidgetItem *makeItem(qint64 id) const;
    QString itemText(qint64 id) const;
    QList<qint64> selectedNoteIds() const;
    void approveSelected();
    void approveAll();
    void hideSelected();
    void updateButtons();

    QPointer<EventDocument> m_document;
    QLabel *m_summary;
    QListWidget *m_list;
    QLabel *m_curtain;
    QPushButton *m_approve;
    QPushButton *m_approveAll;
    QPushButton *m_hide;
    int m_waiting = -1;
    bool m_seenByRoom = false;
};

} // namespace cabildo
