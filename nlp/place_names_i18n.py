"""London place names as native speakers write them in other scripts: a hand-kept list.

One table per language: each line is the gazetteer's English name, a colon, then the names a
native speaker would write for it, separated by '|':

    Hackney: হ্যাকনি | হেকনি

The English name is read exactly as the tagger reads it in an English message (a borough, a
neighbourhood, the gazetteer's ambiguity kept: Kilburn and Edgware span boroughs, Kingston and
Richmond take their usual London reading, Green Street needs another place to settle it), or
LONDON: London as a whole, which is no place and no borough, as in English. Names are written
in their dictionary form; the case endings, particles and prefixes they take in a sentence
(Bengali হ্যাকনিতে, Russian Лондоне, Arabic بلندن, Hebrew בלונדון, Korean 해크니에서) are the
script's SUFFIXES and PREFIXES below, and nlp.foreign_names matches them. Spellings that differ
only by letter case, Arabic letter forms (ي/ی, ك/ک, ه/ہ/ھ), Greek accents, nukta, or a space
versus a hyphen need no separate entry.

Only names a native speaker would plausibly write, and none that is mostly a common word in the
language (Chinese 哈罗 is Harrow but also "hello", Korean 소호 is Soho but also "small office",
Tamil மிச்சம் is Mitcham but also "remainder": left out; Urdu ہیرو, Harrow and also "hero", is
kept, as London's Urdu speakers write Harrow so). NOT_PLACES lists names that contain a place
name but are not a place (a football club, Greenwich Mean Time, Stratford-upon-Avon).
"""

from __future__ import annotations

LONDON = "London"

# Latin-script names of London in community languages (Polish, Lithuanian and Albanian ones
# with their case forms). Matched as words by the entity ruler, as no place (like "London").
LATIN_LONDON = (
    "Londres",  # Spanish, French, Portuguese, Catalan, Tagalog
    "Londra",  # Italian, Romanian, Turkish, Albanian, Kurdish, Maltese
    "Londrei",  # Romanian genitive
    "Londër",  # Albanian
    "Londrën",
    "Londrës",
    "Londyn",  # Polish
    "Londynie",
    "Londynu",
    "Londynem",
    "Londýn",  # Czech, Slovak
    "Londýně",
    "Londýna",
    "Londýne",
    "Londonas",  # Lithuanian
    "Londone",
    "Londono",
    "Londoną",
    "Londonui",
    "Londona",  # Latvian
    "Londonā",
    "Londonu",  # Croatian, Serbian, Slovene
    "Londonban",  # Hungarian
    "Londonba",
    "Londonból",
    "Londen",  # Dutch, Afrikaans
    "Lontoo",  # Finnish
    "Lontoossa",
    "Lontooseen",
    "Lontoosta",
    "Londonis",  # Estonian
    "Londonê",  # Kurmanji
    "Luân Đôn",  # Vietnamese
    "Llundain",  # Welsh
    "Londain",  # Irish
    "Lọndọnu",  # Yoruba
)

# Prefixes written onto a name (prepositions, 'and', the article), by script.
PREFIXES: dict[str, tuple[str, ...]] = {
    "arabic": (
        "ب",
        "ل",
        "و",
        "ف",
        "ك",
        "ال",
        "بال",
        "وال",
        "لل",
        "فال",
        "وب",
        "ول",
        "فب",
        "فل",
        "وبال",
        "ولل",
    ),
    "hebrew": (
        "ב",
        "ה",
        "ל",
        "מ",
        "ו",
        "ש",
        "כ",
        "וב",
        "ול",
        "ומ",
        "וה",
        "שב",
        "של",
        "שה",
        "מה",
        "כש",
        "ב-",
        "ה-",
        "ל-",
        "מ-",
        "ו-",
        "ש-",
        "וב-",
        "ב־",
        "ה־",
        "ל־",
        "מ־",
        "ו־",
    ),
    "ethiopic": (
        "በ",
        "ከ",
        "ለ",
        "የ",
        "ወደ",
        "እስከ",
        "ስለ",
        "እንደ",
        "ብ",
        "ን",
        "ካብ",
        "ናብ",
        "ኣብ",
        "ምስ",
        "ከም",
        "ክሳብ",
    ),
}

# Case endings, postpositions and particles written onto a name, by script.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "bengali": (
        "ে",
        "এ",
        "য়",
        "য়ে",
        "তে",
        "র",
        "ের",
        "এর",
        "য়ের",
        "কে",
        "ও",
        "ই",
        "েই",
        "তেই",
        "তেও",
        "েও",
        "রও",
        "বাসী",
    ),
    "devanagari": ("में", "से", "का", "की", "के", "को", "वासी"),
    "gurmukhi": ("ਵਿੱਚ", "ਵਿਚ", "ਦਾ", "ਦੀ", "ਦੇ", "ਤੋਂ", "ਨੂੰ", "ਚ"),
    "gujarati": ("માં", "મા", "માંથી", "નું", "ની", "ના", "નો", "ને", "થી", "એ", "વાસી"),
    # Tamil: a name ending in a virama (லண்டன்) drops it before a vowel ending (லண்டனில்), or
    # doubles a final ங் (டூட்டிங்கில்); names ending in a vowel take a glide (ஹாரோவில்).
    "tamil": (
        "்",
        "ில்",
        "ில",
        "ிலே",
        "ிலும்",
        "ிலுள்ள",
        "ிலிருந்து",
        "ின்",
        "ை",
        "ுக்கு",
        "ுடன்",
        "ோடு",
        "ும்",
        "்கில்",
        "்கிலும்",
        "்கிலுள்ள",
        "்கிலிருந்து",
        "்கின்",
        "வில்",
        "விலும்",
        "விலுள்ள",
        "விலிருந்து",
        "வின்",
        "வை",
        "வுக்கு",
        "வும்",
        "யில்",
        "யிலும்",
        "யிலுள்ள",
        "யிலிருந்து",
        "யின்",
        "யை",
        "க்கு",
        "யும்",
    ),
    "cyrillic": (
        "а",
        "я",
        "у",
        "ю",
        "е",
        "ом",
        "ем",
        "і",
        "ові",
        "ский",
        "ского",
        "скому",
        "ским",
        "ском",
        "ская",
        "ской",
        "скую",
        "ское",
        "ские",
        "ских",
        "ський",
        "ського",
        "ському",
        "ській",
        "ська",
        "ської",
        "ське",
        "ські",
        "ських",
        "ски",
        "ския",
        "ската",
        "ското",
    ),
    "greek": (),
    "hebrew": (),
    "arabic": ("ی", "ها", "های", "یها", "ٔ"),
    "ethiopic": ("ን", "ም", "ና", "ስ", "ውን", "ዶ", "ውስጥ"),
    "hangul": (
        "에서",
        "에서는",
        "에서도",
        "에서의",
        "에",
        "에는",
        "에도",
        "의",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "으로",
        "로",
        "과",
        "와",
        "도",
        "만",
        "까지",
        "부터",
        "구",
        "구에서",
        "구의",
        "구에",
        "구는",
        "지역",
        "지역에서",
        "지역의",
    ),
    "kana": (),
    "han": (),
}

_BENGALI = """
London: লন্ডন | লণ্ডন
City of London: সিটি অফ লন্ডন | সিটি অব লন্ডন
Barking and Dagenham: বার্কিং অ্যান্ড ড্যাগেনহাম | বার্কিং ও ডেগেনহাম | বার্কিং এন্ড ডেগেনহাম
Barnet: বার্নেট
Bexley: বেক্সলি
Brent: ব্রেন্ট
Bromley: ব্রমলি | ব্রোমলি
Camden: ক্যামডেন | কেমডেন
Croydon: ক্রয়ডন | ক্রইডন
Ealing: ইলিং | ঈলিং
Enfield: এনফিল্ড
Greenwich: গ্রিনিচ | গ্রীনিচ | গ্রিনউইচ
Hackney: হ্যাকনি | হেকনি | হ্যাকনী
Hammersmith and Fulham: হ্যামারস্মিথ অ্যান্ড ফুলহাম | হ্যামারস্মিথ ও ফুলহাম
Haringey: হ্যারিঙ্গে | হ্যারিংগে | হারিঙ্গে
Harrow: হ্যারো
Havering: হ্যাভারিং | হেভারিং
Hillingdon: হিলিংডন
Hounslow: হাউন্সলো | হাউনস্লো
Islington: ইজলিংটন | ইসলিংটন
Kensington and Chelsea: কেনসিংটন অ্যান্ড চেলসি | কেনসিংটন ও চেলসি
Kingston upon Thames: কিংস্টন আপন টেমস
Lambeth: ল্যাম্বেথ | লেম্বেথ
Lewisham: লুইশাম | লিউইশাম | লুইসাম
Merton: মার্টন | মের্টন
Newham: নিউহাম | নিউহ্যাম
Redbridge: রেডব্রিজ
Richmond upon Thames: রিচমন্ড আপন টেমস
Southwark: সাউথওয়ার্ক | সাদার্ক
Sutton: সাটন
Tower Hamlets: টাওয়ার হ্যামলেটস | টাওয়ার হ্যামলেট | টাওয়ার হেমলেটস
Waltham Forest: ওয়ালথাম ফরেস্ট
Wandsworth: ওয়ান্ডসওয়ার্থ | ওয়ান্ডসওর্থ
Westminster: ওয়েস্টমিনস্টার
Whitechapel: হোয়াইটচ্যাপেল | হোয়াইটচ্যাপল | হোয়াইট চ্যাপেল | হোয়াইটচেপেল
Brick Lane: ব্রিক লেন
Spitalfields: স্পিটালফিল্ডস | স্পিটালফিল্ড
Bethnal Green: বেথনাল গ্রিন | বেথনাল গ্রীন
Poplar: পপলার
Stepney: স্টেপনি | স্টেপনী
Mile End: মাইল এন্ড
Shoreditch: শোরডিচ | শোরেডিচ
Canary Wharf: ক্যানারি ওয়ার্ফ | কেনারি ওয়ার্ফ
Southall: সাউথহল | সাউথাল | সাউথল
Green Street: গ্রিন স্ট্রিট | গ্রীন স্ট্রীট
Upton Park: আপটন পার্ক
East Ham: ইস্ট হাম | ইস্ট হ্যাম
Stratford: স্ট্র্যাটফোর্ড | স্ট্রাটফোর্ড | স্ট্রেটফোর্ড
Canning Town: ক্যানিং টাউন | কেনিং টাউন
Forest Gate: ফরেস্ট গেট
Manor Park: ম্যানর পার্ক | মেনর পার্ক
Plaistow: প্লেইস্টো | প্লেস্টো
Wembley: ওয়েম্বলি | ওয়েম্বলী
Harlesden: হার্লেসডেন | হার্লসডেন
Willesden: উইলেসডেন | উইলসডেন
Kilburn: কিলবার্ন
Brixton: ব্রিক্সটন
Streatham: স্ট্রেথাম | স্ট্রিটহ্যাম
Clapham: ক্ল্যাপহাম | ক্লাপহাম
Peckham: পেকহাম | পেকহ্যাম
Bermondsey: বারমন্ডসি
Elephant and Castle: এলিফ্যান্ট অ্যান্ড ক্যাসল | এলিফেন্ট এন্ড ক্যাসেল
Camberwell: ক্যাম্বারওয়েল
Tottenham: টটেনহাম | টটেনহ্যাম
Wood Green: উড গ্রিন
Seven Sisters: সেভেন সিস্টার্স
Edmonton: এডমন্টন
Palmers Green: পামার্স গ্রিন
Dalston: ডালস্টন
Stoke Newington: স্টোক নিউইংটন
Stamford Hill: স্ট্যামফোর্ড হিল
Walthamstow: ওয়ালথামস্টো
Leyton: লেটন | লেইটন
Leytonstone: লেটনস্টোন
Ilford: ইলফোর্ড
Barking: বার্কিং
Dagenham: ড্যাগেনহাম | ডেগেনহাম
Tooting: টুটিং
Battersea: ব্যাটারসি
Deptford: ডেপ্টফোর্ড | ডেপফোর্ড
Catford: ক্যাটফোর্ড
New Cross: নিউ ক্রস
Woolwich: উলউইচ | উলিচ
Camden Town: ক্যামডেন টাউন
King's Cross: কিংস ক্রস
Holloway: হলোওয়ে | হলওয়ে
Finsbury Park: ফিন্সবারি পার্ক | ফিনসবেরি পার্ক
Shepherd's Bush: শেফার্ডস বুশ
Hammersmith: হ্যামারস্মিথ
Fulham: ফুলহাম
Acton: অ্যাক্টন
Edgware: এজওয়্যার | এজওয়ার
Golders Green: গোল্ডার্স গ্রিন
Hendon: হেন্ডন
Kingston: কিংস্টন
New Malden: নিউ মলডেন
Richmond: রিচমন্ড
Notting Hill: নটিং হিল
Kensington: কেনসিংটন
Chelsea: চেলসি
Soho: সোহো
Chinatown: চায়নাটাউন
Paddington: প্যাডিংটন
Wimbledon: উইম্বলডন
Mitcham: মিচাম
Thornton Heath: থর্নটন হিথ
Romford: রমফোর্ড
Hayes: হেইজ | হেইস
Banglatown: বাংলাটাউন | বাংলা টাউন
Shadwell: শ্যাডওয়েল | শ্যাডওয়েল
Limehouse: লাইমহাউস
Aldgate: অল্ডগেট | আলগেট
Bromley-by-Bow: ব্রমলি বাই বো
Altab Ali Park: আলতাব আলী পার্ক | আলতাব আলি পার্ক
"""

_ARABIC = """
London: لندن
City of London: سيتي أوف لندن
Barking and Dagenham: باركينغ وداغنهام | باركنج وداجنهام
Barnet: بارنت
Bexley: بيكسلي
Brent: برنت
Bromley: بروملي
Camden: كامدن
Croydon: كرويدون
Ealing: إيلينغ | ايلينج | إيلنغ
Enfield: إنفيلد
Greenwich: غرينتش | جرينتش | غرينيتش | جرينيتش
Hackney: هاكني
Hammersmith and Fulham: هامرسميث وفولهام
Haringey: هارينغي | هارينجي
Harrow: هارو
Havering: هافيرينغ | هافرينج
Hillingdon: هيلينغدون | هيلينجدون
Hounslow: هاونسلو
Islington: إزلينغتون | ازلينجتون | إيزلينغتون
Kensington and Chelsea: كنسينغتون وتشيلسي | كينسينغتون وتشيلسي | كنسينجتون وتشيلسي
Kingston upon Thames: كينغستون أبون تيمز | كينجستون أبون تايمز
Lambeth: لامبث | لامبيث
Lewisham: لويشام | لويشم
Merton: ميرتون
Newham: نيوهام
Redbridge: ريدبريدج
Richmond upon Thames: ريتشموند أبون تيمز
Southwark: ساوثوارك | ساذرك
Sutton: ساتون
Tower Hamlets: تاور هاملتس
Waltham Forest: والثام فورست
Wandsworth: واندزورث
Westminster: وستمنستر | ويستمنستر | وستمينستر
Whitechapel: وايتشابل | وايت تشابل
Brick Lane: بريك لين
Spitalfields: سبيتالفيلدز
Bethnal Green: بيثنال غرين | بيثنال جرين
Poplar: بوبلار
Stepney: ستيبني
Mile End: مايل إند
Shoreditch: شورديتش
Canary Wharf: كناري وارف | كاناري وارف
Southall: ساوثهول | ساوثول | ساوثهال
Green Street: غرين ستريت | جرين ستريت
Upton Park: أبتون بارك
East Ham: إيست هام
Stratford: ستراتفورد
Canning Town: كانينغ تاون | كاننج تاون
Forest Gate: فورست غيت | فورست جيت
Manor Park: مانور بارك
Plaistow: بلايستو
Wembley: ويمبلي | ومبلي
Harlesden: هارلسدن
Willesden: ويلسدن
Kilburn: كيلبرن | كيلبورن
Brixton: بريكستون
Streatham: ستريثام
Clapham: كلافام | كلابهام
Peckham: بيكهام
Bermondsey: بيرموندسي
Elephant and Castle: إليفانت آند كاسل | الفيل والقلعة
Camberwell: كامبرويل
Tottenham: توتنهام
Wood Green: وود غرين
Seven Sisters: سفن سيسترز
Edmonton: إدمونتون
Palmers Green: بالمرز غرين
Dalston: دالستون
Stoke Newington: ستوك نيوينغتون
Stamford Hill: ستامفورد هيل
Walthamstow: والثامستو
Leyton: لايتون | ليتون
Leytonstone: لايتونستون | ليتونستون
Ilford: إلفورد | ايلفورد
Barking: باركينغ | باركنج
Dagenham: داغنهام | داجنهام
Tooting: توتينغ | توتنج
Battersea: باترسي
Deptford: ديبتفورد
Catford: كاتفورد
New Cross: نيو كروس
Woolwich: وولويتش
Camden Town: كامدن تاون
King's Cross: كينغز كروس | كينجز كروس
Holloway: هولواي | هولوواي
Finsbury Park: فينسبري بارك
Shepherd's Bush: شيبردز بوش | شبردز بوش
Hammersmith: هامرسميث
Fulham: فولهام
Acton: أكتون
Edgware: إدجوير
Golders Green: غولدرز غرين
Hendon: هندون
Kingston: كينغستون | كينجستون
New Malden: نيو مالدن
Richmond: ريتشموند
Notting Hill: نوتينغ هيل | نوتنج هيل
Kensington: كنسينغتون | كينسينغتون | كنسينجتون
Chelsea: تشيلسي
Soho: سوهو
Chinatown: تشاينا تاون
Paddington: بادينغتون | بادينجتون
Wimbledon: ويمبلدون
Mitcham: ميتشام
Thornton Heath: ثورنتون هيث
Romford: رومفورد
Hayes: هايز
Bayswater: بايزووتر | بيزواتر
Marylebone: ماريلبون | مارليبون
White City: وايت سيتي
Edgware Road: إدجوير رود | ادجوير رود | شارع إدجوير
Finchley: فينشلي
"""

_URDU = """
London: لندن
City of London: سٹی آف لندن
Barking and Dagenham: بارکنگ اینڈ ڈیگنہم | بارکنگ اور ڈیگنہم
Barnet: بارنیٹ | بارنٹ
Bexley: بیکسلے | بیکسلی
Brent: برینٹ
Bromley: براملے | بروملی | بروملے
Camden: کیمڈن
Croydon: کرائیڈن | کروئڈن | کرویڈن
Ealing: ایلنگ | ایلینگ
Enfield: اینفیلڈ | انفیلڈ
Greenwich: گرینچ | گرین وچ
Hackney: ہیکنی | ہیکنے
Hammersmith and Fulham: ہیمرسمتھ اینڈ فلہم | ہیمرسمتھ اور فلہم
Haringey: ہیرنگے | ہارنگے
Harrow: ہیرو | ہیرو کونسل
Havering: ہیورنگ
Hillingdon: ہلنگڈن
Hounslow: ہاؤنسلو | ہانسلو | ہونسلو
Islington: ازلنگٹن | اسلنگٹن
Kensington and Chelsea: کینسنگٹن اینڈ چیلسی | کینسنگٹن اور چیلسی | کینزنگٹن اور چیلسی
Kingston upon Thames: کنگسٹن اپون ٹیمز
Lambeth: لیمبتھ | لیمبیتھ
Lewisham: لیوشم | لوئشم | لیوشام
Merton: مرٹن
Newham: نیوہیم | نیوہم
Redbridge: ریڈبرج | ریڈ برج
Richmond upon Thames: رچمنڈ اپون ٹیمز
Southwark: ساؤتھ وارک | سدرک
Sutton: سٹن
Tower Hamlets: ٹاور ہیملٹس | ٹاور ہیملیٹس
Waltham Forest: والتھم فارسٹ | والتھم فاریسٹ
Wandsworth: وینڈزورتھ | وانڈزورتھ
Westminster: ویسٹ منسٹر | ویسٹمنسٹر
Whitechapel: وائٹ چیپل | وائٹچیپل
Brick Lane: برک لین | بریک لین
Spitalfields: سپٹل فیلڈز | اسپٹل فیلڈز
Bethnal Green: بیتھنل گرین
Poplar: پاپلر | پوپلر
Stepney: سٹیپنی | اسٹیپنی
Mile End: مائل اینڈ
Shoreditch: شورڈچ
Canary Wharf: کینری وارف | کینیری وارف
Southall: ساؤتھال | ساؤتھ ہال | ساؤتھ آل | ساوتھال
Green Street: گرین سٹریٹ | گرین اسٹریٹ
Upton Park: اپٹن پارک
East Ham: ایسٹ ہیم | ایسٹ ہام
Stratford: سٹریٹفورڈ | اسٹریٹفورڈ | سٹریٹفرڈ
Canning Town: کیننگ ٹاؤن
Forest Gate: فارسٹ گیٹ | فاریسٹ گیٹ
Manor Park: مینر پارک | مینور پارک
Plaistow: پلیسٹو | پلاسٹو
Wembley: ویمبلے | ومبلی | ویمبلی
Harlesden: ہارلزڈن
Willesden: ولزڈن
Kilburn: کلبرن
Brixton: برکسٹن | بریکسٹن
Streatham: سٹریتھم
Clapham: کلیپہم
Peckham: پیکہم
Bermondsey: برمنڈزی
Elephant and Castle: ایلیفینٹ اینڈ کاسل
Camberwell: کیمبرویل
Tottenham: ٹوٹنہم | ٹاٹنہم
Wood Green: وڈ گرین | ووڈ گرین
Seven Sisters: سیون سسٹرز
Edmonton: ایڈمنٹن
Palmers Green: پامرز گرین
Dalston: ڈالسٹن
Stoke Newington: سٹوک نیونگٹن
Stamford Hill: سٹیمفورڈ ہل
Walthamstow: والتھمسٹو | والتھم سٹو
Leyton: لیٹن
Leytonstone: لیٹن سٹون | لیٹنسٹون
Ilford: الفورڈ | ایلفورڈ
Barking: بارکنگ
Dagenham: ڈیگنہم
Tooting: ٹوٹنگ
Battersea: بیٹرسی
Deptford: ڈیپٹفورڈ
Catford: کیٹفورڈ
New Cross: نیو کراس
Woolwich: وولچ
Camden Town: کیمڈن ٹاؤن
King's Cross: کنگز کراس
Holloway: ہولووے | ہالووے
Finsbury Park: فنزبری پارک
Shepherd's Bush: شیفرڈز بش
Hammersmith: ہیمرسمتھ
Fulham: فولہم
Acton: ایکٹن
Edgware: ایجویئر | ایجوئیر
Golders Green: گولڈرز گرین
Hendon: ہینڈن
Kingston: کنگسٹن
New Malden: نیو مالڈن
Richmond: رچمنڈ
Notting Hill: نوٹنگ ہل
Kensington: کینسنگٹن | کینزنگٹن
Chelsea: چیلسی
Soho: سوہو
Chinatown: چائنا ٹاؤن
Paddington: پیڈنگٹن
Wimbledon: ومبلڈن
Mitcham: مچم
Thornton Heath: تھورنٹن ہیتھ
Romford: رومفورڈ
Finchley: فنچلے | فنچلی
Alperton: الپرٹن
Feltham: فیلٹم
Greenford: گرینفورڈ
"""

_PERSIAN = """
London: لندن
City of London: سیتی لندن | سیتی آف لندن
Barking and Dagenham: بارکینگ و داگنهام
Barnet: بارنت
Bexley: بکسلی
Brent: برنت
Bromley: بروملی
Camden: کمدن | کامدن
Croydon: کرویدون | کرویدن
Ealing: ایلینگ
Enfield: انفیلد
Greenwich: گرینیچ | گرینویچ
Hackney: هکنی | هاکنی
Hammersmith and Fulham: همرسمیت و فولام | هامرسمیت و فولام
Haringey: هرینگی | هارینگی
Harrow: هارو
Havering: هاورینگ
Hillingdon: هیلینگدن | هیلینگدون
Hounslow: هانسلو | هاونزلو | هونسلو
Islington: ایزلینگتون | ایسلینگتون
Kensington and Chelsea: کنزینگتون و چلسی | کنسینگتون و چلسی
Kingston upon Thames: کینگستون آپان تیمز | کینگستون آپون تیمز
Lambeth: لمبت | لامبث
Lewisham: لوئیشام | لویشام
Merton: مرتون
Newham: نیوهام
Redbridge: ردبریج
Richmond upon Thames: ریچموند آپان تیمز | ریچموند آپون تیمز
Southwark: ساوتوارک | ساترک
Sutton: ساتون
Tower Hamlets: تاور هملتس
Waltham Forest: والتهام فارست | والتام فارست
Wandsworth: واندزورث | وندزورث
Westminster: وست‌مینستر | وستمینستر
Whitechapel: وایت‌چپل | وایتچپل
Brick Lane: بریک لین
Spitalfields: اسپیتالفیلدز
Bethnal Green: بتنال گرین
Poplar: پاپلار | پوپلار
Stepney: استپنی
Mile End: مایل اند
Shoreditch: شوردیچ
Canary Wharf: کناری وارف
Southall: ساوتهال | ساوت‌هال
Green Street: گرین استریت
Upton Park: آپتون پارک
East Ham: ایست هام
Stratford: استراتفورد
Canning Town: کنینگ تاون
Forest Gate: فارست گیت
Manor Park: مانور پارک
Plaistow: پلیستو
Wembley: ومبلی | ویمبلی
Harlesden: هارلسدن
Willesden: ویلسدن
Kilburn: کیلبرن | کیلبورن
Brixton: بریکستون
Streatham: استریتهام
Clapham: کلپهام | کلاپهام
Peckham: پکام | پکهام
Bermondsey: برموندزی
Elephant and Castle: الفنت اند کسل | الیفنت اند کسل
Camberwell: کمبرول
Tottenham: تاتنهام | تاتنام
Wood Green: وود گرین
Seven Sisters: سون سیسترز
Edmonton: ادمونتون
Palmers Green: پالمرز گرین
Dalston: دالستون
Stoke Newington: استوک نیوینگتون
Stamford Hill: استمفورد هیل
Walthamstow: والتهامستو | والتامستو
Leyton: لیتون | لیتن
Leytonstone: لیتونستون | لیتنستون
Ilford: ایلفورد
Barking: بارکینگ
Dagenham: داگنهام
Tooting: توتینگ
Battersea: باترسی
Deptford: دپتفورد
Catford: کتفورد
New Cross: نیو کراس
Woolwich: وولیچ | وول‌ویچ
Camden Town: کمدن تاون | کامدن تاون
King's Cross: کینگز کراس
Holloway: هالووی
Finsbury Park: فینزبری پارک | فینسبری پارک
Shepherd's Bush: شپردز بوش | شپرد بوش
Hammersmith: همرسمیت | هامرسمیت
Fulham: فولام | فولهام
Acton: آکتون
Edgware: اجویر
Golders Green: گلدرز گرین
Hendon: هندون
Kingston: کینگستون
New Malden: نیو مالدن
Richmond: ریچموند
Notting Hill: ناتینگ هیل | نوتینگ هیل
Kensington: کنزینگتون | کنسینگتون
Chelsea: چلسی
Soho: سوهو
Chinatown: چاینا تاون | محله چینی‌ها
Paddington: پدینگتون
Wimbledon: ویمبلدون
Mitcham: میچام
Thornton Heath: تورنتون هیث
Romford: رامفورد
Finchley: فینچلی
Golders Green: گلدرز گرین
"""

_CHINESE_SIMPLIFIED = """
London: 伦敦
City of London: 伦敦金融城
Barking and Dagenham: 巴金和达格南 | 巴金-达格纳姆 | 巴金与达格纳姆
Barnet: 巴尼特 | 巴内特
Bexley: 贝克斯利
Brent: 布伦特
Bromley: 布罗姆利
Camden: 卡姆登 | 康登 | 坎登
Croydon: 克罗伊登 | 克罗伊顿
Ealing: 伊灵
Enfield: 恩菲尔德
Greenwich: 格林威治 | 格林尼治
Hackney: 哈克尼 | 哈克尼区
Hammersmith and Fulham: 哈默史密斯-富勒姆 | 哈默史密斯和富勒姆 | 汉默史密斯-富勒姆
Haringey: 哈林盖 | 哈林吉
Harrow: 哈罗区
Havering: 黑弗灵 | 哈弗灵
Hillingdon: 希灵登 | 希林登
Hounslow: 豪恩斯洛
Islington: 伊斯灵顿
Kensington and Chelsea: 肯辛顿-切尔西 | 肯辛顿和切尔西 | 肯辛顿与切尔西
Kingston upon Thames: 泰晤士河畔金斯顿
Lambeth: 兰贝斯 | 兰伯斯
Lewisham: 刘易舍姆 | 路易舍姆 | 路易斯汉姆
Merton: 默顿
Newham: 纽汉 | 纽汉姆
Redbridge: 雷德布里奇
Richmond upon Thames: 泰晤士河畔里士满
Southwark: 南华克 | 萨瑟克
Sutton: 萨顿
Tower Hamlets: 陶尔哈姆莱茨 | 塔村区 | 塔哈姆莱茨
Waltham Forest: 沃尔瑟姆福雷斯特 | 沃尔瑟姆森林
Wandsworth: 旺兹沃思
Westminster: 威斯敏斯特 | 西敏市
Whitechapel: 白教堂 | 怀特查佩尔
Brick Lane: 红砖巷 | 砖巷
Spitalfields: 斯皮塔佛德 | 斯皮塔菲尔德
Bethnal Green: 贝斯纳尔格林
Poplar: 波普勒 | 波普拉
Stepney: 斯特普尼
Mile End: 迈尔恩德
Shoreditch: 肖尔迪奇
Canary Wharf: 金丝雀码头
Southall: 绍索尔 | 南霍尔
Green Street: 格林街
Upton Park: 厄普顿公园
East Ham: 东汉姆 | 伊斯特汉姆
Stratford: 斯特拉特福 | 斯特拉特福德
Canning Town: 坎宁镇
Forest Gate: 森林门 | 福雷斯特盖特
Plaistow: 普莱斯托
Wembley: 温布利 | 温布莱
Harlesden: 哈尔斯登
Willesden: 威尔斯登
Kilburn: 基尔伯恩
Brixton: 布里克斯顿
Streatham: 斯特里汉姆
Clapham: 克拉珀姆 | 克拉彭
Peckham: 佩卡姆 | 佩克汉姆
Bermondsey: 伯蒙德赛
Elephant and Castle: 象堡 | 大象与城堡
Camberwell: 坎伯韦尔
Tottenham: 托特纳姆
Wood Green: 伍德格林
Seven Sisters: 七姐妹
Edmonton: 埃德蒙顿
Palmers Green: 帕尔默斯格林
Dalston: 达尔斯顿
Stoke Newington: 斯托克纽因顿 | 斯托克纽温顿
Stamford Hill: 斯坦福山
Walthamstow: 沃尔瑟姆斯托
Leytonstone: 莱顿斯通
Ilford: 伊尔福德
Dagenham: 达格纳姆 | 达格南
Tooting: 图廷
Battersea: 巴特西 | 巴特锡
Deptford: 德特福德 | 德普特福德
Catford: 卡特福德
New Cross: 新十字
Woolwich: 伍尔维奇 | 伍利奇
Camden Town: 卡姆登镇 | 康登镇
King's Cross: 国王十字
Holloway: 霍洛威
Finsbury Park: 芬斯伯里公园
Shepherd's Bush: 牧羊人丛林 | 谢泼德布什
Hammersmith: 哈默史密斯 | 汉默史密斯
Fulham: 富勒姆
Acton: 阿克顿
Edgware: 埃奇韦尔
Golders Green: 戈尔德斯格林
Hendon: 亨顿
Kingston: 金斯顿
New Malden: 新马尔登
Richmond: 里士满
Notting Hill: 诺丁山
Kensington: 肯辛顿
Chelsea: 切尔西
Soho: 苏豪
Chinatown: 唐人街 | 中国城
Paddington: 帕丁顿
Wimbledon: 温布尔登 | 温布顿
Mitcham: 米查姆
Thornton Heath: 桑顿希思
Romford: 罗姆福德
Hayes: 海斯
Colindale: 科林代尔
"""

_CHINESE_TRADITIONAL = """
London: 倫敦
City of London: 倫敦金融城
Barking and Dagenham: 巴金和達格南 | 巴金-達格納姆 | 巴金與達格納姆
Barnet: 巴尼特 | 巴內特
Bexley: 貝克斯利
Brent: 布倫特
Bromley: 布羅姆利
Camden: 卡姆登 | 康登 | 坎登
Croydon: 克羅伊登 | 克羅伊頓
Ealing: 伊靈
Enfield: 恩菲爾德
Greenwich: 格林威治 | 格林尼治
Hackney: 哈克尼 | 哈克尼區
Hammersmith and Fulham: 哈默史密斯-富勒姆 | 哈默史密斯和富勒姆 | 漢默史密斯-富勒姆
Haringey: 哈林蓋 | 哈林吉
Harrow: 哈羅區
Havering: 黑弗靈 | 哈弗靈
Hillingdon: 希靈登 | 希林登
Hounslow: 豪恩斯洛
Islington: 伊斯靈頓
Kensington and Chelsea: 肯辛頓-切爾西 | 肯辛頓和切爾西 | 肯辛頓與切爾西
Kingston upon Thames: 泰晤士河畔金斯頓
Lambeth: 蘭貝斯 | 蘭伯斯
Lewisham: 劉易舍姆 | 路易舍姆 | 路易斯漢姆
Merton: 默頓
Newham: 紐漢 | 紐漢姆
Redbridge: 雷德布里奇
Richmond upon Thames: 泰晤士河畔里士滿 | 泰晤士河畔列治文
Southwark: 南華克 | 薩瑟克
Sutton: 薩頓 | 修頓
Tower Hamlets: 陶爾哈姆萊茨 | 塔村區 | 塔哈姆萊茨
Waltham Forest: 沃爾瑟姆福雷斯特 | 沃爾瑟姆森林
Wandsworth: 旺茲沃思
Westminster: 威斯敏斯特 | 西敏市
Whitechapel: 白教堂 | 懷特查佩爾
Brick Lane: 紅磚巷 | 磚巷
Spitalfields: 斯皮塔佛德 | 斯皮塔菲爾德
Bethnal Green: 貝斯納爾格林
Poplar: 波普勒 | 波普拉
Stepney: 斯特普尼
Mile End: 邁爾恩德
Shoreditch: 肖爾迪奇
Canary Wharf: 金絲雀碼頭
Southall: 紹索爾 | 南霍爾
Green Street: 格林街
Upton Park: 厄普頓公園
East Ham: 東漢姆 | 伊斯特漢姆
Stratford: 斯特拉特福 | 斯特拉特福德
Canning Town: 坎寧鎮
Forest Gate: 森林門 | 福雷斯特蓋特
Plaistow: 普萊斯托
Wembley: 溫布利 | 溫布萊
Harlesden: 哈爾斯登
Willesden: 威爾斯登
Kilburn: 基爾伯恩
Brixton: 布里克斯頓
Streatham: 斯特里漢姆
Clapham: 克拉珀姆 | 克拉彭
Peckham: 佩卡姆 | 佩克漢姆
Bermondsey: 伯蒙德賽
Elephant and Castle: 象堡 | 大象與城堡
Camberwell: 坎伯韋爾
Tottenham: 托特納姆
Wood Green: 伍德格林
Seven Sisters: 七姊妹 | 七姐妹
Edmonton: 埃德蒙頓
Palmers Green: 帕爾默斯格林
Dalston: 達爾斯頓
Stoke Newington: 斯托克紐因頓 | 斯托克紐溫頓
Stamford Hill: 斯坦福山
Walthamstow: 沃爾瑟姆斯托
Leytonstone: 萊頓斯通
Ilford: 伊爾福德
Dagenham: 達格納姆 | 達格南
Tooting: 圖廷
Battersea: 巴特西 | 巴特錫
Deptford: 德特福德 | 德普特福德
Catford: 卡特福德
New Cross: 新十字
Woolwich: 伍爾維奇 | 伍利奇
Camden Town: 卡姆登鎮 | 康登鎮
King's Cross: 國王十字
Holloway: 霍洛威
Finsbury Park: 芬斯伯里公園
Shepherd's Bush: 牧羊人叢林 | 謝潑德布什
Hammersmith: 哈默史密斯 | 漢默史密斯
Fulham: 富勒姆 | 富咸
Acton: 阿克頓
Edgware: 埃奇韋爾
Golders Green: 戈爾德斯格林
Hendon: 亨頓
Kingston: 金斯頓 | 京士頓
New Malden: 新馬爾登
Richmond: 里士滿 | 列治文
Notting Hill: 諾丁山
Kensington: 肯辛頓
Chelsea: 切爾西
Soho: 蘇豪
Chinatown: 唐人街 | 中國城
Paddington: 帕丁頓
Wimbledon: 溫布爾登 | 溫布頓
Mitcham: 米查姆
Thornton Heath: 桑頓希思
Romford: 羅姆福德
Hayes: 海斯
Colindale: 科林代爾
"""

_TAMIL = """
London: லண்டன் | இலண்டன்
City of London: சிட்டி ஆஃப் லண்டன்
Barking and Dagenham: பார்க்கிங் அண்ட் டாகென்ஹாம் | பார்க்கிங் மற்றும் டாகென்ஹாம்
Barnet: பார்னெட் | பார்னட்
Bexley: பெக்ஸ்லி
Brent: பிரென்ட் | ப்ரென்ட்
Bromley: புரொம்லி | ப்ரொம்லி | பிரோம்லி
Camden: காம்டென் | கேம்டன்
Croydon: குரோய்டன் | க்ராய்டன் | குரொய்டன் | குரோய்டன்
Ealing: ஈலிங்
Enfield: என்ஃபீல்ட் | என்பீல்ட்
Greenwich: கிரீனிச் | கிரினிச்
Hackney: ஹாக்னி | ஹேக்னி
Hammersmith and Fulham: ஹாமர்ஸ்மித் அண்ட் ஃபுல்ஹாம் | ஹாமர்ஸ்மித் மற்றும் ஃபுல்ஹாம்
Haringey: ஹாரிங்கே | ஹரிங்கே
Harrow: ஹாரோ | ஹரோ
Havering: ஹேவரிங் | ஹாவரிங்
Hillingdon: ஹில்லிங்டன் | ஹிலிங்டன்
Hounslow: ஹவுன்ஸ்லோ | ஹௌன்ஸ்லோ
Islington: இஸ்லிங்டன்
Kensington and Chelsea: கென்சிங்டன் அண்ட் செல்சி | கென்சிங்டன் மற்றும் செல்சி
Kingston upon Thames: கிங்ஸ்டன் அபான் தேம்ஸ்
Lambeth: லாம்பெத் | லம்பெத்
Lewisham: லூயிஷாம் | லூவிஷாம் | லூசியம்
Merton: மெர்டன் | மேர்டன்
Newham: நியூஹாம் | நியுஹாம்
Redbridge: ரெட்பிரிட்ஜ்
Richmond upon Thames: ரிச்மண்ட் அபான் தேம்ஸ்
Southwark: சவுத்வார்க் | சதர்க்
Sutton: சட்டன்
Tower Hamlets: டவர் ஹாம்லெட்ஸ்
Waltham Forest: வால்தம் ஃபாரஸ்ட் | வோல்தம் பொரெஸ்ட்
Wandsworth: வாண்ட்ஸ்வொர்த் | வான்ட்ஸ்வர்த்
Westminster: வெஸ்ட்மின்ஸ்டர்
Whitechapel: வைட்சேப்பல் | வைட் சாப்பல்
Brick Lane: பிரிக் லேன்
Spitalfields: ஸ்பிட்டல்ஃபீல்ட்ஸ்
Bethnal Green: பெத்னல் கிரீன்
Poplar: பாப்லர்
Stepney: ஸ்டெப்னி
Mile End: மைல் எண்ட்
Shoreditch: ஷோர்டிச்
Canary Wharf: கனரி வார்ஃப் | கேனரி வார்ஃப்
Southall: சவுத்ஹால் | சவுதால் | சௌத்ஹால்
Green Street: கிரீன் ஸ்ட்ரீட்
Upton Park: அப்டன் பார்க்
East Ham: ஈஸ்ட் ஹாம்
Stratford: ஸ்ட்ராட்ஃபோர்ட் | ஸ்ட்ராட்போர்ட் | ஸ்ட்ராட்ஃபோர்டு
Canning Town: கேனிங் டவுன் | கனிங் டவுன்
Forest Gate: ஃபாரஸ்ட் கேட் | பொரெஸ்ட் கேட்
Manor Park: மேனர் பார்க் | மனோர் பார்க்
Plaistow: பிளேஸ்டோ
Wembley: வெம்பிளி | வெம்ப்லி | வெம்ப்ளி
Harlesden: ஹார்ல்ஸ்டன்
Willesden: வில்ஸ்டன்
Kilburn: கில்பர்ன்
Brixton: பிரிக்ஸ்டன்
Streatham: ஸ்ட்ரெதம்
Clapham: கிளாப்பம்
Peckham: பெக்காம்
Bermondsey: பெர்மாண்ட்சி
Elephant and Castle: எலிஃபண்ட் அண்ட் கேஸில்
Camberwell: கேம்பர்வெல்
Tottenham: டொட்டன்ஹாம் | டோட்டன்ஹாம்
Wood Green: வுட் கிரீன்
Seven Sisters: செவன் சிஸ்டர்ஸ்
Edmonton: எட்மண்டன்
Palmers Green: பாமர்ஸ் கிரீன்
Dalston: டால்ஸ்டன்
Stoke Newington: ஸ்டோக் நியூவிங்டன்
Stamford Hill: ஸ்டாம்ஃபோர்ட் ஹில்
Walthamstow: வால்தம்ஸ்டோ
Leyton: லேட்டன்
Leytonstone: லேட்டன்ஸ்டோன்
Ilford: இல்ஃபோர்ட் | இல்போர்ட் | இல்ஃபோர்டு | இல்போர்டு
Barking: பார்க்கிங்
Dagenham: டாகென்ஹாம் | டாகனம்
Tooting: டூட்டிங்
Battersea: பேட்டர்சீ
Deptford: டெப்ட்ஃபோர்ட்
Catford: கேட்ஃபோர்ட்
New Cross: நியூ கிராஸ்
Woolwich: வுல்விச்
Camden Town: கேம்டன் டவுன்
King's Cross: கிங்ஸ் கிராஸ்
Holloway: ஹாலோவே
Finsbury Park: ஃபின்ஸ்பரி பார்க்
Shepherd's Bush: ஷெப்பர்ட்ஸ் புஷ்
Hammersmith: ஹாமர்ஸ்மித்
Fulham: ஃபுல்ஹாம்
Acton: ஆக்டன்
Edgware: எட்ஜ்வேர்
Golders Green: கோல்டர்ஸ் கிரீன்
Hendon: ஹெண்டன்
Kingston: கிங்ஸ்டன்
New Malden: நியூ மால்டன்
Richmond: ரிச்மண்ட்
Notting Hill: நாட்டிங் ஹில்
Kensington: கென்சிங்டன்
Chelsea: செல்சி
Soho: சோஹோ
Chinatown: சைனாடவுன்
Paddington: பாடிங்டன்
Wimbledon: விம்பிள்டன்
Thornton Heath: தோர்ன்டன் ஹீத் | தோண்டன் ஹீத்
Romford: ரொம்ஃபோர்ட் | ரொம்ஃபோர்டு | ரொம்போர்டு
Hayes: ஹேய்ஸ் | ஹேஸ்
Mitcham: மிட்சம் | மிட்சாம்
Alperton: அல்பேர்ட்டன்
"""

_GUJARATI = """
London: લંડન | લન્ડન
City of London: સિટી ઓફ લંડન
Barking and Dagenham: બાર્કિંગ એન્ડ ડેગનહામ | બાર્કિંગ અને ડેગનહામ
Barnet: બાર્નેટ
Bexley: બેક્સલી
Brent: બ્રેન્ટ
Bromley: બ્રોમલી
Camden: કેમડેન
Croydon: ક્રોયડન | ક્રોઇડન
Ealing: ઈલિંગ | ઇલિંગ
Enfield: એનફિલ્ડ | એનફીલ્ડ
Greenwich: ગ્રીનવિચ | ગ્રીનિચ
Hackney: હેકની | હૅકની
Hammersmith and Fulham: હેમરસ્મિથ એન્ડ ફુલહામ | હેમરસ્મિથ અને ફુલહામ
Haringey: હેરિંગે
Harrow: હેરો
Havering: હેવરિંગ
Hillingdon: હિલિંગ્ડન | હિલિંગડન
Hounslow: હાઉન્સલો | હાઉનસ્લો
Islington: ઇસ્લિંગ્ટન | ઇઝલિંગ્ટન
Kensington and Chelsea: કેન્સિંગ્ટન એન્ડ ચેલ્સી | કેન્સિંગ્ટન અને ચેલ્સી
Kingston upon Thames: કિંગ્સ્ટન અપોન થેમ્સ
Lambeth: લેમ્બેથ
Lewisham: લુઇશામ | લ્યુઇશમ
Merton: મર્ટન
Newham: ન્યૂહામ | ન્યુહામ
Redbridge: રેડબ્રિજ
Richmond upon Thames: રિચમન્ડ અપોન થેમ્સ
Southwark: સાઉથવાર્ક | સધર્ક
Sutton: સટન
Tower Hamlets: ટાવર હેમ્લેટ્સ | ટાવર હેમલેટ્સ
Waltham Forest: વોલ્થમ ફોરેસ્ટ | વોલ્ધામ ફોરેસ્ટ
Wandsworth: વેન્ડ્સવર્થ | વાન્ડ્સવર્થ
Westminster: વેસ્ટમિન્સ્ટર
Whitechapel: વ્હાઇટચેપલ
Brick Lane: બ્રિક લેન
Spitalfields: સ્પિટલફિલ્ડ્સ
Bethnal Green: બેથનલ ગ્રીન
Poplar: પોપ્લર
Stepney: સ્ટેપની
Mile End: માઇલ એન્ડ
Shoreditch: શોરડિચ
Canary Wharf: કેનેરી વ્હાર્ફ | કેનરી વોર્ફ
Southall: સાઉથોલ | સાઉથહોલ
Green Street: ગ્રીન સ્ટ્રીટ
Upton Park: અપ્ટન પાર્ક
East Ham: ઇસ્ટ હેમ | ઈસ્ટ હામ
Stratford: સ્ટ્રેટફોર્ડ
Canning Town: કેનિંગ ટાઉન
Forest Gate: ફોરેસ્ટ ગેટ
Manor Park: મેનોર પાર્ક
Plaistow: પ્લેસ્ટો
Wembley: વેમ્બલી | વેમ્બ્લી
Harlesden: હાર્લ્સડન
Willesden: વિલ્સડન
Kilburn: કિલબર્ન
Brixton: બ્રિક્સ્ટન | બ્રિક્સટન
Streatham: સ્ટ્રેથમ
Clapham: ક્લેફામ | ક્લેપહામ
Peckham: પેકહામ
Bermondsey: બર્મન્ડસી
Elephant and Castle: એલિફન્ટ એન્ડ કેસલ
Camberwell: કેમ્બરવેલ
Tottenham: ટોટનહામ
Wood Green: વુડ ગ્રીન
Seven Sisters: સેવન સિસ્ટર્સ
Edmonton: એડમન્ટન
Palmers Green: પામર્સ ગ્રીન
Dalston: ડાલ્સ્ટન
Stoke Newington: સ્ટોક ન્યૂઇંગ્ટન
Stamford Hill: સ્ટેમફોર્ડ હિલ
Walthamstow: વોલ્થમસ્ટો
Leyton: લેયટન | લેટન
Leytonstone: લેટનસ્ટોન
Ilford: ઇલફોર્ડ
Barking: બાર્કિંગ
Dagenham: ડેગનહામ
Tooting: ટૂટિંગ
Battersea: બેટરસી
Deptford: ડેપ્ટફોર્ડ
Catford: કેટફોર્ડ
New Cross: ન્યૂ ક્રોસ
Woolwich: વુલિચ
Camden Town: કેમડેન ટાઉન
King's Cross: કિંગ્સ ક્રોસ
Holloway: હોલોવે
Finsbury Park: ફિન્સબરી પાર્ક
Shepherd's Bush: શેફર્ડ્સ બુશ
Hammersmith: હેમરસ્મિથ
Fulham: ફુલહામ
Acton: એક્ટન
Edgware: એજવેર
Golders Green: ગોલ્ડર્સ ગ્રીન
Hendon: હેન્ડન
Kingston: કિંગ્સ્ટન
New Malden: ન્યૂ માલ્ડન
Richmond: રિચમન્ડ
Notting Hill: નોટિંગ હિલ
Kensington: કેન્સિંગ્ટન
Chelsea: ચેલ્સી
Soho: સોહો
Chinatown: ચાઇનાટાઉન
Paddington: પેડિંગ્ટન
Wimbledon: વિમ્બલ્ડન
Mitcham: મિચમ
Thornton Heath: થોર્ન્ટન હીથ
Romford: રોમફોર્ડ
Hayes: હેઝ | હેય્ઝ
Alperton: આલ્પર્ટન | અલ્પર્ટન
Neasden: નીસડન | નીઝડન
Rayners Lane: રેનર્સ લેન
Stanmore: સ્ટેનમોર
Kingsbury: કિંગ્સબરી
Kenton: કેન્ટન
Wealdstone: વિલ્ડસ્ટોન | વીલ્ડસ્ટોન
Feltham: ફેલ્થમ
"""

_PUNJABI = """
London: ਲੰਡਨ
City of London: ਸਿਟੀ ਆਫ਼ ਲੰਡਨ
Barking and Dagenham: ਬਾਰਕਿੰਗ ਐਂਡ ਡੈਗਨਹੈਮ | ਬਾਰਕਿੰਗ ਅਤੇ ਡੈਗਨਹੈਮ
Barnet: ਬਾਰਨੇਟ | ਬਾਰਨਟ
Bexley: ਬੈਕਸਲੀ
Brent: ਬ੍ਰੈਂਟ | ਬਰੈਂਟ
Bromley: ਬ੍ਰੋਮਲੀ | ਬਰੋਮਲੀ
Camden: ਕੈਮਡਨ
Croydon: ਕਰੌਇਡਨ | ਕ੍ਰੋਇਡਨ | ਕਰੋਇਡਨ
Ealing: ਈਲਿੰਗ
Enfield: ਐਨਫੀਲਡ
Greenwich: ਗ੍ਰੀਨਵਿਚ | ਗਰੀਨਵਿਚ | ਗ੍ਰੀਨਿਚ
Hackney: ਹੈਕਨੀ
Hammersmith and Fulham: ਹੈਮਰਸਮਿਥ ਐਂਡ ਫੁਲਹਮ | ਹੈਮਰਸਮਿਥ ਅਤੇ ਫੁਲਹੈਮ
Haringey: ਹੈਰਿੰਗੇ
Harrow: ਹੈਰੋ
Havering: ਹੈਵਰਿੰਗ
Hillingdon: ਹਿਲਿੰਗਡਨ
Hounslow: ਹਾਉਂਸਲੋ | ਹੌਂਸਲੋ | ਹਾਊਂਸਲੋ | ਹੰਸਲੋ
Islington: ਇਜ਼ਲਿੰਗਟਨ | ਇਸਲਿੰਗਟਨ
Kensington and Chelsea: ਕੈਨਸਿੰਗਟਨ ਐਂਡ ਚੈਲਸੀ | ਕੇਨਸਿੰਗਟਨ ਅਤੇ ਚੈਲਸੀ
Kingston upon Thames: ਕਿੰਗਸਟਨ ਅਪੌਨ ਟੇਮਜ਼
Lambeth: ਲੈਮਬੈਥ
Lewisham: ਲੂਇਸ਼ਮ | ਲੁਈਸ਼ਾਮ
Merton: ਮਰਟਨ
Newham: ਨਿਊਹੈਮ | ਨਿਊਹਾਮ
Redbridge: ਰੈੱਡਬ੍ਰਿਜ
Richmond upon Thames: ਰਿਚਮੰਡ ਅਪੌਨ ਟੇਮਜ਼
Southwark: ਸਾਊਥਵਾਰਕ | ਸਦਰਕ
Sutton: ਸਟਨ
Tower Hamlets: ਟਾਵਰ ਹੈਮਲੇਟਸ
Waltham Forest: ਵਾਲਥਮ ਫੋਰੈਸਟ | ਵੌਲਥਮ ਫੌਰੈਸਟ
Wandsworth: ਵੈਂਡਜ਼ਵਰਥ | ਵਾਂਡਸਵਰਥ
Westminster: ਵੈਸਟਮਿੰਸਟਰ | ਵੈਸਟਮਿਨਸਟਰ
Whitechapel: ਵ੍ਹਾਈਟਚੈਪਲ
Brick Lane: ਬ੍ਰਿਕ ਲੇਨ
Spitalfields: ਸਪਿਟਲਫੀਲਡਜ਼
Bethnal Green: ਬੈਥਨਲ ਗ੍ਰੀਨ
Poplar: ਪੌਪਲਰ
Stepney: ਸਟੈਪਨੀ
Mile End: ਮਾਈਲ ਐਂਡ
Shoreditch: ਸ਼ੋਰਡਿਚ
Canary Wharf: ਕੈਨਰੀ ਵ੍ਹਾਰਫ
Southall: ਸਾਊਥਾਲ | ਸਾਊਥਹਾਲ | ਸਾਉਥਾਲ
Green Street: ਗ੍ਰੀਨ ਸਟ੍ਰੀਟ
Upton Park: ਅੱਪਟਨ ਪਾਰਕ
East Ham: ਈਸਟ ਹੈਮ
Stratford: ਸਟ੍ਰੈਟਫੋਰਡ | ਸਟਰੈਟਫੋਰਡ
Canning Town: ਕੈਨਿੰਗ ਟਾਊਨ
Forest Gate: ਫੋਰੈਸਟ ਗੇਟ
Manor Park: ਮੈਨਰ ਪਾਰਕ
Plaistow: ਪਲੇਸਟੋ
Wembley: ਵੈਂਬਲੀ | ਵੈਮਬਲੀ
Harlesden: ਹਾਰਲਸਡਨ
Willesden: ਵਿਲਸਡਨ
Kilburn: ਕਿਲਬਰਨ
Brixton: ਬ੍ਰਿਕਸਟਨ
Streatham: ਸਟ੍ਰੈਥਮ
Clapham: ਕਲੈਫਮ
Peckham: ਪੈਕਹਮ
Bermondsey: ਬਰਮੰਡਸੀ
Elephant and Castle: ਐਲੀਫੈਂਟ ਐਂਡ ਕੈਸਲ
Camberwell: ਕੈਂਬਰਵੈੱਲ
Tottenham: ਟੌਟਨਹੈਮ
Wood Green: ਵੁੱਡ ਗ੍ਰੀਨ
Seven Sisters: ਸੈਵਨ ਸਿਸਟਰਜ਼
Edmonton: ਐਡਮਿੰਟਨ
Palmers Green: ਪਾਮਰਜ਼ ਗ੍ਰੀਨ
Dalston: ਡਾਲਸਟਨ
Stoke Newington: ਸਟੋਕ ਨਿਊਇੰਗਟਨ
Stamford Hill: ਸਟੈਮਫੋਰਡ ਹਿੱਲ
Walthamstow: ਵਾਲਥਮਸਟੋ
Leyton: ਲੇਟਨ
Leytonstone: ਲੇਟਨਸਟੋਨ
Ilford: ਇਲਫੋਰਡ | ਇਲਫਰਡ
Barking: ਬਾਰਕਿੰਗ
Dagenham: ਡੈਗਨਹੈਮ
Tooting: ਟੂਟਿੰਗ
Battersea: ਬੈਟਰਸੀ
Deptford: ਡੈਪਟਫੋਰਡ
Catford: ਕੈਟਫੋਰਡ
New Cross: ਨਿਊ ਕਰਾਸ
Woolwich: ਵੂਲਿਚ
Camden Town: ਕੈਮਡਨ ਟਾਊਨ
King's Cross: ਕਿੰਗਜ਼ ਕਰਾਸ
Holloway: ਹੌਲੋਵੇ
Finsbury Park: ਫਿਨਸਬਰੀ ਪਾਰਕ
Shepherd's Bush: ਸ਼ੈਫਰਡਜ਼ ਬੁਸ਼
Hammersmith: ਹੈਮਰਸਮਿਥ
Fulham: ਫੁਲਹਮ
Acton: ਐਕਟਨ
Edgware: ਐਜਵੇਅਰ
Golders Green: ਗੋਲਡਰਜ਼ ਗ੍ਰੀਨ
Hendon: ਹੈਂਡਨ
Kingston: ਕਿੰਗਸਟਨ
New Malden: ਨਿਊ ਮਾਲਡਨ
Richmond: ਰਿਚਮੰਡ
Notting Hill: ਨੌਟਿੰਗ ਹਿੱਲ
Kensington: ਕੈਨਸਿੰਗਟਨ
Chelsea: ਚੈਲਸੀ
Soho: ਸੋਹੋ
Chinatown: ਚਾਈਨਾਟਾਊਨ
Paddington: ਪੈਡਿੰਗਟਨ
Wimbledon: ਵਿੰਬਲਡਨ
Mitcham: ਮਿਚਮ
Thornton Heath: ਥੌਰਨਟਨ ਹੀਥ
Romford: ਰੌਮਫੋਰਡ
Hayes: ਹੇਜ਼ | ਹੇਅਜ਼
Feltham: ਫੈਲਥਮ
Greenford: ਗ੍ਰੀਨਫੋਰਡ | ਗਰੀਨਫੋਰਡ
Northolt: ਨੌਰਥੋਲਟ
Alperton: ਐਲਪਰਟਨ
"""

_HINDI = """
London: लंदन | लन्दन | लंडन
City of London: सिटी ऑफ़ लंदन
Barking and Dagenham: बार्किंग एंड डैगनहम | बार्किंग और डैगनहम
Barnet: बार्नेट
Bexley: बेक्सली
Brent: ब्रेंट
Bromley: ब्रोमली | ब्रॉमली
Camden: कैमडेन
Croydon: क्रॉयडन | क्रोयडन
Ealing: ईलिंग
Enfield: एनफ़ील्ड
Greenwich: ग्रीनविच | ग्रीनिच
Hackney: हैकनी
Hammersmith and Fulham: हैमरस्मिथ एंड फ़ुलहम | हैमरस्मिथ और फ़ुलहम
Haringey: हैरिंगे | हैरिंगी
Harrow: हैरो
Havering: हैवरिंग
Hillingdon: हिलिंगडन
Hounslow: हाउंस्लो | हाउन्स्लो | हाउंसलो
Islington: इज़लिंगटन | इस्लिंगटन
Kensington and Chelsea: केंसिंग्टन और चेल्सी | केंसिंग्टन एंड चेल्सी
Kingston upon Thames: किंग्स्टन अपॉन टेम्स
Lambeth: लैम्बेथ
Lewisham: लुईशम | ल्यूइशम
Merton: मर्टन
Newham: न्यूहैम | न्यूहम
Redbridge: रेडब्रिज
Richmond upon Thames: रिचमंड अपॉन टेम्स
Southwark: साउथवार्क | सदर्क
Sutton: सटन
Tower Hamlets: टावर हैमलेट्स
Waltham Forest: वॉल्थम फ़ॉरेस्ट | वाल्थम फ़ॉरेस्ट
Wandsworth: वैंड्सवर्थ | वॉन्ड्सवर्थ
Westminster: वेस्टमिंस्टर
Whitechapel: व्हाइटचैपल | ह्वाइटचैपल
Brick Lane: ब्रिक लेन
Spitalfields: स्पिटलफ़ील्ड्स
Bethnal Green: बेथनल ग्रीन
Poplar: पॉप्लर | पोपलर
Stepney: स्टेपनी
Mile End: माइल एंड
Shoreditch: शोरडिच
Canary Wharf: कैनरी वार्फ़ | कैनरी व्हार्फ़
Southall: साउथॉल | साउथहॉल | साउथाल
Green Street: ग्रीन स्ट्रीट
Upton Park: अप्टन पार्क
East Ham: ईस्ट हैम
Stratford: स्ट्रैटफ़र्ड | स्ट्रैटफ़ोर्ड
Canning Town: कैनिंग टाउन
Forest Gate: फ़ॉरेस्ट गेट
Manor Park: मैनर पार्क
Plaistow: प्लेस्टो
Wembley: वेम्बली | वेंबली
Harlesden: हार्ल्सडन
Willesden: विल्सडन
Kilburn: किलबर्न
Brixton: ब्रिक्सटन
Streatham: स्ट्रेथम
Clapham: क्लैपहम
Peckham: पेकहम | पेखम
Bermondsey: बरमंडसी
Elephant and Castle: एलिफ़ेंट एंड कैसल
Camberwell: कैम्बरवेल
Tottenham: टॉटनहम
Wood Green: वुड ग्रीन
Seven Sisters: सेवन सिस्टर्स
Edmonton: एडमंटन
Palmers Green: पामर्स ग्रीन
Dalston: डाल्स्टन
Stoke Newington: स्टोक न्यूइंगटन
Stamford Hill: स्टैमफ़र्ड हिल
Walthamstow: वॉल्थमस्टो
Leyton: लेटन
Leytonstone: लेटनस्टोन
Ilford: इलफ़र्ड | इलफ़ोर्ड
Barking: बार्किंग
Dagenham: डैगनहम
Tooting: टूटिंग
Battersea: बैटरसी
Deptford: डेप्टफ़र्ड
Catford: कैटफ़र्ड
New Cross: न्यू क्रॉस
Woolwich: वूलिच
Camden Town: कैमडेन टाउन
King's Cross: किंग्स क्रॉस
Holloway: हॉलोवे
Finsbury Park: फ़िन्सबरी पार्क
Shepherd's Bush: शेफ़र्ड्स बुश
Hammersmith: हैमरस्मिथ
Fulham: फ़ुलहम
Acton: ऐक्टन | एक्टन
Edgware: एजवेयर
Golders Green: गोल्डर्स ग्रीन
Hendon: हेंडन
Kingston: किंग्स्टन
New Malden: न्यू मॉल्डन
Richmond: रिचमंड
Notting Hill: नॉटिंग हिल
Kensington: केंसिंग्टन
Chelsea: चेल्सी
Soho: सोहो
Chinatown: चाइनाटाउन
Paddington: पैडिंगटन
Wimbledon: विंबलडन | विम्बलडन
Mitcham: मिचम
Thornton Heath: थॉर्नटन हीथ
Romford: रॉमफ़र्ड
Hayes: हेज़ | हेस
Alperton: अल्पर्टन
Neasden: नीसडन
Rayners Lane: रेनर्स लेन
Stanmore: स्टैनमोर
Kingsbury: किंग्सबरी
Feltham: फ़ेल्थम
Greenford: ग्रीनफ़र्ड
"""

_AMHARIC = """
London: ለንደን | ሎንደን | ሎንዶን
City of London: ሲቲ ኦፍ ለንደን
Barking and Dagenham: ባርኪንግ ኤንድ ዳገንሃም | ባርኪንግና ዳገንሃም
Barnet: ባርኔት
Bexley: ቤክስሊ
Brent: ብሬንት
Bromley: ብሮምሊ
Camden: ካምደን
Croydon: ክሮይደን
Ealing: ኢሊንግ
Enfield: ኤንፊልድ
Greenwich: ግሪንዊች | ግሪኒች
Hackney: ሃክኒ | ሀክኒ
Hammersmith and Fulham: ሃመርስሚዝ ኤንድ ፉልሃም | ሃመርስሚዝና ፉልሃም
Haringey: ሃሪንጌይ
Harrow: ሃሮው | ሃሮ
Havering: ሃቨሪንግ
Hillingdon: ሂሊንግደን
Hounslow: ሃውንስሎው | ሃውንዝሎ
Islington: ኢዝሊንግተን | ኢስሊንግተን
Kensington and Chelsea: ኬንሲንግተን ኤንድ ቼልሲ | ኬንሲንግተንና ቼልሲ
Kingston upon Thames: ኪንግስተን አፖን ቴምዝ
Lambeth: ላምቤት | ላምበት
Lewisham: ሉዊሻም | ሊዊሻም
Merton: መርተን
Newham: ኒውሃም
Redbridge: ሬድብሪጅ
Richmond upon Thames: ሪችመንድ አፖን ቴምዝ
Southwark: ሳዘርክ | ሳውዝዋርክ
Sutton: ሳተን
Tower Hamlets: ታወር ሃምሌትስ
Waltham Forest: ዋልታም ፎረስት
Wandsworth: ዋንድስዎርዝ | ዋንስዎርዝ
Westminster: ዌስትሚንስተር
Whitechapel: ዋይትቻፕል
Brick Lane: ብሪክ ሌን
Spitalfields: ስፒታልፊልድስ
Bethnal Green: ቤትናል ግሪን
Poplar: ፖፕላር
Stepney: ስቴፕኒ
Mile End: ማይል ኤንድ
Shoreditch: ሾርዲች
Canary Wharf: ካናሪ ዋርፍ
Southall: ሳውዝሆል | ሳውዞል
Green Street: ግሪን ስትሪት
Upton Park: አፕተን ፓርክ
East Ham: ኢስት ሃም
Stratford: ስትራትፎርድ
Canning Town: ካኒንግ ታውን
Forest Gate: ፎረስት ጌት
Manor Park: ማነር ፓርክ
Plaistow: ፕሌስቶው
Wembley: ዌምብሊ
Harlesden: ሃርልስደን
Willesden: ዊልስደን
Kilburn: ኪልበርን
Brixton: ብሪክስተን
Streatham: ስትሬታም
Clapham: ክላፓም | ክላፋም
Peckham: ፔካም
Bermondsey: በርመንድዚ
Elephant and Castle: ኤሌፋንት ኤንድ ካስል
Camberwell: ካምበርዌል
Tottenham: ቶተንሃም | ቶተናም
Wood Green: ዉድ ግሪን | ውድ ግሪን
Seven Sisters: ሰቨን ሲስተርስ
Edmonton: ኤድመንተን
Palmers Green: ፓልመርስ ግሪን
Dalston: ዳልስተን
Stoke Newington: ስቶክ ኒውንግተን
Stamford Hill: ስታምፎርድ ሂል
Walthamstow: ዋልታምስቶው
Leyton: ሌይተን
Leytonstone: ሌይተንስቶን
Ilford: ኢልፎርድ
Barking: ባርኪንግ
Dagenham: ዳገንሃም
Tooting: ቱቲንግ
Battersea: ባተርሲ
Deptford: ዴፕትፎርድ
Catford: ካትፎርድ
New Cross: ኒው ክሮስ
Woolwich: ዉልዊች | ውልዊች
Camden Town: ካምደን ታውን
King's Cross: ኪንግስ ክሮስ
Holloway: ሆሎዌይ
Finsbury Park: ፊንስበሪ ፓርክ
Shepherd's Bush: ሼፐርድስ ቡሽ
Hammersmith: ሃመርስሚዝ
Fulham: ፉልሃም
Acton: አክተን
Edgware: ኤጅዌር
Golders Green: ጎልደርስ ግሪን
Hendon: ሄንደን
Kingston: ኪንግስተን
New Malden: ኒው ሞልደን
Richmond: ሪችመንድ
Notting Hill: ኖቲንግ ሂል
Kensington: ኬንሲንግተን
Chelsea: ቼልሲ
Soho: ሶሆ
Chinatown: ቻይናታውን
Paddington: ፓዲንግተን
Wimbledon: ዊምብልደን
Mitcham: ሚቻም
Thornton Heath: ቶርንተን ሂዝ
Romford: ሮምፎርድ
Hayes: ሄይዝ
Kentish Town: ኬንቲሽ ታውን
Archway: አርችዌይ | ኣርችወይ
Vauxhall: ቮክስሆል
"""

# Tigrinya writes most names as Amharic does (same script, listed once there), with ኣ for a
# first 'a' and a few spellings of its own.
_TIGRINYA = """
London: ለንደን | ሎንደን
City of London: ሲቲ ኦፍ ለንደን
Barking and Dagenham: ባርኪንግን ዳገንሃምን
Hackney: ሃክኒ | ሓክኒ
Hammersmith and Fulham: ሃመርስሚዝን ፉልሃምን
Kensington and Chelsea: ኬንሲንግተንን ቼልሲን
Kingston upon Thames: ኪንግስተን ኣፖን ቴምዝ
Richmond upon Thames: ሪችመንድ ኣፖን ቴምዝ
Islington: ኢዝሊንግተን | ኣይዝሊንግተን
Upton Park: ኣፕተን ፓርክ
Acton: ኣክተን
Haringey: ሃሪንጊ
Archway: ኣርችወይ | ኣርችዌይ
Kentish Town: ኬንቲሽ ታውን
"""

_RUSSIAN = """
London: Лондон
City of London: Сити Лондона | Лондонский Сити | лондонском Сити | лондонского Сити
Barking and Dagenham: Баркинг и Дагенем | Баркинг и Дагенхэм
Barnet: Барнет
Bexley: Бексли
Brent: Брент
Bromley: Бромли
Camden: Камден
Croydon: Кройдон
Ealing: Илинг
Enfield: Энфилд
Greenwich: Гринвич
Hackney: Хакни | Хэкни
Hammersmith and Fulham: Хаммерсмит и Фулем | Хаммерсмит и Фулхэм
Haringey: Харингей | Харинги
Harrow: Харроу | Хэрроу
Havering: Хейверинг | Хаверинг
Hillingdon: Хиллингдон
Hounslow: Хаунслоу
Islington: Ислингтон | Излингтон
Kensington and Chelsea: Кенсингтон и Челси
Kingston upon Thames: Кингстон-апон-Темс | Кингстон-на-Темзе
Lambeth: Ламбет
Lewisham: Луишем | Льюишем | Люишем
Merton: Мертон
Newham: Ньюэм | Ньюхэм | Ньюхем
Redbridge: Редбридж
Richmond upon Thames: Ричмонд-апон-Темс | Ричмонд-на-Темзе
Southwark: Саутуарк | Саутварк | Сазерк
Sutton: Саттон
Tower Hamlets: Тауэр-Хамлетс
Waltham Forest: Уолтем-Форест | Уолтэм-Форест
Wandsworth: Уондсворт | Уондзуэрт | Вандсворт
Westminster: Вестминстер
Whitechapel: Уайтчепел | Уайтчапел
Brick Lane: Брик-Лейн
Spitalfields: Спиталфилдс
Bethnal Green: Бетнал-Грин
Poplar: Поплар
Stepney: Степни
Mile End: Майл-Энд
Shoreditch: Шордич
Canary Wharf: Канэри-Уорф | Кэнери-Уорф | Канари-Уорф
Southall: Саутхолл | Саутолл
Green Street: Грин-стрит
Upton Park: Аптон-Парк
East Ham: Ист-Хэм | Ист-Хам
Stratford: Стратфорд
Canning Town: Каннинг-Таун
Forest Gate: Форест-Гейт
Manor Park: Мэнор-Парк
Plaistow: Плейстоу
Wembley: Уэмбли | Вембли
Harlesden: Харлсден
Willesden: Уиллесден | Уилсден
Kilburn: Килберн | Килбёрн
Brixton: Брикстон
Streatham: Стретэм | Стритэм
Clapham: Клапем | Клэпхем | Клапхэм
Peckham: Пекхэм | Пекхем | Пекам
Bermondsey: Бермондси
Elephant and Castle: Элефант-энд-Касл
Camberwell: Камберуэлл | Кэмбервелл
Tottenham: Тоттенхэм | Тоттенем
Wood Green: Вуд-Грин
Seven Sisters: Севен-Систерс
Edmonton: Эдмонтон
Palmers Green: Палмерс-Грин
Dalston: Далстон
Stoke Newington: Сток-Ньюингтон
Stamford Hill: Стамфорд-Хилл
Walthamstow: Уолтемстоу | Уолтамстоу
Leyton: Лейтон
Leytonstone: Лейтонстоун
Ilford: Илфорд
Barking: Баркинг
Dagenham: Дагенем | Дагенхэм
Tooting: Тутинг
Battersea: Баттерси
Deptford: Дептфорд
Catford: Кэтфорд
New Cross: Нью-Кросс
Woolwich: Вулидж | Вулвич
Camden Town: Камден-Таун
King's Cross: Кингс-Кросс
Holloway: Холлоуэй
Finsbury Park: Финсбери-Парк
Shepherd's Bush: Шепердс-Буш
Hammersmith: Хаммерсмит
Fulham: Фулем | Фулхэм
Acton: Актон | Эктон
Edgware: Эджвер | Эджвэр
Golders Green: Голдерс-Грин
Hendon: Хендон
Kingston: Кингстон
New Malden: Нью-Молден
Richmond: Ричмонд
Notting Hill: Ноттинг-Хилл
Kensington: Кенсингтон
Chelsea: Челси
Soho: Сохо
Chinatown: Чайнатаун
Paddington: Паддингтон
Wimbledon: Уимблдон | Вимблдон
Mitcham: Митчем
Thornton Heath: Торнтон-Хит
Romford: Ромфорд
Hayes: Хейс
"""

_UKRAINIAN = """
London: Лондон
City of London: Лондонське Сіті | Сіті Лондона
Barking and Dagenham: Баркінг і Дагенем
Barnet: Барнет
Bexley: Бекслі
Brent: Брент
Bromley: Бромлі
Camden: Камден
Croydon: Кройдон
Ealing: Ілінг
Enfield: Енфілд
Greenwich: Гринвіч
Hackney: Гакні | Хакні | Гекні
Hammersmith and Fulham: Гаммерсміт і Фулгем | Хаммерсміт і Фулем
Haringey: Гарінгей | Харінгей
Harrow: Гарроу | Харроу
Havering: Гейверінг | Гаверінг
Hillingdon: Гіллінгдон | Хіллінгдон
Hounslow: Гаунслоу | Хаунслоу
Islington: Іслінгтон | Ізлінгтон
Kensington and Chelsea: Кенсінгтон і Челсі
Kingston upon Thames: Кінгстон-на-Темзі | Кінгстон-апон-Темс
Lambeth: Ламбет
Lewisham: Люїшем | Луїшем
Merton: Мертон
Newham: Ньюгем | Ньюем
Redbridge: Редбрідж
Richmond upon Thames: Річмонд-на-Темзі | Річмонд-апон-Темс
Southwark: Саутварк | Сазерк
Sutton: Саттон
Tower Hamlets: Тауер-Гемлетс | Тауер-Хамлетс | Тауер-Гамлетс
Waltham Forest: Волтем-Форест | Уолтем-Форест
Wandsworth: Вандсворт | Вондсворт
Westminster: Вестмінстер
Whitechapel: Вайтчепел | Уайтчепел
Brick Lane: Брік-Лейн
Spitalfields: Спіталфілдс
Bethnal Green: Бетнал-Грін
Poplar: Поплар
Stepney: Степні
Mile End: Майл-Енд
Shoreditch: Шордіч
Canary Wharf: Кенері-Ворф | Канарі-Ворф
Southall: Саутголл | Саутхолл
Green Street: Грін-стріт
Upton Park: Аптон-Парк
East Ham: Іст-Гем | Іст-Хем
Stratford: Стратфорд
Canning Town: Каннінг-Таун
Forest Gate: Форест-Гейт
Manor Park: Манор-Парк
Plaistow: Плейстоу
Wembley: Вемблі | Уемблі
Harlesden: Гарлсден
Willesden: Віллесден
Kilburn: Кілберн
Brixton: Брікстон
Streatham: Стретем
Clapham: Клепгем | Клапем
Peckham: Пекгем | Пекем
Bermondsey: Бермондсі
Elephant and Castle: Елефант-енд-Касл
Camberwell: Камбервелл
Tottenham: Тоттенгем | Тоттенхем
Wood Green: Вуд-Грін
Seven Sisters: Севен-Сістерс
Edmonton: Едмонтон
Palmers Green: Палмерс-Грін
Dalston: Далстон
Stoke Newington: Сток-Ньюїнгтон
Stamford Hill: Стемфорд-Гілл | Стамфорд-Хілл
Walthamstow: Волтемстоу | Уолтемстоу
Leyton: Лейтон
Leytonstone: Лейтонстоун
Ilford: Ілфорд
Barking: Баркінг
Dagenham: Дагенем | Дагенгем
Tooting: Тутінг
Battersea: Баттерсі
Deptford: Дептфорд
Catford: Кетфорд
New Cross: Нью-Крос
Woolwich: Вулідж | Вулвіч
Camden Town: Камден-Таун
King's Cross: Кінгс-Крос
Holloway: Голловей | Холловей
Finsbury Park: Фінсбері-Парк
Shepherd's Bush: Шепердс-Буш
Hammersmith: Гаммерсміт | Хаммерсміт
Fulham: Фулгем | Фулем
Acton: Актон
Edgware: Еджвер
Golders Green: Голдерс-Грін
Hendon: Гендон | Хендон
Kingston: Кінгстон
New Malden: Нью-Молден
Richmond: Річмонд
Notting Hill: Ноттінг-Гілл | Ноттінг-Хілл
Kensington: Кенсінгтон
Chelsea: Челсі
Soho: Сохо
Chinatown: Чайнатаун
Paddington: Паддінгтон
Wimbledon: Вімблдон | Уїмблдон
Mitcham: Мітчем
Thornton Heath: Торнтон-Гіт
Romford: Ромфорд
Hayes: Гейс | Хейс
"""

_BULGARIAN = """
London: Лондон
City of London: Лондон Сити | Сити на Лондон
Barking and Dagenham: Баркинг и Дагенъм
Barnet: Барнет
Bexley: Бексли
Brent: Брент
Bromley: Бромли
Camden: Камдън
Croydon: Кройдън
Ealing: Илинг
Enfield: Енфийлд
Greenwich: Гринуич
Hackney: Хакни
Hammersmith and Fulham: Хамърсмит и Фулъм
Haringey: Харингей
Harrow: Хароу
Havering: Хейвъринг
Hillingdon: Хилингдън
Hounslow: Хаунслоу
Islington: Ислингтън
Kensington and Chelsea: Кенсингтън и Челси
Kingston upon Thames: Кингстън на Темза | Кингстън ъпон Темз
Lambeth: Ламбет
Lewisham: Луишам | Люишам
Merton: Мъртън
Newham: Нюъм | Нюхам
Redbridge: Редбридж
Richmond upon Thames: Ричмънд на Темза | Ричмънд ъпон Темз
Southwark: Съдърк | Саутуарк
Sutton: Сътън
Tower Hamlets: Тауър Хамлетс
Waltham Forest: Уолтъм Форест
Wandsworth: Уондсуърт
Westminster: Уестминстър
Whitechapel: Уайтчапъл
Brick Lane: Брик Лейн
Spitalfields: Спиталфийлдс
Bethnal Green: Бетнъл Грийн
Poplar: Поплър
Stepney: Степни
Mile End: Майл Енд
Shoreditch: Шордич
Canary Wharf: Канари Уорф
Southall: Саутхол
Green Street: Грийн Стрийт
Upton Park: Ъптън Парк
East Ham: Ийст Хам
Stratford: Стратфорд
Canning Town: Канинг Таун
Forest Gate: Форест Гейт
Manor Park: Манър Парк
Plaistow: Плейстоу
Wembley: Уембли
Harlesden: Харлсдън
Willesden: Уилсдън
Kilburn: Килбърн
Brixton: Брикстън
Streatham: Стрийтъм
Clapham: Клапъм
Peckham: Пекъм
Bermondsey: Бърмондзи
Elephant and Castle: Елефант енд Касъл
Camberwell: Камбъруел
Tottenham: Тотнъм
Wood Green: Уд Грийн | Вуд Грийн
Seven Sisters: Севън Систърс
Edmonton: Едмънтън
Palmers Green: Палмърс Грийн
Dalston: Далстън
Stoke Newington: Стоук Нюингтън
Stamford Hill: Стамфорд Хил
Walthamstow: Уолтъмстоу
Leyton: Лейтън
Leytonstone: Лейтънстоун
Ilford: Илфорд
Barking: Баркинг
Dagenham: Дагенъм
Tooting: Тутинг
Battersea: Батърси
Deptford: Дептфорд
Catford: Катфорд
New Cross: Ню Крос
Woolwich: Улич
Camden Town: Камдън Таун
King's Cross: Кингс Крос
Holloway: Холоуей
Finsbury Park: Финсбъри Парк
Shepherd's Bush: Шепърдс Буш
Hammersmith: Хамърсмит
Fulham: Фулъм
Acton: Актън
Edgware: Еджуеър
Golders Green: Голдърс Грийн
Hendon: Хендън
Kingston: Кингстън
New Malden: Ню Молдън
Richmond: Ричмънд
Notting Hill: Нотинг Хил
Kensington: Кенсингтън
Chelsea: Челси
Soho: Сохо
Chinatown: Чайнатаун
Paddington: Падингтън
Wimbledon: Уимбълдън
Mitcham: Мичъм
Thornton Heath: Торнтън Хийт
Romford: Ромфорд
Hayes: Хейс
"""

_GREEK = """
London: Λονδίνο | Λονδίνου
City of London: Σίτι του Λονδίνου
Barking and Dagenham: Μπάρκινγκ και Ντάγκεναμ
Barnet: Μπάρνετ
Bexley: Μπέξλεϊ
Brent: Μπρεντ
Bromley: Μπρόμλεϊ
Camden: Κάμντεν
Croydon: Κρόιντον
Ealing: Ίλινγκ
Enfield: Ένφιλντ
Greenwich: Γκρίνουιτς
Hackney: Χάκνεϊ | Χάκνι
Hammersmith and Fulham: Χάμερσμιθ και Φούλαμ
Haringey: Χάρινγκεϊ
Harrow: Χάροου
Havering: Χάβερινγκ
Hillingdon: Χίλινγκτον
Hounslow: Χάουνσλοου
Islington: Ίσλινγκτον | Ίζλινγκτον
Kensington and Chelsea: Κένσινγκτον και Τσέλσι
Kingston upon Thames: Κίνγκστον απόν Τέιμς
Lambeth: Λάμπεθ
Lewisham: Λιούισαμ
Merton: Μέρτον
Newham: Νιούαμ
Redbridge: Ρέντμπριτζ
Richmond upon Thames: Ρίτσμοντ απόν Τέιμς
Southwark: Σάδερκ | Σάουθγουαρκ
Sutton: Σάτον
Tower Hamlets: Τάουερ Χάμλετς
Waltham Forest: Γουόλθαμ Φόρεστ
Wandsworth: Γουόντσγουορθ
Westminster: Γουέστμινστερ
Whitechapel: Γουάιτσαπελ | Ουάιτσαπελ
Brick Lane: Μπρικ Λέιν
Spitalfields: Σπιτάλφιλντς
Bethnal Green: Μπέθναλ Γκριν
Poplar: Πόπλαρ
Stepney: Στέπνεϊ
Mile End: Μάιλ Εντ
Shoreditch: Σόρντιτς
Canary Wharf: Κάναρι Γουόρφ
Southall: Σάουθολ
Green Street: Γκριν Στριτ
Upton Park: Άπτον Παρκ
East Ham: Ιστ Χαμ
Stratford: Στράτφορντ
Canning Town: Κάνινγκ Τάουν
Forest Gate: Φόρεστ Γκέιτ
Manor Park: Μάνορ Παρκ
Plaistow: Πλέιστοου
Wembley: Γουέμπλεϊ
Harlesden: Χάρλσντεν
Willesden: Γουίλσντεν
Kilburn: Κίλμπερν
Brixton: Μπρίξτον
Streatham: Στρέταμ
Clapham: Κλάπαμ
Peckham: Πέκαμ
Bermondsey: Μπέρμοντσεϊ
Elephant and Castle: Έλεφαντ εντ Κάσλ
Camberwell: Κάμπεργουελ
Tottenham: Τότεναμ
Wood Green: Γουντ Γκριν
Seven Sisters: Σέβεν Σίστερς
Edmonton: Έντμοντον
Palmers Green: Πάλμερς Γκριν | Πάλμερς Γκρην
Southgate: Σάουθγκεϊτ
Dalston: Ντάλστον
Stoke Newington: Στόουκ Νιούινγκτον
Stamford Hill: Στάμφορντ Χιλ
Walthamstow: Γουόλθαμστοου
Leyton: Λέιτον
Leytonstone: Λέιτονστοουν
Ilford: Ίλφορντ
Barking: Μπάρκινγκ
Dagenham: Ντάγκεναμ
Tooting: Τούτινγκ
Battersea: Μπάτερσι
Deptford: Ντέπτφορντ
Catford: Κάτφορντ
New Cross: Νιου Κρος
Woolwich: Γούλιτς
Camden Town: Κάμντεν Τάουν
King's Cross: Κινγκς Κρος
Holloway: Χόλογουεϊ
Finsbury Park: Φίνσμπουρι Παρκ
Shepherd's Bush: Σέπερντς Μπους
Hammersmith: Χάμερσμιθ
Fulham: Φούλαμ
Acton: Άκτον
Edgware: Έτζγουερ
Golders Green: Γκόλντερς Γκριν
Hendon: Χέντον
Kingston: Κίνγκστον
New Malden: Νιου Μόλντεν
Richmond: Ρίτσμοντ
Notting Hill: Νότινγκ Χιλ
Kensington: Κένσινγκτον
Chelsea: Τσέλσι
Soho: Σόχο
Chinatown: Τσάιναταουν
Paddington: Πάντινγκτον
Wimbledon: Γουίμπλεντον
Mitcham: Μίτσαμ
Thornton Heath: Θόρντον Χιθ
Romford: Ρόμφορντ
Hayes: Χέιζ
Bayswater: Μπέιζγουότερ
"""

_HEBREW = """
London: לונדון
City of London: הסיטי של לונדון | סיטי אוף לונדון
Barking and Dagenham: בארקינג ודגנהאם
Barnet: בארנט
Bexley: בקסלי
Brent: ברנט
Bromley: ברומלי
Camden: קמדן
Croydon: קרוידון
Ealing: אילינג
Enfield: אנפילד
Greenwich: גריניץ' | גרינוויץ'
Hackney: האקני | הקני
Hammersmith and Fulham: המרסמית' ופולהאם
Haringey: הארינגי
Harrow: הארו
Havering: האברינג
Hillingdon: הילינגדון
Hounslow: האונסלו
Islington: איזלינגטון | איסלינגטון
Kensington and Chelsea: קנזינגטון וצ'לסי
Kingston upon Thames: קינגסטון על התמזה | קינגסטון אפון טמז
Lambeth: למבת' | למבת
Lewisham: לואישם | לואישאם
Merton: מרטון
Newham: ניוהאם
Redbridge: רדברידג'
Richmond upon Thames: ריצ'מונד על התמזה | ריצ'מונד אפון טמז
Southwark: סאות'ווארק | סאת'ק
Sutton: סאטון
Tower Hamlets: טאואר המלטס
Waltham Forest: וולת'האם פורסט | וולטהאם פורסט
Wandsworth: וונדסוורת' | וונדסוורת
Westminster: וסטמינסטר | ווסטמינסטר
Whitechapel: וייטצ'אפל | ווייטצ'אפל
Brick Lane: בריק ליין
Spitalfields: ספיטלפילדס
Bethnal Green: בת'נל גרין | בתנל גרין
Poplar: פופלר
Stepney: סטפני
Mile End: מייל אנד
Shoreditch: שורדיץ'
Canary Wharf: קנרי וורף
Southall: סאות'הול
Green Street: גרין סטריט
Upton Park: אפטון פארק
East Ham: איסט האם
Stratford: סטרטפורד | סטראטפורד
Canning Town: קנינג טאון
Forest Gate: פורסט גייט
Manor Park: מנור פארק
Plaistow: פלייסטו
Wembley: וומבלי
Harlesden: הארלסדן
Willesden: וילסדן
Kilburn: קילברן
Brixton: בריקסטון
Streatham: סטרית'ם | סטרטהאם
Clapham: קלפהאם
Peckham: פקהאם
Bermondsey: ברמונדזי
Elephant and Castle: אלפנט אנד קאסל
Camberwell: קמברוול
Tottenham: טוטנהאם
Wood Green: ווד גרין
Seven Sisters: סבן סיסטרס
Edmonton: אדמונטון
Palmers Green: פאלמרס גרין
Dalston: דאלסטון
Stoke Newington: סטוק ניוינגטון
Stamford Hill: סטמפורד היל | סטאמפורד היל
Walthamstow: וולת'מסטו | וולטהמסטו
Leyton: לייטון
Leytonstone: לייטונסטון
Ilford: אילפורד
Barking: בארקינג
Dagenham: דגנהאם
Tooting: טוטינג
Battersea: באטרסי
Deptford: דפטפורד
Catford: קטפורד
New Cross: ניו קרוס
Woolwich: וולוויץ'
Camden Town: קמדן טאון
King's Cross: קינגס קרוס
Holloway: הולוויי
Finsbury Park: פינסברי פארק
Shepherd's Bush: שפרדס בוש
Hammersmith: המרסמית'
Fulham: פולהאם
Acton: אקטון
Edgware: אדג'וור
Golders Green: גולדרס גרין
Hendon: הנדון
Finchley: פינצ'לי
Kingston: קינגסטון
New Malden: ניו מולדן
Richmond: ריצ'מונד
Notting Hill: נוטינג היל
Kensington: קנזינגטון
Chelsea: צ'לסי
Soho: סוהו
Chinatown: צ'יינה טאון
Paddington: פדינגטון
Wimbledon: וימבלדון
Mitcham: מיצ'אם
Thornton Heath: ת'ורנטון הית'
Romford: רומפורד
Hayes: הייז
"""

_JAPANESE = """
London: ロンドン
City of London: シティ・オブ・ロンドン
Barking and Dagenham: バーキング・アンド・ダゲナム
Barnet: バーネット
Bexley: ベクスリー
Brent: ブレント
Bromley: ブロムリー
Camden: カムデン
Croydon: クロイドン
Ealing: イーリング
Enfield: エンフィールド
Greenwich: グリニッジ | グリニッチ
Hackney: ハックニー
Hammersmith and Fulham: ハマースミス・アンド・フラム
Haringey: ハーリンゲイ | ハリンゲイ
Harrow: ハーロウ | ハロウ
Havering: ヘイヴァリング | ヘイバリング
Hillingdon: ヒリングドン
Hounslow: ハウンズロー
Islington: イズリントン
Kensington and Chelsea: ケンジントン・アンド・チェルシー
Kingston upon Thames: キングストン・アポン・テムズ
Lambeth: ランベス
Lewisham: ルイシャム
Merton: マートン
Newham: ニューハム
Redbridge: レッドブリッジ
Richmond upon Thames: リッチモンド・アポン・テムズ
Southwark: サザーク
Sutton: サットン
Tower Hamlets: タワーハムレッツ | タワー・ハムレッツ
Waltham Forest: ウォルサム・フォレスト
Wandsworth: ワンズワース
Westminster: ウェストミンスター
Whitechapel: ホワイトチャペル
Brick Lane: ブリック・レーン
Spitalfields: スピタルフィールズ
Bethnal Green: ベスナル・グリーン
Poplar: ポプラー
Stepney: ステップニー
Mile End: マイル・エンド
Shoreditch: ショーディッチ
Canary Wharf: カナリー・ワーフ
Southall: サウソール | サウスオール
Green Street: グリーン・ストリート
Upton Park: アプトン・パーク
East Ham: イースト・ハム
Stratford: ストラトフォード
Canning Town: カニング・タウン
Forest Gate: フォレスト・ゲート
Manor Park: マナー・パーク
Plaistow: プレイストウ
Wembley: ウェンブリー
Harlesden: ハールズデン
Willesden: ウィルズデン
Kilburn: キルバーン
Brixton: ブリクストン
Streatham: ストレタム
Clapham: クラパム
Peckham: ペッカム
Bermondsey: バーモンジー
Elephant and Castle: エレファント・アンド・キャッスル
Camberwell: キャンバーウェル
Tottenham: トッテナム
Wood Green: ウッド・グリーン
Seven Sisters: セブン・シスターズ
Edmonton: エドモントン
Palmers Green: パーマーズ・グリーン
Dalston: ダルストン
Stoke Newington: ストーク・ニューイントン
Stamford Hill: スタンフォード・ヒル
Walthamstow: ウォルサムストウ
Leyton: レイトン
Leytonstone: レイトンストーン
Ilford: イルフォード
Barking: バーキング
Dagenham: ダゲナム
Tooting: トゥーティング
Battersea: バタシー
Deptford: デットフォード
Catford: キャットフォード
New Cross: ニュー・クロス
Woolwich: ウーリッジ
Camden Town: カムデン・タウン
King's Cross: キングス・クロス
Holloway: ホロウェイ
Finsbury Park: フィンズベリー・パーク
Shepherd's Bush: シェパーズ・ブッシュ
Hammersmith: ハマースミス
Fulham: フラム
Acton: アクトン
Edgware: エッジウェア
Golders Green: ゴルダーズ・グリーン
Hendon: ヘンドン
Kingston: キングストン
New Malden: ニュー・モールデン
Richmond: リッチモンド
Notting Hill: ノッティング・ヒル
Kensington: ケンジントン
Chelsea: チェルシー
Soho: ソーホー
Chinatown: チャイナタウン
Paddington: パディントン
Wimbledon: ウィンブルドン
Mitcham: ミッチャム
Thornton Heath: ソーントン・ヒース
Romford: ロムフォード
Hayes: ヘイズ
Finchley: フィンチリー
"""

_KOREAN = """
London: 런던
City of London: 시티 오브 런던
Barking and Dagenham: 바킹 앤드 대거넘 | 바킹 대거넘
Barnet: 바넷
Bexley: 벡슬리
Brent: 브렌트
Bromley: 브롬리
Camden: 캠던
Croydon: 크로이던 | 크로이든
Ealing: 일링
Enfield: 엔필드
Greenwich: 그리니치
Hackney: 해크니 | 핵니
Hammersmith and Fulham: 해머스미스 풀럼 | 해머스미스 앤드 풀럼
Haringey: 해링게이
Harrow: 해로
Havering: 해버링
Hillingdon: 힐링던
Hounslow: 하운슬로
Islington: 이즐링턴
Kensington and Chelsea: 켄싱턴 첼시 | 켄싱턴 앤드 첼시
Kingston upon Thames: 킹스턴 어폰 템스
Lambeth: 램버스 | 람베스
Lewisham: 루이셤 | 루이샴
Merton: 머턴
Newham: 뉴엄 | 뉴햄
Redbridge: 레드브리지
Richmond upon Thames: 리치먼드 어폰 템스
Southwark: 서더크
Sutton: 서턴
Tower Hamlets: 타워햄리츠 | 타워 햄리츠
Waltham Forest: 월섬 포리스트 | 월섬 포레스트
Wandsworth: 원즈워스
Westminster: 웨스트민스터
Whitechapel: 화이트채플
Brick Lane: 브릭 레인
Spitalfields: 스피털필즈
Bethnal Green: 베스널 그린
Stepney: 스테프니
Mile End: 마일 엔드
Shoreditch: 쇼디치
Canary Wharf: 카나리 워프
Southall: 사우스올
Green Street: 그린 스트리트
Upton Park: 업턴 파크
East Ham: 이스트 햄
Stratford: 스트랫퍼드 | 스트랫포드
Canning Town: 캐닝 타운
Forest Gate: 포리스트 게이트
Manor Park: 매너 파크
Plaistow: 플레이스토
Wembley: 웸블리
Harlesden: 할스덴
Willesden: 윌즈던
Kilburn: 킬번
Brixton: 브릭스턴
Streatham: 스트레텀
Clapham: 클래펌
Peckham: 페컴
Bermondsey: 버먼지
Elephant and Castle: 엘리펀트 앤드 캐슬
Camberwell: 캠버웰
Tottenham: 토트넘
Wood Green: 우드 그린
Seven Sisters: 세븐 시스터즈
Edmonton: 에드먼턴
Palmers Green: 파머스 그린
Dalston: 돌스턴
Stoke Newington: 스토크 뉴잉턴
Stamford Hill: 스탬퍼드 힐
Walthamstow: 월섬스토
Leyton: 레이턴
Leytonstone: 레이턴스톤
Ilford: 일퍼드
Barking: 바킹
Dagenham: 대거넘
Tooting: 투팅
Battersea: 배터시
Deptford: 뎃퍼드
Catford: 캣퍼드
New Cross: 뉴 크로스
Woolwich: 울리치
Camden Town: 캠던 타운
King's Cross: 킹스 크로스
Holloway: 홀러웨이 | 할로웨이
Finsbury Park: 핀즈버리 파크
Shepherd's Bush: 셰퍼즈 부시 | 셰퍼드 부시
Hammersmith: 해머스미스
Fulham: 풀럼
Acton: 액턴
Edgware: 에지웨어
Golders Green: 골더스 그린
Hendon: 헨던
Kingston: 킹스턴
New Malden: 뉴몰든 | 뉴 몰든
Richmond: 리치먼드 | 리치몬드
Notting Hill: 노팅힐
Kensington: 켄싱턴
Chelsea: 첼시
Chinatown: 차이나타운
Paddington: 패딩턴
Wimbledon: 윔블던
Mitcham: 미첨
Thornton Heath: 손턴 히스
Romford: 롬퍼드
Hayes: 헤이스 | 헤이즈
Raynes Park: 레인스 파크
"""

TABLES: dict[str, str] = {
    "bn": _BENGALI,
    "ar": _ARABIC,
    "ur": _URDU,
    "fa": _PERSIAN,
    "zh-Hans": _CHINESE_SIMPLIFIED,
    "zh-Hant": _CHINESE_TRADITIONAL,
    "ta": _TAMIL,
    "gu": _GUJARATI,
    "pa": _PUNJABI,
    "hi": _HINDI,
    "am": _AMHARIC,
    "ti": _TIGRINYA,
    "ru": _RUSSIAN,
    "uk": _UKRAINIAN,
    "bg": _BULGARIAN,
    "el": _GREEK,
    "he": _HEBREW,
    "ja": _JAPANESE,
    "ko": _KOREAN,
}

# Names that contain a place name but are not a place: football clubs, universities, Greenwich
# Mean Time, Stratford-upon-Avon, the Seven Sisters cliffs, Brent crude.
NOT_PLACES: dict[str, tuple[str, ...]] = {
    "zh-Hans": (
        "切尔西足球俱乐部",
        "切尔西队",
        "托特纳姆热刺",
        "西汉姆联",
        "布伦特原油",
        "格林尼治标准时间",
        "格林威治标准时间",
        "格林威治时间",
        "格林尼治时间",
        "格林威治村",
        "金斯顿大学",
        "威斯敏斯特大学",
        "格林威治大学",
        "格林尼治大学",
        "埃文河畔斯特拉特福",
        "七姐妹悬崖",
        "七姐妹断崖",
        "新十字路口",
        "伦敦大学",
        "中国城市",
        "布伦特伍德",
        "帕丁顿熊",
        "切尔西花展",
    ),
    "zh-Hant": (
        "切爾西足球俱樂部",
        "切爾西隊",
        "托特納姆熱刺",
        "西漢姆聯",
        "布倫特原油",
        "格林尼治標準時間",
        "格林威治標準時間",
        "格林威治時間",
        "格林威治村",
        "金斯頓大學",
        "威斯敏斯特大學",
        "格林威治大學",
        "埃文河畔斯特拉特福",
        "七姊妹斷崖",
        "七姐妹斷崖",
        "新十字路口",
        "倫敦大學",
        "修頓球場",
        "中國城市",
        "布倫特伍德",
        "帕丁頓熊",
        "切爾西花展",
    ),
    "ja": ("トッテナム・ホットスパー", "グリニッジ標準時", "パディントン・ベア"),
    "ko": ("토트넘 홋스퍼",),
    "ru": (
        "по Гринвичу",
        "Тоттенхэм Хотспур",
        "Стратфорд-на-Эйвоне",
        "Стратфорд-апон-Эйвон",
        "Кингстонский университет",
    ),
    "uk": ("за Гринвічем", "Тоттенгем Готспур", "Стратфорд-на-Ейвоні"),
    "ar": ("نادي تشيلسي", "توتنهام هوتسبير", "بتوقيت غرينتش", "توقيت غرينتش"),
    "fa": ("باشگاه چلسی", "به وقت گرینویچ", "وقت گرینویچ"),
    "el": ("ώρα Γκρίνουιτς",),
}


def names() -> dict[str, dict[str, str]]:
    """Each language's table: name as written -> the English name it stands for."""
    tables: dict[str, dict[str, str]] = {}
    for language, table in TABLES.items():
        found: dict[str, str] = {}
        for line in table.strip().splitlines():
            english, _, written = line.partition(":")
            for name in written.split("|"):
                found[name.strip()] = english.strip()
        tables[language] = found
    return tables
