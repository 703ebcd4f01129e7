#pragma once

#include <QString>

namespace cabildo {

/**
 * Masks e-mail addresses and phone numbers in text that leaves the event (notes, titles):
 * the export is public, and people do write "mail me at ana@example.org" on a sticky note.
 * Counts what it masked, so the organiser sees it in the report.
 */
class PrivacyMask
{
public:
    QString apply(const QString &text);
    int emails() const { return m_emails; }
    int phones() const { return m_phones; }

private:
    int m_emails = 0;
    int m_phones = 0;
};

} // namespace cabildo
