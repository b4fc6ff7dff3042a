//! mistake: called a `&mut self` method on notifications iterated with `&inbox`
//! offending: n.mark_seen()
//! category: ownership
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
    let mut newly_seen = Vec::new();
    for n in &inbox {
        if !n.seen {
            newly_seen.push(n.mark_seen());
        }
    }
    inbox.retain(|n| !n.seen);
    println!("{newly_seen:?}, {} left", inbox.len());
}
