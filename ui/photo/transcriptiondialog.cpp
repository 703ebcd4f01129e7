#include "transcriptiondialog.h"

#include "document/eventdocument.h"
#include "pictureview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cabildo {

namespace {
constexpr int textLines = 3; // most notes are a line or two; more scroll
} // namespace

TranscriptionDialog::TranscriptionDialog(EventDocument *document, const QList<qint64> &noteIds, QWidget *parent)
    : QDialog(parent), m_document(document), m_noteIds(noteIds), m_pages(new QStackedWidget),
      m_picture(new PictureView), m_text(new QPlainTextEdit), m_position(new QLabel), m_hint(new QLabel),
      m_status(new QLabel), m_done(new QLabel), m_accept(new QPushButton), m_skip(new QPushButton),
      m_close(new QPushButton)
{
    setObjectName(QStringLiteral("transcriptionDialog"));
    m_picture->setObjectName(QStringLiteral("transcriptionPicture"));
    m_text->setObjectName(QStringLiteral("transcriptionText"));
    m_position->setObjectName(QStringLiteral("transcriptionPosition"));
    m_hint->setObjectName(QStringLiteral("transcriptionHint"));
    m_status->setObjectName(QStringLiteral("transcriptionStatus"));
    m_status->setWordWrap(true);
    QPalette warning = m_status->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_status->setPalette(warning);
    m_done->setObjectName(QStringLiteral("transcriptionDone"));
    m_accept->setObjectName(QStringLiteral("transcriptionAccept"));
    m_skip->setObjectName(QStringLiteral("transcriptionSkip"));
    m_close->setObjectName(QStringLiteral("transcriptionClose"));

    // The text as large as on the board, so a wrong letter shows as clearly as in the picture.
    QFont large = font();
    large.setPointSizeF(std::max(14.0, large.pointSizeF() * 1.5));
    m_text->setFont(large);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(QFontMetrics(large).lineSpacing() * textLines + 2 * m_text->frameWidth()
                           + 2 * int(m_text->document()->documentMargin()));
    m_text->installEventFilter(this);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_typed = true;
    });
    QFont bold = m_position->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_position->setFont(bold);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_done->setAlignment(Qt::AlignCenter);
    m_done->setWordWrap(true);
    m_done->setFont(bold);

    auto *notePage = new QWidget;
    auto *noteLayout = new QVBoxLayout(notePage);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_picture, 1);
    noteLayout->addWidget(m_text);
    m_pages->addWidget(notePage);
    m_pages->addWidget(m_done);

    auto *top = new QHBoxLayout;
    top->addWidget(m_position);
    top->addWidget(m_hint, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_accept);
    for (QPushButton *button : {m_accept, m_skip, m_close}) {
        button->setAutoDefault(false); // Enter belongs to the text box: it accepts
        button->setMinimumHeight(36);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &TranscriptionDialog::acceptCurrent);
    connect(m_skip, &QPushButton::clicked, this, &TranscriptionDialog::skip);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    if (m_document)
        connect(m_document, &EventDocument::notesChanged, this, &TranscriptionDialog::notesChanged);

    // Most of the window: the picture is the point.
    if (parent) {
        resize(parent->window()->size() * 0.92); // the window fits its screen: so does this
    } else {
        resize(1000, 720);
    }
    retranslate();
    m_index = nextWaiting(0);
    showCurrent();
}

void TranscriptionDialog::retranslate()
{
    setWindowTitle(tr("Transcribe Photo Notes"));
    m_accept->setText(tr("Accept and Next"));
    m_skip->setText(tr("&Skip"));
    m_close->setText(tr("Close"));
    m_hint->setText(tr("Enter accepts the text and shows the next note · Shift+Enter starts a new line · "
                       "Alt+S skips · Ctrl+Z goes back to the last note accepted"));
    m_text->setPlaceholderText(tr("Type what the note says"));
    m_picture->setAccessibleName(tr("Picture of the note"));
    m_text->setAccessibleName(tr("Text of the note"));
    m_text->setAccessibleDescription(tr("Correct the proposed text, then press Enter to accept it"));
    // The key's name as Qt's own translations give it ("Entrée", "Intro"…).
    m_accept->setToolTip(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
    showCurrent();
}

void TranscriptionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

qint64 TranscriptionDialog::currentNoteId() const
{
    return m_index < m_noteIds.size() ? m_noteIds.at(m_index) : 0;
}

int TranscriptionDialog::nextWaiting(int index) const
{
    while (index < m_noteIds.size() && !(m_document && m_document->note(m_noteIds.at(index))))
        ++index;
    return index;
}

void TranscriptionDialog::setText(const QString &text)
{
    m_filling = true;
    m_text->setPlainText(text);
    m_text->selectAll(); // typing replaces a wrong proposal; Enter keeps a right one
    m_filling = false;
    m_typed = false;
}

void TranscriptionDialog::showCurrent()
{
    const int total = int(m_noteIds.size());
    const Note *note = m_document ? m_document->note(currentNoteId()) : nullptr;
    if (!note) {
        m_pages->setCurrentWidget(m_done);
        m_position->setText(QString());
        const int left = m_document ? int(m_document->uncheckedNoteIds().size()) : 0;
        m_done->setText(left == 0 ? tr("Every note is checked.")
                                  //: After going through the notes; some were skipped
                                  : tr("%n note(s) still to check.", nullptr, left));
        m_accept->setEnabled(false);
        m_skip->setEnabled(false);
        m_close->setFocus();
        return;
    }
    m_pages->setCurrentWidget(m_text->parentWidget());
    //: Where the facilitator is in the notes to check: "12 of 100"
    m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(total));
    m_picture->setImage(m_document->noteImage(note->id));
    setText(note->text);
    m_accept->setEnabled(true);
    m_skip->setEnabled(true);
    m_status->clear();
    m_text->setFocus();
}

bool TranscriptionDialog::acceptCurrent()
{
    const qint64 id = currentNoteId();
    if (!m_document || !id)
        return false;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        // Said here, not in a box: the facilitator's hands stay on the keys.
        m_status->setText(tr("Type the note's text first, or skip it (Alt+S)."));
        return false;
    }
    bool writeFailed = false; // the main window reports a write the file refused
    const auto watch = connect(m_document, &EventDocument::storageFailed, this, [&writeFailed] { writeFailed = true; });
    const Outcome accepted = m_document->acceptTranscription(id, text);
    disconnect(watch);
    if (!accepted && (writeFailed || !accepted.error().isEmpty())) {
        m_status->setText(writeFailed ? QString() : accepted.error());
        return false;
    }
    if (accepted) // unchanged: already checked with this text, nothing to undo
        m_accepted.append({m_index, m_document->undoStack()->index()});
    m_index = nextWaiting(m_index + 1);
    showCurrent();
    return true;
}

void TranscriptionDialog::skip()
{
    if (m_index >= m_noteIds.size())
        return;
    m_index = nextWaiting(m_index + 1);
    showCurrent();
}

bool TranscriptionDialog::undoLastAcceptance()
{
    if (!m_document || m_accepted.isEmpty())
        return false;
    QUndoStack *stack = m_document->undoStack();
    const Acceptance last = m_accepted.constLast();
    // Only our own step: if anything came after it, undo would take that back instead.
    if (stack->index() != last.undoIndex || !stack->canUndo())
        return false;
    stack->undo();
    m_accepted.removeLast();
    m_index = last.index;
    showCurrent();
    return true;
}

void TranscriptionDialog::notesChanged(const QList<qint64> &ids)
{
    // The background reading proposes a text while the note shows: take it, unless the
    // facilitator has started typing.
    const qint64 id = currentNoteId();
    if (!id || m_typed || !ids.contains(id) || m_pages->currentWidget() == m_done)
        return;
    if (const Note *note = m_document->note(id); note && note->text != m_text->toPlainText())
        setText(note->text);
}

bool TranscriptionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            acceptCurrent();
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            undoLastAcceptance();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TranscriptionDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undoLastAcceptance();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace cabildo
