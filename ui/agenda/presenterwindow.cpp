#include "presenterwindow.h"

#include "agendagridview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QScreen>
#include <QVBoxLayout>

namespace cabildo {

PresenterWindow::PresenterWindow(AgendaGridModel *model, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(this))
    , m_grid(new AgendaGridView(model, this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    m_title->setObjectName(QStringLiteral("presenterTitle"));
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    m_grid->setObjectName(QStringLiteral("presenterGrid"));
    // Readable from the back of the room: twice the usual type, white on black.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2);
    setFont(big);
    QPalette colours = palette();
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        colours.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        colours.setColor(role, Qt::white);
    colours.setColor(QPalette::Light, QColor(0x80, 0x80, 0x80));
    colours.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    colours.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    setPalette(colours);
    setAutoFillBackground(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->horizontalHeader()->setFont(big);
    m_grid->verticalHeader()->setFont(big);
    QFont titleFont = big;
    titleFont.setPointSizeF(big.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont hintFont = font();
    hintFont.setPointSizeF(big.pointSizeF() * 0.5);
    m_hint->setFont(hintFont);
    m_hint->setAlignment(Qt::AlignRight);
    m_grid->setPresentation(true);
    m_grid->setFocusPolicy(Qt::NoFocus);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);
    retranslate();
}

void PresenterWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    activateWindow();
    setFocus();
}

void PresenterWindow::retranslate()
{
    setWindowTitle(tr("Agenda"));
    m_hint->setText(tr("Esc leaves the presenter view"));
    setAccessibleName(tr("Agenda, full screen"));
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
