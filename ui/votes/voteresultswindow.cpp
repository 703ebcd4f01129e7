#include "voteresultswindow.h"

#include "imageexport.h"

#include "document/eventdocument.h"
#include "voteresultschart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cabildo {

VoteResultsWindow::VoteResultsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_controls(new QWidget), m_roundCombo(new QComboBox), m_roundLabel(new QLabel),
      m_revealButton(new QPushButton), m_fullScreenButton(new QPushButton), m_saveImageButton(new QPushButton),
      m_chart(new VoteResultsChart)
{
    setObjectName(QStringLiteral("voteResultsWindow"));
    m_roundCombo->setObjectName(QStringLiteral("voteResultsRoundCombo"));
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roundLabel->setBuddy(m_roundCombo);
    m_revealButton->setObjectName(QStringLiteral("voteResultsRevealButton"));
    m_fullScreenButton->setObjectName(QStringLiteral("voteResultsFullScreenButton"));
    m_saveImageButton->setObjectName(QStringLiteral("voteResultsSaveImageButton"));

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(8, 8, 8, 0);
    controls->addWidget(m_roundLabel);
    controls->addWidget(m_roundCombo);
    controls->addStretch(1);
    controls->addWidget(m_revealButton);
    controls->addWidget(m_saveImageButton);
    controls->addWidget(m_fullScreenButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_controls);
    layout->addWidget(m_chart, 1);

    connect(m_roundCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setRound(m_roundCombo->currentData().toLongLong());
        updateControls();
    });
    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->revealTotals(m_chart->roundId());
    });
    connect(m_fullScreenButton, &QPushButton::clicked, this, [this] { setFullScreenMode(true); });
    connect(m_saveImageButton, &QPushButton::clicked, this, [this] {
        ImageExport::saveWithDialog(this, tr("votes.png"), [this](const QString &path) { return saveImage(path); });
    });

    retranslate();
    resize(960, 600);
}

void VoteResultsWindow::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_chart->setDocument(document);
    if (document)
        connect(document, &EventDocument::votesChanged, this, &VoteResultsWindow::fillRounds);
    fillRounds();
}

void VoteResultsWindow::showRound(qint64 roundId)
{
    const int index = m_roundCombo->findData(roundId);
    if (index >= 0)
        m_roundCombo->setCurrentIndex(index);
}

void VoteResultsWindow::fillRounds()
{
    // Rounds come and go with undo: keep the one shown when it is still there.
    const qint64 shown = m_chart->roundId();
    QSignalBlocker blocker(m_roundCombo);
    m_roundCombo->clear();
    if (m_document)
        for (qint64 id : m_document->roundIds())
            m_roundCombo->addItem(m_document->round(id)->name, id);
    int index = m_roundCombo->findData(shown);
    if (index < 0)
        index = m_roundCombo->count() - 1; // the newest round
    m_roundCombo->setCurrentIndex(index);
    blocker.unblock();
    m_chart->setRound(m_roundCombo->currentData().toLongLong());
    updateControls();
}

void VoteResultsWindow::updateControls()
{
    const VoteRound *round = m_document ? m_document->round(m_chart->roundId()) : nullptr;
    m_revealButton->setEnabled(round && round->totalsHidden && !m_document->isReadOnly());
    m_roundCombo->setEnabled(m_roundCombo->count() > 0);
}

void VoteResultsWindow::setFullScreenMode(bool on)
{
    // The projector shows the chart alone; the controls come back with the window.
    m_controls->setVisible(!on);
    if (on)
        showFullScreen();
    else
        showNormal();
}

void VoteResultsWindow::keyPressEvent(QKeyEvent *event)
{
    if (isFullScreen() && event->key() == Qt::Key_Escape) {
        setFullScreenMode(false);
        return;
    }
    if (event->key() == Qt::Key_F11) {
        setFullScreenMode(!isFullScreen());
        return;
    }
    QWidget::keyPressEvent(event);
}

void VoteResultsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString VoteResultsWindow::saveImage(const QString &path) const
{
    // Full HD: what a slide shows; the chart lays itself out for any size.
    return ImageExport::write(
        path, QSize(1920, 1080), [this](QPainter *painter, const QRect &target) { m_chart->render(painter, target); },
        windowTitle());
}

void VoteResultsWindow::retranslate()
{
    setWindowTitle(tr("Voting results"));
    //: Label of the list of voting rounds in the results window
    m_roundLabel->setText(tr("&Round:"));
    m_revealButton->setText(tr("Re&veal Totals"));
    m_revealButton->setToolTip(tr("Show the numbers of this round to everyone"));
    m_fullScreenButton->setText(tr("&Full Screen"));
    m_fullScreenButton->setToolTip(tr("Show only the chart, for the projector (Esc leaves)"));
    m_saveImageButton->setText(tr("&Save Image…"));
    m_saveImageButton->setToolTip(tr("Save the chart as a PNG or SVG picture for slides"));
}

} // namespace cabildo
