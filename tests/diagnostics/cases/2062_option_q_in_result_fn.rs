//! mistake: used `?` on the `Option` of a spawn-table lookup in a function that returns `Result<_, String>`
//! offending: table.get(name).copied()?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn spawn_costs(names: &[&str], table: &HashMap<&str, u32>) -> Result<Vec<u32>, String> {
    comp![table.get(name).copied()? for name in names]
}

fn main() {
    let table: HashMap<&str, u32> = [("goblin", 3), ("orc", 5)].into_iter().collect();
    println!("{:?}", spawn_costs(&["goblin", "dragon"], &table));
}
