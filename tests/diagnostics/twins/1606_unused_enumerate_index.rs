//! mistake: an `enumerate()` index copied from the Python loop, never used
//! offending: (i, r)
//! category: lint
struct Row {
    id: u32,
    active: bool,
}

fn main() {
    let rows = vec![Row { id: 1, active: true }, Row { id: 2, active: false }];
    let mut ids = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if r.active {
            ids.push(r.id);
        }
    }
    println!("{ids:?}");
}
