//! mistake: inventory: summing `&u32` items into `u64` (hand-written)
use std::collections::HashMap;

struct Bin {
    name: String,
    qtys: Vec<u32>,
}

fn main() {
    let bins = vec![Bin { name: "A1".into(), qtys: vec![3, 4] }, Bin { name: "B2".into(), qtys: vec![9] }];
    let stock: HashMap<String, u64> =
        bins.iter().map(|b| (b.name.clone(), b.qtys.iter().sum::<u64>())).collect();
    println!("{stock:?}");
}
