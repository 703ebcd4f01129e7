#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace cabildo {

/**
 * The type-to-add bar: type, Enter, the note is on the board and the field is empty and
 * ready for the next one. Pasting several lines asks to add one note per line instead.
 */
class CaptureBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureBar(QWidget *parent = nullptr);

    QString colourKey() const;
    /** Empties the field once the note is on the board; a refused note stays typed. */
    void readyForNext();
    QLineEdit *lineEdit() const { return m_edit; }
    /** Keyboard order: the field, the colour, the Add button, then `next`. */
    void chainFocus(QWidget *next);

signals:
    void noteEntered(const QString &text, const QString &colourKey); ///< call readyForNext() once added
    /** More than one line was pasted: the window confirms before adding them. */
    void linesPasted(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    QLineEdit *m_edit;
    QComboBox *m_colour;
    QPushButton *m_addButton;
};

} // namespace cabildo
