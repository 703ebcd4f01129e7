#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

namespace cabildo {

class EventDocument;
class ParticipationDesk;
class QrCodeWidget;
class QrProjectorWindow;

/**
 * Event ▸ Open to Phones: the facilitator's side of participation from phones. Before
 * opening: the network phones reach the laptop on (the Wi-Fi address proposed) and
 * whether notes wait for approval. Once open: the participants' address in large type, a
 * large QR code, the typed address and join code, live counts, the QR code full screen
 * for the projector, a new link, closing, the phones that joined (with Block), and plain
 * help when phones cannot connect. Not modal: the facilitator works on while it shows.
 * Everything goes through the ParticipationDesk, which keeps it in the event file.
 */
class ParticipationDialog : public QDialog
{
    Q_OBJECT

public:
    /** The port tried first: the same one every time, so a firewall rule made once still holds. */
    static constexpr quint16 preferredPort = 8080;
    /** No phone this long after opening: the help on reaching the laptop shows by itself. */
    static constexpr int reachabilityDelayMs = 60 * 1000;

    explicit ParticipationDialog(QWidget *parent = nullptr);
    ~ParticipationDialog() override;

    /** The open event's desk (null: no event; the dialog and its projector window close). */
    void setDesk(ParticipationDesk *desk, EventDocument *document);
    /** The QR code full screen, while it shows (null otherwise). */
    QrProjectorWindow *projectorWindow() const;
    /** Shows the help on reaching the laptop if no phone is connected (the one-minute check). */
    void checkReachability();
    /** Says what went wrong in the dialog itself (not a box: the facilitator may be busy elsewhere). */
    void showError(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshNetworks();
    void openParticipation();
    void closeParticipation();
    void askNewLink();
    void toggleProjector();
    void askBlock();
    void syncLink();
    void syncCounts();
    void syncDevices();
    void updateBlockButton();
    void updateReachabilityHelp();

    QPointer<ParticipationDesk> m_desk;
    QPointer<EventDocument> m_document;
    QPointer<QrProjectorWindow> m_projector;
    QTimer *m_reachabilityTimer;
    QTimer *m_devicesRefresh; ///< many changes at once (phones pouring in) make one refresh

    QLabel *m_intro;
    QLabel *m_networkLabel;
    QComboBox *m_network;
    QPushButton *m_refreshNetworks;
    QCheckBox *m_moderation;
    QPushButton *m_open;
    QLabel *m_error;
    QWidget *m_openArea;
    QLabel *m_urlHeading;
    QLabel *m_url;
    QPushButton *m_copyUrl;
    QrCodeWidget *m_qr;
    QLabel *m_joinCode;
    QLabel *m_counts;
    QPushButton *m_projectorButton;
    QPushButton *m_newLink;
    QPushButton *m_close;
    QLabel *m_reachabilityLink;
    QLabel *m_reachabilityHelp;
    QLabel *m_devicesHeading;
    QListWidget *m_devices;
    QPushButton *m_block;
};

} // namespace cabildo
