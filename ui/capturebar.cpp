#include "capturebar.h"

#include "model/notecolour.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace cabildo {

namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(colour);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(0, 0, 19, 19);
    return QIcon(pixmap);
}
} // namespace

CaptureBar::CaptureBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_colour(new QComboBox(this)), m_addButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("captureBar"));
    m_edit->setObjectName(QStringLiteral("captureEdit"));
    m_colour->setObjectName(QStringLiteral("captureColour"));
    m_addButton->setObjectName(QStringLiteral("captureAddButton"));

    QFont bigger = m_edit->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    m_edit->setFont(bigger);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    for (const NoteColour &colour : NoteColour::palette())
        m_colour->addItem(swatch(colour.fill), colour.displayName(), colour.key);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_colour);
    layout->addWidget(m_addButton);

    connect(m_edit, &QLineEdit::returnPressed, this, &CaptureBar::submit);
    connect(m_addButton, &QPushButton::clicked, this, &CaptureBar::submit);
    retranslate();
}

QString CaptureBar::colourKey() const
{
    return m_colour->currentData().toString();
}

void CaptureBar::submit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    emit noteEntered(text, colourKey());
}

void CaptureBar::chainFocus(QWidget *next)
{
    setTabOrder(m_edit, m_colour);
    setTabOrder(m_colour, m_addButton);
    setTabOrder(m_addButton, next);
}

void CaptureBar::readyForNext()
{
    // setText, not clear(): it also empties the field's own undo history, so the next
    // Ctrl+Z undoes the note on the board instead of bringing the typed text back.
    m_edit->setText(QString());
    m_edit->setFocus();
}

bool CaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit claims Ctrl+Z / Ctrl+Shift+Z even with nothing of its own to undo. Then
    // let them reach the window's Undo and Redo, so "type, Enter, Ctrl+Z" undoes the note.
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !m_edit->isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !m_edit->isRedoAvailable())
            || (key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
                && !m_edit->isRedoAvailable())) {
            event->ignore();
            return true;
        }
    }
    // QLineEdit would flatten a pasted list into one line: offer one note per line instead.
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (text.trimmed().contains(QLatin1Char('\n'))) {
            emit linesPasted(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptureBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Type a note and press Enter (paste several lines to add many)"));
    m_edit->setAccessibleName(tr("New note"));
    m_colour->setToolTip(tr("Colour of new notes"));
    m_colour->setAccessibleName(tr("Colour of new notes"));
    for (int i = 0; i < m_colour->count(); ++i)
        m_colour->setItemText(i, NoteColour::byKey(m_colour->itemData(i).toString()).displayName());
    //: Button that adds the typed note to the board
    m_addButton->setText(tr("Add"));
}

} // namespace cabildo
