//! mistake: generated the opening hours with Python's `range(open, close)`
//! offending: range(open, close)
//! category: python-habit
fn main() {
    let open = 9u32;
    let close = 18u32;
    let lunch = 12u32;
    let mut slots = Vec::new();
    for h in range(open, close) {
        if h != lunch {
            slots.push(format!("{h:02}:00"));
        }
    }
    println!("{}", slots.join(", "));
}
