#include "talliesdialog.h"

#include "document/eventdocument.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cabildo {

TalliesDialog::TalliesDialog(EventDocument *document, qint64 roundId, QWidget *parent)
    : QDialog(parent), m_document(document), m_roundId(roundId)
{
    setObjectName(QStringLiteral("talliesDialog"));
    const VoteRound *round = document->round(roundId);
    setWindowTitle(tr("Paper tallies: %1").arg(round ? round->name : QString()));

    auto *intro = new QLabel(tr("Type the dots counted on paper for each theme. They add to the theme's votes "
                                "in the results; 0 means none."));
    intro->setWordWrap(true);

    // Many themes must not make the dialog taller than the screen: the list scrolls.
    auto *list = new QWidget;
    // A grid rather than a form layout: titles take the width and wrap only when long.
    auto *grid = new QGridLayout(list);
    grid->setColumnStretch(0, 1);
    grid->setContentsMargins(0, 0, 0, 0);
    for (qint64 id : document->themeIds()) {
        const Theme *theme = document->theme(id);
        auto *spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("tallySpin_%1").arg(id));
        spin->setRange(0, 1000000);
        spin->setValue(document->tally(roundId, theme->uuid));
        spin->setAccessibleName(tr("Paper votes for %1").arg(theme->title));
        auto *label = new QLabel(theme->title);
        label->setWordWrap(true);
        label->setBuddy(spin);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0);
        grid->addWidget(spin, row, 1, Qt::AlignTop);
        m_spins.insert(id, spin);
    }
    if (m_spins.isEmpty())
        grid->addWidget(new QLabel(tr("This event has no themes yet: make themes on the board first.")), 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("talliesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("talliesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TalliesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool TalliesDialog::save(QString *error)
{
    for (qint64 id : m_document->themeIds()) {
        QSpinBox *spin = m_spins.value(id);
        const Theme *theme = m_document->theme(id);
        if (!spin || m_document->tally(m_roundId, theme->uuid) == spin->value())
            continue;
        if (const Outcome set = m_document->setTally(m_roundId, id, spin->value()); !set) {
            if (error)
                *error = set.error();
            return false;
        }
    }
    return true;
}

void TalliesDialog::accept()
{
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(this, tr("Tallies not saved"), error);
        return;
    }
    QDialog::accept();
}

} // namespace cabildo
