#include "openevent.h"

#include "document/eventdocument.h"
#include "document/languageworker.h"

namespace cabildo {

OpenEvent::OpenEvent(QObject *parent) : QObject(parent) {}

OpenEvent::~OpenEvent()
{
    release(); // without a signal: who would hear it may be half destroyed
}

void OpenEvent::addBorrower(EventBorrower *borrower)
{
    m_borrowers.push_back(borrower);
    if (m_document)
        borrower->setDocument(m_document.get());
}

void OpenEvent::replace(std::unique_ptr<EventDocument> document)
{
    if (!m_document && !document)
        return;
    if (m_document) {
        emit aboutToClose(m_document.get());
        release();
    }
    m_document = std::move(document);
    if (m_document) {
        m_languageWorker = std::make_unique<LanguageWorker>(m_document.get());
        for (EventBorrower *borrower : m_borrowers)
            borrower->setDocument(m_document.get());
    }
    emit replaced(m_document.get());
}

void OpenEvent::close()
{
    replace(nullptr);
}

void OpenEvent::release()
{
    if (!m_document)
        return;
    for (auto it = m_borrowers.rbegin(); it != m_borrowers.rend(); ++it)
        (*it)->setDocument(nullptr);
    m_languageWorker.reset(); // its thread works on the event: it stops before the event goes
    m_document.reset();
}

} // namespace cabildo
