//! Junk: lone numbers, malformed dates, lines of only symbols, placeholders of widgets that never
//! loaded.

use super::{Pattern, Phrase, whole, within};

pub(super) const PHRASES: &[Phrase] = &[
    // A widget's placeholder, left in the text where its content never loaded.
    whole("loading"),
    whole("loading content"),
    whole("wird geladen"),
    whole("lädt"),
    whole("chargement"),
    whole("chargement en cours"),
    whole("cargando"),
    whole("caricamento"),
    whole("carregando"),
    // A code block's button, printed over every listing of a documentation page: inline, it
    // never splits the text around the listing. ("Copy to clipboard" is as often an article's
    // share-link button, which the title stage reads around.)
    whole("copy code"),
    whole("copy code block"),
    whole("code kopieren"),
    whole("copier le code"),
    whole("copiar código"),
    whole("copia codice"),
    whole("code kopiëren"),
    whole("kopiera kod"),
    whole("复制代码"),
    whole("コードをコピー"),
    // A notice printed for a browser whose scripts are off, or that lacks a feature the page's
    // widget needs: the widget never ran, its notice stood in for it.
    within("enable javascript", 30),
    within("enabling javascript", 30),
    within("javascript is disabled", 30),
    within("javascript is required", 30),
    within("javascript is turned off", 30),
    within("requires javascript", 30),
    within("javascript must be enabled", 30),
    within("with javascript enabled", 30),
    within("your browser does not support", 20),
    within("your browser doesn't support", 20),
    within("javascript aktivieren", 30),
    within("aktivieren sie javascript", 30),
    within("javascript ist deaktiviert", 30),
    within("ihr browser unterstützt", 20),
    within("activer javascript", 30),
    within("activez javascript", 30),
    within("javascript est désactivé", 30),
    within("votre navigateur ne prend pas en charge", 20),
    within("habilitar javascript", 30),
    within("habilita javascript", 30),
    within("activar javascript", 30),
    within("javascript está desactivado", 30),
    within("su navegador no soporta", 20),
    within("tu navegador no soporta", 20),
    within("abilitare javascript", 30),
    within("abilita javascript", 30),
    within("javascript è disabilitato", 30),
    within("il tuo browser non supporta", 20),
    within("javascript inschakelen", 30),
    within("ativar o javascript", 30),
    within("ative o javascript", 30),
    // A control's label a converter wrote out, inline in a post: a quote's expander.
    whole("click to expand"),
    whole("click to shrink"),
    whole("zum erweitern anklicken"),
    whole("cliquez pour agrandir"),
    // A carousel's or a pager's arrows, between its slides or under a page's text.
    whole("previous next"),
    whole("prev next"),
    whole("prev up next"),
];

pub(super) const PATTERNS: &[Pattern] = &[
    // A post's author card in a thread, chrome between its posts (a thread line, as a lone number is): when the poster joined, how much they posted, who reacted
    // ("Joined: Mar 2019", "Posts: 1,077", "6,118 posts · Joined 2019", "Reactions: A, B and 3
    // others"). A label alone is the card's too: its value stands on the next line.
    Pattern {
        regex: r"(?i)^(?:joined|join date|member since|registriert(?: seit)?|mitglied seit|inscrit(?: le)?|inscription|miembro desde|registrado|iscritto(?: il)?|lid sinds)(?:\s*:\s*|\s+)?(?:$|\d|(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott|okt|dez|mrt|mei)\p{L}*\.?\s+\d))",
        max_words: 8,
        triggers: &[
            "joined",
            "join date",
            "member since",
            "registriert",
            "mitglied seit",
            "inscri",
            "miembro desde",
            "registrado",
            "iscritto",
            "lid sinds",
        ],
    },
    Pattern {
        regex: r"(?i)^(?:posts|messages|beiträge|nachrichten|mensajes|messaggi|berichten|reaction score|likes received|réactions reçues)\s*:?\s*[\d.,\s]*k?$",
        max_words: 4,
        triggers: &[
            "posts",
            "messages",
            "beiträge",
            "nachrichten",
            "mensajes",
            "messaggi",
            "berichten",
            "reaction score",
            "likes received",
            "réactions",
        ],
    },
    Pattern {
        regex: r"(?i)^[\d.,]+k?\s+(?:posts|messages|beiträge|mensajes|messaggi|berichten)(?:\s*·\s*joined\s+\d{4})?$",
        max_words: 6,
        triggers: &["posts", "messages", "beiträge", "mensajes", "messaggi", "berichten"],
    },
    Pattern {
        regex: r"(?i)^(?:reactions|réactions|reaktionen|reacciones|reazioni)\s*:\s*\S",
        max_words: 24,
        triggers: &["reaction", "réaction", "reaktion", "reaccion", "reazion"],
    },
    // A number alone, with at most a few separators: view counts, ids, page numbers.
    Pattern { regex: r"^[#(]?\d[\d.,:/ ]*\)?$", max_words: 4, triggers: &[] },
    // An ISO-like date whose month or day is out of range ("2024-48-13").
    Pattern {
        regex: r"^\d{4}-(?:(?:1[3-9]|[2-9]\d)-\d{2}|\d{2}-(?:3[2-9]|[4-9]\d))(?:[ T].*)?$",
        max_words: 4,
        triggers: &["-"],
    },
    // Symbols only.
    Pattern { regex: r"^[^\p{L}\p{N}]+$", max_words: 8, triggers: &[] },
    // Markup that leaked into the text: a line that is one HTML element or tag.
    Pattern { regex: r"(?i)^<[a-z/!][^>]*>(?:.*</[a-z]+>)?$", max_words: 90, triggers: &["<"] },
    // An unrendered template: a line that opens or closes with a placeholder or a block tag
    // ("{{title}}", "{% if %}", "{{/items}}"), the skeleton of a widget whose script never ran.
    Pattern { regex: r"^\s*\{[{%]|[}%]\}\s*$", max_words: 40, triggers: &["{{", "{%", "}}", "%}"] },
    // A single letter or a stray token of two characters.
    Pattern { regex: r"^\p{L}{1,2}$", max_words: 1, triggers: &[] },
];

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Junk,
            &[
                "330",
                "2024-48-13",
                "1,204",
                "* * *",
                "—",
                "12/34",
                "x",
                "<a href=\"/x\">Story title</a>",
                "<br>",
                "{{/topArticle.elements}}",
                "{{ day }}.{{ month }}.{{ year }} {{ hour }}:{{ minute }}",
                "Schritt für Schritt Anleitung von {{author.userName}}",
                "{% if comments %} Kommentare {% endif %}",
                "Loading...",
                "Click to expand...",
                "Previous Next",
                "Please enable JavaScript to view the comments.",
                "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
                "You need to enable JavaScript to run this app.",
                "Your browser does not support the video tag.",
                "Bitte aktivieren Sie JavaScript, um die Karte zu sehen.",
                "Veuillez activer JavaScript dans votre navigateur.",
                "Por favor, habilita JavaScript para ver el mapa.",
                "Per favore abilita JavaScript nel tuo browser.",
                "Wird geladen …",
                "Joined: Mar 12, 2019",
                "Joined: Thu Aug 27, 2020 2:37 pm",
                "Joined",
                "Join Date: Aug 2008",
                "Member since 2016",
                "Registriert seit: 04.05.2012",
                "Inscrit le : 3 janv. 2015",
                "Posts: 1,077",
                "Messages:",
                "Beiträge: 312",
                "6,118 posts · Joined 2019",
                "48 posts",
                "Reaction score",
                "Reactions: harbourpilot, Mara and 3 others",
            ],
            &[
                "Step 3",
                "In 1989, the wall fell.",
                "200 g Mehl",
                "Write {{name}} where the name goes, and save the file.",
                "Loading the ferry took an hour because of the wind.",
                "JavaScript runs in the browser, and the server sends it with the page.",
                "Joined by her brother, she rowed the last mile to the pier.",
                "Registered agent",
                "Posts by tag",
                "Messages from the harbour master",
                "Reactions to the new timetable were mixed.",
                "Member since the club was founded, he never missed a regatta.",
            ],
        );
    }
}
