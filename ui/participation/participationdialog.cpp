#include "participationdialog.h"

#include "document/eventdocument.h"
#include "document/participationdesk.h"
#include "networkinterfaces.h"
#include "qrcodewidget.h"
#include "qrprojectorwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace cabildo {

namespace {

constexpr int deviceIdRole = Qt::UserRole;
constexpr int deviceBlockedRole = Qt::UserRole + 1;

QLabel *namedLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    return label;
}

QPushButton *namedButton(const char *name)
{
    auto *button = new QPushButton;
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false);
    return button;
}

/** The projector is usually the screen the facilitator's window is not on. */
QScreen *projectorScreen(const QWidget *facilitator)
{
    const QScreen *own = facilitator->screen();
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != own)
            return screen;
    return facilitator->screen();
}

} // namespace

ParticipationDialog::ParticipationDialog(QWidget *parent)
    : QDialog(parent), m_reachabilityTimer(new QTimer(this)), m_devicesRefresh(new QTimer(this)),
      m_intro(namedLabel("participationIntro")), m_networkLabel(new QLabel), m_network(new QComboBox),
      m_refreshNetworks(namedButton("refreshNetworksButton")), m_moderation(new QCheckBox),
      m_open(namedButton("openParticipationButton")), m_error(namedLabel("participationError")),
      m_openArea(new QWidget), m_urlHeading(new QLabel), m_url(namedLabel("participantUrlLabel")),
      m_copyUrl(namedButton("copyParticipantUrlButton")), m_qr(new QrCodeWidget),
      m_joinCode(namedLabel("joinCodeLabel")), m_counts(namedLabel("participationCounts")),
      m_projectorButton(namedButton("qrProjectorButton")), m_newLink(namedButton("newLinkButton")),
      m_close(namedButton("closeParticipationButton")), m_reachabilityLink(namedLabel("reachabilityLink")),
      m_reachabilityHelp(namedLabel("reachabilityHelp")), m_devicesHeading(new QLabel), m_devices(new QListWidget),
      m_block(namedButton("blockDeviceButton"))
{
    setObjectName(QStringLiteral("participationDialog"));
    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_moderation->setObjectName(QStringLiteral("moderationCheck"));
    m_qr->setObjectName(QStringLiteral("participantQr"));
    m_devices->setObjectName(QStringLiteral("devicesList"));
    m_openArea->setObjectName(QStringLiteral("participationOpenArea"));
    m_networkLabel->setBuddy(m_network);
    m_devicesHeading->setBuddy(m_devices);

    // What phones show is plain text; the address and code are copied or read off, never markup.
    for (QLabel *label : {m_url, m_joinCode, m_counts, m_error})
        label->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_joinCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_url->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_url->setFont(large);
    m_url->setWordWrap(false); // an address over two lines is mistyped
    QFont medium = m_joinCode->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.25);
    m_joinCode->setFont(medium);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_reachabilityLink->setTextFormat(Qt::RichText);
    m_reachabilityHelp->setTextFormat(Qt::RichText);
    m_reachabilityHelp->setFrameShape(QFrame::StyledPanel);
    m_reachabilityHelp->setMargin(8);
    m_reachabilityHelp->hide();
    m_open->setDefault(true);
    m_projectorButton->setCheckable(true);
    m_devices->setAlternatingRowColors(true);
    m_devices->setIconSize(QSize(16, 16));

    // Before opening.
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(m_refreshNetworks);
    auto *setup = new QFormLayout;
    setup->addRow(m_networkLabel, networkRow);
    setup->addRow(QString(), m_moderation);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);

    // Once open.
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_projectorButton);
    actions->addWidget(m_newLink);
    actions->addStretch(1);
    actions->addWidget(m_close);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_joinCode);
    facts->addSpacing(12);
    facts->addWidget(m_counts);
    facts->addStretch(1);
    facts->addWidget(m_reachabilityLink);
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qr, 1);
    qrRow->addLayout(facts, 1);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_devices, 1);
    auto *deviceButtons = new QVBoxLayout;
    deviceButtons->addWidget(m_block);
    deviceButtons->addStretch(1);
    deviceRow->addLayout(deviceButtons);
    auto *openLayout = new QVBoxLayout(m_openArea);
    openLayout->setContentsMargins(0, 0, 0, 0);
    openLayout->addWidget(m_urlHeading);
    openLayout->addLayout(urlRow);
    openLayout->addLayout(qrRow, 3);
    openLayout->addWidget(m_reachabilityHelp);
    openLayout->addLayout(actions);
    openLayout->addSpacing(8);
    openLayout->addWidget(m_devicesHeading);
    openLayout->addLayout(deviceRow, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(setup);
    layout->addLayout(openRow);
    layout->addWidget(m_error);
    layout->addWidget(m_openArea, 1);
    layout->addStretch(0); // takes the room while participation is closed (see syncLink)

    m_reachabilityTimer->setObjectName(QStringLiteral("reachabilityTimer"));
    m_reachabilityTimer->setSingleShot(true);
    m_reachabilityTimer->setInterval(reachabilityDelayMs);
    connect(m_reachabilityTimer, &QTimer::timeout, this, &ParticipationDialog::checkReachability);
    m_devicesRefresh->setSingleShot(true);
    m_devicesRefresh->setInterval(200);
    connect(m_devicesRefresh, &QTimer::timeout, this, &ParticipationDialog::syncDevices);

    connect(m_refreshNetworks, &QPushButton::clicked, this, &ParticipationDialog::refreshNetworks);
    connect(m_open, &QPushButton::clicked, this, &ParticipationDialog::openParticipation);
    connect(m_close, &QPushButton::clicked, this, &ParticipationDialog::closeParticipation);
    connect(m_newLink, &QPushButton::clicked, this, &ParticipationDialog::askNewLink);
    connect(m_projectorButton, &QPushButton::clicked, this, &ParticipationDialog::toggleProjector);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_block, &QPushButton::clicked, this, &ParticipationDialog::askBlock);
    connect(m_devices, &QListWidget::currentRowChanged, this, &ParticipationDialog::updateBlockButton);
    connect(m_reachabilityLink, &QLabel::linkActivated, this,
            [this] { m_reachabilityHelp->setVisible(!m_reachabilityHelp->isVisible()); });
    connect(m_moderation, &QCheckBox::toggled, this, [this](bool on) {
        // While open, the change holds from the next note on; before, it is what Open uses.
        if (m_desk && m_desk->isOpen())
            if (const Outcome changed = m_desk->setModerated(on); !changed && !changed.error().isEmpty())
                showError(changed.error());
    });

    retranslate();
    refreshNetworks();
    setDesk(nullptr, nullptr);
}

ParticipationDialog::~ParticipationDialog()
{
    delete m_projector.data(); // a window of its own, not a child: it goes with the dialog
}

QrProjectorWindow *ParticipationDialog::projectorWindow() const
{
    return m_projector;
}

void ParticipationDialog::setDesk(ParticipationDesk *desk, EventDocument *document)
{
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    m_document = document;
    m_error->hide();
    m_reachabilityHelp->hide();
    m_reachabilityTimer->stop();
    if (desk) {
        connect(desk, &ParticipationDesk::openChanged, this, [this](bool open) {
            syncLink();
            if (open)
                m_reachabilityTimer->start();
            else
                m_reachabilityTimer->stop();
        });
        connect(desk, &ParticipationDesk::linkChanged, this, &ParticipationDialog::syncLink);
        connect(desk, &ParticipationDesk::countsChanged, this, &ParticipationDialog::syncCounts);
        connect(desk, &ParticipationDesk::devicesChanged, this, [this] { m_devicesRefresh->start(); });
        // A device's count of notes follows the notes; refreshed together when many arrive.
        connect(desk, &ParticipationDesk::countsChanged, this, [this] {
            if (!m_devicesRefresh->isActive())
                m_devicesRefresh->start();
        });
        if (desk->isOpen())
            m_reachabilityTimer->start();
    } else {
        hide();
    }
    syncLink();
}

void ParticipationDialog::refreshNetworks()
{
    if (m_desk && m_desk->isOpen())
        return; // the address phones use stays what it is until participation closes
    m_error->hide();
    const QString previous = m_network->currentData().toString();
    const QList<NetworkChoice> choices = networkChoices();
    m_network->clear();
    for (const NetworkChoice &choice : choices) {
        const QString name = choice.loopback
                                 //: The loopback interface: only this laptop reaches it
                                 ? tr("This computer only, for trying it out")
                                 : choice.humanName;
        //: A network interface in the list: its name, then its IPv4 address
        m_network->addItem(tr("%1 — %2", "network name — address").arg(name, choice.address), choice.address);
    }
    int chosen = m_network->findData(previous);
    if (chosen < 0)
        chosen = proposedChoice(choices);
    m_network->setCurrentIndex(std::max(chosen, 0));
    m_open->setEnabled(m_document && !m_document->isReadOnly() && m_network->count() > 0);
    if (m_network->count() == 0)
        showError(tr("This laptop is on no network. Connect it to the venue's Wi-Fi or turn on its own hotspot, "
                     "then press Refresh."));
}

void ParticipationDialog::openParticipation()
{
    if (!m_desk)
        return;
    const QString address = m_network->currentData().toString();
    // The usual port first, so a firewall rule made at an earlier event still holds; any free one else.
    Outcome opened = m_desk->open(address, preferredPort, m_moderation->isChecked());
    if (!opened)
        opened = m_desk->open(address, 0, m_moderation->isChecked());
    if (!opened)
        showError(tr("Participation could not open on %1: %2").arg(address, opened.error()));
    else
        m_error->hide();
}

void ParticipationDialog::closeParticipation()
{
    if (!m_desk)
        return;
    if (const Outcome closed = m_desk->close(); !closed && !closed.error().isEmpty())
        showError(closed.error());
}

void ParticipationDialog::askNewLink()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("New link"),
                                tr("Make a new link and join code? The old ones stop working at once: every phone "
                                   "must scan the new QR code. Notes already sent stay."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("newLinkQuestion"));
    box->addButton(tr("New Link"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmNewLinkButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) != QMessageBox::AcceptRole || !m_desk)
            return;
        if (const Outcome changed = m_desk->newLink(); !changed && !changed.error().isEmpty())
            showError(changed.error());
    });
    box->open();
}

void ParticipationDialog::toggleProjector()
{
    if (m_projector) {
        m_projector->close();
        return;
    }
    if (!m_desk || !m_desk->isOpen())
        return;
    m_projector = new QrProjectorWindow;
    m_projector->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_projector, &QObject::destroyed, this, [this] { m_projectorButton->setChecked(false); });
    syncLink();
    m_projector->showOn(projectorScreen(this));
    m_projectorButton->setChecked(true);
}

void ParticipationDialog::askBlock()
{
    QListWidgetItem *item = m_devices->currentItem();
    if (!m_desk || !item)
        return;
    const qint64 deviceId = item->data(deviceIdRole).toLongLong();
    if (item->data(deviceBlockedRole).toBool()) {
        if (const Outcome unblocked = m_desk->unblockDevice(deviceId); !unblocked && !unblocked.error().isEmpty())
            showError(unblocked.error());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Block phone"),
                                tr("Block this phone? It can no longer send notes or vote.\n\nAlso hide its notes "
                                   "from the board? (Undo brings them back.)"),
                                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("blockDeviceQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, deviceId](int answer) {
        if ((answer != QMessageBox::Yes && answer != QMessageBox::No) || !m_desk)
            return;
        if (const Outcome blocked = m_desk->blockDevice(deviceId, answer == QMessageBox::Yes);
            !blocked && !blocked.error().isEmpty())
            showError(blocked.error());
    });
    box->open();
}

void ParticipationDialog::syncLink()
{
    const bool open = m_desk && m_desk->isOpen();
    const bool editable = m_document && !m_document->isReadOnly();
    if (open && !m_openArea->isVisible() && isVisible()) {
        // Room for the QR code and the phones, within a 1366×768 laptop's screen.
        const QSize room = screen()->availableGeometry().size() * 0.9;
        resize(size().expandedTo(sizeHint().expandedTo(QSize(880, 640)).boundedTo(room)));
    }
    m_openArea->setVisible(open);
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) // the setup at the top while closed
        box->setStretch(box->count() - 1, open ? 0 : 1);
    m_open->setVisible(!open);
    m_open->setEnabled(editable && m_network->count() > 0);
    m_network->setEnabled(!open);
    m_refreshNetworks->setEnabled(!open);
    if (open) {
        if (const auto settings = m_document->participation())
            if (const int bound = m_network->findData(settings->bindAddress); bound >= 0)
                m_network->setCurrentIndex(bound);
        const QSignalBlocker blocker(m_moderation);
        m_moderation->setChecked(m_desk->isModerated());
    }
    const QString url = open ? m_desk->participantUrl() : QString();
    m_url->setText(url);
    m_qr->setText(url);
    m_joinCode->setText(open ? tr("or type %1 and the code %2").arg(m_desk->typedAddress(), m_desk->joinCode())
                             : QString());
    if (m_projector) {
        if (open)
            m_projector->setLink(m_document->event().title, url, m_desk->typedAddress(), m_desk->joinCode());
        else
            m_projector->close(); // the code on the wall would no longer work
    }
    syncCounts();
    syncDevices();
    updateReachabilityHelp();
}

void ParticipationDialog::syncCounts()
{
    const ParticipationDesk::Counts counts = m_desk ? m_desk->counts() : ParticipationDesk::Counts();
    const QLocale locale;
    m_counts->setText(tr("Phones connected: %1\nNotes received: %2\nBallots cast: %3\nWaiting for approval: %4")
                          .arg(locale.toString(counts.phonesConnected), locale.toString(counts.notesReceived),
                               locale.toString(counts.ballotsCast), locale.toString(counts.waiting)));
    if (counts.phonesConnected > 0)
        m_reachabilityTimer->stop(); // a phone reached the laptop: the network works
}

void ParticipationDialog::syncDevices()
{
    const qint64 current = m_devices->currentItem() ? m_devices->currentItem()->data(deviceIdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_devices);
    m_devices->clear();
    if (m_desk && m_desk->isOpen())
        for (const ParticipantDevice &device : m_desk->devices()) {
            //: A phone in the list: its number, its network address, the notes it sent
            QString text =
                tr("Phone %1 · %2 · %n note(s)", nullptr, device.notes).arg(device.number).arg(device.address);
            if (device.rateRefusals > 0)
                text +=
                    QStringLiteral(" · ") + tr("refused %n time(s) for sending too fast", nullptr, device.rateRefusals);
            if (device.blocked)
                text += QStringLiteral(" · ") + tr("blocked");
            auto *item = new QListWidgetItem(text, m_devices);
            item->setData(deviceIdRole, device.id);
            item->setData(deviceBlockedRole, device.blocked);
            if (device.rateRefusals > 0)
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            if (device.blocked)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (device.id == current)
                m_devices->setCurrentItem(item);
        }
    m_devicesHeading->setText(tr("&Phones that joined (%1):").arg(m_devices->count()));
    updateBlockButton();
}

void ParticipationDialog::updateBlockButton()
{
    const QListWidgetItem *item = m_devices->currentItem();
    const bool blocked = item && item->data(deviceBlockedRole).toBool();
    m_block->setText(blocked ? tr("&Unblock") : tr("&Block…"));
    m_block->setToolTip(blocked ? tr("Let this phone send notes and vote again")
                                : tr("Refuse everything this phone sends from now on"));
    m_block->setEnabled(item && m_document && !m_document->isReadOnly());
}

void ParticipationDialog::checkReachability()
{
    if (m_desk && m_desk->isOpen() && m_desk->counts().phonesConnected == 0)
        m_reachabilityHelp->show();
}

void ParticipationDialog::updateReachabilityHelp()
{
    const auto settings = m_desk && m_desk->isOpen() ? m_document->participation() : std::nullopt;
    const QString port = settings ? QString::number(settings->port) : QString();
    m_reachabilityHelp->setText(
        tr("<p><b>Phones cannot connect?</b></p>"
           "<ul><li>Phones must be on the same Wi-Fi network as this laptop.</li>"
           "<li>Venue Wi-Fi often keeps devices apart from each other (guest networks usually do). Then use this "
           "laptop's own hotspot: in GNOME, Settings ▸ Wi-Fi ▸ Turn On Wi-Fi Hotspot. Ask participants to join "
           "it, close participation here and open it again on the hotspot's network.</li>"
           "<li>A firewall on this laptop may turn phones away: allow incoming connections on port %1 (TCP).</li>"
           "</ul>")
            .arg(port));
}

void ParticipationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ParticipationDialog::retranslate()
{
    setWindowTitle(tr("Open to Phones"));
    m_intro->setText(tr("Participants add their priorities and vote from their own phones' browsers, over this "
                        "laptop's network. Nothing leaves the room and nobody needs an account."));
    m_networkLabel->setText(tr("&Network:"));
    m_network->setToolTip(tr("The network the phones are on; the laptop's Wi-Fi is proposed"));
    m_refreshNetworks->setText(tr("&Refresh"));
    m_refreshNetworks->setToolTip(tr("List the networks again (after turning on a hotspot)"));
    m_moderation->setText(tr("&Approve notes before they show"));
    m_moderation->setToolTip(tr("Notes from phones wait in the Incoming list until you approve them"));
    m_open->setText(tr("&Open"));
    m_urlHeading->setText(tr("Participants open:"));
    m_copyUrl->setText(tr("&Copy"));
    m_qr->setAccessibleName(tr("QR code of the participants' address"));
    m_projectorButton->setText(tr("Show on Pro&jector"));
    m_projectorButton->setToolTip(tr("The QR code, address and join code full screen, on the second screen if "
                                     "there is one"));
    m_newLink->setText(tr("New &Link…"));
    m_newLink->setToolTip(tr("Stop the current link and join code working and make new ones"));
    m_close->setText(tr("Clo&se to Phones"));
    m_close->setToolTip(tr("Stop participation: the link and join code stop working"));
    m_reachabilityLink->setText(QStringLiteral("<a href=\"#help\">%1</a>").arg(tr("Phones cannot connect?")));
    m_devices->setAccessibleName(tr("Phones that joined"));
    updateReachabilityHelp();
    syncCounts();
    syncLink();
}

void ParticipationDialog::showEvent(QShowEvent *event)
{
    refreshNetworks(); // a hotspot turned on since, a cable plugged in
    QDialog::showEvent(event);
}

void ParticipationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cabildo
