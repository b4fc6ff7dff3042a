//! mistake: Python's `reversed(xs)` builtin as the iterable
//! offending: reversed
//! category: python-habit
struct Event {
    id: u32,
    ok: bool,
}

fn main() {
    let events = vec![Event { id: 1, ok: true }, Event { id: 2, ok: false }, Event { id: 3, ok: true }];
    let mut recent = Vec::new();
    for e in reversed(&events) {
        if e.ok {
            recent.push(e.id);
        }
    }
    println!("{recent:?}");
}
