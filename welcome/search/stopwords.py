"""Words a question is made of but a page is not found by ("where do I register in Essen").

Dropped from queries only, in the reader's language and the languages of its fallback chain;
pages are indexed with every word. A query made only of such words keeps them all.
"""

from functools import cache

from .normalise import terms

STOP_WORDS = {
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr "
    "mich mir mein meine man wo wie was wer wann warum welche welcher welches wohin woher ist sind bin bist "
    "kann können muss müssen soll darf gibt habe hat haben werde wird werden im in am an auf aus bei "
    "mit nach von vom zu zum zur für über unter um als auch noch nur so nicht kein keine bitte",
    "en": "a an the and or but i me my you your we our he she it they them is are am was were be been do does "
    "did can could should would will shall must may might have has had how what where when why which who "
    "whom in on at to for of from by with about into as if not no there here this that these those get "
    "please need want",
    "ar": "في من على إلى الى عن مع هل ما ماذا أين اين كيف متى لماذا من أنا انا أنت انت نحن هو هي هم هذا هذه "
    "ذلك تلك التي الذي و أو او ثم لا لم لن قد كان يكون يمكن أريد اريد أحتاج",
    "tr": "ve veya ile bir bu şu o ben sen biz siz onlar ne nerede nereye nasıl neden niçin hangi kim zaman "
    "mi mı mu mü de da için gibi ama çok daha en var yok olan nedir",
    "uk": "і й та або але я ти він вона воно ми ви вони мене мені мій моя де куди як що хто коли чому який "
    "яка яке які це цей ця ті в у на з із зі до від для про по за чи не є можна треба потрібно",
    "ru": "и а но или я ты он она оно мы вы они меня мне мой моя где куда как что кто когда почему какой какая "
    "какое какие это этот эта в во на с со к ко до от для о об по за ли не есть можно нужно надо",
    "pl": "i a ale lub albo ja ty on ona ono my wy oni mnie mi mój moja gdzie dokąd jak co kto kiedy dlaczego "
    "jaki jaka jakie to ten ta w we na z ze do od dla o po za czy nie jest są można trzeba się",
    "ro": "și si sau dar eu tu el ea noi voi ei ele mă ma mie meu mea unde cum ce cine când cand de la pe în in "
    "din pentru cu despre este sunt pot trebuie un o al ale lui care",
    "es": "y e o u pero yo tú tu él ella nosotros vosotros ellos me mi mis dónde donde adónde cómo como qué que "
    "quién quien cuándo cuando por para de del a al en con sobre el la los las un una es son puedo debo "
    "tengo hay se",
    "fr": "et ou mais je tu il elle nous vous ils elles me moi mon ma mes où ou comment quoi que qui quand "
    "pourquoi quel quelle de du des le la les un une à a au aux en dans sur pour par avec est sont puis "
    "dois faut peux y se",
}


@cache
def stop_terms(language_code):
    """The stop words of one language, as search terms (folded and stemmed like the query)."""
    return frozenset(terms(STOP_WORDS.get(language_code, "")))
