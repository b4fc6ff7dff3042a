//! mistake: wrote a conditional element without its `else` branch
//! offending: s.label if s.free
//! category: syntax
use comprehensions::comp;

struct Slot {
    label: &'static str,
    free: bool,
}

fn main() {
    let slots = vec![Slot { label: "09:00", free: true }, Slot { label: "09:30", free: false }];
    let offer = comp![s.label if s.free for s in &slots];
    println!("{offer:?}");
}
