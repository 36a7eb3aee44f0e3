"""Kind and topic cue words in the languages London's groups often write in besides English.

Used only for messages whose detected language is not English (see cues.score_text). One table
per language: label -> words. A word is matched, after lower-casing and removing accents,
at the start of a word of the message (so a stem covers its endings: 'wolontariusz' finds
'wolontariuszy'; Turkish, Somali and Lithuanian suffixes need no listing); in scripts without
case or with prefixes (Arabic, Urdu, Persian, Bengali, Tamil, Gujarati, Punjabi, Hindi, Amharic,
Tigrinya, Chinese), anywhere in the text, as written (no accent removal). As in cues.py, a
leading '~' makes a cue weak, '+' medium, none strong; a trailing space asks for the end of the
word. Labels: 'kind:*', and 'sub:*' subtopics (their topic follows from taxonomy.SUBTOPIC_TOPIC).

Writing the words:
- Only the last word of a phrase may be a stem: 'mieszkanie socjaln' finds 'mieszkanie
  socjalne' but not 'mieszkania socjalnego', so inflected first words are listed one by one.
- A stem must not start unrelated common words ('park' would find Polish 'parking': 'park ',
  'parku' instead). Removing accents merges words in some languages (Vietnamese 'thuê' rent and
  'thuế' tax, Greek stress marks), so there phrases of two or more words are used.
- Words of the scripts matched anywhere are written in NFC, as messages are (Bengali য়, Hindi
  nukta letters decomposed); Urdu with ی ک ہ, Persian with ی ک ه, Arabic with ي ك ه.
- A word that a close neighbour's table (ALSO) already has, with the same label and at least the
  same weight, is left out: Russian before Ukrainian before Bulgarian, Spanish before Portuguese,
  Arabic before Urdu before Persian, Amharic before Tigrinya (both tables count for either).
- English loanwords count as people write them in London: in Latin letters the English cues
  find them already ('council', 'grant'); in other scripts their transliterations are listed,
  alone when they carry a topic (গ্রান্ট, ग्रांट, ورکشاپ) and in phrases when they need one
  (কাউন্সিলের বাড়ি, 'council's house'; a bare каунсил is weak).
"""

from __future__ import annotations

# Scripts without letter case, or where words take prefixes: matched anywhere in the text.
SUBSTRING_LANGUAGES = frozenset(
    {"ar", "ur", "fa", "bn", "ta", "gu", "pa", "hi", "am", "ti", "zh", "ja"}
)

# Languages whose tables are also tried for a message detected as the key (shared scripts and
# close neighbours; a wrong guess between them should not lose the cues). Bulgarian is written
# in Cyrillic and a detector may take it for Russian or Ukrainian; Tigrinya and Amharic share
# the Ethiopic script; Spanish and Portuguese share many words.
ALSO = {
    "ru": ("uk", "bg"),
    "uk": ("ru", "bg"),
    "bg": ("ru", "uk"),
    "ar": ("ur", "fa"),
    "ur": ("ar", "fa"),
    "fa": ("ar", "ur"),
    "pt": ("es",),
    "es": ("pt",),
    "hi": ("pa",),
    "pa": ("hi",),
    "am": ("ti",),
    "ti": ("am",),
}

CueTable = dict[str, tuple[str, ...]]

# Filled lines, one label to a tuple (ruff would put every word on a line of its own).
# fmt: off
WORDS: dict[str, CueTable] = {
    # Polish
    "pl": {
        "kind:need": (
            "szukam", "poszukuj", "potrzebuj", "brakuje nam", "+szuka", "+potrzebn", "+pomozcie",
            "+prosimy o pomoc", "+prosze o pomoc", "+przyda sie", "+czy ktos ma",
            "+czy ktos moze pomoc", "+czy ktos moglby", "~pilnie", "~pomocy",
        ),
        "kind:offer": (
            "oferuj", "mozemy pomoc", "moge pomoc", "chetnie pomoge", "chetnie pomozemy",
            "udostepni", "oddam", "+zapewniamy", "+moge", "+mozemy", "+bezplatn", "+oferta",
            "~za darmo", "~chetnie",
        ),
        "kind:event": (
            "zapraszamy", "warsztat", "zebrani", "szkoleni", "dzien otwart", "dniu otwart",
            "+zapraszam", "+spotkani", "+serdecznie zaprasz", "+wstep wolny", "+wstep bezplatny",
            "+zapisy", "+webinar", "+dolacz do nas", "+dolaczcie", "+przyjdzcie", "~przyniescie",
            "~festyn", "~festiwal", "~piknik", "~kiermasz", "~kurs", "~poniedzial", "~wtorek",
            "~wtork", "~srode", "~sroda ", "~srody", "~czwartek", "~czwartk", "~piatek", "~piatk",
            "~sobot", "~niedziel", "~co tydzien", "~godz",
        ),
        "kind:funding": (
            "dofinansowani", "dotacj", "mikrogrant", "konkurs grantow", "oglasza nabor",
            "program grantow", "nabor wniosk", "+wnioski do", "+grant", "+termin skladania",
            "+wnioski mozna", "+nabor", "+stypendi", "+finansowani", "~do £", "~termin",
        ),
        "kind:knowhow": (
            "nasze doswiadczeni", "z doswiadczenia", "z mojego doswiadczenia",
            "z naszego doswiadczenia", "nauczylismy", "sprawdzilo sie", "+nauczk",
            "+pierwszy krok", "+rada:", "+porada", "+wskazowk", "+nasza rada", "+okazalo sie",
            "+polecam", "+pamietajcie", "+warto ", "~zadzialal",
        ),
        "kind:question": (
            "czy ktos wie", "czy wiecie", "+jak zalozyc", "+jak mozna", "+co zrobic", "+czy mozna",
            "+czy trzeba", "+kto wie", "+czy ktos", "~jak ", "~gdzie ", "~jakie sa", "~czy ",
        ),
        "sub:planning_applications": (
            "pozwolenie na budow", "pozwolenia na budow", "pozwoleniu na budow", "+planistyczn",
            "+zabudow", "+deweloper", "+wiezowc", "+wiezowiec", "+sprzeciw wobec", "+planning",
        ),
        "sub:local_plans": (
            "plan miejscow", "planu miejscow", "planie miejscow", "miejscowy plan",
            "miejscowego planu", "plan zagospodarowania", "planu zagospodarowania",
            "planowanie przestrzenn", "planowania przestrzenn", "plan sasiedzk", "planu sasiedzk",
            "+plan dzielnicy", "+planu dzielnicy", "+plan lokaln", "+planu lokaln",
        ),
        "sub:regeneration": (
            "rewitalizacj", "regeneracj", "gentryfikacj", "+wyburzeni", "+wyburzy", "+rozbiork",
            "+przebudow", "~odnowy",
        ),
        "sub:community_assets": (
            "ratujmy", "uratujmy", "+wlasnosc spolecznosc", "+wlasnoscia spolecznosc",
            "+mienie komunaln", "~zamkniec", "~wykup",
        ),
        "sub:heritage": (
            "dziedzictw", "zabyt", "konserwator", "historia lokaln", "historii lokaln",
            "+historyczn", "~muzeum", "~muzea", "~archiw",
        ),
        "sub:tenants_rights": (
            "czynsz", "eksmisj", "lokator", "najem", "najmu", "wilgo", "plesn", "kaucj",
            "+wynajmujac", "+wlasciciel", "+mieszkani", "+naprawy", "~grzyb", "~remont",
        ),
        "sub:social_housing": (
            "mieszkanie socjaln", "mieszkania socjaln", "mieszkan socjaln", "mieszkaniu socjaln",
            "mieszkanie komunaln", "mieszkania komunaln", "mieszkan komunaln", "mieszkanie z rady",
            "mieszkania z rady", "lista oczekujacych", "liste oczekujacych", "+councilow",
            "~osiedl",
        ),
        "sub:community_led_housing": (
            "spoldzielnia mieszkaniow", "spoldzielni mieszkaniow", "spoldzielnie mieszkaniow",
            "kooperatywa mieszkaniow", "+cohousing", "+kohousing",
        ),
        "sub:homelessness": (
            "bezdomn", "noclegowni", "zakwaterowanie tymczasow", "zakwaterowaniu tymczasow",
            "tymczasowe zakwaterow", "tymczasowym zakwaterow", "tymczasowego zakwaterow",
            "bez dachu nad glowa", "+schronisk", "~na ulicy",
        ),
        "sub:social_enterprise": (
            "przedsiebiorstwo spoleczn", "przedsiebiorstwa spoleczn", "przedsiebiorstw spoleczn",
            "ekonomia spoleczn", "ekonomii spoleczn", "firma spoleczn", "firmy spoleczn",
            "przedsiebiorczosc spoleczn", "+biznes spoleczn", "+non-profit", "+non profit",
        ),
        "sub:cooperatives": ("spoldzielni", "spoldzielcz", "kooperatyw"),
        "sub:high_streets": (
            "glowna ulic", "glownej ulic", "ulica handlow", "ulicy handlow", "puste sklep",
            "pustych sklep", "male firmy", "malych firm", "sklepikarz", "+sklep", "+przedsiebiorc",
            "+pustostan", "+centrum miasta", "~lokal ", "~lokalu", "~lokale ", "~witryn",
        ),
        "sub:markets": (
            "targ ", "targu", "targi ", "targowisk", "kiermasz", "jarmark", "bazar", "stragan",
            "+stoisk", "+handlarz", "+handlowc",
        ),
        "sub:time_banks": (
            "bank czasu", "banku czasu", "wymiana umiejetnosci", "wymiany umiejetnosci",
            "wymiana uslug", "wymiany uslug", "waluta lokaln", "waluty lokaln",
        ),
        "sub:workspace": (
            "swietlic", "wynajem sal", "wynajmu sal", "centrum spolecznosc", "dom kultury",
            "domu kultury", "+coworking", "+pracownia", "+pracownie ", "+pomieszczen", "~sala ",
            "~sali ", "~sale ", "~salk", "~przestrzen ", "~przestrzeni ", "~miejsce na spotkania",
        ),
        "sub:green_space": (
            "park ", "parku", "parki ", "parkow ", "parkach", "parkiem", "parkami", "drzew",
            "zielen", "teren zielon", "tereny zielon", "terenow zielon", "terenach zielon",
            "bioroznorodn", "+przyrod", "+skwer", "~las ", "~lasu",
        ),
        "sub:air_quality": (
            "zanieczyszczeni", "jakosc powietrza", "jakosci powietrza", "smog", "spalin",
            "czyste powietrze", "czystego powietrza", "czystym powietrzem", "~ruch uliczn",
            "~ruchu uliczn", "~powietrz",
        ),
        "sub:climate": (
            "zmiany klimat", "zmian klimat", "zmianami klimat", "klimatyczn", "slad weglow",
            "sladu weglow", "dwutlenek wegla", "dwutlenku wegla", "ocieplen", "docieplen",
            "termomodernizacj", "pompa ciepla", "pompy ciepla", "pomp ciepla", "zeroemisyjn",
            "+klimat", "+emisj", "~zrownowazon", "~ekologiczn",
        ),
        "sub:food_growing": (
            "ogrod spoleczn", "ogrodzie spoleczn", "ogrodu spoleczn", "ogrody spoleczn",
            "ogrodnict", "ogrodnik", "ogrodnicz", "warzyw", "sadzonk", "grzadk", "grzadek",
            "+ogrod", "+dzialk", "+uprawa ", "+uprawy ", "+uprawia", "+uprawie ", "+nasion",
            "~ziol",
        ),
        "sub:waste": (
            "recykling", "smieci", "smietnik", "zasmiec", "odpady", "odpadow", "odpadami",
            "odpadach", "sprzatani", "segregacj", "kompost", "wysypisk", "ponowne uzyci",
            "ponownego uzyci", "+upcykling", "+sprzatamy", "~naprawiani",
        ),
        "sub:energy": (
            "fotowolta", "odnawialn", "panele sloneczn", "paneli sloneczn", "panel sloneczn",
            "energia sloneczn", "energii sloneczn", "rachunki za prad", "rachunkow za prad",
            "rachunki za energi", "+energi", "+energetyczn", "+solarn", "+za prad", "~ogrzewani",
        ),
        "sub:consultations": (
            "konsultacje spoleczn", "konsultacji spoleczn", "konsultacjach spoleczn", "+konsultac",
            "+wyrazic opini", "+swoja opini", "+wasza opini", "+opinii mieszkancow",
            "+zdanie mieszkancow", "~uwagi do",
        ),
        "sub:organising": (
            "kampani", "petycj", "protest", "demonstracj", "zbieramy podpisy", "+marsz",
            "+mobiliz", "+lobbing", "+walczymy", "+wiec ", "~podpis", "~organizuj", "~akcj",
        ),
        "sub:volunteering": (
            "wolontar", "+ochotni", "+chetnych do pomocy", "~chetnych", "~chetni ",
        ),
        "sub:residents_associations": (
            "stowarzyszenie mieszkancow", "stowarzyszenia mieszkancow", "stowarzyszenie lokatorow",
            "stowarzyszenia lokatorow", "zwiazek lokatorow", "rada mieszkancow",
            "rady mieszkancow", "komitet mieszkancow", "komitetu mieszkancow",
            "+wspolnota mieszkaniow", "+wspolnoty mieszkaniow", "~grupa sasiedzk",
            "~grupe sasiedzk", "~mieszkancow", "~sasiedz",
        ),
        "sub:festivals": (
            "festyn", "festiwal", "swieto", "swieta ", "piknik", "obchody", "obchodach", "dozynk",
            "jaselk", "+wigili", "+dzien dziecka", "+karnawal", "+impreza uliczn",
            "+imprezy uliczn", "~impreza", "~zabawa", "~koncert",
        ),
        "sub:legal_advice": (
            "prawnik", "prawnicz", "adwokat", "radca prawn", "radcy prawn", "radce prawn",
            "porada prawn", "porady prawn", "porad prawn", "pomoc prawn", "pomocy prawn",
            "trybunal", "+kancelari", "+pozew ", "+pozwu", "+prawn", "~prawo ", "~rozpraw",
        ),
        "sub:governance": (
            "statut", "powierni", "walne zgromadzeni", "walnym zgromadzeni", "skarbnik",
            "forma prawn", "formy prawn", "osobowosc prawn", "osobowosci prawn", "+zarzad ",
            "+zarzadu", "+zarzadzie", "+fundacj", "+ksiegowos", "~stowarzyszeni", "~charytatywn",
            "~zarejestrowac",
        ),
        "sub:leases": (
            "dzierzaw", "najem lokalu", "najmu lokalu", "umowa najmu lokalu", "~umowy najmu",
            "~licencj", "~przedluzenie umowy", "~przedluzenia umowy",
        ),
        "sub:rights": (
            "imigrac", "dyskryminac", "rasizm", "rasistow", "azyl", "uchodzc", "prawa pracownicz",
            "praw pracownicz", "prawa czlowieka", "praw czlowieka", "nierowne traktowan",
            "+imigrant", "+rownosc", "+settled status", "+wyzysk", "+niewyplacon", "+mobbing",
            "~wiza ", "~wizy ",
        ),
        "sub:community_mapping": (
            "mapowani", "+mapowac", "+mapa", "+mapy", "+mape", "+mapie", "+mapk", "~kartograf",
        ),
        "sub:gis": (
            "dane przestrzenn", "danych przestrzenn", "analiza przestrzenn", "analizy przestrzenn",
            "geoinformac", "+kartograf",
        ),
        "sub:surveys": (
            "ankiet", "kwestionariusz", "sondaz", "zbieranie danych", "zbierania danych",
            "+od drzwi do drzwi", "~badani", "~wywiad", "~liczeni",
        ),
        "sub:websites": (
            "strona internetow", "strony internetow", "strone internetow", "stronie internetow",
            "stron internetow", "strona www", "strony www", "strone www", "stronie www",
            "formularz online", "formularza online", "+domen", "+newsletter", "+lista mailow",
            "+system rezerwac", "+sklep internetow", "~witryn", "~aplikacj",
        ),
        "sub:data": (
            "baza danych", "bazy danych", "baze danych", "bazie danych", "otwarte dane",
            "otwartych danych", "ochrona danych", "ochrony danych", "rodo ", "arkusz kalkulac",
            "+excel ", "+excelu", "+excela", "+statystyk", "~arkusz", "~danych", "~dane ",
        ),
        "sub:digital_inclusion": (
            "komputer", "internet ", "internetu", "internecie", "smartfon", "tablet ", "tabletu",
            "tablety", "tablecie", "laptop", "umiejetnosci cyfrow", "wykluczeni cyfrow", "+cyfrow",
            "~telefon", "~e-mail", "~online",
        ),
        "sub:security": (
            "oszust", "wyludzeni", "cyberbezpieczenstw", "bezpieczenstwo w sieci",
            "bezpieczenstwa w sieci", "bezpieczenstwo w internecie", "bezpieczenstwa w internecie",
            "bezpieczenstwo online", "+zhakow", "+falszyw", "+podszywa", "~hasl", "~wirus",
        ),
        "sub:design": (
            "ulotk", "ulotek", "plakat", "graficzn", "logo ", "logotyp", "baner", "broszur",
            "+grafik", "+projektant", "+projektowani", "~druk",
        ),
        "sub:social_media": (
            "media spolecznosciow", "mediach spolecznosciow", "mediow spolecznosciow",
            "mediami spolecznosciow", "+fejsbuk", "+insta ", "+obserwujac", "~posty",
        ),
        "sub:press": (
            "prasa", "prasie", "prase", "prasy", "komunikat prasow", "dziennikarz", "reportaz",
            "+gazet", "+telewizj", "+radio", "~artykul", "~media", "~wywiad", "~prasow",
        ),
        "sub:translation": (
            "tlumacz", "przetlumacz", "dwujezyczn", "na polski ", "na jezyk polski",
            "+na angielski ", "~po polsku",
        ),
        "sub:storytelling": (
            "opowiesc", "opowiadani", "historia mowion", "historii mowion", "fotograf",
            "dokumentaln", "+film", "+nagrani", "+wspomnien", "~zdjec", "~wystaw",
        ),
        "sub:grants": (
            "konkurs grantow", "program grantow", "nabor wniosk", "oglasza nabor", "grant",
            "mikrogrant", "dofinansowani", "dotacj", "subwencj", "+finansowani", "+fundusz",
            "+stypendi",
        ),
        "sub:bid_writing": (
            "pisanie wniosk", "pisaniu wniosk", "pisania wniosk", "napisac wniosek",
            "napisaniu wniosk", "wniosek o dofinansowani", "wniosek o grant", "wniosku o grant",
            "wniosek grantow", "wniosku grantow", "wnioski grantow", "wnioskow grantow",
            "aplikacja grantow", "aplikacji grantow", "+budzet projektu", "~wniosek ", "~wniosk",
        ),
        "sub:crowdfunding": (
            "zrzutk", "darowizn", "datek", "datki", "datkow", "zbiorka na", "zbiorke na",
            "zbiorki na", "zbiorce na", "+zbieramy na", "+wesprzyj", "+wesprzec", "~zbiorka",
            "~zbiorce", "~wplat",
        ),
        "sub:fundraising": (
            "zbieranie funduszy", "zbierania funduszy", "zbiorka funduszy", "zbiorka pieniedzy",
            "pozyskiwanie funduszy", "pozyskiwania funduszy", "pozyskiwanie srodkow",
            "kiermasz ciast", "sponsor", "+loteri", "+aukcj", "~dochod ", "~dochodu", "~dochody",
            "~dochodow ",
        ),
    },
    # Turkish
    "tr": {
        "kind:need": (
            "ariyoruz", "ariyorum", "ihtiyacimiz", "gerekiyor", "yardimci olabilecek", "+ihtiyac",
            "+yardim edebilecek", "+yardim lazim", "+yardim edin", "+destek olun",
            "+rica ediyoruz", "+ariyor", "+lazim", "~gerekli", "~var mi", "~yardim",
        ),
        "kind:offer": (
            "sunuyoruz", "ucretsiz danisman", "yardim edebilirim", "yardimci olabilirim",
            "yardimci olabiliriz", "verebilirim", "+verebiliriz", "+edebilirim", "+edebiliriz",
            "+yapabilirim", "+yapabiliriz", "+sunabiliriz", "+hizmet veriyoruz",
            "+teklif ediyoruz", "+ucretsiz", "+veriyoruz", "+verilecek", "+ogretebilirim",
            "+kiralayabiliriz", "~bedava",
        ),
        "kind:event": (
            "davet", "atolye", "toplantimiz", "toplantisi", "etkinli", "hepinizi bekliyoruz",
            "katilim ucretsiz", "+toplanti", "+bulusma", "+seminer", "+soylesi ", "+soylesiye",
            "+soylesisi", "+soylesiler", "+katilabilirsiniz", "+kayit", "~senlik", "~festival",
            "~gecesi", "~kurs", "~pazartesi", "~sali gunu", "~carsamba", "~persembe", "~cuma",
            "~pazar gunu", "~bu hafta", "~saat",
        ),
        "kind:funding": (
            "hibe", "fon ", "fonu ", "destek programi", "+son basvuru", "+basvuru tarihi",
            "+basvurular", "+basvurabilir", "+finansman", "+burs ", "+bursu", "+burslar", "~odul",
        ),
        "kind:knowhow": (
            "tecrubemiz", "deneyimimiz", "deneyimlerimiz", "ogrendik", "ise yaradi",
            "tecrube paylasim", "deneyim paylasim", "+tecrubeyle", "+ipucu", "+tavsiye",
            "+unutmayin", "+onerim", "+dikkat edin", "+bilgi notu", "+gozlem", "+bir ders",
            "~kontrol edin", "~deneyin",
        ),
        "kind:question": (
            "nereden", "nerede ", "bilen var", "bilgisi olan", "mumkun mu", "ne yapmaliyiz",
            "+nasil ", "+yapabilir miyiz", "+gerekir mi", "+biliyor mu", "+bilir mi", "+ne yapmam",
            "+ne yapmali", "+nereye basvur", "+kim ", "~mi?", "~mu?", "~mi ", "~mu ",
        ),
        "sub:planning_applications": (
            "insaat izni", "yapi ruhsat", "planlama basvuru", "planlama izni", "gokdelen", "+imar",
            "+insaat", "+itiraz", "+muteahhit", "+planning",
        ),
        "sub:local_plans": (
            "imar plan", "yerel plan", "mahalle plan", "kentsel plan", "nazim plan",
            "+arazi kullanim",
        ),
        "sub:regeneration": (
            "kentsel donusum", "soylulastirma", "rejenerasyon", "+yenileme", "+yikim", "+yikil",
        ),
        "sub:community_assets": ("kurtaralim", "+kapanmasin", "+toplum varlig", "~kapatil"),
        "sub:heritage": (
            "tarihi bina", "tarihi yapi", "tarihi eser", "kulturel miras", "+miras", "+anit",
            "+koruma alan", "+yerel tarih", "~muze", "~arsiv",
        ),
        "sub:tenants_rights": (
            "ev sahib", "kira ", "kirasi", "kiray", "kiraci", "tahliye", "rutubet", "kuf ",
            "kuflu", "kuflen", "+tamirat", "+onarim", "+depozito", "~kiralik",
        ),
        "sub:social_housing": (
            "belediye evi", "belediye evleri", "belediye konut", "sosyal konut", "konut dernegi",
            "+council evi", "+kaunsil evi", "+bekleme listesi",
        ),
        "sub:community_led_housing": ("konut kooperatif", "+ortak yasam", "+topluluk konut"),
        "sub:homelessness": (
            "evsiz", "gecici konaklama", "gecici barinma", "sokakta yatan", "sokakta yasayan",
            "+barinak",
        ),
        "sub:social_enterprise": ("sosyal girisim", "sosyal isletme", "+kar amaci gutmeyen"),
        "sub:cooperatives": ("kooperatif",),
        "sub:high_streets": (
            "esnaf", "dukkan", "ana cadde", "bos dukkan", "kucuk isletme", "+magaza", "+carsi",
            "~cadde", "~isletme",
        ),
        "sub:markets": (
            "pazar yeri", "pazari", "pazarda", "pazarci", "+tezgah", "+kermes", "~pazar ",
            "~saticilar",
        ),
        "sub:time_banks": (
            "zaman bankas", "beceri paylasim", "beceri takas", "hizmet takas", "yerel para",
        ),
        "sub:workspace": (
            "toplum merkez", "salon kira", "oda kira", "calisma alan", "ofis alan", "+mekan ",
            "+mekani ", "+mekanlar", "+mekanda", "+mekana ", "+studyo", "~salon",
        ),
        "sub:green_space": (
            "yesil alan", "agac", "fidan", "biyolojik cesitlilik", "+park", "+doga ", "+dogaya",
            "+doganin", "+dogada", "+dogayi",
        ),
        "sub:air_quality": (
            "hava kirlili", "hava kalitesi", "egzoz", "temiz hava", "+kirlilik", "~trafik",
        ),
        "sub:climate": (
            "iklim", "karbon", "yalitim", "isi pompa", "kuresel isinma", "net sifir", "+emisyon",
            "~surdurulebilir",
        ),
        "sub:food_growing": (
            "bostan", "sebze", "toplum bahce", "+bahce", "+fide", "+tohum", "~yetistir",
        ),
        "sub:waste": (
            "geri donusum", "cop ", "copler", "coplu", "copu ", "copun", "atik", "kompost",
            "tamir kafe", "onarim kafe", "cevre temizli", "~temizlik",
        ),
        "sub:energy": (
            "gunes paneli", "gunes panelleri", "gunes enerji", "yenilenebilir", "elektrik fatura",
            "dogalgaz fatura", "+enerji", "~fatura", "~isinma",
        ),
        "sub:consultations": (
            "halka danisma", "kamu danisma", "gorus bildir", "+danisma ", "+danismasi",
            "+danismaya", "+gorusunuz", "+goruslerinizi", "+istisare", "~fikrini",
        ),
        "sub:organising": (
            "kampanya", "dilekce", "imza topla", "protesto", "orgutle", "+eylem", "+yuruyus",
            "+miting", "+direnis", "+lobi",
        ),
        "sub:volunteering": ("gonullu",),
        "sub:residents_associations": (
            "sakinler dernegi", "kiracilar dernegi", "+mahalle dernegi", "+mahalle komite",
            "~komsu", "~mahalle", "~sakinler", "~dernek",
        ),
        "sub:festivals": (
            "senlik", "festival", "kultur gecesi", "kutlama", "bayram", "nevruz", "+iftar",
            "+piknik", "+kermes", "~gecesi", "~halay",
        ),
        "sub:legal_advice": (
            "avukat", "hukuk", "adli yardim", "+mahkeme", "+dava ", "+davasi", "+tribunal",
        ),
        "sub:governance": (
            "dernek kur", "tuzuk", "yonetim kurulu", "mutevelli", "sayman", "genel kurul",
            "hayir kurumu", "+vakif", "+tescil", "+hukuki yapi",
        ),
        "sub:leases": ("isyeri kira", "kira sozlesme", "kira kontrat", "~mulk sahibi"),
        "sub:rights": (
            "gocmenlik", "calisma haklari", "isci haklari", "insan haklari", "ayrimci", "multeci",
            "siginma", "irkcilik", "esitlik", "oturum izni", "odenmeyen maas", "+gocmen",
            "+haklari", "+vize", "+settled status",
        ),
        "sub:community_mapping": ("haritala", "+harita"),
        "sub:gis": ("cografi bilgi", "+mekansal", "+cbs "),
        "sub:surveys": (
            "anket", "veri toplama", "saha calismasi", "kapi kapi", "~sayim", "~mulakat",
        ),
        "sub:websites": (
            "web sitesi", "web sitemiz", "internet sitesi", "web sayfa", "alan adi", "+e-bulten",
            "+rezervasyon sistemi", "~site ", "~uygulama",
        ),
        "sub:data": (
            "veri taban", "veritaban", "acik veri", "kisisel veri", "+veri ", "+veriler", "+excel",
            "+istatistik", "~tablo",
        ),
        "sub:digital_inclusion": (
            "bilgisayar", "akilli telefon", "dijital beceri", "+internet", "+dijital", "+tablet",
            "~e-posta", "~online", "~teknoloji",
        ),
        "sub:security": (
            "dolandiric", "internet guvenli", "siber", "hacklen", "sahte mesaj", "oltalama",
            "+sifre",
        ),
        "sub:design": (
            "brosur", "afis", "el ilani", "tasarim", "logo", "+grafik", "+poster", "+pankart",
        ),
        "sub:social_media": ("sosyal medya", "+takipci", "~paylasim"),
        "sub:press": (
            "basin aciklama", "basin bulten", "gazete", "muhabir", "+radyo", "+televizyon",
            "+haber", "+roportaj", "~basin ", "~medya",
        ),
        "sub:translation": (
            "cevir", "tercuman", "tercume", "turkceye", "ingilizceye", "iki dilli",
            "+turkce konusan",
        ),
        "sub:storytelling": (
            "hikaye", "belgesel", "sozlu tarih", "fotograf", "+film", "+video", "+hatira",
            "~anlati", "~sergi",
        ),
        "sub:grants": (
            "hibe", "fon ", "fonu ", "fonlar", "fonlama", "+destek programi", "+finansman",
            "+odenek", "+burs ", "+bursu", "+burslar",
        ),
        "sub:bid_writing": (
            "basvuru yaz", "basvuruyu yaz", "hibe basvuru", "+basvuru formu", "+proje teklif",
            "~basvuru",
        ),
        "sub:crowdfunding": (
            "bagis ", "bagisi", "bagislar", "bagista", "bagisc", "kitlesel fonlama",
            "+yardim kampanya",
        ),
        "sub:fundraising": ("para topla", "fon topla", "sponsor", "+piyango", "+kermes"),
    },
    # Portuguese
    "pt": {
        "kind:need": (
            "precisamos", "precisa de", "procuramos", "procuro", "estamos a procura",
            "estamos procurando", "necessitamos", "procura-se", "+preciso", "+precisa",
            "+alguem pode ajudar", "+ajudem", "+faz falta", "~ajuda",
        ),
        "kind:offer": (
            "posso fazer", "posso ajudar", "podemos ajudar", "oferecemos", "ofereco",
            "disponibilizamos", "podemos oferecer", "+estou disponivel", "+disponivel para",
            "+tenho disponibilidade", "+de graca", "+posso",
        ),
        "kind:event": (
            "reunioes", "convidamos", "reuniao", "encontro", "palestra", "entrada livre",
            "todos sao bem-vindos", "+oficina", "+convite", "+participe", "+apareca", "+junte-se",
            "~inscricoes", "~sessao", "~festa", "~segunda-feira", "~terca", "~quarta-feira",
            "~quinta-feira", "~sexta-feira", "~venham", "~as 1", "~as 2", "~horas",
        ),
        "kind:funding": (
            "financiamento disponiv", "candidaturas abertas", "inscricoes abertas",
            "+candidaturas", "+prazo", "+edital", "+apoio financeiro", "+subsidio", "+ate £",
            "+bolsa", "+concurso",
        ),
        "kind:knowhow": (
            "a nossa experiencia", "nossa experiencia", "aprendemos", "+dica", "+conselho",
            "+funcionou", "+vale a pena", "+nao se esquecam", "+lembrem-se", "+recomendo",
            "+licao",
        ),
        "kind:question": (
            "alguem sabe", "alguem conhece", "como posso", "+onde ", "+e possivel", "+sera que",
            "+o que fazer", "+devemos", "+quem sabe",
        ),
        "sub:planning_applications": (
            "licenca de construcao", "licenca de obra", "pedido de planeamento",
            "pedido de planejamento", "+planeamento", "+planejamento", "+construtora",
            "+empreendimento", "+promotor imobiliar", "+objecao", "+objecoes", "~construcao",
            "~obras",
        ),
        "sub:local_plans": (
            "plano local", "plano de bairro", "plano diretor", "plano director",
            "ordenamento do territorio", "+zoneamento", "+uso do solo", "+plano urban",
        ),
        "sub:regeneration": (
            "regeneracao", "requalificacao", "revitalizacao", "renovacao urban",
            "reabilitacao urban", "+demolir",
        ),
        "sub:community_assets": (
            "bem comunitario", "bens comunitarios", "propriedade comunitaria", "+salvar o ",
            "+salvar a ", "~encerramento",
        ),
        "sub:heritage": (
            "edificio historic", "predio historic", "~conservacao", "~museu", "~arquivo",
            "~memoria",
        ),
        "sub:tenants_rights": (
            "senhorio", "arrendamento", "aluguel", "aluguer", "despejo", "humidade", "umidade",
            "mofo", "bolor", "aumento da renda", "+renda", "+reparacoes", "+reparos", "+caucao",
            "+proprietario",
        ),
        "sub:social_housing": (
            "habitacao social", "habitacao municipal", "casa do conselho", "casa da camara",
            "conjunto habitacional", "~bairro social",
        ),
        "sub:community_led_housing": (
            "cooperativa de habitacao", "cooperativa habitacional", "habitacao comunitaria",
            "+autoconstrucao",
        ),
        "sub:homelessness": (
            "sem-abrigo", "sem abrigo", "sem-teto", "sem teto", "moradores de rua",
            "morador de rua", "situacao de rua", "alojamento temporario", "+abrigo",
            "~dormir na rua",
        ),
        "sub:social_enterprise": ("empreendimento social", "~sem fins lucrativos"),
        "sub:high_streets": (
            "lojas locais", "lojas vazias", "rua principal", "+loja", "+centro da cidade",
        ),
        "sub:markets": (
            "a feira", "na feira", "uma feira", "numa feira", "da feira", "feira livre",
            "feira de artesanato", "feira solidaria", "feirinha", "feirantes", "mercadinho",
            "bazar", "~banca", "~vendedores",
        ),
        "sub:time_banks": (
            "banco de tempo", "banco do tempo", "troca de competencias", "troca de habilidades",
            "troca de servicos", "moeda local",
        ),
        "sub:workspace": (
            "aluguer de sala", "aluguel de sala", "aluguer do espaco", "+escritorio", "+atelie",
            "~salao", "~espaco",
        ),
        "sub:green_space": (
            "arvore", "espaco verde", "espacos verdes", "area verde", "areas verdes",
            "biodiversidade", "+natureza",
        ),
        "sub:air_quality": (
            "qualidade do ar", "poluicao", "ar puro", "gases de escape", "+escapamento",
            "~trafego", "~transito",
        ),
        "sub:climate": (
            "alteracoes climaticas", "mudancas climaticas", "aquecimento global", "+isolamento",
            "+emissoes", "~sustentab",
        ),
        "sub:food_growing": (
            "horta", "jardim comunit", "jardinagem", "+jardim", "+sementes", "+pomar", "~legumes",
        ),
        "sub:waste": ("lixo", "compostage", "cafe de reparacao", "+entulho", "+limpeza"),
        "sub:energy": (
            "paineis solares", "painel solar", "renovav", "conta de luz", "conta da luz",
            "+fatura de energia", "~aquecimento",
        ),
        "sub:consultations": (
            "participacao publica", "auscultacao", "+opiniao dos moradores", "+sua opiniao",
            "+dar a sua opiniao",
        ),
        "sub:organising": (
            "campanha", "peticao", "abaixo-assinado", "abaixo assinado", "protesto",
            "manifestacao", "+marcha", "+mobiliza", "+assinaturas", "~organizar", "~luta",
        ),
        "sub:volunteering": ("mutirao",),
        "sub:residents_associations": (
            "associacao de moradores", "associacao de inquilinos", "comissao de moradores",
            "~moradores", "~vizinhos", "~vizinhanca", "~associacao de",
        ),
        "sub:festivals": (
            "festa", "arraial", "santos populares", "+celebracao", "+comemora", "~convivio",
        ),
        "sub:legal_advice": ("advogad", "aconselhamento legal", "apoio juridico", "~processo"),
        "sub:governance": (
            "estatuto", "assembleia geral", "personalidade juridica", "instituicao de caridade",
            "conselho de administracao", "+tesoureiro", "+registar a associacao",
            "+registrar a associacao", "~associac", "~direcao",
        ),
        "sub:leases": (
            "arrendamento comercial", "contrato do espaco", "+contrato de aluguel",
            "~renovacao do contrato",
        ),
        "sub:rights": (
            "direitos", "imigra", "igualdade", "salarios em atraso", "exploracao laboral",
        ),
        "sub:community_mapping": ("mapeamento",),
        "sub:gis": ("dados geograficos", "informacao geografica"),
        "sub:surveys": (
            "inquerito", "questionario", "sondagem", "recolha de dados", "coleta de dados",
            "porta a porta", "+pesquisa",
        ),
        "sub:websites": ("site ", "pagina de internet", "+newsletter"),
        "sub:data": (
            "base de dados", "banco de dados", "folha de calculo", "planilha", "dados abertos",
            "protecao de dados", "+estatistica", "~dados",
        ),
        "sub:digital_inclusion": (
            "computador", "telemovel", "celular", "competencias digitais", "habilidades digitais",
            "inclusao digital", "literacia digital", "~e-mail",
        ),
        "sub:security": (
            "burla", "seguranca online", "seguranca na internet", "palavra-passe", "+senha",
            "+hacke", "+golpe",
        ),
        "sub:design": ("panflet", "cartaz", "folheto", "design"),
        "sub:social_media": ("redes sociais", "~publicacoes"),
        "sub:press": (
            "imprensa", "jornalista", "comunicado de imprensa", "+jornal", "+televisao",
            "+reportagem", "~media", "~midia",
        ),
        "sub:translation": ("tradu", "~em portugues"),
        "sub:storytelling": ("documentario", "+filme", "~exposicao"),
        "sub:grants": (
            "candidaturas abertas", "inscricoes abertas", "financiamento", "subsidio", "subvencao",
            "edital", "+apoio financeiro", "+bolsa", "~fundo ",
        ),
        "sub:bid_writing": (
            "escrever a candidatura", "redacao de candidatura", "formulario de candidatura",
            "+preencher a candidatura", "+proposta de projeto", "~candidatura",
        ),
        "sub:crowdfunding": (
            "doac", "donativ", "vaquinha", "financiamento coletivo", "~contribui",
        ),
        "sub:fundraising": (
            "angariacao de fundos", "angariar fundos", "arrecadacao", "arrecadar",
            "venda de bolos", "bazar solidario", "~sorteio",
        ),
    },
    # Spanish
    "es": {
        "kind:need": (
            "necesitamos", "necesito", "buscamos", "busco", "se busca", "se necesita",
            "estamos buscando", "+necesita", "+ayuda para", "+nos hace falta", "+hace falta",
            "+alguien puede ayudar", "+alguien que pueda", "+ayudanos", "~ayuda",
        ),
        "kind:offer": (
            "ofrezco", "ofrecemos", "puedo ayudar", "podemos ayudar", "podemos ofrecer",
            "+estoy disponible", "+disponible para", "+regalamos", "+gratis", "+gratuit", "+puedo",
            "~prestamos",
        ),
        "kind:event": (
            "taller", "reunion", "encuentro", "charla", "invitamos", "entrada libre",
            "entrada gratuita", "+te esperamos", "+les esperamos", "+los esperamos", "+invita",
            "+jornada", "+asamblea", "+unete", "+apuntate", "~inscripcion", "~sesion", "~curso",
            "~fiesta", "~festival", "~lunes", "~martes", "~miercoles", "~jueves", "~viernes",
            "~sabado", "~domingo", "~a las", "~venid", "~os esperamos",
        ),
        "kind:funding": (
            "convocatoria", "subvencion", "financiacion disponible", "ayudas de hasta", "+plazo",
            "+solicitudes", "+becas", "+beca ", "+hasta £", "~premio",
        ),
        "kind:knowhow": (
            "consejo", "nuestra experiencia", "aprendimos", "hemos aprendido", "+truco",
            "+funciono", "+vale la pena", "+recomiendo", "+no olvideis", "+recordad", "+leccion",
        ),
        "kind:question": (
            "alguien sabe", "alguien conoce", "como puedo", "como podemos", "como se ", "+donde ",
            "+es posible", "+que hacer", "+que debemos", "+quien sabe", "+se puede", "~como ",
        ),
        "sub:planning_applications": (
            "licencia de obra", "permiso de obra", "permiso de construccion",
            "solicitud de planificacion", "+promotora", "+promotor inmobiliario", "+alegacion",
            "+objecion", "+oponernos", "+planning", "~construccion", "~torre",
        ),
        "sub:local_plans": (
            "plan local", "plan de barrio", "plan urbanistico", "plan general",
            "ordenacion urbana", "+urbanismo", "+zonificacion", "+uso del suelo",
        ),
        "sub:regeneration": (
            "regeneracion", "rehabilitacion urbana", "renovacion urbana", "revitaliza",
            "gentrifica", "+demolic", "+derribo", "+derribar", "+demoler",
        ),
        "sub:community_assets": (
            "bien comunitario", "activo comunitario", "activos comunitarios", "+salvemos",
            "+salvar el ", "+salvar la ", "~cierre",
        ),
        "sub:heritage": (
            "patrimonio", "edificio historico", "memoria historica", "+historic", "+monumento",
            "~museo", "~archivo",
        ),
        "sub:tenants_rights": (
            "inquilin", "alquiler", "desahucio", "humedad", "moho", "arrendador", "arrendatario",
            "+casero", "+fianza", "+reparaciones", "+propietario", "~casera", "~deposito",
            "~renta",
        ),
        "sub:social_housing": (
            "vivienda social", "viviendas sociales", "vivienda publica", "vivienda municipal",
            "casa del council", "+lista de espera", "~urbanizacion",
        ),
        "sub:community_led_housing": (
            "cooperativa de vivienda", "vivienda cooperativa", "vivienda comunitaria",
            "+covivienda", "+autoconstruccion",
        ),
        "sub:homelessness": (
            "sin hogar", "sinhogar", "sin techo", "situacion de calle", "alojamiento temporal",
            "duermen en la calle", "+albergue", "~indigente",
        ),
        "sub:social_enterprise": (
            "empresa social", "economia social", "negocio social", "~sin animo de lucro",
            "~sin fines de lucro",
        ),
        "sub:cooperatives": ("cooperativ", "+mutualidad"),
        "sub:high_streets": (
            "comercio local", "comercios locales", "tiendas locales", "pequenos negocios",
            "pequenas empresas", "calle comercial", "calle principal", "locales vacios",
            "local comercial", "+tienda", "+comerciantes", "+centro de la ciudad", "~comercio",
        ),
        "sub:markets": (
            "mercado", "mercadillo", "vendedores ambulantes", "rastro", "+feria", "~puesto",
        ),
        "sub:time_banks": (
            "banco de tiempo", "intercambio de habilidades", "intercambio de servicios",
            "moneda local", "moneda social",
        ),
        "sub:workspace": (
            "espacio comunitario", "centro comunitario", "alquiler de sala", "+centro social",
            "+oficina", "+coworking", "~sala ", "~salon ", "~espacio para",
        ),
        "sub:green_space": (
            "parque", "arbol", "zona verde", "zonas verdes", "espacio verde", "espacios verdes",
            "biodiversidad", "+naturaleza",
        ),
        "sub:air_quality": (
            "calidad del aire", "contaminacion", "aire limpio", "~trafico", "~humo",
        ),
        "sub:climate": (
            "cambio climatico", "climatic", "huella de carbono", "calentamiento global",
            "bomba de calor", "+clima", "+carbono", "+emisiones", "~aislamiento", "~sostenib",
        ),
        "sub:food_growing": (
            "huerto", "huerta", "jardin comunitario", "jardineria", "hortaliz", "+semillas",
            "+cultivar", "+cultivo", "~verduras", "~plantar",
        ),
        "sub:waste": (
            "recicla", "basura", "residuos", "compost", "cafe de reparacion", "vertido ilegal",
            "+reutiliza", "+desperdicio", "+limpieza", "~reparacion",
        ),
        "sub:energy": (
            "paneles solares", "placas solares", "energia solar", "renovable", "factura de la luz",
            "factura de luz", "pobreza energetica", "+energia", "~calefaccion",
        ),
        "sub:consultations": (
            "consulta publica", "participacion ciudadana", "+opinion de los vecinos",
            "+tu opinion", "+su opinion", "+alegaciones", "~consulta",
        ),
        "sub:organising": (
            "campana", "recogida de firmas", "protesta", "manifestacion", "movilizacion",
            "+peticion", "+firmas", "+movilizar", "+concentracion", "+organizarnos", "~marcha",
            "~lucha",
        ),
        "sub:volunteering": ("voluntari",),
        "sub:residents_associations": (
            "asociacion de vecinos", "asociacion vecinal", "comunidad de vecinos",
            "asociacion de inquilinos", "sindicato de inquilinos", "+junta vecinal", "~vecinos",
            "~vecinal", "~comunidad",
        ),
        "sub:festivals": (
            "fiesta", "festival", "carnaval", "verbena", "+celebracion", "+celebrar",
            "+dia de muertos", "~feria",
        ),
        "sub:legal_advice": (
            "abogad", "asesoria legal", "asesoramiento legal", "asesoria juridica",
            "asesoramiento juridico", "juridic", "+tribunal", "~juicio", "~demanda",
        ),
        "sub:governance": (
            "estatutos", "junta directiva", "patronato", "asamblea general", "forma juridica",
            "organizacion benefica", "+tesorero", "+fideicomisario", "+registrar la asociacion",
            "~asociacion", "~fundacion",
        ),
        "sub:leases": (
            "contrato de arrendamiento", "alquiler del local", "contrato del local",
            "+arrendamiento", "~licencia",
        ),
        "sub:rights": (
            "derechos", "inmigra", "discrimina", "racismo", "refugiad", "asilo", "igualdad",
            "explotacion laboral", "salarios impagados", "+settled status", "~visado", "~papeles",
        ),
        "sub:community_mapping": ("mapeo", "mapear", "cartografia", "+mapa"),
        "sub:gis": (
            "sig ", "datos geograficos", "datos espaciales", "georreferenc", "geoespacial",
            "informacion geografica",
        ),
        "sub:surveys": (
            "encuesta", "cuestionario", "sondeo", "recogida de datos", "recopilacion de datos",
            "puerta a puerta", "~entrevistas",
        ),
        "sub:websites": (
            "pagina web", "sitio web", "formulario online", "+dominio", "+boletin", "~web ",
        ),
        "sub:data": (
            "base de datos", "bases de datos", "hoja de calculo", "datos abiertos",
            "proteccion de datos", "+excel", "+estadistica", "~datos",
        ),
        "sub:digital_inclusion": (
            "ordenador", "computadora", "informatica", "internet", "telefono inteligente",
            "competencias digitales", "alfabetizacion digital", "brecha digital", "+smartphone",
            "+tablet", "~movil", "~online", "~correo electronico",
        ),
        "sub:security": (
            "estafa", "fraude", "seguridad en internet", "seguridad online", "contrasena",
            "+hackea", "+suplantacion",
        ),
        "sub:design": (
            "folleto", "cartel", "diseno", "logotipo", "+volante", "+logo ", "+disenador",
            "+grafic",
        ),
        "sub:social_media": ("redes sociales", "+seguidores", "~publicaciones"),
        "sub:press": (
            "prensa", "periodista", "comunicado de prensa", "+periodico", "+radio", "+television",
            "+reportaje", "~medios",
        ),
        "sub:translation": ("traduc", "interprete", "+bilingue", "~en espanol"),
        "sub:storytelling": (
            "contar historias", "documental", "historia oral", "+historias", "+pelicula", "+video",
            "+fotografi", "+memorias", "~exposicion",
        ),
        "sub:grants": (
            "convocatoria", "ayudas de hasta", "subvencion", "financiacion", "financiamiento",
            "beca", "+fondos", "~premio", "~ayudas",
        ),
        "sub:bid_writing": (
            "solicitud de subvencion", "redactar la solicitud", "escribir la solicitud",
            "formulario de solicitud", "+propuesta de proyecto", "~solicitud",
        ),
        "sub:crowdfunding": ("donacion", "donativo", "micromecenazgo", "+donar", "+colecta"),
        "sub:fundraising": (
            "recaudacion de fondos", "recaudar fondos", "recaudar dinero", "venta de pasteles",
            "mercadillo solidario", "+patrocin", "+rifa", "~sorteo",
        ),
    },
    # Somali
    "so": {
        "kind:need": (
            "baahan", "raadin", "waxaan u baahanahay", "u baahan nahay", "+caawimaad",
            "+naga caawiya", "+ma jiraa qof", "+waxaan rabnaa", "+doonaynaa", "~caawi",
        ),
        "kind:offer": (
            "bixin karaa", "bixinaa", "waan caawin karaa", "waan ku caawin karnaa",
            "waxaan bixinaynaa", "+diyaar u ah", "+bilaash", "+lacag la'aan", "+lacag la’aan",
        ),
        "kind:event": (
            "kulan", "shirka", "shir ", "shirar", "aqoon-is-weydaarsi", "aqoon is weydaarsi",
            "martiqaad", "+soo dhawoow", "+tababar", "~casharo", "~xaflad", "~isniinta",
            "~talaadada", "~arbacada", "~khamiista", "~jimcaha", "~sabtida", "~axada",
            "~soo socota", "~saacad",
        ),
        "kind:funding": (
            "maalgelin", "waqtiga ugu dambeeya", "+deeq", "+codsiga", "+codso", "~ilaa £",
        ),
        "kind:knowhow": (
            "waayo-aragnimo", "waayo aragnimo", "barannay", "+casharka", "+talo", "+noo shaqeeyay",
            "+ha ilaawin",
        ),
        "kind:question": (
            "sidee", "xaggee", "ma jiraa", "+ma garanaysaa", "+ma ogtahay", "+ma suurtagal",
            "+maxaan sameynaa", "+yaa ",
        ),
        "sub:planning_applications": (
            "ogolaanshaha dhismaha", "codsiga qorshaynta", "+planning", "~dhismo",
        ),
        "sub:local_plans": ("qorshaha deegaanka", "qorshaha xaafadda", "+qorshe magaalo"),
        "sub:regeneration": ("+dib u dhis", "+dumin", "~cusboonaysiin"),
        "sub:community_assets": ("hantida bulshada",),
        "sub:heritage": ("+hidde", "~taariikh", "~dhaqan"),
        "sub:tenants_rights": (
            "kiro", "kireyste", "qoyaan", "caaryaan", "guriga laga", "+mulkiilaha", "+dayactir",
            "+ka saarid",
        ),
        "sub:social_housing": (
            "guri dawladeed", "guryaha golaha", "guriga golaha", "+liiska sugitaanka",
        ),
        "sub:community_led_housing": ("guryo iskaashato", "iskaashatada guryaha"),
        "sub:homelessness": (
            "hoyga ku meel gaarka", "hoy la'aan", "hoy la’aan", "guri la'aan", "guri la’aan",
            "hoy ku meel gaar", "+waddada ku hoyda",
        ),
        "sub:social_enterprise": ("ganacsi bulsho",),
        "sub:cooperatives": ("iskaashato",),
        "sub:high_streets": ("ganacsiyada yaryar", "+dukaan", "+ganacsato", "~waddada weyn"),
        "sub:markets": ("suuq", "~ganacsi"),
        "sub:time_banks": ("bangiga waqtiga",),
        "sub:workspace": ("xarunta bulshada", "+hoolka", "+meel lagu kulmo", "~qolka"),
        "sub:green_space": ("geed", "+park", "~beerta"),
        "sub:air_quality": ("wasakhowga hawada", "tayada hawada", "+hawo nadiif"),
        "sub:climate": ("isbeddelka cimilada", "+cimilada"),
        "sub:food_growing": ("khudaar", "beerashada", "+beerta", "+abuur"),
        "sub:waste": ("qashin", "dib u warshad", "+nadiifin"),
        "sub:energy": ("biilka korontada", "+qorraxda", "~tamar", "~koronto"),
        "sub:consultations": (
            "la tashi", "+ra'yigaaga", "+ra’yigaaga", "+ra'yigiinna", "+ra’yigiinna",
        ),
        "sub:organising": ("olole", "bannaanbax", "mudaaharaad", "+saxiix"),
        "sub:volunteering": (
            "mutadawic", "mutadawac", "tabarucayaal", "iskaa wax u qabso", "+tabaruc",
        ),
        "sub:residents_associations": (
            "ururka deggenaha", "guddiga xaafadda", "~bulsho", "~dariska", "~deris",
        ),
        "sub:festivals": ("xaflad", "dabaaldeg", "ciidda", "ciid ", "ciidul"),
        "sub:legal_advice": ("qareen", "+sharci", "+maxkamad"),
        "sub:governance": (
            "ururka samafalka", "hay'ad samafal", "hay’ad samafal", "+dastuur", "+diiwaangelin",
            "~guddiga",
        ),
        "sub:leases": ("+kirada dukaanka", "~heshiiska kirada"),
        "sub:rights": ("xuquuq", "magangalyo", "qaxooti", "takoor", "sinnaan", "+socdaal"),
        "sub:community_mapping": ("khariidad",),
        "sub:gis": ("xogta juqraafi", "+juqraafi"),
        "sub:surveys": ("sahan", "~su'aalo", "~su’aalo"),
        "sub:websites": ("bogga internetka", "+mareeg", "+website"),
        "sub:data": ("~xog",),
        "sub:digital_inclusion": (
            "kombuyuutar", "kumbiyuutar", "internet", "taleefanka casriga", "+online", "+dijitaal",
        ),
        "sub:security": ("khiyaano", "furaha sirta", "amniga online"),
        "sub:design": ("boodhka", "naqshad", "+buug-yare", "~warqad"),
        "sub:social_media": ("baraha bulshada",),
        "sub:press": ("saxaafad", "wariye", "+idaacad", "+telefishin"),
        "sub:translation": ("tarjum", "turjubaan", "turjum"),
        "sub:storytelling": ("taariikh afeed", "+sheeko", "+filim", "+dokumentari", "~sawir"),
        "sub:grants": ("deeq", "maalgelin"),
        "sub:bid_writing": ("codsi deeq", "qorista codsiga", "~codsi"),
        "sub:crowdfunding": ("tabarruc", "deeqo", "+gofundme"),
        "sub:fundraising": ("lacag ururin", "+qaraan"),
    },
    # Romanian
    "ro": {
        "kind:need": (
            "cautam", "caut ", "avem nevoie", "am nevoie", "ne trebuie", "+nevoie de",
            "+este nevoie", "+e nevoie", "+cineva care", "+ajutati", "~ajutor",
        ),
        "kind:offer": (
            "oferim", "ofer ", "pot ajuta", "putem ajuta", "va putem ajuta", "as vrea sa ajut",
            "punem la dispozitie", "pun la dispozitie", "+disponibil", "+ofera ", "+gratuit",
            "+gratis", "+pot ",
        ),
        "kind:event": (
            "intalnir", "atelier", "va invitam", "va asteptam", "intrare libera",
            "intrarea este libera", "intrare gratuita", "+invitam", "+sesiune", "+conferinta",
            "+eveniment", "~inscrieri", "~curs ", "~festival", "~sarbatoare", "~luni", "~marti",
            "~miercuri", "~joi ", "~vineri", "~sambata", "~duminica", "~la ora", "~in fiecare",
        ),
        "kind:funding": (
            "apel de proiecte", "finantari de pana la", "+finantare", "+granturi",
            "+termen limita", "+aplicati", "+depunerea", "+pana la £", "~bursa",
        ),
        "kind:knowhow": (
            "experienta noastra", "am invatat", "+sfat", "+a functionat", "+merita", "+nu uitati",
            "+recomand", "+lectie",
        ),
        "kind:question": (
            "cunoaste cineva", "stie cineva", "cum pot", "cum putem", "+unde ", "+este posibil",
            "+e posibil", "+ce trebuie", "+ce facem", "+se poate", "+cum ",
        ),
        "sub:planning_applications": (
            "autorizatie de construire", "autorizatia de construire", "autorizatiei de construire",
            "cerere de planificare", "+dezvoltator", "+urbanism", "+obiecti", "+planning",
            "~santier", "~constructi",
        ),
        "sub:local_plans": (
            "plan urbanistic", "planul urbanistic", "plan local", "planul local",
            "plan de cartier", "+zonare",
        ),
        "sub:regeneration": (
            "regenerare", "reabilitare", "revitalizare", "renovare urban", "gentrific", "+demola",
        ),
        "sub:community_assets": (
            "bun comunitar", "bunuri comunitare", "+sa salvam", "~inchiderea",
        ),
        "sub:heritage": (
            "patrimoniu", "cladire istoric", "cladiri istorice", "+istoric", "+monument", "~muzeu",
            "~arhiv",
        ),
        "sub:tenants_rights": (
            "chirii", "chirie", "chiria", "evacua", "dea afara", "mucegai", "umezeal", "igrasie",
            "+proprietar", "+reparati", "+contract de inchiriere", "~garanti", "~depozit",
        ),
        "sub:social_housing": (
            "locuinta sociala", "locuinte sociale", "locuinta de la council", "casa de la council",
            "locuinte de la primarie", "+lista de asteptare",
        ),
        "sub:community_led_housing": ("cooperativa de locuinte", "locuire comunitara"),
        "sub:homelessness": (
            "fara adapost", "oamenii strazii", "cazare temporara", "+adapost", "+pe strada",
        ),
        "sub:social_enterprise": (
            "intreprindere sociala", "intreprinderi sociale", "economie sociala",
            "afacere sociala", "~fara scop lucrativ",
        ),
        "sub:cooperatives": ("cooperativ",),
        "sub:high_streets": (
            "afaceri mici", "afacerile mici", "strada principala", "strada comerciala",
            "magazine goale", "+magazin", "+comercian", "~centrul orasului",
        ),
        "sub:markets": ("piete", "piata", "targ", "taraba", "tarabe", "bazar", "~vanzatori"),
        "sub:time_banks": (
            "banca de timp", "banca timpului", "schimb de servicii", "schimb de competente",
            "schimb de abilitati", "moneda locala",
        ),
        "sub:workspace": (
            "centru comunitar", "inchiriere sala", "+coworking", "~sala ", "~spatiu", "~birou",
        ),
        "sub:green_space": (
            "parc ", "parcul", "parcuri", "copac", "arbori", "spatiu verde", "spatii verzi",
            "zona verde", "biodiversitat", "~natura",
        ),
        "sub:air_quality": (
            "calitatea aerului", "poluare", "aer curat", "gaze de esapament", "~trafic",
        ),
        "sub:climate": (
            "schimbari climatice", "schimbarile climatice", "climatic", "pompa de caldura",
            "incalzire globala", "+clima", "+carbon", "+emisii", "~izolati", "~sustenabil",
        ),
        "sub:food_growing": ("gradin", "legume", "+seminte", "+cultiva", "+rasad", "+livada"),
        "sub:waste": (
            "recicl", "gunoi", "deseuri", "compost", "repair cafe", "+reutiliz", "+risipa",
            "+curatenie",
        ),
        "sub:energy": (
            "panouri solare", "panou solar", "energie solara", "regenerabil", "factura la curent",
            "facturi la energie", "facturile la energie", "saracie energetica", "+energie",
            "~incalzire",
        ),
        "sub:consultations": (
            "consultare", "consultari", "+spuneti parerea", "+parerea voastra",
            "+intalnire publica", "+parerea dumneavoastra", "+parerea locuitorilor",
            "+opinia locuitorilor", "+spuneti-va parerea",
        ),
        "sub:organising": (
            "campani", "petiti", "protest", "manifestati", "strangem semnaturi", "+semnaturi",
            "+mobiliza", "~mars ",
        ),
        "sub:volunteering": ("voluntar",),
        "sub:residents_associations": (
            "asociatia de locatari", "asociatia de proprietari", "asociatie de locatari",
            "asociatia locatarilor", "comitetul de locatari", "~vecini", "~locatari", "~comunitar",
        ),
        "sub:festivals": (
            "petrecer", "festival", "sarbatoare", "sarbatori", "serbare", "+hramul", "+martisor",
            "~craciun",
        ),
        "sub:legal_advice": (
            "avocat", "consultanta juridica", "juridic", "consilier juridic", "asistenta juridica",
            "+instanta", "+tribunal", "~consultant",
        ),
        "sub:governance": (
            "act constitutiv", "statutul asociatiei", "consiliu director", "consiliul director",
            "adunarea generala", "organizatie caritabila", "forma juridica", "+trezorier",
            "~asociati", "~inregistra",
        ),
        "sub:leases": (
            "inchiriere comerciala", "contract de comodat", "+contractul de inchiriere",
            "~contract de inchiriere",
        ),
        "sub:rights": (
            "drepturi", "imigra", "discrimin", "rasism", "azil", "refugiat", "egalitate",
            "statutul de rezident", "exploatare", "salariu neplatit", "salarii neplatite",
            "+settled", "+pre-settled", "~viza",
        ),
        "sub:community_mapping": ("harta", "hartii ", "harti ", "cartografi", "+cartare"),
        "sub:gis": ("date geografice", "date spatiale", "georeferent", "geospatial"),
        "sub:surveys": (
            "sondaj", "chestionar", "colectare de date", "colectarea datelor", "din usa in usa",
            "~interviuri",
        ),
        "sub:websites": (
            "pagina web", "formulare online", "formular online", "+site", "+newsletter",
            "~domeniu",
        ),
        "sub:data": (
            "baza de date", "bazei de date", "foaie de calcul", "protectia datelor", "+excel",
            "+statistic", "~date ",
        ),
        "sub:digital_inclusion": (
            "calculator", "internet", "cont online", "telefon inteligent", "competente digitale",
            "abilitati digitale", "+smartphone", "+tableta", "+laptop", "+online", "+email",
        ),
        "sub:security": (
            "siguranta pe internet", "siguranta online", "frauda", "inselatori", "+escroc",
            "+parola", "+parole ", "+phishing", "~siguranta",
        ),
        "sub:design": (
            "pliant", "afis", "fluturas", "+design", "+logo", "+poster", "+banner", "~grafic",
        ),
        "sub:social_media": ("retele sociale", "retelele sociale", "+urmaritori"),
        "sub:press": (
            "presa", "jurnalist", "comunicat de presa", "+ziar", "+radio", "+televiziune",
            "+reportaj", "~media",
        ),
        "sub:translation": ("traduc", "interpret", "+bilingv", "~in romana", "~in limba romana"),
        "sub:storytelling": (
            "istorie orala", "+povesti", "+povestea", "+film", "+video", "+fotografi",
            "+documentar", "+amintiri", "~expozitie",
        ),
        "sub:grants": (
            "apel de proiecte", "finantari de pana la", "finantare", "grant", "+fond ", "+fondul",
            "+fonduri", "+subventi", "~premiu", "~bursa",
        ),
        "sub:bid_writing": (
            "scrierea proiectului", "scrierea cererii", "cerere de finantare",
            "cererea de finantare", "propunere de proiect", "+aplicatia pentru",
            "+aplicatie pentru", "~aplicatie",
        ),
        "sub:crowdfunding": ("donati", "doneaza", "+crowdfunding", "+cheta"),
        "sub:fundraising": (
            "strangere de fonduri", "strangem bani", "strange bani", "vanzare de prajituri",
            "+sponsor", "+tombola", "+loterie",
        ),
    },
    # French
    "fr": {
        "kind:need": (
            "nous cherchons", "cherchons", "je cherche", "recherchons", "besoin de",
            "nous avons besoin", "on a besoin", "il nous faut", "+on cherche", "+cherche ",
            "+recherche ", "+aidez", "+quelqu'un pourrait", "+quelqu’un pourrait", "~aide",
        ),
        "kind:offer": (
            "je propose", "nous proposons", "proposons", "je peux aider", "nous offrons",
            "j'offre", "j’offre", "mettons a disposition", "+nous pouvons", "+on peut aider",
            "+a disposition", "+disponible pour", "+gratuit", "+je peux", "+offrons",
        ),
        "kind:event": (
            "atelier", "reunion", "rencontre", "venez", "vous invite", "portes ouvertes",
            "+invitation", "+rendez-vous", "+conference", "+permanence", "+projection",
            "~inscription", "~soiree", "~fete", "~festival", "~lundi", "~mardi", "~mercredi",
            "~jeudi", "~vendredi", "~samedi", "~dimanche", "~entree libre", "~a 1", "~heures",
        ),
        "kind:funding": (
            "financement", "appel a projets", "appel a candidatures", "subvention", "+date limite",
            "+candidatures", "+jusqu'a £", "+jusqu’a £", "+bourse", "~prix ",
        ),
        "kind:knowhow": (
            "notre experience", "nous avons appris", "conseil pratique", "retour d'experience",
            "retour d’experience", "ce qui a marche", "+conseil", "+astuce", "+n'oubliez pas",
            "+n’oubliez pas", "+pensez a", "+je recommande", "+lecon",
        ),
        "kind:question": (
            "quelqu'un sait", "quelqu’un sait", "faut-il", "ou peut-on", "est-ce que",
            "est-il possible", "pouvons-nous", "doit-on", "+comment ", "+ou trouver", "+que faire",
            "+qui sait",
        ),
        "sub:planning_applications": (
            "permis de construire", "demande de permis", "opposition au projet", "+urbanisme",
            "+promoteur", "+s'opposer", "+s’opposer", "+planning", "~chantier", "~construction",
        ),
        "sub:local_plans": (
            "plan local", "plan de quartier", "plan d'urbanisme", "plan d’urbanisme",
            "amenagement du territoire", "+plu ", "+zonage",
        ),
        "sub:regeneration": (
            "renovation urbaine", "regeneration", "requalification", "gentrification",
            "+rehabilitation", "+demolition", "+demolir", "+reamenagement",
        ),
        "sub:community_assets": (
            "bien commun", "biens communs", "+sauvons", "+sauver le ", "+sauver la ", "~fermeture",
        ),
        "sub:heritage": (
            "patrimoine", "batiment historique", "monument historique", "+historique", "+monument",
            "~musee", "~archives", "~memoire",
        ),
        "sub:tenants_rights": (
            "locataire", "loyer", "humidite", "moisissure", "insalubr", "bailleur", "expulsion",
            "+proprietaire", "+bail ", "+reparations", "+caution", "~logement",
        ),
        "sub:social_housing": (
            "logement social", "logements sociaux", "hlm", "bailleur social",
            "logement du council", "+liste d'attente", "+liste d’attente", "~cite ",
        ),
        "sub:community_led_housing": (
            "habitat participatif", "cooperative d'habitation", "cooperative d’habitation",
            "cooperative de logement", "+habitat groupe", "+autoconstruction",
        ),
        "sub:homelessness": (
            "sans-abri", "sans abri", "sdf", "sans domicile", "hebergement d'urgence",
            "hebergement d’urgence", "hebergement temporaire", "+dormir dans la rue", "~a la rue",
            "~foyer",
        ),
        "sub:social_enterprise": (
            "entreprise sociale", "economie sociale", "+ess ", "~sans but lucratif",
        ),
        "sub:cooperatives": ("cooperativ", "~mutuelle"),
        "sub:high_streets": (
            "petits commerces", "commerces de proximite", "rue commercante", "locaux vides",
            "petites entreprises", "+commercants", "+commerces", "+boutique", "+magasin",
            "+centre-ville", "~commerce",
        ),
        "sub:markets": (
            "marche aux puces", "brocante", "vide-grenier", "marchands", "+marche ", "+marches ",
            "+kermesse", "~etal",
        ),
        "sub:time_banks": (
            "banque de temps", "banque du temps", "echange de competences", "echange de savoirs",
            "echange de services", "monnaie locale",
        ),
        "sub:workspace": (
            "local associatif", "centre communautaire", "maison de quartier", "location de salle",
            "espace de travail", "+locaux", "+coworking", "~salle",
        ),
        "sub:green_space": (
            "parc ", "parcs", "arbre", "espace vert", "espaces verts", "biodiversite", "~square ",
            "~nature",
        ),
        "sub:air_quality": (
            "qualite de l'air", "qualite de l’air", "pollution", "air pur", "pots d'echappement",
            "pots d’echappement", "particules fines", "~trafic",
        ),
        "sub:climate": (
            "climat", "rechauffement", "pompe a chaleur", "renovation energetique",
            "transition ecologique", "+carbone", "+emissions", "~isolation", "~durable",
        ),
        "sub:food_growing": (
            "potager", "jardinage", "jardins partages", "jardin partage", "+jardin", "+graines",
            "+semis", "+cultiver", "+verger", "~legumes",
        ),
        "sub:waste": (
            "recycl", "dechet", "ordures", "compost", "repair cafe", "depot sauvage",
            "zero dechet", "+nettoyage", "+reemploi", "+gaspillage", "~reparer",
        ),
        "sub:energy": (
            "panneaux solaires", "energie solaire", "renouvelable", "facture d'electricite",
            "facture d’electricite", "factures d'energie", "factures d’energie",
            "precarite energetique", "+energie", "~chauffage",
        ),
        "sub:consultations": (
            "consultation", "concertation", "enquete publique", "+votre avis", "+donner son avis",
            "+donnez votre avis", "~consulter",
        ),
        "sub:organising": (
            "campagne", "petition", "manifestation", "mobilis", "rassemblement", "+signatures",
            "~greve", "~lutte", "~militant",
        ),
        "sub:volunteering": ("benevol", "volontaire", "volontariat"),
        "sub:residents_associations": (
            "association de locataires", "association des locataires", "association de residents",
            "association des habitants", "amicale des locataires", "conseil de quartier",
            "comite de quartier", "+reunion de locataires", "+reunion des locataires",
            "~parents d'eleves", "~parents d’eleves", "~habitants", "~voisins", "~communaute",
        ),
        "sub:festivals": (
            "fete", "festival", "soiree culturelle", "carnaval", "+celebration", "+celebrer",
            "+kermesse", "~soiree",
        ),
        "sub:legal_advice": (
            "avocat", "juriste", "conseil juridique", "juridique", "aide juridictionnelle",
            "+tribunal", "~proces ",
        ),
        "sub:governance": (
            "statuts", "conseil d'administration", "conseil d’administration",
            "assemblee generale", "forme juridique", "charity commission", "gouvernance",
            "+tresorier", "+administrateurs", "~association", "~enregistrer",
        ),
        "sub:leases": (
            "bail commercial", "convention d'occupation", "convention d’occupation", "+bail ",
            "~licence",
        ),
        "sub:rights": (
            "droits", "immigration", "discrimination", "racisme", "asile", "refugie",
            "sans-papiers", "titre de sejour", "egalite", "droit du travail", "salaires impayes",
            "+settled status", "~visa ",
        ),
        "sub:community_mapping": ("cartographi", "+carte ", "~cartes"),
        "sub:gis": (
            "sig ", "donnees geographiques", "donnees spatiales", "geolocalis",
            "information geographique",
        ),
        "sub:surveys": (
            "questionnaire", "sondage", "collecte de donnees", "porte-a-porte", "porte a porte",
            "+enquete", "~entretiens",
        ),
        "sub:websites": (
            "site web", "site internet", "notre site", "page web", "nom de domaine",
            "formulaire en ligne", "lettre d'information", "lettre d’information", "+newsletter",
        ),
        "sub:data": (
            "base de donnees", "tableur", "donnees ouvertes", "rgpd", "protection des donnees",
            "+excel", "+statistiques", "~donnees",
        ),
        "sub:digital_inclusion": (
            "ordinateur", "informatique", "internet", "competences numeriques",
            "inclusion numerique", "fracture numerique", "+numerique", "+smartphone", "+tablette",
            "~en ligne", "~courriel",
        ),
        "sub:security": (
            "arnaque", "escroquer", "fraude", "securite en ligne", "mot de passe", "mots de passe",
            "hameconnage", "cybersecurite", "+pirat",
        ),
        "sub:design": (
            "affiche", "tract", "flyer", "depliant", "graphiste", "conception graphique", "+logo",
            "+banderole", "~graphique",
        ),
        "sub:social_media": ("reseaux sociaux", "+abonnes", "~publications"),
        "sub:press": (
            "presse", "journaliste", "communique de presse", "+journal", "+radio", "+television",
            "+reportage", "~medias",
        ),
        "sub:translation": ("tradu", "interprete", "+bilingue", "~en francais"),
        "sub:storytelling": (
            "raconter", "documentaire", "histoire orale", "contes", "conte ", "+recits", "+recit ",
            "+temoignage", "+film", "+video", "+photo", "~histoires", "~exposition",
        ),
        "sub:grants": (
            "appel a projets", "appel a candidatures", "subvention", "financement", "+bourse",
            "+fonds ", "+aide financiere", "~prix ",
        ),
        "sub:bid_writing": (
            "dossier de candidature", "rediger la demande", "rediger le dossier",
            "montage de projet", "demande de subvention", "demande de financement", "~candidature",
        ),
        "sub:crowdfunding": ("don ", "dons", "cagnotte", "financement participatif", "+collecte"),
        "sub:fundraising": (
            "collecte de fonds", "lever des fonds", "levee de fonds", "vente de gateaux",
            "+mecenat", "+sponsor", "+tombola", "+kermesse",
        ),
    },
    # Italian
    "it": {
        "kind:need": (
            "cerchiamo", "cerco", "cercasi", "si cerca", "abbiamo bisogno", "serve ", "servono",
            "ci serve", "ci servono", "+bisogno di", "+qualcuno che possa", "+aiutateci",
            "+mi serve", "~aiuto",
        ),
        "kind:offer": (
            "posso aiutare", "possiamo aiutare", "offro", "offriamo", "metto a disposizione",
            "mettiamo a disposizione", "+sono disponibile", "+disponibile a", "+regaliamo",
            "+gratuitamente", "+gratis", "+posso",
        ),
        "kind:event": (
            "laboratori", "incontri", "riunioni", "incontro", "riunione", "vi aspettiamo",
            "vi invitiamo", "ingresso libero", "ingresso gratuito", "+invito", "+conferenza",
            "+assemblea", "+partecipate", "~iscrizion", "~sportello", "~corso", "~serata",
            "~festa", "~festival", "~lunedi", "~martedi", "~mercoledi", "~giovedi", "~venerdi",
            "~sabato", "~domenica", "~alle ore", "~prossima",
        ),
        "kind:funding": (
            "bando", "contributo fino", "+finanziament", "+scadenza", "+contributi", "+fino a £",
            "+candidature", "+borsa di studio", "~premio",
        ),
        "kind:knowhow": (
            "la nostra esperienza", "abbiamo imparato", "consiglio pratico", "+consiglio",
            "+ha funzionato", "+vale la pena", "+ricordatevi", "+non dimenticate", "+suggerimento",
            "+vi consiglio",
        ),
        "kind:question": (
            "qualcuno sa", "come posso", "come possiamo", "come si ", "+dove ", "+e possibile",
            "+cosa fare", "+chi sa", "+si puo", "~come ",
        ),
        "sub:planning_applications": (
            "permesso di costruire", "concessione edilizia", "+urbanistic", "+costruttore",
            "+grattacielo", "+opporci", "+planning", "~cantiere", "~palazzina", "~ricorso",
        ),
        "sub:local_plans": (
            "piano regolatore", "piano urbanistico", "piano locale", "piano di quartiere",
            "+destinazione d'uso", "+destinazione d’uso", "+zonizzazione",
        ),
        "sub:regeneration": (
            "riqualificazione", "rigenerazion", "gentrificazion", "+demolizion", "+demolire",
            "~ristrutturazion",
        ),
        "sub:community_assets": (
            "bene comune", "beni comuni", "+salviamo", "+salvare la ", "+salvare il ", "~chiusura",
        ),
        "sub:heritage": (
            "patrimonio", "edificio storico", "edifici storici", "beni culturali", "+storic",
            "+monumento", "~museo", "~archivio",
        ),
        "sub:tenants_rights": (
            "sfratti", "affitti", "padrone di casa", "affitto", "inquilin", "sfratto", "umidita",
            "muffa", "locatore", "deposito cauzionale", "+cauzione", "+riparazioni",
            "+proprietario", "~canone",
        ),
        "sub:social_housing": (
            "casa popolare", "case popolari", "edilizia sociale", "edilizia popolare",
            "alloggio popolare", "alloggi popolari", "alloggio sociale", "alloggi sociali",
            "+lista d'attesa", "+lista d’attesa", "~caseggiato",
        ),
        "sub:community_led_housing": (
            "cooperativa edilizia", "cooperativa di abitazione", "coabitazione",
            "+autocostruzione",
        ),
        "sub:homelessness": (
            "senzatetto", "senza tetto", "senza fissa dimora", "clochard", "alloggio temporaneo",
            "+dormitorio", "~dormono in strada",
        ),
        "sub:social_enterprise": (
            "impresa sociale", "cooperativa sociale", "economia sociale", "terzo settore",
            "~senza scopo di lucro", "~non profit",
        ),
        "sub:cooperatives": ("cooperativ", "+mutua "),
        "sub:high_streets": (
            "commercio locale", "commercianti", "negozi sfitti", "via principale",
            "strada commerciale", "piccole imprese", "+negozi", "+bottega", "+botteghe",
            "+esercenti", "+centro citta",
        ),
        "sub:markets": ("mercati", "mercato", "bancarell", "ambulanti", "~fiera"),
        "sub:time_banks": (
            "banca del tempo", "scambio di competenze", "scambio di servizi", "moneta locale",
        ),
        "sub:workspace": (
            "centro comunitario", "affitto sala", "affitto della sala", "+centro sociale",
            "+coworking", "~sala ", "~salone", "~spazio per", "~spazi ", "~ufficio", "~sede",
        ),
        "sub:green_space": (
            "parchi", "parco", "alberi", "albero", "area verde", "aree verdi", "spazio verde",
            "spazi verdi", "verde pubblico", "giardini pubblici", "biodiversita", "~natura",
        ),
        "sub:air_quality": (
            "qualita dell'aria", "qualita dell’aria", "inquinamento", "aria pulita", "smog",
            "gas di scarico", "polveri sottili", "~traffico",
        ),
        "sub:climate": (
            "cambiamento climatico", "cambiamenti climatici", "climatic", "pompa di calore",
            "riscaldamento globale", "+clima", "+carbonio", "+emissioni", "~isolamento",
            "~sostenibil",
        ),
        "sub:food_growing": (
            "orto ", "orti ", "ortaggi", "giardinaggio", "+giardino", "+coltiva", "~semi ",
            "~piantare",
        ),
        "sub:waste": (
            "ricicl", "rifiuti", "raccolta differenziata", "compost", "repair cafe", "discarica",
            "+riuso", "+spreco", "+pulizia", "~riparazion",
        ),
        "sub:energy": (
            "pannelli solari", "pannello solare", "fotovoltaic", "rinnovabil",
            "poverta energetica", "comunita energetica", "+energia", "+bollett", "~riscaldamento",
        ),
        "sub:consultations": (
            "consultazion", "+dite la vostra", "+vostra opinione", "+parere dei residenti",
            "~partecipazione", "~osservazioni",
        ),
        "sub:organising": (
            "petizioni", "petizione", "raccolta firme", "protesta", "mobilitazion", "corteo",
            "+campagne", "+campagna", "+firme", "+manifestazion", "+presidio",
        ),
        "sub:volunteering": ("volontar",),
        "sub:residents_associations": (
            "comitato di quartiere", "associazione inquilini", "associazione di residenti",
            "associazione dei residenti", "comitato inquilini", "~comunita", "~residenti",
            "~vicini", "~quartiere",
        ),
        "sub:festivals": (
            "feste ", "festa", "festival", "sagra", "carnevale", "+celebrazion", "+festeggia",
            "~serata",
        ),
        "sub:legal_advice": (
            "avvocat", "consulenza legale", "assistenza legale", "patrocinio gratuito",
            "+tribunale", "+legale",
        ),
        "sub:governance": (
            "statuto", "consiglio direttivo", "assemblea dei soci", "ente benefico",
            "forma giuridica", "+tesoriere", "+registrare l'associazione",
            "+registrare l’associazione", "~associazione",
        ),
        "sub:leases": ("contratto di locazione", "locazione commerciale", "comodato", "~licenza"),
        "sub:rights": (
            "diritti", "immigrazion", "discrimina", "razzismo", "rifugiat",
            "permesso di soggiorno", "uguaglianza", "sfruttamento", "stipendi non pagati",
            "+parita", "+settled status", "~asilo ",
        ),
        "sub:community_mapping": ("mappa", "+cartografi"),
        "sub:gis": ("dati geografici", "dati spaziali", "georeferenz", "geospazial"),
        "sub:surveys": (
            "questionari", "sondaggi", "raccolta dati", "porta a porta", "+indagine",
            "~interviste",
        ),
        "sub:websites": (
            "sito web", "sito internet", "pagina web", "modulo online", "+sito ", "+dominio",
            "+newsletter",
        ),
        "sub:data": (
            "banca dati", "foglio di calcolo", "dati aperti", "protezione dei dati", "+excel",
            "+statistich", "~dati ",
        ),
        "sub:digital_inclusion": (
            "computer", "informatica", "internet", "competenze digitali",
            "alfabetizzazione digitale", "divario digitale", "+smartphone", "+tablet", "+digitale",
            "~cellulare", "~online",
        ),
        "sub:security": (
            "truffa", "truffe", "sicurezza online", "sicurezza in rete", "+password", "+hacker",
            "+frode",
        ),
        "sub:design": (
            "volantin", "manifesti ", "manifesto ", "locandin", "+grafica", "+logo", "+striscion",
            "+design", "~grafico",
        ),
        "sub:social_media": ("social media", "social network", "+follower", "~social "),
        "sub:press": (
            "giornalist", "comunicato stampa", "+giornale", "+stampa", "+radio", "+televisione",
            "~media",
        ),
        "sub:translation": (
            "interpreti", "traduzion", "tradurre", "tradutt", "interprete", "+bilingue",
            "~in italiano",
        ),
        "sub:storytelling": (
            "raccontare", "documentario", "storia orale", "+storie", "+racconti", "+film",
            "+video", "+fotografi", "+memorie", "~mostra",
        ),
        "sub:grants": (
            "contributo", "fondo perduto", "bandi ", "finanziament", "bando", "sovvenzion",
            "+contributi", "+fondi", "~premio",
        ),
        "sub:bid_writing": (
            "scrivere il progetto", "scrittura di progetti", "progettazione sociale",
            "+domanda di finanziamento", "+domanda di contributo", "+proposta progettuale",
            "~candidatura",
        ),
        "sub:crowdfunding": ("donazion", "+donare", "+colletta", "~raccolta fondi"),
        "sub:fundraising": (
            "raccolta fondi", "raccogliere fondi", "autofinanziamento", "cena di beneficenza",
            "+sponsor", "+lotteria", "+tombola", "+beneficenza",
        ),
    },
    # Lithuanian
    "lt": {
        "kind:need": (
            "ieskome", "ieskau", "mums reikia", "prasome pagalbos", "+iesko", "+reikia",
            "+reikaling", "+padekite", "+gal kas galetu", "+trukst", "~pagalb",
        ),
        "kind:offer": (
            "galiu padeti", "galime padeti", "siulome", "siulau", "dovanoju", "atiduodu",
            "+padeda", "+dalinames", "+dalijames", "+mielai padesiu", "+nemokam", "+galiu",
            "+galime", "~mielai",
        ),
        "kind:event": (
            "susirinkim", "kvieciame", "susitikim", "dirbtuves", "seminar", "rengin",
            "iejimas nemokamas", "+kursas", "+registruokites", "+kviecia", "+paskait", "+mokymai",
            "+prisijunkite", "+ateikite", "+svente", "~kiekvien", "~pamokos", "~registrac",
            "~festival", "~pirmadien", "~antradien", "~treciadien", "~ketvirtadien", "~penktadien",
            "~sestadien", "~sekmadien", "~val.", "~val ",
        ),
        "kind:funding": (
            "priima paraiskas", "paraiskas galima teikti", "kvietimas teikti", "dotacij",
            "+finansavim", "+paraisk", "+terminas", "+konkursas", "+stipendij", "~skiria",
            "~parama", "~iki £",
        ),
        "kind:knowhow": (
            "suzinojome", "musu patirtis", "ismokome", "+priminimas", "+patirtimi", "+patarim",
            "+pasiteisino", "+nepamirskite", "+rekomenduoju", "~pamoka",
        ),
        "kind:question": (
            "ar kas nors", "ar zinote", "+ar galime", "+kokiu", "+ar galima", "+ka daryti",
            "+kas zino", "+ar reikia", "+kaip ", "+kur ",
        ),
        "sub:planning_applications": (
            "statybos leid", "planavimo prasym", "+vystytoj", "+dangorai", "+priestaravim",
            "+planning", "~statyb",
        ),
        "sub:local_plans": (
            "detalusis planas", "detaliojo plano", "bendrasis planas", "bendrojo plano",
            "teritorijos planavim", "+vietos plan",
        ),
        "sub:regeneration": (
            "regeneracij", "revitalizacij", "gentrifikacij", "+griovim", "+nugriaut",
            "~atnaujinim",
        ),
        "sub:community_assets": ("bendruomenes turt", "+isgelbekime", "~uzdarym"),
        "sub:heritage": ("paveld", "+istorin", "+paminkl", "~muziej", "~archyv"),
        "sub:tenants_rights": (
            "nuominink", "nuomotoj", "nuoma ", "nuomos ", "nuomai", "nuomoja", "iskeldin", "dregm",
            "pelesi", "+uzstat", "+savinink", "~remont",
        ),
        "sub:social_housing": (
            "socialinis bust", "socialinio bust", "socialini bust", "savivaldybes bust",
            "+laukimo saras",
        ),
        "sub:community_led_housing": ("bustu kooperatyv", "bendruomeninis bust"),
        "sub:homelessness": (
            "benam", "nakvynes nam", "laikinas apgyvendinim", "laikino apgyvendinimo",
            "+gatveje gyven",
        ),
        "sub:social_enterprise": (
            "socialinis versl", "socialinio versl", "socialine imone", "socialines imones",
            "~ne pelno",
        ),
        "sub:cooperatives": ("kooperatyv",),
        "sub:high_streets": (
            "pagrindine gatve", "smulkus versl", "smulkaus verslo", "tuscios patalpos",
            "+parduotuv", "+prekybin",
        ),
        "sub:markets": ("turg", "muge", "+prekeiv", "+prekystal"),
        "sub:time_banks": ("laiko bank", "igudziu mainai", "paslaugu mainai", "vietine valiuta"),
        "sub:workspace": (
            "bendruomenes centr", "+sale ", "+sales ", "+salej", "+patalp", "+kovorking", "~erdve",
            "~biur",
        ),
        "sub:green_space": (
            "parkas", "parke", "parko", "parkus", "parkuose", "medziai", "medziu ", "medzius",
            "medis", "zaliosios erdv", "zaliuju erdvi", "biologine ivairov", "biologines ivairov",
            "+gamt",
        ),
        "sub:air_quality": (
            "oro tarsa", "oro tarsos", "oro kokyb", "ismetamos duj", "+tarsa", "+uztersim",
        ),
        "sub:climate": (
            "klimat", "anglies dioksid", "silumos siurbl", "visuotinis atsilim", "+emisij",
            "+apsiltinim", "~tvarum",
        ),
        "sub:food_growing": (
            "sodas", "darzas", "darzo", "darze", "darzu", "bendruomenes sod", "+sodin", "+sekl",
        ),
        "sub:waste": (
            "perdirb", "atlieku", "atliekos", "atliekas", "atliekomis", "siuksl", "kompost",
            "+pakartotin", "+tvarkym", "~taisym",
        ),
        "sub:energy": (
            "saules panel", "saules energ", "atsinaujinanc", "saskaitos uz elektr", "+energij",
            "~sildym",
        ),
        "sub:consultations": (
            "viesoji konsultacij", "viesosios konsultacij", "gyventoju nuomon", "issakyti nuomone",
            "+konsultacij",
        ),
        "sub:organising": (
            "kampanij", "peticij", "protest", "parasu rinkim", "demonstracij", "+parasai",
            "+mitingas", "~organizuoj",
        ),
        "sub:volunteering": ("savanor",),
        "sub:residents_associations": (
            "gyventoju asociacij", "gyventoju bendrij", "nuomininku asociacij", "~bendruomen",
            "~kaimyn", "~gyventoj",
        ),
        "sub:festivals": (
            "svente", "svenciu", "svesti", "festival", "vakaron", "joniniu", "uzgaven", "~kaledu",
        ),
        "sub:legal_advice": (
            "teisine", "teisinis", "teisinio", "teisiniai", "teisinius", "advokat", "teisinink",
            "+teism",
        ),
        "sub:governance": (
            "istatai", "istatus", "visuotinis susirinkim", "juridinis asmuo", "juridinio asmens",
            "+izdinink", "+valdyb", "+steigim", "+labdar", "~asociacij", "~bendrij", "~registr",
        ),
        "sub:leases": ("patalpu nuom", "panaudos sutart", "~nuomos sutart"),
        "sub:rights": (
            "imigracij", "diskrimin", "rasizm", "prieglobst", "pabegel", "lygyb",
            "darbuotoju teis", "darbo teis", "+teises", "+settled status", "+neismoket", "~vizos",
        ),
        "sub:community_mapping": ("zemelap", "+kartograf"),
        "sub:gis": (
            "gis ", "geografines informac", "geografine informac", "georeferenc", "+erdvin",
        ),
        "sub:surveys": ("apklaus", "klausimyn", "duomenu rinkim", "~tyrim", "~interviu"),
        "sub:websites": ("svetain", "tinklalap", "interneto puslap", "+domen", "+naujienlaisk"),
        "sub:data": (
            "duomenu baz", "atvirieji duomen", "asmens duomen", "skaiciuokl", "+excel",
            "+statistik", "+duomen",
        ),
        "sub:digital_inclusion": (
            "kompiuter", "internet", "ismanusis telefon", "ismaniojo telefono",
            "skaitmeninis rastingum", "+skaitmenin", "+planset", "~online", "~el. past",
        ),
        "sub:security": (
            "sukciav", "apgavik", "saugumas internete", "slaptazod", "kibernetin", "+isilauz",
        ),
        "sub:design": ("lankstin", "plakat", "skrajut", "+dizain", "+logotip", "~grafin"),
        "sub:social_media": (
            "socialiniai tinklai", "socialiniuose tinkluose", "socialiniu tinklu", "+sekej",
            "+feisbuk",
        ),
        "sub:press": (
            "spauda", "spaudos", "spaudoje", "zurnalist", "pranesimas spaudai", "+laikrast",
            "+radij", "+televizij", "~zinias",
        ),
        "sub:translation": ("vertim", "vertej", "isverst", "+dvikalb"),
        "sub:storytelling": (
            "zodine istorij", "+istorij", "+film", "+video", "+fotograf", "+dokumentin",
            "+prisiminim", "~paroda",
        ),
        "sub:grants": ("kvietimas teikti", "finansavim", "dotacij", "grant", "+fond", "~parama"),
        "sub:bid_writing": ("parasyti paraisk", "rasyti paraisk", "projekto paraisk", "+paraisk"),
        "sub:crowdfunding": (
            "aukoj", "auka", "aukos", "paaukot", "sutelktinis finansav", "+rinkliav",
        ),
        "sub:fundraising": (
            "lesu rinkim", "lesoms rinkti", "labdaros vakar", "labdaros mug", "+remej", "+loterij",
        ),
    },
    # Albanian
    "sq": {
        "kind:need": (
            "kerkoj", "kemi nevoje", "kam nevoje", "na duhet", "+nevojitet",
            "+kush mund te ndihmoje", "+na ndihmoni", "+ndihmoni", "~ndihme",
        ),
        "kind:offer": (
            "ofroj", "mund te ndihmoj", "jemi te gatshem", "vendosim ne dispozicion", "+dhurojme",
            "+ofron", "+falas",
        ),
        "kind:event": (
            "takim", "punetori ", "punetoria", "punetorine", "ju ftojme", "hyrja falas", "+ftese",
            "+seminar", "+aktivitet", "+eveniment", "~festival", "~feste", "~te henen",
            "~te marten", "~te merkuren", "~te enjten", "~te premten", "~te shtunen", "~te dielen",
            "~cdo te", "~ora ",
        ),
        "kind:funding": (
            "financim", "thirrje per propozime", "+grant", "+afati", "+aplikim", "~deri ne £",
            "~burs",
        ),
        "kind:knowhow": (
            "pervoja jone", "mesuam", "+keshill", "+funksionoi", "+mos harroni", "+ja vlen",
            "+rekomandoj",
        ),
        "kind:question": (
            "a e di dikush", "kush e di", "si mund", "ku mund", "a eshte e mundur", "+a ka dikush",
            "+cfare duhet", "+si te ",
        ),
        "sub:planning_applications": (
            "leje ndertimi", "lejen e ndertimit", "leja e ndertimit", "aplikim per planifikim",
            "+zhvillues", "+kundershtim", "+planning", "~ndertim",
        ),
        "sub:local_plans": (
            "plani vendor", "plan urbanistik", "planin urbanistik", "planifikim urban",
            "+plani i lagjes",
        ),
        "sub:regeneration": ("rigjenerim", "rinovim urban", "gentrifikim", "+shembj", "+prishj"),
        "sub:community_assets": ("pasuri e komunitetit", "+te shpetojme"),
        "sub:heritage": (
            "trashegimi", "ndertese historike", "+historik", "+monument", "~muze", "~arkiv",
        ),
        "sub:tenants_rights": (
            "qira", "qera", "debim", "lageshti", "mykut", "myk ", "+pronar", "+riparim",
            "~depozit",
        ),
        "sub:social_housing": (
            "shtepi nga keshilli", "strehim social", "shtepi sociale", "banese sociale",
            "+lista e pritjes", "~keshilli",
        ),
        "sub:community_led_housing": ("kooperative banimi", "+banim komunitar"),
        "sub:homelessness": (
            "pastrehe", "pa strehe", "strehim i perkohshem", "+strehez", "+flene ne rruge",
        ),
        "sub:social_enterprise": ("ndermarrje sociale", "biznes social", "~jofitimprur"),
        "sub:cooperatives": ("kooperativ",),
        "sub:high_streets": (
            "biznese te vogla", "bizneset e vogla", "rruga kryesore", "+dyqan", "+tregtar",
        ),
        "sub:markets": ("tregu", "treg ", "tregje", "panair", "+pazar", "+tezg"),
        "sub:time_banks": ("banka e kohes", "shkembim aftesish", "shkembim sherbimesh"),
        "sub:workspace": (
            "qender komunitare", "qendra komunitare", "qendren komunitare", "~salle", "~hapesir",
            "~zyre",
        ),
        "sub:green_space": (
            "park ", "parku", "parqe", "peme", "hapesire e gjelber", "hapesira te gjelbra",
            "+gjelberim", "~natyr",
        ),
        "sub:air_quality": ("cilesia e ajrit", "ndotj", "ajer te paster", "~trafik"),
        "sub:climate": (
            "ndryshimet klimatike", "ndryshimeve klimatike", "pompe nxehtesie", "ngrohje globale",
            "+klim", "+karbon", "+izolim",
        ),
        "sub:food_growing": ("perime", "bashte", "+kopsht", "+mbjell", "+kultivim", "~fara"),
        "sub:waste": ("riciklim", "mbeturina", "plehra", "kompost", "+pastrim", "~riparim"),
        "sub:energy": (
            "panele diellore", "energji diellore", "rinovueshme", "fatura e energjise",
            "fatura e dritave", "+energji",
        ),
        "sub:consultations": (
            "konsultim", "+mendimin tuaj", "+mendimi i banoreve", "+mendimin e banoreve",
        ),
        "sub:organising": ("fushat", "peticion", "protest", "+nenshkrim", "+marshim", "+mobiliz"),
        "sub:volunteering": ("vullnetar",),
        "sub:residents_associations": (
            "shoqata e banoreve", "shoqata e qiramarresve", "keshilli i banoreve", "~komunitet",
            "~fqinj", "~banore",
        ),
        "sub:festivals": (
            "feste", "festival", "+kremtim", "+bajram", "+dita e flamurit", "~aheng",
        ),
        "sub:legal_advice": ("avokat", "keshille ligjore", "ndihme ligjore", "+ligjor", "+gjykat"),
        "sub:governance": (
            "statut", "bordi drejtues", "organizate bamiresie", "+arketar", "+asamble", "~shoqat",
            "~regjistrim",
        ),
        "sub:leases": ("kontrate qiraje", "kontrata e qirase", "+qira e lokalit", "~lokal"),
        "sub:rights": (
            "imigracion", "te drejtat", "diskriminim", "racizem", "azil", "refugjat", "barazi",
            "leje qendrimi", "+settled status", "~vize",
        ),
        "sub:community_mapping": ("harte", "harta", "+hartografi"),
        "sub:gis": ("te dhena gjeografike", "gjeohapesinor"),
        "sub:surveys": ("pyetesor", "sondazh", "mbledhje te dhenash", "+anket", "~interviste"),
        "sub:websites": (
            "faqe interneti", "faqja e internetit", "faqen e internetit", "uebfaqe", "+formular",
        ),
        "sub:data": ("baze te dhenash", "+excel", "+statistik", "+te dhenat"),
        "sub:digital_inclusion": (
            "kompjuter", "internet", "telefon i mencur", "aftesi dixhitale", "+dixhital",
            "+tablet", "+online",
        ),
        "sub:security": ("mashtrim", "fjalekalim", "siguri online", "siguria ne internet"),
        "sub:design": ("flete palosj", "fletepalosj", "fletushk", "poster", "+dizajn", "+logo"),
        "sub:social_media": ("rrjetet sociale", "rrjete sociale", "mediat sociale", "+ndjekes"),
        "sub:press": ("gazetar", "njoftim per shtyp", "+gazet", "+shtyp", "+radio", "+televizion"),
        "sub:translation": ("perkthim", "perkthy", "perkthe", "dygjuhesh", "+interpret"),
        "sub:storytelling": (
            "+histori", "+film", "+video", "+fotografi", "+dokumentar", "+rrefim", "+kujtime",
        ),
        "sub:grants": ("thirrje per propozime", "grant", "financim", "+fond "),
        "sub:bid_writing": (
            "shkrimi i aplikimit", "aplikim per grant", "propozim projekti", "~aplikim",
        ),
        "sub:crowdfunding": ("dhurim", "donacion", "+dhuroni"),
        "sub:fundraising": ("mbledhje fondesh", "grumbullim fondesh", "+sponsor", "+llotari"),
    },
    # Bulgarian
    "bg": {
        "kind:need": (
            "търсим", "търся", "нуждаем се", "имаме нужда", "+нужда от", "+нужни", "+помогнете",
            "+може ли някой", "~помощ",
        ),
        "kind:offer": (
            "предлагам", "мога да помогна", "можем да помогнем", "подаряваме", "+на разположение",
            "+с удоволствие", "+безплатн", "+мога ",
        ),
        "kind:event": (
            "каним", "заповядайте", "събрание", "вход свободен", "входът е свободен", "+среща",
            "+срещи", "+работилниц", "+уъркшоп", "~обучени", "~празник", "~в понеделник",
            "~във вторник", "~в сряда", "~в четвъртък", "~в петък", "~в събота", "~в неделя",
            "~всяка събота", "~всяка неделя", "~часа",
        ),
        "kind:funding": ("прием на проекти", "+финансиране", "+краен срок", "+кандидатстван"),
        "kind:knowhow": (
            "нашият опит", "научихме", "+от опит", "+съвети", "+проработи", "+не забравяйте",
            "+препоръчвам", "~съвет ",
        ),
        "kind:question": (
            "някой знае ли", "знае ли някой", "+може ли", "+какво да правим", "+има ли",
            "+трябва ли", "+къде ",
        ),
        "sub:planning_applications": (
            "разрешение за строеж", "разрешително за строеж", "+строеж", "+застрояван",
            "+небостърг", "+възражени", "~строителство", "~инвеститор", "~планиране",
        ),
        "sub:local_plans": (
            "устройствен план", "подробен устройствен", "общ устройствен", "+пуп ", "+зониран",
            "+местен план", "+план за квартала",
        ),
        "sub:regeneration": ("обновяван", "саниране", "джентрификаци", "регенераци", "+събаряне"),
        "sub:community_assets": ("+да спасим", "+общностна собственост", "~затваряне"),
        "sub:heritage": ("културно наследство", "културното наследство", "+паметник"),
        "sub:tenants_rights": (
            "наем", "хазя", "изгонван", "влага ", "влагата", "мухъл", "+собственик",
        ),
        "sub:social_housing": (
            "общинско жилище", "общински жилища", "общинските жилища", "социално жилище",
            "социални жилища",
        ),
        "sub:community_led_housing": ("жилищна кооперация", "жилищни кооперации"),
        "sub:homelessness": ("без дом", "временно настаняване", "временно жилище", "~на улицата"),
        "sub:social_enterprise": (
            "социално предприятие", "социални предприятия", "социален бизнес", "~нестопанск",
        ),
        "sub:cooperatives": ("кооперац",),
        "sub:high_streets": (
            "малък бизнес", "малкия бизнес", "малки бизнеси", "търговска улица", "главната улица",
            "+търговци",
        ),
        "sub:markets": ("пазар", "базар", "+серги", "+панаир"),
        "sub:time_banks": ("банка на времето", "размяна на умения", "размяна на услуги"),
        "sub:workspace": (
            "читалище", "общностен център", "наем на зала", "+коуъркинг", "~зала ", "~залата",
            "~зали ", "~пространство",
        ),
        "sub:green_space": (
            "паркове", "дървета", "дърво", "зелени площи", "зелените площи", "озеленяван",
            "~природа",
        ),
        "sub:air_quality": (
            "качество на въздуха", "качеството на въздуха", "замърсяван", "изгорели газове",
            "чист въздух",
        ),
        "sub:climate": (
            "климатичн", "въглерод", "термопомп", "глобално затопляне", "+климата", "+емиси",
            "~изолаци",
        ),
        "sub:food_growing": (
            "зеленчу", "общностна градина", "разсад", "+градин", "+семена", "+отглежда", "~лехи",
        ),
        "sub:waste": ("рециклир", "боклук", "отпадъ", "сметищ", "+почистван"),
        "sub:energy": (
            "слънчеви панели", "възобновяем", "сметки за ток", "сметката за ток",
            "енергийна бедност", "+енерги", "~отопление",
        ),
        "sub:consultations": (
            "обществено обсъждане", "общественото обсъждане", "обществена консултаци",
            "+консултаци", "+вашето мнение", "+мнението на жителите",
        ),
        "sub:organising": ("подписка", "+шествие", "+демонстраци"),
        "sub:volunteering": ("доброволц", "доброволчеств", "+волонтир"),
        "sub:residents_associations": (
            "етажна собственост", "етажната собственост", "сдружение на живущите",
            "+съвет на живущите", "+домоуправител", "~съседи", "~живущи",
        ),
        "sub:festivals": ("празник", "+събор", "+тържеств", "+празнуван"),
        "sub:legal_advice": (
            "правна помощ", "правни съвети", "правна консултация", "+правн", "+съд ", "+съда",
        ),
        "sub:governance": (
            "уставът", "настоятелств", "управителен съвет", "общо събрание", "юридическо лице",
            "+сдружени", "+касиер", "+благотворителн", "~регистрира", "~фондация",
        ),
        "sub:leases": ("наем на помещение", "търговски наем", "~договор за наем"),
        "sub:rights": (
            "права на човека", "трудови права", "имиграци", "дискриминаци", "расизъм", "бежан",
            "неизплатени заплати", "+правата",
        ),
        "sub:community_mapping": ("картографир", "картиран", "+картата", "+карти "),
        "sub:gis": ("геопространствен", "пространствени данни", "геоданни"),
        "sub:surveys": ("допитван", "събиране на данни", "+проучван", "~интервю"),
        "sub:websites": ("уебсайт", "уеб страниц", "+домейн", "~бюлетин"),
        "sub:data": ("база данни", "бази данни", "+данни"),
        "sub:digital_inclusion": (
            "компютър", "компютри", "дигитални умения", "+дигитал", "+таблет", "~имейл",
            "~грамотност",
        ),
        "sub:security": ("измам", "киберсигурност", "сигурност в интернет", "+хакн"),
        "sub:design": ("брошур", "+лого"),
        "sub:social_media": ("социалните мрежи", "социални мрежи", "+последовател"),
        "sub:press": (
            "прессъобщение", "съобщение за медиите", "+медии", "+вестник", "+телевизи", "~интервю",
        ),
        "sub:translation": ("превод", "превежда", "+двуезичн"),
        "sub:storytelling": (
            "устна история", "+разкази", "+филм", "+документал", "+спомени", "~разказ", "~снимк",
            "~изложб",
        ),
        "sub:grants": ("прием на проекти", "финансиране"),
        "sub:bid_writing": (
            "писане на проект", "проектно предложение", "формуляр за кандидатстване",
            "+кандидатстване за", "~кандидатства",
        ),
        "sub:crowdfunding": ("дарени", "даряван", "краудфъндинг", "+събираме средства"),
        "sub:fundraising": (
            "набиране на средства", "благотворителен базар", "+благотворителн", "+томбола",
            "+лотари",
        ),
    },
    # Vietnamese (accents removed, so mostly phrases)
    "vi": {
        "kind:need": (
            "chung toi can", "can tim", "dang tim", "can giup", "can ho tro", "can nguoi",
            "can them", "+ai co the giup", "+xin giup", "+toi can", "+tim kiem",
        ),
        "kind:offer": (
            "chung toi cung cap", "san sang giup", "san sang ho tro", "tang mien phi",
            "+chung toi co the", "+toi co the", "+co the giup", "+cho muon", "+mien phi",
        ),
        "kind:event": (
            "kinh moi", "xin moi", "moi tham gia", "moi moi nguoi", "hoi thao", "buoi gap mat",
            "cuoc hop", "buoi hop", "su kien", "+lop hoc", "+tham du", "~dang ky", "~le hoi",
            "~thu hai", "~thu ba", "~thu tu", "~thu nam", "~thu sau", "~chu nhat", "~sang thu",
            "~chieu thu", "~luc ",
        ),
        "kind:funding": (
            "han chot", "han nop", "quy tai tro", "+tai tro", "+hoc bong", "+nop don", "~toi £",
        ),
        "kind:knowhow": (
            "chung toi da hoc", "bai hoc", "meo nho", "+kinh nghiem", "+loi khuyen", "+hay nho",
        ),
        "kind:question": (
            "co ai biet", "lam the nao", "+nhu the nao", "+o dau", "+co duoc khong",
            "+phai lam gi", "+lam sao", "~khong?",
        ),
        "sub:planning_applications": (
            "giay phep xay dung", "xin phep quy hoach", "don xin quy hoach", "toa nha cao tang",
            "+chu dau tu", "+phan doi", "+planning", "~xay dung",
        ),
        "sub:local_plans": (
            "ke hoach dia phuong", "quy hoach khu vuc", "ke hoach khu pho", "+quy hoach",
        ),
        "sub:regeneration": (
            "tai thiet", "cai tao do thi", "tai phat trien", "+pha do", "+giai toa",
        ),
        "sub:community_assets": ("tai san cong dong",),
        "sub:heritage": ("di san", "di tich", "toa nha lich su", "~lich su", "~bao tang"),
        "sub:tenants_rights": (
            "tien thue nha", "nguoi thue", "am moc", "nam moc", "hop dong thue nha",
            "tang tien thue", "duoi ra khoi nha", "+chu nha ", "+thue nha", "+tien coc",
            "+bi duoi", "~sua chua",
        ),
        "sub:social_housing": (
            "nha o xa hoi", "nha cua hoi dong", "nha o cua hoi dong", "nha council",
            "+danh sach cho",
        ),
        "sub:community_led_housing": ("hop tac xa nha o", "nha o cong dong"),
        "sub:homelessness": ("vo gia cu", "cho o tam thoi", "nha tam tru", "ngu ngoai duong"),
        "sub:social_enterprise": ("doanh nghiep xa hoi", "~phi loi nhuan"),
        "sub:cooperatives": ("hop tac xa",),
        "sub:high_streets": (
            "doanh nghiep nho", "kinh doanh nho", "pho mua sam", "tieu thuong", "+cua hang",
            "+cua tiem", "+tiem nail", "~nha hang",
        ),
        "sub:markets": (
            "phien cho", "cho phien", "cho dem", "cho troi", "hoi cho", "+gian hang",
            "~nguoi ban hang",
        ),
        "sub:time_banks": ("ngan hang thoi gian", "trao doi ky nang", "trao doi dich vu"),
        "sub:workspace": (
            "hoi truong", "trung tam cong dong", "+phong hop", "+thue phong", "~khong gian",
            "~van phong",
        ),
        "sub:green_space": (
            "cong vien", "cay xanh", "trong cay", "khong gian xanh", "da dang sinh hoc",
            "~thien nhien",
        ),
        "sub:air_quality": (
            "chat luong khong khi", "o nhiem khong khi", "khi thai", "khong khi sach", "+o nhiem",
        ),
        "sub:climate": (
            "bien doi khi hau", "cach nhiet", "nong len toan cau", "bom nhiet", "+khi hau",
            "+phat thai",
        ),
        "sub:food_growing": (
            "vuon rau", "vuon cong dong", "trong rau", "lam vuon", "+hat giong", "+rau cu",
            "~vuon ",
        ),
        "sub:waste": (
            "tai che", "rac thai", "tai su dung", "do rac", "+rac ", "+don dep", "+u phan",
            "+sua chua do",
        ),
        "sub:energy": (
            "pin mat troi", "dien mat troi", "nang luong tai tao", "hoa don dien", "+nang luong",
            "+tien dien", "~suoi",
        ),
        "sub:consultations": ("tham van", "lay y kien", "dong gop y kien", "+y kien cua ban"),
        "sub:organising": (
            "chien dich", "kien nghi", "thinh nguyen", "bieu tinh", "tuan hanh", "+van dong",
            "~chu ky",
        ),
        "sub:volunteering": ("tinh nguyen",),
        "sub:residents_associations": (
            "hoi cu dan", "hoi nguoi thue nha", "ban dai dien cu dan", "~cu dan", "~hang xom",
            "~khu pho",
        ),
        "sub:festivals": (
            "le hoi", "tet trung thu", "tet nguyen dan", "trung thu", "+tet ", "+an mung",
            "+van nghe", "+mua lan",
        ),
        "sub:legal_advice": (
            "luat su", "tu van phap ly", "tro giup phap ly", "+phap ly", "+toa an",
        ),
        "sub:governance": (
            "dieu le", "ban quan tri", "hoi dong quan tri", "to chuc tu thien", "thu quy",
            "tu cach phap nhan", "+dang ky hoi", "+dai hoi",
        ),
        "sub:leases": (
            "hop dong thue cua hang", "hop dong thue mat bang", "thue mat bang", "~hop dong thue",
        ),
        "sub:rights": (
            "quyen loi", "nhan quyen", "quyen lao dong", "quyen nguoi lao dong", "di tru",
            "nhap cu", "phan biet doi xu", "phan biet chung toc", "ti nan", "ty nan", "binh dang",
            "khong duoc tra luong", "+settled status", "~thi thuc",
        ),
        "sub:community_mapping": ("lap ban do", "ve ban do", "~ban do"),
        "sub:gis": ("du lieu khong gian", "he thong thong tin dia ly"),
        "sub:surveys": ("khao sat", "bang cau hoi", "thu thap du lieu", "~phong van"),
        "sub:websites": ("trang web", "ten mien", "mau don truc tuyen", "~ban tin"),
        "sub:data": ("co so du lieu", "bang tinh", "bao ve du lieu", "+du lieu", "+thong ke"),
        "sub:digital_inclusion": (
            "may tinh", "ky nang so", "dien thoai thong minh", "+internet", "~truc tuyen",
            "~email", "~cong nghe",
        ),
        "sub:security": ("lua dao", "mat khau", "an toan truc tuyen", "bi hack", "tin nhan gia"),
        "sub:design": ("to roi", "ap phich", "+thiet ke", "+logo", "+poster", "+banner"),
        "sub:social_media": ("mang xa hoi", "+nguoi theo doi", "~bai dang"),
        "sub:press": (
            "bao chi", "nha bao", "phong vien", "thong cao bao chi", "+truyen hinh",
            "+dai phat thanh",
        ),
        "sub:translation": (
            "phien dich", "dich thuat", "thong dich", "song ngu", "+dich sang", "+noi tieng viet",
        ),
        "sub:storytelling": (
            "ke chuyen", "phim tai lieu", "lam phim", "quay phim", "nhiep anh",
            "lich su truyen mieng", "+cau chuyen", "+chup anh", "~ky niem",
        ),
        "sub:grants": ("tai tro", "quy tai tro", "+hoc bong", "+kinh phi"),
        "sub:bid_writing": ("don xin tai tro", "ho so xin tai tro", "de xuat du an", "+viet don"),
        "sub:crowdfunding": ("quyen gop", "gay quy cong dong", "~ung ho", "~dong gop"),
        "sub:fundraising": ("gay quy", "nha tai tro", "+xo so", "~ban banh"),
    },
    # Greek
    "el": {
        "kind:need": (
            "ψαχνουμε", "ψαχνω", "χρειαζομαστε", "χρειαζομαι", "ζητουνται", "ζητειται",
            "+χρειαζεται", "+ζητουμε", "+μπορει καποιος να βοηθησει", "+βοηθηστε", "~βοηθεια",
        ),
        "kind:offer": (
            "προσφερουμε", "προσφερω", "μπορω να βοηθησω", "μπορουμε να βοηθησουμε", "χαριζω",
            "χαριζουμε", "+διαθεσιμ", "+δωρεαν", "+μπορω ", "+μπορουμε ",
        ),
        "kind:event": (
            "σας προσκαλουμε", "προσκαλουμε", "εργαστηρι", "συναντηση", "συγκεντρωση", "εκδηλωση",
            "σεμιναρι", "ελευθερη εισοδος", "εισοδος ελευθερη", "+ομιλια", "+ελατε", "~πανηγυρι",
            "~γιορτη", "~φεστιβαλ", "~δευτερα", "~τριτη", "~τεταρτη", "~πεμπτη", "~παρασκευη",
            "~σαββατο", "~κυριακη", "~στις 1", "~καθε ",
        ),
        "kind:funding": (
            "επιχορηγηση", "επιχορηγησεις", "προσκληση υποβολης", "+χρηματοδοτηση", "+προθεσμια",
            "+αιτησεις", "+υποτροφι", "~εως £",
        ),
        "kind:knowhow": (
            "η εμπειρια μας", "την εμπειρια μας", "μαθαμε", "+συμβουλη", "+κρατηστε",
            "+μην ξεχνατε", "+λειτουργησε", "+αξιζει", "+προτεινω", "~συμβουλες",
        ),
        "kind:question": (
            "ξερει κανεις", "γνωριζει κανεις", "ποιος ξερει", "+τι κανουμε", "+ειναι δυνατον",
            "+μπορουμε να", "+υπαρχει", "~πως ",
        ),
        "sub:planning_applications": (
            "πολεοδομικ", "οικοδομικη αδεια", "οικοδομικης αδειας", "αδεια δομησης", "+ενσταση",
            "+ενστασεις", "+εργολαβ", "+planning", "~πολυκατοικι", "~κατασκευ",
        ),
        "sub:local_plans": (
            "τοπικο σχεδιο", "ρυμοτομικ", "χωροταξικ", "σχεδιο γειτονιας", "χρησεις γης",
        ),
        "sub:regeneration": (
            "αναπλαση", "ανασυγκροτηση", "αναζωογονηση", "εξευγενισμ", "+κατεδαφισ", "~ανακαινιση",
        ),
        "sub:community_assets": ("κοινοτικο περιουσιακο", "+να σωσουμε", "~κλεισιμο"),
        "sub:heritage": (
            "πολιτιστικη κληρονομια", "+κληρονομια", "+ιστορικ", "+μνημει", "~μουσει", "~αρχει",
        ),
        "sub:tenants_rights": (
            "ενοικ", "νοικι", "εξωση", "εξωσεις", "υγρασια", "μουχλα", "+ιδιοκτητ", "+μισθωσ",
            "+επισκευ", "~εγγυηση",
        ),
        "sub:social_housing": (
            "κοινωνικη κατοικια", "κοινωνικες κατοικιες", "κοινωνικης κατοικιας",
            "δημοτικη κατοικια", "δημοτικες κατοικιες", "+λιστα αναμονης", "~καουνσιλ",
        ),
        "sub:community_led_housing": (
            "στεγαστικος συνεταιρ", "στεγαστικου συνεταιρ", "+συνστεγαση",
        ),
        "sub:homelessness": (
            "αστεγ", "προσωρινη στεγη", "προσωρινη διαμονη", "+κοιμουνται στο δρομο", "~ξενωνα",
        ),
        "sub:social_enterprise": (
            "κοινωνικη επιχειρηση", "κοινωνικες επιχειρησεις", "κοινωνικη οικονομια", "κοινσεπ",
            "~μη κερδοσκοπικ",
        ),
        "sub:cooperatives": ("συνεταιρ",),
        "sub:high_streets": (
            "καταστηματαρχ", "εμπορικος δρομος", "κεντρικος δρομος", "μικρες επιχειρησεις",
            "+καταστημ", "+μαγαζι", "~επαγγελματιες",
        ),
        "sub:markets": (
            "λαικη αγορα", "παζαρ", "μικροπωλ", "+παγκους", "+παγκο ", "+παγκος", "+λαικη ",
            "~αγορα",
        ),
        "sub:time_banks": (
            "τραπεζα χρονου", "ανταλλαγη δεξιοτητων", "ανταλλαγη υπηρεσιων", "τοπικο νομισμα",
        ),
        "sub:workspace": (
            "κοινοτικη αιθουσα", "κοινοτικο κεντρο", "κοινοτικου κεντρου", "κοινοτικα κεντρα",
            "ενοικιαση αιθουσας", "~αιθουσα", "~χωρος ", "~χωρο ", "~γραφειο",
        ),
        "sub:green_space": (
            "παρκο", "παρκα", "δεντρ", "χωροι πρασινου", "χωρους πρασινου", "βιοποικιλοτητα",
            "+πρασιν", "~φυση",
        ),
        "sub:air_quality": (
            "ποιοτητα του αερα", "ποιοτητα αερα", "ατμοσφαιρικη ρυπανση", "καυσαερι",
            "καθαρος αερας", "+ρυπανση",
        ),
        "sub:climate": (
            "κλιματικ", "αντλια θερμοτητας", "υπερθερμανση", "+κλιμα ", "+κλιματ", "+ανθρακ",
            "+εκπομπ", "+μονωση",
        ),
        "sub:food_growing": (
            "λαχαν", "κοινοτικος κηπος", "κοινοτικο κηπο", "+κηπο", "+κηπων", "+καλλιεργ",
            "+φυτευ", "~σπορ",
        ),
        "sub:waste": ("ανακυκλ", "σκουπιδ", "απορριμματ", "κομποστ", "επαναχρησιμοπ", "+καθαρισμ"),
        "sub:energy": (
            "φωτοβολταικ", "ανανεωσιμ", "ηλιακα πανελ", "λογαριασμοι ρευματος",
            "λογαριασμους ρευματος", "λογαριασμο ρευματος", "ενεργειακη φτωχεια", "+ενεργει",
            "+ηλιακ", "~θερμανση",
        ),
        "sub:consultations": ("διαβουλευση", "+τη γνωμη σας", "+πειτε τη γνωμη"),
        "sub:organising": (
            "καμπανια", "εκστρατεια", "διαμαρτυρι", "κινητοποιηση", "συλλαλητηρι",
            "συλλογη υπογραφων", "+ψηφισμα", "~υπογραφ", "~πορεια",
        ),
        "sub:volunteering": ("εθελοντ",),
        "sub:residents_associations": (
            "συλλογος κατοικων", "συλλογου κατοικων", "ενωση ενοικιαστων", "ενωση κατοικων",
            "ενωσεις κατοικων", "ενωσεων κατοικων", "+επιτροπη γειτονιας", "~γειτον", "~κοινοτητα",
        ),
        "sub:festivals": (
            "πανηγυρ", "γιορτ", "φεστιβαλ", "+εορτασμ", "+αποκρι", "~παρελαση", "~χορος",
        ),
        "sub:legal_advice": (
            "δικηγορ", "νομικη συμβουλη", "νομικες συμβουλες", "νομικη βοηθεια", "+νομικ",
            "+δικαστηρι",
        ),
        "sub:governance": (
            "καταστατικ", "διοικητικο συμβουλιο", "γενικη συνελευση", "νομικη μορφη",
            "νομικο προσωπο", "+ταμια", "+φιλανθρωπικ", "~συλλογο", "~καταχωρ",
        ),
        "sub:leases": ("μισθωτηριο", "εμπορικη μισθωση", "μισθωση ακινητου", "~μισθωσ"),
        "sub:rights": (
            "δικαιωματα", "μεταναστ", "ρατσισμ", "ασυλο", "ισοτητα", "εργασιακα δικαιωματα",
            "+διακρισ", "+προσφυγ", "+settled status", "~βιζα",
        ),
        "sub:community_mapping": ("χαρτογραφ", "+χαρτη", "+χαρτες"),
        "sub:gis": (
            "γεωγραφικα συστηματα", "γεωγραφικων πληροφοριων", "γεωχωρικ", "χωρικα δεδομενα",
        ),
        "sub:surveys": (
            "ερωτηματολογι", "δημοσκοπηση", "συλλογη δεδομενων", "~ερευνα", "~συνεντευξ",
        ),
        "sub:websites": ("ιστοσελιδ", "ιστοτοπ", "σελιδα στο ιντερνετ", "+newsletter"),
        "sub:data": ("βαση δεδομενων", "υπολογιστικο φυλλο", "+excel", "+στατιστικ", "+δεδομεν"),
        "sub:digital_inclusion": (
            "υπολογιστ", "διαδικτυ", "ιντερνετ", "ψηφιακες δεξιοτητες", "+ψηφιακ", "+ταμπλετ",
            "+smartphone", "~κινητο", "~email",
        ),
        "sub:security": (
            "απατη", "απατες", "κωδικο προσβασης", "κωδικους προσβασης", "ασφαλεια στο διαδικτυο",
            "ηλεκτρονικο ψαρεμα", "+χακ",
        ),
        "sub:design": ("φυλλαδι", "αφισ", "λογοτυπ", "γραφιστ", "+σχεδιασμ", "~πανο"),
        "sub:social_media": (
            "μεσα κοινωνικης δικτυωσης", "κοινωνικα δικτυα", "+αναρτησ", "~ακολουθ",
        ),
        "sub:press": (
            "δημοσιογραφ", "εφημεριδ", "δελτιο τυπου", "+ραδιοφων", "+τηλεορασ", "~μμε", "~τυπος",
        ),
        "sub:translation": ("μεταφρασ", "διερμηνε", "+δυγλωσσ", "~στα ελληνικα"),
        "sub:storytelling": (
            "προφορικη ιστορια", "ντοκιμαντερ", "+ιστορι", "+αφηγησ", "+ταινια", "+βιντεο",
            "+φωτογραφ", "+αναμνησ", "~εκθεση",
        ),
        "sub:grants": (
            "προσκληση υποβολης", "επιχορηγηση", "επιχορηγησεις", "χρηματοδοτησ", "+επιδοτηση",
            "+υποτροφι", "~ταμειο",
        ),
        "sub:bid_writing": (
            "συνταξη αιτησης", "αιτηση χρηματοδοτησης", "προταση χρηματοδοτησης",
            "+υποβολη προτασης", "~αιτηση",
        ),
        "sub:crowdfunding": ("δωρεες", "δωρεα ", "δωρεων", "εραν", "~εισφορ"),
        "sub:fundraising": ("συγκεντρωση χρηματων", "λαχειοφορ", "+χορηγ", "~φιλανθρωπικ"),
    },
    # Russian
    "ru": {
        "kind:need": (
            "ищем", "ищу", "нужен", "нужна", "нужны", "требуются", "требуется", "нам нужн",
            "+кто может помочь", "+кто-нибудь может", "+помогите", "+ищет", "+необходим",
            "+не хватает", "~помощь",
        ),
        "kind:offer": (
            "предлагаем", "предлагаю", "могу помочь", "можем помочь", "можем предложить",
            "готов помочь", "готова помочь", "готовы помочь", "отдам", "отдаем", "+бесплатн",
            "+могу ", "+можем ",
        ),
        "kind:event": (
            "приглашаем", "приглашени", "мастер-класс", "семинар", "встреча", "собрание",
            "вход свободный", "вход бесплатный", "ждем вас", "+встреч", "+лекци", "+тренинг",
            "+присоединяйтесь", "+приходите", "~регистрац", "~праздник", "~фестивал",
            "~в понедельник", "~во вторник", "~в среду", "~в четверг", "~в пятницу", "~в субботу",
            "~в воскресенье", "~по субботам", "~по воскресеньям", "~начало в",
        ),
        "kind:funding": (
            "прием заявок", "+грант", "+финансирован", "+срок подачи", "+заявки", "+конкурс",
            "+стипенди", "+премия", "+выделяет до", "~до £",
        ),
        "kind:knowhow": (
            "наш опыт", "мы узнали", "мой совет", "наш совет", "+по опыту", "+из опыта", "+советы",
            "+советую", "+сработало", "+не забудьте", "+рекомендую", "+лайфхак", "~совет ",
        ),
        "kind:question": (
            "кто-нибудь знает", "кто знает", "подскажите", "+можно ли", "+что делать", "+есть ли",
            "+нужно ли", "+как ", "+где ",
        ),
        "sub:planning_applications": (
            "разрешение на строительство", "разрешения на строительство", "застройщик",
            "+застройк", "+девелопер", "+небоскреб", "+многоэтажк", "+возражени", "+планнинг",
            "~стройк", "~планировани",
        ),
        "sub:local_plans": (
            "генеральный план", "генплан", "местный план", "план района", "план развития",
            "+зонировани", "+землепользовани",
        ),
        "sub:regeneration": (
            "реновац", "регенерац", "джентрификац", "+снос ", "+сноса", "+сносе", "+реконструкци",
        ),
        "sub:community_assets": ("общественное достояние", "+спасем", "+сохраним", "~закрыти"),
        "sub:heritage": (
            "наследи", "памятник архитектур", "+историческ", "+памятник", "~музе", "~архив",
        ),
        "sub:tenants_rights": (
            "арендодател", "хозяин квартиры", "хозяйка квартиры", "выселен", "плесен", "сырост",
            "повышение аренды", "лендлорд", "+аренд", "+квартплат", "+жильц", "+снимаем квартиру",
            "+снять квартиру", "~ремонт", "~отоплен", "~депозит", "~залог",
        ),
        "sub:social_housing": (
            "социальное жиль", "социального жиль", "муниципальное жиль", "муниципального жиль",
            "очередь на жиль", "+жилье от совета", "~каунсил", "~муниципальн",
        ),
        "sub:community_led_housing": (
            "жилищные кооператив", "жилищный кооператив", "жилищного кооператив", "+кохаузинг",
        ),
        "sub:homelessness": (
            "бездомн", "бомж", "ночлежк", "временное жиль", "временного жиль", "+приют",
            "~на улице",
        ),
        "sub:social_enterprise": (
            "социальное предприяти", "социального предприяти", "социальный бизнес",
            "социального бизнеса", "~некоммерческ",
        ),
        "sub:cooperatives": ("кооператив",),
        "sub:high_streets": (
            "малый бизнес", "малого бизнеса", "торговая улиц", "главная улиц", "владельцы магазин",
            "+магазин", "~пустующ",
        ),
        "sub:markets": ("рынок", "рынк", "ярмарк", "барахолк", "+торговц", "+прилавок", "~лавк"),
        "sub:time_banks": (
            "банк времени", "тайм-банк", "таймбанк", "обмен навыками", "обмен услугами",
            "местная валют",
        ),
        "sub:workspace": (
            "общественный центр", "общественного центра", "аренда зала", "+помещени", "+коворкинг",
            "~зал ", "~зала", "~пространств", "~офис",
        ),
        "sub:green_space": (
            "парк ", "парка", "парке", "парку", "парки", "парков ", "деревь", "дерево",
            "зеленые зоны", "зеленых зон", "зеленая зона", "зеленых насаждени", "озеленени",
            "биоразнообрази", "~природ",
        ),
        "sub:air_quality": (
            "качество воздуха", "качества воздуха", "загрязнени", "выхлоп", "чистый воздух",
            "~трафик",
        ),
        "sub:climate": (
            "климат", "углерод", "утеплени", "тепловой насос", "тепловых насос",
            "глобальное потеплени", "+выбросы", "+выбросов", "~устойчив",
        ),
        "sub:food_growing": (
            "огород", "садоводств", "рассад", "грядк", "+сад ", "+овощ", "+выращива", "~семен",
        ),
        "sub:waste": (
            "мусор", "отходы", "отходов", "компост", "свалк", "ремонт вещей", "+субботник",
            "+переработ", "+уборк",
        ),
        "sub:energy": (
            "солнечные панел", "солнечных панел", "возобновляем", "счета за электричеств",
            "счета за энерги", "+энерги", "~отоплени",
        ),
        "sub:consultations": (
            "общественные слушани", "публичные слушани", "публичные консультации",
            "общественные консультации", "+ваше мнени", "+мнение жителей", "~консультац",
            "~обсуждени",
        ),
        "sub:organising": (
            "кампани", "петици", "протест", "сбор подписей", "+митинг", "+демонстрац", "+подписи",
            "+марш ", "+марша", "~акци",
        ),
        "sub:volunteering": ("волонтер", "доброволь", "+субботник"),
        "sub:residents_associations": (
            "ассоциация жильцов", "ассоциации жильцов", "собрание жильцов", "собрания жильцов",
            "ассоциация жителей", "совет жильцов", "союз жильцов", "+домовой комитет", "~соседями",
            "~соседи", "~жильцов", "~жителей", "~общин",
        ),
        "sub:festivals": (
            "праздник", "фестивал", "масленица", "масленицу", "+празднова", "+гуляни", "~концерт",
        ),
        "sub:legal_advice": (
            "юрист", "адвокат", "юридическ", "солиситор", "+суд ", "+судебн", "+правов", "~суда",
        ),
        "sub:governance": (
            "устав ", "устава", "уставе", "попечител", "общее собрание", "юридическое лицо",
            "+правлени", "+казначе", "+благотворительн", "~ассоциац", "~регистрац",
        ),
        "sub:leases": (
            "договор аренды", "договора аренды", "аренда помещени", "аренды помещени", "субаренд",
        ),
        "sub:rights": (
            "права человека", "права работник", "трудовые права", "иммиграц", "дискриминац",
            "расизм", "убежищ", "вид на жительство", "+права ", "+правах", "+равенств",
            "+невыплат", "+settled status", "~беженц", "~виза",
        ),
        "sub:community_mapping": (
            "картографи", "картирован", "нанести на карту", "+карту ", "+карте ", "+карта ",
            "+карты ",
        ),
        "sub:gis": (
            "гис ", "геоданн", "геоинформац", "пространственные данные", "пространственных данных",
        ),
        "sub:surveys": (
            "опрос", "анкет", "сбор данных", "сбора данных", "~интервью", "~исследовани",
        ),
        "sub:websites": ("сайт", "веб-сайт", "онлайн-форм", "+домен", "+рассылк"),
        "sub:data": (
            "база данных", "базы данных", "базу данных", "+эксель", "+статистик", "+данны",
            "~таблиц",
        ),
        "sub:digital_inclusion": (
            "компьютер", "интернет", "смартфон", "электронной почт", "электронная почт", "+цифров",
            "+планшет", "+гаджет", "~онлайн",
        ),
        "sub:security": (
            "мошенни", "фишинг", "кибербезопасн", "безопасность в интернете",
            "безопасности в интернете", "+парол", "+взлом",
        ),
        "sub:design": (
            "листовк", "плакат ", "плакаты", "плакатов", "плаката", "афиш", "логотип", "флаер",
            "буклет", "+дизайн", "+баннер",
        ),
        "sub:social_media": (
            "соцсет", "социальных сет", "социальные сети", "+подписчик", "+инстаграм", "+фейсбук",
        ),
        "sub:press": (
            "пресс", "журналист", "+газет", "+радио", "+телевидени", "+сми ", "+репортаж",
            "~интервью",
        ),
        "sub:translation": ("перевод", "+двуязычн", "~на русском"),
        "sub:storytelling": (
            "устная истори", "документальн", "+истори", "+рассказы", "+фильм", "+видео",
            "+фотограф", "+подкаст", "+воспоминани", "~рассказ", "~выставк",
        ),
        "sub:grants": (
            "прием заявок", "грант", "финансирован", "+субсиди", "+стипенди", "+премия",
            "+выделяет до", "~конкурс", "~фонд",
        ),
        "sub:bid_writing": (
            "написать заявку", "написании заявки", "заявка на грант", "заявку на грант",
            "заявки на грант", "грантовая заявк", "грантовой заявк", "~заявк",
        ),
        "sub:crowdfunding": ("пожертвован", "краудфандинг", "+донат", "+собираем на", "+сбор на"),
        "sub:fundraising": (
            "сбор средств", "фандрайзинг", "привлечение средств", "собрать деньги", "+спонсор",
            "+лотере", "+благотворительн",
        ),
    },
    # Ukrainian
    "uk": {
        "kind:need": (
            "шукаємо", "шукаю", "потрібн", "нам потрібн", "+хто може допомогти", "+допоможіть",
            "+не вистачає", "+необхідн", "~допомог",
        ),
        "kind:offer": (
            "пропонуємо", "пропоную", "готові допомогти", "готова допомогти", "готовий допомогти",
            "віддам", "віддаємо", "+безкоштовн", "+можу ", "+можемо ",
        ),
        "kind:event": (
            "запрошуємо", "майстер-клас", "семінар", "зустріч", "збори", "вхід вільний",
            "вхід безкоштовний", "чекаємо на вас", "чекаємо вас", "+лекці", "+тренінг",
            "+приєднуйтесь", "+приходьте", "~реєстраці", "~свято", "~у понеділок", "~у вівторок",
            "~у середу", "~в середу", "~у четвер", "~в четвер", "~у п'ятницю", "~у п’ятницю",
            "~в п'ятницю", "~в п’ятницю", "~у суботу", "~в суботу", "~у неділю", "~в неділю",
            "~щосуботи", "~щонеділі",
        ),
        "kind:funding": ("прийом заявок", "+фінансуван", "+термін подачі", "+подати заявку"),
        "kind:knowhow": (
            "наш досвід", "ми дізналися", "+з досвіду", "+порада", "+поради", "+спрацювало",
        ),
        "kind:question": (
            "хтось знає", "підкажіть", "+чи можна", "+що робити", "+чи є", "+чи потрібно", "+як ",
            "+де ",
        ),
        "sub:planning_applications": (
            "дозвіл на будівництво", "дозволу на будівництво", "забудовник", "+забудов",
            "+хмарочос", "+багатоповерхівк", "+заперечення", "~планування",
        ),
        "sub:local_plans": ("генеральний план", "місцевий план", "план району", "+зонуванн"),
        "sub:regeneration": ("джентрифікац", "+знесенн", "+реконструкці"),
        "sub:community_assets": ("+врятуймо", "+збережемо", "~закритт"),
        "sub:heritage": ("спадщин", "+історичн", "+пам'ятк", "+пам’ятк", "~архів"),
        "sub:tenants_rights": (
            "орендодав", "виселен", "плісняв", "волог", "господар квартири", "+оренд",
            "+власник житла",
        ),
        "sub:social_housing": (
            "соціальне житло", "соціального житла", "муніципальне житло", "черга на житло",
            "+житло від ради",
        ),
        "sub:community_led_housing": (
            "житловий кооператив", "житлового кооператив", "житлові кооператив",
        ),
        "sub:homelessness": (
            "безхатьк", "нічліжк", "тимчасове житло", "тимчасового житла", "+притулок",
        ),
        "sub:social_enterprise": (
            "соціальне підприємств", "соціального підприємств", "соціальний бізнес",
            "~неприбутков",
        ),
        "sub:high_streets": ("малий бізнес", "малого бізнесу", "торгова вулиц", "головна вулиц"),
        "sub:markets": ("ринок", "ринк", "ярмарок", "+базар"),
        "sub:time_banks": ("банк часу", "обмін навичками", "обмін послугами"),
        "sub:workspace": (
            "громадський центр", "громадського центру", "оренда залу", "+приміщенн", "+коворкінг",
            "~залу ", "~залі ", "~простір", "~офіс",
        ),
        "sub:green_space": (
            "парку ", "парків", "парках", "зелені зони", "зелених зон", "озелененн",
            "біорізноманітт", "+дерев",
        ),
        "sub:air_quality": (
            "якість повітря", "якості повітря", "забрудненн", "вихлоп", "чисте повітря", "~трафік",
        ),
        "sub:climate": (
            "клімат", "вуглец", "утепленн", "тепловий насос", "теплових насос",
            "глобальне потеплінн", "+викид",
        ),
        "sub:food_growing": (
            "городництв", "на городі", "розсад", "+овоч", "+насінн", "+вирощуванн",
        ),
        "sub:waste": (
            "переробк", "смітт", "відходи ", "відходів", "відходами", "звалищ", "+сортуванн",
            "+прибиранн",
        ),
        "sub:energy": (
            "сонячні панел", "сонячних панел", "відновлюван", "рахунки за електрик",
            "рахунки за енерг", "+енерг", "~опаленн",
        ),
        "sub:consultations": (
            "громадські слуханн", "громадське обговоренн", "громадські консультації",
            "публічні консультації", "+ваша думка", "+вашу думку", "+думку мешканців",
            "~консультаці",
        ),
        "sub:organising": (
            "кампані", "петиці", "збір підписів", "+мітинг", "+демонстраці", "~акці", "~підпис",
        ),
        "sub:volunteering": ("добровол", "добровіль"),
        "sub:residents_associations": (
            "об'єднання мешканців", "об’єднання мешканців", "асоціація мешканців", "осбб",
            "+будинковий комітет", "~сусід", "~мешканц", "~громад",
        ),
        "sub:festivals": ("свято", "святкуванн", "святкуємо", "~вишиванк"),
        "sub:legal_advice": ("юридичн", "солісітор", "+суду"),
        "sub:governance": (
            "статут", "загальні збори", "юридична особа", "+правлінн", "+скарбник", "+благодійн",
            "+громадська організаці", "~асоціац", "~реєстраці",
        ),
        "sub:leases": ("договір оренди", "договору оренди", "оренда приміщення", "суборенд"),
        "sub:rights": (
            "права людини", "трудові права", "імміграц", "дискримінац", "тимчасовий захист",
            "+рівніст", "~біженц", "~віза",
        ),
        "sub:community_mapping": ("мапа", "мапу", "мапі", "картограф", "+карті "),
        "sub:gis": ("гіс ", "геодан", "просторові дані", "просторових даних"),
        "sub:surveys": ("опитуван", "збір даних", "~інтерв'ю", "~інтерв’ю", "~дослідженн"),
        "sub:websites": ("+розсилк",),
        "sub:data": ("база даних", "бази даних", "базу даних", "+даних", "+дані "),
        "sub:digital_inclusion": ("комп'ютер", "комп’ютер", "інтернет", "електронн пошт"),
        "sub:security": ("шахра", "фішинг", "кібербезпек", "~злам"),
        "sub:design": ("листівк", "плакат", "флаєр", "+афіш", "+банер"),
        "sub:social_media": (
            "соцмереж", "соціальних мереж", "соціальні мережі", "+підписник", "+інстаграм",
        ),
        "sub:press": (
            "преса", "пресі", "пресу", "прес-реліз", "журналіст", "+радіо", "+телебаченн", "+змі ",
        ),
        "sub:translation": ("переклад", "+двомовн", "~українською"),
        "sub:storytelling": (
            "усна історі", "+істор", "+розповід", "+фільм", "+відео", "+фото", "+спогад",
            "~виставк",
        ),
        "sub:grants": ("прийом заявок", "фінансуван", "+субсиді"),
        "sub:bid_writing": ("написати заявку", "грантова заявк", "грантову заявк"),
        "sub:crowdfunding": ("пожертв", "+збираємо на"),
        "sub:fundraising": ("збір коштів", "зібрати кошти", "залучення коштів", "+благодійн"),
    },
    # Arabic
    "ar": {
        "kind:need": (
            "نحتاج", "نبحث عن", "أبحث عن", "ابحث عن", "نريد", "بحاجة", "مطلوب", "+ساعدونا",
            "+نفتقر", "+من يستطيع مساعدت", "+هل يمكن لأحد", "+نود الحصول", "~مساعدة",
        ),
        "kind:offer": (
            "نقدم", "نوفر", "يمكنني", "يمكننا", "أستطيع", "استطيع", "نتبرع", "+أقدم", "+اقدم",
            "+أوفر", "+على استعداد", "+متاح", "+مجان",
        ),
        "kind:event": (
            "ورشة", "اجتماع ", "اجتماعنا", "الاجتماع ", "اجتماعات", "لقاء", "ندعوكم", "يدعوكم",
            "تدعوكم", "فعالية", "الدعوة عامة", "الدخول مجاني", "+ندوة", "+محاضرة", "+انضموا",
            "~سجلوا", "~جلسة", "~مهرجان", "~حفل", "~يوم الاثنين", "~يوم الثلاثاء", "~يوم الأربعاء",
            "~يوم الخميس", "~يوم الجمعة", "~يوم السبت", "~يوم الأحد", "~الساعة", "~الحضور",
        ),
        "kind:funding": (
            "منحة", "تمويل متاح", "باب التقديم", "+منح ", "+آخر موعد", "+اخر موعد", "+التقديم",
            "+طلبات التمويل", "+دعم مالي", "~جائزة",
        ),
        "kind:knowhow": (
            "تجربتنا", "تعلمنا", "من تجربتي", "نجح معنا", "+نصيحة", "+نصائح", "+لا تنسوا", "+ننصح",
            "+أنصح", "+انصح",
        ),
        "kind:question": (
            "هل يعرف", "هل هذا", "ماذا أفعل", "ماذا نفعل", "من يعرف", "هل يمكن", "هل يوجد",
            "هل هناك", "هل من ", "هل لدى", "هل يجب", "هل يحق", "+كيف ", "+أين ", "+ما هي الطريقة",
        ),
        "sub:planning_applications": (
            "تصريح بناء", "رخصة بناء", "طلب تخطيط", "مطور عقاري", "برج سكني", "+اعتراض", "+المطور",
            "+بلانينغ", "~تخطيط",
        ),
        "sub:local_plans": (
            "الخطة المحلية", "خطة محلية", "مخطط محلي", "المخطط المحلي", "خطة الحي",
            "المخطط العمراني", "+تقسيم المناطق", "+استخدام الأراضي",
        ),
        "sub:regeneration": (
            "تجديد الحي", "إعادة تطوير", "اعادة تطوير", "إعادة إعمار", "اعادة اعمار",
            "التجديد الحضري", "+هدم", "~الترميم",
        ),
        "sub:community_assets": (
            "أصول مجتمعية", "اصول مجتمعية", "ملكية مجتمعية", "~إنقاذ", "~إغلاق",
        ),
        "sub:heritage": (
            "التراث", "تراث", "مبنى تاريخي", "المباني التاريخية", "+تاريخي", "~متحف", "~أرشيف",
        ),
        "sub:tenants_rights": (
            "المستأجر", "مستأجر", "المستاجر", "صاحب البيت", "صاحب المنزل", "الإيجار", "إيجار",
            "الايجار", "ايجار", "المؤجر", "إخلاء", "اخلاء", "رطوبة", "عفن", "+المالك", "+صيانة",
            "+تصليحات", "~طرد", "~العربون",
        ),
        "sub:social_housing": (
            "سكن اجتماعي", "المساكن الاجتماعية", "الإسكان الاجتماعي", "الاسكان الاجتماعي",
            "سكن البلدية", "بيت البلدية", "سكن المجلس", "جمعية الإسكان", "+قائمة الانتظار",
        ),
        "sub:community_led_housing": (
            "تعاونية سكنية", "تعاونيات سكنية", "سكن تعاوني", "إسكان مجتمعي",
        ),
        "sub:homelessness": (
            "السكن المؤقت", "سكن مؤقت", "مشرد", "بلا مأوى", "ينامون في الشارع", "النوم في الشارع",
            "سكن طارئ", "+ملجأ", "+ملاجئ",
        ),
        "sub:social_enterprise": (
            "مؤسسة اجتماعية", "مشروع اجتماعي", "مشاريع اجتماعية", "ريادة اجتماعية", "~غير ربحي",
        ),
        "sub:cooperatives": ("تعاونية", "تعاونيات"),
        "sub:high_streets": (
            "أصحاب المحلات", "اصحاب المحلات", "الشارع التجاري", "الشارع الرئيسي",
            "الأعمال الصغيرة", "المشاريع الصغيرة", "+محلات", "+متجر", "+التجار",
        ),
        "sub:markets": ("سوق", "أسواق", "اسواق", "بسطة", "أكشاك", "بازار"),
        "sub:time_banks": ("بنك الوقت", "تبادل المهارات", "تبادل الخدمات", "عملة محلية"),
        "sub:workspace": (
            "مركز مجتمعي", "المركز المجتمعي", "استئجار قاعة", "غرفة اجتماعات", "مساحة عمل",
            "~قاعة", "~مساحة", "~مكتب",
        ),
        "sub:green_space": (
            "حديقة عامة", "الحديقة العامة", "أشجار", "اشجار", "شجر", "مساحات خضراء",
            "المساحات الخضراء", "التنوع البيولوجي", "+حديقة", "+حدائق", "~الطبيعة",
        ),
        "sub:air_quality": ("جودة الهواء", "تلوث الهواء", "هواء نظيف", "عوادم", "+تلوث"),
        "sub:climate": (
            "المناخ", "مناخ", "الاحتباس الحراري", "مضخة حرارية", "العزل الحراري", "+الكربون",
            "+انبعاثات", "~الاستدامة",
        ),
        "sub:food_growing": (
            "حديقة مجتمعية", "حدائق مجتمعية", "خضروات", "خضراوات", "خضار", "+زراعة", "+الزراعة",
            "+نزرع", "+بذور",
        ),
        "sub:waste": (
            "إعادة التدوير", "اعادة التدوير", "تدوير", "نفايات", "قمامة", "مقهى الإصلاح",
            "إصلاح الأغراض", "+السماد", "+تنظيف",
        ),
        "sub:energy": (
            "ألواح شمسية", "الواح شمسية", "الطاقة الشمسية", "الطاقة المتجددة", "فواتير الكهرباء",
            "فاتورة الكهرباء", "فقر الطاقة", "+الطاقة", "~التدفئة",
        ),
        "sub:consultations": (
            "الاستشارة العامة", "مشاورة", "مشاورات", "+رأيكم", "+آرائكم", "+ارائكم", "~استشارة",
        ),
        "sub:organising": (
            "حملة", "عريضة", "احتجاج", "مظاهرة", "وقفة احتجاجية", "+تواقيع", "+توقيع", "+مسيرة",
            "+حشد", "+تنظيم المجتمع", "~نضال",
        ),
        "sub:volunteering": ("متطوع", "تطوع"),
        "sub:residents_associations": (
            "جمعية السكان", "رابطة السكان", "جمعية المستأجرين", "لجنة الحي", "+جمعية الجيران",
            "~الجيران", "~السكان", "~المجتمع",
        ),
        "sub:festivals": (
            "مهرجان", "حفل", "احتفال", "عيد الفطر", "عيد الأضحى", "+العيد", "+إفطار جماعي",
            "~رمضان", "~سهرة",
        ),
        "sub:legal_advice": (
            "محام", "قانوني", "استشارة قانونية", "مساعدة قانونية", "+المحكمة", "+محكمة",
        ),
        "sub:governance": (
            "مؤسسة خيرية", "جمعية خيرية", "النظام الأساسي", "النظام الاساسي", "مجلس الأمناء",
            "مجلس الامناء", "الجمعية العمومية", "الشكل القانوني", "+أمين الصندوق", "+امين الصندوق",
            "+تسجيل الجمعية", "+تسجيل منظمة", "+جمعية",
        ),
        "sub:leases": (
            "إيجار تجاري", "ايجار تجاري", "عقد إيجار المحل", "عقد ايجار المحل", "~عقد الإيجار",
            "~عقد الايجار",
        ),
        "sub:rights": (
            "حقوق", "اللاجئين", "لاجئ", "الهجرة", "تمييز", "عنصرية", "اللجوء", "لجوء", "المساواة",
            "أجور غير مدفوعة", "~الإقامة", "~تأشيرة",
        ),
        "sub:community_mapping": ("خريطة", "خرائط", "رسم الخرائط"),
        "sub:gis": ("نظم المعلومات الجغرافية", "نظم معلومات جغرافية", "بيانات مكانية"),
        "sub:surveys": ("استبيان", "استطلاع", "جمع البيانات", "~مسح", "~مقابلات"),
        "sub:websites": (
            "موقع إلكتروني", "موقع الكتروني", "الموقع الإلكتروني", "الموقع الالكتروني", "صفحة ويب",
            "نشرة بريدية", "~استمارات", "~موقع",
        ),
        "sub:data": (
            "قاعدة بيانات", "جدول بيانات", "حماية البيانات", "+بيانات", "+إكسل", "+اكسل",
            "+إحصائيات", "+احصائيات",
        ),
        "sub:digital_inclusion": (
            "كمبيوتر", "حاسوب", "الإنترنت", "إنترنت", "انترنت", "هاتف ذكي", "الهواتف الذكية",
            "المهارات الرقمية", "جهاز لوحي", "+رقمي", "~أونلاين", "~اونلاين", "~البريد الإلكتروني",
        ),
        "sub:security": (
            "احتيال", "كلمة المرور", "كلمات المرور", "اختراق", "تصيد", "+الأمان على الإنترنت",
        ),
        "sub:design": ("ملصق", "تصميم", "بروشور", "مطوية", "فلاير", "+منشور", "+لافتة", "~شعار"),
        "sub:social_media": ("وسائل التواصل", "مواقع التواصل", "+فيسبوك", "+انستغرام", "+متابعين"),
        "sub:press": (
            "صحفي", "صحيفة", "الصحافة", "بيان صحفي", "+الإعلام", "+الاعلام", "+إذاعة", "+اذاعة",
            "+تلفزيون", "~مقابلة",
        ),
        "sub:translation": ("ترجم", "+يتحدثون العربية", "+تتحدث العربية", "~بالعربية"),
        "sub:storytelling": (
            "رواية القصص", "وثائقي", "التاريخ الشفوي", "بودكاست", "+قصص", "+فيلم", "+أفلام",
            "+فيديو", "+تصوير", "+ذكريات", "~معرض",
        ),
        "sub:grants": ("منحة", "منح ", "تمويل", "+باب التقديم", "+تمول", "+دعم مالي", "~صندوق"),
        "sub:bid_writing": (
            "كتابة الطلب", "كتابة طلب", "طلب منحة", "طلب تمويل", "+مقترح مشروع",
            "+استمارة التقديم", "~طلب التقديم",
        ),
        "sub:crowdfunding": ("تبرع", "التمويل الجماعي", "+غوفندمي"),
        "sub:fundraising": (
            "جمع التبرعات", "جمع الأموال", "جمع الاموال", "بازار خيري", "حفل خيري", "+الرعاة",
            "+رعاة ", "+الراعي الرسمي", "+يانصيب",
        ),
    },
    # Urdu
    "ur": {
        "kind:need": (
            "چاہیے", "چاہئے", "ضرورت", "درکار", "تلاش ہے", "تلاش میں", "تلاش کر رہے", "+کوئی ایسا",
            "+اپیل", "+مدد کر", "+تلاش", "~مدد",
        ),
        "kind:offer": (
            "سکتا ہوں", "سکتی ہوں", "پیش کر", "ہم دیں گے", "فراہم کر", "+دے سکت", "+کر سکتے ہیں",
            "+کر سکتی", "+حاضر ہیں", "+دستیاب", "+مفت", "~خالی",
        ),
        "kind:event": (
            "ورکشاپ", "اجلاس", "میٹنگ", "دعوت", "تقریب", "شرکت کریں", "تشریف لائیں", "داخلہ مفت",
            "+کلاس", "+سیمینار", "+نشست", "+پروگرام", "~ہر ", "~میلہ", "~پیر کو", "~منگل", "~بدھ",
            "~جمعرات", "~جمعہ", "~ہفتہ", "~اتوار", "~بجے",
        ),
        "kind:funding": (
            "ڈیڈ لائن", "آخری تاریخ", "درخواست دیں", "+گرانٹ", "+فنڈنگ", "+درخواستیں", "~کھلی ہے",
            "~انعام",
        ),
        "kind:knowhow": (
            "تجربہ شیئر", "ہمارا تجربہ", "ہم نے سیکھا", "+تجربہ", "+نتیجہ", "+تجربے سے", "+مشورہ",
            "+یاد رکھیں", "+کارآمد", "+ٹپ",
        ),
        "kind:question": ("کیا کوئی", "کیسے", "کہاں", "کس طرح", "کیا یہ ممکن", "+کیا ہم", "~کیا "),
        "sub:planning_applications": (
            "پلاننگ کی درخواست", "پلاننگ پرمیشن", "تعمیر کی اجازت", "+پلاننگ", "~ڈویلپر",
            "~تعمیرات", "~ٹاور",
        ),
        "sub:local_plans": ("مقامی منصوبہ", "لوکل پلان", "نیبرہڈ پلان", "+زوننگ"),
        "sub:regeneration": ("ری جنریشن", "ریجنریشن", "از سر نو تعمیر", "+مسمار"),
        "sub:community_assets": ("کمیونٹی اثاثہ", "~بچائیں"),
        "sub:heritage": ("ورثہ", "تاریخی عمارت", "+تاریخی", "~عجائب گھر"),
        "sub:tenants_rights": (
            "کرایہ دار", "مالک مکان", "بے دخل", "پھپھوندی", "لینڈ لارڈ", "+کرایہ", "+مرمت", "+نمی",
            "+ٹیننٹ", "~ڈپازٹ",
        ),
        "sub:social_housing": (
            "کونسل کا گھر", "کونسل کے گھر", "کونسل ہاؤسنگ", "سوشل ہاؤسنگ", "ہاؤسنگ ایسوسی ایشن",
            "+ویٹنگ لسٹ",
        ),
        "sub:community_led_housing": ("ہاؤسنگ کوآپریٹو", "کمیونٹی لینڈ ٹرسٹ"),
        "sub:homelessness": ("بے گھر", "عارضی رہائش", "سڑک پر سو", "~ہاسٹل"),
        "sub:social_enterprise": ("سوشل انٹرپرائز", "سماجی کاروبار", "~غیر منافع"),
        "sub:cooperatives": ("کوآپریٹو", "کو آپریٹو", "امداد باہمی"),
        "sub:high_streets": ("ہائی اسٹریٹ", "ہائی سٹریٹ", "چھوٹے کاروبار", "دکاندار", "+دکان"),
        "sub:markets": ("+مارکیٹ", "+اسٹال", "+سٹال"),
        "sub:time_banks": ("ٹائم بینک", "مہارتوں کا تبادلہ"),
        "sub:workspace": ("کمیونٹی سینٹر", "کمیونٹی سنٹر", "~ہال ", "~کمرہ", "~جگہ"),
        "sub:green_space": ("پارک", "درخت", "ہریالی", "+سبزہ", "~فطرت"),
        "sub:air_quality": ("فضائی آلودگی", "ہوا کا معیار", "ہوا کی کوالٹی", "صاف ہوا", "+آلودگی"),
        "sub:climate": (
            "موسمیاتی تبدیلی", "ماحولیاتی تبدیلی", "+موسمیاتی", "+کاربن", "+انسولیشن", "~ماحول",
        ),
        "sub:food_growing": ("سبزی", "باغبانی", "کمیونٹی گارڈن", "+الاٹمنٹ", "~باغ", "~بیج"),
        "sub:waste": ("کچرا", "کچرے", "کوڑا", "ری سائیکل", "+فضلہ", "+کمپوسٹ", "+صفائی"),
        "sub:energy": ("سولر پینل", "شمسی", "بجلی کا بل", "بجلی کے بل", "گیس کا بل", "+توانائی"),
        "sub:consultations": ("مشاورت", "کنسلٹیشن", "+رائے دیں", "+آپ کی رائے"),
        "sub:organising": ("مہم", "پٹیشن", "+مظاہرہ", "+دستخط", "~مارچ"),
        "sub:volunteering": ("رضاکار", "والنٹیئر", "والنٹیر"),
        "sub:residents_associations": (
            "رہائشیوں کی انجمن", "ریذیڈنٹس ایسوسی ایشن", "ٹیننٹس ایسوسی ایشن", "~محلہ", "~کمیونٹی",
            "~پڑوسی",
        ),
        "sub:festivals": (
            "میلہ", "جشن", "تہوار", "دیوالی", "عید الفطر", "عیدالفطر", "عید الاضحی", "عید میلاد",
            "~عید",
        ),
        "sub:legal_advice": ("وکیل", "قانونی", "سولیسٹر", "+عدالت"),
        "sub:governance": (
            "ٹرسٹی", "خزانچی", "سالانہ اجلاس", "+آئین", "+چیریٹی", "~تنظیم", "~رجسٹر", "~بورڈ",
        ),
        "sub:leases": ("+لیز", "~کرایہ نامہ"),
        "sub:rights": (
            "امیگریشن", "امتیازی سلوک", "نسل پرستی", "پناہ گزین", "برابری", "+پناہ", "~ویزا",
        ),
        "sub:community_mapping": ("نقشہ", "نقشے", "+میپنگ"),
        "sub:gis": ("جی آئی ایس",),
        "sub:surveys": ("سروے", "سوالنامہ", "+ڈیٹا اکٹھا"),
        "sub:websites": ("ویب سائٹ", "ویبسائٹ", "آن لائن فارم"),
        "sub:data": ("ڈیٹا بیس", "اسپریڈشیٹ", "اعداد و شمار", "+ڈیٹا"),
        "sub:digital_inclusion": (
            "کمپیوٹر", "انٹرنیٹ", "اسمارٹ فون", "سمارٹ فون", "+ڈیجیٹل", "~آن لائن", "~ای میل",
        ),
        "sub:security": ("دھوکہ", "فراڈ", "پاس ورڈ", "+ہیک", "+آن لائن تحفظ"),
        "sub:design": (
            "پمفلٹ", "پوسٹر", "فلائر", "لیف لیٹ", "+اشتہار", "+ڈیزائن", "+لوگو", "+بینر",
        ),
        "sub:social_media": ("سوشل میڈیا", "+فیس بک", "+انسٹاگرام", "+فالوورز"),
        "sub:press": ("صحافی", "اخبار", "پریس ریلیز", "+ریڈیو", "~میڈیا", "~ٹی وی"),
        "sub:translation": ("ترجمہ", "مترجم", "+ترجمان", "~اردو میں"),
        "sub:storytelling": (
            "زبانی تاریخ", "دستاویزی", "+کہانی", "+فلم", "+ویڈیو", "+تصاویر", "~فوٹو",
        ),
        "sub:grants": ("گرانٹ", "فنڈ"),
        "sub:bid_writing": ("گرانٹ کی درخواست", "فنڈنگ کی درخواست", "+درخواست لکھ", "~درخواست"),
        "sub:crowdfunding": ("عطیہ", "عطیات", "چندہ", "+کراؤڈ فنڈنگ"),
        "sub:fundraising": ("فنڈ ریزنگ", "فنڈز اکٹھے", "پیسے اکٹھے", "+اسپانسر", "+سپانسر"),
    },
    # Persian
    "fa": {
        "kind:need": ("نیاز داریم", "دنبال", "لازم داریم", "+احتیاج", "+نیاز", "~کمک"),
        "kind:offer": ("رایگان", "توانیم کمک", "توانم کمک", "در اختیار", "+ارائه", "~آماده"),
        "kind:event": (
            "کارگاه", "جلسه", "همایش", "برگزار", "ورود آزاد", "ورود رایگان", "+سخنرانی", "~جشن",
            "~شب شعر", "~جمعه", "~شنبه", "~ساعت",
        ),
        "kind:funding": ("کمک هزینه", "فراخوان", "+مهلت", "+بودجه", "+گرنت", "+بورسیه"),
        "kind:knowhow": ("تجربه ما", "یاد گرفتیم", "+توصیه", "+نکته", "+فراموش نکنید", "~تجربه"),
        "kind:question": (
            "کسی می‌داند", "کسی میداند", "کسی می داند", "+چطور", "+چگونه", "+کجا", "+چه کار کنیم",
            "+امکان دارد", "+آیا ",
        ),
        "sub:planning_applications": (
            "مجوز ساخت", "پروانه ساخت", "+پلنینگ", "~ساخت و ساز", "~برج",
        ),
        "sub:local_plans": ("طرح تفصیلی", "طرح جامع", "برنامه محلی", "+کاربری زمین"),
        "sub:regeneration": ("نوسازی", "بهسازی", "+بازسازی", "+تخریب"),
        "sub:community_assets": ("دارایی اجتماعی", "+دارایی محله"),
        "sub:heritage": ("میراث", "ساختمان تاریخی", "~موزه", "~آرشیو"),
        "sub:tenants_rights": (
            "صاحبخانه", "صاحب خانه", "مستاجر", "تخلیه", "رطوبت", "کپک", "لندلرد", "+اجاره",
            "+تعمیرات", "+ودیعه",
        ),
        "sub:social_housing": (
            "مسکن اجتماعی", "خانه شورا", "مسکن دولتی", "+لیست انتظار", "~کانسل", "~کاونسل",
        ),
        "sub:community_led_housing": ("تعاونی مسکن",),
        "sub:homelessness": ("خانمان", "کارتن خواب", "اسکان موقت", "+سرپناه"),
        "sub:social_enterprise": (
            "کسب و کار اجتماعی", "کسب‌وکار اجتماعی", "بنگاه اجتماعی", "کارآفرینی اجتماعی",
            "~غیرانتفاعی",
        ),
        "sub:cooperatives": ("تعاونی",),
        "sub:high_streets": ("کسبه", "کسب و کارهای کوچک", "خیابان اصلی", "+مغازه"),
        "sub:markets": ("+غرفه", "~فروشندگان"),
        "sub:time_banks": ("بانک زمان", "تبادل مهارت"),
        "sub:workspace": ("مرکز اجتماعی", "+مرکز فرهنگی", "+سالن", "~فضا", "~دفتر"),
        "sub:green_space": ("پارک ", "پارک‌ها", "پارکهای", "فضای سبز", "~طبیعت"),
        "sub:air_quality": ("کیفیت هوا", "آلودگی هوا", "هوای پاک"),
        "sub:climate": (
            "تغییرات اقلیمی", "تغییر اقلیم", "اقلیم", "گرمایش جهانی", "+کربن", "+عایق",
        ),
        "sub:food_growing": ("باغچه", "سبزیجات", "+کاشت", "+بذر"),
        "sub:waste": ("بازیافت", "زباله", "پسماند", "کمپوست", "+تمیز کردن"),
        "sub:energy": (
            "پنل خورشیدی", "انرژی خورشیدی", "قبض برق", "قبض گاز", "تجدیدپذیر", "+انرژی",
        ),
        "sub:consultations": ("رایزنی", "مشاوره عمومی", "+نظرات شما", "+نظر خود", "~مشورت"),
        "sub:organising": ("کمپین", "طومار", "تظاهرات", "راهپیمایی", "+امضا", "+تجمع", "+اعتراض"),
        "sub:volunteering": ("داوطلب",),
        "sub:residents_associations": (
            "انجمن ساکنان", "انجمن مستاجران", "~همسایه", "~ساکنان", "~محله",
        ),
        "sub:festivals": ("نوروز", "یلدا", "چهارشنبه سوری", "~شب شعر", "~موسیقی"),
        "sub:legal_advice": ("مشاوره حقوقی", "+حقوقی", "+دادگاه"),
        "sub:governance": (
            "اساسنامه", "هیئت مدیره", "هیات مدیره", "مجمع عمومی", "خزانه دار", "+ثبت انجمن",
            "+ثبت خیریه", "+خیریه",
        ),
        "sub:leases": ("قرارداد اجاره", "اجاره تجاری", "اجاره نامه"),
        "sub:rights": (
            "حقوق بشر", "مهاجرت", "پناهنده", "پناهندگی", "تبعیض", "نژادپرستی", "حقوق کارگران",
            "+مهاجر", "~اقامت",
        ),
        "sub:community_mapping": ("نقشه برداری", "+نقشه"),
        "sub:gis": ("جی آی اس", "اطلاعات جغرافیایی", "داده های مکانی"),
        "sub:surveys": ("نظرسنجی", "پرسشنامه", "جمع آوری داده"),
        "sub:websites": ("وبسایت", "وب سایت", "+سایت"),
        "sub:data": ("پایگاه داده", "+داده‌ها", "+داده ها", "+آمار", "+اکسل"),
        "sub:digital_inclusion": (
            "کامپیوتر", "رایانه", "اینترنت", "گوشی هوشمند", "مهارت های دیجیتال", "+دیجیتال",
            "~آنلاین",
        ),
        "sub:security": (
            "کلاهبرداری", "رمز عبور", "فیشینگ", "امنیت آنلاین", "هک شد", "هکر", "هک کرد",
        ),
        "sub:design": ("پوستر", "تراکت", "+طراحی", "~آگهی"),
        "sub:social_media": ("شبکه های اجتماعی", "شبکه‌های اجتماعی", "+اینستاگرام", "+فالوور"),
        "sub:press": (
            "روزنامه", "خبرنگار", "بیانیه مطبوعاتی", "مطبوعات", "+رسانه", "+رادیو", "+تلویزیون",
        ),
        "sub:translation": ("ترجمه", "+دو زبانه", "~به فارسی"),
        "sub:storytelling": (
            "تاریخ شفاهی", "+داستان", "+فیلم", "+ویدیو", "+عکاسی", "+مستند", "+خاطرات", "~شعر",
        ),
        "sub:grants": ("کمک هزینه", "بودجه", "گرنت", "+تامین مالی", "+حمایت مالی"),
        "sub:bid_writing": ("نوشتن درخواست", "درخواست کمک هزینه", "پروپوزال"),
        "sub:crowdfunding": ("اهدای", "اهدا کن", "اهدا شد", "کمک های مردمی", "+کمک مالی"),
        "sub:fundraising": ("جمع آوری پول", "جمع آوری کمک", "حامی مالی", "بازارچه خیریه"),
    },
    # Chinese (simplified and traditional)
    "zh": {
        "kind:need": (
            "想搵", "搵緊", "我们需要", "我們需要", "寻找", "尋找", "招募", "征集", "徵集", "求助",
            "急需", "请问有没有", "請問有沒有", "谁能帮", "誰能幫", "有没有人可以", "有沒有人可以",
            "+有没有", "+有沒有", "+有冇", "+帮我们", "+幫我們", "+需要", "~帮助", "~幫助",
        ),
        "kind:offer": (
            "免费提供", "免費提供", "可以借给", "可以借給", "免费为", "免費為", "免费借", "免費借",
            "我们可以", "我們可以", "可以帮", "可以幫", "+不收", "+可以免费", "+可以免費", "+提供",
            "+有需要的", "+义务", "+義務", "+免费", "+免費",
        ),
        "kind:event": (
            "举办", "舉辦", "讲座", "講座", "工作坊", "会议", "會議", "聚会", "聚會", "欢迎参加",
            "歡迎參加", "+活动", "+活動", "+报名", "+報名", "+地点", "+地點", "+培训", "+培訓",
            "~每周", "~每週", "~逢星期", "~欢迎", "~歡迎", "~周六", "~週六", "~周日", "~週日",
            "~星期", "~下午", "~上午", "~晚上", "~本周", "~本週",
        ),
        "kind:funding": (
            "资助", "資助", "拨款", "撥款", "可申请", "可申請", "+基金", "+截止", "+补贴", "+補貼",
            "+奖学金", "+獎學金", "~申请", "~申請",
        ),
        "kind:knowhow": (
            "提醒大家", "体会", "體會", "我们的经验", "我們的經驗", "我们学到", "我們學到",
            "小贴士", "小貼士", "心得", "教训", "教訓", "+经验", "+經驗", "+建议", "+建議",
            "+提示", "~分享", "~记得", "~記得",
        ),
        "kind:question": (
            "请问", "請問", "如何", "怎么", "怎麼", "哪里", "哪裡", "有没有人知道", "有沒有人知道",
            "吗？", "吗?", "嗎？", "嗎?", "+可不可以", "+能不能", "~是否",
        ),
        "sub:planning_applications": (
            "规划申请", "規劃申請", "规划许可", "規劃許可", "建筑许可", "建築許可", "开发商",
            "發展商", "+兴建", "+興建", "+反对", "+反對", "~高楼", "~高樓", "~规划", "~規劃",
        ),
        "sub:local_plans": (
            "地方规划", "地區規劃", "地区规划", "社区规划", "社區規劃", "土地用途", "发展规划",
            "發展規劃", "~分区", "~分區",
        ),
        "sub:regeneration": (
            "城市更新", "市区重建", "市區重建", "士绅化", "士紳化", "绅士化", "+重建", "+拆除",
            "+拆迁", "+拆遷", "~改造",
        ),
        "sub:community_assets": ("社区资产", "社區資產"),
        "sub:heritage": (
            "遗产", "遺產", "文物", "历史建筑", "歷史建築", "古迹", "古蹟", "~博物馆", "~博物館",
            "~档案", "~檔案",
        ),
        "sub:tenants_rights": (
            "房东", "房東", "租金", "房租", "租客", "驱逐", "驅逐", "加租", "迫迁", "迫遷", "潮湿",
            "潮濕", "发霉", "發霉", "霉菌", "+押金", "+维修", "+維修", "+业主", "+業主", "~暖气",
            "~暖氣",
        ),
        "sub:social_housing": (
            "公屋", "社会住房", "社會住房", "政府房", "议会房", "議會房", "住房协会", "房屋協會",
            "+轮候", "+輪候",
        ),
        "sub:community_led_housing": ("住房合作社", "房屋合作社", "社区土地信托"),
        "sub:homelessness": (
            "无家可归", "無家可歸", "露宿", "临时住所", "臨時住所", "+庇护所", "+庇護所", "+流浪",
        ),
        "sub:social_enterprise": ("社会企业", "社會企業", "社企", "~非牟利", "~非营利"),
        "sub:cooperatives": ("合作社",),
        "sub:high_streets": (
            "店铺", "店鋪", "商铺", "商舖", "小商户", "小商戶", "小企业", "小企業", "商业街",
            "商業街", "+商店", "+商会", "+商會", "+唐人街",
        ),
        "sub:markets": ("市集", "夜市", "摊位", "攤位", "摆摊", "擺攤", "+市场", "+市場"),
        "sub:time_banks": ("时间银行", "時間銀行", "技能交换", "技能交換"),
        "sub:workspace": (
            "会议室", "會議室", "场地", "場地", "社区中心", "社區中心", "礼堂", "禮堂", "活动室",
            "活動室", "+租借", "~空间", "~空間", "~办公室", "~辦公室",
        ),
        "sub:green_space": (
            "公园", "公園", "绿地", "綠地", "绿化", "綠化", "树木", "樹木", "种树", "種樹", "植树",
            "植樹", "生物多样性", "生物多樣性", "~自然",
        ),
        "sub:air_quality": (
            "空气质量", "空氣質素", "空氣質量", "空气污染", "空氣污染", "尾气", "废气", "廢氣",
            "清洁空气", "+污染",
        ),
        "sub:climate": (
            "气候", "氣候", "碳排放", "减排", "減排", "热泵", "熱泵", "全球暖化", "全球变暖",
            "净零", "淨零", "+保温", "+保溫", "+隔热", "+隔熱", "~环保", "~環保",
        ),
        "sub:food_growing": (
            "菜园", "菜園", "种菜", "種菜", "社区花园", "社區花園", "园艺", "園藝", "+花园",
            "+花園", "+蔬菜", "+种子", "+種子", "+种植", "+種植",
        ),
        "sub:waste": (
            "回收", "垃圾", "堆肥", "废物", "廢物", "乱丢", "亂丟", "减废", "減廢", "+再利用",
            "+清洁", "+清潔", "~修理",
        ),
        "sub:energy": (
            "太阳能", "太陽能", "电费", "電費", "煤气费", "煤氣費", "可再生能源", "+能源", "+节能",
            "+節能",
        ),
        "sub:consultations": (
            "公众咨询", "公眾諮詢", "征求意见", "徵求意見", "+您的意见", "+你的意見", "~咨询",
            "~諮詢", "~意见", "~意見",
        ),
        "sub:organising": (
            "请愿", "請願", "联署", "聯署", "抗议", "抗議", "示威", "+游行", "+遊行", "+签名",
            "+簽名", "+集会", "+集會", "+倡导", "+倡導", "~争取", "~爭取",
        ),
        "sub:volunteering": ("志愿者", "志願者", "义工", "義工", "志工"),
        "sub:residents_associations": (
            "居民协会", "居民協會", "租户协会", "租戶協會", "业主立案法团", "業主立案法團",
            "+居委会", "~社区团体", "~社區團體", "~居民", "~邻居", "~鄰居",
        ),
        "sub:festivals": (
            "节日", "節日", "庆祝", "慶祝", "春节", "春節", "中秋", "元宵", "端午", "嘉年华",
            "嘉年華", "庆典", "慶典", "龙舟", "龍舟", "舞狮", "舞獅", "+新年",
        ),
        "sub:legal_advice": (
            "律师", "律師", "法律咨询", "法律諮詢", "法律援助", "+法律", "+法庭", "~投诉", "~投訴",
        ),
        "sub:governance": (
            "章程", "理事会", "理事會", "董事会", "董事會", "受托人", "受託人", "司库", "司庫",
            "+慈善机构", "+慈善機構", "+慈善团体", "+慈善團體", "+年会", "+年會", "~注册", "~註冊",
        ),
        "sub:leases": ("商业租约", "商業租約", "+租约", "+租約", "+租赁合同", "+租賃合約"),
        "sub:rights": (
            "权利", "權利", "移民", "歧视", "歧視", "种族主义", "種族主義", "难民", "難民", "欠薪",
            "劳工权益", "勞工權益", "+权益", "+權益", "+平等", "+庇护", "+庇護", "~签证", "~簽證",
        ),
        "sub:community_mapping": ("地图", "地圖", "绘制地图", "繪製地圖"),
        "sub:gis": ("地理信息系统", "地理資訊系統", "空间数据", "空間數據"),
        "sub:surveys": (
            "问卷", "問卷", "数据收集", "數據收集", "+调查", "+調查", "~访谈", "~訪談",
        ),
        "sub:websites": (
            "网站", "網站", "网页", "網頁", "域名", "网上表格", "網上表格", "+电子报", "+電子報",
        ),
        "sub:data": (
            "数据库", "數據庫", "資料庫", "电子表格", "試算表", "+数据", "+數據", "+统计", "+統計",
            "~资料", "~資料",
        ),
        "sub:digital_inclusion": (
            "电脑", "電腦", "上网", "上網", "互联网", "數碼技能", "数字技能", "+手机", "+手機",
            "+平板", "+数码", "+數碼", "~网络", "~網絡", "~电邮", "~電郵", "~智能",
        ),
        "sub:security": (
            "诈骗", "詐騙", "网络安全", "網絡安全", "假短信", "骗局", "騙局", "+密码", "+密碼",
            "+黑客", "+駭客", "+钓鱼", "+釣魚",
        ),
        "sub:design": (
            "传单", "傳單", "海报", "海報", "宣传单", "宣傳單", "+设计", "+設計", "+横幅", "+橫額",
            "~标志", "~標誌", "~通知",
        ),
        "sub:social_media": (
            "社交媒体", "社交媒體", "社交平台", "小红书", "小紅書", "脸书", "臉書", "+粉丝",
            "+粉絲", "~微信",
        ),
        "sub:press": (
            "记者", "記者", "报纸", "報紙", "新闻稿", "新聞稿", "+媒体", "+媒體", "+电台", "+電台",
            "+采访", "+採訪", "~电视", "~電視",
        ),
        "sub:translation": (
            "翻译", "翻譯", "口译", "口譯", "传译", "傳譯", "会说中文", "會說中文", "+双语",
            "+雙語",
        ),
        "sub:storytelling": (
            "纪录片", "紀錄片", "口述历史", "口述歷史", "+故事", "+影片", "+电影", "+電影",
            "+视频", "+摄影", "+攝影", "~照片", "~展览", "~展覽",
        ),
        "sub:grants": ("资助", "資助", "拨款", "撥款", "+基金"),
        "sub:bid_writing": (
            "申请书", "申請書", "撰写申请", "撰寫申請", "+申请表", "+申請表", "+计划书", "+計劃書",
            "~申请", "~申請",
        ),
        "sub:crowdfunding": ("捐款", "捐赠", "捐贈", "众筹", "眾籌", "+捐助"),
        "sub:fundraising": (
            "筹款", "籌款", "募捐", "筹集资金", "籌集資金", "义卖", "義賣", "+赞助", "+贊助",
            "+抽奖", "+抽獎",
        ),
    },
    # Bengali
    "bn": {
        "kind:need": (
            "দরকার", "প্রয়োজন", "খুঁজছি", "লাগবে", "সাহায্য চাই", "+সাহায্য করতে পারবেন", "+চাই",
            "~সাহায্য",
        ),
        "kind:offer": (
            "বিনামূল্যে সাহায্য", "দিতে পারি", "করতে পারি", "সাহায্য করতে পারি", "আমরা দিচ্ছি",
            "+বিনামূল্যে", "+ফ্রি", "+অফার",
        ),
        "kind:event": (
            "কর্মশালা", "ক্লাস", "সভা", "অনুষ্ঠান", "আমন্ত্রিত", "আমন্ত্রণ", "সবাইকে স্বাগতম",
            "যোগ দিন", "+ওয়ার্কশপ", "+মিটিং", "+সেমিনার", "+অংশগ্রহণ", "~মেলা", "~শনিবার",
            "~রবিবার", "~সোমবার", "~মঙ্গলবার", "~বুধবার", "~বৃহস্পতিবার", "~শুক্রবার", "~প্রতি",
            "~আগামী", "~টায়",
        ),
        "kind:funding": (
            "আবেদন করুন", "আবেদনের শেষ", "+শেষ তারিখ", "+অনুদান", "+তহবিল", "+গ্রান্ট", "+ফান্ডিং",
            "~পর্যন্ত £",
        ),
        "kind:knowhow": (
            "আমরা শিখেছি", "আমাদের অভিজ্ঞতা", "টিপস", "মনে রাখবেন", "+কাজে লেগেছে", "+পরামর্শ",
            "+অভিজ্ঞতা",
        ),
        "kind:question": (
            "কিভাবে", "কীভাবে", "কোথায়", "কেউ কি জানেন", "+কী করব", "+কি করা যায়", "+সম্ভব কি",
            "~কি ",
        ),
        "sub:planning_applications": (
            "প্ল্যানিং অ্যাপ্লিকেশন", "নির্মাণের অনুমতি", "+প্ল্যানিং", "+আপত্তি", "~ডেভেলপার",
            "~নির্মাণ", "~টাওয়ার",
        ),
        "sub:local_plans": ("লোকাল প্ল্যান", "স্থানীয় পরিকল্পনা", "নেইবারহুড প্ল্যান"),
        "sub:regeneration": ("রিজেনারেশন", "পুনর্নির্মাণ", "+ভেঙে ফেলা", "~পুনর্গঠন"),
        "sub:community_assets": ("কমিউনিটি সম্পদ",),
        "sub:heritage": ("ঐতিহ্য", "+ঐতিহাসিক", "~জাদুঘর", "~ইতিহাস"),
        "sub:tenants_rights": (
            "বাড়িওয়ালা", "ভাড়াটে", "উচ্ছেদ", "স্যাঁতসেঁতে", "ল্যান্ডলর্ড", "+ভাড়া", "+ড্যাম্প",
            "+মোল্ড", "+মেরামত", "~ডিপোজিট",
        ),
        "sub:social_housing": (
            "কাউন্সিলের বাড়ি", "কাউন্সিলের ফ্ল্যাট", "কাউন্সিল হাউজিং", "সোশ্যাল হাউজিং",
            "হাউজিং অ্যাসোসিয়েশন", "+ওয়েটিং লিস্ট", "~এস্টেট",
        ),
        "sub:community_led_housing": ("হাউজিং কো-অপ", "কমিউনিটি ল্যান্ড ট্রাস্ট"),
        "sub:homelessness": ("গৃহহীন", "অস্থায়ী বাসস্থান", "+রাস্তায় ঘুম", "~হোস্টেল"),
        "sub:social_enterprise": ("সামাজিক ব্যবসা", "সোশ্যাল এন্টারপ্রাইজ", "~অলাভজনক"),
        "sub:cooperatives": ("সমবায়", "কো-অপারেটিভ"),
        "sub:high_streets": ("হাই স্ট্রিট", "ছোট ব্যবসা", "+দোকান", "+ব্যবসায়ী"),
        "sub:markets": ("বাজার", "+মার্কেট", "+স্টল"),
        "sub:time_banks": ("টাইম ব্যাংক", "দক্ষতা বিনিময়"),
        "sub:workspace": ("কমিউনিটি সেন্টার", "~হল ", "~ঘর ভাড়া", "~জায়গা"),
        "sub:green_space": ("পার্ক", "গাছ", "+সবুজ", "~প্রকৃতি"),
        "sub:air_quality": ("বায়ু দূষণ", "বাতাসের মান", "পরিষ্কার বাতাস", "+দূষণ"),
        "sub:climate": ("জলবায়ু", "+কার্বন", "+নিঃসরণ", "+ইনসুলেশন"),
        "sub:food_growing": ("সবজি", "কমিউনিটি গার্ডেন", "অ্যালটমেন্ট", "+বাগান", "+চাষ", "+বীজ"),
        "sub:waste": ("আবর্জনা", "রিসাইকেল", "বর্জ্য", "+ময়লা", "+কম্পোস্ট", "+পরিষ্কার"),
        "sub:energy": (
            "সোলার প্যানেল", "বিদ্যুৎ বিল", "গ্যাস বিল", "+এনার্জি", "+জ্বালানি", "+সৌর",
        ),
        "sub:consultations": ("পরামর্শ সভা", "কনসালটেশন", "মতামত দিন", "+মতামত"),
        "sub:organising": (
            "প্রচারণা", "ক্যাম্পেইন", "পিটিশন", "প্রতিবাদ", "মিছিল", "আন্দোলন", "+স্বাক্ষর",
        ),
        "sub:volunteering": ("স্বেচ্ছাসেবক", "স্বেচ্ছাসেবী", "ভলান্টিয়ার"),
        "sub:residents_associations": (
            "রেসিডেন্টস অ্যাসোসিয়েশন", "টেন্যান্টস অ্যাসোসিয়েশন", "~সদস্যরা", "~কমিউনিটি",
            "~বাসিন্দা", "~প্রতিবেশী",
        ),
        "sub:festivals": ("মেলা", "উৎসব", "পহেলা বৈশাখ", "বৈশাখী", "+ঈদ"),
        "sub:legal_advice": ("আইনজীবী", "উকিল", "আইনি", "সলিসিটর", "লইয়ার", "+আদালত"),
        "sub:governance": (
            "গঠনতন্ত্র", "ট্রাস্টি", "কোষাধ্যক্ষ", "বার্ষিক সাধারণ সভা", "+চ্যারিটি",
            "~রেজিস্ট্রেশন", "~কমিটি",
        ),
        "sub:leases": ("+লিজ", "~ভাড়ার চুক্তি"),
        "sub:rights": (
            "অধিকার", "অভিবাসন", "ইমিগ্রেশন", "বৈষম্য", "বর্ণবাদ", "শরণার্থী", "+আশ্রয়", "+সমতা",
            "~ভিসা",
        ),
        "sub:community_mapping": ("মানচিত্র", "ম্যাপিং", "+ম্যাপ"),
        "sub:gis": ("জিআইএস", "ভৌগোলিক তথ্য"),
        "sub:surveys": ("জরিপ", "সার্ভে", "প্রশ্নাবলী", "তথ্য সংগ্রহ"),
        "sub:websites": ("ওয়েবসাইট", "অনলাইন ফর্ম"),
        "sub:data": ("ডাটাবেস", "পরিসংখ্যান", "+ডেটা", "+ডাটা", "~তথ্য"),
        "sub:digital_inclusion": (
            "মোবাইল ফোন", "কম্পিউটার", "ইন্টারনেট", "স্মার্টফোন", "+ডিজিটাল", "~অনলাইন", "~ইমেইল",
        ),
        "sub:security": ("প্রতারণা", "জালিয়াতি", "পাসওয়ার্ড", "স্ক্যাম", "+হ্যাক"),
        "sub:design": ("লিফলেট", "পোস্টার", "ফ্লায়ার", "+ডিজাইন", "+লোগো", "+ব্যানার"),
        "sub:social_media": ("সোশ্যাল মিডিয়া", "সামাজিক মাধ্যম", "+ফেসবুক", "+ফলোয়ার"),
        "sub:press": (
            "সাংবাদিক", "সংবাদপত্র", "প্রেস রিলিজ", "+পত্রিকা", "+রেডিও", "~মিডিয়া", "~টিভি",
        ),
        "sub:translation": ("দোভাষী", "অনুবাদ", "ইন্টারপ্রেটার", "~বাংলায়"),
        "sub:storytelling": (
            "মৌখিক ইতিহাস", "ডকুমেন্টারি", "+গল্প", "+ভিডিও", "+ফিল্ম", "~ফটো", "~ছবি",
        ),
        "sub:grants": ("গ্রান্ট", "অনুদান", "তহবিল", "+ফান্ড"),
        "sub:bid_writing": (
            "আবেদনপত্র লেখা", "গ্রান্টের আবেদন", "অনুদানের আবেদন", "ফান্ডিং আবেদন", "~আবেদন",
        ),
        "sub:crowdfunding": ("দান করুন", "দান করতে", "চাঁদা", "ক্রাউডফান্ডিং", "ডোনেশন"),
        "sub:fundraising": ("তহবিল সংগ্রহ", "ফান্ডরেইজিং", "+স্পন্সর", "+টাকা তোলা"),
    },
    # Tamil
    "ta": {
        "kind:need": ("தேவை", "உதவி தேவை", "தேடுகிறோம்", "+உதவுங்கள்", "~உதவி"),
        "kind:offer": (
            "இலவச உதவி", "செய்ய முடியும்", "வழங்குகிறோம்", "வழங்க முடியும்", "உதவ முடியும்",
            "+இலவசம்", "+இலவசமாக",
        ),
        "kind:event": (
            "கூட்டம்", "பட்டறை", "பயிலரங்கு", "வகுப்பு", "நிகழ்ச்சி", "வாருங்கள்", "அழைக்கிறோம்",
            "கலந்து கொள்ள", "~விழா", "~திங்கள்", "~செவ்வாய்", "~புதன்", "~வியாழன்", "~வெள்ளி",
            "~சனிக்கிழமை", "~ஞாயிற்றுக்கிழமை", "~நடைபெறும்", "~மணிக்கு",
        ),
        "kind:funding": ("மானியம்", "நிதியுதவி", "விண்ணப்பிக்கவும்", "+கடைசி தேதி", "~நிதி"),
        "kind:knowhow": (
            "எங்கள் அனுபவம்", "கற்றுக்கொண்டோம்", "நினைவில் கொள்ளுங்கள்", "+ஆலோசனை", "+குறிப்புகள்",
        ),
        "kind:question": (
            "எப்படி", "எங்கே", "யாருக்காவது தெரியுமா", "+என்ன செய்வது", "+தெரியுமா", "~முடியுமா",
        ),
        "sub:planning_applications": (
            "திட்டமிடல் அனுமதி", "கட்டிட அனுமதி", "+பிளானிங்", "+ஆட்சேபனை", "~கட்டுமான",
        ),
        "sub:local_plans": ("உள்ளூர் திட்டம்", "லோக்கல் பிளான்"),
        "sub:regeneration": ("மறுசீரமைப்பு", "மறுவளர்ச்சி", "+இடிப்பு"),
        "sub:community_assets": ("சமூக சொத்து",),
        "sub:heritage": ("+பாரம்பரிய", "+வரலாற்று", "~அருங்காட்சியக"),
        "sub:tenants_rights": (
            "வாடகை", "வீட்டு உரிமையாளர்", "குத்தகைதாரர்", "லேண்ட்லார்ட்", "+வெளியேற்ற",
            "+ஈரப்பதம்", "+பூஞ்சை", "+பழுது",
        ),
        "sub:social_housing": ("கவுன்சில் வீடு", "சமூக வீட்டு", "ஹவுசிங் அசோசியேஷன்"),
        "sub:community_led_housing": ("வீட்டுவசதி கூட்டுறவு",),
        "sub:homelessness": ("வீடற்ற", "தற்காலிக தங்குமிடம்"),
        "sub:social_enterprise": ("சமூக நிறுவன", "சமூக வணிக"),
        "sub:cooperatives": ("கூட்டுறவு",),
        "sub:high_streets": (
            "ஹை ஸ்ட்ரீட்", "சிறு வணிக", "+கடைகள்", "+கடைக்கு", "+கடையில்", "+வணிகர்",
        ),
        "sub:markets": ("சந்தை", "+ஸ்டால்"),
        "sub:time_banks": ("நேர வங்கி",),
        "sub:workspace": ("மண்டபம்", "சமூக மையம்", "+அரங்கம்", "~இடம்"),
        "sub:green_space": ("பூங்கா", "மரம்", "மரங்கள்", "+பசுமை"),
        "sub:air_quality": ("காற்று மாசு", "காற்றின் தரம்", "+மாசு"),
        "sub:climate": ("காலநிலை", "பருவநிலை மாற்றம்", "+கார்பன்"),
        "sub:food_growing": ("தோட்ட", "காய்கறி", "+விதை", "+பயிரிட", "~விவசாய"),
        "sub:waste": ("மறுசுழற்சி", "குப்பை", "+கழிவு", "+உரம்", "+சுத்தம்"),
        "sub:energy": (
            "சூரிய சக்தி", "சோலார்", "மின்சார கட்டணம்", "மின் கட்டணம்", "+எரிசக்தி", "~ஆற்றல்",
        ),
        "sub:consultations": ("ஆலோசனைக் கூட்டம்", "கலந்தாய்வு", "+கருத்து"),
        "sub:organising": (
            "பிரச்சாரம்", "போராட்டம்", "ஆர்ப்பாட்டம்", "பேரணி", "+கையெழுத்து", "+மனு",
        ),
        "sub:volunteering": ("தன்னார்வ", "வாலண்டியர்"),
        "sub:residents_associations": (
            "குடியிருப்பாளர்கள் சங்கம்", "குடியிருப்போர் சங்கம்", "~சமூக", "~குடும்ப", "~முதியோர்",
            "~அண்டை",
        ),
        "sub:festivals": (
            "விழா", "பொங்கல்", "திருவிழா", "கலை நிகழ்ச்சி", "தீபாவளி", "புத்தாண்டு", "+கொண்டாட்ட",
        ),
        "sub:legal_advice": ("வழக்கறிஞர்", "சட்ட ஆலோசனை", "+சட்ட", "+நீதிமன்ற"),
        "sub:governance": (
            "அறங்காவலர்", "பொருளாளர்", "+அமைப்பு விதி", "+தொண்டு நிறுவன", "~பதிவு செய்ய",
        ),
        "sub:leases": ("+குத்தகை",),
        "sub:rights": ("உரிமை", "குடிவரவு", "பாகுபாடு", "இனவெறி", "அகதி", "+சமத்துவ", "~விசா"),
        "sub:community_mapping": ("வரைபட",),
        "sub:gis": ("ஜிஐஎஸ்", "புவியியல் தகவல் அமைப்பு"),
        "sub:surveys": ("கணக்கெடுப்பு", "கருத்துக்கணிப்பு", "சர்வே", "கேள்வித்தாள்", "~கேள்வி"),
        "sub:websites": ("இணையதள", "வலைத்தள", "வெப்சைட்"),
        "sub:data": ("தரவு", "புள்ளிவிவர"),
        "sub:digital_inclusion": (
            "கணினி", "இணைய", "ஸ்மார்ட்போன்", "+டிஜிட்டல்", "+கைபேசி", "~ஆன்லைன்", "~மின்னஞ்சல்",
        ),
        "sub:security": ("மோசடி", "கடவுச்சொல்", "பாஸ்வேர்ட்", "+ஹேக்"),
        "sub:design": ("துண்டுப்பிரசுர", "சுவரொட்டி", "போஸ்டர்", "+வடிவமைப்பு", "+லோகோ"),
        "sub:social_media": ("சமூக ஊடக", "பேஸ்புக்", "ஃபேஸ்புக்"),
        "sub:press": ("பத்திரிகை", "செய்தியாளர்", "+வானொலி", "+தொலைக்காட்சி", "~ஊடக"),
        "sub:translation": ("மொழிபெயர்", "+இருமொழி"),
        "sub:storytelling": (
            "ஆவணப்பட", "வாய்மொழி வரலாறு", "+கதை", "+திரைப்பட", "+வீடியோ", "+புகைப்பட",
        ),
        "sub:grants": ("மானியம்", "நிதியுதவி", "கிராண்ட்", "+நிதி"),
        "sub:bid_writing": ("விண்ணப்பம் எழுத", "மானிய விண்ணப்ப", "~விண்ணப்ப"),
        "sub:crowdfunding": ("நன்கொடை",),
        "sub:fundraising": ("நிதி திரட்ட", "+ஸ்பான்சர்"),
    },
    # Gujarati
    "gu": {
        "kind:need": ("જરૂર", "શોધી રહ્યા", "+મદદ કરી શકે", "+જોઈએ", "+જોઇએ", "~મદદ"),
        "kind:offer": ("મફત મદદ", "આપી શકીએ", "+કરી શકીએ", "+ઉપલબ્ધ", "+મફત"),
        "kind:event": (
            "વર્ગ", "કાર્યક્રમ", "સભા", "વર્કશોપ", "આમંત્રણ", "પધારો", "જોડાઓ", "+મીટિંગ", "~મેળો",
            "~સોમવારે", "~મંગળવારે", "~બુધવારે", "~ગુરુવારે", "~શુક્રવારે", "~શનિવારે", "~રવિવારે",
            "~દર ", "~વાગ્યે",
        ),
        "kind:funding": ("અરજી કરો", "+અનુદાન", "+ભંડોળ", "+છેલ્લી તારીખ", "+ગ્રાન્ટ"),
        "kind:knowhow": ("અમારો અનુભવ", "અમે શીખ્યા", "યાદ રાખો", "+ટિપ્સ", "+સલાહ"),
        "kind:question": ("કેવી રીતે", "ક્યાં", "કોઈને ખબર", "~શું "),
        "sub:planning_applications": (
            "બાંધકામની પરવાનગી", "+પ્લેનિંગ", "+પ્લાનિંગ", "+વાંધો", "~બાંધકામ",
        ),
        "sub:local_plans": ("સ્થાનિક યોજના", "લોકલ પ્લાન"),
        "sub:regeneration": ("પુનર્વિકાસ", "+તોડી પાડ"),
        "sub:community_assets": ("સમુદાયની મિલકત",),
        "sub:heritage": ("વારસો", "+ઐતિહાસિક"),
        "sub:tenants_rights": (
            "ભાડું", "મકાનમાલિક", "ભાડૂઆત", "લેન્ડલોર્ડ", "+ભાડે", "+ભેજ", "+ફૂગ", "+સમારકામ",
        ),
        "sub:social_housing": ("કાઉન્સિલનું ઘર", "કાઉન્સિલ હાઉસ", "સોશિયલ હાઉસિંગ"),
        "sub:community_led_housing": ("હાઉસિંગ કો-ઓપ", "સહકારી આવાસ"),
        "sub:homelessness": ("બેઘર",),
        "sub:social_enterprise": ("સામાજિક ઉદ્યોગ", "સોશિયલ એન્ટરપ્રાઇઝ"),
        "sub:cooperatives": ("સહકારી",),
        "sub:high_streets": ("હાઇ સ્ટ્રીટ", "નાના વેપાર", "+દુકાન", "+વેપારી"),
        "sub:markets": ("બજાર", "+સ્ટોલ"),
        "sub:time_banks": ("ટાઇમ બેંક",),
        "sub:workspace": ("કોમ્યુનિટી સેન્ટર", "સમાજ ભવન", "+ભવન", "~હોલ", "~જગ્યા"),
        "sub:green_space": ("બગીચો", "વૃક્ષ", "પાર્ક", "+ઝાડ", "+હરિયાળી"),
        "sub:air_quality": ("વાયુ પ્રદૂષણ", "હવાની ગુણવત્તા", "+પ્રદૂષણ"),
        "sub:climate": ("આબોહવા", "ક્લાઇમેટ", "+કાર્બન"),
        "sub:food_growing": ("શાકભાજી", "કિચન ગાર્ડન", "+ખેતી", "+વાવેતર", "~બીજ"),
        "sub:waste": ("કચરો", "રિસાયકલ", "+સફાઈ"),
        "sub:energy": ("વીજળી બિલ", "લાઇટ બિલ", "+ઊર્જા", "+સોલર"),
        "sub:consultations": ("તમારો અભિપ્રાય", "+પરામર્શ", "~અભિપ્રાય"),
        "sub:organising": ("ઝુંબેશ", "+વિરોધ", "~સહી"),
        "sub:volunteering": ("સ્વયંસેવક", "વોલન્ટિયર", "~સેવા"),
        "sub:residents_associations": ("~મંડળ", "~સમુદાય", "~વડીલો", "~રહેવાસી"),
        "sub:festivals": ("મેળો", "ઉત્સવ", "ગરબા", "નવરાત્રી", "દિવાળી", "તહેવાર", "ઉજવણી"),
        "sub:legal_advice": ("વકીલ", "કાનૂની", "સોલિસિટર", "+કોર્ટ"),
        "sub:governance": ("ટ્રસ્ટી", "ખજાનચી", "+બંધારણ", "+ચેરિટી", "~નોંધણી"),
        "sub:leases": ("+લીઝ", "~ભાડા કરાર"),
        "sub:rights": ("અધિકાર", "ઇમિગ્રેશન", "ભેદભાવ", "શરણાર્થી", "+સમાનતા", "~વિઝા"),
        "sub:community_mapping": ("નકશો", "+મેપિંગ"),
        "sub:gis": ("જીઆઈએસ",),
        "sub:surveys": ("સર્વે", "પ્રશ્નાવલી"),
        "sub:websites": ("વેબસાઇટ",),
        "sub:data": ("+ડેટા",),
        "sub:digital_inclusion": (
            "કમ્પ્યુટર", "ઇન્ટરનેટ", "સ્માર્ટફોન", "+ડિજિટલ", "~ઓનલાઇન", "~ઈમેલ", "~મોબાઇલ", "~એપ",
        ),
        "sub:security": ("છેતરપિંડી", "પાસવર્ડ", "+સ્કેમ"),
        "sub:design": ("પોસ્ટર", "ફ્લાયર", "+પત્રિકા", "+ડિઝાઇન", "+લોગો"),
        "sub:social_media": ("સોશિયલ મીડિયા", "+ફેસબુક", "~વોટ્સએપ"),
        "sub:press": ("પત્રકાર", "અખબાર", "+રેડિયો", "~મીડિયા"),
        "sub:translation": ("અનુવાદ", "દુભાષિયા", "ભાષાંતર"),
        "sub:storytelling": ("દસ્તાવેજી", "+વાર્તા", "+ફિલ્મ", "+વિડિયો", "+વીડિયો", "~ફોટો"),
        "sub:grants": ("ગ્રાન્ટ", "અનુદાન", "+ભંડોળ", "+ફંડ"),
        "sub:bid_writing": ("ગ્રાન્ટ અરજી", "+અરજી લખ", "~અરજી"),
        "sub:crowdfunding": ("+દાન",),
        "sub:fundraising": ("ભંડોળ એકત્ર", "ફંડ એકત્ર", "+સ્પોન્સર"),
    },
    # Punjabi (Gurmukhi)
    "pa": {
        "kind:need": (
            "ਲੋੜ", "ਚਾਹੀਦ", "ਰੂਰਤ", "+ਚਾਹੁੰਦੇ ਹਾਂ", "+ਲੱਭ ਰਹੇ", "+ਮਦਦ ਕਰ ਸਕਦ", "+ਭਾਲ",
            "~ਚਾਹੁੰਦੀ ਹੈ", "~ਮਦਦ",
        ),
        "kind:offer": (
            "ਸਕਦਾ ਹਾਂ", "ਸਕਦੀ ਹਾਂ", "ਮੁਫ਼ਤ ਮਦਦ", "ਮੁਫਤ ਮਦਦ", "ਕਰ ਸਕਦੇ ਹਾਂ", "ਦੇ ਸਕਦੇ ਹਾਂ",
            "+ਤਿਆਰ ਹਾਂ", "+ਉਪਲਬਧ", "+ਮੁਫ਼ਤ", "+ਮੁਫਤ",
        ),
        "kind:event": (
            "ਪ੍ਰੋਗਰਾਮ", "ਮੀਟਿੰਗ", "ਕਲਾਸ", "ਵਰਕਸ਼ਾਪ", "ਸੱਦਾ", "ਸਮਾਗਮ", "ਸ਼ਾਮਲ ਹੋਵੋ", "ਪਹੁੰਚੋ",
            "~ਮੇਲਾ", "~ਹਰ ", "~ਸੋਮਵਾਰ", "~ਮੰਗਲਵਾਰ", "~ਬੁੱਧਵਾਰ", "~ਵੀਰਵਾਰ", "~ਸ਼ੁੱਕਰਵਾਰ",
            "~ਸ਼ਨੀਵਾਰ", "~ਐਤਵਾਰ", "~ਵਜੇ",
        ),
        "kind:funding": (
            "ਆਖਰੀ ਤਰੀਕ", "ਆਖ਼ਰੀ ਤਰੀਕ", "ਆਖਰੀ ਤਾਰੀਖ", "ਆਖ਼ਰੀ ਤਾਰੀਖ਼", "ਅਰਜ਼ੀ ਦਿਓ", "ਅਰਜੀ ਦਿਓ",
            "+ਅਪਲਾਈ", "+ਗ੍ਰਾਂਟ", "+ਫੰਡਿੰਗ",
        ),
        "kind:knowhow": ("ਅਸੀਂ ਇਹ ਸਿੱਖਿਆ", "ਸਾਡਾ ਤਜਰਬਾ", "ਯਾਦ ਰੱਖੋ", "+ਤਜਰਬ", "+ਸਲਾਹ", "~ਸਿੱਖਿਆ"),
        "kind:question": ("ਕਿਵੇਂ", "ਕਿੱਥੇ", "ਕੀ ਕੋਈ", "ਕਿਸੇ ਨੂੰ ਪਤਾ"),
        "sub:planning_applications": ("+ਪਲੈਨਿੰਗ", "+ਪਲਾਨਿੰਗ", "+ਇਤਰਾਜ", "~ਉਸਾਰੀ"),
        "sub:local_plans": ("ਲੋਕਲ ਪਲਾਨ",),
        "sub:regeneration": ("ਮੁੜ ਵਿਕਾਸ",),
        "sub:community_assets": ("ਭਾਈਚਾਰਕ ਜਾਇਦਾਦ",),
        "sub:heritage": ("ਵਿਰਾਸਤ", "+ਇਤਿਹਾਸਕ"),
        "sub:tenants_rights": (
            "ਕਿਰਾਏਦਾਰ", "ਮਕਾਨ ਮਾਲਕ", "ਲੈਂਡਲੋਰਡ", "+ਕਿਰਾ", "+ਸਿੱਲ੍ਹ", "+ਉੱਲੀ", "+ਮੁਰੰਮਤ",
        ),
        "sub:social_housing": ("ਕੌਂਸਲ ਦਾ ਘਰ", "ਕੌਂਸਲ ਹਾਊਸ", "ਸੋਸ਼ਲ ਹਾਊਸਿੰਗ"),
        "sub:community_led_housing": ("ਹਾਊਸਿੰਗ ਕੋ-ਆਪ",),
        "sub:homelessness": ("ਬੇਘਰ",),
        "sub:social_enterprise": ("ਸਮਾਜਿਕ ਉੱਦਮ", "ਸੋਸ਼ਲ ਐਂਟਰਪ੍ਰਾਈਜ਼"),
        "sub:cooperatives": ("ਸਹਿਕਾਰੀ",),
        "sub:high_streets": ("ਹਾਈ ਸਟਰੀਟ", "+ਦੁਕਾਨ"),
        "sub:markets": ("ਬਾਜ਼ਾਰ", "ਬਜ਼ਾਰ", "ਬਾਜਾਰ", "+ਮਾਰਕੀਟ", "+ਸਟਾਲ"),
        "sub:time_banks": ("ਟਾਈਮ ਬੈਂਕ",),
        "sub:workspace": ("ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ", "~ਹਾਲ"),
        "sub:green_space": ("ਪਾਰਕ", "ਰੁੱਖ", "ਦਰੱਖਤ"),
        "sub:air_quality": ("ਹਵਾ ਪ੍ਰਦੂਸ਼ਣ", "+ਪ੍ਰਦੂਸ਼ਣ"),
        "sub:climate": ("ਜਲਵਾਯੂ", "ਮੌਸਮੀ ਤਬਦੀਲੀ"),
        "sub:food_growing": ("ਸਬਜ਼ੀ", "ਸਬਜੀ", "ਬਾਗਬਾਨੀ", "ਬਾਗ਼ਬਾਨੀ", "+ਖੇਤੀ", "~ਬੀਜ"),
        "sub:waste": ("ਕੂੜ", "ਰੀਸਾਈਕਲ", "+ਸਫ਼ਾਈ", "+ਸਫਾਈ"),
        "sub:energy": ("ਬਿਜਲੀ ਦਾ ਬਿੱਲ", "+ਊਰਜਾ", "+ਸੋਲਰ"),
        "sub:consultations": ("ਸਲਾਹ-ਮਸ਼ਵਰਾ", "ਤੁਹਾਡੀ ਰਾਏ", "~ਰਾਏ"),
        "sub:organising": ("ਮੁਹਿੰਮ", "ਪਟੀਸ਼ਨ", "ਰੋਸ ਪ੍ਰਦਰਸ਼ਨ", "ਧਰਨਾ", "+ਦਸਤਖ਼ਤ", "+ਦਸਤਖਤ"),
        "sub:volunteering": ("ਵਲੰਟੀਅਰ", "ਸੇਵਾਦਾਰ", "~ਸੇਵਾ"),
        "sub:residents_associations": ("~ਬਜ਼ੁਰਗਾਂ", "~ਭਾਈਚਾਰ"),
        "sub:festivals": ("ਮੇਲਾ", "ਵਿਸਾਖੀ", "ਵੈਸਾਖੀ", "ਦੀਵਾਲੀ", "ਗੁਰਪੁਰਬ", "ਤਿਉਹਾਰ", "+ਜਸ਼ਨ"),
        "sub:legal_advice": ("ਵਕੀਲ", "ਕਾਨੂੰਨੀ", "+ਅਦਾਲਤ"),
        "sub:governance": ("ਟਰੱਸਟੀ", "ਖ਼ਜ਼ਾਨਚੀ", "ਖਜ਼ਾਨਚੀ", "+ਸੰਵਿਧਾਨ", "+ਚੈਰਿਟੀ"),
        "sub:leases": ("+ਲੀਜ਼",),
        "sub:rights": ("ਅਧਿਕਾਰ", "ਇਮੀਗ੍ਰੇਸ਼ਨ", "ਵਿਤਕਰਾ", "ਨਸਲਵਾਦ", "+ਹੱਕ", "~ਵੀਜ਼ਾ"),
        "sub:community_mapping": ("ਨਕਸ਼ਾ",),
        "sub:gis": ("ਜੀਆਈਐਸ",),
        "sub:surveys": ("ਸਰਵੇ",),
        "sub:websites": ("ਵੈੱਬਸਾਈਟ", "ਵੈਬਸਾਈਟ"),
        "sub:data": ("+ਡਾਟਾ", "+ਡੇਟਾ"),
        "sub:digital_inclusion": (
            "ਔਨਲਾਈਨ", "ਕੰਪਿਊਟਰ", "ਫਾਰਮ ਭਰਨ", "ਸਮਾਰਟਫ਼ੋਨ", "ਸਮਾਰਟਫੋਨ", "ਇੰਟਰਨੈੱਟ", "ਇੰਟਰਨੈਟ",
            "+ਡਿਜੀਟਲ", "~ਮੋਬਾਈਲ", "~ਈਮੇਲ",
        ),
        "sub:security": ("ਧੋਖਾਧੜੀ", "ਠੱਗੀ", "ਪਾਸਵਰਡ"),
        "sub:design": ("ਪੋਸਟਰ", "ਪਰਚ", "+ਡਿਜ਼ਾਈਨ", "+ਡਿਜਾਈਨ", "+ਲੋਗੋ"),
        "sub:social_media": ("ਸੋਸ਼ਲ ਮੀਡੀਆ", "+ਫੇਸਬੁੱਕ"),
        "sub:press": ("ਪੱਤਰਕਾਰ", "ਅਖ਼ਬਾਰ", "ਅਖਬਾਰ", "+ਰੇਡੀਓ"),
        "sub:translation": ("ਅਨੁਵਾਦ", "ਭਾਸ਼ੀਏ", "ਤਰਜਮਾ"),
        "sub:storytelling": (
            "ਡਾਕੂਮੈਂਟਰੀ", "+ਕਹਾਣੀ", "+ਫ਼ਿਲਮ", "+ਫਿਲਮ", "+ਵੀਡੀਓ", "~ਫੋਟੋ", "~ਫ਼ੋਟੋ",
        ),
        "sub:grants": ("ਗ੍ਰਾਂਟ", "+ਫੰਡ"),
        "sub:bid_writing": ("+ਅਰਜ਼ੀ ਲਿਖ", "+ਅਰਜੀ ਲਿਖ", "~ਅਰਜ਼ੀ", "~ਅਰਜੀ"),
        "sub:crowdfunding": ("ਚੰਦਾ", "+ਦਾਨ "),
        "sub:fundraising": ("ਫੰਡ ਇਕੱਠ", "ਪੈਸੇ ਇਕੱਠ", "+ਸਪਾਂਸਰ"),
    },
    # Hindi
    "hi": {
        "kind:need": (
            "चाहिए", "रूरत", "आवश्यकता", "तलाश", "सहायता चाहिए", "+ढूंढ", "+ढूँढ", "+मदद कर",
            "~मदद",
        ),
        "kind:offer": (
            "निःशुल्क", "+मुफ्त", "+मुफ़्त", "+कर सकत", "+दे सकत", "+सिखा द", "+उपलब्ध",
        ),
        "kind:event": (
            "कार्यशाला", "वर्कशॉप", "मीटिंग", "बैठक", "आमंत्रित", "शामिल हों", "सभी का स्वागत",
            "+कार्यक्रम", "+सेमिनार", "+आइए", "~मेला", "~सोमवार", "~मंगलवार", "~बुधवार",
            "~गुरुवार", "~शुक्रवार", "~शनिवार", "~रविवार", "~बजे",
        ),
        "kind:funding": (
            "अंतिम तिथि", "आखिरी तारीख", "आख़िरी तारीख़", "आवेदन करें", "+अनुदान", "+ग्रांट",
            "+फंडिंग", "+छात्रवृत्ति",
        ),
        "kind:knowhow": ("हमारा अनुभव", "याद रखें", "+सीखा", "+सलाह", "+सुझाव", "+टिप", "~अनुभव"),
        "kind:question": (
            "कैसे", "क्या कोई", "किसी को पता", "+कहाँ", "+कहां", "+क्या हम", "~क्या ",
        ),
        "sub:planning_applications": (
            "प्लैनिंग", "प्लानिंग", "निर्माण की अनुमति", "+आपत्ति", "~डेवलपर", "~निर्माण",
        ),
        "sub:local_plans": ("स्थानीय योजना", "लोकल प्लान", "नेबरहुड प्लान"),
        "sub:regeneration": ("पुनर्विकास", "रीजनरेशन", "+ध्वस्त"),
        "sub:community_assets": ("सामुदायिक संपत्ति",),
        "sub:heritage": ("विरासत", "धरोहर", "+ऐतिहासिक", "~संग्रहालय"),
        "sub:tenants_rights": (
            "मकान मालिक", "लैंडलॉर्ड", "सीलन", "फफूंद", "बेदखल", "+किरा", "+मरम्मत", "~डिपॉज़िट",
        ),
        "sub:social_housing": (
            "काउंसिल का घर", "काउंसिल के घर", "काउंसिल हाउसिंग", "सोशल हाउसिंग",
            "हाउसिंग एसोसिएशन",
        ),
        "sub:community_led_housing": ("सहकारी आवास", "हाउसिंग को-ऑप"),
        "sub:homelessness": ("बेघर", "अस्थायी आवास"),
        "sub:social_enterprise": ("सामाजिक उद्यम", "सोशल एंटरप्राइज"),
        "sub:cooperatives": ("सहकारी", "को-ऑप"),
        "sub:high_streets": ("हाई स्ट्रीट", "छोटे व्यापार", "+दुकान", "+व्यापारी"),
        "sub:markets": ("बाज़ार", "बाजार", "+मार्केट", "+स्टॉल"),
        "sub:time_banks": ("टाइम बैंक",),
        "sub:workspace": ("कम्युनिटी सेंटर", "सामुदायिक केंद्र", "~हॉल", "~जगह"),
        "sub:green_space": ("पार्क", "पेड़", "हरियाली", "~प्रकृति"),
        "sub:air_quality": ("वायु प्रदूषण", "हवा की गुणवत्ता", "+प्रदूषण"),
        "sub:climate": ("जलवायु", "+कार्बन"),
        "sub:food_growing": (
            "सब्ज़ी", "सब्जी", "बागवानी", "कम्युनिटी गार्डन", "अलॉटमेंट", "+उगा", "~बीज",
        ),
        "sub:waste": ("कचरा", "कूड़", "रीसाइ", "+सफ़ाई", "+सफाई"),
        "sub:energy": ("बिजली का बिल", "बिजली बिल", "+ऊर्जा", "+सोलर"),
        "sub:consultations": ("आपकी राय", "अपनी राय", "राय दें", "कंसल्टेशन", "+परामर्श"),
        "sub:organising": (
            "अभियान", "याचिका", "विरोध प्रदर्शन", "आंदोलन", "+प्रदर्शन", "+हस्ताक्षर",
        ),
        "sub:volunteering": ("स्वयंसेवक", "वॉलंटियर", "वालंटियर"),
        "sub:residents_associations": (
            "निवासी संघ", "किरायेदार संघ", "~समुदाय", "~पड़ोसी", "~कम्युनिटी",
        ),
        "sub:festivals": ("त्योहार", "उत्सव", "दिवाली", "होली", "मेला", "+जश्न"),
        "sub:legal_advice": ("वकील", "कानूनी", "क़ानूनी", "+अदालत"),
        "sub:governance": ("ट्रस्टी", "कोषाध्यक्ष", "+संविधान", "+चैरिटी", "~पंजीकरण"),
        "sub:leases": ("+लीज", "+पट्टा"),
        "sub:rights": (
            "अधिकार", "इमिग्रेशन", "भेदभाव", "नस्लवाद", "शरणार्थी", "+समानता", "~वीज़ा",
        ),
        "sub:community_mapping": ("नक्शा", "नक्शे", "नक़्शा", "नक़्शे", "मैपिंग"),
        "sub:gis": ("जीआईएस",),
        "sub:surveys": ("सर्वे", "प्रश्नावली", "~शोध"),
        "sub:websites": ("वेबसाइट",),
        "sub:data": ("+डेटा", "+डाटा", "+आंकड़े"),
        "sub:digital_inclusion": (
            "कंप्यूटर", "कम्प्यूटर", "इंटरनेट", "स्मार्टफोन", "+डिजिटल", "~ऑनलाइन", "~ईमेल",
            "~मोबाइल",
        ),
        "sub:security": ("धोखाधड़ी", "ठगी", "पासवर्ड", "स्कैम", "+हैक"),
        "sub:design": (
            "पोस्टर", "पर्च", "लीफलेट", "लीफ़लेट", "फ्लायर", "फ़्लायर", "+डिज़ाइन", "+डिजाइन",
            "+लोगो",
        ),
        "sub:social_media": ("सोशल मीडिया", "+फेसबुक", "+इंस्टाग्राम"),
        "sub:press": ("पत्रकार", "अख़बार", "अखबार", "प्रेस रिलीज़", "+रेडियो", "~मीडिया"),
        "sub:translation": ("अनुवाद", "दुभाषिया", "+ट्रांसलेट"),
        "sub:storytelling": (
            "डाक्यूमेंट्री", "मौखिक इतिहास", "डॉक्यूमेंट्री", "+कहान", "+फिल्म", "+फ़िल्म",
            "+वीडियो", "~फोटो", "~फ़ोटो",
        ),
        "sub:grants": ("ग्रांट", "अनुदान", "+फंड"),
        "sub:bid_writing": ("ग्रांट आवेदन", "+आवेदन लिख", "~आवेदन"),
        "sub:crowdfunding": ("दान करें", "दान दें", "चंदा", "क्राउडफंडिंग"),
        "sub:fundraising": ("धन जुटा", "पैसे जुटा", "फंड जुटा", "+प्रायोजक", "+स्पॉन्सर"),
    },
    # Amharic
    "am": {
        "kind:need": ("እንፈልጋለን", "እፈልጋለሁ", "ያስፈልገናል", "ያስፈልጋል", "እየፈለግን", "+እባካችሁ", "~እርዳታ"),
        "kind:offer": ("በነጻ", "በነፃ", "እናቀርባለን", "መርዳት እንችላለን", "እንሰጣለን", "+እችላለሁ"),
        "kind:event": (
            "ስብሰባ", "ስልጠና", "ወርክሾፕ", "ይሳተፉ", "+ተጋብዛችኋል", "+ዝግጅት", "+ይምጡ", "~ተጋብዘዋል", "~በዓል", "~ሰኞ",
            "~ማክሰኞ", "~ረቡዕ", "~ሐሙስ", "~ዓርብ", "~አርብ", "~ቅዳሜ", "~እሁድ", "~እሑድ",
        ),
        "kind:funding": ("የገንዘብ ድጋፍ", "ድጎማ", "የመጨረሻ ቀን", "+ግራንት", "+ማመልከቻ"),
        "kind:knowhow": ("ልምዳችን", "ተምረናል", "+ምክር", "+አስታውሱ"),
        "kind:question": ("እንዴት", "የት ", "የሚያውቅ አለ", "+ማን ያውቃል"),
        "sub:planning_applications": ("የግንባታ ፈቃድ", "+ፕላኒንግ", "~ተቃውሞ"),
        "sub:local_plans": ("የአካባቢ እቅድ", "+ሎካል ፕላን"),
        "sub:regeneration": ("መልሶ ማልማት",),
        "sub:community_assets": ("የማህበረሰብ ንብረት",),
        "sub:heritage": ("ቅርስ", "+ታሪካዊ"),
        "sub:tenants_rights": ("የቤት ኪራይ", "ኪራይ", "አከራይ", "ተከራይ", "እርጥበት", "ሻጋታ", "+ጥገና", "+ማስወጣት"),
        "sub:social_housing": ("የካውንስል ቤት", "ካውንስል ቤት", "ማህበራዊ ቤት"),
        "sub:community_led_housing": ("የቤት ህብረት ስራ", "የቤቶች ህብረት ስራ"),
        "sub:homelessness": ("ቤት አልባ", "ቤት የሌላቸው", "ጊዜያዊ መጠለያ", "+መጠለያ"),
        "sub:social_enterprise": ("ማህበራዊ ድርጅት", "ማህበራዊ ንግድ"),
        "sub:cooperatives": ("ህብረት ስራ", "ኅብረት ሥራ"),
        "sub:high_streets": ("+ሱቅ", "+ነጋዴዎች"),
        "sub:markets": ("ገበያ",),
        "sub:time_banks": ("የጊዜ ባንክ",),
        "sub:workspace": ("አዳራሽ", "~ማዕከል", "~ቦታ"),
        "sub:green_space": ("ፓርክ", "ዛፍ", "+አረንጓዴ"),
        "sub:air_quality": ("የአየር ብክለት", "+ብክለት"),
        "sub:climate": ("የአየር ንብረት ለውጥ", "+የአየር ንብረት"),
        "sub:food_growing": ("አትክልት", "+መትከል"),
        "sub:waste": ("ቆሻሻ", "መልሶ መጠቀም", "+ጽዳት", "+ፅዳት"),
        "sub:energy": ("የፀሐይ ኃይል", "የኤሌክትሪክ ክፍያ", "መብራት ክፍያ", "~ኃይል"),
        "sub:consultations": ("ምክክር", "+አስተያየት"),
        "sub:organising": ("ዘመቻ", "ሰልፍ", "+ፊርማ", "+ተቃውሞ"),
        "sub:volunteering": ("በጎ ፈቃደኛ", "+ፈቃደኛ"),
        "sub:residents_associations": ("የነዋሪዎች ማህበር", "~ማህበረሰብ", "~ማኅበረሰብ"),
        "sub:festivals": ("በዓል", "ፌስቲቫል", "እንቁጣጣሽ", "ጥምቀት", "አከባበር"),
        "sub:legal_advice": ("ጠበቃ", "የሕግ", "የህግ", "ፍርድ ቤት"),
        "sub:governance": ("መተዳደሪያ ደንብ", "+በጎ አድራጎት", "~ምዝገባ", "~ማህበር", "~ቦርድ"),
        "sub:leases": ("~የኪራይ ውል",),
        "sub:rights": ("መብቶች", "መብት", "ስደተኛ", "ኢሚግሬሽን", "መድልዎ", "ዘረኝነት", "ጥገኝነት", "~ቪዛ"),
        "sub:community_mapping": ("ካርታ",),
        "sub:gis": ("ጂአይኤስ", "የመልክዓ ምድር መረጃ"),
        "sub:surveys": ("የዳሰሳ ጥናት", "መጠይቅ", "ሰርቬይ", "+ዳሰሳ"),
        "sub:websites": ("ድረ ገጽ", "ድረ-ገጽ", "ዌብሳይት"),
        "sub:data": ("+ዳታ", "~መረጃ"),
        "sub:digital_inclusion": (
            "ኮምፒውተር", "ኮምፒተር", "ኢንተርኔት", "ስማርት ስልክ", "+ዲጂታል", "~ኦንላይን", "~ኢሜይል",
        ),
        "sub:security": ("ማጭበርበር", "የይለፍ ቃል"),
        "sub:design": ("በራሪ ወረቀት", "ፖስተር", "+ዲዛይን", "+ሎጎ"),
        "sub:social_media": ("ማህበራዊ ሚዲያ", "+ፌስቡክ"),
        "sub:press": ("ጋዜጠኛ", "ጋዜጣ", "+ሬዲዮ", "~ሚዲያ"),
        "sub:translation": ("አስተርጓሚ", "ትርጉም", "ተርጓሚ", "መተርጎም"),
        "sub:storytelling": ("+ታሪክ", "+ፊልም", "+ቪዲዮ", "+ፎቶ"),
        "sub:grants": ("ድጎማ", "የገንዘብ ድጋፍ", "+ግራንት", "+ፈንድ"),
        "sub:bid_writing": ("ማመልከቻ መጻፍ", "~ማመልከቻ"),
        "sub:crowdfunding": ("ልገሳ", "መዋጮ"),
        "sub:fundraising": ("ገንዘብ ማሰባሰብ", "+ስፖንሰር"),
    },
    # Tigrinya
    "ti": {
        "kind:need": ("ንደሊ", "ሓግዙና", "+ይደሊ", "+ኣድላዪ", "+ንሓትት", "~ሓገዝ"),
        "kind:offer": ("ክሕግዝ ይኽእል", "ክንሕግዝ ንኽእል", "ነቕርብ", "+ይኽእል እየ", "+ንኽእል ኢና", "+ብነጻ"),
        "kind:event": (
            "ኣኼባ", "ተሳተፉ", "ተዓዲምኩም", "+ንዕድም", "+ዕድመ", "~ትምህርቲ", "~ሰኑይ", "~ሰሉስ", "~ሓሙስ", "~ዓርቢ",
            "~ቀዳም", "~ሰንበት", "~ሰዓት",
        ),
        "kind:funding": ("ሓገዝ ገንዘብ", "ናይ ገንዘብ ሓገዝ", "ናይ መወዳእታ ዕለት"),
        "kind:knowhow": ("ተሞክሮና", "ተማሂርና", "+ምኽሪ"),
        "kind:question": ("ብኸመይ", "ዝፈልጥ ኣሎ", "መን ይፈልጥ", "+ኣበይ"),
        "sub:planning_applications": ("ፍቓድ ህንጻ",),
        "sub:local_plans": ("ናይ ከባቢ መደብ",),
        "sub:regeneration": ("+ምሕዳስ ከባቢ", "~ምሕዳስ"),
        "sub:community_assets": ("ንብረት ማሕበረሰብ",),
        "sub:heritage": ("ቅርሲ", "+ታሪኻዊ"),
        "sub:tenants_rights": ("ክራይ", "ተኻራዪ", "ዋና ገዛ", "+ጽገና", "+ርሕሰት", "~ገዛ"),
        "sub:social_housing": ("ገዛ ካውንስል", "ናይ ካውንስል ገዛ", "~ካውንስል"),
        "sub:community_led_housing": ("ናይ ገዛ ሕብረት",),
        "sub:homelessness": ("ገዛ ዘይብሎም",),
        "sub:social_enterprise": ("ማሕበራዊ ትካል",),
        "sub:cooperatives": ("ሕብረት ስራሕ",),
        "sub:high_streets": ("+ድኳን",),
        "sub:markets": ("ዕዳጋ",),
        "sub:time_banks": ("ባንኪ ግዜ",),
        "sub:workspace": ("ኣዳራሽ",),
        "sub:green_space": ("ኣእዋም",),
        "sub:air_quality": ("ብኽለት",),
        "sub:climate": ("ክሊማ", "ለውጢ ኣየር"),
        "sub:food_growing": ("ኣሕምልቲ", "+ሕርሻ"),
        "sub:waste": ("ጓሓፍ", "+ጽሬት"),
        "sub:energy": ("+ጸሓያዊ", "~ኤሌክትሪክ"),
        "sub:consultations": ("ምምኽኻር", "+ርእይቶ"),
        "sub:organising": ("ሰላማዊ ሰልፊ", "ተቓውሞ"),
        "sub:volunteering": ("ወለንተኛ", "+ብፍቓደኛ"),
        "sub:residents_associations": ("~ማሕበረሰብ", "~ስድራቤታት"),
        "sub:festivals": ("ጽምብል", "~ሓጎስ"),
        "sub:legal_advice": ("ጠበቓ", "ናይ ሕጊ ምኽሪ", "ቤት ፍርዲ", "+ሕጊ"),
        "sub:governance": ("ሕገ ደንቢ", "~ምምዝጋብ", "~ማሕበር"),
        "sub:leases": ("+ውዕል ክራይ",),
        "sub:rights": ("መሰል", "ዑቕባ", "ኣድልዎ"),
        "sub:gis": ("ጂ.ኣይ.ኤስ",),
        "sub:surveys": ("መጠይቕ", "ዳህሳስ"),
        "sub:websites": ("መርበብ ሓበሬታ",),
        "sub:data": ("~ሓበሬታ",),
        "sub:digital_inclusion": ("ኮምፒዩተር", "ኢንተርነት", "ስማርትፎን", "~ሞባይል", "~ኢመይል"),
        "sub:security": ("ምትላል", "መሕለፊ ቃል"),
        "sub:design": ("~ወረቐት",),
        "sub:social_media": ("ሶሻል ሚድያ",),
        "sub:press": ("+ሬድዮ",),
        "sub:translation": ("~ትግርኛ",),
        "sub:storytelling": ("+ዛንታ", "+ቪድዮ", "~ስእሊ"),
        "sub:grants": ("ሓገዝ ገንዘብ",),
        "sub:bid_writing": ("ምጽሓፍ መመልከቲ", "~መመልከቲ"),
        "sub:crowdfunding": ("ወፈያ", "+ውህበት"),
        "sub:fundraising": ("ገንዘብ ምእካብ",),
    },
    # German
    "de": {
        "kind:need": (
            "wir suchen", "suchen", "brauchen", "benotigen", "gesucht", "+wer kann helfen",
            "~hilfe",
        ),
        "kind:offer": (
            "wir bieten", "biete", "ich kann", "wir konnen", "+kostenlos", "+gerne helfen",
            "+zu verschenken",
        ),
        "kind:event": (
            "workshop", "treffen", "versammlung", "veranstaltung", "einladung", "fest ",
            "festival", "+eintritt frei", "+vortrag", "~samstag", "~sonntag", "~uhr",
        ),
        "kind:funding": ("forderung", "zuschuss", "ausschreibung", "+frist", "+bewerbungsschluss"),
        "kind:knowhow": ("unsere erfahrung", "+tipp", "+wir haben gelernt"),
        "kind:question": ("wie kann", "weiss jemand", "+wo ", "+wie "),
        "sub:planning_applications": ("bauantrag", "baugenehmigung", "+bauvorhaben"),
        "sub:local_plans": ("bebauungsplan", "flachennutzungsplan"),
        "sub:regeneration": ("stadterneuerung", "gentrifizierung", "+abriss", "~sanierung"),
        "sub:community_assets": ("+gemeingut",),
        "sub:heritage": ("denkmal", "kulturerbe", "+historisch"),
        "sub:tenants_rights": ("vermieter", "miete", "raumung", "schimmel", "+kaution"),
        "sub:social_housing": ("sozialwohnung", "+sozialer wohnungsbau"),
        "sub:community_led_housing": ("wohnungsgenossenschaft", "+baugemeinschaft"),
        "sub:homelessness": ("obdachlos", "wohnungslos"),
        "sub:social_enterprise": ("sozialunternehm",),
        "sub:cooperatives": ("genossenschaft",),
        "sub:high_streets": ("einzelhandel", "ladenlokal", "leerstand", "+geschafte"),
        "sub:markets": ("markt", "flohmarkt"),
        "sub:time_banks": ("zeitbank", "tauschring"),
        "sub:workspace": ("gemeinschaftsraum", "nachbarschaftszentrum", "+saal", "+raume mieten"),
        "sub:green_space": ("park ", "parks", "baume", "grunflache"),
        "sub:air_quality": ("luftqualitat", "luftverschmutzung", "feinstaub", "abgase"),
        "sub:climate": ("klima",),
        "sub:food_growing": ("gemeinschaftsgarten", "gemuse", "+garten"),
        "sub:waste": ("recycling", "mull", "abfall", "reparatur"),
        "sub:energy": ("solaranlage", "photovoltaik", "erneuerbare", "stromrechnung", "+energie"),
        "sub:consultations": ("burgerbeteiligung", "beteiligungsverfahren", "+anhorung"),
        "sub:organising": (
            "kampagne", "petition", "demonstration", "protest", "+demo ", "+unterschriften",
        ),
        "sub:volunteering": ("ehrenamt", "freiwillig"),
        "sub:residents_associations": ("mieterverein", "mieterinitiative", "~nachbarschaft"),
        "sub:festivals": ("fest ", "festival", "feier"),
        "sub:legal_advice": ("anwalt", "rechtsberatung"),
        "sub:governance": ("satzung", "vorstand", "gemeinnutzig", "+verein"),
        "sub:leases": ("gewerbemiete", "pachtvertrag", "~mietvertrag"),
        "sub:rights": ("diskriminierung", "rassismus", "+aufenthalt", "+asyl"),
        "sub:community_mapping": ("kartierung", "+karte"),
        "sub:gis": ("geodaten",),
        "sub:surveys": ("umfrage", "fragebogen"),
        "sub:websites": ("webseite", "homepage"),
        "sub:data": ("datenbank", "datenschutz", "+daten", "~tabelle"),
        "sub:digital_inclusion": ("computer", "internet", "smartphone"),
        "sub:security": ("betrug", "passwort", "+gehackt"),
        "sub:design": ("flyer", "plakat", "+gestaltung"),
        "sub:social_media": ("soziale medien", "+follower"),
        "sub:press": ("presse", "journalist", "zeitung"),
        "sub:translation": ("ubersetz", "dolmetsch"),
        "sub:storytelling": ("dokumentarfilm", "+geschichten", "+erzahl", "+film", "+fotograf"),
        "sub:grants": ("forderung", "zuschuss", "+stiftung"),
        "sub:bid_writing": ("antrag schreib", "forderantrag", "~antrag"),
        "sub:crowdfunding": ("spende",),
        "sub:fundraising": ("spendenaktion", "spenden sammeln", "+sponsor"),
    },
}
# fmt: on
