//! mistake: passed a `&Slot` to a function taking `Slot` by value
//! offending: duration_min(s)
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Slot {
    start: u32,
    end: u32,
    label: String,
}

fn duration_min(slot: Slot) -> u32 {
    slot.end - slot.start
}

fn main() {
    let slots = vec![
        Slot { start: 540, end: 600, label: "consult".into() },
        Slot { start: 600, end: 630, label: "follow-up".into() },
    ];
    let lengths = comp![duration_min(s) for s in &slots];
    println!("{lengths:?} {}", slots[0].label);
}
