#include "boardpage.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "capturebar.h"
#include "document/eventdocument.h"
#include "preferences.h"
#include "refusalmessage.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cabildo {

BoardPage::BoardPage(QWidget *parent)
    : QWidget(parent), m_scene(new BoardScene(this)), m_view(new BoardView(m_scene)), m_capture(new CaptureBar),
      m_readOnlyBanner(new QLabel)
{
    m_view->setAcceptDrops(false); // files dropped on the board reach the window
    m_scene->setHighContrast(preferences::highContrast());

    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 8px; font-weight: bold"));
    m_readOnlyBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_capture);
    layout->addWidget(m_view, 1);

    connect(m_capture, &CaptureBar::noteEntered, this, &BoardPage::addTypedNote);
    connect(m_capture, &CaptureBar::linesPasted, this, &BoardPage::pasteLines);
    updateEditable();
}

void BoardPage::setDocument(EventDocument *document)
{
    m_view->finishEditing(true); // an edit in progress belongs to the event before
    if (m_document)
        m_document->disconnect(this);
    m_scene->setDocument(nullptr);
    m_document = document;
    m_readOnlyReason.clear();
    if (document) {
        m_scene->setDocument(document);
        connect(document, &EventDocument::fileChanged, this, [this] {
            m_readOnlyReason.clear(); // Save As from a read-only event gives a writable copy
            updateEditable();
        });
        // The window may not have its final size yet: keep fitting until the user takes over.
        m_view->fitAllUntilUserMoves();
    }
    updateEditable();
}

void BoardPage::focusCapture()
{
    if (m_capture->isEnabled())
        m_capture->lineEdit()->setFocus();
}

void BoardPage::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    updateEditable();
}

void BoardPage::updateEditable()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_scene->setEditable(editable);
    m_capture->setEnabled(editable);
    m_readOnlyBanner->setVisible(m_document && m_document->isReadOnly());
    m_readOnlyBanner->setText(m_readOnlyReason.isEmpty() ? tr("This event is open read-only: changes are disabled.")
                                                         : m_readOnlyReason);
}

void BoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateEditable();
    QWidget::changeEvent(event);
}

void BoardPage::addTypedNote(const QString &text, const QString &colourKey)
{
    if (!m_document)
        return;
    Note note = EventDocument::makeNote(text, NoteSource::Typed);
    note.colour = colourKey;
    if (!addNotes({note}))
        return; // the text stays in the bar, to shorten, split or try again
    m_capture->readyForNext();
    if (const Note *added = m_document->note(m_document->noteIds().constLast()))
        m_view->ensureVisible(QRectF(added->pos, Note::size()), 40, 40);
}

void BoardPage::pasteLines(const QString &text)
{
    if (!m_document || m_document->isReadOnly())
        return;
    QList<Note> notes;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        Note note = EventDocument::makeNote(line, NoteSource::Pasted);
        note.colour = m_capture->colourKey();
        notes.append(note);
    }
    if (notes.isEmpty())
        return;
    if (notes.size() > 1) {
        QMessageBox box(QMessageBox::Question, tr("Paste as notes"),
                        tr("Add %n note(s), one for each line of the pasted text?", nullptr, int(notes.size())),
                        QMessageBox::Yes | QMessageBox::Cancel, window());
        box.setObjectName(QStringLiteral("pasteConfirmation"));
        box.button(QMessageBox::Yes)->setText(tr("Add %n note(s)", nullptr, int(notes.size())));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    addNotes(notes);
}

bool BoardPage::addNotes(const QList<Note> &notes)
{
    return bool(runShowingRefusal(m_document, this, tr("Note not added"), [&] { return m_document->addNotes(notes); }));
}

} // namespace cabildo
