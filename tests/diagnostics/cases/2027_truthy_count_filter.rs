//! mistake: kept the non-empty inventory slots with Python's truthiness, `if s.count`
//! offending: s.count
//! category: python-habit
use comprehensions::comp;

struct Slot {
    item: String,
    count: u32,
}

fn main() {
    let slots = vec![
        Slot { item: "arrow".into(), count: 12 },
        Slot { item: "bomb".into(), count: 0 },
        Slot { item: "herb".into(), count: 3 },
    ];
    let stocked = comp![s.item.clone() for s in &slots if s.count];
    println!("{stocked:?}");
}
