//! mistake: `for (name, i) in xs.iter().enumerate()`: enumerate yields (index, item), the pattern is swapped
//! offending: name: i
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let columns = vec!["id", "email", "created_at"];
    // Python: index = {name: i for i, name in enumerate(columns)}
    let index: HashMap<&str, usize> = comp!({name: i for (name, i) in columns.iter().enumerate()});
    println!("{index:?}");
}
