#pragma once

#include "fittedtext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRegion>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace cabildo {

class EventDocument;
class WallCard;
class WallFrame;

/**
 * The wall on the projector (issue 14): the board's notes as the room may see them, as
 * read-only cards laid out as on the board and scaled so that every one is in view,
 * refitted as notes arrive. Pending and hidden notes get no card at all (nor a place in
 * the count); a face-down note is a card back with no text. Notes that just arrived are
 * ringed for a few seconds, by the document's clock. With themes shown (from the Group
 * phase on), each theme's frame is drawn around its notes with its title across the top,
 * every title in one size the room reads. Re-syncs from the document's signals.
 */
class WallView : public QWidget
{
    Q_OBJECT

public:
    /** How long a note that just arrived stays ringed. */
    static constexpr qint64 newestMarkMs = 6000;

    explicit WallView(EventDocument *document, QWidget *parent = nullptr);

    /** Theme frames and titles around their notes (from the Group phase on). */
    void setShowsThemes(bool show);
    bool showsThemes() const { return m_showsThemes; }

    /** The card of a note on the wall; null for a note the room may not see. */
    WallCard *card(qint64 noteId) const { return m_cards.value(noteId); }
    QList<WallCard *> cards() const { return m_cards.values(); }
    WallFrame *frame(qint64 themeId) const { return m_frames.value(themeId); }
    QList<WallFrame *> frames() const { return m_frames.values(); }
    /** The notes ringed as newest, in id order. */
    QList<qint64> markedNotes() const;
    /** Unmarks the notes marked newestMarkMs ago or more by the document's clock (the mark timer calls it). */
    void expireMarks();
    /** "320 notes · 23 face down": what the room may know of the wall. */
    QString caption() const;
    /** Lays the cards out now rather than on the next turn of the event loop (tests, pictures). */
    void relayout();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** Cards and frames for what the room may see now; the cards made for `arrived` are ringed. */
    void sync(const QList<qint64> &arrived = {});
    void scheduleRelayout();
    void layOutTitles(qreal scale);
    void retranslate();

    QPointer<EventDocument> m_document;
    QLabel *m_title;
    QLabel *m_caption;
    QWidget *m_area; ///< where the cards go
    QLabel *m_empty;
    QHash<qint64, WallCard *> m_cards;   ///< by note id
    QHash<qint64, WallFrame *> m_frames; ///< by theme id
    QWidget *m_titleLayer;               ///< the frames' titles, over the cards
    QRegion m_titleBands;                ///< where the layer painted titles last
    QHash<qint64, QDateTime> m_marks;    ///< note id → when it was ringed
    QTimer m_relayoutTimer;
    QElapsedTimer m_lastLayout;
    QTimer m_markTimer;
    bool m_showsThemes = false;
    int m_visibleCount = 0;
    int m_faceDownCount = 0;
};

} // namespace cabildo
