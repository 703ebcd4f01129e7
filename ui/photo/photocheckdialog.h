#pragma once

#include "photo/wallphoto.h"

#include <QDialog>
#include <QImage>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace cabildo {

class PhotoCanvas;

/**
 * Checking a photo of a wall before anything is added. The photo is read and its notes
 * found off the GUI thread, with a progress bar and Cancel; then it shows scaled to the
 * dialog with every note's outline over it. A click drops a false note or brings it back,
 * a rectangle dragged on free photo adds a missed one, and notes that are likely already
 * on the board (an earlier photo of the same wall) start unticked, labelled so. Import
 * (accepted()) hands the notes ticked to whoever adds them; nothing is added here.
 * A photo that cannot be read says why in plain words, with nothing to import.
 */
class PhotoCheckDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * For each note found, the id of the note of the event it likely is already (0: none).
     * Called on the detection thread (comparing every note found with every earlier one
     * takes seconds): it may not touch the document; empty when `cancel` is set meanwhile.
     */
    using DuplicateFinder =
        std::function<QList<qint64>(const std::vector<photo::FoundNote> &, const std::atomic<bool> *cancel)>;

    PhotoCheckDialog(const QString &path, DuplicateFinder findDuplicates, QWidget *parent = nullptr);
    ~PhotoCheckDialog() override; ///< stops the detection, if it still runs

    bool isDetecting() const { return m_thread != nullptr; }
    /** Why the photo gave nothing to import (not an image, too large…); empty when it did. */
    QString error() const { return m_error; }
    /** The notes ticked, in the order found (those added by hand last). */
    std::vector<photo::FoundNote> notesToImport() const;
    QSize photoSize() const { return m_photo.size(); }
    PhotoCanvas *canvas() const { return m_canvas; }
    /**
     * The room sees this screen and its notes are hidden until revealed: the photo is
     * blurred, and "Show the Photo" (photoShowButton) shows it on the facilitator's word.
     */
    void setSeenByRoom(bool seen);

signals:
    /** Detection ended (found, failed or nothing found); not after Cancel. */
    void detectionFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Detection;

    void retranslate();
    void startDetection(const QString &path);
    void detectionDone();
    void addDrawnNote(const QPolygonF &corners);
    void updateCount();
    void stopDetection();
    void updateConcealment();

    QString m_fileName;
    DuplicateFinder m_findDuplicates;
    std::shared_ptr<Detection> m_detection; ///< shared with the detection thread
    QThread *m_thread = nullptr;
    QImage m_photo; ///< the upright photo, for straightening notes marked by hand
    std::vector<photo::FoundNote> m_found;
    QList<qint64> m_duplicates; ///< per note found, from the detection thread
    QString m_error;
    bool m_seenByRoom = false;

    QLabel *m_hint;
    QLabel *m_status;
    QProgressBar *m_progress;
    PhotoCanvas *m_canvas;
    QLabel *m_count;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_show; ///< checkable: the photo sharp although the room sees it
};

} // namespace cabildo
