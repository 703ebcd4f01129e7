#include "roomchime.h"

#include <QSoundEffect>
#include <QUrl>

namespace cabildo {

RoomChime::RoomChime(QObject *parent) : QObject(parent) {}

void RoomChime::play()
{
    ++m_playCount;
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/time-up.wav")));
        m_effect->setVolume(0.8f);
    }
    // Loading is asynchronous: a sound asked for before it is loaded plays once it is.
    m_effect->play();
}

} // namespace cabildo
