#pragma once

#include "agendalistdialog.h"
#include "model/session.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cabildo {

/**
 * One session: title, description, host, language, whether it needs an accessible room,
 * and the session slots the host can make (all ticked: any slot).
 */
class SessionEditDialog : public QDialog
{
    Q_OBJECT

public:
    SessionEditDialog(const Session &session, const EventDocument &document, QWidget *parent);
    Session session() const;

private:
    Session m_session;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_host;
    QCheckBox *m_hostNamed;
    QComboBox *m_language;
    QCheckBox *m_needsAccessible;
    QList<QCheckBox *> m_slotChecks; ///< one per session slot, its UUID in the "uuid" property
};

/** Agenda ▸ Sessions: the candidate sessions, from themes or added by hand. */
class SessionsDialog : public AgendaListDialog
{
    Q_OBJECT

public:
    SessionsDialog(EventDocument *document, QWidget *parent);

protected:
    void fill() override;
    void addItem() override;
    void editItem(qint64 id) override;
    void removeItem(qint64 id) override;

private:
    QPushButton *m_fromThemes;
};

} // namespace cabildo
