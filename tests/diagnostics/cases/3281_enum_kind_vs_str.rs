//! mistake: compared a notification kind enum with a string, as with Python's string tags
//! offending: "mention"
//! category: type
use comprehensions::comp;

#[derive(Debug, PartialEq)]
enum Kind {
    Like,
    Mention,
    Follow,
}

struct Notification {
    id: u64,
    kind: Kind,
}

fn main() {
    let inbox = vec![
        Notification { id: 1, kind: Kind::Like },
        Notification { id: 2, kind: Kind::Mention },
        Notification { id: 3, kind: Kind::Follow },
    ];
    let mentions = comp![n.id for n in &inbox if n.kind == "mention"];
    println!("{mentions:?}");
}
