#include "wallview.h"

#include "document/boardplacement.h"
#include "document/eventdocument.h"
#include "projectorstyle.h"
#include "wallcard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cabildo {

namespace {

/** A few notes are not blown up past half again their size on the board. */
constexpr qreal largestScale = 1.5;
/** The board's note text (15 pt) in pixels at scale 1. */
constexpr qreal boardTextPixels = 20;
/** The least time between two layouts of the wall. */
constexpr qint64 relayoutEveryMs = 150;

/** `rect` (board units) on the screen: corners rounded, so neighbours never overlap. */
QRect onScreen(const QRectF &rect, const QRectF &bounds, QPointF origin, qreal scale)
{
    const QPointF topLeft = origin + (rect.topLeft() - bounds.topLeft()) * scale;
    const QPointF bottomRight = origin + (rect.bottomRight() - bounds.topLeft()) * scale;
    return QRect(QPoint(qRound(topLeft.x()), qRound(topLeft.y())),
                 QPoint(qRound(bottomRight.x()) - 1, qRound(bottomRight.y()) - 1));
}

/** The frames' titles, over the cards (WallFrame::paintTitle). */
class TitleLayer : public QWidget
{
public:
    TitleLayer(const QHash<qint64, WallFrame *> &frames, QWidget *parent) : QWidget(parent), m_frames(frames)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        for (const WallFrame *frame : m_frames) {
            painter.save();
            painter.translate(frame->pos());
            frame->paintTitle(&painter);
            painter.restore();
        }
    }

private:
    const QHash<qint64, WallFrame *> &m_frames;
};

} // namespace

WallView::WallView(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel), m_caption(new QLabel), m_area(new QWidget),
      m_empty(new QLabel(m_area)), m_titleLayer(new TitleLayer(m_frames, m_area))
{
    setObjectName(QStringLiteral("projectorWall"));
    m_title->setObjectName(QStringLiteral("projectorWallTitle"));
    m_caption->setObjectName(QStringLiteral("projectorWallCaption"));
    m_area->setObjectName(QStringLiteral("projectorWallArea"));
    m_empty->setObjectName(QStringLiteral("projectorWallEmpty"));
    QPalette colours = palette();
    colours.setColor(QPalette::Window, projector::wall);
    colours.setColor(QPalette::WindowText, projector::ink);
    setPalette(colours);
    setAutoFillBackground(true);
    for (QLabel *label : {m_title, m_caption, m_empty})
        label->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long title is cut, not the wall
    m_caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_area->installEventFilter(this);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_caption);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addLayout(heading);
    layout->addWidget(m_area, 1);

    // Several notes often land at once (a paste, a burst from phones): one layout for them.
    m_relayoutTimer.setSingleShot(true);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &WallView::relayout);
    m_markTimer.setSingleShot(true);
    connect(&m_markTimer, &QTimer::timeout, this, &WallView::expireMarks);

    if (document) {
        connect(document, &EventDocument::notesAdded, this, [this](const QList<qint64> &ids) { sync(ids); });
        // Approved or shown again, a note arrives on the wall then: it is ringed too.
        connect(document, &EventDocument::notesChanged, this, [this](const QList<qint64> &ids) { sync(ids); });
        connect(document, &EventDocument::notesRemoved, this, [this] { sync(); });
        connect(document, &EventDocument::themesAdded, this, [this] { sync(); });
        connect(document, &EventDocument::themesChanged, this, [this] { sync(); });
        connect(document, &EventDocument::themesRemoved, this, [this] { sync(); });
        connect(document, &EventDocument::eventChanged, this, &WallView::retranslate);
    }
    retranslate();
    sync();
}

void WallView::setShowsThemes(bool show)
{
    if (show != m_showsThemes) {
        m_showsThemes = show;
        sync();
    }
}

void WallView::sync(const QList<qint64> &arrived)
{
    if (!m_document)
        return;
    const QSet<qint64> arrivedIds(arrived.cbegin(), arrived.cend());
    QSet<qint64> shown;
    QHash<qint64, int> themeCounts;     // visible notes per theme
    QHash<qint64, WallCard *> stackTop; // a collapsed theme's first note
    m_visibleCount = 0;
    m_faceDownCount = 0;
    for (qint64 id : m_document->noteIds()) {
        const Note *note = m_document->note(id);
        if (!note->isVisible())
            continue; // pending or hidden: not the room's to see, nor to count
        ++m_visibleCount;
        m_faceDownCount += note->faceDown ? 1 : 0;
        const Theme *theme = note->themeId ? m_document->theme(note->themeId) : nullptr;
        const int inTheme = theme ? ++themeCounts[theme->id] : 0;
        if (theme && theme->collapsed && inTheme > 1)
            continue; // stacked under its theme's first note, as on the board
        shown.insert(id);
        WallCard *card = m_cards.value(id);
        if (!card) {
            card = new WallCard(m_area); // shown once it has its place (relayout)
            // On top of the others, where the rings of the newest show whole; under the titles.
            card->stackUnder(m_titleLayer);
            m_cards.insert(id, card);
            if (arrivedIds.contains(id)) {
                m_marks.insert(id, m_document->now());
                card->setMarked(true);
                if (!m_markTimer.isActive())
                    m_markTimer.start(newestMarkMs);
            }
        }
        card->setNote(*note);
        card->setStacked(false);
        if (theme && theme->collapsed)
            stackTop.insert(theme->id, card);
    }
    for (auto it = stackTop.cbegin(); it != stackTop.cend(); ++it)
        it.value()->setStacked(themeCounts.value(it.key()) > 1);
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        m_marks.remove(it.key());
        delete it.value();
        it = m_cards.erase(it);
    }

    // A frame for each theme with notes the room sees.
    QSet<qint64> framed;
    if (m_showsThemes)
        for (qint64 id : m_document->themeIds())
            if (themeCounts.value(id) > 0) {
                framed.insert(id);
                WallFrame *frame = m_frames.value(id);
                if (!frame) {
                    frame = new WallFrame(m_area);
                    m_frames.insert(id, frame);
                    frame->lower(); // behind the cards; shown once it has its place
                }
                frame->setTheme(*m_document->theme(id), themeCounts.value(id));
            }
    for (auto it = m_frames.begin(); it != m_frames.end();) {
        if (framed.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_frames.erase(it);
        }
    }
    m_titleLayer->setVisible(!m_frames.isEmpty()); // over every card: only when there are titles
    m_caption->setText(caption());
    m_area->setAccessibleDescription(caption());
    scheduleRelayout();
}

QString WallView::caption() const
{
    const QString notes = tr("%n note(s)", nullptr, m_visibleCount);
    //: How many notes the wall shows, and how many of them are face down until revealed
    return m_faceDownCount == 0 ? notes : tr("%1 · %n face down", nullptr, m_faceDownCount).arg(notes);
}

QList<qint64> WallView::markedNotes() const
{
    QList<qint64> ids = m_marks.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void WallView::expireMarks()
{
    if (!m_document)
        return;
    const QDateTime now = m_document->now();
    qint64 soonest = -1;
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        const qint64 age = it.value().msecsTo(now);
        if (age >= newestMarkMs) {
            if (WallCard *card = m_cards.value(it.key()))
                card->setMarked(false);
            it = m_marks.erase(it);
        } else {
            const qint64 left = newestMarkMs - age;
            soonest = soonest < 0 ? left : std::min(soonest, left);
            ++it;
        }
    }
    if (soonest >= 0)
        m_markTimer.start(int(std::max<qint64>(100, soonest)));
}

void WallView::scheduleRelayout()
{
    // At once, but no more than a few times a second while notes pour in from hundreds of
    // phones: each layout moves and repaints every card, and the room sees no difference.
    if (m_relayoutTimer.isActive())
        return;
    const qint64 since = m_lastLayout.isValid() ? m_lastLayout.elapsed() : relayoutEveryMs;
    m_relayoutTimer.start(int(std::max<qint64>(0, relayoutEveryMs - since)));
}

void WallView::relayout()
{
    m_relayoutTimer.stop();
    m_lastLayout.start();
    // Type for the screen the wall is on (the window's height), and the title cut to fit.
    const int screenHeight = window()->height();
    const QFont titleFont = projector::sized(font(), projector::headingPixels(screenHeight), true);
    const QFont captionFont = projector::sized(font(), projector::captionPixels(screenHeight));
    if (m_title->font() != titleFont)
        m_title->setFont(titleFont);
    if (m_caption->font() != captionFont)
        m_caption->setFont(captionFont);
    m_empty->setFont(captionFont);
    const QString title = m_document ? m_document->event().title : QString();
    m_title->setText(QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, std::max(1, m_title->width())));
    m_title->setAccessibleName(title);

    m_empty->setGeometry(m_area->rect());
    m_empty->setVisible(m_cards.isEmpty());
    m_titleLayer->setGeometry(m_area->rect());
    if (m_cards.isEmpty()) {
        m_titleLayer->update(m_titleBands);
        m_titleBands = QRegion();
        return;
    }

    // Every note and frame in view: their bounding box, fitted to the area.
    QRectF bounds;
    QHash<qint64, QRectF> themeNotes;
    for (const WallCard *card : std::as_const(m_cards)) {
        bounds |= card->boardRect();
        if (m_frames.contains(card->themeId()))
            themeNotes[card->themeId()] |= card->boardRect();
    }
    QHash<qint64, QRectF> frameRects;
    for (auto it = themeNotes.cbegin(); it != themeNotes.cend(); ++it) {
        frameRects.insert(it.key(), BoardPlacement::frameAround(it.value()));
        bounds |= frameRects.value(it.key());
    }
    const int margin = WallCard::ringRoom + 2;
    const QRect area = m_area->rect().adjusted(margin, margin, -margin, -margin);
    const qreal scale = std::min({area.width() / bounds.width(), area.height() / bounds.height(), largestScale});
    // From the top, centred across: a row of new notes at the bottom moves nothing else.
    const QPointF origin(area.left() + (area.width() - bounds.width() * scale) / 2, area.top());
    const int textPixels = qRound(boardTextPixels * scale);
    for (WallCard *card : std::as_const(m_cards)) {
        card->setCardGeometry(onScreen(card->boardRect(), bounds, origin, scale), textPixels);
        card->show();
    }
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        it.value()->setGeometry(onScreen(frameRects.value(it.key()), bounds, origin, scale));
        it.value()->show();
    }
    layOutTitles(scale);
}

void WallView::layOutTitles(qreal scale)
{
    // Over the top of its frame, wrapped, in one size for every theme: the largest every
    // title fits at (up to 40 px at 1080), never under the room's floor, then cut with "…".
    // Each stays in its frame, and frames do not overlap: neither do titles.
    const int screenHeight = window()->height();
    const int floor = projector::floorPixels(screenHeight);
    const QFont preferred = projector::sized(font(), std::max(floor, screenHeight / 27), true);
    const int padding = std::max(4, qRound(BoardPlacement::framePadding * scale));
    auto boxOf = [&](const WallFrame *frame) {
        const int header = qRound(BoardPlacement::frameHeader * scale);
        return QRect(padding, padding / 2, frame->width() - 2 * padding,
                     std::max(header, frame->height() * 2 / 5) - padding / 2);
    };
    QFont common = preferred;
    for (const WallFrame *frame : std::as_const(m_frames)) {
        const FittedText fitted = fitText(frame->title(), preferred, boxOf(frame).size(), floor);
        if (fitted.pixelSize() < common.pixelSize())
            common.setPixelSize(fitted.pixelSize());
    }
    QRegion bands;
    for (WallFrame *frame : std::as_const(m_frames)) {
        frame->setTitle(fitText(frame->title(), common, boxOf(frame).size(), floor), boxOf(frame));
        bands += frame->bandRect().translated(frame->pos());
    }
    // Only where titles were or are: the whole layer would repaint every card under it.
    m_titleLayer->update(bands + m_titleBands);
    m_titleBands = bands;
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRelayout();
}

bool WallView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void WallView::retranslate()
{
    m_empty->setText(tr("The notes appear here as they are written."));
    m_caption->setText(caption());
    setAccessibleName(tr("Wall of notes"));
    relayout();
}

void WallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
