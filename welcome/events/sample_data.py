"""Sample events for trying the calendar: clearly labelled, placed in the coming weeks and months.

Each sample has a key; `load_sample_events` creates it again (at its next date) only when no
upcoming sample with that key exists, so running it twice changes nothing and past samples stay
in the archive.
"""

# days_ahead: from today; start/end: "HH:MM" in Berlin time.
SAMPLE_EVENTS = [
    {
        "key": "welcome-day-essen",
        "days_ahead": 20,
        "start": "10:00",
        "end": "14:00",
        "kind": "welcome_day",
        "city": "essen",
        "place": "welcomecenter-essen",
        "languages": ["de", "en"],
        "registration_required": True,
        "registration_url": "https://welcome.ruhr.invalid/sample/welcome-day",
        "organiser": "welcome.ruhr (Beispiel)",
        "title": "Beispiel: Welcome Day für neue Fachkräfte in Essen",
        "description": "Lernen Sie Ämter, Beratungsstellen und andere Neuankömmlinge kennen. Mit kurzen Vorträgen zu Anmeldung, Aufenthalt und Anerkennung.",
        "texts": {
            "en": (
                "Sample: Welcome Day for new skilled workers in Essen",
                "Meet the offices, advice services and other newcomers. Short talks on registration, residence and recognition.",
            ),
            "ar": (
                "مثال: يوم الترحيب بالكفاءات الجديدة في إيسن",
                "تعرّف على الدوائر ومراكز الاستشارة وعلى قادمين جدد آخرين. محاضرات قصيرة عن تسجيل السكن والإقامة والاعتراف بالمؤهلات.",
            ),
        },
    },
    {
        "key": "online-recognition",
        "days_ahead": 9,
        "start": "17:00",
        "end": "18:30",
        "kind": "information_session",
        "city": "",
        "online_url": "https://welcome.ruhr.invalid/sample/online-session",
        "languages": ["de", "en", "ar"],
        "registration_required": False,
        "organiser": "welcome.ruhr (Beispiel)",
        "title": "Beispiel: Online-Infoabend zur Anerkennung von Berufsabschlüssen",
        "description": "Für Menschen, die noch im Ausland leben: Wer prüft meinen Abschluss, was kostet es, wie lange dauert es? Mit Zeit für Fragen.",
        "texts": {
            "en": (
                "Sample: online evening on the recognition of qualifications",
                "For people still living abroad: who checks my qualification, what does it cost, how long does it take? With time for questions.",
            ),
            "ar": (
                "مثال: أمسية إلكترونية عن الاعتراف بالشهادات المهنية",
                "للمقيمين خارج ألمانيا: من يدقق في شهادتي، كم يكلف ذلك وكم يستغرق؟ مع وقت للأسئلة.",
            ),
            "uk": (
                "Приклад: онлайн-вечір про визнання кваліфікацій",
                "Для тих, хто ще живе за кордоном: хто перевіряє мій диплом, скільки це коштує і скільки триває? З часом для запитань.",
            ),
        },
    },
    {
        "key": "job-fair-dortmund",
        "days_ahead": 45,
        "start": "10:00",
        "end": "16:00",
        "kind": "job_fair",
        "city": "dortmund",
        "venue": "Beispielort, Dortmund",
        "languages": ["de", "en"],
        "registration_required": False,
        "organiser": "welcome.ruhr (Beispiel)",
        "title": "Beispiel: Internationale Jobmesse Ruhr",
        "description": "Arbeitgeber aus der Region suchen Fachkräfte. Bringen Sie Ihren Lebenslauf mit; Beratung zur Anerkennung vor Ort.",
        "texts": {
            "en": (
                "Sample: International Job Fair Ruhr",
                "Employers from the region are looking for skilled workers. Bring your CV; advice on recognition on site.",
            ),
        },
    },
    {
        "key": "intercultural-bochum",
        "days_ahead": 30,
        "start": "15:00",
        "end": "18:00",
        "kind": "intercultural",
        "city": "bochum",
        "venue": "Beispielpark, Bochum",
        "languages": ["de", "en", "tr", "uk"],
        "registration_required": False,
        "organiser": "welcome.ruhr (Beispiel)",
        "title": "Beispiel: Interkulturelles Picknick",
        "description": "Essen teilen, Nachbarn kennenlernen, Deutsch üben. Bringen Sie etwas zu essen mit, wenn Sie mögen.",
        "texts": {
            "en": (
                "Sample: intercultural picnic",
                "Share food, meet neighbours, practise German. Bring something to eat if you like.",
            ),
            "tr": (
                "Örnek: kültürlerarası piknik",
                "Yemek paylaşın, komşularla tanışın, Almanca pratik yapın. İsterseniz yiyecek bir şey getirin.",
            ),
            "uk": (
                "Приклад: міжкультурний пікнік",
                "Діліться їжею, знайомтеся з сусідами, практикуйте німецьку. Принесіть щось поїсти, якщо хочете.",
            ),
        },
    },
    {
        "key": "school-session-duisburg",
        "days_ahead": 70,
        "start": "16:30",
        "end": "18:00",
        "kind": "information_session",
        "city": "duisburg",
        "place": "vhs-duisburg",
        "languages": ["de", "ar", "uk"],
        "registration_required": True,
        "registration_url": "https://welcome.ruhr.invalid/sample/school-session",
        "organiser": "welcome.ruhr (Beispiel)",
        "title": "Beispiel: Kita und Schule für neu zugewanderte Familien",
        "description": "Wie finde ich einen Kita-Platz, wie melde ich mein Kind in der Schule an? Mit Übersetzung ins Arabische und Ukrainische.",
        "texts": {
            "en": (
                "Sample: childcare and school for newly arrived families",
                "How do I find a childcare place, how do I enrol my child at school? With interpreting into Arabic and Ukrainian.",
            ),
            "ar": (
                "مثال: الحضانة والمدرسة للعائلات القادمة حديثاً",
                "كيف أجد مكاناً في الحضانة، وكيف أسجل طفلي في المدرسة؟ مع ترجمة إلى العربية والأوكرانية.",
            ),
            "uk": (
                "Приклад: дитсадок і школа для сімей, які щойно приїхали",
                "Як знайти місце в дитсадку, як записати дитину до школи? З перекладом арабською та українською.",
            ),
        },
    },
]
