//! mistake: filtered on `target.is_some()` (Python's `is not None`) but kept the `Option` itself as a target id
//! offending: e.target
//! category: type
struct Enemy {
    target: Option<u32>,
}

fn main() {
    let enemies = vec![Enemy { target: Some(1) }, Enemy { target: None }, Enemy { target: Some(4) }];
    let mut targets: Vec<u32> = Vec::new();
    for e in &enemies {
        if e.target.is_some() {
            targets.push(e.target);
        }
    }
    println!("{targets:?}");
}
