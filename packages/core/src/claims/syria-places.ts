/**
 * The Syrian gazetteer, shipped as data: the country, its 14 governorates, the towns and
 * cities war reporting names, a few regions, and the neighbourhoods of Aleppo, Damascus,
 * Homs, Deir ez-Zor and Daraa.
 *
 * `variants` lists the spellings reporting uses. The matcher (gazetteer.ts) already treats
 * case, diacritics, apostrophes ("Wa'er" = "Waer"), "-" vs space vs nothing ("Deir ez-Zor" =
 * "Deir Ezzor"), a leading article added to a bare variant ("Sukkari" also matches
 * "al-Sukkari", "el-Sukkari", "Al Sukkari"; "Raqqa" also "ar-Raqqa") and the possessive
 * ("Aleppo's", "Aleppos") as the same, so a variant is only needed for a different
 * transliteration. A variant written with its article ("al-Bab") is only matched with it.
 *
 * `cap`: the place's words are also ordinary words or personal names ("Harem", "Mare",
 * "Hanano"), so a mention must begin with a capital letter.
 * `capital`: a governorate capital; its display is just its name ("Aleppo", not "Aleppo, Aleppo").
 */

export type SyriaPlaceLevel = "neighbourhood" | "city" | "district" | "governorate" | "country" | "region"

export interface SyriaPlace {
  readonly id: string
  readonly name: string
  readonly level: SyriaPlaceLevel
  /** the id of the city (for a neighbourhood), governorate (for a town, district or region) or country */
  readonly parent: string | null
  readonly variants: ReadonlyArray<string>
  readonly cap?: true
  readonly capital?: true
}

interface Opts {
  readonly cap?: true
  readonly capital?: true
}

const withOpts = (p: Omit<SyriaPlace, "cap" | "capital">, opts?: Opts): SyriaPlace => (opts === undefined ? p : { ...p, ...opts })

const slug = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’‘]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

export const SYRIA_ID = "sy:syria"
/** the countries next to Syria, listed below as places of their own ("cc:turkey") */
export const isNeighbourCountry = (id: string): boolean => id.startsWith("cc:")

const country = (name: string, variants: ReadonlyArray<string>): SyriaPlace => ({
  id: SYRIA_ID,
  name,
  level: "country",
  parent: null,
  variants
})

/** governorate ids are "sy:gov:<slug>" */
const gov = (key: string, name: string, variants: ReadonlyArray<string>): SyriaPlace => ({
  id: `sy:gov:${key}`,
  name,
  level: "governorate",
  parent: SYRIA_ID,
  variants
})

/** a city or town, "sy:<slug>", inside governorate `g` */
const town = (g: string, name: string, variants: ReadonlyArray<string>, opts?: Opts): SyriaPlace =>
  withOpts({ id: `sy:${slug(name)}`, name, level: "city", parent: `sy:gov:${g}`, variants }, opts)

/** a named area or site below a governorate that is not a town: a camp, airbase, crossing, farmland */
const site = (g: string, name: string, variants: ReadonlyArray<string>, opts?: Opts): SyriaPlace =>
  withOpts({ id: `sy:${slug(name)}`, name, level: "district", parent: `sy:gov:${g}`, variants }, opts)

/** a region: inside governorate `g`, or the country when `g` is null */
const region = (g: string | null, name: string, variants: ReadonlyArray<string>, opts?: Opts): SyriaPlace =>
  withOpts({ id: `sy:${slug(name)}`, name, level: "region", parent: g === null ? SYRIA_ID : `sy:gov:${g}`, variants }, opts)

/** a neighbourhood, "sy:<city>:<slug>", of city "sy:<city>" */
const hood = (city: string, name: string, variants: ReadonlyArray<string>, opts?: Opts): SyriaPlace =>
  withOpts({ id: `sy:${city}:${slug(name)}`, name, level: "neighbourhood", parent: `sy:${city}`, variants }, opts)

/** the forms reporting uses for a governorate as a whole */
const provinceForms = (names: ReadonlyArray<string>): Array<string> =>
  names.flatMap((n) => [`${n} province`, `${n} governorate`, `${n} countryside`, `${n} region`, `rural ${n}`, `countryside of ${n}`, `province of ${n}`])

/**
 * In order of precedence: when two places share a spelling ("al-Midan" in Damascus and in
 * Aleppo) and nothing else in the text decides, the first listed wins.
 */
export const SYRIA_PLACES: ReadonlyArray<SyriaPlace> = [
  country("Syria", ["Syrian Arab Republic"]),
  // the countries next to Syria, named as places ("registered with the UNHCR in Lebanon", "In Iraq
  // coalition forces conducted five strikes"); capitalised only, and after a locative (see where.ts)
  { id: "cc:turkey", name: "Turkey", level: "country", parent: null, variants: [], cap: true },
  { id: "cc:iraq", name: "Iraq", level: "country", parent: null, variants: [], cap: true },
  { id: "cc:lebanon", name: "Lebanon", level: "country", parent: null, variants: [], cap: true },
  { id: "cc:jordan", name: "Jordan", level: "country", parent: null, variants: [], cap: true },
  { id: "cc:israel", name: "Israel", level: "country", parent: null, variants: [], cap: true },

  // --- governorates -------------------------------------------------------------------
  gov("aleppo", "Aleppo", [...provinceForms(["Aleppo", "Halab"]), "Aleppo suburbs", "northern Aleppo countryside"]),
  gov("idlib", "Idlib", provinceForms(["Idlib", "Idleb", "Edlib"])),
  gov("homs", "Homs", [...provinceForms(["Homs", "Hims"]), "Homs desert"]),
  gov("hama", "Hama", provinceForms(["Hama", "Hamah", "Hamaa"])),
  gov("damascus", "Damascus", ["Damascus governorate", "Damascus city governorate"]),
  gov("rif-dimashq", "Rif Dimashq", [
    "Rif Dimashq",
    "Rif Dimashk",
    "Reef Dimashq",
    "Rif Damascus",
    "Reef Damascus",
    "Rural Damascus",
    "Damascus Rural",
    "Damascus countryside",
    "Damascus Countryside province",
    "countryside of Damascus",
    "Damascus province",
    "Damascus suburbs",
    "Damascus Region"
  ]),
  gov("daraa", "Daraa", provinceForms(["Daraa", "Deraa", "Dara'a", "Dar'a", "Deraa"])),
  gov("quneitra", "Quneitra", provinceForms(["Quneitra", "Qunaitra", "Kuneitra", "Qunaytirah", "Qunaitira"])),
  gov("suwayda", "Suwayda", provinceForms(["Suwayda", "Sweida", "Suwaida", "Sweidaa", "Swaida", "Soueida", "Suweida", "Suwaydaa"])),
  gov("lattakia", "Lattakia", provinceForms(["Lattakia", "Latakia", "Latakiya", "Lattakiya", "Ladhiqiyah", "Lattaquie"])),
  gov("tartus", "Tartus", provinceForms(["Tartus", "Tartous", "Tartouss", "Tartoos", "Tartous"])),
  gov("raqqa", "Raqqa", provinceForms(["Raqqa", "Raqa", "Rakka", "Raqqah", "Rakkah"])),
  gov(
    "deir-ez-zor",
    "Deir ez-Zor",
    provinceForms([
      "Deir ez-Zor",
      "Deir Ezzor",
      "Deir al-Zor",
      "Deir el-Zor",
      "Deir az-Zour",
      "Deir al-Zour",
      "Deir el-Zour",
      "Deir Ezzour",
      "Deir Ezour",
      "Dayr az Zawr",
      "Deir Zor"
    ])
  ),
  gov("hasaka", "Hasaka", provinceForms(["Hasaka", "Hasakah", "Hassakeh", "Hasakeh", "Hassaka", "Hasake", "Hassake", "Haseke"])),

  // --- governorate capitals -------------------------------------------------------------
  town("aleppo", "Aleppo", ["Halab", "Aleppo city", "city of Aleppo"], { capital: true }),
  town("idlib", "Idlib", ["Idleb", "Edlib", "Idlib city", "Idleb city"], { capital: true }),
  town("homs", "Homs", ["Hims", "Homs city"], { capital: true }),
  town("hama", "Hama", ["Hamah", "Hamaa", "Hama city"], { capital: true }),
  town("damascus", "Damascus", ["Dimashq", "Damascus city", "Dimashk"], { capital: true }),
  town("daraa", "Daraa", ["Deraa", "Dara'a", "Dar'a", "Daraa city", "Deraa city"], { capital: true }),
  town("quneitra", "Quneitra", ["Qunaitra", "Kuneitra", "Qunaytirah", "Qunaitira", "Quneitra city"], { capital: true }),
  town("suwayda", "Suwayda", ["Sweida", "Suwaida", "Sweidaa", "Swaida", "Soueida", "Suweida", "Sueida", "Suwaydaa"], {
    capital: true
  }),
  town("lattakia", "Lattakia", ["Latakia", "Latakiya", "Lattakiya", "Ladhiqiyah", "Lattaquie", "Latakia city", "Lattakia city"], {
    capital: true
  }),
  town("tartus", "Tartus", ["Tartous", "Tartouss", "Tartoos", "Tartous city", "Tartus city"], { capital: true }),
  town("raqqa", "Raqqa", ["Raqa", "Rakka", "Raqqah", "Rakkah", "Raqqa city"], { capital: true }),
  town(
    "deir-ez-zor",
    "Deir ez-Zor",
    [
      "Deir Ezzor",
      "Deir al-Zor",
      "Deir el-Zor",
      "Deir az-Zour",
      "Deir al-Zour",
      "Deir el-Zour",
      "Deir Ezzour",
      "Deir Ezour",
      "Deir Ezor",
      "Deir az-Zor",
      "Dayr az Zawr",
      "Dayr al-Zawr",
      "Deir Zor",
      "Deir Ezzur",
      "Deir Ezzor city"
    ],
    { capital: true }
  ),
  town("hasaka", "Hasaka", ["Hasakah", "Hassakeh", "Hasakeh", "Hassaka", "Hasake", "Hassake", "Haseke", "Hasaka city"], {
    capital: true
  }),

  // --- Aleppo governorate -------------------------------------------------------------
  town("aleppo", "Manbij", ["Menbij", "Minbij", "Manbej", "Membij", "Manbeej"]),
  town("aleppo", "al-Bab", ["al-Bab", "al-Bab city"]),
  town("aleppo", "Jarablus", ["Jarabulus", "Jerablus", "Jarabolus", "Jarablous"]),
  town("aleppo", "Afrin", ["Efrin", "Afreen", "Afrine", "Efrîn", "Afrin city"]),
  town("aleppo", "Kobani", ["Kobane", "Kobanî", "Kobanê", "Ayn al-Arab", "Ain al-Arab", "Ain Arab", "Ayn al Arab", "Kobaniy"]),
  town("aleppo", "Azaz", ["Aazaz", "A'zaz", "Izaz", "Azez", "Ezaz", "I'zaz"]),
  town("aleppo", "Tal Rifaat", ["Tall Rifaat", "Tel Rifaat", "Tell Rifaat", "Tal Rifat", "Tel Rifat", "Tall Rif'at", "Tal Refaat"]),
  town("aleppo", "Atareb", ["al-Atareb", "Atarib", "al-Atarib", "Atareb town"]),
  town("aleppo", "Marea", ["Mare'", "Mare", "Marea", "Mare'a", "Mari'", "Maarea"], { cap: true }),
  town("aleppo", "Nubl", ["Nubbul", "Nubul", "Nobl", "Nebbul"]),
  town("aleppo", "Zahraa", ["Zahraa", "Zahra", "Zahra'"], { cap: true }),
  town("aleppo", "al-Safira", ["Safira", "Safirah", "Sfireh", "Safireh", "Sfeira"]),
  town("aleppo", "Deir Hafer", ["Dayr Hafir", "Deir Hafir", "Deir Hafer"]),
  town("aleppo", "Maskanah", ["Maskana", "Meskene", "Maskaneh"]),
  town("aleppo", "Khanasser", ["Khanaser", "Khanasir", "Khanassir", "Khanasser"]),
  town("aleppo", "Tadef", ["Tadif", "Taduf", "Tadaf"]),
  town("aleppo", "Dabiq", ["Dabeq"]),
  town("aleppo", "Akhtarin", ["Akhtareen", "Akhtarin"]),
  town("aleppo", "al-Rai", ["al-Rai", "al-Ra'i", "al-Raee", "Chobanbey", "Çobanbey"]),
  town("aleppo", "Anadan", ["Anadan", "Andan"]),
  town("aleppo", "Hreitan", ["Haritan", "Hraytan", "Huraytan", "Hritan", "Hreytan"]),
  town("aleppo", "Khan Touman", ["Khan Tuman", "Khan Toman", "Khan Touman"]),
  town("aleppo", "Khan al-Assal", ["Khan al-Asal", "Khan Assal", "Khan al Asal"]),
  town("aleppo", "al-Hader", ["al-Hader", "al-Hadher", "al-Hadir"]),
  town("aleppo", "Darat Izza", ["Daret Izza", "Darat Azza", "Daret Azza", "Darat Izzah", "Daret Ezza"]),
  town("aleppo", "Kafr Hamra", ["Kafr Hamra", "Kfar Hamra", "Kafar Hamra"]),
  town("aleppo", "Urum al-Kubra", [
    "Orum al-Kubra",
    "Orum al-Kubrah",
    "Urum al-Kubrah",
    "Urum al Kubra",
    "Orem al-Kubra",
    "Urm al-Kubra",
    "Urum al-Kobra",
    "Urem al-Kubra",
    "Orim al-Kubra"
  ]),
  town("aleppo", "Thalthana", ["Thalthana"]),
  town("aleppo", "Qabasin", ["Qabaseen", "Qabbasin"]),
  town("aleppo", "Jandairis", ["Jindires", "Jinderes", "Jindayris", "Jandaris"]),
  town("aleppo", "Hayyan", ["Hayan"], { cap: true }),
  town("aleppo", "Bayanoun", ["Bayanun", "Bayanoon"]),
  town("aleppo", "Minian", ["Menyan", "Minyan"]),
  town("aleppo", "Sheikh Najjar", ["Sheikh Najjar industrial city", "Sheikh Najar", "Shaykh Najjar"]),
  town("aleppo", "Kafr Naha", ["Kafr Naha", "Kafrnaha", "Kefarnaha", "Kafarnaha"]),
  town("aleppo", "Zarbah", ["Zirbah", "Zerbeh", "Zarba"]),
  town("aleppo", "al-Eis", ["al-Eis", "al-Ais", "al-Ees"]),
  town("aleppo", "Tokhar", ["Tukhar", "Tokkhar", "al-Tukhar", "Tokhar"]),
  town("aleppo", "Rityan", ["Ratyan", "Retyan", "Rityan"]),
  town("aleppo", "Hardatnin", ["Hardatneen", "Hardetnin"]),
  town("aleppo", "Jarez", ["Jarez"]),
  site("aleppo", "Handarat", ["Handarat camp", "Hindarat", "Handarat"]),
  site("aleppo", "Castello Road", ["Castello", "Castillo road", "Castello highway"]),
  site("aleppo", "Mallah Farms", ["Mallah Farms", "al-Mallah farms", "al-Mallah Farms"]),
  site("aleppo", "Kuweires", ["Kweyris", "Kuwayris", "Kuweiris", "Kuweires airbase", "Kweires", "Kuwairis"]),
  site("aleppo", "Tishreen Dam", ["Tishrin Dam", "Tishreen dam"]),
  site("aleppo", "Karaj al-Hajz", ["Karaj al-Hajz crossing", "Karaj al Hajz"]),
  site("aleppo", "Bab al-Salameh", ["Bab al-Salama", "Bab al-Salam crossing", "Bab al-Salameh crossing"]),
  site("aleppo", "Nairab airport", ["Nairab military airport", "Nayrab airport", "Aleppo airport", "Aleppo International Airport"]),

  // --- Idlib governorate --------------------------------------------------------------
  town("idlib", "Khan Sheikhoun", ["Khan Shaykhun", "Khan Sheikhun", "Khan Shaykhoun", "Khan Sheikhoon", "Khan Sheikhon", "Khan Shaikhoun", "Khan Shaykun"]),
  town("idlib", "Saraqeb", ["Saraqib", "Saraqeb", "Sarakeb", "Saraqueb", "Seraqeb"]),
  town("idlib", "Maarat al-Numan", [
    "Maaret al-Numan",
    "Maarat al-Nouman",
    "Ma'arrat al-Nu'man",
    "Maarrat al-Numan",
    "Maaret Alnouman",
    "Maarat Numan",
    "Maaret al-Noman",
    "Maarat al-Naaman",
    "Ma'arat al-Numan",
    "Marat al-Numan",
    "Maaret Nouman",
    "Ma'arrat an-Nu'man",
    "Maaret al-Nouman",
    "Maarat al-Noman",
    "Maarat al-Nu'man",
    "Maarat al-Nuaman",
    "Maaret al-Numaan"
  ]),
  town("idlib", "Jisr al-Shughur", [
    "Jisr al-Shughour",
    "Jisr al-Shaghour",
    "Jisr ash-Shughur",
    "Jisr al-Shugur",
    "Jisr el-Shughour",
    "Jisr Shughur",
    "Jisr al-Shoghour",
    "Jisr al-Shugour",
    "Jisr ash Shughur"
  ]),
  town("idlib", "Ariha", ["Areeha", "Ariha"]),
  town("idlib", "Binnish", ["Binnesh", "Benesh", "Binish", "Bennish"]),
  town("idlib", "Maarat Misrin", [
    "Maaret Masrin",
    "Maarat Misrin",
    "Ma'arrat Misrin",
    "Maaret Misreen",
    "Maarrat Misrin",
    "Maaret Misrin",
    "Maarat Masrin",
    "Maarrat Masrin"
  ]),
  town("idlib", "Kafranbel", ["Kafr Nabl", "Kafranbul", "Kafr Nabel", "Kafrnabel", "Kafrnabl", "Kafr Nubl"]),
  town("idlib", "Salqin", ["Salqeen", "Salkin"]),
  town("idlib", "Harem", ["Harim", "Haarem"], { cap: true }),
  town("idlib", "Sarmada", ["Sarmadah"]),
  town("idlib", "Atmeh", ["Atme", "Atimah", "Atma", "Atmah"]),
  town("idlib", "al-Dana", ["al-Dana", "ad-Dana", "Ad Dana"]),
  town("idlib", "Taftanaz", ["Taftanaz"]),
  town("idlib", "Kafr Takharim", ["Kafr Takharim", "Kafar Takharim", "Kafr Tkharim"]),
  town("idlib", "Sarmin", ["Sarmeen"]),
  town("idlib", "al-Fouaa", ["Fouaa", "Foua", "Fuaa", "Fua", "Fu'ah", "Foaa", "Fouah", "Fuah", "Fo'aa"]),
  town("idlib", "Kafraya", ["Kefraya", "Kfarya", "Kafarya", "Kefrayya", "Kafriya", "Kefriya", "Kafraya"]),
  town("idlib", "Abu al-Duhur", ["Abu al-Duhur", "Abu Dhuhur", "Abu al-Zuhur", "Abu Duhur", "Abu Zuhur", "Abu al-Dhuhur", "Abu Thuhur"]),
  town("idlib", "Urum al-Joz", ["Orum al-Joz", "Urum al-Jawz", "Urm al-Joz", "Orum al-Jouz"]),
  town("idlib", "Armanaz", ["Armanaz"]),
  town("idlib", "Darkoush", ["Darkush", "Darkoush", "Darkosh"]),
  town("idlib", "Kafr Oweid", ["Kafr Awid", "Kafr Owaid", "Kafr Ouweid"]),
  town("idlib", "Sevre", ["Sevre"]),
  town("idlib", "Hish", ["Heish", "Hesh"], { cap: true }),
  town("idlib", "Tamanaah", ["Tamanah", "al-Tamanah", "Tamanaa"]),
  town("idlib", "Kansafra", ["Kansafrah"]),
  town("idlib", "Turmanin", ["Turmanin", "Tormanin"]),
  town("idlib", "Hass", ["Haas", "Kafr Hass"], { cap: true }),
  site("idlib", "Bab al-Hawa", ["Bab al-Hawa crossing", "Bab al Hawa"]),
  site("idlib", "Abu al-Duhur airbase", ["Abu Dhuhur airbase", "Abu al-Duhur airport", "Abu al-Duhur military airport", "Abu Zuhur airbase"]),
  region("idlib", "Jabal al-Zawiya", ["Jabal Zawiya", "Jabal al-Zawiyah", "Jebel Zawiya", "Jabal al Zawiya", "Jebel al-Zawiya"]),

  // --- Hama governorate ---------------------------------------------------------------
  town("hama", "Salamiyah", ["Salamiyeh", "Salamieh", "Salamyieh", "Salamiya", "Salamiyya", "Salamyia", "Salamiyah", "Salamya"]),
  town("hama", "Masyaf", ["Misyaf", "Masiaf", "Masyaf"]),
  town("hama", "Mahardeh", ["Mhardeh", "Muhradah", "Mharda", "Mahardah"]),
  town("hama", "Suqaylabiyah", ["Skeilbiyeh", "Squelbieh", "Suqailabiyah", "Suqaylbiyah", "Sqeilbiyeh"]),
  town("hama", "Kafr Zita", ["Kafr Zeita", "Kafr Zayta", "Kafrzita", "Kafr Zeta", "Kfar Zita"]),
  town("hama", "Latamneh", ["Lataminah", "Latamineh", "Latamina", "Lataminah", "Lataamneh", "Latmin"]),
  town("hama", "Morek", ["Murak", "Mork", "Mourek", "Moreq"]),
  town("hama", "Halfaya", ["Halfaia", "Halfayah"]),
  town("hama", "Souran", ["Suran", "Soran"]),
  town("hama", "Taybat al-Imam", ["Tayyibat al-Imam", "Taibat al-Imam", "Tayibat al-Imam", "Taibet al-Imam"]),
  town("hama", "Qalaat al-Madiq", ["Qalat al-Madiq", "Qal'at al-Madiq", "Qalaat al-Mudiq", "Qalat al-Mudiq"]),
  town("hama", "Kafr Nabudah", ["Kafr Nabuda", "Kafrnabudeh", "Kafr Nabouda", "Kafr Naboudeh"]),
  town("hama", "Tremseh", ["Tremseh", "Treimseh", "Tremsa", "al-Tremseh"]),
  town("hama", "Qubeir", ["Qubair", "al-Qubeir", "Mazraat al-Qubeir"]),
  town("hama", "Aqarib al-Safiyah", ["Aqareb al-Safiyah", "Aqareb es-Safi", "Aqarib al-Safi", "Aqareb al-Safi", "Aqarib", "Aqareb"]),
  town("hama", "Khattab", ["Khatab", "Khattab"], { cap: true }),
  site("hama", "Hama airport", ["Hama military airport", "Hama airbase"]),
  region("hama", "Ghab Plain", ["al-Ghab", "Sahl al-Ghab", "Ghab plain", "al-Ghab plain", "Ghab valley"]),

  // --- Homs governorate ---------------------------------------------------------------
  town("homs", "Palmyra", ["Tadmur", "Tadmor", "Tedmor", "Tadmour"]),
  town("homs", "Rastan", ["Restan", "Rastan"]),
  town("homs", "Talbiseh", ["Talbisseh", "Tallbisah", "Tal Bisa", "Telbisa", "Talbisa", "Talbeesa", "Telbiseh"]),
  town("homs", "al-Qusayr", ["Qusayr", "Qusair", "Qseir", "Qusseir", "Kusayr", "Qussair"]),
  town("homs", "al-Qaryatayn", ["Qaryatain", "Qaryatayn", "Karyatain", "Qaryatein", "Qariatain", "Quaryatayn"]),
  town("homs", "Houla", ["Hula", "Hulah", "Houla"], { cap: true }),
  town("homs", "Tal Kalakh", ["Talkalakh", "Tall Kalakh", "Tell Kalakh", "Tal Kalakh"]),
  town("homs", "al-Sukhnah", ["Sukhnah", "Sukhna", "Sukhneh"]),
  town("homs", "Mahin", ["Maheen"]),
  town("homs", "Sadad", ["Sadad"]),
  town("homs", "al-Ghantu", ["Ghantu", "Ghanto", "Ghantou"]),
  town("homs", "Furqlus", ["Furqlus", "Forqlos"]),
  town("homs", "Kafr Laha", ["Kafr Laha", "Kafrlaha"]),
  town("homs", "Jubb al-Jarrah", ["Jeb al-Jarrah", "Jubb al-Jarrah", "Jib al-Jarrah", "Jub al-Jarrah"]),
  town("homs", "Arak", ["Arak", "al-Arak"], { cap: true }),
  town("homs", "al-Mushairfeh", ["Meshrfeh", "Mushrefeh", "Mshairfeh", "Msheirfeh", "Mushairfeh", "Meshrefeh"]),
  site("homs", "Shayrat", ["Shayrat airbase", "Shairat", "Sheirat", "Shayrat airfield", "Shairat airbase", "Shayrat air base"]),
  site("homs", "Tiyas", ["T4", "T-4", "T-4 airbase", "Tiyas airbase", "Tayfur", "Tiyas air base", "T4 airbase", "Tiyas airport"]),
  site("homs", "Shaer gas field", [
    "Shaer gas field",
    "al-Shaer field",
    "Shaer field",
    "Shaer oil field",
    "Shaer gas fields",
    "Shaar gas field",
    "Shaar field",
    "al-Shaer gas field"
  ]),
  region("homs", "al-Qadahat valley", ["Qadahat valley", "Qadahat"]),
  region(null, "Badia", ["Badiya", "al-Badia", "Syrian desert", "Syrian Badia", "Badiyah", "Badiya desert"]),

  // --- Rif Dimashq ---------------------------------------------------------------------
  region("rif-dimashq", "Eastern Ghouta", [
    "East Ghouta",
    "Eastern Ghouta",
    "East Ghota",
    "Eastern Gouta",
    "Ghouta",
    "Eastern Ghuta",
    "Ghuta",
    "Ghota",
    "Gouta",
    "Eastern Ghota",
    "East Ghuta",
    "Ghouta al-Sharqiya"
  ]),
  region("rif-dimashq", "Western Ghouta", ["West Ghouta", "Western Ghouta", "Western Ghuta", "West Ghuta"]),
  region("rif-dimashq", "Qalamoun", [
    "Qalamun",
    "Qalamon",
    "Qalamoun mountains",
    "Qalamoun region",
    "Eastern Qalamoun",
    "Western Qalamoun",
    "Qalamoon",
    "Kalamoun",
    "Qalamun mountains"
  ]),
  region("rif-dimashq", "Wadi Barada", ["Wadi Barada", "Barada valley", "Wadi Barada valley"]),
  town("rif-dimashq", "Douma", ["Duma", "Dumah", "Doumah"]),
  town("rif-dimashq", "Harasta", ["Harastah", "Harasta", "Harsta"]),
  town("rif-dimashq", "Arbin", ["Irbin", "Erbin", "Arbeen", "Erbeen"]),
  town("rif-dimashq", "Zamalka", ["Zamalkah", "Zamalka", "Zamelka"]),
  town("rif-dimashq", "Ain Tarma", ["Ein Tarma", "Ayn Tarma", "Ain Terma", "Ein Terma", "Ain Tirma"]),
  town("rif-dimashq", "Saqba", ["Saqba", "Sakba", "Sabqa"]),
  town("rif-dimashq", "Kafr Batna", ["Kafr Batna", "Kafarbatna", "Kfar Batna", "Kafr Batnah"]),
  town("rif-dimashq", "Hamouriyeh", ["Hammuriyah", "Hamouria", "Hamoriyeh", "Hamouriya", "Hammouriyeh", "Hamuriyah", "Hamouriyah"]),
  town("rif-dimashq", "Jisreen", ["Jisrin", "Jisreen", "Jesreen"]),
  town("rif-dimashq", "Mesraba", ["Misraba", "Mesraba", "Mesrabah", "Musraba"]),
  town("rif-dimashq", "Beit Sawa", ["Beit Sawa", "Bayt Sawa"]),
  town("rif-dimashq", "Otaybah", ["Otaiba", "Utaybah", "Otaibah", "Oteiba"]),
  town("rif-dimashq", "Nashabiyeh", ["Nashabiyah", "Nashabiya", "Nashabieh"]),
  town("rif-dimashq", "Madaya", ["Mudaya", "Madaya", "Medaya"]),
  town("rif-dimashq", "Zabadani", ["Zebdani", "Zabadany", "Zabadani", "Zobdani"]),
  town("rif-dimashq", "Bloudan", ["Bludan"]),
  town("rif-dimashq", "Ain al-Fijeh", ["Ain al-Fija", "Ayn al-Fijah", "Ain Fijeh", "Ein al-Fijeh", "Ain al-Feejeh", "Ain al-Fijah"]),
  town("rif-dimashq", "Daraya", ["Darayya", "Dariya", "Daraya", "Darayyah", "Daraiya"]),
  town("rif-dimashq", "Moadamiyeh", [
    "Muadamiyat al-Sham",
    "Moadamiya",
    "Mouadamiya",
    "Moadamiyeh",
    "Muadhamiya",
    "Mouadamiyeh",
    "Moadamiyet al-Sham",
    "Muadamiyah",
    "Moadamiyat al-Sham",
    "Muadamiya",
    "Moadhamiya",
    "Mouadhamiya",
    "Moadamieh"
  ]),
  town("rif-dimashq", "Qudsaya", ["Qudssaya", "Qudsaya", "Qudsayya", "Kudsaya"]),
  town("rif-dimashq", "al-Hameh", ["Hameh", "al-Hameh"]),
  town("rif-dimashq", "al-Kiswah", ["Kiswah", "Kisweh", "Kiswa"]),
  town("rif-dimashq", "Sayyida Zeinab", [
    "Sayyeda Zeinab",
    "Sayeda Zeinab",
    "Sayyida Zaynab",
    "Sayyeda Zainab",
    "Sit Zeinab",
    "Sayyida Zainab",
    "Sayeda Zainab",
    "Set Zeinab",
    "Saida Zeinab"
  ]),
  town("rif-dimashq", "Yabroud", ["Yabrud", "Yabrod", "Yabroud"]),
  town("rif-dimashq", "al-Nabk", ["Nabk", "an-Nabk", "Nebek", "al-Nabek", "Nabek"]),
  town("rif-dimashq", "Qara", ["Qarah", "Qara"], { cap: true }),
  town("rif-dimashq", "Deir Atiyah", ["Deir Attiyeh", "Dayr Atiyah", "Deir Atiyeh"]),
  town("rif-dimashq", "Rankous", ["Rankus", "Rankous", "Rankos"]),
  town("rif-dimashq", "Adra", ["Adraa", "Adra al-Omalia", "Adra al-Umaliyah", "Adra industrial city"], { cap: true }),
  town("rif-dimashq", "al-Dumayr", ["Dumayr", "Dmeir", "Dumeir", "Dmair", "Damir"]),
  town("rif-dimashq", "Jayrud", ["Jairoud", "Jayroud", "Jeiroud", "Jairud", "Jayrud"]),
  town("rif-dimashq", "al-Ruhaybah", ["Ruhaybah", "Ruhaiba", "Rheibeh", "Ruhaibeh", "Rhaibeh"]),
  town("rif-dimashq", "al-Qutayfah", ["Qutayfah", "Qteifeh", "Qutaifah", "Qutaifa", "Qutayfa"]),
  town("rif-dimashq", "al-Tall", ["al-Tall", "al-Tal", "at-Tall", "At Tall"]),
  town("rif-dimashq", "Maaloula", ["Maalula", "Ma'loula", "Maaloula", "Ma'lula"]),
  town("rif-dimashq", "Hajar al-Aswad", ["al-Hajar al-Aswad", "Hajjar al-Aswad", "Hajar Aswad", "al-Hajjar al-Aswad"]),
  town("rif-dimashq", "Yalda", ["Yelda", "Yalda"]),
  town("rif-dimashq", "Babbila", ["Babila", "Babbila", "Beit Sahem and Babbila"]),
  town("rif-dimashq", "Beit Sahem", ["Beit Sahm", "Bayt Sahm", "Beit Saham"]),
  town("rif-dimashq", "Jaramana", ["Jaramanah", "Jaramana", "Jeramana"]),
  town("rif-dimashq", "Sahnaya", ["Sahnaya", "Sahnaiya", "Ashrafiyat Sahnaya"]),
  town("rif-dimashq", "Qatana", ["Qatanah", "Katana"]),
  town("rif-dimashq", "Beit Jinn", ["Beit Jin", "Bayt Jinn"]),
  town("rif-dimashq", "Khan al-Shih", ["Khan al-Sheeh", "Khan Alshih", "Khan Shih", "Khan al-Shiekh", "Khan Elshih", "Khan al Shih"]),
  town("rif-dimashq", "Zakiyah", ["Zakia", "Zakiya", "Zakiyeh"]),
  town("rif-dimashq", "Kanaker", ["Kanakir", "Kanaker"]),
  town("rif-dimashq", "Mleiha", ["al-Mleiha", "Mliha", "al-Mulayhah", "Mleha", "Mulayhah"]),
  town("rif-dimashq", "Hazzeh", ["Hazeh", "Hazza", "Hazzah"]),
  town("rif-dimashq", "Modira", ["Madyara", "Mudeira", "Mudeirah", "Modeira"]),
  town("rif-dimashq", "Hosh al-Dawahra", ["Hosh al-Dawahra", "Hawsh al-Dawahirah"]),
  town("rif-dimashq", "Deir al-Asafir", ["Deir al-Asafir", "Dayr al-Asafir", "Deir Alasafir"]),
  town("rif-dimashq", "Marj al-Sultan", ["Marj Sultan", "Marj al Sultan"]),
  town("rif-dimashq", "Saidnaya", ["Sednaya", "Saydnaya", "Sednaya prison", "Saydnaya prison", "Seidnaya"]),
  town("rif-dimashq", "al-Dimas", ["Dimas", "al-Dimass"]),
  town("rif-dimashq", "Assal al-Ward", ["Assal al-Ward", "Asal al-Ward", "Assal Al-Ward"]),
  town("rif-dimashq", "Zabadin", ["Zebdin", "Zabdin"]),
  town("rif-dimashq", "Serghaya", ["Sarghaya", "Sirghaya"]),
  site("rif-dimashq", "al-Wafideen camp", ["Wafideen camp", "al-Wafideen refugee camp", "Wafidin camp"]),
  town("rif-dimashq", "Harasta al-Qantara", ["Harasta al-Qantara"]),
  site("rif-dimashq", "Mezzeh airbase", ["Mezzeh military airport", "Mazzeh airport", "Mezzeh airport", "Mezzeh air base"]),
  site("rif-dimashq", "Dumayr airbase", ["Dumayr airport", "Dmeir airbase", "Dumeir airbase", "Dumayr military airport"]),
  site("rif-dimashq", "Damascus International Airport", ["Damascus airport", "Damascus International Airport"]),

  // --- Daraa governorate --------------------------------------------------------------
  town("daraa", "Nawa", ["Nawa", "Nawah"]),
  town("daraa", "Inkhil", ["Inkhel", "Inkhil", "Enkhel"]),
  town("daraa", "al-Sanamayn", ["Sanamayn", "Sanamein", "Sanamain"]),
  town("daraa", "Izraa", ["Izra", "Izra'", "Ezraa", "Izraa"]),
  town("daraa", "Busra al-Sham", ["Bosra", "Busra", "Bosra al-Sham", "Busra ash-Sham", "Bosra al-Sham", "Busra al Sham", "Bosra Sham"]),
  town("daraa", "Busra al-Harir", ["Busr al-Harir", "Busra al-Harir", "Bosra al-Harir", "Busr al Harir"]),
  town("daraa", "Tafas", ["Tafas", "Tafs"]),
  town("daraa", "Dael", ["Da'el", "Dail", "Da'il", "Dael"]),
  town("daraa", "Sheikh Miskin", ["al-Sheikh Maskin", "Sheikh Maskin", "Shaykh Miskin", "Sheikh Meskin", "al-Sheikh Miskin"]),
  town("daraa", "Nasib", ["Naseeb", "Nassib", "Nasib crossing", "Nassib crossing", "Naseeb crossing"]),
  town("daraa", "al-Harak", ["Harak", "al-Hrak", "Hirak", "Hrak"]),
  town("daraa", "al-Muzayrib", ["Muzayrib", "Mzeirib", "Muzeirib", "Mzerib"]),
  town("daraa", "Khirbet Ghazaleh", ["Kherbet Ghazaleh", "Khirbat Ghazalah", "Khirbet Ghazala", "Kherbet Ghazala"]),
  town("daraa", "Jileen", ["Jillin", "Jillen"]),
  town("daraa", "Deir al-Adas", ["Deir al-Adas", "Dayr al-Adas", "Deir el-Adas"]),
  region("daraa", "al-Lajat", ["Lajat", "Leja", "Lajah", "al-Leja"]),
  region("daraa", "Yarmouk Basin", ["Yarmouk valley", "Yarmuk Basin", "Yarmouk Basin", "Yarmuk valley"]),

  // --- Quneitra governorate -----------------------------------------------------------
  town("quneitra", "Khan Arnabeh", ["Khan Arnaba", "Khan Arnabah", "Khan Arnabeh"]),
  town("quneitra", "Baath City", ["Madinat al-Baath", "al-Baath city", "Baath city", "Madinat al-Ba'th"]),
  town("quneitra", "Hader", ["Hadar", "Hader", "Hadr", "Hadar town"], { cap: true }),
  town("quneitra", "Jubata al-Khashab", ["Jubbata al-Khashab", "Jubata al-Khashab", "Jubatha al-Khashab", "Jubbat al-Khashab"]),
  town("quneitra", "Masharah", ["Masharah", "Mashara"]),
  region("quneitra", "Golan Heights", ["Golan", "Golan Heights", "occupied Golan", "Syrian Golan", "Jawlan", "Golan heights"]),

  // --- Suwayda governorate ------------------------------------------------------------
  town("suwayda", "Shahba", ["Shahbaa", "Shahba"]),
  town("suwayda", "Salkhad", ["Salkhad", "Salkhed"]),
  town("suwayda", "al-Qurayya", ["Qrayya", "Qurayya", "Qraya"]),

  // --- Lattakia governorate -----------------------------------------------------------
  town("lattakia", "Jableh", ["Jabla", "Jablah", "Jebleh", "Jableh"]),
  town("lattakia", "Qardaha", ["Qurdaha", "Kardaha", "Qardahah", "Qirdaha"]),
  town("lattakia", "al-Haffah", ["Haffah", "Haffa", "Haffeh"]),
  town("lattakia", "Kessab", ["Kasab", "Kassab", "Kessab"]),
  town("lattakia", "Kanasba", ["Kinsabba", "Kansaba", "Kinsibba", "Kinsabba", "Kansabba"]),
  town("lattakia", "Slinfah", ["Slenfeh", "Slunfeh", "Salanfeh", "Slinfeh"]),
  site("lattakia", "Hmeimim", ["Hmeimim airbase", "Khmeimim", "Hmeymim", "Humaymim", "Hmeimim air base", "Khmeimim airbase", "Hmeimim base", "Hemeimeem"]),
  region("lattakia", "Jabal al-Akrad", ["Jabal Akrad", "Jebel Akrad", "Jabal al Akrad", "Kurd Mountain", "Kurds Mountain", "Jebel al-Akrad"]),
  region("lattakia", "Jabal al-Turkman", ["Jabal Turkman", "Jebel Turkman", "Turkmen Mountain", "Jabal al Turkman", "Turkman Mountain", "Bayirbucak"]),

  // --- Tartus governorate -------------------------------------------------------------
  town("tartus", "Baniyas", ["Banias", "Banyas", "Baniyas"]),
  town("tartus", "Safita", ["Satita", "Safita"]),
  town("tartus", "Dreikish", ["Duraykish", "Dreikeesh", "Draykish"]),
  town("tartus", "Sheikh Badr", ["al-Sheikh Badr", "Shaykh Badr"]),

  // --- Raqqa governorate --------------------------------------------------------------
  town("raqqa", "Tabqa", ["Tabaqa", "Tabqah", "Tabaqah", "al-Thawra", "al-Thawrah", "Thawra city", "Madinat al-Thawra"]),
  site("raqqa", "Tabqa Dam", ["Tabqa dam", "Euphrates Dam", "Tabaqa dam", "Thawra dam"]),
  site("raqqa", "Tabqa airbase", ["Tabqa airport", "Tabqa military airport", "Tabqa air base", "Tabqa airfield"]),
  town("raqqa", "Tal Abyad", ["Tel Abyad", "Tell Abyad", "Tal Abiad", "Tall Abyad", "Gire Spi", "Tel Abiad"]),
  town("raqqa", "Ain Issa", ["Ayn Issa", "Ain Eissa", "Ayn Isa", "Ain Issa", "Ain Aissa", "Ein Issa"]),
  town("raqqa", "Maadan", ["Ma'dan", "Maadan"]),
  town("raqqa", "Suluk", ["Sluk", "Slouk", "Suluk"]),
  town("raqqa", "al-Karamah", ["al-Karamah", "al-Karama"]),
  town("raqqa", "al-Mansoura", ["al-Mansoura", "al-Mansura", "al-Mansourah", "al-Mansoureh"]),

  // --- Deir ez-Zor governorate --------------------------------------------------------
  town("deir-ez-zor", "Mayadin", ["Mayadeen", "Mayadine", "Mayadin", "Meyadin", "Mayadeen city"]),
  town("deir-ez-zor", "Abu Kamal", [
    "Albu Kamal",
    "Boukamal",
    "Bukamal",
    "Bou Kamal",
    "Abu Kamal",
    "Albukamal",
    "Abukamal",
    "al-Bukamal",
    "Al Bukamal",
    "Al-Boukamal",
    "Bokamal"
  ]),
  town("deir-ez-zor", "Hajin", ["Hajeen", "Hajin"]),
  town("deir-ez-zor", "al-Ashara", ["Ashara", "Asharah", "al-Asharah", "al-Ashareh", "Ashareh"]),
  town("deir-ez-zor", "al-Quriyah", ["Quriyah", "Quria", "Quriya", "al-Quria", "al-Qouriyeh"]),
  town("deir-ez-zor", "al-Muhassan", ["Muhassan", "Mohassan", "Mouhessen", "Mohasan", "Muhasan", "Mohassen"]),
  town("deir-ez-zor", "Khasham", ["Khusham", "Khasham"]),
  town("deir-ez-zor", "al-Busayrah", ["Busayrah", "Busaira", "Busayra", "Busairah"]),
  town("deir-ez-zor", "al-Shuhail", ["Shuhail", "Shuhayl", "Shheil"]),
  town("deir-ez-zor", "al-Baghuz", ["Baghuz", "Baghouz", "Baghouz Fawqani", "Baghuz Fawqani"]),
  town("deir-ez-zor", "Sabikhan", ["Subaykhan", "Subaikhan", "Sbikhan"]),
  town("deir-ez-zor", "al-Jafra", ["al-Jafra", "al-Jafrah", "Jafra village"]),
  town("deir-ez-zor", "al-Tabiyeh", ["al-Tabiyeh", "al-Tabiya", "Tabiyeh"]),
  town("deir-ez-zor", "Buleel", ["Boleel", "Boulil", "Bulel", "Bulayl"]),
  town("deir-ez-zor", "Gharanij", ["Ghraneij", "Gharaneej", "Ghranij"]),
  site("deir-ez-zor", "Deir ez-Zor airport", [
    "Deir Ezzor airport",
    "Deir ez-Zor military airport",
    "Deir al-Zor airport",
    "Deir Ezzor military airport",
    "Deir ez-Zor airbase"
  ]),

  // --- Hasaka governorate -------------------------------------------------------------
  town("hasaka", "Qamishli", ["Qamishly", "Kamishli", "Qamishlo", "Kamishly", "Qameshli", "Qamishlie", "Kameshli", "Qamishle", "Qamişlo"]),
  town("hasaka", "Ras al-Ain", ["Ras al-Ayn", "Ra's al-'Ayn", "Serekaniye", "Ras Al Ain", "Ras al Ain", "Sere Kaniye", "Serêkaniyê", "Ras al-Aynn"]),
  town("hasaka", "Amuda", ["Amude", "Amouda", "Amuda"]),
  town("hasaka", "al-Shaddadi", ["Shaddadi", "Shadadi", "Shaddadeh", "Shaddadah", "Shadadeh", "Shaddadi"]),
  town("hasaka", "al-Malikiyah", ["Malikiyah", "Derik", "Malikiyeh", "Dêrik"]),
  town("hasaka", "al-Darbasiyah", ["Darbasiyah", "Darbasiyeh", "Darbasiyah", "Darbasiya", "Derbassiyeh"]),
  town("hasaka", "Tal Tamr", ["Tel Tamr", "Tall Tamr", "Tal Tamer", "Tell Tamer", "Tel Tamer"]),
  town("hasaka", "al-Hol", ["al-Hol", "al-Hawl", "Hol camp", "al-Hol camp", "al-Hawl camp"]),
  town("hasaka", "Tal Hamis", ["Tel Hamis", "Tall Hamis", "Tel Hamees", "Tal Hamees", "Tel Hamis"]),
  town("hasaka", "Tal Brak", ["Tel Brak", "Tall Brak", "Tell Brak"]),
  town("hasaka", "al-Qahtaniyah", ["Qahtaniyah", "Qahtaniyeh", "Tirbespiye", "Qahtaniya"]),
  town("hasaka", "Markada", ["Markadah", "Markadeh", "Markada"]),
  town("hasaka", "al-Yarubiyah", ["Yarubiyah", "Yaarubiyah", "Tal Kocher", "Tel Kocher", "al-Yaarubiyah", "Yarubiya"]),
  town("hasaka", "Tal Halaf", ["Tel Halaf", "Tell Halaf"]),
  town("hasaka", "al-Jawadiyah", ["Jawadiyah", "Jawadiyeh", "Chil Agha"]),

  // --- Damascus neighbourhoods --------------------------------------------------------
  hood("damascus", "Jobar", ["Jubar", "Jawbar", "Joubar"]),
  hood("damascus", "Barzeh", ["Barzah", "Berzeh", "Barza", "Barzeh al-Balad", "Masaken Barzeh"]),
  hood("damascus", "Qaboun", ["Qabun", "Qaboon", "Kaboun", "Qaboun district", "Kabun"]),
  hood("damascus", "Tishreen", ["Tishrin", "Tishreen district"], { cap: true }),
  hood("damascus", "al-Salihiyeh", [
    "Salihiyeh",
    "Salehia",
    "Salihiya",
    "Salhiyeh",
    "Salihiah",
    "Salyhiah",
    "Salhieh",
    "Salihiyah",
    "Salhiya",
    "Salehiyeh",
    "Salihiyya"
  ]),
  hood("damascus", "Mezzeh", ["Mazzeh", "Mezze", "Mazze", "Mazza", "Mezzah", "Mezzeh 86", "Mazzeh 86"]),
  hood("damascus", "al-Midan", ["al-Midan", "Midan", "Maydan", "Meidan"], { cap: true }),
  hood("damascus", "Bab Touma", ["Bab Tuma", "Bab Toma", "Bab Touma"]),
  hood("damascus", "Bab Sharqi", ["Bab Sharki", "Bab Sharqi", "Bab al-Sharqi"]),
  hood("damascus", "al-Qassaa", ["Qassaa", "Qasaa", "Qassa", "Qassaa district"]),
  hood("damascus", "Abbasiyeen", ["Abbasiyin", "Abbasiyeen Square", "Abbasiyyin", "Absasiyeen Square", "Abbasiyeen", "Abbassiyin"]),
  hood("damascus", "Rukn al-Din", ["Rukneddine", "Ruken Eddin", "Rukn Eddin", "Ruknuddin", "Rukn al Din", "Rukn Eddine", "Rukn al-Deen"]),
  hood("damascus", "al-Muhajireen", ["Muhajireen", "Muhajirin", "Mouhajirin", "Mohajireen"]),
  hood("damascus", "al-Qadam", ["Qadam", "Qadam district"], { cap: true }),
  hood("damascus", "Kafr Sousa", ["Kafr Souseh", "Kafarsouseh", "Kafr Susa", "Kfar Souseh", "Kafrsouseh", "Kafr Sousseh", "Kafr Souseh"]),
  hood("damascus", "Tadamon", ["Tadamun", "Tadamon", "Tadhamon", "Tadamoun"]),
  hood("damascus", "Yarmouk", ["Yarmuk", "Yarmouk camp", "Yarmouk refugee camp", "Yarmuk camp", "Yarmouk Palestinian refugee camp"]),
  hood("damascus", "Dummar", ["Dumar", "Dummar", "Dimmar"]),
  hood("damascus", "al-Asali", ["Asali", "Assali"]),
  hood("damascus", "Baramkeh", ["Baramka", "Baramkeh", "Baramke"]),
  hood("damascus", "Abu Rummaneh", ["Abu Rumaneh", "Abu Rummana", "Abu Rumana"]),
  hood("damascus", "al-Malki", ["Malki", "Maliki district"], { cap: true }),
  hood("damascus", "al-Marjeh", ["Marjeh", "Marja", "Marjeh Square", "Marja Square"], { cap: true }),
  hood("damascus", "al-Shaghour", ["Shaghour", "Shaghur", "Shagour"]),
  hood("damascus", "Shaalan", ["Sha'lan", "Shaalan", "Shalaan"]),
  hood("damascus", "Umayyad Square", ["Umayyad Square", "Umayyad Sq", "Omayyad Square"]),
  hood(
    "damascus",
    "al-Hamidiyeh",
    ["Hamidiyeh", "Hamidiya", "Souq al-Hamidiyeh", "Souq al-Hamadiyeh", "Hamidiyeh souk", "Hamidiyah", "Souk al-Hamidiyeh", "Hamidiyeh market"],
    { cap: true }
  ),
  hood("damascus", "al-Zahira", ["Zahira", "Zahera", "al-Zahira al-Jadida"], { cap: true }),
  hood("damascus", "Old Damascus", ["Old Damascus", "Old City of Damascus", "Damascus Old City", "old city of Damascus"]),
  hood("damascus", "Zablatani", ["Zablatani", "Zablatany"]),
  hood("damascus", "al-Tabbaleh", ["Tabbaleh", "Tabaleh", "Tabbala"]),
  hood("damascus", "al-Sumariyeh", ["Sumariyeh", "Sumaria", "Somariyeh"]),

  // --- Aleppo city neighbourhoods -----------------------------------------------------
  hood("aleppo", "Sukkari", ["Sukari", "Sukkary", "Sokkari", "Sukkari district"]),
  hood("aleppo", "Masaken Hanano", ["Masakin Hanano", "Masaken Hananu", "Hanano", "Hanano housing", "Masaken Hanano district", "Hanano district"], {
    cap: true
  }),
  hood("aleppo", "al-Sakhour", ["Sakhour", "Sakhur", "Sakhoor", "al-Sakhr", "Sakhur district"]),
  hood("aleppo", "Bustan al-Qasr", [
    "Bustan al-Qaser",
    "Bustan al-Qasser",
    "Bustan al-Qassr",
    "Boustan al-Qasr",
    "Bustan Qasr",
    "Bustan al Qasr",
    "Bostan al-Qasr"
  ]),
  hood("aleppo", "al-Shaar", ["Shaar", "Sha'ar", "Shaer", "Sha'er", "Shiar", "Shi'ar", "Shaar district"], { cap: true }),
  hood(
    "aleppo",
    "Salaheddine",
    [
      "Salah al-Din",
      "Salah Eddin",
      "Salaheddin",
      "Salahuddin",
      "Salah ad-Din",
      "Salah al Din",
      "Salahaddin",
      "Salah el-Din",
      "Salah-Eddin",
      "Salahudin",
      "Salaheddine",
      "Salah Eddine"
    ],
    { cap: true }
  ),
  hood("aleppo", "al-Mashhad", ["al-Mashhad", "al-Mashad"]),
  hood("aleppo", "al-Firdous", ["Firdous", "Ferdous", "Fardos", "Fardous", "Firdaws", "Ferdaws"], { cap: true }),
  hood("aleppo", "Bab al-Nairab", ["Bab al-Nayrab", "Bab al-Neirab", "Bab Nairab", "Bab al-Nerab", "Bab al Nairab", "Bab Al-Nayrab", "Bab Neirab"]),
  hood("aleppo", "al-Jamiliyeh", ["al-Jamilia", "Jamiliya", "Jamiliyeh", "Jamilyeh", "Jamiliyah", "Jamilieh", "Jamiliya", "Jamilya", "Jamilia"]),
  hood("aleppo", "Hamdaniyeh", [
    "Hamadaniyeh",
    "Hamadaniya",
    "Hamadaniye",
    "Hamdaniya",
    "Hamdaniyah",
    "Hamadaniah",
    "Hamadanyiah",
    "Hamadanyia",
    "Hamdaniye",
    "Hamdanieh"
  ]),
  hood("aleppo", "al-Mohafaza", ["Mohafaza", "Muhafaza", "Mohafazah", "Muhafazah", "Mouhafaza", "Mohafaza district"], { cap: true }),
  hood("aleppo", "al-Sulaimaniyeh", [
    "Sulaimaniyeh",
    "Sulimaniah",
    "Sulaimaniah",
    "Suleimaniyeh",
    "Suleimaniya",
    "Sulaimaniya",
    "al-Sulaymaniyah",
    "Sulaymaniyeh",
    "Suleimaniyah",
    "Sulaimaniyah",
    "Sulemaniyeh"
  ]),
  hood("aleppo", "Sheikh Maqsoud", [
    "Sheikh Maqsood",
    "Sheikh Maksoud",
    "Shaykh Maqsud",
    "Sheikh Masqoud",
    "Sheikh Makhsoud",
    "Sheikh Maqsud",
    "Sheikh Maksud",
    "Sheikh Maqsoud district"
  ]),
  hood("aleppo", "Bani Zeid", ["Bani Zaid", "Bani Zayd", "Bani Zeyd", "Beni Zeid", "Bani Zeid district"]),
  hood("aleppo", "Karm al-Jabal", ["Karm al-Jabal", "Karm Jabal", "Karm al Jabal"]),
  hood("aleppo", "al-Kalaseh", ["Kalaseh", "Kallaseh", "Kalasa", "Kallasa", "Kalasseh", "Kalase"]),
  hood("aleppo", "al-Ansari", ["Ansari", "Ansari al-Sharqi", "Ansari East"], { cap: true }),
  hood("aleppo", "Ramouseh", ["Ramousah", "Ramussa", "Ramousa", "Ramosa", "Ramusa", "Ramouse", "Ramouseh", "Ramoussa", "Ramuseh"]),
  hood("aleppo", "Sheikh Saeed", ["Sheikh Said", "Sheikh Sa'eed", "Shaykh Said", "Sheikh Sa'id"], { cap: true }),
  hood("aleppo", "Qaterji", ["Qatirji", "Katerji", "Qaterchi", "Karm al-Qaterji", "Qatrji"]),
  hood("aleppo", "al-Mayssar", ["Mayssar", "Maysar", "Maisar", "Meyssar", "Karm al-Maysar", "Karm al-Mayassar"]),
  hood("aleppo", "al-Marjeh", ["Marjeh", "Marja", "Marjah"], { cap: true }),
  hood("aleppo", "al-Zebdiyeh", ["Zebdiyeh", "Zabadieh", "Zebdieh", "Zubdiya", "Zebdiye", "Zabdiyeh", "Zebdiya", "Zubdiyeh"]),
  hood("aleppo", "al-Izaa", ["Izaa", "Izaah", "Iza'a", "Izza"]),
  hood("aleppo", "Tariq al-Bab", ["Tareeq al-Bab", "Tarik al-Bab", "Tareq al-Bab", "Tareeq Albab", "Tariq al Bab"]),
  hood("aleppo", "al-Haydariyeh", ["Haydariyeh", "Heidariyeh", "Haidariya", "Haydariya", "Haidariye", "Haydaria", "Haidariyeh"]),
  hood("aleppo", "Ard al-Hamra", ["Ard al-Hamra", "Ard al Hamra", "al-Ard al-Hamra"]),
  hood("aleppo", "Jabal Badro", ["Jebel Badro", "Jabal Badro", "Jabal Badru", "Jebel Badru"]),
  hood("aleppo", "Bab al-Hadid", ["Bab al-Hadeed", "Bab Hadid"]),
  hood("aleppo", "Qadi Askar", ["Kadi Askar", "Qadi Askar", "Qadi Asker"]),
  hood("aleppo", "al-Saliheen", ["Saliheen", "Salihin", "Salheen", "Salhin"]),
  hood("aleppo", "Bustan al-Basha", ["Bustan al-Pasha", "Bustan al-Basha", "Boustan al-Basha"]),
  hood("aleppo", "al-Ashrafiyeh", ["Ashrafiyeh", "Ashrafieh", "Ashrafiya", "Ashrafiyah", "Shrafiyeh", "Ashrafeya", "Ashrafiye"]),
  hood("aleppo", "al-Midan", ["al-Midan", "Midan", "Maydan", "Meidan"], { cap: true }),
  hood("aleppo", "al-Aziziyeh", ["Aziziyeh", "Azizieh", "Aziziya", "Aziziyah"]),
  hood("aleppo", "al-Sabil", ["al-Sabil", "al-Sabeel", "Sabil district"]),
  hood("aleppo", "al-Furqan", ["Furqan", "Forqan", "al-Furqan district"]),
  hood("aleppo", "New Aleppo", ["Halab al-Jadida", "Aleppo al-Jadida", "Halab Jadida", "New Aleppo"]),
  hood(
    "aleppo",
    "Jamiyat al-Zahra",
    [
      "Jamiyat al-Zahra",
      "Jamiyat al-Zahraa",
      "Jamiat al-Zahraa",
      "Jamiat al-Zahra",
      "Jamiyat al Zahra",
      "Zahraa Association",
      "Zahra Association",
      "al-Zahraa",
      "al-Zahra",
      "Zahraa",
      "Zahra"
    ],
    { cap: true }
  ),
  hood("aleppo", "Dahiyet al-Assad", [
    "Dahiyat al-Assad",
    "Assad suburb",
    "al-Assad suburb",
    "Dahiet al-Assad",
    "Dahiyet Assad",
    "Dahiyat Assad",
    "Assad Suburb"
  ]),
  hood("aleppo", "al-Maadi", ["Maadi", "Ma'adi"], { cap: true }),
  hood("aleppo", "Sheikh Khodr", ["Sheikh Khader", "Sheikh Khudr", "Sheikh Khodor", "Sheikh Khidr"]),
  hood("aleppo", "al-Hulluk", ["Hulluk", "Hellok", "Halak", "Hellouk", "Halluk"]),
  hood("aleppo", "Sheikh Lutfi", ["Sheikh Lotfi", "Sheikh Lutfi"]),
  hood("aleppo", "Seif al-Dawla", ["Saif al-Dawleh", "Seif al-Dawleh", "Saif al-Dawla", "Sayf al-Dawla", "Seif al-Dawlah", "Saif al-Dawlah", "Seif al-Daula"]),
  hood("aleppo", "al-Mogambo", ["Mogambo", "Mokambo", "Mughambo", "Mokhambo"]),
  hood("aleppo", "al-Meridian", ["Meridian", "Meredian", "Mirdian"], { cap: true }),
  hood("aleppo", "al-Khalidiyeh", ["Khalidiyeh", "Khalediya", "Khalidiya", "Khaldiyeh", "Khalidiye", "Khalidiyah"]),
  hood("aleppo", "al-Ameriyeh", ["Ameriyeh", "Amiriyah", "Amiriya", "Ameriya", "Amiriyeh", "Ameriyah"]),
  hood("aleppo", "Ain al-Tal", ["Ain al-Tal", "Ayn al-Tal", "Ein al-Tal", "Ain al Tal"]),
  hood("aleppo", "al-Layramoun", ["Layramoun", "Leramoun", "Lairamoun", "Liramoun", "Layramun"]),
  hood("aleppo", "Sheikh Faris", ["Sheikh Fares", "Sheikh Faris"]),
  hood("aleppo", "Baedeen", ["Ba'adin", "Baadin", "Baidin", "Baedin", "Ba'aden"]),
  hood("aleppo", "Karm al-Tahan", ["Karm al-Tahhan", "Karm al-Tahan", "Karm Tahhan"]),
  hood("aleppo", "Karm Homad", ["Karm Homad", "Karm Hommad", "Karm al-Homad"]),
  hood("aleppo", "al-Akramiyeh", ["Akramiyeh", "Akramiya", "Akramiyah", "Ikramiyeh"]),
  hood("aleppo", "al-Azamiyeh", ["Azamiyah", "Aazamiyeh", "Azamiyeh", "Aazamiya", "Azamiya", "Athamiyeh"]),
  hood("aleppo", "Sulaiman al-Halabi", ["Suleiman al-Halabi", "Sulaiman al-Halabi", "Sulayman al-Halabi", "Suleyman al-Halabi"]),
  hood("aleppo", "Nile Street", ["al-Neel Street", "al-Nile Street", "Neel Street", "Nile Street", "al-Neel"]),
  hood("aleppo", "Bab al-Faraj", ["Bab al-Faraj", "Bab al Faraj", "Bab Faraj"]),
  hood("aleppo", "Bab al-Maqam", ["Bab al-Maqam", "Bab al-Makam", "Bab Maqam"]),
  hood("aleppo", "Bab Antakya", ["Bab Antakia", "Bab Antakiya", "Bab Antakya"]),
  hood("aleppo", "Saadallah al-Jabiri Square", ["Saadallah al-Jabiri Square", "Saadallah al-Jabiri", "Saad Allah al-Jabiri Square", "Saadallah Jabiri Square"]),
  hood("aleppo", "al-Masharqa", ["Masharqa", "Masharqeh", "Mashariqa", "Masharka"]),
  hood("aleppo", "al-Jalloum", ["Jalloum", "Jallum", "Jaloum"]),
  hood("aleppo", "al-Shahba", ["Shahba", "Shahbaa", "Shahbaa Jadida", "al-Shahbaa al-Jadida", "Hay al-Shahbaa"], { cap: true }),
  hood("aleppo", "al-Rashidin", ["Rashidin", "Rashideen", "Rashdin", "Rashidin 4", "Rashideen 4"]),
  hood("aleppo", "Bab al-Nasr", ["Bab al Nasr", "Bab Nasr"]),
  hood("aleppo", "Karm al-Beik", ["Karam al-Beik", "Karm al-Bek", "Karm al-Beyk"]),
  hood("aleppo", "Maysaloun", ["Maisaloun", "Maysalun", "Maisalun"]),
  hood("aleppo", "Old City of Aleppo", ["Old City of Aleppo", "Aleppo Old City", "Aleppo's Old City", "Aleppos Old City", "old city of Aleppo"]),
  hood("aleppo", "1070 Apartments", ["1070 apartment project", "1070 housing project", "1070 Apartments", "1070 project", "1070 district"]),

  // --- Homs neighbourhoods ------------------------------------------------------------
  hood("homs", "al-Waer", ["Waer", "Wa'er", "Alwaer", "Waar", "Wa'ar", "Waer district", "al-Wa'ar"]),
  hood("homs", "Baba Amr", ["Baba Amro", "Bab Amr", "Baba Amer", "Baba Omar", "Baba Amru"]),
  hood("homs", "al-Khalidiyeh", ["Khalidiyeh", "Khalediya", "Khalidiya", "Khaldiyeh", "Khalidiye", "Khalidiyah"]),
  hood("homs", "Jouret al-Shayah", ["Jourat al-Shayah", "Juret al-Shiyah", "Jouret al-Shiyah", "Jourat al-Shiyah", "Jourat al-Chayah"]),
  hood("homs", "Bab Sbaa", ["Bab al-Sbaa", "Bab Siba'a", "Bab al-Siba", "Bab Sebaa", "Bab al-Sebaa"]),
  hood("homs", "Bab Dreib", ["Bab Draib", "Bab al-Dreib", "Bab Dureib"]),
  hood("homs", "Bab Hood", ["Bab Houd", "Bab Hud", "Bab Hood"]),
  hood("homs", "Karm al-Zeitoun", ["Karm al-Zaytoun", "Karm al-Zeytoun", "Karm al-Zaitoun", "Karm Zeitoun"]),
  hood("homs", "al-Zahraa", ["al-Zahraa", "al-Zahra", "Zahraa", "Zahra"], { cap: true }),
  hood("homs", "al-Inshaat", ["Inshaat", "Insha'at", "Inshaat district"]),
  hood("homs", "Akrama", ["Akrameh", "Akrama", "Ikrimah", "Ikrima", "Akruma", "Akrameh al-Makhzumi", "Akrama al-Makhzoumi", "Akrameh al-Jadida"]),
  hood("homs", "al-Qusour", ["Qusour", "Qosour", "Qusur", "Qussour", "Qousour"], { cap: true }),
  hood("homs", "al-Hamidiyeh", ["Hamidiyeh", "Hamidiya", "Hamidiyah"], { cap: true }),
  hood("homs", "Deir Baalba", ["Deir Ba'alba", "Deir Baalbah", "Dayr Baalba"]),
  hood("homs", "al-Nuzha", ["Nuzha", "Nozha", "Nuzhah", "Nozha district"], { cap: true }),
  hood("homs", "Wadi al-Dahab", ["Wadi al-Thahab", "Wadi al-Dhahab", "Wadi Dahab", "Wadi al Dahab"]),
  hood("homs", "al-Abbasiyeh", ["Abbasiyeh", "Abbasiya", "Abbasiyah"]),
  hood("homs", "Karm al-Loz", ["Karm al-Louz", "Karm al-Lawz", "Karm Loz"]),
  hood("homs", "Old Homs", ["Old Homs", "Old City of Homs", "Homs Old City", "old city of Homs"]),
  hood("homs", "Bab Tadmor", ["Bab Tadmur", "Bab Tadmor"]),

  // --- Deir ez-Zor city neighbourhoods ------------------------------------------------
  hood("deir-ez-zor", "al-Joura", ["Joura", "Jora", "Jurah"], { cap: true }),
  hood("deir-ez-zor", "al-Qusour", ["Qusour", "Qosour", "Qusur", "Qussour", "Qousour"], { cap: true }),
  hood("deir-ez-zor", "Harabesh", ["Harabish", "al-Harabesh", "Harabesh"]),
  hood("deir-ez-zor", "al-Hamidiyeh", ["Hamidiyeh", "Hamidiya", "Hamidiyah"], { cap: true }),
  hood("deir-ez-zor", "al-Huweiqa", ["Huweiqa", "Hweiqa", "Huwayqa", "Hawiqa", "Howayqa"]),
  hood("deir-ez-zor", "al-Jubaila", ["Jubaila", "Jbeileh", "Jubayla"]),
  hood("deir-ez-zor", "al-Rashdiyeh", ["Rashdiyeh", "Rushdiya", "Rashdiya", "Rushdiyeh"]),
  hood("deir-ez-zor", "al-Sinaa", ["Sinaa", "Senaa", "Sina'a"], { cap: true }),
  hood("deir-ez-zor", "Hay al-Ommal", ["Hay al-Ommal", "al-Ommal", "Hay al-Ummal"]),
  hood("deir-ez-zor", "al-Jabiliyah", ["Jabiliyah", "Jabiliya"]),

  // --- Daraa city neighbourhoods ------------------------------------------------------
  hood("daraa", "Daraa al-Balad", ["Deraa al-Balad", "Daraa al Balad", "Dara'a al-Balad", "Daraa Balad", "Daraa al-Balad district"]),
  hood("daraa", "Daraa al-Mahatta", ["Daraa al-Mahata", "Deraa al-Mahatta", "Daraa al Mahatta", "Daraa Mahatta"]),
  hood("daraa", "al-Sabil", ["al-Sabil", "al-Sabeel"]),
  hood("daraa", "al-Manshiyeh", ["Manshiyeh", "Manshiyah", "Manshiya", "al-Manshiya"]),
  hood("daraa", "Tareeq al-Sad", ["Tariq al-Sad", "Tareeq al-Sadd", "Tariq al-Sadd", "Tareeq al-Sad"])
]
