#pragma once

#include "fittedtext.h"

#include <QWidget>

namespace cabildo {

/**
 * A title too long for its cell, shown whole and large over the projector screen it was
 * tapped on: the screen dims, the text fills a panel in the middle. A click, a tap or Esc
 * closes it. It covers its parent and follows its size.
 */
class WholeTextOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit WholeTextOverlay(QWidget *parent);

    void showText(const QString &text);
    QString text() const { return m_text; }
    /** The panel and the title's lines as painted, for the tests. */
    QRect panelRect() const;
    FittedText layout() const;
    QRect textBox() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};

} // namespace cabildo
