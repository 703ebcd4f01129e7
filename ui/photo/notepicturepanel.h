#pragma once

#include <QFrame>
#include <QImage>

class QLabel;
class QPushButton;

namespace cabildo {

class PictureView;

/**
 * A photo note's picture beside its editor on the board, large: the text is checked
 * against it. "Remove Picture" erases it once the text is checked (before, the picture is
 * what the text is checked against). The editor keeps the keyboard: nothing here takes focus.
 */
class NotePicturePanel : public QFrame
{
    Q_OBJECT

public:
    NotePicturePanel(const QImage &picture, bool textChecked, QWidget *parent);

    /** Beside `editor` (right, left, below or above, the first that fits in `room`), about half the room high. */
    void placeBeside(const QRect &editor, const QRect &room);
    PictureView *picture() const { return m_picture; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();

private:
    PictureView *m_picture;
    QLabel *m_caption;
    QPushButton *m_remove;
};

} // namespace cabildo
