#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace cabildo {

/**
 * Edit ▸ Preferences: the interface language, switched at once without a restart, and
 * the high-contrast board. Changes apply as they are made and are remembered.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

signals:
    void highContrastChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QCheckBox *m_highContrast;
};

} // namespace cabildo
