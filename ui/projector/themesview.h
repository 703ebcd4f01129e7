#pragma once

#include "fittedtext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace cabildo {

class EventDocument;
class ThemeCard;

/**
 * The themes on the projector: one card per theme in its colour, its title as large as
 * every card allows (one size for all, never under the room's floor) and how many notes
 * the room sees in it, in a grid that fills the screen. Re-syncs from the document.
 */
class ThemesView : public QWidget
{
    Q_OBJECT

public:
    explicit ThemesView(EventDocument *document, QWidget *parent = nullptr);

    /** A theme's card as drawn, in this view's coordinates. */
    struct Title
    {
        qint64 themeId = 0;
        QString title;
        QRect card;
        QRect box; ///< where the title's lines go
        FittedText text;
    };
    QList<Title> titles() const;
    /** Lays the cards out now rather than on the next turn of the event loop. */
    void relayout();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void retranslate();

    QPointer<EventDocument> m_document;
    QLabel *m_title;
    QLabel *m_caption;
    QWidget *m_area;
    QLabel *m_empty;
    QList<ThemeCard *> m_cards; ///< in the themes' order
};

} // namespace cabildo
