//! mistake: a lazy comprehension unpacks `(id, name)` but uses only `id` (Python does not warn; meant `(id, _)`)
//! offending: name
//! category: lint
use comprehensions::comp;

fn main() {
    let rows = vec![(7, "ann".to_string()), (9, "bo".to_string())];
    let max_id = comp!((*id for (id, name) in &rows)).max();
    println!("{max_id:?}");
}
