//! mistake: inventory: a dict value `Iterator::sum::<u64>(q for q in &b.qtys)` sums `&u32` items into `u64`
//! offending: sum::<u64>
//! category: type
use comprehensions::comp;

struct Bin {
    name: String,
    qtys: Vec<u32>,
}

fn main() {
    let bins = vec![Bin { name: "A1".into(), qtys: vec![3, 4] }, Bin { name: "B2".into(), qtys: vec![9] }];
    // Python: {b.name: sum(q for q in b.qtys) for b in bins}
    let stock = comp!({b.name.clone(): Iterator::sum::<u64>(q for q in &b.qtys) for b in &bins});
    println!("{stock:?}");
}
