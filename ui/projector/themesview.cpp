#include "themesview.h"

#include "document/eventdocument.h"
#include "model/notecolour.h"
#include "projectorstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cabildo {

/** One theme's card: its colour, its title and its count (ThemesView lays it out). */
class ThemeCard : public QWidget
{
public:
    explicit ThemeCard(QWidget *parent) : QWidget(parent) { setAttribute(Qt::WA_TransparentForMouseEvents); }

    void setTheme(const Theme &theme, int noteCount)
    {
        m_theme = theme;
        m_count = noteCount;
        setObjectName(QStringLiteral("projectorThemeCard_%1").arg(theme.id));
        describe();
        update();
    }
    void describe() { setAccessibleName(ThemesView::tr("%1 · %n note(s)", nullptr, m_count).arg(m_theme.title)); }
    void setTitleLayout(const FittedText &title, const QRect &titleBox, const QFont &countFont)
    {
        m_text = title;
        m_box = titleBox;
        m_countFont = countFont;
        update();
    }

    Theme m_theme;
    int m_count = 0;
    FittedText m_text;
    QRect m_box;
    QFont m_countFont;

protected:
    void paintEvent(QPaintEvent *) override
    {
        const NoteColour colour = NoteColour::byKey(m_theme.colour);
        QPainter painter(this);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour.fill);
        painter.drawRect(rect());
        painter.setPen(colour.text);
        m_text.draw(&painter, m_box, Qt::AlignLeft | Qt::AlignTop);
        painter.setFont(m_countFont);
        const QRect count(m_box.left(), m_box.bottom() + 1, m_box.width(), height() - m_box.bottom() - 1);
        painter.drawText(count, Qt::AlignLeft | Qt::AlignVCenter, ThemesView::tr("%n note(s)", nullptr, m_count));
    }
};

ThemesView::ThemesView(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel), m_caption(new QLabel), m_area(new QWidget),
      m_empty(new QLabel(m_area))
{
    setObjectName(QStringLiteral("projectorThemes"));
    m_title->setObjectName(QStringLiteral("projectorThemesTitle"));
    m_caption->setObjectName(QStringLiteral("projectorThemesCaption"));
    m_empty->setObjectName(QStringLiteral("projectorThemesEmpty"));
    QPalette colours = palette();
    colours.setColor(QPalette::Window, projector::wall);
    colours.setColor(QPalette::WindowText, projector::ink);
    setPalette(colours);
    setAutoFillBackground(true);
    m_caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_area->installEventFilter(this);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_caption);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 24);
    layout->addLayout(heading);
    layout->addWidget(m_area, 1);

    if (document) {
        connect(document, &EventDocument::themesAdded, this, &ThemesView::sync);
        connect(document, &EventDocument::themesChanged, this, &ThemesView::sync);
        connect(document, &EventDocument::themesRemoved, this, &ThemesView::sync);
        // Notes joining, leaving, hidden or approved change the counts.
        connect(document, &EventDocument::notesAdded, this, &ThemesView::sync);
        connect(document, &EventDocument::notesChanged, this, &ThemesView::sync);
        connect(document, &EventDocument::notesRemoved, this, &ThemesView::sync);
    }
    sync();
    retranslate();
}

void ThemesView::sync()
{
    if (!m_document)
        return;
    QHash<qint64, int> counts; // the notes the room sees, and only those
    for (qint64 id : m_document->noteIds())
        if (const Note *note = m_document->note(id); note->isVisible() && note->themeId)
            ++counts[note->themeId];
    const QList<qint64> &themes = m_document->themeIds();
    while (m_cards.size() > themes.size())
        delete m_cards.takeLast();
    while (m_cards.size() < themes.size()) {
        m_cards.append(new ThemeCard(m_area));
        m_cards.constLast()->show();
    }
    for (int i = 0; i < themes.size(); ++i)
        m_cards.at(i)->setTheme(*m_document->theme(themes.at(i)), counts.value(themes.at(i)));
    m_caption->setText(tr("%n theme(s)", nullptr, int(themes.size())));
    if (isVisible())
        relayout(); // else when shown: notes pour in while the wall shows
}

void ThemesView::relayout()
{
    const int screenHeight = window()->height();
    const int floor = projector::floorPixels(screenHeight);
    m_title->setFont(projector::sized(font(), projector::headingPixels(screenHeight), true));
    const QFont captionFont = projector::sized(font(), projector::captionPixels(screenHeight));
    m_caption->setFont(captionFont);
    m_empty->setFont(captionFont);
    m_empty->setGeometry(m_area->rect());
    m_empty->setVisible(m_cards.isEmpty());
    if (m_cards.isEmpty())
        return;

    // The grid whose cards are the largest, none taller than three quarters of its width.
    const int count = int(m_cards.size());
    const int gap = std::max(8, screenHeight / 60);
    const QSize area = m_area->size();
    int columns = 1;
    qreal best = -1;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const qreal width = qreal(area.width() - (c - 1) * gap) / c;
        const qreal height = qreal(area.height() - (rows - 1) * gap) / rows;
        const qreal score = std::min(width * 0.6, height);
        if (width > 0 && height > 0 && score > best) {
            best = score;
            columns = c;
        }
    }
    const int rows = (count + columns - 1) / columns;
    const int width = std::max(1, (area.width() - (columns - 1) * gap) / columns);
    const int height = std::max(1, std::min((area.height() - (rows - 1) * gap) / rows, width * 3 / 4));
    const int top = std::max(0, (area.height() - rows * height - (rows - 1) * gap) / 2);

    // Titles in one size, the largest every card holds; the count on a line of its own.
    const int padding = std::max(8, height / 12);
    const QFont countFont = projector::sized(font(), std::max(floor, std::min(height / 7, captionFont.pixelSize())));
    const int countLine = QFontMetrics(countFont).lineSpacing() + padding / 2;
    const QSize box(width - 2 * padding, height - 2 * padding - countLine);
    const QFont preferred = projector::sized(font(), std::max(floor, std::min(height / 4, 56)), true);
    QFont common = preferred;
    for (const ThemeCard *card : std::as_const(m_cards))
        common.setPixelSize(
            std::min(common.pixelSize(), fitText(card->m_theme.title, preferred, box, floor).pixelSize()));
    for (int i = 0; i < count; ++i) {
        ThemeCard *card = m_cards.at(i);
        card->setGeometry((i % columns) * (width + gap), top + (i / columns) * (height + gap), width, height);
        card->setTitleLayout(fitText(card->m_theme.title, common, box, floor), QRect(QPoint(padding, padding), box),
                             countFont);
    }
}

QList<ThemesView::Title> ThemesView::titles() const
{
    QList<Title> titles;
    for (const ThemeCard *card : m_cards) {
        const QPoint offset = card->mapTo(this, QPoint(0, 0));
        titles.append({card->m_theme.id, card->m_theme.title, card->geometry().translated(m_area->pos()),
                       card->m_box.translated(offset), card->m_text});
    }
    return titles;
}

void ThemesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    relayout();
}

void ThemesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool ThemesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void ThemesView::retranslate()
{
    m_title->setText(tr("Themes"));
    m_empty->setText(tr("No themes yet."));
    m_caption->setText(tr("%n theme(s)", nullptr, int(m_cards.size())));
    for (ThemeCard *card : std::as_const(m_cards))
        card->describe();
    setAccessibleName(tr("Themes"));
}

void ThemesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
