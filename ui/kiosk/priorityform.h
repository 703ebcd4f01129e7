#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTranslator;

namespace cabildo {

class EventDocument;

/**
 * The kiosk's "Add your priority" form: the priority, then the optional name,
 * organisation, consent to publish the name, country and sector, and the button that puts
 * it on the board (one AddNotes step the facilitator can undo). What it writes is kept
 * when the event refuses the note; once the note is added the form is empty for the next
 * person. A read-only event shows a notice instead of taking priorities.
 *
 * It speaks the language chosen with the kiosk's language buttons (setLanguage) and
 * records that language with the note. Focusing the form focuses the priority's text box.
 */
class PriorityForm : public QWidget
{
    Q_OBJECT

public:
    /** Borrows `document` (the kiosk's event) for as long as the form lives. */
    explicit PriorityForm(EventDocument *document, QWidget *parent = nullptr);

    /** The kiosk's translator (may be null: English) and its language key, kept with each note. */
    void setLanguage(const QTranslator *translator, const QString &languageKey);
    QString language() const { return m_language; }
    /** Empties every field for the next person (emits cleared()). */
    void clear();
    /** Puts the priority on the board; false when there is none or the event refused it. */
    bool submit();
    /** Enables what the event allows: nothing when it is read-only or gone. */
    void updateState();

signals:
    /** The fields are empty: a new person starts (the kiosk goes back to the room's language). */
    void cleared();
    /** A participant's priority is now on the board; the form says thank you. */
    void submitted(qint64 noteId);
    /** The thank-you (or the error) went away. */
    void messageHidden();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFields();
    /** tr() in the participant's language; lupdate knows it as tr (-tr-function-alias tr+=ktr). */
    QString ktr(const char *source, const char *disambiguation = nullptr, int n = -1) const;
    void retranslate();
    void fillCountries();
    void fillSectors();
    void showMessage(const QString &text, bool isError);
    void hideMessage();

    QPointer<EventDocument> m_document;
    const QTranslator *m_translator = nullptr;
    QString m_language;

    QLabel *m_heading;
    QLabel *m_readOnlyNotice;
    QWidget *m_fields = nullptr; ///< everything a participant fills in: disabled when read-only
    QPlainTextEdit *m_textEdit = nullptr;
    QLabel *m_aboutYouLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLineEdit *m_organisationEdit = nullptr;
    QCheckBox *m_consentCheck = nullptr;
    QLabel *m_consentLabel = nullptr;
    QLabel *m_countryLabel = nullptr;
    QComboBox *m_countryCombo = nullptr;
    QLabel *m_sectorLabel = nullptr;
    QComboBox *m_sectorCombo = nullptr;
    QPushButton *m_submitButton = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_messageTimer;
};

} // namespace cabildo
