#include "newrounddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cabildo {

NewRoundDialog::NewRoundDialog(const QString &suggestedName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newRoundDialog"));
    setWindowTitle(tr("New voting round"));

    m_name = new QLineEdit(suggestedName);
    m_name->setObjectName(QStringLiteral("newRoundName"));
    m_name->selectAll();

    m_votes = new QSpinBox;
    m_votes->setObjectName(QStringLiteral("newRoundVotes"));
    m_votes->setRange(1, 99);
    m_votes->setValue(3); // the usual number of dots in dot voting

    // The cap is optional: a check box says whether there is one, the spin box how much.
    m_capCheck = new QCheckBox(tr("&Limit the votes one theme can get"));
    m_capCheck->setObjectName(QStringLiteral("newRoundCapCheck"));
    m_cap = new QSpinBox;
    m_cap->setObjectName(QStringLiteral("newRoundCap"));
    m_cap->setRange(1, 100000);
    m_cap->setValue(20);
    m_cap->setEnabled(false);
    m_cap->setAccessibleName(tr("Most votes per theme"));
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_capCheck, 1);
    capRow->addWidget(m_cap);
    connect(m_capCheck, &QCheckBox::toggled, m_cap, &QWidget::setEnabled);

    m_hideTotals = new QCheckBox(tr("&Hide running totals until revealed"));
    m_hideTotals->setObjectName(QStringLiteral("newRoundHideTotals"));
    m_hideTotals->setChecked(true);
    m_hideTotals->setToolTip(tr("Early results on the screen steer the people who vote later"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: Name of a voting round, e.g. "Day 1"
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Votes per person:"), m_votes);
    form->addRow(capRow);
    form->addRow(m_hideTotals);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("newRoundButtons"));
    //: OK button of the "New voting round" dialog
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Round"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewRoundDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    validate();
    setMinimumWidth(420);
}

QString NewRoundDialog::name() const
{
    return m_name->text().trimmed();
}

int NewRoundDialog::votesPerPerson() const
{
    return m_votes->value();
}

int NewRoundDialog::capPerTheme() const
{
    return m_capCheck->isChecked() ? m_cap->value() : 0;
}

bool NewRoundDialog::totalsHidden() const
{
    return m_hideTotals->isChecked();
}

void NewRoundDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

} // namespace cabildo
