#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLayout;
class QScrollArea;
class QTranslator;
class QVBoxLayout;

namespace cabildo {

class EventDocument;

/**
 * The agenda for participants at the kiosk, in the Agenda and Publish phases (issue 14):
 * each time slot in order, and in it what runs in each room, in large type, one slot
 * under the other so that twelve rooms read as well as two. Breaks and plenaries are
 * there too, so the day reads top to bottom. A finger drags the list. It follows every
 * change to the agenda, and speaks the language chosen with the kiosk's language buttons.
 */
class KioskAgenda : public QWidget
{
    Q_OBJECT

public:
    explicit KioskAgenda(EventDocument *document, QWidget *parent = nullptr);

    /** The kiosk form's translator (may be null: English) and its language key. */
    void setLanguage(const QTranslator *translator, const QString &languageKey);
    /** The Publish phase: the agenda is final; in the Agenda phase it is still being made. */
    void setFinal(bool final);
    /**
     * Small, whatever the width: the list scrolls in the height the kiosk gives it. (The
     * kiosk's pages share a QStackedWidget, which asks for the tallest page's height: a
     * whole agenda's would make the note form scroll.)
     */
    QSize sizeHint() const override { return {360, 240}; }
    bool hasHeightForWidth() const override { return false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString ktr(const char *source, const char *disambiguation = nullptr, int n = -1) const;
    void rebuild();
    QLabel *addLabel(QLayout *layout, const QString &text, const QFont &font, const char *objectName);

    QPointer<EventDocument> m_document;
    const QTranslator *m_translator = nullptr;
    QString m_language;
    bool m_final = false;
    QLabel *m_heading;
    QScrollArea *m_scroll;
    QElapsedTimer m_dragClock;
};

} // namespace cabildo
