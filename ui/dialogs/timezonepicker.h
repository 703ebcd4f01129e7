#pragma once

#include "i18n/timezonefinder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cabildo {

/**
 * The event's time zone, found by city or country: the facilitator types "Montréal" or
 * "Mexique" and the list under the box shows "Montréal — Canada (America/Toronto,
 * UTC−05:00)" and the like. Typing and the arrow keys only search and highlight; the zone
 * changes when an entry is picked (click, or Enter on the highlighted one), and the line
 * under the list always says which zone the event will have. Escape goes back to it.
 */
class TimeZonePicker : public QWidget
{
    Q_OBJECT

public:
    explicit TimeZonePicker(const QByteArray &zoneId, QWidget *parent = nullptr);

    QByteArray zoneId() const { return m_zone; }
    /** The line edit, for a form's label buddy. */
    QLineEdit *searchEdit() const { return m_search; }
    /** Why the typed text cannot be used, or empty: a dialog shows it and refuses OK. */
    QString problem() const;

signals:
    /** The chosen zone changed, or the search did (problem() may have changed). */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** The box holds something other than the chosen zone's label: a search, or nothing. */
    bool pending() const;
    void search(const QString &text);
    void pick(int row);
    void moveHighlight(int step);
    void showChosen(const TimeZoneMatch &match);
    void retranslate();

    TimeZoneFinder m_finder;
    QByteArray m_zone;
    QString m_chosenText; ///< the chosen zone's label, as the box shows it
    QList<TimeZoneMatch> m_matches;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_hint;
};

} // namespace cabildo
