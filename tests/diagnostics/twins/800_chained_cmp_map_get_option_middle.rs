//! mistake: chained comparison 0 < stock.get(item) < 10 with an Option<&u32> in the middle
use std::collections::HashMap;

fn main() {
    let stock: HashMap<&str, u32> = HashMap::from([("nails", 4), ("bolts", 40)]);
    let items = vec!["nails", "bolts", "glue"];
    let mut reorder = Vec::new();
    for item in &items {
        if 0 < stock.get(item) && stock.get(item) < 10 {
            reorder.push(*item);
        }
    }
    println!("{reorder:?}");
}
