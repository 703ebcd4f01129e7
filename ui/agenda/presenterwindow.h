#pragma once

#include <QWidget>

class QLabel;

namespace cabildo {

class AgendaGridModel;
class AgendaGridView;

/**
 * The agenda on the projector: full screen on the screen the facilitator picked, titles
 * only, big type, white on black. It follows every change to the agenda; Esc leaves.
 */
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(AgendaGridModel *model, const QString &title, QWidget *parent = nullptr);

    void showOn(QScreen *screen);
    AgendaGridView *grid() const { return m_grid; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_hint;
    AgendaGridView *m_grid;
};

} // namespace cabildo
