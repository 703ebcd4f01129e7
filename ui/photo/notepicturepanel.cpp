#include "notepicturepanel.h"

#include "pictureview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cabildo {

namespace {
constexpr int gap = 8;
} // namespace

NotePicturePanel::NotePicturePanel(const QImage &picture, bool textChecked, QWidget *parent)
    : QFrame(parent), m_picture(new PictureView), m_caption(new QLabel), m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("notePicturePanel"));
    m_picture->setObjectName(QStringLiteral("notePicture"));
    m_caption->setObjectName(QStringLiteral("notePictureCaption"));
    m_remove->setObjectName(QStringLiteral("removePictureButton"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    m_remove->setFocusPolicy(Qt::NoFocus); // a click must not take the keyboard from the editor
    m_picture->setImage(picture);
    m_picture->setAccessibleName(tr("Picture of the note"));
    m_caption->setWordWrap(true);
    m_remove->setText(tr("Remove Picture"));
    m_remove->setAccessibleDescription(tr("Erases the picture from the event file; this cannot be undone"));
    if (textChecked) {
        m_caption->hide();
    } else {
        // The picture is what the proposed text is checked against: it stays until then.
        m_caption->setText(tr("The text is not checked yet: compare it with the picture, then press Enter."));
        m_remove->setEnabled(false);
        m_remove->setToolTip(tr("Check the text first"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    connect(m_remove, &QPushButton::clicked, this, &NotePicturePanel::removeRequested);
}

void NotePicturePanel::placeBeside(const QRect &editor, const QRect &room)
{
    // Most of the board's height, never wider than 60 % of it: large, and the note's editor
    // stays in sight beside it.
    const QSize chrome = sizeHint() - m_picture->sizeHint();
    const QSize image = m_picture->image().isNull() ? QSize(4, 3) : m_picture->image().size();
    QSize picture = image.scaled(QSize(room.width() * 6 / 10, room.height() * 75 / 100) - chrome, Qt::KeepAspectRatio);
    picture = picture.expandedTo(m_picture->minimumSizeHint());
    const QSize size(std::max(picture.width() + chrome.width(), m_remove->sizeHint().width() + 12),
                     picture.height() + chrome.height());
    const QRect candidates[] = {
        QRect(QPoint(editor.right() + gap, editor.top()), size),
        QRect(QPoint(editor.left() - gap - size.width(), editor.top()), size),
        QRect(QPoint(editor.left(), editor.bottom() + gap), size),
        QRect(QPoint(editor.left(), editor.top() - gap - size.height()), size),
    };
    QRect chosen = candidates[0];
    for (const QRect &candidate : candidates) {
        // Slid into the room vertically (or sideways, for above and below), it must not cover the editor.
        QRect slid = candidate;
        slid.moveTop(std::clamp(slid.top(), room.top(), std::max(room.top(), room.bottom() - slid.height())));
        slid.moveLeft(std::clamp(slid.left(), room.left(), std::max(room.left(), room.right() - slid.width())));
        if (room.contains(slid) && !slid.intersects(editor)) {
            chosen = slid;
            break;
        }
        if (&candidate == &candidates[0])
            chosen = slid; // nothing fits: beside it, over the board's edge of the editor
    }
    setGeometry(chosen);
}

} // namespace cabildo
