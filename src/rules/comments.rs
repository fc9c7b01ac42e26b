//! Comments: prompts to comment, comment counts, community guidelines.

use super::Anchor::{Whole, Within};
use super::{Pattern, Phrase};

pub(super) const PHRASES: &[Phrase] = &[
    ("comments", Whole),
    ("comment", Whole),
    ("show comments", Whole),
    ("view comments", Whole),
    ("show all comments", Whole),
    ("load comments", Whole),
    ("read comments", Whole),
    ("read and post comments", Whole),
    ("leave a comment", Within(12)),
    ("leave a reply", Within(12)),
    ("add a comment", Within(12)),
    ("post a comment", Within(14)),
    ("post comment", Whole),
    ("write a comment", Within(12)),
    ("join the conversation", Within(14)),
    ("join the discussion", Within(14)),
    ("join the debate", Within(12)),
    ("comment on this", Within(10)),
    ("be the first to comment", Within(12)),
    ("no comments yet", Within(10)),
    ("comments are closed", Within(12)),
    ("commenting is closed", Within(12)),
    ("comments have been disabled", Within(12)),
    ("community guidelines", Within(16)),
    ("community standards", Within(16)),
    ("log in to comment", Within(14)),
    ("sign in to comment", Within(14)),
    ("must be logged in to post a comment", Within(20)),
    ("your email address will not be published", Within(20)),
    ("required fields are marked", Within(16)),
    ("kommentare", Whole),
    ("kommentar", Whole),
    ("kommentieren", Whole),
    ("kommentar schreiben", Within(8)),
    ("kommentare anzeigen", Within(8)),
    ("kommentare lesen", Within(8)),
    ("diskutieren sie mit", Within(12)),
    ("zur diskussion", Within(8)),
    ("jetzt kommentieren", Within(8)),
    ("commentaires", Whole),
    ("commentaire", Whole),
    ("laisser un commentaire", Within(12)),
    ("réagir", Whole),
    ("réagir à cet article", Within(10)),
    ("comentarios", Whole),
    ("comentario", Whole),
    ("deja un comentario", Within(12)),
    ("dejar un comentario", Within(12)),
    ("commenti", Whole),
    ("commento", Whole),
    ("lascia un commento", Within(12)),
    ("reacties", Whole),
    ("reageer", Whole),
    ("komentarze", Whole),
    ("kommentarer", Whole),
    ("replies", Whole),
    ("reply", Whole),
    ("antworten", Whole),
    ("respond", Whole),
];

pub(super) const PATTERNS: &[Pattern] = &[
    (
        r"(?i)^\(?[\d.,]+\s*[k]?\)?\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|replies|antworten|réactions)$",
        4,
        &[
            "comment",
            "kommentar",
            "commentaire",
            "comentario",
            "commenti",
            "reacties",
            "komentarz",
            "repl",
            "antwort",
            "réaction",
        ],
    ),
    // "59 Comments on “Title”", "3 thoughts on “Title”", "12 Antworten auf „Titel“".
    (
        r"(?i)^[\d.,]+\s+(?:comments?|responses?|replies|thoughts|reactions?|kommentare?|antworten|commentaires?|comentarios?|commenti|reacties)\s+(?:on|to|zu|auf|sur|à|en|a|su|op)\s",
        30,
        &[
            "comment",
            "respons",
            "repl",
            "thought",
            "reaction",
            "kommentar",
            "antwort",
            "commentaire",
            "comentario",
            "commenti",
            "reacties",
        ],
    ),
    // A comment count inside a short line that is not a sentence: "Search 87 Comments Log In".
    (
        r"(?i)\b\d[\d.,]*\s+(?:reader\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b[^.!?]*$",
        8,
        &["comment", "kommentar", "commentaire", "comentario", "commenti", "reacties"],
    ),
    (
        r"(?i)^(?:view|show|read|see|load|display)\s+(?:all\s+)?[\d.,]+\s+(?:comments?|replies)$",
        5,
        &["comment", "repl"],
    ),
    (r"(?i)^(?:join|enter)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}(?:community|forum|discussion)$", 7, &["join", "enter"]),
];

#[cfg(test)]
mod tests {
    use crate::rules::table::check;
    use crate::verdict::Reason;

    #[test]
    fn table() {
        check(
            Reason::Comments,
            &[
                "Join the Harbour Times Forum",
                "Show all comments",
                "Read our community guidelines before you comment.",
                "12 Comments",
                "View 23 comments",
                "Search 87 Comments Log In/Create an Account",
                "59 Comments on “Why the ferry matters”",
                "3 thoughts on “Ten walks for a rainy day”",
                "Leave a Reply",
                "Kommentare anzeigen",
                "Diskutieren Sie mit!",
                "Laisser un commentaire",
                "Your email address will not be published. Required fields are marked *",
            ],
            &[
                "The minister declined to comment on the report when reached by phone on Friday evening.",
                "More than 2,000 residents joined the community meeting, which lasted four hours.",
                "There are 87 comments so far.",
                "Comments from readers shaped the second half of the series, the editor said in a note to staff.",
            ],
        );
    }
}
