#include "presenterview.h"

#include "agendagridmodel.h"
#include "agendagridview.h"
#include "agendaheaderview.h"
#include "wholetextoverlay.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QVBoxLayout>

namespace cabildo {

PresenterView::PresenterView(AgendaGridModel *model, const QString &title, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(title, this)), m_dayLabel(new QLabel(this)),
      m_hint(new QLabel(this)), m_grid(new AgendaGridView(model, this))
{
    setObjectName(QStringLiteral("presenterView"));
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
    connect(model, &AgendaGridModel::layoutRefreshed, this, &PresenterView::followDays);
    followDays();
    retranslate();
}

QDate PresenterView::day() const
{
    return m_grid->day();
}

void PresenterView::followDays()
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

void PresenterView::turnDay(int step)
{
    const QList<QDate> days = m_model->days();
    const qsizetype next = days.indexOf(m_grid->day()) + step;
    if (next >= 0 && next < days.size()) {
        m_overlay->hide(); // a title of the day before has no place on the next
        m_grid->setDay(days.at(next));
        retranslate();
    }
}

void PresenterView::showWhole(const QString &text)
{
    if (!text.trimmed().isEmpty())
        m_overlay->showText(text);
}

void PresenterView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PresenterView::retranslate()
{
    setWindowTitle(tr("Agenda"));
    const bool severalDays = m_model->days().size() > 1;
    m_dayLabel->setText(severalDays ? QLocale().toString(m_grid->day(), QLocale::LongFormat) : QString());
    m_hint->setText(severalDays ? tr("Page Down and Page Up change the day · Esc leaves the projector")
                                : tr("Esc leaves the projector"));
    setAccessibleName(tr("Agenda"));
}

bool PresenterView::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Escape:
        // The whole title first, if one shows; the projector's Esc otherwise.
        if (!m_overlay->isVisible())
            return false;
        m_overlay->hide();
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        turnDay(+1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        turnDay(-1);
        return true;
    default:
        return false;
    }
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event); // on to the projector window
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cabildo
