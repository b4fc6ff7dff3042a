//! mistake: Python's `reversed(xs)` builtin as the iterable (Rust: `xs.iter().rev()`)
//! offending: reversed
//! category: python-habit
use comprehensions::comp;

struct Event {
    id: u32,
    ok: bool,
}

fn main() {
    let events = vec![Event { id: 1, ok: true }, Event { id: 2, ok: false }, Event { id: 3, ok: true }];
    // Python: recent = [e.id for e in reversed(events) if e.ok]
    let recent = comp![e.id for e in reversed(&events) if e.ok];
    println!("{recent:?}");
}
