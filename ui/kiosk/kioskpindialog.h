#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cabildo {

/**
 * Asks the facilitator's PIN to leave kiosk mode, with an on-screen keypad (a touch
 * screen may have no keyboard). It never judges the PIN itself: it emits pinEntered()
 * and the kiosk answers with accept() or showWrongPin(). Left open, it closes itself
 * after a minute so it cannot hide the form from the next participant.
 */
class KioskPinDialog : public QDialog
{
    Q_OBJECT

public:
    /** `baseFont` is the kiosk's big type: set before the children are made, so they keep it. */
    explicit KioskPinDialog(const QFont &baseFont);

    void showWrongPin();

signals:
    void pinEntered(const QString &pin);

private:
    QLineEdit *m_pinEdit;
    QLabel *m_error;
};

} // namespace cabildo
