//! mistake: iterated a live match-event stream with plain `for` instead of `async for`
//! offending: feed
//! category: async
use comprehensions::acomp;

#[derive(Debug, PartialEq)]
enum Kind {
    Goal,
    Card,
}

struct Event {
    minute: u8,
    kind: Kind,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let feed = futures::stream::iter(vec![
        Event { minute: 12, kind: Kind::Goal },
        Event { minute: 40, kind: Kind::Card },
        Event { minute: 77, kind: Kind::Goal },
    ]);
    let goal_minutes = acomp![ev.minute for ev in feed if ev.kind == Kind::Goal];
    println!("{goal_minutes:?}");
}
