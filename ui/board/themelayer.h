#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>

namespace cabildo {

class BoardScene;
class EventDocument;
class ThemeItem;

/**
 * The theme frames of a board: one ThemeItem per theme, its rectangle following its
 * notes. A collapsed theme shows only its first note, on a stack; the others are hidden
 * (their positions are kept). Part of BoardScene; re-syncs from document signals.
 */
class ThemeLayer : public QObject
{
    Q_OBJECT

public:
    explicit ThemeLayer(BoardScene *scene);

    void setDocument(EventDocument *document);
    ThemeItem *itemForTheme(qint64 themeId) const { return m_items.value(themeId); }
    /** The theme whose frame holds `scenePos` (the smallest one if frames overlap), or 0. */
    qint64 themeAt(const QPointF &scenePos) const;
    QList<qint64> selectedThemeIds() const;

    /** Frames can be selected (not in the kiosk nor on a read-only board). */
    void setEditable(bool editable);

    /** Whether frames' tooltips name their shared terms (not while the room sees the board). */
    void setTermsShown(bool shown);

    /** Recomputes every frame and which notes show: one pass over the notes. */
    void refresh();

private:
    void addThemes(const QList<qint64> &ids);
    void removeThemes(const QList<qint64> &ids);
    void syncThemes(const QList<qint64> &ids);
    void refreshIfThemed(const QList<qint64> &noteIds);

    BoardScene *m_scene;
    EventDocument *m_document = nullptr;
    QHash<qint64, ThemeItem *> m_items;
    QSet<qint64> m_themedNotes; ///< notes in a theme at the last refresh
    bool m_termsShown = true;
};

} // namespace cabildo
