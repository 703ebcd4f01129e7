#include "presenterwindow.h"

#include "agendagridmodel.h"
#include "agendagridview.h"
#include "agendaheaderview.h"
#include "wholetextoverlay.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QScreen>
#include <QVBoxLayout>

namespace cabildo {

PresenterWindow::PresenterWindow(AgendaGridModel *model, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(model), m_title(new QLabel(title, this)), m_dayLabel(new QLabel(this)),
      m_hint(new QLabel(this)), m_grid(new AgendaGridView(model, this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    m_title->setObjectName(QStringLiteral("presenterTitle"));
    m_dayLabel->setObjectName(QStringLiteral("presenterDay"));
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
    m_dayLabel->setFont(titleFont);
    m_dayLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont hintFont = font();
    hintFont.setPointSizeF(big.pointSizeF() * 0.5);
    m_hint->setFont(hintFont);
    m_hint->setAlignment(Qt::AlignRight);
    m_grid->setPresentation(true);
    m_grid->setFocusPolicy(Qt::NoFocus);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_dayLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addLayout(heading);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);

    // A tap on a title, a room or a time shows it whole, over everything.
    m_overlay = new WholeTextOverlay(this);
    connect(m_grid, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { showWhole(index.data(Qt::DisplayRole).toString()); });
    connect(m_grid->roomHeader(), &QHeaderView::sectionClicked, this,
            [this](int section) { showWhole(m_grid->roomHeader()->sectionText(section)); });
    connect(m_grid->timeHeader(), &QHeaderView::sectionClicked, this,
            [this](int section) { showWhole(m_grid->timeHeader()->sectionText(section)); });
    connect(model, &AgendaGridModel::layoutRefreshed, this, &PresenterWindow::followDays);
    followDays();
    retranslate();
}

QDate PresenterWindow::day() const
{
    return m_grid->day();
}

void PresenterWindow::followDays()
{
    // Today's programme when the event is on; else the day shown stays, or the first.
    const QList<QDate> days = m_model->days();
    QDate day = m_grid->day();
    if (!days.contains(day))
        day = days.contains(QDate::currentDate()) ? QDate::currentDate() : days.value(0);
    if (day != m_grid->day())
        m_grid->setDay(day);
    retranslate();
}

void PresenterWindow::turnDay(int step)
{
    const QList<QDate> days = m_model->days();
    const qsizetype next = days.indexOf(m_grid->day()) + step;
    if (next >= 0 && next < days.size()) {
        m_overlay->hide(); // a title of the day before has no place on the next
        m_grid->setDay(days.at(next));
        retranslate();
    }
}

void PresenterWindow::showWhole(const QString &text)
{
    if (!text.trimmed().isEmpty())
        m_overlay->showText(text);
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
    const bool severalDays = m_model->days().size() > 1;
    m_dayLabel->setText(severalDays ? QLocale().toString(m_grid->day(), QLocale::LongFormat) : QString());
    m_hint->setText(severalDays ? tr("Page Down and Page Up change the day · Esc leaves the presenter view")
                                : tr("Esc leaves the presenter view"));
    setAccessibleName(tr("Agenda, full screen"));
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        // The whole title first, if one shows; then the presenter view.
        if (m_overlay->isVisible())
            m_overlay->hide();
        else
            close();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        turnDay(+1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        turnDay(-1);
        return;
    default:
        break;
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
