//! mistake: left the parenthesis of `.filter(..)` unclosed in the iterable
//! offending: .filter(|n| !n.muted.map
//! category: syntax
struct Notification {
    id: u64,
    muted: bool,
}

fn main() {
    let inbox = vec![Notification { id: 1, muted: false }, Notification { id: 2, muted: true }];
    let ids: Vec<u64> = inbox.iter().filter(|n| !n.muted.map(|n| n.id).collect();
    println!("{ids:?}");
}
