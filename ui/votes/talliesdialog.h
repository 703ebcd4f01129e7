#pragma once

#include <QDialog>
#include <QHash>

class QSpinBox;

namespace cabildo {

class EventDocument;

/**
 * "Enter paper tallies": one spin box per theme for the dots counted on paper in one
 * round. Saving stores each changed count as one setTally step; tallies add to a theme's
 * demand but, with no co-votes, never to the agenda's attendable votes.
 */
class TalliesDialog : public QDialog
{
    Q_OBJECT

public:
    TalliesDialog(EventDocument *document, qint64 roundId, QWidget *parent = nullptr);

    QSpinBox *spinBoxForTheme(qint64 themeId) const { return m_spins.value(themeId); }
    /** Stores the counts that changed; false with the document's reason when one was refused. */
    bool save(QString *error);

private:
    void accept() override;

    EventDocument *m_document;
    qint64 m_roundId;
    QHash<qint64, QSpinBox *> m_spins; ///< by theme id
};

} // namespace cabildo
