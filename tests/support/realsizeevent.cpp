#include "realsizeevent.h"

#include "model/notecolour.h"

#include <QDate>
#include <QTime>

#include <array>

namespace cabildo::test {

namespace {

/** One topic of the wall: two priorities as people write them, in each language. */
struct Topic
{
    std::array<const char *, 2> en, fr, es, pt;
};

// Sixteen topics an open-government conference hears about. Each language's phrases
// share the topic's words, as people who care about the same thing write them.
const std::array<Topic, 16> topics{{
    {{"Open data portal for municipal budgets", "Publish municipal budget data as open data"},
     {"Portail de données ouvertes pour les budgets municipaux", "Publier les données du budget municipal"},
     {"Portal de datos abiertos para presupuestos municipales", "Publicar los datos del presupuesto municipal"},
     {"Portal de dados abertos para orçamentos municipais", "Publicar os dados do orçamento municipal"}},
    {{"Privacy and protection of personal data", "Personal data privacy rules for governments"},
     {"Protection des données personnelles et vie privée", "Règles de vie privée pour les données personnelles"},
     {"Privacidad y protección de datos personales", "Reglas de privacidad para los datos personales"},
     {"Privacidade e proteção de dados pessoais", "Regras de privacidade para dados pessoais"}},
    {{"Open science and open access to research", "Research results in open access journals"},
     {"Science ouverte et accès ouvert à la recherche", "Résultats de la recherche en accès ouvert"},
     {"Ciencia abierta y acceso abierto a la investigación", "Resultados de investigación en acceso abierto"},
     {"Ciência aberta e acesso aberto à pesquisa", "Resultados de pesquisa em acesso aberto"}},
    {{"Measure the impact of open data on citizens", "Evidence of impact from open government"},
     {"Mesurer l'impact des données ouvertes sur les citoyens", "Preuves de l'impact du gouvernement ouvert"},
     {"Medir el impacto de los datos abiertos en la ciudadanía", "Evidencia del impacto del gobierno abierto"},
     {"Medir o impacto dos dados abertos nos cidadãos", "Evidências do impacto do governo aberto"}},
    {{"Business models for open data startups", "Companies building business on public data"},
     {"Modèles d'affaires pour les startups de données", "Entreprises qui bâtissent sur les données publiques"},
     {"Modelos de negocio para startups de datos", "Empresas que construyen negocio con datos públicos"},
     {"Modelos de negócio para startups de dados", "Empresas que constroem negócios com dados públicos"}},
    {{"Empowering marginalised communities with data", "Indigenous and rural communities in data decisions"},
     {"Donner du pouvoir aux communautés marginalisées", "Communautés autochtones et rurales dans les décisions"},
     {"Empoderar a las comunidades marginadas con datos", "Comunidades indígenas y rurales en las decisiones"},
     {"Empoderar comunidades marginalizadas com dados", "Comunidades indígenas e rurais nas decisões"}},
    {{"Public procurement contracts open to scrutiny", "Open contracting data for every tender"},
     {"Marchés publics et contrats ouverts au contrôle", "Données ouvertes sur les contrats et appels d'offres"},
     {"Contratación pública y contratos abiertos al escrutinio", "Datos abiertos de contratación en cada licitación"},
     {"Compras públicas e contratos abertos ao escrutínio", "Dados abertos de contratação em cada licitação"}},
    {{"Fight corruption with beneficial ownership registers", "Registers of company owners against corruption"},
     {"Lutter contre la corruption avec des registres des bénéficiaires",
      "Registres des propriétaires contre la corruption"},
     {"Combatir la corrupción con registros de beneficiarios finales",
      "Registros de propietarios contra la corrupción"},
     {"Combater a corrupção com registros de beneficiários finais", "Registros de proprietários contra a corrupção"}},
    {{"Climate and environment data for cities", "Air quality sensors and climate data"},
     {"Données climat et environnement pour les villes", "Capteurs de qualité de l'air et données climat"},
     {"Datos de clima y medio ambiente para las ciudades", "Sensores de calidad del aire y datos del clima"},
     {"Dados de clima e meio ambiente para as cidades", "Sensores de qualidade do ar e dados do clima"}},
    {{"Gender gaps in public data and statistics", "Women in technology and data leadership"},
     {"Écarts de genre dans les statistiques publiques", "Les femmes dans la technologie et les données"},
     {"Brechas de género en las estadísticas públicas", "Mujeres en la tecnología y el liderazgo de datos"},
     {"Desigualdade de gênero nas estatísticas públicas", "Mulheres na tecnologia e na liderança de dados"}},
    {{"Journalists using data to investigate power", "Data journalism training for newsrooms"},
     {"Journalistes qui enquêtent avec les données", "Formation au journalisme de données pour les rédactions"},
     {"Periodistas que investigan con datos", "Formación en periodismo de datos para redacciones"},
     {"Jornalistas que investigam com dados", "Formação em jornalismo de dados para redações"}},
    {{"Artificial intelligence and algorithmic transparency", "Audit the algorithms governments use"},
     {"Intelligence artificielle et transparence des algorithmes", "Auditer les algorithmes des administrations"},
     {"Inteligencia artificial y transparencia algorítmica", "Auditar los algoritmos que usan los gobiernos"},
     {"Inteligência artificial e transparência algorítmica", "Auditar os algoritmos usados pelos governos"}},
    {{"Digital skills and data literacy for officials", "Train civil servants in data literacy"},
     {"Compétences numériques et culture des données", "Former les fonctionnaires à la culture des données"},
     {"Habilidades digitales y alfabetización de datos", "Capacitar a funcionarios en alfabetización de datos"},
     {"Habilidades digitais e alfabetização de dados", "Capacitar servidores em alfabetização de dados"}},
    {{"Health data and hospital waiting lists", "Open health statistics after the pandemic"},
     {"Données de santé et listes d'attente des hôpitaux", "Statistiques de santé ouvertes après la pandémie"},
     {"Datos de salud y listas de espera de hospitales", "Estadísticas de salud abiertas tras la pandemia"},
     {"Dados de saúde e filas de espera dos hospitais", "Estatísticas de saúde abertas após a pandemia"}},
    {{"Participatory budgeting in neighbourhoods", "Citizens vote on neighbourhood budget projects"},
     {"Budget participatif dans les quartiers", "Les citoyens votent les projets du budget de quartier"},
     {"Presupuesto participativo en los barrios", "La ciudadanía vota proyectos del presupuesto barrial"},
     {"Orçamento participativo nos bairros", "Cidadãos votam projetos do orçamento do bairro"}},
    {{"Interoperability standards between agencies", "Common data standards and APIs across government"},
     {"Normes d'interopérabilité entre les administrations", "Standards de données communs et API publiques"},
     {"Estándares de interoperabilidad entre instituciones", "Estándares de datos comunes y API públicas"},
     {"Padrões de interoperabilidade entre órgãos", "Padrões de dados comuns e API públicas"}},
}};

// Where people say it matters: added to some of a topic's notes so they are not all alike.
// Many, each on few notes, so the topics (not these) are what the notes share.
constexpr int tailCount = 15;
const std::array<const char *, tailCount> enTails{
    "in every region",        "for young people",     "before the next elections",
    "with local governments", "across Latin America", "in rural areas",
    "for small towns",        "with universities",    "this year",
    "in the capital",         "with civil society",   "for women and girls",
    "at national level",      "on mobile phones",     "in plain language"};
const std::array<const char *, tailCount> frTails{"dans chaque région",
                                                  "pour les jeunes",
                                                  "avant les prochaines élections",
                                                  "avec les collectivités locales",
                                                  "en Afrique francophone",
                                                  "dans les zones rurales",
                                                  "pour les petites villes",
                                                  "avec les universités",
                                                  "cette année",
                                                  "dans la capitale",
                                                  "avec la société civile",
                                                  "pour les femmes et les filles",
                                                  "au niveau national",
                                                  "sur les téléphones mobiles",
                                                  "en langage clair"};
const std::array<const char *, tailCount> esTails{"en cada región",
                                                  "para las personas jóvenes",
                                                  "antes de las próximas elecciones",
                                                  "con los gobiernos locales",
                                                  "en toda América Latina",
                                                  "en las zonas rurales",
                                                  "para los pueblos pequeños",
                                                  "con las universidades",
                                                  "este año",
                                                  "en la capital",
                                                  "con la sociedad civil",
                                                  "para mujeres y niñas",
                                                  "a nivel nacional",
                                                  "en los teléfonos móviles",
                                                  "en lenguaje claro"};
const std::array<const char *, tailCount> ptTails{
    "em cada região",    "para os jovens",   "antes das próximas eleições", "com os governos locais",
    "em todo o Brasil",  "nas zonas rurais", "para as cidades pequenas",    "com as universidades",
    "este ano",          "na capital",       "com a sociedade civil",       "para mulheres e meninas",
    "em nível nacional", "nos celulares",    "em linguagem simples"};

// Long titles, as facilitators name themes, a quarter in each language.
const std::array<const char *, 16> themeTitles{
    "Open budget data portals for every municipality",
    "Protección de datos personales y privacidad en el sector público",
    "Science ouverte et accès libre aux résultats de la recherche publique",
    "Medir o impacto real dos dados abertos na vida dos cidadãos",
    "Business models and sustainability for open data start-ups",
    "Empoderamiento de comunidades marginadas, indígenas y rurales",
    "Contrats et marchés publics ouverts au contrôle citoyen",
    "Combate à corrupção com registros de beneficiários finais",
    "Climate, air quality and environmental data for resilient cities",
    "Brechas de género en las estadísticas y el liderazgo de datos",
    "Journalisme de données et enquêtes sur le pouvoir",
    "Transparência algorítmica e inteligência artificial no governo",
    "Digital skills and data literacy for civil servants",
    "Datos de salud pública y listas de espera hospitalarias",
    "Budget participatif et projets de quartier votés par les habitants",
    "Padrões de interoperabilidade e APIs entre órgãos públicos",
};

const std::array<const char *, 4> languages{"en", "fr", "es", "pt"};

} // namespace

QStringList realSizeThemeTitles()
{
    QStringList titles;
    for (const char *title : themeTitles)
        titles.append(QString::fromUtf8(title));
    return titles;
}

QList<QPair<QString, QString>> realSizeNoteTexts(int perTopicAndLanguage)
{
    QList<QPair<QString, QString>> texts;
    for (int topic = 0; topic < int(topics.size()); ++topic) {
        const Topic &t = topics[topic];
        const std::array<const std::array<const char *, 2> *, 4> phrases{&t.en, &t.fr, &t.es, &t.pt};
        const std::array<const std::array<const char *, tailCount> *, 4> tails{&enTails, &frTails, &esTails, &ptTails};
        for (int language = 0; language < 4; ++language)
            for (int i = 0; i < perTopicAndLanguage; ++i) {
                QString text = QString::fromUtf8((*phrases[language])[i % 2]);
                // About half say where, a few are long, a few have a line break, and a few say
                // word for word what another note of their topic says, as on a real wall.
                const int tailIndex = (topic * 7 + language * 3 + i * 5) % (2 * tailCount);
                if (tailIndex < tailCount) {
                    const QString tail = QString::fromUtf8((*tails[language])[tailIndex]);
                    text += ((topic + i) % 7 == 3 ? QLatin1Char('\n') : QLatin1Char(' ')) + tail;
                }
                if (i >= 5)
                    text += QStringLiteral(" (%1)").arg(i);
                if ((topic * 4 + language + i) % 11 == 0)
                    text += QLatin1String(": ") + QString::fromUtf8((*phrases[language])[(i + 1) % 2]).toLower();
                texts.append({text, QString::fromLatin1(languages[language])});
            }
    }
    return texts;
}

bool fillRealSizeEvent(EventDocument &document, const RealSizeOptions &options, QString *error)
{
    auto fail = [&](const QString &step, const Outcome &outcome) {
        if (error)
            *error = step + QLatin1String(": ") + outcome.error();
        return false;
    };

    const QList<QPair<QString, QString>> texts = realSizeNoteTexts(options.notesPerTopicAndLanguage);
    QList<Note> notes;
    QStringList colours;
    for (const NoteColour &colour : NoteColour::palette())
        colours.append(colour.key);
    for (int i = 0; i < texts.size(); ++i) {
        Note note = EventDocument::makeNote(texts[i].first, NoteSource::Csv);
        note.language = texts[i].second;
        note.colour = colours.at(i % colours.size());
        notes.append(note);
    }
    if (const Outcome done = document.addNotes(notes); !done)
        return fail(QStringLiteral("notes"), done);

    if (options.themes) {
        const int perTopic = 4 * options.notesPerTopicAndLanguage;
        QList<Theme> themes;
        QList<QList<qint64>> notesOf;
        for (int topic = 0; topic < int(topics.size()); ++topic) {
            Theme theme;
            theme.title = QString::fromUtf8(themeTitles[topic]);
            theme.colour = colours.at(topic % colours.size());
            themes.append(theme);
            notesOf.append(document.noteIds().mid(topic * perTopic, perTopic));
        }
        if (const Outcome done = document.createThemes(themes, notesOf); !done)
            return fail(QStringLiteral("themes"), done);
    }

    for (int r = 0; r < options.rooms; ++r) {
        Room room;
        room.name = r < 26 ? QStringLiteral("Room %1").arg(QChar(u'A' + r)) : QStringLiteral("Room %1").arg(r + 1);
        room.capacity = std::max(15, 120 - r * 10);
        room.accessible = r < 2;
        if (const Outcome done = document.addRoom(room); !done)
            return fail(QStringLiteral("room"), done);
    }
    const QDate first(2026, 11, 3);
    struct SlotSpec
    {
        int startHour, startMinute, endHour, endMinute;
        SlotKind kind;
        const char *label;
    };
    const std::array<SlotSpec, 8> day{{{9, 0, 9, 45, SlotKind::Plenary, "Opening"},
                                       {9, 45, 10, 45, SlotKind::Sessions, ""},
                                       {10, 45, 11, 15, SlotKind::Break, "Coffee"},
                                       {11, 15, 12, 15, SlotKind::Sessions, ""},
                                       {12, 15, 13, 30, SlotKind::Break, "Lunch"},
                                       {13, 30, 14, 30, SlotKind::Sessions, ""},
                                       {14, 45, 15, 45, SlotKind::Sessions, ""},
                                       {16, 0, 17, 0, SlotKind::Plenary, "Closing"}}};
    for (int d = 0; d < options.days; ++d)
        for (const SlotSpec &spec : day) {
            TimeSlot slot;
            slot.day = first.addDays(d);
            slot.start = QTime(spec.startHour, spec.startMinute);
            slot.end = QTime(spec.endHour, spec.endMinute);
            slot.kind = spec.kind;
            slot.label = QString::fromUtf8(spec.label);
            if (const Outcome done = document.addSlot(slot); !done)
                return fail(QStringLiteral("slot"), done);
        }

    if (options.themes && options.sessions) {
        if (const Outcome done = document.createSessionsFromThemes(); !done)
            return fail(QStringLiteral("sessions"), done);
        QList<QPair<qint64, qint64>> free;
        for (qint64 slotId : document.slotIds())
            if (document.timeSlot(slotId)->kind == SlotKind::Sessions)
                for (qint64 roomId : document.roomIds())
                    free.append({slotId, roomId});
        QList<Placement> placements;
        const QList<qint64> &sessions = document.sessionIds();
        for (int i = 0; i < sessions.size() && i < free.size(); ++i)
            placements.append({sessions[i], free[i].first, free[i].second, false});
        if (const Outcome done = document.applyGeneratedAgenda(placements); !done)
            return fail(QStringLiteral("placements"), done);
    }

    if (options.themes && options.voters > 0) {
        if (const Outcome done = document.createRound(QStringLiteral("Day 1"), 3, 0, false); !done)
            return fail(QStringLiteral("round"), done);
        const qint64 round = document.roundIds().constLast();
        if (const Outcome done = document.openRound(round); !done)
            return fail(QStringLiteral("open round"), done);
        const QList<qint64> &themeIds = document.themeIds();
        const int count = int(themeIds.size());
        for (int voter = 0; voter < options.voters; ++voter) {
            // Popular themes first: voter v picks among the first few, so demand falls along the list.
            const QList<qint64> chosen{themeIds[voter % 3], themeIds[(voter * 5 + 3) % count],
                                       themeIds[(voter * 7 + 1) % (count / 2) + 3]};
            QList<qint64> unique;
            for (qint64 id : chosen)
                if (!unique.contains(id))
                    unique.append(id);
            if (const Outcome done = document.castBallot(round, unique); !done)
                return fail(QStringLiteral("ballot"), done);
        }
        if (const Outcome done = document.closeRound(round); !done)
            return fail(QStringLiteral("close round"), done);
    }
    return true;
}

} // namespace cabildo::test
