#pragma once

#include <QObject>

class QSoundEffect;

namespace cabildo {

/**
 * The short sound when the room's timer ends (resources/sounds/time-up.wav, made by
 * make-chime.py). The sound effect is made on first use, so a session whose timer never
 * ends with the sound on never opens the audio output; without an audio device (a
 * headless test, a laptop with its sound server stopped) Qt Multimedia plays nothing, and
 * nothing waits for it.
 */
class RoomChime : public QObject
{
    Q_OBJECT

public:
    explicit RoomChime(QObject *parent = nullptr);

    void play();
    /** How many times it was asked to play (tests: the sound is asked for, or not). */
    int playCount() const { return m_playCount; }

private:
    QSoundEffect *m_effect = nullptr;
    int m_playCount = 0;
};

} // namespace cabildo
