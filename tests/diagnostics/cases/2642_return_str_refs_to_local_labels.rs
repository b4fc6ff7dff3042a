//! mistake: returned `&str`s borrowed from labels formatted into a local `Vec<String>`
//! offending: comp![l.as_str() for l in &labels]
//! category: ownership
use comprehensions::comp;

struct Slot {
    start: u32,
    end: u32,
}

fn slot_labels(slots: &[Slot]) -> Vec<&str> {
    let labels = comp![format!("{:02}:{:02}-{:02}:{:02}", s.start / 60, s.start % 60, s.end / 60, s.end % 60) for s in slots];
    comp![l.as_str() for l in &labels]
}

fn main() {
    let slots = vec![Slot { start: 540, end: 570 }, Slot { start: 600, end: 645 }];
    println!("{:?}", slot_labels(&slots));
}
