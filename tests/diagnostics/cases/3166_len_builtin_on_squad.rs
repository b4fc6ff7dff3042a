//! mistake: called Python's `len()` builtin on a team's squad instead of `.len()`
//! offending: len(t.squad)
//! category: python-habit
use comprehensions::comp;

struct Team {
    name: String,
    squad: Vec<String>,
}

fn main() {
    let teams = vec![
        Team { name: "Arsenal".into(), squad: vec!["Raya".into(), "Saliba".into()] },
        Team { name: "Brighton".into(), squad: vec!["Verbruggen".into()] },
    ];
    let sizes = comp![(t.name.clone(), len(t.squad)) for t in &teams];
    println!("{sizes:?}");
}
