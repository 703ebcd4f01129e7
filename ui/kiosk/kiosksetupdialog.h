#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QScreen>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cabildo {

/**
 * "Start kiosk mode": which screen the kiosk covers and the PIN the facilitator will need
 * to leave it. OK stays disabled, with a hint saying why, until the PIN is 4 to 8 digits
 * typed twice the same.
 */
class KioskSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KioskSetupDialog(QWidget *parent = nullptr);

    /**
     * The screen chosen for the kiosk. By default a screen other than the main window's
     * (the shared touch screen) when there are two or more, else the only one.
     * Note: this hides QWidget::screen(), the screen the dialog itself is on.
     */
    QScreen *screen() const;
    /** The PIN chosen, or an empty string while it is not valid. */
    QString pin() const;
    bool isPinValid() const;

private:
    void populateScreens();
    void updateScreenNote();
    void validate();
    QScreen *mainWindowScreen() const;

    QComboBox *m_screenCombo = nullptr;
    QLabel *m_screenNote = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_pinConfirmEdit = nullptr;
    QLabel *m_pinHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QPointer<QScreen>> m_screens; ///< parallel to the combo: screen names need not be unique
};

} // namespace cabildo
