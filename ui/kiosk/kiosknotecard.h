#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace cabildo {

/**
 * The kiosk's answer to a tap on a note (a touch screen has no hover): the whole note,
 * read-only, on a card over the kiosk with a Close button. Tapping beside the card
 * closes it too. Nothing on it edits the note.
 */
class KioskNoteCard : public QWidget
{
    Q_OBJECT

public:
    /** Hidden until showNote(); covers `parent` while shown. */
    explicit KioskNoteCard(QWidget *parent);

    /** Shows `details` (rich text: noteDetails()) with a button saying `closeText`. */
    void showNote(const QString &details, const QString &closeText);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_card;
    QScrollArea *m_scroll;
    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace cabildo
