"""Sample guides for trying the portal: clearly labelled, never real people.

Each entry: username, display name, city, country of origin, profession, languages,
topics, and a short story in several languages.
"""

SAMPLE_GUIDES = [
    {
        "username": "sample-amal",
        "display_name": "Amal (sample)",
        "city": "dortmund",
        "origin": "SY",
        "profession": "Software developer",
        "languages": ["ar", "de", "en"],
        "topics": ["job", "recognition", "everyday"],
        "stories": {
            "ar": "جئت من دمشق إلى دورتموند عام 2016 وأعمل اليوم مطوّرة برمجيات. أساعدك في الاعتراف بالشهادات والبحث عن عمل في قطاع تكنولوجيا المعلومات.",
            "de": "Ich kam 2016 aus Damaskus nach Dortmund und arbeite heute als Softwareentwicklerin. Ich helfe bei Anerkennung und Jobsuche in der IT.",
            "en": "I came from Damascus to Dortmund in 2016 and now work as a software developer. I help with recognition and finding a job in IT.",
        },
    },
    {
        "username": "sample-mehmet",
        "display_name": "Mehmet (sample)",
        "city": "essen",
        "origin": "TR",
        "profession": "Electrical engineer",
        "languages": ["tr", "de", "en"],
        "topics": ["job", "recognition", "family"],
        "stories": {
            "tr": "2019'da İzmir'den Essen'e geldim. Mühendislik diplomamın tanınması ve ailemin buraya gelişi hakkında deneyimlerimi paylaşıyorum.",
            "de": "Ich kam 2019 aus Izmir nach Essen. Ich teile meine Erfahrung mit der Anerkennung meines Ingenieursdiploms und dem Familiennachzug.",
        },
    },
    {
        "username": "sample-olena",
        "display_name": "Olena (sample)",
        "city": "bochum",
        "origin": "UA",
        "profession": "Nurse",
        "languages": ["uk", "ru", "de", "pl"],
        "topics": ["recognition", "family", "everyday"],
        "stories": {
            "uk": "Я приїхала з Харкова до Бохума у 2022 році. Працюю медсестрою і знаю, як пройти визнання медичної освіти та знайти школу для дітей.",
            "de": "Ich kam 2022 aus Charkiw nach Bochum. Ich arbeite als Pflegefachkraft und kenne den Weg zur Anerkennung und zur Schule für die Kinder.",
            "ru": "Я приехала из Харькова в Бохум в 2022 году. Работаю медсестрой и помогу с признанием диплома и школой для детей.",
        },
    },
    {
        "username": "sample-dmitri",
        "display_name": "Dmitri (sample)",
        "city": "duisburg",
        "origin": "KZ",
        "profession": "Logistics manager",
        "languages": ["ru", "de", "en", "kk"],
        "topics": ["job", "everyday"],
        "stories": {
            "ru": "Я из Алматы, живу в Дуйсбурге с 2015 года и работаю в логистике в порту. Расскажу о работе, жилье и повседневной жизни.",
            "de": "Ich komme aus Almaty, lebe seit 2015 in Duisburg und arbeite in der Hafenlogistik. Ich erzähle von Arbeit, Wohnen und Alltag.",
        },
    },
    {
        "username": "sample-grace",
        "display_name": "Grace (sample)",
        "city": "essen",
        "origin": "NG",
        "profession": "Researcher in chemistry",
        "languages": ["en", "de", "fr"],
        "topics": ["study", "family"],
        "stories": {
            "en": "I came from Lagos for my PhD at the University of Duisburg-Essen and stayed as a researcher. Ask me about studying, research visas and international schools.",
            "fr": "Je suis venue de Lagos pour mon doctorat à Essen et je suis restée comme chercheuse. Je réponds sur les études, la recherche et l'école.",
        },
    },
    {
        "username": "sample-lucia",
        "display_name": "Lucía (sample)",
        "city": "gelsenkirchen",
        "origin": "ES",
        "profession": "Physiotherapist",
        "languages": ["es", "de", "en", "pt"],
        "topics": ["recognition", "job", "everyday"],
        "stories": {
            "es": "Llegué de Valencia a Gelsenkirchen en 2018. Trabajo como fisioterapeuta y te cuento cómo reconocer tu título y encontrar trabajo.",
            "de": "Ich kam 2018 aus Valencia nach Gelsenkirchen. Ich arbeite als Physiotherapeutin und erzähle, wie Anerkennung und Jobsuche laufen.",
            "en": "I moved from Valencia to Gelsenkirchen in 2018 and work as a physiotherapist. I can explain recognition and job search.",
        },
    },
    {
        "username": "sample-reza",
        "display_name": "Reza (sample)",
        "city": "bochum",
        "origin": "IR",
        "profession": "PhD student in mechanical engineering",
        "languages": ["fa", "en", "de"],
        "topics": ["study", "everyday"],
        "stories": {
            "fa": "از تهران برای تحصیل به دانشگاه روهر بوخوم آمدم. درباره پذیرش دانشگاه، حساب مسدود و پیدا کردن خانه تجربه دارم.",
            "en": "I came from Tehran to study at Ruhr University Bochum. I know about admission, the blocked account and finding a room.",
        },
    },
    {
        "username": "sample-anna",
        "display_name": "Anna (sample)",
        "city": "oberhausen",
        "origin": "PL",
        "profession": "Accountant",
        "languages": ["pl", "de", "en"],
        "topics": ["business", "everyday"],
        "stories": {
            "pl": "Przyjechałam z Katowic do Oberhausen w 2012 roku. Prowadzę własne biuro księgowe i pomogę z założeniem firmy.",
            "de": "Ich kam 2012 aus Katowice nach Oberhausen und führe ein eigenes Buchhaltungsbüro. Ich helfe bei der Gründung.",
        },
    },
    {
        "username": "sample-ion",
        "display_name": "Ion (sample)",
        "city": "hagen",
        "origin": "RO",
        "profession": "Craftsman (electrician)",
        "languages": ["ro", "de", "it"],
        "topics": ["job", "recognition"],
        "stories": {
            "ro": "Am venit din Cluj la Hagen în 2017. Lucrez ca electrician și știu cum funcționează recunoașterea la Camera Meșteșugurilor.",
            "de": "Ich kam 2017 aus Cluj nach Hagen. Ich arbeite als Elektriker und kenne die Anerkennung bei der Handwerkskammer.",
        },
    },
    {
        "username": "sample-karim",
        "display_name": "Karim (sample)",
        "city": "herne",
        "origin": "MA",
        "profession": "Founder of a small IT company",
        "languages": ["ar", "fr", "de"],
        "topics": ["business", "job"],
        "stories": {
            "fr": "Je suis venu de Casablanca à Herne et j'ai créé ma petite entreprise informatique. Je partage mon expérience de la création d'entreprise.",
            "ar": "جئت من الدار البيضاء إلى هيرنه وأسست شركتي الصغيرة في مجال تكنولوجيا المعلومات. أشارك تجربتي في تأسيس المشاريع.",
        },
    },
    {
        "username": "sample-priya",
        "display_name": "Priya (sample)",
        "city": "dortmund",
        "origin": "IN",
        "profession": "Data scientist",
        "languages": ["hi", "en", "ta", "de"],
        "topics": ["job", "family", "everyday"],
        "stories": {
            "en": "I moved from Chennai to Dortmund with an EU Blue Card in 2020, with my husband and daughter. Ask me about the Blue Card, Kita and daily life.",
            "hi": "मैं 2020 में ब्लू कार्ड के साथ चेन्नई से डॉर्टमुंड आई। ब्लू कार्ड, किटा और रोज़मर्रा की ज़िंदगी के बारे में पूछें।",
        },
    },
    {
        "username": "sample-shilan",
        "display_name": "Shilan (sample)",
        "city": "kreis-recklinghausen",
        "origin": "IQ",
        "profession": "Teacher",
        "languages": ["ckb", "kmr", "ar", "de"],
        "topics": ["family", "recognition", "everyday"],
        "stories": {
            "ckb": "لە هەولێرەوە هاتمە ناوچەی ڕێکلینگهاوزن. مامۆستام و لە بارەی قوتابخانە و ناسینەوەی بڕوانامەی مامۆستایی یارمەتیت دەدەم.",
            "de": "Ich kam aus Erbil in den Kreis Recklinghausen. Ich bin Lehrerin und helfe bei Schule und Anerkennung als Lehrkraft.",
        },
    },
    {
        "username": "sample-tesfay",
        "display_name": "Tesfay (sample)",
        "city": "hamm",
        "origin": "ER",
        "profession": "Nursing trainee",
        "languages": ["ti", "am", "en", "de"],
        "topics": ["study", "everyday"],
        "stories": {
            "en": "I came from Asmara and am training as a nurse in Hamm. I can help with vocational training and German courses.",
            "ti": "ካብ ኣስመራ መጺአ ኣብ ሃም ናይ ነርስ ስልጠና እወስድ ኣለኹ። ብዛዕባ ሞያዊ ስልጠናን ትምህርቲ ጀርመንን ክሕግዝ እኽእል።",
        },
    },
    {
        "username": "sample-joao",
        "display_name": "João (sample)",
        "city": "muelheim",
        "origin": "BR",
        "profession": "Chef",
        "languages": ["pt", "es", "en", "de"],
        "topics": ["business", "everyday"],
        "stories": {
            "pt": "Vim de São Paulo para Mülheim e abri meu próprio restaurante. Posso ajudar com abertura de empresa e a vida no dia a dia.",
            "en": "I came from São Paulo to Mülheim and opened my own restaurant. I can help with starting a business and everyday life.",
        },
    },
]

SAMPLE_COORDINATOR = "sample-coordinator"
# Documented demo passwords (README); the accounts exist only with DEBUG on or --sample-accounts.
DEMO_GUIDE_PASSWORD = "welcome-guide-demo"
DEMO_COORDINATOR_PASSWORD = "welcome-coordinator-demo"
