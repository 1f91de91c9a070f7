/// The actors of the seed articles as a careful reader finds them, written by hand from the texts in
/// data/sources (not from the tagger's output). Used to measure the tagger's precision and recall.
///
/// Decisions: a title ("the Russian president") names the state only; coreference is not a mention;
/// "the west" in "line pockets in the west" (western Russia) is not the West; places that are not
/// actors (Novo-Ogaryovo) and analysts left to entity_candidates are not listed.
enum ActorReference {
    /// Per seed: every canonical actor the article names.
    static let actorSets: [String: Set<String>] = [
        "sino-russian-military-alliance": [
            "China", "Russia", "Vladivostok", "United States", "the West", "Central Asia", "Tajikistan",
            "Arctic", "Strait of Malacca", "Suez Canal", "The Moscow Times", "Five Eyes", "Russian Far East",
            "India", "Chennai-Vladivostok Maritime Corridor", "South China Sea", "Belt and Road Initiative",
            "Soviet Union",
        ],
        "why-russia-needs-military-alliance-with-china": [
            "Russia", "China", "the West", "Joe Biden", "United States", "Carnegie Moscow Center", "Asia-Pacific",
            "Vladimir Putin", "Abkhazia", "South Ossetia", "Crimea", "South China Sea", "India", "Vietnam", "NATO",
            "Europe", "Ukraine", "Power of Siberia", "ESPO pipeline", "Yamal LNG", "Baltic Sea", "Huawei", "ZTE",
            "Australia", "CNPC", "Rosneft", "Transneft", "Barack Obama", "Russian Far East", "Donald Trump",
            "Henry Kissinger",
        ],
        "military-alliance-foundations-prospects": [
            "Russia", "China", "United States", "Sergey Lavrov", "Wang Yi", "Taiwan", "Crimea", "Nord Stream 2",
            "Central Asia", "post-Soviet space", "Turkestan", "Europe",
        ],
        "between-partnership-and-competition": [
            "China", "Russia", "the West", "United States", "The Wall Street Journal", "Vladimir Putin",
            "Xi Jinping", "CNA", "Defense News", "Xinhua News Agency", "European Council on Foreign Relations",
            "Northeast Asia", "Eurasia Group", "Carnegie Moscow Center", "European Union", "Southeast Asia",
            "I2U2", "Uzbekistan", "Turkmenistan",
        ],
        "undercurrents-russia-china-bonhomie": [
            "Russia", "China", "United States", "Central Asia", "ISIS", "Tajikistan",
            "Quadrilateral Coordination and Cooperation Mechanism", "Pakistan", "Afghanistan", "Uzbekistan",
            "Kyrgyzstan", "Turkmenistan", "Belt and Road Initiative", "China-Pakistan Economic Corridor",
            "Eurasian Economic Union", "the West", "Russian Far East", "Crimea", "South Asia", "Myanmar", "Arctic",
            "Huawei", "Xi Jinping", "Vladimir Putin",
        ],
    ]

    /// For two seeds: every mention in reading order, as (canonical actor, surface as written).
    static let mentions: [String: [(actor: String, surface: String)]] = [
        "between-partnership-and-competition": [
            // China and Russia: between partnership and competition
            ("China", "China"), ("Russia", "Russia"),
            // Many experts see relations ...
            ("China", "China"), ("Russia", "Russia"), ("the West", "Western"), ("Russia", "Russia"),
            ("United States", "American"),
            // Earlier the director of US National Intelligence ...
            ("United States", "US"), ("China", "Beijing"), ("Russia", "Moscow"), ("United States", "American"),
            ("United States", "US’s"), ("Russia", "Russia"), ("China", "China"), ("the West", "western"),
            // Strengthening China-Russia Bilateral Partnership
            ("China", "China"), ("Russia", "Russia"),
            // The Wall Street Journal recalls ...
            ("The Wall Street Journal", "The Wall Street Journal"), ("Russia", "Russian"),
            ("Vladimir Putin", "Vladimir Putin"), ("China", "Chinese"), ("Xi Jinping", "Xi Jinping"),
            ("Russia", "Russia"), ("United States", "US"), ("CNA", "CNA"), ("Russia", "Russia"), ("China", "China"),
            // Although it would be an exaggeration ...
            ("United States", "United States"), ("China", "Sino"), ("Russia", "Russian"),
            ("Defense News", "Defense News"), ("United States", "US"), ("Russia", "Russian"), ("China", "Chinese"),
            ("China", "China"), ("Russia", "Russia"), ("China", "Beijing"), ("China", "China’s"),
            ("Xinhua News Agency", "Xinhua News Agency"),
            // Kadri Liik, senior policy fellow ...
            ("European Council on Foreign Relations", "European Council on Foreign Relations"),
            ("the West", "western"), ("Russia", "Russian"), ("the West", "the West"), ("China", "China"),
            ("Russia", "Russian"), ("China", "China"), ("China", "China"), ("Northeast Asia", "northeast Asia"),
            ("Eurasia Group", "Eurasia Group"), ("China", "Beijing"), ("Russia", "Moscow"), ("Xi Jinping", "Xi"),
            ("Vladimir Putin", "Putin"),
            // At the same time ...
            ("Russia", "Moscow’s"), ("China", "Beijing"), ("Russia", "Russia"), ("China", "China"),
            ("Russia", "Russian"), ("China", "China"), ("Russia", "Russian"), ("China", "China"),
            ("China", "Beijing’s"),
            // According to the Carnegie Moscow Center ...
            ("Carnegie Moscow Center", "Carnegie Moscow Center"), ("China", "China"), ("Russia", "Russia"),
            ("China", "China’s"), ("Russia", "Russian"), ("Russia", "Moscow"), ("China", "Beijing"),
            ("China", "Beijing’s"), ("Russia", "Moscow"),
            // Related posts
            ("European Union", "EU"), ("Southeast Asia", "Southeast Asian"), ("I2U2", "I2U2"),
            ("Uzbekistan", "Uzbekistan"), ("Turkmenistan", "Turkmenistan"),
        ],
        "sino-russian-military-alliance": [
            // SinoRussian Military Alliance
            ("China", "Sino"), ("Russia", "Russian"),
            // The Russians have many problems with China ...
            ("Russia", "Russians"), ("China", "China"), ("China", "Beijing"), ("China", "Beijing's"),
            ("Vladivostok", "Vladivostok"),
            // For Russia, a relationship with China ...
            ("Russia", "Russia"), ("China", "China"), ("United States", "American"),
            // Share a hatred of the west particularly USA
            ("the West", "the west"), ("United States", "USA"),
            // I. Increasing Chinese dominance in Central Asia ...
            ("China", "Chinese"), ("Central Asia", "Central Asia"), ("Russia", "Russia"), ("Russia", "Russia"),
            ("China", "Beijing"), ("Russia", "Russians"), ("Tajikistan", "Tajikistan"), ("China", "Chinese"),
            ("China", "Beijing's"), ("Central Asia", "Central Asia"), ("China", "Chinese"),
            // II. Russian softpower ... / There is no doubt ...
            ("Russia", "Russian"), ("Russia", "Russian"), ("China", "Beijing"),
            // III. Geo-political importance of the Arctic ...
            ("Arctic", "Arctic"), ("Arctic", "Arctic"), ("China", "China's"), ("Strait of Malacca", "Malacca"),
            // However, as the country to share the largest land border ...
            ("Russia", "Russia"), ("Russia", "Russia"), ("Suez Canal", "Suez canal"), ("Russia", "Russia"),
            ("Arctic", "Arctic"), ("Suez Canal", "Suez Canal"), ("The Moscow Times", "The Moscow Times"),
            // IV. Lack of Intelligence sharing ...
            ("Russia", "Russia"), ("China", "China"), ("Five Eyes", "Five Eyes"),
            // V. Russian Far East ...
            ("Russian Far East", "Russian Far East"), ("Russia", "Moscow"), ("China", "Chinese"),
            ("Russia", "Russia"), ("China", "Beijing"), ("China", "Chinese"), ("China", "Chinese"),
            ("China", "Beijing"),
            // A history of separatism ...
            ("Russia", "Moscow"), ("China", "China"),
            // ➤ Russia views Indian capital ...
            ("Russia", "Russia"), ("India", "Indian"), ("Russian Far East", "RFE"), ("China", "China’s"),
            ("India", "Indian"), ("China", "China’s"),
            // The Chennai-Vladivostok maritime route ...
            ("Chennai-Vladivostok Maritime Corridor", "Chennai-Vladivostok maritime route"), ("India", "India’s"),
            ("South China Sea", "South China Sea"), ("China", "China’s"),
            ("Belt and Road Initiative", "Belt and Road Initiative"), ("Belt and Road Initiative", "BRI"),
            // The India-Russia relationship ...
            ("India", "India"), ("Russia", "Russia"), ("Russian Far East", "Russian Far East"), ("China", "Sino"),
            ("Soviet Union", "Soviet"),
        ],
    ]
}
