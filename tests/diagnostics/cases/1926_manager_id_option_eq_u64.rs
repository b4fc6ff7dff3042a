//! mistake: filtered `e.manager_id == boss.id` as in Python, where the field is an `Option<u64>` (`None` for the CEO) and the id a plain `u64`
//! offending: boss.id
//! category: type
use comprehensions::comp;

struct Employee {
    id: u64,
    name: String,
    manager_id: Option<u64>,
}

fn main() {
    let staff = vec![
        Employee { id: 1, name: "ceo".into(), manager_id: None },
        Employee { id: 2, name: "dev".into(), manager_id: Some(1) },
    ];
    let boss = &staff[0];
    let reports = comp![e.name.clone() for e in &staff if e.manager_id == boss.id];
    println!("{reports:?}");
}
