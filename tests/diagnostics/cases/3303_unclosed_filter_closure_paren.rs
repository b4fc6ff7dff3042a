//! mistake: left the parenthesis of `.filter(..)` unclosed in the iterable
//! offending: .filter(|n| !n.muted]
//! category: syntax
use comprehensions::comp;

struct Notification {
    id: u64,
    muted: bool,
}

fn main() {
    let inbox = vec![Notification { id: 1, muted: false }, Notification { id: 2, muted: true }];
    let ids = comp![n.id for n in inbox.iter().filter(|n| !n.muted];
    println!("{ids:?}");
}
