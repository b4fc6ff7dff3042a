//! mistake: used Python's `round(x, 2)` builtin for goals per game
//! offending: round(
//! category: python-habit
use comprehensions::comp;

struct Player {
    name: String,
    goals: u32,
    apps: u32,
}

fn main() {
    let squad = vec![
        Player { name: "Haaland".into(), goals: 27, apps: 31 },
        Player { name: "Foden".into(), goals: 19, apps: 35 },
    ];
    let rates = comp![(p.name.as_str(), round(p.goals as f64 / p.apps as f64, 2)) for p in &squad if p.apps > 0];
    println!("{rates:?}");
}
