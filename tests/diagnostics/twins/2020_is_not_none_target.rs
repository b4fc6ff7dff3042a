//! mistake: kept the enemies that have a target with Python's `is not None`
//! offending: is not None
//! category: python-habit
struct Enemy {
    id: u32,
    target: Option<u32>,
}

fn main() {
    let enemies = vec![
        Enemy { id: 10, target: Some(1) },
        Enemy { id: 11, target: None },
        Enemy { id: 12, target: Some(1) },
    ];
    let aggro: Vec<u32> = enemies
        .iter()
        .filter(|e| e.target is not None)
        .map(|e| e.id)
        .collect();
    println!("{aggro:?}");
}
