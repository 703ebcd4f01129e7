#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace cabildo {

/**
 * "New voting round": its name, the votes each person has (3 by default), an optional
 * cap on the votes one theme may get, and whether running totals stay hidden until the
 * facilitator reveals them (on by default, so early results do not steer later voters).
 */
class NewRoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRoundDialog(const QString &suggestedName, QWidget *parent = nullptr);

    QString name() const;
    int votesPerPerson() const;
    int capPerTheme() const; ///< 0: no cap
    bool totalsHidden() const;

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QSpinBox *m_votes = nullptr;
    QCheckBox *m_capCheck = nullptr;
    QSpinBox *m_cap = nullptr;
    QCheckBox *m_hideTotals = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cabildo
