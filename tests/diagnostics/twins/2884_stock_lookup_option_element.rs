//! mistake: pushed the `Option<u32>` of a stock lookup where the list holds `u32` levels
//! offending: stock.get(sku).copied()
//! category: type
use std::collections::HashMap;

fn restock_plan(levels: &[u32]) -> u32 {
    levels.iter().map(|l| 20u32.saturating_sub(*l)).sum()
}

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("KETTLE", 2), ("TOASTER", 11)]);
    let wanted = ["KETTLE", "TOASTER", "BLENDER"];
    let mut levels: Vec<u32> = Vec::new();
    for sku in &wanted {
        levels.push(stock.get(sku).copied());
    }
    println!("{}", restock_plan(&levels));
}
