#pragma once

#include "document/eventdocument.h"

#include <QMessageBox>
#include <QWidget>

namespace cabildo {

/**
 * Runs one document action and, when the event refused it for a reason no other message
 * gives (a note too long), says why in a box named "noteRefused". A write the file refused
 * is not repeated here: the window reports every storageFailed. Not blocking, like the
 * window's other messages.
 */
template <typename Action>
Outcome runShowingRefusal(EventDocument *document, QWidget *parent, const QString &title, Action action)
{
    bool writeFailed = false;
    const auto watch =
        QObject::connect(document, &EventDocument::storageFailed, parent, [&writeFailed] { writeFailed = true; });
    const Outcome outcome = action();
    QObject::disconnect(watch);
    if (!outcome && !writeFailed && !outcome.error().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, outcome.error(), QMessageBox::Ok, parent->window());
        box->setObjectName(QStringLiteral("noteRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return outcome;
}

} // namespace cabildo
