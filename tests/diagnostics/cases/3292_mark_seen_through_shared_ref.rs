//! mistake: called a `&mut self` method on notifications iterated with `&inbox`
//! offending: n.mark_seen()
//! category: ownership
use comprehensions::comp;

struct Notification {
    id: u64,
    seen: bool,
}

impl Notification {
    fn mark_seen(&mut self) -> u64 {
        self.seen = true;
        self.id
    }
}

fn main() {
    let mut inbox = vec![Notification { id: 1, seen: false }, Notification { id: 2, seen: true }];
    let newly_seen = comp![n.mark_seen() for n in &inbox if !n.seen];
    inbox.retain(|n| !n.seen);
    println!("{newly_seen:?}, {} left", inbox.len());
}
