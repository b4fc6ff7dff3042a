//! mistake: generated the opening hours with Python's `range(open, close)`
//! offending: range(open, close)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let open = 9u32;
    let close = 18u32;
    let lunch = 12u32;
    let slots = comp![format!("{h:02}:00") for h in range(open, close) if h != lunch];
    println!("{}", slots.join(", "));
}
