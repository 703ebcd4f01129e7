#include "voteactions.h"

#include "document/eventdocument.h"
#include "imageexport.h"
#include "newrounddialog.h"
#include "talliesdialog.h"
#include "voteresultschart.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace cabildo {

VoteActions::VoteActions(QWidget *window)
    : QObject(window), m_window(window), m_menu(new QMenu(window)), m_roundMenu(new QMenu(m_menu)),
      m_roundGroup(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("menuVotes"));
    m_roundMenu->setObjectName(QStringLiteral("menuVoteRound"));
    auto make = [this](const char *name, auto slot) {
        auto *action = new QAction(m_window);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    m_newRound = make("actionNewVoteRound", &VoteActions::askNewRound);
    m_open = make("actionOpenVoteRound", [this] {
        if (const Outcome opened = m_document->openRound(m_currentRound); !opened)
            refused(tr("Cannot open the round"), opened);
        else
            m_document->setPhase(Phase::Vote); // the room votes now: every screen follows (issue 14)
    });
    m_close = make("actionCloseVoteRound", [this] {
        if (const Outcome closed = m_document->closeRound(m_currentRound); !closed)
            refused(tr("Cannot close the round"), closed);
    });
    m_reveal = make("actionRevealVoteTotals", [this] {
        if (const Outcome revealed = m_document->revealTotals(m_currentRound); !revealed)
            refused(tr("Cannot reveal the totals"), revealed);
    });
    m_remove = make("actionDeleteVoteRound", &VoteActions::askRemoveRound);
    m_tallies = make("actionEnterTallies", &VoteActions::enterTallies);
    m_showResults = make("actionShowVoteResults", [this] {
        if (m_document)
            emit resultsRequested(m_currentRound);
    });
    m_showResults->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_saveImage = make("actionSaveVoteResultsImage", [this] {
        ImageExport::saveWithDialog(m_window, tr("votes.png"),
                                    [this](const QString &path) { return saveResultsImage(path); });
    });

    m_menu->addAction(m_newRound);
    m_menu->addMenu(m_roundMenu);
    m_menu->addSeparator();
    m_menu->addActions({m_open, m_close, m_reveal, m_remove});
    m_menu->addSeparator();
    m_menu->addAction(m_tallies);
    m_menu->addActions({m_showResults, m_saveImage});
    retranslate();
    setDocument(nullptr);
}

QString VoteActions::saveResultsImage(const QString &path) const
{
    // Full HD: what a slide shows; the chart lays itself out for any size.
    VoteResultsChart chart;
    chart.setDocument(m_document);
    chart.setRound(m_currentRound);
    return ImageExport::write(
        path, QSize(1920, 1080), [&chart](QPainter *painter, const QRect &target) { chart.render(painter, target); },
        tr("Voting results"));
}

void VoteActions::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_currentRound = 0;
    if (document) {
        connect(document, &EventDocument::votesChanged, this, &VoteActions::votesChanged);
        connect(document, &EventDocument::themesAdded, this, &VoteActions::updateEnabled);
        connect(document, &EventDocument::themesRemoved, this, &VoteActions::updateEnabled);
        connect(document, &EventDocument::fileChanged, this, &VoteActions::updateEnabled);
    }
    votesChanged();
}

void VoteActions::retranslate()
{
    m_menu->setTitle(tr("&Votes"));
    m_roundMenu->setTitle(tr("&Round"));
    m_newRound->setText(tr("&New Voting Round…"));
    m_newRound->setStatusTip(tr("Dot voting on the themes, at the kiosk or on paper"));
    m_tallies->setText(tr("Enter &Paper Tallies…"));
    m_tallies->setStatusTip(tr("Type the dots counted on paper for each theme of the round"));
    m_showResults->setText(tr("Show &Results"));
    m_showResults->setStatusTip(tr("The round's results as a bar chart on the projector"));
    m_saveImage->setText(tr("Save Results &Image…"));
    m_saveImage->setStatusTip(tr("Save the round's chart as a PNG or SVG picture for slides"));
    updateEnabled();
}

void VoteActions::setCurrentRound(qint64 roundId)
{
    m_currentRound = roundId;
    fillRoundMenu();
    updateEnabled();
}

void VoteActions::votesChanged()
{
    // The open round is the one a facilitator means; otherwise keep the choice, or the newest.
    if (m_document && m_document->openRound())
        m_currentRound = m_document->openRound()->id;
    else if (!m_document || !m_document->round(m_currentRound))
        m_currentRound = m_document && !m_document->roundIds().isEmpty() ? m_document->roundIds().constLast() : 0;
    fillRoundMenu();
    updateEnabled();
}

void VoteActions::fillRoundMenu()
{
    m_roundMenu->clear();
    for (QAction *action : m_roundGroup->actions())
        m_roundGroup->removeAction(action);
    if (!m_document)
        return;
    for (qint64 id : m_document->roundIds()) {
        const VoteRound *round = m_document->round(id);
        QString text = round->name;
        if (round->state == RoundState::Open)
            //: A voting round in the Votes ▸ Round menu that is open for voting
            text = tr("%1 (open)").arg(round->name);
        else if (round->state == RoundState::Closed)
            //: A voting round in the Votes ▸ Round menu that was closed
            text = tr("%1 (closed)").arg(round->name);
        QAction *action = m_roundMenu->addAction(text);
        action->setObjectName(QStringLiteral("actionVoteRound_%1").arg(id));
        action->setCheckable(true);
        action->setChecked(id == m_currentRound);
        m_roundGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { setCurrentRound(id); });
    }
}

void VoteActions::updateEnabled()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const VoteRound *round = m_document ? m_document->round(m_currentRound) : nullptr;
    const bool anotherOpen = round && m_document->openRound() && m_document->openRound()->id != round->id;
    m_newRound->setEnabled(editable);
    m_roundMenu->setEnabled(m_document && !m_document->roundIds().isEmpty());
    // Only the moves the round's state allows: open when not open (and no other round is),
    // close when open, reveal while hidden.
    m_open->setEnabled(editable && round && round->state != RoundState::Open && !anotherOpen);
    m_close->setEnabled(editable && round && round->state == RoundState::Open);
    m_reveal->setEnabled(editable && round && round->totalsHidden);
    m_remove->setEnabled(editable && round && round->state != RoundState::Open);
    m_tallies->setEnabled(editable && round && m_document->themeCount() > 0);
    m_showResults->setEnabled(m_document != nullptr);
    m_saveImage->setEnabled(round != nullptr);

    const QString name = round ? round->name : QString();
    if (round && round->state == RoundState::Closed)
        //: Opens a closed voting round again; %1 is its name
        m_open->setText(tr("Re&open “%1”").arg(name));
    else
        m_open->setText(round ? tr("&Open “%1” for Voting").arg(name) : tr("&Open Round for Voting"));
    m_close->setText(round ? tr("&Close “%1”").arg(name) : tr("&Close Round"));
    m_reveal->setText(round ? tr("Re&veal Totals of “%1”").arg(name) : tr("Re&veal Totals"));
    m_remove->setText(round ? tr("&Delete “%1”…").arg(name) : tr("&Delete Round…"));
}

void VoteActions::askNewRound()
{
    if (!m_document)
        return;
    //: Suggested name of a new voting round
    NewRoundDialog dialog(tr("Round %1").arg(m_document->roundIds().size() + 1), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Outcome created = m_document->createRound(dialog.name(), dialog.votesPerPerson(), dialog.capPerTheme(),
                                                        dialog.totalsHidden());
        !created) {
        refused(tr("Cannot create the round"), created);
        return;
    }
    setCurrentRound(m_document->roundIds().constLast());
}

void VoteActions::askRemoveRound()
{
    const VoteRound *round = m_document ? m_document->round(m_currentRound) : nullptr;
    if (!round)
        return;
    // Ballots cannot be cast again: say how many go (Undo brings them back).
    const int ballots = int(m_document->ballots(round->id).size());
    const QString question =
        tr("Delete the voting round “%1” and its %n ballot(s)? Edit ▸ Undo brings them back.", nullptr, ballots)
            .arg(round->name);
    if (QMessageBox::question(m_window, tr("Delete Voting Round"), question) != QMessageBox::Yes)
        return;
    if (const Outcome removed = m_document->removeRound(round->id); !removed)
        refused(tr("Cannot delete the round"), removed);
}

void VoteActions::enterTallies()
{
    if (!m_document || !m_document->round(m_currentRound))
        return;
    TalliesDialog dialog(m_document, m_currentRound, m_window);
    dialog.exec();
}

void VoteActions::refused(const QString &title, const Outcome &outcome)
{
    if (outcome.error().isEmpty())
        return; // nothing to change: nothing to say
    // Window-modal and not blocking, like the main window's messages: tests find and close it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, outcome.error(), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("voteRefusedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cabildo
