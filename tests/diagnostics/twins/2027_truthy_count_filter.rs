//! mistake: kept the non-empty inventory slots with Python's truthiness, `if s.count`
//! offending: s.count
//! category: python-habit
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
    let stocked: Vec<String> = slots.iter().filter(|s| s.count).map(|s| s.item.clone()).collect();
    println!("{stocked:?}");
}
